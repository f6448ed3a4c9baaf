"""Dedupe stage (walking skeleton: exact content hash only)."""

from __future__ import annotations

from typing import Any

from crawler.items import ArticleItem
from pipelines.store import content_hash


class DedupePipeline:
    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupePipeline:
        return cls()

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        item.content_hash = content_hash(item.title, item.body)
        return item
