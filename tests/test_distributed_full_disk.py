"""The distributed writer (`khao ingest`) on a full disk: like a local crawl (test_full_disk),
it must name ``disk_full`` once per source (no traceback), record every source's run row
saying so, exit non-zero, and lose nothing: the next run, once space is freed, stores every
article of the mirror (what the writer could not store was never counted as stored, and no
source's walk was marked complete).

The database is on a small tmpfs (root only: CI runs as root); elsewhere the test is skipped.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings

from crawler.distributed.worker import WorkerReport
from crawler.distributed.writer import SourceWriter, _finish_source, _StageCrawler
from crawler.extensions import OUTCOMES, UNRECORDED, record_unrecorded
from pipelines.storage.database import Store
from testbed.redis_server import worker_args, writer_args
from tests.interruptions import Reference, record_problems
from tests.test_distributed import khao_process, wait_all
from tests.test_full_disk import FREE_SHARE, MIB, fill, mount_tmpfs

pytestmark = pytest.mark.slow


@pytest.fixture
def small_disk(tmp_path: Path, reference: Reference) -> Iterator[Path]:
    """A tmpfs twice the size of the complete database, mounted for this test only."""
    yield from mount_tmpfs(tmp_path / "disk", 2 * reference.db_bytes // MIB + 8)


def distributed_run(url: str, db: Path, sources: Path, logs: Path) -> tuple[int, str]:
    """One writer and one worker until both exit: the writer's exit status and output."""
    logs.mkdir()
    writer = khao_process(*writer_args(url, db, sources, 5), log=logs / "writer.log")
    worker = khao_process(*worker_args(url, sources, 5), log=logs / "worker.log")
    try:
        code = wait_all([writer, worker], timeout=300)[0]
    finally:
        for process in (writer, worker):
            if process.poll() is None:
                process.kill()
    return code, (logs / "writer.log").read_text(errors="replace")


def test_the_writer_on_a_full_disk_names_it_and_the_next_run_stores_all(
    reference: Reference, small_disk: Path, redis_url: str, tmp_path: Path
) -> None:
    db = small_disk / "khao.db"
    filler = fill(small_disk, int(reference.db_bytes * FREE_SHARE))
    code, output = distributed_run(redis_url, db, reference.sources, tmp_path / "full")
    with sqlite3.connect(db) as conn:
        first_run = conn.execute("SELECT source_id, status, errors, error_message FROM crawl_runs"
                                 " ORDER BY id").fetchall()  # fmt: skip
        walks = dict(conn.execute("SELECT source_id, complete FROM source_walks"))
    filler.unlink()  # space freed
    again, again_output = distributed_run(redis_url, db, reference.sources, tmp_path / "again")

    named = [row[0] for row in first_run if "disk_full" in json.loads(row[2] or "{}")
             and "disk_full" in (row[3] or "")]  # fmt: skip
    said = output.count("disk_full")
    print(f"\nfull disk: ingest exit {code}, disk_full said {said} times, crawl_runs "
          f"{[(r[0], r[1]) for r in first_run]}, walks {walks}; after freeing space: "
          f"exit {again}")  # fmt: skip

    problems = []
    if code == 0:
        problems.append("ingest on a full disk exited 0")
    if "Traceback" in output:
        problems.append("a traceback reached the terminal")
    if not named:
        problems.append("no crawl_runs row of that run names disk_full")
    if said > 3 * len(reference.per_source):  # once per source, not once per article
        problems.append(f"disk_full said {said} times for {len(reference.per_source)} sources")
    left_running = [row[0] for row in first_run if row[1] == "running"]
    if left_running:
        problems.append(f"left 'running': {left_running}")
    failed = [row[0] for row in first_run if row[1] == "failed"]
    if sorted(named) != sorted(failed):
        problems.append(f"failed {failed}, of which only {named} name disk_full")
    if any(walks.get(source) for source in named):
        problems.append(f"a walk the full disk cut is marked complete: {walks}")
    if again != 0:
        problems.append(f"the run after freeing space exited {again}: {again_output[-2000:]}")
    problems += record_problems(db, reference.expected)
    assert not problems, (problems, output[-4000:])
    assert os.path.exists(f"{db}-reserve"), "the next run makes the reserve again"


def test_a_run_row_the_disk_refuses_at_the_end_is_recorded_after_freeing_the_reserve(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up just as the writer records a source's run (its items all stored):
    no exception escapes, the outcome is kept in memory and written once the reserve is
    freed, and the walk is not marked complete."""
    store = Store(tmp_path / "khao.db")
    store.ensure_reserve()
    row = store.start_run("run-1", "demo-obec", "redis")
    source = SimpleNamespace(id="demo-obec")
    writer = SourceWriter(source, _StageCrawler(Settings()), [], None)  # type: ignore[arg-type]
    report = WorkerReport("demo-obec", "worker-1", "finished")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(store, "finish_run", disk_full)
        _finish_source(store, "run-1", row, writer, [report], 0)
    # its items were stored, but the disk is full: the exit status must not say all is well
    assert OUTCOMES.pop(("run-1", "demo-obec"))["status"] == "failed"
    assert [r for r, _ in UNRECORDED] == [row]
    record_unrecorded(store)
    assert not UNRECORDED and not os.path.exists(f"{tmp_path / 'khao.db'}-reserve")
    assert store.db.execute("SELECT status, finish_reason FROM crawl_runs").fetchall() == [
        ("failed", "disk_full")
    ]
    assert not store.walk_complete("demo-obec")
