"""khao_rank(), the search page's ranking of a one-word query without bm25's document
frequency pass (issue 15), as a small SQLite extension in C (khao/data/khao_rank.c).

FTS5's bm25() runs the query's phrase once more over the whole index for its IDF: for a
common word at 100,000 articles that pass costs as much as the match itself, and the IDF of
a query of one phrase scales every score alike (the order does not change). Python's
sqlite3 can neither register an FTS5 ranking function nor, here, load an extension, so the
C source is compiled once (the system's C compiler and SQLite headers) into khao's cache
directory and registered with ``sqlite3_auto_extension``: SQLite then adds ``khao_rank()``
to every connection the process opens afterwards. Without a compiler, headers or a shared
libsqlite3, nothing is registered and the search ranks with bm25(): the same order, slower.
``KHAO_OWN_RANK=0`` turns it off.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

SOURCE = Path(__file__).parent / "data" / "khao_rank.c"
COMPILE_SECONDS = 60
log = logging.getLogger(__name__)
# connections prepared without khao_rank (opened before it was registered): the search
# then ranks with bm25() everywhere, since a statement may run on any connection
_missing: list[bool] = []


def cache_dir() -> Path:
    """A directory of this user's only (a shared one would let others plant the library)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "khao"


def library_path() -> Path:
    digest = hashlib.sha256(SOURCE.read_bytes() + sqlite3.sqlite_version.encode()).hexdigest()
    return cache_dir() / f"khao_rank-{digest[:16]}.so"


def compiled() -> Path | None:
    """The compiled extension (built now if needed), or None when it cannot be built."""
    target = library_path()
    if target.exists():
        return target
    compiler = shutil.which(os.environ.get("CC", "cc"))
    if compiler is None or sys.platform not in ("linux", "darwin"):
        return None
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        built = Path(work) / target.name
        flags = ["-undefined", "dynamic_lookup"] if sys.platform == "darwin" else []
        command = [compiler, "-O2", "-shared", "-fPIC", *flags, "-o", str(built), str(SOURCE)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=COMPILE_SECONDS)
        except (OSError, subprocess.SubprocessError) as error:
            log.info("khao_rank not built (%s): the search ranks with bm25()", error)
            return None
        os.replace(built, target)  # atomic: another process may build it at the same time
    return target


def sqlite_library() -> ctypes.CDLL | None:
    """The SQLite library Python's sqlite3 module uses (None if it is built in: an
    extension registered with another copy would never be called)."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    library = ctypes.CDLL(name)
    library.sqlite3_libversion.restype = ctypes.c_char_p
    if library.sqlite3_libversion().decode() != sqlite3.sqlite_version:
        return None
    return library


@cache
def register() -> bool:
    """Register khao_rank() for every connection opened from now on; whether it works (a
    fresh connection has it)."""
    if os.environ.get("KHAO_OWN_RANK", "1") == "0":
        return False
    try:
        library, path = sqlite_library(), compiled()
        if library is None or path is None:
            return False
        extension = ctypes.CDLL(str(path))
        _keep.append(extension)  # never unloaded: SQLite calls into it for each connection
        entry = ctypes.cast(extension.khao_rank_init, ctypes.c_void_p)
        if library.sqlite3_auto_extension(entry) != 0:
            return False
        probe = sqlite3.connect(":memory:")
        try:
            return probe.execute("SELECT khao_rank_ready()").fetchone() == (1,)
        finally:
            probe.close()
    except (OSError, AttributeError, sqlite3.Error) as error:
        log.info("khao_rank not registered (%s): the search ranks with bm25()", error)
        return False


_keep: list[ctypes.CDLL] = []


def check(conn: sqlite3.Connection) -> None:
    """Note a connection that lacks khao_rank() although it is registered (opened before)."""
    if not register():
        return
    try:
        conn.execute("SELECT khao_rank_ready()").fetchone()
    except sqlite3.OperationalError:
        _missing.append(True)


def ready() -> bool:
    """Whether statements may call khao_rank(): registered, and on every prepared connection."""
    return register() and not _missing
