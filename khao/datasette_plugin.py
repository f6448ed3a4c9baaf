"""khao's Datasette plugin (installed with the package through a `datasette` entry point).

- SQL functions for Thai search: ``khao_normalize(text)`` (what the index holds),
  ``khao_fts_query(q)`` (an FTS5 MATCH expression, NULL when a word is shorter than the
  trigram index can match), ``khao_match(text, q)`` (the substring fallback, any word
  length), ``khao_prefilter(q)`` (a word every match contains, for a fast instr() scan) and ``khao_snippet(text, q)`` (a window around the match with <mark> tags).
- Cells of a column named ``snippet`` show those <mark> tags as highlights (everything else
  stays escaped); 16-hex article ids link to the article row.
- datasette-search-all finds ``articles`` although its FTS table is standalone (Datasette
  only detects external-content FTS tables by itself).
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from khao.search import (
    MARK_CLOSE,
    MARK_OPEN,
    fts_query,
    matches,
    parse_query,
    prefilter,
    snippet,
)
from pipelines.kinds import normalize_for_match

ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")


def sql_fts_query(q: str | None) -> str | None:
    return fts_query(q or "")


def sql_prefilter(q: str | None) -> str:
    return prefilter(q or "")


def sql_match(text: str | None, q: str | None) -> int:
    return int(bool(text) and matches(text or "", parse_query(q or "")))


def sql_snippet(text: str | None, q: str | None, width: int = 60) -> str:
    return snippet(text or "", q or "", int(width))


def sql_normalize(text: str | None) -> str | None:
    return None if text is None else normalize_for_match(text)


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("khao_normalize", 1, sql_normalize, deterministic=True)
    conn.create_function("khao_fts_query", 1, sql_fts_query, deterministic=True)
    conn.create_function("khao_match", 2, sql_match, deterministic=True)
    conn.create_function("khao_prefilter", 1, sql_prefilter, deterministic=True)
    conn.create_function("khao_snippet", 2, sql_snippet, deterministic=True)
    conn.create_function("khao_snippet", 3, sql_snippet, deterministic=True)


def highlighted(value: str) -> Markup:
    """Escape everything, then turn our own escaped <mark> tags back into tags."""
    safe = str(escape(value))
    safe = safe.replace(str(escape(MARK_OPEN)), MARK_OPEN)
    return Markup(safe.replace(str(escape(MARK_CLOSE)), MARK_CLOSE))


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if not isinstance(value, str):
        return None
    if column == "snippet" and MARK_OPEN in value:
        return highlighted(value)
    if column in ("id", "article_id") and table != "articles" and ARTICLE_ID.match(value):
        href = datasette.urls.row(database, "articles", value)
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


@hookimpl
def startup(datasette: Any) -> None:
    """Let tables name their FTS table in metadata (fts_table) for datasette-search-all too."""
    for name, database in datasette.databases.items():
        original = database.fts_table

        async def fts_table(table: str, _name: str = name, _original: Any = original) -> Any:
            configured = datasette.table_metadata(_name, table).get("fts_table")
            return configured or await _original(table)

        database.fts_table = fts_table
