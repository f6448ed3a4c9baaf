"""Date stage: choose the published date from the candidates a spider saw.

Structured metadata first, then the article's date line, then the listing, then the URL;
never the crawl time. A missing date stays missing and is counted
(``khao/dates_missing``); the origin of every chosen date is counted too
(``khao/date_from/<origin>``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pipelines.items import ArticleItem, DateCandidate
from pipelines.thai_dates import choose_published

DATELINE_LINES = 4  # the date line sits under the headline, in the first lines of the text


def item_candidates(item: ArticleItem) -> list[DateCandidate]:
    """The spider's candidates plus the body's first lines (date line), the URL and the
    modified time (context only: it never becomes the published date)."""
    candidates = list(item.date_candidates)
    head = "\n".join(item.body.split("\n")[:DATELINE_LINES])
    if head.strip():
        candidates.append(DateCandidate("dateline", head))
    candidates.append(DateCandidate("url", item.url))
    if item.modified_at:  # Last-Modified / the feed's modified: a year for a year-less date
        candidates.append(DateCandidate("modified", item.modified_at))
    return candidates


def fetch_time(item: ArticleItem) -> datetime | None:
    try:
        return datetime.fromisoformat(item.fetched_at) if item.fetched_at else None
    except ValueError:
        return None


class DatePipeline:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> DatePipeline:
        return cls(crawler.stats)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        value, origin = choose_published(item_candidates(item), fetch_time(item))
        if value is None:
            self.stats.inc_value("khao/dates_missing")
            item.published_at, item.published_from = None, None
        else:
            self.stats.inc_value(f"khao/date_from/{origin}")
            item.published_at = value.isoformat()
            item.published_from = origin
        return item
