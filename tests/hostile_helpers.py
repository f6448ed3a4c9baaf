"""Black-box helpers for the hostile-input tests (issue 13): run the real `khao` CLI with a
watchdog (time, request count, memory of the whole process tree), read the SQLite file with
plain sqlite3, and grep every stored cell for a secret."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from testbed.processes import process_tree
from tests.conftest import ROOT

PAGE_SIZE_KB = os.sysconf("SC_PAGE_SIZE") // 1024

# Politeness off: the "sites" are threads of the test process on loopback addresses.
FAST = "    autothrottle: false\n    concurrency: 4\n    timeout: 10\n    retry_times: 0\n"
LISTING = ("    link_selector: 'a.item'\n    title_selector: 'h1'\n"
           "    body_selector: '.detail p'\n")  # fmt: skip


def source_entry(source_id: str, kind: str, url: str, extra: str = "") -> str:
    """One sources.yaml entry (listing entries get the hostile site's selectors)."""
    return (f"  - id: {source_id}\n    name: แหล่งข่าวทดสอบ {source_id}\n    kind: {kind}\n"
            f"    url: {url}\n{FAST}{LISTING if kind == 'listing' else ''}{extra}")  # fmt: skip


def write_sources(path: Path, *entries: str) -> Path:
    path.write_text("sources:\n" + "".join(entries), encoding="utf-8")
    return path


def khao_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}
    env.update(extra or {})
    return env


def tree_memory_mb(pid: int) -> tuple[float, float]:
    """(PSS, RSS) in MB of ``pid`` and every process below it (NER workers, forkserver).

    PSS counts a page shared by several processes once in all (each holds its share), so
    it is the memory the tree really takes; the RSS sum counts the pages a forked NER worker
    shares with its parent twice (a trivial crawl: 256 MB PSS, 336 MB RSS sum)."""
    pss = rss = 0
    for member in process_tree(pid):
        try:
            rss += int(Path(f"/proc/{member}/statm").read_text().split()[1]) * PAGE_SIZE_KB
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                    break
        except (OSError, IndexError, ValueError):
            continue  # ended while we looked
    return pss / 1024, rss / 1024


@dataclass
class Outcome:
    returncode: int | None  # None: killed by the watchdog
    killed: str  # why the watchdog killed it ("" when it ended by itself)
    seconds: float
    peak_mb: float  # peak PSS of the process tree
    peak_rss_mb: float  # peak RSS sum of the process tree (shared pages counted per process)
    output: str

    def __str__(self) -> str:
        how = f"killed ({self.killed})" if self.killed else f"exit {self.returncode}"
        return (f"{how} after {self.seconds:.1f} s, process tree peak {self.peak_mb:.0f} MB "
                f"PSS ({self.peak_rss_mb:.0f} MB RSS sum)")  # fmt: skip


def run_bounded(args: list[str], log: Path, timeout: float,
                stop: Callable[[], str | None] | None = None, max_mb: float | None = None,
                env: dict[str, str] | None = None) -> Outcome:  # fmt: skip
    """Run `python -m khao ARGS`; sample the process tree's memory every 20 ms and kill the
    whole tree when it outlives ``timeout``, its PSS grows past ``max_mb``, or ``stop()``
    names a reason (a request count gone too far): today's code must fail fast and safely."""
    started = time.monotonic()
    with log.open("wb") as handle:
        process = subprocess.Popen([sys.executable, "-m", "khao", *args], cwd=ROOT,
                                   env=khao_env(env), stdout=handle, stderr=subprocess.STDOUT,
                                   start_new_session=True)  # fmt: skip
        peak = peak_rss = 0.0
        killed = ""
        while process.poll() is None:
            pss, rss = tree_memory_mb(process.pid)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            if time.monotonic() - started > timeout:
                killed = f"still running after {timeout:g} s"
            elif max_mb is not None and peak > max_mb:
                killed = f"process tree PSS {peak:.0f} MB > {max_mb:g} MB"
            elif stop is not None:
                killed = stop() or ""
            if killed:
                os.killpg(process.pid, signal.SIGKILL)  # our own session: the crawl's tree
                process.wait(timeout=30)
                break
            time.sleep(0.02)
    seconds = time.monotonic() - started
    code = None if killed else process.returncode
    return Outcome(code, killed, seconds, peak, peak_rss, log.read_text(errors="replace"))


def run_khao_capture(args: list[str], env: dict[str, str] | None = None,
                     timeout: float = 120) -> subprocess.CompletedProcess:  # fmt: skip
    return subprocess.run([sys.executable, "-m", "khao", *args], cwd=ROOT, env=khao_env(env),
                          capture_output=True, text=True, timeout=timeout)  # fmt: skip


# --------------------------------------------------------------------------- reading the db
def query(db: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def last_runs(db: Path) -> dict[str, dict[str, Any]]:
    """source id -> its latest crawl_runs row (errors and http_status decoded)."""
    runs: dict[str, dict[str, Any]] = {}
    for row in query(db, "SELECT * FROM crawl_runs ORDER BY id"):
        run = dict(row)
        run["errors"] = json.loads(run["errors"] or "{}")
        run["http_status"] = json.loads(run["http_status"] or "{}")
        runs[run["source_id"] or "(config)"] = run
    return runs


def all_cells(db: Path) -> str:
    """Every text cell of every table and view of the database, one per line."""
    lines = []
    for (table,) in query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                              " AND name NOT LIKE 'sqlite_%'"):  # fmt: skip
        try:
            for row in query(db, f'SELECT * FROM "{table}"'):
                lines += [f"{table}: {v}" for v in row if isinstance(v, str | bytes)]
        except sqlite3.OperationalError:  # an FTS shadow table or a view of a missing table
            continue
    return "\n".join(str(line) for line in lines)


def leaks(secret: str, **texts: str) -> list[str]:
    """Where ``secret`` (any case) appears: the names of the texts holding it."""
    return [name for name, text in texts.items() if secret.lower() in (text or "").lower()]


def plain_db(tmp: Path, base_url: str, name: str = "khao.db") -> Path:
    """A real khao database made by `khao crawl` of the hostile server's 2 good articles."""
    db = tmp / name
    sources = write_sources(tmp / "plain-sources.yaml",
                            source_entry("plain", "listing", f"{base_url}/plain/list"))  # fmt: skip
    outcome = run_bounded(["crawl", "--db", str(db), "--sources", str(sources)],
                          tmp / "plain-crawl.log", 120)  # fmt: skip
    assert outcome.returncode == 0, outcome.output[-3000:]
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 2
    return db
