"""Store stage: upsert each article into SQLite and count new/updated/unchanged."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from pipelines.items import ArticleItem
from pipelines.storage import Store, shared_store
from pipelines.storage.database import OwnedElsewhere


class StorePipeline:
    needs_database = True  # runs on the writer in a distributed crawl

    def __init__(self, db_path: str, stats: Any) -> None:
        self.db_path = db_path
        self.stats = stats
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler.settings.get("KHAO_DB"), crawler.stats)

    def open_spider(self, spider: Any = None) -> None:
        self.store = shared_store(self.db_path)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        assert self.store is not None
        try:
            outcome = self.store.save_article(item)
        except OwnedElsewhere as exc:  # the dedupe stage normally stops these first
            self.stats.inc_value("khao/dropped/other_source")
            raise DropItem(str(exc)) from exc
        cluster_id = item.cluster_hint.get("cluster_id")
        if cluster_id and outcome != "unchanged":  # set by the dedupe stage
            self.store.refresh_cluster(cluster_id)
        self.stats.inc_value(f"khao/articles_{outcome}")
        return item
