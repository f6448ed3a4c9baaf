"""The blind half of the zoo (bench/zoo_blind.py) renders well-formed pages that hold what
the extraction benchmark scores: the headline as one text node, every body line, and the
article's own date in the family's format, among other articles' headlines.

Deliberately made of the standard library's HTML tokenizer and nothing of khao's
extraction: the blind families stay unmeasured until the benchmark's one run
(bench/extraction.py --half blind).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bench.zoo import ABBR, THAI_MONTHS, WEEKDAYS, ZOO, be, body_lines, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from tests.zoo_page_parser import PageParser as _Page

BLIND = [f for f in ZOO if f.half == "blind"]


def intended_date(name: str, article: DemoArticle) -> str:
    """The article's own date as the family writes it, derived here independently."""
    name = name.removesuffix("-blind")  # registered with the suffix: the names are also tuned ones
    d = day_of(article)
    month, abbr, year = THAI_MONTHS[d.month - 1], ABBR[d.month - 1], be(article)
    thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    clock = f"{(d.hour + 11) % 12 + 1:02d}:{d.minute:02d}{'PM' if d.hour >= 12 else 'AM'}"
    return {
        "liferay-asset-publisher": f"{d:%d/%m}/{year} {d:%H:%M}",
        "dnn-easydnnnews": f"{d.day:02d} {month} {year}",
        "joomla4-cassiopeia": f"เผยแพร่: {d.day} {month} {year} {d:%H:%M}",
        "drupal10-olivero": f"{d.day} {abbr} {d.year} - {d:%H:%M}",
        "wp-newspaper-tagdiv": f"{d.day} {abbr}{year}",
        "moodle-site-news": f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {month} {d.year}, {clock}",
        "laravel-bs5-cards": f"โพสต์เมื่อ {d.day} {abbr} {year % 100:02d}",
        "plone-news-item": f"{d:%Y-%m-%d %H:%M}",
        "lao-announcement-files": f"วันที่ {d.day} {month} {year}".translate(thai),
        "facebook-post-embed": f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {month} {d.year}",
        "jsp-struts-frames": f"ประจำวันที่ {d.day:02d} {abbr} {d.year}",
        "wix-blog": f"{d.day} {abbr} {year}",
    }[name]


def neighbour_date(name: str, article: DemoArticle) -> str:
    """How the family dates OTHER articles in its side boxes."""
    name = name.removesuffix("-blind")
    d = day_of(article)
    abbr, year = ABBR[d.month - 1], be(article)
    thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    return {
        "liferay-asset-publisher": f"{d:%d/%m}/{year}",
        "joomla4-cassiopeia": f"{d.day} {abbr} {year}",
        "drupal10-olivero": f"{d.day} {abbr} {d.year}",
        "moodle-site-news": f"{d.day} {abbr}, {d:%H:%M}",
        "plone-news-item": f"{d:%Y-%m-%d}",
        "lao-announcement-files": f"{d.day} {abbr} {year % 100:02d}".translate(thai),
        "jsp-struts-frames": f"{d.day:02d} {abbr} {d.year}",
    }.get(name) or intended_date(name, article).removeprefix("โพสต์เมื่อ ")


def test_the_blind_half_has_at_least_eight_families_and_imports_no_extraction() -> None:
    assert len(BLIND) >= 8
    assert {f.name.removesuffix("-blind") for f in BLIND} == {
        "liferay-asset-publisher", "dnn-easydnnnews", "joomla4-cassiopeia", "drupal10-olivero",
        "wp-newspaper-tagdiv", "moodle-site-news", "laravel-bs5-cards", "plone-news-item",
        "lao-announcement-files", "facebook-post-embed", "jsp-struts-frames", "wix-blog",
    }  # fmt: skip
    blind = sys.modules["bench.zoo_blind"]  # loaded by bench.zoo (importing it first loops)
    assert blind.__doc__ and "never ran any extraction" in blind.__doc__
    # rendering the zoo pulls in nothing of the extractor (this file imports none of it)
    probe = "import sys, bench.zoo, bench.zoo_blind; print(sorted(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent.parent).stdout  # fmt: skip
    for module in ("crawler.extract", "pipelines.thai_dates", "pipelines.thai_text", "pipelines"):
        assert f"'{module}'" not in loaded, module


@pytest.mark.parametrize("family", BLIND, ids=lambda f: f.name)
def test_blind_pages_hold_headline_body_and_the_articles_date(family) -> None:
    articles = list(bundled_articles())[::10]
    assert len(articles) >= 20
    for index, article in enumerate(articles):
        related = related_for(articles, index)
        html = family.render(article, related)
        page = _Page()
        page.feed(html)
        page.close()
        where = (family.name, article.key)
        assert not page.errors and not page.stack, (where, page.errors[:3], page.stack)
        text = "\n".join(page.texts)
        assert article.title.strip() in page.texts, where  # a text node of its own
        for line in body_lines(article):
            assert line.strip() in text, (where, line[:40])
        assert day_of(article).date() == date.fromisoformat(article.date)
        assert intended_date(family.name, article) in text, (
            where,
            intended_date(family.name, article),
        )
        neighbours = [neighbour_date(family.name, r) for r in related]
        assert any(n in text for n in neighbours), (where, neighbours)
        assert sum(r.title.strip() in text for r in related) >= 3, where
        assert family.url(article).startswith("http")
