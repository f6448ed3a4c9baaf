"""Issue 13, secrets and the Redis queue: alert tokens and Redis passwords planted in the
environment (or on the command line) never reach a table, a log line or a command's output;
a pickle pushed into a worker's queue never runs. Black-box: the real `khao alerts`,
`khao crawl --redis` and `khao ingest`, the database read with plain sqlite3 and Datasette.

No delivery leaves the machine: HTTP(S)_PROXY points at a recording proxy on 127.0.0.1
that refuses everything (tests.hostile_server.ProxyRecorder).
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from testbed.redis_server import RedisServer, worker_args, writer_args
from tests.conftest import ROOT, free_port
from tests.hostile_helpers import (
    all_cells,
    khao_env,
    last_runs,
    leaks,
    plain_db,
    query,
    run_khao_capture,
    source_entry,
    write_sources,
)
from tests.hostile_server import HostileServer, ProxyRecorder

pytestmark = pytest.mark.slow

DELIVERY_FAILED, USAGE, SOURCES_FAILED = 4, 2, 1  # khao's exit statuses (khao/exitcodes.py)

# Planted in the environment; the rules file names them as ${VAR}.
from tests.planted_secrets import REDIS_PASSWORD, SECRETS, TELEGRAM_BOT_ID, TELEGRAM_SECRET  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer() as hostile:
        yield hostile


@pytest.fixture(scope="module")
def articles_db(server: HostileServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database of 2 articles of source 'plain' (copied by each test)."""
    return plain_db(tmp_path_factory.mktemp("secrets"), server.url)


@pytest.fixture
def db(articles_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "khao.db"
    shutil.copy(articles_db, copy)
    return copy


def rules_file(path: Path, notify: dict[str, str]) -> Path:
    """One rule per target, each matching the 2 articles of source 'plain'."""
    lines = ["defaults:", "  first_run_lookback_hours: 1000000", "rules:"]  # old articles
    for name, target in notify.items():
        lines += [f"  - name: {name}", "    source: plain", f"    notify: ['{target}']"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def datasette_text(db: Path, tables: tuple[str, ...]) -> str:
    """What `khao serve` shows of these tables (JSON of every row)."""
    from testbed.served import khao_serve

    with khao_serve(db) as base:
        return "\n".join(
            urllib.request.urlopen(f"{base}/{db.stem}/{t}.json?_shape=array&_size=max",
                                   timeout=30).read().decode()
            for t in tables
        )  # fmt: skip


def assert_no_secret(secrets: list[str], **texts: str) -> None:
    found = {s: leaks(s, **texts) for s in secrets}
    assert not any(found.values()), f"secrets found: { {s: w for s, w in found.items() if w} }"


# --------------------------------------------------------------------------- alert targets
def test_line_pushover_slack_tokens_are_never_stored_printed_or_served(
    db: Path, tmp_path: Path
) -> None:
    rules = rules_file(tmp_path / "alerts.yaml", {
        "line": "line://${KHAO_LINE_TOKEN}/U0123456789abcdef0123456789abcdef",
        "pushover": "pover://${KHAO_PUSHOVER_USER}@${KHAO_PUSHOVER_TOKEN}",
        "slack": "slack://${KHAO_SLACK_A}/${KHAO_SLACK_B}/${KHAO_SLACK_C}",
    })  # fmt: skip
    with ProxyRecorder() as proxy:
        result = run_khao_capture(["alerts", "--db", str(db), "--rules", str(rules)],
                                  env={**SECRETS, **proxy.env})  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == DELIVERY_FAILED, output  # the proxy refused every delivery
    assert {"api.line.me", "api.pushover.net", "hooks.slack.com"} <= proxy.hosts(), proxy.asked
    labels = sorted(r[0] for r in query(db, "SELECT DISTINCT target_label FROM alert_deliveries"))
    assert [label.split("://")[0] for label in labels] == ["line", "pover", "slack"], labels
    served = datasette_text(db, ("alert_rules", "alert_deliveries"))
    assert_no_secret(list(SECRETS.values()), output=output, database=all_cells(db),
                     datasette=served)  # fmt: skip


def test_telegram_token_with_a_colon_is_used_and_never_printed(db: Path, tmp_path: Path) -> None:
    """A real bot token has the form 123456:AAH...: the delivery is attempted (the proxy sees
    api.telegram.org), fails like any other, and the token is nowhere."""
    rules = rules_file(tmp_path / "alerts.yaml",
                       {"telegram": "tgram://${KHAO_TELEGRAM_TOKEN}/12345"})  # fmt: skip
    env = {"KHAO_TELEGRAM_TOKEN": f"{TELEGRAM_BOT_ID}:{TELEGRAM_SECRET}"}
    with ProxyRecorder() as proxy:
        result = run_khao_capture(["alerts", "--db", str(db), "--rules", str(rules)],
                                  env={**env, **proxy.env})  # fmt: skip
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == DELIVERY_FAILED, output
    assert "api.telegram.org" in proxy.hosts(), proxy.asked
    assert_no_secret([TELEGRAM_SECRET], output=output, database=all_cells(db))


def test_unset_variable_in_an_alert_url_is_a_clear_error_naming_it(
    db: Path, tmp_path: Path
) -> None:
    variable = "KHAO_TEST_UNSET_TOKEN"
    rules = rules_file(tmp_path / "alerts.yaml",
                       {"hook": f"json://127.0.0.1:{free_port()}/hook?token=${{{variable}}}"})  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != variable}
    with ProxyRecorder() as proxy:
        result = subprocess.run([sys.executable, "-m", "khao", "alerts", "--db", str(db),
                                 "--rules", str(rules)], cwd=ROOT, capture_output=True, text=True,
                                env={**env, "PYTHAINLP_OFFLINE": "1", **proxy.env},
                                timeout=120)  # fmt: skip
    assert result.returncode == USAGE, result.stdout + result.stderr
    assert variable in result.stderr, result.stderr
    assert proxy.asked == [], proxy.asked  # nothing sent with the literal ${...}
    assert query(db, "SELECT count(*) FROM alert_deliveries")[0][0] == 0


# --------------------------------------------------------------------------- Redis password
def test_redis_password_is_never_printed_when_redis_is_down(
    server: HostileServer, tmp_path: Path
) -> None:
    port = free_port()  # nothing listens there
    url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{port}/0"
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("plain", "listing", f"{server.url}/plain/list"))  # fmt: skip
    log = tmp_path / "worker.log"
    env = {"KHAO_REDIS_PASSWORD": REDIS_PASSWORD}
    worker = run_khao_capture(["crawl", "--redis", url, "--sources", str(sources),
                               "--idle-exit", "1", "--log-file", str(log)], env=env)  # fmt: skip
    db = tmp_path / "khao.db"
    writer = run_khao_capture(["ingest", "--redis", url, "--db", str(db), "--sources",
                               str(sources), "--idle-exit", "1"], env=env)  # fmt: skip
    for result in (worker, writer):
        output = result.stdout + result.stderr
        assert result.returncode == SOURCES_FAILED, output
        assert str(port) in output, output  # still says where it could not connect
    texts = {"worker": worker.stdout + worker.stderr, "writer": writer.stdout + writer.stderr,
             "log": log.read_text() if log.exists() else "",
             "database": all_cells(db) if db.exists() else ""}  # fmt: skip
    assert_no_secret([REDIS_PASSWORD], **texts)


@pytest.fixture
def redis_with_password() -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1 that wants REDIS_PASSWORD."""
    if shutil.which("redis-server") is None:
        RedisServer().start().stop()  # installs it (scripts/ensure_redis.sh) or says why not
    port, folder = free_port(), tempfile.mkdtemp(prefix="khao-redis-")
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                                "--requirepass", REDIS_PASSWORD, "--save", "", "--appendonly",
                                "no", "--dir", folder], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def test_redis_password_is_never_printed_by_a_worker_waiting_for_a_writer(
    redis_with_password: str, server: HostileServer, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("plain", "listing", f"{server.url}/plain/list"))  # fmt: skip
    result = run_khao_capture(["crawl", "--redis", redis_with_password, "--sources",
                               str(sources), "--idle-exit", "1"])  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == SOURCES_FAILED, output
    assert "khao ingest --redis" in output, output  # still says what to start
    assert_no_secret([REDIS_PASSWORD], output=output)


# --------------------------------------------------------------------------- no pickle
class Mkdir:
    """Unpickling this calls os.mkdir(path): proof that a payload ran."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self) -> tuple:
        return (os.mkdir, (self.path,))


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


def khao_popen(args: list[str], log: Path) -> subprocess.Popen:
    handle = log.open("wb")
    return subprocess.Popen([sys.executable, "-m", "khao", *args], cwd=ROOT, env=khao_env(),
                            stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip


def wait_for_run(client: redis.Redis, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = client.get("khao:run")
        if raw:
            return json.loads(raw)["run_id"]
        time.sleep(0.1)
    raise AssertionError("the writer never opened a run")


def finish(processes: dict[str, subprocess.Popen], timeout: float = 90) -> dict[str, int | None]:
    """Exit codes; a process still running after ``timeout`` is killed (None)."""
    deadline = time.monotonic() + timeout
    codes: dict[str, int | None] = {}
    for name, process in processes.items():
        try:
            codes[name] = process.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=30)
            codes[name] = None
    return codes


def distributed_run(redis_server: RedisServer, server: HostileServer, tmp: Path,
                    inject: object) -> tuple[dict[str, int | None], str, Path]:  # fmt: skip
    """A writer and one worker crawling source 'plain'; ``inject(client, run_id)`` writes
    to Redis once the run is open and before the worker starts."""
    client = redis_server.client()
    client.flushall()
    sources = write_sources(tmp / "sources.yaml",
                            source_entry("plain", "listing", f"{server.url}/plain/list"))  # fmt: skip
    db = tmp / "khao.db"
    writer = khao_popen(writer_args(redis_server.url, db, sources, 20), tmp / "writer.log")
    try:
        run_id = wait_for_run(client)
        inject(client, run_id)  # type: ignore[operator]
        worker = khao_popen(worker_args(redis_server.url, sources, 2), tmp / "worker.log")
    except BaseException:
        os.killpg(writer.pid, 9)
        raise
    codes = finish({"worker": worker, "writer": writer})
    logs = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
                     for p in sorted(tmp.glob("*.log")))  # fmt: skip
    return codes, logs, db


def test_pickled_request_in_a_workers_queue_never_runs(
    redis_server: RedisServer, server: HostileServer, tmp_path: Path
) -> None:
    """Whoever can write to Redis pushes a pickle into the shared request queue, first in
    line: the worker must not unpickle it, drops it as malformed_payload, and crawls on."""
    marker = tmp_path / "payload-ran"

    def inject(client: redis.Redis, run_id: str) -> None:
        client.hset(f"khao:{run_id}:plain:data", "evil", pickle.dumps(Mkdir(marker)))
        client.zadd(f"khao:{run_id}:plain:queue", {"evil": -(10**12)})

    codes, logs, db = distributed_run(redis_server, server, tmp_path, inject)
    assert not marker.exists(), "the pickled payload ran in the worker (os.mkdir)"
    assert codes == {"worker": 0, "writer": 0}, f"{codes}\n{logs}"
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 2, logs
    assert last_runs(db)["plain"]["errors"].get("malformed_payload") == 1, logs


def test_malformed_items_pushed_to_the_writer_are_dropped_and_counted(
    redis_server: RedisServer, server: HostileServer, tmp_path: Path
) -> None:
    """Items the writer reads from Redis are validated JSON: not JSON, a wrong shape, or a
    file: URL are dropped (malformed_payload counted on the source), the run goes on."""

    def inject(client: redis.Redis, run_id: str) -> None:
        key = f"khao:{run_id}:items"
        client.rpush(key, pickle.dumps(Mkdir(tmp_path / "payload-ran")))  # not JSON at all
        client.rpush(key, json.dumps({"source_id": "plain", "url": ["not", "a", "url"],
                                      "title": {"x": 1}, "body": 42}))  # fmt: skip
        client.rpush(key, json.dumps({"source_id": "plain", "url": "file:///etc/passwd",
                                      "title": "รหัสผ่าน", "body": "root:x:0:0:root" * 5,
                                      "fetched_at": "2024-01-15T00:00:00+00:00"}))  # fmt: skip

    codes, logs, db = distributed_run(redis_server, server, tmp_path, inject)
    assert "Traceback" not in logs, logs
    assert codes == {"worker": 0, "writer": 0}, f"{codes}\n{logs}"
    urls = [r[0] for r in query(db, "SELECT url FROM articles")]
    assert len(urls) == 2 and all(u.startswith(server.url) for u in urls), urls
    runs = last_runs(db)
    assert runs["plain"]["errors"].get("malformed_payload", 0) >= 1, runs  # the wrong shape
    # and the one that is not JSON, on whichever row of the run the writer files it
    assert sum(r["errors"].get("malformed_payload", 0) for r in runs.values()) >= 2, runs
    assert not (tmp_path / "payload-ran").exists()
