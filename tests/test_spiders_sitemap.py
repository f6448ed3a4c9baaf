"""Sitemap sources: a sitemap index with post sitemaps (lastmod) and a non-news page sitemap."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from crawler.demo.corpus import demo_articles
from crawler.demo.mirror import SitemapSite
from pipelines.thai_text import clean_title
from tests.crawl_helpers import (
    assert_matches_expected,
    crawled_sites,
    stored_articles,
)

pytestmark = pytest.mark.slow

ITEMS = demo_articles(90)[2::3]  # 30 articles in 2 post sitemaps of 25
TRUTH = {a.number: a for a in ITEMS}
SOURCES = r"""
  - id: moe-sitemap
    name: กระทรวงศึกษาธิการ
    kind: sitemap
    url: ${MIRROR}/moe/sitemap_index.xml
    autothrottle: false
    options:
      url_pattern: '/news-\d+\.html$'
"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    site = SitemapSite("moe", ITEMS)
    site.per_sitemap = 25
    with crawled_sites(tmp_path_factory.mktemp("sitemap"), [site], SOURCES) as crawled:
        yield crawled


def test_every_article_in_the_sitemap_index_is_stored(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stdout
    articles = stored_articles(crawled["db"], "moe-sitemap", crawled["server"].url)
    assert_matches_expected("sitemap", articles)
    assert len(articles) == len(ITEMS)
    for article in articles:
        truth = TRUTH[int(article["path"].split("news-")[1].split(".")[0])]
        assert article["title"] == clean_title(truth.title)  # from Open Graph, not <title>
        assert article["published_at"].startswith(truth.date)
    assert crawled["runs"]["moe-sitemap"]["status"] == "ok"


def test_child_sitemaps_are_followed_and_non_news_pages_skipped(crawled: dict[str, Any]) -> None:
    paths = crawled["server"].request_paths("/moe/")
    assert {"/moe/post-sitemap1.xml", "/moe/post-sitemap2.xml", "/moe/page-sitemap.xml"} <= set(
        paths
    )
    assert "/moe/about/" not in paths  # outside url_pattern: never fetched
