"""Issue 6: `khao export` gives pandas/R users every article, Thai intact, filtered as asked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from khao.export import parse_since
from tests.conftest import run_khao
from tests.storefill import fill


def test_since_accepts_buddhist_era_years() -> None:
    assert parse_since("2567-01-15") == "2024-01-15"
    assert parse_since("2019-03") == "2019-03"


def test_jsonl_and_csv_hold_the_same_articles_with_thai_intact(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    items = fill(db, 30, entities=True)
    jsonl = run_khao("export", "--db", str(db), "--format", "jsonl")
    assert jsonl.returncode == 0, jsonl.stderr
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert {r["title"] for r in records} == {i.title for i in items}
    assert all(r["agency"] in ("สลน.", "สพฐ.") and r["month"] == r["published_at"][:7]
               for r in records)  # fmt: skip
    assert any(e["canonical"] == "นายกรัฐมนตรี" for r in records for e in r["entities"])
    assert all(isinstance(r["tags"], list) and r["kind"] for r in records)

    out = tmp_path / "khao.csv"
    result = run_khao("export", "--db", str(db), "--format", "csv", "--output", str(out))
    assert result.returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel then reads Thai
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["id"] for r in table] == [r["id"] for r in records]
    assert [r["body"] for r in table] == [r["body"] for r in records]  # multi-line Thai survives


def test_since_and_source_filter(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    items = fill(db, 30)
    dates = sorted(i.published_at or "" for i in items)
    cut = dates[len(dates) // 2][:10]
    be_year = str(int(cut[:4]) + 543) + cut[4:]
    result = run_khao("export", "--db", str(db), "--since", be_year, "--source", "demo-obec")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [i for i in items if i.source_id == "demo-obec" and (i.published_at or "") >= cut]
    assert len(records) == len(expected) > 0
    assert all(r["source_id"] == "demo-obec" and r["published_at"] >= cut for r in records)
