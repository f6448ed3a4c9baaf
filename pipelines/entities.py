"""Scrapy item pipeline stage: named entities of an article's title and body.

Tagging is CPU-bound (tokenising + CRF), so it runs in a small process pool: the reactor
keeps downloading and the other stages keep storing while articles are tagged on the
other cores. ``KHAO_NER_PROCESSES = 0`` tags in-process instead.
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import cache
from typing import Any

from pipelines.ner import tag, warm_up


def article_entities(title: str, body: str, scheme: str = "khao") -> list[dict[str, Any]]:
    """The entities of one article as rows for the store (pure; runs in pool workers)."""
    entities: list[dict[str, Any]] = []
    for field, text in (("title", title or ""), ("body", body or "")):
        for e in tag(text, scheme=scheme):
            entities.append(
                {
                    "label": e.label,
                    "text": e.text,
                    "start": e.start,
                    "end": e.end,
                    "field": field,
                    "canonical": e.canonical,
                    "position": e.position,
                }
            )
    return entities


def start_worker() -> None:
    """Pool worker initializer: exit when the crawl that owns the pool is gone, then load.

    A worker blocks on its task queue, whose write end it holds itself, so it would never
    notice a crawl killed with SIGKILL and would live on as an orphan (holding the crawl's
    stdout). Its parent (the forkserver) exits with the crawl; a reparented worker exits.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="khao-parent-watch", daemon=True).start()
    warm_up()


def default_processes() -> int:
    return os.cpu_count() or 1


@cache
def shared_pool(processes: int) -> Executor:
    """One pool per crawl process, shared by every source's crawler.

    forkserver, not fork: the crawl process has threads (reactor helpers, the progress
    display, the demo mirror) that a forked child must not inherit mid-lock.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.ner"])
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=start_worker)
    atexit.register(pool.shutdown, wait=False, cancel_futures=True)
    return pool


class EntityPipeline:
    """Fill ``item.entities`` (khao scheme) from ``item.title`` and ``item.body``."""

    def __init__(self, scheme: str = "khao", processes: int = 0) -> None:
        self.scheme = scheme
        self.processes = processes
        self.pool: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> EntityPipeline:
        settings = crawler.settings
        processes = settings.get("KHAO_NER_PROCESSES")
        return cls(
            scheme=settings.get("KHAO_NER_SCHEME", "khao"),
            processes=default_processes() if processes is None else int(processes),
        )

    def open_spider(self, spider: Any = None) -> None:
        if self.processes > 0:
            self.pool = shared_pool(self.processes)

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.pool is None:
            item.entities = article_entities(item.title, item.body, self.scheme)
            return item
        loop = asyncio.get_running_loop()
        item.entities = await loop.run_in_executor(
            self.pool, article_entities, item.title, item.body, self.scheme
        )
        return item
