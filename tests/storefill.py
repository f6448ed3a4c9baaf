"""Fill a real khao database with real bundled articles through the real Store (no crawl)."""

from __future__ import annotations

from pathlib import Path

from crawler.demo.corpus import bundled_articles
from pipelines.items import ArticleItem
from pipelines.kinds import classify
from pipelines.storage import Store
from pipelines.thai_text import clean_text, clean_title

SOURCES = [
    {"id": "demo-thaigov", "name": "ข่าวทำเนียบรัฐบาล", "agency": "สลน.", "kind": "listing",
     "url": "http://127.0.0.1/thaigov/"},
    {"id": "demo-obec", "name": "สพฐ.", "agency": "สพฐ.", "kind": "wordpress",
     "url": "http://127.0.0.1/obec/"},
]  # fmt: skip


def fill(db: Path, count: int = 40, entities: bool = False) -> list[ArticleItem]:
    """Store the first `count` bundled articles, alternating between the two sources."""
    store = Store(db)
    store.sync_sources(SOURCES)
    items = []
    for index, article in enumerate(bundled_articles()[:count]):
        source = SOURCES[index % 2]["id"]
        item = ArticleItem(
            url=f"http://127.0.0.1/{source}/news-{article.number}",
            source_id=source,
            title=clean_title(article.title),
            body=clean_text(article.body),
            published_at=f"{article.date}T09:00:00+07:00",
            language="th",
        )
        item.kind = classify(item.title, item.body)
        if entities and "นายกรัฐมนตรี" in item.body:
            start = item.body.index("นายกรัฐมนตรี")
            item.entities = [{"label": "POSITION", "text": "นายกรัฐมนตรี", "canonical":
                              "นายกรัฐมนตรี", "start": start, "end": start + 12}]  # fmt: skip
        store.save_article(item)
        items.append(item)
    store.close()
    return items
