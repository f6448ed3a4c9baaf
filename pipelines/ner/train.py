"""Train khao's CRF on the ThaiNER training split and report validation F1.

Usage: ``python -m pipelines.ner.train [--all] [--output PATH]``
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import pycrfsuite

from pipelines.ner.compiled import tagger_attributes, write_sidecar
from pipelines.ner.crf import MODEL_PATH, tag_line
from pipelines.ner.data import Sentence, load_thainer, split
from pipelines.ner.evaluate import Scores
from pipelines.ner.features import bio_labels, featurize

PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.02,
    "max_iterations": 250,
    "feature.possible_transitions": True,
}


def train(sents: list[Sentence], output: Path, verbose: bool = False) -> None:
    """Fit an L-BFGS CRF (deterministic) and write it to ``output`` (plus the sidecar of
    its attribute set that the tagger reads at load time)."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for s in sents:
        bounds = [b for st, en, _ in s.spans for b in (st, en)]
        tokens, _, feats = featurize(s.text, bounds)
        trainer.append(feats, bio_labels(tokens, s.spans))
    trainer.set_params(PARAMS)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(output))
    write_sidecar(output, tagger_attributes(tagger))


def evaluate(sents: list[Sentence], model: Path) -> Scores:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scores = Scores()
    for s in sents:
        scores.add(s.spans, tag_line(s.text, tagger))
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--output", type=Path, default=MODEL_PATH, help="where to write the model")
    ap.add_argument(
        "--all",
        action="store_true",
        help="train on all sentences (validation figures are then not held-out)",
    )
    ap.add_argument("--verbose", action="store_true", help="print crfsuite's progress")
    args = ap.parse_args()
    sents = load_thainer()
    tr, va = split(sents)
    print(f"sentences: {len(sents)} (train {len(tr)}, validation {len(va)})")
    t0 = time.perf_counter()
    train(sents if args.all else tr, args.output, args.verbose)
    print(f"trained in {time.perf_counter() - t0:.0f} s -> {args.output}")
    scores = evaluate(va, args.output)
    note = " (NOT held-out: --all)" if args.all else ""
    print(f"validation{note}:\n{scores.table()}")


if __name__ == "__main__":
    main()
