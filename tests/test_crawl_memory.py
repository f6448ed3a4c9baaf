"""What a crawl keeps per source stays bounded as the site grows (issue 17).

The crawl process grew with the site (191 MB at 5,000 articles, 364 MB at 50,000): every
article page's <title> parts and 2,000 characters of its text stayed in the source's
``SourceTitles`` (~4 KB a page). These tests catch that cheaply, without a crawl: the bound
(``SITE_TITLE_MEMORY``) is made small, and memory is compared at two numbers of pages.
"""

from __future__ import annotations

import sys
import tracemalloc
from typing import Any

import pytest

from crawler import extract
from crawler.extract import SourceTitles
from crawler.sources import Source

SITE = "องค์การบริหารส่วนตำบลบ้านใหม่"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
SMALL_BOUND = 30


@pytest.fixture
def small_bound(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(extract, "SITE_TITLE_MEMORY", SMALL_BOUND, raising=False)
    return SMALL_BOUND


def thai_number(n: int) -> str:
    return "".join(THAI_DIGITS[int(d)] for d in str(n))


def page(n: int, site: str = SITE) -> str:
    """An article page of a site whose <title> is "headline | site name"; every page has
    its own headline and text (no headline or sentence repeats: only the site name does)."""
    headline = f"โครงการอบรมอาสาสมัครรุ่นที่ {thai_number(n)} ประจำปีงบประมาณ"
    text = " ".join(
        f"ข้อความย่อหน้าที่ {thai_number(k)} ของข่าวฉบับที่ {thai_number(n)} เรื่องการอบรมอาสาสมัคร"
        for k in range(12)
    )
    return (
        f'<html lang="th"><head><title>{headline} | {site}</title></head><body>'
        f'<h1 class="entry-title">{headline}</h1>'
        f'<div class="entry-content"><p>{text}</p></div></body></html>'
    )


def learn(titles: SourceTitles, pages: range, site: str = SITE) -> None:
    for n in pages:
        titles.extract(page(n, site), f"https://banmai.go.th/news/{n}")


def remembered_bytes(titles: SourceTitles) -> int:
    """What the two remembered mappings hold: keys, values and the tables."""
    total = 0
    for mapping in (titles.title_texts, titles.headlines):
        total += sys.getsizeof(mapping)
        total += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in mapping.items())
    return total


def test_a_source_remembers_a_bounded_number_of_titles(small_bound: int) -> None:
    titles = SourceTitles()
    learn(titles, range(200))
    assert SITE in titles.known()  # still learnt: the site name recurs on every page
    assert len(titles.title_texts) <= small_bound
    assert len(titles.headlines) <= small_bound
    # the text is not kept, only a 64-bit stand-in for it
    assert all(isinstance(v, int) for v in titles.title_texts.values())


def test_memory_per_source_does_not_grow_with_the_pages(small_bound: int) -> None:
    small, large = SourceTitles(), SourceTitles()
    learn(small, range(60))
    learn(large, range(240))
    # four times the pages, the same memory (it grew ~4 KB a page)
    assert remembered_bytes(large) <= remembered_bytes(small) * 1.1
    assert remembered_bytes(large) < small_bound * 2 * 600  # ~0.5 KB per remembered title


def test_the_default_bound_is_a_few_megabytes() -> None:
    # 2 mappings x 4,096 titles x ~0.5 KB (a Thai headline, its int, the slot): ~4 MB
    assert 1000 <= extract.SITE_TITLE_MEMORY <= 10_000


def test_a_name_seen_within_the_bound_is_learnt_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "SITE_TITLE_MEMORY", 10, raising=False)
    bounded = SourceTitles()
    # another name for three pages, then the site's own: both within the bound
    learn(bounded, range(3), "สำนักงานเขตพื้นที่การศึกษา")
    learn(bounded, range(3, 6))
    assert {"สำนักงานเขตพื้นที่การศึกษา", SITE} <= bounded.known()


# --------------------------------------------------------------------------- per-run URL sets
# What a run has asked for grows with the site: the spiders' sets of URLs (``requested``,
# ``pages_seen``, WordPress's ``posts_seen``) and Scrapy's duplicate filter. They keep 8
# bytes of each entry (crawler.seen), not the URL.


def link(n: int) -> str:
    return f"http://127.0.0.1/news/2567/{n:06d}/โครงการอบรมอาสาสมัคร-รุ่นที่-{n}"


def urls(count: int) -> list[str]:
    return [link(n) for n in range(count)]


def bytes_per_url(spider: Any, first: int = 20_000, then: int = 40_000) -> float:
    """What the spider's sets take for each URL asked for, past the first ``first`` URLs
    (tracemalloc: the growth from ``first`` to ``first + then`` URLs, URL strings
    excluded)."""
    from crawler.spiders.wordpress import WordPressSpider

    def claim(numbers: range) -> None:
        for n in numbers:
            url = link(n)  # made here, as a page's link is: kept only if the spider keeps it
            assert spider.claim(url)
            spider.pages_seen.add(url)
            if isinstance(spider, WordPressSpider):
                spider.posts_seen.add(url)

    tracemalloc.start()
    try:
        claim(range(first))
        before = tracemalloc.get_traced_memory()[0]
        claim(range(first, first + then))
        return (tracemalloc.get_traced_memory()[0] - before) / then
    finally:
        tracemalloc.stop()


def test_a_spider_remembers_eight_bytes_of_each_url_it_asked_for() -> None:
    from crawler.spiders.listing import ListingSpider
    from crawler.spiders.wordpress import WordPressSpider

    uncapped = {"max_articles": 0}
    listing = ListingSpider(
        Source(id="s", name="s", kind="listing", url="http://127.0.0.1/", options=uncapped)
    )
    wordpress = WordPressSpider(
        Source(id="w", name="w", kind="wordpress", url="http://127.0.0.1/", options=uncapped)
    )
    # two sets (requested, pages_seen), ~8 bytes a URL each; sets of the URL strings grew
    # by ~2 x 300 bytes a URL
    assert bytes_per_url(listing) < 2 * 30
    assert bytes_per_url(wordpress) < 3 * 30  # and posts_seen
    links = urls(10)
    assert links[5] in listing.requested and not listing.claim(links[5])  # seen: not again
    assert "http://127.0.0.1/news/never-asked" not in listing.requested


def test_scrapys_duplicate_filter_keeps_eight_bytes_of_a_fingerprint() -> None:
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.seen import CompactDupeFilter

    crawler = get_crawler(settings_dict={"DUPEFILTER_CLASS": "crawler.seen.CompactDupeFilter"})
    dupes = CompactDupeFilter.from_crawler(crawler)
    requests = [Request(url) for url in urls(5_000)]
    assert not any(dupes.request_seen(r) for r in requests)
    assert all(dupes.request_seen(Request(r.url)) for r in requests[:100])  # seen: filtered
    assert not dupes.request_seen(Request(urls(5_001)[-1]))
    assert len(dupes._fingerprints) == 5_001
    assert all(len(fp) == 8 and fp in dupes._fingerprints for fp in dupes._fingerprints)
    with pytest.warns(Warning, match="deprecated"):
        assert len(dupes.fingerprints) == 5_001  # Scrapy's own view still works
    assert crawler.settings["DUPEFILTER_CLASS"] == "crawler.seen.CompactDupeFilter"


def test_the_crawl_uses_the_compact_duplicate_filter() -> None:
    from crawler import settings

    assert settings.DUPEFILTER_CLASS == "crawler.seen.CompactDupeFilter"


def tasks_while_handling(items: int) -> int:
    """Live asyncio tasks while Scrapy hands one response's ``items`` to the pipelines, with
    the crawl's settings (crawler.runner.base_settings): the scraper runs them through
    ``_parallel_asyncio`` with ``CONCURRENT_ITEMS`` tasks (scrapy.core.scraper)."""
    import asyncio

    from scrapy.utils.asyncio import _parallel_asyncio

    from crawler.runner import base_settings

    count = base_settings(":memory:", "test").getint("CONCURRENT_ITEMS")
    seen: list[int] = []

    async def into_pipelines(item: int) -> None:
        seen.append(len(asyncio.all_tasks()))

    asyncio.run(_parallel_asyncio(iter(range(items)), count, into_pipelines))
    assert len(seen) == items
    return max(seen)


def test_one_article_page_starts_a_few_tasks_not_a_hundred() -> None:
    # Scrapy starts CONCURRENT_ITEMS tasks for every response it hands to the pipelines
    # (default 100); a batch of finished downloads made thousands at once, memory the
    # allocator kept, so the crawl process grew with the site (bench/RESULTS.md, fourth pass)
    assert tasks_while_handling(1) <= 20  # 101 with Scrapy's default (100)
    assert tasks_while_handling(50) <= 20  # a WordPress API page: 16 of its posts at a time
