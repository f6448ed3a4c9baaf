"""The second pass of the tagger: a CRF stacked on the first one's labels, document-aware.

The first CRF sees one line at a time, so an article that names ``นายสมชาย ใจดี`` in full
three times may get it tagged twice and missed once. The second CRF reads the same token
features plus what the first pass said: its label of the token and of its neighbours,
and whether the token starts or continues a string the first pass tagged (with which
label) on *another* line of the same document. It is trained on first-pass labels from
models that did not see the sentence (jackknife, :mod:`pipelines.ner.train`), so in
training those labels are as wrong as they will be on new text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipelines.ner.features import Token, gazetteer_marks, prefixes_of
from pipelines.ner.rules import Span

#: Labels whose strings are not names (a date repeated in an article says nothing).
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "LEN", "PHONE", "URL", "EMAIL", "ZIP", "AGO"}
)
_MAX_TOKENS = 12

Counts = Counter[tuple[str, str]]


def line_counts(text: str, spans: Sequence[Span]) -> Counts:
    """``(string, label)`` of the first pass's name spans on one line."""
    return Counter((text[s:e], lab) for s, e, lab in spans if e - s >= 2 and lab not in _NOT_NAMES)


def other_lines(document: Counts, line: Counts) -> dict[str, tuple[str, ...]]:
    """Strings tagged on the document's other lines -> their labels."""
    out: dict[str, list[str]] = {}
    for (k, lab), n in document.items():
        if n > line.get((k, lab), 0):
            out.setdefault(k, []).append(lab)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def stacked_features(
    text: str,
    tokens: Sequence[Token],
    labels: Sequence[str],
    elsewhere: dict[str, tuple[str, ...]],
) -> list[list[str]]:
    """Per token: first-pass labels at -2..+2 (and pairs), and ``d=B-X``/``d=I-X`` where
    a string the first pass tagged ``X`` on another line of the document matches here."""
    n = len(tokens)
    marks = (
        gazetteer_marks(text, tokens, None, elsewhere, prefixes_of(elsewhere), _MAX_TOKENS, "d")
        if elsewhere
        else [[] for _ in range(n)]
    )
    out: list[list[str]] = []
    for i in range(n):
        lab = labels[i]
        prev = labels[i - 1] if i else "BOS"
        nxt = labels[i + 1] if i < n - 1 else "EOS"
        f = [f"L={lab}", f"-1L={prev}", f"+1L={nxt}", f"-1L|L={prev}|{lab}", f"L|+1L={lab}|{nxt}"]
        if i > 1:
            f.append(f"-2L={labels[i - 2]}")
        if i < n - 2:
            f.append(f"+2L={labels[i + 2]}")
        for m in marks[i]:
            f += [m, f"{m}|L={lab}"]
        if i:
            f += ["-1" + m for m in marks[i - 1]]
        if i < n - 1:
            f += ["+1" + m for m in marks[i + 1]]
        out.append(f)
    return out
