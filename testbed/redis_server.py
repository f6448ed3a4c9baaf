"""A throwaway redis-server on 127.0.0.1 for distributed tests and benchmarks.

Installed by scripts/ensure_redis.sh when missing; never skipped: if Redis cannot be had,
the caller fails with the reason.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from testbed import ROOT, free_port


class RedisServer:
    def __init__(self, password: str | None = None) -> None:
        self.dir = tempfile.mkdtemp(prefix="khao-redis-")
        self.port = free_port()
        self.password = password  # set: the server wants it (requirepass), the URL holds it
        auth = f":{password}@" if password else ""
        self.url = f"redis://{auth}127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        if shutil.which("redis-server") is None:
            result = subprocess.run(
                ["bash", str(ROOT / "scripts" / "ensure_redis.sh")], capture_output=True, text=True
            )
            if shutil.which("redis-server") is None:
                raise RuntimeError(
                    "redis-server is missing and scripts/ensure_redis.sh could not install it:\n"
                    + result.stdout
                    + result.stderr
                )
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
                *(["--requirepass", self.password] if self.password else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = self.client()
        for _ in range(100):
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def writer_args(redis_url: str, db: Path, sources: Path, idle_exit: float | str) -> list[str]:
    """`khao ...` arguments of a distributed run's single writer."""
    return ["ingest", "--redis", redis_url, "--db", str(db), "--sources", str(sources),
            "--idle-exit", str(idle_exit)]  # fmt: skip


def worker_args(redis_url: str, sources: Path, idle_exit: float | str) -> list[str]:
    """`khao ...` arguments of a distributed run's crawl worker."""
    return ["crawl", "--redis", redis_url, "--sources", str(sources), "--idle-exit", str(idle_exit)]
