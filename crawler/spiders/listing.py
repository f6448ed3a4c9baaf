"""HTML listing pages with pagination: links by selector, article pages by selector."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawler.extract import extract_article, select_attr, select_texts
from crawler.spiders.base import SourceSpider, decode_html


class ListingSpider(SourceSpider):
    kind = "listing"

    def start_requests_for_source(self) -> list[scrapy.Request]:
        return [self.listing_request(self.source.url, 1)]

    def listing_request(self, url: str, page: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_fatal_error if page == 1 else self.on_article_error,
            cb_kwargs={"page": page},
        )

    def parse_listing(self, response: Response, page: int) -> Iterator[Any]:
        self.pages += 1
        html = decode_html(response, self.source.encoding)
        listing = Selector(text=html)
        link_selector = self.source.selectors["link_selector"]
        links = [response.urljoin(href) for href in select_attr(listing, link_selector)]
        list_dates: list[str] = []
        if self.source.selector("list_date_selector"):
            list_dates = select_texts(listing, self.source.selectors["list_date_selector"])
        if not links:
            self.record_error(
                "no_links",
                response.url,
                f"no article links on listing page {page} (link_selector {link_selector!r} "
                "matched nothing: the page layout changed, or this is not the listing page)",
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
            new += 1
            list_date = list_dates[index] if len(list_dates) == len(links) else None
            yield scrapy.Request(
                url,
                callback=self.parse_article,
                errback=self.on_article_error,
                cb_kwargs={"list_date": list_date},
            )
        next_selector = self.source.selector("next_selector")
        max_pages = self.source.option("max_pages")
        # A listing page with only known articles means the rest is known too.
        if next_selector and new and (max_pages is None or page < max_pages):
            for href in select_attr(listing, next_selector)[:1]:
                yield self.listing_request(response.urljoin(href), page + 1)

    def parse_article(self, response: Response, list_date: str | None = None) -> Iterator[Any]:
        self.pages += 1
        html = decode_html(response, self.source.encoding)
        extracted = extract_article(html, response.url, self.source.selectors)
        candidates = list(extracted.date_candidates)
        candidates += self.candidate("listing", list_date)
        yield self.new_item(
            response.url,
            title=extracted.title,
            body=extracted.body,
            canonical_url=extracted.canonical_url or response.url,
            shortlink=extracted.shortlink,
            date_candidates=candidates,
            lead_image=extracted.lead_image,
            attachments=extracted.attachments,
            language=extracted.language,
            author=extracted.author,
        )
