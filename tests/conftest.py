"""Shared fixtures: a real demo mirror on 127.0.0.1, fresh databases, the real `khao` CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from testbed import ROOT, free_port
from testbed.redis_server import RedisServer

FIXTURES = Path(__file__).resolve().parent / "fixtures"
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


@pytest.fixture
def mirror() -> Iterator[MirrorServer]:
    """A small demo mirror (120 articles) on a free port, fresh for each test."""
    server = MirrorServer(build_demo_sites(120)).start()
    yield server
    server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "khao.db"


@pytest.fixture
def demo_sources(mirror: MirrorServer, tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(demo_sources_yaml(mirror.url), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One uninterrupted crawl of a 300-article demo mirror (every kind of source): what the
    interruption and full-disk tests compare the record with (tests/interruptions.py)."""
    from tests.interruptions import quiet_mirror, reference_crawl  # it imports this module

    server = quiet_mirror()
    try:
        yield reference_crawl(server, tmp_path_factory.mktemp("reference"))
    finally:
        server.stop()


def run_khao(*args: str, timeout: float = 300, **kwargs: object) -> subprocess.CompletedProcess:
    """Run the real CLI in its own process (a Twisted reactor cannot restart in-process)."""
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}
    env.update(kwargs.pop("env", {}) or {})  # type: ignore[arg-type]
    return subprocess.run(
        [sys.executable, "-m", "khao", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=kwargs.pop("cwd", ROOT),  # type: ignore[arg-type]
        env=env,
        **kwargs,  # type: ignore[arg-type]
    )


__all__ = ["FIXTURES", "ROOT", "free_port", "run_khao"]


def pytest_configure(config: pytest.Config) -> None:
    """Tests send Ctrl-C to the CLI, and an ignored SIGINT is inherited by every process a
    test starts. A shell without job control (a CI script, `pytest ... &`, nohup) starts its
    background commands with SIGINT ignored, Python keeps it ignored, and a test's Ctrl-C
    to a child then does nothing (seen: the suite started so read SIG_IGN from its first
    test on). Tests run as from a terminal."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real redis-server for the session's distributed tests."""
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session's Redis, emptied for this test."""
    redis_server.client().flushall()
    return redis_server.url
