"""Issue 15: the search page's two statements (khao.reader.search_sql: the counts, without
bm25, and the ranked stories, run at once) give together what its definition says, computed plainly in Python from every scored match: the true totals, the
facets, and each page of stories ranked by their best version, whichever way it folds
(the best articles only, or every match when a story has many versions). Both with
khao_rank (khao/rank.py: a one-word query ranked without bm25's IDF pass) and without it."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from types import SimpleNamespace
from typing import Any

import pytest

from khao import rank, reader
from khao.datasette_plugin import prepare_connection
from khao.reader import (
    FACET_SIZE,
    PAGE_COLUMNS,
    PAGE_SIZE,
    SearchFilters,
    scored_sql,
    search_sql,
)
from pipelines.items import ArticleItem
from pipelines.storage import Store
from tests.storefill import SOURCES, fill

PERSON = "ประยุทธ์ จันทร์โอชา"
NOW = 1_735_689_600.0  # 2025-01-01: the recency of every statement counted from one instant
QUERIES = ["นายก", "ไฟ", "ไฟ OR ไฟฟ้า", "นายก -ไฟ", "กระทรวง ผล", "ไม่มีคำนี้เลย"]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    """120 bundled articles; one story of six versions (two agencies, six dates) that
    ranks first, and three articles naming one person."""
    db = tmp_path_factory.mktemp("statement") / "khao.db"
    fill(db, 120)
    store = Store(db)
    body = "นายก " * 40 + "ประชุมครม. นายกรัฐมนตรี"
    key = None
    for number in range(6):
        item = ArticleItem(url=f"http://127.0.0.1/story/{number}", source_id=SOURCES[number % 2]["id"],
                           title=f"นายก นายก ครั้งที่ {number}", body=body,
                           published_at=f"2024-05-0{number + 1}T09:00:00+07:00", language="th",
                           cluster_hint={"cluster_id": key} if key else {})  # fmt: skip
        store.save_article(item)
        if key is None:
            key = store.db.execute("SELECT id FROM articles WHERE url = ?", [item.url]).fetchone()[
                0
            ]
            store.db.execute("UPDATE articles SET cluster_id = ? WHERE id = ?", [key, key])
    store.refresh_cluster(key)
    for number in range(3):
        item = ArticleItem(url=f"http://127.0.0.1/person/{number}", source_id=SOURCES[1]["id"],
                           title=f"นายกฯ ลงพื้นที่ {number}", body=f"{PERSON} นายกรัฐมนตรี ไฟฟ้า",
                           published_at=f"2024-03-0{number + 1}T09:00:00+07:00", language="th")  # fmt: skip
        item.entities = [{"label": "PERSON", "text": PERSON, "canonical": PERSON, "start": 0,
                          "end": len(PERSON)}]  # fmt: skip
        store.save_article(item)
    store.close()
    connection = sqlite3.connect(db)
    prepare_connection(connection)
    yield connection
    connection.close()


@pytest.fixture(autouse=True, params=["khao_rank", "bm25"])
def ranker(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test with the ranking function khao_rank (where it can be built) and without
    it; and one instant for the recency of every statement (scores compared to 9 digits)."""
    monkeypatch.setattr(reader, "time", SimpleNamespace(time=lambda: NOW))
    if request.param == "bm25":
        monkeypatch.setattr(rank, "ready", lambda: False)
    elif not rank.ready():
        pytest.skip("khao_rank cannot be built here (no C compiler or SQLite headers)")
    return request.param


def rank_key(row: tuple) -> tuple:
    """Best first (reversed): score, then the newest, then the article stored first."""
    return (row[2], row[3] or "", -row[7])


def expected(conn: sqlite3.Connection, q: str, filters: SearchFilters, page: int | None) -> dict:
    """The page by its definition, in Python, from every scored match."""
    scored = scored_sql(q, filters)
    rows = conn.execute(
        scored.matches + "\nSELECT f.id, s.story, s.score, s.published_at, f.month, f.kind,"
        " src.agency, s.rid FROM s JOIN search_facts f ON f.rid = s.rid"
        " LEFT JOIN sources src ON src.id = f.source_id",
        scored.params,
    ).fetchall()
    facets: dict[str, list[tuple[Any, int]]] = {}
    for key, index in (("agency", 6), ("kind", 5), ("month", 4)):
        stories = defaultdict(set)
        for row in rows:
            if row[index]:
                stories[row[index]].add(row[1])
        ranked = sorted(((v, len(s)) for v, s in stories.items()), key=lambda p: (-p[1], p[0]))
        facets[key] = ranked[:FACET_SIZE]
    best = sorted(rows, key=rank_key, reverse=True)[: reader.ENTITY_FACET_SCOPE]
    named = defaultdict(set)
    for row in best:
        for (name,) in conn.execute(
            "SELECT name FROM entity_articles WHERE article_id = ? AND label IN"
            " ('PERSON', 'ORGANIZATION', 'ORG')",
            [row[0]],
        ):
            named[name].add(row[1])
    ranked = sorted(((v, len(s)) for v, s in named.items()), key=lambda p: (-p[1], p[0]))
    facets["entity"] = ranked[:FACET_SIZE]
    versions: dict[str, list] = defaultdict(list)
    for row in rows:
        versions[row[1]].append(row)
    tops = [max(group, key=rank_key) for group in versions.values()]
    tops.sort(key=rank_key, reverse=True)
    if page is not None:
        tops = tops[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    listed = [(r[0], len(versions[r[1]]), round(r[2], 9)) for r in tops]
    return {"total": (len(rows), len(versions)), "facets": facets, "page": listed}


def answered(conn: sqlite3.Connection, q: str, filters: SearchFilters, page: int | None) -> dict:
    found = search_sql(q, filters, page, snippets=page is not None, facets=page is not None)
    rows = [row for part in (found.counts, found.ranked)
            for row in conn.execute(part.matches, part.params).fetchall()]  # fmt: skip
    assert rows[0][0] == "total"
    facets: dict[str, list[tuple[Any, int]]] = {}
    for row in rows[1:]:
        if row[0] != "page":
            facets.setdefault(row[0], []).append((row[1], row[2]))
    pages = sorted((r for r in rows if r[0] == "page"), key=lambda r: r[-1])
    listed = [dict(zip(PAGE_COLUMNS, r[3:-1], strict=True)) for r in pages]
    return {"total": (rows[0][1], rows[0][2]), "facets": facets,
            "page": [(r["id"], r["versions"], round(r["score"], 9)) for r in listed]}  # fmt: skip


FILTERS = [SearchFilters(), SearchFilters(agency=SOURCES[1]["agency"]),
           SearchFilters(entity=PERSON), SearchFilters(day_from="2024-01-01")]  # fmt: skip


# (1, 5): the best articles rarely hold the page; the people facet reads the best five;
# (1, 60): the people facet reads more of the best articles than the page folds
@pytest.mark.parametrize(("factor", "named"), [(20, 1000), (1, 5), (1, 60)])
def test_one_statement_agrees_with_the_plain_definition(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, factor: int, named: int
) -> None:
    monkeypatch.setattr(reader, "FOLD_FACTOR", factor)
    monkeypatch.setattr(reader, "ENTITY_FACET_SCOPE", named)
    checked = 0
    for q in QUERIES:
        for filters in FILTERS:
            want = expected(conn, q, filters, None)
            pages = -(-want["total"][1] // PAGE_SIZE)
            for page in sorted({1, 2, max(pages, 1)}):
                got, plain = answered(conn, q, filters, page), expected(conn, q, filters, page)
                assert got["total"] == plain["total"], (q, filters)
                assert got["page"] == plain["page"], (q, filters, page)
                facets = {k: v for k, v in plain["facets"].items() if v}
                assert got["facets"] == facets, (q, filters)
                checked += len(got["page"])
            every = answered(conn, q, filters, None)  # the CSV: every story, no facets
            assert every["page"] == want["page"] and every["total"] == want["total"]
    assert checked > 100


def test_a_story_of_many_versions_is_one_row_first(conn: sqlite3.Connection) -> None:
    got = answered(conn, "นายก", SearchFilters(), 1)
    first = got["page"][0]
    assert first[1] == 6  # six versions matched, one row
    assert [row[0] for row in got["page"]].count(first[0]) == 1
    assert got["total"][0] - got["total"][1] >= 5


def test_the_people_facet_reads_an_index_not_the_table(conn: sqlite3.Connection) -> None:
    found = search_sql("นายก", SearchFilters(), 1).ranked
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + found.matches, found.params)]
    assert any("COVERING INDEX idx_entity_articles_article_label" in step for step in plan)
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(entity_articles)")}
    assert "idx_entity_articles_article" not in indexes  # replaced by migration 022


def test_the_ranked_statement_does_not_copy_every_match(conn: sqlite3.Connection) -> None:
    """The matches stream into the sort of the best articles (copying 35,000 of them into a
    table cost ~10 ms at 100k); the page's versions are looked up, not counted over every
    match."""
    for q in QUERIES:
        found = search_sql(q, SearchFilters(), 1).ranked
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + found.matches, found.params)]
        assert "MATERIALIZE s" not in plan and "SCAN s" not in plan, (q, plan)
        assert "SEARCH articles USING COVERING INDEX idx_articles_cluster (cluster_id=?)" in plan


def test_a_short_word_beside_long_ones_does_not_look_up_each_candidate(
    conn: sqlite3.Connection,
) -> None:
    """ฝุ่น PM 2.5: the short word's candidates narrow the trigram match after it is read,
    not as one rowid lookup into FTS5 each (2–6 s at 100k articles, not ~10 ms)."""
    found = reader.matches_sql("ฝุ่น PM 2.5")
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + found.matches, found.params)]
    scans = [step for step in plan if step.startswith("SCAN articles_fts VIRTUAL TABLE")]
    assert scans and not any("=" in step for step in scans), plan


def test_the_counts_do_not_rank(conn: sqlite3.Connection) -> None:
    """The counts statement runs beside the ranked one: it must not pay for bm25 (it reads
    every match's size and runs the phrase once more), nor need the ranked statement."""
    for q in QUERIES:
        found = search_sql(q, SearchFilters(), 1)
        assert "bm25" not in found.counts.matches
        ranks = "bm25" in found.ranked.matches or "khao_rank" in found.ranked.matches
        assert ranks or not reader.plan(q).indexed
        assert "'total'" in found.counts.matches and "'page'" in found.ranked.matches


def test_the_people_facet_reads_beyond_the_articles_the_page_folds(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page of one story folds the single best article; the people facet still reads the
    best ENTITY_FACET_SCOPE (the three articles naming the person rank below the story of
    six versions)."""
    monkeypatch.setattr(reader, "PAGE_SIZE", 1)
    monkeypatch.setattr(reader, "FOLD_FACTOR", 1)
    got = answered(conn, "นายก", SearchFilters(), 1)
    assert (
        got["facets"]["entity"] == expected(conn, "นายก", SearchFilters(), None)["facets"]["entity"]
    )
    assert got["facets"]["entity"] == [(PERSON, 3)]
