"""The blind4 half of the zoo (bench/zoo_blind4.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines and dates.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind4 families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind4).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, ZOO, body_lines, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import THAI_DIGITS as THAI
from tests.zoo_page_parser import PageParser as _Page

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
    assert len(BLIND4) == 12
    assert {f.name.removesuffix("-blind4") for f in BLIND4} == NAMES
    assert all(f.name.endswith("-blind4") for f in BLIND4)
    # appended at the end of the zoo, before only the later blind5 and blind6 halves
    assert [f for f in ZOO if f.half not in ("blind5", "blind6")][-len(BLIND4) :] == BLIND4
    blind4 = sys.modules["bench.zoo_blind4"]  # loaded by bench.zoo
    assert blind4.__doc__ and "never ran any extraction" in blind4.__doc__
    # rendering the zoo pulls in nothing of the extractor (this file imports none of it)
    probe = "import sys, bench.zoo, bench.zoo_blind4; print(sorted(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent.parent).stdout  # fmt: skip
    for module in ("crawler.extract", "pipelines.thai_dates", "pipelines.thai_text", "pipelines"):
        assert f"'{module}'" not in loaded, module


@pytest.mark.parametrize("family", BLIND4, ids=lambda f: f.name)
def test_blind4_pages_hold_headline_body_and_the_articles_date(family) -> None:
    articles = list(bundled_articles())[::10]
    assert len(articles) >= 20
    different = 0
    for index, article in enumerate(articles):
        related = related_for(articles, index)
        html = family.render(article, related)
        page = _Page()
        page.feed(html)
        page.close()
        where = (family.name, article.key)
        assert not page.errors and not page.stack, (where, page.errors[:3], page.stack)
        text = "\n".join(page.texts)
        assert article.title.strip() in page.texts, where  # visible, a text node of its own
        for line in body_lines(article):
            assert line.strip() in text, (where, line[:40])
        assert day_of(article).date() == date.fromisoformat(article.date)
        own = intended_date(family.name, article)
        assert own in text, (where, own)
        # the corpus has runs of same-day articles: only neighbours of another day count
        others = [neighbour_date(family.name, r) for r in related if r.date != article.date]
        assert not others or any(n in text for n in others), (where, others)
        different += bool(others)
        assert sum(r.title.strip() in text for r in related) >= 2, where
        assert family.url(article).startswith("https://")
        if family.hints(article).list_date:
            assert family.hints(article).list_date == own
    assert different >= 20  # pages with another day's date beside the article's


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
