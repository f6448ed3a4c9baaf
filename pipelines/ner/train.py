"""Train khao's CRF on ThaiNER; cross-validate it.

Usage::

    python -m pipelines.ner.train                  # ship: train on every sentence
    python -m pipelines.ner.train --cv 5           # tune: folds 1..4, fold 0 never seen
    python -m pipelines.ner.train --cv 5 --fold 2  # one tuning fold only
    python -m pipelines.ner.train --cv 5 --held-out  # final: train on 1..4, test on 0
    python -m pipelines.ner.train --cv 5 --fold 1 --two-pass  # with the stacked second pass

Folds are blocks of consecutive lines (one article stays in one fold), see
:func:`pipelines.ner.data.fold_of`. A tuning fold ``i`` is scored by a model trained on
the other tuning folds only, so the held-out fold (:data:`~pipelines.ner.data.HELD_OUT_FOLD`)
takes no part in any choice of features or parameters.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import pycrfsuite

from pipelines.ner.compiled import load_compiled, second_path, shift_label_bias, write_sidecar
from pipelines.ner.crf import MODEL_PATH, load_model, tag_lines
from pipelines.ner.data import FOLD_BLOCK, HELD_OUT_FOLD, Sentence, fold_of, load_thainer
from pipelines.ner.evaluate import Scores, bio_to_spans, trim
from pipelines.ner.features import Featurizer, bio_labels, entity_gazetteer, featurize
from pipelines.ner.rules import rule_spans
from pipelines.ner.stacking import line_counts, other_lines, stacked_features

PARAMS: dict[str, float | int | bool] = {
    "c1": 0.01,
    "c2": 0.05,
    "max_iterations": 250,
    "feature.possible_transitions": True,
    # not crfsuite's: added to label O's score at every token after training (see
    # compiled.shift_label_bias); negative trades precision for recall
    "o_bias": -0.25,
}


def train(
    sents: list[Sentence],
    output: Path,
    verbose: bool = False,
    params: dict[str, float | int | bool] | None = None,
    two_pass: bool | None = None,
) -> None:
    """Fit an L-BFGS CRF (deterministic) and write it to ``output`` (plus the sidecar of
    its attribute set that the tagger reads at load time); with ``two_pass`` (default
    :data:`TWO_PASS`) also the second pass stacked on it (:func:`train_second`)."""
    second = second_path(output)
    if second.exists():
        second.unlink()  # a stale second pass would be loaded with the new first one
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for s, fz in zip(sents, jackknife_featurizers(sents), strict=True):
        tokens, _, feats = featurize(s.text, _gold_bounds(s), fz)
        trainer.append(feats, bio_labels(tokens, s.spans))
    params = params or PARAMS
    trainer.set_params({k: v for k, v in params.items() if k != "o_bias"})
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    if params.get("o_bias"):
        shift_label_bias(output, "O", float(params["o_bias"]), output)
    entities = entity_gazetteer((s.text, s.spans) for s in sents) if USE_ENTITIES else None
    write_sidecar(output, entities)
    if TWO_PASS if two_pass is None else two_pass:
        train_second(sents, second, verbose, params)


#: Train the stacked second pass (:mod:`pipelines.ner.stacking`; ``--two-pass``). Off:
#: on fold 1 it gained +0.25 F1 point for ~30 % of tagging speed (bench/RESULTS.md, "NER
#: tuning round 4"), under the +0.5-point bar for adoption.
TWO_PASS = False
#: O bias of the second pass (its first-pass features already carry the first's bias).
SECOND_O_BIAS = 0.0
#: Blocks of the jackknife that gives the second pass its training input: first-pass
#: labels of each block from a first pass trained on the other blocks.
STACK_JACKKNIFE = 3
STACK_SEED = 3


def doc_id(s: Sentence) -> int:
    """ThaiNER marks no article boundaries: a document is a fold block of consecutive
    lines (:data:`~pipelines.ner.data.FOLD_BLOCK`, one article or two adjacent ones)."""
    return (s.line_no - 1) // FOLD_BLOCK


def by_document(sents: list[Sentence]) -> list[list[Sentence]]:
    docs: dict[int, list[Sentence]] = {}
    for s in sents:
        docs.setdefault(doc_id(s), []).append(s)
    return list(docs.values())


def train_second(
    sents: list[Sentence],
    output: Path,
    verbose: bool = False,
    params: dict[str, float | int | bool] | None = None,
) -> None:
    """The second pass: token features plus :func:`~pipelines.ner.stacking.stacked_features`
    of jackknifed first-pass labels (tokens cut at gold boundaries, as in training)."""
    params = params or PARAMS
    marks = fold_of(sents, STACK_JACKKNIFE, seed=STACK_SEED)
    first: dict[int, tuple[list[tuple[int, int]], list[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for b in range(STACK_JACKKNIFE):
            model = Path(tmp) / f"jackknife{b}.crfsuite"
            train([s for s, m in zip(sents, marks, strict=True) if m != b], model, verbose,
                  params, two_pass=False)  # fmt: skip
            m1 = load_compiled(model)
            fz = Featurizer(entities=m1.entities)
            for s, m in zip(sents, marks, strict=True):
                if m == b:
                    tokens, _, feats = featurize(s.text, _gold_bounds(s), fz)
                    first[s.line_no] = (tokens, m1.tag(feats))
    fzs = {s.line_no: fz for s, fz in zip(sents, jackknife_featurizers(sents), strict=True)}
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for doc in by_document(sents):
        counts = [line_counts(s.text, trim(s.text, bio_to_spans(*first[s.line_no]))) for s in doc]
        document = sum(counts, Counter())
        for s, c in zip(doc, counts, strict=True):
            tokens, labels = first[s.line_no]
            feats = fzs[s.line_no].sentence(s.text, tokens, rule_spans(s.text))
            extra = stacked_features(s.text, tokens, labels, other_lines(document, c))
            trainer.append(
                [a + b for a, b in zip(feats, extra, strict=True)], bio_labels(tokens, s.spans)
            )
    trainer.set_params({k: v for k, v in params.items() if k != "o_bias"})
    trainer.train(str(output))
    if SECOND_O_BIAS:
        shift_label_bias(output, "O", SECOND_O_BIAS, output)
    write_sidecar(output)


def _gold_bounds(s: Sentence) -> list[int]:
    return [b for st, en, _ in s.spans for b in (st, en)]


#: Entity strings of the training data as a gazetteer feature (see ``entity_gazetteer``).
USE_ENTITIES = True
JACKKNIFE = 5


def jackknife_featurizers(sents: list[Sentence]) -> list[Featurizer]:
    """Per sentence, a featurizer whose entity gazetteer comes from the other
    :data:`JACKKNIFE` - 1 blocks of sentences only (see ``features.entity_gazetteer``)."""
    if not USE_ENTITIES:
        return [Featurizer()] * len(sents)
    marks = fold_of(sents, JACKKNIFE, seed=JACKKNIFE_SEED)
    per_block = [
        Featurizer(
            entities=entity_gazetteer(
                (s.text, s.spans) for s, m in zip(sents, marks, strict=True) if m != b
            )
        )
        for b in range(JACKKNIFE)
    ]
    return [per_block[m] for m in marks]


JACKKNIFE_SEED = 1


def evaluate(sents: list[Sentence], model: Path, errors: Path | None = None) -> Scores:
    tagger = load_model(model)  # with its sidecar (attributes, entity gazetteer)
    scores = Scores()
    out = []
    for doc in by_document(sents):
        for s, pred in zip(doc, tag_lines([s.text for s in doc], tagger), strict=True):
            scores.add(s.spans, pred)
            gold, got = set(s.spans), set(pred)
            for a, b, lab in sorted(gold ^ got):
                kind = "FN" if (a, b, lab) in gold else "FP"
                out.append(
                    f"{kind}\t{lab}\t{s.text[max(0, a - 15) : a]}[{s.text[a:b]}]{s.text[b : b + 15]}"
                )
    if errors:
        errors.write_text("\n".join(out) + "\n", encoding="utf-8")
    return scores


def cross_validate(
    sents: list[Sentence],
    k: int,
    test_folds: list[int],
    held_out: bool,
    params: dict[str, float | int | bool],
    report: Path | None,
    errors: Path | None = None,
    o_biases: list[float] | None = None,
    keep: Path | None = None,
) -> Scores:
    """Train and score the requested folds; print each fold's table and the pooled one."""
    marks = fold_of(sents, k)
    total = Scores()
    for i in test_folds:
        excluded = {i} if held_out else {i, HELD_OUT_FOLD}
        tr = [s for s, f in zip(sents, marks, strict=True) if f not in excluded]
        te = [s for s, f in zip(sents, marks, strict=True) if f == i]
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "fold.crfsuite"
            t0 = time.perf_counter()
            train(tr, model, params=params)
            secs = time.perf_counter() - t0
            scores = evaluate(te, model, errors)
            for bias in o_biases or []:
                alt = Path(tmp) / "bias.crfsuite"
                shift_label_bias(model, "O", bias, alt)
                write_sidecar(alt, load_model(model).entities)
                scores_b = evaluate(te, alt)
                print(
                    f"fold {i} O bias {params['o_bias'] + bias:+.2f}: {scores_b.table().splitlines()[-1]}"
                )
                load_model.cache_clear()
            if keep:
                keep.mkdir(parents=True, exist_ok=True)
                for f in Path(tmp).iterdir():
                    shutil.copy(f, keep / f"fold{i}-{f.name}")
        p, r, f = scores.micro()
        print(
            f"fold {i}/{k}: train {len(tr)} test {len(te)} ({secs:.0f} s) P {p:.4f} R {r:.4f} F1 {f:.4f}"
        )
        print(scores.table(), flush=True)
        if report:
            doc = {"fold": i, "k": k, "params": params, "scores": scores.to_json()}
            report.parent.mkdir(parents=True, exist_ok=True)
            with report.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(doc) + "\n")
        total.merge(scores)
    return total


def _param_value(text: str) -> float | int | bool:
    """``--param`` values as crfsuite's typed parameters: integers, floats, true/false."""
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        return int(text)
    except ValueError:
        return float(text)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--output", type=Path, default=MODEL_PATH, help="where to write the model")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="cross-validate over K folds")
    ap.add_argument("--fold", type=int, action="append", help="only these tuning folds")
    ap.add_argument(
        "--held-out",
        action="store_true",
        help=f"final measurement: train on every fold but {HELD_OUT_FOLD}, test on it",
    )
    ap.add_argument("--report", type=Path, help="append each fold's scores (JSON lines)")
    ap.add_argument("--errors", type=Path, help="write the last fold's errors (FN/FP) here")
    ap.add_argument("--o-bias", help="also score these O offsets (comma-separated)")
    ap.add_argument("--keep", type=Path, help="copy each fold's model into this directory")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="another crfsuite training parameter (e.g. feature.possible_states=true)",
    )
    ap.add_argument(
        "--two-pass",
        action="store_true",
        help="also train the stacked, document-aware second pass (pipelines.ner.stacking)",
    )
    ap.add_argument("--verbose", action="store_true", help="print crfsuite's progress")
    args = ap.parse_args()
    if args.two_pass:
        global TWO_PASS
        TWO_PASS = True
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    for kv in args.param:
        key, sep, value = kv.partition("=")
        if not sep or not key:
            ap.error(f"--param {kv!r}: expected KEY=VALUE")
        try:
            params[key] = _param_value(value)
        except ValueError:
            ap.error(f"--param {kv!r}: the value is not a number or true/false")
    sents = load_thainer()
    if args.cv:
        if args.held_out:
            test_folds = [HELD_OUT_FOLD]
        else:
            test_folds = args.fold or [i for i in range(args.cv) if i != HELD_OUT_FOLD]
            if HELD_OUT_FOLD in test_folds:
                ap.error(f"fold {HELD_OUT_FOLD} is held out: use --held-out")
        total = cross_validate(
            sents,
            args.cv,
            test_folds,
            args.held_out,
            params,
            args.report,
            args.errors,
            [float(x) for x in args.o_bias.split(",")] if args.o_bias else None,
            args.keep,
        )
        if len(test_folds) > 1:
            print(f"pooled over folds {test_folds}:\n{total.table()}")
        return
    print(f"training on all {len(sents)} sentences")
    t0 = time.perf_counter()
    train(sents, args.output, args.verbose, params)
    print(f"trained in {time.perf_counter() - t0:.0f} s -> {args.output}")


if __name__ == "__main__":
    main()
