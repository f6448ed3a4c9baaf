"""Sitemaps: ``urlset`` and ``sitemapindex`` XML (gzip too), with ``lastmod`` honoured.

A sitemap lists every page of a site, so only URLs matching the source's ``url_pattern``
(a regular expression, optional) are articles. A URL already stored is fetched again only
when its ``lastmod`` moved since the stored one; child sitemaps are fetched conditionally.

Bounded (crawler.limits): a gzipped sitemap is inflated only up to DOWNLOAD_MAXSIZE
(``too_large``), each sitemap is read once per run (``sitemap_cycle``: an index listing
itself or looping), index levels stop at ``sitemap_depth``, sitemap files at ``max_pages``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from crawler.limits import Caps, LimitExceeded, gunzip_limited
from crawler.spiders.base import ArticleHints, SourceSpider
from pipelines.urls import url_key


@dataclass
class SitemapEntry:
    loc: str
    lastmod: str | None = None


SITEMAP_MAX_ENTRIES = 50_000  # the sitemap protocol's own limit for one file


def parse_sitemap(
    body: bytes, max_bytes: int = Caps.max_bytes, max_entries: int = SITEMAP_MAX_ENTRIES
) -> tuple[str, list[SitemapEntry], int]:
    """(type, entries, total): type is 'urlset', 'sitemapindex', or '' when not a sitemap.

    A gzipped body is inflated up to ``max_bytes`` (0: no limit), else LimitExceeded. The
    XML is read as a stream and only the first ``max_entries`` entries are kept (300,000
    would take 170 MB); ``total`` counts them all.
    """
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip_limited(body, max_bytes)
        except OSError:
            return "", [], 0
    entries: list[SitemapEntry] = []
    total = 0
    try:
        sitemap = Sitemap(body)
        for item in sitemap:
            if not item.get("loc"):
                continue
            total += 1
            if len(entries) < max_entries:
                lastmod = (item.get("lastmod") or "").strip() or None
                entries.append(SitemapEntry(loc=item["loc"].strip(), lastmod=lastmod))
    except Exception:  # lxml raises several kinds on non-XML input
        if not entries:
            return "", [], 0
        return sitemap.type or "", entries, total
    return sitemap.type or "", entries, total


def newest_first(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    """Sitemaps are unordered; read the most recently changed first (ISO dates sort)."""
    return sorted(entries, key=lambda e: e.lastmod or "", reverse=True)


class SitemapSpider(SourceSpider):
    kind = "sitemap"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sitemaps_seen: set[str] = set()  # sitemaps asked for (url_key): read once

    def start_requests_for_source(self) -> list[scrapy.Request]:
        return [self.sitemap_request(self.source.url, depth=0)]

    def sitemap_request(self, url: str, depth: int) -> scrapy.Request:
        self.sitemaps_seen.add(url_key(url))
        return self.page_request(url, self.parse_sitemap, fatal=depth == 0, depth=depth)

    def parse_sitemap(self, response: Response, depth: int) -> Iterator[Any]:
        if self.not_modified_page(response):
            return
        self.pages += 1
        try:
            kind, entries, total = parse_sitemap(response.body, self.caps.max_bytes)
        except LimitExceeded as exc:
            self.record_error(exc.kind, response.url, exc.message, fatal=depth == 0)
            return
        if total > len(entries):
            self.record_cut("max_items", response.url, f"the sitemap lists {total} URLs: the "
                            f"first {len(entries)} are read", total - len(entries))  # fmt: skip
        if not kind:
            self.record_error("no_items", response.url, "not a sitemap (no <urlset> or "
                              "<sitemapindex>)", fatal=depth == 0)  # fmt: skip
            return
        if kind == "sitemapindex":
            yield from self.child_requests(response, entries, depth)
            return
        pattern = self.source.option("url_pattern")
        for entry in newest_first(entries):
            url = self.join(response, entry.loc)
            if pattern and not re.search(pattern, url):
                continue
            if self.is_known(url, entry.lastmod):
                self.unchanged += 1
                continue
            # max_articles (the default cap or the source's own) is counted by article_request
            request = self.article_request(url, ArticleHints(modified=entry.lastmod))
            if request is not None:
                yield request

    def child_requests(
        self, response: Response, entries: list[SitemapEntry], depth: int
    ) -> Iterator[scrapy.Request]:
        """The child sitemaps of an index: each once per run, to ``sitemap_depth`` levels."""
        child_pattern = self.source.option("sitemap_pattern")
        children = [self.join(response, e.loc) for e in newest_first(entries)]
        for url in dict.fromkeys(children):  # listed twice in one index: read once
            if child_pattern and not re.search(child_pattern, url):
                continue
            if not self.web_link(url, "child sitemap <loc>"):
                continue
            if url_key(url) in self.sitemaps_seen:
                self.record_cut("sitemap_cycle", url, "a sitemap listed again (an index "
                                "listing itself, or a loop): read once per run")  # fmt: skip
                continue
            if depth >= self.caps.sitemap_depth:
                self.record_cut("sitemap_depth", url, f"sitemap index nested deeper than "
                                f"{self.caps.sitemap_depth} levels: not read (sitemap_depth)")  # fmt: skip
                continue
            if not self.page_budget(url):
                continue
            yield self.sitemap_request(url, depth + 1)
