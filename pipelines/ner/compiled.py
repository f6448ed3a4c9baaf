"""The tagger as shipped: the crfsuite model plus a compiled sidecar.

Training writes ``<model>.compiled`` next to the crfsuite model (marshal; keyed by the
model's sha1): every attribute with a non-zero weight, the words that can start a known
word pair, and the model's entity gazetteer. A process loads it in milliseconds (crfsuite
needs ~0.4 s to list its attributes) and then builds only the features the model knows
(:class:`pipelines.ner.features.Featurizer`): crfsuite ignores unknown attributes, so the
labels are the same.

:func:`shift_label_bias` edits a trained model in place of a decoding option crfsuite does
not have: it adds a constant to one label's score at every token (the weight of the bias
attribute ``b``, present on every token, for that label).

Training also writes ``<model>.weights`` (:mod:`pipelines.ner.viterbi`): the model's
weights as arrays. With it (and no second pass) the tagger gives the featurizer's
attributes to numpy as integer ids instead of to crfsuite as strings (same labels); a
missing or stale file leaves the tagger on crfsuite.
"""

from __future__ import annotations

import hashlib
import marshal
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pycrfsuite

from pipelines.ner.features import Featurizer, pair_firsts
from pipelines.ner.viterbi import Weights, load_weights, write_weights

_FORMAT = 2


def sidecar_path(model: Path) -> Path:
    return model.with_name(model.name + ".compiled")


def second_path(model: Path) -> Path:
    """The second-pass CRF trained with ``model`` (:mod:`pipelines.ner.stacking`)."""
    return model.with_name(model.stem + ".pass2.crfsuite")


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def tagger_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """Every attribute with a non-zero weight in the open model (slow: dumps the model)."""
    return frozenset(attr for attr, _ in tagger.info().state_features)


def compile_model(
    model: Path, entities: dict[str, tuple[str, ...]] | None = None
) -> dict[str, object]:
    """What the tagger needs besides the crfsuite model (slow: dumps it)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    attrs = tagger_attributes(tagger)
    return {
        "format": _FORMAT,
        "model_sha1": _sha1(model),
        "attributes": "\n".join(sorted(attrs)),
        "entities": entities or {},
        "prev_first": pair_firsts(attrs, "-1w|w="),
        "next_first": pair_firsts(attrs, "w|+1w="),
    }


def write_sidecar(model: Path, entities: dict[str, tuple[str, ...]] | None = None) -> Path:
    """Compile ``model`` and store the result next to it (deterministic bytes), and its
    weights as arrays (:func:`pipelines.ner.viterbi.write_weights`)."""
    out = sidecar_path(model)
    out.write_bytes(marshal.dumps(compile_model(model, entities)))
    write_weights(model)
    return out


class CompiledModel:
    """A trained CRF ready to tag: its features (:attr:`featurizer`) and crfsuite."""

    def __init__(
        self,
        tagger: pycrfsuite.Tagger,
        doc: dict[str, object],
        second: pycrfsuite.Tagger | None = None,
        second_doc: dict[str, object] | None = None,
        weights: Weights | None = None,
    ) -> None:
        self.crf = tagger
        #: the stacked second pass (None: one pass), see :mod:`pipelines.ner.stacking`
        self.second = second
        #: the model as arrays: tag with numpy, not crfsuite (one pass only)
        self.weights = weights if second is None else None
        if self.weights is not None:
            self.featurizer = Featurizer(
                None,
                doc["prev_first"],  # type: ignore[arg-type]
                doc["next_first"],  # type: ignore[arg-type]
                doc["entities"],  # type: ignore[arg-type]
                weights=self.weights,
            )
            return
        known = frozenset(str(doc["attributes"]).split("\n"))
        prev_first, next_first = doc["prev_first"], doc["next_first"]
        if second_doc is not None:
            # one set of features serves both passes (crfsuite ignores the unknown ones)
            known |= frozenset(str(second_doc["attributes"]).split("\n"))
            prev_first |= second_doc["prev_first"]  # type: ignore[operator]
            next_first |= second_doc["next_first"]  # type: ignore[operator]
        self.featurizer = Featurizer(
            known,
            prev_first,  # type: ignore[arg-type]
            next_first,  # type: ignore[arg-type]
            doc["entities"],  # type: ignore[arg-type]
        )

    @property
    def entities(self) -> dict[str, tuple[str, ...]]:
        return self.featurizer.entities

    def tag(self, feats: Sequence[Sequence[str]] | Sequence[Sequence[bytes]]) -> list[str]:
        """Best label sequence (unknown attributes are ignored; bytes are UTF-8)."""
        return self.crf.tag(feats)

    def features(
        self, text: str, tokens: Sequence[tuple[int, int]], rules: Sequence[tuple[int, int, str]]
    ) -> Any:
        """The features :meth:`tag_many` takes: word vectors and attribute ids with
        :attr:`weights`, else UTF-8 attributes for crfsuite."""
        if self.weights is not None:
            return self.featurizer.sentence_vectors(text, tokens, rules)
        return self.featurizer.sentence_bytes(text, tokens, rules)

    def tag_many(self, lines: Sequence[Any]) -> list[list[str]]:
        """Best label sequence of each line's :meth:`features`, all lines at once."""
        if self.weights is None:
            return [self.crf.tag(f) for f in lines]
        assert self.featurizer.vectors is not None
        return self.weights.tag_lines(self.featurizer.vectors, lines)


def _open(model: Path) -> tuple[pycrfsuite.Tagger, dict[str, object]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    side = sidecar_path(model)
    doc = marshal.loads(side.read_bytes()) if side.exists() else {}
    if doc.get("format") != _FORMAT or doc.get("model_sha1") != _sha1(model):
        doc = compile_model(model)
    return tagger, doc


def load_compiled(model: Path) -> CompiledModel:
    """The model and its sidecar; compiled now if the sidecar is missing or stale (slow,
    and without the entity gazetteer, which only training can make). With its second
    pass (:func:`second_path`) when one was trained; else with its weights as arrays
    when :func:`pipelines.ner.viterbi.weights_path` holds a current copy."""
    tagger, doc = _open(model)
    if second_path(model).exists():
        second, second_doc = _open(second_path(model))
        return CompiledModel(tagger, doc, second, second_doc)
    return CompiledModel(tagger, doc, weights=load_weights(model, str(doc["model_sha1"])))


# --- editing a trained model ---------------------------------------------------------

_FEATURE = struct.Struct("<iiid")  # crfsuite 1d feature: type, source, destination, weight


def shift_label_bias(model: Path, label: str, delta: float, output: Path) -> None:
    """Write ``model`` with ``delta`` added to ``label``'s score at every token.

    crfsuite's model file stores each feature as (type, attribute or label id, label id,
    float64 weight) in its ``FEAT`` chunk; state features (type 0) of the bias attribute
    ``b`` are found by their weights, which ``Tagger.info()`` lists per label.
    """
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    labels = tagger.labels()
    weights = {y: w for (a, y), w in tagger.info().state_features.items() if a == "b"}
    if label not in weights:
        raise ValueError(f"{model} has no weight for (b, {label}) to shift")
    data = bytearray(model.read_bytes())
    off = int(tagger.info().header["off_features"], 16)
    if data[off : off + 4] != b"FEAT":
        raise ValueError(f"{model}: no FEAT chunk at {off:#x}")
    count = struct.unpack_from("<I", data, off + 8)[0]
    base = off + 12
    # the bias attribute's id: the source whose state weights match b's for every label
    by_src: dict[int, dict[str, float]] = {}
    for k in range(count):
        typ, src, dst, w = _FEATURE.unpack_from(data, base + k * _FEATURE.size)
        if typ == 0:
            by_src.setdefault(src, {})[labels[dst]] = w
    b_ids = [
        src
        for src, ws in by_src.items()
        if ws.keys() == weights.keys() and all(abs(ws[y] - weights[y]) < 1e-5 for y in ws)
    ]
    if len(b_ids) != 1:
        raise ValueError(f"{model}: cannot identify the bias attribute ({len(b_ids)} matches)")
    target = labels.index(label)
    for k in range(count):
        pos = base + k * _FEATURE.size
        typ, src, dst, w = _FEATURE.unpack_from(data, pos)
        if typ == 0 and src == b_ids[0] and dst == target:
            _FEATURE.pack_into(data, pos, typ, src, dst, w + delta)
            break
    output.write_bytes(bytes(data))
