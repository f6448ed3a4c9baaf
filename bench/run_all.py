"""The benchmark suite in one command: `.venv/bin/python -m bench.run_all`.

Prints every figure side by side, measured in the same run on the same machine, and
appends them to bench/RESULTS.md with the machine, the date and the command.
Options: --articles N (end-to-end mirror, default 5000), --dist-articles N (distributed
1 vs 2 workers, default 1000), --search-articles N (default 100000), --memory SIZES
(comma-separated crawl sizes, default 5000,50000).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import crawl, memory, search
from testbed.redis_server import RedisServer

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))  # fmt: skip
        ram = f"{mem_kb / 1024**2:.0f} GB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    return f"{platform.node()}: {os.cpu_count()} CPUs ({model or platform.machine()}), {ram}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="end-to-end mirror size")
    parser.add_argument("--dist-articles", type=int, default=1000, help="distributed mirror size")
    parser.add_argument("--search-articles", type=int, default=100_000, help="search corpus size")
    parser.add_argument("--memory", default="5000,50000", help="crawl sizes for peak memory")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    lines: list[str] = []

    def report(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    bench_rate = crawl.scrapy_bench()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        e2e = crawl.end_to_end(args.articles, work)
        report(f"| end-to-end crawl → clean → dates → dedupe → classify → NER → SQLite | "
               f"{e2e.per_second:.1f} articles/s ({e2e.articles}/{e2e.expected} in {e2e.seconds:.0f} s) |")  # fmt: skip
        report(f"| `scrapy bench` (same machine, same run) | {bench_rate:.1f} pages/s |")
        report(
            f"| ratio end-to-end / scrapy bench (aim ≥ 0.8, issue 17) | {e2e.per_second / bench_rate:.2f} |"
        )
        report(f"| incremental re-crawl of the unchanged mirror | {e2e.incremental_requests} requests, "
               f"{e2e.incremental_article_requests} of them article pages, {e2e.incremental_seconds:.1f} s |")  # fmt: skip
        redis_server = RedisServer().start()
        try:
            one, stored_one = crawl.distributed(args.dist_articles, 1, work, redis_server.url)
            two, stored_two = crawl.distributed(args.dist_articles, 2, work, redis_server.url)
        finally:
            redis_server.stop()
        report(
            f"| distributed, 1 worker ({args.dist_articles}-article mirror) | {stored_one / one:.1f} articles/s ({stored_one} in {one:.0f} s) |"
        )
        report(
            f"| distributed, 2 workers | {stored_two / two:.1f} articles/s ({stored_two} in {two:.0f} s) |"
        )
        report(f"| scaling 2 workers / 1 worker | {one / two:.2f}× |")
        sizes = [int(s) for s in args.memory.split(",") if s]
        peaks = []
        for size in sizes:
            if size == args.articles:
                rss, tree, stored = e2e.max_rss_mb, e2e.max_tree_pss_mb, e2e.articles
            else:
                rss, tree, stored, _ = memory.peak_rss(size, work)
            peaks.append(tree)
            report(f"| peak memory, crawl of {size} articles | crawl process RSS {rss:.0f} MB; "
                   f"with its NER workers PSS {tree:.0f} MB ({stored} stored) |")  # fmt: skip
        if len(peaks) > 1:
            report(
                f"| peak memory (PSS, all processes) ratio largest / smallest crawl ({sizes[-1] / sizes[0]:.0f}× the articles) | {peaks[-1] / peaks[0]:.2f}× |"
            )
    _, searches = search.run(args.search_articles)
    for found in searches:
        aim = " (aim p95 ≤ 100 ms)" if found is searches[0] else ""
        report(f"| Thai search, {args.search_articles} articles, {found.label}, p50 / p95{aim} | "
               f"{found.p50:.1f} ms / {found.p95:.1f} ms ({len(found.times)} queries) |")  # fmt: skip
    if not args.no_record:
        command = "python -m bench.run_all " + " ".join(sys.argv[1:])
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(f"\n## Crawl, distributed, search, memory (issue 7): {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n\n- machine: {machine()}\n"
                         f"- command: `{command.strip()}`\n\n| measure | result |\n|---|---|\n")  # fmt: skip
            handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
