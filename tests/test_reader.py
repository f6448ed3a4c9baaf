"""Issue 15: khao's own pages: the article page and the one search (ranked, paginated with
the true total, one row per story, dates in พ.ศ. or ค.ศ.), and their pure helpers."""

from __future__ import annotations

import html
import re
import sqlite3
import urllib.request
from pathlib import Path

import pytest
from markupsafe import Markup

from khao.reader import Mention, cut_at_word, paragraphs, parse_day, safe_url, thai_date
from pipelines.items import ArticleItem
from pipelines.storage import Store
from testbed.served import get, get_json, khao_serve
from tests.storefill import SOURCES, fill

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_dates_in_both_calendars_and_filters_in_either() -> None:
    assert thai_date("2024-03-05T09:00:00+07:00") == {
        "be": "5 มีนาคม 2567", "ce": "5 March 2024", "iso": "2024-03-05"}  # fmt: skip
    assert thai_date(None) is None and thai_date("soon") is None
    assert parse_day("2567") == parse_day("2024") == "2024-01-01"
    assert parse_day("2567", end=True) == "2024-12-31"
    assert parse_day("2567-02", end=True) == "2024-02-29"
    assert parse_day("2024-03-05") == "2024-03-05"
    assert parse_day("") is None and parse_day("5 มี.ค.") is None and parse_day("2024-13") is None


def test_paragraphs_escape_the_text_and_highlight_mentions() -> None:
    body = f"นายกรัฐมนตรี เศรษฐา ทวีสิน ลงพื้นที่\n{HOSTILE}\n\n"
    start = body.index("เศรษฐา")
    out = paragraphs(body, [Mention(start, start + 14, "PERSON", "เศรษฐา ทวีสิน"),
                            Mention(start + 2, start + 5, "PERSON", "overlap"),
                            Mention(5, 500, "LOC", "outside")])  # fmt: skip
    assert len(out) == 2 and all(isinstance(p, Markup) for p in out)
    assert (
        '<span class="khao-ent khao-ent-PERSON" title="PERSON: เศรษฐา ทวีสิน">เศรษฐา ทวีสิน' in out[0]
    )
    assert out[0].count("<span") == 1
    assert "<script>" not in out[1] and "&lt;script&gt;" in out[1]


def test_only_http_links_and_excerpts_cut_between_words() -> None:
    assert (
        safe_url("javascript:alert(1)") is None
        and safe_url(" https://a.go.th/x ") == "https://a.go.th/x"
    )
    text = "คำ " * 300
    cut = cut_at_word(text, 500)
    assert len(cut) <= 501 and cut.endswith("คำ…")
    assert cut_at_word("สั้น", 500) == "สั้น"


# --------------------------------------------------------------------------- served
@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, str]:
    """120 bundled articles, one story re-posted by the second agency, and one article
    whose headline, body and URLs are hostile."""
    db = tmp_path_factory.mktemp("reader") / "khao.db"
    items = fill(db, 120)
    first = next(i for i in items if i.source_id == SOURCES[0]["id"] and "นายก" in i.body)
    store = Store(db)
    key = store.db.execute("SELECT id FROM articles WHERE url = ?", [first.url]).fetchone()[0]
    # what the dedupe stage decides in a crawl (an unchanged re-save is not rewritten)
    store.db.execute("UPDATE articles SET cluster_id = ? WHERE id = ?", [key, key])
    copy = ArticleItem(url="http://127.0.0.1/demo-obec/repost", source_id=SOURCES[1]["id"],
                       title=first.title, body=first.body, published_at=first.published_at,
                       language="th", cluster_hint={"cluster_id": key})  # fmt: skip
    store.save_article(copy)
    store.refresh_cluster(key)
    hostile = ArticleItem(url="http://127.0.0.1/demo-obec/hostile", source_id=SOURCES[1]["id"],
                          title="นายก " + HOSTILE, body="นายก\n" + HOSTILE,
                          published_at="2024-03-05T09:00:00+07:00", language="th")  # fmt: skip
    hostile.lead_image = "javascript:alert(1)"
    store.save_article(hostile)
    store.close()
    with khao_serve(db) as base:
        yield base, db, key


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def count(db: Path, sql: str, *params: object) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_search_total_is_every_match_and_a_story_appears_once(
    served: tuple[str, Path, str],
) -> None:
    base, db, key = served
    word = "นายก"
    expected = count(db, "SELECT count(*) FROM articles WHERE title LIKE ? OR body LIKE ?",
                     f"%{word}%", f"%{word}%")  # fmt: skip
    stories = count(db, "SELECT count(DISTINCT COALESCE(cluster_id, id)) FROM articles "
                        "WHERE title LIKE ? OR body LIKE ?", f"%{word}%", f"%{word}%")  # fmt: skip
    first = get_json(base + "/-/khao/search", q=word, _format="json")
    assert first["articles"] == expected and first["stories"] == stories < expected
    seen = []
    for page in range(1, first["pages"] + 1):
        seen += get_json(base + "/-/khao/search", q=word, page=str(page), _format="json")["results"]
    assert len(seen) == stories  # paginated to the end: no silent cap
    ids = [r["id"] for r in seen]
    assert len(set(ids)) == len(ids)
    story = [r for r in seen if r["cluster_id"] == key]
    assert len(story) == 1 and story[0]["story_sources"] == 2 and story[0]["versions"] == 2
    scores = [r["score"] for r in seen]
    assert scores == sorted(scores, reverse=True)  # ranked
    two_letters = get_json(base + "/-/khao/search", q="ไฟ", _format="json")
    assert two_letters["articles"] == count(db, "SELECT count(*) FROM articles WHERE title LIKE "
                                                "'%ไฟ%' OR body LIKE '%ไฟ%'")  # fmt: skip


def test_search_filters_by_buddhist_or_common_era_dates(served: tuple[str, Path, str]) -> None:
    base, db, _ = served
    year = count(db, "SELECT substr(max(published_at), 1, 4) FROM articles")
    be = get_json(
        base + "/-/khao/search", q="นายก", _format="json", **{"from": str(int(year) + 543)}
    )
    ce = get_json(base + "/-/khao/search", q="นายก", _format="json", **{"from": f"{year}-01-01"})
    assert be["articles"] == ce["articles"] == count(
        db, "SELECT count(*) FROM articles WHERE (title LIKE '%นายก%' OR body LIKE '%นายก%') "
            "AND published_at >= ?", f"{year}-01-01")  # fmt: skip
    html = get(base + "/-/khao/search", q="นายก", **{"from": "เมื่อวาน"})
    assert "cannot read the date" in html


def test_pages_escape_what_the_database_holds(served: tuple[str, Path, str]) -> None:
    base, db, _ = served
    html = get(base + "/-/khao/search", q="นายก")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    hostile = count(db, "SELECT id FROM articles WHERE url LIKE '%hostile'")
    page = get(f"{base}/-/khao/article/{hostile}")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "javascript:" not in page.split("<footer")[0]  # the lead image is not linked


def test_article_page_shows_both_calendars_and_the_other_agency(
    served: tuple[str, Path, str],
) -> None:
    base, _, key = served
    page = get(f"{base}/-/khao/article/{key}")
    assert 'class="khao-cluster"' in page and "สพฐ." in page.split('class="khao-cluster"')[1]
    assert "khao-be" in page and "khao-ce" in page
    assert 'href="/-/khao/search"' in page
    assert 'href="/-/khao/article/' in get(base + "/khao/articles_view", _size="3")
    assert '"/-/khao/article/"' in get(f"{base}/khao/articles/{key}")  # row page → reader


def test_csv_has_a_bom_and_atom_ids_are_tag_iris(served: tuple[str, Path, str]) -> None:
    base, db, _ = served
    with urllib.request.urlopen(base + "/khao/articles.csv?_size=5") as response:
        raw = response.read()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    assert "ข่าว".encode() in raw or "นายก".encode() in raw
    with urllib.request.urlopen(base + "/khao/articles.csv?_size=5&_dl=1") as response:
        assert response.read().startswith(b"\xef\xbb\xbf")
    feed = get(base + "/khao/new_articles.atom")
    ids = re.findall(r"<id>([^<]*)</id>", feed)
    entries = ids[1:]  # the first is the feed's own
    assert entries and all(i.startswith("tag:khao-news.github.io,2024:article:") for i in entries)
    bodies = {r[0]: r[1] for r in rows(db, "SELECT id, body FROM articles")}
    cut = 0
    for entry_id, content in re.findall(r"<id>tag:[^<]*:article:([0-9a-f]+)</id>.*?"
                                        r"<content[^>]*>(.*?)</content>", feed, re.S):  # fmt: skip
        text = html.unescape(content)
        body = bodies[entry_id]
        if len(body) > 500:
            assert text.endswith("…") and len(text) <= 501
            assert body[len(text) - 1] in " \n"  # cut where a word ends
            cut += 1
        else:
            assert text == body
    assert cut > 0


def test_every_article_gets_a_language(tmp_path: Path) -> None:
    from pipelines.stages.clean import CleanPipeline

    item = ArticleItem(url="http://127.0.0.1/wp/1", source_id="wp", title="ข่าว ศธ.",
                       body="รัฐมนตรีว่าการกระทรวงศึกษาธิการ (Minister) ลงพื้นที่", language="")  # fmt: skip
    stats = type("Stats", (), {"inc_value": lambda *a: None})()
    assert CleanPipeline(stats).process_item(item).language == "th"
    assert CleanPipeline(stats).process_item(
        ArticleItem(url="http://127.0.0.1/wp/2", source_id="wp", title="Press release",
                    body="The Ministry of Education announced", language="")).language == "en"  # fmt: skip

    db = tmp_path / "khao.db"
    fill(db, 6)
    with sqlite3.connect(db) as conn:  # as stored by khao before this fix
        conn.execute("UPDATE articles SET language = '' WHERE rowid % 2 = 0")
        conn.execute(
            "DELETE FROM _sqlite_migrations WHERE name IN"
            " ('015_language_year_be_entity_articles', '017_entity_directory')"
        )
        conn.execute("DROP TABLE entity_articles")  # a view before 017
    store = Store(db)  # opening the store migrates
    store.close()
    assert rows(db, "SELECT DISTINCT language FROM articles") == [("th",)]


def test_articles_view_facets_by_buddhist_era_year(served: tuple[str, Path, str]) -> None:
    base, db, _ = served
    data = get_json(base + "/khao/articles_view.json", _size="0")
    years = {r["value"]: r["count"] for r in data["facet_results"]["year_be"]["results"]}
    expected = rows(db, "SELECT CAST(substr(published_at, 1, 4) AS INTEGER) + 543, count(*) "
                        "FROM articles GROUP BY 1")  # fmt: skip
    assert years == dict(expected) and all(year > 2500 for year in years)
