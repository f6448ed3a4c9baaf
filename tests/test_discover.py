"""Issue 14: ``khao sources add URL`` finds how a site publishes its news (WordPress API,
feed, sitemap, else a news listing with inferred selectors) and writes an entry that
loads and crawls. Everything is served on loopback by the demo mirror."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from parsel import Selector

from crawler.demo.mirror import MirrorServer, Reply, StaticSite, build_demo_sites
from crawler.extract import select_attr
from crawler.sources import load_sources
from khao.cli import cli
from khao.discover import article_url_pattern, discover, infer_link_selector, source_id_for

pytestmark = pytest.mark.slow

WP_HOME = """<html><head><title>สำนักข่าว &#8211; หน่วยงานตัวอย่าง</title>
<link rel="https://api.w.org/" href="{mirror}/obec/wp-json/"></head><body><p>หน้าแรก</p></body></html>"""
FEED_HOME = """<html><head><title>กรมประชาสัมพันธ์</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="{mirror}/prd/rss.xml">
</head><body><p>หน้าแรก</p></body></html>"""
PORTAL_HOME = """<html><head><title>จังหวัดตัวอย่าง</title></head><body>
<div class="menu"><a href="/portal/about.php">เกี่ยวกับจังหวัด</a> <a href="/portal/news.php">ข่าวประชาสัมพันธ์</a></div>
<p>ยินดีต้อนรับ</p></body></html>"""


def portal_listing() -> str:
    rows = "".join(
        f'<div class="news-row"><a href="/portal/news_detail.php?id={100 + i}">'
        f"ข่าวกิจกรรมจังหวัดตัวอย่างเรื่องที่ {i} ประจำเดือน</a> <span>{i} ม.ค. 2567</span></div>"
        for i in range(1, 11)
    )
    menu = '<div class="menu"><a href="/portal/about.php">เกี่ยวกับจังหวัด 2567</a></div>'
    return (f"<html><head><title>ข่าวประชาสัมพันธ์</title></head><body>{menu}"
            f'<div class="news-list">{rows}</div>'
            '<div class="pages"><a href="/portal/news.php?page=2">ถัดไป »</a></div></body></html>')  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[MirrorServer]:
    wp, feed, header = (
        StaticSite("wpsite", {}),
        StaticSite("feedsite", {}),
        StaticSite("linkhdr", {}),
    )
    portal = StaticSite("portal", {"": PORTAL_HOME, "news.php": portal_listing()})
    mirror = MirrorServer([*build_demo_sites(30), wp, feed, header, portal]).start()
    # pages that name the mirror's address, once it has its port
    wp.pages[""] = Reply(body=WP_HOME.format(mirror=mirror.url).encode())
    feed.pages[""] = Reply(body=FEED_HOME.format(mirror=mirror.url).encode())
    link = f'<{mirror.url}/obec/wp-json/>; rel="https://api.w.org/"'
    header.pages[""] = Reply(body=b"<html><body>x</body></html>", headers={"Link": link})
    yield mirror
    mirror.stop()


def test_wordpress_is_found_by_its_api_link_header_or_path(server: MirrorServer) -> None:
    for path in ("/wpsite/", "/linkhdr/", "/obec/"):
        found = discover(server.url + path, timeout=5)
        assert found.entry is not None, (path, found.notes)
        assert found.entry["kind"] == "wordpress", (path, found.notes)
        assert found.entry["url"] == server.url + "/obec/"


def test_a_feed_is_found_from_the_page_or_its_usual_path(server: MirrorServer) -> None:
    for path in ("/feedsite/", "/prd/"):
        found = discover(server.url + path, timeout=5)
        assert found.entry and found.entry["kind"] == "feed", (path, found.notes)
        assert found.entry["url"] == server.url + "/prd/rss.xml"


def test_a_sitemap_is_found(server: MirrorServer) -> None:
    found = discover(server.url + "/moe/", timeout=5)
    assert found.entry and found.entry["kind"] == "sitemap", found.notes
    assert found.entry["url"] == server.url + "/moe/sitemap_index.xml"
    # the index lists post and page sitemaps: only the articles' shape is kept
    options = found.entry["options"]
    assert re.search(options["sitemap_pattern"], server.url + "/moe/post-sitemap1.xml")
    assert not re.search(options["sitemap_pattern"], server.url + "/moe/page-sitemap.xml")
    for article in ("/moe/news-260.html", "/moe/news-151.html"):
        assert re.search(options["url_pattern"], server.url + article), options
    for page in ("/moe/about/", "/moe/"):
        assert not re.search(options["url_pattern"], server.url + page), options


def test_article_url_patterns_of_common_systems() -> None:
    """The numbered shape most sitemap URLs share; nothing when no shape stands out."""
    cases = [
        (["https://x.go.th/?p=11471", "https://x.go.th/?p=12", "https://x.go.th/contact/"],
         "https://x.go.th/?p=99", "https://x.go.th/contact/"),
        (["https://x.go.th/2024/03/05/ข่าว-a/", "https://x.go.th/2024/04/01/b/",
          "https://x.go.th/about/"], "https://x.go.th/2023/12/31/c/", "https://x.go.th/2024/"),
        (["https://o.go.th/index.php?option=com_content&view=article&id=5",
          "https://o.go.th/index.php?option=com_content&view=article&id=6",
          "https://o.go.th/index.php?option=com_contact"],
         "https://o.go.th/index.php?option=com_content&view=article&id=70",
         "https://o.go.th/index.php?option=com_contact"),
    ]  # fmt: skip
    for urls, article, page in cases:
        pattern = article_url_pattern(urls)
        assert pattern and re.search(pattern, article) and not re.search(pattern, page), pattern
    assert article_url_pattern(["https://x.go.th/news/1", "https://x.go.th/page/2"]) is None
    assert article_url_pattern(["https://x.go.th/about/", "https://x.go.th/contact/"]) is None


def test_a_listing_gets_its_link_and_next_selectors(server: MirrorServer) -> None:
    found = discover(server.url + "/portal/", timeout=5)
    assert found.entry and found.entry["kind"] == "listing", found.notes
    assert found.entry["url"] == server.url + "/portal/news.php"
    assert found.entry["next_selector"] == "//a[contains(., 'ถัดไป')]"
    page = Selector(text=portal_listing())
    links = select_attr(page, found.entry["link_selector"])
    assert len(links) == 10 and all("news_detail.php?id=" in link for link in links)
    # the demo thaigov listing too
    for path in ("/thaigov/news/contents/list?page=1",):
        found = discover(server.url + path, timeout=5)
        assert found.entry and found.entry["kind"] == "listing", (path, found.notes)


def test_infer_link_selector_ignores_menus() -> None:
    selector, count = infer_link_selector(
        Selector(text=portal_listing()), "http://x.go.th/portal/news.php"
    )
    assert count == 10 and "about" not in selector


def test_sources_add_prints_and_appends_an_entry_that_loads(
    server: MirrorServer, tmp_path: Path
) -> None:
    file = tmp_path / "sources.yaml"
    result = CliRunner().invoke(cli, ["sources", "--sources", str(file), "add",
                                      server.url + "/portal/", "--id", "portal"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert 'kind: "listing"' in result.output
    loaded = load_sources(file)
    assert loaded.errors == [] and loaded.sources[0].id == "portal"
    assert loaded.sources[0].selectors["link_selector"]
    nothing = CliRunner().invoke(cli, ["sources", "add", server.url + "/nothing-here/"])
    assert nothing.exit_code == 1


def test_source_ids_from_urls() -> None:
    assert source_id_for("https://www.obec.go.th/") == "obec"
    assert source_id_for("http://127.0.0.1:8000/obec/") == "127-0-0-1-obec"
    assert source_id_for("https://www.nakhonpathom.go.th/pr/") == "nakhonpathom"
