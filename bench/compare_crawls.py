"""Compare two crawls of the demo mirror (bench.crawl_cpu --keep): the rows of articles,
entities, mentions, the entity directory and clusters, with each article named by its URL's
path (the mirror's port, hence every article id, differs from run to run). Run:
`.venv/bin/python -m bench.compare_crawls a.db b.db`. Which article of a story founds its
cluster and represents it depends on the order articles arrived in, which varies between
runs: clusters are compared as sets of articles.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from urllib.parse import urlsplit

QUERIES = {
    "articles": "SELECT id, url, title, body, published_at, published_from, kind, form,"
    " content_hash, categories, tags, author FROM articles",
    "entities": "SELECT id, label, canonical, directory_id, articles FROM entities",
    "article_entities": "SELECT article_id, entity_id, field, surface, start, [end], position,"
    " directory_id FROM article_entities",
    "entity_directory": "SELECT id, label, name, kind, articles, first_seen, last_seen"
    " FROM entity_directory",
    "entity_names": "SELECT name, directory_id, kind FROM entity_names",
    "entity_positions": "SELECT * FROM entity_positions",
    "entity_articles": "SELECT directory_id, article_id, label, name, position, published_at,"
    " source_id, agency, kind FROM entity_articles",
}


def rows(path: str) -> dict[str, set[tuple]]:
    conn = sqlite3.connect(path)
    paths = {i: urlsplit(u).path + "?" + urlsplit(u).query
             for i, u in conn.execute("SELECT id, url FROM articles")}  # fmt: skip
    host = re.compile(r"https?://127\.0\.0\.1:\d+")

    def norm(value: object) -> object:
        if isinstance(value, str):
            return paths.get(value, host.sub("", value))
        return value

    out = {name: {tuple(norm(v) for v in row) for row in conn.execute(sql)}
           for name, sql in QUERIES.items()}  # fmt: skip
    stories: dict[str, set[str]] = {}
    for article, cluster in conn.execute("SELECT id, cluster_id FROM articles"):
        stories.setdefault(cluster, set()).add(paths[article])
    out["clusters (as sets of articles)"] = {tuple(sorted(s)) for s in stories.values()}
    return out


def main() -> None:
    a, b = rows(sys.argv[1]), rows(sys.argv[2])
    for name in a:
        same = "same" if a[name] == b[name] else f"DIFFER: {len(a[name] - b[name])} rows only in a"
        print(f"{name:32s} {len(a[name]):6d} / {len(b[name]):6d} rows: {same}")


if __name__ == "__main__":
    main()
