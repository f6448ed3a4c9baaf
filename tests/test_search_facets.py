"""Issue 15: the one search has facets (agency, kind, month, person/organisation), filters
a shared URL reproduces, and Atom and CSV versions with no silent cap."""

from __future__ import annotations

import sqlite3
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from khao.datasette_plugin import ENTITY_FACET_TITLE
from pipelines.items import ArticleItem
from pipelines.storage import Store
from testbed.served import get, get_json, khao_serve
from tests.storefill import SOURCES, fill

WORD = "นายก"
PERSON = "ประยุทธ์ จันทร์โอชา"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """120 bundled articles; three more name one person, one of them with a hostile title."""
    db = tmp_path_factory.mktemp("facets") / "khao.db"
    fill(db, 120)
    store = Store(db)
    for number, title in enumerate(["นายกฯ พบผู้ว่าราชการจังหวัด", "นายกฯ ตรวจโรงเรียน",
                                    'นายกฯ <script>alert("x")</script> & ]]>']):  # fmt: skip
        body = f"{PERSON} นายกรัฐมนตรี ลงพื้นที่ครั้งที่ {number}"
        item = ArticleItem(url=f"http://127.0.0.1/demo-obec/person-{number}",
                           source_id=SOURCES[1]["id"], title=title, body=body,
                           published_at=f"2024-03-0{number + 1}T09:00:00+07:00",
                           language="th")  # fmt: skip
        item.entities = [{"label": "PERSON", "text": PERSON, "canonical": PERSON,
                          "start": 0, "end": len(PERSON)}]  # fmt: skip
        store.save_article(item)
    store.close()
    with khao_serve(db) as base:
        yield base, db


def sql(db: Path, query: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(query, params).fetchall()


def matching(where: str = "1") -> str:
    return ("SELECT count(DISTINCT COALESCE(a.cluster_id, a.id)) FROM articles a "
            "LEFT JOIN sources s ON s.id = a.source_id "
            f"WHERE (a.title LIKE '%{WORD}%' OR a.body LIKE '%{WORD}%') AND {where}")  # fmt: skip


def follow(base: str, href: str) -> dict:
    return get_json(base + href + "&_format=json")


def test_each_facet_counts_the_stories_its_link_finds(served: tuple[str, Path]) -> None:
    base, db = served
    found = get_json(base + "/-/khao/search", q=WORD, _format="json")
    facets = found["facets"]
    agencies = facets["หน่วยงาน / Agency"]
    assert {a["value"] for a in agencies} == {s["agency"] for s in SOURCES}
    for agency in agencies:
        assert agency["stories"] == sql(db, matching("s.agency = ?"), agency["value"])[0][0]
        assert follow(base, agency["href"])["stories"] == agency["stories"]
    for kind in facets["ประเภท / Kind"]:
        assert follow(base, kind["href"])["stories"] == kind["stories"]
    month = facets["เดือน / Month"][0]
    filtered = follow(base, month["href"])
    iso = urllib.parse.parse_qs(urllib.parse.urlsplit(month["href"]).query)["month"][0]
    assert (
        filtered["stories"]
        == month["stories"]
        == sql(db, matching("substr(a.published_at, 1, 7) = ?"), iso)[0][0]
    )
    # the same month typed in the Buddhist Era
    year, number = iso.split("-")
    be = get_json(base + "/-/khao/search", q=WORD, month=f"{int(year) + 543}-{number}",
                  _format="json")  # fmt: skip
    assert be["stories"] == month["stories"]


def test_a_person_facet_and_filter(served: tuple[str, Path]) -> None:
    base, _ = served
    found = get_json(base + "/-/khao/search", q=WORD, _format="json")
    named = {e["value"]: e for e in found["facets"][ENTITY_FACET_TITLE]}
    assert named[PERSON]["stories"] == 3
    only = follow(base, named[PERSON]["href"])
    assert only["stories"] == 3 and all("นายกฯ" in r["title"] for r in only["results"])
    page = get(base + "/-/khao/search", q=WORD, entity=PERSON)
    assert f"{PERSON} ✕" in page  # the chosen filter shows, with a link that removes it
    assert 'name="entity"' in page  # and a new query keeps it


def test_csv_has_every_story_and_atom_is_valid_xml(served: tuple[str, Path]) -> None:
    base, db = served
    found = get_json(base + "/-/khao/search", q=WORD, _format="json")
    assert found["stories"] > 20  # more than one page
    url = base + "/-/khao/search.csv?" + urllib.parse.urlencode({"q": WORD})
    with urllib.request.urlopen(url) as response:
        assert response.headers["content-type"].startswith("text/csv")
        raw = response.read()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1  # Excel reads Thai
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("id,title,url,published_at,published_be")
    assert len(lines) - 1 == found["stories"] == sql(db, matching())[0][0]  # no cap
    feed = ET.fromstring(get(base + "/-/khao/search.atom", q=WORD))  # hostile title escaped
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 20
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert all(i.startswith("tag:khao-news.github.io,2024:article:") for i in ids)
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles == [r["title"] for r in found["results"]]  # the same ranking as the page
    hostile = ET.fromstring(get(base + "/-/khao/search.atom", q=WORD, entity=PERSON))
    assert any("<script>" in (e.find(f"{ATOM}title").text or "")
               for e in hostile.findall(f"{ATOM}entry"))  # fmt: skip


def test_search_facts_follow_every_write(tmp_path: Path) -> None:
    """The narrow table the search counts from is kept by triggers: inserts, a new cluster,
    an edit and a delete all show, whoever writes."""
    db = tmp_path / "khao.db"
    fill(db, 30)
    store = Store(db)
    first, second = (r[0] for r in store.db.execute("SELECT id FROM articles LIMIT 2"))
    store.db.execute("UPDATE articles SET cluster_id = ?, kind = 'policy' WHERE id = ?",
                     [first, second])  # fmt: skip
    store.db.execute("UPDATE articles SET published_at = '2025-01-02T10:00:00+07:00' WHERE id = ?",
                     [second])  # fmt: skip
    store.db.execute("DELETE FROM articles WHERE id = ?", [first])
    store.db.conn.commit()
    store.close()
    same = """SELECT count(*) FROM articles a JOIN search_facts f ON f.rid = a.rowid
              WHERE f.id = a.id AND f.story = COALESCE(a.cluster_id, a.id)
              AND f.published_at IS a.published_at AND f.month = substr(a.published_at, 1, 7)
              AND f.source_id IS a.source_id AND f.kind IS a.kind
              AND f.day_number IS julianday(substr(a.published_at, 1, 19))"""
    assert sql(db, same)[0][0] == sql(db, "SELECT count(*) FROM articles")[0][0] == 29
    assert sql(db, "SELECT count(*) FROM search_facts")[0][0] == 29
    assert sql(db, "SELECT story, kind FROM search_facts WHERE id = ?", second) == [
        (first, "policy")
    ]
