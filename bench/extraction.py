"""Benchmark: title, date and main text extraction on real articles in four page templates.

Real thaigov.go.th articles (the bundled demo corpus) are rendered into four layouts:
the thaigov template and the WordPress template of the demo mirror, and two layouts khao
has never been configured for (bench/page_templates.py: an old table-layout ministry page
and a news portal). Every page is extracted three ways, all without selectors:

- khao: crawler.extract.extract_article (generic mode) + the clean and date stages' pure
  functions (clean_title, clean_text, choose_published over the page's candidates);
- trafilatura alone: bare_extraction(with_metadata=True, include_comments=False);
- htmldate alone: find_date(html, extensive_search=True, original_date=True) (dates only).

Scores against the source texts: title exact match (after khao's clean_title on every
system's output, so only extraction is compared), date accuracy (calendar day), body F1 on
pythainlp newmm word tokens (bag of tokens, whitespace dropped; every output first goes
through khao's clean_text, so normalisation is not what is scored).

    .venv/bin/python bench/extraction.py            # 324 articles (every 3rd), ~2 min
    .venv/bin/python bench/extraction.py --all      # all 971
    .venv/bin/python bench/extraction.py --write    # also update bench/RESULTS.md
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

from bench.page_templates import portal_page, table_ministry_page
from crawler.demo import templates
from crawler.demo.corpus import DemoArticle, bundled_articles
from crawler.extract import extract_article
from pipelines.items import ArticleItem
from pipelines.stages.date import item_candidates
from pipelines.thai_dates import BANGKOK, choose_published
from pipelines.thai_text import clean_text, clean_title

FETCHED = datetime(2025, 6, 1, 12, 0, tzinfo=BANGKOK)  # when the archive was crawled
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## Extraction (issue 4)"


@dataclass
class Page:
    article: DemoArticle
    template: str
    url: str
    html: str


@dataclass
class Output:
    title: str | None
    body: str | None
    day: date | None


@dataclass
class Scores:
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


# ------------------------------------------------------------------ pages


def render_pages(articles: list[DemoArticle]) -> list[Page]:
    pages: list[Page] = []
    for index, article in enumerate(articles):
        related = [articles[(index + k) % len(articles)] for k in (1, 2, 3, 4)]
        wp_root = "https://www.obec.go.th/"
        pages += [
            Page(article, "thaigov", f"https://www.thaigov.go.th/news/contents/details/{article.number}",
                 templates.thaigov_article_page(article, "/", related)),
            Page(article, "wordpress", templates.wp_post_link(article, wp_root),
                 templates.wp_article_page(article, wp_root, related)),
            Page(article, "table (unseen)", f"http://www.moi.go.th/news.php?id={article.number}",
                 table_ministry_page(article, related)),
            Page(article, "portal (unseen)", f"https://www.thainews.example/news/{article.number}",
                 portal_page(article, related)),
        ]  # fmt: skip
    return pages


# ------------------------------------------------------------------ systems


def run_khao(page: Page) -> Output:
    extracted = extract_article(page.html, page.url, None)
    title = clean_title(extracted.title)
    item = ArticleItem(
        url=page.url,
        source_id="bench",
        title=title,
        body=clean_text(extracted.body, title=title),
        fetched_at=FETCHED.isoformat(),
        date_candidates=extracted.date_candidates,
    )
    value, _ = choose_published(item_candidates(item), FETCHED)
    return Output(item.title, item.body, value.date() if value else None)


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
    return Output(doc.title, doc.text, day)


def run_htmldate(page: Page) -> Output:
    found = htmldate.find_date(page.html, url=page.url, extensive_search=True, original_date=True)
    return Output(None, None, date.fromisoformat(found) if found else None)


SYSTEMS: dict[str, Callable[[Page], Output]] = {
    "khao (generic)": run_khao,
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


def evaluate(pages: list[Page]) -> dict[tuple[str, str], Scores]:
    table: dict[tuple[str, str], Scores] = {}
    truth_tokens: dict[str, Counter[str]] = {}
    for page in pages:
        article = page.article
        true_title = clean_title(article.title)
        true_body = clean_text(article.body, title=true_title)
        if article.key not in truth_tokens:
            truth_tokens[article.key] = tokens(true_body)
        for name, system in SYSTEMS.items():
            started = time.perf_counter()
            out = system(page)
            elapsed = time.perf_counter() - started
            for key in ((name, page.template), (name, "all")):
                scores = table.setdefault(key, Scores())
                scores.seconds.append(elapsed)
                scores.dates.append(out.day == date.fromisoformat(article.date))
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


def report(table: dict[tuple[str, str], Scores], articles: int, seconds: float) -> str:
    template_names = ["thaigov", "wordpress", "table (unseen)", "portal (unseen)", "all"]
    lines = [
        "| template | system | title exact | date accuracy | body F1 (newmm) | median ms/page |",
        "|---|---|---|---|---|---|",
    ]
    for template in template_names:
        for name in SYSTEMS:
            scores = table.get((name, template))
            if scores is None:
                continue
            lines.append(
                f"| {template} | {name} | {fmt(mean(scores.titles))} | {fmt(mean(scores.dates))}"
                f" | {fmt(mean(scores.f1))} | {statistics.median(scores.seconds) * 1000:.1f} |"
            )
    khao = table[("khao (generic)", "all")]
    traf = table[("trafilatura", "all")]
    ratio = statistics.median(khao.seconds) / statistics.median(traf.seconds)
    header = [
        SECTION,
        "",
        f"- date: {datetime.now(BANGKOK):%Y-%m-%d %H:%M} (Asia/Bangkok); machine: "
        f"{os.cpu_count()} CPUs (nproc), Python {platform.python_version()}, "
        f"trafilatura {trafilatura.__version__}, htmldate {htmldate.__version__}",
        f"- command: `.venv/bin/python bench/extraction.py{' --all' if articles > 400 else ''}"
        " --write`",
        f"- {articles} real thaigov.go.th articles × 4 templates = {articles * 4} pages; "
        f"all systems without selectors; run took {seconds:.0f} s",
        "- title: exact match after clean_title; date: calendar day; body F1: bag of pythainlp "
        "newmm tokens, every output cleaned with khao's clean_text first",
        f"- khao's median time per page is {ratio:.2f}× trafilatura's, measured in the same "
        "run; khao's generic path calls trafilatura only when it finds no block of text",
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
    parser.add_argument("--all", action="store_true", help="use all 971 articles")
    parser.add_argument("--stride", type=int, default=3, help="take every Nth article")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--failures", type=int, default=0,
                        help="print this many khao misses per template")  # fmt: skip
    args = parser.parse_args()
    corpus = list(bundled_articles())
    articles = corpus if args.all else corpus[:: args.stride]
    started = time.perf_counter()
    pages = render_pages(articles)
    table = evaluate(pages)
    section = report(table, len(articles), time.perf_counter() - started)
    print(section)
    if args.failures:
        show_failures(pages, args.failures)
    if args.write:
        write_results(section)
        print(f"written to {RESULTS}")


def show_failures(pages: list[Page], limit: int) -> None:
    shown: Counter[str] = Counter()
    for page in pages:
        if shown[page.template] >= limit:
            continue
        out = run_khao(page)
        true_title = clean_title(page.article.title)
        true_body = clean_text(page.article.body, title=true_title)
        f1 = body_f1(out.body or "", tokens(true_body))
        problems = []
        if out.title != true_title:
            problems.append(f"title {out.title!r}")
        if out.day != date.fromisoformat(page.article.date):
            problems.append(f"date {out.day} != {page.article.date}")
        if f1 < 0.97:
            problems.append(f"body F1 {f1:.3f}")
        if problems:
            shown[page.template] += 1
            print(f"[{page.template}] {page.article.key}: " + "; ".join(problems))


if __name__ == "__main__":
    main()
