"""Terminal output: a live progress display while crawling, a summary table after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from crawler.runner import CrawlSummary

STATUS_STYLE = {"ok": "green", "partial": "yellow", "failed": "red", "config_error": "red",
                "interrupted": "red", "running": "cyan"}  # fmt: skip


class CrawlProgress:
    """Counts articles per source; draws a rich progress display only on a terminal."""

    def __init__(self, console: Console, source_ids: list[str]) -> None:
        self.console = console
        self.enabled = console.is_terminal
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
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
    table = Table(title=f"khao crawl {summary.run_id}")
    for column in ("source", "status", "new", "updated", "unchanged", "failed", "pages", "why"):
        table.add_column(column, justify="right" if column in ("new", "updated", "unchanged",
                         "failed", "pages") else "left", overflow="fold")  # fmt: skip
    for r in summary.results:
        style = STATUS_STYLE.get(r.status, "")
        table.add_row(r.source_id, f"[{style}]{r.status}[/]" if style else r.status, str(r.new),
                      str(r.updated), str(r.unchanged), str(r.failed), str(r.pages), r.message)  # fmt: skip
    return table
