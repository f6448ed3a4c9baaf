"""Every Redis key of a distributed run, the run record, the connection and the workers'
presence (see crawler.distributed)."""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass, field

import redis

from pipelines.redact import redact_url

RUN_KEY = "khao:run"
HEARTBEAT_TTL = 10  # seconds: a worker silent this long is dead, its leases are requeued
HEARTBEAT_EVERY = 2.0


class DistributedError(RuntimeError):
    """A distributed crawl cannot go on (no Redis, no writer, another writer running)."""


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
    full_walk: list[str] = field(default_factory=list)  # sources to walk in full

    def dumps(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def loads(cls, raw: bytes | str) -> RunInfo:
        """The run record, checked: anyone who can write to Redis can write it."""
        try:
            data = json.loads(raw)
            run = cls(
                run_id=data["run_id"],
                sources=list(data["sources"]),
                writer=data.get("writer", ""),
                full_walk=list(data.get("full_walk") or []),
            )
        except (ValueError, UnicodeDecodeError, KeyError, TypeError):
            run = None
        if run is None or not all(
            isinstance(v, str) for v in (run.run_id, run.writer, *run.sources, *run.full_walk)
        ):
            raise DistributedError(f"{RUN_KEY} in Redis is not a run record khao wrote")
        return run


def connect(url: str) -> redis.Redis:
    """A bytes client; fail with a message naming the URL, its password masked (the
    message reaches the terminal, logs and crawl_runs)."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=60)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise DistributedError(f"cannot reach Redis at {redact_url(url)}: {exc}") from None
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
