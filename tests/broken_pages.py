"""A small HTTP server whose sites each hold one article that breaks a parser (issue 12).

Five sites on one plain ``http.server`` on 127.0.0.1 (a free port), 25 articles each, newest
first; the broken article is the 15th, on the second page, where an incremental walk that
stops at the first page of known articles would never look again:

- ``/wp-title/`` and ``/wp-surrogate/``: a WordPress REST API (``per_page`` and ``page``
  honoured, ``X-WP-TotalPages``). One post has a ``title`` that is a plain string instead
  of ``{"rendered": ...}``; in the other site, a title holding a lone surrogate (``\\ud800``).
- ``/font/``, ``/brackets/`` and ``/flaky/``: an HTML listing (10 links a page, ``a.next``)
  and article pages. One article's text sits inside 1,200 nested ``<font>`` tags; in the
  second site, an article carries 19 MB of ``[`` as its JSON-LD; in the third, an article
  answers HTTP 500 every time (a failure no parser fix removes: it must be retried).

Set ``fixed = True`` to serve the broken article sane (same URL, same dates): what a site
does once its editor repairs the page.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ARTICLES = 25
PER_PAGE = 10
BROKEN_INDEX = 14  # 0-based position, newest first: the 5th article of page 2
NESTED_FONTS = 1_200
BRACKETS_BYTES = 19 * 1024 * 1024

WORDPRESS_SITES = ("wp-title", "wp-surrogate")
LISTING_SITES = ("font", "brackets", "flaky")
SITES = WORDPRESS_SITES + LISTING_SITES

SENTENCES = (
    "กระทรวงศึกษาธิการจัดประชุมชี้แจงแนวทางการพัฒนาคุณภาพการศึกษาให้แก่ผู้บริหารสถานศึกษาทั่วประเทศ",
    "ผู้ว่าราชการจังหวัดลงพื้นที่ติดตามการแก้ไขปัญหาภัยแล้งและมอบถุงยังชีพให้ประชาชนที่ได้รับผลกระทบ",
    "คณะรัฐมนตรีมีมติเห็นชอบโครงการส่งเสริมการท่องเที่ยวชุมชนเพื่อกระจายรายได้สู่ท้องถิ่น",
    "กรมประชาสัมพันธ์เชิญชวนประชาชนร่วมกิจกรรมวันเด็กแห่งชาติ ณ ทำเนียบรัฐบาล",
    "สำนักงานเขตพื้นที่การศึกษาประกาศผลการคัดเลือกนักเรียนทุนพระราชทานประจำปี",
    "โรงพยาบาลส่งเสริมสุขภาพตำบลเปิดให้บริการฉีดวัคซีนไข้หวัดใหญ่แก่ผู้สูงอายุโดยไม่เสียค่าใช้จ่าย",
    "กระทรวงเกษตรและสหกรณ์แนะนำเกษตรกรปรับเปลี่ยนการเพาะปลูกให้เหมาะสมกับปริมาณน้ำ",
)


@dataclass(frozen=True)
class Article:
    number: int
    title: str
    paragraphs: tuple[str, ...]
    published: datetime  # UTC


def site_articles(site: str) -> list[Article]:
    """The site's articles, newest first; each text differs (no near-duplicate merging)."""
    articles = []
    start = datetime(2024, 3, 1, 3, 0, tzinfo=UTC)
    salt = SITES.index(site) * 3
    for index in range(ARTICLES):
        number = 1000 + ARTICLES - index
        first = SENTENCES[(index + salt) % len(SENTENCES)]
        second = SENTENCES[(index * 3 + salt + 1) % len(SENTENCES)]
        paragraphs = (
            f"{first} ข่าวฉบับที่ {number} ประจำวันที่ {index + 1} ของเดือน",
            f"{second} โดยมีผู้เข้าร่วมจำนวน {number * 7 + index} คน",
            f"สอบถามรายละเอียดเพิ่มเติมได้ที่หมายเลข 0-2{number:04d}-{index + 10:02d}{salt}",
        )
        title = f"ข่าวประชาสัมพันธ์ {site} ฉบับที่ {number}: {first[:40]}"
        articles.append(Article(number, title, paragraphs, start - timedelta(hours=index * 5)))
    return articles


THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip


def thai_date(moment: datetime) -> str:
    return f"{moment.day} {THAI_MONTHS[moment.month - 1]} {moment.year + 543}"


class BrokenPagesServer:
    """Serve the four sites on 127.0.0.1 in a background thread."""

    def __init__(self) -> None:
        self.fixed = False
        self.articles = {site: site_articles(site) for site in SITES}
        self.lock = threading.Lock()
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.serve(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> BrokenPagesServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------------ what tests check
    def article_url(self, site: str, article: Article) -> str:
        if site in WORDPRESS_SITES:
            day = article.published.strftime("%Y/%m/%d")
            return f"{self.url}/{site}/{day}/news-{article.number}/"
        return f"{self.url}/{site}/a/{article.number}.html"

    def all_urls(self, site: str) -> list[str]:
        return [self.article_url(site, a) for a in self.articles[site]]

    def broken_url(self, site: str) -> str:
        return self.article_url(site, self.articles[site][BROKEN_INDEX])

    def sources_yaml(self) -> str:
        """One source per site (ids ``broken-<site>``); the listing sites give no body
        selector, so the article pages go through the generic extraction."""
        entries = []
        for site in WORDPRESS_SITES:
            entries.append(
                f"  - id: broken-{site}\n    name: ทดสอบ {site}\n    kind: wordpress\n"
                f"    url: {self.url}/{site}/\n    concurrency: 4\n    autothrottle: false\n"
                f"    options:\n      per_page: {PER_PAGE}\n"
            )
        for site in LISTING_SITES:
            entries.append(
                f"  - id: broken-{site}\n    name: ทดสอบ {site}\n    kind: listing\n"
                f"    url: {self.url}/{site}/list?page=1\n    link_selector: 'a.news'\n"
                f"    next_selector: 'a.next'\n    concurrency: 4\n    autothrottle: false\n"
            )
        return "sources:\n" + "".join(entries)

    # ------------------------------------------------------------------ serving
    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        query = parse_qs(parts.query)
        with self.lock:
            self.requests.append(handler.path)
        site, _, rest = parts.path.strip("/").partition("/")
        status, content_type, body = 404, "text/html; charset=utf-8", b"<html>not found</html>"
        if parts.path == "/robots.txt":
            status, content_type, body = 200, "text/plain", b"User-agent: *\nAllow: /\n"
        elif site in WORDPRESS_SITES and rest == "wp-json/wp/v2/posts":
            status, body = self.posts(site, query)
            content_type = "application/json; charset=UTF-8"
        elif site in WORDPRESS_SITES:
            pass  # article pages are never needed: the API carries the text
        elif site in LISTING_SITES and rest == "list":
            status, body = 200, self.listing(site, int(query.get("page", ["1"])[0]))
        elif site in LISTING_SITES and rest.startswith("a/") and rest.endswith(".html"):
            number = rest[2:-5]
            found = [a for a in self.articles[site] if str(a.number) == number]
            if found and site == "flaky" and self.is_broken(site, found[0]):
                status = 500  # a server error that outlasts the retries, until fixed
            elif found:
                status, body = 200, self.article_page(site, found[0])
        pages = -(-ARTICLES // int(query.get("per_page", ["10"])[0] or 10))
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        if site in WORDPRESS_SITES:
            handler.send_header("X-WP-Total", str(ARTICLES))
            handler.send_header("X-WP-TotalPages", str(pages))
        handler.end_headers()
        handler.wfile.write(body)

    def is_broken(self, site: str, article: Article) -> bool:
        return not self.fixed and article is self.articles[site][BROKEN_INDEX]

    def posts(self, site: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        per_page = int(query.get("per_page", ["10"])[0] or 10)
        page = int(query.get("page", ["1"])[0] or 1)
        chunk = self.articles[site][(page - 1) * per_page : page * per_page]
        if page < 1 or not chunk:
            error = {"code": "rest_post_invalid_page_number", "data": {"status": 400}}
            return 400, json.dumps(error).encode()
        posts = []
        for article in chunk:
            stamp = article.published.strftime("%Y-%m-%dT%H:%M:%S")
            title: Any = {"rendered": article.title}
            if self.is_broken(site, article) and site == "wp-title":
                title = article.title  # a string where WordPress sends an object
            elif self.is_broken(site, article):
                title = {"rendered": article.title + " \ud800"}  # a lone surrogate
            posts.append(
                {
                    "id": article.number,
                    "link": self.article_url(site, article),
                    "date_gmt": stamp,
                    "modified_gmt": stamp,
                    "title": title,
                    "content": {"rendered": "".join(f"<p>{p}</p>" for p in article.paragraphs)},
                    "_embedded": {},
                }
            )
        # ensure_ascii: the lone surrogate goes out as the JSON escape \ud800
        return 200, json.dumps(posts, ensure_ascii=True).encode()

    def listing(self, site: str, page: int) -> bytes:
        chunk = self.articles[site][(page - 1) * PER_PAGE : page * PER_PAGE]
        links = "".join(
            f'<li><a class="news" href="/{site}/a/{a.number}.html">{a.title}</a>'
            f" <span>{thai_date(a.published)}</span></li>"
            for a in chunk
        )
        more = page * PER_PAGE < ARTICLES
        after = f'<a class="next" href="/{site}/list?page={page + 1}">ถัดไป</a>' if more else ""
        return (
            f'<html><head><meta charset="utf-8"><title>ข่าว {site} หน้า {page}</title></head>'
            f"<body><h1>ข่าวประชาสัมพันธ์</h1><ul>{links}</ul>{after}</body></html>"
        ).encode()

    def article_page(self, site: str, article: Article) -> bytes:
        text = "".join(f"<p>{p}</p>" for p in article.paragraphs)
        head = f"<title>{article.title}</title>"
        if self.is_broken(site, article) and site == "font":
            # what an old WYSIWYG editor leaves behind after years of re-formatting
            text = '<font size="2">' * NESTED_FONTS + text + "</font>" * NESTED_FONTS
        if self.is_broken(site, article) and site == "brackets":
            head += '<script type="application/ld+json">' + "[" * BRACKETS_BYTES + "</script>"
        return (
            f'<html lang="th"><head><meta charset="utf-8">{head}</head><body>'
            f'<div class="menu"><a href="/{site}/list?page=1">หน้าแรก</a></div>'
            f'<div class="content"><h1>{article.title}</h1>'
            f'<div class="date">วันที่ {thai_date(article.published)}</div>'
            f'<div class="detail">{text}</div></div></body></html>'
        ).encode()
