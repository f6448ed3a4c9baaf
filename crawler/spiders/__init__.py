"""One spider class per source kind; sources themselves are data (sources.yaml)."""

from __future__ import annotations

from importlib import import_module

SPIDER_BY_KIND = {
    "wordpress": "crawler.spiders.wordpress.WordPressSpider",
    "listing": "crawler.spiders.listing.ListingSpider",
    "feed": "crawler.spiders.feed.FeedSpider",
    "sitemap": "crawler.spiders.sitemap.SitemapSpider",
}


def spider_class(kind: str) -> type:
    module, _, name = SPIDER_BY_KIND[kind].rpartition(".")
    return getattr(import_module(module), name)
