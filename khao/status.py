"""Source health (``khao status``): per source, the last run, its outcome and how long since a new article.

What a person checks when an alert stays silent: did the crawl run, did it fail, or has
the agency simply published nothing new?
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from pipelines.storage import connect_read_only

STATUS_SQL = """
SELECT s.id AS source_id, s.agency, s.name,
       r.started_at AS last_run_at, r.status AS last_status, r.articles_new AS last_run_new,
       r.error_message AS last_error,
       (SELECT MAX(stored_at) FROM articles a WHERE a.source_id = s.id) AS last_new_article_at,
       (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) AS articles,
       w.complete AS walk_complete, w.completed_at AS walk_completed_at
FROM sources s
LEFT JOIN source_walks w ON w.source_id = s.id
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
    now = now or datetime.now(UTC)
    # read-only: status must work while a crawl writes, and never create a database
    conn = connect_read_only(db_path)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute(STATUS_SQL)]
    finally:
        conn.close()
    for row in rows:
        row["walk_complete"] = bool(row["walk_complete"])
        row["hours_since_last_run"] = age(row["last_run_at"], now)
        row["hours_since_new_article"] = age(row["last_new_article_at"], now)
    return rows


BAD_OUTCOMES = ("failed", "interrupted", "config_error")


def unhealthy(rows: list[dict[str, Any]], stale_hours: float | None) -> list[dict[str, Any]]:
    """Sources whose last run failed, or with no new article for ``stale_hours``."""
    return [
        r
        for r in rows
        if r["last_status"] in BAD_OUTCOMES
        or (
            stale_hours is not None
            and (r["hours_since_new_article"] is None or r["hours_since_new_article"] > stale_hours)
        )
    ]
