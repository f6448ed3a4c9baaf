"""Replay a crawl's stored articles (with their entities) through the dedupe and store
stages into a fresh database: the CPU of those two stages alone, and a dump of every table
they write, to check that a change of the store writes the same rows.

A crawl's order of arrival varies from run to run (concurrent downloads), and with it which
article founds a cluster or names a person first; a replay feeds the same items in the same
order, so two versions of the code must leave identical tables. Run, in each tree:
`.venv/bin/python -m bench.store_replay crawl.db out.db [--batch N] [--dump out.json]`
then compare the dumps (``cmp``): bench.crawl_cpu --keep makes a crawl.db.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from pipelines.items import ArticleItem, Attachment

# what the dedupe and store stages write, the order that makes a dump canonical, and the
# columns left out (the clock's: when the row was written)
TABLES: dict[str, tuple[str, ...]] = {
    "articles": ("fetched_at", "stored_at", "updated_at"),
    "article_revisions": ("replaced_at",),
    "attachments": (),
    "entities": (),
    "article_entities": (),
    "entity_directory": (),
    "entity_names": (),
    "entity_positions": (),
    "entity_articles": (),
    "clusters": ("created_at", "updated_at"),
    "dedupe_signatures": (),
    "dedupe_bands": (),
    "url_aliases": (),
    "search_facts": (),
    "articles_fts": (),
}


def items(crawl_db: Path) -> tuple[list[dict[str, Any]], list[ArticleItem]]:
    """The crawl's sources and its articles as the stages received them, in stored order."""
    conn = sqlite3.connect(crawl_db)
    conn.row_factory = sqlite3.Row
    sources = [dict(r) for r in conn.execute("SELECT * FROM sources ORDER BY id")]
    out = []
    for row in conn.execute("SELECT rowid, * FROM articles ORDER BY stored_at, rowid").fetchall():
        entities = [
            {"label": e["label"], "text": e["surface"], "start": e["start"], "end": e["end"],
             "field": e["field"], "canonical": e["canonical"], "position": e["position"]}
            for e in conn.execute(
                "SELECT e.label, e.canonical, ae.* FROM article_entities ae JOIN entities e"
                " ON e.id = ae.entity_id WHERE ae.article_id = ?"
                " ORDER BY ae.field = 'body', ae.start, ae.rowid", [row["id"]])
        ]  # fmt: skip
        attachments = [
            Attachment(a["url"], a["title"], a["type"])
            for a in conn.execute(
                "SELECT url, title, type FROM attachments WHERE article_id = ? ORDER BY rowid",
                [row["id"]],
            )
        ]
        out.append(ArticleItem(
            url=row["url"], source_id=row["source_id"], title=row["title"], body=row["body"],
            fetched_at=row["fetched_at"], canonical_url=row["canonical_url"],
            modified_at=row["modified_at"], language=row["language"],
            lead_image=row["lead_image"], attachments=attachments,
            categories=json.loads(row["categories"] or "[]"),
            tags=json.loads(row["tags"] or "[]"), author=row["author"], form=row["form"],
            images=json.loads(row["images"] or "[]"), published_at=row["published_at"],
            published_from=row["published_from"], entities=entities, kind=row["kind"],
        ))  # fmt: skip
    return sources, out


def replay(crawl_db: Path, out_db: Path, batch: int = 1, index: int = 50) -> dict[str, float]:
    """Feed the crawl's articles through dedupe and store into ``out_db``; CPU seconds.

    Inside a running event loop, as in a crawl: the store stage writes the search indexes
    many articles at a time (KHAO_INDEX_BATCH) only when it has one. The loop never turns
    here, so they are written every ``index`` articles and at the close (in "commit")."""
    return asyncio.run(_replay(crawl_db, out_db, batch, index))


async def _replay(crawl_db: Path, out_db: Path, batch: int, index: int) -> dict[str, float]:
    from pipelines.stages.dedupe import DedupePipeline
    from pipelines.stages.store import DeferredIndex, StorePipeline
    from pipelines.storage import database, shared_store

    # one clock reading for every row: which article represents a cluster is decided on
    # stored_at, whose second would otherwise differ from run to run
    database.utc_now = lambda: "2026-01-01T00:00:00+00:00"
    sources, articles = items(crawl_db)
    store = shared_store(str(out_db))
    store.sync_sources({k: v for k, v in s.items() if k != "updated_at"} for s in sources)
    dedupe, writer = (
        DedupePipeline(str(out_db)),
        StorePipeline(str(out_db), _Stats(), index=DeferredIndex(index, 60.0)),
    )
    dedupe.open_spider()
    writer.open_spider()
    spent = {"dedupe": 0.0, "store": 0.0, "commit": 0.0}
    for n, item in enumerate(articles, 1):
        if batch > 1:
            store.open_batch()
        started = time.process_time()
        dedupe.process_item(item)
        middle = time.process_time()
        writer.process_item(item)
        ended = time.process_time()
        if batch > 1 and n % batch == 0:
            store.commit_batch()
        spent["dedupe"] += middle - started
        spent["store"] += ended - middle
        spent["commit"] += time.process_time() - ended
    started = time.process_time()
    store.commit_batch()
    store.close()
    spent["commit"] += time.process_time() - started
    return {**spent, "articles": len(articles)}


class _Stats:
    def inc_value(self, key: str, count: int = 1) -> None:
        pass


def dump(db: Path) -> dict[str, str]:
    """Per table, a digest of its rows (the clock's columns left out), sorted."""
    conn = sqlite3.connect(db)
    digests = {}
    for table, skipped in TABLES.items():
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                   if r[1] not in skipped]  # fmt: skip
        rows = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM {table}")
        lines = sorted(json.dumps(list(r), ensure_ascii=False, default=repr) for r in rows)
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
        digests[table] = f"{len(lines)} rows {digest}"
    return digests


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("crawl_db", type=Path)
    parser.add_argument("out_db", type=Path)
    parser.add_argument("--batch", type=int, default=1, help="articles per transaction")
    parser.add_argument("--dump", type=Path, help="write the tables' digests here (JSON)")
    parser.add_argument("--index", type=int, default=50,
                        help="articles per search-index write (KHAO_INDEX_BATCH)")  # fmt: skip
    args = parser.parse_args()
    spent = replay(args.crawl_db, args.out_db, args.batch, args.index)
    n = spent["articles"]
    print(f"{n:.0f} articles; CPU ms an article: dedupe {1000 * spent['dedupe'] / n:.2f},"
          f" store {1000 * spent['store'] / n:.2f}, batch commits and close"
          f" {1000 * spent['commit'] / n:.2f}")  # fmt: skip
    if args.dump:
        args.dump.write_text(json.dumps(dump(args.out_db), indent=1) + "\n")


if __name__ == "__main__":
    main()
