"""Helpers for issue 12's tests: a reference crawl of the demo mirror, crawls interrupted at
chosen moments, and the check that a database holds every article of the mirror exactly once
with a sound file and a search index in step.

Black-box on purpose: the crawl is the real CLI in its own process group, and the database
is read with plain sqlite3.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from tests.conftest import ROOT

MIRROR_ARTICLES = 300  # 354 articles over the six demo sources, a crawl of a few seconds
Key = tuple[str, str]  # (source_id, canonical_url)


def crawl_env() -> dict[str, str]:
    return {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}


def quiet_mirror(articles: int = MIRROR_ARTICLES) -> MirrorServer:
    """The demo mirror, without a traceback on stderr for every connection a kill cuts."""
    mirror = MirrorServer(build_demo_sites(articles))
    mirror.httpd.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    return mirror.start()


def mirror_truth(mirror: MirrorServer) -> dict[str, int]:
    """Articles per demo source that a complete crawl stores: every article of each site,
    except the feed site, whose feeds only ever show the newest ``feed_size``."""
    truth = {}
    for prefix in ("obec", "thaigov", "prd", "moe", "oldphp", "esan"):
        site = mirror.site(prefix)
        count = len(site.articles)
        if prefix == "prd":
            count = min(count, site.feed_size)  # type: ignore[attr-defined]
        truth[f"demo-{prefix}"] = count
    return truth


def start_crawl(db: Path, sources: Path, log: Path, *extra: str) -> subprocess.Popen:
    """`khao crawl` as the leader of its own process group (its NER workers join it)."""
    args = [sys.executable, "-m", "khao", "crawl", "--db", str(db), "--sources", str(sources)]
    with log.open("ab") as handle:
        return subprocess.Popen([*args, *extra], cwd=ROOT, env=crawl_env(), stdout=handle,
                                stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip


def count_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # no file or no tables yet
        return 0


def stored_keys(db: Path) -> Counter[Key]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source_id, canonical_url FROM articles").fetchall()
    return Counter((source_id, url) for source_id, url in rows)


def run_statuses(db: Path) -> list[tuple[str, str | None, str]]:
    """(run_id, source_id, status) of every crawl_runs row, oldest first."""
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute(
                "SELECT run_id, source_id, status FROM crawl_runs ORDER BY id"
            ).fetchall()
    except sqlite3.OperationalError:
        return []


def record_problems(db: Path, expected: Counter[Key]) -> list[str]:
    """What is wrong with the record: missing, doubled or unexpected articles, a damaged
    file, a full-text index out of step. Empty when the record is whole."""
    problems = []
    with sqlite3.connect(db) as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        unindexed = conn.execute(
            "SELECT count(*) FROM articles WHERE rowid NOT IN (SELECT rowid FROM articles_fts)"
        ).fetchone()[0]
        running = conn.execute("SELECT count(*) FROM crawl_runs WHERE status = 'running'")
        left_running = running.fetchone()[0]
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity[:3]}")
    if indexed != articles or unindexed:
        problems.append(f"articles_fts {indexed} rows for {articles} articles "
                        f"({unindexed} articles not indexed)")  # fmt: skip
    if left_running:
        problems.append(f"{left_running} crawl_runs rows still 'running'")
    stored = stored_keys(db)
    missing = Counter({key: 1 for key in expected if key not in stored})
    doubled = {key: n for key, n in stored.items() if n > 1}
    extra = [key for key in stored if key not in expected]
    if missing:
        per_source = Counter(source for source, _ in missing)
        problems.append(f"missing {sum(missing.values())}: {dict(sorted(per_source.items()))}")
    if doubled:
        problems.append(f"stored more than once: {len(doubled)}")
    if extra:
        problems.append(f"not in the reference crawl: {len(extra)}")
    return problems


def group_members(pgid: int) -> list[int]:
    """Live processes of a process group (Linux /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def wait_group_gone(pgid: int, timeout: float) -> list[int]:
    """Wait until no process of the group is left; return those still alive at timeout."""
    deadline = time.monotonic() + timeout
    while (alive := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def spread_moments(seed: int, count: int, start: float, end: float) -> list[float]:
    """``count`` seeded random moments in [start, end), one in each of ``count`` equal
    slices, so they cover the whole crawl."""
    rng = random.Random(seed)
    width = (end - start) / count
    return [round(start + width * (i + rng.random()), 2) for i in range(count)]


# --------------------------------------------------------------------------- reference
@dataclass
class Reference:
    """A complete, uninterrupted crawl of the mirror: what every other crawl must end with."""

    mirror: MirrorServer
    sources: Path
    expected: Counter[Key]
    per_source: dict[str, int]
    seconds: float  # wall time of the whole crawl, process start to exit
    db_created_at: float  # seconds after start when the database file appeared
    first_article_at: float  # ... when the first article was stored
    db_bytes: int

    @property
    def total(self) -> int:
        return sum(self.expected.values())


def reference_crawl(mirror: MirrorServer, tmp: Path) -> Reference:
    sources = tmp / "sources.yaml"
    sources.write_text(demo_sources_yaml(mirror.url), encoding="utf-8")
    # a first small crawl compiles and caches what every crawl imports, so that the timing
    # below is that of the crawls the tests interrupt
    warm_up = start_crawl(tmp / "warm-up.db", sources, tmp / "warm-up.log", "--source", "demo-esan")
    try:
        assert warm_up.wait(timeout=300) == 0, (tmp / "warm-up.log").read_text()[-3000:]
    finally:
        kill_group(warm_up.pid)
    db, log = tmp / "reference.db", tmp / "reference.log"
    started = time.monotonic()
    crawl = start_crawl(db, sources, log)
    created = first = None
    try:
        while crawl.poll() is None:
            elapsed = time.monotonic() - started
            assert elapsed < 300, f"the reference crawl hung: {log.read_text()[-3000:]}"
            if created is None and db.exists():
                created = elapsed
            if first is None and count_articles(db):
                first = elapsed
            time.sleep(0.02)
    finally:
        kill_group(crawl.pid)
    seconds = time.monotonic() - started
    assert crawl.returncode == 0, log.read_text()[-3000:]
    expected = stored_keys(db)
    per_source = dict(Counter(source for source, _ in expected))
    assert per_source == mirror_truth(mirror), "the reference crawl itself is incomplete"
    assert created is not None and first is not None
    return Reference(mirror, sources, expected, per_source, seconds, created, first,
                     db.stat().st_size)  # fmt: skip


# --------------------------------------------------------------------------- interruptions
@dataclass
class Interruption:
    """One crawl stopped by a signal to its process group at ``moment``, then one re-run."""

    moment: float
    signal: signal.Signals
    finished_first: bool = False  # the crawl had ended before the moment came
    processes: int = 0  # in the crawl's process group when the signal was sent
    exit_code: int | None = None  # None: still running after the grace period
    exit_seconds: float | None = None
    leftovers: list[int] = field(default_factory=list)  # group members alive after the exit
    stored_at_stop: int = 0
    statuses_at_stop: Counter[str] = field(default_factory=Counter)  # of the stopped run
    rerun_code: int | None = None
    stored: int = 0
    problems: list[str] = field(default_factory=list)

    def row(self, expected: int) -> str:
        code = "hung" if self.exit_code is None else str(self.exit_code)
        code = "ended" if self.finished_first else code  # before the moment came
        took = f"{self.exit_seconds:.1f}" if self.exit_seconds is not None else "-"
        runs = ",".join(f"{k}:{v}" for k, v in sorted(self.statuses_at_stop.items()))
        return (f"{self.moment:15.2f} | {self.processes:>5} | {code:>5} {took:>5} s | "
                f"{self.stored_at_stop:>7} | "
                f"{runs:<32} | {self.stored:>5} / {expected:<5} | "
                f"{'; '.join(self.problems) or 'ok'}")  # fmt: skip


TABLE_HEAD = ("kill moment (s) | procs | exit  after   | at stop | crawl_runs of the stopped run    | "
              "stored after re-run / expected | problems")  # fmt: skip


def interrupt_and_rerun(
    ref: Reference, db: Path, log: Path, moment: float, sig: signal.Signals, grace: float = 15
) -> Interruption:
    """Start a crawl into a fresh ``db``, send ``sig`` to its process group ``moment``
    seconds after its start, wait ``grace`` seconds for it to exit (then kill -9 it), run
    one plain `khao crawl`, and see what the record holds."""
    result = Interruption(moment, sig)
    started = time.monotonic()
    crawl = start_crawl(db, ref.sources, log)
    pgid = crawl.pid
    try:
        while time.monotonic() - started < moment:
            if crawl.poll() is not None:
                result.finished_first = True
                break
            time.sleep(0.01)
        if not result.finished_first:
            result.processes = len(group_members(pgid))
            os.killpg(pgid, sig)
            sent = time.monotonic()
            try:
                crawl.wait(timeout=grace)
                result.exit_code, result.exit_seconds = crawl.returncode, time.monotonic() - sent
            except subprocess.TimeoutExpired:
                kill_group(pgid)
                crawl.wait(timeout=30)
        result.leftovers = wait_group_gone(pgid, 10)
    finally:
        kill_group(pgid)  # nothing of a failed attempt outlives the test
        crawl.wait(timeout=30)
    result.stored_at_stop = count_articles(db)
    runs = run_statuses(db)
    if runs:
        result.statuses_at_stop = Counter(status for run_id, _, status in runs
                                          if run_id == runs[-1][0])  # fmt: skip
    rerun = start_crawl(db, ref.sources, log)
    try:
        result.rerun_code = rerun.wait(timeout=240)
    finally:
        kill_group(rerun.pid)
    result.stored = count_articles(db)
    result.problems = record_problems(db, ref.expected)
    return result
