"""The entity directory, stored: real entities, their names and positions, and one row per
(article, real entity) for facets — kept by the Store as articles arrive, rebuilt whole by
:func:`rebuild` (migration 017, ``khao entities rebuild``).

The rules (which tagged names are one real entity) are pure, in ``pipelines.entity_directory``.
Here: where they are applied, so that facets and "articles mentioning X" read indexed rows
instead of merging names per request.

- ``article_entities.directory_id``: the full name a one-word person name stands for *in
  that article* (NULL otherwise);
- ``entities.directory_id``: the real entity a tagged name stands for across articles (its
  own id, or for a first name alone the dominant full name's); ``entities.articles``: the
  articles tagging that exact name (what dominance is decided on);
- ``entity_articles``: per article, each real entity once (the mention's own
  ``directory_id``, else its entity's), with the article fields facets need;
- ``entity_directory`` (counts, first and last seen), ``entity_positions``, ``entity_names``.

A first name's real entity can change when another article names a full name (dominance
shifts): the articles naming that first name alone are then re-indexed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import sqlite_utils

from pipelines.entity_directory import (
    Mention,
    alias_of,
    dominant,
    first_names,
    is_partial_name,
    kind_of,
    lexicon_entries,
    merge_in_article,
    variant_kind,
)
from pipelines.identity import entity_id

# The indexes answer Datasette's pages from the index alone: a name's rows newest first and
# its count, and the facets agency and year of one name (label, name, …, agency, year_be) or
# of one real entity (directory_id, …); the facets of a whole label by (label, agency) and
# (label, year_be); a label's page newest first by (label, published_at) (without it, the
# people's page sorted 500,000 rows: 1.1 s at 100k articles).
SCHEMA = """
CREATE TABLE IF NOT EXISTS entity_directory (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    abbreviation TEXT,
    english TEXT,
    parent_id TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX IF NOT EXISTS idx_entity_directory_name ON entity_directory(label, name);
CREATE INDEX IF NOT EXISTS idx_entity_directory_kind ON entity_directory(kind, articles);
CREATE TABLE IF NOT EXISTS entity_names (
    name TEXT NOT NULL,
    directory_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (name, directory_id)
);
CREATE INDEX IF NOT EXISTS idx_entity_names_entity ON entity_names(directory_id);
CREATE TABLE IF NOT EXISTS entity_positions (
    directory_id TEXT NOT NULL,
    position TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (directory_id, position)
);
CREATE TABLE IF NOT EXISTS entity_articles (
    directory_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    position TEXT,
    published_at TEXT,
    month TEXT,
    year_be INTEGER,
    source_id TEXT,
    agency TEXT,
    kind TEXT,
    UNIQUE (directory_id, article_id)
);
CREATE INDEX IF NOT EXISTS idx_entity_articles_article_label
    ON entity_articles(article_id, label, name);
CREATE INDEX IF NOT EXISTS idx_entity_articles_entity
    ON entity_articles(directory_id, published_at, agency, year_be);
CREATE INDEX IF NOT EXISTS idx_entity_articles_name
    ON entity_articles(label, name, published_at, agency, year_be);
CREATE INDEX IF NOT EXISTS idx_entity_articles_agency ON entity_articles(label, agency);
CREATE INDEX IF NOT EXISTS idx_entity_articles_year ON entity_articles(label, year_be);
CREATE INDEX IF NOT EXISTS idx_entity_articles_published ON entity_articles(published_at);
CREATE INDEX IF NOT EXISTS idx_entity_articles_label_published
    ON entity_articles(label, published_at);
"""

ARTICLE_FIELDS = (
    "SELECT a.published_at, a.source_id, s.agency, a.kind FROM articles a"
    " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?"
)
INSERT_ROW = (
    "INSERT INTO entity_articles (directory_id, article_id, label, name, position,"
    " published_at, month, year_be, source_id, agency, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)


def create(db: sqlite_utils.Database) -> None:
    """The directory's columns and tables (migration 017)."""
    for table, column, decl in (
        ("entities", "directory_id", "TEXT"),
        ("entities", "articles", "INTEGER NOT NULL DEFAULT 0"),
        ("article_entities", "directory_id", "TEXT"),
    ):
        if column not in {c.name for c in db[table].columns}:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'entity_articles'"
                  ).fetchone():  # fmt: skip
        db.execute("DROP VIEW entity_articles")  # before 017: names merged per request
    # one statement at a time: executescript() would commit the migration's transaction
    for statement in filter(str.strip, SCHEMA.split(";")):
        db.execute(statement)


def year_be(published_at: str | None) -> int | None:
    head = (published_at or "")[:4]
    return int(head) + 543 if head.isdigit() else None


@dataclass
class Row:
    directory_id: str
    label: str
    name: str
    position: str | None


def rows_of(mentions: Iterable[tuple[str, str, str, str | None]]) -> list[Row]:
    """One row per real entity from an article's mentions in reading order
    ``(directory_id, label, name, position)``: the first position written for it."""
    out: dict[str, Row] = {}
    for key, label, name, position in mentions:
        row = out.setdefault(key, Row(key, label, name, None))
        if row.position is None and position:
            row.position = position
    return list(out.values())


# --------------------------------------------------------------------------- as articles arrive
def own_directory_id(db: sqlite_utils.Database, label: str, canonical: str) -> str:
    """A tagged name's real entity when it is not a first name: itself, or the shipped
    agency or place it is another name of (whose ``entities`` row is made if needed, so
    every real entity's name can be read from ``entities``)."""
    alias = alias_of(label, canonical)
    if alias is None:
        return entity_id(label, canonical)
    target = entity_id(label, alias)
    db.execute(
        "INSERT OR IGNORE INTO entities (id, label, canonical, directory_id) VALUES (?, ?, ?, ?)",
        [target, label, alias, target],
    )
    return target


def resolve_first_name(db: sqlite_utils.Database, name: str) -> str | None:
    """The real entity of the one-word person name ``name`` across articles (dominance), or
    None when no such tagged entity exists."""
    own = entity_id("PERSON", name)
    if db.execute("SELECT 1 FROM entities WHERE id = ?", [own]).fetchone() is None:
        return None
    counts = dict(db.execute(
        "SELECT canonical, articles FROM entities WHERE label = 'PERSON'"
        " AND canonical > ? AND canonical < ? AND articles > 0",
        [name + " ", name + " " + chr(0x10FFFF)]).fetchall())  # fmt: skip
    full = dominant(counts)
    return entity_id("PERSON", full) if full else own


INSERT_ENTITY = (
    "INSERT OR IGNORE INTO entities (id, label, canonical, directory_id) VALUES (?, ?, ?, ?)"
)
INSERT_MENTION = (
    "INSERT OR IGNORE INTO article_entities"
    ' (article_id, entity_id, field, surface, start, "end", position, directory_id)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_NAME = "INSERT OR IGNORE INTO entity_names (name, directory_id, kind) VALUES (?, ?, ?)"


def entity_rows(mention: Mention) -> list[tuple[str, str, str, str | None]]:
    """The ``entities`` rows a mention needs, in the order they are written: the shipped
    agency or place it is another name of (if any), then its own."""
    label, canonical = mention.label, mention.canonical
    key = entity_id(label, canonical)
    if is_partial_name(label, canonical):
        return [(key, label, canonical, None)]
    alias = alias_of(label, canonical)
    if alias is None:
        return [(key, label, canonical, key)]
    target = entity_id(label, alias)
    return [(target, label, alias, target), (key, label, canonical, target)]


def first_of_each(rows: list[tuple], key_length: int) -> list[tuple]:
    """The rows whose key (their first ``key_length`` values) no earlier row has, in order:
    what ``INSERT OR IGNORE`` keyed on those columns writes of them. An article repeats a
    name many times: 83 names a row written for ~30 distinct (issue 17, seventh pass)."""
    first: dict[tuple, tuple] = {}
    for row in rows:
        first.setdefault(row[:key_length], row)
    return list(first.values())


def save_mentions(db: sqlite_utils.Database, article_id: str, entities: list[dict]) -> None:
    """Replace an article's mentions and keep every directory table up to date (inside the
    Store's transaction). The rows of a table are written by one ``executemany`` in the
    order single statements would have written them (~250 statements an article were
    ~3 ms of the crawl process's CPU, bench/RESULTS.md issue 17)."""
    conn = db.conn
    old_ids = {r[0] for r in conn.execute(
        "SELECT DISTINCT entity_id FROM article_entities WHERE article_id = ?", [article_id])}  # fmt: skip
    conn.execute("DELETE FROM article_entities WHERE article_id = ?", [article_id])
    mentions = [
        Mention(e["label"], e.get("canonical") or e["text"], e.get("field", "body"), e["start"])
        for e in entities
    ]
    merged = merge_in_article(mentions)
    new_ids: set[str] = set()
    entity_inserts: list[tuple[str, str, str, str | None]] = []
    mention_inserts: list[tuple[object, ...]] = []
    for entity, mention, full in zip(entities, mentions, merged, strict=True):
        key = entity_id(mention.label, mention.canonical)
        new_ids.add(key)
        entity_inserts.extend(entity_rows(mention))
        mention_inserts.append(
            (article_id, key, mention.field, entity["text"], entity["start"], entity["end"],
             entity.get("position"), entity_id("PERSON", full) if full else None)
        )  # fmt: skip
    conn.executemany(INSERT_ENTITY, first_of_each(entity_inserts, 1))
    conn.executemany(INSERT_MENTION, mention_inserts)
    conn.executemany("UPDATE entities SET articles = articles + 1 WHERE id = ?",
                     [(key,) for key in sorted(new_ids - old_ids)])  # fmt: skip
    conn.executemany("UPDATE entities SET articles = max(0, articles - 1) WHERE id = ?",
                     [(key,) for key in sorted(old_ids - new_ids)])  # fmt: skip
    # first names whose real entity may have changed: named alone here, or the first word
    # of a full name this article added or dropped
    changed = new_ids ^ old_ids
    people = _people(db, new_ids | old_ids)
    bare = {n for n in people.values() if len(n.split()) == 1}
    firsts = bare | first_names(n for k, n in people.items() if k in changed)
    refresh = {article_id}
    for first in sorted(firsts):
        target = resolve_first_name(db, first)
        own = entity_id("PERSON", first)
        if target is None:
            continue
        current = db.execute("SELECT directory_id FROM entities WHERE id = ?", [own]).fetchone()
        if current and current[0] == target:
            continue
        db.execute("UPDATE entities SET directory_id = ? WHERE id = ?", [target, own])
        refresh |= {r[0] for r in db.execute(
            "SELECT DISTINCT article_id FROM article_entities WHERE entity_id = ?"
            " AND directory_id IS NULL", [own])}  # fmt: skip
    for key in sorted(refresh):
        refresh_article(db, key)


def _people(db: sqlite_utils.Database, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    # ``+label``: by id, never by the label index (with ~30 ids SQLite chose to read every
    # PERSON entity, a cost growing with the database)
    return dict(db.execute(
        f"SELECT id, canonical FROM entities WHERE +label = 'PERSON' AND id IN ({marks})",
        sorted(ids)).fetchall())  # fmt: skip


def article_mentions(db: sqlite_utils.Database, article_id: str) -> list[Row]:
    found = db.conn.execute(
        "SELECT d.id, d.label, d.canonical, ae.position, ae.surface FROM article_entities ae"
        " JOIN entities e ON e.id = ae.entity_id"
        " JOIN entities d ON d.id = COALESCE(ae.directory_id, e.directory_id, e.id)"
        " WHERE ae.article_id = ? ORDER BY ae.field = 'body', ae.start",
        [article_id],
    ).fetchall()
    directory_rows: dict[str, tuple[str, str, str, str]] = {}
    names: list[tuple[str, str, str]] = []
    for key, label, name, _, surface in found:
        if key not in directory_rows:  # a repeat would be ignored (INSERT OR IGNORE)
            directory_rows[key] = (key, label, name, kind_of(label, name))
        names.append((name, key, "full"))
        names.append((" ".join(surface.split()), key, variant_kind(label, surface, name)))
    db.conn.executemany(
        "INSERT OR IGNORE INTO entity_directory (id, label, name, kind) VALUES (?, ?, ?, ?)",
        list(directory_rows.values()),
    )
    # in the order one at a time would write them
    db.conn.executemany(INSERT_NAME, first_of_each(names, 2))
    return rows_of((key, label, name, position) for key, label, name, position, _ in found)


def refresh_article(db: sqlite_utils.Database, article_id: str) -> None:
    """Rewrite an article's entity_articles rows; keep the directory's counts and dates and
    the positions' in step (added rows by increments, anything else recounted)."""
    old = {(r[0]): (r[1], r[2]) for r in db.execute(
        "SELECT directory_id, position, published_at FROM entity_articles WHERE article_id = ?",
        [article_id])}  # fmt: skip
    fields = db.execute(ARTICLE_FIELDS, [article_id]).fetchone()
    rows = article_mentions(db, article_id) if fields else []
    published, source_id, agency, kind = fields or (None, None, None, None)
    db.execute("DELETE FROM entity_articles WHERE article_id = ?", [article_id])
    db.conn.executemany(INSERT_ROW, [
        (r.directory_id, article_id, r.label, r.name, r.position, published,
         (published or "")[:7] or None, year_be(published), source_id, agency, kind)
        for r in rows])  # fmt: skip
    new = {r.directory_id: (r.position, published) for r in rows}
    added = sorted(new.keys() - old.keys())
    db.conn.executemany(
        "UPDATE entity_directory SET articles = articles + 1,"
        " first_seen = CASE WHEN first_seen IS NULL OR ?1 < first_seen THEN ?1"
        " ELSE first_seen END,"
        " last_seen = CASE WHEN last_seen IS NULL OR ?1 > last_seen THEN ?1"
        " ELSE last_seen END WHERE id = ?2",
        [(published, key) for key in added],
    )
    db.conn.executemany(
        "INSERT INTO entity_positions (directory_id, position, first_seen, last_seen,"
        " articles) VALUES (?1, ?2, ?3, ?3, 1) ON CONFLICT DO UPDATE SET"
        " articles = articles + 1,"
        " first_seen = CASE WHEN first_seen IS NULL OR ?3 < first_seen THEN ?3"
        " ELSE first_seen END,"
        " last_seen = CASE WHEN last_seen IS NULL OR ?3 > last_seen THEN ?3"
        " ELSE last_seen END",
        [(key, new[key][0], published) for key in added if new[key][0]],
    )
    for key in old.keys() - new.keys() | {k for k in old.keys() & new.keys() if old[k] != new[k]}:
        recount(db, key, {p for p in (old[key][0], new.get(key, (None,))[0]) if p})


def recount(db: sqlite_utils.Database, key: str, positions: set[str]) -> None:
    """Count a real entity's articles, and those of some of its positions, again. An entity
    no article names any more leaves the directory (unless it is a shipped agency or
    place): a first name named alone before its full name would otherwise keep a row that
    the other order never makes, so the directory would depend on arrival order."""
    db.execute(
        "UPDATE entity_directory SET (articles, first_seen, last_seen) = (SELECT count(*),"
        " min(published_at), max(published_at) FROM entity_articles WHERE directory_id = ?1)"
        " WHERE id = ?1",
        [key],
    )
    gone = db.execute(
        "SELECT 1 FROM entity_directory WHERE id = ? AND articles = 0", [key]
    ).fetchone()
    if gone and key not in _shipped_ids():
        for table, column in (("entity_directory", "id"), ("entity_names", "directory_id"),
                              ("entity_positions", "directory_id")):  # fmt: skip
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", [key])
        return
    for position in positions:
        found = db.execute(
            "SELECT count(*), min(published_at), max(published_at) FROM entity_articles"
            " WHERE directory_id = ? AND position = ?",
            [key, position],
        ).fetchone()
        if found[0]:
            db.execute(
                "INSERT INTO entity_positions VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                " first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
                " articles = excluded.articles",
                [key, position, found[1], found[2], found[0]],
            )
        else:
            db.execute(
                "DELETE FROM entity_positions WHERE directory_id = ? AND position = ?",
                [key, position],
            )


@cache
def _shipped_ids() -> frozenset[str]:
    """The directory rows :func:`seed` writes: they stay with no article."""
    return frozenset(entry.id for entry in lexicon_entries())


def update_agency(db: sqlite_utils.Database, source_id: str, agency: str | None) -> None:
    """A source's agency changed: its rows of entity_articles follow."""
    db.execute(
        "UPDATE entity_articles SET agency = ? WHERE source_id = ? AND agency IS NOT ?",
        [agency, source_id, agency],
    )


# --------------------------------------------------------------------------- rebuild
def seed(db: sqlite_utils.Database) -> None:
    """The real entities known from the shipped tables: agencies (full name ↔ abbreviations),
    provinces and districts with their official codes."""
    for entry in lexicon_entries():
        parent = entity_id(entry.label, entry.parent) if entry.parent else None
        db.execute(
            "INSERT INTO entity_directory (id, label, name, kind, code, abbreviation, english,"
            " parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " kind = excluded.kind, code = excluded.code, abbreviation = excluded.abbreviation,"
            " english = excluded.english, parent_id = excluded.parent_id",
            [entry.id, entry.label, entry.name, entry.kind, entry.code, entry.abbreviation,
             entry.english, parent],
        )  # fmt: skip
        db.conn.executemany(
            "INSERT OR IGNORE INTO entity_names (name, directory_id, kind) VALUES (?, ?, ?)",
            [(name, entry.id, kind) for name, kind in entry.names],
        )


def rebuild(db: sqlite_utils.Database) -> int:
    """Recompute every directory table from ``entities`` and ``article_entities`` (inside
    the caller's transaction); return the number of entity_articles rows."""
    create(db)
    for table in ("entity_articles", "entity_positions", "entity_names", "entity_directory"):
        db.execute(f"DELETE FROM {table}")
    seed(db)
    db.execute(
        "UPDATE entities SET articles = COALESCE((SELECT n FROM (SELECT entity_id,"
        " count(DISTINCT article_id) AS n FROM article_entities GROUP BY entity_id) c"
        " WHERE c.entity_id = entities.id), 0)"
    )
    # in-article merges
    db.execute("UPDATE article_entities SET directory_id = NULL WHERE directory_id IS NOT NULL")
    current: str | None = None
    batch: list[tuple[int, Mention]] = []
    updates: list[tuple[str, int]] = []

    def flush() -> None:
        merged = merge_in_article([m for _, m in batch])
        updates.extend((entity_id("PERSON", full), rowid)
                       for (rowid, _), full in zip(batch, merged, strict=True) if full)  # fmt: skip

    for rowid, article, name, field, start in db.execute(
        "SELECT ae.rowid, ae.article_id, e.canonical, ae.field, ae.start FROM article_entities"
        " ae JOIN entities e ON e.id = ae.entity_id WHERE e.label = 'PERSON'"
        " ORDER BY ae.article_id"
    ).fetchall():
        if article != current and batch:
            flush()
            batch = []
        current = article
        batch.append((rowid, Mention("PERSON", name, field, start)))
    if batch:
        flush()
    db.conn.executemany("UPDATE article_entities SET directory_id = ? WHERE rowid = ?", updates)
    # across articles: each name is its own real entity, a first name alone maybe a full one's
    db.execute("UPDATE entities SET directory_id = id")
    for label, canonical in db.execute(
        "SELECT label, canonical FROM entities WHERE label IN ('ORGANIZATION', 'LOCATION')"
    ).fetchall():
        if alias_of(label, canonical):
            db.execute("UPDATE entities SET directory_id = ? WHERE id = ?",
                       [own_directory_id(db, label, canonical), entity_id(label, canonical)])  # fmt: skip
    people = db.execute(
        "SELECT canonical, articles FROM entities WHERE label = 'PERSON'"
    ).fetchall()
    by_first: dict[str, dict[str, int]] = {}
    for name, count in people:
        parts = name.split()
        if len(parts) >= 2 and count > 0:
            by_first.setdefault(parts[0], {})[name] = count
    for name, _ in people:
        if len(name.split()) == 1 and name in by_first:
            full = dominant(by_first[name])
            if full:
                db.execute("UPDATE entities SET directory_id = ? WHERE id = ?",
                           [entity_id("PERSON", full), entity_id("PERSON", name)])  # fmt: skip
    # one row per (article, real entity)
    total = 0
    current, found = None, []
    article_fields = {}
    for row in db.execute(
        "SELECT a.id, a.published_at, a.source_id, s.agency, a.kind FROM articles a"
        " LEFT JOIN sources s ON s.id = a.source_id"
        " WHERE a.id IN (SELECT article_id FROM article_entities)"
    ).fetchall():
        article_fields[row[0]] = row[1:]
    names: set[tuple[str, str, str, str]] = set()
    directory: dict[str, tuple[str, str]] = {}

    def write(article: str, mentions: list[tuple[str, str, str, str | None]]) -> int:
        fields = article_fields.get(article)
        if fields is None:
            return 0
        published, source_id, agency, kind = fields
        rows = rows_of(mentions)
        db.conn.executemany(INSERT_ROW, [
            (r.directory_id, article, r.label, r.name, r.position, published,
             (published or "")[:7] or None, year_be(published), source_id, agency, kind)
            for r in rows])  # fmt: skip
        return len(rows)

    for article, key, label, name, position, surface in db.execute(
        "SELECT ae.article_id, d.id, d.label, d.canonical, ae.position, ae.surface"
        " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
        " JOIN entities d ON d.id = COALESCE(ae.directory_id, e.directory_id, e.id)"
        " ORDER BY ae.article_id, ae.field = 'body', ae.start"
    ):
        if article != current and current is not None:
            total += write(current, found)
            found = []
        current = article
        found.append((key, label, name, position))
        directory.setdefault(key, (label, name))
        names.add((" ".join(surface.split()), key, label, name))
    if current is not None:
        total += write(current, found)
    db.conn.executemany(
        "INSERT OR IGNORE INTO entity_directory (id, label, name, kind) VALUES (?, ?, ?, ?)",
        [(key, label, name, kind_of(label, name)) for key, (label, name) in directory.items()],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO entity_names (name, directory_id, kind) VALUES (?, ?, 'full')",
        [(name, key) for key, (_, name) in directory.items()],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO entity_names (name, directory_id, kind) VALUES (?, ?, ?)",
        [(surface, key, variant_kind(label, surface, name))
         for surface, key, label, name in names],
    )  # fmt: skip
    db.execute(
        "UPDATE entity_directory SET (articles, first_seen, last_seen) = (c.n, c.first, c.last)"
        " FROM (SELECT directory_id, count(*) AS n, min(published_at) AS first,"
        " max(published_at) AS last FROM entity_articles GROUP BY directory_id) c"
        " WHERE c.directory_id = entity_directory.id"
    )
    db.execute(
        "INSERT INTO entity_positions (directory_id, position, first_seen, last_seen, articles)"
        " SELECT directory_id, position, min(published_at), max(published_at), count(*)"
        " FROM entity_articles WHERE position IS NOT NULL GROUP BY directory_id, position"
    )
    return total
