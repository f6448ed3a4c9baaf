"""khao's schema, as an ordered list of named migrations (``sqlite_utils.migrations``).

A migration's name is recorded in ``_sqlite_migrations`` (set ``khao``) once it has run, so
each runs once per database, in the order written here: append new ones at the end, never
edit one that has shipped. Databases written before khao used sqlite-utils' migrations kept
the names in ``_khao_migrations``; ``migrate`` carries them over once (same names), so an
old database is upgraded in place and nothing runs twice.
"""

from __future__ import annotations

import json

import sqlite_utils
from sqlite_utils.migrations import Migrations

from pipelines.kinds import classify, load_rules
from pipelines.redact import scrub, secret_parts, target_label
from pipelines.short_words import gram_document
from pipelines.storage import directory
from pipelines.thai_text import language_of

MIGRATIONS = Migrations("khao")
LEGACY_TABLE = "_khao_migrations"  # khao 0.1's own record of applied migrations


@MIGRATIONS(name="001_core")
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


@MIGRATIONS(name="002_entities_clusters")
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


@MIGRATIONS(name="005_dedupe_index")
def m005_dedupe_index(db: sqlite_utils.Database) -> None:
    """The persisted near-duplicate index (pipelines.storage.dedupe_index) and URL aliases.

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


@MIGRATIONS(name="006_views_alerts_kind")
def m006_views_alerts_kind(db: sqlite_utils.Database) -> None:
    """Views for Datasette facets (agency, month, entities), alert state, kinds backfilled."""
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


@MIGRATIONS(name="011_short_word_index")
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


@MIGRATIONS(name="012_language_index")
def m012_language_index(db: sqlite_utils.Database) -> None:
    """Datasette facets search results by language: without an index that facet reads every
    row (100k articles: 180 ms a search; with it, the matches alone)."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_articles_language ON articles(language, published_at)"
    )


@MIGRATIONS(name="013_source_walks")
def m013_source_walks(db: sqlite_utils.Database) -> None:
    """Per source, whether its last walk (every listing/API/sitemap page) completed: the
    incremental stop rule and conditional requests are only used after a complete walk."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS source_walks (
            source_id TEXT PRIMARY KEY,
            complete INTEGER NOT NULL DEFAULT 0,
            started_at TEXT,
            started_run_id TEXT,
            completed_at TEXT,
            completed_run_id TEXT
        )
        """
    )


@MIGRATIONS(name="014_alert_targets_redacted")
def m014_alert_targets_redacted(db: sqlite_utils.Database) -> None:
    """Alert targets stored as a label safe to show (pipelines.redact.target_label): the
    labels of khao ≤ 0.2 kept the URL's host, which for line://, pover://, slack://, ... is
    the token (lower-cased). Rewrites alert_deliveries.target_label, the notify list of
    alert_rules.definition, and masks that token in alert_deliveries.last_error."""
    rows = db.execute("SELECT rowid, target_label, last_error FROM alert_deliveries").fetchall()
    for rowid, label, error in rows:
        if label == "stdout":
            continue
        safe = target_label(label)
        if safe != label or error:
            db.execute(
                "UPDATE alert_deliveries SET target_label = ?, last_error = ? WHERE rowid = ?",
                [safe, scrub(error, secret_parts(label)) if error else error, rowid],
            )
    for name, definition in db.execute("SELECT name, definition FROM alert_rules").fetchall():
        try:
            data = json.loads(definition or "")
        except ValueError:
            data = None
        if not isinstance(data, dict):  # not written by khao: keep no text that may hold one
            db.execute("UPDATE alert_rules SET definition = NULL WHERE name = ?", [name])
            continue
        notify = data.get("notify") if isinstance(data.get("notify"), list) else []
        data["notify"] = [t if t == "stdout" else target_label(str(t)) for t in notify]
        db.execute("UPDATE alert_rules SET definition = ? WHERE name = ?",
                   [json.dumps(data, ensure_ascii=False, sort_keys=True), name])  # fmt: skip


# A PERSON named by one word (อนุทิน) is counted under the full name starting with that word
# (อนุทิน ชาญวีรกูล) when that full name holds at least 80 % of the mentions of all such
# full names (a typo variant with 1 of 30 does not block it; two real people named สมชาย
# do). Each (article, label, name) once.
ENTITY_ARTICLES_VIEW = """
CREATE VIEW entity_articles AS
SELECT label, name, min(canonical) AS canonical, article_id, title, published_at, month,
       year_be, source_id, agency, kind FROM (
  SELECT e.label,
         CASE WHEN e.label = 'PERSON' AND instr(e.canonical, ' ') = 0 THEN COALESCE((
           SELECT CASE WHEN max(n) * 5 >= sum(n) * 4 THEN canonical END FROM (
             SELECT f.canonical,
                    (SELECT count(*) FROM article_entities x WHERE x.entity_id = f.id) AS n
             FROM entities f WHERE f.label = 'PERSON' AND f.canonical > e.canonical || ' '
               AND f.canonical < e.canonical || ' ' || char(1114111))), e.canonical)
         ELSE e.canonical END AS name,
         e.canonical, p.article_id, a.title, a.published_at,
         substr(a.published_at, 1, 7) AS month,
         CAST(substr(a.published_at, 1, 4) AS INTEGER) + 543 AS year_be,
         a.source_id, s.agency, a.kind
  FROM (SELECT DISTINCT article_id, entity_id FROM article_entities) p
  JOIN entities e ON e.id = p.entity_id
  JOIN articles a ON a.id = p.article_id
  LEFT JOIN sources s ON s.id = a.source_id)
GROUP BY article_id, label, name
"""


@MIGRATIONS(name="015_language_year_be_entity_articles")
def m015_language_year_be_entity_articles(db: sqlite_utils.Database) -> None:
    """Every article gets a language: WordPress items were stored with ``language = ''``
    (the API gives none); it is now read from the text (pipelines.thai_text.language_of),
    as the clean stage does for new items. articles_view gains ``year_be``, the Buddhist
    Era year (ปี พ.ศ.) researchers facet and filter by. ``entity_articles``: one row per
    article and entity, for facets that count articles (a JSON-array facet on
    articles_view timed out), with a person's first name alone merged into the full name it
    stands for (see ENTITY_ARTICLES_VIEW)."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_article_entities_pair"
        " ON article_entities(article_id, entity_id)"
    )
    db.execute("DROP VIEW IF EXISTS entity_articles")
    db.execute(ENTITY_ARTICLES_VIEW)
    db.execute("DROP VIEW IF EXISTS articles_view")
    db.execute(
        """
        CREATE VIEW articles_view AS
        SELECT a.rowid AS article_rowid, a.id, a.title, a.published_at,
               substr(a.published_at, 1, 7) AS month,
               CAST(substr(a.published_at, 1, 4) AS INTEGER) + 543 AS year_be,
               a.source_id, s.agency, s.name AS source_name, a.kind, a.language, a.cluster_id,
               (SELECT json_group_array(DISTINCT e.label) FROM article_entities ae
                  JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = a.id)
                 AS entity_labels,
               (SELECT json_group_array(DISTINCT e.canonical) FROM article_entities ae
                  JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = a.id)
                 AS entity_names,
               a.url, a.stored_at
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        """
    )
    rows = db.execute(
        "SELECT rowid, title, body FROM articles WHERE COALESCE(language, '') NOT IN ('th', 'en')"
    ).fetchall()
    for rowid, title, body in rows:
        language = language_of(f"{title or ''}\n{body or ''}")
        db.execute("UPDATE articles SET language = ? WHERE rowid = ?", [language, rowid])


@MIGRATIONS(name="016_article_form")
def m016_article_form(db: sqlite_utils.Database) -> None:
    """Image-only releases (infographics, photo posts) are stored, not dropped as empty:
    ``form`` says how the article was published, ``images`` lists its pictures."""
    columns = {c.name for c in db["articles"].columns}
    if "form" not in columns:
        db.execute("ALTER TABLE articles ADD COLUMN form TEXT NOT NULL DEFAULT 'text'")
    if "images" not in columns:
        db.execute("ALTER TABLE articles ADD COLUMN images TEXT")


@MIGRATIONS(name="017_entity_directory")
def m017_entity_directory(db: sqlite_utils.Database) -> None:
    """The entity directory (issues 15, 17): one row per real entity (a person under every
    name variant, an agency with its abbreviations, provinces and districts with their
    codes), its positions over time, and ``entity_articles`` as an indexed table kept by the
    Store instead of a view merging first names per request. Backfilled from the stored
    mentions (see pipelines/storage/directory.py)."""
    directory.rebuild(db)


# A narrow copy of what the search reads of every matching article. The articles table holds
# the body inline, and columns added by later migrations (cluster_id, kind, …) sit after it:
# reading them for 35,000 matches walked each body's overflow pages (284 ms at 100k
# articles). Triggers keep the copy in step with every write, whoever writes.
SEARCH_FACT_VALUES = """(new.rowid, new.id, COALESCE(new.cluster_id, new.id), new.published_at,
    substr(new.published_at, 1, 10), substr(new.published_at, 1, 7), new.source_id, new.kind)"""
SEARCH_FACTS = (
    """CREATE TABLE IF NOT EXISTS search_facts (rid INTEGER PRIMARY KEY, id TEXT NOT NULL,
    story TEXT NOT NULL, published_at TEXT, day TEXT, month TEXT, source_id TEXT, kind TEXT)""",
    f"""CREATE TRIGGER IF NOT EXISTS search_facts_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO search_facts VALUES {SEARCH_FACT_VALUES}; END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_facts_update
    AFTER UPDATE OF id, cluster_id, published_at, source_id, kind ON articles BEGIN
    DELETE FROM search_facts WHERE rid = old.rowid;
    INSERT OR REPLACE INTO search_facts VALUES {SEARCH_FACT_VALUES}; END""",
    """CREATE TRIGGER IF NOT EXISTS search_facts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_facts WHERE rid = old.rowid; END""",
)


@MIGRATIONS(name="021_search_facts")
def m021_search_facts(db: sqlite_utils.Database) -> None:
    """``search_facts``: per article, the story, dates, source and kind the search page
    counts, filters and facets by, in a narrow table (see SEARCH_FACTS), kept by triggers."""
    for statement in SEARCH_FACTS:
        db.execute(statement)
    db.execute("DELETE FROM search_facts")
    db.execute(
        "INSERT INTO search_facts SELECT rowid, id, COALESCE(cluster_id, id), published_at,"
        " substr(published_at, 1, 10), substr(published_at, 1, 7), source_id, kind FROM articles"
    )


# the search page's people facet reads the names in its best 1,000 matches: an index that
# holds article, label and name answers it without reading 24 rows per article from the table
# (replaces the article-only index)
ENTITY_ARTICLE_NAMES = (
    "CREATE INDEX IF NOT EXISTS idx_entity_articles_article_label"
    " ON entity_articles(article_id, label, name)"
)
# search_facts.day_number: the publication time as a Julian day, for the recency term of the
# ranking (julianday() of the text per match was ~15 % of a 35,000-match search); the
# triggers of 021 write it from now on
SEARCH_FACT_VALUES_022 = SEARCH_FACT_VALUES.replace(
    "new.source_id, new.kind)",
    "new.source_id, new.kind,\n    julianday(substr(new.published_at, 1, 19)))",
)
SEARCH_FACTS_022 = (
    "DROP TRIGGER IF EXISTS search_facts_insert",
    "DROP TRIGGER IF EXISTS search_facts_update",
    f"""CREATE TRIGGER search_facts_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO search_facts VALUES {SEARCH_FACT_VALUES_022}; END""",
    f"""CREATE TRIGGER search_facts_update
    AFTER UPDATE OF id, cluster_id, published_at, source_id, kind ON articles BEGIN
    DELETE FROM search_facts WHERE rid = old.rowid;
    INSERT OR REPLACE INTO search_facts VALUES {SEARCH_FACT_VALUES_022}; END""",
)


@MIGRATIONS(name="022_search_speed")
def m022_search_speed(db: sqlite_utils.Database) -> None:
    """The people facet of the search page from an index (ENTITY_ARTICLE_NAMES) and the
    recency of its ranking from ``search_facts.day_number`` (SEARCH_FACTS_022). About 10 s
    at 100,000 articles."""
    db.execute(ENTITY_ARTICLE_NAMES)
    db.execute("DROP INDEX IF EXISTS idx_entity_articles_article")
    if "day_number" not in db["search_facts"].columns_dict:
        db.execute("ALTER TABLE search_facts ADD COLUMN day_number REAL")
    db.execute("UPDATE search_facts SET day_number = julianday(substr(published_at, 1, 19))")
    for statement in SEARCH_FACTS_022:
        db.execute(statement)


@MIGRATIONS(name="023_search_pending")
def m023_search_pending(db: sqlite_utils.Database) -> None:
    """``search_pending``: the articles stored but not yet in the two search indexes. A
    crawl commits each article on its own and indexes them many at a time (one FTS5 segment
    for many articles instead of one each, pipelines.storage.database.Store.flush_index);
    an article's row here is written in its own transaction, so a kill between the two
    leaves it listed, and the next open indexes it. Empty and new: instant at any size."""
    db.execute("CREATE TABLE IF NOT EXISTS search_pending (article_rowid INTEGER PRIMARY KEY)")


@MIGRATIONS(name="024_drop_article_entities_pair")
def m024_drop_article_entities_pair(db: sqlite_utils.Database) -> None:
    """``idx_article_entities_pair`` (article_id, entity_id), made by 015, goes: the primary
    key (article_id, field, start, "end", entity_id) answers every lookup by article, from
    the index alone as well, and the pair index was one more b-tree written for every
    mention stored (~38 an article; issue 17, seventh pass). Dropping an index frees its
    pages: quick at any size."""
    db.execute("DROP INDEX IF EXISTS idx_article_entities_pair")


def carry_over_legacy_record(db: sqlite_utils.Database) -> None:
    """Record the migrations a khao 0.1 database applied under its old table, then drop it."""
    if not db[LEGACY_TABLE].exists():
        return
    MIGRATIONS.ensure_migrations_table(db)
    legacy = f"SELECT name, applied_at FROM {LEGACY_TABLE} ORDER BY rowid"  # applied order
    for name, applied_at in db.execute(legacy).fetchall():
        db.execute(
            "INSERT OR IGNORE INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES (?, ?, ?)",
            [MIGRATIONS.name, name, applied_at],
        )
    db.execute(f"DROP TABLE {LEGACY_TABLE}")


def pending(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations this database still lacks (read-only)."""
    applied = {m.name for m in MIGRATIONS.applied(db)}
    if db[LEGACY_TABLE].exists():
        applied |= {row[0] for row in db.execute(f"SELECT name FROM {LEGACY_TABLE}")}
    return [m.name for m in MIGRATIONS.pending(db) if m.name not in applied]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Bring the database to the current schema; return the names of the migrations run.

    One IMMEDIATE transaction for the whole step: two processes opening a new database at
    once (a crawl and ``khao serve``) never both run a migration.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        carry_over_legacy_record(db)
        todo = [m.name for m in MIGRATIONS.pending(db)]
        MIGRATIONS.apply(db)  # each migration in a savepoint inside this transaction
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return todo
