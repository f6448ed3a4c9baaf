"""Distributed mode: a real redis-server, two `khao crawl --redis` workers, one `khao ingest`."""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from crawler.distributed.keys import HEARTBEAT_TTL, Keys, current_run
from testbed.redis_server import worker_args, writer_args
from tests.conftest import ROOT, run_khao

pytestmark = pytest.mark.slow
SOURCES = ("demo-obec", "demo-thaigov")


def write_sources(mirror: MirrorServer, path: Path, **options: Any) -> Path:
    data = yaml.safe_load(demo_sources_yaml(mirror.url))
    data["sources"] = [dict(s, **options) for s in data["sources"] if s["id"] in SOURCES]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def khao_process(*args: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}
    handle = log.open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "khao", *args],
        cwd=ROOT,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
    )


def expected_urls(mirror: MirrorServer) -> int:
    return len(mirror.site("obec").articles) + len(mirror.site("thaigov").articles)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def run_distributed(
    redis_url: str, db: Path, sources: Path, tmp: Path, workers: int = 2, idle: str = "3"
) -> tuple[subprocess.Popen, list[subprocess.Popen]]:
    writer = khao_process(*writer_args(redis_url, db, sources, idle), log=tmp / "writer.log")
    crawlers = [
        khao_process(*worker_args(redis_url, sources, idle), log=tmp / f"worker{i}.log")
        for i in range(workers)
    ]
    return writer, crawlers


def share_the_queue(redis_url: str, workers: list[subprocess.Popen], timeout: float = 90) -> None:
    """Hold (SIGSTOP) the first worker to take requests, once others wait in the queue,
    until every worker has taken one: the test of sharing must not depend on how long each
    process takes to start, which on a loaded machine can outlast the whole crawl. While a
    worker is held its heartbeat is kept alive here, so nobody takes it for dead; after
    ``timeout`` every worker runs free.
    """
    import redis

    client = redis.Redis.from_url(redis_url)
    prefix = {p.pid: f"{socket.gethostname()}-{p.pid}-" for p in workers}
    working: set[int] = set()  # pids that have taken a request
    held: dict[int, str] = {}  # pid -> its heartbeat key
    deadline = time.monotonic() + timeout
    try:
        while len(working) < len(workers) and time.monotonic() < deadline:
            run = current_run(client)
            if run is not None:
                keys = Keys(run.run_id)
                owners = [o.decode() for s in run.sources for o in client.hvals(keys.leases(s))]
                working |= {pid for pid, start in prefix.items()
                            if any(o.startswith(start) for o in owners)}  # fmt: skip
                waiting = sum(int(client.zcard(keys.queue(s))) for s in run.sources)
                if len(working) == 1 and waiting >= 3:
                    for pid in working - held.keys():
                        os.kill(pid, signal.SIGSTOP)
                        owner = next(o for o in owners if o.startswith(prefix[pid]))
                        held[pid] = keys.worker(owner)
            for heartbeat in held.values():
                client.set(heartbeat, str(time.time()), ex=HEARTBEAT_TTL)
            time.sleep(0.005)
    finally:
        for pid in held:
            os.kill(pid, signal.SIGCONT)


def wait_all(processes: list[subprocess.Popen], timeout: float = 240) -> list[int]:
    return [p.wait(timeout=timeout) for p in processes]


def test_two_workers_and_one_writer_store_every_article_once_like_a_local_crawl(
    redis_url: str, tmp_path: Path
) -> None:
    mirror = MirrorServer(build_demo_sites(120)).start()
    try:
        # paced so that neither worker can drain the queue alone once both have started
        sources = write_sources(
            mirror, tmp_path / "sources.yaml", download_delay=0.2, autothrottle=False
        )
        db = tmp_path / "distributed.db"
        writer, workers = run_distributed(redis_url, db, sources, tmp_path)
        share_the_queue(redis_url, workers)
        codes = wait_all([*workers, writer])
        logs = "\n".join(p.read_text() for p in sorted(tmp_path.glob("*.log")))
        assert codes == [0, 0, 0], logs
        local = tmp_path / "local.db"
        result = run_khao("crawl", "--db", str(local), "--sources", str(sources))
        assert result.returncode == 0, result.stdout + result.stderr
    finally:
        mirror.stop()
    stored = rows(db, "SELECT url FROM articles")
    assert len(stored) == expected_urls(mirror) == len(set(stored))
    # same results as a single-machine crawl: same ids, titles, bodies, dates
    fields = "id, url, title, body, published_at, content_hash"
    assert sorted(rows(db, f"SELECT {fields} FROM articles")) == sorted(
        rows(local, f"SELECT {fields} FROM articles")
    )
    runs = rows(db, "SELECT source_id, mode, status, articles_new, pages_fetched FROM crawl_runs")
    assert {r[0] for r in runs} == set(SOURCES)
    assert all(r[1] == "redis" and r[2] == "ok" for r in runs), runs
    assert sum(r[3] for r in runs) == expected_urls(mirror)
    assert all(r[4] > 0 for r in runs), runs
    # both workers did part of the work
    for log in ("worker0.log", "worker1.log"):
        text = (tmp_path / log).read_text()
        sent = [int(n) for n in re.findall(r"(\d+) articles sent to the writer", text)]
        assert sent and sum(sent) > 0, text
    assert redis_keys(redis_url) == [], "the writer deletes the run's keys when it ends"


def count_articles(db: Path) -> int:
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def redis_keys(url: str) -> list[bytes]:
    import redis

    return redis.Redis.from_url(url).keys("khao:*")


def test_a_worker_killed_mid_crawl_loses_nothing(redis_url: str, tmp_path: Path) -> None:
    import redis

    mirror = MirrorServer(build_demo_sites(300)).start()
    client = redis.Redis.from_url(redis_url)
    try:
        sources = write_sources(
            mirror, tmp_path / "sources.yaml", download_delay=0.08, concurrency=2
        )
        db = tmp_path / "distributed.db"
        writer, (victim, survivor) = run_distributed(redis_url, db, sources, tmp_path, idle="4")
        owner_prefix = f"{socket.gethostname()}-{victim.pid}-"
        deadline = time.monotonic() + 120
        killed = False
        while time.monotonic() < deadline and not killed:
            stored = count_articles(db)
            for key in client.scan_iter(match="khao:*:leases"):
                owners = [v.decode() for v in client.hvals(key)]
                # kill it while it holds requests nobody else has
                if stored >= 20 and any(o.startswith(owner_prefix) for o in owners):
                    os.kill(victim.pid, signal.SIGKILL)
                    killed = True
                    break
            time.sleep(0.01)
        assert killed, "the worker never held a request mid-crawl"
        codes = wait_all([survivor, writer])
        victim.wait(timeout=10)
        logs = "\n".join(p.read_text() for p in sorted(tmp_path.glob("*.log")))
        assert codes == [0, 0], logs
    finally:
        mirror.stop()
    urls = rows(db, "SELECT url FROM articles")
    assert len(urls) == expected_urls(mirror) == len(set(urls)), logs
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert (
        "requeued" in (tmp_path / "worker1.log").read_text() + (tmp_path / "writer.log").read_text()
    )


def test_worker_without_a_writer_says_what_to_start(redis_url: str, tmp_path: Path) -> None:
    mirror = MirrorServer(build_demo_sites(30)).start()
    try:
        sources = write_sources(mirror, tmp_path / "sources.yaml")
        result = run_khao(
            "crawl", "--redis", redis_url, "--sources", str(sources), "--idle-exit", "1"
        )
    finally:
        mirror.stop()
    assert result.returncode == 1
    assert "khao ingest --redis" in result.stdout + result.stderr


def test_writer_with_no_worker_exits_after_idle_and_records_why(
    redis_url: str, tmp_path: Path
) -> None:
    mirror = MirrorServer(build_demo_sites(30)).start()
    try:
        sources = write_sources(mirror, tmp_path / "sources.yaml")
        db = tmp_path / "khao.db"
        started = time.monotonic()
        result = run_khao(*writer_args(redis_url, db, sources, 2))
        elapsed = time.monotonic() - started
    finally:
        mirror.stop()
    assert result.returncode == 1, result.stdout + result.stderr
    assert elapsed < 30
    runs = rows(db, "SELECT mode, status, error_message FROM crawl_runs")
    assert runs and all(r[0] == "redis" and r[1] == "failed" for r in runs)
    assert "no worker" in runs[0][2]


def test_a_distributed_run_walks_in_full_a_source_whose_last_walk_was_cut(
    redis_url: str, tmp_path: Path
) -> None:
    """Issue 12: the writer tells the workers which sources to walk in full. A local crawl
    stopped half-way leaves a hole deep in the listing; a distributed run must fill it."""
    mirror = MirrorServer(build_demo_sites(120)).start()
    try:
        sources = write_sources(mirror, tmp_path / "sources.yaml", download_delay=0.05)
        db = tmp_path / "khao.db"
        assert run_khao("crawl", "--db", str(db), "--sources", str(sources)).returncode == 0
        with sqlite3.connect(db) as conn:  # a walk cut at page 2: the older articles lost
            keep = {r[0] for r in conn.execute(
                "SELECT id FROM articles WHERE source_id = 'demo-thaigov'"
                " ORDER BY published_at DESC LIMIT 15")}  # fmt: skip
            lost = conn.execute("SELECT count(*) FROM articles WHERE source_id = 'demo-thaigov'"
                                ).fetchone()[0] - len(keep)  # fmt: skip
            for table in ("article_entities", "attachments", "article_revisions"):
                conn.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM articles"
                             " WHERE source_id = 'demo-thaigov')")  # fmt: skip
            conn.execute("DELETE FROM url_aliases WHERE article_id IN (SELECT id FROM articles"
                         " WHERE source_id = 'demo-thaigov')")  # fmt: skip
            conn.execute(f"DELETE FROM articles WHERE source_id = 'demo-thaigov' AND id NOT IN"
                         f" ({','.join('?' * len(keep))})", sorted(keep))  # fmt: skip
            conn.execute("UPDATE source_walks SET complete = 0 WHERE source_id = 'demo-thaigov'")
        assert lost > 0
        writer, workers = run_distributed(redis_url, db, sources, tmp_path, workers=1)
        codes = wait_all([*workers, writer])
        logs = "\n".join(p.read_text() for p in sorted(tmp_path.glob("*.log")))
        assert codes == [0, 0], logs
    finally:
        mirror.stop()
    stored = rows(db, "SELECT url FROM articles")
    assert len(stored) == expected_urls(mirror) == len(set(stored))
    assert rows(db, "SELECT complete FROM source_walks ORDER BY source_id") == [(1,), (1,)]


def test_a_worker_stops_soon_after_its_writer_closes_the_run(
    redis_url: str, tmp_path: Path
) -> None:
    """A writer that stops early (Ctrl-C here; a full disk does the same) closes the run:
    its worker stops within seconds instead of walking the rest of the sites (a minute more
    at this pace) into keys nobody will read, and sends no report to the closed run."""
    import redis

    mirror = MirrorServer(build_demo_sites(300)).start()
    client = redis.Redis.from_url(redis_url)
    try:
        sources = write_sources(
            mirror, tmp_path / "sources.yaml", download_delay=0.2, concurrency=1
        )
        db = tmp_path / "khao.db"
        writer, (worker,) = run_distributed(redis_url, db, sources, tmp_path, workers=1, idle="30")
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and (not db.exists() or count_articles(db) < 5):
                time.sleep(0.2)
            run = current_run(client)
            assert run is not None and count_articles(db) >= 5
            writer.send_signal(signal.SIGINT)
            writer.wait(timeout=60)
            closed = time.monotonic()
            code = worker.wait(timeout=60)
            took = time.monotonic() - closed
        finally:
            for process in (writer, worker):
                if process.poll() is None:
                    process.kill()
    finally:
        mirror.stop()
    output = (tmp_path / "worker0.log").read_text()
    assert code == 0, output
    assert took < 15, f"the worker crawled on for {took:.0f} s after the run was closed"
    assert "closed by its writer" in output and "run_closed" in output, output
    assert client.llen(Keys(run.run_id).reports) == 0
    assert count_articles(db) < expected_urls(mirror)  # it did stop early
