"""The reliable queue: a popped request stays leased to its worker until every request
its callback yielded is queued and every item it produced has left; leases of a dead
worker go back to the queue (see crawler.distributed)."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import redis
from scrapy import Request, signals
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base as RedisQueueBase
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from crawler.distributed.keys import Keys, connect
from crawler.distributed.payloads import (
    MALFORMED,
    JsonRequests,
    PayloadError,
    request_from_json,
    request_to_json,
)
from pipelines.items import ArticleItem

log = logging.getLogger(__name__)

PARENT_META = "khao_parent_qid"  # meta of a yielded request: the lease that waits for it
REQUEUED_SCORE = -1_000_000  # requeued requests go first: they are the oldest work
MAX_DROPS_PER_POP = 100  # malformed payloads dropped in one pop before giving the turn back


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

    Members of the sorted set are request ids; the requests (JSON, see
    crawler.distributed.payloads) live in a hash, so a lease can be moved back to the queue
    without decoding it. A payload that is not a request khao wrote is dropped, never run.
    """

    def __init__(self, server: redis.Redis, spider: Any, keys: Keys, worker_id: str) -> None:
        super().__init__(server, spider, keys.queue(spider.name), JsonRequests)
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

    def _encode_request(self, request: Request) -> bytes:
        return request_to_json(request, self.spider)

    def _decode_request(self, encoded_request: bytes) -> Request:
        return request_from_json(encoded_request, self.spider)

    def pop(self, timeout: int = 0) -> Request | None:
        self.requeue_dead()
        for _ in range(MAX_DROPS_PER_POP):
            result = self._pop(
                keys=[self.key, self.keys.leases(self.source), self.keys.data(self.source)],
                args=[self.worker_id],
            )
            if not result or result[1] is None:
                return None
            qid, raw = result
            try:
                request = self._decode_request(raw)
            except PayloadError as exc:
                self.drop(qid, exc)
                continue
            request.meta["khao_qid"] = qid.decode("utf-8", errors="replace")
            return request
        return None

    def drop(self, qid: bytes, error: PayloadError) -> None:
        """A malformed payload leaves the queue for good, counted on the source."""
        self.ack(qid)  # type: ignore[arg-type]  # redis takes the raw id as it came
        where = f"redis {self.keys.data(self.source)}"
        record = getattr(self.spider, "record_error", None)
        if record is not None:
            record(MALFORMED, where, f"dropped, not a request khao wrote: {error}")
        else:
            log.warning("%s: %s: dropped: %s", where, MALFORMED, error)

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
    RFPDupeFilter fingerprints); its queues lose popped requests when a worker dies and
    unpickle what they read, hence :class:`ReliableQueue`.
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
