"""Issue 13: nothing read from Redis runs code. Requests in the shared queue and items on
their way to the writer are JSON, checked on read; a payload that does not fit is dropped
and counted as ``malformed_payload`` (a pickle pushed into a worker's queue used to run
``os.system`` in the worker)."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from crawler.demo.mirror import MirrorServer, build_demo_sites, demo_sources_yaml
from crawler.distributed.payloads import (
    PayloadError,
    item_from_json,
    item_to_json,
    request_from_json,
    request_to_json,
)
from crawler.sources import Source
from crawler.spiders.base import ArticleHints
from crawler.spiders.listing import ListingSpider
from crawler.spiders.wordpress import WordPressSpider
from pipelines.items import ArticleItem, Attachment, DateCandidate
from testbed.redis_server import RedisServer, worker_args, writer_args
from tests.conftest import ROOT


class Mkdir:
    """Unpickling this calls os.mkdir(path): proof that a payload ran."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self) -> tuple:
        return (os.mkdir, (self.path,))


def spider() -> ListingSpider:
    return ListingSpider(Source(id="s", name="s", kind="listing", url="http://127.0.0.1/"))


def good_request_json() -> dict:
    s = spider()
    request = s.article_request("http://127.0.0.1/a/1", ArticleHints(
        title="ประชุม", attachments=[Attachment("http://127.0.0.1/f.pdf", "ไฟล์", "pdf")]))  # fmt: skip
    return json.loads(request_to_json(request, s))


# --------------------------------------------------------------------------- requests
def test_requests_of_every_spider_survive_the_json_queue() -> None:
    s = spider()
    article = s.article_request("http://127.0.0.1/ข่าว/1?x=ไทย", ArticleHints(
        title="ประชุม", list_date="4 ก.ย. 62",
        attachments=[Attachment("http://127.0.0.1/f.pdf", "ไฟล์", "pdf")]))  # fmt: skip
    assert article is not None
    article.meta.update(redirect_urls=["http://127.0.0.1/old"], khao_retry_after=1)
    page = s.page_request("http://127.0.0.1/list?page=2", s.parse_listing, fatal=False, page=2)
    page.headers["If-None-Match"] = b'"\xe0\xb8\x81etag"'  # bytes that are not ASCII
    post = page.replace(method="POST", body=b"\x00\xffbinary")
    wp = WordPressSpider(Source(id="w", name="w", kind="wordpress", url="http://127.0.0.1/"))
    for owner, request in (
        (s, article),
        (s, page),
        (s, post),
        (wp, wp.start_requests_for_source()[0]),
    ):
        back = request_from_json(request_to_json(request, owner), owner)
        assert (back.url, back.method, back.body, back.priority, back.dont_filter) == (
            request.url, request.method, request.body, request.priority, request.dont_filter)  # fmt: skip
        assert back.callback == request.callback and back.errback == request.errback
        assert back.cb_kwargs == request.cb_kwargs  # ArticleHints and Attachment rebuilt
        assert dict(back.headers) == dict(request.headers)
        assert back.meta == request.meta


BAD_REQUESTS = {
    "pickle": lambda d, tmp: pickle.dumps(Mkdir(tmp / "ran")),
    "not an object": lambda d, tmp: b"[1, 2]",
    "file URL": lambda d, tmp: {**d, "url": "file:///etc/passwd"},
    "no format": lambda d, tmp: {k: v for k, v in d.items() if k != "format"},
    "private method": lambda d, tmp: {**d, "callback": "__init__"},
    "attribute, not a method": lambda d, tmp: {**d, "callback": "logger"},
    "unknown type in cb_kwargs": lambda d, tmp: {
        **d, "cb_kwargs": {"hints": {"__khao_type__": "Popen", "fields": {"args": ["id"]}}}},
    "wrong field type": lambda d, tmp: {**d, "cb_kwargs": {"hints": {
        "__khao_type__": "ArticleHints", "fields": {"title": {"x": 1}}}}},
    "method": lambda d, tmp: {**d, "method": ["GET"]},
    "headers": lambda d, tmp: {**d, "headers": {"a": "b"}},
    "body": lambda d, tmp: {**d, "body": "not base64!"},
    "priority": lambda d, tmp: {**d, "priority": "high"},
    "encoding": lambda d, tmp: {**d, "encoding": "no-such-codec"},
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD_REQUESTS))
def test_a_request_khao_did_not_write_is_refused_never_run(case: str, tmp_path: Path) -> None:
    payload = BAD_REQUESTS[case](good_request_json(), tmp_path)
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    with pytest.raises(PayloadError):
        request_from_json(raw, spider())
    assert not (tmp_path / "ran").exists()


def test_a_request_never_brings_its_own_proxy_or_limits() -> None:
    data = good_request_json()
    data["meta"].update(proxy="http://127.0.0.1:9", download_maxsize=0, handle_httpstatus_all=True,
                        dont_obey_robotstxt=True, khao_page=3)  # fmt: skip
    meta = request_from_json(json.dumps(data), spider()).meta
    assert meta == {"khao_page": 3}


# --------------------------------------------------------------------------- items
def test_items_are_checked_field_by_field() -> None:
    item = ArticleItem(url="http://127.0.0.1/a", source_id="s", title="ข่าว", body="เนื้อหา",
                       date_candidates=[DateCandidate("meta", "2024-01-15")],
                       attachments=[Attachment("https://127.0.0.1/f.pdf")],
                       entities=[{"label": "PERSON", "start": 0}], extra={"k": [1]})  # fmt: skip
    assert item_from_json(item_to_json(item)) == item
    good = asdict(item)
    bad = [
        b"\x80\x04\x95not json",
        json.dumps([good]),
        json.dumps({**good, "url": ["not", "a", "url"]}),
        json.dumps({**good, "title": {"x": 1}}),
        json.dumps({**good, "body": 42}),
        json.dumps({**good, "url": "file:///etc/passwd"}),
        json.dumps({**good, "date_candidates": [{"origin": "meta"}]}),
        json.dumps({**good, "attachments": [{"url": 7}]}),
        json.dumps({k: v for k, v in good.items() if k != "source_id"}),
    ]
    for raw in bad:
        with pytest.raises(PayloadError):
            item_from_json(raw)


# --------------------------------------------------------------------------- end to end
@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


def khao_popen(args: list[str], log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "COLUMNS": "200"}
    return subprocess.Popen([sys.executable, "-m", "khao", *args], cwd=ROOT, env=env,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT)  # fmt: skip


@pytest.mark.slow
def test_pickles_and_malformed_items_in_redis_are_dropped_counted_and_never_run(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    client = redis_server.client()
    client.flushall()
    mirror = MirrorServer(build_demo_sites(20)).start()
    try:
        data = yaml.safe_load(demo_sources_yaml(mirror.url))
        data["sources"] = [dict(s, autothrottle=False) for s in data["sources"]
                           if s["id"] == "demo-thaigov"]  # fmt: skip
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        db = tmp_path / "khao.db"
        writer = khao_popen(writer_args(redis_server.url, db, sources, 20), tmp_path / "writer.log")
        deadline = time.monotonic() + 60
        while not client.get("khao:run"):
            assert time.monotonic() < deadline and writer.poll() is None, "no run opened"
            time.sleep(0.1)
        run_id = json.loads(client.get("khao:run"))["run_id"]
        # first in line in the worker's queue: a pickle that would create a directory
        client.hset(f"khao:{run_id}:demo-thaigov:data", "evil", pickle.dumps(Mkdir(tmp_path / "q")))
        client.zadd(f"khao:{run_id}:demo-thaigov:queue", {"evil": -(10**12)})
        # and on the writer's item list: a pickle, a wrong shape, a file: URL
        items = f"khao:{run_id}:items"
        client.rpush(items, pickle.dumps(Mkdir(tmp_path / "i")))
        client.rpush(items, json.dumps({"source_id": "demo-thaigov", "url": ["x"], "body": 42}))
        client.rpush(items, json.dumps({"source_id": "demo-thaigov", "url": "file:///etc/passwd",
                                        "title": "รหัสผ่าน", "body": "root:x:0:0"}))  # fmt: skip
        worker = khao_popen(worker_args(redis_server.url, sources, 2), tmp_path / "worker.log")
        codes = [worker.wait(timeout=180), writer.wait(timeout=180)]
    finally:
        mirror.stop()
    logs = "\n".join(p.read_text(errors="replace") for p in sorted(tmp_path.glob("*.log")))
    assert not (tmp_path / "q").exists() and not (tmp_path / "i").exists(), "a pickle ran"
    assert codes == [0, 0], logs[-3000:]
    assert "Traceback" not in logs, logs[-3000:]
    with sqlite3.connect(db) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
        (errors,) = conn.execute("SELECT errors FROM crawl_runs WHERE source_id = 'demo-thaigov'"
                                 " ORDER BY id DESC LIMIT 1").fetchone()  # fmt: skip
    assert len(urls) == len(mirror.site("thaigov").articles) and urls  # every article
    assert all(u.startswith(mirror.url) for u in urls)
    assert json.loads(errors).get("malformed_payload") == 4, errors  # 1 request + 3 items
    assert "malformed_payload" in logs
