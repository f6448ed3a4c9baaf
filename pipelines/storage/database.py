"""khao's database: the connection, article upserts with revisions, both search indexes,
crawl runs and HTTP validators.

Who writes which table is listed in docs/architecture.md: this module writes the article,
source, run and validator tables; ``dedupe_index`` the near-duplicate index and URL
aliases; ``khao.alerts`` the alert tables. Datasette and export only read. WAL mode lets
readers (Datasette) work while a crawl writes.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import sqlite_utils

from pipelines.identity import article_id, content_hash
from pipelines.items import ArticleItem
from pipelines.short_words import gram_document
from pipelines.storage import directory
from pipelines.storage.migrations import migrate
from pipelines.thai_text import search_normalize


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_db(path: str | Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # safe in WAL: a crash loses no committed row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return db


def connect_read_only(path: str | Path, timeout: float = 30) -> sqlite3.Connection:
    """A connection that never writes or creates the database. A WAL database in a folder
    khao may not write (a read-only copy, a mounted archive) cannot be opened ``mode=ro``
    (SQLite needs its -shm file): it is opened ``immutable=1``, safe there because nothing
    can be writing to it either."""
    from urllib.parse import quote

    resolved = Path(path).resolve()
    if not resolved.exists():
        raise FileNotFoundError(2, "no such database", str(path))
    writable = os.access(resolved, os.W_OK) and os.access(resolved.parent, os.W_OK)
    mode = "mode=ro" if writable else "immutable=1"
    return sqlite3.connect(f"file:{quote(str(resolved))}?{mode}", uri=True, timeout=timeout)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """All or nothing. Inside an open transaction (a batch of articles, see
    ``Store.open_batch``) it is a savepoint: a failure undoes this block's writes only, and
    the outer transaction decides when they are committed."""
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT khao_nested")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT inside may have ended it already
                conn.execute("ROLLBACK TO khao_nested")
                conn.execute("RELEASE khao_nested")
            raise
        conn.execute("RELEASE khao_nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class OwnedElsewhere(ValueError):
    """An article another source stored: one source never writes another source's row
    (cross-agency sameness is the dedupe clusters' job)."""

    def __init__(self, article_id: str, owner: str, source_id: str, url: str) -> None:
        super().__init__(f"article {article_id} ({url}) belongs to source {owner}, not {source_id}")
        self.article_id, self.owner, self.source_id, self.url = article_id, owner, source_id, url


@dataclass
class Batch:
    """Articles written in one open transaction: committed together, and only then counted
    (``on_commit``), so nothing is reported stored that a kill could still take back."""

    opened: float = field(default_factory=time.monotonic)
    articles: int = 0
    on_commit: list[Callable[[], None]] = field(default_factory=list)
    #: who to tell when the commit fails (its writers, by key: each is told once)
    on_failure: dict[int, Callable[[BaseException], None]] = field(default_factory=dict)


class Store:
    """khao's database: open (and migrate) once, then save articles and runs.

    A crawl groups its articles into batches (``open_batch`` … ``commit_batch``, the store
    stage's ``KHAO_STORE_BATCH``): an article's own commit was ~3.7 ms of its ~9 ms in the
    store (~260 changed pages, and both full-text indexes flush a segment per transaction
    and per savepoint). With ``index_later`` a batch's commit writes the search indexes of
    its articles last, outside their savepoints. Every other write
    (runs, walks, validators, sources) commits the open batch first, so what it records is
    never ahead of the articles.

    Indexing may be deferred (``index_later``, the store stage's ``KHAO_INDEX_BATCH``): each
    article is committed on its own, with its rowid in ``search_pending``, and
    ``flush_index`` writes the search indexes of every pending article in one transaction.
    FTS5 writes its pending data as a new segment at every commit, ~3.7 ms of an article's
    ~9 ms in the store when each article carries its own (bench/RESULTS.md, issue 17). The
    list is in the database, so what a kill leaves unindexed is indexed at the next open.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = open_db(self.path)
        self.batch: Batch | None = None
        self.batch_ready = False  # prepare_batches() done
        #: articles go to search_pending instead of the indexes (set by the store stage)
        self.index_later = False
        #: articles this connection left pending since its last flush, and since when
        self.unindexed = 0
        self.unindexed_since: float | None = None
        migrate(self.db)
        self.flush_index()  # what a killed crawl (or another process) left unindexed

    def close(self) -> None:
        self.commit_batch()
        self.flush_index()
        self.db.conn.close()

    # ------------------------------------------------------------------ batches
    def open_batch(self) -> Batch:
        """The open batch (begun now if there is none)."""
        if self.batch is None:
            if not self.batch_ready:  # outside any transaction (temp_store requires it)
                self.prepare_batches()
            self.db.conn.execute("BEGIN IMMEDIATE")
            self.batch = Batch()
        return self.batch

    def batch_age(self) -> float:
        return time.monotonic() - self.batch.opened if self.batch else 0.0

    def commit_batch(self) -> None:
        """Commit the open batch (if any), then run its ``on_commit`` callbacks. On failure
        (a full disk) the batch is rolled back, its callbacks dropped, every writer in it
        told (``on_failure``: whoever commits it, a stage or another write such as a run's
        row, its articles' sources must hear they were lost), and the error raised."""
        batch, self.batch = self.batch, None
        if batch is None:
            return
        conn = self.db.conn
        try:
            if self.index_later:  # last, outside every article's savepoint: one FTS5 segment
                self._index_pending()
                self.unindexed, self.unindexed_since = 0, None
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, Exception):
                for report in batch.on_failure.values():
                    report(exc)
            raise
        for callback in batch.on_commit:
            callback()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """A transaction of its own, after the open batch is committed."""
        self.commit_batch()
        with transaction(self.db):
            yield

    # ------------------------------------------------------------------ sources
    def sync_sources(self, rows: Iterable[dict[str, Any]]) -> None:
        now = utc_now()
        with self._write():
            for row in rows:
                old = self.db.execute(
                    "SELECT agency FROM sources WHERE id = ?", [row["id"]]
                ).fetchone()
                self.db["sources"].upsert({**row, "updated_at": now}, pk="id")
                if old and "agency" in row and old[0] != row["agency"]:
                    directory.update_agency(self.db, row["id"], row["agency"])

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

        An update keeps the previous text in article_revisions. A row of another source is
        never touched (OwnedElsewhere).
        """
        canonical = item.canonical_url or item.url
        key = article_id(canonical)  # http/https, www., trailing slash: one article
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
            "form": item.form or "text",
            "images": json.dumps(item.images, ensure_ascii=False) if item.images else None,
        }
        with transaction(self.db):
            old = self.db.execute(
                "SELECT rowid, title, body, published_at, modified_at, content_hash, fetched_at,"
                " source_id FROM articles WHERE id = ?",
                [key],
            ).fetchone()
            if old is not None and old[7] != item.source_id:
                raise OwnedElsewhere(key, old[7], item.source_id, item.url)
            if old is None:
                row["stored_at"] = now
                # one plain INSERT (sqlite_utils' insert reads the schema at every call, and
                # the rowid was read back by a second query; issue 17, sixth pass)
                columns = ", ".join(f"[{name}]" for name in row)
                rowid = self.db.conn.execute(
                    f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                ).lastrowid
                self._index_or_queue(rowid, item.title, item.body)
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
                self._index_or_queue(old[0], item.title, item.body)
                outcome = "updated"
            self._save_attachments(key, item)
            self._save_entities(key, item)
        if self.index_later:  # committed (or in the open batch): one more to index
            self.unindexed += 1
            self.unindexed_since = self.unindexed_since or time.monotonic()
        return outcome

    def refresh_cluster(self, cluster_id: str) -> None:
        """Recompute one story's ``clusters`` row from its articles (the dedupe stage).

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

    # ------------------------------------------------------------------ search indexes
    def _index_or_queue(self, rowid: int, title: str, body: str) -> None:
        if self.index_later:
            self.db.execute(
                "INSERT OR IGNORE INTO search_pending (article_rowid) VALUES (?)", [rowid]
            )
        else:
            self._index(rowid, title, body)

    def index_age(self) -> float:
        """Seconds since this connection left its oldest unindexed article (0: none)."""
        since = self.unindexed_since
        return time.monotonic() - since if since is not None else 0.0

    def flush_index(self) -> int:
        """Index every article listed in ``search_pending`` (whoever listed it) from its
        stored text, in one transaction; return how many. Nothing listed: one read. An open
        batch is committed first (its commit indexes what it listed)."""
        self.unindexed, self.unindexed_since = 0, None
        if self.db.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
            return 0
        with self._write():
            return self._index_pending()

    def _index_pending(self) -> int:
        rows = self.db.execute(
            "SELECT p.article_rowid, a.rowid, a.title, a.body FROM search_pending p"
            " LEFT JOIN articles a ON a.rowid = p.article_rowid ORDER BY p.article_rowid"
        ).fetchall()
        for rowid, present, title, body in rows:
            if present is None:  # deleted since: its entries go too
                self._unindex(rowid)
            else:
                self._index(rowid, title, body)
        if rows:
            self.db.execute("DELETE FROM search_pending")
        return len(rows)

    def prepare_batches(self) -> None:
        """Settings for long transactions (batches). A batch of 50 articles touches more
        pages than the default 2 MB cache holds (each article ~260: the entity tables and
        their indexes), which then spills them to the WAL mid-transaction; each article's
        savepoint keeps a copy of the pages it changes, in a temporary file unless
        temp_store is MEMORY."""
        self.db.conn.execute(f"PRAGMA cache_size = -{self.BATCH_CACHE_KIB}")
        self.db.conn.execute("PRAGMA temp_store = MEMORY")
        self.batch_ready = True

    BATCH_CACHE_KIB = 16_000

    def _unindex(self, rowid: int) -> None:
        """Remove the rowid's entries from both indexes (if it has any)."""
        old = self.db.execute(
            "SELECT title, body FROM articles_fts WHERE rowid = ?", [rowid]
        ).fetchone()
        if old:
            # a contentless FTS5 table forgets a row only when told its old tokens
            self.db.execute(
                "INSERT INTO articles_grams (articles_grams, rowid, grams) VALUES ('delete', ?, ?)",
                [rowid, gram_document(*old)],
            )
            self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", [rowid])

    def _index(self, rowid: int, title: str, body: str) -> None:
        """Write both search indexes: trigrams (articles_fts) and short words (articles_grams).

        A new article may still find index rows under its rowid: SQLite reuses the rowid of
        a deleted last row, and rows deleted by hand (a researcher's DELETE) leave their
        index entries behind. They are replaced, never added to.
        """
        self._unindex(rowid)
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
        # mentions, and the entity directory kept in step (pipelines/storage/directory.py)
        directory.save_mentions(self.db, key, item.entities)

    # ------------------------------------------------------------------ walks
    def walk_complete(self, source_id: str) -> bool:
        """Whether the source's last walk reached its end with nothing lost (a source never
        walked has not completed one)."""
        row = self.db.execute(
            "SELECT complete FROM source_walks WHERE source_id = ?", [source_id]
        ).fetchone()
        return bool(row and row[0])

    def begin_walk(self, source_id: str, run_id: str) -> None:
        """Mark a walk as under way: until ``complete_walk`` commits, a kill leaves the
        source marked incomplete and the next run walks it in full."""
        with self._write():
            self.db.execute(
                "INSERT INTO source_walks (source_id, complete, started_at, started_run_id)"
                " VALUES (?, 0, ?, ?) ON CONFLICT(source_id) DO UPDATE SET complete = 0,"
                " started_at = excluded.started_at, started_run_id = excluded.started_run_id",
                [source_id, utc_now(), run_id],
            )

    def complete_walk(
        self,
        source_id: str,
        run_id: str,
        validators: dict[str, tuple[str | None, str | None]] | None = None,
    ) -> None:
        """The walk reached its end with every article stored: say so, and save the pages'
        HTTP validators in the same transaction (a 304 may only skip what is stored)."""
        now = utc_now()
        with self._write():
            for url, (etag, modified) in (validators or {}).items():
                self.save_validators(url, etag, modified)
            self.db.execute(
                "INSERT INTO source_walks (source_id, complete, completed_at, completed_run_id)"
                " VALUES (?, 1, ?, ?) ON CONFLICT(source_id) DO UPDATE SET complete = 1,"
                " completed_at = excluded.completed_at,"
                " completed_run_id = excluded.completed_run_id",
                [source_id, now, run_id],
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

    # ------------------------------------------------------------------ space
    RESERVE_BYTES = 1 << 20

    @property
    def reserve_path(self) -> Path:
        return Path(self.path + "-reserve")

    def ensure_reserve(self) -> None:
        """Keep a small file of zeros beside the database (``<db>-reserve``): when the disk
        fills up mid-crawl, freeing it leaves room to record how the run ended."""
        path = self.reserve_path
        if path.exists() and path.stat().st_size >= self.RESERVE_BYTES:
            return
        try:
            with path.open("wb") as handle:  # written, not sparse: the space is really taken
                handle.write(bytes(self.RESERVE_BYTES))
        except OSError:  # no room even for this: the run goes on without it
            path.unlink(missing_ok=True)

    def release_reserve(self) -> None:
        """Free the reserve for the run's last words, and from now on never checkpoint on
        this connection: a checkpoint runs after a commit and copies the whole WAL into the
        database file, which grew it by more than the reserve, so the next write failed (a
        crawl on a full disk left its runs 'running'). Closing still checkpoints, harmlessly:
        what was committed stays in the WAL."""
        with suppress(OSError):  # a read-only filesystem: the rows' writes will say so
            self.reserve_path.unlink(missing_ok=True)
        self.db.conn.execute("PRAGMA wal_autocheckpoint = 0")

    # ------------------------------------------------------------------ runs
    def start_run(self, run_id: str, source_id: str | None, mode: str = "local") -> int:
        with self._write():
            cursor = self.db.execute(
                "INSERT INTO crawl_runs (run_id, source_id, mode, started_at, status, pid, host)"
                " VALUES (?, ?, ?, ?, 'running', ?, ?)",
                [run_id, source_id, mode, utc_now(), os.getpid(), socket.gethostname()],
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, row_id: int, status: str, **fields: Any) -> None:
        with self._write():
            self.db["crawl_runs"].update(row_id, run_columns({"status": status, **fields}))

    def finish_runs(self, outcomes: list[tuple[int, dict[str, Any]]]) -> None:
        """Record several runs' outcomes (row id, ``finish_run``'s keywords) in one
        transaction: after a full disk, one commit of a few pages fits in the freed reserve
        where one commit a row did not (see ``release_reserve``)."""
        with self._write():
            for row_id, outcome in outcomes:
                self.db["crawl_runs"].update(row_id, run_columns(outcome))

    def stop_runs(self, run_id: str, status: str) -> int:
        """Close the rows of this run still marked 'running' (a forced stop)."""
        with self._write():
            cursor = self.db.execute(
                "UPDATE crawl_runs SET status = ?, finish_reason = 'shutdown',"
                " finished_at = ? WHERE run_id = ? AND status = 'running'",
                [status, utc_now(), run_id],
            )
        return cursor.rowcount

    def mark_interrupted_runs(self) -> int:
        """Runs left 'running' by a process that no longer exists were interrupted."""
        host = socket.gethostname()
        stale = []
        for row_id, pid, row_host in self.db.execute(
            "SELECT id, pid, host FROM crawl_runs WHERE status = 'running'"
        ).fetchall():
            if row_host == host and pid and not pid_alive(int(pid)):
                stale.append(row_id)
        with self._write():
            for row_id in stale:
                self.db.execute(
                    "UPDATE crawl_runs SET status = 'interrupted', finish_reason = 'process ended"
                    " without finishing the run', finished_at = COALESCE(finished_at, ?)"
                    " WHERE id = ?",
                    [utc_now(), row_id],
                )
        return len(stale)


def run_columns(outcome: dict[str, Any]) -> dict[str, Any]:
    """A finished run's crawl_runs values (``status`` and the other columns): dicts and
    lists (errors, HTTP statuses) as JSON, and the time it finished."""
    values = {
        key: json.dumps(value, ensure_ascii=False, sort_keys=True)
        if isinstance(value, dict | list)
        else value
        for key, value in outcome.items()
    }
    return {**values, "finished_at": utc_now()}


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@cache
def shared_store(path: str) -> Store:
    """One connection per database per process: every source's crawler, stage, middleware
    and extension of a crawl shares it (SQLite has one writer; one connection keeps the
    crawl's own writes from waiting on each other)."""
    return Store(path)
