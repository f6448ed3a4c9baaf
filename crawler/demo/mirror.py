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
import time
from collections import Counter
from collections.abc import Callable
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
        # where each article sits, newest first: a page's neighbours without a scan of the
        # site (the mirror shares the crawl's two cores; at 50,000 articles a scan per page
        # cost the crawl more than its own work did)
        self.position = {a.number: i for i, a in enumerate(self.articles)}
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
        index = self.position.get(article.number, 0)
        return self.articles[index + 1 : index + 4]

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
    # which REST routes answer; tests switch them off to exercise the fallbacks
    apis: tuple[str, ...] = ("wp-json", "rest_route")
    _categories: dict[str, int] | None = None

    def categories(self) -> dict[str, int]:
        if self._categories is None:  # an edit changes a title or a body, never a category
            names = sorted({a.category for a in self.articles})
            self._categories = {name: i + 2 for i, name in enumerate(names)}
        return self._categories

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        root = self.root()
        if path == "wp-json/wp/v2/posts" and "wp-json" in self.apis:
            return self.posts(query)
        if query.get("rest_route") == ["/wp/v2/posts"] and "rest_route" in self.apis:
            return self.posts(query)
        if path.startswith("wp-json/") or "rest_route" in query:
            # what a security plugin answers when the REST API is switched off
            return Reply(404, "<html><body>ปิดการใช้งาน REST API</body></html>".encode())
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
        articles = self.articles
        if query.get("orderby") == ["modified"]:
            articles = sorted(
                articles,
                key=lambda a: self.modified.get(a.number) or templates.published_datetime(a),
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


class PortalSite(Site):
    """Shared by ministry portals: article pages at ``news-<n>.html`` plus uploads."""

    site_name = "กระทรวง (สาธิต)"

    def link(self, article: DemoArticle) -> str:
        return f"{self.root()}news-{article.number}.html"

    def article_reply(self, path: str) -> Reply | None:
        if path.startswith("news-") and path.endswith((".html", "/")):
            number = path[len("news-") :].split(".")[0].rstrip("/")
            article = self.by_number.get(int(number)) if number.isdigit() else None
            if article is None:
                return NOT_FOUND
            html = templates.portal_article_page(
                article, self.root(), self.link(article), self.site_name,
                self.root() + "news-{number}.html", self.related(article),
            )  # fmt: skip
            return Reply(body=html.encode())
        if path.startswith("uploads/"):
            if path.endswith(".pdf"):
                return Reply(body=b"%PDF-1.4 demo", content_type="application/pdf")
            return Reply(body=b"\xff\xd8demo", content_type="image/jpeg")
        return None


class FeedSite(PortalSite):
    """A prd.go.th-like site: RSS 2.0, Atom and JSON Feed of the newest items, full text
    only on the article pages."""

    name = "feed"
    site_name = "กรมประชาสัมพันธ์ (สาธิต)"
    feed_size = 20

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        newest = self.articles[: self.feed_size]
        if path == "rss.xml":
            xml = templates.feed_rss(
                [(a, self.link(a)) for a in newest], self.root(), self.site_name
            )
            return Reply(body=xml.encode(), content_type="application/rss+xml; charset=utf-8",
                         conditional=True)  # fmt: skip
        entries = [(a, self.link(a), self.modified.get(a.number)) for a in newest]
        if path == "atom.xml":
            xml = templates.feed_atom(entries, self.root(), self.site_name)
            return Reply(body=xml.encode(), content_type="application/atom+xml; charset=utf-8",
                         conditional=True)  # fmt: skip
        if path == "feed.json":
            text = templates.feed_json(entries, self.root(), self.site_name)
            return Reply(body=text.encode(), content_type="application/feed+json",
                         conditional=True)  # fmt: skip
        return self.article_reply(path) or NOT_FOUND


class SitemapSite(PortalSite):
    """A moe.go.th-like site known through its sitemap index: post sitemaps (with
    ``lastmod``) and a page sitemap that is not news."""

    name = "sitemap"
    site_name = "กระทรวงศึกษาธิการ (สาธิต)"
    per_sitemap = 50

    def lastmod(self, article: DemoArticle) -> str:
        moment = self.modified.get(article.number) or templates.published_datetime(article)
        return moment.isoformat(timespec="seconds")

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        root = self.root()
        xml_type = "application/xml; charset=utf-8"
        if path.endswith(".xml"):  # not for article pages: the whole site, sliced
            chunks = [self.articles[i : i + self.per_sitemap]
                      for i in range(0, len(self.articles), self.per_sitemap)] or [[]]  # fmt: skip
        if path == "sitemap_index.xml":
            maps = [(f"{root}post-sitemap{i + 1}.xml", max((self.lastmod(a) for a in chunk),
                     default=None)) for i, chunk in enumerate(chunks)]  # fmt: skip
            maps.append((f"{root}page-sitemap.xml", "2023-05-01T09:00:00+07:00"))
            return Reply(body=templates.sitemap_index(maps).encode(), content_type=xml_type,
                         conditional=True)  # fmt: skip
        if path.startswith("post-sitemap") and path.endswith(".xml"):
            index = path[len("post-sitemap") : -4]
            if not index.isdigit() or not 1 <= int(index) <= len(chunks):
                return NOT_FOUND
            urls = [(self.link(a), self.lastmod(a)) for a in chunks[int(index) - 1]]
            return Reply(body=templates.sitemap_urlset(urls).encode(), content_type=xml_type,
                         conditional=True)  # fmt: skip
        if path == "page-sitemap.xml":
            urls = [(f"{root}about/", "2023-05-01T09:00:00+07:00"), (root, None)]
            return Reply(body=templates.sitemap_urlset(urls).encode(), content_type=xml_type,
                         conditional=True)  # fmt: skip
        if path == "about/":
            return Reply(
                body="<html><body><h1>เกี่ยวกับเรา</h1><p>ประวัติหน่วยงาน</p></body></html>".encode()
            )
        return self.article_reply(path) or NOT_FOUND


class OldPhpSite(Site):
    """An old PHP news system in TIS-620: table layout, ``view.php?p=<id>``, 15 per page.

    ``header_charset`` is what the HTTP header claims: None (charset only in the
    ``<meta http-equiv>`` tag) or a wrong ``utf-8``. ``removed`` ids stay on the listing
    but their page says ``ไม่พบข่าว`` with status 200, as such sites do.
    """

    name = "oldphp"
    per_page = 15

    def __init__(self, prefix: str, articles: list[DemoArticle], header_charset: str | None = None,
                 removed: tuple[int, ...] = ()) -> None:  # fmt: skip
        super().__init__(prefix, articles)
        self.header_charset = header_charset
        self.removed = set(removed)

    def reply(self, html: str, conditional: bool = False) -> Reply:
        content_type = "text/html" + (
            f"; charset={self.header_charset}" if self.header_charset else ""
        )
        body = html.encode("tis-620", errors="xmlcharrefreplace")
        return Reply(body=body, content_type=content_type, conditional=conditional)

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        if path in ("", "news.php"):
            removed = sorted(self.removed)  # listed first, then the articles, newest first
            pages = max(1, math.ceil((len(removed) + len(self.articles)) / self.per_page))
            page = int(query.get("page", ["1"])[0] or 1)
            if not 1 <= page <= pages:
                return self.reply(templates.oldphp_not_found_page("tis-620"))
            start, end = (page - 1) * self.per_page, page * self.per_page
            live = self.articles[max(0, start - len(removed)) : max(0, end - len(removed))]
            chunk = [(n, "ข่าวที่ถูกลบแล้ว", "1 ม.ค. 2513") for n in removed[start:end]]
            chunk += [(a.number, a.title, templates.short_thai_date(a)) for a in live]
            html = templates.oldphp_listing_page(chunk, self.prefix, page, pages, "tis-620")
            return self.reply(html, conditional=True)
        if path == "view.php":
            number = query.get("p", [""])[0]
            article = self.by_number.get(int(number)) if number.isdigit() else None
            if article is None:
                return self.reply(templates.oldphp_not_found_page("tis-620"))
            return self.reply(templates.oldphp_article_page(article, "tis-620"))
        return NOT_FOUND


class StaticSite(Site):
    """Fixed pages for tests: ``{path: Reply or HTML text}``; recorded pages fit here too."""

    name = "static"

    def __init__(self, prefix: str, pages: dict[str, Reply | str]) -> None:
        super().__init__(prefix, [])
        self.pages = {
            k: v if isinstance(v, Reply) else Reply(body=v.encode()) for k, v in pages.items()
        }

    def handle(self, path: str, query: dict[str, list[str]]) -> Reply:
        return self.pages.get(path, NOT_FOUND)


# --------------------------------------------------------------------------- faults
def ok_page(path: str) -> Reply:
    body = "\n".join(
        f"<p>หน้านี้ตอบกลับตามปกติหลังจากเกิดข้อผิดพลาดชั่วคราว ย่อหน้าที่ {i} สำหรับการทดสอบ</p>"
        for i in range(1, 4)
    )
    html = f"<html><head><title>หน้าทดสอบ {path}</title></head><body><h1>หน้าทดสอบ {path}</h1>{body}</body></html>"
    return Reply(body=html.encode())


def _after_faults(rest: str, query: dict[str, list[str]], mirror: MirrorServer | None) -> Reply:
    """What a faulty path serves once it recovers: the wrapped site path, else a plain page."""
    if mirror is not None and rest and not rest.startswith("fault/"):
        reply = mirror.route("/" + rest, query)
        if reply is not NOT_FOUND:
            return reply
    return ok_page(rest)


def _numbers(rest: str, count: int) -> tuple[list[str], str]:
    parts = rest.split("/", count)
    return parts[:count], (parts[count] if len(parts) > count else "")


def _fault_500(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
    return Reply(500, b"<html><body>Internal Server Error</body></html>")


def _fault_garbage(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
    noise = hashlib.sha256(("garbage/" + rest).encode()).digest() * 200
    return Reply(200, b"<html><body><div" + noise + b"</span>", "text/html")


def _fault_status(code: int) -> Callable[..., Reply]:
    """``/fault/<code>/<times>/<retry_after or ->/<path>``: ``code`` for the first ``times``
    requests of this exact path, then the wrapped path."""

    def reply(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
        (times, retry_after), inner = _numbers(rest, 2)
        if hits <= int(times or 0):
            headers = {"Retry-After": retry_after} if retry_after not in ("", "-") else {}
            return Reply(code, f"<html><body>{code}</body></html>".encode(), headers=headers)
        return _after_faults(inner, query, mirror)

    return reply


def _fault_slow(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
    (seconds,), inner = _numbers(rest, 1)
    time.sleep(min(30.0, float(seconds or 1)))
    return _after_faults(inner, query, mirror)


def _fault_redirect_loop(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
    other = "b" if rest.startswith("a") else "a"
    return Reply(302, b"", headers={"Location": f"/fault/redirect-loop/{other}"})


def _fault_pdf(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
    return Reply(body=b"%PDF-1.4\n% khao demo\n" + b"0" * 2000, content_type="application/pdf")


def _fault_big(rest: str, query: dict, mirror: MirrorServer | None, hits: int) -> Reply:
    (kib,), _ = _numbers(rest, 1)
    filler = "<p>" + "ข่าว" * 80 + "</p>\n"
    count = int(kib or 1024) * 1024 // len(filler.encode())
    return Reply(
        body=("<html><body><h1>หน้าใหญ่มาก</h1>" + filler * count + "</body></html>").encode()
    )


# /fault/<kind>/...: a small table of behaviours (per-path hit counts on the server).
FAULTS: dict[str, Callable[..., Reply]] = {
    "500": _fault_500,
    "garbage": _fault_garbage,
    "403": _fault_status(403),
    "429": _fault_status(429),
    "503": _fault_status(503),
    "slow": _fault_slow,
    "redirect-loop": _fault_redirect_loop,
    "pdf": _fault_pdf,
    "big": _fault_big,
}


def fault_reply(
    path: str, query: dict[str, list[str]] | None = None, mirror: MirrorServer | None = None
) -> Reply:
    """``/fault/<kind>/...``: deliberate failures for tests (see FAULTS)."""
    kind, _, rest = path.partition("/")
    behaviour = FAULTS.get(kind)
    if behaviour is None:
        return NOT_FOUND
    hits = mirror.count_fault(path, query or {}) if mirror is not None else 1
    return behaviour(rest, query or {}, mirror, hits)


# `khao demo` serves the mirror on this port, so a second demo into the same database finds
# the same URLs (the same articles, unchanged) instead of storing every article again
DEMO_PORT = 8478


class MirrorServer:
    """Serve sites on 127.0.0.1 (a free port unless one is given) in a background thread."""

    def __init__(self, sites: list[Site], host: str = "127.0.0.1", port: int = 0) -> None:
        self.sites = {site.prefix: site for site in sites}
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.fault_hits: Counter[str] = Counter()  # per fault path (with query)
        self.in_flight = 0
        self.max_in_flight = 0  # most requests served at the same moment
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
            return fault_reply(path[len("/fault/") :], query, self)
        for prefix, site in self.sites.items():
            if path.startswith(prefix) or path + "/" == prefix:
                return site.handle(path[len(prefix) :], query)
        return NOT_FOUND

    def count_fault(self, path: str, query: dict[str, list[str]]) -> int:
        key = path + "?" + "&".join(f"{k}={v}" for k, vs in sorted(query.items()) for v in vs)
        with self.lock:
            self.fault_hits[key] += 1
            return self.fault_hits[key]

    def serve(self, handler: BaseHTTPRequestHandler, head: bool = False) -> None:
        parts = urlsplit(handler.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            reply = self.route(parts.path, query)
        except Exception as exc:  # a mirror bug must show up as a 500, not a hung client
            reply = Reply(500, f"mirror error: {exc!r}".encode(), "text/plain")
        finally:
            with self.lock:
                self.in_flight -= 1
        status, headers = reply.status, dict(reply.headers)
        if reply.conditional and status == 200:
            etag = '"' + hashlib.sha1(reply.body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            headers["Last-Modified"] = format_datetime(
                datetime(2024, 1, 1).astimezone(), usegmt=False
            )
            if handler.headers.get("If-None-Match") == etag:
                status = 304
        with self.lock:
            self.requests.append(
                {
                    "method": handler.command,
                    "path": handler.path,
                    "status": status,
                    "user_agent": handler.headers.get("User-Agent", ""),
                    "at": time.monotonic(),
                }
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
    """The standard demo: one site per source kind.

    Every third article goes to the WordPress site (/obec/); every 25th of those is also
    posted on the listing site (/thaigov/), as real agencies re-post each other's releases.
    The other sites re-post slices too: a feed site (/prd/, newest 20 in RSS, Atom and
    JSON Feed), a sitemap site (/moe/), and two old TIS-620 PHP sites, one declaring its
    charset only in <meta http-equiv> (/oldphp/), one sending a wrong utf-8 header (/esan/).
    """
    articles = demo_articles(count)
    wordpress = [a for i, a in enumerate(articles) if i % 3 == 0]
    listing = [a for i, a in enumerate(articles) if i % 3 != 0 or i % 75 == 0]
    return [
        WordPressSite("obec", wordpress),
        ListingSite("thaigov", listing),
        FeedSite("prd", [a for i, a in enumerate(articles) if i % 3 == 1]),
        SitemapSite("moe", [a for i, a in enumerate(articles) if i % 20 == 2]),
        OldPhpSite("oldphp", [a for i, a in enumerate(articles) if i % 40 == 5]),
        OldPhpSite("esan", [a for i, a in enumerate(articles) if i % 40 == 25], "utf-8"),
    ]


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
