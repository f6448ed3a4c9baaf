"""WordPress sites: the REST API (/wp-json/wp/v2/posts) gives text, dates and terms."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawler.extract import block_text, find_attachments
from crawler.spiders.base import SourceSpider

PER_PAGE = 50


class WordPressSpider(SourceSpider):
    kind = "wordpress"

    def api_url(self, page: int) -> str:
        root = self.source.url if self.source.url.endswith("/") else self.source.url + "/"
        query = urlencode(
            {"per_page": PER_PAGE, "page": page, "orderby": "modified", "order": "desc", "_embed": 1}
        )
        return f"{root}wp-json/wp/v2/posts?{query}"

    def start_requests_for_source(self) -> list[scrapy.Request]:
        return [self.api_request(1)]

    def api_request(self, page: int) -> scrapy.Request:
        return scrapy.Request(
            self.api_url(page),
            callback=self.parse_posts,
            errback=self.on_fatal_error if page == 1 else self.on_article_error,
            cb_kwargs={"page": page},
            headers={"Accept": "application/json"},
        )

    def parse_posts(self, response: Response, page: int) -> Iterator[Any]:
        self.pages += 1
        try:
            posts = json.loads(response.body)
        except ValueError:
            self.record_error("bad_json", response.url, "the REST API did not return JSON",
                              fatal=page == 1)  # fmt: skip
            return
        if not isinstance(posts, list):
            self.record_error("bad_json", response.url, "the REST API did not return a list",
                              fatal=page == 1)  # fmt: skip
            return
        changed = 0
        for post in posts:
            if not isinstance(post, dict) or "link" not in post:
                continue
            modified = post.get("modified_gmt") or post.get("modified")
            if self.is_known(post["link"], modified):
                self.unchanged += 1
                continue
            changed += 1
            yield self.post_item(post, response)
        total_pages = int(response.headers.get("X-WP-TotalPages", b"1") or 1)
        # Posts come newest-modified first: a page with nothing changed ends the crawl.
        max_pages = self.source.option("max_pages")
        if page < total_pages and changed and (max_pages is None or page < max_pages):
            yield self.api_request(page + 1)

    def post_item(self, post: dict[str, Any], response: Response) -> Any:
        content = (post.get("content") or {}).get("rendered") or ""
        fragment = Selector(text=f"<div>{content}</div>")
        body = block_text(fragment.xpath("//div")[0]) if content else ""
        title = html.unescape((post.get("title") or {}).get("rendered") or "")
        terms = (post.get("_embedded") or {}).get("wp:term") or []
        names = {"category": [], "post_tag": []}
        for group in terms:
            for term in group or []:
                if isinstance(term, dict) and term.get("taxonomy") in names:
                    names[term["taxonomy"]].append(html.unescape(term.get("name", "")))
        date_gmt = post.get("date_gmt")
        candidates = self.candidate("api", f"{date_gmt}+00:00" if date_gmt else post.get("date"))
        shortlink = f"{self.source.url.rstrip('/')}/?p={post['id']}" if post.get("id") else ""
        return self.new_item(
            post["link"],
            title=title,
            body=body,
            canonical_url=post["link"],
            shortlink=shortlink,
            date_candidates=candidates,
            modified_at=post.get("modified_gmt") or post.get("modified"),
            lead_image=post.get("jetpack_featured_media_url") or None,
            attachments=find_attachments(fragment, post["link"]),
            categories=names["category"],
            tags=names["post_tag"],
            language="",
        )
