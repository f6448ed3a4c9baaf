"""Precompiled lookup tables of the tagger, so that a process starts tagging in ~0.2 s.

Building the gazetteer from ``pipelines/data`` (YAML, CSV, word lists), every prefix of
every gazetteer string, pythainlp's word list and the word clusters takes ~0.3 s of pure
Python (~1 s with the Wikipedia-title filter); unmarshalling the result takes ~0.02 s. The
tables are derived, so they are not shipped: the first process that tags builds them and
keeps them in the user's cache (:func:`cache_path`), named by the sha1 of every source file,
so an edited word list is never served stale. ``python -m pipelines.ner.tables`` builds
them ahead (e.g. in a deployment step).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import importlib.util
import marshal
import os
import zlib
from functools import cache
from pathlib import Path
from typing import Any

NER_DIR = Path(__file__).parent
CLUSTERS_PATH = NER_DIR / "model" / "word_clusters.tsv.gz"  # written by pipelines.ner.clusters
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


def dictionary_words() -> frozenset[str]:
    text = pythainlp_words_path().read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


def build() -> dict[str, Any]:
    """The tables, from the sources (slow path)."""
    from pipelines.ner import lexicon

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


def cache_path(key: str | None = None) -> Path:
    """Where this machine keeps the built tables: ``$KHAO_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/khao``, else ``~/.cache/khao``; the sources' key is in the name."""
    root = os.environ.get("KHAO_CACHE_DIR") or (
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "khao"
    )
    return Path(root) / "ner" / f"lexicon-{key or sources_key()}.tables"


def write(doc: dict[str, Any], path: Path | None = None) -> Path:
    """Store built tables; atomically, since two processes may build them at once."""
    path = path or cache_path(doc["key"])
    stored = {**doc, **{name: "\n".join(sorted(doc[name])) for name in _JOINED}}
    stored["wikipedia"] = doc["wikipedia"].bits
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_bytes(marshal.dumps(stored))
    os.replace(partial, path)
    return path


def read(path: Path | None = None) -> dict[str, Any] | None:
    """The stored tables if they were built from the current sources, else None."""
    key = sources_key()
    path = path or cache_path(key)
    if not path.exists():
        return None
    doc = marshal.loads(path.read_bytes())
    if doc.get("key") != key:
        return None
    for name in _JOINED:
        doc[name] = frozenset(doc[name].split("\n"))
    doc["wikipedia"] = StringFilter(doc["wikipedia"])
    return doc


def built_and_kept() -> dict[str, Any]:
    """Build the tables now and keep them for the next process; a cache that cannot be
    written (a read-only home) only costs the next process the same second."""
    doc = build()
    with contextlib.suppress(OSError):
        write(doc)
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
    """The tables for this process: the cached ones when current, else built now."""
    return read() or built_and_kept()


def gazetteer() -> dict[str, tuple[str, ...]]:
    """Surface string -> gazetteer classes, for multi-token dictionary matching."""
    return tables()["gazetteer"]


def word_clusters() -> dict[str, tuple[str, ...]]:
    """Word -> cluster ids, one per granularity of ``pipelines.ner.clusters.SIZES``."""
    return tables()["clusters"]


def read_clusters(path: Path = CLUSTERS_PATH) -> dict[str, tuple[str, ...]]:
    """Word -> cluster ids from the cluster file (empty if there is none)."""
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out


if __name__ == "__main__":
    print(f"wrote {write(build())}")
