"""Dedupe stage: the article's identity URL, content hash and story cluster, just before
the store writes it. The work is ``pipelines.storage.dedupe_index.DedupeIndex`` (the
algorithm is described there), on the crawl's shared database connection.
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from pipelines.items import ArticleItem
from pipelines.stages.store import BatchMember
from pipelines.storage import Store, shared_store
from pipelines.storage.database import OwnedElsewhere
from pipelines.storage.dedupe_index import DedupeIndex
from pipelines.urls import same_site


class DedupePipeline:
    """Scrapy stage over DedupeIndex, on the crawl's shared database connection."""

    needs_database = True  # runs on the writer in a distributed crawl

    def __init__(self, db_path: str, stats: Any = None, batches: BatchMember | None = None) -> None:
        self.db_path = db_path
        self.stats = stats
        self.batches = batches or BatchMember()
        self.store: Store | None = None
        self.index: DedupeIndex | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupePipeline:
        return cls(
            crawler.settings.get("KHAO_DB"), crawler.stats, BatchMember.from_crawler(crawler)
        )

    def open_spider(self, spider: Any = None) -> None:
        self.store = shared_store(self.db_path)
        self.index = DedupeIndex(self.store.db)
        self.batches.open(spider)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        if self.index is None:
            self.open_spider(spider)
        assert self.index is not None
        if self.store is not None:
            # the index rows and URL aliases go into the batch of the article itself (the
            # store stage commits it): the "seen" marks never get ahead of the article
            self.batches.join(self.store, item)
        if item.canonical_url and not same_site(item.canonical_url, item.url):
            # a canonical link to another site: kept as an alias, never the identity
            self.count("khao/ignored/foreign_canonical")
        try:
            match = self.index.process(item)
        except OwnedElsewhere as exc:
            self.count("khao/dropped/other_source")
            raise DropItem(str(exc)) from exc
        self.count(f"khao/dedupe/{match.kind}")
        return item

    def count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
