"""Sitemaps: ``urlset`` and ``sitemapindex`` XML (gzip too), with ``lastmod`` honoured.

A sitemap lists every page of a site, so only URLs matching the source's ``url_pattern``
(a regular expression, optional) are articles. A URL already stored is fetched again only
when its ``lastmod`` moved since the stored one; child sitemaps are fetched conditionally.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from crawler.spiders.base import ArticleHints, SourceSpider


@dataclass
class SitemapEntry:
    loc: str
    lastmod: str | None = None


def parse_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """(type, entries): type is 'urlset', 'sitemapindex', or '' when not a sitemap."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body)
        except OSError:
            return "", []
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several kinds on non-XML input
        return "", []
    entries = [
        SitemapEntry(loc=item["loc"].strip(), lastmod=(item.get("lastmod") or "").strip() or None)
        for item in sitemap
        if item.get("loc")
    ]
    return sitemap.type or "", entries


def newest_first(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    """Sitemaps are unordered; read the most recently changed first (ISO dates sort)."""
    return sorted(entries, key=lambda e: e.lastmod or "", reverse=True)


class SitemapSpider(SourceSpider):
    kind = "sitemap"

    def start_requests_for_source(self) -> list[scrapy.Request]:
        return [self.sitemap_request(self.source.url, depth=0)]

    def sitemap_request(self, url: str, depth: int) -> scrapy.Request:
        return self.page_request(url, self.parse_sitemap, fatal=depth == 0, depth=depth)

    def parse_sitemap(self, response: Response, depth: int) -> Iterator[Any]:
        if self.not_modified_page(response):
            return
        self.pages += 1
        kind, entries = parse_sitemap(response.body)
        if not kind:
            self.record_error("no_items", response.url, "not a sitemap (no <urlset> or "
                              "<sitemapindex>)", fatal=depth == 0)  # fmt: skip
            return
        if kind == "sitemapindex":
            child_pattern = self.source.option("sitemap_pattern")
            for entry in newest_first(entries):
                if depth < 3 and (not child_pattern or re.search(child_pattern, entry.loc)):
                    yield self.sitemap_request(response.urljoin(entry.loc), depth + 1)
            return
        pattern = self.source.option("url_pattern")
        limit = self.source.option("max_articles")
        count = 0
        for entry in newest_first(entries):
            url = response.urljoin(entry.loc)
            if pattern and not re.search(pattern, url):
                continue
            if self.is_known(url, entry.lastmod):
                self.unchanged += 1
                continue
            count += 1
            if limit and count > limit:
                break
            request = self.article_request(url, ArticleHints(modified=entry.lastmod))
            if request is not None:
                yield request
