"""Local servers and process helpers shared by tests/ and bench/ (not part of the khao
package): a throwaway redis-server, the real `khao serve` in a subprocess, process trees,
free ports on 127.0.0.1."""

from __future__ import annotations

import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
