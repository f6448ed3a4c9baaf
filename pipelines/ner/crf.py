"""khao's CRF tagger in ThaiNER's scheme: model loading and span decoding."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pycrfsuite

from pipelines.ner.compiled import model_featurizer, tagger_featurizer
from pipelines.ner.evaluate import Span, bio_to_spans, trim
from pipelines.ner.features import Featurizer, tokenize
from pipelines.ner.rules import rule_spans

MODEL_PATH = Path(__file__).parent / "model" / "khao_ner.crfsuite"

#: Regex labels that replace whatever the CRF says where they match.
OVERRIDE_LABELS = frozenset({"URL", "EMAIL"})

_LINE = re.compile(r"[^\n]+")


#: Tagging-time features per open tagger (keyed by the tagger object itself).
_COMPILED: dict[pycrfsuite.Tagger, Featurizer] = {}


@cache
def load_model(path: Path = MODEL_PATH) -> pycrfsuite.Tagger:
    """The CRF model, opened once per process and path."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    _COMPILED[tagger] = model_featurizer(path, tagger)
    return tagger


def compiled_features(tagger: pycrfsuite.Tagger) -> Featurizer:
    """The features ``tagger``'s model knows (from its sidecar if opened by load_model)."""
    feats = _COMPILED.get(tagger)
    if feats is None:
        feats = _COMPILED[tagger] = tagger_featurizer(tagger)
    return feats


def tag_line(text: str, tagger: pycrfsuite.Tagger) -> list[Span]:
    """ThaiNER-scheme spans of one line."""
    if not text.strip():
        return []
    rules = rule_spans(text)
    tokens = tokenize(text, [b for s, e, _ in rules for b in (s, e)])
    labels = tagger.tag(compiled_features(tagger).sentence(text, tokens, rules))
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
