"""Issue 13, crawler side, black-box: the cases test_hostile.py leaves out. A WordPress API
repeating the same posts forever stops by itself (``no_progress``); JSON too deep or too
wide is named, not a crash; sitemap nesting stops at ``sitemap_depth``; a redirect to
``file://`` is refused; and an intranet source reaches its internal host only when told
(``allow_hosts``, or ``KHAO_ALLOW_PRIVATE_HOSTS``).

Sites: 127.0.0.1 (the sources) and 127.0.0.2 (an internal service counting connections).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.hostile_helpers import (
    Outcome,
    last_runs,
    query,
    run_bounded,
    source_entry,
    write_sources,
)
from tests.hostile_server import article_html, listing_html, sitemapindex, urlset, wp_post

pytestmark = pytest.mark.slow

INTERNAL_TITLE = "ระบบภายใน ข่าวอินทราเน็ต"


class Sites:
    """Two threaded servers: ``source`` on 127.0.0.1 and ``internal`` on 127.0.0.2."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hits: dict[str, list[str]] = {"source": [], "internal": []}
        sites = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                label = "internal" if self.server.server_address[0] == "127.0.0.2" else "source"
                with sites.lock:
                    sites.hits[label].append(self.path)
                status, body, headers = sites.route(label, self.path)
                self.send_response(status)
                for name, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.servers = {label: ThreadingHTTPServer((host, 0), Handler)
                        for label, host in (("source", "127.0.0.1"), ("internal", "127.0.0.2"))}  # fmt: skip
        for server in self.servers.values():
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def base(self, label: str = "source") -> str:
        host, port = self.servers[label].server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def count(self, prefix: str, label: str = "source") -> int:
        with self.lock:
            return sum(1 for p in self.hits[label] if p.startswith(prefix))

    def route(self, label: str, raw: str) -> tuple[int, bytes, dict[str, str]]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        xml = {"Content-Type": "application/xml"}
        path = urlsplit(raw).path
        s, i = self.base(), self.base("internal")
        if label == "internal":
            return 200, article_html(INTERNAL_TITLE, 9), html
        if path.startswith("/same/wp-json/wp/v2/posts"):  # the same posts on every page
            posts = [wp_post(n, f"{s}/same/{n}/", f"ข่าวซ้ำ {n}", n) for n in (1, 2)]
            return 200, json.dumps(posts).encode(), {"Content-Type": "application/json",
                                                     "X-WP-TotalPages": "999999"}  # fmt: skip
        if path.startswith("/deep/wp-json/wp/v2/posts"):
            return 200, b"[" * 200_000 + b"]" * 200_000, {"Content-Type": "application/json"}
        if path.startswith("/wide/wp-json/wp/v2/posts"):
            return 200, b"[" + b"{}," * 400_000 + b"{}]", {"Content-Type": "application/json"}
        if path.startswith("/nest/") and path.endswith(".xml"):  # index -> index -> ... urlset
            level = int(path.rsplit("/", 1)[1].split(".")[0] or 0)
            if level < 4:
                return 200, sitemapindex([f"{s}/nest/{level + 1}.xml"]), xml
            return 200, urlset([f"{s}/nest/a/1"]), xml
        if path == "/intranet/list":
            return 200, listing_html([f"{i}/a/7", "/go-file", "/intranet/a/2"]), html
        if path == "/go-file":
            return 302, b"", {"Location": "file:///etc/passwd"}
        if "/a/" in path:
            n = int(path.rstrip("/").rsplit("/", 1)[-1])
            return 200, article_html(f"ข่าวประชาสัมพันธ์ฉบับที่ {n}", n), html
        return 404, b"not found", html


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    served = Sites()
    yield served
    served.stop()


def crawl(tmp: Path, *entries: str, timeout: float = 120, **kwargs: Any) -> tuple[Outcome, Path]:
    tmp.mkdir(parents=True, exist_ok=True)
    db = tmp / "khao.db"
    sources = write_sources(tmp / "sources.yaml", *entries)
    outcome = run_bounded(["crawl", "--db", str(db), "--sources", str(sources)],
                          tmp / "crawl.log", timeout, **kwargs)  # fmt: skip
    assert not outcome.killed, f"{outcome}\n{outcome.output[-2000:]}"
    return outcome, db


def test_wordpress_api_repeating_the_same_posts_stops_by_itself(
    sites: Sites, tmp_path: Path
) -> None:
    """X-WP-TotalPages 999999 and the same two posts on every page: page 2 brings nothing
    new, so the paging stops there and says why."""
    before = sites.count("/same/wp-json/")
    outcome, db = crawl(tmp_path, source_entry("same", "wordpress", f"{sites.base()}/same/"),
                        stop=lambda: "over 50 API pages" if sites.count("/same/wp-json/")
                        - before > 50 else None)  # fmt: skip
    assert sites.count("/same/wp-json/") - before == 2
    run = last_runs(db)["same"]
    assert run["errors"] == {"no_progress": 1}, run
    assert run["status"] == "partial" and outcome.returncode == 0
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 2


def test_json_bombs_named_and_nested_sitemaps_cut(sites: Sites, tmp_path: Path) -> None:
    s = sites.base()
    outcome, db = crawl(
        tmp_path,
        source_entry("deep", "wordpress", f"{s}/deep/"),
        source_entry("wide", "wordpress", f"{s}/wide/"),
        source_entry("nest", "sitemap", f"{s}/nest/0.xml", "    sitemap_depth: 2\n"),
    )
    runs = last_runs(db)
    assert runs["deep"]["errors"] == {"json_too_deep": 1}, runs["deep"]
    assert runs["wide"]["errors"] == {"too_large": 1}, runs["wide"]
    assert "KHAO_MAX_JSON_CONTAINERS" in runs["wide"]["error_message"]
    assert runs["nest"]["errors"] == {"sitemap_depth": 1}, runs["nest"]
    assert sites.count("/nest/3.xml") == 0 and sites.count("/nest/2.xml") == 1
    assert outcome.returncode == 1  # deep and wide failed on their first API page


def test_internal_host_only_when_allowed_and_never_a_redirect_to_file(
    sites: Sites, tmp_path: Path
) -> None:
    listing = f"{sites.base()}/intranet/list"
    internal = sites.base("internal")
    before = sites.count("/", "internal")
    _, db = crawl(tmp_path / "refused", source_entry("intranet", "listing", listing))
    assert sites.count("/", "internal") == before  # not one request
    run = last_runs(db)["intranet"]
    assert run["errors"] == {"forbidden_target": 1, "forbidden_scheme": 1}, run
    stored = [r["url"] for r in query(db, "SELECT url FROM articles")]
    assert stored == [f"{sites.base()}/intranet/a/2"]
    # told so, per source or for the whole crawl, an intranet source reads its internal host
    allowed = "    allow_hosts: ['127.0.0.2']\n"
    _, db = crawl(tmp_path / "allowed", source_entry("intranet", "listing", listing, allowed))
    assert f"{internal}/a/7" in [r["url"] for r in query(db, "SELECT url FROM articles")]
    _, db = crawl(tmp_path / "global", source_entry("intranet", "listing", listing),
                  env={"KHAO_ALLOW_PRIVATE_HOSTS": "127.0.0.0/8"})  # fmt: skip
    assert f"{internal}/a/7" in [r["url"] for r in query(db, "SELECT url FROM articles")]
    assert last_runs(db)["intranet"]["errors"] == {"forbidden_scheme": 1}
