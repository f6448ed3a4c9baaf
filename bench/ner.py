"""Benchmark: khao's NER vs pythainlp's bundled ThaiNER 1.5 CRF on the validation split.

Usage: ``PYTHAINLP_OFFLINE=1 python bench/ner.py [--runs 3] [--limit N]``

Prints strict micro-F1 (exact span and label over ThaiNER's 14 labels; both gold
and predicted spans have surrounding whitespace trimmed) and characters/second
(median of ``--runs`` runs; every run loads the model again).

Caveat: pythainlp's model was trained on all of ThaiNER 1.5's training file, which
contains this validation split, so its figures here are optimistic.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pythainlp.tag.perceptron as _perceptron

from pipelines.ner import crf, features, lexicon
from pipelines.ner import tokenize as ner_tokenize
from pipelines.ner.baseline import BaselineTagger
from pipelines.ner.data import Sentence, load_thainer, split
from pipelines.ner.evaluate import Scores, Span, trim

Tagger = Callable[[str], list[Span]]


def _khao() -> Tagger:
    # everything loaded or memoised at run time starts cold: model, attribute sidecar,
    # nlpo3 dictionary, word lists, per-word caches
    crf.load_model.cache_clear()
    crf._COMPILED.clear()
    for fn in (
        lexicon.gazetteer,
        lexicon.agency_index,
        lexicon.agencies,
        lexicon.positions,
        features._gazetteer_prefixes,
        ner_tokenize.load_dictionary,
    ):
        fn.cache_clear()
    features._WORD_CACHE.clear()
    features._SPLIT_CACHE.clear()
    crf.load_model()
    return crf.tag_thainer


def _baseline(corrected: bool) -> Callable[[], Tagger]:
    def make() -> Tagger:
        _perceptron._ORCHID_TAGGER = None  # reload the POS model too
        return BaselineTagger(corrected=corrected).tag

    return make


SYSTEMS: dict[str, Callable[[], Tagger]] = {
    "khao CRF (--scheme thainer)": _khao,
    "pythainlp thainer 1.5 as shipped": _baseline(False),
    "pythainlp thainer 1.5 corrected": _baseline(True),
}


def run(make: Callable[[], Tagger], sents: list[Sentence]) -> tuple[Scores, float]:
    t0 = time.perf_counter()
    tagger = make()
    preds = [tagger(s.text) for s in sents]
    elapsed = time.perf_counter() - t0
    scores = Scores()
    for s, p in zip(sents, preds, strict=True):
        scores.add(s.spans, trim(s.text, p))
    return scores, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3, help="timing runs per system (median)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N validation sentences")
    ap.add_argument("--per-label", action="store_true", help="also print per-label tables")
    args = ap.parse_args()
    _, val = split(load_thainer())
    if args.limit:
        val = val[: args.limit]
    chars = sum(len(s.text) for s in val)
    n_gold = sum(len(s.spans) for s in val)
    print(f"validation: {len(val)} sentences, {chars} characters, {n_gold} entities")
    rows = []
    for name, make in SYSTEMS.items():
        times = []
        scores = Scores()
        for _ in range(args.runs):
            scores, elapsed = run(make, val)
            times.append(elapsed)
        p, r, f = scores.micro()
        rows.append((name, p, r, f, chars / statistics.median(times)))
        if args.per_label:
            print(f"\n{name}\n{scores.table()}")
    print(f"\n{'system':<34}{'P':>7}{'R':>7}{'F1':>7}{'chars/s':>11}")
    for name, p, r, f, cps in rows:
        print(f"{name:<34}{p:7.3f}{r:7.3f}{f:7.3f}{cps:11.0f}")
    base = rows[1][4]
    print(f"\nspeed-up of khao over pythainlp as shipped: {rows[0][4] / base:.2f}x")


if __name__ == "__main__":
    main()
