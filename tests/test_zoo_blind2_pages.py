"""The blind2 half of the zoo (bench/zoo_blind2.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines and dates.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind2 families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind2).
"""

from __future__ import annotations

import json
import re
from datetime import UTC

import pytest

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, ZOO, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import THAI_DIGITS as THAI
from tests.zoo_page_parser import PageParser as _Page
from tests.zoo_page_parser import check_blind_half, check_family_pages

BLIND2 = [f for f in ZOO if f.half == "blind2"]
NAMES = {
    "odoo-website-blog", "concrete5-page-list", "typo3-tx-news", "sharepoint2013-publishing",
    "ghost-casper", "hugo-taxonomy", "modx-revolution", "nextjs-headless", "nuxt2-vuetify",
    "phpbb-announcement-board", "sitecore-sxa", "weebly-blog",
}  # fmt: skip
# families that date only the first three related articles (the fourth is a prev/next link)
DATED_FIRST_THREE = {"concrete5-page-list-blind2", "ghost-casper-blind2", "hugo-taxonomy-blind2"}
WEEKDAY_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def intended_date(name: str, article: DemoArticle) -> str:
    """The article's own date as the family prints it, derived here independently."""
    name = name.removesuffix("-blind2")
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], d.year + 543
    hour12 = f"{d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
    return {
        "odoo-website-blog": f"{d.day} {abbr} {d.year}",
        "concrete5-page-list": f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {month} {year}",
        "typo3-tx-news": f"{d.day} {month} พ.ศ. {year}",
        "sharepoint2013-publishing": f"{d.day}/{d.month}/{year}",
        "ghost-casper": f"{d.day} {month} {d.year}",
        "hugo-taxonomy": f"{d.day} {month} {year}",
        "modx-revolution": f"{d.day} {abbr} {year}".translate(THAI),
        "nextjs-headless": f"{d.day} {abbr} {year}",  # after "โพสต์เมื่อ" and a React comment
        "nuxt2-vuetify": f"{d.day:02d} {abbr} {year % 100:02d} เวลา {d:%H.%M} น.",
        "phpbb-announcement-board": f"{WEEKDAY_ABBR[d.weekday()]} {abbr} {d.day:02d}, {d.year} {hour12}",
        "sitecore-sxa": f"{d.day:02d} {month} {year}",
        "weebly-blog": f"{d.day}/{d.month}/{d.year}",
    }[name]


def neighbour_date(name: str, article: DemoArticle) -> str:
    """How the family dates OTHER articles in its boxes."""
    name = name.removesuffix("-blind2")
    d = day_of(article)
    year = d.year + 543
    return {
        "concrete5-page-list": f"{d:%d/%m}/{year}",
        "typo3-tx-news": f"{d:%d.%m.%Y}",
        "hugo-taxonomy": f"{d:%Y-%m-%d}",
        "nuxt2-vuetify": f"{d.day:02d} {ABBR[d.month - 1]} {year % 100:02d}",
        "weebly-blog": f"({d.day}/{d.month}/{d.year})",
    }.get(name) or intended_date(name, article)


def test_the_blind2_half_has_twelve_families_and_imports_no_extraction() -> None:
    check_blind_half("blind2", NAMES)


@pytest.mark.parametrize("family", BLIND2, ids=lambda f: f.name)
def test_blind2_pages_hold_headline_body_and_the_articles_date(family) -> None:
    check_family_pages(
        family,
        intended_date,
        neighbour_date,
        dated=lambda name, related: related[:3] if name in DATED_FIRST_THREE else related,
    )


def test_the_script_states_parse_and_repeat_the_article() -> None:
    """The Next.js and Nuxt pages carry the article in their serialised state too."""
    article = list(bundled_articles())[3]
    related = related_for(list(bundled_articles()), 3)
    families = {f.name: f for f in BLIND2}
    page = _Page()
    page.feed(families["nextjs-headless-blind2"].render(article, related))
    (data,) = [json.loads(t) for a, t in page.scripts if a.get("id") == "__NEXT_DATA__"]
    attributes = data["props"]["pageProps"]["article"]["attributes"]
    assert attributes["title"] == article.title
    published = day_of(article).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert attributes["publishedAt"] == published
    page = _Page()
    page.feed(families["nuxt2-vuetify-blind2"].render(article, related))
    (state,) = [t for _, t in page.scripts if t.startswith("window.__NUXT__=")]
    news = json.loads(re.search(r"\{news:(\{.*?\}),others:", state).group(1))
    assert news["title"] == article.title
    assert news["created_at"] == f"{day_of(article):%Y-%m-%d %H:%M:%S}"


def test_the_machine_only_iso_date_is_never_visible() -> None:
    """Hugo puts 2024-03-05T10:22:00+07:00 in attributes only; Sitecore's JSON-LD is wrong."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND2}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        page = _Page()
        page.feed(families["hugo-taxonomy-blind2"].render(article, related))
        iso = day_of(article).isoformat()
        assert iso not in "\n".join(page.texts)
        assert any(iso in a.values() for a in page.attrs)
        page = _Page()
        page.feed(families["sitecore-sxa-blind2"].render(article, related))
        (ld,) = [json.loads(t) for a, t in page.scripts if a.get("type") == "application/ld+json"]
        assert ld["datePublished"][:10] != article.date  # the item's creation, the day before
