"""RunRecorder: one crawl_runs row per source per run, written as the spider opens and closes."""

from __future__ import annotations

from typing import Any

from scrapy import signals

from crawler.limits import CUT_KINDS
from pipelines.storage import shared_store

STATUS_KEYS = "downloader/response_status_count/"


def run_status(spider: Any, reason: str) -> str:
    if getattr(spider, "fatal", None):
        return "failed"
    if reason not in ("finished", "closespider_itemcount", "closespider_pagecount"):
        return "interrupted"
    return "partial" if getattr(spider, "errors", None) else "ok"


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
        if key.startswith("spider_exceptions/"):
            errors[key.split("/", 1)[1]] = value
    return {
        "pages_fetched": stats.get("downloader/response_count", 0),
        "articles_new": stats.get("khao/articles_new", 0),
        "articles_updated": stats.get("khao/articles_updated", 0),
        "articles_unchanged": stats.get("khao/articles_unchanged", 0)
        + getattr(spider, "unchanged", 0),
        # caps that cut the walk (crawler.limits) and notes are not failed articles
        "articles_failed": sum(
            v
            for k, v in errors.items()
            if not k.startswith(("dropped_", "ignored_")) and k not in CUT_KINDS
        ),
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
        return extension

    def store(self) -> Any:
        return shared_store(self.crawler.settings.get("KHAO_DB"))

    def spider_opened(self, spider: Any) -> None:
        settings = self.crawler.settings
        self.row_id = self.store().start_run(
            settings.get("KHAO_RUN_ID") or "adhoc", spider.name, settings.get("KHAO_MODE")
        )

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.row_id is None:
            return
        stats = self.crawler.stats.get_stats()
        samples = getattr(spider, "error_samples", [])
        message = getattr(spider, "fatal", None) or (samples[0] if samples else None)
        self.store().finish_run(
            self.row_id,
            run_status(spider, reason),
            finish_reason=reason,
            error_message=message,
            **summarise_stats(stats, spider),
        )
