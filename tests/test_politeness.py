"""Politeness and hostile answers: robots.txt, 429 with Retry-After, 503 bursts, timeouts,
redirect loops, non-HTML links, oversized pages, the User-Agent, per-site concurrency.

One crawl of many small sources (each one a situation) through the real CLI; every test
reads the outcome a user would read in crawl_runs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.corpus import demo_articles
from crawler.demo.mirror import MirrorServer, OldPhpSite, StaticSite
from crawler.settings import KHAO_CONTACT_URL
from tests.crawl_helpers import crawl, crawled_sites, last_runs, query, write_sources

pytestmark = pytest.mark.slow

ARTICLES = demo_articles(60)
SITES = {name: ARTICLES[i * 3 : i * 3 + 3] for i, name in enumerate(
    ("ok429", "ok503", "mixed", "slowsite"))}  # fmt: skip
OLDPHP = """
    kind: listing
    link_selector: "table.news a.topic, a.news"
    title_selector: "td.topic"
    date_selector: "td.date"
    body_selector: "td.detail p"
    autothrottle: false
"""


def source(source_id: str, url: str, extra: str = "") -> str:
    return f"""
  - id: {source_id}
    name: {source_id}
    url: ${{MIRROR}}{url}{OLDPHP}{extra}"""


SOURCES = "".join(
    [
        source("robots", "/private/news.php"),
        source("rate-limited-recovers", "/fault/429/2/1/ok429/news.php"),
        source("rate-limited-gives-up", "/fault/429/99/1/x/news.php", "    retry_times: 1\n"),
        source("retry-after-too-long", "/fault/429/99/3600/x/news.php"),
        source(
            "unavailable-burst",
            "/fault/503/2/-/ok503/news.php",
            "    options: {retry_backoff: 0.2}\n",
        ),
        source(
            "unavailable-forever",
            "/fault/503/99/-/x/news.php",
            "    options: {retry_backoff: 0.1}\n",
        ),
        source("timeout", "/fault/slow/3/x/news.php", "    timeout: 1\n    retry_times: 0\n"),
        source("redirect-loop", "/fault/redirect-loop/a"),
        source("mixed", "/mixed/news.html", "    max_page_bytes: 1048576\n"),
    ]
)
MIXED_LISTING = f"""<html><body><h1>ข่าว</h1>
<a class="news" href="/fault/pdf/circular-12">หนังสือเวียน (PDF ไม่มีนามสกุล)</a>
<a class="news" href="/fault/big/2048/page">หน้าใหญ่ 2 MiB</a>
<a class="news" href="/mixed/view.php?p={SITES["mixed"][0].number}">ข่าวจริง</a>
</body></html>"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    private = StaticSite("private", {"news.php": "<html><body>ลับ</body></html>"})
    mixed = OldPhpSite("mixed", SITES["mixed"])
    mixed_listing = StaticSite("mixed-listing", {})
    sites = [OldPhpSite("ok429", SITES["ok429"]), OldPhpSite("ok503", SITES["ok503"]),
             private, mixed, mixed_listing]  # fmt: skip
    # the mixed site's listing is a hand-written page: put it in front of the PHP site
    original = mixed.handle
    mixed.handle = lambda path, query: (  # type: ignore[method-assign]
        StaticSite("m", {"news.html": MIXED_LISTING}).handle(path, query)
        if path == "news.html" else original(path, query)
    )  # fmt: skip
    with crawled_sites(tmp_path_factory.mktemp("politeness"), sites, SOURCES) as crawled:
        yield crawled


def requests_to(crawled: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    return [r for r in crawled["server"].requests if r["path"].startswith(prefix)]


def test_robots_txt_disallow_is_obeyed(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["robots"]
    assert run["status"] == "failed"
    assert "robots.txt forbids" in run["error_message"]
    assert requests_to(crawled, "/private/") == []


def test_429_with_retry_after_waits_then_succeeds(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["rate-limited-recovers"]
    assert run["status"] == "ok" and run["articles_new"] == 3
    assert run["http_status"]["429"] == 2
    hits = requests_to(crawled, "/fault/429/2/1/")
    assert [h["status"] for h in hits] == [429, 429, 200]
    gaps = [b["at"] - a["at"] for a, b in itertools.pairwise(hits)]
    assert all(gap >= 0.95 for gap in gaps), gaps  # Retry-After: 1 honoured


def test_429_that_never_ends_gives_up_with_a_clear_reason(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["rate-limited-gives-up"]
    assert run["status"] == "failed" and run["errors"] == {"rate_limited": 1}
    assert "gave up after 1 retries" in run["error_message"]
    assert len(requests_to(crawled, "/fault/429/99/1/")) == 2  # bounded


def test_a_retry_after_beyond_the_limit_is_not_waited_for(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["retry-after-too-long"]
    assert run["status"] == "failed"
    assert "asks to wait 3600 s" in run["error_message"]
    assert len(requests_to(crawled, "/fault/429/99/3600/")) == 1


def test_a_burst_of_503_is_ridden_out(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["unavailable-burst"]
    assert run["status"] == "ok" and run["articles_new"] == 3
    assert run["http_status"]["503"] == 2


def test_503_forever_fails_after_bounded_retries(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["unavailable-forever"]
    assert run["status"] == "failed" and run["errors"] == {"unavailable": 1}
    assert len(requests_to(crawled, "/fault/503/99/")) == 3  # 1 + RETRY_TIMES (2)


def test_a_page_that_never_answers_times_out(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["timeout"]
    assert run["status"] == "failed" and run["errors"] == {"timeout": 1}
    assert "no answer within 1 s" in run["error_message"]


def test_a_redirect_loop_is_named(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["redirect-loop"]
    assert run["status"] == "failed" and run["errors"] == {"redirect_loop": 1}
    assert "redirect loop" in run["error_message"]
    assert len(requests_to(crawled, "/fault/redirect-loop/")) <= 3


def test_pdf_and_oversized_pages_are_skipped_with_a_reason(crawled: dict[str, Any]) -> None:
    run = crawled["runs"]["mixed"]
    assert run["status"] == "partial"
    assert run["errors"] == {"not_html": 1, "too_large": 1}
    urls = [r[0] for r in query(crawled["db"], "SELECT url FROM articles WHERE source_id='mixed'")]
    assert len(urls) == 1 and "/mixed/view.php" in urls[0]


def test_one_failing_source_never_stops_the_others(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 1  # some sources failed ...
    assert len(crawled["runs"]) == 9  # ... and every source still has its own crawl_runs row
    assert all(r["finished_at"] for r in crawled["runs"].values())


def test_every_request_names_khao_and_a_contact_url(crawled: dict[str, Any]) -> None:
    agents = {r["user_agent"] for r in crawled["server"].requests}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("khao/") and KHAO_CONTACT_URL in agent


def test_at_most_two_requests_at_once_per_site_by_default(tmp_path: Path) -> None:
    articles = ARTICLES[30:40]
    links = "".join(
        f'<a class="news" href="/fault/slow/0.4/slowsite/view.php?p={a.number}">ข่าว</a>'
        for a in articles
    )
    listing = StaticSite("slowlist", {"news.html": f"<html><body>{links}</body></html>"})
    server = MirrorServer([listing, OldPhpSite("slowsite", articles)]).start()
    try:
        extra = source("slow", "/slowlist/news.html")  # no concurrency override
        db = tmp_path / "khao.db"
        result = crawl(db, write_sources(tmp_path / "s.yaml", server, extra, demo=False))
        assert result.returncode == 0, result.stdout
        assert last_runs(db)["slow"]["articles_new"] == 10
        assert server.max_in_flight == 2  # CONCURRENT_REQUESTS_PER_DOMAIN = 2
    finally:
        server.stop()
