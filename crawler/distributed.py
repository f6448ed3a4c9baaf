"""Distributed crawling: scrapy-redis as the shared frontier, one writer for SQLite.

Who does what (see README "Several machines"):

- ``khao ingest --redis URL`` (the *writer*, on the machine with the database) opens a run:
  it writes ``khao:run`` (run id + sources), publishes each source's known URLs into
  ``khao:<run>:<source>:known`` (workers need them for incremental crawls and may have no
  database), then stores the items workers push, and records the run in ``crawl_runs``.
- ``khao crawl --redis URL`` (a *worker*, any number, any machine) waits for the run, runs
  one Scrapy crawler per source whose scheduler is a shared Redis queue
  (``khao:<run>:<source>:queue``) and seen-set (``khao:<run>:<source>:seen``); the first
  worker to claim ``khao:<run>:<source>:seeded`` enqueues the start request, the others
  pull. Items leave the worker through :class:`RedisItemPipeline` as JSON on
  ``khao:<run>:items``.

Nothing is lost when a worker dies: a popped request stays *leased* to its worker
(``khao:<run>:<source>:leases``) until its callback's requests are queued and its items are
pushed. Each worker keeps a heartbeat key with a short TTL; leases of a worker whose
heartbeat expired go back to the queue (at-least-once; storing is idempotent).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import redis
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base as RedisQueueBase
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from crawler.items import ArticleItem, Attachment, DateCandidate

log = logging.getLogger(__name__)

RUN_KEY = "khao:run"
PARENT_META = "khao_parent_qid"  # meta of a yielded request: the lease that waits for it
HEARTBEAT_TTL = 10  # seconds: a worker silent this long is dead, its leases are requeued
HEARTBEAT_EVERY = 2.0
REQUEUED_SCORE = -1_000_000  # requeued requests go first: they are the oldest work
# Stages that need the database run on the writer; everything before them on the workers.
WRITER_PIPELINES = ("pipelines.dedupe.DedupePipeline", "pipelines.storage.StorePipeline")


class DistributedError(RuntimeError):
    """A distributed crawl cannot go on (no Redis, no writer, another writer running)."""


# --------------------------------------------------------------------------- keys and run
@dataclass(frozen=True)
class Keys:
    """Every Redis key of one run, in one place."""

    run_id: str

    def _k(self, *parts: str) -> str:
        return ":".join(("khao", self.run_id, *parts))

    def queue(self, source: str) -> str:
        return self._k(source, "queue")

    def data(self, source: str) -> str:
        return self._k(source, "data")

    def leases(self, source: str) -> str:
        return self._k(source, "leases")

    def seen(self, source: str) -> str:
        return self._k(source, "seen")

    def seeded(self, source: str) -> str:
        return self._k(source, "seeded")

    def known(self, source: str) -> str:
        return self._k(source, "known")

    @property
    def items(self) -> str:
        return self._k("items")

    @property
    def reports(self) -> str:
        return self._k("reports")

    @property
    def workers(self) -> str:
        return self._k("workers")

    @property
    def writer(self) -> str:
        return self._k("writer")

    def worker(self, worker_id: str) -> str:
        return self._k("worker", worker_id)

    @property
    def pattern(self) -> str:
        return self._k("*")


@dataclass
class RunInfo:
    run_id: str
    sources: list[str]
    writer: str = ""

    def dumps(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def loads(cls, raw: bytes | str) -> RunInfo:
        data = json.loads(raw)
        return cls(
            run_id=data["run_id"], sources=list(data["sources"]), writer=data.get("writer", "")
        )


def connect(url: str) -> redis.Redis:
    """A bytes client (requests are pickled); fail with a message naming the URL."""
    client = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=60)
    try:
        client.ping()
    except redis.RedisError as exc:
        raise DistributedError(f"cannot reach Redis at {url}: {exc}") from exc
    return client


def current_run(client: redis.Redis) -> RunInfo | None:
    raw = client.get(RUN_KEY)
    return RunInfo.loads(raw) if raw else None


def wait_for_run(client: redis.Redis, timeout: float) -> RunInfo | None:
    """Workers may start before the writer: wait for it to open the run."""
    deadline = time.monotonic() + timeout
    while True:
        run = current_run(client)
        if run is not None or time.monotonic() >= deadline:
            return run
        time.sleep(0.5)


def new_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:4]}"


def live_workers(client: redis.Redis, keys: Keys) -> list[str]:
    members = [m.decode() for m in client.smembers(keys.workers)]
    return [m for m in members if client.exists(keys.worker(m))]


# --------------------------------------------------------------------------- known URLs
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


# --------------------------------------------------------------------------- items as JSON
def item_to_json(item: ArticleItem) -> str:
    return json.dumps(asdict(item), ensure_ascii=False)


def item_from_json(raw: bytes | str) -> ArticleItem:
    data = json.loads(raw)
    data["date_candidates"] = [DateCandidate(**c) for c in data.get("date_candidates") or []]
    data["attachments"] = [Attachment(**a) for a in data.get("attachments") or []]
    known = ArticleItem.__dataclass_fields__
    return ArticleItem(**{k: v for k, v in data.items() if k in known})


# --------------------------------------------------------------------------- reliable queue
# Pop atomically: take the best request, lease it to this worker, return its id and data.
_POP = """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return false end
local qid = popped[1]
redis.call('HSET', KEYS[2], qid, ARGV[1])
return {qid, redis.call('HGET', KEYS[3], qid)}
"""
# Push (or push again, for a retry/redirect of a leased request): data, queue, end the lease.
_PUSH = """
redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""


class ReliableQueue(RedisQueueBase):
    """A priority queue whose popped requests stay leased until acknowledged.

    Members of the sorted set are request ids; the pickled requests live in a hash, so a
    lease can be moved back to the queue without decoding it.
    """

    def __init__(self, server: redis.Redis, spider: Any, keys: Keys, worker_id: str,
                 serializer: Any = None) -> None:  # fmt: skip
        super().__init__(server, spider, keys.queue(spider.name), serializer or picklecompat)
        self.keys = keys
        self.source = spider.name
        self.worker_id = worker_id
        self._pop = server.register_script(_POP)
        self._push = server.register_script(_PUSH)
        self._last_requeue = 0.0

    def __len__(self) -> int:
        return int(self.server.zcard(self.key))

    def leased(self) -> int:
        return int(self.server.hlen(self.keys.leases(self.source)))

    def push(self, request: Request) -> str:
        qid = request.meta.get("khao_qid") or uuid.uuid4().hex
        request.meta["khao_qid"] = qid
        data = self._encode_request(unwrap(request))
        self._push(
            keys=[self.key, self.keys.leases(self.source), self.keys.data(self.source)],
            args=[qid, -request.priority, data],
        )
        return qid

    def pop(self, timeout: int = 0) -> Request | None:
        self.requeue_dead()
        result = self._pop(
            keys=[self.key, self.keys.leases(self.source), self.keys.data(self.source)],
            args=[self.worker_id],
        )
        if not result or result[1] is None:
            return None
        request = self._decode_request(result[1])
        request.meta["khao_qid"] = result[0].decode()
        return request

    def ack(self, qid: str) -> None:
        pipe = self.server.pipeline()
        pipe.hdel(self.keys.leases(self.source), qid)
        pipe.hdel(self.keys.data(self.source), qid)
        pipe.execute()

    def release_own(self) -> int:
        """At idle or close every request this worker popped is finished: drop its leases."""
        return requeue_leases(self.server, self.keys, self.source, drop_owner=self.worker_id)

    def requeue_dead(self, every: float = 2.0) -> int:
        now = time.monotonic()
        if now - self._last_requeue < every:
            return 0
        self._last_requeue = now
        return requeue_leases(self.server, self.keys, self.source)

    def clear(self) -> None:  # the run's keys are deleted by the writer, never by a worker
        pass


def requeue_leases(
    client: redis.Redis, keys: Keys, source: str, drop_owner: str | None = None
) -> int:
    """Give the leases of dead workers back to the queue; drop ``drop_owner``'s finished ones.

    HDEL is atomic, so when two processes race only one requeues a request.
    """
    leases = client.hgetall(keys.leases(source))
    alive: dict[str, bool] = {}
    moved = 0
    for qid, owner_raw in leases.items():
        owner = owner_raw.decode()
        if drop_owner is not None:
            if owner == drop_owner and client.hdel(keys.leases(source), qid):
                client.hdel(keys.data(source), qid)
            continue
        if owner not in alive:
            alive[owner] = bool(client.exists(keys.worker(owner)))
        if not alive[owner] and client.hdel(keys.leases(source), qid):
            client.zadd(keys.queue(source), {qid: REQUEUED_SCORE})
            moved += 1
    if moved:
        log.warning("source %s: requeued %d requests of a worker that stopped", source, moved)
    return moved


# --------------------------------------------------------------------------- acknowledgement
class LeaseTracker:
    """Ack a request once its callback finished, every item it yielded was pushed and every
    request it yielded was queued in Redis.

    Scrapy drains a callback's output into an asyncio queue before it schedules the
    requests in it, so "the callback returned" is not "its requests are safe": a worker
    killed in between would lose them (and with them, say, the rest of a listing).
    """

    def __init__(self, queue: ReliableQueue) -> None:
        self.queue = queue
        self.pending: dict[str, int] = {}  # qid -> items and requests still on their way
        self.finished: set[str] = set()  # qids whose callback has returned
        self.item_owner: dict[int, str] = {}  # id(item) -> qid

    def item_out(self, qid: str, item: Any) -> None:
        self.pending[qid] = self.pending.get(qid, 0) + 1
        self.item_owner[id(item)] = qid

    def item_done(self, item: Any, **_: Any) -> None:
        qid = self.item_owner.pop(id(item), None)
        if qid is None:
            return
        self.pending[qid] -= 1
        self._maybe_ack(qid)

    def request_out(self, qid: str, request: Request) -> None:
        """A request yielded by a leased request's callback; see :meth:`request_queued`."""
        self.pending[qid] = self.pending.get(qid, 0) + 1
        request.meta[PARENT_META] = qid

    def request_queued(self, qid: str) -> None:
        """The scheduler has queued (or filtered) a request yielded under lease ``qid``.

        A request a spider middleware drops never gets here; its parent's lease then ends
        when the worker goes idle (``release_own``), so the worst case is a re-fetch.
        """
        if qid not in self.pending:
            return
        self.pending[qid] -= 1
        self._maybe_ack(qid)

    def callback_done(self, qid: str) -> None:
        self.finished.add(qid)
        self._maybe_ack(qid)

    def out(self, qid: str, value: Any) -> None:
        if isinstance(value, Request):
            self.request_out(qid, value)
        elif value is not None:
            self.item_out(qid, value)

    def _maybe_ack(self, qid: str) -> None:
        if qid in self.finished and self.pending.get(qid, 0) <= 0:
            self.finished.discard(qid)
            self.pending.pop(qid, None)
            self.queue.ack(qid)


def wrap(request: Request, tracker: LeaseTracker) -> Request:
    """Wrap callback and errback so that their end acknowledges the lease."""
    qid = request.meta["khao_qid"]
    for attr in ("callback", "errback"):
        inner = getattr(request, attr)
        if callable(inner) and not hasattr(inner, "_khao_inner"):
            setattr(request, attr, _acking(inner, qid, tracker))
    return request


def unwrap(request: Request) -> Request:
    callback = getattr(request.callback, "_khao_inner", request.callback)
    errback = getattr(request.errback, "_khao_inner", request.errback)
    if callback is request.callback and errback is request.errback:
        return request
    return request.replace(callback=callback, errback=errback)


def _acking(inner: Callable[..., Any], qid: str, tracker: LeaseTracker) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            output = inner(*args, **kwargs)
        except BaseException:
            tracker.callback_done(qid)
            raise
        if output is None or isinstance(output, Request | dict | ArticleItem):
            tracker.out(qid, output)
            tracker.callback_done(qid)
            return output
        if isinstance(output, AsyncIterator):
            return _aiter_acking(output, qid, tracker)
        return _iter_acking(output, qid, tracker)

    call._khao_inner = inner  # type: ignore[attr-defined]
    return call


def _iter_acking(output: Iterable[Any], qid: str, tracker: LeaseTracker) -> Iterator[Any]:
    try:
        for value in output:
            tracker.out(qid, value)
            yield value
    finally:
        tracker.callback_done(qid)


async def _aiter_acking(
    output: AsyncIterator[Any], qid: str, tracker: LeaseTracker
) -> AsyncIterator[Any]:
    try:
        async for value in output:
            tracker.out(qid, value)
            yield value
    finally:
        tracker.callback_done(qid)


# --------------------------------------------------------------------------- Scrapy glue
class ReliableScheduler(RedisScheduler):
    """scrapy-redis's scheduler with the reliable queue and run-scoped keys.

    scrapy-redis 0.9.1 works with Scrapy 2.19 for the parts used here (connection,
    RFPDupeFilter fingerprints, pickled ``Request.to_dict``); its queues lose popped
    requests when a worker dies, hence :class:`ReliableQueue`.
    """

    crawler: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReliableScheduler:
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        return instance

    def open(self, spider: Any) -> None:
        settings = self.crawler.settings
        self.spider = spider
        self.keys = Keys(settings.get("KHAO_RUN_ID"))
        self.queue = ReliableQueue(self.server, spider, self.keys, settings.get("KHAO_WORKER_ID"))
        self.df = RFPDupeFilter(self.server, key=self.keys.seen(spider.name))
        self.tracker = LeaseTracker(self.queue)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            self.crawler.signals.connect(self.tracker.item_done, signal=signal)
        spider.khao_queue = self.queue
        if len(self.queue):
            spider.logger.info("joining a distributed crawl (%d requests queued)", len(self.queue))

    def close(self, reason: str) -> None:
        self.queue.release_own()

    def enqueue_request(self, request: Request) -> bool:
        parent = request.meta.pop(PARENT_META, None)  # never stored in Redis with the request
        try:
            if not request.dont_filter and self.df.request_seen(request):
                # a redirect to a URL already crawled: the request it replaces is finished
                if request.meta.get("khao_qid"):
                    self.queue.ack(request.meta["khao_qid"])
                return False
            if self.stats:
                self.stats.inc_value("scheduler/enqueued/redis")
            self.queue.push(request)
            return True
        finally:
            if parent is not None:  # queued or filtered: the parent's callback is done with it
                self.tracker.request_queued(parent)

    def next_request(self) -> Request | None:
        request = self.queue.pop()
        if request is None:
            return None
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return wrap(request, self.tracker)

    def has_pending_requests(self) -> bool:
        self.queue.requeue_dead()
        return len(self.queue) > 0


class SeedOnceMiddleware:
    """Only the first worker of a run enqueues a source's start requests."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SeedOnceMiddleware:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        spider = self.crawler.spider
        queue: ReliableQueue | None = getattr(spider, "khao_queue", None)
        keys = Keys(self.crawler.settings.get("KHAO_RUN_ID"))
        server = queue.server if queue else connect(self.crawler.settings.get("REDIS_URL"))
        if not server.set(
            keys.seeded(spider.name), self.crawler.settings.get("KHAO_WORKER_ID"), nx=True
        ):
            return
        async for value in start:
            yield value


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

    @classmethod
    def from_crawler(cls, crawler: Any) -> WorkerExtension:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        self.server = connect(self.crawler.settings.get("REDIS_URL"))

    def spider_idle(self, spider: Any) -> None:
        assert self.server is not None
        queue: ReliableQueue = spider.khao_queue
        queue.release_own()  # idle: nothing of ours is in flight any more
        run = current_run(self.server)
        if run is None or run.run_id != self.keys.run_id:
            return  # the writer closed the run: stop now
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
        report = closing_report(self.crawler, spider, reason, self.worker_id)
        server = self.server or connect(self.crawler.settings.get("REDIS_URL"))
        server.rpush(self.keys.reports, json.dumps(asdict(report), ensure_ascii=False))


def worker_settings(
    base: Any, redis_url: str, run: RunInfo, worker_id: str, idle_exit: float
) -> dict[str, Any]:
    """Settings that turn a normal crawl into a worker of a distributed run."""
    pipelines = {
        k: v for k, v in base.getdict("ITEM_PIPELINES").items() if k not in WRITER_PIPELINES
    }
    pipelines["crawler.distributed.RedisItemPipeline"] = 990
    extensions = dict(base.getdict("EXTENSIONS"))
    extensions["crawler.extensions.RunRecorder"] = None  # the writer records the run
    extensions["crawler.distributed.WorkerExtension"] = 500
    middlewares = dict(base.getdict("SPIDER_MIDDLEWARES"))
    middlewares["crawler.distributed.SeedOnceMiddleware"] = 10
    downloader = dict(base.getdict("DOWNLOADER_MIDDLEWARES"))
    # ETag/Last-Modified live in the writer's database; workers rely on the known URLs
    downloader["crawler.middlewares.ConditionalRequestMiddleware"] = None
    return {
        "SCHEDULER": "crawler.distributed.ReliableScheduler",
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
) -> WorkerSummary:
    """Join the writer's run and crawl every source from the shared queues until idle."""
    from scrapy.crawler import Crawler, CrawlerProcess

    from crawler.runner import base_settings, select_sources, source_settings
    from crawler.spiders import spider_class

    client = connect(redis_url)
    run = wait_for_run(client, timeout=max(idle_exit, 5))
    if run is None:
        raise DistributedError(
            f"no distributed run open on {redis_url}: start `khao ingest --redis {redis_url}` "
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
        process = CrawlerProcess(settings)
        reports: dict[str, WorkerReport] = {}
        for index, source in enumerate(sources):
            crawler = Crawler(
                spider_class(source.kind),
                source_settings(settings, source),
                init_reactor=index == 0,
            )
            if on_item is not None:
                crawler.signals.connect(
                    lambda item, response, spider, _id=source.id: on_item(_id),
                    signal=signals.item_scraped,
                    weak=False,
                )
            crawler.signals.connect(
                lambda spider, reason, _c=crawler: reports.__setitem__(
                    spider.name, closing_report(_c, spider, reason, worker_id)
                ),
                signal=signals.spider_closed,
                weak=False,  # a lambda has no other reference: keep it alive
            )
            process.crawl(crawler, source=source, known=load_known(client, keys, source.id))
        if sources:
            process.start()
        summary.reports = list(reports.values())
    finally:
        heartbeat.stop()
    return summary
