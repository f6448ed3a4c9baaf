"""Train the neural tagger on the tuning folds and score it on one (never fold 0).

Usage (from the repository root, in an environment with torch and khao's dependencies)::

    python -m pipelines.ner.neural.train --fold 1
    python -m pipelines.ner.neural.train --fold 1 --crf /tmp/crf1/fold1-fold.crfsuite \
        --mix 0.3,0.5,0.7

Fold ``i`` is scored by a network trained on the other tuning folds (as
``pipelines.ner.train --cv 5 --fold i``). ``--crf MODEL`` (a CRF trained on the same
folds, e.g. kept by ``pipelines.ner.train --cv 5 --fold i --keep DIR``) also scores the
interpolation ``a * P_crf + (1 - a) * P_net`` of the two models' per-token label
marginals, decoded by a BIO-constrained Viterbi, for each ``a`` of ``--mix``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
# OpenMP threads that spin while waiting made training ~20x slower on the shared 2-core
# machine (a spinning thread holds a core another process, or its sibling, needs)
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np
import torch

from pipelines.ner.crf import _spans, load_model
from pipelines.ner.data import HELD_OUT_FOLD, Sentence, fold_of, load_thainer
from pipelines.ner.evaluate import Scores
from pipelines.ner.features import Featurizer, bio_labels, entity_gazetteer, featurize
from pipelines.ner.neural.model import (
    Config,
    Encoded,
    Vocab,
    load,
    marginals,
    save,
    train_network,
    viterbi,
)
from pipelines.ner.train import _gold_bounds, jackknife_featurizers


def training_examples(sents: list[Sentence]) -> list[tuple[list[str], list[list[str]], list[str]]]:
    """Token texts, every CRF feature (jackknifed entity gazetteer, tokens cut at gold
    boundaries: exactly what the CRF trains on) and gold BIO labels."""
    out = []
    for s, fz in zip(sents, jackknife_featurizers(sents), strict=True):
        tokens, _, feats = featurize(s.text, _gold_bounds(s), fz)
        out.append(([s.text[a:b] for a, b in tokens], feats, bio_labels(tokens, s.spans)))
    return out


def test_inputs(sents: list[Sentence], train: list[Sentence]) -> list[tuple]:
    """Per test sentence ``(text, rules, tokens, features)`` as at run time: no gold
    boundaries, the entity gazetteer of the whole training part."""
    fz = Featurizer(entities=entity_gazetteer((s.text, s.spans) for s in train))
    out = []
    for s in sents:
        tokens, rules, feats = featurize(s.text, (), fz)
        out.append((s.text, rules, tokens, feats))
    return out


def crf_marginals(model: Path, inputs: list[tuple], labels: list[str]) -> list[np.ndarray]:
    """Per sentence ``(tokens, labels)`` marginals of a crfsuite model, in ``labels``' order
    (a label the CRF lacks gets 0)."""
    tagger = load_model(model)
    crf = tagger.crf
    known = set(crf.labels())
    out = []
    for text, rules, tokens, _ in inputs:
        feats = tagger.featurizer.sentence(text, tokens, rules)
        crf.set(feats)
        m = np.zeros((len(tokens), len(labels)))
        for j, lab in enumerate(labels):
            if lab in known:
                m[:, j] = [crf.marginal(lab, t) for t in range(len(tokens))]
        out.append(m)
    return out


def crf_viterbi(model: Path, inputs: list[tuple]) -> list[list[str]]:
    tagger = load_model(model)
    return [tagger.tag(tagger.featurizer.sentence(t, tok, r)) for t, r, tok, _ in inputs]


def score(sents: list[Sentence], inputs: list[tuple], labels: list[list[str]]) -> Scores:
    sc = Scores()
    for s, (text, rules, tokens, _), lab in zip(sents, inputs, labels, strict=True):
        sc.add(s.spans, _spans(text, rules, tokens, lab))
    return sc


def decode(probs: list[np.ndarray], labels: list[str]) -> list[list[str]]:
    return [viterbi(np.log(p + 1e-9), labels) if len(p) else [] for p in probs]


MAIN_LABELS = ("PERSON", "ORGANIZATION", "LOCATION", "DATE", "FACILITY", "LAW")


def summary(name: str, sc: Scores) -> dict[str, object]:
    p, r, f = sc.micro()
    per = sc.per_label()
    row = " ".join(f"{lab[:3]} {per[lab][2]:.3f}" for lab in MAIN_LABELS)
    print(f"{name:<28} P {p:.4f} R {r:.4f} F1 {f:.4f} | {row}", flush=True)
    return {"variant": name, "P": p, "R": r, "F1": f, "scores": sc.to_json()}


def _every(n: int, te: list[Sentence], tr: list[Sentence], vocab: Vocab):
    """Score the network alone on the tuning fold every ``n`` epochs (0: never)."""
    if not n:
        return None
    inputs = test_inputs(te, tr)
    enc = [vocab.encode([t[a:b] for a, b in tok], f, None) for t, _, tok, f in inputs]

    def on_epoch(ep: int, net) -> None:
        if ep % n == 0:
            summary(f"  epoch {ep}", score(te, inputs, decode(marginals(net, enc), vocab.labels)))

    return on_epoch


def run(
    fold: int,
    k: int,
    cfg: Config,
    crf: Path | None = None,
    mix: list[float] | None = None,
    save_to: Path | None = None,
    limit: int | None = None,
    report: Path | None = None,
    load_from: Sequence[Path] = (),
    eval_every: int = 0,
) -> list[dict[str, object]]:
    if fold == HELD_OUT_FOLD:
        raise ValueError(f"fold {HELD_OUT_FOLD} is held out: never trained on, tagged or scored")
    sents = load_thainer()
    marks = fold_of(sents, k)
    tr = [s for s, f in zip(sents, marks, strict=True) if f not in (fold, HELD_OUT_FOLD)]
    te = [s for s, f in zip(sents, marks, strict=True) if f == fold]
    if limit:
        tr, te = tr[:limit], te[: max(1, limit // 3)]
    nets = [load(p) for p in load_from]
    if nets:
        net, vocab = nets[0]
        cfg, secs = net.cfg, 0.0
        if any(v.labels != vocab.labels for _, v in nets):
            raise ValueError("the networks to average have different label sets")
    else:
        t0 = time.perf_counter()
        examples = training_examples(tr)
        vocab = Vocab.build(examples)
        data = [vocab.encode(*ex) for ex in examples]
        print(f"fold {fold}: train {len(tr)} test {len(te)}; {len(vocab.feats)} features, "
              f"{len(vocab.chars)} chars, {len(vocab.labels)} labels "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)  # fmt: skip
        t0 = time.perf_counter()
        net = train_network(data, vocab, cfg, on_epoch=_every(eval_every, te, tr, vocab))
        secs = time.perf_counter() - t0
        print(f"trained in {secs:.0f} s", flush=True)
        if save_to:
            save(net, vocab, save_to)
    inputs = test_inputs(te, tr)
    enc: list[Encoded] = [
        vocab.encode([text[a:b] for a, b in tokens], feats, None)
        for text, _, tokens, feats in inputs
    ]
    if len(nets) > 1:  # an ensemble: the mean of the networks' marginals
        each = [marginals(n, [v.encode([t[a:b] for a, b in tok], f, None)
                              for t, _, tok, f in inputs]) for n, v in nets]  # fmt: skip
        p_net = [sum(ps) / len(ps) for ps in zip(*each, strict=True)]
    else:
        p_net = marginals(net, enc)
    rows = [
        summary(
            f"net ({cfg.output}) x{max(1, len(nets))}",
            score(te, inputs, decode(p_net, vocab.labels)),
        )
    ]
    if crf:
        rows.append(summary("crf viterbi", score(te, inputs, crf_viterbi(crf, inputs))))
        p_crf = crf_marginals(crf, inputs, vocab.labels)
        for a in mix or [0.5]:
            mixed = [a * pc + (1 - a) * pn for pc, pn in zip(p_crf, p_net, strict=True)]
            rows.append(summary(f"mix a={a:g}", score(te, inputs, decode(mixed, vocab.labels))))
            # geometric: a product of experts, sharper where the two agree
            geo = [np.exp(a * np.log(pc + 1e-9) + (1 - a) * np.log(pn + 1e-9))
                   for pc, pn in zip(p_crf, p_net, strict=True)]  # fmt: skip
            rows.append(summary(f"geo a={a:g}", score(te, inputs, decode(geo, vocab.labels))))
    for r in rows:
        r.update(fold=fold, k=k, config=cfg.__dict__, train_seconds=secs)
    if report:
        with report.open("a", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--fold", type=int, default=1)
    ap.add_argument("--crf", type=Path, help="a CRF trained on the same folds (for --mix)")
    ap.add_argument("--mix", default="0.5", help="CRF weights a to score (comma-separated)")
    ap.add_argument("--save", type=Path, help="write the network here")
    ap.add_argument(
        "--load",
        type=Path,
        action="append",
        default=[],
        help="score this saved network instead of training (repeat: their mean)",
    )
    ap.add_argument("--eval-every", type=int, default=0, help="score every N epochs too")
    ap.add_argument("--report", type=Path, help="append the rows (JSON lines)")
    ap.add_argument("--limit", type=int, help="first N training sentences only (smoke run)")
    ap.add_argument("--threads", type=int, default=2)
    defaults = Config()
    for f in fields(Config):
        ap.add_argument(f"--{f.name.replace('_', '-')}", type=type(getattr(defaults, f.name)),
                        default=getattr(defaults, f.name))  # fmt: skip
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    cfg = Config(**{f.name: getattr(args, f.name) for f in fields(Config)})
    run(args.fold, args.cv, cfg, args.crf, [float(x) for x in args.mix.split(",")], args.save,
        args.limit, args.report, args.load, args.eval_every)  # fmt: skip


if __name__ == "__main__":
    main()
