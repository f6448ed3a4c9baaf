"""khao's Datasette plugin (installed with the package through a `datasette` entry point).

- SQL functions for Thai search: ``khao_normalize(text)`` (what the index holds),
  ``khao_fts_query(q)`` (an FTS5 MATCH expression, NULL when a word is shorter than the
  trigram index can match), ``khao_match(text, q)`` (the substring fallback, any word
  length), ``khao_prefilter(q)`` (a word every match contains, for a fast instr() scan),
  ``khao_snippet(text, q)`` (a window around the match with <mark> tags), and the plan of
  khao.search.plan: ``khao_trigram_query(q)``, ``khao_grams_query(q)`` (MATCH expressions for
  articles_fts and the short-word index articles_grams) and ``khao_needs_check(q)``.
- Cells of a column named ``snippet`` show those <mark> tags as highlights (everything else
  stays escaped); 16-hex article ids link to the article row.
- datasette-search-all finds ``articles`` although its FTS table is standalone (Datasette
  only detects external-content FTS tables by itself).
- The table page's own search box (``?_search=``, also in .json/.csv and for
  datasette-search-all) speaks khao's query language on tables whose metadata sets
  ``khao_search``: Thai digits find Arabic digits, words of 1–2 characters go to the short-word
  index. Datasette's built-in FTS filter would AND its own trigram MATCH onto ours, so an ASGI
  wrapper hands ``_search`` to our filter under another name (``_khao_search``); the search
  box still shows what the user typed.

One ``?sql=`` may call these functions on any text, generated in the query itself. A Python
function runs to its end before SQLite can interrupt the statement, so each caps what it
reads (``MAX_TEXT_CHARS`` of text, ``MAX_QUERY_CHARS`` and ``MAX_QUERY_WORDS`` of query;
no stored article comes near) and, once Datasette's time limit for the statement has
passed, interrupts the statement and returns at once.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite
from markupsafe import Markup, escape

from khao.search import (
    MARK_CLOSE,
    MARK_OPEN,
    fts_query,
    matches,
    parse_query,
    plan,
    prefilter,
    snippet,
)
from pipelines.thai_text import normalize_for_match

SEARCH_ARG = "_khao_search"  # where the wrapper puts the table page's ?_search=
TRIGRAM_TABLE, GRAMS_TABLE = "articles_fts", "articles_grams"
ASGIApp = Callable[..., Awaitable[None]]

ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")

# A press release is a few thousand characters (of the 971 bundled: median 2,578, longest
# 125,583). At these caps one call takes at most ~0.1 s, whatever the text (measured in
# tests/test_serve_limits.py)
MAX_TEXT_CHARS = 200_000
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32
MAX_SNIPPET_WIDTH = 500
MAX_VALUE_BYTES = 16_000_000  # the longest text or blob a Datasette query may build


# --------------------------------------------------------------------------- time limit
_deadline = threading.local()  # Datasette runs each statement in one thread of its pool


def past_deadline() -> bool:
    deadline = getattr(_deadline, "at", None)
    return deadline is not None and time.perf_counter() >= deadline


def watch_time_limit() -> None:
    """Let khao's functions see the deadline Datasette sets for each statement.

    Datasette enforces ``sql_time_limit_ms`` with SQLite's progress handler, which only
    runs between VM steps, never inside a Python function; wrapping its context manager is
    the one place that knows the deadline. Done once, at startup."""
    import datasette.database as database

    original = getattr(database, "sqlite_timelimit", None)
    if original is None or getattr(original, "_khao", False):
        return  # another Datasette: the caps alone bound each call

    @contextmanager
    def sqlite_timelimit(conn: sqlite3.Connection, ms: int) -> Iterator[None]:
        outer = getattr(_deadline, "at", None)
        _deadline.at = time.perf_counter() + ms / 1000
        try:
            with original(conn, ms):
                yield
        finally:
            _deadline.at = outer

    sqlite_timelimit._khao = True  # type: ignore[attr-defined]
    database.sqlite_timelimit = sqlite_timelimit


def guarded(
    conn: sqlite3.Connection, function: Callable[..., Any], empty: Any
) -> Callable[..., Any]:
    """``function`` as a SQL function of ``conn`` that, once the statement's time is up,
    interrupts the statement (Datasette then answers "took too long", as for any query)
    and returns at once."""

    @wraps(function)
    def call(*args: Any) -> Any:
        if past_deadline():
            conn.interrupt()
            return empty
        return function(*args)

    return call


def capped_text(text: Any) -> str:
    return "" if text is None else str(text)[:MAX_TEXT_CHARS]


def capped_query(q: Any) -> str:
    """At most MAX_QUERY_CHARS characters and MAX_QUERY_WORDS words (whole words kept)."""
    text = "" if q is None else str(q)[:MAX_QUERY_CHARS]
    words = text.split()
    return " ".join(words[:MAX_QUERY_WORDS]) if len(words) > MAX_QUERY_WORDS else text


# --------------------------------------------------------------------------- SQL functions
def sql_fts_query(q: str | None) -> str | None:
    return fts_query(capped_query(q))


def sql_prefilter(q: str | None) -> str:
    return prefilter(capped_query(q))


def sql_match(text: str | None, q: str | None) -> int:
    return int(bool(text) and matches(capped_text(text), parse_query(capped_query(q))))


def sql_snippet(text: str | None, q: str | None, width: int = 60) -> str:
    width = max(0, min(int(width), MAX_SNIPPET_WIDTH))
    return snippet(capped_text(text), capped_query(q), width)


def sql_normalize(text: str | None) -> str | None:
    return None if text is None else normalize_for_match(capped_text(text))


def sql_trigram_query(q: str | None) -> str | None:
    return plan(capped_query(q)).trigram


def sql_grams_query(q: str | None) -> str | None:
    return plan(capped_query(q)).grams


def sql_needs_check(q: str | None) -> int:
    return int(plan(capped_query(q)).check)


# --------------------------------------------------------------------------- table search box
def search_clause(q: str, pk: str) -> tuple[str, dict[str, str]]:
    """A WHERE clause (and its parameters) selecting the rows whose ``pk`` matches query q.

    Exact from the indexes alone in the usual case; khao_match() checks candidates only
    when the plan says so (e.g. ``ไฟ OR ไฟฟ้า`` spans both indexes).
    """
    p = plan(q)
    params = {"khao_q": q}
    parts = []
    if p.trigram:
        parts.append(f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :khao_trigram")
        params["khao_trigram"] = p.trigram
    if p.grams:
        parts.append(f"SELECT rowid FROM {GRAMS_TABLE} WHERE {GRAMS_TABLE} MATCH :khao_grams")
        params["khao_grams"] = p.grams
    rows = " INTERSECT ".join(parts)
    if p.check:
        text = "title || char(10) || body"
        narrow = (
            f"rowid IN ({rows})"
            if parts  # no index usable: a C-speed instr() scan before the Python check
            else f"instr(lower({text}), khao_prefilter(:khao_q)) > 0"
        )
        rows = f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {narrow} AND khao_match({text}, :khao_q)"
    # unary + keeps SQLite from reading every match by rowid and sorting them all: it walks
    # the sort index (published_at) and stops at a page (ผล at 100k: 15 ms, not 340 ms)
    return f"+{escape_sqlite(pk)} IN ({rows})", params


def hand_over_search(query_string: bytes) -> bytes:
    """Rename ``_search`` to SEARCH_ARG; a new ``_search`` replaces an earlier SEARCH_ARG
    (the table form carries the current one along as a hidden field)."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    if not any(key == "_search" for key, _ in pairs):
        return query_string
    kept = [(SEARCH_ARG if key == "_search" else key, value) for key, value in pairs
            if key != SEARCH_ARG]  # fmt: skip
    return urlencode(kept, encoding="latin-1").encode("latin-1")


def khao_searched_table(datasette: Any, path: str) -> bool:
    """Whether a request path is a table (any format) whose search khao answers."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or not parts[1]:
        return False
    database, table = parts[0], parts[1].split(".", 1)[0]
    return bool(datasette.table_metadata(database, table).get("khao_search"))


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    def wrap(app: ASGIApp) -> ASGIApp:
        async def khao_search_app(scope: dict, receive: Any, send: Any) -> None:
            if (
                scope.get("type") == "http"
                and b"_search=" in scope.get("query_string", b"")
                and khao_searched_table(datasette, scope.get("path", ""))
            ):
                scope = {**scope, "query_string": hand_over_search(scope["query_string"])}
            await app(scope, receive, send)

        return khao_search_app

    return wrap


@hookimpl(trylast=True)  # run after Datasette's own search filter, so our context wins
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    settings = datasette.table_metadata(database, table)
    typed = request.args.get(SEARCH_ARG, "")
    if not settings.get("khao_search") or not typed.strip():
        return None
    clause, params = search_clause(capped_query(typed), settings.get("fts_pk", "rowid"))
    return FilterArguments(
        [clause],
        params,
        [f'search matches "{typed}"'],
        {"search": typed, "supports_search": True},  # the box shows what was typed
    )


SQL_FUNCTIONS: list[tuple[str, int, Callable[..., Any], Any]] = [
    # name, arguments, function, what it answers once the statement's time is up
    ("khao_normalize", 1, sql_normalize, None),
    ("khao_fts_query", 1, sql_fts_query, None),
    ("khao_match", 2, sql_match, 0),
    ("khao_prefilter", 1, sql_prefilter, ""),
    ("khao_snippet", 2, sql_snippet, ""),
    ("khao_snippet", 3, sql_snippet, ""),
    ("khao_trigram_query", 1, sql_trigram_query, None),
    ("khao_grams_query", 1, sql_grams_query, None),
    ("khao_needs_check", 1, sql_needs_check, 0),
]


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    # SQLite checks the time limit between VM steps; a step that builds a huge string (300
    # concatenations of a 200 KB text: 30 s at a 5 s limit) is bounded by the length limit
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    for name, arguments, function, empty in SQL_FUNCTIONS:
        conn.create_function(name, arguments, guarded(conn, function, empty), deterministic=True)


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
    """Let tables name their FTS table in metadata (fts_table) for datasette-search-all too;
    let khao's SQL functions see each statement's time limit."""
    watch_time_limit()
    for name, database in datasette.databases.items():
        original = database.fts_table

        async def fts_table(table: str, _name: str = name, _original: Any = original) -> Any:
            configured = datasette.table_metadata(_name, table).get("fts_table")
            return configured or await _original(table)

        database.fts_table = fts_table
