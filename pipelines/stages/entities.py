"""Scrapy item pipeline stage: named entities of an article's title and body.

Tagging is CPU-bound (tokenising + CRF), so it runs in a small process pool: the reactor
keeps downloading and the other stages keep storing while articles are tagged on the
other cores. ``KHAO_NER_PROCESSES = 0`` tags in-process instead. Workers exit when the
crawl does, even a crawl killed with SIGKILL (see ``start_worker``).

The articles waiting for a worker are bounded (:data:`backlog`, ``KHAO_NER_BACKLOG``):
Scrapy's own back-pressure counts response bytes, not items, so a WordPress API page of
50 posts parked here per page kept downloading while 500-650 articles waited.
``crawler.middlewares.NerBacklogMiddleware`` holds new downloads while the backlog is full.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import multiprocessing
import os
import signal
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from multiprocessing.connection import Connection
from typing import Any

from pipelines.ner import tag_texts, warm_up

log = logging.getLogger(__name__)


def article_entities(title: str, body: str, scheme: str = "khao") -> list[dict[str, Any]]:
    """The entities of one article as rows for the store (pure; runs in pool workers)."""
    entities: list[dict[str, Any]] = []
    # one call for both: the tagger scores and decodes their lines together (the same
    # entities as one call each, a document's fixed cost once)
    found = tag_texts([title or "", body or ""], scheme=scheme)
    for field, ents in zip(("title", "body"), found, strict=True):
        for e in ents:
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


def start_worker(crawl_alive: Connection) -> None:
    """Pool worker initializer: exit as soon as the crawl that owns the pool is gone.

    ``crawl_alive`` is the read end of a pipe whose only write end the crawl holds, so it
    reads EOF when the crawl ends, even by SIGKILL. Watching the parent process would not
    do: a worker's parent is the forkserver, which lives until its last worker exits, and
    orphaned workers would hold the crawl's stdout open forever.
    """

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            crawl_alive.recv_bytes()
        os._exit(0)

    threading.Thread(target=watch, name="khao-crawl-watch", daemon=True).start()
    # Ctrl-C and SIGTERM reach the whole process group; the crawl decides when to stop and
    # its items in flight still need tagging, so a worker lives until the crawl is gone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    warm_up()


def default_processes() -> int:
    """One worker per CPU but one: that core runs the reactor and the other stages. On
    2 vCPUs one worker beat two (63 vs 53 articles/s, bench/RESULTS.md)."""
    return max(1, (os.cpu_count() or 1) - 1)


_keep_open: list[Connection] = []  # the crawl's ends of the workers' "crawl alive" pipes


@cache
def shared_pool(processes: int) -> Executor:
    """One pool per crawl process, shared by every source's crawler.

    forkserver, not fork: the crawl process has threads (reactor helpers, the progress
    display, the demo mirror) that a forked child must not inherit mid-lock.
    """
    context = multiprocessing.get_context("forkserver")
    # pipelines.ner itself is lazy: preload the modules that tagging imports, and the one
    # that keeps the forkserver alive through a SIGTERM to the crawl's process group
    context.set_forkserver_preload(
        ["pipelines.ner.crf", "pipelines.ner.khao_scheme", "pipelines.ner.forkserver_signals"]
    )
    crawl_alive, held_by_crawl = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(
        max_workers=processes,
        mp_context=context,
        initializer=start_worker,
        initargs=(crawl_alive,),
    )
    _keep_open.append(held_by_crawl)  # closed by the kernel when the crawl process ends
    atexit.register(pool.shutdown, wait=False, cancel_futures=True)
    return pool


class Backlog:
    """Articles in this stage (waiting for a worker or being tagged), over every source of
    the crawl process: the worker pool is shared, so is its queue.

    ``bound`` (``KHAO_NER_BACKLOG``; 0: none) is enforced before a download, not here: an
    article that reached this stage is already in memory, and refusing it would lose it.
    Every download admitted below the bound may still bring its articles (one for an article
    page, a whole API page of posts), so ``peak`` can pass ``bound`` by one response's worth.
    """

    def __init__(self, bound: int = 0) -> None:
        self.bound = bound
        self.count = 0
        self.peak = 0
        self._waiters: list[asyncio.Future[None]] = []

    def has_room(self) -> bool:
        return self.bound <= 0 or self.count < self.bound

    async def room(self) -> None:
        """Return once the backlog is below its bound (at once when it is)."""
        while not self.has_room():
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            await waiter

    def enter(self) -> None:
        self.count += 1
        self.peak = max(self.peak, self.count)

    def leave(self) -> None:
        self.count -= 1
        if self._waiters and self.has_room():
            waiters, self._waiters = self._waiters, []
            for waiter in waiters:  # each checks again: a woken download may find it full
                if not waiter.done():
                    waiter.set_result(None)


#: The crawl process's one backlog (configured by the stage's ``from_crawler``).
backlog = Backlog()


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
        backlog.bound = settings.getint("KHAO_NER_BACKLOG", 0)
        return cls(
            scheme=settings.get("KHAO_NER_SCHEME", "khao"),
            processes=default_processes() if processes is None else int(processes),
        )

    def open_spider(self, spider: Any = None) -> None:
        if self.processes > 0:
            self.pool = shared_pool(self.processes)

    def close_spider(self, spider: Any = None) -> None:
        if self.pool is not None:
            log.info("NER backlog: at most %d articles waited for tagging (bound %d)",
                     backlog.peak, backlog.bound)  # fmt: skip

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.pool is None:
            item.entities = article_entities(item.title, item.body, self.scheme)
            return item
        backlog.enter()
        try:
            return await self._tag_in_pool(item)
        finally:
            backlog.leave()

    async def _tag_in_pool(self, item: Any) -> Any:
        if self.pool is None:
            item.entities = article_entities(item.title, item.body, self.scheme)
            return item
        loop = asyncio.get_running_loop()
        try:
            item.entities = await loop.run_in_executor(
                self.pool, article_entities, item.title, item.body, self.scheme
            )
        except BrokenProcessPool:
            # a worker died (OOM killer, kill): tag here for the rest of the crawl rather
            # than lose this article and every one after it
            log.error("NER worker process died; tagging in the crawl process from now on")
            shared_pool.cache_clear()
            self.pool = None
            item.entities = article_entities(item.title, item.body, self.scheme)
        return item
