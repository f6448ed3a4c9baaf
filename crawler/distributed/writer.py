"""The writer of a distributed crawl (``khao ingest``).

SQLite has one writer, so workers never touch the database: they push items to Redis and
the writer runs the stages that need the database (``needs_database``: dedupe, store) on
them, exactly as a local crawl ends, then records the run in ``crawl_runs`` with
``mode = 'redis'``.

A write the machine refuses (a full disk, a read-only database: ``storage_failure``) stops
the writer at once, as it stops a local crawl's source: every later write would fail the same
way. The refused item and everything after it stay queued (a writer killed now loses
nothing; the run's end deletes its keys as always), each source's row names the error
(written once the space reserve is freed, like a local crawl's), and no source's walk is
marked complete, so the next run walks every source in full and stores what was lost.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import redis
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.misc import load_object

from crawler.distributed.keys import (
    HEARTBEAT_TTL,
    RUN_KEY,
    DistributedError,
    Keys,
    RunInfo,
    connect,
    current_run,
    live_workers,
    new_worker_id,
)
from crawler.distributed.leases import requeue_leases
from crawler.distributed.payloads import (
    MALFORMED,
    PayloadError,
    build,
    conform,
    item_from_json,
    load_json,
    payload_source,
    publish_known,
)
from crawler.distributed.worker import WorkerReport
from crawler.error_kinds import NOT_ARTICLES, PERMANENT
from crawler.extensions import (
    error_kinds,
    record_run,
    record_unrecorded,
    storage_failure,
    summarise_stats,
)
from crawler.runner import (
    CrawlSummary,
    GracefulStop,
    base_settings,
    load_summary,
    new_run_id,
    prepare_run,
    select_sources,
)
from crawler.sources import Source, SourceList
from pipelines.stages import split_stages
from pipelines.storage import Store

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- writer stages
class _StageCrawler:
    """Just enough of a Scrapy crawler for ``Stage.from_crawler`` outside a reactor."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.signals = SignalManager(self)
        self.stats = MemoryStatsCollector(self)  # type: ignore[arg-type]
        self.spider: Any = None


@dataclass(frozen=True)
class Refusal:
    """A write the machine refused (``storage_failure``): it stops the writer."""

    kind: str  # disk_full, read_only, io_error
    url: str
    error: str
    source_id: str  # whose item it was

    def message(self, source_id: str) -> str:
        """The error message of ``source_id``'s run row."""
        if source_id == self.source_id:
            return f"{self.kind}: cannot store {self.url}: {self.error}"
        return f"{self.kind}: not stored: the writer stopped at {self.url} ({self.error})"


@dataclass
class SourceWriter:
    """The writer-side stages of one source, with their own stats (like one crawler)."""

    source: Source
    crawler: _StageCrawler
    stages: list[Any]
    spider: Any
    writer_errors: dict[str, int] = field(default_factory=dict)
    #: the write the machine refused, which stopped the writer (this source's or another's)
    refused: Refusal | None = None

    def process(self, item: Any) -> Refusal | None:
        """Run the stages on one item; the refusal when the machine refused its write (a
        full disk): the item is not stored and the writer must stop (``stop_all``)."""
        for stage in self.stages:
            try:
                result = stage.process_item(item, self.spider)
                if inspect.isawaitable(result):
                    result = asyncio.run(_await(result))
            except DropItem:
                return None
            except Exception as exc:
                kind = storage_failure(exc)
                if kind is not None:  # said once per source by stop_all(), no traceback
                    return Refusal(kind, item.url, str(exc), self.source.id)
                # one bad item must not stop the writer
                name = f"writer_{type(exc).__name__}"
                self.writer_errors[name] = self.writer_errors.get(name, 0) + 1
                log.exception("source %s: cannot store %s", self.source.id, item.url)
                return None
            item = result if result is not None else item
        return None

    def malformed(self, error: PayloadError) -> None:
        """A payload dropped unread: counted on this source's run, logged."""
        self.writer_errors[MALFORMED] = self.writer_errors.get(MALFORMED, 0) + 1
        log.warning("source %s: %s: dropped, not a payload khao wrote: %s", self.source.id,
                    MALFORMED, error)  # fmt: skip

    def close(self) -> None:
        for stage in self.stages:
            if hasattr(stage, "close_spider"):
                stage.close_spider(self.spider)


async def _await(value: Any) -> Any:
    return await value


def build_writer(settings: Settings, source: Source) -> SourceWriter:
    crawler = _StageCrawler(settings)
    spider = SimpleNamespace(name=source.id, source=source, settings=settings, crawler=crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    _, pipelines = split_stages(settings.getdict("ITEM_PIPELINES"))  # workers ran the rest
    names = sorted(pipelines, key=lambda p: pipelines[p])
    stages = []
    for name in names:
        cls = load_object(name)
        stage = cls.from_crawler(crawler) if hasattr(cls, "from_crawler") else cls()
        if hasattr(stage, "open_spider"):
            stage.open_spider(spider)
        stages.append(stage)
    return SourceWriter(source, crawler, stages, spider)


# --------------------------------------------------------------------------- the writer
@dataclass
class IngestOptions:
    idle_exit: float = 30.0
    full: bool = False  # walk every source in full (khao ingest --full)
    batch: int = 200
    poll: float = 0.2


def select_ids(source_list: SourceList, only: list[str] | None) -> list[str]:
    """The ids of the sources this run crawls (unknown ids are recorded by prepare_run)."""
    return [s.id for s in select_sources(source_list, only)[0]]


def open_run(client: redis.Redis, writer_id: str, source_ids: list[str]) -> tuple[RunInfo, bool]:
    """Open a new run, or take over the run of a writer that died (its queues are kept)."""
    existing = current_run(client)
    if existing is not None:
        if client.exists(Keys(existing.run_id).writer):
            raise DistributedError(
                f"another `khao ingest` is running run {existing.run_id} on this Redis"
            )
        run = RunInfo(existing.run_id, sorted(set(existing.sources) | set(source_ids)), writer_id)
        resumed = True
    else:
        run = RunInfo(new_run_id(), source_ids, writer_id)
        resumed = False
    client.set(Keys(run.run_id).writer, writer_id, ex=HEARTBEAT_TTL)
    return run, resumed


def run_ingest(
    redis_url: str,
    db_path: str,
    source_list: SourceList,
    only: list[str] | None = None,
    options: IngestOptions | None = None,
    on_item: Any = None,
    stop: GracefulStop | None = None,
) -> CrawlSummary:
    """Open a distributed run, store what the workers push until idle, record the run."""
    options = options or IngestOptions()
    client = connect(redis_url)
    chosen = select_ids(source_list, only)
    writer_id = new_worker_id()
    run, resumed = open_run(client, writer_id, chosen)
    keys = Keys(run.run_id)
    store, sources = prepare_run(db_path, source_list, only, run.run_id, "redis")
    force_full = base_settings(db_path, run.run_id).getbool("KHAO_FULL_WALK") or options.full
    run.full_walk = [s.id for s in sources if force_full or not store.walk_complete(s.id)]
    for source in sources:
        publish_known(client, keys, source.id, store.known_articles(source.id))
        store.begin_walk(source.id, run.run_id)
    client.set(RUN_KEY, run.dumps())  # workers waiting for a run start now
    if resumed:
        log.warning("took over run %s from a writer that stopped", run.run_id)
    rows = {s.id: store.start_run(run.run_id, s.id, "redis") for s in sources}
    settings = base_settings(db_path, run.run_id, {"KHAO_MODE": "redis"})
    writers = {s.id: build_writer(settings, s) for s in sources}
    leftover = _consume(client, keys, writers, options, on_item, stop)
    reports = _reports(client, keys, writers)
    for source in sources:
        writer = writers[source.id]
        writer.close()
        _finish_source(store, run.run_id, rows[source.id], writer, [r for r in reports if r.source_id == source.id],
                       leftover.get(source.id, 0))  # fmt: skip
    record_unrecorded(store)  # frees the reserve, then one transaction for the refused rows
    _close_run(client, run)
    return load_summary(store, run.run_id)


def _reports(
    client: redis.Redis, keys: Keys, writers: dict[str, SourceWriter]
) -> list[WorkerReport]:
    """The workers' reports; a malformed one is dropped and counted like a malformed item."""
    reports = []
    for raw in client.lrange(keys.reports, 0, -1):
        try:
            report = build(WorkerReport, load_json(raw, "report"), "report")
            for key, value in report.stats.items():  # summed into crawl_runs' counts
                conform(value, float, f"report.stats.{key}")
            reports.append(report)
        except PayloadError as exc:
            if writers:
                _writer_for(writers, payload_source(raw)).malformed(exc)
    return reports


def _writer_for(writers: dict[str, SourceWriter], source_id: str | None) -> SourceWriter:
    """The source a malformed payload names, else the run's first source (its count must
    land on some row of the run)."""
    return writers.get(source_id or "") or writers[next(iter(writers))]


def _consume(client: redis.Redis, keys: Keys, writers: dict[str, SourceWriter],
             options: IngestOptions, on_item: Any,
             stop: GracefulStop | None = None) -> dict[str, int]:  # fmt: skip
    """Store items until the run is idle; return the requests left per source (if any),
    or nothing when the machine refused a write (``stop_all``).

    Idle: no item waiting, no request queued or leased, no worker alive. Once workers have
    come and gone that ends the run at once; if no worker ever comes, after ``idle_exit``.
    """
    idle_since: float | None = None
    joined = False
    last_requeue = 0.0
    while True:
        if stop is not None and stop.signum is not None:  # Ctrl-C: what is stored stays
            return {s: max(1, int(client.zcard(keys.queue(s)))) for s in writers}
        client.set(keys.writer, "1", ex=HEARTBEAT_TTL)
        raws = client.lrange(keys.items, 0, options.batch - 1)
        if raws:
            for index, raw in enumerate(raws):
                try:
                    item = item_from_json(raw)
                except PayloadError as exc:
                    if writers:
                        _writer_for(writers, payload_source(raw)).malformed(exc)
                    continue
                writer = writers.get(item.source_id)
                if writer is not None:
                    refusal = writer.process(item)
                    if refusal is not None:
                        # the refused item and all after it stay queued, unstored
                        client.ltrim(keys.items, index, -1)
                        stop_all(client, keys, writers, refusal)
                        return {}
                    if on_item is not None:
                        on_item(item.source_id)
            # one writer: trimming after storing means a crash re-stores, never loses
            client.ltrim(keys.items, len(raws), -1)
            idle_since = None
            continue
        now = time.monotonic()
        if now - last_requeue > 2:
            for source_id in writers:
                requeue_leases(client, keys, source_id)
            last_requeue = now
        workers = live_workers(client, keys)
        joined = joined or bool(workers)
        pending = {
            s: int(client.zcard(keys.queue(s))) + int(client.hlen(keys.leases(s))) for s in writers
        }
        if workers:
            idle_since = None
        elif joined and not any(pending.values()):
            return pending
        else:
            idle_since = idle_since if idle_since is not None else now
            if now - idle_since >= options.idle_exit:
                return pending
        time.sleep(options.poll)


def stop_all(
    client: redis.Redis, keys: Keys, writers: dict[str, SourceWriter], refusal: Refusal
) -> None:
    """The machine refused a write: every source stops (their next writes would fail the
    same way), each counting its items left unstored in Redis, said once each."""
    waiting: dict[str, int] = {}
    start, chunk = 0, 1000  # in windows: the backlog may be large when the writer is slow
    while raws := client.lrange(keys.items, start, start + chunk - 1):
        for raw in raws:
            source_id = payload_source(raw) or ""
            waiting[source_id] = waiting.get(source_id, 0) + 1
        start += chunk
    for source_id, writer in writers.items():
        writer.refused = refusal
        # at least 1: the source lost articles, even if none of its items is queued yet
        writer.writer_errors[refusal.kind] = max(1, waiting.get(source_id, 0))
        log.error("source %s: %s; %d items left unstored: its walk stays incomplete, the "
                  "next run crawls them again", source_id, refusal.message(source_id),
                  waiting.get(source_id, 0))  # fmt: skip


def _finish_source(store: Store, run_id: str, row_id: int, writer: SourceWriter, reports: list[WorkerReport],
                   leftover: int) -> None:  # fmt: skip
    stats: dict[str, Any] = dict(writer.crawler.stats.get_stats())
    errors: dict[str, int] = dict(writer.writer_errors)
    unchanged = 0
    for report in reports:
        for key, value in report.stats.items():
            stats[key] = stats.get(key, 0) + value
        for key, value in report.errors.items():
            errors[key] = errors.get(key, 0) + value
        unchanged += report.unchanged
    fatal = next((r.fatal for r in reports if r.fatal), None)
    samples = [s for r in reports for s in r.error_samples]
    columns = summarise_stats(stats, SimpleNamespace(errors=errors, unchanged=unchanged))
    if writer.refused is not None:  # first: the workers' reports may not have come yet
        refusal = writer.refused
        status, reason, message = "failed", refusal.kind, refusal.message(writer.source.id)
    elif not reports:
        status, reason = "failed", "no_worker"
        message = "no worker crawled this source (start `khao crawl --redis URL` on the workers)"
    elif fatal:
        status, reason, message = "failed", "finished", fatal
    elif leftover:
        status, reason = "interrupted", "no_worker"
        message = f"{leftover} requests left in the shared queue with no worker alive"
    else:
        status, reason = ("partial" if error_kinds(errors) - NOT_ARTICLES else "ok"), "finished"
        message = samples[0] if samples else None
    outcome = {"status": status, "finish_reason": reason, "error_message": message, **columns}
    completed = status in ("ok", "partial") and not error_kinds(errors) - PERMANENT
    # a refused writer's disk is full: its rows are written after freeing the reserve
    record_run(store, run_id, writer.source.id, row_id, outcome, {} if completed else None,
               refused=writer.refused is not None)  # fmt: skip


def _close_run(client: redis.Redis, run: RunInfo) -> None:
    """Delete the run's keys so the next cron run starts fresh (its own seen-set)."""
    current = current_run(client)
    if current is not None and current.run_id == run.run_id:
        client.delete(RUN_KEY)
    batch: list[bytes] = []
    for key in client.scan_iter(match=Keys(run.run_id).pattern, count=1000):
        batch.append(key)
        if len(batch) >= 500:
            client.delete(*batch)
            batch = []
    if batch:
        client.delete(*batch)
