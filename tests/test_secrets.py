"""Issue 13: secrets planted in the environment (alert tokens, a Redis password) reach no
table, log line, command output or Datasette page. Alert targets are stored as a label
(scheme, and host only where the host is a server) and a hash; a token with ``:`` works;
an unset ``${VAR}`` is an error naming it; a Redis URL is shown with its password masked.

No delivery leaves the machine: HTTP(S)_PROXY points at a proxy on 127.0.0.1 that records
the host asked for and refuses.
"""

from __future__ import annotations

import json
import os
import socketserver
import sqlite3
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from khao import exitcodes
from khao.alerts import RulesError, Target, parse_rules
from pipelines.redact import redact_url, target_label
from pipelines.storage import Store
from testbed.redis_server import RedisServer, worker_args, writer_args
from testbed.served import khao_serve
from tests.conftest import ROOT, free_port, run_khao
from tests.planted_secrets import REDIS_PASSWORD, TELEGRAM_BOT_ID, TELEGRAM_SECRET
from tests.planted_secrets import SECRETS as PLANTED
from tests.storefill import fill

SECRETS = {
    **PLANTED,
    "KHAO_TELEGRAM_TOKEN": f"{TELEGRAM_BOT_ID}:{TELEGRAM_SECRET}",
    "KHAO_HOOK_PASSWORD": "KhaoHookPassword0123",
    "KHAO_HOOK_TOKEN": "KhaoHookQueryToken0123",
}
TARGETS = {
    "line": "line://${KHAO_LINE_TOKEN}/U0123456789abcdef0123456789abcdef",
    "pushover": "pover://${KHAO_PUSHOVER_USER}@${KHAO_PUSHOVER_TOKEN}",
    "slack": "slack://${KHAO_SLACK_A}/${KHAO_SLACK_B}/${KHAO_SLACK_C}/#news",
    "telegram": "tgram://${KHAO_TELEGRAM_TOKEN}/12345",
}


class RefusingProxy:
    """An HTTP proxy on 127.0.0.1 that notes which host each request was for and refuses."""

    def __init__(self) -> None:
        self.hosts: list[str] = []
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                head = self.request.recv(4096).decode("latin-1")
                target = head.split(" ")[1] if " " in head else ""
                proxy.hosts.append(target.split("://")[-1].split("/")[0].split(":")[0])
                self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.env = {"HTTP_PROXY": self.url, "HTTPS_PROXY": self.url, "NO_PROXY": "",
                    "http_proxy": self.url, "https_proxy": self.url, "no_proxy": ""}  # fmt: skip

    def __enter__(self) -> RefusingProxy:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def rules_file(path: Path, targets: dict[str, str]) -> Path:
    rules = [{"name": name, "agency": "สพฐ.", "notify": [url]} for name, url in targets.items()]
    data = {"defaults": {"first_run_lookback_hours": 1_000_000}, "rules": rules}  # old articles
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def all_cells(db: Path) -> str:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]  # fmt: skip
        cells = []
        for table in tables:
            try:
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.OperationalError:  # a contentless FTS table (articles_grams)
                continue
            cells += [str(v) for row in rows for v in row if isinstance(v, str | bytes)]
        return "\n".join(cells)


def leaks(secrets: list[str], **texts: str) -> dict[str, list[str]]:
    """secret -> the names of the texts holding it (any case)."""
    found = {s: [n for n, t in texts.items() if s.lower() in t.lower()] for s in secrets}
    return {s: where for s, where in found.items() if where}


# --------------------------------------------------------------------------- labels (pure)
def test_labels_and_redacted_urls_hold_no_secret() -> None:
    assert target_label("line://TOKEN123456/U1") == "line://…"
    assert target_label("pover://user@token") == "pover://…"
    assert target_label("tgram://123456:AAHsecret/42") == "tgram://…"  # no ValueError on ':'
    assert target_label("json://user:pw@Hooks.Example.org:8080/x?token=t") == (
        "json://hooks.example.org:8080"
    )
    assert (
        target_label("mailtos://me:pw@example.com?to=desk@example.com") == "mailtos://example.com"
    )
    assert target_label(target_label("line://TOKEN")) == "line://…"  # safe to apply again
    assert (
        redact_url(f"redis://:{REDIS_PASSWORD}@127.0.0.1:6379/0") == "redis://:***@127.0.0.1:6379/0"
    )
    assert (
        redact_url("redis://u:p@h:1/0?password=p&db=1") == "redis://u:***@h:1/0?password=***&db=1"
    )
    assert redact_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
    target = Target("tgram://123456:AAHsecretsecret/42")
    assert "AAHsecretsecret" not in repr(target) + target.redact(
        "POST /bot123456:AAHsecretsecret/x"
    )


def test_unset_variable_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KHAO_UNSET_TOKEN", raising=False)
    monkeypatch.setenv("KHAO_SET_TOKEN", "abc")
    with pytest.raises(RulesError, match="KHAO_UNSET_TOKEN is not set"):
        parse_rules({"rules": [{"name": "r", "kind": "policy",
                                "notify": "json://127.0.0.1/x?t=${KHAO_UNSET_TOKEN}"}]})  # fmt: skip
    with pytest.raises(RulesError, match="KHAO_UNSET_TOKEN is not set"):
        parse_rules({"rules": [{"name": "r", "kind": "policy",
                                "notify": "json://127.0.0.1/x?t=$KHAO_UNSET_TOKEN"}]})  # fmt: skip
    (rule,) = parse_rules({"rules": [{"name": "r", "kind": "policy",
                                      "notify": "json://127.0.0.1/$${KHAO_SET_TOKEN}"}]}).rules  # fmt: skip
    assert rule.notify[0].url == "json://127.0.0.1/${KHAO_SET_TOKEN}"  # $$ is a literal $


# --------------------------------------------------------------------------- khao alerts
@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "khao.db"
    fill(path, 6)
    return path


def test_tokens_of_line_pushover_slack_telegram_are_used_never_stored_or_printed(
    db: Path, tmp_path: Path
) -> None:
    rules = rules_file(tmp_path / "alerts.yaml", TARGETS)
    with RefusingProxy() as proxy:
        result = run_khao("alerts", "--db", str(db), "--rules", str(rules),
                          env={**SECRETS, **proxy.env})  # fmt: skip
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == exitcodes.DELIVERY_FAILED, output  # the proxy refused them all
    assert {"api.line.me", "api.pushover.net", "hooks.slack.com", "api.telegram.org"} <= set(
        proxy.hosts
    ), proxy.hosts  # each target was tried, the Telegram token's ':' included
    with sqlite3.connect(db) as conn:
        labels = {r[0] for r in conn.execute("SELECT target_label FROM alert_deliveries")}
        definitions = [json.loads(r[0]) for r in conn.execute("SELECT definition FROM alert_rules")]
    assert labels == {"line://…", "pover://…", "slack://…", "tgram://…"}
    assert sorted(d["notify"][0] for d in definitions) == sorted(labels)
    secrets = [*SECRETS.values(), TELEGRAM_SECRET]
    assert not leaks(secrets, output=output, database=all_cells(db))


def test_unset_variable_in_a_rules_file_exits_2_and_sends_nothing(db: Path, tmp_path: Path) -> None:
    rules = rules_file(tmp_path / "alerts.yaml",
                       {"hook": f"json://127.0.0.1:{free_port()}/hook?token=${{KHAO_UNSET_X}}"})  # fmt: skip
    with RefusingProxy() as proxy:
        result = run_khao("alerts", "--db", str(db), "--rules", str(rules), env=proxy.env)
    assert result.returncode == exitcodes.USAGE, result.stdout + result.stderr
    assert "KHAO_UNSET_X" in result.stderr and "Traceback" not in result.stderr
    assert proxy.hosts == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM alert_deliveries").fetchone() == (0,)


def test_an_old_database_loses_its_plaintext_targets_on_upgrade(tmp_path: Path) -> None:
    """khao ≤ 0.2 stored scheme://host, the host being the (lower-cased) token for line:,
    pover:, slack:, ...; the upgrade rewrites the labels, definitions and errors."""
    db = tmp_path / "khao.db"
    fill(db, 1)
    token = SECRETS["KHAO_LINE_TOKEN"].lower()
    with sqlite3.connect(db) as conn:
        article_id = conn.execute("SELECT id FROM articles").fetchone()[0]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '014_alert_targets_redacted'")
        conn.execute("INSERT INTO alert_rules (name, definition) VALUES ('r', ?)",
                     [json.dumps({"name": "r", "notify": [f"line://{token}", "json://h.example",
                                                          "stdout"]})])  # fmt: skip
        conn.executemany(
            "INSERT INTO alert_deliveries (rule, article_id, target, target_label, last_error)"
            " VALUES ('r', ?, ?, ?, ?)",
            [(article_id, "a1", f"line://{token}", f"refused by /{token.upper()}/push"),
             (article_id, "a2", "json://h.example:8080", None),
             (article_id, "stdout", "stdout", None)])  # fmt: skip
    Store(db).close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT target, target_label, last_error FROM alert_deliveries"
                            " ORDER BY target").fetchall()  # fmt: skip
        (definition,) = conn.execute("SELECT definition FROM alert_rules").fetchone()
    assert rows == [("a1", "line://…", "refused by /***/push"),
                    ("a2", "json://h.example:8080", None), ("stdout", "stdout", None)]  # fmt: skip
    assert json.loads(definition)["notify"] == ["line://…", "json://h.example", "stdout"]
    assert token not in all_cells(db).lower()


# --------------------------------------------------------------------------- Redis
def test_redis_password_is_masked_when_redis_is_down(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{port}/0"
    sources = tmp_path / "sources.yaml"
    sources.write_text(demo_sources_yaml("http://127.0.0.1:9"), encoding="utf-8")
    log = tmp_path / "worker.log"
    worker = run_khao("crawl", "--redis", url, "--sources", str(sources), "--idle-exit", "1",
                      "--log-file", str(log))  # fmt: skip
    writer = run_khao("ingest", "--redis", url, "--db", str(tmp_path / "k.db"), "--sources",
                      str(sources), "--idle-exit", "1")  # fmt: skip
    for result in (worker, writer):
        output = result.stdout + result.stderr
        assert result.returncode == exitcodes.SOURCES_FAILED, output
        assert f"redis://:***@127.0.0.1:{port}/0" in output, output  # still says where
        assert "Traceback" not in output, output
    texts = {"worker": worker.stdout + worker.stderr, "writer": writer.stdout + writer.stderr,
             "log": log.read_text() if log.exists() else ""}  # fmt: skip
    assert not leaks([REDIS_PASSWORD], **texts)


@pytest.fixture(scope="module")
def redis_with_password() -> Iterator[RedisServer]:
    server = RedisServer(password=REDIS_PASSWORD).start()
    yield server
    server.stop()


def test_worker_waiting_for_a_writer_masks_the_password(
    redis_with_password: RedisServer, tmp_path: Path
) -> None:
    redis_with_password.client().flushall()
    sources = tmp_path / "sources.yaml"
    sources.write_text(demo_sources_yaml("http://127.0.0.1:9"), encoding="utf-8")
    result = run_khao("crawl", "--redis", redis_with_password.url, "--sources", str(sources),
                      "--idle-exit", "1")  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == exitcodes.SOURCES_FAILED, output
    assert f"khao ingest --redis redis://:***@127.0.0.1:{redis_with_password.port}/0" in output
    assert not leaks([REDIS_PASSWORD], output=output)


# --------------------------------------------------------------------------- grep everything
@pytest.mark.slow
def test_no_planted_secret_in_any_table_log_output_or_datasette_page(
    redis_with_password: RedisServer, tmp_path: Path
) -> None:
    """A distributed crawl through a password-protected Redis (logs at INFO), then alerts to
    every kind of target, then `khao serve`: grep all of it for every planted secret."""
    redis_with_password.client().flushall()
    mirror = MirrorServer(build_demo_sites(12)).start()
    texts: dict[str, str] = {}
    try:
        data = yaml.safe_load(demo_sources_yaml(mirror.url))
        data["sources"] = [dict(s, autothrottle=False) for s in data["sources"]
                           if s["id"] in ("demo-obec", "demo-thaigov")]  # fmt: skip
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        db = tmp_path / "khao.db"
        env = {**SECRETS, "KHAO_REDIS_PASSWORD": REDIS_PASSWORD}
        full_env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200", **env}
        url = redis_with_password.url
        writer = subprocess.Popen([sys.executable, "-m", "khao", *writer_args(url, db, sources, 5)],
                                  cwd=ROOT, env=full_env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)  # fmt: skip
        worker = run_khao(*worker_args(url, sources, 2), "--log-file", str(tmp_path / "w.log"),
                          "--log-level", "DEBUG", env=env)  # fmt: skip
        texts["writer"] = writer.communicate(timeout=180)[0]
        texts["worker"] = worker.stdout + worker.stderr
        texts["worker log"] = (tmp_path / "w.log").read_text(errors="replace")
        assert worker.returncode == 0 and writer.returncode == 0, texts
    finally:
        mirror.stop()
    targets = {**TARGETS, "hook": "json://user:${KHAO_HOOK_PASSWORD}@127.0.0.1:"
               f"{free_port()}/hook?token=${{KHAO_HOOK_TOKEN}}"}  # fmt: skip
    rules = rules_file(tmp_path / "alerts.yaml", targets)
    with RefusingProxy() as proxy:
        alerts = run_khao("alerts", "--db", str(db), "--rules", str(rules),
                          env={**env, **proxy.env})  # fmt: skip
    texts["alerts"] = alerts.stdout + alerts.stderr
    assert alerts.returncode == exitcodes.DELIVERY_FAILED, texts["alerts"]
    status = run_khao("status", "--db", str(db))
    texts["status"] = status.stdout + status.stderr
    texts["database"] = all_cells(db)
    with khao_serve(db) as base:
        served = [json.loads(urllib.request.urlopen(
            f"{base}/khao/{table}.json?_shape=array&_size=max", timeout=30).read())
            for table in ("alert_rules", "alert_deliveries", "crawl_runs")]  # fmt: skip
    texts["datasette"] = json.dumps(served, ensure_ascii=False)
    assert "tgram://…" in texts["datasette"] and "json://127.0.0.1:" in texts["datasette"]
    secrets = [*SECRETS.values(), TELEGRAM_SECRET, REDIS_PASSWORD]
    assert not leaks(secrets, **texts), leaks(secrets, **texts)
