"""HTML listing pages with pagination: links by selector, article pages by selector.

Listing pages are fetched conditionally (a 304 means nothing new); a page holding only
known articles ends the walk, because listings are newest first -- unless the previous
walk did not complete, then every page is read (SourceSpider.walk_on).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawler.extract import link_texts, select_attr, select_texts
from crawler.spiders.base import ArticleHints, SourceSpider, decode_html


class ListingSpider(SourceSpider):
    kind = "listing"

    def start_requests_for_source(self) -> list[scrapy.Request]:
        first = self.listing_request(self.source.url, 1)
        return [first] if first is not None else []

    def listing_request(self, url: str, page: int) -> scrapy.Request | None:
        # listing pages bypass the duplicate filter (conditional re-reads), so guard loops
        # such as a "next" link that leads back to page 1 here
        if url in self.pages_seen:
            return None
        self.pages_seen.add(url)
        if not self.web_link(url, "next-page link") or not self.page_budget(url):
            return None
        return self.page_request(url, self.parse_listing, fatal=page == 1, page=page)

    def parse_listing(self, response: Response, page: int) -> Iterator[Any]:
        if self.not_modified_page(response):
            return
        self.pages += 1
        html = decode_html(response, self.source.encoding)
        listing = Selector(text=html, type="html")
        link_selector = self.source.selectors["link_selector"]
        links = [self.join(response, href) for href in select_attr(listing, link_selector)]
        # the link text: evidence for the headline (a site name is never it)
        titles = link_texts(listing, link_selector)
        titles = titles if len(titles) == len(links) else [""] * len(links)
        list_dates: list[str] = []
        if self.source.selector("list_date_selector"):
            list_dates = select_texts(listing, self.source.selectors["list_date_selector"])
        if not links:
            self.record_error(
                "no_links",
                response.url,
                f"no article links on listing page {page} (link_selector {link_selector!r} "
                "matched nothing: the page layout changed, the site is a JavaScript app, "
                "or this is not the listing page)",
                fatal=page == 1,
            )
            return
        new = 0
        seen: set[str] = set()
        for index, url in enumerate(links):
            if url in seen:
                continue
            seen.add(url)
            if self.is_known(url):
                self.unchanged += 1
                continue
            list_date = list_dates[index] if len(list_dates) == len(links) else None
            hints = ArticleHints(title=titles[index], list_date=list_date)
            request = self.article_request(url, hints)
            if request is not None:
                new += 1
                yield request
        next_selector = self.source.selector("next_selector")
        # A listing page with only known articles means the rest is known too, once a walk
        # has completed (walk_on). max_pages, the default cap or the source's own, is
        # checked by listing_request.
        if next_selector and self.walk_on(new):
            for href in select_attr(listing, next_selector)[:1]:
                next_page = self.listing_request(self.join(response, href), page + 1)
                if next_page is not None:
                    yield next_page
