"""Fetch only the web: http(s) to public addresses, or to the source's own hosts.

A hostile or hacked site can link, redirect or list anything: ``file:///proc/self/environ``,
``ftp://``, ``http://169.254.169.254/`` (cloud metadata), ``http://127.0.0.1:6379/``,
``http://2130706433/`` (127.0.0.1 written as a number). ``NetworkSafetyMiddleware`` runs
first among the downloader middlewares, so it sees every request before anything is sent:
article links, listing/feed/API/sitemap pages, robots.txt, and every redirect hop (Scrapy's
RedirectMiddleware turns a 3xx into a new Request that goes through the scheduler and the
whole middleware chain again). It refuses

- any scheme but http and https (``forbidden_scheme``; Scrapy's file, ftp, s3 and data
  handlers are switched off in crawler/settings.py as well), and
- a host whose resolved addresses include a loopback, private, link-local, multicast,
  reserved, unspecified or cloud-metadata address (``forbidden_target``): every address
  ``getaddrinfo`` gives must be public,

unless the host is the source's own: the host of its ``url`` (with or without ``www.``),
a host or network in its ``allow_hosts`` list, or in the global
``KHAO_ALLOW_PRIVATE_HOSTS`` setting (intranet sources).

DNS rebinding: the verdict on a host name is taken once per source and run, and the IPv4
address that was checked is written into Scrapy's DNS cache, which the connection uses, so a
name that answers a public address to the check and a private one a moment later still
connects to the address that was checked (as long as the cache holds it: 10,000 names).
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response

from crawler.middlewares import CrawlProblem
from pipelines.urls import WEB_SCHEMES

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
DEFAULT_PORTS = {"http": 80, "https": 443}

# Cloud instance metadata services (credentials live there); most are also link-local or
# private, but 100.100.100.200 (Alibaba) and 192.0.0.192 (Oracle) are not flagged so by
# every Python version.
METADATA_ADDRESSES = ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200",
                      "192.0.0.192")  # fmt: skip
METADATA = frozenset(ipaddress.ip_address(a) for a in METADATA_ADDRESSES)
# Special-purpose ranges some Python versions still call global.
SPECIAL = tuple(ipaddress.ip_network(n) for n in ("192.0.0.0/24", "100.64.0.0/10"))


# --------------------------------------------------------------------------- pure helpers
def embedded_ipv4(ip: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (``::ffff:127.0.0.1``, 6to4, NAT64), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: Address) -> str | None:
    """Why khao must not connect to ``ip`` ('loopback', 'private', ...), or None if public."""
    inner = embedded_ipv4(ip)
    if inner is not None:
        problem = address_problem(inner)
        return f"{problem}, inside an IPv6 address" if problem else None
    if ip in METADATA:
        return "cloud metadata service"
    checks = (
        (ip.is_loopback, "loopback"),
        (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"),
        (ip.is_unspecified, "unspecified"),
        (ip.is_private, "private"),
        (ip.is_reserved, "reserved"),
        (any(ip in net for net in SPECIAL if net.version == ip.version), "special-purpose"),
        (not ip.is_global, "not public"),
    )
    return next((why for flagged, why in checks if flagged), None)


def normal_host(host: str) -> str:
    return host.strip().lower().rstrip(".").strip("[]")


@dataclass(frozen=True)
class HostPolicy:
    """Which hosts of one source may be internal: its own host(s) and the allow-lists."""

    hosts: frozenset[str]
    suffixes: tuple[str, ...] = ()  # '*.intranet.example' entries, stored as '.intranet.example'
    networks: tuple[Network, ...] = ()

    @classmethod
    def build(cls, source_url: str, *allow_lists: Iterable[str]) -> HostPolicy:
        hosts: set[str] = set()
        suffixes: list[str] = []
        networks: list[Network] = []
        own = normal_host(urlsplit(source_url).hostname or "") if source_url else ""
        if own:
            bare = own.removeprefix("www.")
            hosts.update({bare, f"www.{bare}"})
        for entry in (e for allow in allow_lists for e in allow):
            text = normal_host(str(entry))
            if not text:
                continue
            if text.startswith("*."):
                suffixes.append(text[1:])
                continue
            try:
                networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                hosts.add(text)
        return cls(frozenset(hosts), tuple(suffixes), tuple(networks))

    def allows_host(self, host: str) -> bool:
        host = normal_host(host)
        return host in self.hosts or any(host.endswith(s) for s in self.suffixes)

    def allows_address(self, ip: Address) -> bool:
        return any(ip in net for net in self.networks if net.version == ip.version)


def literal_address(host: str) -> Address | None:
    """The address a host written as one stands for: ``127.0.0.2``, ``[::1]``, and the old
    forms resolvers still accept (``2130706434``, ``0x7f000002``, ``127.2``)."""
    host = normal_host(host)
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if not host or not all(c in "0123456789abcdefx." for c in host) or not host[0].isdigit():
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


Resolver = Callable[[str, int], Awaitable[list[str]]]


async def resolve_all(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), off the reactor thread."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def through_proxy() -> bool:
    """With a proxy configured the proxy resolves names, and may be the only one able to."""
    return any(os.environ.get(name) for name in ("http_proxy", "https_proxy", "HTTP_PROXY",
                                                 "HTTPS_PROXY"))  # fmt: skip


# --------------------------------------------------------------------------- the middleware
class NetworkSafetyMiddleware:
    """Refuse non-web schemes and internal targets before a request leaves (module doc)."""

    def __init__(self, policy: HostPolicy, resolve: Resolver = resolve_all) -> None:
        self.policy = policy
        self.resolve = resolve
        self.verdicts: dict[str, str | None] = {}  # host -> why it is refused (None: fine)

    @classmethod
    def from_crawler(cls, crawler: Any) -> NetworkSafetyMiddleware:
        settings = crawler.settings
        options = settings.get("KHAO_SOURCE_OPTIONS") or {}
        source_url = settings.get("KHAO_SOURCE_URL") or ""
        if not source_url and getattr(crawler, "spider", None) is not None:
            source_url = getattr(getattr(crawler.spider, "source", None), "url", "")
        policy = HostPolicy.build(
            source_url,
            options.get("allow_hosts") or [],
            settings.getlist("KHAO_ALLOW_PRIVATE_HOSTS"),
        )
        return cls(policy)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        try:
            parts = urlsplit(request.url)
            host, port = parts.hostname or "", parts.port
        except ValueError:
            raise CrawlProblem("forbidden_target", f"not a valid URL: {request.url}") from None
        scheme = parts.scheme.lower()
        via = redirect_note(request)
        if scheme not in WEB_SCHEMES:
            raise CrawlProblem(
                "forbidden_scheme",
                f"only http and https are fetched, not {scheme or 'a relative'} URLs{via}",
            )
        if not host:
            raise CrawlProblem("forbidden_target", f"no host in the URL{via}")
        if self.policy.allows_host(host):
            return None
        problem = await self.verdict(host, port or DEFAULT_PORTS[scheme])
        if problem:
            raise CrawlProblem(
                "forbidden_target",
                f"{problem}, not the source's own host: not fetched{via} (allow_hosts in "
                "docs/sources.md)",
            )
        return None

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        """A redirect to a non-web URL: Scrapy does not follow it and hands the 3xx on;
        name it (instead of an unexplained ``http_302``)."""
        location = response.headers.get("Location") if 300 <= response.status < 400 else None
        if location:
            try:
                target = response.urljoin(location.decode("latin-1").strip())
            except ValueError:
                target = location.decode("latin-1")
            scheme = urlsplit(target).scheme.lower() if ":" in target else ""
            if scheme and scheme not in WEB_SCHEMES:
                raise CrawlProblem("forbidden_scheme", f"redirect to a {scheme}: URL, not "
                                   f"followed (from {request.url})")  # fmt: skip
        return response

    async def verdict(self, host: str, port: int) -> str | None:
        host = normal_host(host)
        if host in self.verdicts:
            return self.verdicts[host]
        literal = literal_address(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                addresses = await self.resolve(host, port)
            except OSError as exc:
                if through_proxy():
                    return None  # the proxy resolves (and answers for) this name
                raise CrawlProblem("dns", f"host name not found: {host} ({exc})") from None
        problem = self.judge(host, addresses)
        self.verdicts[host] = problem
        if problem is None and literal is None:
            pin(host, addresses)
        return problem

    def judge(self, host: str, addresses: list[str]) -> str | None:
        """Every address must be public (or explicitly allowed): one internal one is enough
        for a connection to land there."""
        if not addresses:
            return f"{host} resolves to no address"
        for text in addresses:
            ip = ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone id
            why = address_problem(ip)
            if why and not self.policy.allows_address(ip):
                named = host if host == str(ip) else f"{host} resolves to {ip}"
                return f"{named}, a {why} address"
        return None


def redirect_note(request: Request) -> str:
    chain = request.meta.get("redirect_urls") or []
    return f" (redirected from {chain[-1]})" if chain else ""


def pin(host: str, addresses: list[str]) -> None:
    """Make the connection use the IPv4 address that was checked (see the module doc):
    Scrapy's default resolver answers from this cache before asking DNS again."""
    from scrapy.resolver import dnscache

    ipv4 = next((a for a in addresses if "." in a and ":" not in a), None)
    if ipv4 is not None:
        dnscache[host] = ipv4
