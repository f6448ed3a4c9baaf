"""Issue 12: a failure in any stage costs only its article, is named with its URL, makes the
source `partial` and the exit 1, keeps the walk incomplete, and the next run stores it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from crawler import settings
from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from tests.conftest import run_khao

pytestmark = pytest.mark.slow


def test_a_stage_failure_is_named_and_the_article_stored_next_run(tmp_path: Path) -> None:
    mirror = MirrorServer(build_demo_sites(60)).start()
    try:
        data = yaml.safe_load(demo_sources_yaml(mirror.url))
        data["sources"] = [s for s in data["sources"] if s["id"] == "demo-thaigov"]
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        articles = mirror.site("thaigov").articles
        victim = articles[len(articles) // 2]  # deep in the listing, past its first page
        stages = {**settings.ITEM_PIPELINES, "tests.failing_stage.FailingStage": 350}
        db = tmp_path / "khao.db"
        first = run_khao(
            "crawl", "--db", str(db), "--sources", str(sources),
            "-s", f"ITEM_PIPELINES={json.dumps(stages)}",
            env={"KHAO_TEST_FAIL_ON": f"/{victim.number}"},
        )  # fmt: skip
        with sqlite3.connect(db) as conn:
            status, errors, message = conn.execute(
                "SELECT status, errors, error_message FROM crawl_runs ORDER BY id DESC LIMIT 1"
            ).fetchone()
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            walk = conn.execute("SELECT complete FROM source_walks").fetchone()[0]
        assert first.returncode == 1, first.stdout + first.stderr
        assert status == "partial" and json.loads(errors) == {"stage_error": 1}
        assert f"/{victim.number}" in message and "RuntimeError" in message
        assert stored == len(articles) - 1  # its siblings are all there
        assert walk == 0  # the next run walks in full
        assert "Traceback" not in first.stdout

        second = run_khao("crawl", "--db", str(db), "--sources", str(sources))
        with sqlite3.connect(db) as conn:
            status = conn.execute(
                "SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1"
            ).fetchone()[0]
            urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
            walk = conn.execute("SELECT complete FROM source_walks").fetchone()[0]
    finally:
        mirror.stop()
    assert second.returncode == 0, second.stdout + second.stderr
    assert status == "ok" and walk == 1
    assert len(urls) == len(set(urls)) == len(articles)
    assert any(url.endswith(f"/{victim.number}") for url in urls)
