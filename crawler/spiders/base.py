"""What every source spider shares: the source entry, known URLs, error accounting."""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.items import ArticleItem, DateCandidate
from crawler.sources import Source

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def decode_html(response: Response, override: str | None = None) -> str:
    """Decode a page: the source's declared encoding first, else trust nothing blindly.

    Old Thai sites send TIS-620 pages with a wrong ``charset=utf-8`` header, or declare
    the charset only in ``<meta http-equiv>``; a decode full of replacement characters
    means the header lied.
    """
    body = response.body
    if override:
        return body.decode(override, errors="replace")
    if isinstance(response, TextResponse):
        text = response.text
        if text.count("\ufffd") <= 2:
            return text
    match = _META_CHARSET.search(body[:4096])
    candidates = [match.group(1).decode("ascii")] if match else []
    candidates += ["utf-8", "cp874"]
    for name in candidates:
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        name = "cp874" if name.lower() in ("tis-620", "tis620", "iso-8859-11", "windows-874") else name
        try:
            return body.decode(name)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


class SourceSpider(scrapy.Spider):
    """Base class: one spider instance crawls one source entry."""

    kind = ""

    def __init__(self, source: Source, known: dict[str, str | None] | None = None, **kwargs: Any):
        super().__init__(name=source.id, **kwargs)
        self.source = source
        self.known: dict[str, str | None] = known if known is not None else {}
        self.errors: Counter[str] = Counter()
        self.error_samples: list[str] = []
        self.fatal: str | None = None  # why the source could not be crawled at all
        self.unchanged = 0
        self.pages = 0

    async def start(self) -> AsyncIterator[Any]:
        for request in self.start_requests_for_source():
            yield request

    def start_requests_for_source(self) -> list[scrapy.Request]:
        raise NotImplementedError

    # --------------------------------------------------------------- accounting
    def record_error(self, kind: str, url: str, message: str, fatal: bool = False) -> None:
        self.errors[kind] += 1
        line = f"{kind}: {message} ({url})"
        if len(self.error_samples) < 20:
            self.error_samples.append(line)
        self.logger.warning("source %s: %s", self.source.id, line)
        if fatal and self.fatal is None:
            self.fatal = line

    def on_error(self, failure: Failure, fatal: bool = False) -> None:
        request = failure.request if hasattr(failure, "request") else None
        url = request.url if request is not None else self.source.url
        from scrapy.spidermiddlewares.httperror import HttpError

        if failure.check(HttpError):
            status = failure.value.response.status
            self.record_error(f"http_{status}", url, f"HTTP {status}", fatal=fatal)
        else:
            name = failure.type.__name__ if failure.type else "error"
            self.record_error(name, url, str(failure.value) or name, fatal=fatal)

    def on_fatal_error(self, failure: Failure) -> None:
        self.on_error(failure, fatal=True)

    def on_article_error(self, failure: Failure) -> None:
        self.on_error(failure, fatal=False)

    # --------------------------------------------------------------- helpers
    def is_known(self, url: str, modified: str | None = None) -> bool:
        """True when the URL is stored and (if the source tells) not modified since."""
        if url not in self.known:
            return False
        return modified is None or self.known[url] == modified

    def new_item(self, url: str, **fields: Any) -> ArticleItem:
        return ArticleItem(url=url, source_id=self.source.id, fetched_at=now_iso(), **fields)

    @staticmethod
    def candidate(origin: str, value: str | None) -> list[DateCandidate]:
        return [DateCandidate(origin, value)] if value else []
