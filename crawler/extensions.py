"""RunRecorder: one crawl_runs row per source per run, the source's walk, and every failure.

- When the spider opens: a ``running`` row, and the source's walk marked as under way.
- While it runs: an exception in a spider callback or in a pipeline stage is recorded on the
  spider with its URL (``parse_error``, ``stage_error``, ``disk_full``, ...), so a lost
  article is never silent. A write the disk refuses stops the source at once.
- When it closes: the row's outcome; and, only if the walk reached its end with nothing
  lost, the walk is marked complete and the pages' HTTP validators are saved, in one
  transaction. A killed, stopped or failing walk leaves the source incomplete: the next
  run walks it in full (no early stop, no conditional requests).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.error_kinds import NOT_ARTICLES, NOT_LOST, PERMANENT
from pipelines.storage import shared_store

log = logging.getLogger(__name__)

STATUS_KEYS = "downloader/response_status_count/"

COMPLETE_REASONS = ("finished", "closespider_itemcount", "closespider_pagecount")
# The outcome of each source, kept in memory too: when the database cannot be written (a
# full disk) the summary still tells the truth. (run id, source id) -> crawl_runs columns.
OUTCOMES: dict[tuple[str, str], dict[str, Any]] = {}
# crawl_runs rows whose last write failed (a full disk): (row id, columns), written again by
# the runner once the crawl is over and the space reserve is freed.
UNRECORDED: list[tuple[int, dict[str, Any]]] = []


def error_kinds(errors: dict[str, int] | None) -> set[str]:
    """The error kinds of a run, without the notes (``dropped_*``, ``ignored_*``)."""
    return {k for k in errors or {} if not k.startswith(("dropped_", "ignored_"))}


def lost_articles(errors: dict[str, int] | None) -> bool:
    """Did the source lose articles it could have stored (a failure to retry)?"""
    return bool(error_kinds(errors) - NOT_LOST)


def run_status(spider: Any, reason: str) -> str:
    if getattr(spider, "fatal", None):
        return "failed"
    if reason not in COMPLETE_REASONS:
        return "interrupted"
    return "partial" if error_kinds(getattr(spider, "errors", None)) - NOT_ARTICLES else "ok"


def walk_completed(spider: Any, reason: str) -> bool:
    """Did the walk reach its end with every article it found stored (or never storable)?"""
    kinds = error_kinds(getattr(spider, "errors", None))
    return (
        not getattr(spider, "fatal", None) and reason in COMPLETE_REASONS and not kinds - PERMANENT
    )


def storage_failure(exc: BaseException) -> str | None:
    """The error kind of a write the machine refused, or None for any other exception."""
    if not isinstance(exc, sqlite3.Error):
        return None
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk i/o error" in text:
        return "io_error"
    return None


def summarise_stats(stats: dict[str, Any], spider: Any) -> dict[str, Any]:
    """The crawl_runs columns from Scrapy's stats and the spider's own accounting."""
    http_status = {
        key[len(STATUS_KEYS) :]: value
        for key, value in stats.items()
        if key.startswith(STATUS_KEYS)
    }
    errors: dict[str, int] = dict(getattr(spider, "errors", {}))
    for key, value in stats.items():
        if key.startswith("khao/dropped/"):
            errors[f"dropped_{key.rsplit('/', 1)[-1]}"] = value
        if key.startswith("khao/ignored/"):  # e.g. a canonical link to another site
            errors[f"ignored_{key.rsplit('/', 1)[-1]}"] = value
    return {
        "pages_fetched": stats.get("downloader/response_count", 0),
        "articles_new": stats.get("khao/articles_new", 0),
        "articles_updated": stats.get("khao/articles_updated", 0),
        "articles_unchanged": stats.get("khao/articles_unchanged", 0)
        + getattr(spider, "unchanged", 0),
        # caps that cut the walk (crawler.limits), refusals and notes are not failed articles
        "articles_failed": sum(v for k, v in errors.items() if k in error_kinds(errors) - NOT_LOST),
        "dates_missing": stats.get("khao/dates_missing", 0),
        "errors": errors,
        "http_status": http_status,
    }


class RunRecorder:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.row_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecorder:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        return extension

    def store(self) -> Any:
        return shared_store(self.crawler.settings.get("KHAO_DB"))

    @property
    def run_id(self) -> str:
        return self.crawler.settings.get("KHAO_RUN_ID") or "adhoc"

    def spider_opened(self, spider: Any) -> None:
        settings = self.crawler.settings
        self.row_id = self.store().start_run(self.run_id, spider.name, settings.get("KHAO_MODE"))
        self.store().begin_walk(spider.name, self.run_id)

    # --------------------------------------------------------------- failures
    def spider_error(self, failure: Any, response: Any, spider: Any) -> None:
        """A callback raised: the article (or the page's rest) it was parsing is lost."""
        exc = failure.value
        spider.record_error("parse_error", response.url, f"{type(exc).__name__}: {exc}"[:300])

    def item_error(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        """A stage raised on one article: name it; a refused write stops the source."""
        exc = failure.value
        if isinstance(exc, DropItem):
            return
        url = getattr(item, "url", None) or (response.url if response is not None else "")
        kind = storage_failure(exc) or "stage_error"
        fatal = kind != "stage_error"
        spider.record_error(kind, url, f"{type(exc).__name__}: {exc}"[:300], fatal=fatal)
        if fatal and self.crawler.engine is not None:
            # every later write would fail the same way: stop now, keep what is stored
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=kind))

    # --------------------------------------------------------------- closing
    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.row_id is None:
            return
        stats = self.crawler.stats.get_stats()
        samples = getattr(spider, "error_samples", [])
        message = getattr(spider, "fatal", None) or (samples[0] if samples else None)
        status = run_status(spider, reason)
        columns = summarise_stats(stats, spider)
        outcome = {"status": status, "finish_reason": reason, "error_message": message, **columns}
        walk = getattr(spider, "page_validators", {}) if walk_completed(spider, reason) else None
        record_run(self.store(), self.run_id, spider.name, self.row_id, outcome, walk)


def record_run(
    store: Any,
    run_id: str,
    source_id: str,
    row_id: int,
    outcome: dict[str, Any],
    completed_walk: dict[str, Any] | None = None,
    *,
    refused: bool = False,
) -> None:
    """Write how a source's run ended (``finish_run``'s columns) and, when its walk reached
    its end (``completed_walk``: the pages' validators), mark the walk complete. The outcome
    is kept in memory first (OUTCOMES: the summary tells the truth whatever the disk does);
    a write the machine refuses, or one already known to be refused (``refused``), waits in
    UNRECORDED for ``record_unrecorded``, as failed."""
    OUTCOMES[(run_id, source_id)] = outcome
    if refused:
        UNRECORDED.append((row_id, outcome))
        return
    try:
        store.finish_run(row_id, **outcome)
        if completed_walk is not None:
            store.complete_walk(source_id, run_id, completed_walk)
    except sqlite3.Error as exc:  # e.g. the disk is still full: recorded after the crawl
        log.error("source %s: cannot record the run yet: %s", source_id, exc)
        kind = storage_failure(exc)
        if kind is not None:  # whatever its articles did, the exit status must say so
            outcome.update(status="failed", finish_reason=kind, error_message=f"{kind}: {exc}")
        UNRECORDED.append((row_id, outcome))


def record_unrecorded(store: Any) -> None:
    """Write the run rows a full disk refused, after freeing the space reserve."""
    if not UNRECORDED:
        return
    store.release_reserve()
    outcomes = UNRECORDED[:]
    UNRECORDED.clear()
    try:
        store.finish_runs(outcomes)
    except sqlite3.Error as exc:
        log.error("cannot record %d runs even after freeing the reserve: %s", len(outcomes), exc)
