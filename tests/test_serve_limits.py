"""Issue 13: one query cannot tie up `khao serve`, and serving never writes.

khao's SQL functions cap what they read and stop working once Datasette's time limit for
the statement has passed (one ``?sql=`` calling khao_snippet on generated text used to run
38.5 s despite sql_time_limit_ms=5000); `khao serve` opens the database read-only, serves a
read-only file, and refuses a database older than the code instead of migrating it.
"""

from __future__ import annotations

import ctypes
import gzip
import hashlib
import json
import os
import shutil
import sqlite3
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

from khao import datasette_plugin
from khao.datasette_plugin import (
    MAX_QUERY_WORDS,
    MAX_TEXT_CHARS,
    prepare_connection,
    sql_match,
    sql_snippet,
    watch_time_limit,
)
from testbed import ROOT, free_port
from tests.conftest import FIXTURES, run_khao
from tests.storefill import fill

# 1.8 M Thai characters searched for 20,000 made-up words, all generated in the query
HUGE_SNIPPET_SQL = """
SELECT length(khao_snippet(
  replace(printf('%.*c', 300000, 'x'), 'x', 'ประชุม'),
  (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
   SELECT group_concat('w' || i || 'x', ' ') FROM n))) AS n
"""
SQL_TIME_LIMIT = 5.0  # seconds: khao serve's sql_time_limit_ms
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 24, 1, 2, 3


# --------------------------------------------------------------------------- SQL functions
def test_one_call_reads_at_most_the_caps_and_stays_short() -> None:
    text = "ประชุม" * 300_000  # 1.8 M characters
    words = " ".join(f"w{i}x" for i in range(20_000))
    started = time.perf_counter()
    assert sql_snippet(text, words) == text[:120] + "…"
    assert sql_match(text, words) == 0
    assert time.perf_counter() - started < 1.0  # 38 s before the caps
    # the caps are far above any article: a word at the end of the longest one is found
    body = "ก" * 125_000 + " ปิดโรงเรียน"
    assert sql_match(body, "ปิดโรงเรียน") == 1 and "<mark>" in sql_snippet(body, "ปิดโรงเรียน")
    assert sql_match("ข" * MAX_TEXT_CHARS + "ปิดโรงเรียน", "ปิดโรงเรียน") == 0  # beyond: unread
    many = " ".join(["ก"] * MAX_QUERY_WORDS + ["ไม่มีคำนี้"])
    assert sql_match("ก", many) == 1  # words past the cap are left out


def test_functions_stop_working_once_the_statement_is_past_its_time_limit() -> None:
    """Twenty calls in one row: SQLite's progress handler cannot interrupt between them
    (one VM step each); the functions see Datasette's deadline and return at once."""
    import datasette.database

    watch_time_limit()
    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    big = "replace(printf('%.*c', 33000, 'x'), 'x', 'ประชุม')"
    words = " ".join(f"w{i}x" for i in range(MAX_QUERY_WORDS))
    calls = " + ".join(f"length(khao_snippet({big} || '{i}', '{words} {i}'))" for i in range(20))
    one = time.perf_counter()
    conn.execute(f"SELECT length(khao_snippet({big}, '{words}'))").fetchone()
    single = time.perf_counter() - one
    started = time.perf_counter()
    # 25 ms: over during the first call; SQLite checks the limit every 1000 VM steps only
    with datasette.database.sqlite_timelimit(conn, 25), pytest.raises(sqlite3.OperationalError,
                                                                   match=r"^interrupted$"):  # fmt: skip
        conn.execute(f"SELECT {calls}").fetchone()  # an error, not a row of empty snippets
    elapsed = time.perf_counter() - started
    assert elapsed < 3 * single + 0.05, (elapsed, single)  # not 20 calls' worth
    assert datasette_plugin.past_deadline() is False  # the limit ends with its statement


def test_no_query_builds_a_value_beyond_the_length_limit() -> None:
    """300 concatenations of a 200 KB text: one VM step each, so the time limit cannot stop
    them (30 s at a 5 s limit through khao serve); the length limit does, at once."""
    import datasette.database

    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    big = "replace(printf('%.*c', 33000, 'x'), 'x', 'ประชุม')"
    concat = " || ".join(f"{big} || '{i}'" for i in range(300))
    started = time.perf_counter()
    with datasette.database.sqlite_timelimit(conn, 5000), pytest.raises(sqlite3.DataError,
                                                                     match="too big"):  # fmt: skip
        conn.execute(f"SELECT length({concat})").fetchone()
    assert time.perf_counter() - started < 2
    assert conn.execute(f"SELECT length({big})").fetchone() == (198_000,)  # any article fits


# --------------------------------------------------------------------------- khao serve
def drop_root_file_powers() -> None:
    """Before exec in the child: root without the capabilities that ignore file modes."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@contextmanager
def serving(db: Path, log: Path, preexec: Callable[[], None] | None = None) -> Iterator[str]:
    """`khao serve` until it answers; killed afterwards (a stuck request would hold a stop)."""
    port = free_port()
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "khao", "serve", "--db", str(db), "--port", str(port)],
            cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, preexec_fn=preexec,
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
                        f"khao serve did not start: {log.read_text()[-2000:]}"
                    ) from None
                time.sleep(0.2)
        yield base
    finally:
        process.kill()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "khao.db"
    fill(path, 30)
    with sqlite3.connect(path) as conn:  # checkpointed: a copy of the file is the database
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.mark.slow
def test_a_huge_khao_snippet_query_ends_within_the_time_limit(db: Path, tmp_path: Path) -> None:
    with serving(db, tmp_path / "serve.log") as base:
        url = f"{base}/khao.json?" + urllib.parse.urlencode({"sql": HUGE_SNIPPET_SQL})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(url, timeout=4 * SQL_TIME_LIMIT) as response:
                status: int | None = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except TimeoutError:
            status = None
        seconds = time.monotonic() - started
        assert status is not None and seconds < 2 * SQL_TIME_LIMIT, (status, seconds)
        quick = time.monotonic()
        urllib.request.urlopen(f"{base}/khao.json?sql=select+1", timeout=10).read()
        assert time.monotonic() - quick < 2  # and the server answers others at once


@pytest.mark.slow
def test_a_read_only_copy_is_served_without_a_byte_written(db: Path, tmp_path: Path) -> None:
    """chmod 444 in a chmod 555 folder, root made to respect the modes: served immutable."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    copy = folder / "khao.db"
    shutil.copy(db, copy)
    copy.chmod(0o444)
    folder.chmod(0o555)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    try:
        preexec = drop_root_file_powers if os.geteuid() == 0 else None
        with serving(copy, tmp_path / "serve.log", preexec) as base:
            with urllib.request.urlopen(f"{base}/khao/articles.json?_shape=array&_size=max",
                                        timeout=30) as response:  # fmt: skip
                assert len(json.loads(response.read())) == 30
            found = urllib.request.urlopen(f"{base}/khao/search.json?_shape=array&q="
                                           + urllib.parse.quote("โรงเรียน"), timeout=30).read()  # fmt: skip
            assert b"<mark>" in found
    finally:
        folder.chmod(0o755)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in folder.iterdir()) == ["khao.db"]  # no -wal, no -shm


def test_an_older_database_is_refused_in_one_line_and_left_as_it_was(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    old.write_bytes(gzip.decompress((FIXTURES / "db" / "khao-0.1.0.db.gz").read_bytes()))
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    result = run_khao("serve", "--db", str(old), "--port", str(free_port()), timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "older schema" in line and "khao crawl" in line and "014_alert_targets_redacted" in line
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest  # not migrated
    not_khao = tmp_path / "other.db"
    sqlite3.connect(not_khao).execute("CREATE TABLE t (x)").connection.commit()
    other = run_khao("serve", "--db", str(not_khao), "--port", str(free_port()), timeout=60)
    assert other.returncode == 2 and "not a khao database" in other.stderr
