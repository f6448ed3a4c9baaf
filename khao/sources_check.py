"""Source checks (``khao sources check [ID ...]``): fetch each source's first listing once and say what works.

The command a user runs once online: per source, reachable / blocked (403, firewall page,
robots.txt) / no items (often a JavaScript app) / ok with N items. One plain HTTP request
per source (plus robots.txt), no crawl, nothing stored.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin

from parsel import Selector

from crawler.sources import Source

FIREWALL_MARKERS = (
    "The requested URL was rejected",  # F5 BIG-IP ASM, common on Thai government sites
    "Request Rejected",
    "Access Denied",
    "Attention Required! | Cloudflare",
    "Just a moment...",  # Cloudflare challenge
    "Incapsula incident",
    "_Incapsula_Resource",
    "Sucuri WebSite Firewall",
)
JS_APP_MARKERS = ('id="__next"', "__NUXT__", 'id="root"', "ng-version", 'id="app"')


@dataclass
class Fetched:
    url: str
    status: int = 0
    content_type: str = ""
    body: bytes = b""
    error: str = ""  # set when no HTTP answer came back
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class CheckResult:
    source_id: str
    kind: str
    result: str  # ok / no items / blocked / unreachable / error
    detail: str
    items: int = 0


def user_agent() -> str:
    from crawler import settings

    return settings.USER_AGENT


def fetch(url: str, timeout: float) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Fetched(url, response.status, response.headers.get("Content-Type", ""),
                           response.read(5_000_000), headers=dict(response.headers.items()))  # fmt: skip
    except urllib.error.HTTPError as exc:
        return Fetched(url, exc.code, exc.headers.get("Content-Type", "") if exc.headers else "",
                       exc.read(200_000) if exc.fp else b"")  # fmt: skip
    except TimeoutError:
        return Fetched(url, error=f"no answer within {timeout:g} s")
    except urllib.error.URLError as exc:
        return Fetched(url, error=network_error(exc.reason, url))
    except (OSError, ValueError) as exc:
        return Fetched(url, error=network_error(exc, url))


def network_error(reason: object, url: str = "") -> str:
    """What a failed connection means, in words: ``[Errno -2] Name or service not known``
    says little to someone whose machine is offline."""
    import socket

    host = urllib.parse.urlsplit(url).hostname
    if isinstance(reason, socket.gaierror):
        where = f" {host}" if host else ""
        return f"host name{where} not found (no network, or no DNS?)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (the site is down or blocks this address)"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "no answer (a firewall, or no network?)"
    if isinstance(reason, OSError) and reason.errno in (101, 113):  # ENETUNREACH, EHOSTUNREACH
        return f"{reason.strerror} (no network?)"
    return str(getattr(reason, "strerror", None) or reason)


def probe_urls(source: Source) -> list[str]:
    """The first listing of a source, in the order its spider would try them."""
    if source.kind != "wordpress":
        return [source.url]
    root = source.url if source.url.endswith("/") else source.url + "/"
    query = {"per_page": 10, "page": 1}
    return [
        f"{root}wp-json/wp/v2/posts?{urlencode(query)}",
        f"{root}?{urlencode({'rest_route': '/wp/v2/posts', **query})}",
        source.option("feed_url") or root + "feed/",
    ]


def decode(body: bytes, source: Source) -> str:
    if source.encoding:
        return body.decode(source.encoding, errors="replace")
    text = body.decode("utf-8", errors="replace")
    return body.decode("cp874", errors="replace") if text.count("\ufffd") > 2 else text


def count_items(source: Source, url: str, body: bytes) -> int:
    """How many articles the first listing shows, read the way the spider reads it."""
    import json

    from crawler.extract import select_attr
    from crawler.limits import Caps, LimitExceeded
    from crawler.spiders.feed import parse_feed_entries
    from crawler.spiders.sitemap import parse_sitemap

    if source.kind == "wordpress" and "/feed/" not in url and not url.endswith("feed"):
        try:
            posts = json.loads(body)
        except ValueError:
            return 0
        return len(posts) if isinstance(posts, list) else 0
    try:  # a feed or sitemap too big to read (crawler.limits) shows no items
        if source.kind in ("feed", "wordpress"):
            return len(parse_feed_entries(body, url, Caps.max_json_containers)[1])
        if source.kind == "sitemap":
            return len(parse_sitemap(body)[1])
    except LimitExceeded:
        return 0
    links = select_attr(Selector(text=decode(body, source)), source.selectors["link_selector"])
    return len({urljoin(url, link) for link in links})


def classify(source: Source, fetched: Fetched) -> CheckResult:
    """Turn one answer into one line a user can act on."""

    def result(kind: str, detail: str, items: int = 0) -> CheckResult:
        return CheckResult(source.id, source.kind, kind, detail, items)

    if fetched.error:
        return result("unreachable", fetched.error)
    text = fetched.body[:200_000].decode("utf-8", errors="replace")
    if fetched.status in (401, 403, 451):
        firewall = next((m for m in FIREWALL_MARKERS if m in text), None)
        why = f" (firewall page: {firewall!r})" if firewall else ""
        return result("blocked", f"HTTP {fetched.status}{why}")
    if fetched.status == 429:
        return result("blocked", "HTTP 429: rate limited")
    if fetched.status != 200:
        return result("error", f"reachable, but HTTP {fetched.status} at {fetched.url}")
    firewall = next((m for m in FIREWALL_MARKERS if m in text), None)
    if firewall and len(text) < 20_000:
        return result("blocked", f"firewall page ({firewall!r}) instead of the listing")
    items = count_items(source, fetched.url, fetched.body)
    if items == 0:
        js_app = any(m in text for m in JS_APP_MARKERS)
        hint = "; the page looks like a JavaScript app" if js_app else ""
        return result("no items", f"HTTP 200 but no articles found at {fetched.url}{hint}")
    return result("ok", f"{items} items at {fetched.url}", items)


def robots_allows(url: str, timeout: float) -> bool | None:
    """None when robots.txt cannot be read (then crawling is allowed, as Scrapy does)."""
    robots = urljoin(url, "/robots.txt")
    fetched = fetch(robots, timeout)
    if fetched.error or fetched.status != 200:
        return None
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
    return parser.can_fetch(user_agent(), url)


def check_source(source: Source, timeout: float) -> CheckResult:
    urls = probe_urls(source)
    if source.option("obey_robots", True) and robots_allows(urls[0], timeout) is False:
        return CheckResult(source.id, source.kind, "blocked", f"robots.txt disallows {urls[0]}")
    outcome: CheckResult | None = None
    for url in urls:
        outcome = classify(source, fetch(url, timeout))
        # WordPress: try the next way only when this one answered but listed nothing
        if outcome.result in ("ok", "blocked", "unreachable"):
            break
    assert outcome is not None
    return outcome


def check_sources(sources: list[Source], timeout: float, workers: int) -> list[CheckResult]:
    """Check several sources at once (each site gets its own requests)."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda s: check_source(s, timeout), sources))
