"""Compact sets of what a crawl has seen in this run: URLs asked for, posts read, requests
scheduled.

A run's "seen" sets grow with the site: a set of URL strings costs ~200 bytes an entry
(the string and its slot), ~10 MB at 50,000 articles over the spider's sets and Scrapy's
duplicate filter. Here each entry is a 64-bit blake2b digest in a sorted array (~8 bytes;
``Digests``). Two different URLs share a digest with probability ~n²/2⁶⁵ (10⁻¹¹ at
a million URLs): the cost of a collision is one article not fetched in this run, and the
next run would fetch it.
"""

from __future__ import annotations

from hashlib import blake2b
from typing import Any

import numpy as np
from scrapy.dupefilters import RFPDupeFilter

#: digests kept in a Python set before they are merged into the sorted array
RECENT = 4096


def digest(text: str) -> int:
    """64 bits of blake2b, as a signed int (numpy's int64)."""
    data = text.encode("utf-8", "surrogatepass")
    return int.from_bytes(blake2b(data, digest_size=8).digest(), signed=True)


class Digests:
    """A set of 64-bit ints at ~8 bytes each: a sorted numpy array, plus a Python set of
    the latest ``RECENT`` (merged into the array when full). A Python set of ints costs
    ~100-140 bytes an entry (the int and a table kept at most 60 % full)."""

    __slots__ = ("_recent", "_sorted")

    def __init__(self) -> None:
        self._sorted = np.empty(0, dtype=np.int64)
        self._recent: set[int] = set()

    def __contains__(self, value: int) -> bool:
        if value in self._recent:
            return True
        at = int(np.searchsorted(self._sorted, value))
        return at < len(self._sorted) and int(self._sorted[at]) == value

    def add(self, value: int) -> None:
        if value in self:
            return
        self._recent.add(value)
        if len(self._recent) >= RECENT:
            recent = np.fromiter(self._recent, dtype=np.int64, count=len(self._recent))
            self._sorted = np.union1d(self._sorted, recent)
            self._recent = set()

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent)

    def __iter__(self) -> Any:
        yield from (int(v) for v in self._sorted)
        yield from self._recent


class SeenSet:
    """A set of strings that remembers 8 bytes of each (``in``, ``add``, ``len``)."""

    __slots__ = ("_digests",)

    def __init__(self) -> None:
        self._digests = Digests()

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and digest(text) in self._digests

    def add(self, text: str) -> None:
        self._digests.add(digest(text))

    def __len__(self) -> int:
        return len(self._digests)


class CompactDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter keeping 8 bytes of each request fingerprint (in a
    ``Digests``) instead of a 20-byte bytes object in a set (~130 bytes a request). With a
    JOBDIR, the file on disk still holds whole fingerprints (Scrapy's own format)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fingerprints = _Fingerprints(self._fingerprints)  # type: ignore[assignment]


class _Fingerprints:
    """The duplicate filter's set: a fingerprint (bytes) is kept as its first 8 bytes."""

    __slots__ = ("_digests",)

    def __init__(self, fingerprints: Any = ()) -> None:
        self._digests = Digests()
        self.update(fingerprints)

    def __contains__(self, fp: object) -> bool:
        return isinstance(fp, bytes) and int.from_bytes(fp[:8], signed=True) in self._digests

    def add(self, fp: bytes) -> None:
        self._digests.add(int.from_bytes(fp[:8], signed=True))

    def update(self, fingerprints: Any) -> None:
        for fp in fingerprints:
            self.add(fp)

    def __len__(self) -> int:
        return len(self._digests)

    def __iter__(self) -> Any:
        # Kept digests as bytes, like the fingerprints Scrapy's set holds: its deprecated
        # `fingerprints` property calls `.hex()` on each, and each is `in` this set.
        return (digest.to_bytes(8, "big", signed=True) for digest in self._digests)
