"""Helpers for the spider, incremental and politeness tests: crawl a mirror through the real
CLI, read back what was stored, compare it with expected files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crawler.demo.mirror import MirrorServer, demo_sources_yaml
from tests.conftest import FIXTURES, run_khao

EXPECTED = FIXTURES / "expected"
REGENERATE = os.environ.get("KHAO_REGEN_EXPECTED") == "1"  # rewrite expected files once


def write_sources(path: Path, mirror: MirrorServer, extra: str = "", demo: bool = True) -> Path:
    """A sources file for this mirror: the demo sources (unless demo=False) plus extra YAML
    entries written with ${MIRROR} for the mirror's base URL."""
    head = demo_sources_yaml(mirror.url) if demo else "sources:\n"
    text = head + extra.replace("${MIRROR}", mirror.url)
    path.write_text(text, encoding="utf-8")
    return path


@contextmanager
def crawled_sites(tmp: Path, sites: list[Any], sources_yaml: str) -> Iterator[dict[str, Any]]:
    """Serve ``sites``, crawl the sources of ``sources_yaml`` (no demo sources) once, and
    hand the tests what they read: db, server, the CLI result and the crawl_runs rows."""
    server = MirrorServer(sites).start()
    try:
        db = tmp / "khao.db"
        result = crawl(db, write_sources(tmp / "sources.yaml", server, sources_yaml, demo=False))
        yield {"db": db, "server": server, "result": result, "runs": last_runs(db)}
    finally:
        server.stop()


def crawl(db: Path, sources: Path, *ids: str, timeout: float = 180) -> subprocess.CompletedProcess:
    args = ["crawl", "--db", str(db), "--sources", str(sources)]
    for source_id in ids:
        args += ["--source", source_id]
    return run_khao(*args, timeout=timeout)


def query(db: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def last_runs(db: Path) -> dict[str, dict[str, Any]]:
    """source id -> its crawl_runs row of the latest run (errors/http_status decoded)."""
    rows = query(db, "SELECT * FROM crawl_runs WHERE run_id = (SELECT run_id FROM crawl_runs"
                     " ORDER BY id DESC LIMIT 1)")  # fmt: skip
    runs = {}
    for row in rows:
        run = dict(row)
        run["errors"] = json.loads(run["errors"] or "{}")
        run["http_status"] = json.loads(run["http_status"] or "{}")
        runs[run["source_id"]] = run
    return runs


def stored_articles(db: Path, source_id: str, base_url: str) -> list[dict[str, Any]]:
    """What a user would check: URL path, title, date, start of body, attachments."""
    out = []
    for row in query(db, "SELECT * FROM articles WHERE source_id = ? ORDER BY url", (source_id,)):
        attachments = query(
            db, "SELECT url, title, type FROM attachments WHERE article_id = ? ORDER BY url",
            (row["id"],),
        )  # fmt: skip
        out.append(
            {
                "path": row["url"].replace(base_url, ""),
                "title": row["title"],
                "published_at": row["published_at"],
                "body_head": row["body"][:200],
                "categories": json.loads(row["categories"] or "[]"),
                "lead_image": (row["lead_image"] or "").replace(base_url, ""),
                "attachments": [
                    {"url": a["url"].replace(base_url, ""), "title": a["title"], "type": a["type"]}
                    for a in attachments
                ],
            }
        )
    return out


def stored_body(db: Path, url: str) -> str:
    rows = query(db, "SELECT body FROM articles WHERE url = ?", (url,))
    return rows[0][0] if rows else ""


def has_text_of(stored: str, truth_body: str) -> bool:
    """The stored body holds the longest paragraph of the source text (spaces normalised:
    NBSP and runs of spaces are cleaned on the way in)."""
    longest = max(truth_body.split("\n"), key=len)
    return " ".join(longest.split())[:80] in " ".join(stored.split())


def assert_matches_expected(name: str, articles: list[dict[str, Any]]) -> None:
    path = EXPECTED / f"{name}.json"
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(articles, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert path.exists(), f"no {path}: run with KHAO_REGEN_EXPECTED=1 once and check it by eye"
    expected = json.loads(path.read_text("utf-8"))
    assert len(articles) == len(expected), (
        f"{name}: {len(articles)} stored, {len(expected)} expected"
    )
    for got, want in zip(articles, expected, strict=True):
        assert got == want, f"{name}: {got['path']} differs from {path.name}"
