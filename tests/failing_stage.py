"""A pipeline stage that fails on purpose, for the failure-accounting tests (issue 12): it
raises on every article whose URL contains $KHAO_TEST_FAIL_ON, like a stage with a bug."""

from __future__ import annotations

import os
from typing import Any


class FailingStage:
    def process_item(self, item: Any, spider: Any = None) -> Any:
        marker = os.environ.get("KHAO_TEST_FAIL_ON", "")
        if marker and marker in item.url:
            raise RuntimeError(f"a stage bug on {item.url}")
        return item
