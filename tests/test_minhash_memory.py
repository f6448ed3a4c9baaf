"""Issue 17: the MinHash of a long article is computed in chunks: the same signature as one
``update_batch`` over every shingle, without a (shingles x 128) uint64 array at once, which
was the crawl process's memory high-water mark (60 MB for a 60,000-shingle article)."""

from __future__ import annotations

import tracemalloc
import zlib

import numpy as np
from datasketch import MinHash

from pipelines.fingerprints import NUM_PERM, SCHEME, SEED, minhash


def grams(count: int) -> set[str]:
    return {f"ข่าว{i:06d}" for i in range(count)}


def test_chunked_signature_equals_one_batch() -> None:
    for count in (0, 1, 2047, 2048, 2049, 10_000):
        shingles = grams(count)
        whole = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
        whole.update_batch([g.encode("utf-8") for g in shingles])
        assert np.array_equal(minhash(shingles), np.asarray(whole.hashvalues, dtype=np.uint32))


def test_a_long_article_needs_no_large_temporaries() -> None:
    shingles = grams(60_000)
    tracemalloc.start()
    try:
        minhash(shingles)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the encoded shingles (~5 MB) plus a few 2 MB chunks; it was 60 MB per temporary
    assert peak < 20 * 2**20, peak / 2**20
