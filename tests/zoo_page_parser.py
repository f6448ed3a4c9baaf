"""The standard library's HTML tokenizer, for the blind zoo halves' page tests
(tests/test_zoo_blind*_pages.py): nothing of khao's extraction, so those halves stay
unmeasured until their one benchmark run. Also the checks every blind half's tests share."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from bench.zoo import BLIND_HALVES, ZOO, Family, body_lines, day_of, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


class PageParser(HTMLParser):
    """Text nodes outside scripts and styles, scripts apart, every tag's attributes, and
    every tag closed in order (the templates never lean on implied ends)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.texts: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self.attrs: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.attrs.append(dict(attrs))
        if tag not in VOID:
            self.stack.append(tag)
            if tag == "script":
                self.scripts.append((dict(attrs), ""))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.attrs.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif data.strip() and (not self.stack or self.stack[-1] != "style"):
            self.texts.append(data.strip())


# --- the checks every blind half's page tests make -------------------------------------


DateOf = Callable[[str, DemoArticle], str]


def check_blind_half(half: str, names: set[str]) -> None:
    """The half has exactly these families, sits at the end of the zoo before only the
    later blind halves, says it was written blind, and rendering it loads no extraction."""
    families = [f for f in ZOO if f.half == half]
    assert len(families) == len(names) >= 12
    assert {f.name.removesuffix(f"-{half}") for f in families} == names
    assert all(f.name.endswith(f"-{half}") for f in families)
    later = BLIND_HALVES[BLIND_HALVES.index(half) + 1 :]
    assert [f for f in ZOO if f.half not in later][-len(families) :] == families
    module = sys.modules[f"bench.zoo_{half}"]  # loaded by bench.zoo (importing it first loops)
    assert module.__doc__ and "never ran any extraction" in module.__doc__
    # rendering the zoo pulls in nothing of the extractor (this file imports none of it)
    probe = f"import sys, bench.zoo, bench.zoo_{half}; print(sorted(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent.parent).stdout  # fmt: skip
    for name in ("crawler.extract", "pipelines.thai_dates", "pipelines.thai_text", "pipelines"):
        assert f"'{name}'" not in loaded, name


def check_family_pages(
    family: Family,
    intended_date: DateOf,
    neighbour_date: DateOf,
    dated: Callable[[str, list[DemoArticle]], list[DemoArticle]] = lambda name, related: related,
    schemes: tuple[str, ...] = ("https://",),
    list_date_within: bool = False,
) -> None:
    """Every 10th bundled article's page is well-formed and holds its headline (a text node
    of its own), every body line, its own date in the family's format, another day's
    neighbour date and two related headlines. ``dated``: the neighbours that show a date;
    ``list_date_within``: the listing's date is part of the page date, not all of it."""
    articles = list(bundled_articles())[::10]
    assert len(articles) >= 20
    different = 0
    for index, article in enumerate(articles):
        related = related_for(articles, index)
        html = family.render(article, related)
        page = PageParser()
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
        shown = dated(family.name, related)
        others = [neighbour_date(family.name, r) for r in shown if r.date != article.date]
        assert not others or any(n in text for n in others), (where, others)
        different += bool(others)
        assert sum(r.title.strip() in text for r in related) >= 2, where
        assert family.url(article).startswith(schemes)
        list_date = family.hints(article).list_date
        if list_date:
            assert list_date in own if list_date_within else list_date == own
    assert different >= 20  # pages with another day's date beside the article's
