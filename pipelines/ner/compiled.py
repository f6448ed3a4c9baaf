"""Tagging-time features: only the attributes the model knows, from per-word caches.

:func:`pipelines.ner.features.sentence_features` builds ~25 feature strings per token
(training needs them all), but the L1-regularised model keeps ~25k attributes, so most
strings (``-1w|w=...`` pairs, rare words) are built, passed to crfsuite and looked up only
to be ignored. :class:`CompiledFeatures` yields the same features in the same order minus
those the model does not know (crfsuite skips unknown attributes, so the scores are
bit-for-bit the same) and caches each word's context-free part (own features, and its
features as the left or right neighbour of another token).

The model's attribute set comes from a sidecar file written by ``pipelines.ner.train``
(``<model>.attributes.json.gz``, keyed by the model's sha1); without one, from
``Tagger.info()`` (~0.4 s).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycrfsuite

from pipelines.ner.features import (
    Token,
    _gazetteer_prefixes,
    gazetteer_marks,
    rule_marks,
    word_features,
)
from pipelines.ner.rules import Span

_MAX_WORDS = 500_000  # per-word cache bound (a long crawl sees new words forever)

#: Per word: lower-cased form, own features, features as token i-1, i-2, i+1, i+2,
#: whether it can be the first word of a known ``-1w|w=`` / ``w|+1w=`` pair, and whether
#: a gazetteer string can start with it.
_Word = tuple[str, list[str], list[str], list[str], list[str], list[str], bool, bool, bool]


def sidecar_path(model: Path) -> Path:
    return model.with_name(model.name + ".attributes.json.gz")


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def tagger_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """Every attribute with a non-zero weight in the open model (slow: dumps the model)."""
    return frozenset(attr for attr, _ in tagger.info().state_features)


def write_sidecar(model: Path, attributes: Iterable[str]) -> Path:
    """Store the model's attribute set next to it (deterministic bytes)."""
    out = sidecar_path(model)
    doc = {"model_sha1": _sha1(model), "attributes": sorted(attributes)}
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return out


def model_attributes(model: Path, tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """The model's attributes: from the sidecar when it matches the model, else the tagger."""
    side = sidecar_path(model)
    if side.exists():
        doc = json.loads(gzip.decompress(side.read_bytes()))
        if doc.get("model_sha1") == _sha1(model):
            return frozenset(doc["attributes"])
    return tagger_attributes(tagger)


def _pair_firsts(attributes: frozenset[str], prefix: str) -> frozenset[str]:
    out: set[str] = set()
    for a in attributes:
        if a.startswith(prefix):
            rest = a[len(prefix) :]
            out.update(rest[:k] for k, ch in enumerate(rest) if ch == "|")
    return frozenset(out)


class CompiledFeatures:
    """``sentence_features`` restricted to a model's attributes (same order, same scores)."""

    def __init__(self, attributes: frozenset[str]) -> None:
        self.known = attributes
        self._words: dict[str, _Word] = {}
        # gazetteer mark -> (as own, as i-1's, as i+1's), each kept only if known
        self._marks: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._bias = ["b"] if "b" in attributes else []
        self._bos = ["BOS"] if "BOS" in attributes else []
        self._eos = ["EOS"] if "EOS" in attributes else []
        # first words of known pairs, so that most tokens skip building the pair strings
        # (a word may contain "|": every split is kept, a superset is fine)
        self._prev_first = _pair_firsts(attributes, "-1w|w=")
        self._next_first = _pair_firsts(attributes, "w|+1w=")
        self._gaz_prefixes = _gazetteer_prefixes()

    def _word(self, w: str) -> _Word:
        hit = self._words.get(w)
        if hit is not None:
            return hit
        known = self.known
        shape, own = word_features(w)
        lw = w.lower()

        def keep(*feats: str) -> list[str]:
            return [f for f in feats if f in known]

        rec = (
            lw,
            keep(*own),
            keep(f"-1w={lw}", f"-1s={shape}"),
            keep(f"-2w={lw}", f"-2s={shape}"),
            keep(f"+1w={lw}", f"+1s={shape}"),
            keep(f"+2w={lw}", f"+2s={shape}"),
            lw in self._prev_first,
            lw in self._next_first,
            w in self._gaz_prefixes,
        )
        if len(self._words) < _MAX_WORDS:
            self._words[w] = rec
        return rec

    def _mark(self, m: str) -> tuple[str | None, str | None, str | None]:
        hit = self._marks.get(m)
        if hit is None:
            k = self.known
            hit = tuple(f if f in k else None for f in (m, "-1" + m, "+1" + m))  # type: ignore[assignment]
            self._marks[m] = hit  # type: ignore[assignment]
        return hit  # type: ignore[return-value]

    def sentence(
        self, text: str, tokens: Sequence[Token], rules: Sequence[Span]
    ) -> list[list[str]]:
        """Known features of every token (see ``features.sentence_features``)."""
        words = [self._word(text[s:e]) for s, e in tokens]
        gaz = gazetteer_marks(text, tokens, [w[8] for w in words])
        gz = [[self._mark(m) for m in g] if g else () for g in gaz]
        rx = rule_marks(tokens, rules)
        known = self.known
        n = len(words)
        feats: list[list[str]] = []
        for i in range(n):
            w = words[i]
            f = self._bias + w[1]
            for own, _, _ in gz[i]:
                if own:
                    f.append(own)
            r = rx[i]
            if r and r in known:
                f.append(r)
            if i > 0:
                prev = words[i - 1]
                f += prev[2]
                if prev[6]:
                    pair = f"-1w|w={prev[0]}|{w[0]}"
                    if pair in known:
                        f.append(pair)
                for _, left, _ in gz[i - 1]:
                    if left:
                        f.append(left)
                if i > 1:
                    f += words[i - 2][3]
            else:
                f += self._bos
            if i < n - 1:
                nxt = words[i + 1]
                f += nxt[4]
                if w[7]:
                    pair = f"w|+1w={w[0]}|{nxt[0]}"
                    if pair in known:
                        f.append(pair)
                for _, _, right in gz[i + 1]:
                    if right:
                        f.append(right)
                if i < n - 2:
                    f += words[i + 2][5]
            else:
                f += self._eos
            feats.append(f)
        return feats
