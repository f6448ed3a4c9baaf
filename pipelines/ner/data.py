"""ThaiNER 1.5 training data: parsing the inline-tag format and the hold-out split."""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

TRAINING_DIR = Path(__file__).parent / "training"
THAINER_PATH = TRAINING_DIR / "thainer_train.txt.gz"

#: ThaiNER's labels used for evaluation (``T``, temperature, occurs once and is ignored).
THAINER_LABELS: tuple[str, ...] = (
    "PERSON",
    "ORGANIZATION",
    "LOCATION",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "LAW",
    "FACILITY",
    "LEN",
    "PHONE",
    "URL",
    "AGO",
    "ZIP",
    "EMAIL",
)

_TAG_RE = re.compile(r"\[(/?)([A-Z]+)\]")


@dataclass(frozen=True)
class Sentence:
    """One line of ThaiNER: tag-free text and gold spans ``(start, end, label)``."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    line_no: int


def parse_line(line: str, line_no: int = 0) -> Sentence:
    """Strip inline ``[LABEL]...[/LABEL]`` tags; the opening tag decides the label.

    A mismatched closing tag (line 1211 closes ``[TIME]`` with ``[/DATE]``) still
    closes the open entity. Unclosed entities are dropped.
    """
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    open_label: str | None = None
    open_start = 0
    for m in _TAG_RE.finditer(line):
        chunk = line[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, label = m.group(1) == "/", m.group(2)
        if not closing:
            open_label, open_start = label, length
        elif open_label is not None:
            if length > open_start and open_label != "T":
                spans.append((open_start, length, open_label))
            open_label = None
    out.append(line[pos:])
    text = "".join(out)
    return Sentence(text=text, spans=tuple(trim_spans(text, spans)), line_no=line_no)


def trim_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop leading/trailing whitespace of spans (both gold and predicted are trimmed)."""
    out = []
    for s, e, lab in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e, lab))
    return out


def load_thainer(path: Path = THAINER_PATH) -> list[Sentence]:
    """All non-empty sentences of the (gzipped) ThaiNER training file."""
    with gzip.open(path, "rt", encoding="utf-8-sig") as fh:
        lines = fh.read().split("\n")
    sents = []
    for i, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if line.strip():
            sents.append(parse_line(line, i))
    return sents


def is_validation(sentence: Sentence) -> bool:
    """Deterministic ~20% hold-out: sha1 of the tag-free text, bucket 0 of 5."""
    digest = hashlib.sha1(sentence.text.encode("utf-8")).digest()
    return digest[0] % 5 == 0


def split(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """``(train, validation)`` by :func:`is_validation`."""
    train = [s for s in sents if not is_validation(s)]
    val = [s for s in sents if is_validation(s)]
    return train, val


#: Consecutive lines of ThaiNER come from the same article (headline, body paragraphs,
#: source line), so folds are made of blocks of consecutive lines: a sentence-level split
#: puts paragraphs of one article (same people, same agencies) on both sides.
FOLD_BLOCK = 20
FOLD_SEED = 17
#: The fold kept out of every tuning run (see pipelines/ner/training/README.md).
HELD_OUT_FOLD = 0


def fold_of(sents: list[Sentence], k: int, seed: int = FOLD_SEED) -> list[int]:
    """Fold number (0..k-1) of every sentence: blocks of :data:`FOLD_BLOCK` consecutive
    lines, shuffled with ``seed`` and dealt round-robin (deterministic, balanced)."""
    import random

    n_blocks = (len(sents) + FOLD_BLOCK - 1) // FOLD_BLOCK
    order = list(range(n_blocks))
    random.Random(seed).shuffle(order)
    block_fold = {b: i % k for i, b in enumerate(order)}
    return [block_fold[i // FOLD_BLOCK] for i in range(len(sents))]


def folds(
    sents: list[Sentence], k: int, seed: int = FOLD_SEED
) -> list[tuple[list[Sentence], list[Sentence]]]:
    """``(train, test)`` for each of ``k`` folds (see :func:`fold_of`)."""
    marks = fold_of(sents, k, seed)
    return [
        (
            [s for s, f in zip(sents, marks, strict=True) if f != i],
            [s for s, f in zip(sents, marks, strict=True) if f == i],
        )
        for i in range(k)
    ]
