"""Terminal output: a live progress display while crawling, and the tables commands print.

Every string from a website, a sources file or the database goes into a table as a Rich
``Text``: printed as written, never read as markup (a ``Content-Type: application/[/x]``
in an error message must not end the command in a MarkupError) or emoji codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from crawler.runner import CrawlSummary
from crawler.sources import SourceList
from khao.sources_check import CheckResult
from khao.status import human

STATUS_STYLE = {"ok": "green", "partial": "yellow", "failed": "red", "config_error": "red",
                "interrupted": "red", "running": "cyan"}  # fmt: skip


def text(value: object, style: str = "") -> Text:
    """A table cell or title printed exactly as written."""
    return Text("" if value is None else str(value), style=style)


class CrawlProgress:
    """Counts articles per source; draws a rich progress display only on a terminal."""

    def __init__(self, console: Console, source_ids: list[str]) -> None:
        self.console = console
        self.enabled = console.is_terminal
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}", style="bold", markup=False),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.tasks = {sid: self.progress.add_task(sid, total=None) for sid in source_ids}

    def item(self, source_id: str) -> None:
        if source_id in self.tasks:
            self.progress.advance(self.tasks[source_id])

    def closed(self, source_id: str) -> None:
        if source_id in self.tasks:
            self.progress.update(self.tasks[source_id], description=f"{source_id} ✓")

    @contextmanager
    def running(self) -> Iterator[CrawlProgress]:
        if not self.enabled:
            yield self
            return
        with self.progress:
            yield self


def summary_table(summary: CrawlSummary) -> Table:
    table = Table(title=text(f"khao crawl {summary.run_id}"))
    for column in ("source", "status", "new", "updated", "unchanged", "failed", "pages", "why"):
        table.add_column(column, justify="right" if column in ("new", "updated", "unchanged",
                         "failed", "pages") else "left", overflow="fold")  # fmt: skip
    for r in summary.results:
        style = STATUS_STYLE.get(r.status, "")
        # a malformed sources entry has its own line before the table: not said twice
        why = "sources file error (see above)" if r.status == "config_error" else r.message
        table.add_row(text(r.source_id), text(r.status, style), str(r.new), str(r.updated),
                      str(r.unchanged), str(r.failed), str(r.pages), text(why))  # fmt: skip
    return table


def status_table(rows: list[dict[str, Any]], db: str) -> Table:
    """``khao status``: one row per source."""
    table = Table(title=text(f"khao status — {db}"))
    for column in ("source", "agency", "last run", "outcome", "walk", "new",
                   "last new article", "articles", "error"):  # fmt: skip
        table.add_column(column, overflow="fold")
    for r in rows:
        walk = "complete" if r.get("walk_complete") else "INCOMPLETE"
        table.add_row(text(r["source_id"]), text(r["agency"]), human(r["hours_since_last_run"]),
                      text(r["last_status"] or "never run"), walk, str(r["last_run_new"] or 0),
                      human(r["hours_since_new_article"]), str(r["articles"]),
                      text((r["last_error"] or "")[:80]))  # fmt: skip
    return table


CHECK_STYLE = {"ok": "green", "no items": "yellow", "blocked": "red", "unreachable": "red",
               "error": "red"}  # fmt: skip


def check_table(results: list[CheckResult], path: object) -> Table:
    """``khao sources check``: one row per source checked."""
    table = Table(title=text(f"khao sources check ({path})"))
    for column in ("source", "kind", "result", "detail"):
        table.add_column(column, overflow="fold")
    for outcome in results:
        style = CHECK_STYLE.get(outcome.result, "")
        table.add_row(text(outcome.source_id), text(outcome.kind), text(outcome.result, style),
                      text(outcome.detail))  # fmt: skip
    return table


def word_wrap(value: str, width: int) -> str:
    """``value`` in lines of at most ``width`` cells, broken between words only. Thai is
    written without spaces, so Rich would fold a name mid-syllable (สำนักงานเขตพื้นที่กา|รศึกษา):
    the words come from PyThaiNLP's tokenizer (newmm), spaces stay where they were."""
    from pythainlp.tokenize import word_tokenize
    from rich.cells import cell_len

    lines: list[str] = []
    line = ""
    for word in word_tokenize(value, engine="newmm", keep_whitespace=True):
        if line and cell_len(line + word.rstrip()) > width:
            lines.append(line.rstrip())
            line = word.lstrip()
        else:
            line += word
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


NAME_WIDTH = 30  # cells: a district office's Thai name in two or three lines


def sources_table(source_list: SourceList) -> Table:
    """``khao sources``: the configured sources, whether each is crawled, and what to know."""
    table = Table(title=text(f"sources ({source_list.path})"))
    for column in ("id", "kind", "enabled", "agency", "name", "url", "note"):
        wide = column in ("name", "note")
        table.add_column(column, overflow="fold", min_width=NAME_WIDTH if wide else None,
                         max_width=NAME_WIDTH + 2 if wide else None)  # fmt: skip
    for s in source_list.sources:
        enabled = text("yes" if s.enabled else "no", "" if s.enabled else "yellow")
        table.add_row(text(s.id), text(s.kind), enabled, text(s.agency),
                      text(word_wrap(s.name, NAME_WIDTH)), text(s.url),
                      text(word_wrap(s.status_note, NAME_WIDTH)))  # fmt: skip
    return table


def registry_table(candidates: list[Any], title: str) -> Table:
    """``khao sources --registry``: candidates, never sources: no enabled column, the claim
    as the origin made it, the obsolete สพม. rows marked."""
    table = Table(title=text(title))
    for column in ("id", "type", "province", "name", "kind", "url", "claim / note"):
        wide = column in ("name", "claim / note")
        table.add_column(column, overflow="fold", min_width=NAME_WIDTH if wide else None,
                         max_width=NAME_WIDTH + 2 if wide else None)  # fmt: skip
    for c in candidates:
        kind = text(f"{c.type} (OBSOLETE)", "yellow") if c.obsolete else text(c.type)
        note = c.claim if c.type == "ministry" else c.trust
        table.add_row(text(c.id), kind, text(c.province), text(word_wrap(c.name_th, NAME_WIDTH)),
                      text(c.kind), text(c.url), text(note))  # fmt: skip
    return table


REGISTRY_STYLE = {"works": "green", "no_news": "yellow", "not_checked": "dim"}


def registry_check_table(counts: dict[str, int], title: str) -> Table:
    """``khao sources check-registry``: how many candidates ended in each status."""
    table = Table(title=text(title))
    table.add_column("status")
    table.add_column("candidates", justify="right")
    for status, count in counts.items():
        table.add_row(text(status, REGISTRY_STYLE.get(status, "red")), str(count))
    return table


@contextmanager
def registry_progress(console: Console, total: int) -> Iterator[Any]:
    """A progress bar of candidates checked (on a terminal only); yields the callback."""
    if not console.is_terminal:
        yield lambda result: None
        return
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False),
                        TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(),
                        console=console, transient=True)  # fmt: skip
    task = progress.add_task("checking candidates", total=total)
    with progress:
        yield lambda result: progress.advance(task)
