"""Issue 13, crawl side: a hostile site cannot turn the crawler against its host, its data or
its users. Black-box: the real `khao crawl` against tests/hostile_server.py, the database read
with plain sqlite3.

Named kinds expected in crawl_runs.errors after the fix:
``forbidden_target`` (a request or redirect to a non-http(s) scheme, or to a loopback /
private / link-local address other than the source's own host), ``too_large`` (decompressed
bytes cap, the sitemap .gz bomb), ``max_pages`` (listing/API pages per run),
``sitemap_cycle`` (a sitemap index listing itself), ``max_items`` (feed items per run).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hostile_helpers import (
    Outcome,
    all_cells,
    last_runs,
    query,
    run_bounded,
    source_entry,
    write_sources,
)
from tests.hostile_server import (
    HIJACK_TITLE,
    INTERNAL_MARKER,
    UNKNOWN_CONTENT_TYPE,
    VICTIM_PATH,
    VICTIM_TITLE,
    HostileServer,
)

pytestmark = pytest.mark.slow

ENV_SECRET = "KhaoEnvironSecret-7f3a9c1e5b"  # planted in the crawl's environment
HTTP_URL = re.compile(r"^https?://", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer() as hostile:
        yield hostile


def crawl(tmp: Path, sources: Path, db: Path, timeout: float = 120, **kwargs: Any) -> Outcome:
    args = ["crawl", "--db", str(db), "--sources", str(sources),
            "--log-file", str(tmp / "crawl-file.log")]  # fmt: skip
    return run_bounded(args, tmp / "crawl.log", timeout, **kwargs)


# --------------------------------------------------------------------------- forbidden targets
@pytest.fixture(scope="module")
def hostile_crawl(
    server: HostileServer, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """One crawl of every forbidden-target and javascript:/data: source at once."""
    tmp = tmp_path_factory.mktemp("hostile")
    s = server.url
    sources = write_sources(
        tmp / "sources.yaml",
        source_entry("ssrf-feed", "feed", f"{s}/ssrf/feed.xml"),
        source_entry("ssrf-listing", "listing", f"{s}/ssrf/list"),
        source_entry("ssrf-sitemap", "sitemap", f"{s}/ssrf/sitemap.xml"),
        source_entry("js-atom", "feed", f"{s}/js/atom.xml", "    options:\n      fetch_articles: false\n"),
        source_entry("js-json", "feed", f"{s}/js/feed.json", "    options:\n      fetch_articles: false\n"),
        source_entry("js-listing", "listing", f"{s}/js/list"),
    )  # fmt: skip
    db = tmp / "khao.db"
    before = server.internal_hits
    outcome = crawl(tmp, sources, db, env={"KHAO_PLANTED_SECRET": ENV_SECRET})
    return {"db": db, "outcome": outcome, "runs": last_runs(db), "tmp": tmp,
            "internal_hits": server.internal_hits - before,
            "internal_paths": server.paths("internal")}  # fmt: skip


def test_internal_service_is_never_connected_to(hostile_crawl: dict[str, Any]) -> None:
    """Feed items, listing links (dotted and decimal IP), a sitemap <loc>, a 302 and an
    ftp:// link all point at 127.0.0.2: not one connection may reach it (robots.txt
    included)."""
    assert hostile_crawl["internal_hits"] == 0, (
        f"{hostile_crawl['internal_hits']} connections to the internal service, paths "
        f"{hostile_crawl['internal_paths']}"
    )


def test_each_refusal_is_named_forbidden_target(hostile_crawl: dict[str, Any]) -> None:
    """Every http(s) link to the internal address is refused as forbidden_target: feed 1
    (item link), listing 3 (link, decimal-IP link, 302 hop), sitemap 1 (<loc>). The file:
    and ftp: links (feed 3, listing 1) may be counted under that name too, or skipped."""
    runs = hostile_crawl["runs"]
    found = {s: runs[s]["errors"].get("forbidden_target", 0)
             for s in ("ssrf-feed", "ssrf-listing", "ssrf-sitemap")}  # fmt: skip
    allowed = {"ssrf-feed": range(1, 4 + 1), "ssrf-listing": range(3, 4 + 1),
               "ssrf-sitemap": range(1, 1 + 1)}  # fmt: skip
    assert all(found[s] in allowed[s] for s in found), (
        found, {s: runs[s]["errors"] for s in found})  # fmt: skip
    assert "forbidden_target" in (runs["ssrf-sitemap"]["error_message"] or ""), runs["ssrf-sitemap"]


def test_local_files_and_internal_pages_are_never_stored(hostile_crawl: dict[str, Any]) -> None:
    db, tmp = hostile_crawl["db"], hostile_crawl["tmp"]
    stored = all_cells(db)
    for marker in (ENV_SECRET, "root:x:0:0", INTERNAL_MARKER, "PYTHAINLP_OFFLINE=1"):
        assert marker not in stored, f"{marker!r} stored in the database"
    log = (tmp / "crawl-file.log").read_text(errors="replace")
    assert ENV_SECRET not in log and "root:x:0:0" not in log


def test_good_articles_of_hostile_sources_are_still_stored(hostile_crawl: dict[str, Any]) -> None:
    outcome: Outcome = hostile_crawl["outcome"]
    assert outcome.returncode == 0, f"{outcome}\n{outcome.output[-3000:]}"  # partial, not failed
    urls = {r["url"] for r in query(hostile_crawl["db"], "SELECT url FROM articles")}
    for path in ("/ssrf/a/1", "/ssrf/a/2", "/ssrf/a/3", "/js/a/1", "/js/a/2", "/js/a/3"):
        assert any(u.endswith(path) for u in urls), (path, sorted(urls))
    runs = hostile_crawl["runs"]
    assert {runs[s]["status"] for s in ("ssrf-feed", "ssrf-listing", "ssrf-sitemap")} == {"partial"}


def test_only_http_urls_are_stored(hostile_crawl: dict[str, Any]) -> None:
    """javascript:, data:, file: and ftp: never become an article URL, canonical URL, lead
    image or attachment URL (Atom links, JSON Feed image/attachments, og:image, <a href>)."""
    db = hostile_crawl["db"]
    bad = [
        (column, value)
        for column, value in [
            *((f"articles.{c}", r[c]) for r in query(db, "SELECT * FROM articles")
              for c in ("url", "canonical_url", "lead_image")),
            *(("attachments.url", r["url"]) for r in query(db, "SELECT url FROM attachments")),
        ]
        if value and not HTTP_URL.match(value)
    ]  # fmt: skip
    assert bad == [], bad
    # the real attachment next to the hostile ones is kept
    attachments = [r["url"] for r in query(db, "SELECT url FROM attachments")]
    assert any(u.endswith("/files/real-report.pdf") for u in attachments), attachments


# --------------------------------------------------------------------------- foreign canonical
def test_foreign_canonical_or_api_link_never_overwrites_another_sources_article(
    server: HostileServer, tmp_path: Path
) -> None:
    """obec (127.0.0.3) stores its article; then a hostile listing page declares that
    article's URL as its canonical, and a hostile WordPress API gives it as a post's link.
    The obec row keeps its title, text and source; the hostile listing page is stored as
    its own article."""
    db = tmp_path / "khao.db"
    sources = write_sources(
        tmp_path / "sources.yaml",
        source_entry("obec", "wordpress", f"{server.other}/obec/"),
        source_entry("hostile-canonical", "listing", f"{server.url}/hijack/list"),
        source_entry("hostile-wp", "wordpress", f"{server.url}/hijack-wp/"),
    )
    first = run_bounded(["crawl", "--db", str(db), "--sources", str(sources), "--source", "obec"],
                        tmp_path / "first.log", 120)  # fmt: skip
    assert first.returncode == 0, first.output[-3000:]
    (victim,) = [dict(r) for r in query(db, "SELECT * FROM articles")]
    assert victim["title"] == VICTIM_TITLE and victim["source_id"] == "obec"
    assert victim["url"] == server.other + VICTIM_PATH
    second = run_bounded(["crawl", "--db", str(db), "--sources", str(sources),
                          "--source", "hostile-canonical", "--source", "hostile-wp"],
                         tmp_path / "second.log", 120)  # fmt: skip
    assert second.returncode == 0, second.output[-3000:]
    after = dict(query(db, "SELECT * FROM articles WHERE id = ?", (victim["id"],))[0])
    changed = {k: (victim[k], after[k]) for k in ("title", "body", "source_id", "url")
               if victim[k] != after[k]}  # fmt: skip
    assert changed == {}, f"the obec article was overwritten: {changed}"
    assert query(db, "SELECT count(*) FROM article_revisions WHERE article_id = ?",
                 (victim["id"],))[0][0] == 0  # fmt: skip
    hostile = {r["source_id"]: dict(r) for r in query(
        db, "SELECT * FROM articles WHERE source_id LIKE 'hostile-%'")}  # fmt: skip
    # the hostile page is stored under the URL it was fetched from (its canonical recorded)
    assert "hostile-canonical" in hostile, hostile.keys()
    assert hostile["hostile-canonical"]["title"] == HIJACK_TITLE
    assert hostile["hostile-canonical"]["url"] == server.url + "/hijack/a/1"
    for row in hostile.values():  # whatever the WordPress post became, it is on its own host
        assert row["url"].startswith(server.url), row["url"]


# --------------------------------------------------------------------------- markup
def test_content_type_with_markup_is_text_and_alerts_still_run(
    server: HostileServer, tmp_path: Path
) -> None:
    """`Content-Type: application/[/x]` ends up in the error message that `khao crawl` and
    `khao status` print: it must be printed as text, and --alerts must still run."""
    db = tmp_path / "khao.db"
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("markup", "listing", f"{server.url}/markup/list"))  # fmt: skip
    rules = tmp_path / "alerts.yaml"
    rules.write_text("rules:\n  - name: ทุกข่าว\n    source: markup\n    notify: [stdout]\n",
                     encoding="utf-8")  # fmt: skip
    crawled = run_bounded(["crawl", "--db", str(db), "--sources", str(sources),
                           "--alerts", str(rules)], tmp_path / "crawl.log", 120)  # fmt: skip
    out = crawled.output
    assert "MarkupError" not in out and "Traceback" not in out, out[-1500:]
    assert crawled.returncode == 0, out[-3000:]  # one article stored, one not_html: partial
    assert "khao alerts: 1 rules" in out, out[-3000:]  # --alerts ran after the crawl
    assert UNKNOWN_CONTENT_TYPE in flat(out), out[-3000:]  # shown as written
    runs = last_runs(db)
    assert runs["markup"]["errors"] == {"not_html": 1}
    status = run_bounded(["status", "--db", str(db)], tmp_path / "status.log", 60)
    assert "Traceback" not in status.output and status.returncode == 0, status.output[-3000:]
    assert UNKNOWN_CONTENT_TYPE in flat(status.output), status.output


def flat(text: str) -> str:
    """Terminal output without the line breaks and borders a Rich table folds text with."""
    return re.sub(r"[\s│┃|]+", "", text)


# --------------------------------------------------------------------------- unbounded work
def test_sitemap_gzip_bomb_is_cut_and_memory_stays_under_300_mb(
    server: HostileServer, tmp_path: Path
) -> None:
    """A sitemap .xml.gz of 4.7 MB that inflates to 1 GiB: the crawl cuts it (too_large)
    while the whole process tree stays under 300 MB."""
    db = tmp_path / "khao.db"
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("bomb", "sitemap", f"{server.url}/bomb/sitemap.xml.gz"))  # fmt: skip
    outcome = crawl(tmp_path, sources, db, timeout=120, max_mb=1000)  # kill early today
    assert not outcome.killed, str(outcome)
    assert outcome.peak_mb < 300, str(outcome)
    run = last_runs(db)["bomb"]
    assert run["errors"].get("too_large") == 1, run
    assert run["status"] == "failed" and outcome.returncode == 1, (run, str(outcome))
    assert server.count("/bomb/a/") == 0


def test_endless_wordpress_api_stops_by_itself_at_max_pages(
    server: HostileServer, tmp_path: Path
) -> None:
    """X-WP-TotalPages: 999999 and a new post on every page: the default page cap ends the
    source by itself, and says so."""
    db = tmp_path / "khao.db"
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("endless", "wordpress", f"{server.url}/endless/"))  # fmt: skip
    before = server.count("/endless/wp-json/")
    outcome = crawl(tmp_path, sources, db, timeout=180,
                    stop=lambda: "over 1,100 API pages" if server.count("/endless/wp-json/")
                    - before > 1100 else None)  # fmt: skip
    pages = server.count("/endless/wp-json/") - before
    assert not outcome.killed, f"{outcome}; {pages} API pages asked for"
    run = last_runs(db)["endless"]
    assert "max_pages" in run["errors"], run
    assert pages <= 1000, pages
    assert outcome.returncode == 0, outcome  # capped is partial, not failed


def test_self_listing_sitemap_index_ends_with_sitemap_cycle(
    server: HostileServer, tmp_path: Path
) -> None:
    """A sitemap index listing itself and 10 variants of itself: fetched a handful of
    times, not 1,464; the cycle is named and the one real article stored."""
    db = tmp_path / "khao.db"
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("cycle", "sitemap", f"{server.url}/cycle/sitemap.xml"))  # fmt: skip
    before = server.count("/cycle/sitemap.xml")
    outcome = crawl(tmp_path, sources, db, timeout=120,
                    stop=lambda: "over 200 index fetches" if server.count("/cycle/sitemap.xml")
                    - before > 200 else None)  # fmt: skip
    fetches = server.count("/cycle/sitemap.xml") - before
    assert not outcome.killed, f"{outcome}; {fetches} fetches of the index"
    assert fetches <= 2 + 10, fetches  # itself (maybe once more) and its 10 variants at most
    run = last_runs(db)["cycle"]
    assert "sitemap_cycle" in run["errors"], run
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 1
    assert outcome.returncode == 0, outcome


def test_feed_of_100k_items_is_capped_with_max_items(server: HostileServer, tmp_path: Path) -> None:
    """An RSS feed of 100,000 items: a default cap on feed items per run bounds the article
    fetches, and says so."""
    db = tmp_path / "khao.db"
    sources = write_sources(tmp_path / "sources.yaml",
                            source_entry("bigfeed", "feed", f"{server.url}/bigfeed/rss.xml"))  # fmt: skip
    before = server.count("/bigfeed/a/")
    outcome = crawl(tmp_path, sources, db, timeout=180,
                    stop=lambda: "over 1,100 article fetches" if server.count("/bigfeed/a/")
                    - before > 1100 else None)  # fmt: skip
    fetched = server.count("/bigfeed/a/") - before
    assert not outcome.killed, f"{outcome}; {fetched} article pages fetched"
    assert fetched <= 1000, fetched
    run = last_runs(db)["bigfeed"]
    assert "max_items" in run["errors"], run
    assert outcome.returncode == 0, outcome
