"""What a crawl writes to the terminal: one line per event, no tracebacks of expected
failures (a site down, a host name not found), no item dumps.

Scrapy logs a dropped item with the whole item (1.5 KB of ``ArticleItem(...)``) and a failed
download with the Twisted traceback; both are accounted for anyway, per source, in the
summary and in ``crawl_runs``. The log file (``--log-file``) and ``--log-level DEBUG`` keep
the tracebacks.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import logformatter

# Scrapy's own lines about one failed request: khao's per-source line and the summary say it
REQUEST_NOISE = (
    ("scrapy.downloadermiddlewares.retry", "Gave up retrying"),
    ("scrapy.downloadermiddlewares.robotstxt", "Error downloading"),
    ("scrapy.core.scraper", "Error downloading"),
)


class KhaoLogFormatter(logformatter.LogFormatter):
    """LOG_FORMATTER: a dropped article is one line (URL, source, reason)."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict:
        result = dict(super().dropped(item, exception, response, spider))
        url = item_url(item, response)
        reason = str(exception) or type(exception).__name__
        if url and reason.endswith(url):  # "empty title or body: URL": the URL comes first
            reason = reason[: -len(url)].rstrip(" :") or reason
        result["msg"] = "dropped %(url)s (%(source)s): %(reason)s"
        result["args"] = {"url": url, "source": getattr(spider, "name", "?"), "reason": reason}
        return result

    def item_error(self, item: Any, exception: BaseException, response: Any,
                   spider: Any) -> dict:  # fmt: skip
        result = dict(super().item_error(item, exception, response, spider))
        result["msg"] = "cannot process %(url)s (%(source)s): %(error)s"
        result["args"] = {"url": item_url(item, response), "source": getattr(spider, "name", "?"),
                          "error": str(exception) or type(exception).__name__}  # fmt: skip
        return result


def item_url(item: Any, response: Any) -> str:
    url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
    return url or getattr(response, "url", "") or ""


# a machine's refusal repeats for every article once it starts: said once per source
MACHINE_ERRORS = {"database or disk is full": "disk_full", "disk is full": "disk_full",
                  "readonly database": "read_only", "disk i/o error": "io_error"}  # fmt: skip


class OneLineFilter(logging.Filter):
    """On a terminal handler: drop Scrapy's per-request failure lines and any traceback, and
    say a full disk (read-only database, I/O error) once per source, not once per article."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[tuple[str, str]] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        if any(record.name == name and message.startswith(start) for name, start in REQUEST_NOISE):
            return False
        text = f"{record.getMessage()} {record.exc_info[1] if record.exc_info else ''}".lower()
        kind = next((k for phrase, k in MACHINE_ERRORS.items() if phrase in text), None)
        if kind:
            spider = getattr(record, "spider", None)
            source = getattr(spider, "name", None) or record.name
            if (source, kind) in self.said:
                return False
            self.said.add((source, kind))
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


_terminal: logging.Handler | None = None  # khao's terminal handler, replaced by each run


def quiet_terminal(settings: Any) -> None:
    """Log to the terminal through a handler with :class:`OneLineFilter`, instead of Scrapy's
    (which each crawler re-installs, so a filter added to it would not last). Call before
    ``CrawlerProcess(settings)``. A log file (LOG_FILE) or LOG_LEVEL DEBUG keeps Scrapy's own
    handler, tracebacks included."""
    global _terminal
    root = logging.getLogger()
    if _terminal is not None:
        root.removeHandler(_terminal)
        _terminal = None
    level = str(settings.get("LOG_LEVEL", "INFO")).upper()
    if settings.get("LOG_FILE") or level == "DEBUG" or not settings.getbool("LOG_ENABLED", True):
        return
    settings.set("LOG_ENABLED", False, priority="cmdline")  # Scrapy's handler: a NullHandler
    _terminal = logging.StreamHandler()
    _terminal.setFormatter(logging.Formatter(settings.get("LOG_FORMAT"),
                                             settings.get("LOG_DATEFORMAT")))  # fmt: skip
    _terminal.setLevel(level)
    _terminal.addFilter(OneLineFilter())
    root.addHandler(_terminal)
    root.setLevel(logging.NOTSET)
