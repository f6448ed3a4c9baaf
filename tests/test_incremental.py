"""Incremental crawls: an unchanged site costs only conditional requests; an edited post is
re-fetched alone, updated, and its old text kept in article_revisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.demo.mirror import MirrorServer, SitemapSite, WordPressSite
from tests.crawl_helpers import crawl, last_runs, query, write_sources

pytestmark = pytest.mark.slow

ARTICLE_PAGE_MARKERS = ("/details/", "/news-", "view.php")


def article_pages(mirror: MirrorServer) -> list[str]:
    return [p for p in mirror.request_paths() if any(m in p for m in ARTICLE_PAGE_MARKERS)]


def test_second_crawl_of_an_unchanged_mirror_downloads_no_article(
    mirror: MirrorServer, tmp_path: Path, db_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.yaml", mirror)
    first = crawl(db_path, sources)
    assert first.returncode == 0, first.stdout
    stored = query(db_path, "SELECT count(*) FROM articles")[0][0]
    first_requests = len(mirror.requests)
    mirror.reset_log()

    second = crawl(db_path, sources)
    assert second.returncode == 0, second.stdout
    assert article_pages(mirror) == []
    # every listing, feed, API and sitemap page answered "304 Not Modified"
    pages = [r for r in mirror.requests if r["path"] != "/robots.txt"]
    assert pages and all(r["status"] == 304 for r in pages), pages
    assert query(db_path, "SELECT count(*) FROM articles")[0][0] == stored
    runs = last_runs(db_path)
    assert len(runs) == 6 and all(r["status"] == "ok" for r in runs.values())
    assert sum(r["articles_new"] + r["articles_updated"] for r in runs.values()) == 0
    assert len(mirror.requests) < first_requests / 10
    print(f"\nrequests: first crawl {first_requests}, second crawl {len(mirror.requests)}")


def test_edited_wordpress_post_is_refetched_updated_and_its_old_text_kept(
    mirror: MirrorServer, tmp_path: Path, db_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.yaml", mirror)
    assert crawl(db_path, sources, "demo-obec").returncode == 0
    site = mirror.site("obec")
    assert isinstance(site, WordPressSite)
    target = site.articles[len(site.articles) // 2]  # an older post, not on the first page
    old_body = query(db_path, "SELECT body FROM articles WHERE url LIKE ?",
                     (f"%news-{target.number}/",))[0][0]  # fmt: skip
    site.edit(target.number, body=target.body + "\n(แก้ไขเพิ่มเติม: เลื่อนการประชุมเป็นวันศุกร์)")
    mirror.reset_log()

    assert crawl(db_path, sources, "demo-obec").returncode == 0
    api_pages = mirror.request_paths("/obec/wp-json/")
    assert len(api_pages) == 1  # newest-modified first: the edited post is on page 1
    run = last_runs(db_path)["demo-obec"]
    assert (run["articles_new"], run["articles_updated"]) == (0, 1)
    row = query(db_path, "SELECT id, body FROM articles WHERE url LIKE ?",
                (f"%news-{target.number}/",))[0]  # fmt: skip
    assert "(แก้ไขเพิ่มเติม: เลื่อนการประชุมเป็นวันศุกร์)" in row["body"]
    revisions = query(
        db_path, "SELECT body FROM article_revisions WHERE article_id = ?", (row["id"],)
    )
    assert [r["body"] for r in revisions] == [old_body]
    assert query(db_path, "SELECT count(*) FROM article_revisions")[0][0] == 1


def test_sitemap_lastmod_change_refetches_exactly_that_article(
    mirror: MirrorServer, tmp_path: Path, db_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.yaml", mirror)
    assert crawl(db_path, sources, "demo-moe").returncode == 0
    site = mirror.site("moe")
    assert isinstance(site, SitemapSite)
    target = site.articles[-1]
    site.edit(target.number, title=target.title + " (ฉบับแก้ไข)")
    mirror.reset_log()

    assert crawl(db_path, sources, "demo-moe").returncode == 0
    assert article_pages(mirror) == [f"/moe/news-{target.number}.html"]
    run = last_runs(db_path)["demo-moe"]
    assert (run["articles_new"], run["articles_updated"]) == (0, 1)
    assert query(db_path, "SELECT count(*) FROM article_revisions")[0][0] == 1
    title = query(db_path, "SELECT title FROM articles WHERE url LIKE ?",
                  (f"%news-{target.number}.html",))[0][0]  # fmt: skip
    assert title.endswith("(ฉบับแก้ไข)")
