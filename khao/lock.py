"""One crawl per database at a time: an OS-level lock on ``<db>.lock``.

fcntl.flock is released by the kernel when the process ends, however it ends (kill -9
included), so a crashed crawl never leaves a stale lock behind for cron to trip over.
The lock file holds the holder's pid and start time, only to make the refusal readable.
"""

from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class LockedError(RuntimeError):
    """Another process holds the lock; the message says who and since when."""


def lock_path(db_path: str | Path, purpose: str = "") -> Path:
    suffix = f".{purpose}.lock" if purpose else ".lock"
    return Path(f"{db_path}{suffix}")


def holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown process"
    except OSError:
        return "unknown process"


@contextmanager
def exclusive(db_path: str | Path, purpose: str = "") -> Iterator[Path]:
    """Hold the lock for the duration of the block, or raise LockedError at once."""
    path = lock_path(db_path, purpose)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(
                f"another {purpose or 'crawl'} holds {path} ({holder(path)})"
            ) from None
        started = datetime.now(UTC).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {started}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def is_locked(db_path: str | Path, purpose: str = "") -> str | None:
    """Who holds the lock right now, or None (used by `khao status`)."""
    path = lock_path(db_path, purpose)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return holder(path)
    finally:
        os.close(fd)
    return None
