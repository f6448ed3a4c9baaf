"""Scrapy item pipeline stage: named entities of an article's title and body."""

from __future__ import annotations

from typing import Any

from pipelines.ner import tag


class EntityPipeline:
    """Fill ``item.entities`` (khao scheme) from ``item.title`` and ``item.body``."""

    def __init__(self, scheme: str = "khao") -> None:
        self.scheme = scheme

    @classmethod
    def from_crawler(cls, crawler: Any) -> EntityPipeline:
        return cls(scheme=crawler.settings.get("KHAO_NER_SCHEME", "khao"))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        entities: list[dict[str, Any]] = []
        for field in ("title", "body"):
            text = getattr(item, field, "") or ""
            for e in tag(text, scheme=self.scheme):
                entities.append(
                    {
                        "label": e.label,
                        "text": e.text,
                        "start": e.start,
                        "end": e.end,
                        "field": field,
                        "canonical": e.canonical,
                        "position": e.position,
                    }
                )
        item.entities = entities
        return item
