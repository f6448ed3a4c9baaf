"""`khao status`: per source, the last run, its outcome and how long since a new article.

What a person checks when an alert stays silent: did the crawl run, did it fail, or has
the agency simply published nothing new?
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from khao import exitcodes

STATUS_SQL = """
SELECT s.id AS source_id, s.agency, s.name,
       r.started_at AS last_run_at, r.status AS last_status, r.articles_new AS last_run_new,
       r.error_message AS last_error,
       (SELECT MAX(stored_at) FROM articles a WHERE a.source_id = s.id) AS last_new_article_at,
       (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) AS articles
FROM sources s
LEFT JOIN crawl_runs r ON r.id = (
    SELECT MAX(id) FROM crawl_runs WHERE source_id = s.id)
ORDER BY s.id
"""


def age(timestamp: str | None, now: datetime) -> float | None:
    """Hours since an ISO timestamp (None when there is none)."""
    if not timestamp:
        return None
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (now - moment).total_seconds() / 3600)


def human(hours: float | None) -> str:
    if hours is None:
        return "never"
    if hours < 1:
        return f"{round(hours * 60)} min ago"
    if hours < 48:
        return f"{hours:.1f} h ago"
    return f"{hours / 24:.1f} days ago"


def source_status(db_path: str, now: datetime | None = None) -> list[dict[str, Any]]:
    import sqlite3

    now = now or datetime.now(UTC)
    # read-only: status must work while a crawl writes, and never create a database
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute(STATUS_SQL)]
    finally:
        conn.close()
    for row in rows:
        row["hours_since_last_run"] = age(row["last_run_at"], now)
        row["hours_since_new_article"] = age(row["last_new_article_at"], now)
    return rows


@click.command()
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to inspect.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="A table for people, JSON for scripts.")  # fmt: skip
@click.option("--stale-hours", type=float, default=None, metavar="HOURS",
              help="Exit 1 when a source's last run failed or it has had no new article "
                   "for HOURS (for monitoring).")  # fmt: skip
def status(db: str, fmt: str, stale_hours: float | None) -> None:
    """Per source: last crawl run, its outcome, and how long since the last new article."""
    from rich.console import Console
    from rich.table import Table

    from khao.lock import is_locked

    if not Path(db).exists():
        click.echo(f"khao: no database at {db}", err=True)
        sys.exit(exitcodes.USAGE)
    rows = source_status(db)
    running = is_locked(db)
    if fmt == "json":
        click.echo(json.dumps({"crawl_running": running, "sources": rows}, ensure_ascii=False,
                              indent=2))  # fmt: skip
    else:
        table = Table(title=f"khao status — {db}")
        for column in ("source", "agency", "last run", "outcome", "new", "last new article",
                       "articles", "error"):  # fmt: skip
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(r["source_id"], r["agency"] or "", human(r["hours_since_last_run"]),
                          r["last_status"] or "never run", str(r["last_run_new"] or 0),
                          human(r["hours_since_new_article"]), str(r["articles"]),
                          (r["last_error"] or "")[:80])  # fmt: skip
        console = Console(highlight=False)
        console.print(table)
        console.print(f"crawl running: {running}" if running else "no crawl running")
    bad = [
        r for r in rows
        if r["last_status"] in ("failed", "interrupted", "config_error")
        or (stale_hours is not None and (r["hours_since_new_article"] is None
                                         or r["hours_since_new_article"] > stale_hours))
    ]  # fmt: skip
    sys.exit(exitcodes.SOURCES_FAILED if stale_hours is not None and bad else exitcodes.OK)
