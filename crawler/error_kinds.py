"""Every error kind a crawl records in ``crawl_runs.errors``, what it means, and what it
means for the source: lost articles (exit 1, ``articles_failed``), a run status, and whether
a walk that met it may still count as complete.

One catalogue, so the summary, the run status, walk completion, the distributed writer and
docs/sources.md ("Error kinds") agree; tests/test_error_kinds.py checks that every kind the
code records is listed here and in the docs.
"""

from __future__ import annotations

from dataclasses import dataclass

# What a kind means for the source, by group:
NOT_ARTICLE = "not_article"  # never an article: nothing lost, the run stays ok
REFUSED = "refused"  # refused on purpose (hostile or forbidden input): nothing lost
CUT = "cut"  # a cap of the run (limits.Caps) stopped the walk: nothing lost, the next run goes on
UNREADABLE = "unreadable"  # lost, but a new walk would meet it again: the walk may complete
TRANSIENT = "transient"  # lost, worth retrying next run: the walk is not complete
STORAGE = "storage"  # the database refused a write: the source stops, nothing more is stored


# what each group means for the source (docs/sources.md, "Error kinds")
GROUPS = {
    NOT_ARTICLE: "nothing lost; the run stays `ok`",
    REFUSED: "nothing lost; the run is `partial`",
    CUT: "nothing lost; the run is `partial`; the walk counts as complete, except after "
    "`max_articles` (the next run fetches the rest)",
    UNREADABLE: "articles lost (exit 1); a new walk would meet it again, so the walk may "
    "still count as complete",
    TRANSIENT: "articles lost (exit 1); retried next run: the walk is not complete",
    STORAGE: "the database refused a write: the source stops (exit 1)",
}


@dataclass(frozen=True)
class ErrorKind:
    name: str
    group: str
    meaning: str


CATALOGUE: tuple[ErrorKind, ...] = (
    ErrorKind("soft_404", NOT_ARTICLE, "a page answered 200 but is a placeholder, an error "
              "page or a login wall, not an article"),
    ErrorKind("not_html", NOT_ARTICLE, "an article link that is a file (PDF, image, …)"),
    ErrorKind("spam", NOT_ARTICLE, "a hacked site's gambling, loan or slot page"),
    ErrorKind("forbidden_scheme", REFUSED, "a link that is not http(s) (javascript:, file:, …)"),
    ErrorKind("forbidden_target", REFUSED, "a link or redirect to a private, loopback or "
              "link-local address"),
    ErrorKind("robots_forbidden", REFUSED, "robots.txt forbids the URL"),
    ErrorKind("malformed_payload", REFUSED, "distributed mode: a queue message that is not "
              "what khao writes"),
    ErrorKind("max_pages", CUT, "the cap of listing/feed/API/sitemap pages per run"),
    ErrorKind("max_articles", CUT, "the cap of articles per run (the rest come next run)"),
    ErrorKind("max_items", CUT, "the cap of entries read from one feed or sitemap"),
    ErrorKind("sitemap_depth", CUT, "a sitemap index nested deeper than allowed"),
    ErrorKind("sitemap_cycle", CUT, "a sitemap index that points back to itself"),
    ErrorKind("no_progress", CUT, "an API that keeps answering pages with nothing new"),
    ErrorKind("too_large", UNREADABLE, "a page, inflated body or JSON answer over its size "
              "limit"),
    ErrorKind("json_too_deep", UNREADABLE, "a JSON answer nested or branched past the limit"),
    ErrorKind("no_links", UNREADABLE, "a listing page with no article links"),
    ErrorKind("http_404", UNREADABLE, "HTTP 404: not found"),
    ErrorKind("http_410", UNREADABLE, "HTTP 410: gone"),
    ErrorKind("http_403", TRANSIENT, "HTTP 403: the site refuses the crawler"),
    ErrorKind("timeout", TRANSIENT, "no answer within DOWNLOAD_TIMEOUT, after retries"),
    ErrorKind("dns", TRANSIENT, "the host name does not resolve"),
    ErrorKind("connection", TRANSIENT, "cannot connect (refused, reset, unreachable)"),
    ErrorKind("rate_limited", TRANSIENT, "HTTP 429 after the retries Retry-After allows"),
    ErrorKind("unavailable", TRANSIENT, "HTTP 503 after retries"),
    ErrorKind("redirect_loop", TRANSIENT, "too many redirects"),
    ErrorKind("ignored", TRANSIENT, "a request Scrapy dropped for another reason (the log "
              "says which)"),
    ErrorKind("parse_error", TRANSIENT, "a page or entry khao could not read"),
    ErrorKind("bad_json", TRANSIENT, "a WordPress REST answer that is not JSON"),
    ErrorKind("bad_entry", TRANSIENT, "a WordPress post without a link"),
    ErrorKind("no_api", TRANSIENT, "a WordPress site with neither REST API nor feed"),
    ErrorKind("no_items", TRANSIENT, "a feed or sitemap with no entries, or not one at all"),
    ErrorKind("stage_error", TRANSIENT, "a pipeline stage failed on an article"),
    ErrorKind("disk_full", STORAGE, "the disk is full"),
    ErrorKind("read_only", STORAGE, "the database or its folder is read-only"),
    ErrorKind("io_error", STORAGE, "the disk refused a write (I/O error)"),
)  # fmt: skip
KINDS = {kind.name: kind for kind in CATALOGUE}


def group_of(kind: str) -> str:
    """The group of a recorded kind; any other HTTP status, or a kind this catalogue does
    not know, is a transient loss (retried next run, never hidden)."""
    known = KINDS.get(kind)
    if known is not None:
        return known.group
    return TRANSIENT


def kinds_in(*groups: str) -> frozenset[str]:
    return frozenset(k.name for k in CATALOGUE if k.group in groups)


NOT_ARTICLES = kinds_in(NOT_ARTICLE)
REFUSED_KINDS = kinds_in(REFUSED)
CUT_KINDS = kinds_in(CUT)
# not failed articles (articles_failed): nothing the source could have stored was lost
NOT_LOST = kinds_in(NOT_ARTICLE, REFUSED, CUT)
# what a new walk would meet again: it does not keep a walk from completing. (A cut by
# max_articles does: the next run walks in full and fetches the rest, a budget at a time.)
PERMANENT = kinds_in(NOT_ARTICLE, REFUSED, CUT, UNREADABLE) - {"max_articles"}


def docs_rows() -> list[str]:
    """The rows of docs/sources.md's table of error kinds."""
    return [f"| `{k.name}` | {k.group} | {k.meaning} | {GROUPS[k.group]} |" for k in CATALOGUE]
