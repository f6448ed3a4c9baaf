"""The persisted near-duplicate index: which story (cluster) each article belongs to.

For each item, before the store writes it:

1. **URL**: clean the canonical URL (pipelines.urls); if the article is already stored
   under another of its URLs (WordPress ``?p=N`` shortlink vs slug, an old slug), take
   that article's canonical URL, so the store updates that row instead of adding one.
   An article belongs to its source: only URLs on the site the page came from name it (a
   canonical link or shortlink on another site is kept as an alias, a hint, and decides
   nothing), aliases lead only to the same source's articles, and a URL whose article
   another source stored is passed over (``OwnedElsewhere`` when none is left).
2. **Fingerprint**: content hash of the normalised text, MinHash of its character
   5-grams, the set of its numbers (pipelines.fingerprints).
3. **Cluster**: an article already indexed keeps its cluster (a re-fetch is an update,
   not a duplicate). Otherwise an identical text (same content hash, any source) gives its
   cluster; else the LSH band hashes give candidates, checked by ``same_story``; else the
   article founds a new cluster, whose id is the founder's article id.
4. **Index**: the fingerprint and band hashes are written at once, so the next item of
   the same crawl already finds this one; the store then writes the article with
   ``cluster_id`` and refreshes the ``clusters`` row (Store.refresh_cluster).

Every lookup is an indexed query (content hash, band hashes, aliases), so the cost per
article stays flat as the database grows (bench/dedupe.py). An article joins the cluster
of its best match; clusters are never merged, because chaining look-alikes (a weekly
report resembling last week's, which resembled the week before) would glue a whole
series into one story.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import sqlite_utils

from pipelines.fingerprints import (
    Fingerprint,
    band_hashes,
    estimated_jaccard,
    fingerprint,
    same_story,
)
from pipelines.identity import article_id
from pipelines.items import ArticleItem
from pipelines.storage.database import OwnedElsewhere, transaction
from pipelines.urls import canonical_url, same_site, url_key

MAX_CANDIDATES = 200  # a band shared by hundreds of articles is boilerplate, not a story


@dataclass(frozen=True)
class Match:
    """Where an article landed: its cluster, the article it matched, and why."""

    article_id: str
    cluster_id: str
    kind: str  # known (already indexed), exact, near, new
    matched: str | None = None
    reason: str = ""


def _pack(signature: np.ndarray) -> bytes:
    return signature.astype("<u4").tobytes()


def _unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


class DedupeIndex:
    """The persisted near-duplicate index of a khao database (tables of migration 005)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # ------------------------------------------------------------------ URLs
    def resolve_url(self, item: ArticleItem) -> str:
        """Set ``item.canonical_url`` to the article's identity URL; return its article id.

        Candidates are the page's canonical URL and its own URL, only those on the site the
        page was fetched from (``item.url``'s): first one this source already stored, then
        an alias of one of this source's articles, then the first no source stored yet.
        Raises OwnedElsewhere when another source stored every candidate.
        """
        own = [u for u in (item.canonical_url, item.url) if u and same_site(u, item.url)]
        own = own or [item.url]
        owners = {url: self.owner(article_id(url)) for url in own}
        for url in own:
            if owners[url] == item.source_id:
                item.canonical_url = canonical_url(url)
                return article_id(url)
        shortlink = (
            [item.shortlink] if item.shortlink and same_site(item.shortlink, item.url) else []
        )
        aliases = [url_key(u) for u in [*own, *shortlink]]
        marks = ",".join("?" * len(aliases))
        row = self.db.execute(
            f"SELECT a.id, a.canonical_url FROM url_aliases u JOIN articles a"
            f" ON a.id = u.article_id WHERE u.alias IN ({marks}) AND a.source_id = ? LIMIT 1",
            [*aliases, item.source_id],
        ).fetchone()
        if row is not None:
            item.canonical_url = row[1]
            return str(row[0])
        for url in own:
            if owners[url] is None:
                item.canonical_url = canonical_url(url)
                return article_id(url)
        key = article_id(own[0])
        raise OwnedElsewhere(key, str(owners[own[0]]), item.source_id, item.url)

    def owner(self, key: str) -> str | None:
        """The source that stored (or indexed) article ``key``, None when none did."""
        for sql in ("SELECT source_id FROM articles WHERE id = ?",
                    "SELECT source_id FROM dedupe_signatures WHERE article_id = ?"):  # fmt: skip
            row = self.db.execute(sql, [key]).fetchone()
            if row is not None:
                return str(row[0])
        return None

    # ------------------------------------------------------------------ matching
    def find(self, key: str, fp: Fingerprint) -> Match:
        """The cluster a not-yet-indexed article belongs to (pure lookup, writes nothing)."""
        row = self.db.execute(
            "SELECT article_id, cluster_id FROM dedupe_signatures WHERE content_hash = ?"
            " AND article_id != ? ORDER BY published_at IS NULL, published_at LIMIT 1",
            [fp.content_hash, key],
        ).fetchone()
        if row is not None:
            return Match(key, row[1], "exact", row[0], "same normalised text")
        best: tuple[float, str, str, str] | None = None  # (-jaccard, published, id, cluster)
        for cand_id, cluster, published, digest, numbers, count, blob in self.candidates(key, fp):
            old = Fingerprint(digest, _unpack(blob), frozenset(numbers.split()), count, published)
            verdict, _ = same_story(fp, old)
            if verdict:
                rank = (-estimated_jaccard(fp.signature, old.signature), published or "", cand_id,
                        cluster)  # fmt: skip
                best = rank if best is None or rank < best else best
        if best is not None:
            return Match(key, best[3], "near", best[2], f"jaccard {-best[0]:.2f}")
        return Match(key, key, "new")

    def candidates(self, key: str, fp: Fingerprint) -> list[tuple[Any, ...]]:
        """Indexed articles sharing at least one LSH band hash with ``fp``."""
        bands = band_hashes(fp.signature)
        where = " OR ".join("(b.band = ? AND b.hash = ?)" for _ in bands)
        params: list[Any] = [v for pair in enumerate(bands) for v in pair]
        return self.db.execute(
            "SELECT s.article_id, s.cluster_id, s.published_at, s.content_hash, s.numbers,"
            " s.shingles, s.minhash FROM dedupe_signatures s WHERE s.article_id IN ("
            f" SELECT DISTINCT b.article_id FROM dedupe_bands b WHERE {where} LIMIT ?)"
            " AND s.article_id != ?",
            [*params, MAX_CANDIDATES, key],
        ).fetchall()

    # ------------------------------------------------------------------ writing
    def add(self, match: Match, fp: Fingerprint, source_id: str, urls: dict[str, str]) -> None:
        """Index one article (replacing its previous fingerprint) and record its URLs."""
        key = match.article_id
        self.db.execute("DELETE FROM dedupe_bands WHERE article_id = ?", [key])
        self.db.execute(
            "INSERT OR REPLACE INTO dedupe_signatures (article_id, cluster_id, source_id,"
            " published_at, content_hash, numbers, shingles, minhash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [key, match.cluster_id, source_id, fp.published_at, fp.content_hash,
             " ".join(sorted(fp.numbers)), fp.shingles, _pack(fp.signature)],
        )  # fmt: skip
        self.db.conn.executemany(
            "INSERT INTO dedupe_bands (band, hash, article_id) VALUES (?, ?, ?)",
            [(band, value, key) for band, value in enumerate(band_hashes(fp.signature))],
        )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO url_aliases (alias, article_id, url) VALUES (?, ?, ?)",
            [(alias, key, url) for alias, url in urls.items()],
        )

    def process(self, item: ArticleItem) -> Match:
        """Resolve, fingerprint, match and index one item; fill its hash and cluster hint."""
        original_urls = [u for u in (item.url, item.canonical_url, item.shortlink) if u]
        key = self.resolve_url(item)
        fp = fingerprint(item.title, item.body, item.published_at)
        item.content_hash = fp.content_hash
        urls = {url_key(u): u for u in [*original_urls, item.canonical_url]}
        with transaction(self.db):
            known = self.db.execute(
                "SELECT cluster_id, content_hash FROM dedupe_signatures WHERE article_id = ?",
                [key],
            ).fetchone()
            if known is None:
                # stored before the index existed: keep the cluster it already has
                known = self.db.execute(
                    "SELECT cluster_id, NULL FROM articles WHERE id = ? AND cluster_id IS NOT NULL",
                    [key],
                ).fetchone()
            if known is not None:
                match = Match(key, known[0], "known")
                if known[1] != fp.content_hash:  # edited text: re-index, same story
                    self.add(match, fp, item.source_id, urls)
            else:
                match = self.find(key, fp)
                self.add(match, fp, item.source_id, urls)
        item.cluster_hint = {
            "cluster_id": match.cluster_id,
            "match": match.kind,
            "matched_article_id": match.matched,
            "reason": match.reason,
        }
        return match
