"""A hostile web site for issue 13's tests: every route is an attack on the crawler.

Three plain threaded ``http.server`` servers, each on its own loopback address:

- ``source`` (127.0.0.1): the hostile source site that sources.yaml points at;
- ``other`` (127.0.0.3): another agency's site (a WordPress API), whose articles the hostile
  site tries to overwrite through canonical links;
- ``internal`` (127.0.0.2): an internal service that must never be fetched. Every
  connection to it is recorded (``internal_hits``), whatever protocol it speaks (an FTP
  client connects too), so a test can assert zero hits.

Nothing here imports khao: the tests drive the real CLI against these servers and read
the SQLite file with plain sqlite3. Routes (on ``source`` unless said otherwise):

``/plain/list``               2 good articles (for alert, Redis and Datasette tests)
``/ssrf/feed.xml``            RSS: items linking to file://, ftp://, the internal service
``/ssrf/list``                listing: internal links (dotted and decimal IP), a 302 to it
``/ssrf/sitemap.xml``         sitemap: a <loc> on the internal service
``/ssrf/redirect``            302 to the internal service
``/js/atom.xml``              Atom entry whose link is javascript:
``/js/feed.json``             JSON Feed: javascript: image, data: attachment
``/js/list``                  article page with javascript:/data: og:image and attachments
``/hijack/list``              article declaring another agency's article as canonical
``/hijack-wp/wp-json/...``    WordPress posts whose ``link`` is another agency's article
``/markup/list``              an article link answered with ``Content-Type: application/[/x]``
``/bomb/sitemap.xml.gz``      gzip sitemap inflating to 1 GiB, compressed on the fly, streamed
``/endless/wp-json/...``      WordPress API with X-WP-TotalPages: 999999, new posts forever
``/cycle/sitemap.xml``        sitemap index listing itself (and 10 ?page= variants of itself)
``/bigfeed/rss.xml``          RSS of 100,000 items
``/<site>/a/<n>``             a good Thai article page (any site)
``/obec/wp-json/...`` (other) the victim agency's WordPress API: one post
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import zlib
from collections import Counter
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

SOURCE_HOST, INTERNAL_HOST, OTHER_HOST = "127.0.0.1", "127.0.0.2", "127.0.0.3"
BOMB_BYTES = 1024**3  # the gzip sitemap inflates to 1 GiB
BIG_FEED_ITEMS = 100_000
CYCLE_VARIANTS = 10  # the self-listing sitemap index lists itself and 10 ?page= variants
ENDLESS_TOTAL_PAGES = 999_999
UNKNOWN_CONTENT_TYPE = "application/[/x]"  # Rich markup if printed as markup
VICTIM_PATH = "/obec/2567/01/15/ประชุมผู้บริหารการศึกษา/"
VICTIM_TITLE = "สพฐ. ประชุมผู้บริหารการศึกษาทั่วประเทศ เตรียมความพร้อมเปิดภาคเรียน"
HIJACK_TITLE = "ข่าวปลอม: สพฐ. ประกาศปิดโรงเรียนทั่วประเทศ"
INTERNAL_MARKER = "INTERNAL-ONLY"  # in every page of the internal service

SENTENCES = (
    "กระทรวงศึกษาธิการจัดประชุมชี้แจงแนวทางการดำเนินงานประจำปีงบประมาณให้แก่ผู้บริหารสถานศึกษา",
    "ที่ประชุมได้หารือเรื่องการพัฒนาคุณภาพการศึกษาและการลดความเหลื่อมล้ำทางการศึกษาในพื้นที่ห่างไกล",
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษากล่าวว่าโรงเรียนทุกแห่งต้องจัดทำแผนความปลอดภัยให้เสร็จภายในเดือนนี้",
    "นอกจากนี้ยังได้มอบนโยบายด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนรู้และการประเมินผลผู้เรียน",
    "คณะกรรมการจะติดตามผลการดำเนินงานและรายงานต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการทุกไตรมาส",
)


def thai_body(n: int) -> list[str]:
    """Three paragraphs of real-looking Thai text, different for every n."""
    rotate = n % len(SENTENCES)
    order = SENTENCES[rotate:] + SENTENCES[:rotate]
    return [f"{order[0]} ครั้งที่ {n} {order[1]}", f"{order[2]} รหัสข่าว {n * 7919}",
            f"{order[3]} {order[4]} ({n})"]  # fmt: skip


def article_html(title: str, n: int, head: str = "", extra_body: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in thai_body(n))
    return (
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        "<meta property='article:published_time' content='2024-01-15T10:00:00+07:00'>"
        f"{head}</head><body><h1>{title}</h1><div class='date'>15 มกราคม 2567</div>"
        f"<div class='detail'>{paragraphs}</div>{extra_body}</body></html>"
    ).encode()


def listing_html(links: list[str]) -> bytes:
    items = "".join(f"<li><a class='item' href='{h}'>ข่าวที่ {i}</a></li>"
                    for i, h in enumerate(links, start=1))  # fmt: skip
    return f"<html><head><meta charset='utf-8'></head><body><ul>{items}</ul></body></html>".encode()


def rss(items: list[tuple[str, str]], short: bool = False) -> bytes:
    """An RSS 2.0 feed; ``short`` items carry only a title and a link (100k items < 20 MB)."""
    more = "" if short else (f"<description>{SENTENCES[0]}</description>"
                             "<pubDate>Mon, 15 Jan 2024 03:00:00 GMT</pubDate>")  # fmt: skip
    entries = "".join(f"<item><title>{title}</title><link>{link}</link>{more}</item>"
                      for title, link in items)  # fmt: skip
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>hostile</title><link>/</link>{entries}</channel></rss>").encode()  # fmt: skip


def urlset(locs: list[str]) -> bytes:
    body = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return ("<?xml version='1.0' encoding='UTF-8'?>"
            f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{body}</urlset>").encode()  # fmt: skip


def sitemapindex(locs: list[str]) -> bytes:
    body = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return ("<?xml version='1.0' encoding='UTF-8'?><sitemapindex "
            f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{body}</sitemapindex>").encode()  # fmt: skip


def wp_post(post_id: int, link: str, title: str, n: int) -> dict[str, Any]:
    content = "".join(f"<p>{p}</p>" for p in thai_body(n))
    return {"id": post_id, "link": link, "title": {"rendered": title},
            "content": {"rendered": content}, "date_gmt": "2024-01-15T03:00:00",
            "modified_gmt": "2024-01-15T03:00:00", "_embedded": {}}  # fmt: skip


class Reply:
    def __init__(self, status: int = 200, body: bytes = b"",
                 content_type: str = "text/html; charset=utf-8",
                 headers: dict[str, str] | None = None) -> None:  # fmt: skip
        self.status, self.body, self.content_type = status, body, content_type
        self.headers = headers or {}


NOT_FOUND = Reply(404, b"<html><body>not found</body></html>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str, owner: HostileServer, label: str) -> None:
        self.owner, self.label = owner, label
        super().__init__((host, 0), _Handler)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        # every connection counts, even one that never sends an HTTP request line (ftp://)
        self.owner.record_connection(self.label)
        return True


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # an FTP client waits for a greeting that never comes: give up

    def do_GET(self) -> None:
        owner, label = self.server.owner, self.server.label
        owner.record_request(label, self.path)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the crawler gave up
            owner.route(label, self)

    def log_message(self, *args: Any) -> None:
        pass

    def reply(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)


class HostileServer:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: dict[str, list[str]] = {"source": [], "internal": [], "other": []}
        self.connections: Counter[str] = Counter()
        self.servers = {label: _Server(host, self, label) for label, host in
                        (("source", SOURCE_HOST), ("internal", INTERNAL_HOST),
                         ("other", OTHER_HOST))}  # fmt: skip
        self.threads = [threading.Thread(target=s.serve_forever, daemon=True)
                        for s in self.servers.values()]  # fmt: skip

    # ------------------------------------------------------------------ addresses
    def base(self, label: str) -> str:
        host, port = self.servers[label].server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        return self.base("source")

    @property
    def internal(self) -> str:
        return self.base("internal")

    @property
    def other(self) -> str:
        return self.base("other")

    @property
    def internal_port(self) -> int:
        return int(self.servers["internal"].server_address[1])

    def start(self) -> HostileServer:
        for thread in self.threads:
            thread.start()
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ accounting
    def record_connection(self, label: str) -> None:
        with self.lock:
            self.connections[label] += 1

    def record_request(self, label: str, path: str) -> None:
        with self.lock:
            self.requests[label].append(path)

    def paths(self, label: str = "source", prefix: str = "") -> list[str]:
        with self.lock:
            return [p for p in self.requests[label] if p.startswith(prefix)]

    def count(self, prefix: str, label: str = "source") -> int:
        with self.lock:
            return sum(1 for p in self.requests[label] if p.startswith(prefix))

    @property
    def internal_hits(self) -> int:
        """Connections to the internal service (HTTP or not)."""
        with self.lock:
            return self.connections["internal"]

    # ------------------------------------------------------------------ routes
    def route(self, label: str, handler: _Handler) -> None:
        parts = urlsplit(handler.path)
        path, query = parts.path, parse_qs(parts.query)
        if label == "internal":
            return handler.reply(Reply(200, article_html(f"ระบบภายใน {INTERNAL_MARKER}", 1)))
        if label == "other":
            return handler.reply(self.route_other(path))
        if path == "/bomb/sitemap.xml.gz":
            return self.stream_bomb(handler)
        return handler.reply(self.route_source(path, query))

    def route_other(self, path: str) -> Reply:
        if path.startswith("/obec/wp-json/wp/v2/posts"):
            post = wp_post(101, self.other + VICTIM_PATH, VICTIM_TITLE, 101)
            return Reply(200, json.dumps([post], ensure_ascii=False).encode(),
                         "application/json; charset=utf-8", {"X-WP-TotalPages": "1"})  # fmt: skip
        return NOT_FOUND

    def route_source(self, path: str, query: dict[str, list[str]]) -> Reply:
        s, i = self.url, self.internal
        site = path.strip("/").split("/", 1)[0]
        if path == "/plain/list":
            return Reply(200, listing_html(["/plain/a/1", "/plain/a/2"]))
        # ---------------------------------------------------------- forbidden targets
        if path == "/ssrf/feed.xml":
            return Reply(200, rss([
                ("ข่าวไฟล์ระบบ environ", "file://localhost/proc/self/environ"),
                ("ข่าวไฟล์ระบบ passwd", "file:/etc/passwd"),
                ("ข่าว ftp", f"ftp://{i[len('http://'):]}/pub/report.html"),
                ("ข่าวระบบภายใน", f"{i}/internal/feed-item"),
                ("ข่าวจริงจากฟีด", f"{s}/ssrf/a/1"),
            ]), "application/rss+xml; charset=utf-8")  # fmt: skip
        if path == "/ssrf/list":
            decimal = int.from_bytes(socket.inet_aton(INTERNAL_HOST), "big")
            return Reply(200, listing_html([
                f"{i}/internal/listing-link",
                f"http://{decimal}:{self.internal_port}/internal/decimal-ip",
                "/ssrf/redirect",
                "file:///etc/passwd",
                "/ssrf/a/2",
            ]))  # fmt: skip
        if path == "/ssrf/redirect":
            return Reply(302, b"", headers={"Location": f"{i}/internal/redirect-target"})
        if path == "/ssrf/sitemap.xml":
            return Reply(200, urlset([f"{i}/internal/sitemap-loc", f"{s}/ssrf/a/3"]),
                         "application/xml")  # fmt: skip
        # ---------------------------------------------------------- javascript: and data:
        if path == "/js/atom.xml":
            entries = "".join(
                f"<entry><title>{title}</title><link href=\"{href}\"/><id>{href}</id>"
                f"<updated>2024-01-15T03:00:00Z</updated><content type='html'>"
                f"&lt;p&gt;{' '.join(thai_body(n))}&lt;/p&gt;</content></entry>"
                for n, (title, href) in enumerate([
                    ("ข่าวลิงก์สคริปต์", "javascript:alert(document.cookie)"),
                    ("ข่าวลิงก์ข้อมูล", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"),
                    ("ข่าวจริงจากแอตอม", f"{s}/js/a/1"),
                ], start=11)
            )  # fmt: skip
            body = ("<?xml version='1.0' encoding='utf-8'?>"
                    "<feed xmlns='http://www.w3.org/2005/Atom'><title>js</title>"
                    f"<id>{s}/js/</id><updated>2024-01-15T03:00:00Z</updated>{entries}</feed>")  # fmt: skip
            return Reply(200, body.encode(), "application/atom+xml; charset=utf-8")
        if path == "/js/feed.json":
            feed = {"version": "https://jsonfeed.org/version/1.1", "title": "js", "items": [{
                "id": "js-2", "url": f"{s}/js/a/2", "title": "ข่าวภาพสคริปต์",
                "content_text": " ".join(thai_body(21)),
                "date_published": "2024-01-15T10:00:00+07:00",
                "image": "javascript:alert(1)",
                "attachments": [
                    {"url": "data:application/pdf;base64,JVBERi0xLjQK", "mime_type": "application/pdf"},
                    {"url": "javascript:openDoc(1)//report.pdf", "mime_type": "application/pdf"},
                ],
            }]}  # fmt: skip
            return Reply(
                200, json.dumps(feed, ensure_ascii=False).encode(), "application/feed+json"
            )
        if path == "/js/list":
            return Reply(200, listing_html(["/js/a/3"]))
        if path == "/js/a/3":
            head = "<meta property='og:image' content='javascript:alert(document.domain)'>"
            links = ("<a href='javascript:openDoc(1)//report.pdf'>เอกสารแนบ.pdf</a>"
                     "<a href='data:application/octet-stream,report.pdf'>ดาวน์โหลด.pdf</a>"
                     "<a href='/files/real-report.pdf'>รายงาน.pdf</a>")  # fmt: skip
            return Reply(200, article_html("ข่าวแนบเอกสารสคริปต์", 3, head, links))
        # ---------------------------------------------------------- foreign canonical
        if path == "/hijack/list":
            return Reply(200, listing_html(["/hijack/a/1"]))
        if path == "/hijack/a/1":
            head = f"<link rel='canonical' href='{self.other}{VICTIM_PATH}'>"
            return Reply(200, article_html(HIJACK_TITLE, 666, head))
        if path.startswith("/hijack-wp/wp-json/wp/v2/posts"):
            post = wp_post(7, self.other + VICTIM_PATH, HIJACK_TITLE + " (API)", 667)
            return Reply(200, json.dumps([post], ensure_ascii=False).encode(),
                         "application/json; charset=utf-8", {"X-WP-TotalPages": "1"})  # fmt: skip
        # ---------------------------------------------------------- markup
        if path == "/markup/list":
            return Reply(200, listing_html(["/markup/a/1", "/markup/a/2"]))
        if path == "/markup/a/2":
            return Reply(200, b"[bold]not[/x] an article", UNKNOWN_CONTENT_TYPE)
        # ---------------------------------------------------------- unbounded work
        if path.startswith("/endless/wp-json/wp/v2/posts"):
            page = int((query.get("page") or ["1"])[0])
            post = wp_post(page, f"{s}/endless/{page}/", f"ข่าวไม่รู้จบ หน้า {page}", page)
            return Reply(200, json.dumps([post], ensure_ascii=False).encode(),
                         "application/json; charset=utf-8",
                         {"X-WP-TotalPages": str(ENDLESS_TOTAL_PAGES), "X-WP-Total": "99999900"})  # fmt: skip
        if path == "/cycle/sitemap.xml":
            me = f"{s}/cycle/sitemap.xml"
            locs = [me, *(f"{me}?page={n}" for n in range(1, CYCLE_VARIANTS + 1)),
                    f"{s}/cycle/posts.xml"]  # fmt: skip
            return Reply(200, sitemapindex(locs), "application/xml")
        if path == "/cycle/posts.xml":
            return Reply(200, urlset([f"{s}/cycle/a/1"]), "application/xml")
        if path == "/bigfeed/rss.xml":
            return Reply(200, self.big_feed, "application/rss+xml; charset=utf-8")
        # ---------------------------------------------------------- good articles
        if path.startswith(f"/{site}/a/"):
            n = int(path.rstrip("/").rsplit("/", 1)[-1] or 0)
            return Reply(200, article_html(f"ข่าวประชาสัมพันธ์ {site} ฉบับที่ {n}", n))
        return NOT_FOUND

    @cached_property
    def big_feed(self) -> bytes:
        s = self.url
        return rss(
            [(f"ข่าวที่ {n}", f"{s}/bigfeed/a/{n}") for n in range(1, BIG_FEED_ITEMS + 1)], short=True
        )

    # ------------------------------------------------------------------ the 1 GiB bomb
    def stream_bomb(self, handler: _Handler) -> None:
        """A gzip sitemap inflating to 1 GiB, compressed as it is sent (4.7 MB on the
        wire, under DOWNLOAD_MAXSIZE): nothing of it is kept, in memory or on disk."""
        handler.send_response(200)
        handler.send_header("Content-Type", "application/x-gzip")
        handler.end_headers()  # no Content-Length: HTTP/1.0, the body ends with the connection
        head = ("<?xml version='1.0' encoding='UTF-8'?>"
                "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<url><loc>{self.url}/bomb/a/1</loc></url><!-- ").encode()  # fmt: skip
        compressor = zlib.compressobj(1, zlib.DEFLATED, 31)  # 31: gzip; level 1: 4.7 MB, 1.2 s
        handler.wfile.write(compressor.compress(head))
        chunk = b" " * (1024 * 1024)
        for _ in range(BOMB_BYTES // len(chunk)):
            out = compressor.compress(chunk)
            if out:
                handler.wfile.write(out)
        handler.wfile.write(compressor.compress(b" --></urlset>") + compressor.flush())


class ProxyRecorder:
    """A forward proxy on 127.0.0.1 that records what it is asked for and refuses it all.

    Alert tests set HTTP(S)_PROXY to it, so apprise's deliveries to LINE, Pushover, Slack or
    Telegram never leave the machine: the proxy sees ``CONNECT api.telegram.org:443`` (the
    delivery was attempted) and answers 403 (it failed)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def refuse(self) -> None:
                recorder.asked.append(f"{self.command} {self.path}")
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_CONNECT = do_GET = do_POST = do_PUT = refuse

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((SOURCE_HOST, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{SOURCE_HOST}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def env(self) -> dict[str, str]:
        """Environment that sends every HTTP(S) request of a child process here."""
        return {name: self.url for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                                            "https_proxy", "ALL_PROXY", "all_proxy")} | {
            "NO_PROXY": "", "no_proxy": ""}  # fmt: skip

    def hosts(self) -> set[str]:
        """Hosts asked for (CONNECT host:port, or the host of a plain-HTTP proxy request)."""
        out = set()
        for line in self.asked:
            target = line.split(" ", 1)[1]
            out.add(urlsplit(target).hostname if "://" in target else target.rsplit(":", 1)[0])
        return out

    def __enter__(self) -> ProxyRecorder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
