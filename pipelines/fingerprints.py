"""Near-duplicate detection, pure functions: shingles, MinHash, LSH bands, the story rule.

Thai has no spaces between words, so the text is compared as overlapping character
5-grams of the search-normalised text with all whitespace removed: no word segmentation,
and a re-post that only re-wraps lines or adds a zero-width space is still identical.

MinHash (datasketch's "affine32" scheme, reimplemented here) estimates the Jaccard
similarity of two 5-gram sets from 128 numbers each. LSH cuts the 128 numbers into bands;
two articles whose texts are similar share at least one band hash with high probability,
so a lookup is "which stored articles share one of my band hashes" -- an indexed query,
not a scan (see pipelines.storage.dedupe_index).

The story rule (``same_story``) decides whether a look-alike is the same release:

- a **re-post** (same text, same day or next day, maybe another agency's site) joins;
- a **recurring report** (weekly figures, "สรุปข่าวการประชุมคณะรัฐมนตรี <date>", a flood
  status at 08.30 and again at 17.00) reuses the headline and most sentences but changes
  figures and dates: both texts then hold numbers the other lacks, and they stay apart.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from pipelines.identity import compact_article, compact_hash, compact_text

SHINGLE = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # pinned: band hashes are persisted, a new scheme means a rebuild
# Candidate threshold for the LSH bands, weighted towards recall (a missed re-post is worse
# than a few extra candidates, which the verification step drops): 16 bands of 8 rows,
# so a pair at Jaccard 0.85 becomes a candidate with probability 0.994. These are the
# ``hashranges`` of datasketch's ``MinHashLSH(threshold=0.75, num_perm=128,
# weights=(0.2, 0.8))`` (tests/test_minhash_memory.py checks it), written out: importing
# datasketch imports scipy, ~0.6 s of CPU at every crawl's start.
BANDS_COUNT, BAND_ROWS = 16, 8
BANDS: list[tuple[int, int]] = [(i * BAND_ROWS, (i + 1) * BAND_ROWS) for i in range(BANDS_COUNT)]
NEAR_DUP_JACCARD = 0.85  # estimated Jaccard needed to call a candidate a look-alike
REPOST_WINDOW_DAYS = 2  # re-posts of one release appear within two days of each other
MIN_SHINGLES = 40  # shorter texts (a headline and a link) only match exactly

# A figure: digits with separators inside (1,850 / 19.30 / 21-27), read in the compact
# text (no whitespace), so "02 333 3700" and "0 2333 3700" are one number and a line break
# in one copy and a space in the other change nothing. Only the digits are kept.
_NUMBER = re.compile(r"\d+(?:[,.:/\-–]?\d+)*")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Overlapping character n-grams of ``compact_text(text)`` (the text itself if shorter)."""
    return shingles_of_compact(compact_text(text), size)


def shingles_of_compact(flat: str, size: int = SHINGLE) -> set[str]:
    if len(flat) <= size:
        return {flat} if flat else set()
    return {flat[i : i + size] for i in range(len(flat) - size + 1)}


#: Shingles hashed per ``update_batch`` call. datasketch builds a (shingles x NUM_PERM)
#: uint64 array per call: a long article in one call (60,000 shingles) took 60 MB of temporaries
#: at once, the crawl process's memory high-water mark. The signature is a column-wise
#: minimum, so feeding the shingles in chunks gives the same values.
MINHASH_CHUNK = 2048


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for (NUM_PERM, SEED), drawn as its
    ``MinHash._init_permutations`` draws them (an odd ``a``, any ``b``, from a
    ``RandomState(SEED)``): made once, not per article, and without importing datasketch
    (tests/test_minhash_memory.py compares them with its ``MinHash(...).permutations``)."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_A, _B = _permutations()
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer datasketch's affine32 scheme applies to each input
    hash before permuting (uint32 arithmetic wraps, as intended)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _encoded(grams: set[str]) -> list[bytes]:
    """Each shingle's UTF-8 bytes, in the set's order: one ``encode`` of the shingles joined
    by NUL and one ``split``, ~0.05 ms an article less than an ``encode`` call per shingle
    (issue 17, eighth pass). A shingle holding a NUL would split into more pieces than there
    are shingles: then each is encoded alone."""
    pieces = "\0".join(grams).encode().split(b"\0")
    return pieces if len(pieces) == len(grams) else [gram.encode() for gram in grams]


def minhash(grams: set[str]) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of a set of shingles: the values of
    datasketch's ``MinHash(NUM_PERM, SEED, "affine32", crc32).update_batch`` (checked by
    tests/test_minhash_memory.py), computed without its per-call overhead: one crc32 per
    shingle, then numpy over chunks of MINHASH_CHUNK shingles."""
    if not grams:
        return _EMPTY.copy()
    # crc32: stable across processes (unlike hash()), 2.5x faster than sha1 here, mixed by
    # affine32 before permuting. map() over C functions: a Python generator was half the time
    hv = _fmix32(np.fromiter(map(zlib.crc32, _encoded(grams)), dtype=np.uint32, count=len(grams)))
    values = _EMPTY
    with np.errstate(over="ignore"):
        for start in range(0, len(hv), MINHASH_CHUNK):
            # ``+= _B`` in place: ``chunk * _A + _B`` made a second (chunk x NUM_PERM)
            # temporary, 1 MB, its pages faulted in afresh at every article (issue 17)
            block = hv[start : start + MINHASH_CHUNK, np.newaxis] * _A
            block += _B
            values = np.minimum(values, block.min(axis=0))
    return values


def band_hashes(signature: np.ndarray) -> list[int]:
    """One signed 64-bit hash per LSH band (SQLite integers are signed)."""
    result = []
    for start, end in BANDS:
        digest = hashlib.blake2b(signature[start:end].tobytes(), digest_size=8).digest()
        result.append(int.from_bytes(digest, "little", signed=True))
    return result


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def numbers(text: str, compacted: bool = False) -> frozenset[str]:
    """The figures and dates of a text, Thai digits read as Arabic, separators dropped."""
    flat = text if compacted else compact_text(text)
    return frozenset(
        re.sub(r"\D", "", match.group()).lstrip("0") or "0" for match in _NUMBER.finditer(flat)
    )


def figures_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when each text holds a number the other lacks: figures were replaced.

    A number only one side adds (a dateline, a phone number in a footer) is what a
    re-posting agency does; a number swapped for another is a new report.
    """
    return bool(a - b) and bool(b - a)


def days_apart(a: str | None, b: str | None) -> int | None:
    """Calendar days between two ISO dates/datetimes (each in its own local time).

    None when either is unknown. Calendar days, not hours: "published within two days"
    is how an editor reads it, whatever the time of day.
    """
    if not a or not b:
        return None
    try:
        first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return None
    return abs((first.date() - second.date()).days)


@dataclass(frozen=True)
class Fingerprint:
    """What the index keeps of an article to compare it with later ones."""

    content_hash: str
    signature: np.ndarray
    numbers: frozenset[str]
    shingles: int
    published_at: str | None


# A site's contact and copyright lines: what an extractor most often leaves at the end of a
# text (the footer), different on every site that re-posts a release. Their phone numbers,
# postal codes and years would make two copies of one release look like two reports
# ("figures differ") and, on a short text, pull the Jaccard under the threshold.
_CONTACT_RE = re.compile(
    r"โทร|tel\b|fax\b|e-?mail|©|copyright|สงวนลิขสิทธิ์|all rights reserved|powered by|"
    r"ขับเคลื่อนโดย",
    re.IGNORECASE,
)
_ADDRESS_RE = re.compile(
    r"(?:ถนน|ถ\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.|กรุงเทพ).*(?<!\d)[1-9]\d{4}(?!\d)"
)
# a visit counter left in the text ("อ่าน 1,234 ครั้ง", "ผู้เข้าชม 9954"): another number on
# every fetch of every copy
_COUNTER_RE = re.compile(
    r"(?:จำนวน)?(?:ผู้)?(?:เปิด)?(?:อ่าน|เข้าชม|ผู้เข้าชม|ฮิต|views?|hits?)\s*:?\s*[\d,]+"
    r"\s*(?:ครั้ง|คน|views?|times)?",
    re.IGNORECASE,
)
CONTACT_LINE = 300  # characters: a longer line is a paragraph of text, kept whole
COUNTER_LINE = 40


def _furniture_line(line: str) -> bool:
    if len(line) <= COUNTER_LINE and _COUNTER_RE.fullmatch(line.strip()):
        return True
    return len(line) <= CONTACT_LINE and bool(_CONTACT_RE.search(line) or _ADDRESS_RE.search(line))


def without_contact_lines(body: str) -> str:
    """The body without the lines that are a site's address, phones, copyright or visit
    counter."""
    return "\n".join(line for line in body.split("\n") if not _furniture_line(line))


def fingerprint(title: str, body: str, published_at: str | None) -> Fingerprint:
    """Fingerprint an article; its content_hash is ``pipelines.identity.content_hash``.

    The MinHash and the figures leave out contact and copyright lines (a site's footer
    left in the text, ``without_contact_lines``); the content hash is of the whole text.
    """
    # normalising is the slow step on Thai text: run it once, derive everything from it
    flat = compact_article(title, body)
    digest = compact_hash(flat)
    kept = without_contact_lines(body)
    if kept != body:
        flat = compact_article(title, kept)
    grams = shingles_of_compact(flat)
    return Fingerprint(digest, minhash(grams), numbers(flat, True), len(grams), published_at)


def same_story(new: Fingerprint, old: Fingerprint) -> tuple[bool, str]:
    """Does ``new`` belong to the story of ``old``? Returns (verdict, reason)."""
    if new.content_hash == old.content_hash:
        # identical normalised text: the same release, whenever it was (re-)posted
        return True, "exact"
    if min(new.shingles, old.shingles) < MIN_SHINGLES:
        return False, "too short to compare"
    jaccard = estimated_jaccard(new.signature, old.signature)
    if jaccard < NEAR_DUP_JACCARD:
        return False, f"jaccard {jaccard:.2f}"
    if figures_differ(new.numbers, old.numbers):
        return False, "figures differ"
    apart = days_apart(new.published_at, old.published_at)
    if apart is not None and apart > REPOST_WINDOW_DAYS:
        return False, f"{apart} days apart"
    return True, f"near-duplicate (jaccard {jaccard:.2f})"
