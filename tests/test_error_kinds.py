"""One catalogue of error kinds (crawler/error_kinds.py): every kind the code records is in
it, so none is silently counted as a loss (or as no loss), and docs/sources.md lists each."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from crawler import error_kinds
from crawler.error_kinds import KINDS, NOT_LOST, PERMANENT, group_of
from crawler.extensions import lost_articles, storage_failure
from crawler.middlewares import RetryAfterMiddleware

ROOT = Path(__file__).resolve().parent.parent
# calls whose first argument is the error kind they record
RECORDING = {"record_error", "record_cut", "record", "CrawlProblem", "LimitExceeded"}


def recorded_kinds() -> dict[str, str]:
    """Every literal error kind in the crawler and the stages: the first argument of a
    recording call, and the kinds describe_failure returns. kind → where."""
    found: dict[str, str] = {}
    for path in [*(ROOT / "crawler").rglob("*.py"), *(ROOT / "pipelines" / "stages").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0] if node.args else None
                if name in RECORDING and isinstance(first, ast.Constant):
                    found.setdefault(first.value, where)
            if isinstance(node, ast.FunctionDef) and node.name == "describe_failure":
                for ret in ast.walk(node):
                    value = getattr(ret, "value", None)
                    if isinstance(ret, ast.Return) and isinstance(value, ast.Tuple):
                        head = value.elts[0]
                        if isinstance(head, ast.Constant):
                            found.setdefault(head.value, where)
    return found


def test_the_scan_finds_the_kinds_it_should() -> None:
    found = recorded_kinds()
    # one of each way of recording, so a scan that finds nothing cannot pass
    assert {"soft_404", "max_articles", "forbidden_target", "too_large", "timeout",
            "spam", "dns"} <= set(found)  # fmt: skip


def test_every_recorded_kind_is_in_the_catalogue() -> None:
    unknown = {k: w for k, w in recorded_kinds().items() if k not in KINDS}
    assert not unknown, f"add these to crawler/error_kinds.py: {unknown}"
    others = {*RetryAfterMiddleware.CODES.values()}
    others |= {storage_failure(sqlite3.OperationalError(m))
               for m in ("database or disk is full", "attempt to write a readonly database",
                         "disk I/O error")}  # fmt: skip
    assert others <= set(KINDS)


def test_docs_list_every_kind_with_its_meaning() -> None:
    doc = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    missing = [row for row in error_kinds.docs_rows() if row not in doc]
    assert not missing, missing


@pytest.mark.parametrize(
    ("errors", "lost"),
    [
        ({"soft_404": 3, "spam": 1}, False),
        ({"max_articles": 1, "forbidden_target": 2}, False),
        ({"timeout": 1}, True),
        ({"http_500": 1}, True),  # an HTTP status the catalogue does not name
        ({"something_new": 1}, True),  # an unknown kind is a loss, never hidden
        ({"dropped_duplicate": 4}, False),  # a note, not an error
    ],
)
def test_what_counts_as_lost(errors: dict[str, int], lost: bool) -> None:
    assert lost_articles(errors) is lost


def test_groups_are_consistent() -> None:
    assert "max_articles" in NOT_LOST and "max_articles" not in PERMANENT
    assert group_of("http_502") == error_kinds.TRANSIENT
    assert group_of("http_404") == error_kinds.UNREADABLE
    assert all(kind.meaning and kind.group in error_kinds.GROUPS for kind in KINDS.values())
