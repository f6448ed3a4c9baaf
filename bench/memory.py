"""Peak memory (RSS) of `khao crawl` for mirrors of different sizes.

A crawl streams items through the pipelines into SQLite; its memory should depend on the
in-flight requests, not on how many articles the mirror (or the database) holds. Run:
`.venv/bin/python -m bench.memory 1000 5000`.

Besides each crawl's peak, the crawl process's peak so far (the kernel's ``VmHWM``) is
printed at each quarter of the articles stored: flat from one quarter to the next is what
flat with the site's size looks like inside one run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

from bench.crawl import bench_sources, count_articles, khao, run_timed
from crawler.demo.mirror import MirrorServer, build_demo_sites
from testbed.processes import peak_rss_mb


def crawl_pid() -> int | None:
    """The `khao crawl` child of this process, if it runs."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == os.getpid() and b"crawl" in (entry / "cmdline").read_bytes():
                return int(entry.name)
        except (OSError, IndexError, ValueError):
            continue
    return None


def watch_peaks(db: Path, count: int, done: threading.Event) -> list[tuple[int, float]]:
    """(articles stored, peak RSS so far in MB) once past each quarter of ``count``."""
    marks = [count * q // 4 for q in (1, 2, 3)]
    seen: list[tuple[int, float]] = []

    def sample() -> None:
        pid = None
        while marks and not done.wait(2.0):
            pid = pid or crawl_pid()
            articles = count_articles(db, running=True) if pid else 0
            peak = peak_rss_mb(pid) if pid else None
            if peak is not None and articles >= marks[0]:
                seen.append((articles, peak))
                while marks and articles >= marks[0]:
                    marks.pop(0)

    threading.Thread(target=sample, daemon=True).start()
    return seen


def peak_rss(count: int, work: Path) -> tuple[float, float, int, float, list[tuple[int, float]]]:
    """(peak RSS of the crawl process in MB, peak PSS of the crawl with its NER workers in
    MB, articles stored, seconds, the peak so far at each quarter) of a fresh crawl of a
    ``count`` mirror."""
    mirror = MirrorServer(build_demo_sites(count)).start()
    done = threading.Event()
    try:
        sources = bench_sources(mirror, work / f"memory-{count}.yaml")
        db = work / f"memory-{count}.db"
        quarters = watch_peaks(db, count, done)
        timed = run_timed(khao("crawl", "--db", str(db), "--sources", str(sources)))
        return (timed.max_rss_mb, timed.max_tree_pss_mb, count_articles(db), timed.seconds,
                quarters)  # fmt: skip
    finally:
        done.set()
        mirror.stop()


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 5000]
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            rss, tree, stored_, seconds, quarters = peak_rss(size, Path(tmp))
            print(f"crawl of {size} articles: peak RSS {rss:.0f} MB, with NER workers PSS"
                  f" {tree:.0f} MB ({stored_} stored, {seconds:.0f} s)")  # fmt: skip
            if quarters:
                print("  peak so far: " + ", ".join(f"{p:.1f} MB at {a}" for a, p in quarters)
                      + f"; {rss:.1f} MB at its last sample")  # fmt: skip


if __name__ == "__main__":
    main()
