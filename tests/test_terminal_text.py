"""Issue 13: what a website or the database says is printed as text, never read as terminal
markup (a ``Content-Type: application/[/x]`` answer used to end `khao crawl` in a Rich
MarkupError before --alerts ran, and to break `khao status`)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from crawler.demo.corpus import demo_articles
from crawler.demo.mirror import MirrorServer, OldPhpSite, Reply, StaticSite
from crawler.runner import CrawlSummary
from crawler.sources import Source, SourceList
from khao.display import check_table, sources_table, status_table, summary_table
from khao.sources_check import CheckResult
from pipelines.storage import Store
from tests.conftest import run_khao
from tests.crawl_helpers import last_runs, write_sources

MARKUP = "application/[/x] [bold]not bold[/bold] [link=file:///etc]x[/link] :thumbs_up: \\"


def flat(text: str) -> str:
    """Terminal output without the line breaks and borders a Rich table folds text with."""
    return re.sub(r"[\s│┃|]+", "", text)


def rendered(renderable: object) -> str:
    console = Console(record=True, width=300, highlight=False, emoji=False)
    console.print(renderable)
    return console.export_text()


def test_every_table_prints_web_and_database_text_as_written() -> None:
    result = SimpleNamespace(source_id="s[/x]", status="partial", new=1, updated=0, unchanged=0,
                             failed=1, pages=2, message=MARKUP)  # fmt: skip
    summary = CrawlSummary(run_id="[/run]", results=[result])  # type: ignore[list-item]
    row = {"source_id": "s[/x]", "agency": "[red]", "hours_since_last_run": 1.0,
           "last_status": "partial", "last_run_new": 1, "hours_since_new_article": None,
           "articles": 3, "last_error": MARKUP}  # fmt: skip
    check = CheckResult("s[/x]", "listing", "blocked", MARKUP)
    source = Source(id="s[/x]", name="[/name]", kind="listing", url="http://127.0.0.1/[/u]",
                    agency="[/a]")  # fmt: skip
    for table in (summary_table(summary), status_table([row], "[/db].db"),
                  check_table([check], "[/path]"), sources_table(SourceList([source], [], "[/p]"))):  # fmt: skip
        text = flat(rendered(table))
        assert "[/x]" in text or "[/u]" in text, text
    assert flat(MARKUP) in flat(rendered(summary_table(summary)))
    assert flat(MARKUP)[:60] in flat(rendered(status_table([row], "x")))
    assert flat(MARKUP) in flat(rendered(check_table([check], "x")))


def test_status_prints_a_stored_error_with_markup_as_text(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    store = Store(db)
    store.sync_sources([{"id": "weird", "name": "[/name]", "agency": "[bold]สพฐ.",
                         "kind": "listing", "url": "http://127.0.0.1/"}])  # fmt: skip
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO crawl_runs (run_id, source_id, started_at, status,"
                     " error_message) VALUES ('r1', 'weird', '2024-01-01T00:00:00+00:00',"
                     " 'partial', ?)", ["not_html: the link is a application/[/x] file"])  # fmt: skip
    result = run_khao("status", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "application/[/x]" in flat(result.stdout) and "[bold]สพฐ." in result.stdout


@pytest.mark.slow
def test_crawl_with_a_markup_content_type_prints_it_and_still_runs_the_alerts(
    tmp_path: Path,
) -> None:
    (article,) = demo_articles(1)
    site = OldPhpSite("markup", [article])
    listing = StaticSite("m", {"news.html": (
        f'<html><body><a class="news" href="/markup/view.php?p={article.number}">ข่าว</a>'
        '<a class="news" href="/markup/file">ไฟล์</a></body></html>')})  # fmt: skip
    weird = Reply(body=b"data", content_type="application/[/x]")
    original = site.handle
    site.handle = lambda path, query: (  # type: ignore[method-assign]
        listing.handle(path, query) if path == "news.html"
        else weird if path == "file" else original(path, query)
    )  # fmt: skip
    server = MirrorServer([site]).start()
    try:
        sources = write_sources(tmp_path / "sources.yaml", server, """
  - id: markup
    name: markup
    url: ${MIRROR}/markup/news.html
    kind: listing
    link_selector: "a.news"
    title_selector: "td.topic"
    body_selector: "td.detail p"
    autothrottle: false
""", demo=False)  # fmt: skip
        rules = tmp_path / "alerts.yaml"
        rules.write_text(
            "defaults:\n  first_run_lookback_hours: 1000000\nrules:\n  - name: ทุกข่าว\n    source: markup\n",
            encoding="utf-8",
        )  # articles of any date
        db = tmp_path / "khao.db"
        result = run_khao("crawl", "--db", str(db), "--sources", str(sources),
                          "--alerts", str(rules))  # fmt: skip
    finally:
        server.stop()
    out = result.stdout + result.stderr
    assert "MarkupError" not in out and "Traceback" not in out, out[-2000:]
    assert result.returncode == 0, out[-2000:]
    assert "khao alerts: 1 rules, 1 new matches" in out  # --alerts ran after the crawl
    assert "application/[/x]" in flat(out), out
    assert last_runs(db)["markup"]["errors"] == {"not_html": 1}
