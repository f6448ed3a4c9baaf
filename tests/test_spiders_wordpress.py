"""WordPress sources: REST API with pagination, then ?rest_route=, then the RSS feed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from crawler.demo.corpus import demo_articles
from crawler.demo.mirror import MirrorServer, WordPressSite
from pipelines.thai_text import clean_title
from tests.crawl_helpers import (
    assert_matches_expected,
    crawled_sites,
    has_text_of,
    query,
    stored_articles,
)

pytestmark = pytest.mark.slow

POSTS = demo_articles(60)[::2]  # 30 posts
TRUTH = {a.number: a for a in POSTS}
SOURCES = """
  - id: wp-json
    name: สพฐ. (REST API)
    kind: wordpress
    url: ${MIRROR}/obec/
    autothrottle: false
    options: {per_page: 10}
  - id: wp-rest-route
    name: สพป.เลย เขต 1 (ลิงก์ ?p=N, REST API ผ่าน rest_route)
    kind: wordpress
    url: ${MIRROR}/loei1/
    autothrottle: false
    options: {per_page: 10}
  - id: wp-feed-only
    name: สพป.เชียงใหม่ เขต 3 (WordPress ใต้โฟลเดอร์ปี /2567/, ไม่มี REST API)
    kind: wordpress
    url: ${MIRROR}/cmarea3/2567/
    autothrottle: false
"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    rest_route_only = WordPressSite("loei1", POSTS)
    rest_route_only.apis = ("rest_route",)
    feed_only = WordPressSite("cmarea3/2567", POSTS)
    feed_only.apis = ()
    with crawled_sites(
        tmp_path_factory.mktemp("wordpress"),
        [WordPressSite("obec", POSTS), rest_route_only, feed_only],
        SOURCES,
    ) as crawled:
        yield crawled


def body_of(crawled: dict[str, Any], article: dict[str, Any]) -> str:
    url = crawled["server"].url + article["path"]
    return query(crawled["db"], "SELECT body FROM articles WHERE url = ?", (url,))[0][0]


def test_rest_api_posts_are_stored_as_published(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stdout
    articles = stored_articles(crawled["db"], "wp-json", crawled["server"].url)
    assert_matches_expected("wordpress", articles)
    assert all(a["categories"] for a in articles)  # categories from the API's terms
    with_pdf = [a for a in articles if a["attachments"]]
    assert with_pdf and all(a["attachments"][0]["type"] == "pdf" for a in with_pdf)


def test_rest_api_pages_follow_the_pagination_header(crawled: dict[str, Any]) -> None:
    paths = crawled["server"].request_paths("/obec/wp-json/wp/v2/posts")
    assert len(paths) == 3  # 30 posts, 10 per page, X-WP-TotalPages: 3
    assert crawled["runs"]["wp-json"]["status"] == "ok"


def test_plain_permalink_site_falls_back_to_rest_route(crawled: dict[str, Any]) -> None:
    server: MirrorServer = crawled["server"]
    assert server.request_paths("/loei1/wp-json/")  # tried first, answered 404
    assert any("rest_route" in p for p in server.request_paths("/loei1/"))
    via_rest_route = stored_articles(crawled["db"], "wp-rest-route", server.url)
    via_wp_json = stored_articles(crawled["db"], "wp-json", server.url)
    for article in via_rest_route:
        article["path"] = article["path"].replace("/loei1/", "/obec/")
        article["lead_image"] = article["lead_image"].replace("/loei1/", "/obec/")
        for attachment in article["attachments"]:
            attachment["url"] = attachment["url"].replace("/loei1/", "/obec/")
    assert via_rest_route == via_wp_json
    assert crawled["runs"]["wp-rest-route"]["status"] == "ok"


def test_site_without_rest_api_is_read_through_its_rss_feed(crawled: dict[str, Any]) -> None:
    server: MirrorServer = crawled["server"]
    assert server.request_paths("/cmarea3/2567/feed/")
    articles = stored_articles(crawled["db"], "wp-feed-only", server.url)
    assert len(articles) == 10  # the feed holds the 10 newest posts
    for article in articles:
        truth = TRUTH[int(article["path"].rstrip("/").rsplit("news-", 1)[1])]
        assert article["path"].startswith("/cmarea3/2567/")
        assert article["title"] == clean_title(truth.title)
        assert article["published_at"].startswith(truth.date)
        # generic extraction (no selectors declared) finds the article text
        assert has_text_of(body_of(crawled, article), truth.body)
    assert crawled["runs"]["wp-feed-only"]["status"] == "ok"
