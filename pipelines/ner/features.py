"""Tokenization (character offsets) and CRF features. No POS tags: speed matters."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from functools import cache

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pythainlp.corpus import thai_words

from pipelines.ner import lexicon
from pipelines.ner.rules import Span, rule_spans
from pipelines.ner.tokenize import segment

Token = tuple[int, int]

_THAI_WORD = re.compile(r"[\u0E01-\u0E4E]+")
_SPLIT = re.compile(r"[\u0E01-\u0E4E]+|[A-Za-z]+|[0-9๐-๙]+|\s+|.", re.S)
#: Heads of entity names that newmm glues to the previous word
#: (ในประเทศ|ไทย, ผู้ว่าราชการจังหวัด|..., ปลัดกระทรวง|...).
_HEAD_SPLIT = re.compile(
    r"^(.+?)(ประเทศ|จังหวัด|กระทรวง|พรรค|ตำรวจ|เขต|แม่น้ำ|ไทย|ร้าน|อำเภอ|ตำบล|กรม|สำนักงาน|"
    r"โรงเรียน|โรงพยาบาล|มหาวิทยาลัย|บริษัท|ธนาคาร|วัด|สถานี|สภา|ศาล|เมือง|คณะ)$"
)
_MAX_GAZ_TOKENS = 6


_SPLIT_CACHE: dict[str, list[int]] = {}


def _split_token(tok: str) -> list[str]:
    if _THAI_WORD.fullmatch(tok):
        m = _HEAD_SPLIT.match(tok)
        if m and len(m.group(1)) > 1:
            return [m.group(1), m.group(2)]
        return [tok]
    return _SPLIT.findall(tok)


def _piece_lengths(tok: str) -> list[int]:
    """Lengths of :func:`_split_token`'s pieces (memoised: words repeat a lot)."""
    hit = _SPLIT_CACHE.get(tok)
    if hit is None:
        hit = [len(p) for p in _split_token(tok)]
        if len(_SPLIT_CACHE) < 500_000:
            _SPLIT_CACHE[tok] = hit
    return hit


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """newmm word tokens (nlpo3, see :mod:`pipelines.ner.tokenize`) as ``(start, end)``
    offsets, re-split so that script changes, punctuation, entity heads and every offset
    in ``boundaries`` are token boundaries."""
    if not text:
        return []
    ends: list[int] = []
    pos = 0
    for tok in segment(text):
        for n in _piece_lengths(tok):
            pos += n
            ends.append(pos)
    cuts = sorted(set(boundaries))
    if not cuts:
        return list(zip([0, *ends[:-1]], ends, strict=True))
    out: list[Token] = []
    pos = 0
    ci = 0
    nc = len(cuts)
    for end in ends:
        while ci < nc and cuts[ci] <= pos:
            ci += 1
        start = pos
        while ci < nc and cuts[ci] < end:
            out.append((start, cuts[ci]))
            start = cuts[ci]
            ci += 1
        out.append((start, end))
        pos = end
    return out


@cache
def _dictionary() -> frozenset[str]:
    return frozenset(thai_words())


_WORD_CACHE: dict[str, tuple[str, list[str]]] = {}


def _shape(w: str) -> str:
    if w.isspace():
        return "S"
    if _THAI_WORD.fullmatch(w):
        return "T"
    if w.isdigit():
        return "D" + str(min(len(w), 5))
    if w.isascii() and w.isalpha():
        return "U" if w[0].isupper() else "L"
    if len(w) == 1:
        return "P" + w
    return "M"


def word_features(w: str) -> tuple[str, list[str]]:
    """``(shape, features)`` of one token, independent of its context (memoised)."""
    hit = _WORD_CACHE.get(w)
    if hit is not None:
        return hit
    shape = _shape(w)
    lw = w.lower()
    f = [f"w={lw}", f"s={shape}", f"n={min(len(w), 8)}"]
    if shape == "T":
        f.append(f"p2={w[:2]}")
        f.append(f"x2={w[-2:]}")
        if w not in _dictionary():
            f.append("unk")
    if w in lexicon.ORG_HEADS:
        f.append("orghead")
    if w in lexicon.LOC_HEADS:
        f.append("lochead")
    if w in lexicon.FAC_HEADS:
        f.append("fachead")
    res = (shape, f)
    if len(_WORD_CACHE) < 500_000:
        _WORD_CACHE[w] = res
    return res


@cache
def _gazetteer_prefixes() -> frozenset[str]:
    """Every prefix of every gazetteer string: a longer match needs a shorter prefix."""
    return frozenset(k[:i] for k in lexicon.gazetteer() for i in range(1, len(k) + 1))


def gazetteer_marks(
    text: str, tokens: Sequence[Token], starts: Sequence[bool] | None = None
) -> list[list[str]]:
    """Per token ``g=B-CLASS`` / ``g=I-CLASS`` for gazetteer strings matching whole tokens.

    ``starts[i]`` (optional, same result): whether token i's text is a prefix of some
    gazetteer string — callers that cache per-word facts skip the other tokens at once.
    """
    gaz = lexicon.gazetteer()
    prefixes = _gazetteer_prefixes()
    n = len(tokens)
    marks: list[list[str]] = [[] for _ in range(n)]
    for i in range(n):
        if starts is not None and not starts[i]:
            continue
        s = tokens[i][0]
        if text[s].isspace():
            continue
        for j in range(i, min(n, i + _MAX_GAZ_TOKENS)):
            cand = text[s : tokens[j][1]]
            if cand not in prefixes:
                break  # no gazetteer string starts with it: none longer either
            classes = gaz.get(cand)
            if classes:
                for c in classes:
                    marks[i].append("g=B-" + c)
                    for k in range(i + 1, j + 1):
                        marks[k].append("g=I-" + c)
    return marks


def rule_marks(tokens: Sequence[Token], spans: Sequence[Span]) -> list[str | None]:
    """Per token ``r=B-LABEL`` / ``r=I-LABEL`` of the regex taggers (or None)."""
    out: list[str | None] = [None] * len(tokens)
    si = 0
    for i, (s, e) in enumerate(tokens):
        while si < len(spans) and spans[si][1] <= s:
            si += 1
        if si < len(spans) and spans[si][0] <= s and e <= spans[si][1]:
            out[i] = ("r=B-" if s == spans[si][0] else "r=I-") + spans[si][2]
    return out


def sentence_features(text: str, tokens: Sequence[Token], rules: Sequence[Span]) -> list[list[str]]:
    """CRF feature lists for every token of ``text``."""
    words = [text[s:e] for s, e in tokens]
    own = [word_features(w) for w in words]
    gaz = gazetteer_marks(text, tokens)
    rx = rule_marks(tokens, rules)
    n = len(words)
    lw = [w.lower() for w in words]
    feats: list[list[str]] = []
    for i in range(n):
        base = own[i][1]
        f = ["b", *base, *gaz[i]]
        if rx[i]:
            f.append(rx[i])  # type: ignore[arg-type]
        if i > 0:
            pshape = own[i - 1][0]
            f += [f"-1w={lw[i - 1]}", f"-1s={pshape}", f"-1w|w={lw[i - 1]}|{lw[i]}"]
            f += ["-1" + g for g in gaz[i - 1]]
            if i > 1:
                f += [f"-2w={lw[i - 2]}", f"-2s={own[i - 2][0]}"]
        else:
            f.append("BOS")
        if i < n - 1:
            f += [f"+1w={lw[i + 1]}", f"+1s={own[i + 1][0]}", f"w|+1w={lw[i]}|{lw[i + 1]}"]
            f += ["+1" + g for g in gaz[i + 1]]
            if i < n - 2:
                f += [f"+2w={lw[i + 2]}", f"+2s={own[i + 2][0]}"]
        else:
            f.append("EOS")
        feats.append(f)
    return feats


def featurize(
    text: str, extra_boundaries: Iterable[int] = ()
) -> tuple[list[Token], list[Span], list[list[str]]]:
    """Tokens, regex spans and features of one line of text."""
    rules = rule_spans(text)
    bounds = [b for s, e, _ in rules for b in (s, e)]
    bounds.extend(extra_boundaries)
    tokens = tokenize(text, bounds)
    return tokens, rules, sentence_features(text, tokens, rules)


def bio_labels(tokens: Sequence[Token], spans: Sequence[Span]) -> list[str]:
    """Gold BIO labels per token (tokens must not cross span boundaries)."""
    labels = ["O"] * len(tokens)
    for s, e, lab in spans:
        first = True
        for i, (ts, te) in enumerate(tokens):
            if ts >= s and te <= e:
                labels[i] = ("B-" if first else "I-") + lab
                first = False
    return labels
