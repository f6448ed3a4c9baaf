"""The item pipeline stages, one file each, in crawl order (``crawler/settings.py`` lists
them in ITEM_PIPELINES):

    clean → date → classify → entities → dedupe → store

Each is a thin Scrapy class over pure logic named for what it is (``pipelines.thai_text``,
``pipelines.thai_dates``, ``pipelines.kinds``, ``pipelines.ner``,
``pipelines.fingerprints``, ``pipelines.storage``). A stage whose class says
``needs_database = True`` runs on the writer of a distributed crawl, the others on the
workers (``crawler.distributed``): one list, split by that flag, for both kinds of run.
"""

from __future__ import annotations

from typing import Any

from scrapy.utils.misc import load_object


def needs_database(path: str) -> bool:
    """Whether the stage at this import path reads or writes the database."""
    return bool(getattr(load_object(path), "needs_database", False))


def split_stages(pipelines: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """ITEM_PIPELINES split into (worker stages, writer stages), disabled ones left out.

    The writer's stages must come last: a worker hands its items over after its own.
    """
    enabled = {path: order for path, order in pipelines.items() if order is not None}
    worker = {p: o for p, o in enabled.items() if not needs_database(p)}
    writer = {p: o for p, o in enabled.items() if needs_database(p)}
    if worker and writer and max(worker.values()) > min(writer.values()):
        raise ValueError("ITEM_PIPELINES: stages that need the database must run last")
    return worker, writer
