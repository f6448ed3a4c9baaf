"""Benchmark: khao's Thai search against plain FTS5 MATCH, same run, same data.

What Datasette runs for the table search box (``/khao/articles?_search=``: the page of 50
rows and the row count) and for the saved query ``search``, for words the trigram index
answers (โรงเรียน, ๒๕๖๕ read as 2565) and for 1–2 character words (ไฟ, ผล, ณ) that go to the
short-word index ``articles_grams``. The old way for short words, a scan of every text
(instr() then khao_match()), is timed too. Each line: median and p95 of RUNS runs, and the
median's ratio to plain FTS5 MATCH of โรงเรียน (all matching rowids) in the same database.

Databases: up to --stored articles go through the real Store.save_article (demo corpus:
971 real thaigov.go.th texts, then paragraph-rotated copies). Beyond that, blocks of those
stored rows are copied in SQL with new ids, and both indexes get the copies' rows (the
short-word document computed by the same pipelines.short_words code) — filling 100k
articles through the Store would take ~15 minutes of Thai normalisation.

    PYTHAINLP_OFFLINE=1 .venv/bin/python bench/thai_search.py 5000 100000
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crawler.demo.corpus import demo_articles
from khao.datasette_plugin import prepare_connection, search_clause
from khao.serve import QUERIES
from pipelines.items import ArticleItem
from pipelines.short_words import gram_document
from pipelines.storage import Store
from pipelines.thai_text import clean_text, clean_title

ARTICLE_COLUMNS = [
    "url", "canonical_url", "source_id", "title", "body", "published_at", "published_from",
    "modified_at", "fetched_at", "stored_at", "updated_at", "content_hash", "language",
    "lead_image", "author", "categories", "tags", "kind", "cluster_id",
]  # fmt: skip
SCAN = (
    "SELECT rowid FROM articles_fts WHERE instr(lower(title || char(10) || body), "
    "khao_prefilter(:q)) > 0 AND khao_match(title || char(10) || body, :q)"
)


def store_articles(db: Path, count: int) -> None:
    store = Store(db)
    store.sync_sources([{"id": "bench", "name": "bench", "kind": "listing", "url": "http://x/"}])
    for article in demo_articles(count):
        store.save_article(ArticleItem(url=f"http://x/{article.key}", source_id="bench",
                                       title=clean_title(article.title),
                                       body=clean_text(article.body),
                                       published_at=f"{article.date}T00:00:00+07:00"))  # fmt: skip
    store.close()


def copy_articles(db: Path, stored: int, count: int) -> None:
    """Grow the database to `count` rows by copying the first `stored` ones (new ids)."""
    conn = sqlite3.connect(db)
    texts = conn.execute("SELECT rowid, title, body FROM articles_fts ORDER BY rowid").fetchall()
    grams = {rowid: gram_document(title, body) for rowid, title, body in texts}
    columns = ", ".join(ARTICLE_COLUMNS)
    copy = 1
    with conn:
        while stored * copy < count:
            offset = stored * copy
            limit = min(stored, count - offset)
            conn.execute(
                f"INSERT INTO articles (rowid, id, {columns}) SELECT rowid + :o,"
                f" substr(id, 1, 10) || printf('%06d', :c), {columns} FROM articles"
                " WHERE rowid <= :n",
                {"o": offset, "c": copy, "n": limit},
            )
            conn.execute(
                "INSERT INTO articles_fts (rowid, title, body) SELECT rowid + :o, title, body"
                " FROM articles_fts WHERE rowid <= :n",
                {"o": offset, "n": limit},
            )
            conn.executemany(
                "INSERT INTO articles_grams (rowid, grams) VALUES (?, ?)",
                [(rowid + offset, grams[rowid]) for rowid, _, _ in texts[:limit]],
            )
            copy += 1
    conn.close()


def timed(run: Callable[[], int], runs: int) -> tuple[float, float, int]:
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * len(times)))], rows


def bench(count: int, stored: int, runs: int, keep: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = keep / f"thai_search_{count}.db" if keep else Path(tmp) / "bench.db"
        start = time.perf_counter()
        if not db.exists():  # a kept database is measured again as it is
            store_articles(db, min(count, stored))
            if count > stored:
                copy_articles(db, stored, count)
        built = time.perf_counter() - start
        conn = sqlite3.connect(db)
        prepare_connection(conn)
        size = {name: pages * 4096 / 1e6 for name, pages in conn.execute(
            "SELECT name, SUM(pgsize) / 4096 FROM dbstat WHERE name LIKE 'articles_%'"
            " GROUP BY name")} if _has_dbstat(conn) else {}  # fmt: skip

        def rows(sql: str, params: dict) -> Callable[[], int]:
            return lambda: len(conn.execute(sql, params).fetchall())

        def page(q: str) -> Callable[[], int]:  # what the table page runs for its rows
            clause, params = search_clause(q, "rowid")
            sql = f"SELECT * FROM articles WHERE {clause} ORDER BY published_at DESC LIMIT 51"
            return rows(sql, params)

        def counted(q: str) -> Callable[[], int]:  # ... and for "N rows where search matches"
            clause, params = search_clause(q, "rowid")
            sql = f"SELECT count(*) FROM articles WHERE {clause}"
            return lambda: conn.execute(sql, params).fetchone()[0]

        baseline = rows("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m",
                        {"m": '"โรงเรียน"'})  # fmt: skip
        cases: list[tuple[str, Callable[[], int], int]] = [("FTS5 MATCH โรงเรียน", baseline, runs)]
        for q in ["โรงเรียน", "ศรีรัช", "๒๕๖๕", "ไฟ", "ผล", "ณ"]:
            cases += [(f"table page {q}", page(q), runs), (f"table count {q}", counted(q), runs)]
        for q in ["โรงเรียน", "ไฟ", "ผล"]:
            cases.append((f"saved search {q}", rows(QUERIES["search"]["sql"], {"q": q}), runs))
        scan_runs = max(3, runs // 10) if count > 20_000 else runs
        cases.append(("old scan ไฟ (no index)", rows(SCAN, {"q": "ไฟ"}), scan_runs))

        print(f"\n{count:,} articles (built in {built:.0f} s); median and p95 of {runs} runs"
              f" ({scan_runs} for the scan)")  # fmt: skip
        if size:
            print("index sizes MB: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(size.items())))
        print("| query | rows | median ms | p95 ms | × FTS5 MATCH |\n|---|---:|---:|---:|---:|")
        base_ms = 0.0
        for label, run, n in cases:
            median, p95, found = timed(run, n)
            base_ms = base_ms or median
            print(f"| {label} | {found} | {median:.2f} | {p95:.2f} | {median / base_ms:.1f} |")


def _has_dbstat(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1")
    except sqlite3.Error:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="*", type=int, default=[5000],
                        help="database sizes to measure")  # fmt: skip
    parser.add_argument("--stored", type=int, default=5000,
                        help="articles written through the Store; the rest are SQL copies")  # fmt: skip
    parser.add_argument("--runs", type=int, default=30, help="runs per query")
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder to keep the databases in (and reuse them from)")  # fmt: skip
    args = parser.parse_args()
    for count in args.articles:
        bench(count, args.stored, args.runs, args.keep)


if __name__ == "__main__":
    main()
