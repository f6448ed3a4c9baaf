"""Precompiled lookup tables of the tagger, so that a process starts tagging in ~0.25 s.

Building the gazetteer from ``pipelines/data`` (YAML, CSV, word lists), every prefix of
every gazetteer string, pythainlp's word list, the word clusters and the Wikipedia-title
filter takes seconds of pure Python; unmarshalling the result takes ~0.05 s.
``python -m pipelines.ner.tables`` (run it after editing any source) writes
:data:`TABLES_PATH`; it is keyed by a hash of every source file (pythainlp's big word
lists: size, head and tail), so an edited word list is never served stale: a mismatch
rebuilds the tables in memory (slow but correct) and ``tests/test_ner.py`` fails until
they are rebuilt.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import marshal
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from pipelines.ner import lexicon

NER_DIR = Path(__file__).parent
TABLES_PATH = NER_DIR / "model" / "lexicon.tables"
#: Word clusters, built by ``python -m pipelines.ner.clusters``.
CLUSTERS_PATH = NER_DIR / "model" / "word_clusters.tsv.gz"
DATA_DIR = NER_DIR.parent / "data"
_FORMAT = 1


def pythainlp_words_path() -> Path:
    """pythainlp's default word list (its newmm dictionary), found without importing
    pythainlp (~0.1 s)."""
    spec = importlib.util.find_spec("pythainlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pythainlp is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "corpus" / "words_th.txt"


def sources() -> list[Path]:
    """Every file the tables are derived from (their sha1s key the tables)."""
    return [*sorted(DATA_DIR.glob("lex_*")), DATA_DIR / "agencies.yaml", DATA_DIR / "positions.yaml",
            CLUSTERS_PATH, pythainlp_words_path(), wikipedia_titles_path()]  # fmt: skip


def sources_key() -> str:
    h = hashlib.sha1(str(_FORMAT).encode())
    for p in sources():
        h.update(p.name.encode())
        if not p.exists():
            h.update(b"-")
            continue
        size = p.stat().st_size
        h.update(str(size).encode())
        with p.open("rb") as fh:
            if size <= 2 * _SAMPLE:
                h.update(fh.read())
            else:  # pythainlp's big word lists: size, head and tail (hashing 12 MB: ~20 ms)
                h.update(fh.read(_SAMPLE))
                fh.seek(-_SAMPLE, 2)
                h.update(fh.read())
    return h.hexdigest()


_SAMPLE = 1 << 20


def wikipedia_titles_path() -> Path:
    return pythainlp_words_path().with_name("wikipedia_titles_th.txt")


def wikipedia_titles(dictionary: frozenset[str]) -> frozenset[str]:
    """Thai Wikipedia article titles (spaces removed, as stored; CC BY-SA 4.0, bundled with
    pythainlp) that are not plain dictionary words: most are names of people, places,
    organisations and facilities the training data never mentions."""
    text = wikipedia_titles_path().read_text(encoding="utf-8")
    return frozenset(
        t
        for t in (x.strip() for x in text.splitlines())
        if len(t) >= 3 and not t.startswith("#") and t not in dictionary
    )


def read_clusters(path: Path = CLUSTERS_PATH) -> dict[str, tuple[str, ...]]:
    """Word -> cluster ids from the table file (empty if there is none)."""
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out


def dictionary_words() -> frozenset[str]:
    text = pythainlp_words_path().read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


def build() -> dict[str, Any]:
    """The tables, from the sources (slow path)."""
    gaz = lexicon.build_gazetteer()
    words = dictionary_words()
    return {
        "key": sources_key(),
        "gazetteer": gaz,
        "gazetteer_prefixes": frozenset(k[:i] for k in gaz for i in range(1, len(k) + 1)),
        "dictionary": words,
        "wikipedia": StringFilter.build(wikipedia_titles(words)),
        "clusters": read_clusters(),
    }


#: Word sets stored as one newline-joined string: splitting it is ~3x faster than
#: unmarshalling a frozenset of as many non-ASCII strings.
_JOINED = ("gazetteer_prefixes", "dictionary")


def write(path: Path = TABLES_PATH) -> Path:
    doc = build()
    for name in _JOINED:
        doc[name] = "\n".join(sorted(doc[name]))
    doc["wikipedia"] = doc["wikipedia"].bits
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps(doc))
    return path


def read(path: Path = TABLES_PATH) -> dict[str, Any] | None:
    """The stored tables if they were built from the current sources, else None."""
    if not path.exists():
        return None
    doc = marshal.loads(path.read_bytes())
    if doc.get("key") != sources_key():
        return None
    for name in _JOINED:
        doc[name] = frozenset(doc[name].split("\n"))
    doc["wikipedia"] = StringFilter(doc["wikipedia"])
    return doc


class StringFilter:
    """Set membership for a large, fixed set of strings without building the strings: a
    Bloom filter (2 hashes over 2**24 bits, 2 MB; ~0.1% false positives at 274k strings),
    loaded as one bytes object instead of unmarshalling ~0.15 s of str objects."""

    BITS = 1 << 24
    SEED = 0x9E3779B9

    def __init__(self, bits: bytes) -> None:
        self.bits = bits

    @staticmethod
    def _hashes(s: str) -> tuple[int, int]:
        b = s.encode("utf-8")
        mask = StringFilter.BITS - 1
        return zlib.crc32(b) & mask, zlib.crc32(b, StringFilter.SEED) & mask

    @classmethod
    def build(cls, strings: frozenset[str]) -> StringFilter:
        bits = bytearray(cls.BITS // 8)
        for s in sorted(strings):
            for h in cls._hashes(s):
                bits[h >> 3] |= 1 << (h & 7)
        return cls(bytes(bits))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StringFilter) and self.bits == other.bits

    __hash__ = None  # type: ignore[assignment]

    def __contains__(self, s: str) -> bool:
        bits = self.bits
        h1, h2 = self._hashes(s)
        return bool(bits[h1 >> 3] >> (h1 & 7) & 1 and bits[h2 >> 3] >> (h2 & 7) & 1)


@cache
def tables() -> dict[str, Any]:
    """The tables for this process: stored ones when current, else built now."""
    return read() or build()


if __name__ == "__main__":
    print(f"wrote {write()}")
