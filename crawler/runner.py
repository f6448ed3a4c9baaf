"""Run a crawl: build Scrapy settings per source, run every source's spider, summarise.

One Scrapy crawler per source, all in one process: per-source politeness settings and
statistics come for free, and one source failing cannot stop the others.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# first, while few modules are loaded: at import it builds three deprecated classes, each
# reading inspect.stack(), whose cost grows with the stack's depth times the modules
# loaded (~0.12 s of CPU when Scrapy imported it mid-crawl-start; issue 17, seventh pass)
import scrapy.core.downloader.contextfactory  # noqa: F401
from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawler.extensions import OUTCOMES, lost_articles, record_unrecorded
from crawler.logs import quiet_terminal
from crawler.sources import Source, SourceList
from crawler.spiders import spider_class
from pipelines.storage import Store

log = logging.getLogger(__name__)


NOT_OK = ("failed", "config_error", "interrupted", "running")


@dataclass
class SourceResult:
    source_id: str
    status: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    pages: int = 0
    message: str = ""
    lost: bool = False  # articles it could have stored were lost (retried next run)


@dataclass
class CrawlSummary:
    run_id: str
    results: list[SourceResult] = field(default_factory=list)

    @property
    def failed(self) -> list[SourceResult]:
        """Sources that lost articles or were not crawled: the run's exit status is 1."""
        return [r for r in self.results if r.status in NOT_OK or r.lost]

    @property
    def new(self) -> int:
        return sum(r.new for r in self.results)


class GracefulStop:
    """Ctrl-C and SIGTERM for a crawl: the first stops it cleanly, a second exits at once.

    Clean: no new requests, the items in flight stored or discarded whole (each article is
    one transaction), every source's run recorded as ``interrupted``, the summary printed.
    Installed before anything else, so a signal during start-up is handled too (Scrapy's
    own handlers only exist once the reactor runs). If the clean stop takes longer than
    FORCE_AFTER seconds (a download that does not answer), ``on_force`` records what it
    can and the process exits.
    """

    FORCE_AFTER = 12.0

    def __init__(self) -> None:
        self.signum: int | None = None
        self.process: CrawlerProcess | None = None
        self.on_force: Callable[[], None] | None = None

    def install(self) -> GracefulStop:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._handle)
        return self

    @property
    def exit_status(self) -> int | None:
        """128 + the signal number (130 for SIGINT, 143 for SIGTERM) once one arrived."""
        return None if self.signum is None else 128 + self.signum

    def _handle(self, signum: int, frame: Any) -> None:
        if self.signum is not None:
            os._exit(128 + signum)  # the second signal: at once
        self.signum = signum
        if self.process is not None:
            from twisted.internet import reactor

            reactor.callFromThread(self._stop_crawl)  # logging is unsafe in a handler
        timer = threading.Timer(self.FORCE_AFTER, self._force)
        timer.daemon = True
        timer.start()

    def _stop_crawl(self) -> None:
        log.warning(
            "received %s: stopping the crawl (send it again to exit at once)",
            signal.Signals(self.signum or signal.SIGINT).name,
        )
        if self.process is not None:
            self.process.stop()

    def _force(self) -> None:
        if self.on_force is not None:
            try:
                self.on_force()
            except Exception as exc:  # exiting anyway: say why the record may be incomplete
                log.error("could not record the interrupted runs: %s", exc)
        os._exit(self.exit_status or 1)


def base_settings(db_path: str, run_id: str, overrides: dict[str, Any] | None = None) -> Settings:
    settings = get_project_settings()
    if not settings.get("BOT_NAME") or settings.get("BOT_NAME") == "scrapybot":
        settings.setmodule("crawler.settings", priority="project")
    settings.set("KHAO_DB", db_path, priority="cmdline")
    settings.set("KHAO_RUN_ID", run_id, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


MIN_DOWNLOAD_DELAY = 0.001  # seconds; see source_settings


def source_settings(base: Settings, source: Source) -> Settings:
    """Per-source politeness overrides on top of the global settings."""
    settings = base.copy()
    mapping = {
        "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
        "download_delay": "DOWNLOAD_DELAY",
        "autothrottle": "AUTOTHROTTLE_ENABLED",
        "obey_robots": "ROBOTSTXT_OBEY",
        "timeout": "DOWNLOAD_TIMEOUT",
        "user_agent": "USER_AGENT",
        "retry_times": "RETRY_TIMES",
        "max_page_bytes": "DOWNLOAD_MAXSIZE",
    }
    for option, setting in mapping.items():
        if option in source.options:
            settings.set(setting, source.options[option], priority="spider")
    if source.options.get("autothrottle") is False and "download_delay" not in source.options:
        settings.set("DOWNLOAD_DELAY", 0, priority="spider")
    if settings.getfloat("DOWNLOAD_DELAY") <= 0:
        # Scrapy 2.19 on the asyncio reactor starts downloads in tasks, so with a zero delay
        # one pass of the slot queue sends every queued request at once and the per-domain
        # concurrency limit is never applied; a 1 ms delay makes it hand them out one by one.
        settings.set("DOWNLOAD_DELAY", MIN_DOWNLOAD_DELAY, priority="cmdline")
    settings.set("KHAO_SOURCE_OPTIONS", dict(source.options), priority="spider")
    settings.set("KHAO_SOURCE_URL", source.url, priority="spider")  # its own host (safety)
    if "max_articles" in source.options:
        settings.set("CLOSESPIDER_ITEMCOUNT", source.options["max_articles"], priority="spider")
    return settings


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def select_sources(
    source_list: SourceList, only: list[str] | None
) -> tuple[list[Source], list[str]]:
    if not only:
        return [s for s in source_list.sources if s.enabled], []
    chosen, missing = [], []
    for source_id in only:
        source = source_list.by_id(source_id)
        (chosen.append(source) if source else missing.append(source_id))
    return chosen, missing


def prepare_run(
    db_path: str, source_list: SourceList, only: list[str] | None, run_id: str, mode: str
) -> tuple[Store, list[Source]]:
    """What every run does first, local or distributed: open (and migrate) the database,
    close the rows of runs that died, record the sources, and record config errors
    (malformed entries, unknown ids) as ``config_error`` rows. Returns the store and the
    sources to crawl."""
    store = Store(db_path)
    store.ensure_reserve()
    store.mark_interrupted_runs()
    store.sync_sources(s.as_row() for s in source_list.sources)
    sources, missing = select_sources(source_list, only)
    for message in [*source_list.errors, *(f"unknown source id {m!r}" for m in missing)]:
        row = store.start_run(run_id, None, mode)
        store.finish_run(row, "config_error", error_message=message, finish_reason="config_error")
    return store, sources


ClosedHandler = Callable[[Crawler, Any, str], None]


def add_source_crawlers(
    process: CrawlerProcess,
    settings: Settings,
    sources: list[Source],
    known: Callable[[str], dict[str, str | None]],
    full_walk: Callable[[str], bool],
    on_item: Callable[[str], None] | None = None,
    on_closed: ClosedHandler | None = None,
) -> dict[str, BaseException]:
    """One Scrapy crawler per source in ``process`` (local runs and distributed workers).

    ``known(source_id)`` gives the URLs already stored, for incremental crawls;
    ``full_walk(source_id)`` whether to walk every page (the last walk did not complete, or
    --full). Returns the dict that collects each source's start-up error, filled once the
    process has run.
    """
    startup_errors: dict[str, BaseException] = {}
    for index, source in enumerate(sources):
        # the first crawler installs the reactor named in the settings (asyncio)
        crawler = Crawler(
            spider_class(source.kind), source_settings(settings, source), init_reactor=index == 0
        )
        if on_item is not None:
            crawler.signals.connect(
                lambda item, response, spider, _id=source.id: on_item(_id),
                signal=signals.item_scraped,
                weak=False,  # the lambda has no other reference
            )
        if on_closed is not None:
            crawler.signals.connect(
                lambda spider, reason, _crawler=crawler: on_closed(_crawler, spider, reason),
                signal=signals.spider_closed,
                weak=False,
            )
        started = process.crawl(
            crawler, source=source, known=known(source.id), full_walk=full_walk(source.id)
        )
        started.addErrback(
            lambda failure, _id=source.id: startup_errors.__setitem__(_id, failure.value)
        )
    return startup_errors


def run_crawl(
    db_path: str,
    source_list: SourceList,
    only: list[str] | None = None,
    settings_overrides: dict[str, Any] | None = None,
    on_item: Callable[[str], None] | None = None,
    on_source_closed: Callable[[str], None] | None = None,
    stop: GracefulStop | None = None,
) -> CrawlSummary:
    """Crawl the chosen sources into the database and return a per-source summary.

    A source whose previous walk did not complete is walked in full; so is every source
    when the setting KHAO_FULL_WALK is true (``khao crawl --full``).
    """
    run_id = new_run_id()
    stop = stop or GracefulStop()
    store, sources = prepare_run(db_path, source_list, only, run_id, "local")
    settings = base_settings(db_path, run_id, settings_overrides)
    force_full = settings.getbool("KHAO_FULL_WALK")
    quiet_terminal(settings)  # one line per failure on the terminal (crawler.logs)
    process = CrawlerProcess(settings)
    closed = (
        None
        if on_source_closed is None
        else lambda crawler, spider, reason: on_source_closed(spider.name)
    )
    startup_errors = add_source_crawlers(
        process,
        settings,
        sources,
        store.known_articles,
        lambda source_id: force_full or not store.walk_complete(source_id),
        on_item,
        closed,
    )
    stop.process = process
    stop.on_force = lambda: Store(db_path).stop_runs(run_id, "interrupted")
    if sources and stop.signum is None:
        process.start(install_signal_handlers=False)  # GracefulStop handles the signals
    record_unrecorded(store)
    if stop.signum is not None:
        store.stop_runs(run_id, "interrupted")  # rows a forced stop left 'running'
    record_startup_failures(store, run_id, sources, startup_errors, stop.signum)
    return load_summary(store, run_id)


def record_startup_failures(
    store: Store,
    run_id: str,
    sources: list[Source],
    errors: dict[str, BaseException],
    stopped_by: int | None = None,
) -> None:
    """A source whose crawler never opened still gets a crawl_runs row saying why (when
    the database can take it: otherwise the in-memory outcome tells the summary)."""
    recorded = {
        row[0]
        for row in store.db.execute(
            "SELECT source_id FROM crawl_runs WHERE run_id = ?", [run_id]
        ).fetchall()
    }
    for source in sources:
        if source.id in recorded or (run_id, source.id) in OUTCOMES:
            continue
        error = errors.get(source.id)
        if stopped_by is not None and error is None:
            status, reason = "interrupted", "shutdown"
            message = f"stopped by {signal.Signals(stopped_by).name} before it started"
        else:
            status, reason = "failed", "startup_error"
            message = f"crawler did not start: {error!r}" if error else "crawler did not start"
            log.error("source %s: %s", source.id, message)
        OUTCOMES[(run_id, source.id)] = {
            "status": status, "finish_reason": reason, "error_message": message
        }  # fmt: skip
        try:
            row = store.start_run(run_id, source.id)
            store.finish_run(row, status, error_message=message, finish_reason=reason)
        except sqlite3.Error as exc:
            log.error("source %s: cannot record the run: %s", source.id, exc)


def load_summary(store: Store, run_id: str) -> CrawlSummary:
    """The run's outcome per source, from crawl_runs; where the database could not take
    the last word (a full disk), from what the run recorder kept in memory."""
    summary = CrawlSummary(run_id)
    seen: set[str] = set()
    for row in store.db.query("SELECT * FROM crawl_runs WHERE run_id = ? ORDER BY id", [run_id]):
        memory = OUTCOMES.get((run_id, row["source_id"] or ""))
        if memory is not None and row["status"] == "running":
            row = {**row, **memory}
        seen.add(row["source_id"] or "")
        summary.results.append(result_of(row))
    for (outcome_run, source_id), memory in OUTCOMES.items():
        if outcome_run == run_id and source_id not in seen:
            summary.results.append(result_of({"source_id": source_id, **memory}))
    return summary


def result_of(row: dict[str, Any]) -> SourceResult:
    errors = row.get("errors")
    return SourceResult(
        source_id=row.get("source_id") or "(config)",
        status=row["status"],
        new=row.get("articles_new") or 0,
        updated=row.get("articles_updated") or 0,
        unchanged=row.get("articles_unchanged") or 0,
        failed=row.get("articles_failed") or 0,
        pages=row.get("pages_fetched") or 0,
        message=row.get("error_message") or "",
        lost=lost_articles(errors if isinstance(errors, dict) else json.loads(errors or "{}")),
    )
