"""The `khao` command line: thin wrappers over the crawler, the store and Datasette."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click
from rich.console import Console

from crawler.sources import SourceConfigError, SourceList, load_sources
from khao import exitcodes

DEFAULT_DB = "khao.db"
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # never try to download models


def console() -> Console:
    return Console(stderr=False, highlight=False)


def load_or_exit(path: str | None) -> SourceList:
    try:
        return load_sources(path)
    except SourceConfigError as exc:
        click.echo(f"khao: {exc}", err=True)
        sys.exit(exitcodes.USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khao")
def cli() -> None:
    """khao (ข่าว): collect Thai government press releases into a searchable SQLite database."""


def crawl_and_report(
    db: str,
    source_list: SourceList,
    only: list[str] | None,
    overrides: dict | None = None,
) -> int:
    from crawler.runner import run_crawl, select_sources
    from khao.display import CrawlProgress, summary_table
    from khao.lock import LockedError, exclusive

    out = console()
    for error in source_list.errors:
        out.print(f"[red]sources file error:[/] {error}")
    chosen, _ = select_sources(source_list, only)
    progress = CrawlProgress(out, [s.id for s in chosen])
    try:
        # one crawl per database: a second one (cron overlap) refuses at once
        with exclusive(db), progress.running():
            summary = run_crawl(
                db, source_list, only, overrides, on_item=progress.item,
                on_source_closed=progress.closed,
            )  # fmt: skip
    except LockedError as exc:
        click.echo(f"khao: {exc}; not crawling (exit status {exitcodes.LOCKED})", err=True)
        return exitcodes.LOCKED
    out.print(summary_table(summary))
    for result in summary.failed:
        out.print(f"[red]{result.source_id} failed:[/] {result.message}")
    # what a user must know about a source, in one line each (from sources.yaml)
    for source in chosen:
        if source.status_note:
            out.print(f"note: {source.id}: {source.status_note}")
    if not only:
        for source in source_list.sources:
            if not source.enabled:
                why = source.status_note or "enabled: false"
                out.print(f"skipped (disabled): {source.id}: {why}")
    return exitcodes.SOURCES_FAILED if summary.failed else exitcodes.OK


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to write.")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False),
              help="Sources YAML file (default: the packaged sources.yaml).")  # fmt: skip
@click.option("--source", "only", multiple=True, metavar="ID",
              help="Crawl only this source id (repeatable).")  # fmt: skip
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write the full crawl log here.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              help="Log level on the terminal (the log file always gets INFO).")  # fmt: skip
@click.option("--alerts", "alerts_rules", is_flag=False, flag_value="alerts.yaml", default=None,
              metavar="[RULES]", type=click.Path(dir_okay=False),
              help="After the crawl, run `khao alerts` with this rules file (alerts.yaml if no "
                   "file is given).")  # fmt: skip
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Be a worker of a distributed crawl sharing this Redis (see `khao ingest`); "
                   "items go to the writer, not to DB.")  # fmt: skip
@click.option("--idle-exit", type=float, default=30.0, show_default=True, metavar="SECONDS",
              help="With --redis: exit once the shared queue stayed empty this long.")  # fmt: skip
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy/khao setting, e.g. -s KHAO_NER_PROCESSES=0 (repeatable).")  # fmt: skip
def crawl(db: str, sources_file: str | None, only: tuple[str, ...], log_file: str | None,
          log_level: str, alerts_rules: str | None, redis_url: str | None,
          idle_exit: float, settings: tuple[str, ...]) -> None:  # fmt: skip
    """Crawl the configured sources, clean and store the articles in DB.

    Exits 0 when every source crawled, 1 when one or more failed (see the summary and the
    crawl_runs table), 2 on a bad command line or sources file, 3 when another crawl holds
    the lock on DB, 4 when --alerts could not deliver every notification.
    """
    source_list = load_or_exit(sources_file)
    overrides: dict = {"LOG_LEVEL": log_level}
    if log_file:
        overrides.update({"LOG_FILE": log_file, "LOG_LEVEL": "INFO"})
    for assignment in settings:
        name, sep, value = assignment.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {assignment!r}", param_hint="-s")
        overrides[name.strip()] = value
    if redis_url:
        from khao.distributed import crawl_worker

        sys.exit(crawl_worker(redis_url, source_list, list(only) or None, idle_exit, overrides))
    status = crawl_and_report(db, source_list, list(only) or None, overrides)
    if alerts_rules and status != exitcodes.LOCKED:
        from khao.alerts_cli import run_alerts

        alert_status = run_alerts(db, alerts_rules)
        status = status or alert_status  # a crawl failure is reported first
    sys.exit(status)


@cli.command()
@click.option("--db", default="khao-demo.db", show_default=True, help="SQLite database to write.")
@click.option("--articles", type=int, default=None,
              help="Articles in the mirror (default: the 971 bundled; more are generated).")  # fmt: skip
def demo(db: str, articles: int | None) -> None:
    """Start the offline demo mirror, crawl it with the real spiders, print how to browse."""
    from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml

    server = MirrorServer(build_demo_sites(articles)).start()
    out = console()
    out.print(
        f"demo mirror serving on {server.url}/ (WordPress /obec/, listing /thaigov/, feeds"
        " /prd/, sitemap /moe/, TIS-620 sites /oldphp/ and /esan/)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        sources_path = Path(tmp) / "demo_sources.yaml"
        sources_path.write_text(demo_sources_yaml(server.url), encoding="utf-8")
        status = crawl_and_report(db, load_sources(sources_path), None, {"LOG_LEVEL": "WARNING"})
    server.stop()
    out.print(f"\nBrowse it:  [bold]khao serve --db {db}[/]   (then open http://127.0.0.1:8001/)")
    sys.exit(status)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Browse and search the database in Datasette (with khao's metadata and plugins)."""
    from khao.serve import run_datasette

    if not Path(db).exists():
        click.echo(f"khao: no database at {db} (run `khao crawl` or `khao demo` first)", err=True)
        sys.exit(exitcodes.USAGE)
    sys.exit(run_datasette(db, host, port))


@cli.group(invoke_without_command=True)
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False),
              help="Sources YAML file (default: the packaged sources.yaml).")  # fmt: skip
@click.pass_context
def sources(ctx: click.Context, sources_file: str | None) -> None:
    """List the configured sources (and report entries that are malformed)."""
    ctx.obj = {"sources_file": sources_file}
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    source_list = load_or_exit(sources_file)
    table = Table(title=f"sources ({source_list.path})")
    for column in ("id", "kind", "agency", "name", "url", "note"):
        table.add_column(column, overflow="fold")
    for s in source_list.sources:
        note = s.status_note or ("" if s.enabled else "disabled")
        table.add_row(s.id, s.kind, s.agency, s.name, s.url, note)
    out = console()
    out.print(table)
    for error in source_list.errors:
        out.print(f"[red]error:[/] {error}")
    sys.exit(exitcodes.USAGE if source_list.errors else exitcodes.OK)


# Commands living in their own modules; a module not written yet is simply absent.
EXTRA_COMMANDS: dict[str, str] = {
    "date": "khao.date_cli:date",
    "ner": "khao.ner_cli:ner",
    "export": "khao.export:export",
    "alerts": "khao.alerts_cli:alerts",
    "status": "khao.status:status",
    "ingest": "khao.distributed:ingest",
    "sources check": "khao.sources_check:check",
}


def register_extra_commands() -> None:
    from importlib import import_module

    for name, target in EXTRA_COMMANDS.items():
        module_name, _, attr = target.partition(":")
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        command = getattr(module, attr)
        group = sources if name.startswith("sources ") else cli
        group.add_command(command, name.split()[-1])


register_extra_commands()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
