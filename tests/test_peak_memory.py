"""The peak memory the benchmarks and tests report is the crawl's own (issue 17)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from testbed.processes import peak_rss_mb, wait_with_peak

HOLD = 200  # MB the parent touches before it starts the child
CHILD = [sys.executable, "-c", "import time; time.sleep(0.5)"]


def test_a_childs_peak_is_its_own_not_its_parents() -> None:
    """Linux carries the high-water mark across exec (CPython spawns with vfork: the child
    starts from its parent's peak): a 20 MB child started by a process that once held
    200 MB reports ``ru_maxrss`` >= 200 MB. The benchmarks held their 50,000-article mirror
    when they started the crawl, so wait4 said 364 MB for a crawl whose own peak was
    ~230 MB. ``peak_rss_mb`` reads the child's own."""
    held = bytearray(HOLD << 20)
    for i in range(0, len(held), 4096):
        held[i] = 1
    code, peak = wait_with_peak(subprocess.Popen(CHILD), timeout=30)
    del held
    assert code == 0 and 0 < peak < HOLD / 2, peak


def test_an_ended_process_has_no_peak_and_a_hung_one_is_killed() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert peak_rss_mb(child.pid) is None
    hung = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    with pytest.raises(TimeoutError):
        wait_with_peak(hung, timeout=1)
    assert hung.returncode is not None
