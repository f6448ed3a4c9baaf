"""khao's CRF tagger in ThaiNER's scheme: model loading and span decoding."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from pipelines.ner.compiled import CompiledModel, load_compiled
from pipelines.ner.evaluate import Span, bio_to_spans, trim
from pipelines.ner.features import Featurizer, Token, tokenize
from pipelines.ner.rules import rule_spans
from pipelines.ner.stacking import line_counts, other_lines, stacked_features

MODEL_PATH = Path(__file__).parent / "model" / "khao_ner.crfsuite"

#: Regex labels that replace whatever the CRF says where they match.
OVERRIDE_LABELS = frozenset({"URL", "EMAIL"})

_LINE = re.compile(r"[^\n]+")


@cache
def load_model(path: Path = MODEL_PATH) -> CompiledModel:
    """The CRF model (compiled, see :mod:`pipelines.ner.compiled`), once per process and path."""
    return load_compiled(path)


def compiled_features(tagger: CompiledModel) -> Featurizer:
    """The features ``tagger``'s model knows."""
    return tagger.featurizer


def tag_line(text: str, tagger: CompiledModel) -> list[Span]:
    """ThaiNER-scheme spans of one line (a document of its own)."""
    return tag_lines([text], tagger)[0]


def tag_lines(lines: Sequence[str], tagger: CompiledModel) -> list[list[Span]]:
    """ThaiNER-scheme spans of each line of one document: the second pass, when the
    model has one, reads what the first tagged on the document's other lines."""
    found: list[tuple[str, list[Span], list[Token], list[list[bytes]]]] = []
    tagger.featurizer.bound_words()  # between documents only: see its doc
    for text in lines:
        if text.strip():
            rules = rule_spans(text)
            tokens = tokenize(text, [b for s, e, _ in rules for b in (s, e)])
            found.append((text, rules, tokens, tagger.features(text, tokens, rules)))
    labels = iter(tagger.tag_many([x[3] for x in found]))
    parts = iter(found)
    first: list[tuple[str, list[Span], list[Token], list[list[bytes]], list[str]] | None] = [
        (*next(parts), next(labels)) if text.strip() else None for text in lines
    ]
    second = tagger.second
    if second is None:
        return [_spans(*x[:3], x[4]) if x else [] for x in first]
    counts = [line_counts(x[0], trim(x[0], bio_to_spans(x[2], x[4]))) if x else None for x in first]
    document: Counter[tuple[str, str]] = sum(filter(None, counts), Counter())
    out: list[list[Span]] = []
    for x, c in zip(first, counts, strict=True):
        if x is None or c is None:
            out.append([])
            continue
        text, rules, tokens, feats, labels = x
        extra = stacked_features(text, tokens, labels, other_lines(document, c))
        labels = second.tag(
            [a + [f.encode() for f in b] for a, b in zip(feats, extra, strict=True)]
        )
        out.append(_spans(text, rules, tokens, labels))
    return out


def _spans(text: str, rules: list[Span], tokens: list[Token], labels: list[str]) -> list[Span]:
    spans = trim(text, bio_to_spans(tokens, labels))
    forced = [r for r in rules if r[2] in OVERRIDE_LABELS]
    if forced:
        spans = [s for s in spans if not any(s[0] < f[1] and f[0] < s[1] for f in forced)]
        spans = sorted(spans + forced)
    return spans


def tag_thainer(text: str, model_path: Path = MODEL_PATH) -> list[Span]:
    """ThaiNER-scheme spans ``(start, end, label)`` with offsets into ``text``."""
    return tag_thainer_texts([text], model_path)[0]


def tag_thainer_texts(texts: Sequence[str], model_path: Path = MODEL_PATH) -> list[list[Span]]:
    """:func:`tag_thainer` of each text. Their lines are decoded together (one numpy step a
    token position for all of them, not one per line); each text's labels are the same
    as alone, unless the model has a second pass, which reads a whole text's lines."""
    # load_model() and load_model(MODEL_PATH) are two keys of its cache: asking for the
    # default model without an argument, as pipelines.ner.load_model does, loads it once
    tagger = load_model() if model_path == MODEL_PATH else load_model(model_path)
    # a second pass reads a whole text's lines: then each text is decoded on its own
    groups = [list(texts)] if tagger.second is None else [[t] for t in texts]
    out: list[list[Span]] = []
    for group in groups:
        found = [list(_LINE.finditer(text)) for text in group]
        tagged = iter(tag_lines([m.group() for ms in found for m in ms], tagger))
        for ms in found:
            spans: list[Span] = []
            for m in ms:
                base = m.start()
                spans.extend((s + base, e + base, lab) for s, e, lab in next(tagged))
            out.append(spans)
    return out
