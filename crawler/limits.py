"""Bounded by default: how much one source may cost in one run, and the bounded readers.

A hostile site can answer with an endless API (``X-WP-TotalPages: 999999``), a sitemap
index that lists itself, a feed of 100,000 items, or a 5 MB ``.xml.gz`` that inflates to
1 GiB. Every walk is therefore capped (defaults in crawler/settings.py, per-source options
in the sources YAML), and a cap that cuts a walk is recorded as a named error kind in
crawl_runs.errors, so the run says what it skipped:

====================  =======================  ============================================
kind                  setting [source option]  what was cut
====================  =======================  ============================================
``max_pages``         KHAO_MAX_PAGES           listing / feed / API / sitemap pages
                      [max_pages]              (one count per cut walk or skipped sitemap)
``max_articles``      KHAO_MAX_ARTICLES        articles asked for: pages or API posts
                      [max_articles]           (the count is the articles skipped)
``max_items``         KHAO_MAX_FEED_ITEMS      items of one feed document (count: skipped)
                      [max_items]
``sitemap_depth``     KHAO_SITEMAP_DEPTH       child sitemaps below the deepest level read
                      [sitemap_depth]
``sitemap_cycle``     (always)                 a sitemap listed again (itself, a loop)
``no_progress``       (always)                 an API page with only posts already read
                                               in this run: the paging is stopped
``too_large``         DOWNLOAD_MAXSIZE         a page, or a gzipped sitemap once inflated,
                      [max_page_bytes]         or an API answer of too many JSON objects
``json_too_deep``     (always)                 JSON nested deeper than Python can parse
====================  =======================  ============================================

The cut kinds make the run ``partial`` (not everything was read, so the next run reads
those pages again) but are not failed articles (``articles_failed`` leaves them out).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from scrapy.utils.gz import gunzip


@dataclass(frozen=True)
class Caps:
    """The caps of one source in one run (settings, then the source's own options)."""

    max_pages: int = 500
    max_articles: int = 5000
    max_items: int = 500
    sitemap_depth: int = 3
    max_bytes: int = 20 * 1024 * 1024
    max_json_containers: int = 200_000

    @classmethod
    def from_settings(cls, settings: Any, options: dict[str, Any] | None = None) -> Caps:
        options = options or {}

        def pick(option: str | None, setting: str, default: int) -> int:
            value = options.get(option) if option else None
            if value is None:
                value = settings.getint(setting, default) if settings is not None else default
            return max(0, int(value))

        return cls(
            max_pages=pick("max_pages", "KHAO_MAX_PAGES", cls.max_pages),
            max_articles=pick("max_articles", "KHAO_MAX_ARTICLES", cls.max_articles),
            max_items=pick("max_items", "KHAO_MAX_FEED_ITEMS", cls.max_items),
            sitemap_depth=pick("sitemap_depth", "KHAO_SITEMAP_DEPTH", cls.sitemap_depth),
            # DOWNLOAD_MAXSIZE already holds the source's max_page_bytes (crawler.runner)
            max_bytes=pick(None, "DOWNLOAD_MAXSIZE", cls.max_bytes),
            max_json_containers=pick(None, "KHAO_MAX_JSON_CONTAINERS", cls.max_json_containers),
        )


class LimitExceeded(ValueError):
    """A body that would cost more than its cap; ``kind`` is the error kind to record."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def gunzip_limited(body: bytes, max_bytes: int) -> bytes:
    """Inflate a gzip body chunk by chunk, giving up past ``max_bytes`` (0: no limit).

    A 5 MB gzip of 1 GiB never takes more than ``max_bytes`` of memory. Raises OSError on a
    body that is not gzip, ``LimitExceeded('too_large')`` past the limit.
    """
    try:
        return gunzip(body, max_size=max_bytes)
    except OSError:
        raise
    except ValueError as exc:  # scrapy's "decompressed more than max_size"
        raise LimitExceeded(
            "too_large",
            f"gzip file inflates past the {max_bytes // 1024} KiB limit (DOWNLOAD_MAXSIZE, "
            "max_page_bytes): not read",
        ) from exc


def load_json_limited(body: bytes, max_containers: int) -> Any:
    """``json.loads`` that refuses what would cost too much to build.

    Size alone does not bound memory: 20 MB of ``[{},{},...]`` builds 7 million dicts
    (about 1 GB). Objects and arrays are counted first (an over-count: braces inside
    strings count too), and nesting deeper than Python's parser can go is a named error
    rather than a crash. Raises ValueError on JSON that is not valid.
    """
    containers = body.count(b"{") + body.count(b"[")
    if max_containers and containers > max_containers:
        raise LimitExceeded(
            "too_large",
            f"JSON answer with about {containers} objects and arrays, more than "
            f"KHAO_MAX_JSON_CONTAINERS ({max_containers}): not read",
        )
    try:
        return json.loads(body)
    except RecursionError:
        raise LimitExceeded("json_too_deep", "JSON nested too deeply to read: not read") from None
