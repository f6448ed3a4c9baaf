"""Issue 17: the articles waiting for the NER worker are bounded (``KHAO_NER_BACKLOG``).

A WordPress API page brings all its posts at once and Scrapy's own back-pressure counts
response bytes, not items: without the bound every post of a fast local site waited in the
crawl process for the one NER worker. With it, a new download waits while the backlog is
full, so the peak is the bound plus at most one API page; and nothing is lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.demo.mirror import MirrorServer, build_demo_sites
from tests.conftest import run_khao
from tests.crawl_helpers import query

pytestmark = pytest.mark.slow

PER_PAGE = 10
BOUND = 5
SOURCE = f"""sources:
  - id: wp
    name: WordPress
    kind: wordpress
    url: ${{MIRROR}}/obec/
    concurrency: 8
    autothrottle: false
    download_delay: 0
    options:
      per_page: {PER_PAGE}
"""


def crawl(tmp: Path, mirror: MirrorServer, name: str, bound: int) -> tuple[int, int]:
    """(articles stored, the backlog's peak as the crawl logged it)."""
    sources = tmp / "sources.yaml"
    sources.write_text(SOURCE.replace("${MIRROR}", mirror.url), encoding="utf-8")
    db, log = tmp / f"{name}.db", tmp / f"{name}.log"
    result = run_khao("crawl", "--db", str(db), "--sources", str(sources), "--log-file",
                      str(log), "-s", "KHAO_NER_PROCESSES=1", "-s",
                      f"KHAO_NER_BACKLOG={bound}", timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    peaks = re.findall(r"NER backlog: at most (\d+) articles", log.read_text("utf-8"))
    assert peaks, "the crawl did not log its NER backlog"
    return query(db, "SELECT count(*) FROM articles")[0][0], int(peaks[-1])


def test_the_backlog_stays_within_its_bound_and_no_article_is_lost(tmp_path: Path) -> None:
    mirror = MirrorServer(build_demo_sites(450)).start()  # 150 WordPress posts
    try:
        posts = len(mirror.site("obec").articles)
        stored, peak = crawl(tmp_path, mirror, "bounded", BOUND)
        free_stored, free_peak = crawl(tmp_path, mirror, "unbounded", 0)
    finally:
        mirror.stop()
    print(f"backlog peak: {peak} with bound {BOUND}, {free_peak} without; stored {stored}")
    # a download is let in below the bound, and an API page brings PER_PAGE posts at once
    assert peak <= BOUND - 1 + PER_PAGE, peak
    assert free_peak > BOUND - 1 + PER_PAGE, f"unbounded peak {free_peak}: proves nothing"
    assert stored == free_stored >= posts - 5  # the corpus has a few empty bodies (dropped)
