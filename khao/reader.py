"""What khao's own pages need to read like a newspaper, as pure functions: dates in พ.ศ. and
ค.ศ., an article body in paragraphs with its entities highlighted, safe links, and the
ranked, story-collapsed search (SQL built from khao.search.plan).

Everything from the database is hostile (pages come from hacked sites): text is escaped
here when turned into markup, and only http(s) URLs become links.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from khao import rank
from khao.search import TRIGRAM, parse_query, plan

BE_OFFSET = 543  # Buddhist Era year = Common Era year + 543
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
DAY_INPUT = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
# the entities an article page highlights and lists (dates, times, phones… are left plain)
LABELS = {"PERSON": "บุคคล / People", "POSITION": "ตำแหน่ง / Positions",
          "ORGANIZATION": "หน่วยงาน / Organisations", "ORG": "หน่วยงาน / Organisations",
          "LOCATION": "สถานที่ / Places", "LOC": "สถานที่ / Places",
          "FACILITY": "สถานที่ / Facilities", "LAW": "กฎหมาย / Laws",
          "MONEY": "จำนวนเงิน / Money"}  # fmt: skip

# ranking, stated on the search page: BM25 relevance times a recency factor between 1 and 2
RECENCY_DAYS = 365.0
RANKING_NOTE = (
    "เรียงตามความเกี่ยวข้อง (BM25) คูณด้วยความใหม่ / Ranked by relevance (SQLite FTS5 BM25) "
    f"× recency: score = BM25 × (1 + 1 / (1 + age in days / {RECENCY_DAYS:.0f})), so a story "
    "published today weighs up to twice an old one with the same relevance. For a query of one "
    "word or phrase, khao_rank (where it is built) leaves out BM25's IDF factor, the same for "
    "every match: the order is BM25's. One row per story: versions re-posted by other agencies are folded into it."
)
PAGE_SIZE = 20
MAX_PAGE = 10_000
# Atom entry ids must be IRIs (RFC 4287 §4.2.6): tag URIs (RFC 4151), stable per article
ATOM_TAG = "tag:khao-news.github.io,2024:"


# --------------------------------------------------------------------------- dates
def thai_date(value: str | None) -> dict[str, str] | None:
    """``2024-03-05T09:00:00+07:00`` → {'be': '5 มีนาคม 2567', 'ce': '5 March 2024',
    'iso': '2024-03-05'}; None when no date can be read."""
    found = ISO_DAY.match(value or "")
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    if not 1 <= month <= 12:
        return None
    return {"be": f"{day} {THAI_MONTHS[month - 1]} {year + BE_OFFSET}",
            "ce": f"{day} {EN_MONTHS[month - 1]} {year}", "iso": found.group(0)}  # fmt: skip


def parse_day(value: str | None, end: bool = False) -> str | None:
    """A date typed in a filter, in พ.ศ. or ค.ศ. (a year above 2400 is Buddhist Era):
    ``2567``, ``2567-03`` or ``2024-03-05``. ``end`` gives the last day of a year or
    month. None when empty or unreadable."""
    found = DAY_INPUT.match(value or "")
    if not found:
        return None
    year = int(found.group(1))
    year = year - BE_OFFSET if year > 2400 else year
    month = int(found.group(2)) if found.group(2) else None
    day = int(found.group(3)) if found.group(3) else None
    try:
        if month is None:
            result = date(year, 12, 31) if end else date(year, 1, 1)
        elif day is None:
            first = date(year, month, 1)
            result = (
                (first + timedelta(days=32)).replace(day=1) - timedelta(days=1) if end else first
            )
        else:
            result = date(year, month, day)
    except ValueError:
        return None
    return result.isoformat()


# --------------------------------------------------------------------------- links and text
def safe_url(url: Any) -> str | None:
    """The URL when it is http(s), else None (a hacked page's javascript: stays text)."""
    text = str(url or "").strip()
    return text if re.match(r"^https?://", text, re.IGNORECASE) else None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    canonical: str


def paragraphs(body: str, mentions: list[Mention]) -> list[Markup]:
    """The body's paragraphs (split on newlines), escaped, with each mention wrapped in a
    ``<span class="khao-ent khao-ent-LABEL">``. Mentions that overlap an earlier one, or whose
    offsets fall outside the body, are left out."""
    spans: list[Mention] = []
    last_end = -1
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if 0 <= mention.start < mention.end <= len(body) and mention.start >= last_end:
            spans.append(mention)
            last_end = mention.end
    out: list[Markup] = []
    position = 0
    current = Markup("")
    pending = list(spans)
    for line_end in [*(i for i, c in enumerate(body) if c == "\n"), len(body)]:
        current = Markup("")
        while pending and pending[0].end <= line_end:
            mention = pending.pop(0)
            label = re.sub(r"[^A-Z_]", "", mention.label.upper())
            current += escape(body[position : mention.start])
            current += Markup('<span class="khao-ent khao-ent-{}" title="{}">{}</span>').format(
                label, f"{mention.label}: {mention.canonical}", body[mention.start : mention.end]
            )
            position = mention.end
        while pending and pending[0].start < line_end:  # spans a line break: not highlighted
            pending.pop(0)
        current += escape(body[position:line_end])
        position = line_end + 1
        if str(current).strip():
            out.append(current)
    return out


def cut_at_word(text: str | None, limit: int = 500) -> str:
    """At most ``limit`` characters, cut at the last space or line break before the limit
    (Thai separates phrases with spaces) and marked with an ellipsis when cut."""
    text = text or ""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return (head[:cut] if cut > limit // 2 else head).rstrip() + "…"


# --------------------------------------------------------------------------- search
@dataclass(frozen=True)
class SearchSQL:
    matches: str  # rowid, bm (BM25, lower is better) of every matching article
    params: dict[str, Any]


def matches_sql(q: str, ranked: bool = True, only: str = "") -> SearchSQL:
    """The matching articles of query q with their BM25 (0 when no index can answer, or
    when not ``ranked``: bm25 runs the phrase once more for its document frequency and reads
    each match's size, ~3 times the match alone for a common word): the same rows as the
    table search (khao.datasette_plugin.search_clause). ``only``: an SQL expression, the
    one rowid to test (a lookup in the full-text index, not its whole match)."""
    p = plan(q)
    params: dict[str, Any] = {"khao_q": q}
    text = "title || char(10) || body"
    if p.trigram:
        params["khao_trigram"] = p.trigram
        bm = "bm25(articles_fts)" if ranked else "0.0"
        if ranked and one_phrase(q) and rank.ready():
            bm = OWN_RANK
        sql = (f"SELECT rowid, {bm} AS bm FROM articles_fts "
               "WHERE articles_fts MATCH :khao_trigram")  # fmt: skip
        if only:
            sql += f" AND rowid = {only}"
        if p.grams:
            params["khao_grams"] = p.grams
            # unary +: a plain "rowid IN" is handed to FTS5, which then looks up each
            # short-word candidate in the trigram index (ฝุ่น PM 2.5 at 100k: 2–6 s, not 10 ms)
            sql += (" AND +rowid IN (SELECT rowid FROM articles_grams "
                    "WHERE articles_grams MATCH :khao_grams)")  # fmt: skip
        if p.check:
            sql += f" AND khao_match({text}, :khao_q)"
    elif p.grams:
        params["khao_grams"] = p.grams
        bm = "bm25(articles_grams)" if ranked else "0.0"
        sql = (f"SELECT g.rowid AS rowid, {bm} AS bm FROM articles_grams g "
               "WHERE articles_grams MATCH :khao_grams")  # fmt: skip
        if only:
            sql += f" AND g.rowid = {only}"
        if p.check:
            sql += (" AND EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = g.rowid AND "
                    "khao_match(f.title || char(10) || f.body, :khao_q))")  # fmt: skip
    else:
        sql = (f"SELECT rowid, 0.0 AS bm FROM articles_fts WHERE instr(lower({text}), "
               f"khao_prefilter(:khao_q)) > 0 AND khao_match({text}, :khao_q)")  # fmt: skip
        if only:
            sql += f" AND rowid = {only}"
    return SearchSQL(sql, params)


# bm25 without its IDF, the row's size read by this statement's join (khao/data/khao_rank.c)
OWN_RANK = ("khao_rank(articles_fts, (SELECT sz FROM articles_fts_docsize "
            "WHERE id = articles_fts.rowid))")  # fmt: skip


def one_phrase(q: str) -> bool:
    """Whether bm25 scores q's matches by one phrase only: one word or quoted phrase of the
    trigram index required (words excluded add phrases without hits in any match). Its IDF
    then scales every score alike, and khao_rank (bm25 without it) orders them the same."""
    required = parse_query(q).required
    return len(required) == 1 and len(required[0]) == 1 and len(required[0][0]) >= TRIGRAM


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search besides its words: a date range (inclusive, ISO days), an
    agency, an announcement kind, a month (``YYYY-MM``) and an entity name (as
    ``entity_articles.name``). Empty strings filter nothing."""

    day_from: str = ""
    day_to: str = ""
    agency: str = ""
    kind: str = ""
    month: str = ""
    entity: str = ""

    def params(self) -> dict[str, str]:
        return {f"khao_{name}": getattr(self, name) or "" for name in FILTER_NAMES}


FILTER_NAMES = ("day_from", "day_to", "agency", "kind", "month", "entity")
# the facets the search page shows, each a column of the matching articles: (key, title, SQL)
FACETS = (
    ("agency", "หน่วยงาน / Agency", "src.agency"),
    ("kind", "ประเภท / Kind", "s.kind"),
    ("month", "เดือน / Month", "s.month"),
)
FACET_SIZE = 10
# the people and organisations named are counted in the best matches only (a common word
# matches 35,000 articles naming a million entities): the page says so
ENTITY_FACET_SCOPE = 1000


# the filters' conditions on a search_facts row f, each written into the statement only
# when its filter is set (a condition per filter per match costs ~10 % at 35,000 matches)
FILTER_SQL = {
    "day_from": "f.day >= :khao_day_from",
    "day_to": "f.day <= :khao_day_to",
    "month": "f.month = :khao_month",
    "kind": "f.kind = :khao_kind",
    "agency": "f.source_id IN (SELECT id FROM sources WHERE agency = :khao_agency)",
    "entity": """f.id IN (SELECT article_id FROM entity_articles WHERE directory_id IN
      (SELECT directory_id FROM entity_names WHERE name = :khao_entity))""",
}
UNIX_EPOCH_JULIAN_DAY = 2440587.5


def filters_where(filters: SearchFilters) -> str:
    """The set filters' conditions on a search_facts row f ("1" when none is set)."""
    return " AND ".join(FILTER_SQL[n] for n in FILTER_NAMES if getattr(filters, n)) or "1"


def scored_sql(
    q: str,
    filters: SearchFilters,
    now: float | None = None,
    ranked: bool = True,
    materialized: bool = True,
) -> SearchSQL:
    """Matching articles with their story and score, narrowed by the filters. Reads the
    narrow ``search_facts`` table, not ``articles`` (whose rows carry the body). ``now``:
    the time the recency is counted from (seconds since 1970, default: now). Not
    ``ranked``: no score (and no bm25), for what only counts the matches. Not
    ``materialized``: s streams into the one part that reads it (copying 35,000 matches
    into a table costs ~10 ms)."""
    found = matches_sql(q, ranked)
    params = {**found.params, **filters.params()}
    where = filters_where(filters)
    if ranked:
        # now as a Julian day, once, not julianday('now') per match
        params["khao_now"] = (time.time() if now is None else now) / 86400 + UNIX_EPOCH_JULIAN_DAY
        age = "max(0, :khao_now - f.day_number)"
        columns = f"""f.id, f.story, f.published_at,
    -m.bm * (1 + COALESCE(1.0 / (1 + {age} / {RECENCY_DAYS}), 0)) AS score"""
    else:
        columns = "f.id, f.story, f.month, f.source_id, f.kind"
    # MATERIALIZED: every part of the statement reads s, and the match is evaluated once;
    # m streams into it (not copied first), CROSS JOIN keeping the match outside: each match
    # looks up its facts, never each facts row the full-text index
    sql = f"""WITH m AS NOT MATERIALIZED ({found.matches}),
s AS {"" if materialized else "NOT "}MATERIALIZED (
  SELECT f.rid, {columns}
  FROM m CROSS JOIN search_facts f ON f.rid = m.rowid
  WHERE {where})"""
    return SearchSQL(sql, params)


# the page folds the best FOLD_FACTOR × N articles into stories when they hold the N stories
# up to its end (a story ranks by its best version, so the first N stories of the best
# articles are the best N stories); otherwise, every match (stories of many versions)
FOLD_FACTOR = 20
# the columns of a page's rows (the ranked statement's rows whose facet is 'page')
PAGE_COLUMNS = ("id", "title", "url", "published_at", "source_id", "cluster_id", "agency",
                "source_name", "score", "versions", "story_sources", "other_agencies",
                "snippet")  # fmt: skip


@dataclass(frozen=True)
class SearchStatements:
    """A search page as two statements over the same match, independent of each other so
    that they run at once on two connections (two cores): ``counts`` (no bm25) and
    ``ranked``. Both return rows of (facet, value, stories, *PAGE_COLUMNS, n).

    bm25 costs a common word twice its match (it runs the phrase once more for its document
    frequency, then reads each match's size), so the counts, which need the match alone, go
    beside it rather than after it. The price: the match and the facts are read twice (about
    a fifth more CPU in all), and the two read the database at two moments (an article
    stored in between can be counted and not listed, or the reverse)."""

    counts: SearchSQL
    ranked: SearchSQL


def search_sql(
    q: str, filters: SearchFilters, page: int | None, snippets: bool = True, facets: bool = True
) -> SearchStatements:
    """Everything a search page shows, in two statements (SearchStatements), each
    evaluating the match once. ``counts``: the ``total`` row (value: articles, stories:
    stories) then, with ``facets``, stories per agency, kind and month (best first), all
    without bm25. ``ranked``: with ``facets``, stories per person/organisation named in the
    best ENTITY_FACET_SCOPE matches, then the ``page`` rows in rank order (``n``): each
    story's best-scoring version, how many of its versions matched, its agencies and a
    highlighted snippet (computed for the page only). ``page=None``: every story (the CSV
    download), without snippets if asked."""
    return SearchStatements(
        counts_sql(q, filters, facets), ranked_sql(q, filters, page, snippets, facets)
    )


def counts_sql(q: str, filters: SearchFilters, facets: bool = True) -> SearchSQL:
    """The total of articles and stories, and stories per agency, kind and month."""
    scored = scored_sql(q, filters, ranked=False)
    blank = ", ".join(["NULL"] * len(PAGE_COLUMNS))
    parts = [
        f"""SELECT 'total', count(*),
  count(*) - (SELECT count(*) FROM d) + (SELECT count(DISTINCT story) FROM d), {blank}, NULL
  FROM s"""
    ]
    if facets:
        parts += [
            f"""SELECT * FROM (SELECT '{key}', value, sum(n) AS stories, {blank}, NULL FROM (
    SELECT {column} AS value, s.n FROM g AS s LEFT JOIN sources src ON src.id = s.source_id
    UNION ALL
    SELECT {column} AS value, -1 FROM d AS s LEFT JOIN sources src ON src.id = s.source_id
    UNION ALL
    SELECT {column} AS value, count(DISTINCT s.story) FROM d AS s
      LEFT JOIN sources src ON src.id = s.source_id GROUP BY 1)
  WHERE value IS NOT NULL AND value != ''
  GROUP BY value ORDER BY stories DESC, value LIMIT {FACET_SIZE})"""
            for key, _, column in FACETS
        ]
    # multi: the stories of several matching versions, d: their versions, g: the matches
    # counted by agency, kind and month at once. A story counts once per facet value: g's
    # count, less d's rows, plus d's distinct stories (one grouping of every match for all
    # the facets, not one distinct count each)
    # (a story of several versions has one whose id is not the story's: the grouping of
    # multi reads only those stories' rows)
    sql = f"""{scored.matches},
multi AS MATERIALIZED (SELECT story FROM s
  WHERE story IN (SELECT story FROM s WHERE story != id) GROUP BY story HAVING count(*) > 1),
d AS MATERIALIZED (SELECT story, source_id, kind, month FROM s
  WHERE story IN (SELECT story FROM multi))"""
    if facets:
        sql += """,
g AS MATERIALIZED (SELECT source_id, kind, month, count(*) AS n FROM s
  GROUP BY source_id, kind, month)"""
    return SearchSQL(sql + "\n" + "\nUNION ALL\n".join(parts), scored.params)


def ranked_sql(
    q: str, filters: SearchFilters, page: int | None, snippets: bool = True, facets: bool = True
) -> SearchSQL:
    """The page's stories in rank order and the people/organisations facet."""
    # s streams into top's sort (only the rare page whose best articles hold too few
    # stories reads every match again); v counts the versions of the page's stories by
    # looking each one up in the match (~20 stories of a few versions each)
    scored = scored_sql(q, filters, materialized=False)
    one = matches_sql(q, ranked=False, only="c.rid")
    if page is None:
        limit, offset = -1, 0  # SQLite: no limit
    else:
        limit, offset = PAGE_SIZE, (min(max(page, 1), MAX_PAGE) - 1) * PAGE_SIZE
    params = {
        **scored.params,
        "khao_limit": limit,
        "khao_offset": offset,
        "khao_need": offset + limit,
        # the best articles: those the page folds, and those the people facet reads
        "khao_scope": -1
        if page is None
        else max(FOLD_FACTOR * (offset + limit), ENTITY_FACET_SCOPE if facets else 0),
    }
    # CASE, not OR, so each test runs only when the one before it did not decide: a version
    # among the best articles matches (every match is one of them for the CSV); one the
    # filters exclude does not; only the others are looked up in the full-text index (~0.6
    # ms each for a common word: FTS5 reads the phrase's lists again)
    lookup = "0" if page is None else f"EXISTS (SELECT 1 FROM ({one.matches}))"
    versions_matched = f"""CASE WHEN c.rid IN (SELECT rid FROM top) THEN 1
    WHEN NOT EXISTS (SELECT 1 FROM search_facts f WHERE f.rid = c.rid
      AND {filters_where(filters)}) THEN 0
    ELSE {lookup} END"""
    blank = ", ".join(["NULL"] * len(PAGE_COLUMNS))
    parts = []
    if facets:
        parts.append(f"""SELECT * FROM (SELECT 'entity', e.name AS value,
  count(DISTINCT b.story) AS stories, {blank}, NULL
  FROM (SELECT id, story FROM top
    ORDER BY score DESC, published_at DESC, rid LIMIT {ENTITY_FACET_SCOPE}) b
  JOIN entity_articles e ON e.article_id = b.id
  WHERE +e.label IN ('PERSON', 'ORGANIZATION', 'ORG')  -- +: by article, not by label
  GROUP BY value ORDER BY stories DESC, value LIMIT {FACET_SIZE})""")
    snippet = "khao_snippet(a.title || ' — ' || a.body, :khao_q, 90)" if snippets else "''"
    parts.append(f"""SELECT 'page', NULL, NULL, a.id, a.title, a.url, a.published_at,
  a.source_id, a.cluster_id, src.agency, src.name, p.score,
  v.versions,
  (SELECT count(DISTINCT a2.source_id) FROM articles a2 INDEXED BY idx_articles_cluster
   WHERE a.cluster_id IS NOT NULL AND a2.cluster_id = a.cluster_id),
  (SELECT group_concat(agency, ', ') FROM (SELECT DISTINCT s2.agency
     FROM articles a2 INDEXED BY idx_articles_cluster JOIN sources s2 ON s2.id = a2.source_id
     WHERE a.cluster_id IS NOT NULL AND a2.cluster_id = a.cluster_id
       AND a2.source_id != a.source_id)),
  {snippet}, p.n
-- INDEXED BY: statistics gathered while no article had a cluster call that index useless,
-- and each page row would then scan every article
FROM p JOIN v ON v.story = p.story JOIN articles a ON a.rowid = p.rid
  LEFT JOIN sources src ON src.id = a.source_id""")
    # top: the best articles (a page's FOLD_FACTOR × its stories, at least the people
    # facet's); best: those, if they hold the stories up to this page (else every match),
    # numbered (the first N stories of any best articles that hold N are the best N); p: each story at its best version's place, this page's stories;
    # v: how many versions of those stories matched (a story is its articles of that cluster_id,
    # or one article without a cluster: story = COALESCE(cluster_id, id), as search_facts)
    # (rid last: articles of equal score and date keep one order from page to page)
    order = "score DESC, published_at DESC, rid"
    sql = f"""{scored.matches},
top AS MATERIALIZED (SELECT rid, id, story, score, published_at FROM s
  ORDER BY {order} LIMIT :khao_scope),
best AS MATERIALIZED (SELECT rid, story, score, published_at,
    ROW_NUMBER() OVER (ORDER BY {order}) AS n FROM (
  SELECT rid, story, score, published_at FROM top WHERE (SELECT count(DISTINCT story) FROM top) >= :khao_need
  UNION ALL
  -- LIMIT 0: every match is read again only when the best articles hold too few stories
  SELECT * FROM (SELECT rid, story, score, published_at FROM s LIMIT
    CASE WHEN (SELECT count(DISTINCT story) FROM top) < :khao_need THEN -1 ELSE 0 END))),
p AS MATERIALIZED (SELECT rid, story, score, min(n) AS n FROM best GROUP BY story
  ORDER BY n LIMIT :khao_limit OFFSET :khao_offset),
v AS MATERIALIZED (SELECT c.story, count(*) AS versions FROM (
    SELECT p.story, a2.rowid AS rid FROM p CROSS JOIN articles a2 WHERE a2.rowid IN (
      SELECT rowid FROM articles INDEXED BY idx_articles_cluster WHERE cluster_id = p.story
      UNION ALL
      SELECT rowid FROM articles WHERE id = p.story AND cluster_id IS NULL)) c
  WHERE {versions_matched}
  GROUP BY c.story)
""" + "\nUNION ALL\n".join(parts)
    return SearchSQL(sql, params)


# --------------------------------------------------------------------------- atom
@dataclass(frozen=True)
class AtomEntry:
    id: str  # an IRI (tag:…)
    title: str
    link: str  # http(s) only, or ""
    updated: str  # ISO 8601
    summary: str


def atom_time(value: str) -> str:
    """An RFC 3339 time for Atom: a date alone gets midnight, a time without zone gets +07:00
    (Thai government sites publish in Asia/Bangkok)."""
    value = (value or "1970-01-01").strip()
    if len(value) == 10:
        value += "T00:00:00"
    if not re.search(r"(Z|[+-]\d{2}:\d{2})$", value):
        value += "+07:00"
    return value


def atom_feed(title: str, self_url: str, entries: list[AtomEntry]) -> str:
    """An Atom 1.0 document; every string from the database is escaped (hostile text)."""
    updated = max((atom_time(e.updated) for e in entries), default=atom_time(""))
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f"<id>{escape(ATOM_TAG + 'search:' + self_url)}</id>",
        f'<link rel="self" href="{escape(self_url)}"/>',
        f"<updated>{escape(updated)}</updated>",
        "<author><name>khao</name></author>",
    ]
    for e in entries:
        parts += [
            "<entry>",
            f"<id>{escape(e.id)}</id>",
            f"<title>{escape(e.title)}</title>",
            f"<updated>{escape(atom_time(e.updated))}</updated>",
            f'<link href="{escape(e.link)}"/>' if e.link else "",
            f"<summary>{escape(e.summary)}</summary>",
            "</entry>",
        ]
    parts.append("</feed>")
    return "\n".join(p for p in parts if p) + "\n"
