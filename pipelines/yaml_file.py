"""Reading the YAML files people write (sources, alert rules, kind rules): one clear error naming the
file, whether it is missing, unreadable or not YAML at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def read_yaml(file: Path, what: str, error: type[Exception]) -> Any:
    """The parsed content of ``file``; raises ``error`` ("FILE: cannot read WHAT: ...")."""
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{file}: cannot read {what}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise error(f"{file}: not valid YAML: {exc}") from exc
