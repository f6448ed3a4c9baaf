"""CPU seconds per article of a crawl, per process: load-tolerant where wall time is not.

On the shared 2-core machine a crawl's wall time says more about other jobs than about
khao; the CPU time each process spends does not (much). This crawls the demo mirror with
`khao crawl` (as bench.crawl does) and samples ``/proc/<pid>/stat`` of the crawl process and
of every process below it (the NER worker, the forkserver) every 0.2 s, keeping each one's
last reading (a process's CPU is lost only for its last 0.2 s). The mirror runs in this
process, so its CPU is this process's own. Run:
`nice -n 10 .venv/bin/python -m bench.crawl_cpu 800 [--keep crawl.db] [--ceiling]`.

``--ceiling`` also runs `scrapy bench` and prints the best rate that CPU per article allows
on this machine, whatever the scheduling: the crawl process is one thread (at most one
core), and the crawl, its NER worker and the mirror together have the machine's cores. That
rate over `scrapy bench`'s pages/s is the highest end-to-end ratio the code can reach here.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench.crawl import ENV, ROOT, bench_sources, count_articles, khao, scrapy_bench
from crawler.demo.mirror import MirrorServer, build_demo_sites
from testbed.processes import process_tree

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of one process (not its children), None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS  # fields 14 and 15 of stat(5)


def crawl_cpu(count: int, db: Path, work: Path, extra: tuple[str, ...] = ()) -> dict[str, float]:
    """Crawl a ``count`` mirror into ``db``; CPU seconds of the crawl process, of the
    processes below it, of the mirror (this process), and the articles stored."""
    mirror = MirrorServer(build_demo_sites(count)).start()
    try:
        sources = bench_sources(mirror, work / f"cpu-{count}.yaml")
        own_before = resource.getrusage(resource.RUSAGE_SELF)
        started = time.monotonic()
        process = subprocess.Popen(khao("crawl", "--db", str(db), "--sources", str(sources), *extra),
                                   cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        last: dict[int, float] = {}
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                for pid in process_tree(process.pid):
                    seconds = cpu_seconds(pid)
                    if seconds is not None:
                        last[pid] = seconds

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        process.wait()
        done.set()
        sampler.join()
        elapsed = time.monotonic() - started
        own_after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        mirror.stop()
    mirror_cpu = (own_after.ru_utime + own_after.ru_stime) - (
        own_before.ru_utime + own_before.ru_stime
    )
    crawl = last.pop(process.pid, 0.0)
    return {
        "articles": count_articles(db),
        "seconds": elapsed,
        "crawl": crawl,
        "helpers": sum(last.values()),  # NER worker(s), forkserver, resource tracker
        "mirror": mirror_cpu,  # includes this process's sampler
    }


def ceiling(result: dict[str, float], cores: int) -> tuple[float, str]:
    """(articles/s, what bounds it): the best rate this CPU per article allows on
    ``cores`` cores, with every process busy all the time and no wait between them."""
    n = max(result["articles"], 1)
    one_thread = n / result["crawl"] if result["crawl"] else float("inf")
    total = result["crawl"] + result["helpers"] + result["mirror"]
    all_cores = cores * n / total if total else float("inf")
    if one_thread <= all_cores:
        return one_thread, "the crawl process (one core)"
    return all_cores, f"crawl + NER worker + mirror on {cores} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int, nargs="?", default=800)
    parser.add_argument("--keep", type=Path, help="write the crawl's database here")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for khao crawl (repeatable)")  # fmt: skip
    parser.add_argument("--ceiling", action="store_true",
                        help="also run scrapy bench and print the best ratio this CPU allows")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "cpu.db"
        extra = tuple(x for value in args.set for x in ("-s", value))
        result = crawl_cpu(args.count, db, Path(tmp), extra)
    n = max(result["articles"], 1)
    print(f"{result['articles']:.0f} articles in {result['seconds']:.1f} s;"
          f" CPU ms an article: crawl {1000 * result['crawl'] / n:.2f},"
          f" NER worker and helpers {1000 * result['helpers'] / n:.2f},"
          f" mirror {1000 * result['mirror'] / n:.2f}")  # fmt: skip
    if args.ceiling:
        cores = len(os.sched_getaffinity(0))
        rate, bound = ceiling(result, cores)
        pages = scrapy_bench()
        print(f"measured {n / result['seconds']:.1f} articles/s; at most {rate:.1f} articles/s "
              f"with this CPU ({bound}); scrapy bench {pages:.1f} pages/s: measured ratio "
              f"{n / result['seconds'] / pages:.2f}, ceiling ratio {rate / pages:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
