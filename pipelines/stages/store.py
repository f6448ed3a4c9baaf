"""Store stage: upsert each article into SQLite and count new/updated/unchanged.

With ``KHAO_STORE_BATCH`` > 1 (default 50), a crawl writes articles in batches (that many
articles or ``KHAO_STORE_BATCH_SECONDS``, whichever comes first): one transaction for
several articles, their dedupe index rows and URL aliases (the dedupe stage joins the same
batch), their clusters and, written last at the commit, their search-index rows. Nothing is
counted stored before its batch is committed, so a killed crawl loses only what it never
reported; the next run fetches those articles again (they are not in the database, and the
source's walk was not marked complete). A batch that cannot be committed (a full disk) is
reported on every source that had articles in it, as the write error it is. A commit per
article cost ~3.7 ms of the store's ~9 ms: each article changes ~260 pages (the entity
tables and their indexes) and FTS5 writes a new segment at every commit and savepoint
(bench/RESULTS.md, issue 17).

Without a running event loop (the distributed writer, tests calling the stage directly) each
article is committed on its own, with its search-index rows.

Search indexes written later without batches (``KHAO_STORE_BATCH`` = 1, ``KHAO_INDEX_BATCH``
default 50, ``KHAO_INDEX_SECONDS`` default 0.5): with a running event loop each article is
committed on its own, but without its full-text index rows; those are written for every
pending article at once (``Store.flush_index``) once that many are pending or the oldest
has waited that long (a timer flushes an idle crawl), and when the spider closes. A stored
article is unsearchable for at most ~that long; one a kill leaves unindexed is listed in
``search_pending`` and indexed by the next open of the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from functools import partial
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from twisted.python.failure import Failure

from pipelines.items import ArticleItem
from pipelines.storage import Store, shared_store
from pipelines.storage.database import Batch, OwnedElsewhere

log = logging.getLogger(__name__)


class BatchMember:
    """One stage of one source's crawler writing into the store's shared batch: opens it
    when none is open (with a timer that commits it within ``seconds``), and hears about a
    commit that failed, with the last article it put in."""

    def __init__(self, crawler: Any = None, size: int = 1, seconds: float = 0.0) -> None:
        self.crawler = crawler
        self.size = size
        self.seconds = seconds
        self.spider: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.last_item: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> BatchMember:
        settings = crawler.settings
        return cls(crawler, settings.getint("KHAO_STORE_BATCH", 1),
                   settings.getfloat("KHAO_STORE_BATCH_SECONDS", 0.5))  # fmt: skip

    def open(self, spider: Any) -> None:
        self.spider = spider
        try:
            self.loop = asyncio.get_running_loop()
        except RuntimeError:  # no reactor turning: no timer to bound a batch
            self.loop = None

    @property
    def batching(self) -> bool:
        return self.loop is not None and self.size > 1

    def join(self, store: Store, item: Any) -> Batch | None:
        """The store's open batch (opened now if needed), None when not batching."""
        if not self.batching:
            return None
        opened = store.batch is None
        batch = store.open_batch()
        if opened:
            assert self.loop is not None
            self.loop.call_later(self.seconds, self._commit_if_open, store, batch)
        # the last stage of a crawler to write is the one it is told by: once per source
        batch.on_failure[id(self.crawler or self)] = self.report_failure
        self.last_item = item
        return batch

    def commit_if_due(self, store: Store) -> None:
        batch = store.batch
        if batch is not None and (batch.articles >= self.size or store.batch_age() >= self.seconds):
            store.commit_batch()

    def _commit_if_open(self, store: Store, batch: Batch) -> None:
        if store.batch is batch:
            with contextlib.suppress(Exception):  # commit_batch() told the batch's sources
                store.commit_batch()

    def report_failure(self, exc: BaseException) -> None:
        """A batch with this source's articles was not committed: the write error of its
        last article (the run recorder names it and stops the source)."""
        # Scrapy 2.13 calls open_spider() without the spider: the crawler knows it
        spider = self.spider or getattr(self.crawler, "spider", None)
        if self.crawler is None or spider is None:
            log.error("articles not stored: %s", exc)
            return
        self.crawler.signals.send_catch_log(signal=signals.item_error, item=self.last_item,
                                            response=None, spider=spider,
                                            failure=Failure(exc))  # fmt: skip


class DeferredIndex:
    """When a stage writes its articles' search indexes: ``size`` articles at a time, or
    once the oldest has waited ``seconds`` (a timer, for a crawl gone quiet). Off (each
    article indexed in its own transaction) without an event loop to run the timer, or
    with ``size`` <= 1."""

    def __init__(self, size: int = 1, seconds: float = 0.5) -> None:
        self.size = size
        self.seconds = seconds
        self.loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> DeferredIndex:
        settings = crawler.settings
        return cls(settings.getint("KHAO_INDEX_BATCH", 50),
                   settings.getfloat("KHAO_INDEX_SECONDS", 0.5))  # fmt: skip

    def open(self, store: Store, batching: bool) -> None:
        try:
            self.loop = asyncio.get_running_loop()
        except RuntimeError:
            self.loop = None
        # in a batch, the batch's commit writes the index of every article it holds
        if self.loop is not None and (self.size > 1 or batching):
            store.index_later = True

    def after_save(self, store: Store) -> None:
        """After an article's commit: flush when due, else make sure a timer will."""
        if not store.index_later or not store.unindexed:
            return
        if store.unindexed >= self.size or store.index_age() >= self.seconds:
            flush(store)
        elif store.unindexed == 1 and self.loop is not None:  # the first since a flush
            self.loop.call_later(self.seconds, self._flush_if_still, store, store.unindexed_since)

    def _flush_if_still(self, store: Store, since: float | None) -> None:
        if store.unindexed_since is not None and store.unindexed_since == since:
            flush(store)


def flush(store: Store) -> None:
    """Index what is pending. A failure (a full disk) is logged, not raised: the articles
    are stored, stay listed in search_pending, and the next flush or open indexes them."""
    try:
        store.flush_index()
    except Exception as exc:
        log.error("search index not updated (%s); the next flush or run writes it", exc)


class StorePipeline:
    needs_database = True  # runs on the writer in a distributed crawl

    def __init__(
        self,
        db_path: str,
        stats: Any,
        batches: BatchMember | None = None,
        index: DeferredIndex | None = None,
    ) -> None:
        self.db_path = db_path
        self.stats = stats
        self.batches = batches or BatchMember()
        self.index = index or DeferredIndex()
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler.settings.get("KHAO_DB"), crawler.stats,
                   BatchMember.from_crawler(crawler), DeferredIndex.from_crawler(crawler))  # fmt: skip

    def open_spider(self, spider: Any = None) -> None:
        self.store = shared_store(self.db_path)
        self.batches.open(spider)
        self.index.open(self.store, self.batches.batching)

    def close_spider(self, spider: Any = None) -> None:
        # before the run recorder marks the walk complete (spider_closed comes after); a
        # failure is reported to the batch's sources by Store.commit_batch(), not raised
        # again here (Scrapy would print a traceback)
        if self.store is not None and self.store.batch is not None:
            with contextlib.suppress(Exception):
                self.store.commit_batch()
        if self.store is not None:  # also what an earlier failed flush left
            flush(self.store)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        assert self.store is not None
        batch = self.batches.join(self.store, item)
        try:
            outcome = self.store.save_article(item)
        except OwnedElsewhere as exc:  # the dedupe stage normally stops these first
            self.stats.inc_value("khao/dropped/other_source")
            raise DropItem(str(exc)) from exc
        cluster_id = item.cluster_hint.get("cluster_id")
        if cluster_id and outcome != "unchanged":  # set by the dedupe stage
            self.store.refresh_cluster(cluster_id)
        count = partial(self.stats.inc_value, f"khao/articles_{outcome}")
        if batch is None:
            count()
            self.index.after_save(self.store)
            return item
        batch.on_commit.append(count)
        batch.articles += 1
        try:
            self.batches.commit_if_due(self.store)
        except Exception as exc:  # reported on every source of the batch already
            raise DropItem(f"not stored: {exc}") from exc
        return item
