"""Thai search in Datasette's own table search box (?_search=) and the saved `search` query:
Thai digits find Arabic digits and back, words of one or two Thai characters are found
through the persisted short-word index, and the box keeps what the user typed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from khao.datasette_plugin import hand_over_search, prepare_connection, search_clause
from khao.search import matches, parse_query, plan
from pipelines.items import ArticleItem
from pipelines.storage import Store
from testbed.served import get, get_json, khao_serve
from tests.storefill import SOURCES, fill

# Two articles that write the same year differently, as Thai agencies do.
ARABIC = ArticleItem(url="http://127.0.0.1/thaigov/year-arabic", source_id="demo-thaigov",
                     title="แผนงบประมาณปี 2562 ของกระทรวง", body="อนุมัติงบประมาณปี 2562 แล้ว",
                     published_at="2019-01-05T09:00:00+07:00")  # fmt: skip
THAI = ArticleItem(url="http://127.0.0.1/thaigov/year-thai", source_id="demo-thaigov",
                   title="สรุปผลการดำเนินงาน", body="รายงานประจำปี ๒๕๖๒ ของสำนักงาน",
                   published_at="2019-01-06T09:00:00+07:00")  # fmt: skip
QUERIES = ["ไฟ", "ผล", "ณ", "๒๕๖๒", "2562", "ไฟ ผล", "ไฟฟ้า", "ไฟ OR ไฟฟ้า", "ไฟฟ้า -ผล",
           "ไฟ -ผลการ", "โรงเรียน -ไฟ", '"ไฟ ผล"', "ก็ OR ณ", "เเละ"]  # fmt: skip


def build(db: Path, count: int = 80) -> None:
    fill(db, count)
    store = Store(db)
    store.save_article(ARABIC)
    store.save_article(THAI)
    store.close()


def connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    prepare_connection(conn)
    return conn


def found(conn: sqlite3.Connection, q: str) -> set[int]:
    clause, params = search_clause(q, "rowid")
    return {r[0] for r in conn.execute(f"SELECT rowid FROM articles WHERE {clause}", params)}


def truth(conn: sqlite3.Connection, q: str) -> set[int]:
    """Every article whose stored text contains the words, read one by one (no index)."""
    query = parse_query(q)
    return {r for r, t, b in conn.execute("SELECT rowid, title, body FROM articles")
            if matches(t + "\n" + b, query)}  # fmt: skip


# --------------------------------------------------------------------------- pure
def test_short_words_go_to_the_short_word_index_and_thai_digits_to_arabic() -> None:
    assert plan("๒๕๖๒").trigram == '("2562")'  # what the index holds
    short = plan("ไฟ")
    assert short.trigram is None and short.grams and not short.check
    assert plan("ไฟ OR ไฟฟ้า").check  # spans both indexes: candidates are checked on the text


def test_a_new_search_replaces_the_one_the_form_carries_along() -> None:
    assert hand_over_search(b"_search=%E0%B9%84%E0%B8%9F&_size=10") == (
        b"_khao_search=%E0%B9%84%E0%B8%9F&_size=10"
    )
    assert hand_over_search(b"_khao_search=old&_search=new") == b"_khao_search=new"
    assert hand_over_search(b"_khao_search=old&_sort=id") == b"_khao_search=old&_sort=id"


# --------------------------------------------------------------------------- index + store
def test_indexes_answer_exactly_what_reading_every_text_answers(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    build(db, 200)
    conn = connect(db)
    for q in QUERIES:
        assert found(conn, q) == truth(conn, q), q
    assert found(conn, "ไฟ")  # the corpus has the word: the comparison above is not vacuous
    arabic, thai = (conn.execute("SELECT rowid FROM articles WHERE url = ?", [item.url]).fetchone()[0]
                    for item in (ARABIC, THAI))  # fmt: skip
    assert {arabic, thai} <= found(conn, "๒๕๖๒") and {arabic, thai} <= found(conn, "2562")


def test_an_edited_article_is_found_by_its_new_words_only(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    store = Store(db)
    store.sync_sources(SOURCES)
    item = ArticleItem(url="http://127.0.0.1/thaigov/edit", source_id="demo-thaigov",
                       title="ประกาศ", body="เกิดไฟไหม้ที่ตลาด")  # fmt: skip
    assert store.save_article(item) == "new"
    conn = connect(db)
    assert len(found(conn, "ไฟ")) == 1 and not found(conn, "ผล")
    item.body = "สรุปผลการประชุม"
    assert store.save_article(item) == "updated"
    assert not found(conn, "ไฟ") and len(found(conn, "ผล")) == 1
    store.close()


def test_an_older_database_gets_its_short_word_index_filled(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    build(db, 30)
    with sqlite3.connect(db) as conn:  # as a database from before the short-word index
        conn.execute("DROP TABLE articles_grams")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '011_short_word_index'")
    Store(db).close()
    conn = connect(db)
    assert found(conn, "ผล") == truth(conn, "ผล") != set()


# --------------------------------------------------------------------------- Datasette
@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    db = tmp_path_factory.mktemp("search") / "khao.db"
    build(db)
    with khao_serve(db) as base:
        yield base, db


def titles(base: str, table: str, q: str, **params: str) -> set[str]:
    data = get_json(f"{base}/khao/{table}.json", _search=q, _shape="array", _size="max",
                    **params)  # fmt: skip
    return {row["title"] for row in data}


@pytest.mark.slow
def test_search_box_reads_thai_digits_and_arabic_digits_alike(served: tuple[str, Path]) -> None:
    base, _ = served
    for table in ("articles", "articles_view"):
        assert {ARABIC.title, THAI.title} <= titles(base, table, "๒๕๖๒")
        assert {ARABIC.title, THAI.title} <= titles(base, table, "2562")


@pytest.mark.slow
def test_search_box_finds_two_letter_thai_words(served: tuple[str, Path]) -> None:
    base, db = served
    conn = connect(db)
    for word in ("ไฟ", "ผล"):
        expected = {r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE title LIKE ? OR body LIKE ?",
            [f"%{word}%", f"%{word}%"])}  # fmt: skip
        rows = get_json(base + "/khao/articles.json", _search=word, _shape="array", _size="max")
        assert expected and {row["id"] for row in rows} == expected
        data = get_json(base + "/khao/articles.json", _search=word)
        assert data["filtered_table_rows_count"] == len(expected)


@pytest.mark.slow
def test_search_box_shows_what_was_typed_and_pages_keep_the_search(
    served: tuple[str, Path],
) -> None:
    base, db = served
    years = len(truth(connect(db), "2562"))
    page = get(base + "/khao/articles", _search="๒๕๖๒")
    assert re.search(r'<input id="_search"[^>]*value="๒๕๖๒"', page)
    assert f"{years} rows where search matches" in page
    first = get_json(base + "/khao/articles.json", _search="ผล", _size="5")
    second = get_json(first["next_url"])
    assert second["filtered_table_rows_count"] == first["filtered_table_rows_count"] > 5
    # (which rows: Datasette 0.65's keyset paging repeats rows that tie on published_at)
    with_word = {r[0] for r in connect(db).execute(
        "SELECT id FROM articles WHERE body LIKE '%ผล%' OR title LIKE '%ผล%'")}  # fmt: skip
    assert second["rows"] and {r[0] for r in second["rows"]} <= with_word
    # a new search from that page's form (which carries the old one along) replaces it
    again = get_json(first["next_url"].split("?")[0], _khao_search="ผล", _search="2562")
    assert again["filtered_table_rows_count"] == years


@pytest.mark.slow
def test_saved_search_highlights_the_digits_as_published(served: tuple[str, Path]) -> None:
    base, _ = served
    rows = get_json(base + "/khao/search.json", q="๒๕๖๒", _shape="array")
    snippets = {r["title"]: r["snippet"] for r in rows}
    assert "<mark>2562</mark>" in snippets[ARABIC.title]  # the text keeps its own digits
    assert "<mark>๒๕๖๒</mark>" in snippets[THAI.title]
    short = get_json(base + "/khao/search.json", q="ผล", _shape="array")
    assert THAI.title in {r["title"] for r in short}
    assert all("<mark>ผล</mark>" in r["snippet"] for r in short)
