"""Issue 17, a crawl that keeps up: the search indexes written many articles at a time
(``KHAO_INDEX_BATCH``, ``search_pending``) instead of in each article's own commit. A stored
article is searchable within the window, after a kill at the next open, and the indexes
are the same as when each article writes its own."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipelines.items import ArticleItem
from pipelines.short_words import gram_token
from pipelines.stages.dedupe import DedupePipeline
from pipelines.stages.store import StorePipeline
from pipelines.storage import Store, shared_store
from pipelines.thai_text import search_normalize
from tests.conftest import ROOT
from tests.test_crawl_throughput import (
    SOURCE,
    FakeCrawler,
    demo_item,
    feed,
    in_event_loop,
    stored_elsewhere,
)


def open_indexing_stages(
    db: Path, size: int, seconds: float, batch: int = 1
) -> tuple[FakeCrawler, list[Any]]:
    """The dedupe and store stages of one source, indexing ``size`` articles at a time
    (and storing ``batch`` per transaction)."""
    store = shared_store(str(db))
    store.sync_sources([{"id": SOURCE, "name": SOURCE, "kind": "listing",
                         "url": "https://www.thaigov.go.th/"}])  # fmt: skip
    crawler = FakeCrawler(db, batch, 60)
    crawler.settings.set("KHAO_INDEX_BATCH", size)
    crawler.settings.set("KHAO_INDEX_SECONDS", seconds)
    stages = [DedupePipeline.from_crawler(crawler), StorePipeline.from_crawler(crawler)]
    for stage in stages:
        stage.open_spider(object())
    return crawler, stages


def counts(db: Path) -> tuple[int, int, int]:
    """(articles, articles_fts rows, search_pending rows) as another process reads them."""
    with sqlite3.connect(db) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "articles_fts", "search_pending")
        )


def found(db: Path, text: str) -> set[str]:
    """URLs of the articles whose title or body holds ``text`` (3+ characters), as search
    finds them: through the trigram index."""
    phrase = '"' + search_normalize(text).replace('"', '""') + '"'
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute(
            "SELECT a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
            " WHERE articles_fts MATCH ?", [phrase])}  # fmt: skip


def test_articles_are_committed_one_by_one_and_indexed_many_at_a_time(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_indexing_stages(db, size=3, seconds=60)
        for n in range(2):
            feed(stages, demo_item(n))
        # stored and counted at once; listed for the index, not in it yet
        assert len(stored_elsewhere(db)) == 2 and crawler.stats.values["khao/articles_new"] == 2
        assert counts(db) == (2, 0, 2)
        feed(stages, demo_item(2))  # the third: the three are indexed in one transaction
        assert counts(db) == (3, 3, 0)
        for n in range(3):
            assert demo_item(n).url in found(db, demo_item(n).title)
        feed(stages, demo_item(3))
        stages[1].close_spider()  # a source's end indexes what is pending
        assert counts(db) == (4, 4, 0)

    in_event_loop(crawl)


def test_an_idle_crawl_indexes_its_articles_within_the_window(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        _crawler, stages = open_indexing_stages(db, size=50, seconds=0.2)
        feed(stages, demo_item(0))
        assert counts(db) == (1, 0, 1)
        await asyncio.sleep(0.5)  # no more articles come: the timer indexes it
        assert counts(db) == (1, 1, 0)
        assert demo_item(0).url in found(db, demo_item(0).title)

    in_event_loop(crawl)


def test_without_an_event_loop_each_article_is_indexed_in_its_own_commit(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    _crawler, stages = open_indexing_stages(db, size=50, seconds=60)  # no loop: no timer
    feed(stages, demo_item(0))
    assert counts(db) == (1, 1, 0)
    shared_store.cache_clear()


KILLED_CRAWL = """
import asyncio, os, signal, sys
from pathlib import Path
from tests.test_crawl_throughput import demo_item, feed
from tests.test_search_pending import open_indexing_stages

async def crawl():
    _crawler, stages = open_indexing_stages(Path(sys.argv[1]), size=50, seconds=60)
    for n in range(3):
        feed(stages, demo_item(n))
    os.kill(os.getpid(), signal.SIGKILL)  # after the articles' commits, before any flush

asyncio.run(crawl())
"""


def test_a_kill_between_the_commit_and_the_index_leaves_the_article_searchable_after(
    tmp_path: Path,
) -> None:
    db = tmp_path / "khao.db"
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    killed = subprocess.run([sys.executable, "-c", KILLED_CRAWL, str(db)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert counts(db) == (3, 0, 3)  # stored, listed, not indexed
    Store(db).close()  # the next run (or any open of the database) indexes them
    assert counts(db) == (3, 3, 0)
    for n in range(3):
        assert demo_item(n).url in found(db, demo_item(n).title)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def updated(item: ArticleItem, extra: str) -> ArticleItem:
    return ArticleItem(url=item.url, source_id=item.source_id, title=item.title,
                       body=item.body + "\n" + extra, published_at=item.published_at)  # fmt: skip


ARTICLES = 12
OLD, NEW = "ข้อความเก่าเฉพาะกิจ ณ", "ข้อความใหม่เฉพาะกิจ"


def store_all(db: Path, deferred: bool) -> None:
    items = [demo_item(n) for n in range(ARTICLES)]
    items += [updated(items[1], OLD), updated(items[1], NEW), updated(items[5], OLD)]

    async def crawl() -> None:
        _crawler, stages = open_indexing_stages(db, size=4, seconds=60)
        for item in items:
            feed(stages, item)
        stages[1].close_spider()

    if deferred:
        asyncio.run(crawl())
    else:
        _crawler, stages = open_indexing_stages(db, size=4, seconds=60)  # no loop: at once
        for item in items:
            feed(stages, item)
    shared_store.cache_clear()


def index_contents(db: Path) -> tuple[list[Any], dict[str, list[int]]]:
    """The trigram index's rows, and which rowids the short-word index gives for tokens of
    the texts (contentless: only its matches can be read)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT rowid, title, body FROM articles_fts ORDER BY rowid").fetchall()
        chars = sorted({c for _, title, body in rows for c in title + body if not c.isspace()})
        tokens = [gram_token(c) for c in chars] + [gram_token("ณ"), gram_token("ใน")]
        grams = {
            token: [r[0] for r in conn.execute(
                "SELECT rowid FROM articles_grams WHERE articles_grams MATCH ? ORDER BY rowid",
                ['"' + token + '"'])]
            for token in tokens if token
        }  # fmt: skip
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    return rows, grams


def test_the_indexes_written_later_equal_those_written_with_each_article(tmp_path: Path) -> None:
    later, at_once = tmp_path / "later.db", tmp_path / "at_once.db"
    store_all(later, deferred=True)
    store_all(at_once, deferred=False)
    assert counts(later) == counts(at_once) == (ARTICLES, ARTICLES, 0)
    assert index_contents(later) == index_contents(at_once)
    # an article updated twice before the flush is indexed with its last text only
    assert found(later, NEW) == {demo_item(1).url}
    assert found(later, OLD) == {demo_item(5).url}


def test_an_article_that_fails_leaves_nothing_to_index(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        _crawler, stages = open_indexing_stages(db, size=50, seconds=60)
        feed(stages, demo_item(0))
        bad = demo_item(1)
        bad.entities = [{"label": "PERSON"}]  # no text, no offsets: its mentions fail
        with pytest.raises(KeyError):
            feed(stages, bad)
        assert counts(db) == (1, 0, 1)
        stages[1].close_spider()
        assert counts(db) == (1, 1, 0)

    in_event_loop(crawl)


def test_a_listed_article_deleted_before_the_flush_leaves_no_index_entry(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    store = Store(db)
    store.sync_sources([{"id": SOURCE, "name": SOURCE, "kind": "listing",
                         "url": "https://www.thaigov.go.th/"}])  # fmt: skip
    store.save_article(demo_item(0))  # indexed at once
    store.index_later = True
    store.save_article(updated(demo_item(0), NEW))  # listed again with new text
    store.db.conn.executescript(  # by hand, before the flush
        "DELETE FROM article_revisions; DELETE FROM url_aliases; DELETE FROM articles"
    )
    assert store.flush_index() == 1
    store.close()
    assert counts(db) == (0, 0, 0)
    assert found(db, demo_item(0).title) == set()


def test_a_batch_writes_the_index_of_its_articles_when_it_commits(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_indexing_stages(db, size=50, seconds=60, batch=3)
        feed(stages, demo_item(0))
        bad = demo_item(1)
        bad.entities = [{"label": "PERSON"}]  # its savepoint is undone, its listing too
        with pytest.raises(KeyError):
            feed(stages, bad)
        feed(stages, demo_item(2))
        assert counts(db) == (0, 0, 0)  # nothing committed yet
        conn = shared_store(str(db)).db.conn  # a long transaction: cache and journals sized
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -16_000
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        feed(stages, demo_item(3))  # the third article: the batch and its index committed
        assert counts(db) == (3, 3, 0) and crawler.stats.values["khao/articles_new"] == 3
        for n in (0, 2, 3):
            assert demo_item(n).url in found(db, demo_item(n).title)

    in_event_loop(crawl)
