"""Issue 6: a researcher in a real browser (Debian's chromium, headless, via Playwright):
opens `khao serve`, searches a Thai word, sees the article, opens a facet."""

from __future__ import annotations

import shutil
import subprocess
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from testbed.served import khao_serve
from tests.conftest import ROOT
from tests.storefill import fill

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; installed by scripts/ensure_system_deps.sh when missing."""
    if not Path(CHROMIUM).exists():
        subprocess.run(["bash", str(ROOT / "scripts" / "ensure_system_deps.sh")], check=True)
    assert Path(CHROMIUM).exists() or shutil.which("chromium"), "chromium could not be installed"
    return CHROMIUM


@pytest.fixture
def page(chromium: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(15_000)
            yield page
        finally:
            browser.close()


def test_search_a_thai_word_then_open_a_facet(page: object, tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    items = fill(db, 60)
    target = next(i for i in items if "ลงพื้นที่" in i.title)  # a word a researcher types
    with khao_serve(db) as base:
        page.goto(base + "/")  # type: ignore[attr-defined]
        assert "ข่าวประชาสัมพันธ์หน่วยงานรัฐ" in page.content()  # type: ignore[attr-defined]
        page.click("a:has-text('khao')")  # type: ignore[attr-defined]  # the database page
        page.click("text=ค้นหาข่าว")  # type: ignore[attr-defined]  # the saved search query
        page.fill("input[name=q]", "ลงพื้นที่")  # type: ignore[attr-defined]
        page.click("input[type=submit]")  # type: ignore[attr-defined]
        page.wait_for_selector("mark")  # type: ignore[attr-defined]
        assert page.is_visible(f"text={target.title}")  # type: ignore[attr-defined]
        assert page.inner_text("mark") == "ลงพื้นที่"  # type: ignore[attr-defined]

        page.goto(base + "/khao/articles_view")  # type: ignore[attr-defined]
        page.click(".facet-info[data-column=agency] a:has-text('สพฐ.')")  # type: ignore[attr-defined]
        page.wait_for_url("**agency=*")  # type: ignore[attr-defined]
        url = urllib.parse.unquote(page.url)  # type: ignore[attr-defined]
        assert "agency=สพฐ." in url
        assert "30 rows" in page.inner_text("h3")  # type: ignore[attr-defined]
        agencies = page.locator("td.col-agency").all_inner_texts()  # type: ignore[attr-defined]
        assert agencies and set(agencies) == {"สพฐ."}
