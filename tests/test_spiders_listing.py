"""Listing sources: a thaigov-like site, an old PHP site in TIS-620 declared only in
<meta http-equiv>, one sending a wrong charset=utf-8 header, and soft-404 placeholders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.corpus import demo_articles
from crawler.demo.mirror import ListingSite, MirrorServer, OldPhpSite
from pipelines.thai_text import clean_title
from tests.crawl_helpers import (
    assert_matches_expected,
    crawl,
    crawled_sites,
    has_text_of,
    query,
    stored_articles,
    stored_body,
    write_sources,
)

pytestmark = pytest.mark.slow

ARTICLES = demo_articles(120)
THAIGOV = ARTICLES[:45]
TIS620 = ARTICLES[45:65]
WRONG_HEADER = ARTICLES[65:85]
TRUTH = {a.number: a for a in ARTICLES}
REMOVED = (9_000_001, 9_000_002)
OLDPHP = """
    kind: listing
    link_selector: "table.news a.topic"
    next_selector: "//a[contains(., 'ถัดไป')]"
    list_date_selector: "table.news td.date"
    title_selector: "td.topic"
    date_selector: "td.date"
    body_selector: "td.detail p"
    autothrottle: false
"""
SOURCES = f"""
  - id: thaigov
    name: ข่าวทำเนียบรัฐบาล
    kind: listing
    url: ${{MIRROR}}/thaigov/news/contents/list?page=1
    link_selector: ".news-item a.news-title"
    next_selector: "a.next"
    list_date_selector: ".news-item .news-date"
    title_selector: "h1.headtitle"
    date_selector: ".content .date"
    body_selector: ".detail p"
    autothrottle: false
  - id: tis620
    name: เว็บเก่า TIS-620
    url: ${{MIRROR}}/oldphp/news.php{OLDPHP}
  - id: wrong-header
    name: เว็บเก่า หัวข้อ charset ผิด
    url: ${{MIRROR}}/esan/news.php{OLDPHP}
"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    sites = [
        ListingSite("thaigov", THAIGOV),
        OldPhpSite("oldphp", TIS620, removed=REMOVED),
        OldPhpSite("esan", WRONG_HEADER, header_charset="utf-8"),
    ]
    with crawled_sites(tmp_path_factory.mktemp("listing"), sites, SOURCES) as crawled:
        yield crawled


def check_truth(crawled: dict[str, Any], articles: list[dict[str, Any]]) -> None:
    for article in articles:
        number = int(article["path"].rsplit("/", 1)[-1].rsplit("=", 1)[-1])
        truth = TRUTH[number]
        assert article["title"] == clean_title(truth.title)
        assert article["published_at"].startswith(truth.date)
        assert "\ufffd" not in article["body_head"]
        body = stored_body(crawled["db"], crawled["server"].url + article["path"])
        assert has_text_of(body, truth.body)


def test_listing_pages_with_selectors(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stdout
    articles = stored_articles(crawled["db"], "thaigov", crawled["server"].url)
    assert len(articles) == len(THAIGOV)
    check_truth(crawled, articles)
    assert_matches_expected("listing", articles)
    assert crawled["runs"]["thaigov"]["status"] == "ok"


def test_tis620_site_with_charset_only_in_meta_tag(crawled: dict[str, Any]) -> None:
    articles = stored_articles(crawled["db"], "tis620", crawled["server"].url)
    assert len(articles) == len(TIS620)
    check_truth(crawled, articles)
    assert_matches_expected("listing_tis620", articles)


def test_tis620_site_sending_a_wrong_utf8_header(crawled: dict[str, Any]) -> None:
    articles = stored_articles(crawled["db"], "wrong-header", crawled["server"].url)
    assert len(articles) == len(WRONG_HEADER)
    check_truth(crawled, articles)
    assert_matches_expected("listing_wrong_charset", articles)
    assert crawled["runs"]["wrong-header"]["status"] == "ok"


def test_soft_404_placeholders_are_counted_and_never_stored(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["tis620"]
    assert run["errors"] == {"soft_404": len(REMOVED)}
    assert run["status"] == "ok"  # placeholders are not articles: nothing was lost
    for number in REMOVED:
        assert not query(
            crawled["db"], "SELECT 1 FROM articles WHERE url LIKE ?", (f"%p={number}",)
        )


def test_a_next_link_back_to_page_one_does_not_loop(tmp_path: Path) -> None:
    from crawler.demo.mirror import StaticSite

    page = ('<html><body><a class="news-title" href="/loop/a">ก</a>'
            '<a class="next" href="/loop/list">ถัดไป</a></body></html>')  # fmt: skip
    article = (
        "<html><body><h1>ข่าวทดสอบ</h1><p>" + "เนื้อหาข่าวที่ยาวพอสมควร " * 10 + "</p></body></html>"
    )
    server = MirrorServer([StaticSite("loop", {"list": page, "a": article})]).start()
    try:
        extra = """
  - id: loop
    name: หน้าถัดไปวนกลับ
    kind: listing
    url: ${MIRROR}/loop/list
    link_selector: "a.news-title"
    next_selector: "a.next"
    autothrottle: false
"""
        result = crawl(tmp_path / "k.db", write_sources(tmp_path / "s.yaml", server, extra, demo=False),
                       timeout=60)  # fmt: skip
        assert result.returncode == 0, result.stdout
        assert server.request_paths("/loop/") == ["/loop/list", "/loop/a"]
    finally:
        server.stop()
