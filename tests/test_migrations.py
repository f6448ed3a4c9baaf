"""Issue 11: the schema is built by sqlite-utils' migrations, in order, and a database
written by khao 0.1 (tests/fixtures/db/khao-0.1.0.db.gz, a real crawl of the demo mirror
made with that release) is upgraded in place with nothing lost."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from pipelines.storage import Store
from pipelines.storage.migrations import MIGRATIONS, pending
from tests.conftest import FIXTURES

OLD_RELEASE = FIXTURES / "db" / "khao-0.1.0.db.gz"
MIGRATION_TABLES = {"_sqlite_migrations", "_khao_migrations"}


def schema(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    return {(n, s) for n, s in rows if not any(n.startswith(t) for t in MIGRATION_TABLES)}


def applied(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    with gzip.open(OLD_RELEASE) as source, path.open("wb") as target:
        shutil.copyfileobj(source, target)
    return path


def test_a_new_database_runs_every_migration_in_order(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Store(db).close()
    assert applied(db) == [m.name for m in MIGRATIONS._migrations]
    assert applied(db)[:4] == [
        "001_core",
        "002_entities_clusters",
        "005_dedupe_index",
        "006_views_alerts_kind",
    ]
    Store(db).close()  # opening again runs nothing twice
    assert len(applied(db)) == len(MIGRATIONS._migrations)


def test_a_khao_0_1_database_is_upgraded_in_place(old_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(old_db) as conn:
        before = conn.execute("SELECT id, title, body, cluster_id FROM articles").fetchall()
        legacy = [r[0] for r in conn.execute("SELECT name FROM _khao_migrations")]
    assert len(before) >= 50 and len(legacy) == 6
    newer = [m.name for m in MIGRATIONS._migrations if m.name not in legacy]  # since 0.1
    assert pending(sqlite_utils.Database(old_db)) == newer  # the legacy record counts

    store = Store(old_db)
    store.close()

    with sqlite3.connect(old_db) as conn:
        after = conn.execute("SELECT id, title, body, cluster_id FROM articles").fetchall()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hits = conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", ['"กระทรวง"']
        ).fetchone()[0]
    assert sorted(after) == sorted(before)
    assert "_khao_migrations" not in tables
    assert sorted(applied(old_db)) == sorted(legacy + newer)  # carried over, none run again
    assert hits > 0  # the search index came along
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    assert schema(old_db) == schema(fresh)


def test_a_crawl_writes_into_an_upgraded_database(old_db: Path) -> None:
    from pipelines.items import ArticleItem

    store = Store(old_db)
    try:
        outcome = store.save_article(
            ArticleItem(
                url="http://127.0.0.1/new/1",
                source_id="demo-obec",
                title="ประกาศใหม่หลังอัปเกรดฐานข้อมูล",
                body="เนื้อหาข่าวใหม่ของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
                fetched_at="2026-11-29T00:00:00+00:00",
            )
        )
    finally:
        store.close()
    assert outcome == "new"
