"""Articles as JSON Lines or CSV (``khao export``), for people who work in pandas or R."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import Any, TextIO

from pipelines.storage import connect_read_only

COLUMNS = ("id", "url", "source_id", "agency", "title", "body", "published_at", "month",
           "kind", "cluster_id", "language", "author", "categories", "tags", "fetched_at",
           "stored_at", "updated_at", "entities")  # fmt: skip
JSON_COLUMNS = ("categories", "tags", "entities")  # JSON arrays; lists in JSONL, text in CSV

EXPORT_SQL = """
SELECT a.id, a.url, a.source_id, s.agency, a.title, a.body, a.published_at,
       substr(a.published_at, 1, 7) AS month, a.kind, a.cluster_id, a.language, a.author,
       a.categories, a.tags, a.fetched_at, a.stored_at, a.updated_at,
       (SELECT json_group_array(json_object('label', e.label, 'canonical', e.canonical))
          FROM (SELECT DISTINCT e.label, e.canonical FROM article_entities ae
                JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = a.id) e)
         AS entities
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE (:since IS NULL OR a.published_at >= :since)
  AND (:until IS NULL OR substr(a.published_at, 1, length(:until)) <= :until)
  AND (:source IS NULL OR a.source_id = :source)
ORDER BY a.published_at, a.id
"""


def parse_day(value: str | None) -> str | None:
    """YYYY[-MM[-DD]] in either era, checked: 2567-01-15 (Buddhist Era) reads as 2024-01-15;
    2023-02-30 or 2566-13-45 are refused (ValueError saying why)."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY "
                         "(Buddhist-Era years like 2567 work)")  # fmt: skip
    year = int(match.group(1))
    year = year - 543 if year > 2400 else year  # no Gregorian date of interest is past 2400
    month, day = (int(g) if g else None for g in match.group(2, 3))
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date that exists ({exc})") from exc
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


parse_since = parse_day  # the name earlier code and tests use


def source_ids(db_path: str) -> list[str]:
    conn = connect_read_only(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM sources ORDER BY id")]
    finally:
        conn.close()


def rows(
    db_path: str, since: str | None, source: str | None, until: str | None = None
) -> Iterator[dict[str, Any]]:
    conn = connect_read_only(db_path)
    conn.row_factory = sqlite3.Row
    try:
        for row in conn.execute(EXPORT_SQL, {"since": since, "until": until, "source": source}):
            yield dict(row)
    finally:
        conn.close()


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        for column in JSON_COLUMNS:
            record[column] = json.loads(record[column]) if record[column] else []
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


BOM = "\ufeff"


def write_csv(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    out.write(BOM)  # Excel reads a CSV without one in the local code page: Thai garbled
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(record)
        count += 1
    return count


def export_articles(
    db_path: str, fmt: str, since: str | None, source: str | None, out: TextIO,
    until: str | None = None,
) -> int:  # fmt: skip
    """Write the articles (``fmt``: jsonl or csv) to ``out``; return how many."""
    writer = write_jsonl if fmt == "jsonl" else write_csv
    return writer(rows(db_path, parse_day(since), source, parse_day(until)), out)
