"""Issue 17: the store's per-article statements stay indexed lookups as the database grows.

``directory._people`` (the people among an article's entities) asked for ~30 ids with
``label = 'PERSON' AND id IN (…)``, and SQLite answered it from the (label, canonical) index:
every PERSON entity read, for every article stored.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.identity import entity_id
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
