"""Date stage: choose the published date from the candidates a spider saw.

Structured metadata first, then the article's date line, then the listing, then the URL;
never the crawl time. A missing date stays missing and is counted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from crawler.items import ArticleItem, DateCandidate
from pipelines.thai_dates import choose_published


class DatePipeline:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> DatePipeline:
        return cls(crawler.stats)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        candidates = list(item.date_candidates)
        # the first lines of the body often carry the date line
        head = "\n".join(item.body.split("\n")[:4])
        candidates.append(DateCandidate("dateline", head))
        candidates.append(DateCandidate("url", item.url))
        fetched = datetime.fromisoformat(item.fetched_at) if item.fetched_at else None
        value, origin = choose_published(candidates, fetched)
        if value is None:
            self.stats.inc_value("khao/dates_missing")
            item.published_at, item.published_from = None, None
        else:
            item.published_at = value.isoformat()
            item.published_from = origin
        return item
