"""Datasette on a khao database: metadata researchers can read (Thai and English), facets,
saved queries with named parameters, Thai search with a short-word fallback, Atom feeds.

Column descriptions come from the schema page shipped with the package, khao/data/schema.md
(docs/schema.md is a link to it; a test checks it against the real schema).

Serving only reads: Datasette opens the database read-only (``mode=ro``), or immutable when
the file or its folder is read-only (a ``chmod 444`` copy: a read-only WAL database cannot
be opened any other way). Nothing is migrated here (the writers, ``khao crawl``/``ingest``/
``alerts``, do that); a database older than the code is refused with one line saying so.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any
from urllib.parse import quote

from khao.reader import ATOM_TAG

LICENSE = "Public domain: Thai Copyright Act B.E. 2537 s.7 (news and official announcements)"
LICENSE_URL = "https://www.ipthailand.go.th/"
SCHEMA_DOC = Path(__file__).resolve().parent / "data" / "schema.md"  # package data
HEADING = re.compile(r"^### `(?P<name>[^`]+)`(?: — (?P<title>.+))?$")
COLUMN_ROW = re.compile(r"^\| `(?P<name>[^`]+)` \|[^|]*\| (?P<meaning>.+?) \|$")


# --------------------------------------------------------------------------- schema doc
def parse_schema_doc(text: str) -> dict[str, dict[str, Any]]:
    """Tables of docs/schema.md: title, first sentence as description, column meanings."""
    tables: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    for line in text.splitlines():
        heading = HEADING.match(line.strip())
        if heading:
            current = {"title": heading["title"] or heading["name"], "description": "",
                       "columns": {}}  # fmt: skip
            tables[heading["name"]] = current
            continue
        if current is None:
            continue
        if line.startswith("## "):
            current = None
            continue
        row = COLUMN_ROW.match(line.strip())
        if row:
            current["columns"][row["name"]] = row["meaning"].replace("`", "")
        elif line.startswith(("|", "```")) or (not line.strip() and current["description"]):
            current["open"] = False  # the description is the first paragraph only
        elif line.strip() and current.get("open", True):
            current["description"] += (" " if current["description"] else "") + line.strip()
    for table in tables.values():
        table.pop("open", None)
        table["description"] = table["description"].replace("`", "")
    return tables


def schema_doc() -> dict[str, dict[str, Any]]:
    return parse_schema_doc(SCHEMA_DOC.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- saved queries
ARTICLE_COLUMNS = "v.id, v.published_at, v.agency, v.kind, v.title, v.url"
ATOM_EXCERPT = 500  # characters of body in a feed entry, cut between words (khao_excerpt)
QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "ค้นหาข่าว / Search articles (Thai, highlighted)",
        "hide_sql": True,
        "description": (
            "The newest 200 matches, by date; the search page /-/khao/search ranks every "
            "match and folds a story re-posted by several agencies into one row. "
            'Words that must all occur (no spaces needed in Thai), "a phrase", a OR b, -word. '
            "Thai digits match Arabic digits. Words of one or two letters (ไฟ, ผล), which the "
            "trigram index cannot match, are found through the short-word index."
        ),
        # three ways in, only one of which runs for a given :q (the others' conditions on :q
        # alone are false before any row is read): the trigram index (words of 3+ characters,
        # with the short-word index for any 1–2 character words), the short-word index alone,
        # or, when no index can answer, a scan (instr() in C first, then khao_match()).
        # khao_needs_check: an OR mixing short and long words is checked on the text.
        # The newest 200 matches are picked from articles by its published_at index before
        # the view's columns and the snippets are computed, for those 200 only.
        "sql": f"""SELECT {ARTICLE_COLUMNS},
  khao_snippet(v.title || ' — ' || a.body, :q) AS snippet
FROM articles_view v JOIN articles a ON a.rowid = v.article_rowid
WHERE v.article_rowid IN (SELECT m.rowid FROM articles m WHERE +m.rowid IN (
        SELECT rowid FROM articles_fts
        WHERE articles_fts MATCH COALESCE(khao_trigram_query(:q), '"khao:not-indexed"')
          AND (khao_grams_query(:q) IS NULL OR rowid IN (
                SELECT rowid FROM articles_grams WHERE articles_grams MATCH khao_grams_query(:q)))
          AND (NOT khao_needs_check(:q) OR khao_match(title || char(10) || body, :q))
        UNION ALL
        SELECT g.rowid FROM articles_grams g
        WHERE khao_trigram_query(:q) IS NULL
          AND articles_grams MATCH COALESCE(khao_grams_query(:q), 'khaonone')
          AND (NOT khao_needs_check(:q) OR EXISTS (
                SELECT 1 FROM articles_fts f WHERE f.rowid = g.rowid
                  AND khao_match(f.title || char(10) || f.body, :q)))
        UNION ALL
        SELECT rowid FROM articles_fts
        WHERE khao_trigram_query(:q) IS NULL AND khao_grams_query(:q) IS NULL
          AND instr(lower(title || char(10) || body), khao_prefilter(:q)) > 0
          AND khao_match(title || char(10) || body, :q))
      ORDER BY m.published_at DESC LIMIT 200)
ORDER BY v.published_at DESC""",
    },
    "latest_announcements": {
        "title": "ประกาศล่าสุด / Latest policy announcements",
        "description": "The 100 newest articles of kind policy (ประกาศ คำสั่ง ระเบียบ นโยบาย "
        "มาตรการ). Also an Atom feed: add .atom to the URL.",
        "sql": f"""SELECT {ARTICLE_COLUMNS}, '{ATOM_TAG}article:' || v.id AS atom_id,
  v.title AS atom_title, COALESCE(v.published_at, v.stored_at) AS atom_updated,
  v.url AS atom_link, khao_excerpt(a.body, {ATOM_EXCERPT}) AS atom_content
FROM articles_view v JOIN articles a ON a.id = v.id
WHERE v.kind = 'policy' ORDER BY v.published_at DESC LIMIT 100""",
    },
    "policy_this_week": {
        "title": "ประกาศสัปดาห์นี้ / Policy announcements this week",
        "description": "Policy announcements published in the last 7 days (Thai time).",
        "sql": f"""SELECT {ARTICLE_COLUMNS} FROM articles_view v
WHERE v.kind = 'policy' AND v.published_at >= date('now', '+7 hours', '-7 days')
ORDER BY v.published_at DESC""",
    },
    "mentioning": {
        "title": "ข่าวที่กล่าวถึง… / Articles mentioning a person or agency",
        "description": "A person, position or agency (part of any of its names is enough: "
        "with or without title, abbreviation or full name, see entity_names), the agency "
        "that published, and headlines.",
        # through the entity directory: every name variant of a real entity finds its
        # articles (entity_articles, indexed by entity)
        "sql": f"""SELECT {ARTICLE_COLUMNS} FROM articles_view v
WHERE :name != '' AND (
  v.id IN (SELECT ea.article_id FROM entity_articles ea WHERE ea.directory_id IN (
             SELECT n.directory_id FROM entity_names n WHERE n.name LIKE '%' || :name || '%'))
  OR v.agency = :name OR v.title LIKE '%' || :name || '%')
ORDER BY v.published_at DESC LIMIT 500""",
    },
    "releases_per_agency_month": {
        "title": "จำนวนข่าวต่อหน่วยงานต่อเดือน / Releases per agency per month",
        "description": "Leave agency empty for all agencies.",
        "sql": """SELECT v.agency, v.month, COUNT(*) AS releases,
  SUM(v.kind = 'policy') AS policy_announcements
FROM articles_view v WHERE (:agency = '' OR v.agency = :agency)
GROUP BY v.agency, v.month ORDER BY v.month DESC, releases DESC""",
    },
    "story_across_agencies": {
        "title": "ข่าวเดียวกันจากหลายหน่วยงาน / One story across agencies",
        "description": "Give an article id or a cluster id: every agency's version of the story, "
        "first published first.",
        "sql": f"""SELECT {ARTICLE_COLUMNS}, v.source_id, v.cluster_id FROM articles_view v
WHERE v.cluster_id = (SELECT COALESCE(a.cluster_id, :story) FROM articles a WHERE a.id = :story
                      UNION ALL SELECT :story LIMIT 1)
   OR v.id = :story
ORDER BY v.published_at""",
    },
    "multi_agency_stories": {
        "title": "เรื่องที่หลายหน่วยงานลง / Stories carried by several agencies",
        "description": "Clusters published by more than one source; open one with "
        "story_across_agencies.",
        "sql": """SELECT c.id AS cluster_id, c.title, c.sources, c.size, c.first_published_at,
  c.last_published_at FROM clusters c WHERE c.sources > 1
ORDER BY c.last_published_at DESC LIMIT 200""",
    },
    "new_articles": {
        "title": "ข่าวใหม่ / New articles (Atom feed)",
        "description": "The 100 articles khao stored most recently; add .atom for a feed.",
        "sql": f"""SELECT '{ATOM_TAG}article:' || a.id AS atom_id, a.title AS atom_title,
  a.stored_at AS atom_updated, a.url AS atom_link,
  khao_excerpt(a.body, {ATOM_EXCERPT}) AS atom_content, s.agency, a.kind, a.published_at
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
ORDER BY a.stored_at DESC, a.rowid DESC LIMIT 100""",
    },
    "alert_feed": {
        "title": "ข่าวตามการแจ้งเตือน / Matches of an alert rule (Atom feed)",
        "description": "Articles an alert rule (khao alerts) matched; add .atom for a feed "
        "per rule. Rule names are in the alert_rules table.",
        # datasette-atom fails on an empty feed, so a rule without matches yet gets one
        # placeholder entry saying so
        "sql": f"""SELECT * FROM (
  SELECT '{ATOM_TAG}article:' || a.id AS atom_id, '[' || m.rule || '] ' || a.title AS atom_title,
    m.matched_at AS atom_updated, a.url AS atom_link,
    khao_excerpt(a.body, {ATOM_EXCERPT}) AS atom_content,
    a.published_at, a.source_id
  FROM alert_matches m JOIN articles a ON a.id = m.article_id
  WHERE m.rule = :rule ORDER BY m.matched_at DESC, a.published_at DESC LIMIT 100)
UNION ALL
SELECT '{ATOM_TAG}alert:' || :rule, '[' || :rule || '] ยังไม่มีข่าวที่ตรงกัน / no matches yet',
  COALESCE((SELECT last_run_at FROM alert_rules WHERE name = :rule),
           '2000-01-01T00:00:00+00:00'), '', '', NULL, NULL
WHERE NOT EXISTS (SELECT 1 FROM alert_matches WHERE rule = :rule)""",
    },
}

TABLE_SETTINGS: dict[str, dict[str, Any]] = {
    "articles": {
        "fts_table": "articles_fts",
        "fts_pk": "rowid",
        "khao_search": True,  # ?_search= in khao's query language (datasette_plugin)
        "sort_desc": "published_at",
        "facets": ["source_id", "kind", "language"],
    },
    "articles_view": {
        "fts_table": "articles_fts",
        "fts_pk": "article_rowid",
        "khao_search": True,
        "sort_desc": "published_at",
        "facets": ["source_id", "agency", "year_be", "month", "kind", {"array": "entity_labels"}],
        "label_column": "title",
    },
    "entity_mentions": {"facets": ["label", "agency", "month", "kind"]},
    # who is named in how many articles: facets count articles, name variants merged
    "entity_articles": {
        "facets": ["label", "name", "agency", "year_be"],
        "sort_desc": "published_at",
    },
    "entity_directory": {
        "facets": ["kind", "label"],
        "sort_desc": "articles",
        "label_column": "name",
    },
    "entity_positions": {"sort_desc": "articles"},
    "crawl_runs": {"sort_desc": "id", "facets": ["status", "source_id"]},
    "clusters": {"sort_desc": "last_published_at"},
    "alert_deliveries": {"facets": ["status", "rule"]},
}
HIDDEN = ("dedupe_bands", "dedupe_signatures", "http_validators", "_sqlite_migrations")


def build_metadata(db_path: str) -> dict[str, Any]:
    db_name = Path(db_path).stem
    docs = schema_doc()
    tables: dict[str, dict[str, Any]] = {}
    for name in {*docs, *TABLE_SETTINGS}:
        doc = docs.get(name, {})
        entry: dict[str, Any] = {"source": "khao", "license": LICENSE}
        if doc:
            # Datasette adds "(view)" to a view's heading itself
            title = doc["title"].removesuffix(" (view)")
            entry.update(title=title, description=doc["description"],
                         columns=doc["columns"])  # fmt: skip
        entry.update(TABLE_SETTINGS.get(name, {}))
        if name in HIDDEN:
            entry["hidden"] = True
        tables[name] = entry
    return {
        "title": "khao ข่าว — ข่าวประชาสัมพันธ์หน่วยงานรัฐ / Thai government press releases",
        "description_html": (
            # one search, ranked and story-collapsed: khao's own page (datasette_plugin)
            '<form class="khao-search-form" action="/-/khao/search" method="get"><p>'
            '<input type="search" name="q" placeholder="ค้นหาข่าว เช่น นายกรัฐมนตรี" '
            'aria-label="ค้นหาข่าว / Search"> <input type="submit" value="ค้นหา / Search"> '
            '<a href="/-/khao/search">ค้นหาข่าว / Search press releases</a></p></form>'
            "<p>ข่าวประชาสัมพันธ์จากกระทรวงและหน่วยงานรัฐ เก็บโดย khao: ค้นหาภาษาไทย "
            "กรองตามหน่วยงาน เดือน ประเภทประกาศ และบุคคล</p>"
            "<p>Press releases of Thai ministries and agencies collected by khao. Start with "
            "<b>articles_view</b> (facets: agency, month, kind, entities) or the saved queries: "
            "search (Thai, highlighted, short words too), latest announcements, mentions of a "
            "person or agency, releases per agency per month, one story across agencies. "
            "Every table and column is explained in docs/schema.md.</p>"
        ),
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": "Thai government agency websites (see the sources table)",
        "source_url": "https://github.com/khao-news/khao",
        "databases": {
            db_name: {
                "description": "ข่าว / articles, sources, crawl runs, entities, stories, alerts",
                "tables": tables,
                "queries": QUERIES,
            }
        },
    }


FIRST_MIGRATION = "001_core"  # pending in a database khao never wrote


class ServeError(RuntimeError):
    """The database cannot be served as it is; the message says why and what to do."""


def read_only_file(db_path: str) -> bool:
    """True when khao may not write to the database file or its folder (-wal/-shm)."""
    path = Path(db_path).resolve()
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def check_schema(db_path: str, immutable: bool) -> None:
    """Raise ServeError unless the database has every migration of this code (read-only)."""
    import sqlite_utils

    from pipelines.storage.migrations import pending

    mode = "immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"file:{quote(str(Path(db_path).resolve()))}?{mode}", uri=True)
        try:
            missing = pending(sqlite_utils.Database(conn, execute_plugins=False))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ServeError(f"{db_path} cannot be read as an SQLite database: {exc}") from None
    if FIRST_MIGRATION in missing:
        raise ServeError(f"{db_path} is not a khao database (no khao schema in it)")
    if missing:
        raise ServeError(
            f"{db_path} has an older schema than this khao ({len(missing)} migration(s) to "
            f"apply: {', '.join(missing)}); `khao serve` never writes: run `khao crawl --db "
            f"{db_path}` (or ingest, alerts) once to upgrade it, then serve it"
        )


def wal_warning(db_path: str) -> str | None:
    """An immutable open ignores the -wal file: say so when it holds changes."""
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return (f"khao serve: {wal} holds changes not in {db_path}, and a read-only "
                "database is served without them (checkpoint it first: sqlite3 "
                f"{db_path} 'PRAGMA wal_checkpoint(TRUNCATE)')")  # fmt: skip
    return None


def datasette_args(db_path: str, metadata_path: str, host: str, port: int,
                   immutable: bool = False) -> list[str]:  # fmt: skip
    database = ["-i", db_path] if immutable else [db_path]  # Datasette: mode=ro, or immutable=1
    return [
        "serve", *database, "--metadata", metadata_path, "--host", host, "--port", str(port),
        "--setting", "sql_time_limit_ms", "5000",  # an OR of short and long words scans
        "--setting", "facet_time_limit_ms", "1000",
        # suggestions try a facet on every column of every page: 1.6-3 s at 100k articles
        "--setting", "suggest_facets", "off",
        "--setting", "default_page_size", "50",
        # a table page shows the start of each text (the row page has all of it): 50 bodies
        # of 2,048 characters cost more to render than the search itself
        "--setting", "truncate_cells_html", "200",
    ]  # fmt: skip


def check_port(host: str, port: int) -> None:
    """Raise ServeError when ``host:port`` cannot be listened on (uvicorn would log a line and
    exit with a status that means something else to khao)."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        hint = " (another khao serve? choose one with --port)" if exc.errno == 98 else ""
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}{hint}") from exc


def run_datasette(db_path: str, host: str, port: int, immutable: bool | None = None) -> int:
    """Serve in this process: stopping `khao serve` (Ctrl-C, SIGTERM) stops Datasette too.

    ``immutable`` defaults to whether the file is read-only. Raises ServeError when the
    database is older than the code (or not khao's)."""
    from datasette.cli import cli as datasette_cli

    immutable = read_only_file(db_path) if immutable is None else immutable
    check_schema(db_path, immutable)
    check_port(host, port)
    with tempfile.TemporaryDirectory() as tmp:
        metadata = Path(tmp) / "metadata.json"
        metadata.write_text(json.dumps(build_metadata(db_path), ensure_ascii=False), "utf-8")
        with suppress(KeyboardInterrupt):
            datasette_cli.main(datasette_args(db_path, str(metadata), host, port, immutable),
                               prog_name="khao serve", standalone_mode=False)  # fmt: skip
    return 0
