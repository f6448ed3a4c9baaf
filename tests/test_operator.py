"""Issue 16: every mistake an operator can make gets one clear line and a documented exit
status; nothing fails silently; nothing prints a traceback.

The table below is the contract: each row runs the real command (``python -m khao``) on a
mistake and names the exit status and the words the one line must hold."""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from khao import exitcodes
from tests.conftest import ROOT, free_port, run_khao
from tests.storefill import fill

SOURCE = """\
  - id: {id}
    name: ทดสอบ
    kind: {kind}
    url: {url}
"""


def sources_file(tmp: Path, *entries: str, extra: str = "") -> Path:
    path = tmp / "sources.yaml"
    path.write_text("sources:\n" + "".join(entries) + extra, encoding="utf-8")
    return path


def entry(source_id: str, kind: str = "wordpress", url: str = "https://a.example/",
          more: str = "") -> str:  # fmt: skip
    return SOURCE.format(id=source_id, kind=kind, url=url) + more


@dataclass
class Mistake:
    """A mistake, the exit status it must give, and words its one line must contain."""

    name: str
    args: Callable[[Path], list[str]]  # given a tmp dir holding khao.db (30 articles)
    status: int
    words: tuple[str, ...]
    stdin: str | None = None
    lines: int = 1  # lines on stderr


def typo_sources(tmp: Path) -> list[str]:
    path = sources_file(tmp, entry("ok"), entry("typo", "listing", more="    link_selector: a\n"
                                                 "    link_selecter: a.x\n"))  # fmt: skip
    return ["sources", "--sources", str(path)]


def typo_override(tmp: Path) -> list[str]:
    path = sources_file(tmp, entry("conc", more="    concurrrency: 3\n"))
    return ["sources", "--sources", str(path)]


def typo_option(tmp: Path) -> list[str]:
    path = sources_file(tmp, entry("opt", more="    options:\n      per_pag: 3\n"))
    return ["sources", "--sources", str(path)]


def bad_yaml(tmp: Path) -> list[str]:
    path = tmp / "broken.yaml"
    path.write_text("sources:\n  - id: [x\n", encoding="utf-8")
    return ["sources", "--sources", str(path)]


def rules(tmp: Path, text: str) -> list[str]:
    path = tmp / "alerts.yaml"
    path.write_text(text, encoding="utf-8")
    return ["alerts", "--db", str(tmp / "khao.db"), "--rules", str(path), "--dry-run"]


def kind_rules_typo(tmp: Path) -> list[str]:
    path = tmp / "kinds.yaml"
    path.write_text("default: other\nkinds:\n  - kind: policy\n    keywrods: [ประกาศ]\n",
                    encoding="utf-8")  # fmt: skip
    return ["crawl", "--db", str(tmp / "khao.db"), "-s", f"KHAO_KIND_RULES={path}"]


def export(*more: str) -> Callable[[Path], list[str]]:
    return lambda tmp: ["export", "--db", str(tmp / "khao.db"), *more]


MISTAKES = [
    Mistake("typo in a selector key", typo_sources, exitcodes.USAGE,
            ("sources.yaml:11:", "source #2 (typo)", "'link_selecter'",
             "did you mean 'link_selector'")),
    Mistake("typo in a politeness key", typo_override, exitcodes.USAGE,
            ("sources.yaml:6:", "'concurrrency'", "did you mean 'concurrency'")),
    Mistake("typo in options", typo_option, exitcodes.USAGE,
            ("sources.yaml:7:", "'options.per_pag'", "did you mean 'per_page'")),
    Mistake("sources file not YAML names the file", bad_yaml, exitcodes.USAGE,
            ("broken.yaml:3:", "not valid YAML")),
    Mistake("alert rule kind that does not exist",
            lambda tmp: rules(tmp, "rules:\n  - name: a\n    kind: polcy\n"), exitcodes.USAGE,
            ("alerts.yaml:3:", "rule 'a'", "'kind'", "did you mean 'policy'")),
    Mistake("alert rule source that does not exist",
            lambda tmp: rules(tmp, "rules:\n  - name: b\n    source: obecc\n"),
            exitcodes.USAGE, ("alerts.yaml:3:", "'source'", "did you mean 'obec'")),
    Mistake("alert rule with an unknown key",
            lambda tmp: rules(tmp, "rules:\n  - name: c\n    kind: policy\n    notfy: stdout\n"),
            exitcodes.USAGE, ("alerts.yaml:4:", "'notfy'", "did you mean 'notify'")),
    Mistake("alert rules with an unknown top-level key",
            lambda tmp: rules(tmp, "defaults:\n  notfy: [stdout]\nrules: []\n"),
            exitcodes.USAGE, ("alerts.yaml:2:", "did you mean 'notify'")),
    Mistake("export --since a month 13", export("--since", "2566-13-45"), exitcodes.USAGE,
            ("--since", "2566-13-45", "not a date that exists")),
    Mistake("export --since 30 February", export("--since", "2023-02-30"), exitcodes.USAGE,
            ("--since", "2023-02-30", "not a date that exists")),
    Mistake("export --until not a date", export("--until", "yesterday"), exitcodes.USAGE,
            ("--until", "YYYY-MM-DD")),
    Mistake("export --source that does not exist", export("--source", "demo-obecc"),
            exitcodes.USAGE, ("--source", "'demo-obecc'", "did you mean 'demo-obec'")),
    Mistake("export -o where nothing can be written", export("-o", "/proc/khao.jsonl"),
            exitcodes.USAGE, ("cannot write /proc/khao.jsonl",)),
    Mistake("crawl --source that does not exist", lambda tmp: ["crawl", "--db",
            str(tmp / "khao.db"), "--source", "obc"], exitcodes.USAGE,
            ("--source", "'obc'", "did you mean 'obec'")),
    Mistake("crawl --db where the lock cannot be made", lambda tmp: ["crawl", "--db",
            "/proc/khao.db", "--source", "obec"], exitcodes.USAGE,
            ("/proc/khao.db.lock",)),
    Mistake("ner --jsonl given plain text", lambda tmp: ["ner", "--jsonl"], exitcodes.USAGE,
            ("line 1", "not JSON", "leave out --jsonl"), stdin="ข่าวการศึกษา\n"),
    Mistake("kind rules file with a typo", kind_rules_typo, exitcodes.USAGE,
            ("KHAO_KIND_RULES", "kinds.yaml:4:", "'keywrods'", "did you mean 'keywords'")),
    Mistake("alerts on a database that does not exist", lambda tmp: ["alerts", "--db",
            str(tmp / "nosuch.db"), "--rules", str(ROOT / "khao" / "alerts.example.yaml"),
            "--dry-run"], exitcodes.USAGE, ("no database at",)),
    Mistake("sources check of an id that does not exist", lambda tmp: ["sources", "check",
            "obecc"], exitcodes.USAGE, ("sources check", "'obecc'", "did you mean 'obec'")),
    Mistake("crawl --alerts with a rule that can never match", lambda tmp: [
            "crawl", "--db", str(tmp / "khao.db"), "--alerts", rules(tmp, "rules:\n  - name: a\n"
            "    kind: polcy\n")[4]], exitcodes.USAGE, ("--alerts", "did you mean 'policy'")),
    Mistake("status of a file that is not a khao database", lambda tmp: ["status", "--db",
            str(tmp / "sources.yaml.not-a-db")], exitcodes.USAGE, ("database",)),
    Mistake("an option that does not exist", lambda tmp: ["crawl", "--bogus"],
            exitcodes.USAGE, ("khao crawl:", "No such option '--bogus'", "crawl --help")),
    Mistake("a command that does not exist", lambda tmp: ["craw"], exitcodes.USAGE,
            ("No such command 'craw'", "khao --help")),
    Mistake("an option value that is not allowed", export("--format", "xml"),
            exitcodes.USAGE, ("khao export:", "'--format'", "'xml'", "export --help")),
    Mistake("date --now not a date", lambda tmp: ["date", "--now", "garbage"],
            exitcodes.USAGE, ("khao date:", "'garbage'")),
]  # fmt: skip


def assert_one_line(result: subprocess.CompletedProcess, status: int, words: tuple[str, ...],
                    lines: int = 1) -> None:  # fmt: skip
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == status, output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == lines, result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("operator")
    fill(tmp / "khao.db", 30)
    (tmp / "sources.yaml.not-a-db").write_text("sources: []\n", encoding="utf-8")
    return tmp


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_each_mistake_gets_one_line_and_its_exit_status(mistake: Mistake, filled: Path) -> None:
    result = run_khao(*mistake.args(filled), input=mistake.stdin)
    assert_one_line(result, mistake.status, mistake.words, mistake.lines)


def test_buddhist_era_and_iso_dates_are_accepted(filled: Path) -> None:
    for since, until in (("2567-01-01", "2567-12-31"), ("2024-01", "2024")):
        result = run_khao("export", "--db", str(filled / "khao.db"), "--since", since,
                          "--until", until)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert all('"published_at": "2024' in line for line in result.stdout.splitlines())


def test_the_shipped_alert_rules_dry_run_without_any_secret(filled: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM")}
    result = subprocess.run(
        [sys.executable, "-m", "khao", "alerts", "--db", str(filled / "khao.db"), "--rules",
         str(ROOT / "khao" / "alerts.example.yaml"), "--dry-run"],
        capture_output=True, text=True, cwd=ROOT, env={**env, "PYTHAINLP_OFFLINE": "1"},
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "3 rules" in result.stderr


def test_serve_on_a_busy_port_says_so_and_exits_2(filled: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_khao("serve", "--db", str(filled / "khao.db"), "--port", str(port),
                          timeout=120)  # fmt: skip
    assert_one_line(result, exitcodes.USAGE, (f"127.0.0.1:{port}", "in use"))


def test_debug_shows_the_traceback(filled: Path) -> None:
    result = run_khao("--debug", "crawl", "--db", "/proc/khao.db", "--source", "obec")
    assert "Traceback" in result.stderr and result.returncode != 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only folder")
def test_status_and_export_of_a_database_in_a_read_only_folder(filled: Path,
                                                                tmp_path: Path) -> None:  # fmt: skip
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "khao.db").write_bytes((filled / "khao.db").read_bytes())
    folder.chmod(0o555)
    try:
        status = run_khao("status", "--db", str(folder / "khao.db"))
        export = run_khao("export", "--db", str(folder / "khao.db"))
        assert status.returncode == 0 and export.returncode == 0, status.stderr + export.stderr
        assert len(export.stdout.splitlines()) == 30
    finally:
        folder.chmod(0o755)


def test_a_read_only_folder_is_opened_immutable(filled: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """What the test above checks, for a root user too: a database khao may not write is
    read without its -shm file (a mode=ro open of a WAL database there fails)."""
    from khao.export import export_articles
    from khao.status import source_status

    db = tmp_path / "khao.db"
    db.write_bytes((filled / "khao.db").read_bytes())
    opened: list[str] = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    monkeypatch.setattr(sqlite3, "connect", lambda target, **k: opened.append(target) or
                        real_connect(target, **k))  # fmt: skip
    assert len(source_status(str(db))) == 2
    with open(os.devnull, "w") as sink:
        assert export_articles(str(db), "jsonl", None, None, sink) == 30
    assert opened and all(uri.endswith("?immutable=1") for uri in opened)


# --------------------------------------------------------------------------- crawl output
def test_unreachable_source_is_one_line_and_a_bad_entry_is_printed_once(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there: every request is refused at once
    path = sources_file(
        tmp_path,
        entry("down", "feed", f"http://127.0.0.1:{port}/feed.xml", "    retry_times: 0\n"),
        entry("bad", "listing"),  # no link_selector
    )
    result = run_khao("crawl", "--db", str(tmp_path / "khao.db"), "--sources", str(path),
                      timeout=300)  # fmt: skip
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == exitcodes.USAGE, output  # the sources file needs a fix
    assert output.count("field 'link_selector'") == 1, output
    log_lines = [line for line in result.stderr.splitlines() if "down" in line]
    assert 1 <= len(log_lines) <= 2, result.stderr  # the source's own line(s), no Scrapy noise
    assert "Gave up retrying" not in output and "Error downloading" not in output
    assert "down failed" in result.stdout


def test_a_dropped_article_is_logged_in_one_line() -> None:
    from scrapy.exceptions import DropItem

    from crawler.logs import KhaoLogFormatter
    from pipelines.items import ArticleItem

    item = ArticleItem(url="https://a.example/news/1", source_id="obec", title="t",
                       body="ข" * 2000)  # fmt: skip
    spider = type("Spider", (), {"name": "obec", "crawler": type("C", (), {
        "settings": {"DEFAULT_DROPITEM_LOG_LEVEL": "WARNING"}})()})()  # fmt: skip
    result = KhaoLogFormatter().dropped(item, DropItem("empty article"), None, spider)
    line = result["msg"] % result["args"]
    assert line == "dropped https://a.example/news/1 (obec): empty article"
    said = KhaoLogFormatter().dropped(item, DropItem(f"empty body: {item.url}"), None, spider)
    assert said["msg"] % said["args"] == "dropped https://a.example/news/1 (obec): empty body"
    assert result["level"] in (logging.WARNING, "WARNING")


def test_a_full_disk_is_said_once_per_source_on_the_terminal() -> None:
    from crawler.logs import OneLineFilter

    terminal = OneLineFilter()
    passed = []
    for source in ("obec", "prd"):
        spider = type("Spider", (), {"name": source})()
        for number in range(200):
            record = logging.LogRecord("scrapy.core.scraper", logging.ERROR, __file__, 1,
                                       "cannot process %s (%s): %s", (f"https://x/{number}",
                                       source, "database or disk is full"), None)  # fmt: skip
            record.spider = spider
            if terminal.filter(record):
                passed.append(record.getMessage())
    assert len(passed) == 2, passed


def test_sources_check_offline_says_no_network() -> None:
    from khao.sources_check import network_error

    reason = socket.gaierror(-2, "Name or service not known")
    said = network_error(reason, "https://www.obec.go.th/")
    assert said == "host name www.obec.go.th not found (no network, or no DNS?)"


# --------------------------------------------------------------------------- config layer
def test_kind_rules_refuse_unknown_keys_with_file_and_line(tmp_path: Path) -> None:
    from pipelines.kinds import KindRulesError, load_rules

    path = tmp_path / "kinds.yaml"
    path.write_text("default: other\nkinds:\n  - kind: policy\n    keywrods: [ประกาศ]\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(KindRulesError) as error:
        load_rules(str(path))
    assert str(error.value).startswith(f"{path}:4: kind rule #1 (policy): field 'keywrods'")
    assert "did you mean 'keywords'" in str(error.value)


def test_shipped_config_files_pass_the_checks(tmp_path: Path) -> None:
    from crawler.demo.mirror import demo_sources_yaml
    from crawler.sources import load_sources
    from khao.alerts import known_for, load_rules
    from pipelines.kinds import load_rules as load_kinds

    assert load_sources().errors == []
    demo = tmp_path / "demo.yaml"
    demo.write_text(demo_sources_yaml("http://127.0.0.1:8478"), encoding="utf-8")
    assert load_sources(demo).errors == []
    assert len(load_kinds().rules) >= 5
    assert len(load_rules(ROOT / "khao" / "alerts.example.yaml",
                          known_for(None, dry_run=True)).rules) == 3  # fmt: skip


# --------------------------------------------------------------------------- demo
@pytest.mark.slow
def test_demo_twice_into_one_database_stores_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    port = str(free_port())
    counts = []
    for _ in range(2):
        result = run_khao("demo", "--db", str(db), "--articles", "60", "--mirror-port", port,
                          timeout=600)  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        with sqlite3.connect(db) as conn:
            counts.append(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    assert counts[0] == counts[1] > 0


# --------------------------------------------------------------------------- installs
def test_every_data_file_is_in_the_installed_package() -> None:
    """`pip install .` (not -e) installs only what package-data names: a file left out works
    in a clone and fails for a user (crawler/demo/demo_sources.yaml did: `khao demo` died)."""
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    tracked = subprocess.run(["git", "ls-files", "crawler", "pipelines", "khao"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    missing = []
    for path in tracked:
        if path.endswith(".py") or "/__pycache__/" in path:
            continue
        package, _, rest = path.partition("/")
        if not any(fnmatch.fnmatch(rest, pattern) and rest.count("/") == pattern.count("/")
                   for pattern in package_data.get(package, [])):  # fmt: skip
            missing.append(path)
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"


def test_lxml_html_clean_is_a_direct_dependency() -> None:
    """justext asks for it as the extra lxml[html_clean], which pip 23 (shipped with Python
    3.11) skips: every crawl then died on `import lxml.html.clean`."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(d.startswith("lxml_html_clean") for d in config["project"]["dependencies"])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "scripts/user_install_demo.sh" in ci
    script = (ROOT / "scripts" / "user_install_demo.sh").read_text(encoding="utf-8")
    assert "-m venv" in script and "pip install --upgrade" not in script
    assert 'khao" demo' in script or "khao demo" in script
