"""NER in worker processes gives the same entities as in-process tagging, and an article
is never lost when a worker dies: the pipeline tags it in the crawl process instead."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from pipelines.items import ArticleItem
from pipelines.stages.entities import EntityPipeline, article_entities, shared_pool

pytestmark = pytest.mark.slow

TITLE = "นายอัมพร พินะสา เลขาธิการ กพฐ. ตรวจเยี่ยมโรงเรียนที่สุราษฎร์ธานี"
BODY = "สพฐ. จัดสรรงบประมาณ 20 ล้านบาท ให้โรงเรียนในจังหวัดสุราษฎร์ธานี เมื่อวันที่ 5 มีนาคม 2567"


def article() -> ArticleItem:
    return ArticleItem(url="http://x/1", source_id="s", title=TITLE, body=BODY)


def test_pool_tags_like_the_crawl_process_and_survives_a_dead_worker() -> None:
    shared_pool.cache_clear()
    pipeline = EntityPipeline(processes=1)
    pipeline.open_spider()
    expected = article_entities(TITLE, BODY)
    assert {e["label"] for e in expected} >= {"PERSON", "LOCATION"}

    first = asyncio.run(pipeline.process_item(article()))
    assert first.entities == expected and pipeline.pool is not None

    for pid in list(pipeline.pool._processes):  # type: ignore[attr-defined]
        os.kill(pid, signal.SIGKILL)  # what the OOM killer does to a worker
    second = asyncio.run(pipeline.process_item(article()))
    assert second.entities == expected  # tagged in-process: the article keeps its entities
    assert pipeline.pool is None
    shared_pool.cache_clear()
