"""Recorded pages of the zoo's fresh families (bench/zoo_fresh.py) and of the second and third
tuning rounds (bench/zoo_tuning2.py, bench/zoo_tuning3.py), one real thaigov article each, with the expected output written from the SOURCE text (not from khao's output): the
headline, the calendar day and the body, line for line, after khao's clean stage.

The pages are frozen copies, so a later change to the zoo does not change what is checked.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bench.extraction import khao_item
from bench.zoo import FAMILIES, Hints
from pipelines.thai_dates import BANGKOK

RECORDED = Path(__file__).parent / "fixtures" / "zoo"
FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=BANGKOK)
NAMES = sorted(p.name.removesuffix(".html") for p in RECORDED.glob("*.html"))


class _Recorded:
    """What bench.extraction.khao_item reads of a page."""

    def __init__(self, url: str, html: str, hints: Hints) -> None:
        self.url, self.html, self.hints = url, html, hints


def test_every_fresh_family_has_a_recorded_page() -> None:
    fresh = sorted(
        name
        for name, family in FAMILIES.items()
        if family.half == "fresh"
        or family.render.__module__ in ("bench.zoo_tuning2", "bench.zoo_tuning3")
    )
    assert fresh and fresh == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_recorded_page_gives_the_source_title_day_and_text(name: str) -> None:
    want = json.loads((RECORDED / f"{name}.expected.json").read_text("utf-8"))
    html = (RECORDED / f"{name}.html").read_text("utf-8")
    page = _Recorded(want["url"], html, Hints(want["hint_title"], want["list_date"]))
    item = khao_item(page, FETCHED)  # type: ignore[arg-type]
    assert item.title == want["title"]
    assert item.published_at and item.published_at[:10] == want["published_at_day"]
    assert item.body.split("\n") == want["body"]
