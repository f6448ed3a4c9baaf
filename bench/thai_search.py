"""Benchmark: khao's Thai search (saved query `search`) against plain FTS5, same run, same data.

The saved query uses the trigram index for words of 3+ characters and scans the text for
shorter words (ไฟ, ผล). This prints median latencies and ratios to the raw FTS5 baseline.

    PYTHAINLP_OFFLINE=1 .venv/bin/python bench/thai_search.py [ARTICLES]
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from crawler.demo.corpus import demo_articles
from crawler.items import ArticleItem
from khao.datasette_plugin import prepare_connection
from khao.serve import QUERIES
from pipelines.store import Store
from pipelines.thai_text import clean_text, clean_title


def build(db: Path, count: int) -> None:
    store = Store(db)
    store.sync_sources([{"id": "bench", "name": "bench", "kind": "listing", "url": "http://x/"}])
    for article in demo_articles(count):
        store.save_article(ArticleItem(url=f"http://x/{article.key}", source_id="bench",
                                       title=clean_title(article.title),
                                       body=clean_text(article.body),
                                       published_at=f"{article.date}T00:00:00+07:00"))  # fmt: skip
    store.close()


def median_ms(
    conn: sqlite3.Connection, sql: str, params: dict, runs: int = 15
) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(conn.execute(sql, params).fetchall())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), rows


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 971
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        build(db, count)
        conn = sqlite3.connect(db)
        prepare_connection(conn)
        baseline_sql = ("SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                        " WHERE articles_fts MATCH :m LIMIT 200")  # fmt: skip
        search_sql = QUERIES["search"]["sql"]
        print(f"{count} articles; median of 15 runs")
        print(f"{'query':<22}{'rows':>6}{'ms':>10}{'x FTS5 baseline':>18}")
        base_ms, base_rows = median_ms(conn, baseline_sql, {"m": '"โรงเรียน"'})
        print(f"{'FTS5 raw โรงเรียน':<22}{base_rows:>6}{base_ms:>10.2f}{1.0:>18.1f}")
        for label, q in [("search โรงเรียน", "โรงเรียน"), ("search ๒๕๖๕ (digits)", "๒๕๖๕"),
                         ("search ไฟ (2 chars)", "ไฟ"), ("search ผล (2 chars)", "ผล")]:  # fmt: skip
            ms, rows = median_ms(conn, search_sql, {"q": q})
            print(f"{label:<22}{rows:>6}{ms:>10.2f}{ms / base_ms:>18.1f}")


if __name__ == "__main__":
    main()
