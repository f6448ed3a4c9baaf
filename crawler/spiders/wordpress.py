"""WordPress sites: the REST API gives text, dates, categories and tags in one request.

Order of attempts, each only when the one before does not answer with JSON:
``/wp-json/wp/v2/posts`` (pretty permalinks), ``/?rest_route=/wp/v2/posts`` (plain
permalinks, or /wp-json blocked by a security plugin), then the RSS feed ``/feed/`` read
like any feed source (article pages fetched for full text).

Posts are asked for newest-modified first, so a page where nothing moved ends the crawl
and an edited post comes back with its new ``modified`` and is stored as an update.

Bounded (crawler.limits): API pages stop at ``max_pages`` whatever ``X-WP-TotalPages``
says, a page repeating only posts already read in this run stops the paging
(``no_progress``), and a post's ``link`` on another site never names the article: the post
came from this site's API, so it is stored under its shortlink ``?p=ID`` on this site.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

import scrapy
from parsel import Selector
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.extract import block_text, find_attachments
from crawler.limits import LimitExceeded, load_json_limited
from crawler.seen import SeenSet
from crawler.spiders.base import describe_failure
from crawler.spiders.feed import FeedSpider
from pipelines.urls import is_web_url, same_site, site_of, web_url_or_none

PER_PAGE = 50
MODES = ("wp-json", "rest_route", "feed")
BANGKOK = timezone(timedelta(hours=7))
NO_FALLBACK = {"timeout", "dns", "connection", "robots_forbidden", "too_large"}


def gmt_to_bangkok(value: str | None) -> str | None:
    """WordPress ``date_gmt`` has no offset; say it is UTC and show it in Bangkok time."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC).astimezone(BANGKOK).isoformat()


def rendered(field: Any) -> str:
    """A post field as WordPress gives it (``{"rendered": ...}``), or as a plugin or an old
    version gives it (a plain string)."""
    if isinstance(field, dict):
        field = field.get("rendered")
    return field if isinstance(field, str) else ""


def total_pages(response: Response) -> int:
    """``X-WP-TotalPages``, 1 when absent or not a number."""
    try:
        return max(1, int(response.headers.get("X-WP-TotalPages", b"1") or 1))
    except ValueError:
        return 1


class WordPressSpider(FeedSpider):
    kind = "wordpress"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.posts_seen = SeenSet()  # post ids (or links) read in this run (crawler.seen)

    def post_url(self, post: dict[str, Any]) -> str | None:
        """The post's URL on this site: its ``link`` when that is on the source's own site
        (or a host of its ``allow_hosts``), else its shortlink ``?p=ID``; None when it has
        neither. A non-web link is returned as is, for ``claim`` to refuse and record."""
        link = post["link"]
        own = [self.source.url, *(f"http://{h}/" for h in self.source.option("allow_hosts") or [])]
        if not is_web_url(link) or any(same_site(link, url) for url in own):
            return link
        post_id = post.get("id")
        if isinstance(post_id, int) and not isinstance(post_id, bool):
            self.logger.info("source %s: post %s links to another site (%s): stored as %s",
                             self.source.id, post_id, site_of(link), self.shortlink(post_id))  # fmt: skip
            return self.shortlink(post_id)
        return None

    def shortlink(self, post_id: Any) -> str:
        return f"{self.root()}?p={post_id}" if post_id else ""

    def root(self) -> str:
        return self.source.url if self.source.url.endswith("/") else self.source.url + "/"

    def api_url(self, page: int, mode: str = "wp-json") -> str:
        query = {"per_page": self.source.option("per_page", PER_PAGE), "page": page,
                 "orderby": "modified", "order": "desc", "_embed": 1}  # fmt: skip
        if mode == "rest_route":
            return f"{self.root()}?{urlencode({'rest_route': '/wp/v2/posts', **query})}"
        return f"{self.root()}wp-json/wp/v2/posts?{urlencode(query)}"

    def start_requests_for_source(self) -> list[scrapy.Request]:
        first = self.source.option("wordpress_api", "wp-json")
        return [self.mode_request(first if first in MODES else "wp-json")]

    def mode_request(self, mode: str) -> scrapy.Request:
        if mode == "feed":
            return self.feed_request(self.source.option("feed_url") or self.root() + "feed/", True)
        return self.api_request(1, mode)

    def api_request(self, page: int, mode: str) -> scrapy.Request:
        request = self.page_request(
            self.api_url(page, mode), self.parse_posts, fatal=page == 1, page=page, mode=mode
        )
        request.headers["Accept"] = "application/json"
        if page == 1:
            request.errback = self.api_failed
        return request

    def fallback(self, mode: str, url: str, why: str) -> Iterator[scrapy.Request]:
        """Try the next way of listing posts, or give up on the source after the last."""
        index = MODES.index(mode)
        if index + 1 >= len(MODES):
            self.record_error("no_api", url, f"no REST API and no feed ({why})", fatal=True)
            return
        self.logger.info("source %s: %s (%s); trying %s", self.source.id, mode, why,
                         MODES[index + 1])  # fmt: skip
        yield self.mode_request(MODES[index + 1])

    def api_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        mode = failure.request.cb_kwargs.get("mode", "wp-json")
        kind, message = describe_failure(failure, self.crawler.settings)
        if kind in NO_FALLBACK:  # the site itself is unreachable: another URL will not help
            self.on_error(failure, fatal=True)
            return
        yield from self.fallback(mode, failure.request.url, message)

    def parse_posts(self, response: Response, page: int, mode: str = "wp-json") -> Iterator[Any]:
        if self.not_modified_page(response):
            return
        self.pages += 1
        try:
            posts = load_json_limited(response.body, self.caps.max_json_containers)
        except LimitExceeded as exc:
            self.record_error(exc.kind, response.url, exc.message, fatal=page == 1)
            return
        except ValueError:
            posts = None
        if not isinstance(posts, list):
            if page == 1:
                yield from self.fallback(mode, response.url, "the answer is not a JSON list")
            else:
                self.record_error("bad_json", response.url, "the REST API did not return JSON")
            return
        changed = repeated = read = 0
        for number, post in enumerate(posts, start=1):
            if not isinstance(post, dict) or not isinstance(post.get("link"), str):
                self.record_error("bad_entry", response.url, f"post {number} has no link")
                continue
            seen = str(post.get("id") or post["link"])
            if seen in self.posts_seen:  # the same post on another page of this run
                repeated += 1
                continue
            self.posts_seen.add(seen)
            read += 1
            url = self.post_url(post)
            if url is None:
                continue
            modified = post.get("modified_gmt") or post.get("modified")
            if self.is_known(url, modified):
                self.unchanged += 1
                continue
            if not self.claim(url, "post link"):  # not http(s), or past max_articles
                continue
            changed += 1
            yield from self.guarded(url, self.post_items, post, url)
        total = total_pages(response)
        if repeated and not read:
            self.record_cut("no_progress", response.url, f"API page {page} of {total} only "
                            "repeats posts already read in this run: paging stops")  # fmt: skip
            return
        # Posts come newest-modified first: a page with nothing changed ends the crawl once a
        # walk has completed (walk_on). (max_pages, the default cap or the source's own, is
        # checked by page_budget.)
        if (
            page < total
            and self.walk_on(changed)
            and self.page_budget(self.api_url(page + 1, mode))
        ):
            yield self.api_request(page + 1, mode)

    def post_items(self, post: dict[str, Any], url: str) -> Iterator[Any]:
        yield self.post_item(post, url)

    def post_item(self, post: dict[str, Any], url: str | None = None) -> Any:
        url = url or post["link"]
        content = rendered(post.get("content"))
        fragment = Selector(text=f"<div>{content}</div>", type="html")
        body = block_text(fragment.xpath("//div")[0]) if content else ""
        title = html.unescape(rendered(post.get("title")))
        terms = (post.get("_embedded") or {}).get("wp:term") or []
        names: dict[str, list[str]] = {"category": [], "post_tag": []}
        for group in terms:
            for term in group or []:
                if isinstance(term, dict) and term.get("taxonomy") in names:
                    names[term["taxonomy"]].append(html.unescape(term.get("name", "")))
        published = gmt_to_bangkok(post.get("date_gmt")) or post.get("date")
        shortlink = self.shortlink(post.get("id"))
        media = (post.get("_embedded") or {}).get("wp:featuredmedia") or []
        image = post.get("jetpack_featured_media_url") or (
            media[0].get("source_url") if media and isinstance(media[0], dict) else None
        )
        image = web_url_or_none(image) if isinstance(image, str) else None
        return self.new_item(
            url,
            title=title,
            body=body,
            canonical_url=post["link"],  # on another site: a hint only (pipelines dedupe)
            shortlink=shortlink,
            date_candidates=self.candidate("api", published),
            modified_at=post.get("modified_gmt") or post.get("modified"),
            lead_image=image or None,
            attachments=find_attachments(fragment, url),
            categories=names["category"],
            tags=names["post_tag"],
            language="",
        )
