"""The blind5 half of the zoo (bench/zoo_blind5.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines and dates.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind5 families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind5).
"""

from __future__ import annotations

import json

import pytest

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, ZOO, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import THAI_DIGITS as THAI
from tests.zoo_page_parser import PageParser as _Page
from tests.zoo_page_parser import check_blind_half, check_family_pages

BLIND5 = [f for f in ZOO if f.half == "blind5"]
NAMES = {
    "django-cms-newsblog", "processwire-news", "kirby-note", "statamic-peak",
    "movabletype-classic", "serendipity-default", "php-nuke-news", "backdrop-basis",
    "mura-page", "nukeviet-news", "optimizely-alloy", "sulu-article",
}  # fmt: skip
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
VI_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def intended_date(name: str, article: DemoArticle) -> str:
    """The article's own date as the family prints it, derived here independently."""
    name = name.removesuffix("-blind5")
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], d.year + 543
    weekday = WEEKDAYS[d.weekday()]
    return {
        "django-cms-newsblog": f"{d.day} {month} {d.year}, {d.hour}:{d:%M}",
        "processwire-news": f"วันที่ {d.day} {abbr} {year % 100:02d} เวลา {d:%H.%M} น.",
        "kirby-note": f"โพสต์เมื่อ {d.day} {month} {year}".translate(THAI),
        "statamic-peak": f"{weekday} {d.day} {abbr} {d.year} {d:%H:%M} น.",
        "movabletype-classic": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "serendipity-default": f"{weekday}, {d.day} {month} {d.year}",
        "php-nuke-news": f"วัน{weekday}ที่ {d:%d} {month} {year} @ {d:%H:%M:%S}",
        "backdrop-basis": f"{EN_DAYS[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {d:%H:%M}",
        "mura-page": f"วัน{weekday}ที่ {d.day} {month} พ.ศ. {year}",
        "nukeviet-news": f"{VI_DAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M}",
        "optimizely-alloy": f"{d.day}/{d.month}/{year} {d.hour}:{d:%M}",
        "sulu-article": f"วัน{weekday}ที่ {d.day} {month} ค.ศ. {d.year}",
    }[name]


def neighbour_date(name: str, article: DemoArticle) -> str:
    """How the family dates OTHER articles in its boxes."""
    name = name.removesuffix("-blind5")
    d = day_of(article)
    abbr, year = ABBR[d.month - 1], d.year + 543
    return {
        "django-cms-newsblog": f"{d.day} {abbr} {d.year}",
        "processwire-news": f"{d.day} {abbr} {year % 100:02d}",
        "kirby-note": f"{d.day} {abbr} {year}".translate(THAI),
        "statamic-peak": f"{d.day} {abbr} {d.year}",
        "serendipity-default": f"{d:%d.%m.%Y}",
        "php-nuke-news": f"({d:%d/%m}/{year})",
        "backdrop-basis": f"{d.day} {abbr} {year}",
        "mura-page": f"{d.day} {abbr} {year}",
        "nukeviet-news": f"({d:%d/%m/%Y})",
        "optimizely-alloy": f"{d.day}/{d.month}/{year}",
        "sulu-article": f"{d.day} {abbr} {d.year}",
    }.get(name) or intended_date(name, article)


def test_the_blind5_half_has_twelve_families_and_imports_no_extraction() -> None:
    check_blind_half("blind5", NAMES)


@pytest.mark.parametrize("family", BLIND5, ids=lambda f: f.name)
def test_blind5_pages_hold_headline_body_and_the_articles_date(family) -> None:
    check_family_pages(family, intended_date, neighbour_date)


def test_machine_only_instants_stay_in_attributes() -> None:
    """Kirby's and NukeViet's ISO instants are attributes or JSON-LD, never visible text."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND5}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        iso = day_of(article).isoformat()
        for name in ("kirby-note-blind5", "nukeviet-news-blind5"):
            page = _Page()
            page.feed(families[name].render(article, related))
            assert iso not in "\n".join(page.texts)
            assert any(iso in a.values() for a in page.attrs)


def test_the_json_ld_is_right_on_some_sites_and_wrong_on_optimizely() -> None:
    """Statamic's and NukeViet's JSON-LD carry the article's date; Optimizely's carries the
    page's later "Changed" date, never the article's."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND5}
    for index, article in enumerate(articles[:20]):
        for name in ("statamic-peak-blind5", "nukeviet-news-blind5", "optimizely-alloy-blind5"):
            page = _Page()
            page.feed(families[name].render(article, related_for(articles, index)))
            (ld,) = [
                json.loads(t) for a, t in page.scripts if a.get("type") == "application/ld+json"
            ]
            assert ld["headline"] == article.title
            right = ld["datePublished"].startswith(article.date)
            assert right == (name != "optimizely-alloy-blind5"), name


def test_wrong_visible_dates_are_another_day() -> None:
    """Mura's "ปรับปรุงล่าสุด" and Sulu's and PHP-Nuke's site clocks are visible, in the same
    format as the article's date, and never the article's day."""
    articles = list(bundled_articles())[::10]
    families = {f.name: f for f in BLIND5}
    for index, article in enumerate(articles[:20]):
        related = related_for(articles, index)
        for name, marker in (("mura-page-blind5", "ปรับปรุงล่าสุด: วัน"),
                             ("sulu-article-blind5", "ค.ศ. 2026"),
                             ("php-nuke-news-blind5", "29 พฤศจิกายน 2569")):  # fmt: skip
            page = _Page()
            page.feed(families[name].render(article, related))
            text = "\n".join(page.texts)
            assert marker in text, name
            assert text.count(intended_date(name, article)) == 1, name
