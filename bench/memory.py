"""Peak memory (RSS) of `khao crawl` for mirrors of different sizes.

A crawl streams items through the pipelines into SQLite; its memory should depend on the
in-flight requests, not on how many articles the mirror (or the database) holds. Run:
`.venv/bin/python -m bench.memory 1000 5000`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.crawl import bench_sources, count_articles, khao, run_timed
from crawler.demo.mirror import MirrorServer, build_demo_sites


def peak_rss(count: int, work: Path) -> tuple[float, float, int, float]:
    """(peak RSS of the crawl process in MB, peak PSS of the crawl with its NER workers in
    MB, articles stored, seconds) of a fresh crawl of a ``count`` mirror."""
    mirror = MirrorServer(build_demo_sites(count)).start()
    try:
        sources = bench_sources(mirror, work / f"memory-{count}.yaml")
        db = work / f"memory-{count}.db"
        timed = run_timed(khao("crawl", "--db", str(db), "--sources", str(sources)))
        return timed.max_rss_mb, timed.max_tree_pss_mb, count_articles(db), timed.seconds
    finally:
        mirror.stop()


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 5000]
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            rss, tree, stored, seconds = peak_rss(size, Path(tmp))
            print(f"crawl of {size} articles: peak RSS {rss:.0f} MB, with NER workers PSS"
                  f" {tree:.0f} MB ({stored} stored, {seconds:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
