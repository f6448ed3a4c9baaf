"""Issue 17, a crawl that keeps up: the store's per-article work made cheaper gives the
same results as before."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Coroutine
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from scrapy import signals
from scrapy.settings import Settings

from crawler.demo.corpus import demo_articles
from pipelines.items import ArticleItem
from pipelines.ner.crf import load_model
from pipelines.ner.features import tokenize, wikipedia_marks
from pipelines.ner.rules import rule_spans
from pipelines.ner.tables import tables
from pipelines.short_words import gram_tokens
from pipelines.stages.dedupe import DedupePipeline
from pipelines.stages.store import StorePipeline
from pipelines.storage import shared_store
from pipelines.thai_text import clean_text, normalize_for_match


def reference_gram_tokens(text: str) -> set[str]:
    """gram_tokens as it was written first: every character and pair, one by one."""
    form = normalize_for_match(text)
    codes = [f"{ord(char):x}" if not char.isspace() else "" for char in form]
    tokens = {code for code in codes if code}
    tokens.update(f"{a}g{b}" for a, b in pairwise(codes) if a and b)
    return tokens


def test_gram_tokens_equal_the_reference_on_the_demo_corpus_and_odd_whitespace() -> None:
    texts = [a.title + "\n" + a.body for a in demo_articles()[:200]]
    texts += ["", " ", "ก", "ไฟ ผล", "a\u00a0b\tค\n\nง  จ", "๒๕๖๒ 2562", "เเละ ทํา"]
    for text in texts:
        assert gram_tokens(text) == reference_gram_tokens(text)


# --------------------------------------------------------------------------- store batches
class FakeStats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


class FakeCrawler:
    """What the stages read from a crawler: settings, stats, and the item_error signal."""

    def __init__(self, db: Path, batch: int, seconds: float) -> None:
        self.settings = Settings({"KHAO_DB": str(db), "KHAO_STORE_BATCH": batch,
                                  "KHAO_STORE_BATCH_SECONDS": seconds})  # fmt: skip
        self.stats = FakeStats()
        self.errors: list[tuple[str, BaseException]] = []
        self.signals = self

    def send_catch_log(self, signal: Any, **kwargs: Any) -> None:
        assert signal is signals.item_error
        self.errors.append((kwargs["item"].url, kwargs["failure"].value))


SOURCE = "thaigov"


def stored_elsewhere(db: Path) -> set[str]:
    """URLs another connection (another process: Datasette, the next run) can read."""
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT url FROM articles")}


def demo_item(n: int) -> ArticleItem:
    article = demo_articles()[n]
    return ArticleItem(url=f"https://www.thaigov.go.th/news/contents/details/{article.number}",
                       source_id=SOURCE, title=article.title, body=article.body,
                       published_at=f"{article.date}T09:00:00+07:00")  # fmt: skip


def open_stages(db: Path, batch: int, seconds: float) -> tuple[FakeCrawler, list[Any]]:
    store = shared_store(str(db))
    store.sync_sources([{"id": SOURCE, "name": SOURCE, "kind": "listing",
                         "url": "https://www.thaigov.go.th/"}])  # fmt: skip
    crawler = FakeCrawler(db, batch, seconds)
    stages = [DedupePipeline.from_crawler(crawler), StorePipeline.from_crawler(crawler)]
    for stage in stages:
        stage.open_spider(object())
    return crawler, stages


def feed(stages: list[Any], item: ArticleItem) -> None:
    for stage in stages:
        stage.process_item(item)


def in_event_loop(crawl: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a test's stages inside an event loop, as a crawl does; the shared store is
    closed after, even when an assertion fails."""
    try:
        asyncio.run(crawl())
    finally:
        shared_store.cache_clear()


def test_a_batch_is_committed_whole_and_counted_only_then(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_stages(db, batch=3, seconds=60)
        for n in range(2):
            feed(stages, demo_item(n))
        # written, not committed: not counted, not readable from outside, not "seen"
        assert "khao/articles_new" not in crawler.stats.values and stored_elsewhere(db) == set()
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM url_aliases").fetchone()[0] == 0
        feed(stages, demo_item(2))  # the third article fills the batch: committed
        assert crawler.stats.values == {"khao/articles_new": 3, "khao/dedupe/new": 3}
        assert len(stored_elsewhere(db)) == 3
        feed(stages, demo_item(3))
        stages[1].close_spider()  # a source's end commits what is open
        assert len(stored_elsewhere(db)) == 4 and crawler.stats.values["khao/articles_new"] == 4

    in_event_loop(crawl)


def test_a_batch_is_committed_within_its_time_bound(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_stages(db, batch=50, seconds=0.2)
        feed(stages, demo_item(0))
        assert stored_elsewhere(db) == set()
        await asyncio.sleep(0.5)  # no more articles come: the timer commits
        assert len(stored_elsewhere(db)) == 1
        assert crawler.stats.values["khao/articles_new"] == 1

    in_event_loop(crawl)


def test_an_article_that_fails_leaves_the_rest_of_its_batch_intact(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        _crawler, stages = open_stages(db, batch=3, seconds=60)
        feed(stages, demo_item(0))
        bad = demo_item(1)
        bad.entities = [{"label": "PERSON"}]  # no text, no offsets: its mentions fail
        with pytest.raises(KeyError):
            feed(stages, bad)
        feed(stages, demo_item(2))
        stages[1].close_spider()
        stored = stored_elsewhere(db)
        assert demo_item(0).url in stored and demo_item(2).url in stored
        assert bad.url not in stored  # nothing of it: no row, no index entry
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 2

    in_event_loop(crawl)


FULL = sqlite3.OperationalError("database or disk is full")


class RefusingCommit:
    """A database whose COMMIT fails as on a full disk (everything else passes through)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.conn = self

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT":
            raise FULL
        return self.db.conn.execute(sql, *args)

    @property
    def in_transaction(self) -> bool:
        return bool(self.db.conn.in_transaction)


def test_a_batch_that_cannot_be_committed_is_reported_as_a_write_error(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_stages(db, batch=50, seconds=60)
        feed(stages, demo_item(0))
        feed(stages, demo_item(1))
        store = stages[1].store
        store.db = RefusingCommit(store.db)
        stages[1].close_spider()  # reported as the error of the source's last article
        assert crawler.errors == [(demo_item(1).url, FULL)]
        assert "khao/articles_new" not in crawler.stats.values
        store.db = store.db.db
        assert not store.db.conn.in_transaction  # rolled back: nothing half-written stays open
        assert stored_elsewhere(db) == set()

    in_event_loop(crawl)


def test_a_batch_another_write_cannot_commit_is_reported_to_its_sources(tmp_path: Path) -> None:
    """A full disk found by another source's run row (finish_run commits the open batch
    first): the batch's articles are lost, and their source must hear it (else its walk
    is marked complete without them)."""
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_stages(db, batch=50, seconds=60)
        feed(stages, demo_item(0))
        store = stages[1].store
        row = store.start_run("r", SOURCE)  # before the refusal: commits the batch
        feed(stages, demo_item(1))
        store.db = RefusingCommit(store.db)
        with pytest.raises(sqlite3.OperationalError):
            store.finish_run(row, "ok")
        store.db = store.db.db
        assert crawler.errors == [(demo_item(1).url, FULL)]
        assert stored_elsewhere(db) == {demo_item(0).url}

    in_event_loop(crawl)


def test_a_batch_failure_is_reported_when_scrapy_opened_the_stage_without_its_spider(
    tmp_path: Path,
) -> None:
    """Scrapy 2.13+ calls a pipeline's open_spider() without the spider: the failure must
    still reach the source (through crawler.spider), not only the log."""
    db = tmp_path / "khao.db"

    async def crawl() -> None:
        crawler, stages = open_stages(db, batch=50, seconds=60)
        crawler.spider = object()  # type: ignore[attr-defined]
        for stage in stages:
            stage.batches.spider = None
        feed(stages, demo_item(0))
        store = stages[1].store
        store.db = RefusingCommit(store.db)
        stages[1].close_spider()
        store.db = store.db.db
        assert crawler.errors == [(demo_item(0).url, FULL)]

    in_event_loop(crawl)


# --------------------------------------------------------------------------- NER features
def reference_wikipedia_marks(
    text: str, tokens: list[tuple[int, int]], starts: list[bool]
) -> list[list[str]]:
    """wikipedia_marks as first written: each run stripped of spaces and encoded anew."""
    wiki = tables()["wikipedia"]
    marks: list[list[str]] = [[] for _ in tokens]
    n, i = len(tokens), 0
    while i < n:
        if starts[i]:
            for j in range(min(n, i + 8) - 1, i - 1, -1):
                if starts[j] and text[tokens[i][0] : tokens[j][1]].replace(" ", "") in wiki:
                    marks[i].append("g=B-WIKI")
                    for k in range(i + 1, j + 1):
                        marks[k].append("g=I-WIKI")
                    i = j
                    break
        i += 1
    return marks


def test_wikipedia_marks_from_cached_word_bytes_equal_the_reference() -> None:
    model = load_model()
    checked = marked = 0
    for article in demo_articles()[:60]:
        for line in clean_text(article.title + "\n" + article.body).split("\n"):
            if not line.strip():
                continue
            tokens = tokenize(line, [b for s, e, _ in rule_spans(line) for b in (s, e)])
            words = [model.featurizer.word(line[s:e]) for s, e in tokens]
            starts = [w.wiki_start for w in words]
            expected = reference_wikipedia_marks(line, tokens, starts)
            for flat in (None, [w.flat for w in words]):
                marks: list[list[str]] = [[] for _ in tokens]
                wikipedia_marks(line, tokens, starts, marks, flat)
                assert marks == expected, line
            checked += 1
            marked += any(expected)
    assert checked > 400 and marked > 100  # the demo text does hit Wikipedia titles
