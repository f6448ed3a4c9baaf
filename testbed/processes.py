"""Process trees (Linux /proc), for tests and benchmarks that must see a crawl's helpers:
its NER worker processes, the forkserver, the resource tracker."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


def process_tree(pid: int) -> list[int]:
    """``pid`` and every live process below it."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:  # the command name may hold spaces and parentheses: split after the last ")"
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
        children.setdefault(ppid, []).append(int(stat.parent.name))
    tree, todo = [pid], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            tree.append(child)
            todo.append(child)
    return tree


def peak_rss_mb(pid: int) -> float | None:
    """The kernel's high-water mark of ``pid``'s own resident memory (``VmHWM``), in MB, or
    None once it has ended.

    Not ``ru_maxrss`` from ``wait4``: at exec Linux folds the outgoing memory's high-water
    mark into the new program's, and CPython spawns with vfork, so a child starts from its
    parent's peak: a crawl started by a process that held 370 MB (a benchmark with its
    50,000-article mirror, or pytest) reports at least 370 MB whatever it used itself
    (bench/RESULTS.md, issue 17: the "364 MB at exit" of the 50k crawls). Sample this while
    the process runs: its last value is the peak up to that moment, so what the process
    gains in its last sampling interval before it exits is not seen (a lower bound)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def wait_with_peak(process: subprocess.Popen, timeout: float) -> tuple[int, float]:
    """Wait for ``process``; return its exit code and its own peak RSS in MB (:func:`peak_rss_mb`
    read every 0.05 s). Kills it and raises :class:`TimeoutError` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    peak = 0.0
    while True:
        peak = max(peak, peak_rss_mb(process.pid) or 0.0)
        if process.poll() is not None:
            return process.returncode, peak
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise TimeoutError(f"process {process.pid} still running after {timeout:.0f} s")
        time.sleep(0.05)
