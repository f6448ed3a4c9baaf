"""Issue 6: docs/schema.md (the schema page shipped as khao/data/schema.md) explains every table and column of the real schema, and every
SQL example in it runs."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from khao.serve import SCHEMA_DOC, parse_schema_doc
from pipelines.storage import Store
from tests.storefill import fill

FTS_SHADOW = re.compile(r"_(data|idx|content|docsize|config)$")


def real_schema(db: Path) -> dict[str, list[str]]:
    Store(db).close()
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
        fts = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}  # fmt: skip
        return {
            name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            for name in names
            if not any(name.startswith(f + "_") and FTS_SHADOW.search(name) for f in fts)
        }


def test_every_table_and_column_is_documented(tmp_path: Path) -> None:
    documented = parse_schema_doc(SCHEMA_DOC.read_text(encoding="utf-8"))
    schema = real_schema(tmp_path / "khao.db")
    missing_tables = sorted(set(schema) - set(documented))
    assert not missing_tables, f"tables not in docs/schema.md: {missing_tables}"
    missing = {t: sorted(set(cols) - set(documented[t]["columns"])) for t, cols in schema.items()}
    assert not {t: c for t, c in missing.items() if c}, f"columns not documented: {missing}"
    stale = {t: sorted(set(d["columns"]) - set(schema.get(t, []))) for t, d in documented.items()}
    assert not {t: c for t, c in stale.items() if c}, f"documented but not in the schema: {stale}"
    assert all(d["description"] for d in documented.values())


def test_every_sql_example_runs(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    real_schema(db)
    fill(db, 30, entities=True)
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 10
    with sqlite3.connect(db) as conn:
        for block in blocks:
            for statement in filter(str.strip, block.split(";")):
                conn.execute(statement).fetchall()  # raises on a broken example
