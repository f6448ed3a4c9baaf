"""Word clusters from unlabelled Thai text (training time only; the tagger reads the table).

A word's cluster at a few granularities is a feature: it lets the CRF generalise from
``กรุงเทพมหานคร`` to a province it never saw labelled, from one ministry to another. The
clusters are k-means over word vectors from a PPMI-weighted co-occurrence matrix (±2
words) reduced by truncated SVD — the count-based cousin of word2vec, which needs only
numpy and scipy, and is deterministic.

Source text: the 971 thaigov.go.th articles bundled in ``crawler/demo/data`` (public
domain, see its README) — not ThaiNER, so that cross-validation folds stay unseen.

Usage: ``python -m pipelines.ner.clusters`` (writes :data:`CLUSTERS_PATH`, ~1 min).
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pipelines.ner.tables import CLUSTERS_PATH

CORPUS = (
    Path(__file__).resolve().parent.parent.parent
    / "crawler"
    / "demo"
    / "data"
    / "thaigov_articles.jsonl.gz"
)
#: Granularities (number of clusters), coarse to fine.
SIZES: tuple[int, ...] = (64, 256, 1024)
MIN_COUNT = 3
WINDOW = 2
DIMS = 128
SEED = 17


def _corpus_lines(path: Path) -> list[str]:
    lines: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            doc = json.loads(raw)
            for text in (doc.get("title") or "", doc.get("body") or ""):
                lines.extend(x for x in text.split("\n") if x.strip())
    return lines


def build(corpus: Path = CORPUS, output: Path = CLUSTERS_PATH) -> int:
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    from pipelines.ner.features import tokenize

    sents: list[list[str]] = []
    for line in _corpus_lines(corpus):
        toks = [line[s:e].lower() for s, e in tokenize(line)]
        sents.append([t for t in toks if not t.isspace()])
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx_vocab = vocab[:10_000]
    cindex = {w: i for i, w in enumerate(ctx_vocab)}
    pairs: Counter[tuple[int, int]] = Counter()
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [cindex.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for d in range(1, WINDOW + 1):
                for j in (i - d, i + d):
                    if 0 <= j < len(s) and cids[j] >= 0:
                        # distinct context ids left and right: order carries information
                        pairs[wi, cids[j] * 2 + (j > i)] += 1
    rows = np.fromiter((k[0] for k in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((k[1] for k in pairs), dtype=np.int64, count=len(pairs))
    vals = np.fromiter(pairs.values(), dtype=np.float64, count=len(pairs))
    total = vals.sum()
    wsum = np.bincount(rows, weights=vals, minlength=len(vocab))
    csum = np.bincount(cols, weights=vals, minlength=2 * len(ctx_vocab)) ** 0.75
    csum /= csum.sum()
    pmi = np.log(vals * 1.0 / (wsum[rows] / total * csum[cols] * total))
    keep = pmi > 0
    mat = coo_matrix(
        (pmi[keep], (rows[keep], cols[keep])), shape=(len(vocab), 2 * len(ctx_vocab))
    ).tocsr()
    rng = np.random.default_rng(SEED)
    u, sv, _ = svds(mat, k=DIMS, v0=rng.standard_normal(min(mat.shape)))
    vecs = u * np.sqrt(sv)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(vecs, k, rng) for k in SIZES]
    output.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(
        w + "\t" + "\t".join(str(lab[i]) for lab in labels) + "\n"
        for i, w in enumerate(vocab)
        if "\t" not in w and "\n" not in w
    )
    output.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    return len(vocab)


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 25) -> np.ndarray:  # noqa: F821
    import numpy as np

    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(x @ centers.T, axis=1)  # spherical k-means: vectors are unit
        for c in range(k):
            members = x[assign == c]
            if len(members):
                m = members.sum(axis=0)
                centers[c] = m / (np.linalg.norm(m) + 1e-9)
    return assign


if __name__ == "__main__":
    n = build()
    print(f"{n} words -> {CLUSTERS_PATH}")
