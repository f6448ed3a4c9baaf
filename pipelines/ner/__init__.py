"""Offline Thai named-entity tagger (ThaiNER labels + khao's POSITION and normalisation).

>>> from pipelines.ner import tag
>>> [(e.label, e.text) for e in tag("นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ.")][:2]  # doctest: +SKIP
[('PERSON', 'นายสุเทพ ชิตยวงษ์'), ('POSITION', 'เลขาธิการ กพฐ.')]

Importing this package is cheap: the model and its tables load on the first :func:`tag`
(or :func:`warm_up`), and the khao scheme's dictionaries only when that scheme is used.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

if TYPE_CHECKING:
    import pycrfsuite

    from pipelines.ner.khao_scheme import Entity

SCHEMES = ("khao", "thainer")


def tag(text: str, scheme: str = "khao") -> list[Entity]:
    """Named entities of ``text`` with character offsets (``text[e.start:e.end] == e.text``).

    ``scheme="thainer"``: ThaiNER's labels and span conventions only (honorifics inside
    PERSON, ``canonical`` is the text itself). ``scheme="khao"`` (default): adds POSITION,
    canonical names (no honorifics, agency abbreviations expanded) and each PERSON's
    position. The model is loaded once per process (:func:`load_model` is cached).
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; expected one of {SCHEMES}")
    from pipelines.ner.crf import tag_thainer
    from pipelines.ner.khao_scheme import Entity, to_khao

    spans = tag_thainer(text)
    if scheme == "thainer":
        return [Entity(s, e, lab, text[s:e], text[s:e]) for s, e, lab in spans]
    return to_khao(text, spans)


def tag_texts(texts: Sequence[str], scheme: str = "khao") -> list[list[Entity]]:
    """:func:`tag` of each of ``texts``, the same entities, faster than one call each: the
    model decodes all their lines together."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; expected one of {SCHEMES}")
    from pipelines.ner.crf import tag_thainer_texts
    from pipelines.ner.khao_scheme import Entity, to_khao

    out: list[list[Entity]] = []
    for text, spans in zip(texts, tag_thainer_texts(texts), strict=True):
        if scheme == "thainer":
            out.append([Entity(s, e, lab, text[s:e], text[s:e]) for s, e, lab in spans])
        else:
            out.append(to_khao(text, spans))
    return out


def load_model() -> pycrfsuite.Tagger:
    """The CRF model (opened once per process), see :func:`pipelines.ner.crf.load_model`."""
    from pipelines.ner.crf import load_model as load

    return load()


def warm_up() -> None:
    """Load everything :func:`tag` needs (model and its attribute set, nlpo3 word list,
    gazetteers, title/agency regexes) now rather than on the first article — e.g. as a
    process pool's initializer, so workers load while the first pages download."""
    load_model()
    tag("นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ. ผู้ว่าราชการจังหวัดสุราษฎร์ธานี 4 ก.ย. 2562")


def __getattr__(name: str) -> Any:
    if name == "Entity":
        from pipelines.ner.khao_scheme import Entity

        return Entity
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SCHEMES", "Entity", "load_model", "tag", "warm_up"]
