"""SQLite storage: schema (named migrations), article upserts with revisions, full-text index.

This module is the only code that writes khao's tables. Datasette, alerts and export read
the same file. WAL mode lets readers (Datasette) work while a crawl writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.items import ArticleItem
from pipelines.short_words import gram_document
from pipelines.thai_text import search_normalize
from pipelines.urls import url_key

Migration = Callable[[sqlite_utils.Database], None]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id(canonical_url: str) -> str:
    """Stable id of an article: a hash of its canonical URL."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str, body: str) -> str:
    text = search_normalize(title + "\n" + body)
    return hashlib.sha1("".join(text.split()).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- migrations
def m001_core(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT,
            agency TEXT,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            verified TEXT,
            status_note TEXT,
            updated_at TEXT
        );
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            canonical_url TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id),
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            published_at TEXT,
            published_from TEXT,
            modified_at TEXT,
            fetched_at TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            language TEXT,
            lead_image TEXT,
            author TEXT,
            categories TEXT,
            tags TEXT,
            kind TEXT,
            cluster_id TEXT
        );
        CREATE INDEX IF NOT EXISTS idx_articles_source ON articles(source_id, published_at);
        CREATE INDEX IF NOT EXISTS idx_articles_published ON articles(published_at);
        CREATE INDEX IF NOT EXISTS idx_articles_url ON articles(url);
        CREATE INDEX IF NOT EXISTS idx_articles_hash ON articles(content_hash);
        CREATE INDEX IF NOT EXISTS idx_articles_stored ON articles(stored_at);
        CREATE TABLE IF NOT EXISTS article_revisions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            published_at TEXT,
            modified_at TEXT,
            content_hash TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_revisions_article ON article_revisions(article_id);
        CREATE TABLE IF NOT EXISTS attachments (
            article_id TEXT NOT NULL REFERENCES articles(id),
            url TEXT NOT NULL,
            title TEXT,
            type TEXT,
            PRIMARY KEY (article_id, url)
        );
        CREATE TABLE IF NOT EXISTS crawl_runs (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL,
            source_id TEXT,
            mode TEXT NOT NULL DEFAULT 'local',
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            finish_reason TEXT,
            error_message TEXT,
            pages_fetched INTEGER DEFAULT 0,
            articles_new INTEGER DEFAULT 0,
            articles_updated INTEGER DEFAULT 0,
            articles_unchanged INTEGER DEFAULT 0,
            articles_failed INTEGER DEFAULT 0,
            dates_missing INTEGER DEFAULT 0,
            errors TEXT,
            http_status TEXT,
            pid INTEGER,
            host TEXT
        );
        CREATE INDEX IF NOT EXISTS idx_runs_source ON crawl_runs(source_id, started_at);
        CREATE TABLE IF NOT EXISTS http_validators (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            checked_at TEXT
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
            title, body, tokenize='trigram'
        );
        """
    )


def m002_entities_clusters(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            canonical TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_entities_label ON entities(label, canonical);
        CREATE TABLE IF NOT EXISTS article_entities (
            article_id TEXT NOT NULL REFERENCES articles(id),
            entity_id TEXT NOT NULL REFERENCES entities(id),
            field TEXT NOT NULL,
            surface TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            position TEXT,
            PRIMARY KEY (article_id, field, start, "end", entity_id)
        );
        CREATE INDEX IF NOT EXISTS idx_article_entities_entity ON article_entities(entity_id);
        CREATE TABLE IF NOT EXISTS clusters (
            id TEXT PRIMARY KEY,
            representative_id TEXT REFERENCES articles(id),
            title TEXT,
            size INTEGER NOT NULL DEFAULT 1,
            sources INTEGER NOT NULL DEFAULT 1,
            first_published_at TEXT,
            last_published_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_articles_cluster ON articles(cluster_id);
        """
    )


def m006_views_alerts_kind(db: sqlite_utils.Database) -> None:
    """Views for Datasette facets (agency, month, entities), alert state, kinds backfilled."""
    from pipelines.kinds import classify, load_rules

    db.executescript(
        """
        CREATE VIEW IF NOT EXISTS articles_view AS
        SELECT a.rowid AS article_rowid, a.id, a.title, a.published_at,
               substr(a.published_at, 1, 7) AS month, a.source_id, s.agency,
               s.name AS source_name, a.kind, a.language, a.cluster_id,
               (SELECT json_group_array(DISTINCT e.label) FROM article_entities ae
                  JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = a.id)
                 AS entity_labels,
               (SELECT json_group_array(DISTINCT e.canonical) FROM article_entities ae
                  JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = a.id)
                 AS entity_names,
               a.url, a.stored_at
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id;
        CREATE VIEW IF NOT EXISTS entity_mentions AS
        SELECT e.label, e.canonical, ae.surface, ae.field, ae.position, ae.article_id,
               a.title, a.published_at, substr(a.published_at, 1, 7) AS month,
               a.source_id, s.agency, a.kind
        FROM article_entities ae
        JOIN entities e ON e.id = ae.entity_id
        JOIN articles a ON a.id = ae.article_id
        LEFT JOIN sources s ON s.id = a.source_id;
        CREATE TABLE IF NOT EXISTS alert_rules (
            name TEXT PRIMARY KEY,
            definition TEXT,
            checked_from TEXT,
            last_run_at TEXT,
            matches INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS alert_matches (
            rule TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            matched_at TEXT NOT NULL,
            PRIMARY KEY (rule, article_id)
        );
        CREATE TABLE IF NOT EXISTS alert_deliveries (
            rule TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            target TEXT NOT NULL,
            target_label TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            last_attempt_at TEXT,
            sent_at TEXT,
            PRIMARY KEY (rule, article_id, target)
        );
        CREATE INDEX IF NOT EXISTS idx_alert_deliveries_status ON alert_deliveries(status);
        CREATE INDEX IF NOT EXISTS idx_articles_kind ON articles(kind, published_at);
        """
    )
    rules = load_rules()
    for key, title, body in db.execute(
        "SELECT id, title, body FROM articles WHERE kind IS NULL"
    ).fetchall():
        db.execute("UPDATE articles SET kind = ? WHERE id = ?", [classify(title, body, rules), key])


def m005_dedupe_index(db: sqlite_utils.Database) -> None:
    """The persisted near-duplicate index (see pipelines.dedupe) and URL aliases.

    No foreign keys to articles: the dedupe stage indexes an article just before the
    store writes it, so a later item of the same crawl already finds it.
    """
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS dedupe_signatures (
            article_id TEXT PRIMARY KEY,
            cluster_id TEXT NOT NULL,
            source_id TEXT NOT NULL,
            published_at TEXT,
            content_hash TEXT NOT NULL,
            numbers TEXT NOT NULL,
            shingles INTEGER NOT NULL,
            minhash BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_dedupe_signatures_hash ON dedupe_signatures(content_hash);
        CREATE TABLE IF NOT EXISTS dedupe_bands (
            band INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            article_id TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_dedupe_bands ON dedupe_bands(band, hash);
        CREATE INDEX IF NOT EXISTS idx_dedupe_bands_article ON dedupe_bands(article_id);
        CREATE TABLE IF NOT EXISTS url_aliases (
            alias TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            url TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_url_aliases_article ON url_aliases(article_id);
        """
    )


def m011_short_word_index(db: sqlite_utils.Database) -> None:
    """The index of 1–2 character words (see pipelines.short_words), backfilled from the
    normalised text articles_fts already holds. Contentless and positionless: it stores only
    which articles contain each character and character pair."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_grams USING fts5("
        "grams, content='', detail=none, columnsize=0)"
    )
    rows = db.conn.execute("SELECT rowid, title, body FROM articles_fts")  # streamed, not listed
    for rowid, title, body in rows:
        db.conn.execute(
            "INSERT INTO articles_grams (rowid, grams) VALUES (?, ?)",
            [rowid, gram_document(title, body)],
        )


def m012_language_index(db: sqlite_utils.Database) -> None:
    """Datasette facets search results by language: without an index that facet reads every
    row (100k articles: 180 ms a search; with it, the matches alone)."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_articles_language ON articles(language, published_at)"
    )


# Appended to, never reordered: a migration's name is recorded once it has run.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_core", m001_core),
    ("002_entities_clusters", m002_entities_clusters),
    ("006_views_alerts_kind", m006_views_alerts_kind),
    ("005_dedupe_index", m005_dedupe_index),
    ("011_short_word_index", m011_short_word_index),
    ("012_language_index", m012_language_index),
]


def register_migration(name: str, migration: Migration) -> None:
    """Let a feature module (dedupe index, alerts) add its own tables."""
    if all(existing != name for existing, _ in MIGRATIONS):
        MIGRATIONS.append((name, migration))


def open_db(path: str | Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # safe in WAL: a crash loses no committed row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return db


def migrate(db: sqlite_utils.Database) -> list[str]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS _khao_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM _khao_migrations").fetchall()}
    applied = []
    for name, migration in MIGRATIONS:
        if name in done:
            continue
        with transaction(db):
            migration(db)
            db.execute(
                "INSERT INTO _khao_migrations (name, applied_at) VALUES (?, ?)", [name, utc_now()]
            )
        applied.append(name)
    return applied


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Store:
    """khao's database: open (and migrate) once, then save articles and runs."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = open_db(self.path)
        migrate(self.db)

    def close(self) -> None:
        self.db.conn.close()

    # ------------------------------------------------------------------ sources
    def sync_sources(self, rows: Iterable[dict[str, Any]]) -> None:
        now = utc_now()
        with transaction(self.db):
            for row in rows:
                self.db["sources"].upsert({**row, "updated_at": now}, pk="id")

    # ------------------------------------------------------------------ articles
    def known_articles(self, source_id: str) -> dict[str, str | None]:
        """URL (as fetched and canonical) -> modified_at, for incremental crawls."""
        known: dict[str, str | None] = {}
        for url, canonical, modified in self.db.execute(
            "SELECT url, canonical_url, modified_at FROM articles WHERE source_id = ?",
            [source_id],
        ).fetchall():
            known[url] = modified
            known[canonical] = modified
        # other URLs of the same articles (WordPress ?p=N shortlinks, http/www variants)
        for url, modified in self.db.execute(
            "SELECT u.url, a.modified_at FROM url_aliases u JOIN articles a ON a.id = u.article_id"
            " WHERE a.source_id = ?",
            [source_id],
        ).fetchall():
            known.setdefault(url, modified)
        return known

    def save_article(self, item: ArticleItem) -> str:
        """Insert or update one article; return 'new', 'updated' or 'unchanged'.

        An update keeps the previous text in article_revisions.
        """
        canonical = item.canonical_url or item.url
        key = article_id(url_key(canonical))  # http/https, www., trailing slash: one article
        digest = item.content_hash or content_hash(item.title, item.body)
        now = utc_now()
        row = {
            "id": key,
            "url": item.url,
            "canonical_url": canonical,
            "source_id": item.source_id,
            "title": item.title,
            "body": item.body,
            "published_at": item.published_at,
            "published_from": item.published_from,
            "modified_at": item.modified_at,
            "fetched_at": item.fetched_at or now,
            "updated_at": now,
            "content_hash": digest,
            "language": item.language,
            "lead_image": item.lead_image,
            "author": item.author,
            "categories": json.dumps(item.categories, ensure_ascii=False),
            "tags": json.dumps(item.tags, ensure_ascii=False),
            "kind": item.kind,
            "cluster_id": item.cluster_hint.get("cluster_id"),
        }
        with transaction(self.db):
            old = self.db.execute(
                "SELECT rowid, title, body, published_at, modified_at, content_hash, fetched_at"
                " FROM articles WHERE id = ?",
                [key],
            ).fetchone()
            if old is None:
                row["stored_at"] = now
                self.db["articles"].insert(row)
                rowid = self.db.execute(
                    "SELECT rowid FROM articles WHERE id = ?", [key]
                ).fetchone()[0]
                self._index(rowid, item.title, item.body, new=True)
                outcome = "new"
            elif old[5] == digest and old[1] == item.title and old[4] == item.modified_at:
                return "unchanged"
            else:
                self.db["article_revisions"].insert(
                    {
                        "article_id": key,
                        "title": old[1],
                        "body": old[2],
                        "published_at": old[3],
                        "modified_at": old[4],
                        "content_hash": old[5],
                        "fetched_at": old[6],
                        "replaced_at": now,
                    }
                )
                self.db["articles"].update(key, {k: v for k, v in row.items() if k != "id"})
                self._index(old[0], item.title, item.body, new=False)
                outcome = "updated"
            self._save_attachments(key, item)
            self._save_entities(key, item)
        return outcome

    def refresh_cluster(self, cluster_id: str) -> None:
        """Recompute one story's ``clusters`` row from its articles (pipelines.dedupe).

        The representative is the earliest published article. One indexed query over the
        cluster's own articles: the cost does not grow with the database.
        """
        rows = self.db.execute(
            "SELECT id, title, published_at, source_id FROM articles WHERE cluster_id = ?"
            " ORDER BY published_at IS NULL, published_at, stored_at, id",
            [cluster_id],
        ).fetchall()
        with transaction(self.db):
            if not rows:
                self.db.execute("DELETE FROM clusters WHERE id = ?", [cluster_id])
                return
            dates = sorted(row[2] for row in rows if row[2])
            now = utc_now()
            self.db.execute(
                "INSERT INTO clusters (id, representative_id, title, size, sources,"
                " first_published_at, last_published_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                " representative_id = excluded.representative_id, title = excluded.title,"
                " size = excluded.size, sources = excluded.sources,"
                " first_published_at = excluded.first_published_at,"
                " last_published_at = excluded.last_published_at,"
                " updated_at = excluded.updated_at",
                [
                    cluster_id,
                    rows[0][0],
                    rows[0][1],
                    len(rows),
                    len({row[3] for row in rows}),
                    dates[0] if dates else None,
                    dates[-1] if dates else None,
                    now,
                    now,
                ],
            )

    def _index(self, rowid: int, title: str, body: str, new: bool) -> None:
        """Write both search indexes: trigrams (articles_fts) and short words (articles_grams)."""
        if not new:
            old = self.db.execute(
                "SELECT title, body FROM articles_fts WHERE rowid = ?", [rowid]
            ).fetchone()
            if old:  # a contentless FTS5 table forgets a row only when told its old tokens
                self.db.execute(
                    "INSERT INTO articles_grams (articles_grams, rowid, grams)"
                    " VALUES ('delete', ?, ?)",
                    [rowid, gram_document(*old)],
                )
            self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", [rowid])
        title, body = search_normalize(title), search_normalize(body)
        self.db.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", [rowid, title, body]
        )
        self.db.execute(
            "INSERT INTO articles_grams (rowid, grams) VALUES (?, ?)",
            [rowid, gram_document(title, body)],
        )

    def _save_attachments(self, key: str, item: ArticleItem) -> None:
        self.db.execute("DELETE FROM attachments WHERE article_id = ?", [key])
        for attachment in item.attachments:
            self.db.execute(
                "INSERT OR IGNORE INTO attachments (article_id, url, title, type) VALUES (?,?,?,?)",
                [key, attachment.url, attachment.title, attachment.type],
            )

    def _save_entities(self, key: str, item: ArticleItem) -> None:
        self.db.execute("DELETE FROM article_entities WHERE article_id = ?", [key])
        for entity in item.entities:
            canonical = entity.get("canonical") or entity["text"]
            entity_key = hashlib.sha1(f"{entity['label']}|{canonical}".encode()).hexdigest()[:16]
            self.db.execute(
                "INSERT OR IGNORE INTO entities (id, label, canonical) VALUES (?, ?, ?)",
                [entity_key, entity["label"], canonical],
            )
            self.db.execute(
                "INSERT OR IGNORE INTO article_entities"
                ' (article_id, entity_id, field, surface, start, "end", position)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    key,
                    entity_key,
                    entity.get("field", "body"),
                    entity["text"],
                    entity["start"],
                    entity["end"],
                    entity.get("position"),
                ],
            )

    # ------------------------------------------------------------------ validators
    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute(
            "SELECT etag, last_modified FROM http_validators WHERE url = ?", [url]
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.db.execute(
            "INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (?,?,?,?)"
            " ON CONFLICT(url) DO UPDATE SET etag=excluded.etag,"
            " last_modified=excluded.last_modified, checked_at=excluded.checked_at",
            [url, etag, last_modified, utc_now()],
        )

    # ------------------------------------------------------------------ runs
    def start_run(self, run_id: str, source_id: str | None, mode: str = "local") -> int:
        with transaction(self.db):
            cursor = self.db.execute(
                "INSERT INTO crawl_runs (run_id, source_id, mode, started_at, status, pid, host)"
                " VALUES (?, ?, ?, ?, 'running', ?, ?)",
                [run_id, source_id, mode, utc_now(), os.getpid(), socket.gethostname()],
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, row_id: int, status: str, **fields: Any) -> None:
        values = {"status": status, "finished_at": utc_now()}
        for key, value in fields.items():
            values[key] = (
                json.dumps(value, ensure_ascii=False, sort_keys=True)
                if isinstance(value, dict | list)
                else value
            )
        with transaction(self.db):
            self.db["crawl_runs"].update(row_id, values)

    def mark_interrupted_runs(self) -> int:
        """Runs left 'running' by a process that no longer exists were interrupted."""
        host = socket.gethostname()
        stale = []
        for row_id, pid, row_host in self.db.execute(
            "SELECT id, pid, host FROM crawl_runs WHERE status = 'running'"
        ).fetchall():
            if row_host == host and pid and not pid_alive(int(pid)):
                stale.append(row_id)
        with transaction(self.db):
            for row_id in stale:
                self.db.execute(
                    "UPDATE crawl_runs SET status = 'interrupted', finish_reason = 'process ended"
                    " without finishing the run', finished_at = COALESCE(finished_at, ?)"
                    " WHERE id = ?",
                    [utc_now(), row_id],
                )
        return len(stale)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
