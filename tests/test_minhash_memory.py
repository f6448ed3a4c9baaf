"""Issue 17: the MinHash of a long article is computed in chunks: the same signature as one
``update_batch`` over every shingle, without a (shingles x 128) uint64 array at once, which
was the crawl process's memory high-water mark (60 MB for a 60,000-shingle article)."""

from __future__ import annotations

import tracemalloc
import zlib
from collections.abc import Callable

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given
from hypothesis import strategies as st

from pipelines.fingerprints import NUM_PERM, SCHEME, SEED, minhash


def grams(count: int) -> set[str]:
    return {f"ข่าว{i:06d}" for i in range(count)}


def test_chunked_signature_equals_one_batch() -> None:
    for count in (0, 1, 2047, 2048, 2049, 10_000):
        shingles = grams(count)
        whole = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
        whole.update_batch([g.encode("utf-8") for g in shingles])
        assert np.array_equal(minhash(shingles), np.asarray(whole.hashvalues, dtype=np.uint32))


def traced_peak(function: Callable[..., object], *args: object) -> int:
    """The most memory Python allocated at once while ``function(*args)`` ran."""
    tracemalloc.start()
    try:
        function(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_article_needs_no_large_temporaries() -> None:
    peak = traced_peak(minhash, grams(60_000))
    # the encoded shingles (~5 MB) plus a few 2 MB chunks; it was 60 MB per temporary
    assert peak < 20 * 2**20, peak / 2**20


def test_permutations_and_bands_are_datasketchs() -> None:
    """The permutations and LSH bands are written out, not taken from datasketch at import
    (it imports scipy): they must stay the ones the stored band hashes were made with."""
    from datasketch import MinHashLSH

    from pipelines.fingerprints import _A, _B, BANDS

    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    assert _A.dtype == _B.dtype == np.uint32
    assert np.array_equal(_A, a.astype(np.uint32)) and np.array_equal(_B, b.astype(np.uint32))
    lsh = MinHashLSH(threshold=0.75, num_perm=NUM_PERM, weights=(0.2, 0.8))
    assert list(lsh.hashranges) == BANDS


def test_the_crawls_stages_import_neither_datasketch_nor_scipy() -> None:
    """~0.6 s of CPU at every crawl's start (issue 17): the crawl process needs neither."""
    import subprocess
    import sys

    code = (
        "import sys, pipelines.stages.dedupe, pipelines.stages.store;"
        "print(sorted(m for m in ('scipy', 'datasketch') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_chunk_makes_one_temporary() -> None:
    """A chunk's (shingles x 128) products are made once and offset in place (issue 17,
    seventh pass): ``chunk * a + b`` held two 1 MB temporaries at once, each faulted in
    afresh for every article. Same values (test_chunked_signature_equals_one_batch)."""
    shingles = grams(2048)
    minhash(shingles)  # warm: numpy's own one-time allocations
    peak = traced_peak(minhash, shingles)
    chunk = 2048 * NUM_PERM * 4
    assert peak < 1.5 * chunk, peak / chunk


_PIECES = st.text(alphabet=st.sampled_from(["ข", "่", "a", "1", " ", "\0", "😀", "é", "\n"]),
                  max_size=6)  # fmt: skip


@given(st.sets(_PIECES, max_size=40))
def test_shingles_encoded_at_once_are_each_encoded(shingles: set[str]) -> None:
    """The shingles' bytes by one encode and split (NUL-joined) are each shingle's own UTF-8
    bytes in the set's order, a shingle with a NUL included (the encode-each fallback); the
    signature is datasketch's."""
    from pipelines.fingerprints import _encoded

    assert _encoded(shingles) == [g.encode() for g in shingles]
    whole = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
    whole.update_batch([g.encode("utf-8") for g in shingles])
    assert np.array_equal(minhash(shingles), np.asarray(whole.hashvalues, dtype=np.uint32))


def test_a_shingle_that_cannot_be_encoded_fails_as_before() -> None:
    with pytest.raises(UnicodeEncodeError):
        minhash({"ข่าว\ud800", "ข่าวอื่น"})
