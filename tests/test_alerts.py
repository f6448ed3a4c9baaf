"""Issue 6: alert rules find new articles and deliver each match exactly once, Thai intact."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from khao import exitcodes
from khao.alerts import Article, RulesError, Target, parse_rules, rule_matches
from tests.conftest import free_port, run_khao
from tests.receiver import Receiver
from tests.storefill import fill


def write_rules(path: Path, rules: list[dict]) -> Path:
    data = {"defaults": {"first_run_lookback_hours": 1_000_000}, "rules": rules}  # 2016–2023
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def article(**fields: object) -> Article:
    base = {"id": "a1", "title": "ศธ.ประกาศมาตรการปิดโรงเรียน", "body": "ปีการศึกษา ๒๕๖๗ ผลสอบ",
            "url": "u", "source_id": "obec", "agency": "สพฐ.", "kind": "policy",
            "published_at": "2024-01-01", "stored_at": "", "entities": {"PERSON", "นายก"}}  # fmt: skip
    return Article(**{**base, **fields})  # type: ignore[arg-type]


def test_rule_criteria_all_hold_and_short_thai_words_match() -> None:
    (rule,) = parse_rules({"rules": [{"name": "r", "query": "ผล 2567 -ยกเลิก", "kind": "policy",
                                      "agency": ["สพฐ.", "สป."]}]}).rules  # fmt: skip
    assert rule_matches(rule, article())  # 2-letter ผล and Thai digits ๒๕๖๗ both found
    assert not rule_matches(rule, article(kind="event"))
    assert not rule_matches(rule, article(agency="สลน."))
    assert not rule_matches(rule, article(body="ผลสอบ ๒๕๖๗ ยกเลิก"))
    (by_entity,) = parse_rules({"rules": [{"name": "e", "entity": "นายก",
                                           "keywords": {"all": ["ปิด", "โรงเรียน"]}}]}).rules  # fmt: skip
    assert rule_matches(by_entity, article())
    assert not rule_matches(by_entity, article(entities=set()))


def test_bad_rules_are_refused_with_the_rule_and_field_named() -> None:
    with pytest.raises(RulesError, match=r"'r'.*needs at least one"):
        parse_rules({"rules": [{"name": "r"}]})
    with pytest.raises(RulesError, match=r"'r'.*notify"):
        parse_rules({"rules": [{"name": "r", "kind": "policy", "notify": ["nonsense"]}]})
    assert Target("json://user:secret@hooks.example.org/x").label == "json://hooks.example.org"


def test_alerts_deliver_thai_title_once_and_retry_failures(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    items = fill(db)
    wanted = [i for i in items if i.kind == "policy"]
    assert wanted, "the sample needs policy announcements"
    port = free_port()  # nothing listens here yet: the first delivery must fail
    rules = write_rules(tmp_path / "alerts.yaml", [
        {"name": "นโยบาย", "kind": "policy", "notify": [f"json://127.0.0.1:{port}/hook"]},
    ])  # fmt: skip

    first = run_khao("alerts", "--db", str(db), "--rules", str(rules))
    assert first.returncode == exitcodes.DELIVERY_FAILED, first.stderr
    assert "retried on the next run" in first.stderr

    with Receiver(port) as receiver:
        second = run_khao("alerts", "--db", str(db), "--rules", str(rules))
        assert second.returncode == exitcodes.OK, second.stderr
        titles = sorted(body["title"] for body in receiver.bodies)
        assert titles == sorted(f"[นโยบาย] {i.title}" for i in wanted)  # Thai intact, each once
        assert all(i.url in b["message"] for i, b in zip(
            sorted(wanted, key=lambda i: f"[นโยบาย] {i.title}"),
            sorted(receiver.bodies, key=lambda b: b["title"]), strict=True))  # fmt: skip

        third = run_khao("alerts", "--db", str(db), "--rules", str(rules))
        assert third.returncode == exitcodes.OK
        assert len(receiver.bodies) == len(wanted)  # nothing sent twice
    with sqlite3.connect(db) as conn:
        statuses = conn.execute("SELECT status, attempts FROM alert_deliveries").fetchall()
    assert statuses == [("sent", 2)] * len(wanted)


def test_new_articles_only_and_stdout_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "khao.db"
    fill(db, 20)
    rules = write_rules(tmp_path / "alerts.yaml", [{"name": "ทุกข่าว", "agency": ["สลน.", "สพฐ."]}])
    dry = run_khao(
        "alerts", "--db", str(db), "--rules", str(rules), "--dry-run", "--format", "jsonl"
    )
    assert dry.returncode == 0
    assert len(dry.stdout.splitlines()) == 20
    first = run_khao("alerts", "--db", str(db), "--rules", str(rules), "--format", "jsonl")
    records = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(records) == 20 and all(r["rule"] == "ทุกข่าว" for r in records)  # dry run kept none
    assert run_khao("alerts", "--db", str(db), "--rules", str(rules)).stdout == ""
    fill(db, 25)  # five more articles arrive
    later = run_khao("alerts", "--db", str(db), "--rules", str(rules), "--format", "jsonl")
    assert len(later.stdout.splitlines()) == 5


def test_bad_rules_file_exits_with_usage_status(tmp_path: Path) -> None:
    rules = tmp_path / "alerts.yaml"
    rules.write_text("rules:\n  - name: x\n    colour: red\n", encoding="utf-8")
    result = run_khao("alerts", "--db", str(tmp_path / "k.db"), "--rules", str(rules))
    assert result.returncode == exitcodes.USAGE
    assert "colour" in result.stderr


def test_a_first_run_on_a_new_database_alerts_only_on_recent_news(tmp_path: Path) -> None:
    """Issue 15: a first crawl stores years of back catalogue (2016–2023): the first run of a
    rule looks back on publication dates, so only today's article is news."""
    from datetime import UTC, datetime

    from pipelines.items import ArticleItem
    from pipelines.storage import Store

    db = tmp_path / "khao.db"
    fill(db, 20)
    store = Store(db)
    today = datetime.now(UTC).astimezone().isoformat(timespec="seconds")
    store.save_article(ArticleItem(url="http://127.0.0.1/demo-obec/today", source_id="demo-obec",
                                   title="ข่าววันนี้", body="สพฐ. แถลงข่าววันนี้", published_at=today,
                                   language="th"))  # fmt: skip
    store.close()
    rules = tmp_path / "alerts.json"
    rules.write_text(json.dumps({"rules": [{"name": "ทุกข่าว", "agency": ["สลน.", "สพฐ."]}]},
                                ensure_ascii=False), encoding="utf-8")  # fmt: skip
    first = run_khao("alerts", "--db", str(db), "--rules", str(rules), "--format", "jsonl")
    assert first.returncode == 0, first.stderr
    records = [json.loads(line) for line in first.stdout.splitlines()]
    assert [r["title"] for r in records] == ["ข่าววันนี้"], first.stdout[:500]
