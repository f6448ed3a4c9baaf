"""Issue 2 acceptance: demo end to end, Thai search in Datasette, incremental, broken sources."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from crawler.demo.corpus import bundled_articles
from crawler.demo.mirror import MirrorServer
from pipelines.thai_text import clean_title
from testbed.served import get, khao_serve
from tests.conftest import run_khao

pytestmark = pytest.mark.slow

TRUTH = {a.number: a for a in bundled_articles()}


def article_number(url: str) -> int:
    match = re.search(r"(?:details/|news-|[?&]p=)(\d+)", url)
    assert match, url
    return int(match.group(1))


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_demo_command_fills_a_database_with_correct_articles(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run_khao("demo", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "khao serve" in result.stdout
    articles = rows(db, "SELECT url, title, body, published_at FROM articles")
    assert len(articles) >= 200
    for url, title, body, published_at in articles:
        source = TRUTH[article_number(url)]
        assert title == clean_title(source.title), url
        assert body.strip(), url
        assert published_at and published_at.startswith(source.date), (url, published_at)
        assert published_at.endswith("+07:00"), published_at


def test_thai_word_inside_unspaced_text_is_found_through_datasette(
    mirror: MirrorServer, demo_sources: Path, db_path: Path
) -> None:
    assert run_khao("crawl", "--db", str(db_path), "--sources", str(demo_sources)).returncode == 0
    stored = rows(db_path, "SELECT id, body FROM articles")
    # a word from the middle of a long unspaced run, present in exactly one article
    target_id, word = None, None
    for key, body in stored:
        for run in re.findall(r"[\u0e00-\u0e7f]{24,}", body):
            candidate = run[9:15]
            if sum(candidate in other for _, other in stored) == 1:
                target_id, word = key, candidate
                break
        if word:
            break
    assert word, "no unique Thai word found"
    with khao_serve(db_path) as base:
        found = json.loads(get(f"{base}/khao/articles.json", _search=word, _shape="array"))
    assert [row["id"] for row in found] == [target_id]


def test_second_crawl_of_unchanged_mirror_adds_nothing_and_fetches_no_article(
    mirror: MirrorServer, demo_sources: Path, db_path: Path
) -> None:
    first = run_khao("crawl", "--db", str(db_path), "--sources", str(demo_sources))
    assert first.returncode == 0, first.stdout + first.stderr
    count = rows(db_path, "SELECT count(*) FROM articles")[0][0]
    assert count > 100
    mirror.reset_log()
    second = run_khao("crawl", "--db", str(db_path), "--sources", str(demo_sources))
    assert second.returncode == 0, second.stdout + second.stderr
    assert rows(db_path, "SELECT count(*) FROM articles")[0][0] == count
    article_pages = [
        p for p in mirror.request_paths() if "/details/" in p or "/news-" in p or "?p=" in p
    ]
    assert article_pages == []
    news = rows(
        db_path,
        "SELECT sum(articles_new), sum(articles_updated) FROM crawl_runs"
        " WHERE run_id = (SELECT run_id FROM crawl_runs ORDER BY id DESC LIMIT 1)",
    )
    assert news == [(0, 0)]


def test_a_broken_source_does_not_stop_the_others(
    mirror: MirrorServer, demo_sources: Path, db_path: Path
) -> None:
    text = demo_sources.read_text(encoding="utf-8")
    text += f"""
  - id: broken-500
    name: เว็บที่ล่ม
    kind: listing
    url: {mirror.url}/fault/500/news
    link_selector: "a.news"
    autothrottle: false
  - id: broken-garbage
    name: เว็บที่ส่งขยะ
    kind: listing
    url: {mirror.url}/fault/garbage/news
    link_selector: "a.news"
    autothrottle: false
"""
    demo_sources.write_text(text, encoding="utf-8")
    result = run_khao("crawl", "--db", str(db_path), "--sources", str(demo_sources))
    assert result.returncode == 1
    assert "broken-500 failed" in result.stdout and "HTTP 500" in result.stdout
    assert "broken-garbage failed" in result.stdout and "no article links" in result.stdout
    runs = dict(
        (source, (status, message))
        for source, status, message in rows(
            db_path, "SELECT source_id, status, error_message FROM crawl_runs"
        )
    )
    assert runs["broken-500"][0] == "failed" and "HTTP 500" in runs["broken-500"][1]
    assert runs["broken-garbage"][0] == "failed"
    assert runs["demo-obec"][0] == "ok" and runs["demo-thaigov"][0] == "ok"
    per_source = dict(rows(db_path, "SELECT source_id, count(*) FROM articles GROUP BY 1"))
    assert per_source["demo-obec"] > 30 and per_source["demo-thaigov"] > 60
