"""Issue 12: a crawl stopped at any moment, by kill -9, Ctrl-C or SIGTERM to its whole process
group (NER workers included), loses nothing: one plain `khao crawl` afterwards stores every
article of the mirror exactly once, with a sound file and the full-text index in step.

Each test prints a table (``pytest -s``): kill moment (s) → stored after re-run / expected.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.interruptions import (
    TABLE_HEAD,
    Interruption,
    Reference,
    interrupt_and_rerun,
    spread_moments,
)

pytestmark = pytest.mark.slow

SEED = 12  # the kill moments are random, but the same on every run
KILL_MOMENTS = 10
SIGNAL_MOMENTS = 3
GRACE = 15  # seconds a crawl has to exit after Ctrl-C or SIGTERM
EXIT_CODES = {  # 128 + the signal; a process that dies of the signal re-raised shows as -N
    signal.SIGINT: (130, -signal.SIGINT),
    signal.SIGTERM: (143, -signal.SIGTERM),
}


def moments(ref: Reference, count: int, seed: int) -> list[float]:
    """Spread over the crawl: from the moment the database appears to near the end (a
    crawl that ends before its moment proves nothing)."""
    return spread_moments(seed, count, ref.db_created_at, 0.8 * ref.seconds)


def interrupt_at_moments(
    ref: Reference, tmp_path: Path, sig: signal.Signals, at: list[float]
) -> list[Interruption]:
    print(f"\n{sig.name} to the crawl's process group, then one plain `khao crawl`; reference "
          f"crawl {ref.seconds:.1f} s, first article at {ref.first_article_at:.1f} s, "
          f"{ref.total} articles {ref.per_source}")  # fmt: skip
    print(TABLE_HEAD)
    results = []
    for index, moment in enumerate(at):
        db, log = tmp_path / f"khao-{index}.db", tmp_path / f"crawl-{index}.log"
        result = interrupt_and_rerun(ref, db, log, moment, sig, GRACE)
        print(result.row(ref.total), flush=True)
        results.append(result)
    return results


@pytest.mark.timeout(420)
def test_kill_9_at_ten_moments_then_one_rerun_stores_every_article_once(
    reference: Reference, tmp_path: Path
) -> None:
    results = interrupt_at_moments(
        reference, tmp_path, signal.SIGKILL, moments(reference, KILL_MOMENTS, SEED)
    )
    assert sum(not r.finished_first for r in results) >= 8, "too few kills landed mid-crawl"
    for result in results:
        assert not result.leftovers, f"{result.moment} s: processes outlived kill -9"
        assert result.rerun_code == 0, f"{result.moment} s: the re-run exited {result.rerun_code}"
    holes = {r.moment: r.problems for r in results if r.problems}
    assert not holes, f"killed at (s) → what the re-run left wrong: {holes}"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_signal_stops_the_crawl_within_15_s_and_a_rerun_completes_the_record(
    reference: Reference, tmp_path: Path, sig: signal.Signals
) -> None:
    at = moments(reference, SIGNAL_MOMENTS, SEED + sig)
    results = interrupt_at_moments(reference, tmp_path, sig, at)
    wanted = EXIT_CODES[sig]
    for result in results:
        when = f"{sig.name} at {result.moment} s"
        if result.finished_first:
            continue
        assert result.exit_code is not None, f"{when}: still running {GRACE} s later"
        statuses = result.statuses_at_stop
        done = set(statuses) == {"ok"} and result.stored_at_stop == reference.total
        if result.exit_code == 0 and done:
            continue  # the signal came as the crawl exited, its work all done: 0 is right
        assert result.exit_code in wanted, f"{when}: exit {result.exit_code}, want {wanted[0]}"
        assert not result.leftovers, f"{when}: processes left behind: {result.leftovers}"
        assert "running" not in statuses, f"{when}: crawl_runs left {dict(statuses)}"
        cut = result.stored_at_stop < reference.total
        if statuses and cut:
            assert statuses["interrupted"] >= 1, f"{when}: no source recorded as interrupted"
        assert result.rerun_code == 0, f"{when}: the re-run exited {result.rerun_code}"
        assert not result.problems, f"{when}: after the re-run: {result.problems}"
