"""URL canonicalisation: one press release, one identity, however its URL was written.

Two functions, two jobs:

- ``canonical_url(url)`` cleans a URL but keeps it fetchable: lower-case host, no default
  port, no fragment, no tracking parameters, sorted query, consistent percent-encoding.
  It is what ``articles.canonical_url`` holds and what a reader clicks.
- ``url_key(url)`` is the identity used for ``articles.id`` and ``url_aliases``: the
  canonical URL without scheme, ``www.`` and trailing slash, because Thai agency sites
  answer the same page on http and https, with and without ``www.``, with and without
  the slash, and link to all of them.

WordPress's ``?p=N`` shortlink and the slug URL of the same post cannot be told apart
from the URL alone; the dedupe stage records both as aliases of one article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Parameters that say how a reader arrived, never which page they read.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
        "ref", "ref_src", "ref_url", "fb_action_ids", "fb_action_types", "fb_source",
        "action_object_map", "action_type_map", "amp",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": "80", "https": "443"}
# RFC 3986 characters that never need escaping in a path or query.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"
_QUERY_SAFE = ":@!$'()*+,;/?-._~"
_SLASHES = re.compile(r"/{2,}")


def is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _host(netloc: str, scheme: str) -> str:
    host = netloc.rsplit("@", 1)[-1].lower()  # credentials never identify a page
    name, _, port = host.partition(":") if not host.startswith("[") else (host, "", "")
    name = name.rstrip(".")
    if port and port != DEFAULT_PORTS.get(scheme):
        return f"{name}:{port}"
    return name


def _path(path: str) -> str:
    # unquote then quote: Thai slugs arrive both raw and percent-encoded, in either case.
    path = quote(unquote(path), safe=_PATH_SAFE)
    path = _SLASHES.sub("/", path)
    return path or "/"


def _query(query: str) -> str:
    pairs = [
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if not is_tracking(name)
    ]
    pairs.sort()  # ?a=1&b=2 and ?b=2&a=1 are one page
    return urlencode(pairs, quote_via=quote, safe=_QUERY_SAFE)


# Pure functions of a string, called several times for one URL in one crawl (an article's id
# is taken 4 times, a page's site once for every link on it): each result is kept for the
# latest URLs (issue 17, sixth pass). 4,096 short strings a cache: ~1 MB.
_URL_CACHE = 4096


@lru_cache(maxsize=_URL_CACHE)
def canonical_url(url: str) -> str:
    """A clean, still fetchable form of ``url`` (see the module docstring)."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url  # not an absolute web URL: leave it alone rather than guess
    scheme = parts.scheme.lower()
    return urlunsplit(
        (scheme, _host(parts.netloc, scheme), _path(parts.path), _query(parts.query), "")
    )


@lru_cache(maxsize=_URL_CACHE)
def url_key(url: str) -> str:
    """The identity of a page: canonical URL without scheme, ``www.`` and trailing slash."""
    clean = canonical_url(url)
    parts = urlsplit(clean)
    if not parts.scheme or not parts.netloc:
        return clean
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    key = host + path
    return f"{key}?{parts.query}" if parts.query else key


# --------------------------------------------------------------------------- web URLs only
WEB_SCHEMES = frozenset({"http", "https"})


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host: the only URLs khao fetches or stores.

    ``javascript:``, ``data:``, ``file:``, ``ftp:`` and friends are refused everywhere a
    URL comes from a page, a feed or an API (links, canonical, images, attachments).
    """
    if not url or not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:  # an unbalanced "[" in the host, a port that is not a number
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(host)


def web_url_or_none(url: str | None) -> str | None:
    """``url`` when it is a web URL (see ``is_web_url``), else None."""
    return url if is_web_url(url) else None


@lru_cache(maxsize=_URL_CACHE)
def site_of(url: str) -> str:
    """The site a URL belongs to: its host and non-default port, without ``www.``.

    Two URLs of one site may decide each other's identity (a page's canonical link, a
    WordPress post's ``link``); a URL of another site never does (``same_site``).
    """
    if not is_web_url(url):
        return ""
    return urlsplit(canonical_url(url)).netloc.removeprefix(
        "www."
    )  # canonical_url lowered it, dropped :80/:443


def same_site(url: str, other: str) -> bool:
    site = site_of(url)
    return bool(site) and site == site_of(other)
