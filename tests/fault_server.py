"""A fault-injecting HTTP server for reliability tests, at the socket level.

Unlike the demo mirror (well-behaved sites plus a few ``/fault/`` answers), this server
misbehaves the way broken networks and servers do: connection resets, answers that never
come, bodies shorter than their Content-Length, a gzip bomb, a 50 MB page, 500 storms, and
a robots.txt that forbids a section. Each "site" is a listing page under ``/<site>/list``
whose links lead to ``/<site>/a/<n>``; the fault applies where the site's name says.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import struct
import threading
import time
import zlib
from functools import cache

from crawler.demo.corpus import bundled_articles

ARTICLES_PER_SITE = {"ok": 5, "trunc": 3, "bomb": 2, "big": 1, "storm": 20}
BOMB_SIZE = 1024**3  # 1 GiB of zeros once decompressed
BIG_SIZE = 50 * 1024**2
ROBOTS = b"User-agent: *\nDisallow: /blocked/\n"


@cache
def gzip_bomb() -> bytes:
    """1 GiB of zeros, gzip-compressed (about 1 MB): built once per process."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    parts.append(compressor.flush())
    return b"".join(parts)


def article_html(site: str, number: int) -> bytes:
    article = bundled_articles()[number]
    paragraphs = "".join(f"<p>{line}</p>" for line in article.body.split("\n") if line.strip())
    return (
        f"<html><head><meta charset='utf-8'><title>{article.title}</title></head><body>"
        f"<h1>{article.title}</h1><div class='date'>{article.date_th}</div>"
        f"<div class='detail'>{paragraphs}</div></body></html>"
    ).encode()


def listing_html(site: str, count: int) -> bytes:
    links = "".join(
        f"<li><a class='item' href='/{site}/a/{n}'>ข่าวที่ {n}</a></li>" for n in range(1, count + 1)
    )
    return f"<html><head><meta charset='utf-8'></head><body><ul>{links}</ul></body></html>".encode()


class FaultServer:
    """Serve on 127.0.0.1 (free port) in a thread; ``requests`` logs every path asked for."""

    def __init__(self, slow_seconds: float = 5.0) -> None:
        self.slow_seconds = slow_seconds
        self.requests: list[str] = []
        self.lock = threading.Lock()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server.handle(self.request)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.tcp.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.tcp.server_address[1]}"
        self.thread = threading.Thread(target=self.tcp.serve_forever, daemon=True)

    def start(self) -> FaultServer:
        gzip_bomb()  # build before the crawl starts its clock
        self.thread.start()
        return self

    def stop(self) -> None:
        self.tcp.shutdown()
        self.tcp.server_close()

    def paths(self, prefix: str = "") -> list[str]:
        with self.lock:
            return [p for p in self.requests if p.startswith(prefix)]

    # ------------------------------------------------------------------ one connection
    def handle(self, sock: socket.socket) -> None:
        sock.settimeout(30)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return
            data += chunk
        path = data.split(b" ", 2)[1].decode("latin-1")
        with self.lock:
            self.requests.append(path)
        with contextlib.suppress(OSError):  # the client gave up (max size, timeout): the point
            self.route(sock, path)

    def route(self, sock: socket.socket, path: str) -> None:
        if path == "/robots.txt":
            return send(sock, 200, ROBOTS, "text/plain")
        site, _, rest = path.strip("/").partition("/")
        if site == "reset":
            return reset(sock)
        if site == "slow":
            time.sleep(self.slow_seconds)
            return send(sock, 200, listing_html(site, 1))
        if rest.startswith("list"):
            return send(sock, 200, listing_html(site, ARTICLES_PER_SITE.get(site, 1)))
        number = int(rest.rsplit("/", 1)[-1] or 0)
        if site == "trunc":
            body = article_html(site, number)
            head = header(200, len(body) + 10_000, "text/html; charset=utf-8")
            sock.sendall(head + body[: len(body) // 2])
            return sock.shutdown(socket.SHUT_RDWR)
        if site == "bomb":
            return send(sock, 200, gzip_bomb(), extra={"Content-Encoding": "gzip"})
        if site == "big":
            sock.sendall(header(200, BIG_SIZE, "text/html; charset=utf-8"))
            chunk = ("<p>" + "ข่าว" * 20_000 + "</p>").encode()[: 1024 * 1024]
            for _ in range(BIG_SIZE // len(chunk)):
                sock.sendall(chunk)
            return None
        if site == "storm":
            return send(sock, 500, b"<html><body>Internal Server Error</body></html>")
        return send(sock, 200, article_html(site, number))


def header(
    status: int, length: int, content_type: str, extra: dict[str, str] | None = None
) -> bytes:
    reason = {200: "OK", 500: "Internal Server Error"}.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}",
             f"Content-Length: {length}", "Connection: close"]  # fmt: skip
    lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def send(sock: socket.socket, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
         extra: dict[str, str] | None = None) -> None:  # fmt: skip
    sock.sendall(header(status, len(body), content_type, extra) + body)


def reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN: what a crashing server or a firewall does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def fault_sources_yaml(base_url: str) -> str:
    """One healthy source, one per fault, and one malformed entry."""
    common = (
        "    kind: listing\n"
        "    link_selector: 'a.item'\n"
        "    title_selector: 'h1'\n"
        "    date_selector: '.date'\n"
        "    body_selector: '.detail p'\n"
        "    concurrency: 4\n"
        "    autothrottle: false\n"
    )
    entries = []
    for site, extra in [("ok", ""), ("reset", ""), ("slow", "    timeout: 1\n    retry_times: 0\n"),
                        ("trunc", ""), ("bomb", ""), ("big", ""), ("storm", ""),
                        ("blocked", "")]:  # fmt: skip
        entries.append(
            f"  - id: fault-{site}\n    name: แหล่งข่าวทดสอบ {site}\n"
            f"    url: {base_url}/{site}/list\n{common}{extra}"
        )
    # malformed: a listing source without its link_selector
    entries.append(
        f"  - id: fault-malformed\n    name: ผิดรูปแบบ\n    kind: listing\n    url: {base_url}/ok/list\n"
    )
    return "sources:\n" + "".join(entries)
