"""Clean stage: normalise the Thai text of title and body (see pipelines.thai_text), strip
what SQLite or XML cannot hold from every other text field (no article is lost to a lone
surrogate or a NUL, no Atom feed breaks on one later), and keep only web URLs (the spiders
filter them already; this is the last word before storage, for every kind of run)."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from pipelines.items import ArticleItem
from pipelines.spam import spam_reason
from pipelines.thai_text import clean_text, clean_title, language_of, storable
from pipelines.urls import is_web_url, web_url_or_none


def make_storable(item: ArticleItem) -> None:
    """Every text field of the item, apart from title and body, made storable in place."""
    for name in ("url", "canonical_url", "shortlink", "language", "lead_image", "author",
                 "modified_at", "fetched_at"):  # fmt: skip
        value = getattr(item, name)
        if isinstance(value, str):
            setattr(item, name, storable(value))
    item.categories = [storable(str(c)) for c in item.categories]
    item.tags = [storable(str(t)) for t in item.tags]
    for attachment in item.attachments:
        attachment.url, attachment.title = storable(attachment.url), storable(attachment.title)
        attachment.type = storable(attachment.type)
    for candidate in item.date_candidates:
        candidate.value = storable(str(candidate.value))


def keep_web_urls(item: ArticleItem) -> bool:
    """Drop an item's non-http(s) URLs (canonical, shortlink, lead image, attachments);
    False when its own URL is not one (the item must go)."""
    if not is_web_url(item.url):
        return False
    item.canonical_url = item.canonical_url if is_web_url(item.canonical_url) else ""
    item.shortlink = item.shortlink if is_web_url(item.shortlink) else ""
    item.lead_image = web_url_or_none(item.lead_image)
    item.attachments = [a for a in item.attachments if is_web_url(a.url)]
    return True


class CleanPipeline:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        return cls(crawler.stats)

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        if not keep_web_urls(item):
            self.stats.inc_value("khao/dropped/forbidden_scheme")
            raise DropItem(f"not an http(s) URL: {item.url[:120]}")
        make_storable(item)
        item.title = clean_title(item.title)
        item.body = clean_text(item.body, title=item.title)
        if not item.title or not (item.body or (item.form == "images" and item.images)):
            self.stats.inc_value("khao/dropped/empty")
            raise DropItem(f"empty title or body: {item.url}")
        if item.language not in ("th", "en"):  # WordPress items come without one
            item.language = language_of(item.title + "\n" + item.body)
        reason = spam_reason(item.title, item.body)
        if reason:
            # a hacked site's page: counted against the source as error kind "spam" (not a
            # lost article), never stored
            self.stats.inc_value("khao/dropped/spam")
            record = getattr(spider, "record_error", None)
            if callable(record):
                record("spam", item.url, f"not an article: {reason}")
            raise DropItem(f"spam: {item.url}")
        if item.form == "images":
            item.images = [storable(u) for u in item.images if is_web_url(u)]
            self.stats.inc_value("khao/form/images")
        return item
