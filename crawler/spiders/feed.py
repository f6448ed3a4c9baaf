"""Feeds: RSS 2.0 and Atom (feedparser) and JSON Feed, then each article page for full text.

Feeds only carry the newest items and often only a summary, so the article page is read
for the body; the feed still gives the title, the date and the categories. Feed pages are
fetched conditionally, and entries already stored (with the same `updated`) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from time import struct_time
from typing import Any
from urllib.parse import urljoin

import feedparser
import scrapy
from parsel import Selector
from scrapy.http import Response

from crawler.extract import ATTACHMENT_TYPES, block_text
from crawler.limits import LimitExceeded, load_json_limited
from crawler.spiders.base import ArticleHints, SourceSpider
from pipelines.items import Attachment
from pipelines.urls import is_web_url

BANGKOK = timezone(timedelta(hours=7))


@dataclass
class FeedEntry:
    url: str
    title: str = ""
    published: str | None = None  # ISO 8601 with offset
    modified: str | None = None  # only when the feed states an update time
    text: str = ""  # content or summary as plain text
    categories: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    image: str | None = None


def html_to_text(fragment: str) -> str:
    if not fragment:
        return ""
    if "<" not in fragment:
        return fragment.strip()
    return block_text(Selector(text=f"<div>{fragment}</div>", type="html").xpath("//div")[0])


def iso_from_struct(value: struct_time | None) -> str | None:
    """feedparser gives UTC struct_time; khao stores Bangkok-time ISO strings."""
    if not value:
        return None
    return datetime(*value[:6], tzinfo=UTC).astimezone(BANGKOK).isoformat()


def attachment_for(url: str, title: str = "", mime: str = "") -> Attachment | None:
    if not is_web_url(url):  # javascript:, data: "attachments" are never stored
        return None
    ext = url.rsplit("?", 1)[0].rsplit(".", 1)[-1].lower()
    if ext in ATTACHMENT_TYPES:
        return Attachment(url=url, title=title, type=ext)
    if mime == "application/pdf":
        return Attachment(url=url, title=title, type="pdf")
    return None


def absolute(base_url: str, value: str) -> str:
    """``value`` made absolute; as written when it cannot be (a broken ``http://[`` host),
    so the web-URL checks refuse it instead of the parse failing."""
    try:
        return urljoin(base_url, value.strip())
    except ValueError:
        return value


def web_image(base_url: str, value: Any) -> str | None:
    """A feed's image URL made absolute, when it is an http(s) URL at all."""
    if not isinstance(value, str) or not value.strip():
        return None
    url = absolute(base_url, value)
    return url if is_web_url(url) else None


def parse_json_feed(data: dict[str, Any], base_url: str) -> list[FeedEntry]:
    entries = []
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        url = item.get("url") or item.get("external_url") or item.get("id")
        if not isinstance(url, str) or not url.startswith(("http", "/")):
            continue
        text = html_to_text(item.get("content_html") or "") or item.get("content_text") or ""
        attachments = [
            a
            for raw in item.get("attachments") or []
            if isinstance(raw, dict) and raw.get("url")
            and (a := attachment_for(absolute(base_url, str(raw["url"])), raw.get("title") or "",
                                     raw.get("mime_type") or ""))
        ]  # fmt: skip
        entries.append(
            FeedEntry(
                url=absolute(base_url, url),
                title=str(item.get("title") or ""),
                published=item.get("date_published"),
                modified=item.get("date_modified"),
                text=text or html_to_text(item.get("summary") or ""),
                categories=[str(t) for t in item.get("tags") or []],
                attachments=attachments,
                image=web_image(base_url, item.get("image") or item.get("banner_image")),
            )
        )
    return entries


_ITEM_START = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>/]")
_CLOSING = ((re.compile(rb"<(?:\w+:)?feed[\s>]"), b"</feed>"),
            (re.compile(rb"<rdf:RDF[\s>]"), b"</rdf:RDF>"),
            (re.compile(rb"<rss[\s>]"), b"</channel></rss>"))  # fmt: skip


def trim_feed(body: bytes, max_items: int) -> tuple[bytes, int]:
    """(the XML feed cut before its item number ``max_items + 1``, how many items it had).

    feedparser builds every entry of a document (100,000 short items: 350 MB), so a feed
    with more items than the cap is cut before it is parsed; closing tags are added back
    for RSS, RDF and Atom (feedparser reads a cut document anyway).
    """
    if not max_items or body.lstrip()[:1] in (b"{", b"["):  # JSON Feed: see load_json_limited
        return body, 0
    starts = [m.start() for m in _ITEM_START.finditer(body)]
    if len(starts) <= max_items:
        return body, len(starts)
    head = body[:2048]
    closing = next((tag for pattern, tag in _CLOSING if pattern.search(head)), b"")
    return body[: starts[max_items]] + closing, len(starts)


def parse_feed_entries(
    body: bytes, base_url: str, max_json_containers: int = 0
) -> tuple[str, list[FeedEntry]]:
    """(format, entries) of an RSS, Atom or JSON Feed document; format '' when unreadable.
    A JSON Feed too big to build raises LimitExceeded (crawler.limits); an XML feed is
    best cut to its first items with ``trim_feed`` first."""
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        try:
            data = load_json_limited(body, max_json_containers)
        except LimitExceeded:
            raise  # a ValueError too, but one to report, not "unreadable"
        except ValueError:
            return "", []
        if isinstance(data, dict) and "items" in data:
            return "json", parse_json_feed(data, base_url)
        return "", []
    parsed = feedparser.parse(body)
    if not parsed.version and not parsed.entries:
        return "", []
    entries = []
    for entry in parsed.entries:
        url = entry.get("link")
        if not url:
            continue
        content = entry.get("content") or []
        text = html_to_text(content[0].get("value", "")) if content else ""
        attachments = [
            a
            for link in entry.get("links") or []
            if link.get("rel") == "enclosure"
            and (
                a := attachment_for(
                    absolute(base_url, link.get("href", "")), "", link.get("type", "")
                )
            )
        ]
        is_atom = parsed.version.startswith("atom")
        entries.append(
            FeedEntry(
                url=absolute(base_url, url),
                title=entry.get("title", ""),
                published=iso_from_struct(entry.get("published_parsed"))
                or iso_from_struct(entry.get("updated_parsed")),
                # RSS has no update time; Atom's <updated> moves when a post is edited
                modified=iso_from_struct(entry.get("updated_parsed")) if is_atom else None,
                text=text or html_to_text(entry.get("summary", "")),
                categories=[t.get("term", "") for t in entry.get("tags") or [] if t.get("term")],
                attachments=attachments,
            )
        )
    return parsed.version or "feed", entries


class FeedSpider(SourceSpider):
    kind = "feed"

    def feed_urls(self) -> list[str]:
        extra = self.source.option("feeds") or []
        return [self.source.url, *[u for u in extra if isinstance(u, str)]]

    def start_requests_for_source(self) -> list[scrapy.Request]:
        return [self.feed_request(url, fatal=i == 0) for i, url in enumerate(self.feed_urls())]

    def feed_request(self, url: str, fatal: bool) -> scrapy.Request:
        return self.page_request(url, self.parse_feed, fatal=fatal, fatal_if_empty=fatal)

    def parse_feed(self, response: Response, fatal_if_empty: bool = True) -> Iterator[Any]:
        if self.not_modified_page(response):
            return
        self.pages += 1
        cap = self.caps.max_items
        body, items = trim_feed(response.body, cap)
        try:
            fmt, entries = parse_feed_entries(body, response.url, self.caps.max_json_containers)
        except LimitExceeded as exc:
            self.record_error(exc.kind, response.url, exc.message, fatal=fatal_if_empty)
            return
        items = max(items, len(entries))
        if cap and items > cap:
            self.record_cut("max_items", response.url, f"the feed has {items} items: the "
                            f"first {cap} are read (max_items)", items - cap)  # fmt: skip
            entries = entries[:cap]
        if not entries:
            why = "not an RSS, Atom or JSON feed" if not fmt else "the feed has no items"
            self.record_error("no_items", response.url, why, fatal=fatal_if_empty)
            return
        yield from self.entry_requests(entries)

    def entry_requests(self, entries: list[FeedEntry]) -> Iterator[Any]:
        fetch_pages = self.source.option("fetch_articles", True)
        for entry in entries:  # max_articles: counted by claim / article_request
            if self.is_known(entry.url, entry.modified):
                self.unchanged += 1
                continue
            hints = ArticleHints(
                title=entry.title,
                published=entry.published,
                modified=entry.modified,
                summary_text=entry.text,
                categories=entry.categories,
                attachments=entry.attachments,
                lead_image=entry.image,
            )
            if not fetch_pages and entry.text:
                if not self.claim(entry.url, "feed item link"):
                    continue
                yield self.new_item(
                    entry.url,
                    title=entry.title,
                    body=entry.text,
                    canonical_url=entry.url,
                    date_candidates=self.candidate("api", entry.published),
                    modified_at=entry.modified,
                    categories=entry.categories,
                    attachments=entry.attachments,
                    lead_image=entry.image,
                )
                continue
            request = self.article_request(entry.url, hints)
            if request is not None:
                yield request
