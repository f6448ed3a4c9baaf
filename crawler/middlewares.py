"""Downloader middlewares: conditional requests, Retry-After, redirect loops, NER backlog.

Each one turns an HTTP situation into either a normal response or a ``CrawlProblem`` whose
``kind`` names the outcome in crawl_runs.errors (``rate_limited``, ``unavailable``,
``redirect_loop``), so a user reads what happened instead of a stack trace.
"""

from __future__ import annotations

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from pipelines.stages.entities import backlog
from pipelines.storage import shared_store

log = logging.getLogger(__name__)

CONDITIONAL = "khao_conditional"  # request.meta flag: send If-None-Match/If-Modified-Since


class CrawlProblem(IgnoreRequest):
    """A request given up on for a reason the user should read; ``kind`` is the error key."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


# --------------------------------------------------------------------------- pure helpers
def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """``Retry-After`` is either delta-seconds or an HTTP date; None when absent or unreadable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_seconds(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff when a 429/503 names no wait: base, 2·base, 4·base, ... ≤ cap."""
    return min(cap, base * (2 ** max(0, attempt - 1)))


# --------------------------------------------------------------------------- conditional
class ConditionalRequestMiddleware:
    """Send stored ETag/Last-Modified on listing, feed, API and sitemap pages.

    A 304 means "nothing new here": it reaches the spider (``handle_httpstatus_list``) and
    is counted, never reported as an error. A 304 may only skip what is stored, so:
    validators are sent only when the source's previous walk completed (not on a full
    walk), and the new ones are kept on the spider (``page_validators``) for the run
    recorder, which saves them with the walk's completion, in one transaction.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def store(self) -> Any:
        return shared_store(self.crawler.settings.get("KHAO_DB"))

    def process_request(self, request: Request, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        if not request.meta.get(CONDITIONAL) or request.meta.get("khao_unconditional"):
            return None
        if getattr(spider, "full_walk", False):
            return None
        etag, last_modified = self.store().validators(request.url)
        if etag:
            request.headers.setdefault("If-None-Match", etag)
        if last_modified:
            request.headers.setdefault("If-Modified-Since", last_modified)
        return None

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        spider = spider or self.crawler.spider
        if not request.meta.get(CONDITIONAL):
            return response
        if response.status == 304:
            self.crawler.stats.inc_value("khao/not_modified")
        elif response.status == 200 and spider is not None:
            etag = response.headers.get("ETag")
            modified = response.headers.get("Last-Modified")
            if etag or modified:
                spider.page_validators[request.url] = (
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
        return response


# --------------------------------------------------------------------------- NER backlog
class NerBacklogMiddleware:
    """Hold a download while ``KHAO_NER_BACKLOG`` articles wait for the NER workers.

    A held request stays in Scrapy's downloader (it counts against ``CONCURRENT_REQUESTS``),
    so the engine stops taking requests from the scheduler: Scrapy's own back-pressure,
    which counts response bytes, not items, did not bound the articles parked in the entity
    stage (a WordPress API page brings 50 at once). Articles are never refused: a download
    waits until the workers have caught up, and the timeout starts after it.
    """

    async def process_request(self, request: Request, spider: Any = None) -> None:
        await backlog.room()


# --------------------------------------------------------------------------- Retry-After
class RetryAfterMiddleware:
    """429 and 503: wait as the server says (bounded), retry a bounded number of times.

    Runs before Scrapy's RetryMiddleware sees the response, so 429/503 are handled here
    only; the give-up is a ``CrawlProblem`` (``rate_limited`` / ``unavailable``).
    """

    CODES: ClassVar[dict[int, str]] = {429: "rate_limited", 503: "unavailable"}

    def __init__(self, settings: Any, source_options: dict[str, Any] | None = None) -> None:
        options = source_options or {}
        self.max_retries = settings.getint("RETRY_TIMES", 2)
        self.max_wait = float(
            options.get("retry_after_max", settings.getfloat("KHAO_RETRY_AFTER_MAX", 120.0))
        )
        self.backoff = float(
            options.get("retry_backoff", settings.getfloat("KHAO_RETRY_BACKOFF", 5.0))
        )

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        # per-source overrides (``options: {retry_backoff: 0.2}``) come with the spider's source
        source = crawler.settings.get("KHAO_SOURCE_OPTIONS") or {}
        return cls(crawler.settings, dict(source))

    async def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        kind = self.CODES.get(response.status)
        if kind is None or response.status in request.meta.get("handle_httpstatus_list", ()):
            return response
        attempt = request.meta.get("khao_retry_after", 0) + 1
        limit = request.meta.get("max_retry_times", self.max_retries)
        told = retry_after_seconds(response.headers.get("Retry-After"))
        wait = told if told is not None else backoff_seconds(attempt, self.backoff, self.max_wait)
        said = f"Retry-After {told:g} s" if told is not None else "no Retry-After"
        if attempt > limit:
            raise CrawlProblem(
                kind, f"HTTP {response.status} ({said}): gave up after {limit} retries"
            )
        if wait > self.max_wait:
            raise CrawlProblem(
                kind,
                f"HTTP {response.status}: the server asks to wait {wait:g} s, more than "
                f"KHAO_RETRY_AFTER_MAX ({self.max_wait:g} s); try again later",
            )
        log.info("HTTP %s on %s (%s): waiting %.1f s", response.status, request.url, said, wait)
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["khao_retry_after"] = attempt
        return retry


# --------------------------------------------------------------------------- redirect loops
class RedirectLoopMiddleware:
    """A redirect back to a URL already visited in this chain is a loop: say so at once.

    (Scrapy's own limit catches long chains; a two-page loop would otherwise be dropped
    silently by the duplicate filter.)
    """

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        if response.status not in (301, 302, 303, 307, 308) or "Location" not in response.headers:
            return response
        target = response.urljoin(response.headers["Location"].decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise CrawlProblem(
                "redirect_loop",
                f"redirect loop after {len(chain)} hops ({' → '.join([*chain[-3:], target])})",
            )
        return response
