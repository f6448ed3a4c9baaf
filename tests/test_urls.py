"""URL canonicalisation: the forms one press release's URL takes in the wild map to one id."""

from __future__ import annotations

import pytest

from pipelines.identity import article_id
from pipelines.urls import canonical_url, url_key

SLUG = "https://www.obec.go.th/archives/123456"


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.obec.go.th/archives/123456",
        "http://www.obec.go.th/archives/123456",
        "https://obec.go.th/archives/123456/",
        "HTTPS://WWW.OBEC.GO.TH:443/archives/123456#comments",
        "https://www.obec.go.th/archives/123456?utm_source=facebook&utm_medium=social",
        "https://www.obec.go.th/archives/123456?fbclid=IwAR0abc",
        "https://www.obec.go.th//archives/123456",
        "http://obec.go.th:80/archives/123456/?ref=line",
    ],
)
def test_variants_of_one_release_url_get_one_article_id(variant: str) -> None:
    assert url_key(variant) == url_key(SLUG) == "obec.go.th/archives/123456"
    assert article_id(variant) == article_id(SLUG)


def test_thai_slug_raw_and_percent_encoded_are_one_page() -> None:
    raw = "https://www.moe.go.th/ข่าวประชาสัมพันธ์-ครูดีเด่น/"
    encoded = "https://www.moe.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7" + (
        "%e0%b8%9b%e0%b8%a3%e0%b8%b0%e0%b8%8a%e0%b8%b2%e0%b8%aa%e0%b8%b1%e0%b8%a1"
        "%e0%b8%9e%e0%b8%b1%e0%b8%99%e0%b8%98%e0%b9%8c-%E0%B8%84%E0%B8%A3%E0%B8%B9"
        "%E0%B8%94%E0%B8%B5%E0%B9%80%E0%B8%94%E0%B9%88%E0%B8%99/"
    )
    assert url_key(raw) == url_key(encoded)
    # the canonical URL stays a valid, fetchable ASCII URL
    assert canonical_url(raw).isascii()


def test_query_parameters_that_name_the_page_are_kept_in_any_order() -> None:
    a = "https://www.thaigov.go.th/news/contents/list?page=2&cat=5"
    b = "https://thaigov.go.th/news/contents/list?cat=5&page=2&utm_campaign=x"
    assert url_key(a) == url_key(b) == "thaigov.go.th/news/contents/list?cat=5&page=2"
    assert url_key(a) != url_key("https://thaigov.go.th/news/contents/list?cat=5&page=3")


def test_wordpress_shortlink_keeps_its_post_number() -> None:
    # ?p=N identifies a post: it must never be stripped like a tracking parameter
    assert url_key("https://www.obec.go.th/?p=123") == "obec.go.th?p=123"
    assert url_key("https://www.obec.go.th/?p=123") != url_key("https://www.obec.go.th/?p=124")


def test_canonical_url_stays_fetchable() -> None:
    clean = canonical_url("http://127.0.0.1:8765/obec/2019/09/04/news-7/?utm_source=x#top")
    assert clean == "http://127.0.0.1:8765/obec/2019/09/04/news-7/"
    assert canonical_url("not a url") == "not a url"
    assert canonical_url("") == ""
