"""Issue 13, Datasette side: `khao serve` cannot be tied up by one query, and serves a
database it may not write to. Black-box: the real `khao serve` over HTTP."""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port
from tests.hostile_helpers import khao_env, plain_db
from tests.hostile_server import HostileServer

pytestmark = pytest.mark.slow

# One call of khao_snippet on text generated inside the query: 1.8 M Thai characters
# searched for 20,000 made-up words (one regex pass over the text per word).
HUGE_SNIPPET_SQL = """
SELECT length(khao_snippet(
  replace(printf('%.*c', 300000, 'x'), 'x', 'ประชุม'),
  (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
   SELECT group_concat('w' || i || 'x', ' ') FROM n))) AS n
"""
SQL_TIME_LIMIT = 5.0  # seconds: khao serve's sql_time_limit_ms
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
PR_CAPBSET_DROP = 24


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("serve")
    with HostileServer() as server:
        return plain_db(tmp, server.url)


def drop_root_file_powers() -> None:
    """In the child before exec: root without the capabilities that ignore file modes, so
    a chmod 444 file in a chmod 555 folder is as read-only to it as to anyone."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@contextmanager
def serving(db: Path, log: Path, preexec: Callable[[], None] | None = None) -> Iterator[str]:
    """`khao serve` on a free port until it answers; killed (not waited for) afterwards, as
    a request stuck in a SQL function would hold a graceful stop."""
    port = free_port()
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "khao", "serve", "--db", str(db), "--port", str(port)],
            cwd=ROOT, env=khao_env(), stdout=handle, stderr=subprocess.STDOUT,
            preexec_fn=preexec, start_new_session=True,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        f"khao serve did not start (exit {process.poll()}):\n"
                        + log.read_text(errors="replace")[-3000:]
                    ) from None
                time.sleep(0.2)
        yield base
    finally:
        process.kill()
        process.wait(timeout=30)


def test_one_sql_query_calling_khao_snippet_ends_within_the_time_limit(
    db: Path, tmp_path: Path
) -> None:
    with serving(db, tmp_path / "serve.log") as base:
        url = f"{base}/khao.json?" + urllib.parse.urlencode({"sql": HUGE_SNIPPET_SQL})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(url, timeout=4 * SQL_TIME_LIMIT) as response:
                status = response.status
        except urllib.error.HTTPError as exc:  # 400 "interrupted" is the expected answer
            status = exc.code
        except TimeoutError:
            status = None
        seconds = time.monotonic() - started
        assert status is not None, f"no answer within {4 * SQL_TIME_LIMIT:g} s"
        assert seconds < 2 * SQL_TIME_LIMIT, f"answered after {seconds:.1f} s"
        # and the server still answers others at once
        quick = time.monotonic()
        urllib.request.urlopen(f"{base}/khao.json?sql=select+1", timeout=10).read()
        assert time.monotonic() - quick < 2


def test_serve_a_read_only_database_file_without_writing_to_it(db: Path, tmp_path: Path) -> None:
    """A chmod 444 copy in a chmod 555 folder (root made to respect the modes): served
    as it is, not migrated, not a byte written, no -wal/-shm beside it."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    copy = folder / "khao.db"
    copy.write_bytes(db.read_bytes())
    copy.chmod(0o444)
    folder.chmod(0o555)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    preexec = drop_root_file_powers if os.geteuid() == 0 else None
    try:
        with serving(copy, tmp_path / "serve.log", preexec) as base:
            rows = fetch_json(f"{base}/khao/articles.json?_shape=array&_col=title")
            assert len(rows) == 2, rows
            found = fetch_json(f"{base}/khao/search.json?_shape=array&q=ประชุม")
            assert len(found) == 2, found
    finally:
        folder.chmod(0o755)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest, "the database was written"
    assert sorted(p.name for p in folder.iterdir()) == ["khao.db"]


def fetch_json(url: str) -> list:
    import json

    with urllib.request.urlopen(urllib.parse.quote(url, safe=":/?&=_"), timeout=30) as response:
        return json.loads(response.read())
