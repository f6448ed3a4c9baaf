"""What travels through Redis besides Scrapy's requests: items, known URLs."""

from __future__ import annotations

import json
from dataclasses import asdict

import redis

from crawler.distributed.keys import Keys
from pipelines.items import ArticleItem, Attachment, DateCandidate

NONE_MARK = "\x00"  # a known URL whose modified time is unknown (None)


def publish_known(
    client: redis.Redis, keys: Keys, source_id: str, known: dict[str, str | None]
) -> None:
    key = keys.known(source_id)
    client.delete(key)
    items = [(url, NONE_MARK if modified is None else modified) for url, modified in known.items()]
    for start in range(0, len(items), 5000):
        client.hset(key, mapping=dict(items[start : start + 5000]))


def load_known(client: redis.Redis, keys: Keys, source_id: str) -> dict[str, str | None]:
    known: dict[str, str | None] = {}
    for url, modified in client.hscan_iter(keys.known(source_id), count=5000):
        value = modified.decode()
        known[url.decode()] = None if value == NONE_MARK else value
    return known


def item_to_json(item: ArticleItem) -> str:
    return json.dumps(asdict(item), ensure_ascii=False)


def item_from_json(raw: bytes | str) -> ArticleItem:
    data = json.loads(raw)
    data["date_candidates"] = [DateCandidate(**c) for c in data.get("date_candidates") or []]
    data["attachments"] = [Attachment(**a) for a in data.get("attachments") or []]
    known = ArticleItem.__dataclass_fields__
    return ArticleItem(**{k: v for k, v in data.items() if k in known})
