"""Issue 15: who is in the news, as facets that count articles and answer fast
(entity_articles), with a person's first name alone counted under the full name."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from pipelines.identity import entity_id
from testbed.served import get_json, khao_serve
from tests.storefill import fill

FULL, TYPO, FIRST = "อนุทิน ชาญวีรกูล", "อนุทิน ชาญวีรกุล", "อนุทิน"
# two different people called สมชาย: their first name alone is not merged
SOMCHAI = ("สมชาย ใจดี", "สมชาย รักไทย")


def tag(conn: sqlite3.Connection, article: str, label: str, name: str, start: int = 0) -> None:
    key = entity_id(label, name)
    conn.execute("INSERT OR IGNORE INTO entities VALUES (?, ?, ?)", [key, label, name])
    conn.execute("INSERT INTO article_entities VALUES (?, ?, 'body', ?, ?, ?, NULL)",
                 [article, key, name, start, start + len(name)])  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("entities") / "khao.db"
    fill(path, 12)
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid")]
        for article in ids[:5]:  # the full name in 5 articles, twice in the first
            tag(conn, article, "PERSON", FULL)
        tag(conn, ids[0], "PERSON", FULL, 100)
        tag(conn, ids[0], "PERSON", FIRST, 200)  # same article: still one
        tag(conn, ids[6], "PERSON", FIRST)  # first name alone: counted under the full name
        tag(conn, ids[7], "PERSON", TYPO)  # a typo of the full name stays apart
        tag(conn, ids[8], "PERSON", SOMCHAI[0])
        tag(conn, ids[9], "PERSON", SOMCHAI[1])
        tag(conn, ids[10], "PERSON", "สมชาย")
    return path


def test_articles_are_counted_once_per_name_with_first_names_merged(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        counts = dict(conn.execute("SELECT name, count(*) FROM entity_articles "
                                   "WHERE label = 'PERSON' GROUP BY name").fetchall())  # fmt: skip
    assert counts[FULL] == 6  # 5 articles + the one naming อนุทิน alone
    assert FIRST not in counts and counts[TYPO] == 1
    assert counts["สมชาย"] == 1 and counts[SOMCHAI[0]] == counts[SOMCHAI[1]] == 1


def test_entity_facets_answer_fast_in_datasette(db: Path) -> None:
    with khao_serve(db) as base:
        started = time.perf_counter()
        data = get_json(base + "/khao/entity_articles.json", label="PERSON", _size="0")
        elapsed = time.perf_counter() - started
    facets = {name: {r["value"]: r["count"] for r in f["results"]}
              for name, f in data["facet_results"].items()}  # fmt: skip
    assert facets["name"][FULL] == 6 and FIRST not in facets["name"]
    assert not data.get("facets_timed_out"), data.get("facets_timed_out")
    assert elapsed < 2.0
