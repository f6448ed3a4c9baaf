"""Full-text search latency on 100,000 articles built from real Thai texts.

Builds (once, cached in the temp dir) a khao database: Store creates the schema, then a
bulk path inserts rows and FTS entries (cleaned and search-normalised per paragraph; the
generated copies share paragraphs with the 971 real articles, so each is processed once).
Then times trigram FTS queries of Thai words the way a reader searches (match, best first,
20 rows with titles). Run: `.venv/bin/python -m bench.search [articles]`.
(bench/thai_search.py compares khao's saved `search` query with plain FTS5 on small sets.)
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from crawler.demo.corpus import demo_articles
from pipelines.store import Store, article_id, content_hash, transaction
from pipelines.thai_text import clean_text, clean_title, search_normalize

# Thai words a reader of government news searches for (no spaces inside Thai text).
WORDS = ["นายกรัฐมนตรี", "กระทรวงศึกษาธิการ", "เศรษฐกิจ", "โควิด", "งบประมาณ", "เกษตรกร",
         "การท่องเที่ยว", "ภาคใต้", "ประชุมคณะรัฐมนตรี", "ผู้สูงอายุ", "น้ำท่วม", "ยาเสพติด",
         "โครงการ", "ความร่วมมือ", "สาธารณสุข", "ดิจิทัล", "ฝุ่น PM 2.5", "รถไฟความเร็วสูง",
         "พลังงาน", "แรงงาน"]  # fmt: skip
QUERY = (
    "SELECT a.id, a.title, a.published_at FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
    " WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT 20"
)


def build(db: Path, count: int) -> float:
    """Fill DB with ``count`` articles; return seconds (0 when it already had them)."""
    store = Store(db)
    have = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have >= count:
        return 0.0
    store.sync_sources(
        [{"id": "bench", "name": "bench", "kind": "listing", "url": "http://bench/"}]
    )
    started = time.monotonic()
    clean = cache(clean_text)
    normal = cache(search_normalize)
    articles = demo_articles(count)[have:]
    conn = store.db.conn
    now = "2024-01-01T00:00:00+00:00"
    for start in range(0, len(articles), 2000):
        with transaction(store.db):
            for article in articles[start : start + 2000]:
                body = "\n".join(
                    c for p in article.body.split("\n") if p.strip() and (c := clean(p))
                )
                title = clean_title(article.title)
                url = f"http://bench/news/{article.number}"
                cursor = conn.execute(
                    "INSERT INTO articles (id, url, canonical_url, source_id, title, body,"
                    " published_at, fetched_at, stored_at, updated_at, content_hash)"
                    " VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?)",
                    [article_id(url), url, url, title, body, f"{article.date}T09:00:00+07:00",
                     now, now, now, content_hash(title, article.key)],
                )  # fmt: skip
                conn.execute(
                    "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                    [
                        cursor.lastrowid,
                        normal(title),
                        "\n".join(normal(p) for p in body.split("\n")),
                    ],
                )
    store.close()
    return time.monotonic() - started


def fts_phrase(word: str) -> str:
    return '"' + search_normalize(word).replace('"', '""') + '"'


def latencies(db: Path, repeats: int = 5) -> list[float]:
    """Milliseconds per query, every word ``repeats`` times (a first pass warms the cache)."""
    conn = sqlite3.connect(db)
    for word in WORDS:
        conn.execute(QUERY, [fts_phrase(word)]).fetchall()
    times = []
    for _ in range(repeats):
        for word in WORDS:
            started = time.perf_counter()
            conn.execute(QUERY, [fts_phrase(word)]).fetchall()
            times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(count: int = 100_000) -> dict[str, float]:
    db = Path(tempfile.gettempdir()) / f"khao-bench-search-{count}.db"
    build_seconds = build(db, count)
    times = latencies(db)
    return {"articles": count, "build_seconds": build_seconds, "p50_ms": statistics.median(times),
            "p95_ms": percentile(times, 95), "max_ms": max(times), "queries": len(times)}  # fmt: skip


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    result = run(count)
    print(f"search on {count} articles: p50 {result['p50_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms"
          f" ({result['queries']} queries; build {result['build_seconds']:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
