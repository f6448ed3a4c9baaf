"""Full-text search latency on 100,000 articles built from real Thai texts.

Builds (once, cached in the temp dir) a khao database: Store creates the schema, then a
bulk path inserts rows and FTS entries (cleaned and search-normalised per paragraph; the
generated copies share paragraphs with the 971 real articles, so each is processed once).
Each article carries the entities the real tagger finds in its text (tagged once per
distinct paragraph and headline), written in bulk, then the entity directory is built by
the same rebuild an upgraded database runs (``pipelines.storage.directory.rebuild``).
Articles are spread over five sources of different agencies.

Then times, for 20 Thai words a reader searches for, the three ways khao answers a search:

- the search box of the articles table (Datasette's ``?_search=``): the SQL khao's plugin
  runs for the page of rows, newest first (what a search returns);
- the whole page over HTTP from `khao serve` (rows, the match count, three facets, HTML),
  and khao's ranked search page /-/khao/search;
- a researcher's ranked SQL: every match scored by bm25, best 20 first;

and, over HTTP, for the 20 people named in most articles: the entity facet page
(``entity_articles?label=PERSON&name=…`` with its facets label, name, agency, year), the
entity page (/-/khao/entity/<id>), plus 20 article pages (/-/khao/article/<id>).

Run: `.venv/bin/python -m bench.search [articles]`.
(bench/thai_search.py compares khao's saved `search` query with plain FTS5 on small sets.)
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from crawler.demo.corpus import demo_articles
from khao.datasette_plugin import prepare_connection, search_clause
from pipelines.identity import article_id, content_hash, entity_id
from pipelines.kinds import classify
from pipelines.short_words import gram_document
from pipelines.storage import Store, transaction
from pipelines.storage.directory import rebuild
from pipelines.thai_text import clean_text, clean_title, search_normalize
from testbed.served import khao_serve

# Thai words a reader of government news searches for (no spaces inside Thai text).
WORDS = ["นายกรัฐมนตรี", "กระทรวงศึกษาธิการ", "เศรษฐกิจ", "โควิด", "งบประมาณ", "เกษตรกร",
         "การท่องเที่ยว", "ภาคใต้", "ประชุมคณะรัฐมนตรี", "ผู้สูงอายุ", "น้ำท่วม", "ยาเสพติด",
         "โครงการ", "ความร่วมมือ", "สาธารณสุข", "ดิจิทัล", "ฝุ่น PM 2.5", "รถไฟความเร็วสูง",
         "พลังงาน", "แรงงาน"]  # fmt: skip
RANKED = (
    "SELECT a.id, a.title, a.published_at FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
    " WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT 20"
)
PAGE_SIZE = 50  # khao serve's default_page_size


AGENCIES = ["สลน.", "สพฐ.", "สป.ศธ.", "กค.", "สธ."]
SOURCES = [{"id": f"bench-{i}", "name": f"bench {agency}", "agency": agency, "kind": "listing",
            "url": f"http://bench/{i}/"} for i, agency in enumerate(AGENCIES)]  # fmt: skip


@cache
def tagged(text: str) -> tuple[tuple[str, str, str, int, int, str | None], ...]:
    """The real tagger's entities of one paragraph or headline (label, text, canonical,
    start, end, position)."""
    from pipelines.ner import tag

    return tuple((e.label, e.text, e.canonical, e.start, e.end, e.position) for e in tag(text))


COPY_SUFFIX = re.compile(r" \(ชุดที่ \d+\)$")


def mentions(title: str, body: str) -> list[tuple]:
    """Rows of article_entities (without the article id) for one article."""
    # a generated copy's headline is the original's plus " (ชุดที่ N)": tagged once
    out = [("title", *m) for m in tagged(COPY_SUFFIX.sub("", title))]
    offset = 0
    for paragraph in body.split("\n"):
        out += [("body", label, text, canonical, start + offset, end + offset, position)
                for label, text, canonical, start, end, position in tagged(paragraph)]  # fmt: skip
        offset += len(paragraph) + 1
    return out


def build(db: Path, count: int) -> float:
    """Fill DB with ``count`` articles; return seconds (0 when it already had them)."""
    store = Store(db)
    have = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have >= count:
        return 0.0
    store.sync_sources(SOURCES)
    started = time.monotonic()
    clean = cache(clean_text)
    normal = cache(search_normalize)
    kind = cache(classify)
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
                key = article_id(url)
                source = SOURCES[article.number % len(SOURCES)]["id"]
                cursor = conn.execute(
                    "INSERT INTO articles (id, url, canonical_url, source_id, title, body,"
                    " published_at, fetched_at, stored_at, updated_at, content_hash, language,"
                    " kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'th', ?)",
                    [key, url, url, source, title, body, f"{article.date}T09:00:00+07:00",
                     now, now, now, content_hash(title, article.key), kind(title)],
                )  # fmt: skip
                for field, label, text, canonical, start, end, position in mentions(title, body):
                    entity = entity_id(label, canonical)
                    conn.execute("INSERT OR IGNORE INTO entities (id, label, canonical)"
                                 " VALUES (?, ?, ?)", [entity, label, canonical])  # fmt: skip
                    conn.execute(
                        "INSERT OR IGNORE INTO article_entities (article_id, entity_id, field,"
                        ' surface, start, "end", position) VALUES (?, ?, ?, ?, ?, ?, ?)',
                        [key, entity, field, text, start, end, position],
                    )
                conn.execute(
                    "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                    [
                        cursor.lastrowid,
                        normal(title),
                        "\n".join(normal(p) for p in body.split("\n")),
                    ],
                )
                conn.execute(
                    "INSERT INTO articles_grams (rowid, grams) VALUES (?, ?)",
                    [cursor.lastrowid, gram_document(title, body)],
                )
    with transaction(store.db):  # the entity directory, as an upgraded database builds it
        rebuild(store.db)
    store.db.execute("ANALYZE")
    store.close()
    return time.monotonic() - started


def fts_phrase(word: str) -> str:
    return '"' + search_normalize(word).replace('"', '""') + '"'


def timed(run: Callable[[str], object], repeats: int, items: list[str] = WORDS) -> list[float]:
    """Milliseconds per call of ``run`` on each item (search words by default), every item
    ``repeats`` times after a first pass that warms the cache."""
    for item in items:
        run(item)
    times = []
    for _ in range(repeats):
        for item in items:
            started = time.perf_counter()
            run(item)
            times.append((time.perf_counter() - started) * 1000)
    return times


def search_box_sql(conn: sqlite3.Connection) -> Callable[[str], object]:
    """The rows query of the table page, as khao's Datasette plugin writes it."""
    prepare_connection(conn)

    def run(word: str) -> object:
        clause, params = search_clause(word, "rowid")
        sql = (f"SELECT * FROM articles WHERE {clause} ORDER BY published_at DESC"
               f" LIMIT {PAGE_SIZE + 1}")  # fmt: skip
        return conn.execute(sql, params).fetchall()

    return run


def ranked_sql(conn: sqlite3.Connection) -> Callable[[str], object]:
    return lambda word: conn.execute(RANKED, [fts_phrase(word)]).fetchall()


def fetch(url: str) -> bytes:
    return urllib.request.urlopen(url, timeout=60).read()


def timed_urls(urls: list[str], repeats: int) -> list[float]:
    """Milliseconds per page, every URL ``repeats`` times (a first pass warms the cache)."""
    return timed(fetch, repeats, urls)


def pages_over_http(db: Path, repeats: int) -> list[Latency]:
    """Whole pages (rows, counts, facets, HTML) from a real `khao serve`."""
    with sqlite3.connect(db) as conn:
        people = conn.execute(
            "SELECT id, name FROM entity_directory WHERE label = 'PERSON'"
            " ORDER BY articles DESC LIMIT 20").fetchall()  # fmt: skip
        articles = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE rowid % (SELECT max(rowid) / 20 FROM articles) = 0"
            " LIMIT 20")]  # fmt: skip
    with khao_serve(db) as base:
        table = f"{base}/{db.stem}"
        return [
            Latency("search box page over HTTP (rows + count + facets)",
                    timed_urls([f"{table}/articles?_search={quote(w)}" for w in WORDS], repeats)),
            Latency("ranked search page /-/khao/search over HTTP",
                    timed_urls([f"{base}/-/khao/search?q={quote(w)}" for w in WORDS], repeats)),
            Latency("entity facet page over HTTP (entity_articles, a person, 4 facets)",
                    timed_urls([f"{table}/entity_articles?label=PERSON&name={quote(name)}"
                                for _, name in people], repeats)),
            Latency("entity facet page over HTTP, all people (label=PERSON, 4 facets)",
                    timed_urls([f"{table}/entity_articles?label=PERSON"], repeats * 10)),
            Latency("entity page /-/khao/entity/<id> over HTTP (20 most named people)",
                    timed_urls([f"{base}/-/khao/entity/{key}" for key, _ in people], repeats)),
            Latency("article page /-/khao/article/<id> over HTTP",
                    timed_urls([f"{base}/-/khao/article/{key}" for key in articles], repeats)),
        ]  # fmt: skip


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class Latency:
    label: str
    times: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        return percentile(self.times, 95)

    def line(self) -> str:
        return (f"{self.label}: p50 {self.p50:.1f} ms, p95 {self.p95:.1f} ms,"
                f" max {max(self.times):.1f} ms ({len(self.times)} queries)")  # fmt: skip


def run(count: int = 100_000) -> tuple[float, list[Latency]]:
    """(seconds spent building the database, latencies of the three kinds of search)."""
    db = Path(tempfile.gettempdir()) / f"khao-bench-entities-{count}.db"
    build_seconds = build(db, count)
    conn = sqlite3.connect(db)
    results = [
        Latency("search box rows (newest first, the plugin's SQL)", timed(search_box_sql(conn), 5)),
        *pages_over_http(db, 3),
        Latency("ranked SQL (bm25 over every match, best 20)", timed(ranked_sql(conn), 5)),
    ]
    conn.close()
    return build_seconds, results


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    before = os.getloadavg()[0]
    build_seconds, results = run(count)
    print(f"search on {count} articles (database built in {build_seconds:.0f} s;"
          f" load average at the start: {before:.2f}):")  # fmt: skip
    for result in results:
        print("  " + result.line())
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
