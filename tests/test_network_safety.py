"""Issue 13, crawler side, unit level: which addresses khao refuses, which hosts a source
may reach, http(s)-only URLs, articles owned by their source, and the bounded readers.
(The black-box crawls of the hostile site are in test_hostile.py and test_crawl_bounds.py.)"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import zlib
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import Request
from scrapy.settings import Settings

from crawler.extract import extract_article
from crawler.limits import Caps, LimitExceeded, gunzip_limited, load_json_limited
from crawler.middlewares import CrawlProblem
from crawler.safety import HostPolicy, NetworkSafetyMiddleware, address_problem
from crawler.spiders.feed import parse_feed_entries, trim_feed
from crawler.spiders.sitemap import parse_sitemap
from pipelines.identity import article_id
from pipelines.items import ArticleItem, Attachment
from pipelines.stages.clean import CleanPipeline
from pipelines.stages.dedupe import DedupePipeline
from pipelines.storage import Store
from pipelines.storage.database import OwnedElsewhere
from pipelines.storage.dedupe_index import DedupeIndex
from pipelines.urls import is_web_url, same_site

# --------------------------------------------------------------------------- addresses
INTERNAL = ["127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "0.0.0.0",
            "169.254.169.254", "100.100.100.200", "192.0.0.192", "100.64.0.1", "224.0.0.1",
            "255.255.255.255", "240.0.0.1", "::1", "fe80::1", "fd00:ec2::254", "ff02::1",
            "::ffff:127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::1", "::"]  # fmt: skip
PUBLIC = ["8.8.8.8", "203.113.0.10", "2001:4860:4860::8888", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("address", INTERNAL)
def test_internal_addresses_are_named(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)), address


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


def test_a_source_owns_its_host_and_its_allow_list() -> None:
    policy = HostPolicy.build("https://www.obec.go.th/news/", ["intranet.example",
                              "*.moe.local", "10.1.0.0/16"], ["Reports.Example."])  # fmt: skip
    for host in ("www.obec.go.th", "obec.go.th", "OBEC.GO.TH.", "intranet.example",
                 "a.moe.local", "reports.example"):  # fmt: skip
        assert policy.allows_host(host), host
    for host in ("evil.go.th", "obec.go.th.evil.com", "moe.local", "127.0.0.1"):
        assert not policy.allows_host(host), host
    assert policy.allows_address(ipaddress.ip_address("10.1.200.3"))
    assert not policy.allows_address(ipaddress.ip_address("10.2.0.1"))


# --------------------------------------------------------------------------- the middleware
FAKE_DNS = {
    "news.example": ["203.113.0.10"],
    "intranet.example": ["10.0.0.5"],
    "metadata.example": ["169.254.169.254"],
    "mixed.example": ["203.113.0.10", "127.0.0.1"],  # one internal address is enough
    "v6.example": ["2001:4860:4860::8888", "::ffff:10.0.0.1"],
}


async def fake_resolve(host: str, port: int) -> list[str]:
    if host not in FAKE_DNS:
        raise OSError("no such name")
    return FAKE_DNS[host]


def verdict(url: str, source: str = "http://127.0.0.1:8000/list", **meta: object) -> str:
    """'' when the request may go, else the error kind it is refused with."""
    middleware = NetworkSafetyMiddleware(HostPolicy.build(source, ["intranet.example"]),
                                         fake_resolve)  # fmt: skip
    try:
        asyncio.run(middleware.process_request(Request(url, meta=dict(meta))))
    except CrawlProblem as exc:
        return exc.kind
    return ""


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:8000/a/1", ""),  # the source's own host, internal or not
        ("http://news.example/a/1", ""),
        ("https://news.example:8443/a/1", ""),
        ("http://intranet.example/a", ""),  # in the source's allow_hosts
        ("http://127.0.0.2:8000/a", "forbidden_target"),
        ("http://2130706434:8000/a", "forbidden_target"),  # 127.0.0.2 as a number
        ("http://0x7f000002/a", "forbidden_target"),
        ("http://[::1]:8000/a", "forbidden_target"),
        ("http://metadata.example/latest/meta-data/", "forbidden_target"),
        ("http://169.254.169.254/latest/meta-data/", "forbidden_target"),
        ("http://mixed.example/a", "forbidden_target"),
        ("http://v6.example/a", "forbidden_target"),
        ("http://no-such-name.example/a", "dns"),
        ("file:///etc/passwd", "forbidden_scheme"),
        ("file://localhost/proc/self/environ", "forbidden_scheme"),
        ("ftp://news.example/pub/a.html", "forbidden_scheme"),
        ("s3://bucket/key", "forbidden_scheme"),
        ("data:text/html,<h1>x</h1>", "forbidden_scheme"),
    ],
)
def test_requests_to_other_schemes_and_internal_hosts_are_refused(url: str, kind: str) -> None:
    assert verdict(url) == kind


def test_a_redirect_hop_is_judged_like_any_request_and_says_where_it_came_from() -> None:
    middleware = NetworkSafetyMiddleware(HostPolicy.build("http://127.0.0.1:8000/"), fake_resolve)
    hop = Request(
        "http://127.0.0.2:9000/secret", meta={"redirect_urls": ["http://127.0.0.1:8000/r"]}
    )
    with pytest.raises(CrawlProblem) as refused:
        asyncio.run(middleware.process_request(hop))
    assert refused.value.kind == "forbidden_target"
    assert "127.0.0.2, a loopback address" in refused.value.message
    assert "redirected from http://127.0.0.1:8000/r" in refused.value.message


def test_the_checked_address_is_pinned_for_the_connection() -> None:
    """DNS rebinding: the connection uses the address that was checked (Scrapy's cache)."""
    from scrapy.resolver import dnscache

    assert verdict("http://news.example/a") == ""
    assert dnscache["news.example"] == "203.113.0.10"


def test_global_allow_list_reaches_intranet_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    class Crawler:
        settings = Settings({"KHAO_SOURCE_URL": "https://www.prd.go.th/rss",
                             "KHAO_ALLOW_PRIVATE_HOSTS": "10.0.0.0/8,reports.example"})  # fmt: skip

    middleware = NetworkSafetyMiddleware.from_crawler(Crawler())
    middleware.resolve = fake_resolve
    asyncio.run(middleware.process_request(Request("http://intranet.example/a")))  # 10.0.0.5
    asyncio.run(middleware.process_request(Request("http://reports.example/a")))
    asyncio.run(middleware.process_request(Request("https://prd.go.th/a")))  # own, no www.
    with pytest.raises(CrawlProblem):
        asyncio.run(middleware.process_request(Request("http://metadata.example/")))


# --------------------------------------------------------------------------- web URLs only
@pytest.mark.parametrize(
    ("url", "web"),
    [("https://www.obec.go.th/a", True), ("HTTP://x.go.th", True), ("javascript:alert(1)", False),
     ("data:text/html,x", False), ("file:///etc/passwd", False), ("ftp://x/y", False),
     ("//x.go.th/a", False), ("/a/b", False), ("http://[::1", False), ("http://x:port/", False),
     ("http:///path", False), ("", False), (None, False)],
)  # fmt: skip
def test_only_absolute_http_urls_are_web_urls(url: str | None, web: bool) -> None:
    assert is_web_url(url) is web


def test_extraction_keeps_only_web_urls() -> None:
    page = """<html><head><title>ข่าว</title>
      <link rel="canonical" href="javascript:alert(1)"><link rel="shortlink" href="data:,x">
      <meta property="og:image" content="javascript:alert(document.domain)"></head>
      <body><h1>ข่าวทดสอบการประชุม</h1><div class="detail"><p>กระทรวงศึกษาธิการจัดประชุม
      ผู้บริหารสถานศึกษาทั่วประเทศเพื่อเตรียมความพร้อมเปิดภาคเรียน</p>
      <a href="javascript:openDoc(1)//report.pdf">แนบ.pdf</a>
      <a href="data:application/octet-stream,report.pdf">ดาวน์โหลด.pdf</a>
      <a href="file:///srv/report.pdf">ไฟล์.pdf</a>
      <a href="https://docs.google.com/viewer?url=javascript:x//a.pdf">viewer</a>
      <a href="/files/real.pdf">รายงาน.pdf</a></div></body></html>"""
    result = extract_article(page, "https://www.obec.go.th/news/1")
    assert result.canonical_url == "" and result.shortlink == "" and result.lead_image is None
    assert [a.url for a in result.attachments] == ["https://www.obec.go.th/files/real.pdf"]


def test_feeds_keep_only_web_urls() -> None:
    feed = b"""{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1",
      "url": "https://x.go.th/a/1", "title": "t", "content_text": "x", "image": "javascript:x",
      "attachments": [{"url": "data:application/pdf;base64,JVBE", "mime_type": "application/pdf"},
                      {"url": "/files/a.pdf", "mime_type": "application/pdf"}]}]}"""
    _, (entry,) = parse_feed_entries(feed, "https://x.go.th/feed.json")
    assert entry.image is None
    assert [a.url for a in entry.attachments] == ["https://x.go.th/files/a.pdf"]


def test_the_clean_stage_is_the_last_word_on_urls() -> None:
    class Stats:
        def __init__(self) -> None:
            self.counts: dict[str, int] = {}

        def inc_value(self, key: str) -> None:
            self.counts[key] = self.counts.get(key, 0) + 1

    stats = Stats()
    stage = CleanPipeline(stats)
    item = ArticleItem(url="https://x.go.th/a", source_id="s", title="ข่าว", body="เนื้อหาข่าว",
                       canonical_url="javascript:x", shortlink="file:///etc/passwd",
                       lead_image="data:image/png;base64,AAAA",
                       attachments=[Attachment("javascript:a.pdf"), Attachment("https://x.go.th/a.pdf")])  # fmt: skip
    stage.process_item(item)
    assert (item.canonical_url, item.shortlink, item.lead_image) == ("", "", None)
    assert [a.url for a in item.attachments] == ["https://x.go.th/a.pdf"]
    with pytest.raises(DropItem):
        stage.process_item(
            ArticleItem(url="file:///etc/passwd", source_id="s", title="t", body="b")
        )
    assert stats.counts == {"khao/dropped/forbidden_scheme": 1}


# --------------------------------------------------------------------------- ownership
VICTIM = "https://www.obec.go.th/2567/01/15/news-1/"


class Writer:
    """The dedupe and store stages as a crawl runs them, without the crawl."""

    def __init__(self, path: Path) -> None:
        self.store = Store(path)
        self.store.sync_sources({"id": s, "name": s, "kind": "listing", "url": u} for s, u in
                                (("obec", "https://www.obec.go.th/"), ("hostile", "http://evil.example/")))  # fmt: skip
        self.stage = DedupePipeline(str(path))
        self.stage.index = DedupeIndex(self.store.db)

    def feed(
        self, source: str, url: str, title: str, canonical: str = "", shortlink: str = ""
    ) -> str:
        item = ArticleItem(url=url, source_id=source, title=title, canonical_url=canonical or url,
                           shortlink=shortlink, body=f"{title} เนื้อหาข่าวประชาสัมพันธ์ฉบับเต็ม")  # fmt: skip
        self.stage.process_item(item)
        return self.store.save_article(item)

    def row(self, url: str) -> tuple[str, str, str]:
        return self.store.db.execute(
            "SELECT title, source_id, url FROM articles WHERE id = ?", [article_id(url)]
        ).fetchone()


def test_a_canonical_on_another_site_never_takes_over_an_article(tmp_path: Path) -> None:
    writer = Writer(tmp_path / "khao.db")
    assert writer.feed("obec", VICTIM, "ข่าวจริง", shortlink="https://www.obec.go.th/?p=1") == "new"
    # a hostile page declares the obec article (or its shortlink) as its canonical URL
    assert writer.feed("hostile", "http://evil.example/a/1", "ข่าวปลอม", canonical=VICTIM) == "new"
    assert writer.feed("hostile", "http://evil.example/a/2", "ข่าวปลอม 2",
                       canonical="https://obec.go.th/?p=1") == "new"  # fmt: skip
    assert writer.row(VICTIM) == ("ข่าวจริง", "obec", VICTIM)
    assert writer.row("http://evil.example/a/1") == (
        "ข่าวปลอม",
        "hostile",
        "http://evil.example/a/1",
    )
    # the foreign canonical is kept as an alias hint of the hostile page, nothing more
    assert writer.stage.stats is None  # (counted as khao/ignored/foreign_canonical in a crawl)


def test_one_source_never_writes_another_sources_row(tmp_path: Path) -> None:
    writer = Writer(tmp_path / "khao.db")
    writer.feed("obec", VICTIM, "ข่าวจริง", shortlink="https://www.obec.go.th/?p=1")
    # the hostile source links the obec article itself, or its shortlink (an alias of it)
    with pytest.raises(DropItem):
        writer.feed("hostile", VICTIM, "ข่าวปลอม")
    assert writer.feed("hostile", "https://www.obec.go.th/?p=1", "ข่าวปลอม") == "new"
    assert writer.row(VICTIM) == ("ข่าวจริง", "obec", VICTIM)
    revisions = writer.store.db.execute("SELECT count(*) FROM article_revisions").fetchone()[0]
    assert revisions == 0
    # and the store refuses on its own too (a writer without the dedupe stage)
    item = ArticleItem(url=VICTIM, source_id="hostile", title="ข่าวปลอม", body="ปลอม")
    with pytest.raises(OwnedElsewhere):
        writer.store.save_article(item)


def test_site_identity_ignores_scheme_www_and_default_port_only() -> None:
    assert same_site("https://www.obec.go.th/a", "http://obec.go.th:80/b")
    assert not same_site("http://127.0.0.1:8000/a", "http://127.0.0.1:9000/a")
    assert not same_site("https://obec.go.th/a", "https://obec.go.th.evil.com/a")


# --------------------------------------------------------------------------- bounded readers
def test_a_gzip_bomb_is_inflated_only_up_to_the_limit() -> None:
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)
    bomb = compressor.compress(bytes(64 * 1024 * 1024)) + compressor.flush()  # 64 MiB inflated
    with pytest.raises(LimitExceeded) as cut:
        gunzip_limited(bomb, 1024 * 1024)
    assert cut.value.kind == "too_large"
    with pytest.raises(LimitExceeded):
        parse_sitemap(bomb, max_bytes=1024 * 1024)
    small = gzip.compress(b"<urlset><url><loc>https://x.go.th/a</loc></url></urlset>")
    assert parse_sitemap(small, max_bytes=1024)[0] == "urlset"


def test_json_too_deep_or_too_wide_is_named() -> None:
    with pytest.raises(LimitExceeded) as deep:
        load_json_limited(b"[" * 100_000 + b"]" * 100_000, 0)
    assert deep.value.kind == "json_too_deep"
    with pytest.raises(LimitExceeded) as wide:
        load_json_limited(b"[" + b"{}," * 300_000 + b"{}]", 200_000)
    assert wide.value.kind == "too_large"
    assert load_json_limited(b'[{"a": [1, 2]}]', 10) == [{"a": [1, 2]}]


def test_a_big_feed_is_cut_before_it_is_parsed() -> None:
    items = "".join(f"<item><title>t{n}</title><link>https://x.go.th/{n}</link></item>"
                    for n in range(2000))  # fmt: skip
    body = f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>".encode()
    cut, total = trim_feed(body, 100)
    assert total == 2000 and len(cut) < len(body) // 10
    fmt, entries = parse_feed_entries(cut, "https://x.go.th/rss")
    assert fmt == "rss20" and [e.url for e in entries][-1] == "https://x.go.th/99"
    assert len(entries) == 100
    assert trim_feed(body, 5000) == (body, 2000)


def test_a_sitemap_keeps_at_most_its_protocol_limit_of_entries() -> None:
    locs = "".join(f"<url><loc>https://x.go.th/{n}</loc></url>" for n in range(120))
    kind, entries, total = parse_sitemap(f"<urlset>{locs}</urlset>".encode(), max_entries=50)
    assert (kind, len(entries), total) == ("urlset", 50, 120)


def test_caps_come_from_settings_then_from_the_source() -> None:
    settings = Settings({"KHAO_MAX_PAGES": 40, "KHAO_MAX_ARTICLES": 300, "DOWNLOAD_MAXSIZE": 99})
    caps = Caps.from_settings(settings, {"max_pages": 3, "max_items": 7})
    assert (caps.max_pages, caps.max_articles, caps.max_items, caps.max_bytes) == (3, 300, 7, 99)
    assert Caps.from_settings(None, {}) == Caps()
