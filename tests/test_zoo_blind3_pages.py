"""The blind3 half of the zoo (bench/zoo_blind3.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines and dates.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind3 families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind3).
"""

from __future__ import annotations

import json
from datetime import UTC

import pytest

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, ZOO, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import THAI_DIGITS as THAI
from tests.zoo_page_parser import PageParser as _Page
from tests.zoo_page_parser import check_blind_half, check_family_pages

BLIND3 = [f for f in ZOO if f.half == "blind3"]
NAMES = {
    "xoops-news", "mambo-content", "php-fusion-news", "e107-news", "silverstripe-newspage",
    "contao-newsreader", "bitrix-news-detail", "webflow-cms", "tilda-blocks", "hubspot-blog",
    "grav-quark", "october-rainlab-blog",
}  # fmt: skip
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def intended_date(name: str, article: DemoArticle) -> str:
    """The article's own date as the family prints it, derived here independently."""
    name = name.removesuffix("-blind3")
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], d.year + 543
    return {
        "xoops-news": f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}",
        "mambo-content": f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {month} {d.year} {d:%H:%M}",
        "php-fusion-news": f"{month} {d.day:02d} {d.year} {d:%H:%M:%S}",
        "e107-news": f"{d.day} {month} {year} - {d:%H:%M}".translate(THAI),
        "silverstripe-newspage": f"วันที่ลงข่าว: {d:%d/%m}/{year}",
        "contao-newsreader": f"{d:%d.%m.%Y %H:%M}",
        "bitrix-news-detail": f"{d.day} {abbr} {year}",
        "webflow-cms": f"{EN_ABBR[d.month - 1]} {d.day}, {d.year}",
        "tilda-blocks": f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {abbr} {year} เวลา {d:%H.%M} น.",
        "hubspot-blog": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "grav-quark": f"{_ordinal(d.day)} {EN_ABBR[d.month - 1]} {d.year}",
        "october-rainlab-blog": f"เมื่อ {d:%Y-%m-%d %H:%M}",
    }[name]


def neighbour_date(name: str, article: DemoArticle) -> str:
    """How the family dates OTHER articles in its boxes."""
    name = name.removesuffix("-blind3")
    d = day_of(article)
    year = d.year + 543
    return {
        "xoops-news": f"({d.year}/{d.month}/{d.day})",
        "mambo-content": f"{d:%d/%m/%Y}",
        "php-fusion-news": f"[{d:%d.%m.%y}]",
        "e107-news": f"{d.day} {ABBR[d.month - 1]} {year % 100:02d}".translate(THAI),
        "silverstripe-newspage": f"{d:%d/%m}/{year}",
        "contao-newsreader": f"{d:%d.%m.%Y}",
        "tilda-blocks": f"{d:%d.%m.%Y}",
        "october-rainlab-blog": f"{d:%Y-%m-%d}",
    }.get(name) or intended_date(name, article)


def dated_neighbours(name: str, related: list[DemoArticle]) -> list[DemoArticle]:
    """Mambo's newsflash (the first) and Grav's prev/next link (the fourth) carry no date."""
    if name == "mambo-content-blind3":
        return related[1:]
    if name == "grav-quark-blind3":
        return related[:3]
    return related


def test_the_blind3_half_has_twelve_families_and_imports_no_extraction() -> None:
    check_blind_half("blind3", NAMES)


@pytest.mark.parametrize("family", BLIND3, ids=lambda f: f.name)
def test_blind3_pages_hold_headline_body_and_the_articles_date(family) -> None:
    check_family_pages(
        family,
        intended_date,
        neighbour_date,
        dated=dated_neighbours,
        schemes=("https://", "http://"),
    )


def test_machine_only_instants_stay_in_attributes() -> None:
    """Grav's ISO instant and HubSpot's UTC stamp are attributes, never visible text."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND3}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        page = _Page()
        page.feed(families["grav-quark-blind3"].render(article, related))
        iso = day_of(article).isoformat()
        assert iso not in "\n".join(page.texts)
        assert any(iso in a.values() for a in page.attrs)
        page = _Page()
        page.feed(families["hubspot-blog-blind3"].render(article, related))
        stamp = day_of(article).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        assert stamp not in "\n".join(page.texts)
        assert {"datetime": stamp, "class": "blog-post__timestamp"} in page.attrs


def test_the_october_json_ld_names_only_the_organisation() -> None:
    article = list(bundled_articles())[3]
    families = {f.name: f for f in BLIND3}
    page = _Page()
    page.feed(
        families["october-rainlab-blog-blind3"].render(article, related_for([article] * 5, 0))
    )
    (ld,) = [json.loads(t) for a, t in page.scripts if a.get("type") == "application/ld+json"]
    assert ld["@type"] == "GovernmentOrganization" and article.title not in json.dumps(ld)
