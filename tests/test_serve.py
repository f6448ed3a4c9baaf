"""Issue 6: `khao serve` opens on something useful for researchers (metadata, facets, saved
queries, Thai search with highlighted snippets and a short-word fallback, Atom feeds)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from khao.search import fts_query
from testbed.served import get, get_json, khao_serve
from tests.storefill import fill

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    db = tmp_path_factory.mktemp("serve") / "khao.db"
    fill(db, 120, entities=True)
    with khao_serve(db) as base:
        yield base, db


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_plugins_install_with_the_package(served: tuple[str, Path]) -> None:
    base, _ = served
    names = {p["name"] for p in get_json(base + "/-/plugins.json")}
    assert {"khao", "datasette-atom", "datasette-search-all"} <= names


def test_metadata_in_thai_and_english_with_column_docs(served: tuple[str, Path]) -> None:
    base, _ = served
    home = get(base + "/")
    assert "ข่าวประชาสัมพันธ์หน่วยงานรัฐ" in home and "Thai government press releases" in home
    assert "Thai Copyright Act" in home  # licence shown
    page = get(base + "/khao/articles_view")
    assert "Agency abbreviation of the source" in page  # column documentation from schema.md
    assert "หน่วยงาน" in page


def test_facets_on_source_agency_month_kind_and_entity_label(served: tuple[str, Path]) -> None:
    base, db = served
    data = get_json(base + "/khao/articles_view.json", _size="0")
    facets = {name: {r["value"]: r["count"] for r in f["results"]}
              for name, f in data["facet_results"].items()}  # fmt: skip
    assert facets["agency"] == dict(rows(db, "SELECT s.agency, COUNT(*) FROM articles a JOIN "
                                             "sources s ON s.id = a.source_id GROUP BY 1"))  # fmt: skip
    assert set(facets["kind"]) <= {"policy", "award", "ceremony", "visit", "event", "other"}
    assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in facets["month"])
    assert facets["entity_labels"]["POSITION"] > 0
    assert set(facets["source_id"]) == {"demo-thaigov", "demo-obec"}


def test_search_finds_two_letter_thai_words_with_highlights(served: tuple[str, Path]) -> None:
    base, db = served
    word = "ไฟ"  # two letters: beyond the trigram index
    assert fts_query(word) is None
    expected = {r[0] for r in rows(db, "SELECT id FROM articles WHERE title LIKE ? OR body LIKE ?",
                                   f"%{word}%", f"%{word}%")}  # fmt: skip
    assert expected
    found = get_json(base + "/khao/search.json", q=word, _shape="array")
    assert {r["id"] for r in found} == expected
    assert all(f"<mark>{word}</mark>" in r["snippet"] for r in found)
    html = get(base + "/khao/search", q=word)
    assert f"<mark>{word}</mark>" in html  # shown as a highlight, not as escaped text


def test_search_uses_the_index_and_reads_thai_digits(served: tuple[str, Path]) -> None:
    base, db = served
    ((title, body),) = rows(db, "SELECT title, body FROM articles WHERE body GLOB '*[0-9][0-9][0-9]*'"
                                " LIMIT 1")  # fmt: skip
    number = re.search(r"\d{3,}", body).group(0)  # type: ignore[union-attr]
    thai_digits = number.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    phrase = title[:6]
    found = get_json(base + "/khao/search.json", q=f'"{phrase}" {thai_digits}', _shape="array")
    assert title in {r["title"] for r in found}


def test_saved_queries_answer_researchers_questions(served: tuple[str, Path]) -> None:
    base, db = served
    per_month = get_json(base + "/khao/releases_per_agency_month.json", agency="สพฐ.",
                         _shape="array")  # fmt: skip
    assert sum(r["releases"] for r in per_month) == 60 and {r["agency"] for r in per_month} == {
        "สพฐ."
    }
    mentioning = get_json(base + "/khao/mentioning.json", name="นายกรัฐมนตรี", _shape="array")
    assert (
        len(mentioning) >= rows(db, "SELECT COUNT(DISTINCT article_id) FROM article_entities")[0][0]
    )
    latest = get_json(base + "/khao/latest_announcements.json", _shape="array")
    assert latest and all(r["kind"] == "policy" for r in latest)
    dates = [r["published_at"] for r in latest]
    assert dates == sorted(dates, reverse=True)
    any_id = latest[0]["id"]
    story = get_json(base + "/khao/story_across_agencies.json", story=any_id, _shape="array")
    assert any_id in {r["id"] for r in story}
    assert get_json(base + "/khao/policy_this_week.json", _shape="array") is not None


def test_atom_feeds_for_new_articles_and_alert_rules(served: tuple[str, Path]) -> None:
    base, db = served
    feed = get(base + "/khao/new_articles.atom")
    (newest,) = rows(db, "SELECT title FROM articles ORDER BY stored_at DESC, rowid DESC LIMIT 1")
    assert feed.startswith("<?xml") and newest[0] in feed
    empty = get(base + "/khao/alert_feed.atom", rule="ไม่มีกฎนี้")
    assert "no matches yet" in empty  # a rule that matched nothing still has a valid feed
    with sqlite3.connect(db) as conn:  # what `khao alerts` records when a rule matches
        conn.execute("INSERT OR IGNORE INTO alert_matches VALUES ('นโยบาย', ?, '2030-01-01T00:00:00+00:00')",
                     [rows(db, "SELECT id FROM articles LIMIT 1")[0][0]])  # fmt: skip
    alert_feed = get(base + "/khao/alert_feed.atom", rule="นโยบาย")
    assert "<entry>" in alert_feed and "[นโยบาย] " in alert_feed


def test_search_all_covers_articles(served: tuple[str, Path]) -> None:
    base, _ = served
    page = get(base + "/-/search", q="โรงเรียน")
    assert "/khao/articles" in page
