"""`khao alerts`: evaluate the rules file, deliver new matches, exit with a status cron can use."""

from __future__ import annotations

import sys

import click

from khao import exitcodes

DEFAULT_RULES = "alerts.yaml"


def run_alerts(db: str, rules_path: str, dry_run: bool = False, fmt: str = "text") -> int:
    """Run the alerts once; print matches for stdout targets; return an exit status."""
    from khao.alerts import RulesError, load_rules, run
    from khao.lock import LockedError, exclusive
    from pipelines.store import Store

    try:
        ruleset = load_rules(rules_path)
    except RulesError as exc:
        click.echo(f"khao alerts: {exc}", err=True)
        return exitcodes.USAGE
    try:
        # two overlapping runs would both see the same undelivered rows and send them twice
        with exclusive(db, "alerts"):
            store = Store(db)
            try:
                report = run(store, ruleset, dry_run=dry_run, fmt=fmt)
            finally:
                store.close()
    except LockedError as exc:
        click.echo(f"khao alerts: {exc}; not running", err=True)
        return exitcodes.LOCKED
    for line in report.lines:
        click.echo(line)
    verb = "would match" if dry_run else "new matches"
    click.echo(
        f"khao alerts: {report.rules} rules, {report.new_matches} {verb}, {report.sent} delivered,"
        f" {report.failed} failed" + (" (retried on the next run)" if report.failed else ""),
        err=True,
    )
    for failure in report.failures:
        click.echo(f"  failed: {failure}", err=True)
    return exitcodes.DELIVERY_FAILED if report.failed else exitcodes.OK


@click.command()
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to read.")
@click.option("--rules", "rules_path", default=DEFAULT_RULES, show_default=True,
              type=click.Path(dir_okay=False), help="Alert rules YAML file "
              "(see khao/alerts.example.yaml).")  # fmt: skip
@click.option("--dry-run", is_flag=True,
              help="Print what would match; record nothing, send nothing.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help="How matches are printed on standard output.")  # fmt: skip
def alerts(db: str, rules_path: str, dry_run: bool, fmt: str) -> None:
    """Match articles stored since each rule last ran; notify each match once.

    Notifications go to apprise URLs (e-mail, LINE, Telegram, Slack, Discord, JSON webhook)
    and/or standard output. A failed delivery is retried on the next run. Exits 0 when
    everything was delivered, 2 on a bad rules file, 3 when another `khao alerts` is
    running on DB, 4 when some deliveries failed.
    """
    sys.exit(run_alerts(db, rules_path, dry_run, fmt))
