"""Issue 17: the store's per-article statements stay indexed lookups as the database grows.

``directory._people`` (the people among an article's entities) asked for ~30 ids with
``label = 'PERSON' AND id IN (…)``, and SQLite answered it from the (label, canonical) index:
every PERSON entity read, for every article stored.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.identity import entity_id
from pipelines.items import ArticleItem
from pipelines.storage import directory
from pipelines.storage.database import Store


def test_the_people_of_an_article_are_read_by_id(tmp_path: Path) -> None:
    store = Store(tmp_path / "khao.db")
    names = [f"นายสมชาย ใจดี{n}" for n in range(300)]
    store.db.conn.executemany(
        "INSERT INTO entities (id, label, canonical) VALUES (?, 'PERSON', ?)",
        [(entity_id("PERSON", name), name) for name in names],
    )
    ids = {entity_id("PERSON", name) for name in names[:30]}
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    people = directory._people(store.db, ids)
    store.db.conn.set_trace_callback(None)
    assert set(people.values()) == set(names[:30])
    query = next(s for s in seen if "FROM entities" in s)
    plan = " ".join(str(row[-1]) for row in store.db.execute("EXPLAIN QUERY PLAN " + query))
    assert "idx_entities_label" not in plan, plan
    assert "sqlite_autoindex_entities_1" in plan or "PRIMARY KEY" in plan, plan


def _article_entities_plans(db) -> list[str]:
    """EXPLAIN QUERY PLAN of the statements that read ``article_entities`` per article (the
    store's, traced while it saves an article, and those of the export, the alerts, the
    article page and articles_view), their rows about ``article_entities`` only. Not
    covered: ``directory.rebuild()`` and the ``entity_mentions`` view (checked by hand at
    the review: only the index chosen changed, no search became a scan)."""
    from khao.export import EXPORT_SQL

    store = Store(db)
    store.sync_sources([{"id": "s", "name": "s", "kind": "listing", "url": "http://127.0.0.1/a/"}])
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    item = ArticleItem(url="http://127.0.0.1/a/1", source_id="s", title="นายกรัฐมนตรี",
                       body="นายเศรษฐา ทวีสิน นายกรัฐมนตรี และเศรษฐา พบ สพฐ.")  # fmt: skip
    item.entities = [
        {"label": "PERSON", "text": "นายเศรษฐา ทวีสิน", "canonical": "เศรษฐา ทวีสิน",
         "start": 0, "end": 16, "position": "นายกรัฐมนตรี"},
        {"label": "PERSON", "text": "เศรษฐา", "canonical": "เศรษฐา", "start": 31, "end": 37},
        {"label": "ORGANIZATION", "text": "สพฐ.", "canonical": "สพฐ.", "start": 41, "end": 45},
    ]  # fmt: skip
    store.save_article(item)
    store.db.conn.set_trace_callback(None)
    queries = [(s, []) for s in seen if "article_entities" in s and "INSERT" not in s]
    queries += [
        (EXPORT_SQL, {"since": None, "until": None, "source": None}),
        ("SELECT ae.article_id, e.label, e.canonical FROM article_entities ae"
         " JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id IN"
         " (SELECT value FROM json_each(?))", ['["x"]']),
        ('SELECT ae.field, ae.start, ae."end", ae.position, e.label, d.canonical, d.id'
         " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
         " JOIN entities d ON d.id = COALESCE(ae.directory_id, e.directory_id, e.id)"
         " WHERE ae.article_id = ? ORDER BY ae.field = 'body', ae.start", ["x"]),
        ("SELECT entity_labels, entity_names FROM articles_view", []),
    ]  # fmt: skip
    assert len(queries) >= 8, seen
    plans = []
    for query, params in queries:
        rows = store.db.execute("EXPLAIN QUERY PLAN " + query, params).fetchall()
        plans.append(" | ".join(str(r[-1]) for r in rows if " ae " in f" {r[-1]} "
                                or "article_entities" in str(r[-1])))  # fmt: skip
    store.close()
    return plans


def test_article_entities_are_read_by_index_without_the_pair_index(tmp_path: Path) -> None:
    """Migration 024 dropped idx_article_entities_pair (article_id, entity_id): the primary
    key, article_id first, serves every read by article, and the entity index the reads by
    entity. No statement scans the table."""
    import sqlite3

    db = tmp_path / "khao.db"
    plans = _article_entities_plans(db)
    for plan in plans:
        assert plan, plans
        assert "SCAN" not in plan, plan
        assert "USING" in plan and "INDEX" in plan, plan
        assert "idx_article_entities_pair" not in plan, plan
    assert any("sqlite_autoindex_article_entities_1 (article_id=?)" in p for p in plans), plans
    with sqlite3.connect(db) as conn:
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'article_entities'")}  # fmt: skip
    assert indexes == {"article_entities", "sqlite_autoindex_article_entities_1",
                       "idx_article_entities_entity"}  # fmt: skip
