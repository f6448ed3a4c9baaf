"""Cleaning stage: normalise the Thai text of title and body (see pipelines.thai_text)."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from pipelines.items import ArticleItem
from pipelines.thai_text import clean_text, clean_title


class CleanPipeline:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        return cls(crawler.stats)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        item.title = clean_title(item.title)
        item.body = clean_text(item.body, title=item.title)
        if not item.title or not item.body:
            self.stats.inc_value("khao/dropped/empty")
            raise DropItem(f"empty title or body: {item.url}")
        return item
