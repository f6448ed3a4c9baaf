"""Crawl benchmarks on the demo mirror: end to end vs `scrapy bench`, incremental requests,
two distributed workers vs one. Run: `.venv/bin/python -m bench.crawl [articles]`.

Every crawl is the real `khao` CLI in a subprocess, timed from outside; the mirror serves
from this process. Politeness is off (concurrency 16, no delay, no autothrottle): we measure
khao, not the sleep between requests.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from testbed.processes import peak_rss_mb, process_tree
from testbed.redis_server import worker_args, writer_args

ROOT = Path(__file__).resolve().parent.parent
BENCH_SOURCES = ("demo-obec", "demo-thaigov")
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}


@dataclass
class Timed:
    seconds: float
    # the process's own VmHWM at its last sample (every 0.2 s), not wait4's ru_maxrss,
    # which includes this process's own peak (the mirror) when it started the crawl
    max_rss_mb: float
    returncode: int
    max_tree_pss_mb: float = 0.0  # the crawl and its NER workers, sampled every 0.2 s


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process tree: shared pages (the forkserver's preloaded
    model) are split between the processes, so the sum is the tree's real footprint."""
    total_kb = 0
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
                    break
        except OSError:
            continue
    return total_kb / 1024


def run_timed(args: list[str], log: Path | None = None) -> Timed:
    """Run a command; wall time, the child's own peak RSS (sampled) and the peak PSS of its tree."""
    started = time.monotonic()
    out = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(args, cwd=ROOT, env=ENV, stdout=out, stderr=subprocess.STDOUT)
    peak_tree = peak_own = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_own
        while not done.wait(0.2):
            peak_own = max(peak_own, peak_rss_mb(process.pid) or 0.0)
            peak_tree = max(peak_tree, tree_pss_mb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, _ = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    if log:
        out.close()  # type: ignore[union-attr]
    return Timed(time.monotonic() - started, peak_own, os.waitstatus_to_exitcode(status), peak_tree)


def khao(*args: str) -> list[str]:
    return [sys.executable, "-m", "khao", *args]


def bench_sources(mirror: MirrorServer, path: Path) -> Path:
    data = yaml.safe_load(demo_sources_yaml(mirror.url))
    data["sources"] = [
        # no per-run caps (0): the benchmarks crawl up to 50,000 articles in one run
        dict(s, concurrency=16, autothrottle=False, download_delay=0, max_pages=0, max_articles=0)
        for s in data["sources"]
        if s["id"] in BENCH_SOURCES
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def expected_articles(mirror: MirrorServer) -> int:
    return len(mirror.site("obec").articles) + len(mirror.site("thaigov").articles)


def count_articles(db: Path, *, running: bool = False) -> int:
    """Articles stored in ``db``. ``running``: a crawl is writing it; read-only, and 0 while
    it is not created yet or busy (a sampler tries again)."""
    import sqlite3

    if not running:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


# --------------------------------------------------------------------------- scrapy bench
def scrapy_bench(seconds: int = 10) -> float:
    """Pages/s of `scrapy bench` (its own local server, no pipelines) on this machine."""
    with tempfile.TemporaryDirectory() as tmp:  # outside the project: Scrapy's defaults
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapy",
                "bench",
                "-s",
                f"CLOSESPIDER_TIMEOUT={seconds}",
                "-s",
                "LOGSTATS_INTERVAL=1",
            ],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            env={**ENV, "SCRAPY_SETTINGS_MODULE": ""},
        )
    rates = [int(r) for r in re.findall(r"at (\d+) pages/min", result.stderr)]
    rates = [r for r in rates if r > 0][1:]  # skip the warm-up interval
    if not rates:
        raise RuntimeError("scrapy bench printed no rates:\n" + result.stderr[-2000:])
    return statistics.median(rates) / 60


# --------------------------------------------------------------------------- end to end
@dataclass
class EndToEnd:
    articles: int
    expected: int
    seconds: float
    max_rss_mb: float
    max_tree_pss_mb: float
    incremental_requests: int
    incremental_article_requests: int
    incremental_seconds: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds


def end_to_end(count: int, work: Path, extra: tuple[str, ...] = ()) -> EndToEnd:
    """Full pipeline (crawl → clean → dates → dedupe → classify → NER → SQLite), then an
    incremental crawl of the unchanged mirror, counting the requests it makes."""
    mirror = MirrorServer(build_demo_sites(count)).start()
    try:
        sources = bench_sources(mirror, work / f"sources-{count}.yaml")
        db = work / f"e2e-{count}.db"
        first = run_timed(khao("crawl", "--db", str(db), "--sources", str(sources), *extra),
                          work / f"e2e-{count}.log")  # fmt: skip
        stored = count_articles(db)
        mirror.reset_log()
        second = run_timed(khao("crawl", "--db", str(db), "--sources", str(sources)))
        paths = [p for p in mirror.request_paths() if p != "/robots.txt"]
        article_paths = [p for p in paths if "/details/" in p or "/news-" in p]
        return EndToEnd(stored, expected_articles(mirror), first.seconds, first.max_rss_mb, first.max_tree_pss_mb,
                        len(paths), len(article_paths), second.seconds)  # fmt: skip
    finally:
        mirror.stop()


# --------------------------------------------------------------------------- distributed
def distributed(
    count: int, workers: int, work: Path, redis_url: str, idle_exit: float = 1.0
) -> tuple[float, int]:
    """Seconds from start until the writer stored the last article, with N workers."""
    import redis

    redis.Redis.from_url(redis_url).flushall()
    mirror = MirrorServer(build_demo_sites(count)).start()
    try:
        sources = bench_sources(mirror, work / f"dist-{workers}.yaml")
        db = work / f"dist-{workers}.db"
        started = time.monotonic()
        quiet = {
            "cwd": ROOT,
            "env": ENV,
            "stdout": subprocess.DEVNULL,
            "stderr": subprocess.DEVNULL,
        }
        writer = subprocess.Popen(khao(*writer_args(redis_url, db, sources, 30)), **quiet)
        crawlers = [
            subprocess.Popen(khao(*worker_args(redis_url, sources, idle_exit)), **quiet)
            for _ in range(workers)
        ]
        for process in crawlers:
            process.wait()
        writer.wait()
        # workers linger idle_exit seconds after the last request: not crawl time
        elapsed = time.monotonic() - started - idle_exit
        return elapsed, count_articles(db)
    finally:
        mirror.stop()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        result = end_to_end(count, Path(tmp))
    print(f"end to end: {result.articles}/{result.expected} articles in {result.seconds:.1f} s"
          f" = {result.per_second:.1f} articles/s, peak RSS {result.max_rss_mb:.0f} MB"
          f" (with NER workers: PSS {result.max_tree_pss_mb:.0f} MB)")  # fmt: skip
    print(f"incremental: {result.incremental_requests} requests"
          f" ({result.incremental_article_requests} article pages)")  # fmt: skip
    pages_per_second = scrapy_bench()
    print(f"scrapy bench: {pages_per_second:.1f} pages/s")
    print(f"ratio end-to-end articles/s / scrapy bench pages/s: "
          f"{result.per_second / pages_per_second:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
