"""The demo corpus: real thaigov.go.th articles bundled with khao (see data/README.md).

``demo_articles(n)`` returns n articles; beyond the 971 bundled ones it makes numbered
copies (new ids, a numbered title, rotated paragraphs) so the mirror can scale to
benchmark sizes while every text stays real Thai.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

BASE_COUNT = 971


@dataclass(frozen=True)
class DemoArticle:
    key: str  # e.g. thaigov-149, or thaigov-149-c2 for a generated copy
    number: int  # numeric id (thaigov_id for originals)
    date: str  # ISO date, the truth for tests
    date_th: str  # the Thai date line as published
    title: str
    page_title: str
    body: str
    category: str
    url: str  # the original thaigov.go.th URL


@cache
def bundled_articles() -> tuple[DemoArticle, ...]:
    path = resources.files("crawler") / "demo" / "data" / "thaigov_articles.jsonl.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return tuple(
        DemoArticle(
            key=row["id"],
            number=int(row["thaigov_id"]),
            date=row["date"],
            date_th=row["date_th"],
            title=row["title"],
            page_title=row["page_title"],
            body=row["body"],
            category=row["category"],
            url=row["url"],
        )
        for row in rows
    )


def demo_articles(count: int | None = None) -> list[DemoArticle]:
    base = bundled_articles()
    if count is None or count <= len(base):
        return list(base[: count if count is not None else len(base)])
    result = list(base)
    copy = 1
    while len(result) < count:
        for article in base:
            if len(result) >= count:
                break
            paragraphs = article.body.split("\n")
            shift = copy % max(1, len(paragraphs))
            rotated = paragraphs[shift:] + paragraphs[:shift]
            result.append(
                replace(
                    article,
                    key=f"{article.key}-c{copy}",
                    number=article.number + copy * 1_000_000,
                    title=f"{article.title} (ชุดที่ {copy + 1})",
                    page_title=f"{article.page_title} (ชุดที่ {copy + 1})",
                    body="\n".join(rotated),
                )
            )
        copy += 1
    return result
