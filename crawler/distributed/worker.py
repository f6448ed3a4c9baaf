"""A worker of a distributed crawl (``khao crawl --redis URL``): the same per-source
crawlers as a local crawl, with the shared Redis queue as scheduler and the writer's
stages replaced by a push of each item to Redis."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import redis
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import deferred_from_coro

from crawler.distributed.keys import (
    HEARTBEAT_EVERY,
    HEARTBEAT_TTL,
    DistributedError,
    Keys,
    RunInfo,
    connect,
    current_run,
    new_worker_id,
    wait_for_run,
)
from crawler.distributed.leases import ReliableQueue
from crawler.distributed.payloads import item_to_json, load_known
from crawler.logs import quiet_terminal
from crawler.runner import GracefulStop, add_source_crawlers, base_settings, select_sources
from pipelines.items import ArticleItem
from pipelines.redact import redact_url
from pipelines.stages import split_stages

log = logging.getLogger(__name__)


class RedisItemPipeline:
    """Worker side of the item flow: push the processed item to the writer as JSON."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.keys = Keys(crawler.settings.get("KHAO_RUN_ID"))
        self.server: redis.Redis | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisItemPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self.server = connect(self.crawler.settings.get("REDIS_URL"))

    def process_item(self, item: ArticleItem, spider: Any = None) -> ArticleItem:
        assert self.server is not None
        self.server.rpush(self.keys.items, item_to_json(item))
        self.crawler.stats.inc_value("khao/items_pushed")
        return item


class Heartbeat:
    """A thread that keeps this worker's key alive; dies with the process (kill -9)."""

    def __init__(self, client: redis.Redis, keys: Keys, worker_id: str) -> None:
        self.client, self.keys, self.worker_id = client, keys, worker_id
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name="khao-heartbeat", daemon=True)

    def beat(self) -> None:
        self.client.set(self.keys.worker(self.worker_id), str(time.time()), ex=HEARTBEAT_TTL)

    def start(self) -> Heartbeat:
        self.client.sadd(self.keys.workers, self.worker_id)
        self.beat()
        self.thread.start()
        return self

    def _run(self) -> None:
        while not self.stopped.wait(HEARTBEAT_EVERY):
            try:
                self.beat()
            except redis.RedisError as exc:  # a blip must not kill the worker
                log.warning("heartbeat failed: %s", exc)

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.client.delete(self.keys.worker(self.worker_id))
        self.client.srem(self.keys.workers, self.worker_id)


@dataclass
class WorkerReport:
    """What a worker tells the writer about one source when its crawler closes."""

    source_id: str
    worker_id: str
    reason: str
    fatal: str | None = None
    errors: dict[str, int] = field(default_factory=dict)
    error_samples: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    unchanged: int = 0
    items_pushed: int = 0


def closing_report(crawler: Any, spider: Any, reason: str, worker_id: str) -> WorkerReport:
    stats = crawler.stats.get_stats()
    return WorkerReport(
        source_id=spider.name,
        worker_id=worker_id,
        reason=reason,
        fatal=getattr(spider, "fatal", None),
        errors=dict(getattr(spider, "errors", {})),
        error_samples=list(getattr(spider, "error_samples", []))[:20],
        stats={
            k: v for k, v in stats.items() if isinstance(v, int | float) and not isinstance(v, bool)
        },
        unchanged=getattr(spider, "unchanged", 0),
        items_pushed=int(stats.get("khao/items_pushed", 0)),
    )


RUN_CHECK_EVERY = 2.0  # seconds between two looks at whether the writer closed the run
RUN_CLOSED = "run_closed"  # a source crawler's close reason when it did


class WorkerExtension:
    """Idle exit (``--idle-exit``) and the report to the writer, per source crawler."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.keys = Keys(settings.get("KHAO_RUN_ID"))
        self.worker_id = settings.get("KHAO_WORKER_ID")
        self.idle_exit = settings.getfloat("KHAO_IDLE_EXIT", 30)
        self.idle_since: float | None = None
        self.server: redis.Redis | None = None
        self.run_check: Any = None  # a LoopingCall of _stop_if_run_closed
        self.run_closed = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> WorkerExtension:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        from twisted.internet import task

        self.server = connect(self.crawler.settings.get("REDIS_URL"))
        self.run_check = task.LoopingCall(self._stop_if_run_closed)
        self.run_check.start(RUN_CHECK_EVERY, now=False)

    def _stop_if_run_closed(self) -> None:
        """The writer closed the run while this worker still crawls (it stopped: a full
        disk, Ctrl-C): nothing fetched now could be stored, so stop instead of walking the
        rest of the site into keys nobody reads."""
        try:
            run = current_run(self.server)  # type: ignore[arg-type]
        except redis.RedisError:
            return  # a blip: the heartbeat says so
        if run is not None and run.run_id == self.keys.run_id:
            return
        self.run_closed = True
        self.run_check.stop()
        log.warning("run %s was closed by its writer: stopping", self.keys.run_id)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=RUN_CLOSED))

    def spider_idle(self, spider: Any) -> None:
        assert self.server is not None
        queue: ReliableQueue = spider.khao_queue
        queue.release_own()  # idle: nothing of ours is in flight any more
        run = current_run(self.server)
        if run is None or run.run_id != self.keys.run_id:
            self.run_closed = True  # the writer closed the run: stop now, with no report
            return
        busy = len(queue) > 0 or queue.leased() > 0
        now = time.monotonic()
        if busy or self.idle_since is None:
            self.idle_since = now
        if busy or now - self.idle_since < self.idle_exit:
            self._poll_soon()
            raise DontCloseSpider

    def _poll_soon(self) -> None:
        """Scrapy looks at an idle scheduler every 5 s; other workers feed ours sooner."""
        from twisted.internet import reactor

        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            reactor.callLater(0.5, slot.nextcall.schedule)  # type: ignore[attr-defined]

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.run_check is not None and self.run_check.running:
            self.run_check.stop()
        if self.run_closed:
            return  # no writer reads the report of a closed run
        report = closing_report(self.crawler, spider, reason, self.worker_id)
        server = self.server or connect(self.crawler.settings.get("REDIS_URL"))
        server.rpush(self.keys.reports, json.dumps(asdict(report), ensure_ascii=False))


def worker_settings(
    base: Any, redis_url: str, run: RunInfo, worker_id: str, idle_exit: float
) -> dict[str, Any]:
    """Settings that turn a normal crawl into a worker of a distributed run."""
    pipelines, _ = split_stages(base.getdict("ITEM_PIPELINES"))  # the writer runs the rest
    pipelines["crawler.distributed.worker.RedisItemPipeline"] = 990
    extensions = dict(base.getdict("EXTENSIONS"))
    extensions["crawler.extensions.RunRecorder"] = None  # the writer records the run
    extensions["crawler.distributed.worker.WorkerExtension"] = 500
    middlewares = dict(base.getdict("SPIDER_MIDDLEWARES"))
    middlewares["crawler.distributed.leases.SeedOnceMiddleware"] = 10
    downloader = dict(base.getdict("DOWNLOADER_MIDDLEWARES"))
    # ETag/Last-Modified live in the writer's database; workers rely on the known URLs
    downloader["crawler.middlewares.ConditionalRequestMiddleware"] = None
    return {
        "SCHEDULER": "crawler.distributed.leases.ReliableScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "KHAO_RUN_ID": run.run_id,
        "KHAO_MODE": "redis",
        "KHAO_WORKER_ID": worker_id,
        "KHAO_IDLE_EXIT": idle_exit,
        "ITEM_PIPELINES": pipelines,
        "EXTENSIONS": extensions,
        "SPIDER_MIDDLEWARES": middlewares,
        "DOWNLOADER_MIDDLEWARES": downloader,
    }


@dataclass
class WorkerSummary:
    run_id: str
    worker_id: str
    reports: list[WorkerReport] = field(default_factory=list)


def run_worker(
    redis_url: str,
    source_list: Any,
    only: list[str] | None,
    idle_exit: float = 30,
    settings_overrides: dict[str, Any] | None = None,
    on_item: Callable[[str], None] | None = None,
    stop: GracefulStop | None = None,
) -> WorkerSummary:
    """Join the writer's run and crawl every source from the shared queues until idle."""
    client = connect(redis_url)
    run = wait_for_run(client, timeout=max(idle_exit, 5))
    if run is None:
        shown = redact_url(redis_url)
        raise DistributedError(
            f"no distributed run open on {shown}: start `khao ingest --redis {shown}` "
            "on the machine with the database first"
        )
    keys = Keys(run.run_id)
    chosen, _ = select_sources(source_list, only)
    sources = [s for s in chosen if s.id in run.sources]
    worker_id = new_worker_id()
    summary = WorkerSummary(run.run_id, worker_id)
    heartbeat = Heartbeat(client, keys, worker_id).start()
    try:
        settings = base_settings("", run.run_id, settings_overrides)
        for key, value in worker_settings(settings, redis_url, run, worker_id, idle_exit).items():
            settings.set(key, value, priority="cmdline")
        quiet_terminal(settings)  # one line per failure on the terminal (crawler.logs)
        process = CrawlerProcess(settings)
        reports: dict[str, WorkerReport] = {}

        def report(crawler: Any, spider: Any, reason: str) -> None:
            reports[spider.name] = closing_report(crawler, spider, reason, worker_id)

        add_source_crawlers(
            process,
            settings,
            sources,
            lambda source_id: load_known(client, keys, source_id),
            lambda source_id: source_id in run.full_walk,  # decided by the writer
            on_item,
            report,
        )
        if stop is not None:
            stop.process = process
        if sources and (stop is None or stop.signum is None):
            process.start(install_signal_handlers=stop is None)
        summary.reports = list(reports.values())
    finally:
        heartbeat.stop()
    return summary
