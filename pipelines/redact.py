"""Secrets in URLs, kept out of every message, log line and stored row (pure functions).

Two kinds of URL hold secrets in khao: the Redis URL of a distributed crawl
(``redis://:PASSWORD@host:6379/0``) and the apprise URLs of alert targets, whose secret may
sit anywhere: ``line://TOKEN/user``, ``pover://USER@TOKEN``, ``slack://A/B/C``,
``tgram://123456:AAH…/chat``, ``json://user:password@host/path?token=…``. So:

- :func:`redact_url` masks the password (and secret-looking query values) of a URL whose
  host is a real server, for messages that must still say where (Redis).
- :func:`target_label` is what an alert target may be shown and stored as: the scheme, and
  the host only for schemes whose host is a server name; never user, password, path, query.
- :func:`secret_parts` / :func:`scrub` take every piece of a URL that could be a secret out
  of a free text (a delivery error, an apprise log line).

Lives in ``pipelines`` because every layer needs it: the alert ledger's migration
(``pipelines.storage.migrations``), the Redis connection (``crawler.distributed``), alerts
and the CLI (``khao``).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote

MASK = "***"
ELLIPSIS = "…"
# apprise schemes whose host part is a server name (a webhook host, a mail domain), not a
# token; every other scheme's "host" may be a token (line, pover, tgram, slack, discord, ...)
SERVER_HOST_SCHEMES = frozenset({"json", "jsons", "xml", "xmls", "form", "forms", "mailto",
                                 "mailtos", "http", "https", "redis", "rediss"})  # fmt: skip
SECRET_QUERY_KEY = re.compile(r"pass|token|secret|key|auth|sig|pwd", re.I)
HOST_NAME = re.compile(r"^[A-Za-z0-9.-]{1,253}$|^\[[0-9A-Fa-f:.]+\]$")
MIN_PART = 6  # shorter pieces of a URL ("hook", "api", a port) are not worth masking in text


URL_PARTS = re.compile(r"^(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?P<netloc>[^/?#]*)"
                       r"(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?$", re.S)  # fmt: skip


def split(url: str) -> tuple[str, str, str, str | None, str | None]:
    """(scheme, netloc, path, query, fragment) without interpreting any of them: a port that
    is not a number (a Telegram token ``123:AAH…``) raises nothing."""
    m = URL_PARTS.match(url)
    assert m is not None  # every part of the pattern is optional
    return ((m["scheme"] or "").lower(), m["netloc"], m["path"], m["query"], m["fragment"])


def host_port(netloc: str) -> tuple[str, str]:
    """(host, port text) of a netloc, the user information left out."""
    hostport = netloc.rpartition("@")[2]
    if hostport.startswith("["):
        host, _, rest = hostport.partition("]")
        return host + "]", rest.removeprefix(":")
    host, _, port = hostport.partition(":")
    return host, port


def redact_url(url: str) -> str:
    """The URL with its password and secret-looking query values replaced by ``***``:
    ``redis://:pw@127.0.0.1:6379/0`` → ``redis://:***@127.0.0.1:6379/0``."""
    scheme, netloc, path, query, fragment = split(url)
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:{MASK}@{hostport}" if has_password else f"{MASK}@{hostport}"
    out = (f"{scheme}://" if scheme else "") + netloc + path
    if query is not None:
        pairs = [
            f"{key}={MASK}" if eq and SECRET_QUERY_KEY.search(unquote(key)) else key + eq + value
            for key, eq, value in (part.partition("=") for part in query.split("&"))
        ]
        out += "?" + "&".join(pairs)
    return out + (f"#{fragment}" if fragment is not None else "")


def target_label(url: str) -> str:
    """How an alert target is shown and stored: ``json://hooks.example.org``,
    ``mailto://example.org``, ``tgram://…``. Safe to apply to a label again."""
    scheme, netloc, *_ = split(url)
    if not scheme:
        return ELLIPSIS
    host, port = host_port(netloc)
    if scheme in SERVER_HOST_SCHEMES and HOST_NAME.match(host):
        return f"{scheme}://{host.lower()}" + (f":{port}" if port.isdigit() else "")
    return f"{scheme}://{ELLIPSIS}"


def secret_parts(url: str) -> list[str]:
    """Every piece of ``url`` that may be a secret (user, password, a host that is a token,
    path segments, query values), longest first, for :func:`scrub`."""
    scheme, netloc, path, query, _ = split(url)  # the fragment: a channel name (#news)
    userinfo, at, hostport = netloc.rpartition("@")
    parts = {userinfo, *userinfo.split(":")} if at else set()
    if scheme not in SERVER_HOST_SCHEMES:
        parts.update((hostport, *host_port(netloc)))
    parts.update(re.split(r"[/,]", path))
    parts.update(value for _, value in parse_qsl(query or "", keep_blank_values=True))
    parts.update(piece for part in list(parts) for piece in part.split(":"))
    found = {p for p in parts if len(p) >= MIN_PART}
    found |= {unquote(p) for p in found} | {quote(p, safe="") for p in found}
    return sorted((p for p in found if len(p) >= MIN_PART), key=len, reverse=True)


def scrub(text: str, parts: list[str]) -> str:
    """``text`` with every one of ``parts`` (any case) replaced by ``***``."""
    for part in parts:
        text = re.sub(re.escape(part), MASK, text, flags=re.I)
    return text
