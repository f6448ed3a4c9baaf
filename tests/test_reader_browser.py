"""Issue 15: a researcher reads an article, follows a story across agencies and searches,
in a real browser (Debian's chromium, headless, via Playwright) that has no Thai system font:
Thai must render in the font khao serves, not as boxes. Screenshots are saved under the
test's tmp dir (paths printed; run with -s to see them)."""

from __future__ import annotations

import unicodedata
import urllib.parse
from pathlib import Path

import pytest

from pipelines.items import ArticleItem
from pipelines.storage import Store
from testbed.served import get_json, khao_serve
from tests.storefill import SOURCES, fill
from tests.test_browser import chromium, page  # noqa: F401  (fixtures)

BrowserPage = object

pytestmark = pytest.mark.slow

PERSON = "นายทดสอบ ใจดี"
POSITION = "รัฐมนตรีว่าการกระทรวงศึกษาธิการ"
THAI_SAMPLE = "ข่าวประชาสัมพันธ์หน่วยงานรัฐ"

# a Thai string, and the same number of U+FFFD, measured in the page's own font stack: a
# browser without a Thai font draws every Thai letter as the same box (tofu)
MEASURE = """([text, family]) => {
  const c = document.createElement('canvas').getContext('2d');
  c.font = '20px ' + family;
  return [c.measureText(text).width, c.measureText('\\uFFFD'.repeat(text.length)).width,
          c.measureText(text.slice(0, 1).repeat(text.length)).width];
}"""
LOADED_FACES = """() => Array.from(document.fonts).filter(f => f.status === 'loaded')
  .map(f => f.family.replace(/['"]/g, ''))"""


def story_database(db: Path) -> tuple[ArticleItem, ArticleItem]:
    """The bundled articles, plus one story re-posted by the second agency (same text: one
    cluster), whose first version names a person with a position."""
    items = fill(db, 40, entities=True)
    first = next(i for i in items if i.source_id == SOURCES[0]["id"] and len(i.body) > 400)
    words = first.body.split()
    mention = next(w for w in words[3:] if len(w) >= 4)
    start = first.body.index(mention)
    body = first.body[:start] + PERSON + " " + POSITION + first.body[start:]
    store = Store(db)
    original = ArticleItem(
        url=first.url, source_id=first.source_id, title=first.title, body=body,
        published_at=first.published_at, language="th",
    )  # fmt: skip
    original.entities = [{"label": "PERSON", "text": PERSON, "canonical": PERSON,
                          "start": start, "end": start + len(PERSON), "position": POSITION}]  # fmt: skip
    key = store.db.execute("SELECT id FROM articles WHERE url = ?", [first.url]).fetchone()[0]
    original.cluster_hint = {"cluster_id": key}  # what the dedupe stage decides in a crawl
    store.save_article(original)
    copy = ArticleItem(
        url="http://127.0.0.1/demo-obec/repost-1", source_id=SOURCES[1]["id"],
        title=first.title, body=body, published_at=first.published_at, language="th",
    )  # fmt: skip
    copy.cluster_hint = {"cluster_id": key}
    store.save_article(copy)
    store.refresh_cluster(key)
    store.close()
    return original, copy


def assert_not_tofu(view: BrowserPage, text: str) -> None:
    families = view.evaluate(LOADED_FACES)  # type: ignore[attr-defined]
    assert "Sarabun" in families, families
    family = view.evaluate("() => getComputedStyle(document.body).fontFamily")  # type: ignore[attr-defined]
    assert family.startswith('"Sarabun"') or family.startswith("Sarabun"), family
    thai, boxes, repeated = view.evaluate(MEASURE, [text, family])  # type: ignore[attr-defined]
    assert thai != pytest.approx(boxes, abs=0.5), (thai, boxes)  # not U+FFFD boxes
    assert thai != pytest.approx(repeated, abs=0.5), (thai, repeated)  # letters differ


def shot(view: BrowserPage, tmp_path: Path, name: str, full_page: bool = True) -> Path:
    path = tmp_path / f"{name}.png"
    view.screenshot(path=str(path), full_page=full_page)  # type: ignore[attr-defined]
    print(f"screenshot: {path}")
    return path


def test_article_search_and_facet_pages_render_thai(page: object, tmp_path: Path) -> None:  # noqa: F811
    db = tmp_path / "khao.db"
    original, _copy = story_database(db)
    with khao_serve(db) as base:
        found = get_json(base + "/-/khao/search", q=original.title.split()[0], _format="json")
        story = next(r for r in found["results"] if r["title"] == original.title)
        assert story["story_sources"] == 2

        # the article page: headline, byline with both calendars, body, entity, the cluster
        page.goto(f"{base}/-/khao/article/{story['id']}")  # type: ignore[attr-defined]
        page.wait_for_function("document.fonts.status === 'loaded'")  # type: ignore[attr-defined]
        assert page.inner_text("h1") == original.title  # type: ignore[attr-defined]
        byline = page.inner_text(".khao-byline")  # type: ignore[attr-defined]
        year = int(original.published_at[:4])
        assert str(year + 543) in byline and str(year) in byline
        first_paragraph = page.inner_text(".khao-body p >> nth=0")  # type: ignore[attr-defined]
        assert first_paragraph and first_paragraph in original.body
        assert page.is_visible(".khao-body p >> nth=0")  # type: ignore[attr-defined]
        person = page.locator(".khao-body .khao-ent-PERSON").first  # type: ignore[attr-defined]
        assert person.is_visible() and person.inner_text() == PERSON
        assert POSITION in page.inner_text(".khao-side")  # type: ignore[attr-defined]
        other = page.locator(".khao-cluster li").first  # type: ignore[attr-defined]
        assert other.is_visible()
        assert "สพฐ." in other.inner_text()  # the other agency's version
        assert_not_tofu(page, original.title)
        shot(page, tmp_path, "article")

        # one search from the home page: ranked, one row per story, total shown
        page.goto(base + "/")  # type: ignore[attr-defined]
        assert page.locator("input[type=search]").count() == 1  # type: ignore[attr-defined]
        word = "นายก"
        page.fill("form.khao-search-form input[name=q]", word)  # type: ignore[attr-defined]
        page.click("form.khao-search-form input[type=submit]")  # type: ignore[attr-defined]
        page.wait_for_url("**/-/khao/search?*")  # type: ignore[attr-defined]
        page.wait_for_selector(".khao-results mark")  # type: ignore[attr-defined]
        assert "q=" in page.url and word in urllib.parse.unquote(page.url)  # type: ignore[attr-defined]
        assert page.inner_text(".khao-results mark >> nth=0") == word  # type: ignore[attr-defined]
        assert "BM25" in page.inner_text("body")  # type: ignore[attr-defined]
        assert page.is_visible(".khao-total")  # type: ignore[attr-defined]
        box = page.eval_on_selector(  # type: ignore[attr-defined]
            "form.khao-search-form input[name=q]", "e => getComputedStyle(e).fontFamily"
        )
        assert box.lstrip("\"'").startswith("Sarabun"), box  # what was typed is legible
        snippet = page.inner_text(".khao-snippet >> nth=0")  # type: ignore[attr-defined]
        assert not unicodedata.category(snippet.lstrip("…")[0]).startswith("M")  # no lone mark
        assert_not_tofu(page, page.inner_text(".khao-title >> nth=0"))  # type: ignore[attr-defined]
        shot(page, tmp_path, "search")

        # a facet page: data first, the glossary folded, Thai in the facet values
        page.goto(base + "/khao/articles_view")  # type: ignore[attr-defined]
        page.wait_for_function("document.fonts.status === 'loaded'")  # type: ignore[attr-defined]
        agency = page.locator(".facet-info[data-column=agency] a:has-text('สพฐ.')")  # type: ignore[attr-defined]
        assert agency.is_visible()
        glossary = page.locator("dl.column-descriptions")  # type: ignore[attr-defined]
        assert glossary.count() == 0 or not glossary.is_visible()  # behind a link
        heading = page.inner_text("h1")  # type: ignore[attr-defined]
        assert heading.count("(view)") <= 1, heading
        assert_not_tofu(page, page.inner_text("td.col-title >> nth=0"))  # type: ignore[attr-defined]
        shot(page, tmp_path, "facets", full_page=False)  # the first screen: data first


def test_entity_page_from_the_article_page(page: object, tmp_path: Path) -> None:  # noqa: F811
    """Issue 17: from a person named in an article to their entity page: names, positions
    from … to …, the articles naming them; and back to an article."""
    db = tmp_path / "khao.db"
    original, _copy = story_database(db)
    with khao_serve(db) as base:
        found = get_json(base + "/-/khao/search", q=original.title.split()[0], _format="json")
        key = next(r["id"] for r in found["results"] if r["title"] == original.title)
        page.goto(f"{base}/-/khao/article/{key}")  # type: ignore[attr-defined]
        link = page.locator(f".khao-side li:has-text('{PERSON}') a[href*='/-/khao/entity/']")  # type: ignore[attr-defined]
        assert link.is_visible()
        link.click()
        page.wait_for_url("**/-/khao/entity/*")  # type: ignore[attr-defined]
        page.wait_for_function("document.fonts.status === 'loaded'")  # type: ignore[attr-defined]
        assert page.inner_text("h1") == PERSON  # type: ignore[attr-defined]
        positions = page.inner_text("table.khao-positions")  # type: ignore[attr-defined]
        year = int(original.published_at[:4]) + 543
        assert POSITION in positions and str(year) in positions
        assert PERSON in page.inner_text(".khao-names")  # type: ignore[attr-defined]
        assert page.inner_text(".khao-total").startswith("1 ")  # type: ignore[attr-defined]
        assert_not_tofu(page, page.inner_text("h1"))  # type: ignore[attr-defined]
        shot(page, tmp_path, "entity")
        page.locator(".khao-results a.khao-title").first.click()  # type: ignore[attr-defined]
        page.wait_for_url("**/-/khao/article/*")  # type: ignore[attr-defined]
        assert page.inner_text("h1") == original.title  # type: ignore[attr-defined]
