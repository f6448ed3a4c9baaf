"""Benchmark: dedupe cost per new article at 10k and 100k stored articles (issue 5).

    PYTHAINLP_OFFLINE=1 .venv/bin/python bench/dedupe.py [--small 10000] [--large 100000]

The stored articles are made from real thaigov.go.th texts: each one takes 3-6 paragraphs
drawn at random from the 971 bundled articles, so texts are distinct (a numbered copy of
one article would be a near-duplicate of it and crowd the LSH buckets unrealistically).
Filling 100k articles through the pipeline would take half an hour, so the fill writes the
rows directly: a text's MinHash is the element-wise minimum of its paragraphs' MinHashes
(MinHash of a union), exact but for the few 5-grams that straddle two paragraphs.

Measured: one batch of 200 new articles (160 fresh texts, 40 re-posts of stored ones with
an edited headline), the same batch against the 10k and the 100k database, each article
through the real dedupe stage (URL resolution, fingerprint, exact and LSH lookups,
verification, index insert) and the cluster refresh, timed one by one. The store's own
article insert (FTS etc.) is timed too but is not dedupe cost. Prints medians and the
100k/10k ratio (the issue asks for <= 1.5).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from crawler.demo.corpus import bundled_articles
from pipelines.fingerprints import band_hashes, minhash, numbers, shingles_of_compact
from pipelines.identity import article_id, compact_hash
from pipelines.items import ArticleItem
from pipelines.storage import Store, transaction, utc_now
from pipelines.storage.dedupe_index import DedupeIndex, _pack
from pipelines.thai_text import clean_text, clean_title, search_normalize
from pipelines.urls import url_key

BATCH = 200
REPOSTS = 40
SOURCES = [f"bench-{i}" for i in range(20)]
START = date(2016, 1, 1)


class Paragraphs:
    """The paragraph pool with each paragraph's MinHash, numbers and compact text."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.title_sig: dict[str, np.ndarray] = {}
        self.title_flat: dict[str, str] = {}
        self.text: list[str] = []
        self.flat: list[str] = []
        self.sig: list[np.ndarray] = []
        for article in bundled_articles():
            title = clean_title(article.title)
            self.titles.append(title)
            self.title_flat[title] = "".join(search_normalize(title).split())
            self.title_sig[title] = minhash(shingles_of_compact(self.title_flat[title]))
            for paragraph in clean_text(article.body).split("\n"):
                if len(paragraph) < 40:
                    continue
                normalised = search_normalize(paragraph)
                flat = "".join(normalised.split())
                self.text.append(paragraph)
                self.flat.append(flat)
                self.sig.append(minhash(shingles_of_compact(flat)))


def compose(pool: Paragraphs, rng: random.Random) -> tuple[str, list[int]]:
    title = rng.choice(pool.titles)
    return title, rng.sample(range(len(pool.text)), rng.randint(3, 6))


def fill(store: Store, pool: Paragraphs, start: int, stop: int, seed: int) -> None:
    """Write articles start..stop-1 (rows, signatures, bands, aliases, clusters) directly."""
    rng = random.Random(seed)
    now = utc_now()
    db = store.db
    with transaction(db):
        for n in range(start, stop):
            title, picks = compose(pool, rng)
            body = "\n".join(pool.text[i] for i in picks)
            flat = pool.title_flat[title] + "".join(pool.flat[i] for i in picks)
            digest = compact_hash(flat)
            signature = np.minimum.reduce([pool.title_sig[title]] + [pool.sig[i] for i in picks])
            nums = numbers(flat, True)
            url = f"https://www.agency{n % 500}.go.th/news/{n}"
            key = article_id(url)
            published = (START + timedelta(days=n // 40)).isoformat() + "T10:00:00+07:00"
            source = SOURCES[n % len(SOURCES)]
            db.conn.execute(
                "INSERT INTO articles (id, url, canonical_url, source_id, title, body,"
                " published_at, fetched_at, stored_at, updated_at, content_hash, cluster_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [key, url, url, source, title, body, published, now, now, now, digest, key],
            )
            db.conn.execute(
                "INSERT INTO dedupe_signatures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [key, key, source, published, digest, " ".join(sorted(nums)),
                 len(flat) - 4, _pack(signature)],
            )  # fmt: skip
            db.conn.executemany(
                "INSERT INTO dedupe_bands (band, hash, article_id) VALUES (?, ?, ?)",
                [(b, h, key) for b, h in enumerate(band_hashes(signature))],
            )
            db.conn.executemany(
                "INSERT INTO url_aliases (alias, article_id, url) VALUES (?, ?, ?)",
                [(url_key(url), key, url), (url_key(f"{url}?p={n}"), key, f"{url}?p={n}")],
            )
            db.conn.execute(
                "INSERT INTO clusters (id, representative_id, title, size, sources,"
                " first_published_at, last_published_at, created_at, updated_at)"
                " VALUES (?, ?, ?, 1, 1, ?, ?, ?, ?)",
                [key, key, title, published, published, now, now],
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def new_batch(store: Store, pool: Paragraphs, stored: int) -> list[ArticleItem]:
    """200 items: fresh texts, and re-posts of stored articles with an edited headline."""
    rng = random.Random(12345)
    items = []
    for n in range(BATCH - REPOSTS):
        title, picks = compose(pool, rng)
        items.append(
            ArticleItem(
                url=f"https://www.newsource.go.th/news/{n}",
                source_id=SOURCES[n % len(SOURCES)],
                title=title,
                body="\n".join(pool.text[i] for i in picks),
                published_at="2030-01-01T10:00:00+07:00",
            )
        )
    for n in range(REPOSTS):
        original = rng.randrange(stored)
        url = f"https://www.agency{original % 500}.go.th/news/{original}"
        title, body, published = store.db.execute(
            "SELECT title, body, published_at FROM articles WHERE id = ?",
            [article_id(url)],
        ).fetchone()
        items.append(
            ArticleItem(
                url=f"https://www.reposter.go.th/news/{n}",
                source_id=SOURCES[(original + 1) % len(SOURCES)],
                title=f"{title} [กระทรวงมหาดไทย]",
                body=body,
                published_at=published,
            )
        )
    rng.shuffle(items)
    return items


def measure(path: Path, items: list[ArticleItem]) -> dict[str, list[float]]:
    store = Store(path)
    index = DedupeIndex(store.db)
    timings: dict[str, list[float]] = {"dedupe": [], "store": []}
    matches: dict[str, int] = {}
    for item in items:
        started = time.perf_counter()
        match = index.process(item)
        dedupe = time.perf_counter() - started
        started = time.perf_counter()
        store.save_article(item)
        stored = time.perf_counter() - started
        started = time.perf_counter()
        store.refresh_cluster(match.cluster_id)
        dedupe += time.perf_counter() - started
        timings["dedupe"].append(dedupe * 1000)
        timings["store"].append(stored * 1000)
        matches[match.kind] = matches.get(match.kind, 0) + 1
    store.close()
    print(f"    matches: {matches}")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=10_000, help="stored articles, baseline")
    parser.add_argument("--large", type=int, default=100_000, help="stored articles, large")
    parser.add_argument("--workdir", default=None, help="where to build the databases")
    args = parser.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="khao-bench-dedupe-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    pool = Paragraphs()
    print(f"paragraph pool: {len(pool.text)} paragraphs ({time.perf_counter() - started:.0f} s)")

    big = work / "large.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{big}{suffix}").unlink(missing_ok=True)
    store = Store(big)
    store.sync_sources({"id": s, "name": s, "kind": "listing", "url": "x"} for s in SOURCES)
    step = time.perf_counter()
    fill(store, pool, 0, args.small, seed=1)
    print(f"filled {args.small} articles ({time.perf_counter() - step:.0f} s)")
    items = new_batch(store, pool, args.small)
    store.close()
    small = work / "small.db"
    shutil.copyfile(big, small)

    store = Store(big)
    step = time.perf_counter()
    fill(store, pool, args.small, args.large, seed=2)
    print(f"filled up to {args.large} articles ({time.perf_counter() - step:.0f} s)")
    store.close()

    results = {}
    for label, path, size in (("small", small, args.small), ("large", big, args.large)):
        print(f"  measuring {BATCH} new articles against {size} stored")
        results[label] = measure(path, [ArticleItem(**vars(i)) for i in items])
    small_ms = statistics.median(results["small"]["dedupe"])
    large_ms = statistics.median(results["large"]["dedupe"])
    print()
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cpus, "
          f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}")  # fmt: skip
    print(f"{'stored articles':>16} {'dedupe median ms':>17} {'p90 ms':>8} {'store median ms':>16}")
    for label, size in (("small", args.small), ("large", args.large)):
        d = sorted(results[label]["dedupe"])
        print(f"{size:>16} {statistics.median(d):>17.2f} {d[int(len(d) * 0.9)]:>8.2f} "
              f"{statistics.median(results[label]['store']):>16.2f}")  # fmt: skip
    print(
        f"ratio {args.large}/{args.small} (dedupe median): {large_ms / small_ms:.2f}  (target <= 1.5)"
    )
    print(f"total {time.perf_counter() - started:.0f} s; databases in {work}")


if __name__ == "__main__":
    main()
