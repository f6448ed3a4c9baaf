"""Requests of a first and a second crawl of the whole demo mirror (every source kind), and
of a third crawl after one WordPress post and one sitemap article were edited.

Run: `.venv/bin/python -m bench.incremental_requests [articles]` (default: the 971 bundled).
The first crawl is the baseline; the later ones are printed as counts and ratios to it.
Each crawl is the real `khao crawl` CLI in a subprocess against the mirror in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}


def crawl(db: Path, sources: Path) -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "khao", "crawl", "--db", str(db), "--sources",
                    str(sources)], cwd=ROOT, env=ENV, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.monotonic() - started


def by_site(server: MirrorServer) -> Counter[str]:
    counts: Counter[str] = Counter()
    for request in server.requests:
        site = request["path"].split("/")[1] if request["path"].count("/") > 1 else "robots.txt"
        counts[f"{site} {request['status']}"] += 1
    return counts


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else None
    server = MirrorServer(build_demo_sites(articles)).start()
    rows: list[tuple[str, int, float, Counter[str]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(demo_sources_yaml(server.url), encoding="utf-8")
        db = Path(tmp) / "khao.db"
        for label in ("first crawl", "second crawl (unchanged)", "third crawl (2 edits)"):
            if label.startswith("third"):
                obec, moe = server.site("obec"), server.site("moe")
                obec.edit(obec.articles[5].number, body=obec.articles[5].body + "\n(แก้ไข)")
                moe.edit(moe.articles[3].number, title=moe.articles[3].title + " (แก้ไข)")
            server.reset_log()
            seconds = crawl(db, sources)
            rows.append((label, len(server.requests), seconds, by_site(server)))
    server.stop()
    baseline = rows[0][1]
    print(f"demo mirror, {articles or 'all 971'} articles, 6 sources (all kinds)")
    for label, count, seconds, sites in rows:
        print(f"{label:28} {count:6d} requests  {count / baseline:7.2%} of first  {seconds:6.1f} s")
        print("    " + ", ".join(f"{k}: {v}" for k, v in sorted(sites.items())))


if __name__ == "__main__":
    main()
