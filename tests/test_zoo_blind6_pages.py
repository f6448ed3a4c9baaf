"""The blind6 half of the zoo (bench/zoo_blind6.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines and dates.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind6 families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind6).
"""

from __future__ import annotations

import json

import pytest

from bench.zoo import ABBR, THAI_MONTHS, ZOO, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import THAI_DIGITS as THAI
from tests.zoo_page_parser import PageParser as _Page
from tests.zoo_page_parser import check_blind_half, check_family_pages

BLIND6 = [f for f in ZOO if f.half == "blind6"]
NAMES = {
    "maxsite-news", "lotus-domino-nsf", "coldfusion-cfm", "classic-asp", "frontpage-font",
    "webcenter-sites", "websphere-portal", "gatsby-blog", "angular-universal", "express-ejs",
    "flask-jinja", "adobe-muse",
}  # fmt: skip
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def intended_date(name: str, article: DemoArticle) -> str:
    """The article's own date as the family prints it, derived here independently."""
    name = name.removesuffix("-blind6")
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], d.year + 543
    twelve = f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    return {
        "maxsite-news": f"[ ข่าวเมื่อ : {d.day} {abbr} {year % 100:02d} ]",
        "lotus-domino-nsf": f"{d:%d/%m}/{year} {d:%H:%M:%S}",
        "coldfusion-cfm": f"Posted: {d:%d} {EN_ABBR[d.month - 1]} {d.year} {twelve}",
        "classic-asp": f"วันที่ลงข่าว : {d.day}/{d.month}/{year} {d.hour}:{d:%M:%S}",
        "frontpage-font": f"วันที่ {d.day} {month} {year}".translate(THAI),
        "webcenter-sites": f"เผยแพร่ : {d:%d} {abbr} {year} {d:%H:%M}",
        "websphere-portal": f"วันที่เผยแพร่ {d.day}/{d.month}/{year % 100:02d} {d:%H:%M}",
        "gatsby-blog": f"{d.day} {month} {d.year} · อ่าน",
        "angular-universal": f"{d.day} {abbr} {d.year} {d:%H:%M:%S}",
        "express-ejs": f"โพสต์เมื่อ {d:%d} {abbr} {year} {d:%H:%M}",
        "flask-jinja": f"โพสต์เมื่อ {d:%d/%m/%Y %H:%M}",
        "adobe-muse": f"{d.day} {abbr} {year % 100:02d}",
    }[name]


def neighbour_date(name: str, article: DemoArticle) -> str:
    """How the family dates OTHER articles in its boxes."""
    name = name.removesuffix("-blind6")
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], d.year + 543
    return {
        "maxsite-news": f"({d.day} {abbr} {year % 100:02d})",
        "lotus-domino-nsf": f"{d:%d/%m}/{year}",
        "coldfusion-cfm": f"{d:%d} {EN_ABBR[d.month - 1]} {d.year}",
        "classic-asp": f"[{d.day}/{d.month}/{year}]",
        "frontpage-font": f"({d.day} {month} {year})".translate(THAI),
        "webcenter-sites": f"{d:%d} {abbr} {year}",
        "websphere-portal": f"{d.day}/{d.month}/{year % 100:02d}",
        "gatsby-blog": f"{d.day} {month} {d.year}",
        "angular-universal": f"{d.day} {abbr} {d.year}",
        "express-ejs": f"{d:%d} {abbr} {year} {d:%H:%M}",
        "flask-jinja": f"{d:%d/%m/%Y}",
        "adobe-muse": f"{d.day} {abbr} {year % 100:02d}",
    }[name]


def test_the_blind6_half_has_twelve_families_and_imports_no_extraction() -> None:
    check_blind_half("blind6", NAMES)


@pytest.mark.parametrize("family", BLIND6, ids=lambda f: f.name)
def test_blind6_pages_hold_headline_body_and_the_articles_date(family) -> None:
    check_family_pages(family, intended_date, neighbour_date, list_date_within=True)


def test_machine_only_instants_stay_in_attributes_or_scripts() -> None:
    """WebCenter's, Gatsby's and Angular's ISO instants are in attributes or scripts only."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND6}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        iso = day_of(article).isoformat()
        for name in ("webcenter-sites-blind6", "gatsby-blog-blind6", "angular-universal-blind6"):
            page = _Page()
            page.feed(families[name].render(article, related))
            assert iso not in "\n".join(page.texts), name
            in_attrs = any(iso in a.values() for a in page.attrs)
            assert in_attrs or any(iso in t for _, t in page.scripts), name


def test_the_json_ld_is_right_where_present() -> None:
    """WebCenter's and Gatsby's JSON-LD carry the article's headline and date."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND6}
    for index, article in enumerate(articles[:20]):
        for name in ("webcenter-sites-blind6", "gatsby-blog-blind6"):
            page = _Page()
            page.feed(families[name].render(article, related_for(articles, index)))
            (ld,) = [
                json.loads(t) for a, t in page.scripts if a.get("type") == "application/ld+json"
            ]
            assert ld["headline"] == article.title
            assert ld["datePublished"].startswith(article.date)


def test_later_visible_dates_are_another_day() -> None:
    """Domino's "แก้ไขล่าสุดโดย ... เมื่อ", Express's "แก้ไขล่าสุด" and Flask's "ปรับปรุงล่าสุด"
    are visible, in the same format as the article's date, and never the article's day."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND6}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        d = day_of(article)
        for name, marker, own_day in (
            ("lotus-domino-nsf-blind6", "/O=MOF เมื่อ ", f"{d:%d/%m}/{d.year + 543}"),
            ("express-ejs-blind6", "แก้ไขล่าสุด ", f"{d:%d} {ABBR[d.month - 1]} {d.year + 543}"),
            ("flask-jinja-blind6", "ปรับปรุงล่าสุด ", f"{d:%d/%m/%Y}"),
        ):
            page = _Page()
            page.feed(families[name].render(article, related))
            text = "\n".join(page.texts)
            assert intended_date(name, article) in text, name
            later = text.split(marker, 1)[1][:20]
            assert later[:2].isdigit() and not later.startswith(own_day), (name, later)
