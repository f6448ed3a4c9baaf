"""Strict span evaluation (exact start, end and label)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pipelines.ner.data import THAINER_LABELS, trim_spans

Span = tuple[int, int, str]


@dataclass
class Scores:
    """Per-label true positives, predicted and gold counts."""

    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Iterable[Span], pred: Iterable[Span]) -> None:
        g = {s for s in gold if s[2] in THAINER_LABELS}
        p = {s for s in pred if s[2] in THAINER_LABELS}
        for s in g:
            self.gold[s[2]] += 1
        for s in p:
            self.pred[s[2]] += 1
        for s in g & p:
            self.tp[s[2]] += 1

    @staticmethod
    def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def merge(self, other: Scores) -> None:
        self.tp.update(other.tp)
        self.pred.update(other.pred)
        self.gold.update(other.gold)

    def to_json(self) -> dict[str, dict[str, int]]:
        return {"tp": dict(self.tp), "pred": dict(self.pred), "gold": dict(self.gold)}

    @classmethod
    def from_json(cls, doc: dict[str, dict[str, int]]) -> Scores:
        return cls(Counter(doc["tp"]), Counter(doc["pred"]), Counter(doc["gold"]))

    def micro(self) -> tuple[float, float, float]:
        return self._f1(sum(self.tp.values()), sum(self.pred.values()), sum(self.gold.values()))

    def per_label(self) -> dict[str, tuple[float, float, float, int]]:
        return {
            lab: (*self._f1(self.tp[lab], self.pred[lab], self.gold[lab]), self.gold[lab])
            for lab in THAINER_LABELS
        }

    def table(self) -> str:
        lines = [f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
        for lab, (p, r, f, n) in self.per_label().items():
            lines.append(f"{lab:<14}{p:7.3f}{r:7.3f}{f:7.3f}{n:7d}")
        p, r, f = self.micro()
        lines.append(f"{'micro':<14}{p:7.3f}{r:7.3f}{f:7.3f}{sum(self.gold.values()):7d}")
        return "\n".join(lines)


def trim(text: str, spans: Iterable[Span]) -> list[Span]:
    """Drop leading/trailing whitespace of spans (both gold and predicted are trimmed)."""
    return trim_spans(text, spans)


def bio_to_spans(tokens: Sequence[tuple[int, int]], labels: Sequence[str]) -> list[Span]:
    """Token BIO labels to character spans (an ``I-`` after a different label starts a span)."""
    if len(tokens) != len(labels):
        raise ValueError(f"{len(tokens)} tokens but {len(labels)} labels")
    spans: list[Span] = []
    cur: list[int | str] | None = None
    last = -2
    # only the tokens not labelled O (most are): an O between two of them ends a span
    for i in [i for i, lab in enumerate(labels) if lab != "O"]:
        if cur and i != last + 1:
            spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
            cur = None
        last = i
        lab = labels[i]
        if len(lab) < 3:
            if cur:
                spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
            cur = None
            continue
        prefix, name = lab[0], lab[2:]
        s, e = tokens[i]
        if prefix == "B" or cur is None or cur[2] != name:
            if cur:
                spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
            cur = [s, e, name]
        else:
            cur[1] = e
    if cur:
        spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
    return spans
