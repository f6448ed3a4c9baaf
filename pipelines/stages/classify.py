"""Classify stage: tag each article with its announcement kind (rules in data/kinds.yaml)."""

from __future__ import annotations

from typing import Any

from pipelines.items import ArticleItem
from pipelines.kinds import KindRules, classify, load_rules


class ClassifyPipeline:
    def __init__(self, rules: KindRules, stats: Any = None) -> None:
        self.rules = rules
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> ClassifyPipeline:
        # KHAO_KIND_RULES lets a deployment use its own rules file
        return cls(load_rules(crawler.settings.get("KHAO_KIND_RULES") or None), crawler.stats)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        item.kind = classify(item.title, item.body, self.rules)
        if self.stats is not None:
            self.stats.inc_value(f"khao/kind/{item.kind}")
        return item
