"""Feed sources: RSS 2.0, Atom and JSON Feed give the same stored articles (full text from
the article pages, attachments from embedded viewers)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from crawler.demo.corpus import demo_articles
from crawler.demo.mirror import FeedSite
from pipelines.thai_text import clean_title
from tests.crawl_helpers import (
    assert_matches_expected,
    crawled_sites,
    has_text_of,
    stored_articles,
    stored_body,
)

pytestmark = pytest.mark.slow

ITEMS = demo_articles(80)[1::2]  # 40 articles, the feeds hold the newest 20
TRUTH = {a.number: a for a in ITEMS}
SOURCES = "".join(
    f"""
  - id: feed-{fmt}
    name: กรมประชาสัมพันธ์ ({fmt})
    kind: feed
    url: ${{MIRROR}}/prd-{fmt}/{path}
    autothrottle: false
"""
    for fmt, path in (("rss", "rss.xml"), ("atom", "atom.xml"), ("json", "feed.json"))
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    sites = [FeedSite(f"prd-{fmt}", ITEMS) for fmt in ("rss", "atom", "json")]
    with crawled_sites(tmp_path_factory.mktemp("feed"), sites, SOURCES) as crawled:
        yield crawled


def as_rss(articles: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    text = repr(articles).replace(f"/prd-{fmt}/", "/prd-rss/")
    return eval(text)  # a plain data structure of str/list/dict


def test_rss_items_are_stored_with_full_text_from_the_pages(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stdout
    articles = stored_articles(crawled["db"], "feed-rss", crawled["server"].url)
    assert_matches_expected("feed", articles)
    assert len(articles) == 20
    for article in articles:
        truth = TRUTH[int(article["path"].split("news-")[1].split(".")[0])]
        assert article["title"] == clean_title(truth.title)
        assert article["published_at"].startswith(truth.date)
        assert article["categories"] == [truth.category]
        # the full text of the page, not the feed's 200-character summary
        body = stored_body(crawled["db"], crawled["server"].url + article["path"])
        assert has_text_of(body, truth.body)
    # a PDF shown in a Google Docs viewer is recorded as the PDF itself
    assert any(a["attachments"] and a["attachments"][0]["type"] == "pdf" for a in articles)


@pytest.mark.parametrize("fmt", ["atom", "json"])
def test_atom_and_json_feed_give_the_same_articles(crawled: dict[str, Any], fmt: str) -> None:
    rss = stored_articles(crawled["db"], "feed-rss", crawled["server"].url)
    other = stored_articles(crawled["db"], f"feed-{fmt}", crawled["server"].url)
    assert as_rss(other, fmt) == rss
    assert crawled["runs"][f"feed-{fmt}"]["status"] == "ok"


def test_only_the_feed_and_its_article_pages_are_requested(crawled: dict[str, Any]) -> None:
    paths = crawled["server"].request_paths("/prd-rss/")
    assert paths.count("/prd-rss/rss.xml") == 1
    assert len([p for p in paths if "/news-" in p]) == 20
