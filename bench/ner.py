"""Benchmark: khao's NER vs pythainlp's ThaiNER 1.5 CRF — k-fold accuracy and speed.

Usage::

    PYTHAINLP_OFFLINE=1 python bench/ner.py --folds 5            # everything (~45 min)
    PYTHAINLP_OFFLINE=1 python bench/ner.py --folds 5 --fold 2   # one fold (~8 min)
    PYTHAINLP_OFFLINE=1 python bench/ner.py --folds 5 --speed-only

Accuracy: ThaiNER's training file is cut into K folds of blocks of consecutive lines
(one article stays in one fold; fixed seed, :func:`pipelines.ner.data.fold_of`). For each
fold both systems are **retrained** on the other K-1 folds and scored on it: khao's CRF
(``pipelines.ner.train``) and pythainlp's ThaiNER 1.5 recipe (its tokens, POS tags,
features and parameters, ``pipelines.ner.baseline.train_recipe``) — pythainlp's shipped
model was trained on the whole file, so scoring it on any fold flatters it (shown too, as
"pythainlp shipped (seen)"). Scores are strict: exact span and label over ThaiNER's 14
labels, surrounding whitespace trimmed. Printed: per-label P/R/F1 pooled over the folds,
micro P/R/F1 per fold, their mean ± sd over the tuning folds, and fold 0 — never used
while khao's features and parameters were chosen — on its own line.
Fold results are cached in ``--cache`` (keyed by the code and data), so folds can be run
one at a time and the summary printed at the end.

Speed (shipped models, on the text of fold 0, ~175k characters):
- load: a fresh process, from ``import`` to a loaded tagger (median of ``--runs``);
- end to end: a fresh process that reads the lines as JSON, tags each and writes JSON —
  khao as ``python -m khao ner --jsonl --scheme thainer``, pythainlp by a minimal script
  (process start, imports and load included);
- steady: in-process, model already loaded (first pass, cold per-word caches).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines.ner.data import HELD_OUT_FOLD, THAINER_PATH, Sentence, fold_of, load_thainer
from pipelines.ner.evaluate import Scores, Span, trim

ROOT = Path(__file__).resolve().parent.parent
KHAO = "khao"
RECIPE = "pythainlp recipe (retrained)"
SHIPPED = "pythainlp shipped (seen)"
SYSTEMS = (KHAO, RECIPE, SHIPPED)
SLUG = {KHAO: "khao", RECIPE: "recipe", SHIPPED: "shipped"}


def _code_key(system: str) -> str:
    """What a fold result depends on: the training data and the system's code/tables."""
    h = hashlib.sha1(THAINER_PATH.read_bytes())
    ner = ROOT / "pipelines" / "ner"
    files = sorted(ner.glob("*.py")) + sorted((ner / "model").glob("*.tables"))
    files += sorted((ner / "model").glob("*.tsv.gz"))
    if system != KHAO:
        files = [ner / "baseline.py", ner / "evaluate.py", ner / "data.py"]
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _score(sents: list[Sentence], tagger: Callable[[str], list[Span]]) -> Scores:
    scores = Scores()
    for s in sents:
        scores.add(s.spans, trim(s.text, tagger(s.text)))
    return scores


def run_fold(system: str, train: list[Sentence], test: list[Sentence]) -> Scores:
    """Train ``system`` on ``train`` (not the shipped pythainlp model) and score ``test``."""
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        if system == KHAO:
            from pipelines.ner.crf import load_model, tag_line
            from pipelines.ner.train import train as train_khao

            train_khao(train, model)
            tagger = load_model(model)  # with its sidecar (attributes, entity gazetteer)
            return _score(test, lambda text: tag_line(text, tagger))
        from pipelines.ner.baseline import BaselineTagger, train_recipe

        if system == RECIPE:
            train_recipe([(s.text, list(s.spans)) for s in train], model)
            return _score(test, BaselineTagger(corrected=True, model_path=model).tag)
        return _score(test, BaselineTagger(corrected=False).tag)


def fold_scores(
    system: str, sents: list[Sentence], k: int, fold: int, cache: Path
) -> tuple[Scores, float]:
    """``(scores, seconds)`` of one fold, from the cache when the code has not changed."""
    path = cache / f"{SLUG[system]}-k{k}-f{fold}-{_code_key(system)}.json"
    if path.exists():
        doc = json.loads(path.read_text())
        return Scores.from_json(doc["scores"]), doc["seconds"]
    marks = fold_of(sents, k)
    train = [s for s, f in zip(sents, marks, strict=True) if f != fold]
    test = [s for s, f in zip(sents, marks, strict=True) if f == fold]
    t0 = time.perf_counter()
    scores = run_fold(system, train, test)
    secs = time.perf_counter() - t0
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"scores": scores.to_json(), "seconds": secs}))
    return scores, secs


# --- speed --------------------------------------------------------------------------

_LOAD = {
    KHAO: "from pipelines.ner import load_model, tag; load_model(); tag('ก', scheme='thainer')",
    SHIPPED: "from pipelines.ner.baseline import BaselineTagger; BaselineTagger().tag('ก')",
    # the crawl's scheme: also position titles, agencies, provinces (YAML, regexes)
    "khao scheme": "from pipelines.ner import warm_up; warm_up()",
}
_PYTHAINLP_CLI = """
import json, sys
from pipelines.ner.baseline import BaselineTagger
tag = BaselineTagger().tag
for line in sys.stdin:
    text = json.loads(line)
    out = [{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in tag(text)]
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\\n")
"""


def _python(args: list[str], stdin: str = "") -> float:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        input=stdin,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def load_seconds(system: str) -> float:
    code = f"import time; t = time.perf_counter(); {_LOAD[system]}; print(time.perf_counter() - t)"
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], text=True, check=True, cwd=ROOT, env=env, capture_output=True
    )
    return float(out.stdout.strip())


def end_to_end_seconds(system: str, lines: list[str]) -> float:
    stdin = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in lines)
    if system == KHAO:
        return _python(["-m", "khao", "ner", "--jsonl", "--scheme", "thainer"], stdin)
    return _python(["-c", _PYTHAINLP_CLI], stdin)


def steady_seconds(system: str, lines: list[str]) -> float:
    if system == KHAO:
        from pipelines.ner import crf

        tagger = crf.load_model()
        t0 = time.perf_counter()
        for t in lines:
            crf.tag_line(t, tagger)
        return time.perf_counter() - t0
    from pipelines.ner.baseline import BaselineTagger

    tag = BaselineTagger().tag
    t0 = time.perf_counter()
    for t in lines:
        tag(t)
    return time.perf_counter() - t0


def speed(lines: list[str], runs: int) -> None:
    chars = sum(len(t) for t in lines)
    print(
        f"\nspeed: {len(lines)} lines, {chars} characters (fold {HELD_OUT_FOLD}), median of {runs} runs, shipped models"
    )
    rows = {}
    for system in (KHAO, SHIPPED):
        load = statistics.median(load_seconds(system) for _ in range(runs))
        e2e = statistics.median(end_to_end_seconds(system, lines) for _ in range(runs))
        steady = steady_seconds(system, lines)  # in this process: one run (caches warm after)
        rows[system] = (load, chars / e2e, chars / steady)
    name = {KHAO: "khao", SHIPPED: "pythainlp thainer 1.5"}
    print(f"{'system':<24}{'load s':>8}{'e2e chars/s':>13}{'steady chars/s':>16}")
    for system, (load, e2e, steady) in rows.items():
        print(f"{name[system]:<24}{load:8.3f}{e2e:13.0f}{steady:16.0f}")
    k, p = rows[KHAO], rows[SHIPPED]
    print(f"khao / pythainlp: end to end {k[1] / p[1]:.2f}x, steady {k[2] / p[2]:.2f}x")
    warm = statistics.median(load_seconds("khao scheme") for _ in range(runs))
    print(f"khao load with the khao scheme's dictionaries too (warm_up): {warm:.3f} s")


# --- OBEC release ---------------------------------------------------------------------

OBEC = ROOT / "tests" / "fixtures" / "data" / "obec_press_release_2019-09-04.txt"
#: Unambiguous mentions of the OBEC release in ThaiNER's conventions (every occurrence of
#: each string; ministries after รมว. and inside titles are ORGANIZATION, as in ThaiNER).
#: Not a full annotation — generic mentions (สำนักงานเขตพื้นที่การศึกษา) are left out — so
#: only recall is scored.
OBEC_MENTIONS = (
    ("สพฐ.", "ORGANIZATION"),
    ("กพฐ.", "ORGANIZATION"),
    ("ศธ.", "ORGANIZATION"),
    ("กระทรวงศึกษาธิการ", "ORGANIZATION"),
    ("นายณัฏฐพล ทีปสุวรรณ", "PERSON"),
    ("นายวิชวุทย์ จินโต", "PERSON"),
    ("นายสุเทพ ชิตยวงษ์", "PERSON"),
    ("จังหวัดสุราษฎร์ธานี", "LOCATION"),
    ("โรงแรมไดมอนด์พลาซ่า", "FACILITY"),
    ("4 กันยายน 2562", "DATE"),
)


def obec_gold(text: str) -> set[Span]:
    gold: set[Span] = set()
    for name, label in OBEC_MENTIONS:
        start = text.find(name)
        while start >= 0:
            gold.add((start, start + len(name), label))
            start = text.find(name, start + 1)
    return gold


def obec() -> None:
    from pipelines.ner.baseline import BaselineTagger
    from pipelines.ner.crf import tag_thainer

    text = OBEC.read_text(encoding="utf-8")
    gold = obec_gold(text)
    print(f"\nOBEC release: recall on {len(gold)} unambiguous mentions (exact span and label)")
    for name, tag in (("khao", tag_thainer), ("pythainlp thainer 1.5", BaselineTagger().tag)):
        pred = set(trim(text, tag(text)))
        missed = sorted(f"{text[a:b]}/{lab}" for a, b, lab in gold - pred)
        print(f"{name:<24}{len(gold & pred):>3}/{len(gold)}  missed: {', '.join(missed) or '-'}")


# --- report -------------------------------------------------------------------------


def report(results: dict[str, dict[int, Scores]]) -> None:
    for system, per_fold in results.items():
        if not per_fold:
            continue
        tuning = [f for f in sorted(per_fold) if f != HELD_OUT_FOLD]
        pooled = Scores()
        for f in tuning:
            pooled.merge(per_fold[f])
        print(f"\n== {system}: per label, pooled over folds {tuning}")
        if tuning:
            print(pooled.table())
        for f in sorted(per_fold):
            p, r, f1 = per_fold[f].micro()
            note = "  (held out: never used for tuning)" if f == HELD_OUT_FOLD else ""
            print(f"fold {f}: P {p:.3f} R {r:.3f} F1 {f1:.3f}{note}")
        if len(tuning) > 1:
            micro = [per_fold[f].micro() for f in tuning]
            cols = [
                f"{n} {statistics.mean(v):.3f} ± {statistics.stdev(v):.3f}"
                for n, v in zip(("P", "R", "F1"), zip(*micro, strict=True), strict=True)
            ]
            print(f"mean ± sd over folds {tuning}: " + ", ".join(cols))
        if HELD_OUT_FOLD in per_fold:
            print(f"held-out fold {HELD_OUT_FOLD} per label:\n{per_fold[HELD_OUT_FOLD].table()}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--folds", type=int, default=5, help="K (fixed seed, blocks of lines)")
    ap.add_argument("--fold", type=int, action="append", help="only these folds (repeatable)")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "khao-bench-ner")
    ap.add_argument("--runs", type=int, default=3, help="timing runs (median)")
    ap.add_argument("--speed-only", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    sents = load_thainer()
    marks = fold_of(sents, args.folds)
    if not args.speed_only:
        systems = [s for s in SYSTEMS if s in args.systems.split(",")]
        results: dict[str, dict[int, Scores]] = {s: {} for s in systems}
        for fold in args.fold or range(args.folds):
            for system in systems:
                scores, secs = fold_scores(system, sents, args.folds, fold, args.cache)
                results[system][fold] = scores
                print(
                    f"fold {fold} {system}: F1 {scores.micro()[2]:.3f} ({secs:.0f} s)", flush=True
                )
        report(results)
    if not args.no_speed:
        obec()
        lines = [s.text for s, f in zip(sents, marks, strict=True) if f == HELD_OUT_FOLD]
        speed(lines, args.runs)


if __name__ == "__main__":
    main()
