"""Benchmark: title, date and main text extraction over the template zoo (bench/zoo.py).

Real thaigov.go.th articles (the bundled demo corpus) are rendered by the page families of
bench/zoo.py, modelled on real Thai government systems, in five halves: tuned, unseen,
holdout, fresh (bench/zoo_fresh.py) and blind (bench/zoo_blind.py); see bench/zoo.py for
which were used to change the extractor, and bench/RESULTS.md for each half's first,
blind, measurement. Every page is extracted three ways, all without selectors:

- khao: crawler.extract.extract_article (generic mode, with the listing's hints when the
  family is crawled from a listing) + the clean and date stages' pure functions;
- trafilatura alone: bare_extraction(with_metadata=True, include_comments=False);
- htmldate alone: find_date(html, extensive_search=True, original_date=True) (dates only).

Scores against the source texts: title exact match (after khao's clean_title on every
system's output), date accuracy (calendar day), body F1 on pythainlp newmm word tokens (bag
of tokens; every output first goes through khao's clean_text), and how many dates came out
later than the fetch time (never allowed).

    .venv/bin/python bench/extraction.py                 # every 10th article, every family
    .venv/bin/python bench/extraction.py --half fresh    # one half only
    .venv/bin/python bench/extraction.py --stride 3      # every 3rd
    .venv/bin/python bench/extraction.py --write         # also update bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import htmldate
import trafilatura
from pythainlp.tokenize import word_tokenize

from bench.zoo import BLIND_HALVES, ZOO, Family, Hints, related_for
from crawler.demo.corpus import DemoArticle, bundled_articles
from crawler.extract import extract_article
from pipelines.items import ArticleItem, DateCandidate
from pipelines.stages.date import item_candidates
from pipelines.thai_dates import BANGKOK, choose_published
from pipelines.thai_text import clean_text, clean_title

# when the archive was crawled: years after the newest article, so a year-less date given
# the crawl's year is visibly wrong
FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=BANGKOK)
HALVES = ("tuned", "unseen", "holdout", "fresh", *BLIND_HALVES)
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## Extraction over the template zoo (issue 14)"


@dataclass
class Page:
    article: DemoArticle
    family: Family
    url: str
    html: str
    hints: Hints


@dataclass
class Output:
    title: str | None
    body: str | None
    day: date | None
    future: bool = False


@dataclass
class Scores:
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    future: int = 0


# ------------------------------------------------------------------ pages


def render_pages(articles: list[DemoArticle], families: list[Family] = ZOO) -> list[Page]:
    pages: list[Page] = []
    for index, article in enumerate(articles):
        related = related_for(articles, index)
        for family in families:
            pages.append(Page(article, family, family.url(article),
                              family.render(article, related), family.hints(article)))  # fmt: skip
    return pages


# ------------------------------------------------------------------ systems


def khao_item(page: Page, fetched: datetime = FETCHED) -> ArticleItem:
    """What khao stores for the page: extraction, the clean stage, the date stage."""
    extracted = extract_article(page.html, page.url, None, hint_title=page.hints.title)
    title = clean_title(extracted.title or page.hints.title)
    candidates = list(extracted.date_candidates)
    if page.hints.list_date:
        candidates.append(DateCandidate("listing", page.hints.list_date))
    item = ArticleItem(
        url=page.url,
        source_id="bench",
        title=title,
        body=clean_text(extracted.body, title=title),
        fetched_at=fetched.isoformat(),
        date_candidates=candidates,
    )
    value, origin = choose_published(item_candidates(item), fetched)
    item.published_at = value.isoformat() if value else None
    item.published_from = origin
    return item


def run_khao(page: Page) -> Output:
    item = khao_item(page)
    value = datetime.fromisoformat(item.published_at) if item.published_at else None
    return Output(item.title, item.body, value.date() if value else None,
                  value is not None and value > FETCHED)  # fmt: skip


def run_trafilatura(page: Page) -> Output:
    doc = trafilatura.bare_extraction(
        page.html, url=page.url, with_metadata=True, include_comments=False,
        include_tables=True, deduplicate=False,
    )  # fmt: skip
    if doc is None:
        return Output(None, None, None)
    day = None
    if doc.date:
        try:
            day = date.fromisoformat(doc.date[:10])
        except ValueError:
            day = None
    return Output(doc.title, doc.text, day, day is not None and day > FETCHED.date())


def run_htmldate(page: Page) -> Output:
    found = htmldate.find_date(page.html, url=page.url, extensive_search=True, original_date=True)
    day = date.fromisoformat(found) if found else None
    return Output(None, None, day, day is not None and day > FETCHED.date())


SYSTEMS: dict[str, Callable[[Page], Output]] = {
    "khao": run_khao,
    "trafilatura": run_trafilatura,
    "htmldate": run_htmldate,
}


# ------------------------------------------------------------------ scoring


def tokens(text: str) -> Counter[str]:
    return Counter(t for t in word_tokenize(text, engine="newmm") if t.strip())


def body_f1(predicted: str, truth: Counter[str]) -> float:
    guess = tokens(predicted)
    overlap = sum((guess & truth).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(guess.values())
    recall = overlap / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def truth(article: DemoArticle) -> tuple[str, str]:
    title = clean_title(article.title)
    return title, clean_text(article.body, title=title)


def evaluate(
    pages: list[Page], systems: dict[str, Callable[[Page], Output]] = SYSTEMS
) -> dict[tuple[str, str], Scores]:
    """Scores per (system, family name), per (system, half) and (system, "all")."""
    table: dict[tuple[str, str], Scores] = {}
    truth_tokens: dict[str, Counter[str]] = {}
    for page in pages:
        article = page.article
        true_title, true_body = truth(article)
        if article.key not in truth_tokens:
            truth_tokens[article.key] = tokens(true_body)
        for name, system in systems.items():
            started = time.perf_counter()
            out = system(page)
            elapsed = time.perf_counter() - started
            for key in ((name, page.family.name), (name, page.family.half), (name, "all")):
                scores = table.setdefault(key, Scores())
                scores.seconds.append(elapsed)
                scores.dates.append(out.day == date.fromisoformat(article.date))
                scores.future += out.future
                if out.title is not None or name != "htmldate":
                    scores.titles.append(clean_title(out.title or "") == true_title)
                if out.body is not None or name != "htmldate":
                    body = clean_text(out.body or "", title=clean_title(out.title or ""))
                    scores.f1.append(body_f1(body, truth_tokens[article.key]))
    return table


def mean(values: list[float] | list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def report(table: dict[tuple[str, str], Scores], articles: int, seconds: float,
           command: str, families: int = len(ZOO)) -> str:  # fmt: skip
    rows = [(f.name, f.half) for half in HALVES for f in ZOO if f.half == half]
    halves = [h for h in HALVES if any(f.half == h for f in ZOO)]
    rows += [(h, "half") for h in halves] + [("all", "")]
    lines = [
        "| family | half | system | title exact | date accuracy | body F1 (newmm) "
        "| dates after fetch | median ms/page |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, half in rows:
        for name in SYSTEMS:
            scores = table.get((name, key))
            if scores is None:
                continue
            label = f"**{key}**" if half in ("half", "") else key
            lines.append(
                f"| {label} | {half if half != 'half' else ''} | {name} "
                f"| {fmt(mean(scores.titles))} | {fmt(mean(scores.dates))}"
                f" | {fmt(mean(scores.f1))} | {scores.future}"
                f" | {statistics.median(scores.seconds) * 1000:.1f} |"
            )
    header = [
        SECTION,
        "",
        f"- date: {datetime.now(BANGKOK):%Y-%m-%d %H:%M} (Asia/Bangkok); machine: "
        f"{os.cpu_count()} CPUs (nproc), Python {platform.python_version()}, "
        f"trafilatura {trafilatura.__version__}, htmldate {htmldate.__version__}",
        f"- command: `{command}`",
        f"- {articles} real thaigov.go.th articles × {families} families = "
        f"{articles * families} pages; fetch time {FETCHED:%Y-%m-%d}; run took {seconds:.0f} s",
        "- title: exact match after clean_title; date: calendar day; body F1: bag of pythainlp "
        "newmm tokens, every output cleaned with khao's clean_text first",
        "",
    ]
    return "\n".join(header + lines) + "\n"


def write_results(section: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if SECTION in text:
        start = text.index(SECTION)
        rest = text[start + len(SECTION) :]
        following = rest.find("\n## ")
        end = start + len(SECTION) + following + 1 if following >= 0 else len(text)
        text = text[:start] + section + ("\n" + text[end:] if following >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stride", type=int, default=10, help="take every Nth article")
    parser.add_argument("--half", choices=list(HALVES), help="only one half")
    parser.add_argument("--family", help="only this family")
    parser.add_argument("--module", help="only the families of this bench module (zoo_tuning2)")
    parser.add_argument("--khao-only", action="store_true", help="skip trafilatura/htmldate")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--failures", type=int, default=0,
                        help="print this many khao misses per family")  # fmt: skip
    args = parser.parse_args()
    articles = list(bundled_articles())[:: args.stride]
    families = [f for f in ZOO if (not args.half or f.half == args.half)
                and (not args.family or f.name == args.family)
                and (not args.module or f.render.__module__ == f"bench.{args.module}")]  # fmt: skip
    systems = {"khao": run_khao} if args.khao_only else SYSTEMS
    started = time.perf_counter()
    pages = render_pages(articles, families)
    table = evaluate(pages, systems)
    command = "python bench/extraction.py " + " ".join(sys.argv[1:])
    section = report(
        table, len(articles), time.perf_counter() - started, command.strip(), len(families)
    )
    print(section)
    if args.failures:
        show_failures(pages, args.failures)
    if args.write:
        write_results(section)
        print(f"written to {RESULTS}")


def show_failures(pages: list[Page], limit: int) -> None:
    shown: Counter[str] = Counter()
    for page in pages:
        if shown[page.family.name] >= limit:
            continue
        out = run_khao(page)
        true_title, true_body = truth(page.article)
        f1 = body_f1(out.body or "", tokens(true_body))
        problems = []
        if out.title != true_title:
            problems.append(f"title {out.title!r}")
        if out.day != date.fromisoformat(page.article.date):
            problems.append(f"date {out.day} != {page.article.date}")
        if f1 < 0.97:
            problems.append(f"body F1 {f1:.3f}")
        if problems:
            shown[page.family.name] += 1
            print(f"[{page.family.name}] {page.article.key}: " + "; ".join(problems))


if __name__ == "__main__":
    main()
