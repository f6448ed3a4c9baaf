"""khao's CRF tagger in ThaiNER's scheme: model loading and span decoding."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pipelines.ner.compiled import CompiledModel, load_compiled
from pipelines.ner.evaluate import Span, bio_to_spans, trim
from pipelines.ner.features import Featurizer, tokenize
from pipelines.ner.rules import rule_spans

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
    """ThaiNER-scheme spans of one line."""
    if not text.strip():
        return []
    rules = rule_spans(text)
    tokens = tokenize(text, [b for s, e, _ in rules for b in (s, e)])
    labels = tagger.tag(tagger.featurizer.sentence(text, tokens, rules))
    spans = trim(text, bio_to_spans(tokens, labels))
    forced = [r for r in rules if r[2] in OVERRIDE_LABELS]
    if forced:
        spans = [s for s in spans if not any(s[0] < f[1] and f[0] < s[1] for f in forced)]
        spans = sorted(spans + forced)
    return spans


def tag_thainer(text: str, model_path: Path = MODEL_PATH) -> list[Span]:
    """ThaiNER-scheme spans ``(start, end, label)`` with offsets into ``text``."""
    tagger = load_model(model_path)
    out: list[Span] = []
    for m in _LINE.finditer(text):
        base = m.start()
        out.extend((s + base, e + base, lab) for s, e, lab in tag_line(m.group(), tagger))
    return out
