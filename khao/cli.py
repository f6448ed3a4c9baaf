"""The `khao` command line, every command in this one file.

Each command parses its options, calls a library function that knows nothing of click
(crawler.runner, crawler.distributed, khao.alerts, khao.export, khao.status,
khao.sources_check, pipelines.thai_dates, pipelines.ner, khao.serve), prints the outcome
and exits with a status from khao.exitcodes.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.markup import escape

from crawler.sources import SourceConfigError, SourceList, load_sources
from khao import exitcodes

DEFAULT_DB = "khao.db"
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # never try to download models


def console() -> Console:
    """Our own lines use Rich markup; every value from the web, a file or the database
    goes through ``escape`` (or is a ``Text`` in khao.display) and is printed as written."""
    return Console(stderr=False, highlight=False, emoji=False)


def load_or_exit(path: str | None) -> SourceList:
    try:
        return load_sources(path)
    except SourceConfigError as exc:
        fail(str(exc))


def fail(message: str, status: int = exitcodes.USAGE, prefix: str = "khao") -> NoReturn:
    """One line on stderr, then exit: how every expected mistake ends (no traceback)."""
    click.echo(f"{prefix}: {message}", err=True)
    sys.exit(status)


def check_source_ids(ids: Iterable[str], known: Iterable[str], option: str = "--source") -> None:
    """Exit 2 on an id that does not exist (with a "did you mean"): it would match nothing."""
    from pipelines.yaml_file import not_one_of

    known = list(known)
    for source_id in ids:
        why = not_one_of(source_id, known, "source id")
        if why:
            fail(f"{option}: {why}")


def check_kind_rules(path: str) -> None:
    """-s KHAO_KIND_RULES=FILE: refuse a bad file before crawling, not once per source."""
    from pipelines.kinds import KindRulesError, load_rules

    try:
        load_rules(path)
    except KindRulesError as exc:
        fail(f"-s KHAO_KIND_RULES: {exc}")


def check_alert_rules(db: str, path: str, source_list: SourceList) -> None:
    """--alerts RULES: a bad rules file is refused before the crawl, not found after it."""
    from khao.alerts import RulesError, known_for, load_rules

    try:
        load_rules(path, known_for(db, also=source_list.sources))
    except RulesError as exc:
        fail(f"--alerts: {exc}")


DEBUG = {"on": False}  # --debug: let the traceback of an expected error through


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khao")
@click.option("--debug", is_flag=True, help="Show the Python traceback of an error "
              "(otherwise one line says what went wrong).")  # fmt: skip
def cli(debug: bool) -> None:
    """khao (ข่าว): collect Thai government press releases into a searchable SQLite database."""
    DEBUG["on"] = debug or os.environ.get("KHAO_DEBUG", "") not in ("", "0")


def graceful_stop() -> Any:
    """Ctrl-C / SIGTERM handling for a crawl, installed before anything else runs."""
    from crawler.runner import GracefulStop

    return GracefulStop().install()


def crawl_and_report(
    db: str,
    source_list: SourceList,
    only: list[str] | None,
    overrides: dict | None = None,
    stop: Any = None,
) -> int:
    from crawler.runner import run_crawl, select_sources
    from khao.display import CrawlProgress
    from khao.lock import LockedError, exclusive

    stop = stop or graceful_stop()
    out = console()
    print_config_errors(source_list)
    chosen, _ = select_sources(source_list, only)
    progress = CrawlProgress(out, [s.id for s in chosen])
    try:
        # one crawl per database: a second one (cron overlap) refuses at once
        with exclusive(db), progress.running():
            summary = run_crawl(
                db, source_list, only, overrides, on_item=progress.item,
                on_source_closed=progress.closed, stop=stop,
            )  # fmt: skip
    except LockedError as exc:
        click.echo(f"khao: {exc}; not crawling (exit status {exitcodes.LOCKED})", err=True)
        return exitcodes.LOCKED
    status = print_summary(summary, out)
    if source_list.errors and status in (exitcodes.OK, exitcodes.SOURCES_FAILED):
        status = exitcodes.USAGE  # the other sources were crawled; the file needs fixing
    # what a user must know about a source, in one line each (from sources.yaml)
    for source in chosen:
        if source.status_note:
            out.print(escape(f"note: {source.id}: {source.status_note}"), soft_wrap=True)
    if not only:
        for source in source_list.sources:
            if not source.enabled:
                why = source.status_note or "enabled: false"
                out.print(escape(f"skipped (disabled): {source.id}: {why}"), soft_wrap=True)
    if stop.exit_status is not None:
        out.print(f"stopped by a signal: exit status {stop.exit_status}")
        return int(stop.exit_status)
    return status


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
@click.option("--full", is_flag=True,
              help="Walk every page of every source (no early stop, no conditional requests); "
                   "stored articles are still not downloaded again unless changed. Repairs "
                   "any gap.")  # fmt: skip
def crawl(db: str, sources_file: str | None, only: tuple[str, ...], log_file: str | None,
          log_level: str, alerts_rules: str | None, redis_url: str | None,
          idle_exit: float, settings: tuple[str, ...], full: bool) -> None:  # fmt: skip
    """Crawl the configured sources, clean and store the articles in DB.

    A source whose last walk did not complete (killed, stopped, articles lost) is walked
    in full by itself. Exits 0 when every source crawled, 1 when one or more failed or lost
    articles (see the summary and the crawl_runs table), 2 on a bad command line or sources
    file, 3 when another crawl holds the lock on DB, 4 when --alerts could not deliver every
    notification, 130 / 143 when stopped by Ctrl-C / SIGTERM.
    """
    stop = graceful_stop()
    source_list = load_or_exit(sources_file)
    check_source_ids(only, [s.id for s in source_list.sources])
    overrides: dict = {"LOG_LEVEL": log_level, "KHAO_FULL_WALK": full}
    if log_file:
        overrides.update({"LOG_FILE": log_file, "LOG_LEVEL": "INFO"})
    for assignment in settings:
        name, sep, value = assignment.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {assignment!r}", param_hint="-s")
        overrides[name.strip()] = value
    if overrides.get("KHAO_KIND_RULES"):
        check_kind_rules(str(overrides["KHAO_KIND_RULES"]))
    if alerts_rules and not redis_url:
        check_alert_rules(db, alerts_rules, source_list)
    if redis_url:
        sys.exit(
            crawl_worker(redis_url, source_list, list(only) or None, idle_exit, overrides, stop)
        )
    status = crawl_and_report(db, source_list, list(only) or None, overrides, stop)
    if alerts_rules and status not in (exitcodes.LOCKED, stop.exit_status):
        alert_status = run_alerts(db, alerts_rules)
        status = status or alert_status  # a crawl failure is reported first
    sys.exit(status)


@cli.command()
@click.option("--db", default="khao-demo.db", show_default=True, help="SQLite database to write.")
@click.option("--articles", type=int, default=None,
              help="Articles in the mirror (default: the 971 bundled; more are generated).")  # fmt: skip
@click.option("--mirror-port", type=click.IntRange(0, 65535), default=None, metavar="PORT",
              help="Port of the demo mirror on 127.0.0.1 (default 8478). The stored URLs "
                   "name it: the same port makes a second demo into DB find the same "
                   "articles.")  # fmt: skip
def demo(db: str, articles: int | None, mirror_port: int | None) -> None:
    """Start the offline demo mirror, crawl it with the real spiders, print how to browse.

    Run twice into the same DB, it stores nothing twice: the mirror serves the same URLs
    on the same port (unless that port is taken, which it says).
    """
    from crawler.demo.mirror import DEMO_PORT, MirrorServer, build_demo_sites, demo_sources_yaml

    stop = graceful_stop()
    sites = build_demo_sites(articles)
    port = DEMO_PORT if mirror_port is None else mirror_port
    try:
        server = MirrorServer(sites, port=port).start()
    except OSError as exc:
        if mirror_port is not None:
            fail(f"--mirror-port {port}: {exc.strerror}", prefix="khao demo")
        server = MirrorServer(sites).start()
        click.echo(f"khao demo: port {port} is taken ({exc.strerror}); the mirror uses "
                   f"{server.url} instead, so its URLs differ from an earlier demo's and a "
                   "database that has one gets the articles again", err=True)  # fmt: skip
    out = console()
    out.print(
        f"demo mirror serving on {server.url}/ (WordPress /obec/, listing /thaigov/, feeds"
        " /prd/, sitemap /moe/, TIS-620 sites /oldphp/ and /esan/)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        sources_path = Path(tmp) / "demo_sources.yaml"
        sources_path.write_text(demo_sources_yaml(server.url), encoding="utf-8")
        status = crawl_and_report(
            db, load_sources(sources_path), None, {"LOG_LEVEL": "WARNING"}, stop
        )
    server.stop()
    out.print(
        f"\nBrowse it:  [bold]khao serve --db {escape(db)}[/]   (then open http://127.0.0.1:8001/)"
    )
    sys.exit(status)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Browse and search the database in Datasette (with khao's metadata and plugins).

    Read-only: DB may be a read-only file (served immutable); it is never written or
    migrated. Exits 2 when DB is missing or its schema is older than this khao.
    """
    from khao.serve import ServeError, read_only_file, run_datasette, wal_warning

    if not Path(db).exists():
        click.echo(f"khao: no database at {db} (run `khao crawl` or `khao demo` first)", err=True)
        sys.exit(exitcodes.USAGE)
    immutable = read_only_file(db)
    warning = wal_warning(db) if immutable else None
    if warning:
        click.echo(warning, err=True)
    try:
        sys.exit(run_datasette(db, host, port, immutable))
    except ServeError as exc:
        click.echo(f"khao serve: {exc}", err=True)
        sys.exit(exitcodes.USAGE)


def registry_options(command: Any) -> Any:
    """The options that choose registry candidates (``sources --registry``, ``check-registry``)."""
    for option in reversed((
        click.option("--registry-file", "registry_files", multiple=True,
                     type=click.Path(dir_okay=False), metavar="FILE",
                     help="A registry CSV (the layout of khao/data/registry/) instead of the "
                     "packaged registry (repeatable)."),
        click.option("--type", "types", multiple=True,
                     type=click.Choice(["spp", "spm", "ministry"]),
                     help="Only this type: spp (สพป.), spm (obsolete สพม.), ministry (repeatable)."),
        click.option("--province", default=None, metavar="TEXT",
                     help="Only area offices whose province contains TEXT (Thai)."),
        click.option("--obsolete", is_flag=True,
                     help="Include the 42 obsolete (pre-2021) numbered สพม. rows."),
    )):  # fmt: skip
        command = option(command)
    return command


def registry_or_exit(files: tuple[str, ...]) -> list[Any]:
    from khao.registry import RegistryError, load_candidates

    try:
        return load_candidates(files or None)
    except RegistryError as exc:
        fail(str(exc))


@cli.group(invoke_without_command=True)
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False),
              help="Sources YAML file (default: the packaged sources.yaml).")  # fmt: skip
@click.option(
    "--registry",
    "show_registry",
    is_flag=True,
    help="List the registry's candidate sources (not enabled, not verified) instead.",
)
@registry_options
@click.pass_context
def sources(ctx: click.Context, sources_file: str | None, show_registry: bool,
            registry_files: tuple[str, ...], types: tuple[str, ...], province: str | None,
            obsolete: bool) -> None:  # fmt: skip
    """List the configured sources (and report entries that are malformed).

    With --registry: the candidate sources of khao/data/registry/ instead (the สพป. offices
    of a 2018 capture of obec.go.th and ministry news endpoints seen in public code), none
    enabled, none verified online; `khao sources check-registry` checks them.
    """
    ctx.obj = {"sources_file": sources_file}
    if ctx.invoked_subcommand is not None:
        return
    if show_registry or registry_files:
        list_registry(registry_files, types, province, obsolete)
        return
    from khao.display import sources_table

    source_list = load_or_exit(sources_file)
    out = console()
    out.print(sources_table(source_list))
    print_config_errors(source_list)
    sys.exit(exitcodes.USAGE if source_list.errors else exitcodes.OK)


# --------------------------------------------------------------------------- distributed
def print_summary(summary: Any, out: Console | None = None) -> int:
    """The per-source table and one line per source not ok; returns the exit status."""
    from khao.display import summary_table

    out = out or console()
    out.print(summary_table(summary))
    for result in summary.failed:
        if result.status == "config_error":
            continue  # printed once, before the crawl (print_config_errors)
        out.print(
            f"[red]{escape(result.source_id)} {result.status}:[/] {escape(result.message or '')}",
            soft_wrap=True,  # one line per source, whatever the terminal's width
        )
    return exitcodes.SOURCES_FAILED if summary.failed else exitcodes.OK


def print_config_errors(source_list: SourceList) -> None:
    """Each malformed sources entry, once, on one line (stderr: never wrapped)."""
    for error in source_list.errors:
        click.echo(f"khao: sources file error: {error}", err=True)


def crawl_worker(redis_url: str, source_list: SourceList, only: list[str] | None,
                 idle_exit: float, overrides: dict[str, Any], stop: Any) -> int:  # fmt: skip
    """`khao crawl --redis URL`: be one worker of the writer's run; returns the exit code."""
    from crawler.distributed.keys import DistributedError
    from crawler.distributed.worker import run_worker

    out = console()
    try:
        summary = run_worker(redis_url, source_list, only, idle_exit, overrides, stop=stop)
    except DistributedError as exc:
        out.print(f"[red]khao:[/] {escape(str(exc))}")
        return exitcodes.SOURCES_FAILED
    for report in summary.reports:
        line = f"{report.source_id}: {report.items_pushed} articles sent to the writer ({report.reason})"
        out.print(f"[red]{escape(f'{line}: {report.fatal}')}[/]" if report.fatal else escape(line))
    out.print(escape(f"worker {summary.worker_id} done (run {summary.run_id})"))
    if stop.exit_status is not None:
        return int(stop.exit_status)
    return exitcodes.SOURCES_FAILED if any(r.fatal for r in summary.reports) else exitcodes.OK


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="URL",
              help="Redis shared by the workers, e.g. redis://10.0.0.5:6379/0.")  # fmt: skip
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to write.")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False),
              help="Sources YAML file (the same file the workers use).")  # fmt: skip
@click.option("--source", "only", multiple=True, metavar="ID",
              help="Crawl only this source id (repeatable).")  # fmt: skip
@click.option("--idle-exit", type=float, default=30.0, show_default=True, metavar="SECONDS",
              help="Exit once no worker came for this long, or all workers finished.")  # fmt: skip
@click.option("--full", is_flag=True,
              help="Have the workers walk every page of every source (see `khao crawl --full`).")  # fmt: skip
def ingest(redis_url: str, db: str, sources_file: str | None, only: tuple[str, ...],
           idle_exit: float, full: bool) -> None:  # fmt: skip
    """Open a distributed run and store what the workers (`khao crawl --redis`) push.

    Start it on the machine holding the database, then start workers anywhere. It publishes
    the known URLs for incremental crawls, stores every item once, records the run in
    crawl_runs (mode 'redis') and exits when the run is over. Exits 0 when every source
    crawled, 1 when one failed or Redis is unreachable, 2 on a bad sources file, 3 when
    another crawl holds the lock on DB, 130 / 143 when stopped by Ctrl-C / SIGTERM.
    """
    from crawler.distributed.keys import DistributedError
    from crawler.distributed.writer import IngestOptions, run_ingest
    from khao.lock import LockedError, exclusive

    stop = graceful_stop()
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    source_list = load_or_exit(sources_file)
    check_source_ids(only, [s.id for s in source_list.sources])
    print_config_errors(source_list)
    try:
        with exclusive(db):  # the writer is a crawl of DB like any other: one at a time
            summary = run_ingest(redis_url, db, source_list, list(only) or None,
                                 IngestOptions(idle_exit=idle_exit, full=full),
                                 stop=stop)  # fmt: skip
    except LockedError as exc:
        click.echo(f"khao: {exc}; not ingesting (exit status {exitcodes.LOCKED})", err=True)
        sys.exit(exitcodes.LOCKED)
    except DistributedError as exc:
        click.echo(f"khao: {exc}", err=True)
        sys.exit(exitcodes.SOURCES_FAILED)
    status = print_summary(summary)
    sys.exit(stop.exit_status or status)


# --------------------------------------------------------------------------- alerts
def run_alerts(db: str, rules_path: str, dry_run: bool = False, fmt: str = "text") -> int:
    """Run the alerts once; print matches for stdout targets; return an exit status."""
    from khao.alerts import RulesError, known_for, load_rules, run
    from khao.lock import LockedError, exclusive
    from pipelines.storage import Store

    try:
        ruleset = load_rules(rules_path, known_for(db, dry_run))
    except RulesError as exc:
        click.echo(f"khao alerts: {exc}", err=True)
        return exitcodes.USAGE
    if not Path(db).exists():  # a new empty database would match nothing, silently
        click.echo(f"khao alerts: no database at {db} (run `khao crawl` first)", err=True)
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


@cli.command()
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to read.")
@click.option("--rules", "rules_path", default="alerts.yaml", show_default=True,
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


# --------------------------------------------------------------------------- entities
@cli.group()
def entities() -> None:
    """The entity directory (one row per real person, agency or place)."""


@entities.command("rebuild")
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to rebuild.")
def entities_rebuild(db: str) -> None:
    """Recompute the entity directory from the stored mentions (after editing
    pipelines/data/agencies.yaml, or to check what the crawls kept)."""
    from khao.lock import LockedError, exclusive
    from pipelines.storage import Store, transaction
    from pipelines.storage.directory import rebuild

    if not Path(db).exists():
        fail(f"no database at {db}")
    try:
        with exclusive(db):  # the crawl's lock: one writer at a time
            store = Store(db)
            try:
                with transaction(store.db):
                    rows = rebuild(store.db)
                real = store.db.execute(
                    "SELECT count(*) FROM entity_directory WHERE articles > 0"
                ).fetchone()[0]
            finally:
                store.close()
    except LockedError as exc:
        fail(f"{exc}; not rebuilding", exitcodes.LOCKED)
    click.echo(f"khao entities: {real} real entities named in articles, {rows} article rows")


# --------------------------------------------------------------------------- export, status
@cli.command()
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to read.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="JSON Lines (one article per line) or CSV.")  # fmt: skip
@click.option("--since", default=None, metavar="DATE",
              help="Only articles published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY; "
                   "BE years accepted).")  # fmt: skip
@click.option("--until", default=None, metavar="DATE",
              help="Only articles published on or before DATE (same forms as --since).")  # fmt: skip
@click.option("--source", default=None, metavar="ID", help="Only this source id.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output (UTF-8).")  # fmt: skip
def export(db: str, fmt: str, since: str | None, until: str | None, source: str | None,
           output: str | None) -> None:  # fmt: skip
    """Export articles (with agency, month, kind, cluster and entities) as JSONL or CSV.

    pandas: pd.read_json("khao.jsonl", lines=True) or pd.read_csv("khao.csv");
    R: jsonlite::stream_in(file("khao.jsonl")) or readr::read_csv("khao.csv").
    """
    from khao.export import export_articles, parse_day, source_ids

    if not Path(db).exists():
        fail(f"no database at {db}")
    for option, value in (("--since", since), ("--until", until)):
        try:
            parse_day(value)
        except ValueError as exc:
            fail(f"{option}: {exc}", prefix="khao export")
    if source:
        check_source_ids([source], source_ids(db))
    if output:
        try:
            handle = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}", prefix="khao export")
        with handle:
            count = export_articles(db, fmt, since, source, handle, until)
    else:
        stream = click.get_text_stream("stdout", encoding="utf-8")
        count = export_articles(db, fmt, since, source, stream, until)
        stream.flush()
    click.echo(f"khao export: {count} articles", err=True)


@cli.command()
@click.option("--db", default="khao.db", show_default=True, help="SQLite database to inspect.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="A table for people, JSON for scripts.")  # fmt: skip
@click.option("--stale-hours", type=float, default=None, metavar="HOURS",
              help="Exit 1 when a source's last run failed or it has had no new article "
                   "for HOURS (for monitoring).")  # fmt: skip
def status(db: str, fmt: str, stale_hours: float | None) -> None:
    """Per source: last crawl run, its outcome, and how long since the last new article."""
    from khao.display import status_table
    from khao.lock import is_locked
    from khao.status import source_status, unhealthy

    if not Path(db).exists():
        click.echo(f"khao: no database at {db}", err=True)
        sys.exit(exitcodes.USAGE)
    rows = source_status(db)
    running = is_locked(db)
    if fmt == "json":
        click.echo(json.dumps({"crawl_running": running, "sources": rows}, ensure_ascii=False,
                              indent=2))  # fmt: skip
    else:
        out = console()
        out.print(status_table(rows, db))
        out.print(escape(f"crawl running: {running}") if running else "no crawl running")
        if any(not r.get("walk_complete") for r in rows):
            out.print(
                "walk INCOMPLETE: the source's last walk did not reach its end (killed, "
                "stopped or articles lost); the next crawl walks it in full"
            )
    bad = unhealthy(rows, stale_hours)
    sys.exit(exitcodes.SOURCES_FAILED if stale_hours is not None and bad else exitcodes.OK)


@sources.command("check")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option("--timeout", default=20.0, show_default=True, type=float,
              help="Seconds to wait for each answer.")  # fmt: skip
@click.option("--workers", default=8, show_default=True, type=int,
              help="Sources checked at the same time (each site gets one request).")  # fmt: skip
@click.pass_context
def sources_check(ctx: click.Context, ids: tuple[str, ...], timeout: float, workers: int) -> None:
    """Fetch each source's first listing once and report what works.

    Per source: ok with N items, no items (layout changed or a JavaScript app), blocked
    (HTTP 403, a firewall page, robots.txt) or unreachable. Without IDs, checks every
    source in the file, disabled ones included. Exits 0 when all are ok, 1 otherwise, 2 on
    an ID that is not in the file.
    """
    from khao.display import check_table
    from khao.sources_check import check_sources

    source_list = load_or_exit((ctx.obj or {}).get("sources_file"))
    check_source_ids(ids, [s.id for s in source_list.sources], "sources check")
    chosen = [s for s in source_list.sources if not ids or s.id in ids]
    out = console()
    results = check_sources(chosen, timeout, workers)
    out.print(check_table(results, source_list.path))
    for source in chosen:
        if source.status_note:
            out.print(escape(f"note: {source.id}: {source.status_note}"))
    failed = any(r.result != "ok" for r in results)
    sys.exit(exitcodes.SOURCES_FAILED if failed else exitcodes.OK)


@sources.command("add")
@click.argument("url")
@click.option(
    "--id", "source_id", default=None, metavar="ID", help="Source id (default: from the host)."
)
@click.option("--name", default=None, help="Source name (default: the site's own name).")
@click.option("--timeout", default=20.0, show_default=True, type=float,
              help="Seconds to wait for each answer.")  # fmt: skip
@click.pass_context
def sources_add(ctx: click.Context, url: str, source_id: str | None, name: str | None,
                timeout: float) -> None:  # fmt: skip
    """Find how URL's site publishes its news and print its sources.yaml entry.

    Tries, in order: the WordPress REST API, a feed, a sitemap, a news listing (with its
    link and next-page selectors inferred). With --sources FILE the entry is appended to
    FILE. Exits 0 when a way was found, 1 when none was or when the site's robots.txt
    forbids khao the URL the crawl would start from (the entry is then printed, not added).
    """
    from khao.discover import append_entry, discover, entry_yaml

    out = console()
    found = discover(url, source_id, name, timeout=timeout)
    for note in found.notes:
        out.print(f"- {note}", markup=False, highlight=False)
    if found.entry is None:
        sys.exit(exitcodes.SOURCES_FAILED)
    click.echo(entry_yaml(found.entry), nl=False)
    if found.robots_disallowed:  # shown (the site's owner may allow khao), never appended
        click.echo("khao: robots.txt forbids khao there: the entry was not added", err=True)
        sys.exit(exitcodes.SOURCES_FAILED)
    sources_file = (ctx.obj or {}).get("sources_file")
    if sources_file:
        append_entry(sources_file, found.entry)
        out.print(f"appended to {sources_file}", markup=False, highlight=False)
    sys.exit(exitcodes.OK)


def list_registry(files: tuple[str, ...], types: tuple[str, ...], province: str | None,
                  obsolete: bool) -> NoReturn:  # fmt: skip
    from collections import Counter

    from khao.display import registry_table
    from khao.registry import select

    everything = registry_or_exit(files)
    chosen = select(everything, types=types, province=province, obsolete=obsolete)
    counts = Counter(c.type for c in chosen)
    said = ", ".join(f"{counts[t]} {t}" for t in ("spp", "spm", "ministry") if counts[t])
    out = console()
    out.print(registry_table(chosen, f"registry: {len(chosen)} candidates ({said or 'none'}); "
                             "not verified online, none enabled"))  # fmt: skip
    hidden = sum(1 for c in select(everything, types=types, province=province, obsolete=True)
                 if c.obsolete) if not obsolete else 0  # fmt: skip
    if hidden:
        out.print(f"{hidden} obsolete สพม. rows (pre-2021 numbering) not listed: --obsolete "
                  "lists them", markup=False, highlight=False)  # fmt: skip
    out.print("check them online: khao sources check-registry --write FILE --report FILE",
              markup=False, highlight=False)  # fmt: skip
    sys.exit(exitcodes.OK)


@sources.command("check-registry")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option(
    "--write",
    "write_path",
    required=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Sources YAML to write: the candidates that work, enabled.",
)
@click.option(
    "--report",
    "report_path",
    required=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Report of every candidate: CSV, or Markdown for a .md name.",
)
@registry_options
@click.option("--timeout", default=15.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for each answer.")  # fmt: skip
@click.option("--budget", default=60.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds at most for one candidate (all its probes).")  # fmt: skip
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 16),
              help="Sites checked at the same time (one request at a time per site).")  # fmt: skip
@click.option("--pause", default=1.0, show_default=True, type=click.FloatRange(min=0.0),
              help="Seconds between two requests to the same site.")  # fmt: skip
def sources_check_registry(ids: tuple[str, ...], write_path: str, report_path: str,
                           registry_files: tuple[str, ...], types: tuple[str, ...],
                           province: str | None, obsolete: bool, timeout: float, budget: float,
                           workers: int, pause: float) -> None:  # fmt: skip
    """Online: check the registry's candidates with the discovery of `sources add`.

    Each candidate (all but the obsolete สพม. rows, or the IDs / --type / --province given)
    is probed for a WordPress API, feed, sitemap or news listing, a few at once with khao's
    User-Agent. Writes FILE (--write): a sources file of the candidates that work, enabled,
    each with a comment and `verified` saying when and how; and a report (--report) of every
    candidate: works (and how), or why not (robots, dns, refused, timeout, tls, http,
    off_site, spam, no_news, forbidden_target, network, error, not_checked) and the final
    URL. A candidate whose host resolves to an internal address, or that redirects to one, is
    not fetched. When the first candidates get no answer and no well-known host name
    resolves, the rest are left not_checked (offline).
    Exits 0 when at least one candidate works, 1 when none does (offline?), 2 on a bad
    command line or an unwritable file; Ctrl-C writes what was checked and exits 130.
    """
    from collections import Counter

    from khao.display import registry_check_table, registry_progress
    from khao.registry import (
        STATUSES,
        Stopped,
        check_candidates,
        offline,
        select,
        write_report,
        write_sources_yaml,
    )

    everything = registry_or_exit(registry_files)
    check_source_ids(ids, [c.id for c in everything], "sources check-registry")
    chosen = select(everything, ids, types, province, obsolete)
    if not chosen:
        fail("no registry candidate matches the filters")
    for path in (write_path, report_path):
        folder = Path(path).resolve().parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            fail(f"cannot write {path}: {folder} is not a writable folder")
    out = console()
    out.print(f"checking {len(chosen)} candidates, {workers} at a time (at most {budget:g} s "
              "each)...", markup=False, highlight=False)  # fmt: skip
    started = datetime.now()
    with registry_progress(out, len(chosen)) as advance:
        try:
            results = check_candidates(chosen, timeout, budget, workers, advance, pause)
            stopped = False
        except Stopped as interrupted:  # Ctrl-C: write what was checked
            results, stopped = interrupted.results, True
    written = write_sources_yaml(results, write_path)
    write_report(results, report_path)
    counts = Counter(r.status for r in results)
    seconds = (datetime.now() - started).total_seconds()
    out.print(registry_check_table({s: counts[s] for s in STATUSES if counts[s]},
                                   f"check-registry: {len(chosen)} candidates in {seconds:.0f} s"))  # fmt: skip
    if offline(results):
        click.echo("khao: no candidate answered and host names did not resolve: no network, "
                   "or no DNS?", err=True)  # fmt: skip
    out.print(f"{len(written)} working sources written to {write_path}; every candidate "
              f"in {report_path}", markup=False, highlight=False)  # fmt: skip
    if stopped:
        click.echo("khao: stopped (Ctrl-C): candidates not reached are `not_checked` in the "
                   "report", err=True)  # fmt: skip
        sys.exit(130)
    sys.exit(exitcodes.OK if written else exitcodes.SOURCES_FAILED)


# --------------------------------------------------------------------------- Thai text tools
def parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        now = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO date/time: {value!r}") from exc
    from pipelines.thai_dates import BANGKOK

    return now.replace(tzinfo=BANGKOK) if now.tzinfo is None else now


@cli.command()
@click.option("--now", "now_text", metavar="ISO",
              help="Reference time for relative dates (เมื่อวานนี้, 2 ชั่วโมงที่แล้ว) and "
                   "2-digit or missing years, e.g. 2019-09-04T12:00+07:00. Default: now.")  # fmt: skip
@click.option("--time", "with_time", is_flag=True,
              help="Write the full ISO date-time (Asia/Bangkok) instead of YYYY-MM-DD.")  # fmt: skip
def date(now_text: str | None, with_time: bool) -> None:
    """Read one date string per line on stdin; write one ISO date (YYYY-MM-DD) per line,
    or an empty line when the line holds no date that exists.

    Understands Thai dates as government pages write them (วันอังคารที่ 25 สิงหาคม 2563,
    ๔ ก.ย. ๖๒, (25 ส.ค.63), 4-6 ก.ย. 62), Buddhist Era and Christian years, English
    and ISO dates, and relative expressions against --now.

    \b
    Example:
      printf '๔ ก.ย. ๖๒\\nเมื่อวานนี้\\n' | khao date --now 2019-09-05
    """
    from pipelines.thai_dates import parse_date

    now = parse_now(now_text)
    out = sys.stdout
    # UTF-8 whatever the locale says (a C or TIS-620 locale must not garble Thai input)
    lines = click.get_text_stream("stdin", encoding="utf-8-sig", errors="replace")
    for line in lines:
        value = parse_date(line.rstrip("\r\n"), now)
        if value is None:
            out.write("\n")
        else:
            out.write((value.isoformat() if with_time else value.date().isoformat()) + "\n")
        if out.isatty():
            out.flush()  # interactive use: answer each line as it is typed


@cli.command("ner")
@click.option(
    "--jsonl",
    is_flag=True,
    help="Read one JSON-encoded string per line; write one JSON array of "
    '{"start","end","label","text"} per input line (character offsets).',
)
@click.option(
    "--scheme",
    type=click.Choice(["khao", "thainer"]),
    default="khao",
    show_default=True,
    help="Label scheme: 'thainer' emits exactly ThaiNER's labels and span conventions; "
    "'khao' adds POSITION, canonical names and person-position links.",
)
def ner(jsonl: bool, scheme: str) -> None:
    """Tag named entities in Thai text from stdin (offline CRF + rules)."""
    from pipelines.ner import tag, tag_texts

    if jsonl:
        number = 0
        # the lines that have arrived are tagged together (faster); an answer never waits
        # for input that has not been sent
        for lines in stdin_line_batches():
            texts, error = [], None
            for line in lines:
                number += 1
                try:
                    if line.strip():
                        texts.append(jsonl_text(line, number))
                except ValueError as exc:
                    error = str(exc)
                    break
            for entities in tag_texts(texts, scheme=scheme):  # the lines before a bad one
                out = [{"start": e.start, "end": e.end, "label": e.label, "text": e.text}
                       for e in entities]  # fmt: skip
                click.echo(json.dumps(out, ensure_ascii=False))
            if error:
                fail(error, prefix="khao ner")
        return
    text = sys.stdin.read()
    for e in tag(text, scheme=scheme):
        extra = ""
        if scheme == "khao":
            if e.canonical != e.text:
                extra += f"  -> {e.canonical}"
            if e.position:
                extra += f"  [{e.position}]"
        click.echo(f"{e.start:>6}-{e.end:<6} {e.label:<13} {e.text}{extra}")


def stdin_line_batches(chunk: int = 1 << 16) -> Iterator[list[bytes]]:
    """The lines of stdin, in batches of those already arrived: one ``read`` at a time,
    which returns what the pipe holds without waiting for more."""
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # not a file (e.g. a test's StringIO)
        yield [line.encode() for line in sys.stdin]
        return
    tail = b""
    while data := os.read(fd, chunk):
        *lines, tail = (tail + data).split(b"\n")
        if lines:
            yield lines
    if tail:
        yield [tail]


def jsonl_text(line: bytes, number: int) -> str:
    """The string on line ``number`` of ``khao ner --jsonl``'s input; ValueError saying
    what is wrong with it."""
    try:
        text = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        why = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
        raise ValueError(f"--jsonl: line {number} of stdin is not JSON ({why}); each line "
                         'must be one JSON string, e.g. "ข่าว"; plain text: leave out '
                         "--jsonl") from None  # fmt: skip
    if not isinstance(text, str):
        raise ValueError(f"--jsonl: line {number} of stdin is JSON but not a string")
    return text


def expected_error(exc: BaseException) -> tuple[str, int] | None:
    """The one line (and exit status) for an error of the machine, not of khao: a folder
    khao may not write, a read-only or damaged database, a full disk. None: a bug, whose
    traceback is worth showing."""
    import sqlite3

    if isinstance(exc, PermissionError | IsADirectoryError | NotADirectoryError):
        what = f"{exc.filename}: " if exc.filename else ""
        return f"{what}{exc.strerror} (is the file or its folder writable?)", exitcodes.USAGE
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename}: {exc.strerror}", exitcodes.USAGE
    if isinstance(exc, OSError) and exc.strerror:
        what = f"{exc.filename}: " if exc.filename else ""
        return f"{what}{exc.strerror}", exitcodes.USAGE
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        text = str(exc)
        hint = {"unable to open database file": " (does the folder exist, may khao write it?)",
                "attempt to write a readonly database": " (the database or its folder is "
                "read-only)"}.get(text, "")  # fmt: skip
        return f"database: {text}{hint}", exitcodes.USAGE
    return None


def usage_error_line(exc: click.UsageError) -> str:
    """Click's three-line usage error as one line that names the command and its help."""
    command = exc.ctx.command_path if exc.ctx else "khao"
    message = exc.format_message().rstrip(".")
    return f"{command}: {message} (see '{command} --help')"


def main() -> None:
    try:
        # standalone_mode=False: click raises its usage errors to us instead of printing
        # three lines; no command returns a value, so the result is only --help's exit code.
        status = cli.main(standalone_mode=False)
    except click.UsageError as exc:
        click.echo(usage_error_line(exc), err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"khao: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("khao: interrupted", err=True)  # Ctrl-C outside a crawl
        sys.exit(130)
    except Exception as exc:
        found = expected_error(exc)
        if found is None or DEBUG["on"]:
            raise
        message, status = found
        click.echo(f"khao: {message} (--debug shows the traceback)", err=True)
        sys.exit(status)
    sys.exit(status if isinstance(status, int) else 0)


if __name__ == "__main__":
    main()
