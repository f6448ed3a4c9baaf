"""`khao sources check`: one request per source says ok / no items / blocked / unreachable;
status notes reach the user in one line, not as a stack trace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.demo.mirror import MirrorServer, StaticSite, build_demo_sites
from khao.cli import cli
from tests.conftest import free_port
from tests.crawl_helpers import crawl, write_sources

pytestmark = pytest.mark.slow

FIREWALL = ("<html><head><title>Request Rejected</title></head><body>The requested URL was"
            " rejected. Please consult with your administrator.<br>Your support ID is:"
            " 1234567890</body></html>")  # fmt: skip
JS_APP = ('<!DOCTYPE html><html><head><title>รัฐบาลไทย</title></head><body><div id="__next">'
          '</div><script src="/_next/static/chunks/main.js"></script></body></html>')  # fmt: skip
LISTING = """
    link_selector: "a.news-title"
"""
SOURCES = f"""
  - id: js-app
    name: เว็บที่เป็น JavaScript app
    kind: listing
    url: ${{MIRROR}}/spa/news{LISTING}    enabled: false
    status_note: now a JavaScript app (the listing is rendered in the browser)
  - id: firewall
    name: เว็บที่มีไฟร์วอลล์
    kind: listing
    url: ${{MIRROR}}/waf/news{LISTING}
  - id: forbidden
    name: เว็บที่ตอบ 403
    kind: listing
    url: ${{MIRROR}}/fault/403/99/-/news{LISTING}
  - id: robots
    name: เว็บที่ robots.txt ห้าม
    kind: listing
    url: ${{MIRROR}}/private/news{LISTING}
  - id: gone
    name: เว็บที่ปิดไปแล้ว
    kind: feed
    url: http://127.0.0.1:{free_port()}/rss.xml
"""


@pytest.fixture(scope="module")
def server() -> Iterator[MirrorServer]:
    extra = [StaticSite("spa", {"news": JS_APP}), StaticSite("waf", {"news": FIREWALL})]
    mirror = MirrorServer([*build_demo_sites(60), *extra]).start()
    yield mirror
    mirror.stop()


def test_check_reports_each_source_in_one_line(server: MirrorServer, tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources.yaml", server, SOURCES)
    result = CliRunner().invoke(cli, ["sources", "--sources", str(sources), "check",
                                      "--timeout", "5"], env={"COLUMNS": "250"})  # fmt: skip
    assert result.exit_code == 1, result.output  # not every source is ok
    lines = {line.split("│")[1].strip(): line for line in result.output.splitlines()
             if line.startswith("│") and line.split("│")[1].strip()}  # fmt: skip
    for demo in ("demo-obec", "demo-thaigov", "demo-prd", "demo-moe", "demo-oldphp", "demo-esan"):
        assert "│ ok " in lines[demo] and "items at" in lines[demo], lines[demo]
    assert "no items" in lines["js-app"] and "JavaScript app" in lines["js-app"]
    assert "blocked" in lines["firewall"] and "firewall page" in lines["firewall"]
    assert "blocked" in lines["forbidden"] and "HTTP 403" in lines["forbidden"]
    assert "blocked" in lines["robots"] and "robots.txt" in lines["robots"]
    assert "unreachable" in lines["gone"]
    assert "note: js-app: now a JavaScript app" in result.output
    assert "Traceback" not in result.output
    # one request per source (WordPress: its first API page), plus robots.txt
    assert server.request_paths("/obec/") == ["/obec/wp-json/wp/v2/posts?per_page=10&page=1"]


def test_check_with_ids_checks_only_those(server: MirrorServer, tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources.yaml", server, SOURCES)
    result = CliRunner().invoke(cli, ["sources", "--sources", str(sources), "check", "demo-prd"],
                                env={"COLUMNS": "250"})  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "demo-prd" in result.output and "demo-obec" not in result.output


def test_crawl_names_disabled_and_blocked_sources_in_one_line(
    server: MirrorServer, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.yaml", server, SOURCES)
    result = crawl(tmp_path / "khao.db", sources, "demo-oldphp", "forbidden")
    assert result.returncode == 1
    assert "forbidden failed: http_403: HTTP 403: the site refuses the crawler" in result.stdout
    result = crawl(tmp_path / "khao.db", sources, "js-app")
    assert "note: js-app: now a JavaScript app (the listing is rendered in the browser)" in (
        result.stdout
    )
    assert "Traceback" not in result.stdout + result.stderr
