"""The peak memory the benchmarks and tests report is the crawl's own (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from testbed.processes import peak_rss_mb

HOLD = 300  # MB the parent touches before it starts the child


def test_a_childs_peak_is_its_own_not_its_parents() -> None:
    """Linux carries the high-water mark across exec: a 20 MB child started by a process
    that once held 300 MB reports ``ru_maxrss`` >= 300 MB. The benchmarks held their
    50,000-article mirror when they started the crawl, so wait4 said 364 MB at exit for
    a crawl whose own peak was ~230 MB. ``peak_rss_mb`` reads the child's own."""
    held = bytearray(HOLD << 20)
    for i in range(0, len(held), 4096):
        held[i] = 1
    del held  # freed: the parent's high-water mark stays
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.5)"])
    peak = 0.0
    while True:
        peak = max(peak, peak_rss_mb(child.pid) or 0.0)
        pid, _, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    assert 0 < peak < 100, peak
    assert usage.ru_maxrss / 1024 >= HOLD, usage.ru_maxrss  # what the old figure measured


def test_an_ended_process_has_no_peak() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert peak_rss_mb(child.pid) is None
