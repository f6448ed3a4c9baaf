"""The model's attribute set, stored next to it, for tagging-time features.

Tagging builds only the features the model knows (:class:`pipelines.ner.features.Featurizer`
with the model's attribute set): crfsuite ignores unknown attributes, so the labels are the
same, and most feature strings (rare words, word pairs) are never built. The attribute set
(and the words that can start a known word pair) comes from a sidecar written by
``pipelines.ner.train`` (``<model>.attributes``, marshal, keyed by the model's sha1);
without one, from ``Tagger.info()`` (~0.4 s).
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from pipelines.ner.features import Featurizer, pair_firsts

_FORMAT = 1


def sidecar_path(model: Path) -> Path:
    return model.with_name(model.name + ".attributes")


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def tagger_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """Every attribute with a non-zero weight in the open model (slow: dumps the model)."""
    return frozenset(attr for attr, _ in tagger.info().state_features)


def _sidecar(
    sha1: str, attributes: frozenset[str], entities: dict[str, tuple[str, ...]] | None = None
) -> dict[str, object]:
    return {
        "format": _FORMAT,
        "model_sha1": sha1,
        "attributes": attributes,
        "entities": entities or {},
        "prev_first": pair_firsts(attributes, "-1w|w="),
        "next_first": pair_firsts(attributes, "w|+1w="),
    }


def write_sidecar(
    model: Path, attributes: Iterable[str], entities: dict[str, tuple[str, ...]] | None = None
) -> Path:
    """Store the model's attribute set (and its entity gazetteer) next to it."""
    out = sidecar_path(model)
    out.write_bytes(marshal.dumps(_sidecar(_sha1(model), frozenset(attributes), entities)))
    return out


def model_featurizer(model: Path, tagger: pycrfsuite.Tagger) -> Featurizer:
    """Tagging-time features of ``model``: from the sidecar when it matches the model,
    else from the open tagger."""
    side = sidecar_path(model)
    sha1 = _sha1(model)
    doc = marshal.loads(side.read_bytes()) if side.exists() else {}
    if doc.get("format") != _FORMAT or doc.get("model_sha1") != sha1:
        # no entity gazetteer without the sidecar: the labels are then not the trained ones
        doc = _sidecar(sha1, tagger_attributes(tagger))
    return Featurizer(doc["attributes"], doc["prev_first"], doc["next_first"], doc["entities"])


def model_attributes(model: Path, tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """The model's attributes (sidecar when it matches the model, else the tagger)."""
    known = model_featurizer(model, tagger).known
    assert known is not None
    return known


def tagger_featurizer(tagger: pycrfsuite.Tagger) -> Featurizer:
    """Tagging-time features of an open tagger (slow: dumps the model)."""
    return Featurizer(tagger_attributes(tagger))
