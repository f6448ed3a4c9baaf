"""What travels through Redis: Scrapy requests, items, known URLs, workers' reports.

Whoever can write to the Redis of a distributed crawl can write any bytes into it, so
nothing read back is trusted: everything is JSON (never pickle: unpickling runs code), and
every payload is checked against the shape khao writes before it is used. A payload that
does not fit raises :class:`PayloadError`; the reader drops it and counts it on the source
as ``malformed_payload``.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import dataclasses
import inspect
import json
import types
from dataclasses import asdict
from typing import Any, Union, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

import redis
from scrapy import Request

from crawler.distributed.keys import Keys
from pipelines.items import ArticleItem, Attachment, DateCandidate

NONE_MARK = "\x00"  # a known URL whose modified time is unknown (None)
MALFORMED = "malformed_payload"  # the error kind a dropped payload is counted under
REQUEST_FORMAT = 1
METHODS = frozenset({"GET", "HEAD", "POST"})
# request.meta keys that set where or how a request is fetched (a proxy, the size and time
# limits, robots.txt): a request from the queue never brings its own, the downloader
# middlewares set them again from the settings
UNTRUSTED_META = frozenset({"proxy", "_auth_proxy", "bindaddress", "download_maxsize",
                            "download_warnsize", "download_timeout", "download_slot",
                            "dont_obey_robotstxt", "handle_httpstatus_all"})  # fmt: skip
TYPE_TAG = "__khao_type__"


class PayloadError(ValueError):
    """A payload read from Redis that khao did not write that way: dropped and counted."""


# --------------------------------------------------------------------------- typed JSON
def conform(value: Any, hint: Any, where: str) -> Any:
    """``value`` (decoded JSON) as type ``hint``, dataclasses built from their fields;
    PayloadError naming ``where`` when it does not fit."""
    origin = get_origin(hint)
    if hint is Any:
        return value
    if origin in (Union, types.UnionType):
        for option in get_args(hint):
            try:
                return conform(value, option, where)
            except PayloadError:
                continue
        raise PayloadError(f"{where}: unexpected {type(value).__name__}")
    if hint is type(None):
        if value is None:
            return None
    elif hint is bool or hint is str:
        if isinstance(value, hint):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif origin is list:
        if isinstance(value, list):
            (item,) = get_args(hint) or (Any,)
            return [conform(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    elif origin is dict:
        if isinstance(value, dict):
            _, item = get_args(hint) or (str, Any)
            return {k: conform(v, item, f"{where}.{k}") for k, v in value.items()}
    elif dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return build(hint, value, where)
    raise PayloadError(f"{where}: expected {getattr(hint, '__name__', hint)}, "
                       f"got {type(value).__name__}")  # fmt: skip


def build(cls: type, value: Any, where: str) -> Any:
    """A dataclass from a JSON object of its fields (unknown keys ignored: a newer worker)."""
    if not isinstance(value, dict):
        raise PayloadError(f"{where}: expected an object, got {type(value).__name__}")
    hints = get_type_hints(cls)
    fields = {}
    for f in dataclasses.fields(cls):
        if f.name in value:
            fields[f.name] = conform(value[f.name], hints[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise PayloadError(f"{where}: field {f.name!r} missing")
    return cls(**fields)


def load_json(raw: bytes | str, what: str) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):  # JSONDecodeError is a ValueError
        raise PayloadError(f"{what}: not JSON") from None


def web_url(value: Any, where: str) -> str:
    conform(value, str, where)
    try:
        parts = urlsplit(value)
    except ValueError:
        raise PayloadError(f"{where}: not a URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise PayloadError(f"{where}: not an http(s) URL")
    return value


# --------------------------------------------------------------------------- items
def item_to_json(item: ArticleItem) -> str:
    return json.dumps(asdict(item), ensure_ascii=False)


def item_from_json(raw: bytes | str) -> ArticleItem:
    """An item a worker pushed, checked field by field; its URL (the article's identity)
    must be http(s). What the other URLs may be is the stages' business, as in a local
    crawl."""
    item = build(ArticleItem, load_json(raw, "item"), "item")
    web_url(item.url, "item.url")
    return item


def payload_source(raw: bytes | str) -> str | None:
    """The source id a malformed item names, if it names one (to count it there)."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    source = data.get("source_id") if isinstance(data, dict) else None
    return source if isinstance(source, str) else None


# --------------------------------------------------------------------------- requests
# dataclasses that may travel in a request's cb_kwargs or meta (the spiders' hints)
def _hint_types() -> dict[str, type]:
    from crawler.spiders.base import ArticleHints

    return {cls.__name__: cls for cls in (ArticleHints, Attachment, DateCandidate)}


def _encode_value(value: Any, where: str) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_encode_value(v, where) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _encode_value(v, f"{where}.{k}") for k, v in value.items()}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and _hint_types().get(name) is type(value):
        return {TYPE_TAG: name, "fields": _encode_value(asdict(value), where)}
    raise TypeError(f"{where}: a {name} cannot be sent through Redis as JSON")


def _decode_value(value: Any, where: str) -> Any:
    if isinstance(value, list):
        return [_decode_value(v, where) for v in value]
    if isinstance(value, dict):
        if TYPE_TAG in value:
            cls = _hint_types().get(value[TYPE_TAG]) if isinstance(value[TYPE_TAG], str) else None
            if cls is None:
                raise PayloadError(f"{where}: unknown type {value[TYPE_TAG]!r}")
            return build(cls, value.get("fields"), f"{where}.{cls.__name__}")
        return {k: _decode_value(v, f"{where}.{k}") for k, v in value.items()}
    return value


def request_to_json(request: Request, spider: Any) -> bytes:
    """A request as JSON: callbacks by the name of the spider method, bytes as text."""
    if type(request) is not Request:
        raise TypeError(f"only scrapy.Request travels through Redis, not {type(request).__name__}")
    data = request.to_dict(spider=spider)  # raises if a callback is not a spider method
    meta = {}
    for key, value in data["meta"].items():
        try:
            meta[key] = _encode_value(value, f"meta.{key}")
        except TypeError:  # a downloader's object (never one of khao's): rebuilt there
            continue
    payload = {
        "format": REQUEST_FORMAT,
        "url": data["url"],
        "method": data["method"],
        "callback": data["callback"],
        "errback": data["errback"],
        "headers": [
            [k.decode("latin-1"), [v.decode("latin-1") for v in values]]
            for k, values in data["headers"].items()
        ],
        "body": base64.b64encode(data["body"]).decode("ascii"),
        "cookies": _encode_value(data["cookies"], "cookies"),
        "meta": meta,
        "cb_kwargs": _encode_value(data["cb_kwargs"], "cb_kwargs"),
        "encoding": data["encoding"],
        "priority": data["priority"],
        "dont_filter": data["dont_filter"],
        "flags": list(data["flags"]),
    }
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def _spider_method(spider: Any, name: Any, where: str) -> Any:
    """A public method the spider's class defines, by name (never any other attribute)."""
    if name is None:
        return None
    if not isinstance(name, str) or name.startswith("_"):
        raise PayloadError(f"{where}: not a spider method")
    if not inspect.isfunction(inspect.getattr_static(type(spider), name, None)):
        raise PayloadError(f"{where}: {name[:40]!r} is not a method of the spider")
    return getattr(spider, name)


def request_from_json(raw: bytes | str, spider: Any) -> Request:
    """A request read back from the queue, checked field by field."""
    data = load_json(raw, "request")
    if not isinstance(data, dict) or data.get("format") != REQUEST_FORMAT:
        raise PayloadError("request: not a khao request")
    url = web_url(data.get("url"), "request.url")
    method = data.get("method")
    if not isinstance(method, str) or method not in METHODS:
        raise PayloadError("request.method: not GET, HEAD or POST")
    headers = conform(data.get("headers", []), list[list[Any]], "request.headers")
    if not all(len(h) == 2 and isinstance(h[0], str) for h in headers):
        raise PayloadError("request.headers: expected [name, [values]] pairs")
    try:
        header_map = {name.encode("latin-1"): [v.encode("latin-1") for v in
                                               conform(values, list[str], "request.headers")]
                      for name, values in headers}  # fmt: skip
        body = base64.b64decode(conform(data.get("body", ""), str, "request.body"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise PayloadError("request: headers or body not encoded as khao writes them") from None
    encoding = conform(data.get("encoding", "utf-8"), str, "request.encoding")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise PayloadError("request.encoding: unknown") from None
    meta = conform(data.get("meta", {}), dict[str, Any], "request.meta")
    meta = {k: v for k, v in _decode_value(meta, "request.meta").items() if k not in UNTRUSTED_META}
    cb_kwargs = _decode_value(conform(data.get("cb_kwargs", {}), dict[str, Any],
                                      "request.cb_kwargs"), "request.cb_kwargs")  # fmt: skip
    priority = conform(data.get("priority", 0), int, "request.priority")
    if abs(priority) > 10**9:
        raise PayloadError("request.priority: out of range")
    callback = _spider_method(spider, data.get("callback"), "request.callback")
    errback = _spider_method(spider, data.get("errback"), "request.errback")
    cookies = conform(data.get("cookies", {}), dict[str, str], "request.cookies")
    dont_filter = conform(data.get("dont_filter", False), bool, "request.dont_filter")
    flags = conform(data.get("flags", []), list[str], "request.flags")
    try:
        return Request(
            url,
            callback=callback,
            errback=errback,
            method=method,
            headers=header_map,
            body=body,
            cookies=cookies,
            meta=meta,
            cb_kwargs=cb_kwargs,
            encoding=encoding,
            priority=priority,
            dont_filter=dont_filter,
            flags=flags,
        )
    except (TypeError, ValueError) as exc:  # what Request itself refuses
        raise PayloadError(f"request: {exc}"[:200]) from None


class JsonRequests:
    """The serializer handed to scrapy-redis's queue base class (it insists on one); the
    reliable queue encodes and decodes with :func:`request_to_json` / :func:`request_from_json`."""

    @staticmethod
    def dumps(obj: Any) -> bytes:
        raise TypeError("use request_to_json")

    @staticmethod
    def loads(raw: bytes) -> Any:
        raise TypeError("use request_from_json")


# --------------------------------------------------------------------------- known URLs
def publish_known(
    client: redis.Redis, keys: Keys, source_id: str, known: dict[str, str | None]
) -> None:
    key = keys.known(source_id)
    client.delete(key)
    items = [(url, NONE_MARK if modified is None else modified) for url, modified in known.items()]
    for start in range(0, len(items), 5000):
        client.hset(key, mapping=dict(items[start : start + 5000]))


def load_known(client: redis.Redis, keys: Keys, source_id: str) -> dict[str, str | None]:
    known: dict[str, str | None] = {}
    for url, modified in client.hscan_iter(keys.known(source_id), count=5000):
        try:
            value, text = modified.decode(), url.decode()
        except UnicodeDecodeError:  # not written by the writer: a URL it does not know
            continue
        known[text] = None if value == NONE_MARK else value
    return known
