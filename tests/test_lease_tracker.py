"""A leased request is acknowledged (its lease ends) only when nothing it produced can be
lost any more: its callback returned, its items were pushed, its requests were queued.

Scrapy drains a callback's output before it schedules the requests in it; a worker killed
in that gap must not have acknowledged the listing page whose "next page" it was holding.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from scrapy import Request

from crawler.distributed.leases import PARENT_META, LeaseTracker, unwrap, wrap
from pipelines.items import ArticleItem


class AckLog:
    """Stands in for the Redis queue: records acknowledgements only."""

    def __init__(self) -> None:
        self.acked: list[str] = []

    def ack(self, qid: str) -> None:
        self.acked.append(qid)


def leased(callback: Any, qid: str = "q1") -> tuple[Request, LeaseTracker, AckLog]:
    log = AckLog()
    tracker = LeaseTracker(log)  # type: ignore[arg-type]
    request = wrap(Request("http://x/list", callback=callback, meta={"khao_qid": qid}), tracker)
    return request, tracker, log


def listing(_response: Any = None) -> Iterator[Request]:
    yield Request("http://x/news-1")
    yield Request("http://x/list?page=2")


def test_listing_lease_waits_until_its_requests_are_queued() -> None:
    request, tracker, log = leased(listing)
    produced = list(request.callback(None))  # Scrapy drains the output first...
    assert log.acked == []  # ...and the lease still holds: nothing is in Redis yet
    assert all(r.meta[PARENT_META] == "q1" for r in produced)
    tracker.request_queued(produced[0].meta.pop(PARENT_META))
    assert log.acked == []  # page 2 is still only in this worker's memory
    tracker.request_queued(produced[1].meta.pop(PARENT_META))
    assert log.acked == ["q1"]


def test_article_lease_waits_for_its_item_to_be_pushed() -> None:
    item = ArticleItem(url="http://x/news-1", source_id="s")
    request, tracker, log = leased(lambda _response: item)
    assert request.callback(None) is item
    assert log.acked == []
    tracker.item_done(item)
    assert log.acked == ["q1"]


def test_callback_with_no_output_acks_at_once_and_errors_end_the_lease() -> None:
    request, _, log = leased(lambda _response: None)
    request.callback(None)
    assert log.acked == ["q1"]

    def broken(_response: Any) -> Iterator[Request]:
        raise ValueError("bad page")
        yield  # pragma: no cover

    request, _, log = leased(broken, "q2")
    with pytest.raises(ValueError):
        list(request.callback(None))
    assert log.acked == ["q2"]


def test_unwrap_gives_back_the_spider_callback() -> None:
    request, _, _ = leased(listing)
    assert unwrap(request).callback is listing
