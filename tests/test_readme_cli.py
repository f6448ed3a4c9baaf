"""Issue 16: the README says what the commands really are and do. Its command table is checked
against the CLI's own options (`--help`), its exit-status table against khao/exitcodes.py and
against real runs producing each status, its list of shipped sources against the file."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from khao import exitcodes
from khao.cli import cli
from tests.conftest import ROOT, free_port, run_khao
from tests.storefill import fill

README = (ROOT / "README.md").read_text(encoding="utf-8")


def table_after(heading: str) -> list[list[str]]:
    """The rows (cells) of the first Markdown table after ``heading``."""
    text = README[README.index(heading) :]
    rows, started = [], False
    for line in text.splitlines()[1:]:
        if line.startswith("|"):
            started = True
            if not re.match(r"^\|[\s\-|]+\|$", line):
                cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
                rows.append([c.strip() for c in cells])
        elif started:
            break
    return rows[1:]  # without the header


def commands() -> dict[str, click.Command]:
    """Every command path (``khao sources check``) and its click command."""
    found: dict[str, click.Command] = {}

    def walk(command: click.Command, path: str) -> None:
        found[path] = command
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(cli, "khao")
    return found


def options(command: click.Command) -> list[list[str]]:
    """Each option's spellings (``["-o", "--output"]``), arguments and --help left out."""
    return [p.opts + p.secondary_opts for p in command.params if isinstance(p, click.Option)]


def documented(path: str) -> str:
    """Everything the command table says in rows about this exact command."""
    rows = table_after("## Commands")
    own = []
    for cells in rows:
        usage = cells[0].strip("`")
        words = usage.split()
        # the row's command is the words up to the first option or argument
        name = " ".join(w for w in words[: len(path.split())])
        if name == path and (
            len(words) == len(path.split())
            or not re.match(r"^[a-z]+$", words[len(path.split())])
            or path == "khao"
        ):
            own.append(" ".join(cells))
    return "\n".join(own)


@pytest.mark.parametrize("path", sorted(commands()))
def test_every_command_and_option_is_in_the_readme_table(path: str) -> None:
    command = commands()[path]
    text = documented(path)
    if path != "khao":
        assert text, f"README command table has no row for `{path}`"
    for spellings in options(command):
        if "--help" in spellings:
            continue
        assert any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text) for s in spellings), (
            f"`{path}` option {'/'.join(spellings)} missing from the README command table"
        )


def test_every_option_the_readme_names_exists() -> None:
    known = commands()
    for cells in table_after("## Commands"):
        words = cells[0].strip("`").split()
        path = "khao"
        for word in words[1:]:
            if f"{path} {word}" in known:
                path = f"{path} {word}"
            else:
                break
        named = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", " ".join(cells)))
        spellings = {s for o in options(known[path]) for s in o} | {"--help"}
        if path == "khao":
            spellings |= {s for c in known.values() for o in options(c) for s in o}
        assert named <= spellings, (path, named - spellings)


def test_every_command_help_runs() -> None:
    for path in commands():
        result = run_khao(*path.split()[1:], "--help")
        assert result.returncode == 0 and "Usage:" in result.stdout, (path, result.stderr)


# --------------------------------------------------------------------------- exit statuses
def documented_statuses() -> set[int]:
    statuses: set[int] = set()
    for cells in table_after("Exit statuses"):
        statuses |= {int(s) for s in re.findall(r"\d+", cells[0])}
    return statuses


def test_exit_status_table_matches_exitcodes() -> None:
    constants = {v for k, v in vars(exitcodes).items() if k.isupper() and isinstance(v, int)}
    assert documented_statuses() == constants | {130, 143}


def test_each_documented_status_comes_from_a_real_run(tmp_path: Path) -> None:
    """0, 1, 2, 3 and 4 each from a real command (130/143: tests/test_interrupted_crawl.py)."""
    from khao.lock import exclusive

    db = tmp_path / "khao.db"
    fill(db, 10)
    seen = {}
    seen[run_khao("status", "--db", str(db)).returncode] = "status"
    seen[run_khao("status", "--db", str(db), "--stale-hours", "0").returncode] = "stale"
    seen[run_khao("export", "--db", str(db), "--since", "2023-02-30").returncode] = "bad date"
    with exclusive(db):
        seen[run_khao("crawl", "--db", str(db), "--source", "obec").returncode] = "locked"
    rules = tmp_path / "alerts.yaml"
    rules.write_text(f"rules:\n  - name: all\n    source: [demo-obec, demo-thaigov]\n"
                     f"    notify: ['json://127.0.0.1:{free_port()}/hook']\n"
                     "defaults:\n  first_run_lookback_hours: 1000000\n",
                     encoding="utf-8")  # fmt: skip
    seen[run_khao("alerts", "--db", str(db), "--rules", str(rules)).returncode] = "undelivered"
    assert seen == {0: "status", 1: "stale", 2: "bad date", 3: "locked", 4: "undelivered"}
    assert set(seen) == documented_statuses() - {130, 143}


# --------------------------------------------------------------------------- facts
def test_readme_says_which_sources_ship() -> None:
    from crawler.sources import load_sources

    shipped = load_sources().sources
    enabled = [s for s in shipped if s.enabled]
    said = re.search(r"khao ships (\d+) sources .*?, (\d+) of them crawled", README, re.S)
    assert said, "README must say how many sources ship and how many are crawled"
    assert (int(said[1]), int(said[2])) == (len(shipped), len(enabled))
    disabled = re.search(r"(\d+) are shipped disabled", README)
    assert disabled and int(disabled[1]) == len(shipped) - len(enabled)
