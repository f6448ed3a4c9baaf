"""The blind4 half of the zoo (bench/zoo_blind4.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines and dates.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind4 families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind4).
"""

from __future__ import annotations

import json

import pytest

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, ZOO, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import THAI_DIGITS as THAI
from tests.zoo_page_parser import PageParser as _Page
from tests.zoo_page_parser import check_blind_half, check_family_pages

BLIND4 = [f for f in ZOO if f.half == "blind4"]
NAMES = {
    "expressionengine-channel", "textpattern-article", "bolt-record", "pimcore-news",
    "magnolia-press", "opencms-mercury", "dotcms-blog", "aem-core-components", "jimdo-blog",
    "duda-blog", "jekyll-minima", "notion-super",
}  # fmt: skip
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip


def intended_date(name: str, article: DemoArticle) -> str:
    """The article's own date as the family prints it, derived here independently."""
    name = name.removesuffix("-blind4")
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], d.year + 543
    return {
        "expressionengine-channel": f"วันที่ {d.day} {month} พ.ศ. {year}",
        "textpattern-article": f"{d.day:02d} {abbr} {d.year % 100:02d}",
        "bolt-record": f"เมื่อ {d.day} {month} {d.year}",
        "pimcore-news": f"{d:%d-%m}-{year} {d:%H:%M} น.",
        "magnolia-press": f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {month} {year}",
        "opencms-mercury": f"{d.day} {abbr} {year}".translate(THAI),
        "dotcms-blog": f"{d:%d} {abbr} {d.year} | {d:%H:%M} น.",
        "aem-core-components": f"วันที่ {d:%d/%m}/{year} เวลา {d:%H.%M} น.",
        "jimdo-blog": f"{d.day}/{d.month}/{d.year}",
        "duda-blog": f"{d.day} {month} {year} เวลา {d:%H.%M} น.",
        "jekyll-minima": f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}",
        "notion-super": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    }[name]


def neighbour_date(name: str, article: DemoArticle) -> str:
    """How the family dates OTHER articles in its boxes."""
    name = name.removesuffix("-blind4")
    d = day_of(article)
    year = d.year + 543
    return {
        "expressionengine-channel": f"{d.day} {ABBR[d.month - 1]} {year}",
        "bolt-record": f"{d:%d/%m/%Y}",
        "pimcore-news": f"{d:%d-%m}-{year}",
        "magnolia-press": f"{d.day} {ABBR[d.month - 1]} {year % 100:02d}",
        "dotcms-blog": f"{d:%d} {ABBR[d.month - 1]} {d.year}",
        "aem-core-components": f"{d:%d/%m}/{year}",
        "duda-blog": f"{d.day} {THAI_MONTHS[d.month - 1]} {year}",
    }.get(name) or intended_date(name, article)


def test_the_blind4_half_has_twelve_families_and_imports_no_extraction() -> None:
    check_blind_half("blind4", NAMES)


@pytest.mark.parametrize("family", BLIND4, ids=lambda f: f.name)
def test_blind4_pages_hold_headline_body_and_the_articles_date(family) -> None:
    check_family_pages(family, intended_date, neighbour_date)


def test_machine_only_instants_stay_in_attributes() -> None:
    """Textpattern's and Jekyll's ISO instants are attributes, never visible text."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND4}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        iso = day_of(article).isoformat()
        for name in ("textpattern-article-blind4", "jekyll-minima-blind4"):
            page = _Page()
            page.feed(families[name].render(article, related))
            assert iso not in "\n".join(page.texts)
            assert any(iso in a.values() for a in page.attrs)


def test_the_wrong_json_ld_dates_are_not_the_articles() -> None:
    """Pimcore's and Duda's JSON-LD carry a creation/import date, never the article's."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND4}
    for index, article in enumerate(articles[:20]):
        for name in ("pimcore-news-blind4", "duda-blog-blind4"):
            page = _Page()
            page.feed(families[name].render(article, related_for(articles, index)))
            (ld,) = [
                json.loads(t) for a, t in page.scripts if a.get("type") == "application/ld+json"
            ]
            assert ld["headline"] == article.title
            assert not ld["datePublished"].startswith(article.date)
