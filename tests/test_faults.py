"""Reliability: every network fault ends in a readable crawl_runs row, never in a stuck or
crashed crawl, and the healthy source in the same run is still stored. Plus process faults:
kill -9 mid-crawl, then a rerun loses nothing and stores nothing twice."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from testbed.processes import wait_with_peak
from tests.conftest import ROOT, run_khao
from tests.fault_server import ARTICLES_PER_SITE, FaultServer, fault_sources_yaml

pytestmark = pytest.mark.slow


@dataclass
class FaultCrawl:
    returncode: int
    output: str
    seconds: float
    max_rss_mb: float
    runs: dict[str, dict]
    articles: dict[str, int]
    server: FaultServer


def run_with_rusage(args: list[str], log: Path, timeout: float = 300) -> tuple[int, float, float]:
    """Run the CLI; return exit code, seconds and the child's own peak RSS (MB)."""
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}
    started = time.monotonic()
    with log.open("wb") as handle:
        process = subprocess.Popen([sys.executable, "-m", "khao", *args], cwd=ROOT, env=env,
                                   stdout=handle, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            code, peak = wait_with_peak(process, timeout)
        except TimeoutError:
            raise AssertionError(f"crawl hung: {log.read_text()[-3000:]}") from None
    return code, time.monotonic() - started, peak


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultCrawl]:
    """One crawl of every faulty source at once (and one healthy one): fast, and proves
    that faults do not leak from one source to another."""
    tmp = tmp_path_factory.mktemp("faults")
    server = FaultServer(slow_seconds=4).start()
    sources = tmp / "sources.yaml"
    sources.write_text(fault_sources_yaml(server.url), encoding="utf-8")
    db = tmp / "khao.db"
    code, seconds, rss = run_with_rusage(["crawl", "--db", str(db), "--sources", str(sources)],
                                         tmp / "crawl.log")  # fmt: skip
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        runs = {
            (r["source_id"] or "config"): dict(r) for r in conn.execute("SELECT * FROM crawl_runs")
        }
        articles = dict(
            conn.execute("SELECT source_id, count(*) FROM articles GROUP BY source_id").fetchall()
        )
    yield FaultCrawl(code, (tmp / "crawl.log").read_text(), seconds, rss, runs, articles, server)
    server.stop()


def errors_of(run: dict) -> dict[str, int]:
    return json.loads(run["errors"] or "{}")


def test_crawl_finishes_with_exit_2_and_the_healthy_source_stored(fault_crawl: FaultCrawl) -> None:
    # 2, not 1: the sources file has a malformed entry, which only a person can fix (the
    # failing sites are retried by the next run); the healthy source is crawled all the same
    assert fault_crawl.returncode == 2, fault_crawl.output
    assert fault_crawl.articles.get("fault-ok") == ARTICLES_PER_SITE["ok"]
    assert fault_crawl.runs["fault-ok"]["status"] == "ok"
    assert fault_crawl.seconds < 120


def test_connection_reset_fails_the_source_with_a_reason(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-reset"]
    assert run["status"] == "failed"
    assert run["error_message"] and errors_of(run), run
    assert "fault-reset failed" in fault_crawl.output


def test_slow_answer_past_the_timeout_is_reported_as_timeout(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-slow"]
    assert run["status"] == "failed"
    assert "timeout" in errors_of(run), run
    assert "no answer within 1 s" in run["error_message"]


def test_truncated_bodies_are_errors_not_half_articles(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-trunc"]
    assert run["status"] == "partial"
    assert run["articles_failed"] == ARTICLES_PER_SITE["trunc"], run
    assert "fault-trunc" not in fault_crawl.articles  # nothing half-stored


def test_gzip_bomb_is_refused_without_inflating_memory(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-bomb"]
    # Scrapy checks DOWNLOAD_MAXSIZE while inflating; khao files it as too_large
    assert errors_of(run).get("too_large") == ARTICLES_PER_SITE["bomb"], run
    assert "DOWNLOAD_MAXSIZE" in (run["error_message"] or ""), run
    assert "fault-bomb" not in fault_crawl.articles
    # 1 GiB once inflated: the crawler stopped at DOWNLOAD_MAXSIZE (20 MB) instead
    assert fault_crawl.max_rss_mb < 600, fault_crawl.max_rss_mb


def test_50_mb_page_is_cut_at_the_size_limit(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-big"]
    assert errors_of(run).get("too_large") == 1, run
    assert "DOWNLOAD_MAXSIZE" in (run["error_message"] or "")


def test_500_storm_is_retried_then_counted_per_article(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-storm"]
    count = ARTICLES_PER_SITE["storm"]
    assert run["status"] == "partial"
    assert errors_of(run).get("http_500") == count, run
    assert json.loads(run["http_status"]).get("500") == count * 3  # 2 retries each
    assert len(fault_crawl.server.paths("/storm/a/")) == count * 3


def test_robots_disallow_is_obeyed_and_explained(fault_crawl: FaultCrawl) -> None:
    run = fault_crawl.runs["fault-blocked"]
    assert run["status"] == "failed"
    assert "robots_forbidden" in errors_of(run)
    assert "robots.txt" in run["error_message"]
    assert fault_crawl.server.paths("/blocked/") == []  # never fetched


def test_malformed_entry_names_entry_and_field_and_others_still_crawl(
    fault_crawl: FaultCrawl,
) -> None:
    run = fault_crawl.runs["config"]
    assert run["status"] == "config_error"
    assert "fault-malformed" in run["error_message"] and "link_selector" in run["error_message"]
    assert "fault-malformed" in fault_crawl.output and "link_selector" in fault_crawl.output
    assert fault_crawl.articles.get("fault-ok") == ARTICLES_PER_SITE["ok"]


# --------------------------------------------------------------------------- kill -9
def test_kill_9_mid_crawl_then_rerun_loses_nothing_and_stores_nothing_twice(tmp_path: Path) -> None:
    mirror = MirrorServer(build_demo_sites(300)).start()
    try:
        data = yaml.safe_load(demo_sources_yaml(mirror.url))
        data["sources"] = [dict(s, download_delay=0.02, concurrency=2) for s in data["sources"]
                           if s["id"] in ("demo-obec", "demo-thaigov")]  # fmt: skip
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        db = tmp_path / "khao.db"
        env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
        crawl = subprocess.Popen([sys.executable, "-m", "khao", "crawl", "--db", str(db),
                                  "--sources", str(sources)], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 120
        while stored(db) < 40:
            assert crawl.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait()
        first = stored(db)
        expected = len(mirror.site("obec").articles) + len(mirror.site("thaigov").articles)
        assert first < expected, "killed too late to test anything"
        again = run_khao("crawl", "--db", str(db), "--sources", str(sources))
        assert again.returncode == 0, again.stdout + again.stderr
    finally:
        mirror.stop()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        runs = conn.execute("SELECT run_id, status FROM crawl_runs ORDER BY id").fetchall()
    assert len(ids) == expected == len(set(ids)) == len(set(urls))
    assert fts == expected  # the search index has no ghost or double rows either
    first_run = runs[0][0]
    assert {status for run_id, status in runs if run_id == first_run} == {"interrupted"}
    assert {status for run_id, status in runs if run_id != first_run} == {"ok"}


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
