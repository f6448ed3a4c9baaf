"""khao's Datasette plugin (installed with the package through a `datasette` entry point).

- SQL functions for Thai search: ``khao_normalize(text)`` (what the index holds),
  ``khao_fts_query(q)`` (an FTS5 MATCH expression, NULL when a word is shorter than the
  trigram index can match), ``khao_match(text, q)`` (the substring fallback, any word
  length), ``khao_prefilter(q)`` (a word every match contains, for a fast instr() scan),
  ``khao_snippet(text, q)`` (a window around the match with <mark> tags), and the plan of
  khao.search.plan: ``khao_trigram_query(q)``, ``khao_grams_query(q)`` (MATCH expressions for
  articles_fts and the short-word index articles_grams) and ``khao_needs_check(q)``.
- Cells of a column named ``snippet`` show those <mark> tags as highlights (everything else
  stays escaped); 16-hex article ids link to the article page (/-/khao/article/<id>).
- khao's pages: /-/khao/article/<id> (an article to read: both calendars, paragraphs with
  entities highlighted, the same story at other agencies, attachments, earlier versions, the
  people and agencies it names linked to their entity pages), /-/khao/entity/<id> (a real
  entity of the directory: its names, positions over time, counts per agency and year, the
  articles naming it, paginated with the true total) and
  /-/khao/search (ranked, paginated with the true total, one row per story, dates in พ.ศ.
  or ค.ศ.); the Thai web font Sarabun under /-/khao/static/ for every page.
- ``khao_excerpt(text, n)``: at most n characters, cut between words (Atom entries).
- Table pages fold the column glossary behind a link; CSV responses start with a BOM.
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

import asyncio
import csv
import io
import json
import re
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite
from markupsafe import Markup, escape

from khao import rank
from khao.reader import (
    ATOM_TAG,
    ENTITY_FACET_SCOPE,
    FACETS,
    LABELS,
    MAX_PAGE,
    PAGE_COLUMNS,
    PAGE_SIZE,
    RANKING_NOTE,
    AtomEntry,
    Mention,
    SearchFilters,
    atom_feed,
    cut_at_word,
    paragraphs,
    parse_day,
    safe_url,
    search_sql,
    thai_date,
)
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

# khao_rank() (khao/rank.py) on every connection opened from now on: registered when the
# plugin loads, before Datasette opens any connection
rank.register()

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


def sql_excerpt(text: str | None, limit: int = 500) -> str:
    return cut_at_word(capped_text(text), max(0, min(int(limit), MAX_SNIPPET_WIDTH * 4)))


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


UTF8_BOM = "\ufeff".encode()


def csv_with_bom(send: Any) -> Any:
    """A send that puts a UTF-8 BOM before a CSV body (Excel reads a CSV without one in the
    local code page and garbles Thai); Datasette streams CSV without a Content-Length."""
    state = {"csv": False, "first": True}

    async def sending(message: dict) -> None:
        if message["type"] == "http.response.start":
            headers = dict(message.get("headers") or [])
            state["csv"] = message.get("status") == 200 and b"content-length" not in headers
        elif message["type"] == "http.response.body" and state["csv"] and state["first"]:
            state["first"] = False
            message = {**message, "body": UTF8_BOM + message.get("body", b"")}
        await send(message)

    return sending


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
            if scope.get("type") == "http" and scope.get("path", "").endswith(".csv"):
                send = csv_with_bom(send)
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
    ("khao_excerpt", 2, sql_excerpt, ""),
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
    rank.check(conn)


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
    if (column == "directory_id" or (column == "id" and table == "entity_directory")) and (
        ARTICLE_ID.match(value)
    ):  # a real entity: to its entity page
        return Markup('<a href="{}">{}</a>').format(entity_href(datasette, value), value)
    if column == "id" and table == "entities":
        return None  # an entity's hash, not an article
    if column in ("id", "article_id") and table != "articles" and ARTICLE_ID.match(value):
        # to the article as a page to read (the raw row is one link away from there)
        return Markup('<a href="{}">{}</a>').format(article_href(datasette, value), value)
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


# --------------------------------------------------------------------------- khao's pages
# /-/khao/static/…: the Thai web font and khao.css (Datasette only serves a plugin's static
# folder when the plugin is a package; this one is a module)
STATIC_DIR = Path(__file__).resolve().parent / "static"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".woff2": "font/woff2",
                ".txt": "text/plain; charset=utf-8"}  # fmt: skip
STATIC_PATH = re.compile(r"^[a-z0-9_\-]+(?:/[a-z0-9_\-]+)?\.[a-z0-9]+$", re.IGNORECASE)
CSS_VERSION = "3"  # bump when khao.css changes (browsers cache it)


def static_file(name: str) -> Path | None:
    """The file under khao/static for a request path, or None (no '..', known types only)."""
    if not STATIC_PATH.match(name) or Path(name).suffix not in STATIC_TYPES:
        return None
    path = STATIC_DIR / name
    return path if path.is_file() else None


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path(f"/-/khao/static/khao.css?v={CSS_VERSION}")]


READ_LINK_SCRIPT = """
(function () {
  var id = decodeURIComponent(location.pathname.split("/").pop());
  if (!/^[0-9a-f]{16}$/.test(id)) return;
  var p = document.createElement("p");
  var a = document.createElement("a");
  a.href = %s + id;
  a.textContent = "อ่านข่าวนี้ / Read this article";
  p.appendChild(a);
  var content = document.querySelector("section.content");
  if (content) content.insertBefore(p, content.firstChild);
})();"""


@hookimpl
def extra_body_script(template: str, view_name: str, table: str | None, datasette: Any) -> str:
    """Table pages show their data first: the column glossary Datasette prints above the
    table (``<dl class="column-descriptions">``) is folded behind a link. An article's row
    page links to the article page."""
    if view_name == "row" and table == "articles":
        return READ_LINK_SCRIPT % json.dumps(datasette.urls.path("/-/khao/article/"))
    if view_name != "table":
        return ""
    return """
(function () {
  var dl = document.querySelector("dl.column-descriptions");
  if (!dl) return;
  var box = document.createElement("details");
  box.className = "khao-glossary";
  var label = document.createElement("summary");
  label.textContent = "คำอธิบายคอลัมน์ / Column glossary";
  box.appendChild(label);
  dl.parentNode.insertBefore(box, dl);
  box.appendChild(dl);
})();"""


@hookimpl(trylast=True)  # after datasette-search-all's, so this value wins
def extra_template_vars(template: str) -> dict[str, Any] | None:
    """One search box on the home page, khao's (in the description): datasette-search-all's
    box, which lists raw table rows, is left out there (its /-/search page stays)."""
    return {"searchable_tables": []} if template == "index.html" else None


def khao_template(datasette: Any, name: str) -> Any:
    """A template of khao/templates compiled in Datasette's own (autoescaping) Jinja
    environment, so it extends Datasette's base.html."""
    cache = datasette.__dict__.setdefault("_khao_templates", {})
    if name not in cache:
        source = (TEMPLATES_DIR / name).read_text(encoding="utf-8")
        cache[name] = datasette.jinja_env.from_string(source)
    return cache[name]


def khao_database(datasette: Any) -> Any:
    return datasette.get_database()


async def static_route(request: Any, datasette: Any) -> Any:
    from datasette.utils.asgi import Response

    path = static_file(request.url_vars["path"])
    if path is None:
        return Response.text("not found", status=404)
    return Response(path.read_bytes(), content_type=STATIC_TYPES[path.suffix],
                    headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip


def article_href(datasette: Any, article_id: str) -> str:
    return datasette.urls.path(f"/-/khao/article/{quote(article_id)}")


async def article_route(request: Any, datasette: Any) -> Any:
    from datasette.utils.asgi import Response

    article_id = request.url_vars["id"]
    db = khao_database(datasette)
    found = (await db.execute(
        "SELECT a.*, s.agency, s.name AS source_name FROM articles a "
        "LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?", [article_id])).rows  # fmt: skip
    if not found:
        return Response.html("<h1>404: no such article</h1>", status=404)
    article = dict(found[0])
    # each mention under its real entity (entity directory): a first name alone after the
    # full name is that person, an abbreviation its agency
    mentions = (await db.execute(
        "SELECT ae.field, ae.start, ae.\"end\", ae.position, e.label, d.canonical, d.id "
        "FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
        "JOIN entities d ON d.id = COALESCE(ae.directory_id, e.directory_id, e.id) "
        "WHERE ae.article_id = ? ORDER BY ae.field = 'body', ae.start", [article_id])).rows  # fmt: skip
    body_mentions = [
        Mention(int(m["start"] or 0), int(m["end"] or 0), m["label"] or "", m["canonical"] or "")
        for m in mentions if m["field"] == "body" and m["start"] is not None
        and (m["label"] or "").upper() in LABELS
    ]  # fmt: skip
    entities = entity_groups(datasette, db.name, mentions)
    others = []
    if article["cluster_id"]:
        rows = (await db.execute(
            "SELECT a.id, a.title, a.published_at, a.source_id, s.agency FROM articles a "
            "LEFT JOIN sources s ON s.id = a.source_id WHERE a.cluster_id = ? AND a.id != ? "
            "ORDER BY a.published_at", [article["cluster_id"], article_id])).rows  # fmt: skip
        others = [{**dict(r), "date": thai_date(r["published_at"]),
                   "href": article_href(datasette, r["id"])} for r in rows]  # fmt: skip
    attachments = [{**dict(r), "href": safe_url(r["url"])} for r in (await db.execute(
        "SELECT url, title, type FROM attachments WHERE article_id = ?", [article_id])).rows]  # fmt: skip
    revisions = [dict(r) for r in (await db.execute(
        "SELECT title, replaced_at FROM article_revisions WHERE article_id = ? ORDER BY id DESC",
        [article_id])).rows]  # fmt: skip
    context = {
        "article": article,
        "date": thai_date(article["published_at"]),
        "paragraphs": paragraphs(article["body"] or "", body_mentions),
        "lead_image": safe_url(article["lead_image"]),
        "original": safe_url(article["canonical_url"] or article["url"]),
        "others": others,
        "attachments": attachments,
        "revisions": revisions,
        "entities": entities,
        "search_url": datasette.urls.path("/-/khao/search"),
        "row_url": datasette.urls.row(db.name, "articles", article_id),
    }
    html = await datasette.render_template(khao_template(datasette, "article.html"), context,
                                           request=request)  # fmt: skip
    return Response.html(html)


def entity_groups(datasette: Any, database: str, mentions: list[Any]) -> list[tuple[str, Any]]:
    """Entities of an article by label (people first), each real entity once, with the
    positions the article gives a person and a link to its entity page."""
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for m in mentions:
        label = (m["label"] or "").upper()
        if label not in LABELS:
            continue
        entry = groups.setdefault(label, {}).setdefault(m["id"], {
            "canonical": m["canonical"], "positions": [],
            "href": entity_href(datasette, m["id"]),
        })  # fmt: skip
        if m["position"] and m["position"] not in entry["positions"]:
            entry["positions"].append(m["position"])
    order = list(LABELS)
    return [
        (label, {"title": LABELS.get(label, label),
                 "entries": [{**e, "positions": ", ".join(e["positions"])}
                           for e in groups[label].values()]})
        for label in order if label in groups
    ]  # fmt: skip


def entity_href(datasette: Any, key: str) -> str:
    return datasette.urls.path(f"/-/khao/entity/{quote(key)}")


ENTITY_PAGE_SIZE = 20


async def entity_route(request: Any, datasette: Any) -> Any:
    """A real entity: its names, positions over time, counts per agency and year, and the
    articles naming it (newest first, paginated, with the true total)."""
    from datasette.utils.asgi import Response

    key = request.url_vars["id"]
    db = khao_database(datasette)
    found = (await db.execute("SELECT * FROM entity_directory WHERE id = ?", [key])).rows
    if not found:
        # a first name that now stands for a full name left the directory: its old links go
        # to that person
        moved = (await db.execute(
            "SELECT e.directory_id FROM entities e JOIN entity_directory d"
            " ON d.id = e.directory_id WHERE e.id = ? AND e.directory_id != e.id", [key])).rows  # fmt: skip
        if moved:
            query = f"?{request.query_string}" if request.query_string else ""
            return Response.redirect(entity_href(datasette, moved[0][0]) + query)
        return Response.html(
            "<h1>404: no such entity</h1><p>No article in this database names it.</p>",
            status=404,
        )
    entity = dict(found[0])
    try:
        page = max(1, min(int(request.args.get("page", "1")), MAX_PAGE))
    except ValueError:
        page = 1
    parent = None
    if entity["parent_id"]:
        rows = (await db.execute("SELECT id, name FROM entity_directory WHERE id = ?",
                                 [entity["parent_id"]])).rows  # fmt: skip
        parent = (
            {"name": rows[0]["name"], "href": entity_href(datasette, rows[0]["id"])}
            if rows
            else None
        )
    names = [dict(r) for r in (await db.execute(
        "SELECT name, kind FROM entity_names WHERE directory_id = ? ORDER BY kind != 'full', kind,"
        " name", [key])).rows]  # fmt: skip
    positions = [{**dict(r), "from": thai_date(r["first_seen"]), "to": thai_date(r["last_seen"])}
                 for r in (await db.execute(
        "SELECT position, first_seen, last_seen, articles FROM entity_positions"
        " WHERE directory_id = ? ORDER BY first_seen, position", [key])).rows]  # fmt: skip
    total = (await db.execute("SELECT count(*) FROM entity_articles WHERE directory_id = ?",
                              [key])).rows[0][0]  # fmt: skip
    agencies = [dict(r) for r in (await db.execute(
        "SELECT agency, count(*) AS articles FROM entity_articles WHERE directory_id = ?"
        " GROUP BY agency ORDER BY articles DESC, agency", [key])).rows]  # fmt: skip
    years = [dict(r) for r in (await db.execute(
        "SELECT year_be, count(*) AS articles FROM entity_articles WHERE directory_id = ?"
        " GROUP BY year_be ORDER BY year_be DESC", [key])).rows]  # fmt: skip
    rows = (await db.execute(
        "SELECT ea.article_id AS id, ea.published_at, ea.agency, ea.position, a.title"
        " FROM entity_articles ea JOIN articles a ON a.id = ea.article_id"
        " WHERE ea.directory_id = ? ORDER BY ea.published_at DESC LIMIT ? OFFSET ?",
        [key, ENTITY_PAGE_SIZE, (page - 1) * ENTITY_PAGE_SIZE])).rows  # fmt: skip
    articles = [{**dict(r), "date": thai_date(r["published_at"]),
                 "href": article_href(datasette, r["id"])} for r in rows]  # fmt: skip
    pages = -(-total // ENTITY_PAGE_SIZE)
    here = datasette.urls.path(f"/-/khao/entity/{quote(key)}")
    context = {
        "entity": entity, "parent": parent, "names": names, "positions": positions,
        "total": total, "agencies": agencies, "years": years, "articles": articles,
        "page": page, "pages": pages, "first_number": (page - 1) * ENTITY_PAGE_SIZE + 1,
        "prev_url": f"{here}?page={page - 1}" if page > 1 else None,
        "next_url": f"{here}?page={page + 1}" if page < pages else None,
        "search_url": datasette.urls.path("/-/khao/search"),
        "facets_url": datasette.urls.table(db.name, "entity_articles")
        + "?" + urlencode({"directory_id": key}),
    }  # fmt: skip
    if request.args.get("_format") == "json":  # the same answer for scripts and tests
        plain = {k: context[k] for k in ("entity", "names", "total", "agencies", "years",
                                         "page", "pages")}  # fmt: skip
        plain["positions"] = [{k: v for k, v in p.items() if k not in ("from", "to")}
                              for p in positions]  # fmt: skip
        plain["articles"] = [{k: v for k, v in a.items() if k != "date"} for a in articles]
        return Response.json(plain)
    html = await datasette.render_template(khao_template(datasette, "entity.html"), context,
                                           request=request)  # fmt: skip
    return Response.html(html)


def search_link(datasette: Any, fmt: str = "", **params: Any) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "", 1)}
    return datasette.urls.path(f"/-/khao/search{fmt}") + ("?" + urlencode(kept) if kept else "")


ENTITY_FACET_TITLE = (
    f"บุคคล/หน่วยงานในข่าว (ใน {ENTITY_FACET_SCOPE:,} ผลแรก) / Named (in the best "
    f"{ENTITY_FACET_SCOPE:,} matches)"
)
CSV_COLUMNS = ("id", "title", "url", "published_at", "published_be", "agency", "source_id",
               "versions", "story_sources", "other_agencies", "score")  # fmt: skip


def search_filters(args: Any) -> tuple[SearchFilters, dict[str, str], list[str]]:
    """The filters of a search URL, the parameters that reproduce it, and what could not
    be read (dates in พ.ศ. or ค.ศ.)."""
    typed = {name: str(args.get(name, "") or "").strip()[:200]
             for name in ("from", "to", "agency", "kind", "month", "entity")}  # fmt: skip
    day_from, day_to = parse_day(typed["from"]), parse_day(typed["to"], end=True)
    bad = [typed[k] for k, d in (("from", day_from), ("to", day_to)) if typed[k] and not d]
    month = typed["month"]
    if month:  # a month typed in พ.ศ. (2567-03) is read like the date filters
        first = parse_day(month)
        month = first[:7] if first and len(month) <= 7 else ""
        if not month:
            bad.append(typed["month"])
    filters = SearchFilters(day_from=day_from or "", day_to=day_to or "", agency=typed["agency"],
                            kind=typed["kind"], month=month, entity=typed["entity"])  # fmt: skip
    return filters, typed, bad


def facet_groups(datasette: Any, rows: list[Any], link: dict[str, str]) -> list[dict[str, Any]]:
    """The search page's facets: per facet, its values with story counts and the URL that
    adds (or, when chosen, removes) that filter."""
    titles = {key: title for key, title, _ in FACETS} | {"entity": ENTITY_FACET_TITLE}
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        facet, value = row["facet"], str(row["value"])
        chosen = link.get(facet) == value
        target = {**link, facet: "" if chosen else value}
        shown = value
        if facet == "month":
            shown = (thai_date(value + "-01") or {}).get("be", value).split(" ", 1)[-1]
        groups.setdefault(facet, {"title": titles[facet], "values": []})["values"].append(
            {"value": shown, "stories": row["stories"], "chosen": chosen,
             "href": search_link(datasette, **target)})  # fmt: skip
    return [groups[key] for key in [*(k for k, _, _ in FACETS), "entity"] if key in groups]


def search_atom(datasette: Any, request: Any, context: dict[str, Any]) -> str:
    """The page's stories as an Atom feed (ids are tag: IRIs, as in khao's other feeds)."""
    entries = [
        AtomEntry(
            id=f"{ATOM_TAG}article:{r['id']}",
            title=r["title"] or "",
            link=safe_url(r["url"]) or "",
            updated=r["published_at"] or "",
            summary=str(r["snippet_text"]),
        )
        for r in context["results"]
    ]
    title = f"khao: {context['q']}"
    return atom_feed(title, request.url, entries)


def search_csv(rows: list[Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        found = thai_date(r["published_at"])
        record = {**dict(r), "published_be": found["be"] if found else ""}
        writer.writerow([record.get(c, "") for c in CSV_COLUMNS])
    return out.getvalue()


async def search_route(request: Any, datasette: Any) -> Any:
    from datasette.database import QueryInterrupted
    from datasette.utils.asgi import Response

    fmt = request.url_vars.get("format") or ""
    q = capped_query(request.args.get("q", "")).strip()
    filters, typed, bad = search_filters(request.args)
    try:
        page = max(1, min(int(request.args.get("page", "1")), MAX_PAGE))
    except ValueError:
        page = 1
    link = {"q": q, **typed}
    context: dict[str, Any] = {
        "q": q, "from_typed": typed["from"], "to_typed": typed["to"], "page": page,
        "action": datasette.urls.path("/-/khao/search"), "ranking_note": RANKING_NOTE,
        "results": [], "articles": 0, "stories": 0, "pages": 0, "error": None,
        "first_number": (page - 1) * PAGE_SIZE + 1, "prev_url": None, "next_url": None,
        "facets": [], "hidden": {k: typed[k] for k in ("agency", "kind", "month", "entity")},
        "chosen": [{"name": k, "value": typed[k], "href": search_link(datasette, **{**link, k: ""})}
                   for k in ("agency", "kind", "month", "entity") if typed[k]],
        "atom_url": search_link(datasette, ".atom", **link, page=page),
        "csv_url": search_link(datasette, ".csv", **link),
    }  # fmt: skip
    if bad:
        context["error"] = f"อ่านวันที่ไม่ได้ / cannot read the date: {', '.join(bad)}"
    csv_rows: list[Any] = []
    if q and not bad:
        db = khao_database(datasette)
        try:
            # two statements at once, on two of Datasette's connections (two cores): the
            # counts and facets without bm25, and the ranked stories with the people facet
            found = search_sql(q, filters, None if fmt == ".csv" else page,
                               snippets=fmt != ".csv", facets=not fmt)  # fmt: skip
            answers = await asyncio.gather(
                *(db.execute(part.matches, part.params) for part in (found.counts, found.ranked))
            )
            answer = [row for result in answers for row in result.rows]
            total = next((r[1], r[2]) for r in answer if r[0] == "total")
            facet_rows = [{"facet": r[0], "value": r[1], "stories": r[2]} for r in answer
                          if r[0] not in ("total", "page")]  # fmt: skip
            listed = sorted((r for r in answer if r[0] == "page"), key=lambda r: r[-1])
            rows = [dict(zip(PAGE_COLUMNS, r[3:-1], strict=True)) for r in listed]
            if fmt == ".csv":  # every story: no silent cap
                csv_rows, rows = rows, []
        except QueryInterrupted:
            context["error"] = "การค้นหาใช้เวลานานเกินไป / the search took too long"
            total, rows, facet_rows = (0, 0), [], []
        context["articles"], context["stories"] = total[0], total[1]
        context["pages"] = -(-total[1] // PAGE_SIZE)
        context["results"] = [
            {**dict(r), "date": thai_date(r["published_at"]), "snippet": highlighted(r["snippet"]),
             "snippet_text": (r["snippet"] or "").replace(MARK_OPEN, "").replace(MARK_CLOSE, ""), "href": article_href(datasette, r["id"])}
            for r in rows
        ]  # fmt: skip
        context["facets"] = facet_groups(datasette, facet_rows, link)
        if page > 1:
            context["prev_url"] = search_link(datasette, **link, page=page - 1)
        if page < context["pages"]:
            context["next_url"] = search_link(datasette, **link, page=page + 1)
    if fmt == ".csv":
        if context["error"]:
            return Response.text(context["error"], status=400)
        return Response(search_csv(csv_rows), content_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="khao-search.csv"'})  # fmt: skip
    if fmt == ".atom":
        return Response(search_atom(datasette, request, context),
                        content_type="application/atom+xml; charset=utf-8")  # fmt: skip
    if request.args.get("_format") == "json":  # the same answer for scripts and tests
        summary = {k: context[k] for k in ("q", "articles", "stories", "page", "pages", "error")}
        results = [{**{k: v for k, v in r.items() if k not in ("date", "snippet_text")},
                    "snippet": str(r["snippet"])} for r in context["results"]]  # fmt: skip
        facets = {f["title"]: f["values"] for f in context["facets"]}
        return Response.json({**summary, "results": results, "facets": facets})
    html = await datasette.render_template(khao_template(datasette, "search.html"), context,
                                           request=request)  # fmt: skip
    return Response.html(html)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/khao/static/(?P<path>.+)$", static_route),
        (r"^/-/khao/article/(?P<id>[^/]+)$", article_route),
        (r"^/-/khao/entity/(?P<id>[^/]+)$", entity_route),
        (r"^/-/khao/search(?P<format>\.atom|\.csv)?$", search_route),
    ]
