"""Where a ranked search page's time goes, per word, in-process (issue 15).

The page runs two statements at once (khao.reader.search_sql): the counts and facets, without
bm25, and the ranked stories. For each of bench.search's 20 words this prints the CPU time
of each statement (the thread's own time: other processes' load does not count, so it can be
measured on a busy machine) and the wall time of the two run at once on two connections, as
`khao serve` runs them (meaningful only on a quiet machine). Optionally, a second reader
module (e.g. an older khao/reader.py, saved with `git show REV:khao/reader.py > FILE`) is
timed the same way, interleaved, its one statement or its two.

Run: `.venv/bin/python -m bench.search_split [DB] [--old FILE] [--repeats N]` (DB: the database
bench.search builds, by default the cached 100,000-article one; opened read-only).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.search import WORDS, percentile
from khao import reader
from khao.datasette_plugin import prepare_connection


def load_reader(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("khao_reader_other", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def statements(module: ModuleType, word: str) -> list[Any]:
    """The statements of page 1 (one for a reader of one statement, else counts and ranked)."""
    found = module.search_sql(word, module.SearchFilters(), 1)
    return [found] if hasattr(found, "matches") else [found.counts, found.ranked]


def cpu_ms(conn: sqlite3.Connection, part: Any) -> float:
    started = time.thread_time()
    conn.execute(part.matches, part.params).fetchall()
    return (time.thread_time() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "db", nargs="?", default=str(Path(tempfile.gettempdir()) / "khao-bench-entities-100000.db")
    )
    parser.add_argument("--old", help="another khao/reader.py to time beside this one")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()  # fmt: skip
    conns = []
    for _ in range(2):
        conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True, check_same_thread=False)
        prepare_connection(conn)
        conns.append(conn)
    pool = ThreadPoolExecutor(2)
    readers = {"now": reader} | ({"old": load_reader(args.old)} if args.old else {})
    cpu: dict[tuple[str, str], list[list[float]]] = {}
    wall: dict[str, list[float]] = {name: [] for name in readers}
    print(f"load average at the start: {os.getloadavg()[0]:.2f}")
    for round_ in range(args.repeats + 1):  # the first round warms the cache
        for word in WORDS:
            for name, module in readers.items():
                parts = statements(module, word)
                times = [cpu_ms(conns[0], part) for part in parts]
                started = time.perf_counter()
                list(pool.map(cpu_ms, conns, parts))  # at once, as the page runs them
                if round_:
                    wall[name].append((time.perf_counter() - started) * 1000)
                    cpu.setdefault((name, word), []).append(times)
    for word in WORDS:
        line = [f"{word:20}"]
        for name in readers:
            runs = cpu[(name, word)]
            medians = [statistics.median(run[i] for run in runs) for i in range(len(runs[0]))]
            line.append(f"{name} CPU " + " / ".join(f"{m:6.1f}" for m in medians) + " ms")
        print("  ".join(line))
    for name in readers:
        runs = [run for (other, _), runs in cpu.items() if other == name for run in runs]
        slower, total = [max(run) for run in runs], [sum(run) for run in runs]
        print(f"{name}: CPU of the slower statement p50 {statistics.median(slower):.1f} ms,"
              f" p95 {percentile(slower, 95):.1f} ms; of both p50 {statistics.median(total):.1f}"
              f" ms, p95 {percentile(total, 95):.1f} ms ({len(runs)} pages)")  # fmt: skip
    for name, times in wall.items():
        print(f"{name}: wall of a page's statements run at once, p50 {statistics.median(times):.1f}"
              f" ms, p95 {percentile(times, 95):.1f} ms ({len(times)} pages)")  # fmt: skip
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
