"""Issue 6: cron-safe crawls. One crawl per database (the second refuses at once with its own
exit status), the lock survives kill -9, Datasette answers while a crawl writes, and
`khao status` shows what a person checks when an alert stays silent."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.demo.mirror import MirrorServer, demo_sources_yaml
from khao import exitcodes
from khao.lock import is_locked
from testbed.processes import process_tree
from testbed.served import get_json, khao_serve
from tests.conftest import ROOT, run_khao

pytestmark = pytest.mark.slow


@pytest.fixture
def slow_sources(mirror: MirrorServer, tmp_path: Path) -> Path:
    """The demo sources, one request at a time with a delay: a crawl of a few seconds."""
    text = demo_sources_yaml(mirror.url).replace(
        "concurrency: 8", "concurrency: 1\n    download_delay: 0.05"
    )
    path = tmp_path / "slow.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def start_crawl(db: Path, sources: Path, *extra: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "khao", "crawl", "--db", str(db), "--sources", str(sources), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHAINLP_OFFLINE": "1"},
    )
    deadline = time.monotonic() + 60
    while not is_locked(db):  # the crawl holds the lock from its first moment
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "crawl never took the lock"
        time.sleep(0.05)
    return process


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the crawl has not created the tables yet
        return 0


def count(base: str) -> int:
    data = get_json(base + "/khao.json", sql="SELECT COUNT(*) AS n FROM articles", _shape="array")
    return int(data[0]["n"])


def test_second_crawl_refuses_while_datasette_serves_the_first(
    db_path: Path, slow_sources: Path, tmp_path: Path
) -> None:
    log = tmp_path / "crawl.log"
    first = start_crawl(db_path, slow_sources, "--log-file", str(log))
    second = run_khao("crawl", "--db", str(db_path), "--sources", str(slow_sources), timeout=30)
    assert second.returncode == exitcodes.LOCKED
    assert "another crawl" in second.stderr and f"pid {first.pid}" in second.stderr

    seen: list[int] = []
    with khao_serve(db_path) as base:
        while first.poll() is None:
            seen.append(count(base))  # reads succeed while the crawl writes
            time.sleep(0.2)
        final = count(base)
    out, err = first.communicate()
    assert first.returncode == exitcodes.OK, out + err
    assert len(seen) >= 3 and seen == sorted(seen)
    assert seen[0] < final  # some answers came while articles were still arriving
    assert log.exists() and log.stat().st_size > 0  # logs to a file on request

    status = run_khao("status", "--db", str(db_path), "--format", "json")
    sources = {s["source_id"]: s for s in json.loads(status.stdout)["sources"]}
    assert {s["last_status"] for s in sources.values()} == {"ok"}
    assert all(s["last_run_new"] > 0 and s["hours_since_new_article"] < 1 for s in sources.values())
    assert json.loads(status.stdout)["crawl_running"] is None
    table = run_khao("status", "--db", str(db_path))
    assert "demo-obec" in table.stdout and "min ago" in table.stdout


def test_killed_crawl_leaves_no_stale_lock(db_path: Path, slow_sources: Path) -> None:
    crawl = start_crawl(db_path, slow_sources)
    deadline = time.monotonic() + 60
    while not stored(db_path):  # kill it mid-run, with articles arriving
        assert time.monotonic() < deadline and crawl.poll() is None
        time.sleep(0.05)
    helpers = process_tree(crawl.pid)[1:]  # the NER pool: forkserver, workers, resource tracker
    assert helpers, "the crawl runs NER in worker processes by default"
    os.kill(crawl.pid, signal.SIGKILL)  # what an OOM killer or a reboot does
    crawl.communicate(timeout=60)  # returns only once no orphan holds the crawl's stdout
    deadline = time.monotonic() + 30
    while alive := [pid for pid in helpers if Path(f"/proc/{pid}").exists()]:
        assert time.monotonic() < deadline, f"pool processes outlived the crawl: {alive}"
        time.sleep(0.1)
    assert is_locked(db_path) is None
    again = run_khao("crawl", "--db", str(db_path), "--sources", str(slow_sources), "--source",
                     "demo-obec")  # fmt: skip
    assert again.returncode == exitcodes.OK, again.stdout + again.stderr
    status = json.loads(run_khao("status", "--db", str(db_path), "--format", "json").stdout)
    statuses = {s["source_id"]: s["last_status"] for s in status["sources"]}
    assert statuses["demo-obec"] == "ok"
    assert statuses["demo-thaigov"] == "interrupted"  # killed mid-run: recorded as such


def test_crawl_then_alerts_in_one_cron_line(mirror: MirrorServer, demo_sources: Path,
                                            db_path: Path, tmp_path: Path) -> None:  # fmt: skip
    rules = tmp_path / "alerts.yaml"
    rules.write_text(
        "defaults:\n  first_run_lookback_hours: 1000000\nrules:\n  - name: สพฐ\n    source: demo-obec\n",
        encoding="utf-8",
    )  # the demo's articles are years old
    result = run_khao("crawl", "--db", str(db_path), "--sources", str(demo_sources),
                      "--alerts", str(rules))  # fmt: skip
    assert result.returncode == exitcodes.OK, result.stderr
    with sqlite3.connect(db_path) as conn:
        (obec,) = conn.execute(
            "SELECT COUNT(*) FROM articles WHERE source_id = 'demo-obec'"
        ).fetchone()
        kinds = {r[0] for r in conn.execute("SELECT DISTINCT kind FROM articles")}
    assert obec > 0 and result.stdout.count("[สพฐ] ") == obec  # every new article, once
    assert None not in kinds and kinds <= {"policy", "award", "ceremony", "visit", "event", "other"}
    again = run_khao("alerts", "--db", str(db_path), "--rules", str(rules))
    assert again.stdout == ""
