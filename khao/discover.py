"""Source discovery (``khao sources add URL``): find how a site publishes its news and
write the sources.yaml entry for it. A library module: the CLI only prints or appends.

In the order a crawl would prefer them:

1. WordPress REST API: a ``Link: <...>; rel="https://api.w.org/"`` header or ``<link
   rel="https://api.w.org/">``, else ``/wp-json/wp/v2/posts`` or ``?rest_route=`` answering
   with a JSON list of posts;
2. a feed: ``<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">``, else
   the usual paths (``/feed/``, ``/rss.xml``, ``/atom.xml``, ``/feed.json``);
3. a sitemap: ``Sitemap:`` lines of robots.txt, else ``/sitemap_index.xml``,
   ``/sitemap.xml``;
4. else a news listing: the page (or the page its "ข่าว" link leads to) with the largest
   group of article links sharing one URL shape; ``link_selector`` and ``next_selector``
   are inferred from it.

Every probe is one plain GET through ``fetch`` (injectable for tests); nothing is stored.
The probes obey the site's robots.txt as a crawl would (``RobotsGate``); only the URL the
user typed is fetched whatever robots.txt says, as a browser would.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlparse

from parsel import Selector

from crawler.sources import ID_PATTERN
from khao.sources_check import Fetched, robots_verdict
from khao.sources_check import fetch as http_fetch

Fetch = Callable[[str], Fetched]
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
              "application/json")  # fmt: skip
FEED_PATHS = ("feed/", "rss.xml", "rss", "atom.xml", "feed.json", "index.xml")
SITEMAP_PATHS = ("sitemap_index.xml", "sitemap.xml", "wp-sitemap.xml")
NEWS_LINK_RE = re.compile(r"ข่าวประชาสัมพันธ์|ข่าวสาร|ข่าวกิจกรรม|^ข่าว$|^news$|press", re.I)
NEXT_TEXT_RE = re.compile(r"^(?:ถัดไป|หน้าถัดไป|หน้าต่อไป|next|»|›|>|>>|next\s*»|ถัดไป\s*[»>›])$",
                          re.I)  # fmt: skip
MIN_LINKS = 3


@dataclass
class Discovery:
    """What was found: a sources.yaml entry (``entry``) and how (``notes``)."""

    entry: dict[str, Any] | None
    notes: list[str] = field(default_factory=list)
    robots_disallowed: bool = False  # the entry's first URL (or a probe) is off limits to khao


def source_id_for(url: str) -> str:
    """A source id from the URL: ``https://www.obec.go.th/`` → ``obec``; a site on an IP
    or in a folder keeps its folder (``127.0.0.1:8000/obec/`` → ``127-0-0-1-obec``)."""
    parsed = urlparse(url)
    host = (parsed.hostname or "site").lower()
    host = re.sub(r"^www\d?\.", "", host)
    host = re.sub(r"\.(?:go|ac|or|co|in|mi|net)\.th$|\.(?:com|org|net|th)$", "", host)
    parts = [host.replace(".", "-")]
    folder = next((p for p in parsed.path.split("/") if p and "." not in p), "")
    if folder and (re.fullmatch(r"[\d-]+", parts[0]) or parts[0] == "localhost"):
        parts.append(folder)
    candidate = re.sub(r"[^a-z0-9_.-]+", "-", "-".join(parts).lower()).strip("-.") or "site"
    return candidate if ID_PATTERN.match(candidate) else f"s-{candidate}"


def _text(fetched: Fetched) -> str:
    text = fetched.body[:3_000_000].decode("utf-8", errors="replace")
    if text.count("\ufffd") > 2:
        text = fetched.body[:3_000_000].decode("cp874", errors="replace")
    return text


def _ok(fetched: Fetched) -> bool:
    return not fetched.error and fetched.status == 200 and bool(fetched.body)


def _site_root(url: str) -> str:
    """The folder the site lives in: the URL's directory (WordPress in /pr/ has /pr/wp-json)."""
    parsed = urlparse(url)
    path = parsed.path if parsed.path.endswith("/") else parsed.path.rsplit("/", 1)[0] + "/"
    return f"{parsed.scheme}://{parsed.netloc}{path}"


# ------------------------------------------------------------------ WordPress


def _api_link(fetched: Fetched, page: Selector | None) -> str | None:
    header = fetched.headers.get("Link") or fetched.headers.get("link") or ""
    match = re.search(r'<([^>]+)>\s*;\s*rel="?https://api\.w\.org/"?', header)
    if match:
        return urljoin(fetched.url, match.group(1))
    if page is not None:
        href = page.xpath('//link[@rel="https://api.w.org/"]/@href').get()
        if href:
            return urljoin(fetched.url, href)
    return None


def _posts_listed(fetched: Fetched) -> bool:
    if not _ok(fetched):
        return False
    try:
        posts = json.loads(fetched.body)
    except ValueError:
        return False
    return (
        isinstance(posts, list)
        and bool(posts)
        and isinstance(posts[0], dict)
        and ("link" in posts[0] or "title" in posts[0])
    )


def find_wordpress(url: str, fetched: Fetched, page: Selector | None, fetch: Fetch) -> str | None:
    """The site root whose REST API lists posts, or None."""
    roots: list[str] = []
    api = _api_link(fetched, page)
    if api:
        roots.append(api.split("wp-json")[0] if "wp-json" in api else _site_root(api))
    roots += [r for r in (_site_root(url), urljoin(url, "/")) if r not in roots]
    for root in roots:
        for probe in (f"{root}wp-json/wp/v2/posts?per_page=1",
                      f"{root}?rest_route=/wp/v2/posts&per_page=1"):  # fmt: skip
            if _posts_listed(fetch(probe)):
                return root
        if not api:
            break  # without the API link, only the page's own folder is worth a guess
    return None


# ------------------------------------------------------------------ feeds and sitemaps


def _feed_entries(fetched: Fetched) -> int:
    from crawler.limits import LimitExceeded
    from crawler.spiders.feed import parse_feed_entries

    if not _ok(fetched):
        return 0
    try:
        return len(parse_feed_entries(fetched.body, fetched.url, 100_000)[1])
    except (LimitExceeded, ValueError):
        return 0


def find_feed(url: str, page: Selector | None, fetch: Fetch) -> tuple[str, int] | None:
    declared = []
    if page is not None:
        for link in page.xpath('//link[@rel="alternate"][@href]'):
            if (link.attrib.get("type") or "").split(";")[0].strip().lower() in FEED_TYPES:
                declared.append(urljoin(url, link.attrib["href"]))
    root = _site_root(url)
    for candidate in [*declared, *(root + p for p in FEED_PATHS)]:
        count = _feed_entries(fetch(candidate))
        if count:
            return candidate, count
    return None


def read_sitemap(url: str, fetch: Fetch) -> tuple[str, list[str]] | None:
    """(kind, absolute <loc> URLs) of the sitemap at ``url``; None when it is none."""
    from crawler.limits import LimitExceeded
    from crawler.spiders.sitemap import parse_sitemap

    fetched = fetch(url)
    if not _ok(fetched):
        return None
    try:
        kind, entries, _ = parse_sitemap(fetched.body)
    except (LimitExceeded, ValueError):
        return None
    return (kind, [urljoin(url, e.loc) for e in entries]) if kind and entries else None


def find_sitemap(url: str, fetch: Fetch) -> tuple[str, int, dict[str, str]] | None:
    """The first sitemap found, its number of entries and the options that keep its article
    URLs (``url_pattern``, ``sitemap_pattern``; see ``sitemap_options``)."""
    candidates: list[str] = []
    robots = fetch(urljoin(url, "/robots.txt"))
    if _ok(robots):
        for line in _text(robots).splitlines():
            if line.lower().startswith("sitemap:"):
                candidates.append(line.split(":", 1)[1].strip())
    root = _site_root(url)
    candidates += [root + p for p in SITEMAP_PATHS]
    for candidate in candidates:
        if found := read_sitemap(candidate, fetch):
            kind, locs = found
            return candidate, len(locs), sitemap_options(kind, locs, fetch)
    return None


ARTICLE_SITEMAP_RE = re.compile(r"post|news|article|content|ข่าว", re.I)
MAX_CHILD_SITEMAPS = 3


def sitemap_options(kind: str, locs: list[str], fetch: Fetch) -> dict[str, str]:
    """A sitemap lists every page (about, contact, categories) as well as the articles: the
    URL shape most of its numbered URLs share becomes ``url_pattern``; for an index, the
    name of the child sitemaps that hold those articles becomes ``sitemap_pattern`` (a
    WordPress ``post-sitemap1.xml``, ``post-sitemap2.xml`` beside ``page-sitemap.xml``)."""
    if kind != "sitemapindex":
        pattern = article_url_pattern(locs)
        return {"url_pattern": pattern} if pattern else {}
    children = sorted(locs, key=lambda loc: not ARTICLE_SITEMAP_RE.search(loc))
    pages: dict[str, list[str]] = {}
    for child in children[:MAX_CHILD_SITEMAPS]:
        found = read_sitemap(child, fetch)
        if found and found[0] == "urlset":
            pages[child] = found[1]
    pattern = article_url_pattern([loc for found in pages.values() for loc in found])
    if not pattern:
        return {}
    options = {"url_pattern": pattern}
    holding = [c for c, found in pages.items() if any(re.search(pattern, u) for u in found)]
    stems = {re.sub(r"[-_]?\d*\.xml(?:\.gz)?$", "", c.rsplit("/", 1)[-1]) for c in holding}
    if len(stems) == 1 and (stem := stems.pop()) and ARTICLE_SITEMAP_RE.search(stem):
        others = [c for c in locs if c not in holding]
        if not any(stem in c.rsplit("/", 1)[-1] for c in others):
            options["sitemap_pattern"] = re.escape(stem)
    return options


NUMBER, SLUG = "\x00", "\x01"  # placeholders no URL path holds


def numbered_shape(url: str) -> tuple[str, str] | None:
    """(path shape, query keys) of a URL whose path has a number or whose query has a key
    (numbers generic, a slug after a dated path generic); None for a plain page (/about/)."""
    parsed = urlparse(url)
    segments = parsed.path.split("/")
    last = max((i for i, seg in enumerate(segments) if seg), default=-1)
    dated = False
    shaped = []
    for index, segment in enumerate(segments):
        if re.search(r"\d", segment):
            dated = True
            shaped.append(re.sub(r"\d+", NUMBER, segment))
        elif index == last and dated:
            shaped.append(SLUG)
        else:
            shaped.append(segment)
    path = "/".join(shaped)
    keys = "&".join(sorted(re.sub(r"=.*", "", p) for p in parsed.query.split("&") if p))
    return (path, keys) if NUMBER in path or keys else None


def article_url_pattern(urls: list[str]) -> str | None:
    """A regex for the largest group of URLs sharing one numbered shape (``/news-N.html``,
    ``/?p=N``, ``/2024/03/05/slug/``), when that group is most of the numbered URLs; None
    when nothing stands out (then every URL of the sitemap is read, as before)."""
    groups: dict[tuple[str, str], int] = defaultdict(int)
    for url in urls:
        if shape := numbered_shape(url):
            groups[shape] += 1
    if not groups:
        return None
    (path, keys), size = max(groups.items(), key=lambda item: item[1])
    if size < 2 or size * 2 < sum(groups.values()):
        return None
    regex = re.escape(path).replace(NUMBER, r"\d+").replace(SLUG, r"[^/?#]+")
    if keys:
        return regex + r"\?" + "".join(f"(?=(?:.*&)?{re.escape(k)}=)" for k in keys.split("&"))
    return regex + r"(?:$|[?#])"


# ------------------------------------------------------------------ robots.txt


def first_crawl_url(entry: dict[str, Any]) -> str:
    """The first URL a crawl of ``entry`` requests (a WordPress source asks its API)."""
    if entry["kind"] == "wordpress":
        return f"{entry['url']}wp-json/wp/v2/posts"
    return str(entry["url"])


class RobotsGate:
    """A ``Fetch`` that obeys robots.txt: discovery's probes are automated requests, so a
    probe the site forbids khao's User-Agent is not sent (it answers with ``error_kind``
    "robots"). Each site's robots.txt is fetched once and answers its own path too."""

    def __init__(self, fetch: Fetch, exempt: str = "") -> None:
        self.fetch = fetch
        self.exempt = exempt  # the URL the user typed
        self.rules: dict[str, Fetched] = {}
        self.refused: list[str] = []

    def robots(self, url: str) -> Fetched:
        where = urljoin(url, "/robots.txt")
        if where not in self.rules:
            self.rules[where] = self.fetch(where)
        return self.rules[where]

    def disallows(self, url: str) -> bool:
        """Whether the site's robots.txt forbids khao ``url``: the crawl obeys robots.txt
        (``obey_robots``, default on), so an entry starting there would fetch nothing."""
        return robots_verdict(self.robots(url), url) is False

    def __call__(self, url: str) -> Fetched:
        if url == urljoin(url, "/robots.txt"):
            return self.robots(url)
        if url != self.exempt and self.disallows(url):
            self.refused.append(url)
            return Fetched(url, error="robots.txt disallows it", error_kind="robots")
        return self.fetch(url)

    def refused_note(self) -> str:
        shown = ", ".join(self.refused[:3]) + (", …" if len(self.refused) > 3 else "")
        return (f"robots.txt disallows khao {len(self.refused)} of the URLs discovery would "
                f"have probed, not fetched: {shown}")  # fmt: skip


# ------------------------------------------------------------------ listings


def url_shape(href: str) -> str:
    """A link's shape: numbers and slugs of the last segment made generic."""
    parsed = urlparse(href)
    path = re.sub(r"\d+", "N", parsed.path)
    query = "&".join(sorted(re.sub(r"=.*", "=", p) for p in parsed.query.split("&") if p))
    return f"{parsed.netloc}{path}?{query}"


def _classes(node: Selector) -> list[str]:
    return [c for c in (node.attrib.get("class") or "").split() if re.fullmatch(r"[\w-]+", c)]


def _selects_exactly(page: Selector, query: str, hrefs: set[str], base: str) -> bool:
    try:
        nodes = page.xpath(query) if query.startswith(("/", "(")) else page.css(query)
    except ValueError:
        return False
    found = {urljoin(base, n.attrib.get("href", "")) for n in nodes if n.attrib.get("href")}
    return bool(found) and found <= hrefs and len(found) >= 0.9 * len(hrefs)


def infer_link_selector(page: Selector, base: str) -> tuple[str, int] | None:
    """(selector, links) for the largest group of article links of one URL shape."""
    host = urlparse(base).netloc
    groups: dict[str, list[Selector]] = defaultdict(list)
    for link in page.xpath("//a[@href]"):
        href = link.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin(base, href)
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        text = text or link.attrib.get("title", "")
        if urlparse(absolute).netloc != host or len(text) < 12 or not re.search(r"\d", absolute):
            continue
        groups[url_shape(absolute)].append(link)
    ranked = sorted(
        (
            g
            for g in groups.values()
            if len({urljoin(base, n.attrib["href"]) for n in g}) >= MIN_LINKS
        ),
        key=lambda g: (len(g), sum(len("".join(n.xpath(".//text()").getall())) for n in g)),
        reverse=True,
    )
    if not ranked:
        return None
    group = ranked[0]
    hrefs = {urljoin(base, n.attrib["href"]) for n in group}
    options: list[str] = []
    common = set.intersection(*(set(_classes(n)) for n in group))
    options += [f"a.{c}" for c in sorted(common)]
    parents = [n.xpath("..")[0] for n in group]
    parent_classes = set.intersection(*(set(_classes(p)) for p in parents))
    options += [f".{c} a" for c in sorted(parent_classes)]
    grand = [p.xpath("..") for p in parents]
    if all(grand):
        grand_classes = set.intersection(*(set(_classes(g[0])) for g in grand))
        options += [f".{c} a" for c in sorted(grand_classes)]
    prefix = _common_prefix([urlparse(h).path + ("?" + urlparse(h).query if urlparse(h).query
                                                 else "") for h in hrefs])  # fmt: skip
    prefix = re.sub(r"\d+$", "", prefix)
    if len(prefix) >= 4 and "'" not in prefix:
        options.append(f"//a[contains(@href, '{prefix.rsplit('/', 1)[-1] or prefix}')]")
    for option in options:
        if _selects_exactly(page, option, hrefs, base):
            return option, len(hrefs)
    return None


def _common_prefix(values: list[str]) -> str:
    if not values:
        return ""
    first, last = min(values), max(values)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b),
                min(len(first), len(last)))  # fmt: skip
    return first[:size]


def infer_next_selector(page: Selector) -> str | None:
    if page.xpath('//a[@rel="next"][@href]'):
        return 'a[rel="next"]'
    for link in page.xpath("//a[@href]"):
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        classes = _classes(link)
        if any(
            c.lower() in ("next", "next-page", "nextpostslink", "pagination-next") for c in classes
        ):
            return f"a.{next(c for c in classes if 'next' in c.lower())}"
        if text and NEXT_TEXT_RE.match(text):
            word = "ถัดไป" if "ถัดไป" in text else text
            if "'" not in word:
                return f"//a[contains(., '{word}')]"
    return None


def find_listing(url: str, page: Selector, fetch: Fetch) -> tuple[str, str, int, str | None] | None:
    """(listing URL, link_selector, links, next_selector) from the page or its news link."""
    found = infer_link_selector(page, url)
    if found:
        return url, found[0], found[1], infer_next_selector(page)
    for link in page.xpath("//a[@href]"):
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        if text and NEWS_LINK_RE.search(text):
            target = urljoin(url, link.attrib["href"])
            fetched = fetch(target)
            if not _ok(fetched):
                continue
            other = Selector(text=_text(fetched), type="html")
            found = infer_link_selector(other, target)
            if found:
                return target, found[0], found[1], infer_next_selector(other)
    return None


# ------------------------------------------------------------------ the whole discovery


def site_name(page: Selector | None, fallback: str) -> str:
    if page is None:
        return fallback
    for value in (page.xpath('//meta[@property="og:site_name"]/@content').get(),
                  page.xpath("//title/text()").get()):  # fmt: skip
        value = " ".join((value or "").split())
        if value:
            return re.split(r"\s+[-–|»:]\s+", value)[-1] if " - " in value else value
    return fallback


def discover(
    url: str, source_id: str | None = None, name: str | None = None,
    fetch: Fetch | None = None, timeout: float = 20.0,
) -> Discovery:  # fmt: skip
    """How ``url``'s site publishes its news, as a sources.yaml entry (None: nothing found)."""
    from crawler.safety import HostPolicy
    from khao.sources_check import allow_private_hosts

    # the site's own host may be internal (an intranet URL the user typed); any other host a
    # redirect or a link leads to must be public (crawler/safety.py)
    policy = HostPolicy.build(url, allow_private_hosts())
    get = RobotsGate(fetch or (lambda u: http_fetch(u, timeout, policy)), exempt=url)
    notes: list[str] = []
    first = get(url)
    if first.error:
        return Discovery(None, [f"unreachable: {first.error}"])
    page = Selector(text=_text(first), type="html") if _ok(first) else None
    if page is None:
        notes.append(f"HTTP {first.status} at {url}")
    source_id = source_id or source_id_for(url)
    entry: dict[str, Any] = {"id": source_id, "name": name or site_name(page, source_id)}
    today = date.today().isoformat()

    own_feed = _feed_entries(first)  # the URL given is itself a feed (an RSS endpoint)
    root = None if own_feed else find_wordpress(url, first, page, get)
    if own_feed:
        notes.append(f"feed with {own_feed} items at {url}")
        entry.update(kind="feed", url=url)
    elif root:
        notes.append(f"WordPress REST API at {root}wp-json/")
        entry.update(kind="wordpress", url=root)
    elif feed := find_feed(url, page, get):
        notes.append(f"feed with {feed[1]} items at {feed[0]}")
        entry.update(kind="feed", url=feed[0])
    elif sitemap := find_sitemap(url, get):
        found_at, count, options = sitemap
        notes.append(f"sitemap with {count} entries at {found_at}")
        entry.update(kind="sitemap", url=found_at)
        if options:
            entry["options"] = options
            notes.append("article URLs: " + ", ".join(f"{k} {v}" for k, v in options.items()))
        else:
            notes.append("no article URL shape stands out: every URL of the sitemap is read")
    elif page is not None and (listing := find_listing(url, page, get)):
        listing_url, link_selector, count, next_selector = listing
        notes.append(f"news listing with {count} article links at {listing_url}")
        entry.update(kind="listing", url=listing_url, link_selector=link_selector)
        if next_selector:
            entry["next_selector"] = next_selector
        else:
            notes.append("no next-page link found: only the first listing page is read")
    else:
        notes.append("no WordPress API, feed, sitemap or news listing found")
        if get.refused:  # what robots.txt kept discovery from seeing may be the news
            notes.append(get.refused_note())
        return Discovery(None, notes, robots_disallowed=bool(get.refused))
    entry["verified"] = f"discovered by khao sources add on {today}: {notes[-1]}"
    first_url = first_crawl_url(entry)
    if get.disallows(first_url):
        notes.append(f"robots.txt disallows {first_url} for khao's User-Agent: a crawl (which "
                     "obeys robots.txt) would fetch nothing there")  # fmt: skip
        return Discovery(entry, notes, robots_disallowed=True)
    return Discovery(entry, notes)


def entry_yaml(entry: dict[str, Any]) -> str:
    """The entry as a sources.yaml list item (the parser reads it back: tests check)."""
    lines = []
    for index, (key, value) in enumerate(entry.items()):
        lead = "  - " if index == 0 else "    "
        lines.append(f"{lead}{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def append_entry(path: str, entry: dict[str, Any]) -> None:
    """Append to a sources file (created with its ``sources:`` key when missing)."""
    from pathlib import Path

    file = Path(path)
    text = file.read_text(encoding="utf-8") if file.exists() else "sources:\n"
    if not text.endswith("\n"):
        text += "\n"
    file.write_text(text + entry_yaml(entry), encoding="utf-8")
