"""The offline demo mirror: a local HTTP server with realistic Thai ministry sites.

Sites are mounted under a path prefix (``/obec/``, ``/thaigov/``, ...) of one server on
127.0.0.1. The same server is the fixture for tests (it counts requests and can edit an
article) and for benchmarks (it scales to thousands of articles). ``/fault/...`` paths
answer with errors on purpose.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from crawler.demo import templates
from crawler.demo.corpus import DemoArticle, demo_articles


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = False  # send an ETag and honour If-None-Match


NOT_FOUND = Reply(404, "<html><body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>".encode())


class Site:
    """A made-up site mounted at ``/<prefix>/``; holds its articles, newest first."""

    name = ""

    def __init__(self, prefix: str, articles: list[DemoArticle]) -> None:
        self.prefix = f"/{prefix.strip('/')}/"
        self.articles = sorted(articles, key=lambda a: (a.date, a.number), reverse=True)
        self.by_number = {a.number: a for a in self.articles}
        self.modified: dict[int, datetime] = {}
        self.lock = threading.Lock()
        self.base_url = ""  # set by the server once it knows its port

    def root(self) -> str:
        return self.base_url + self.prefix

    def edit(self, number: int, body: str | None = None, title: str | None = None) -> DemoArticle:
        """Change an article the way an editor would; its modified time moves."""
        from dataclasses import replace

        with self.lock:
            old = self.by_number[number]
            new = replace(old, body=body if body is not None else old.body,
                          title=title if title is not None else old.title)  # fmt: skip
            self.by_number[number] = new
            self.articles = [new if a.number == number else a for a in self.articles]
            self.modified[number] = datetime.now().astimezone()
            return new

    def related(self, article: DemoArticle) -> list[DemoArticle]:
        index = self.articles.index(article) if article in self.articles else 0
        return [a for a in self.articles[index + 1 : index + 4]]

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        raise NotImplementedError


class ListingSite(Site):
    """A thaigov.go.th-like site: paginated HTML listing and article pages with Thai dates."""

    name = "listing"
    per_page = 20

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        if path in ("", "news/contents/list"):
            pages = max(1, math.ceil(len(self.articles) / self.per_page))
            page = int(query.get("page", ["1"])[0] or 1)
            if page < 1 or page > pages:
                return NOT_FOUND
            chunk = self.articles[(page - 1) * self.per_page : page * self.per_page]
            html = templates.thaigov_listing_page(chunk, self.prefix, page, pages)
            return Reply(body=html.encode(), conditional=True)
        if path.startswith("news/contents/details/"):
            try:
                article = self.by_number[int(path.rsplit("/", 1)[-1])]
            except (ValueError, KeyError):
                # thaigov.go.th answers unknown ids with 200 and an empty placeholder
                return Reply(body=templates.thaigov_placeholder_page().encode())
            html = templates.thaigov_article_page(article, self.prefix, self.related(article))
            return Reply(body=html.encode())
        return NOT_FOUND


class WordPressSite(Site):
    """A WordPress site: REST API with pagination headers, RSS feed, article pages."""

    name = "wordpress"

    def categories(self) -> dict[str, int]:
        names = sorted({a.category for a in self.articles})
        return {name: i + 2 for i, name in enumerate(names)}

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        root = self.root()
        if path == "wp-json/wp/v2/posts" or query.get("rest_route") == ["/wp/v2/posts"]:
            return self.posts(query)
        if path == "feed/" or path == "feed":
            xml = templates.rss_feed(self.articles[:10], root, "สพฐ. ข่าวประชาสัมพันธ์")
            return Reply(body=xml.encode(), content_type="application/rss+xml; charset=UTF-8",
                         conditional=True)  # fmt: skip
        number = None
        if path == "" and "p" in query:
            number = query["p"][0]
        elif path.count("/") == 4 and path.endswith("/") and "/news-" in path:
            number = path.rstrip("/").rsplit("news-", 1)[-1]
        if number is not None:
            try:
                article = self.by_number[int(number)]
            except (ValueError, KeyError):
                return NOT_FOUND
            html = templates.wp_article_page(article, root, self.related(article))
            return Reply(body=html.encode())
        if path.startswith("wp-content/uploads/"):
            kind = "application/pdf" if path.endswith(".pdf") else "image/jpeg"
            return Reply(body=b"%PDF-1.4 demo" if kind == "application/pdf" else b"\xff\xd8demo",
                         content_type=kind)  # fmt: skip
        return NOT_FOUND

    def posts(self, query: dict[str, list[str]]) -> Reply:
        per_page = min(100, int(query.get("per_page", ["10"])[0]))
        page = int(query.get("page", ["1"])[0])
        articles = list(self.articles)
        if query.get("orderby") == ["modified"]:
            articles.sort(
                key=lambda a: (self.modified.get(a.number) or templates.published_datetime(a)),
                reverse=True,
            )
        total = len(articles)
        pages = max(1, math.ceil(total / per_page))
        if page < 1 or page > pages:
            body = {"code": "rest_post_invalid_page_number",
                    "message": "The page number requested is larger than the number of pages available.",
                    "data": {"status": 400}}  # fmt: skip
            return Reply(400, json.dumps(body).encode(), "application/json; charset=UTF-8")
        categories = self.categories()
        chunk = articles[(page - 1) * per_page : page * per_page]
        posts = [
            templates.wp_post_json(a, self.root(), self.modified.get(a.number), categories)
            for a in chunk
        ]
        return Reply(
            body=json.dumps(posts, ensure_ascii=False).encode(),
            content_type="application/json; charset=UTF-8",
            headers={"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)},
            conditional=True,
        )


def fault_reply(path: str) -> Reply:
    """``/fault/<kind>/...``: deliberate failures for tests."""
    kind = path.split("/", 1)[0]
    if kind == "500":
        return Reply(500, b"<html><body>Internal Server Error</body></html>")
    if kind == "garbage":
        noise = hashlib.sha256(path.encode()).digest() * 200
        return Reply(200, b"<html><body><div" + noise + b"</span>", "text/html")
    return NOT_FOUND


class MirrorServer:
    """Serve sites on 127.0.0.1 (a free port unless one is given) in a background thread."""

    def __init__(self, sites: list[Site], host: str = "127.0.0.1", port: int = 0) -> None:
        self.sites = {site.prefix: site for site in sites}
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                mirror.serve(self)

            def do_HEAD(self) -> None:
                mirror.serve(self, head=True)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        for site in sites:
            site.base_url = self.url
        self.thread: threading.Thread | None = None

    def site(self, prefix: str) -> Site:
        return self.sites[f"/{prefix.strip('/')}/"]

    def route(self, path: str, query: dict[str, list[str]]) -> Reply:
        if path == "/robots.txt":
            return Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        if path.startswith("/fault/"):
            return fault_reply(path[len("/fault/") :])
        for prefix, site in self.sites.items():
            if path.startswith(prefix) or path + "/" == prefix:
                return site.handle(path[len(prefix) :], query)
        return NOT_FOUND

    def serve(self, handler: BaseHTTPRequestHandler, head: bool = False) -> None:
        parts = urlsplit(handler.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        try:
            reply = self.route(parts.path, query)
        except Exception as exc:  # a mirror bug must show up as a 500, not a hung client
            reply = Reply(500, f"mirror error: {exc!r}".encode(), "text/plain")
        status, headers = reply.status, dict(reply.headers)
        if reply.conditional and status == 200:
            etag = '"' + hashlib.sha1(reply.body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            headers["Last-Modified"] = format_datetime(datetime(2024, 1, 1).astimezone(), usegmt=False)
            if handler.headers.get("If-None-Match") == etag:
                status = 304
        with self.lock:
            self.requests.append(
                {"method": handler.command, "path": handler.path, "status": status,
                 "user_agent": handler.headers.get("User-Agent", "")}  # fmt: skip
            )
        body = b"" if status == 304 else reply.body
        handler.send_response(status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if not head:
            handler.wfile.write(body)

    def start(self) -> MirrorServer:
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def request_paths(self, prefix: str = "") -> list[str]:
        with self.lock:
            return [r["path"] for r in self.requests if r["path"].startswith(prefix)]

    def reset_log(self) -> None:
        with self.lock:
            self.requests.clear()


def build_demo_sites(count: int | None = None) -> list[Site]:
    """The standard demo: a WordPress site (สพฐ.) and a thaigov-like listing site.

    Every third article goes to the WordPress site; every 25th of those is also posted on
    the listing site, as real agencies re-post each other's releases.
    """
    articles = demo_articles(count)
    wordpress = [a for i, a in enumerate(articles) if i % 3 == 0]
    listing = [a for i, a in enumerate(articles) if i % 3 != 0 or i % 75 == 0]
    return [WordPressSite("obec", wordpress), ListingSite("thaigov", listing)]


def demo_sources_yaml(base_url: str) -> str:
    """The sources file for the demo mirror (data, like any other sources file)."""
    from importlib import resources

    template = (resources.files("crawler") / "demo" / "demo_sources.yaml").read_text("utf-8")
    return template.replace("${MIRROR}", base_url)


def main() -> None:  # pragma: no cover - manual use: python -m crawler.demo.mirror
    count = int(os.environ.get("KHAO_DEMO_ARTICLES", "0")) or None
    server = MirrorServer(build_demo_sites(count), port=int(os.environ.get("PORT", "8765")))
    print(f"demo mirror on {server.url}/ (Ctrl-C to stop)")
    server.httpd.serve_forever()


if __name__ == "__main__":
    main()
