"""Precompiled lookup tables of the tagger, so that a process starts tagging in ~0.2 s.

Building the gazetteer from ``pipelines/data`` (YAML, CSV, word lists), every prefix of
every gazetteer string, pythainlp's word list and the word clusters takes ~0.3 s of pure
Python; unmarshalling the result takes ~0.02 s. ``python -m pipelines.ner.tables`` (run by
``pipelines.ner.train``) writes :data:`TABLES_PATH`; it is keyed by the sha1 of every
source file, so an edited word list is never served stale: a mismatch rebuilds the tables
in memory (slow but correct) and ``tests/test_ner.py`` fails until they are rebuilt.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
from functools import cache
from pathlib import Path
from typing import Any

NER_DIR = Path(__file__).parent
TABLES_PATH = NER_DIR / "model" / "lexicon.tables"
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
    from pipelines.ner.clusters import CLUSTERS_PATH

    return [*sorted(DATA_DIR.glob("lex_*")), DATA_DIR / "agencies.yaml", DATA_DIR / "positions.yaml",
            CLUSTERS_PATH, pythainlp_words_path()]  # fmt: skip


def sources_key() -> str:
    h = hashlib.sha1(str(_FORMAT).encode())
    for p in sources():
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()


def dictionary_words() -> frozenset[str]:
    text = pythainlp_words_path().read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


def build() -> dict[str, Any]:
    """The tables, from the sources (slow path)."""
    from pipelines.ner import lexicon
    from pipelines.ner.clusters import read_clusters

    gaz = lexicon.build_gazetteer()
    return {
        "key": sources_key(),
        "gazetteer": gaz,
        "gazetteer_prefixes": frozenset(k[:i] for k in gaz for i in range(1, len(k) + 1)),
        "dictionary": dictionary_words(),
        "clusters": read_clusters(),
    }


#: Word sets stored as one newline-joined string: splitting it is ~3x faster than
#: unmarshalling a frozenset of as many non-ASCII strings.
_JOINED = ("gazetteer_prefixes", "dictionary")


def write(path: Path = TABLES_PATH) -> Path:
    doc = build()
    for name in _JOINED:
        doc[name] = "\n".join(sorted(doc[name]))
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
    return doc


@cache
def tables() -> dict[str, Any]:
    """The tables for this process: stored ones when current, else built now."""
    return read() or build()


if __name__ == "__main__":
    print(f"wrote {write()}")
