"""Source checks (``khao sources check [ID ...]``): fetch each source's first listing once and say what works.

The command a user runs once online: per source, reachable / blocked (403, firewall page,
robots.txt) / no items (often a JavaScript app) / ok with N items. One plain HTTP request
per source (plus robots.txt), no crawl, nothing stored.
"""

from __future__ import annotations

import functools
import http.client
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urljoin

from parsel import Selector

from crawler.sources import Source

if TYPE_CHECKING:
    from crawler.safety import HostPolicy

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
    error_kind: str = ""  # with error: dns, refused, timeout, tls, forbidden_target, network
    final_url: str = ""  # where the redirects (if any) ended


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


MAX_BODY = 5_000_000  # bytes read of one answer: a listing or feed is far smaller
CHUNK = 65_536


class ForbiddenTarget(OSError):
    """A host that is, or resolves to, an internal address (crawler/safety.py's rule)."""


def allow_private_hosts() -> list[str]:
    """``KHAO_ALLOW_PRIVATE_HOSTS`` (comma-separated hosts or networks), as the crawler reads it."""
    return [
        h.strip() for h in os.environ.get("KHAO_ALLOW_PRIVATE_HOSTS", "").split(",") if h.strip()
    ]


def vetted_addresses(host: str, port: int, policy: HostPolicy) -> list[str] | None:
    """The checked addresses to connect to, None to connect by name (the policy allows the
    host); ForbiddenTarget when one address is internal, gaierror when the name is unknown."""
    from crawler.safety import NetworkSafetyMiddleware, literal_address, through_proxy

    if policy.allows_host(host):
        return None
    literal = literal_address(host)
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror:
            if through_proxy():
                return None  # the proxy resolves (and answers for) this name
            raise
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    problem = NetworkSafetyMiddleware(policy).judge(host, addresses)
    if problem:
        raise ForbiddenTarget(f"{problem}: not fetched")
    return addresses


def _connect_any(addresses: list[str], address: tuple[str, int], timeout: Any = None,
                 source_address: Any = None) -> socket.socket:  # fmt: skip
    """Connect to one of the checked addresses, never to a fresh lookup of the name (DNS
    rebinding: the name could answer an internal address the second time)."""
    last: OSError | None = None
    for ip in addresses:
        try:
            return socket.create_connection((ip, address[1]), timeout, source_address)
        except OSError as exc:
            last = exc
    raise last or OSError(f"no address for {address[0]}")


class _Guard:
    """Every hop (the first request and each redirect) is checked against the policy before
    a connection is opened, and connects to the address that was checked."""

    policy: HostPolicy

    def do_open(self, http_class: Any, req: urllib.request.Request, **kwargs: Any) -> Any:
        parts = urllib.parse.urlsplit(req.full_url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = vetted_addresses(host, port, self.policy)
        proxied = req.has_proxy() or bool(getattr(req, "_tunnel_host", None))

        def connection(*args: Any, **kw: Any) -> Any:
            conn = http_class(*args, **kw)
            if addresses and not proxied:
                conn._create_connection = functools.partial(_connect_any, addresses)
            return conn

        return super().do_open(connection, req, **kwargs)  # type: ignore[misc]


class _GuardedHTTP(_Guard, urllib.request.HTTPHandler):
    def __init__(self, policy: HostPolicy) -> None:
        super().__init__()
        self.policy = policy


class _GuardedHTTPS(_Guard, urllib.request.HTTPSHandler):
    def __init__(self, policy: HostPolicy) -> None:
        super().__init__()
        self.policy = policy


class _WebOnly(urllib.request.UnknownHandler):
    def unknown_open(self, req: urllib.request.Request) -> Any:
        scheme = req.type or "a relative"
        raise urllib.error.URLError(ForbiddenTarget(f"only http and https are fetched, not "
                                                    f"{scheme} URLs ({req.full_url})"))  # fmt: skip


def opener(policy: HostPolicy) -> urllib.request.OpenerDirector:
    """http and https only: no ftp, file or data handlers (a redirect to ``ftp://`` or
    ``file://`` is refused as an unknown URL type)."""
    director = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), _WebOnly(),
                    _GuardedHTTP(policy), _GuardedHTTPS(policy),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPRedirectHandler(),
                    urllib.request.HTTPErrorProcessor()):  # fmt: skip
        director.add_handler(handler)
    return director


def fetch(
    url: str, timeout: float, policy: HostPolicy | None = None, deadline: float | None = None
) -> Fetched:
    """One GET with khao's User-Agent; redirects followed only to hosts the policy allows
    (default: the URL's own host, and public addresses), at most MAX_BODY bytes read, and
    nothing once ``deadline`` (``time.monotonic()``) has passed."""
    from crawler.safety import HostPolicy

    policy = policy or HostPolicy.build(url, allow_private_hosts())
    if deadline is not None:
        timeout = min(timeout, deadline - time.monotonic())
        if timeout <= 0:
            return Fetched(url, error="time budget used up", error_kind="timeout")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": "*/*"})
    try:
        with opener(policy).open(request, timeout=timeout) as response:
            body = read_capped(response, MAX_BODY, deadline)
            return Fetched(url, response.status, response.headers.get("Content-Type", ""), body,
                           headers=dict(response.headers.items()),
                           final_url=response.geturl())  # fmt: skip
    except urllib.error.HTTPError as exc:
        return Fetched(url, exc.code, exc.headers.get("Content-Type", "") if exc.headers else "",
                       exc.read(200_000) if exc.fp else b"", final_url=exc.geturl() or url)  # fmt: skip
    except TimeoutError:
        return Fetched(url, error=f"no answer within {timeout:g} s", error_kind="timeout")
    except urllib.error.URLError as exc:
        return Fetched(url, error=network_error(exc.reason, url),
                       error_kind=error_kind(exc.reason))  # fmt: skip
    except (OSError, ValueError, http.client.HTTPException) as exc:
        return Fetched(url, error=network_error(exc, url), error_kind=error_kind(exc))


def read_capped(response: Any, limit: int, deadline: float | None) -> bytes:
    """At most ``limit`` bytes, and none after the deadline (a server that drips one byte a
    second never times a single read out)."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError("time budget used up while reading")
        chunk = response.read(min(CHUNK, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def error_kind(reason: object) -> str:
    """One word for why no HTTP answer came back (the report's status column)."""
    import ssl

    if isinstance(reason, ForbiddenTarget):
        return "forbidden_target"
    if isinstance(reason, socket.gaierror):
        return "dns"
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout"
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return "tls"
    return "network"


def network_error(reason: object, url: str = "") -> str:
    """What a failed connection means, in words: ``[Errno -2] Name or service not known``
    says little to someone whose machine is offline."""
    host = urllib.parse.urlsplit(url).hostname
    if isinstance(reason, ForbiddenTarget):
        return str(reason)
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
    links = select_attr(
        Selector(text=decode(body, source), type="html"), source.selectors["link_selector"]
    )
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


def source_policy(source: Source) -> HostPolicy:
    """The hosts a source may reach on internal addresses, as its crawl would allow them."""
    from crawler.safety import HostPolicy

    return HostPolicy.build(source.url, source.option("allow_hosts") or [], allow_private_hosts())


def robots_verdict(robots: Fetched, url: str) -> bool | None:
    """Whether the fetched robots.txt lets khao's User-Agent fetch ``url``; None when it
    could not be read (then crawling is allowed, as Scrapy's middleware does)."""
    if robots.error or robots.status != 200:
        return None
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(robots.body.decode("utf-8", errors="replace").splitlines())
    return parser.can_fetch(user_agent(), url)


def robots_allows(url: str, timeout: float, policy: HostPolicy | None = None) -> bool | None:
    """None when robots.txt cannot be read (then crawling is allowed, as Scrapy does)."""
    return robots_verdict(fetch(urljoin(url, "/robots.txt"), timeout, policy), url)


def check_source(source: Source, timeout: float) -> CheckResult:
    urls = probe_urls(source)
    policy = source_policy(source)
    if source.option("obey_robots", True) and robots_allows(urls[0], timeout, policy) is False:
        return CheckResult(source.id, source.kind, "blocked", f"robots.txt disallows {urls[0]}")
    outcome: CheckResult | None = None
    for url in urls:
        outcome = classify(source, fetch(url, timeout, policy))
        # WordPress: try the next way only when this one answered but listed nothing
        if outcome.result in ("ok", "blocked", "unreachable"):
            break
    assert outcome is not None
    return outcome


def check_sources(sources: list[Source], timeout: float, workers: int) -> list[CheckResult]:
    """Check several sources at once (each site gets its own requests)."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda s: check_source(s, timeout), sources))
