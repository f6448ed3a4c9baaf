"""Benchmark: dedupe of the same article re-posted by another site (issue 14).

Real thaigov.go.th articles (the bundled corpus) rendered by the page families of the
template zoo (bench/zoo.py), each family one SOURCE (its own site, its own boilerplate),
and every page put through the crawl's own path: generic extraction (with the spider's
"same headline on page after page" rule), then the clean, date, dedupe and store stages
on one database, in crawl order. Classify and entities are skipped (they do not touch
the story clusters).

- **re-posts** (positives): one article rendered by two different families, the second
  copy sometimes with its two lead paragraphs swapped or a source line added at the end
  ("ที่มา: ...", as re-posting agencies do); the title decoration (site-name suffixes)
  is each family's own;
- **same family, different short articles** (negatives): short texts (short releases of
  the corpus, or a long one's lead paragraph alone, as short notices read) rendered by
  one family, so two pages share every menu, footer, address and phone number;
- **same topic** (negatives): two different articles whose headlines look most alike
  (character 5-gram Jaccard of the titles), rendered by two families.

The corpus' own near-duplicate pairs (tests/fixtures/data/thaigov_dev_neardup_pairs.tsv)
are left out, so every article key is one story. Scores are pairwise over all pages:
precision, recall and F1 of "same cluster" against "same story", the re-post pairs
found, the negative pairs merged, and the clusters that hold different stories of one
source only (a false cluster made of shared boilerplate).

    PYTHAINLP_OFFLINE=1 nice -n 10 .venv/bin/python bench/cross_family.py [--pairs 40]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parsel import Selector

from bench.zoo import BLIND_HALVES, ZOO, Family, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from crawler.extract import SourceTitles, _page_lines
from pipelines.fingerprints import shingles
from pipelines.items import ArticleItem, DateCandidate
from pipelines.stages.clean import CleanPipeline
from pipelines.stages.date import DatePipeline
from pipelines.stages.dedupe import DedupePipeline
from pipelines.stages.store import StorePipeline
from pipelines.storage import shared_store
from pipelines.thai_text import clean_text, clean_title

PAIRS_FILE = (
    Path(__file__).resolve().parent.parent / "tests/fixtures/data/thaigov_dev_neardup_pairs.tsv"
)
FETCHED = "2026-03-01T12:00:00+07:00"
TOPIC_POOL = 500  # articles drawn (seeded) for the pairs


@dataclass(frozen=True)
class Page:
    story: str  # the article key: pages of one story must share a cluster
    family: Family
    article: DemoArticle  # maybe a variant (lead paragraphs swapped, cut short)


@dataclass(frozen=True)
class Pair:
    kind: str  # repost, same-family, same-topic
    a: Page
    b: Page


class _Stats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count


# ------------------------------------------------------------------ the pairs


def _paragraphs(article: DemoArticle) -> list[str]:
    return [line for line in article.body.split("\n") if line.strip()]


def _body_len(article: DemoArticle) -> int:
    return len(clean_text(article.body, title=clean_title(article.title)))


def _usable() -> list[DemoArticle]:
    """Articles that are one story each: no copy of another in the corpus, some text."""
    twins: set[str] = set()
    for line in PAIRS_FILE.read_text("utf-8").splitlines()[1:]:
        twins.update(line.split("\t")[:2])
    return [a for a in bundled_articles() if a.key not in twins and _body_len(a) >= 150]


def repost_variant(article: DemoArticle, n: int) -> DemoArticle:
    """How a re-posting site changes the text: lead paragraphs swapped (every 3rd), a
    source line at the end (every 4th)."""
    lines = _paragraphs(article)
    if n % 3 == 0 and len(lines) >= 4:
        # the body opens with the headline (twice on thaigov): swap the first two
        # paragraphs of text after it
        start = next(i for i, line in enumerate(lines) if line.strip() != article.title.strip())
        if start + 1 < len(lines):
            lines[start], lines[start + 1] = lines[start + 1], lines[start]
    if n % 4 == 0:
        lines.append("ที่มา: สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี")
    return dataclasses.replace(article, body="\n".join(lines))


def short_variant(article: DemoArticle) -> DemoArticle:
    """A short notice: the article cut to its headline and first paragraph of text."""
    lines = _paragraphs(article)
    text = [line for line in lines if line.strip() != article.title.strip()][:1]
    return dataclasses.replace(article, body="\n".join([article.title, *text]))


@cache
def _title_grams(title: str) -> frozenset[str]:
    return frozenset(shingles(title))


def _title_jaccard(a: DemoArticle, b: DemoArticle) -> float:
    x, y = _title_grams(a.title), _title_grams(b.title)
    return len(x & y) / max(1, len(x | y))


def build_pairs(count: int, seed: int = 14) -> list[Pair]:
    """``count`` pairs of each kind, every article used by one pair kind only."""
    rng = random.Random(seed)
    pool = _usable()
    rng.shuffle(pool)
    pool = pool[:TOPIC_POOL]
    # the blind half stays unmeasured until bench/extraction.py's one run over it
    families = [f for f in ZOO if f.half not in BLIND_HALVES]
    pairs: list[Pair] = []
    # same topic first: the most alike headlines of different stories
    scored = sorted(
        ((_title_jaccard(a, b), a, b) for a, b in itertools.combinations(pool, 2)),
        key=lambda t: -t[0],
    )
    used: set[str] = set()
    for n, (_, a, b) in enumerate(scored):
        if len([p for p in pairs if p.kind == "same-topic"]) >= count:
            break
        if a.key in used or b.key in used:
            continue
        used |= {a.key, b.key}
        fa, fb = families[n % len(families)], families[(n * 7 + 3) % len(families)]
        if fa is fb:
            fb = families[(families.index(fa) + 1) % len(families)]
        pairs.append(Pair("same-topic", Page(a.key, fa, a), Page(b.key, fb, b)))
    rest = [a for a in pool if a.key not in used]
    # re-posts: two families, the second copy edited as re-posters do
    for n in range(count):
        article = rest.pop()
        fa = families[n % len(families)]
        fb = families[(n * 5 + 1) % len(families)]
        if fa is fb:
            fb = families[(families.index(fa) + 1) % len(families)]
        pairs.append(Pair("repost", Page(article.key, fa, article),
                          Page(article.key, fb, repost_variant(article, n))))  # fmt: skip
    # same family, different short articles: groups of three per family (3 pairs each)
    short = sorted(rest, key=_body_len)
    natural = [a for a in short if _body_len(a) <= 800]
    cut = [short_variant(a) for a in short[len(natural) :]]
    texts = natural + cut
    groups = (count + 2) // 3
    for g in range(groups):
        family = families[g % len(families)]
        trio = [texts[g * 3 + k] for k in range(3)]
        for a, b in itertools.combinations(trio, 2):
            pairs.append(Pair("same-family", Page(a.key, family, a), Page(b.key, family, b)))
    return pairs


# ------------------------------------------------------------------ the crawl path


FOOTER = 2  # lines: the site's address, phones, copyright


def leaked(body: str, html: str, leak: str) -> str:
    """The body as a careless extractor gives it: with the page's footer ("footer"), or
    with everything of the page after the end of the text ("all": related-news boxes,
    share bars, counters, the footer)."""
    lines = _page_lines(Selector(text=html).root)
    if leak == "footer":
        return "\n".join([body, *lines[-FOOTER:]])
    last = body.split("\n")[-1] if body else ""
    at = max((i for i, line in enumerate(lines) if last and last in line), default=None)
    return body if at is None else "\n".join([body, *lines[at + 1 :]])


class SourceRun:
    """What one source's spider keeps across its pages: what they showed of the site's
    name (crawler.extract.SourceTitles, as crawler.spiders.base)."""

    def __init__(self, leak: str = "") -> None:
        self.titles = SourceTitles()
        self.leak = leak

    def item(self, page: Page, html: str) -> ArticleItem:
        url = page.family.url(page.article)
        hints = page.family.hints(page.article)
        extracted = self.titles.extract(html, url, None, hints.title)
        candidates = list(extracted.date_candidates)
        if hints.list_date:
            candidates.append(DateCandidate("listing", hints.list_date))
        body = leaked(extracted.body, html, self.leak) if self.leak else extracted.body
        return ArticleItem(
            url=url, source_id=page.family.name, title=extracted.title or hints.title,
            body=body, canonical_url=extracted.canonical_url or url,
            shortlink=extracted.shortlink, date_candidates=candidates, fetched_at=FETCHED,
            language=extracted.language, form=extracted.form,
        )  # fmt: skip


def crawl(pages: list[Page], db_path: str, leak: str = "") -> dict[Page, str | None]:
    """Every page through extraction and the clean, date, dedupe, store stages; the
    cluster each page landed in (None when a stage dropped it)."""
    stats = _Stats()
    store = shared_store(db_path)
    store.sync_sources(
        {"id": f.name, "name": f.name, "kind": "listing", "url": f.url(pages[0].article)}
        for f in ZOO
    )
    stages: list[Any] = [CleanPipeline(stats), DatePipeline(stats),
                         DedupePipeline(db_path, stats), StorePipeline(db_path, stats)]  # fmt: skip
    for stage in stages:
        if hasattr(stage, "open_spider"):
            stage.open_spider()
    runs: dict[str, SourceRun] = defaultdict(lambda: SourceRun(leak))
    articles = [p.article for p in pages]
    clusters: dict[Page, str | None] = {}
    for index, page in enumerate(pages):
        html = page.family.render(page.article, related_for(articles, index))
        item = runs[page.family.name].item(page, html)
        try:
            for stage in stages:
                item = stage.process_item(item)
        except Exception as exc:  # DropItem: a stage refused the page
            print(f"  dropped {page.family.name} {page.story}: {exc}")
            clusters[page] = None
            continue
        clusters[page] = item.cluster_hint.get("cluster_id")
    return clusters


# ------------------------------------------------------------------ scoring


@dataclass
class Result:
    precision: float
    recall: float
    f1: float
    found: dict[str, tuple[int, int]]  # kind -> (pairs in one cluster, pairs)
    boilerplate_clusters: int  # clusters of different stories from one source only
    mixed_clusters: int  # clusters of different stories, any sources
    pages: int


def score(pairs: list[Pair], clusters: dict[Page, str | None]) -> Result:
    pages = list(clusters)
    tp = fp = fn = 0
    for a, b in itertools.combinations(pages, 2):
        same = clusters[a] is not None and clusters[a] == clusters[b]
        truth = a.story == b.story
        tp += same and truth
        fp += same and not truth
        fn += truth and not same
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    found: dict[str, tuple[int, int]] = {}
    for pair in pairs:
        hit = clusters[pair.a] is not None and clusters[pair.a] == clusters[pair.b]
        done, total = found.get(pair.kind, (0, 0))
        found[pair.kind] = (done + hit, total + 1)
    members: dict[str, list[Page]] = defaultdict(list)
    for page, cluster in clusters.items():
        if cluster is not None:
            members[cluster].append(page)
    mixed = [m for m in members.values() if len({p.story for p in m}) > 1]
    boilerplate = [m for m in mixed if len({p.family.name for p in m}) == 1]
    return Result(precision, recall, f1, found, len(boilerplate), len(mixed), len(pages))


def run(count: int, db_path: str, seed: int = 14, leak: str = "") -> tuple[list[Pair], Result]:
    pairs = build_pairs(count, seed)
    pages: list[Page] = []
    for pair in pairs:
        for page in (pair.a, pair.b):
            if page not in pages:
                pages.append(page)
    random.Random(seed).shuffle(pages)  # crawl order: sources interleaved
    return pairs, score(pairs, crawl(pages, db_path, leak))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=40, help="pairs of each kind")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--leak", choices=["footer", "all"], default="",
                        help="stress: a careless extractor keeps the footer, or all after the text")  # fmt: skip
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="khao-cross-family-") as work:
        pairs, result = run(args.pairs, str(Path(work) / "khao.db"), args.seed, args.leak)
    print(f"{result.pages} pages, {len(pairs)} pairs, {time.perf_counter() - started:.0f} s")
    print(f"pairwise precision {result.precision:.3f} recall {result.recall:.3f} "
          f"F1 {result.f1:.3f}")  # fmt: skip
    for kind, (done, total) in result.found.items():
        print(f"  {kind}: {done}/{total} pairs in one cluster")
    print(f"clusters mixing stories: {result.mixed_clusters}; of one source only "
          f"(shared boilerplate): {result.boilerplate_clusters}")  # fmt: skip


if __name__ == "__main__":
    main()
