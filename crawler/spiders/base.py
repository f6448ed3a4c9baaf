"""What every source spider shares: the source entry, known URLs, error accounting, and the
one article-page parser (declared selectors, else generic extraction, plus metadata).

Also the two checks every article passes before it becomes an item: is this an HTML page at
all, and is it a real article or a soft-404 placeholder.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.extract import SourceTitles
from crawler.limits import Caps
from crawler.middlewares import CONDITIONAL, CrawlProblem
from crawler.seen import SeenSet
from crawler.sources import Source
from pipelines.items import ArticleItem, Attachment, DateCandidate
from pipelines.urls import is_web_url

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
        name = (
            "cp874" if name.lower() in ("tis-620", "tis620", "iso-8859-11", "windows-874") else name
        )
        try:
            return body.decode(name)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- soft 404
# What real sites serve with HTTP 200 for an unknown or removed article.
PLACEHOLDER_TITLES = {"", "รัฐบาลไทย", "รัฐบาลไทย-", "ไม่พบข่าว", "ไม่พบข้อมูล", "404",
                      "page not found", "not found"}  # fmt: skip
NOT_FOUND_PHRASES = ("ไม่พบข่าว", "ไม่พบข้อมูล", "ไม่พบหน้าที่ต้องการ", "ไม่มีข่าวนี้",
                     "page not found", "404 not found")  # fmt: skip
EPOCH_DATES = re.compile(r"1\s*(?:มกราคม|ม\.ค\.)\s*(?:2513|1970)|1970-01-01|01/01/(?:1970|2513)")
SHORT_BODY = 40  # characters: below this, a 'not found' phrase makes a placeholder


def soft_404_reason(title: str, body: str, date_texts: list[str], images: int = 0) -> str | None:
    """Why an HTTP 200 page is a placeholder rather than an article, or None if it is real.
    A titled page of pictures with no text (an infographic) is an article."""
    clean_title = " ".join(title.split()).strip().lower()
    text = " ".join(body.split())
    if clean_title in PLACEHOLDER_TITLES or clean_title.rstrip("- ") in PLACEHOLDER_TITLES:
        return f"placeholder title {title.strip()!r}"
    if not text and not (images and clean_title):
        return "empty article body"
    if len(text) < SHORT_BODY:
        # a short text alone is no proof: infographic posts carry one line under the picture
        phrase = next((p for p in NOT_FOUND_PHRASES if p in (text + clean_title).lower()), None)
        if phrase:
            return f"'{phrase}' page"
    if len(text) < 300 and any(p in text.lower() for p in NOT_FOUND_PHRASES):
        return "a 'not found' message instead of an article"
    if any(EPOCH_DATES.search(d) for d in date_texts) and len(text) < 300:
        return "dated 1 January 1970 (2513), the placeholder date"
    return None


HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


def not_html_reason(response: Response) -> str | None:
    """An article link that answers with a PDF, a Word file or an image is not an article."""
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
    main = content_type.split(";")[0].strip().lower()
    if response.body[:5] == b"%PDF-":
        main = main if main and main not in HTML_TYPES else "application/pdf"
    elif main in HTML_TYPES or "html" in main:
        return None
    return f"the link is a {main or 'PDF'} file, not an HTML article"


# --------------------------------------------------------------------------- failures
def describe_failure(failure: Failure, settings: Any = None) -> tuple[str, str]:
    """(error kind, one readable line) for a failed request."""
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadCancelledError,
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
        IgnoreRequest,
    )
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.error import ConnectError, DNSLookupError
    from twisted.internet.error import TimeoutError as TwistedTimeout

    value = failure.value
    if failure.check(HttpError):
        status = value.response.status
        if status == 403:
            return "http_403", "HTTP 403: the site refuses the crawler (blocked or firewalled)"
        if status in (404, 410):
            return f"http_{status}", f"HTTP {status}: not found"
        return f"http_{status}", f"HTTP {status}"
    if failure.check(CrawlProblem):
        return value.kind, value.message
    if failure.check(DownloadTimeoutError, TwistedTimeout):
        timeout = settings.getfloat("DOWNLOAD_TIMEOUT") if settings is not None else None
        within = f" within {timeout:g} s" if timeout else ""
        return "timeout", f"no answer{within} (gave up after retries)"
    if failure.check(DownloadCancelledError) and "max size" in str(value):
        limit = settings.getint("DOWNLOAD_MAXSIZE") if settings is not None else 0
        return "too_large", f"page larger than the {limit // 1024} KiB limit (DOWNLOAD_MAXSIZE)"
    if failure.check(IgnoreRequest):
        text = str(value)
        if "robots.txt" in text:
            return "robots_forbidden", (
                "robots.txt forbids khao to fetch this URL "
                "(set obey_robots: false only with the site's permission)"
            )
        if "max redirections" in text:
            return "redirect_loop", "too many redirects: a redirect loop"
        if "exceeded DOWNLOAD_MAXSIZE" in text:  # a compressed body that inflates too far
            return "too_large", f"compressed page inflates past the size limit: {text}"
        return "ignored", text or "request ignored"
    if failure.check(CannotResolveHostError, DNSLookupError):
        return "dns", f"host name not found: {value}"
    if failure.check(DownloadConnectionRefusedError, ConnectError):
        return "connection", f"cannot connect: {value}"
    name = failure.type.__name__ if failure.type else "error"
    return name, str(value) or name


# --------------------------------------------------------------------------- article hints
@dataclass
class ArticleHints:
    """What a listing, feed or sitemap already said about an article before its page is read."""

    title: str = ""
    published: str | None = None  # an API/feed date (origin 'api')
    list_date: str | None = None  # a date printed next to the link (origin 'listing')
    modified: str | None = None
    summary_text: str = ""  # feed content, used when the page gives no body
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    lead_image: str | None = None
    author: str | None = None


class SourceSpider(scrapy.Spider):
    """Base class: one spider instance crawls one source entry."""

    kind = ""

    def __init__(
        self,
        source: Source,
        known: dict[str, str | None] | None = None,
        full_walk: bool = False,
        **kwargs: Any,
    ):
        super().__init__(name=source.id, **kwargs)
        self.source = source
        self.known: dict[str, str | None] = known if known is not None else {}
        # Walk every page, past pages of known articles and without conditional requests:
        # the previous walk did not complete (killed, failed, lost articles) or --full.
        self.full_walk = full_walk
        self.page_validators: dict[str, tuple[str | None, str | None]] = {}
        self.errors: Counter[str] = Counter()
        # what the source's pages show of its site name: never the headline
        self.site_titles = SourceTitles((source.name, source.name_en))
        self.error_samples: list[str] = []
        self.fatal: str | None = None  # why the source could not be crawled at all
        self.unchanged = 0
        self.not_modified = 0  # listing/feed/API pages answered 304
        self.pages = 0
        # article URLs and listing pages asked for in this run: 8 bytes of each (crawler.seen)
        self.requested = SeenSet()
        self.pages_seen = SeenSet()
        self.index_pages = 0  # listing/feed/API/sitemap pages asked for (max_pages)
        self.articles_asked = 0  # article pages or API posts taken (max_articles)

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

    def record_cut(self, kind: str, url: str, message: str, skipped: int = 1) -> None:
        """A cap cut the walk (crawler.limits): ``skipped`` counted, said once per kind."""
        first = kind not in self.errors
        self.errors[kind] += skipped
        if first:
            line = f"{kind}: {message} ({url})"
            if len(self.error_samples) < 20:
                self.error_samples.append(line)
            self.logger.warning("source %s: %s", self.source.id, line)

    @cached_property
    def caps(self) -> Caps:
        settings = self.crawler.settings if hasattr(self, "crawler") else None
        return Caps.from_settings(settings, self.source.options)

    def web_link(self, url: str, what: str = "link") -> bool:
        """True for an http(s) URL; anything else (javascript:, data:, file:, ftp:) is
        recorded as ``forbidden_scheme`` and never requested nor stored."""
        if is_web_url(url):
            return True
        shown = url if len(url) <= 120 else url[:120] + "…"
        self.record_error("forbidden_scheme", shown, f"{what} is not an http(s) URL: skipped")
        return False

    @staticmethod
    def join(response: Response, href: str) -> str:
        """``href`` made absolute against the page; as written when it cannot be (a broken
        ``http://[`` host), so ``web_link`` refuses it instead of the spider crashing."""
        try:
            return response.urljoin(href.strip())
        except ValueError:
            return href

    def page_budget(self, url: str) -> bool:
        """May the walk ask for one more listing/feed/API/sitemap page (``max_pages``)?"""
        cap = self.caps.max_pages
        if cap and self.index_pages >= cap:
            self.record_cut("max_pages", url, f"the cap of {cap} listing/feed/API/sitemap "
                            "pages per run is reached: the walk stops here (max_pages)")  # fmt: skip
            return False
        return True

    def claim(self, url: str, what: str = "article link") -> bool:
        """Take an article URL: the first time in this run, an http(s) URL (else
        ``forbidden_scheme``), within ``max_articles``. Every article passes here, fetched
        (``article_request``) or read from an API or feed."""
        if url in self.requested:
            return False
        self.requested.add(url)
        return self.web_link(url, what) and self.take_article(url)

    def take_article(self, url: str) -> bool:
        """Count one article (page or API post) against ``max_articles``; False past it."""
        cap = self.caps.max_articles
        if cap and self.articles_asked >= cap:
            self.record_cut("max_articles", url, f"the cap of {cap} articles per run is "
                            "reached: the rest are left for the next run (max_articles)")  # fmt: skip
            return False
        self.articles_asked += 1
        return True

    def on_error(self, failure: Failure, fatal: bool = False) -> None:
        request = failure.request if hasattr(failure, "request") else None
        url = request.url if request is not None else self.source.url
        settings = self.crawler.settings if hasattr(self, "crawler") else None
        kind, message = describe_failure(failure, settings)
        self.record_error(kind, url, message, fatal=fatal)

    def on_fatal_error(self, failure: Failure) -> None:
        self.on_error(failure, fatal=True)

    def on_article_error(self, failure: Failure) -> None:
        self.on_error(failure, fatal=False)

    def guarded(self, url: str, make: Any, *args: Any) -> Iterator[Any]:
        """``make(*args)``'s output, or nothing and a ``parse_error`` naming ``url`` when it
        raises: one broken entry of a page must not lose its siblings."""
        try:
            yield from make(*args)
        except Exception as exc:  # any bug or hostile input in one entry
            self.record_error("parse_error", url, f"{type(exc).__name__}: {exc}"[:300])

    def walk_on(self, new_on_page: int) -> bool:
        """Go on to the next listing/API page? Pages are newest first, so a page of only
        known articles means the rest is known too -- once a walk has completed."""
        return bool(new_on_page) or self.full_walk

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

    def page_request(
        self, url: str, callback: Any, fatal: bool, **cb_kwargs: Any
    ) -> scrapy.Request:
        """A listing/feed/API/sitemap page: conditional (ETag), and a 304 reaches the spider.
        Counted against ``max_pages``: a walk asks ``page_budget`` before the next one."""
        self.index_pages += 1
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_fatal_error if fatal else self.on_article_error,
            cb_kwargs=cb_kwargs,
            meta={CONDITIONAL: True, "handle_httpstatus_list": [304]},
            dont_filter=True,
        )

    def not_modified_page(self, response: Response) -> bool:
        """True (and counted) when a conditional page answered 304: nothing new there."""
        if response.status != 304:
            return False
        self.not_modified += 1
        return True

    def article_request(self, url: str, hints: ArticleHints | None = None) -> scrapy.Request | None:
        """Ask for an article page once per run; None when it was already asked for."""
        if not self.claim(url, "article link"):
            return None
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_article_error,
            cb_kwargs={"hints": hints or ArticleHints()},
        )

    # --------------------------------------------------------------- the article parser
    def parse_article(self, response: Response, hints: ArticleHints | None = None) -> Iterator[Any]:
        self.pages += 1
        hints = hints or ArticleHints()
        problem = not_html_reason(response)
        if problem:
            self.record_error("not_html", response.url, problem)
            return
        html = decode_html(response, self.source.encoding)
        extracted = self.site_titles.extract(html, response.url, self.source.selectors,
                                             hints.title)  # fmt: skip
        title = extracted.title or hints.title
        body = extracted.body or hints.summary_text
        date_texts = [c.value for c in extracted.date_candidates]
        reason = soft_404_reason(title, body, date_texts, len(extracted.images))
        if reason:
            self.record_error("soft_404", response.url, f"not an article: {reason}")
            return
        candidates = self.candidate("api", hints.published) + list(extracted.date_candidates)
        candidates += self.candidate("listing", hints.list_date)
        attachments = {a.url: a for a in [*hints.attachments, *extracted.attachments]}
        yield self.new_item(
            response.url,
            title=title,
            body=body,
            canonical_url=extracted.canonical_url or response.url,
            shortlink=extracted.shortlink,
            date_candidates=candidates,
            modified_at=hints.modified,
            lead_image=extracted.lead_image or hints.lead_image,
            attachments=list(attachments.values()),
            categories=hints.categories,
            tags=hints.tags,
            language=extracted.language,
            author=extracted.author or hints.author,
            form=extracted.form,
            images=extracted.images if extracted.form == "images" else [],
        )
