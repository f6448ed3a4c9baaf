"""The two derived values every part of khao must agree on: an article's id, its content hash.

Computed here and nowhere else: the dedupe stage, the store, the benchmarks and the tests
all call these functions, so a row written by one and looked up by another always match.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from pipelines.thai_text import search_normalize
from pipelines.urls import url_key


def article_id(url: str) -> str:
    """Stable id of an article: a hash of the identity form of its URL (``url_key``), so the
    http/https, ``www.`` and trailing-slash variants of one release get one id."""
    return hashlib.sha1(url_key(url).encode("utf-8")).hexdigest()[:16]


def compact_text(text: str) -> str:
    """Search-normalised text without any whitespace: what hashes and shingles see, so a
    re-post that only re-wraps lines or adds a zero-width space is identical."""
    return "".join(search_normalize(text).split())


def compact_article(title: str, body: str) -> str:
    """``compact_text(title + "\n" + body)``, the title and the body normalised apart (the
    body's normalisation is then the one the search index reuses). The same: every step of
    search_normalize works within a line, and a line break joins nothing, so normalising
    ``title + "\n" + body`` is normalising each around the line break; only a ``\r`` in the
    title could join it (``\r\n`` is one line break, also once the characters between them
    are removed), and such a title goes whole (a cleaned title has none)."""
    if "\r" in title:
        return compact_text(title + "\n" + body)
    return compact_text(title) + compact_text(body)


def content_hash(title: str, body: str) -> str:
    """Hash of an article's normalised text (title and body), whitespace ignored."""
    return compact_hash(compact_text(title + "\n" + body))


def compact_hash(flat: str) -> str:
    """``content_hash`` of a text already passed through ``compact_text`` (callers that
    need the compact text anyway, like the fingerprints, normalise only once)."""
    return hashlib.sha1(flat.encode("utf-8")).hexdigest()


@lru_cache(maxsize=8192)  # ~90 calls an article for ~40 distinct ids (issue 17); ~1.5 MB
def entity_id(label: str, canonical: str) -> str:
    """Stable id of a named entity: its label and canonical name."""
    return hashlib.sha1(f"{label}|{canonical}".encode()).hexdigest()[:16]
