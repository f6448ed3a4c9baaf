"""What a crawl keeps per source stays bounded as the site grows (issue 17).

The crawl process grew with the site (191 MB at 5,000 articles, 364 MB at 50,000): every
article page's <title> parts and 2,000 characters of its text stayed in the source's
``SourceTitles`` (~4 KB a page). These tests catch that cheaply, without a crawl: the bound
(``SITE_TITLE_MEMORY``) is made small, and memory is compared at two numbers of pages.
"""

from __future__ import annotations

import sys

import pytest

from crawler import extract
from crawler.extract import SourceTitles

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
