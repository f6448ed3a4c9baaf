"""Issue 15: who is in the news, as facets that count articles and answer fast
(entity_articles), with a person's first name alone counted under the full name."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from pipelines.items import ArticleItem
from pipelines.storage import Store
from testbed.served import get_json, khao_serve
from tests.storefill import fill

FULL, TYPO, FIRST = "อนุทิน ชาญวีรกูล", "อนุทิน ชาญวีรกุล", "อนุทิน"
# two different people called สมชาย: their first name alone is not merged
SOMCHAI = ("สมชาย ใจดี", "สมชาย รักไทย")


def mention(label: str, name: str, start: int = 0) -> dict[str, Any]:
    return {"label": label, "text": name, "canonical": name, "start": start,
            "end": start + len(name), "field": "body"}  # fmt: skip


def tag(path: Path, items: list[ArticleItem], tags: dict[int, list[dict[str, Any]]]) -> None:
    """Store these articles again with their mentions, through the real Store."""
    store = Store(path)
    try:
        for index, mentions in tags.items():
            item = items[index]
            item.entities = mentions
            item.title += " "  # a changed text: the store writes the article again
            store.save_article(item)
    finally:
        store.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("entities") / "khao.db"
    items = fill(path, 12)
    tags = {i: [mention("PERSON", FULL)] for i in range(5)}  # the full name in 5 articles
    tags[0] += [mention("PERSON", FULL, 100), mention("PERSON", FIRST, 200)]  # still one
    tags[6] = [mention("PERSON", FIRST)]  # first name alone: counted under the full name
    tags[7] = [mention("PERSON", TYPO)]  # a typo of the full name stays apart
    tags[8] = [mention("PERSON", SOMCHAI[0])]
    tags[9] = [mention("PERSON", SOMCHAI[1])]
    tags[10] = [mention("PERSON", "สมชาย")]
    tag(path, items, tags)
    return path


def test_articles_are_counted_once_per_name_with_first_names_merged(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        counts = dict(conn.execute("SELECT name, count(*) FROM entity_articles "
                                   "WHERE label = 'PERSON' GROUP BY name").fetchall())  # fmt: skip
    assert counts[FULL] == 6  # 5 articles + the one naming อนุทิน alone
    assert FIRST not in counts and counts[TYPO] == 1
    assert counts["สมชาย"] == 1 and counts[SOMCHAI[0]] == counts[SOMCHAI[1]] == 1


def test_facet_counts_are_distinct_articles(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT name, count(*) FROM entity_articles GROUP BY name"))
        distinct = dict(conn.execute(
            "SELECT name, count(DISTINCT article_id) FROM entity_articles GROUP BY name"))  # fmt: skip
        directory = dict(conn.execute("SELECT name, articles FROM entity_directory"
                                      " WHERE articles > 0"))  # fmt: skip
    assert stored == distinct == directory


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
