"""Issue 17: what the crawl process no longer spends CPU on, per article or at its start."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil

from hypothesis import given
from hypothesis import strategies as st
from scrapy.utils.misc import is_generator_with_return_value

import crawler.spiders
from crawler import settings


def _spider_generators() -> list:
    found = []
    for info in pkgutil.iter_modules(crawler.spiders.__path__):
        module = importlib.import_module(f"crawler.spiders.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for _, func in inspect.getmembers(cls, inspect.isfunction):
                if inspect.isgeneratorfunction(func):
                    found.append(func)
    return found


def test_scrapy_does_not_parse_callbacks_at_every_response() -> None:
    """Scrapy re-read and parsed a callback's source for ~1 response in 3 (its cache is
    keyed by a bound method, a new object at each call): switched off."""
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False


def test_no_spider_generator_returns_a_value() -> None:
    """What that check warned of, checked here once instead: a callback that is a generator
    and ``return``s a value would lose the value silently."""
    generators = _spider_generators()
    assert len(generators) > 5  # the spiders' parse_* callbacks were found
    offenders = [f.__qualname__ for f in generators if is_generator_with_return_value(f)]
    assert offenders == []


# ------------------------------------------------------------ Thai digits without translate

_DIGIT_TEXT = st.text(
    alphabet=st.sampled_from("๐๑๒๓๔๕๖๗๘๙0123456789กขคเแาำ \n\u0e4d\u200b.,AZaz"), max_size=80
) | st.text(max_size=40)


@given(_DIGIT_TEXT)
def test_thai_digits_to_arabic_equals_the_translate_table(text: str) -> None:
    """``str.replace`` per digit (0.16 ms → 0.001 ms an article): what the table gave."""
    from pipelines import thai_dates, thai_text

    table = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    assert thai_text.thai_digits_to_arabic(text) == text.translate(table)
    assert thai_dates.thai_digits_to_arabic is thai_text.thai_digits_to_arabic


# ------------------------------------------------------------ pure functions, cached


def test_cached_url_and_id_functions_give_what_they_compute() -> None:
    """url_key, canonical_url, site_of and entity_id keep their latest results (an article's
    id was computed 4 times, a page's site once per link): a cached answer is the same as a
    fresh one, and the caches are bounded."""
    from pipelines import identity, urls

    cases = ["https://www.Example.go.th/news/1/?b=2&a=1&utm_source=x", "http://a.th:80/x/",
             "javascript:void(0)", "", "https://b.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7"]  # fmt: skip
    fresh = {
        f.__name__: [f.__wrapped__(u) for u in cases]
        for f in (urls.canonical_url, urls.url_key, urls.site_of)
    }
    for _ in range(2):
        for f in (urls.canonical_url, urls.url_key, urls.site_of):
            assert [f(u) for u in cases] == fresh[f.__name__]
            assert f.cache_info().maxsize == urls._URL_CACHE
    assert identity.entity_id("PERSON", "ก ข") == identity.entity_id.__wrapped__("PERSON", "ก ข")
    assert identity.entity_id.cache_info().maxsize is not None


# ------------------------------------------------------------ spam patterns on a shorter text

_SPAM_PIECES = st.sampled_from([
    "slot", "SLOT", "gacor", "ſlot", "casino", "online", "ufa", "bet", "loan", "s", "id", "line",
    "judi", "situs", "joker", "123", "free", "spin", "@", ":", "%", " ", "\n", "\u00a0", "๑๒",
    "9", "ก", "สล็อต", "เว็บตรง", "ฝาก", "ถอน", "-", "ทางเข้า", "โบนัส", "จับกุม", "ตำรวจ",
    "พ.ร.บ.การพนัน", "\u0e4d", "K", "ı", "İ", "é", "ufa๑", "\u200b",
])  # fmt: skip


def _reference_spam_score(title: str, body: str) -> tuple[int, int]:
    """Every pattern searched in the whole text, as spam_score did before issue 17's pass."""
    import re
    import unicodedata

    from pipelines import spam

    def hits(patterns: list[str], text: str) -> int:
        return sum(1 for p in patterns if re.search(p, text, re.I))

    title = unicodedata.normalize("NFC", title or "")
    text = unicodedata.normalize("NFC", f"{title}\n{(body or '')[:20000]}")
    score = 2 * hits(spam._PITCH, text) + hits(spam._TOPIC, text)
    score += 2 * hits(spam._PITCH, title) + hits(spam._TOPIC, title)
    return score, hits(spam._ENFORCEMENT, text)


@given(st.lists(_SPAM_PIECES, max_size=12).map("".join),
       st.lists(_SPAM_PIECES, max_size=60).map("".join))  # fmt: skip
def test_spam_score_on_the_latin_text_equals_searching_the_whole(title: str, body: str) -> None:
    """The ASCII-only patterns are searched in the text with Thai runs cut to one letter
    (0.65 → 0.24 ms an article): the same scores as searching every pattern in the text."""
    from pipelines.spam import spam_score

    assert spam_score(title, body) == _reference_spam_score(title, body)


def test_spam_score_of_known_texts() -> None:
    from pipelines.spam import spam_score

    for title, body in [
        ("สล็อตเว็บตรง slot gacor", "ฝากถอน ไม่มีขั้นต่ำ Slot Online ufa๑๒๓ line id: @abc " * 3),
        ("จับกุม บาคาร่า", "ตำรวจ จับกุม ผู้ต้องหา เว็บพนัน slotกgacor ſlot ſitus judi"),
        ("", "casinoสล็อตonline"),  # Thai between two words keeps them apart
    ]:
        assert spam_score(title, body) == _reference_spam_score(title, body)
    assert spam_score("", "casinoสล็อตonline") == (2, 0)  # casino, สล็อต; not "casino online"


def test_the_title_key_keeps_the_characters_it_kept() -> None:
    """``_compact`` drops by one regex what a per-character test dropped: the same set of
    characters kept, over every code point (surrogates included)."""
    from pipelines.thai_text import _NOT_KEY_RE

    kept = "".join(chr(c) for c in range(0x110000))
    expected = "".join(ch for ch in kept if ch.isalnum() or "\u0e00" <= ch <= "\u0e7f")
    assert _NOT_KEY_RE.sub("", kept) == expected


# ------------------------------------------------------------ short-word tokens through numpy


def _reference_gram_tokens(text: str) -> set[str]:
    """gram_tokens as it was before issue 17's sixth pass (pairs as a Python set)."""
    from itertools import pairwise

    from pipelines.thai_text import normalize_for_match

    form = normalize_for_match(text)
    codes = {char: f"{ord(char):x}" for char in set(form) if not char.isspace()}
    tokens = set(codes.values())
    tokens.update(
        f"{codes[a]}g{codes[b]}" for a, b in set(pairwise(form)) if a in codes and b in codes
    )
    return tokens


@given(st.text(max_size=60) | st.lists(_SPAM_PIECES, max_size=30).map("".join))
def test_gram_tokens_equal_the_python_sets(text: str) -> None:
    from pipelines import short_words

    assert short_words.gram_tokens(text) == _reference_gram_tokens(text)


def test_gram_tokens_of_an_article_and_a_full_pair_cache(monkeypatch) -> None:
    from pipelines import short_words

    text = "ไฟไหม้ที่ ๑๒ ซอย\nผล ณ วันที่ 3 ก็ดี \u00a0 \U0001f600x\ud800y " * 5
    assert short_words.gram_tokens(text) == _reference_gram_tokens(text)
    assert short_words.gram_tokens("") == set() and short_words.gram_tokens("ก") == {"e01"}
    monkeypatch.setattr(short_words, "_PAIR_TOKENS", {})
    monkeypatch.setattr(short_words, "_PAIR_TOKENS_MAX", 3)  # emptied when full, still right
    assert short_words.gram_tokens(text) == _reference_gram_tokens(text)
    assert len(short_words._PAIR_TOKENS) <= 3


def test_variant_kind_is_cached_and_bounded() -> None:
    from pipelines.entity_directory import variant_kind

    args = ("PERSON", "นายอนุทิน  ชาญวีรกูล", "อนุทิน ชาญวีรกูล")
    assert variant_kind(*args) == variant_kind.__wrapped__(*args) == "with-title"
    assert variant_kind(*args) == "with-title"
    assert variant_kind.cache_info().hits >= 1 and variant_kind.cache_info().maxsize == 8192


# ------------------------------------------------------------ attachments: links skipped early


_HREFS = st.sampled_from([
    "", "#top", "?page=2", ".", "..", "/", "a", "b.pdf", "B.PDF", "x.p\ndf", "x.pd\tf", "c.docx?dl=1",
    "d.xls#s", "e.pdfx", "f.zip/", "/files/g.PPT", "https://other.go.th/h.rar", "javascript:x.pdf",
    "mailto:a@b.pdf", "//cdn.go.th/i.odt", "https://docs.google.com/viewer?url=https%3A%2F%2Fx.go.th%2Fj%252Epdf",
    "https://docs.google.com/viewer?url=/k%2Epdf", "https://docs.google.com/v?u=1", " l.pdf ",
    "\x01m.pdf", "https://[bad/n.pdf", "ข่าว.pdf", "o.pdf?x=1&y=.doc", "p;q.pdf", "r.pdf;x",
])  # fmt: skip
_BASES = st.sampled_from([
    "https://www.example.go.th/news/1", "https://www.example.go.th/files/report.pdf",
    "https://www.example.go.th/a/b.doc?x=1", "https://docs.google.com/viewer?url=/z.pdf",
    "https://www.example.go.th/dir/", "https://www.example.go.th/p.pd\nf",
])  # fmt: skip


@given(_BASES, st.lists(st.tuples(st.sampled_from(["a", "data-src", "iframe", "data-url"]),
                                  _HREFS, st.sampled_from(["", "รายงาน", " x  y "])),
                        max_size=8))  # fmt: skip
def test_find_attachments_equals_joining_every_link(base: str, links: list) -> None:
    """Links that cannot be attachments are skipped before they are joined (and before their
    text is read): the same attachments, in the same order, as joining every link."""
    from html import escape
    from unittest.mock import patch

    from parsel import Selector

    from crawler.extract import find_attachments

    parts = []
    for kind, href, text in links:
        value = escape(href, quote=True).replace("\n", "&#10;").replace("\t", "&#9;")
        if kind == "a":
            parts.append(f'<a href="{value}">{escape(text)}</a>')
        elif kind == "iframe":
            parts.append(f'<iframe src="{value}"></iframe>')
        else:
            parts.append(f'<div {kind}="{value}" title="{escape(text)}"></div>')
    selector = Selector(text=f"<html><body>{''.join(parts)}</body></html>")
    # the same function with the early skip off (every link may be one) is the old behaviour
    with patch("crawler.extract._may_be_attachment", return_value=True):
        every_link_joined = find_attachments(selector, base)
    assert find_attachments(selector, base) == every_link_joined


def test_a_date_candidate_read_again_is_read_from_the_cache() -> None:
    """choose_published reads a candidate up to three times: once now, the same answer, and
    not for another clock (``now``), anchor or zone; never cached without a ``now``."""
    from datetime import UTC, datetime, timedelta, timezone

    from pipelines import thai_dates
    from pipelines.items import DateCandidate

    line = DateCandidate("dateline", "วันที่ 3 ม.ค.")  # year-less: the anchor decides
    now = datetime(2024, 1, 1, 0, 30, tzinfo=UTC)  # still 2023-12-31 nowhere but Bangkok
    thai_dates._parse_value_cached.cache_clear()
    first = thai_dates._parse_candidate(line, now, None)
    again = thai_dates._parse_candidate(line, now, None)
    assert first == again == thai_dates._parse_value("dateline", line.value, now, None)
    assert thai_dates._parse_value_cached.cache_info().hits == 1
    same_instant = now.astimezone(timezone(timedelta(hours=-5)))
    assert same_instant == now
    thai_dates._parse_candidate(line, same_instant, None)  # another written offset: computed
    assert thai_dates._parse_value_cached.cache_info().hits == 1
    thai_dates._parse_candidate(line, None, None)
    assert thai_dates._parse_value_cached.cache_info().currsize == 2


# --------------------------------------------------------------------------- seventh pass
def test_storable_prefilter_misses_no_code_point() -> None:
    """``storable`` searches two cheap supersets before the exact class: every code point
    the exact class removes is found by one of them, alone and inside Thai text."""
    from pipelines import thai_text

    for code in range(0x110000):
        char = chr(code)
        if thai_text._UNSTORABLE_RE.match(char):
            assert thai_text._C0_RE.match(char) or thai_text._HIGH_RE.match(char), hex(code)
            assert thai_text.storable(f"ข่าว{char}ไทย") == "ข่าวไทย"


_UNSTORABLE_PIECES = st.sampled_from(
    ["ข่าว", "a", " ", "\n", "\t", "\x00", "\x0b", "\x1f", "\x7f", "\ud800", "\udfff", "\ufdd0",
     "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff", "\U0001f600", "\ufeff", "๒"]
)  # fmt: skip


@given(st.text(max_size=40) | st.lists(_UNSTORABLE_PIECES, max_size=20).map("".join))
def test_storable_equals_removing_the_class(text: str) -> None:
    from pipelines import thai_text

    assert thai_text.storable(text) == thai_text._UNSTORABLE_RE.sub("", text)


def test_the_english_month_lookahead_admits_every_first_letter() -> None:
    """The class before the English months accepts exactly the code points that can start
    one of them (case-insensitively, ``ſ`` for ``s`` too), over all of Unicode."""
    import re

    from pipelines import thai_dates

    names = thai_dates._EN_MONTH_ALT.removeprefix("(?:").split(")")[0].split("|")
    assert "january" in names and "dec" in names and len(names) == 24
    firsts = {name[0] for name in names}
    first = re.compile("|".join(sorted(firsts)), re.IGNORECASE)
    lookahead = re.compile(thai_dates._EN_MONTH_FIRST + ".", re.IGNORECASE | re.DOTALL)
    for code in range(0x110000):
        char = chr(code)
        assert bool(first.match(char)) == bool(lookahead.match(char)), hex(code)


_DATE_PIECES = st.sampled_from(
    ["March 5, 2024", "mar 5 2567", "SEPT 30th, 19", "ſeptember 1, 2020", "Dec. 25 - 26, 2023",
     "ม.ค.", " ", "\n", "5", "2567", "พ.ศ.", "june", "ถึง", "Jan", "uary", ",", "-", "a.d. "]
)  # fmt: skip


@given(st.text(max_size=30) | st.lists(_DATE_PIECES, max_size=12).map("".join))
def test_english_dates_match_as_without_the_lookahead(text: str) -> None:
    import re

    from pipelines import thai_dates

    new = thai_dates._ENGLISH_MDY_RE
    old = re.compile(new.pattern.removeprefix(thai_dates._EN_MONTH_FIRST), new.flags)
    assert old.pattern != new.pattern
    found = [(m.span(), m.groupdict()) for m in new.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in old.finditer(text)]


def test_scrapy_s_deprecated_tls_classes_are_built_when_the_runner_is_imported() -> None:
    """Scrapy's contextfactory module reads ``inspect.stack()`` three times at import, a cost
    of the stack's depth times the modules loaded: imported with the runner (few modules,
    a shallow stack), not when the crawl's downloader starts (~0.12 → ~0.05 s a crawl)."""
    import subprocess
    import sys

    code = (
        "import sys, crawler.runner; print('scrapy.core.downloader.contextfactory' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHAINLP_OFFLINE": "1"})  # fmt: skip
    assert out.stdout.strip() == "True"


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("xy"), st.integers(0, 3)),
                max_size=30))  # fmt: skip
def test_first_of_each_writes_what_insert_or_ignore_writes(rows: list) -> None:
    """The entity and name rows an article repeats are dropped before ``INSERT OR IGNORE``:
    the table (rowids included) is the same as when every row is sent."""
    import sqlite3

    from pipelines.storage.directory import first_of_each

    tables = []
    for sent in (rows, first_of_each(rows, 2)):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (name TEXT, id TEXT, kind INTEGER, PRIMARY KEY (name, id))")
        conn.executemany("INSERT OR IGNORE INTO t VALUES (?, ?, ?)", sent)
        tables.append(conn.execute("SELECT rowid, * FROM t ORDER BY rowid").fetchall())
    assert tables[0] == tables[1]
    assert len(first_of_each(rows, 2)) == len({row[:2] for row in rows})


def test_the_title_key_is_computed_once_an_article(monkeypatch) -> None:
    """clean_lines compares each line above the text with the title: the title's key comes
    from a cache after the first line, with the same result as computing it every time."""
    from pipelines import thai_text

    title = "นายกฯ ประชุม ครม. ๑๒ ธ.ค."
    text = "\n".join([title, "นายกฯ  ประชุม ครม. 12 ธ.ค.!", title, "เนื้อข่าว ๑", "๒"])
    thai_text._title_key_cached.cache_clear()
    kept = thai_text.clean_lines(text, title)
    info = thai_text._title_key_cached.cache_info()
    assert info.misses == 1 and info.hits >= 2, info
    monkeypatch.setattr(thai_text, "_title_key", thai_text._compact)
    assert thai_text.clean_lines(text, title) == kept


def test_a_title_as_long_as_a_text_block_is_not_kept() -> None:
    """A page's "title" may be a whole block of text (a hostile page, a selector gone
    wrong): 64 such titles kept their keys in the crawl process, 133 MB (review)."""
    import gc
    import tracemalloc

    from pipelines import thai_text

    thai_text._title_key_cached.cache_clear()
    tracemalloc.start()
    for i in range(64):
        title = f"ข่าว{i} " + "ประชาสัมพันธ์" * 40_000
        text = f"ข่าว{i} ประชาสัมพันธ์\nเนื้อข่าว"
        assert thai_text.clean_text(text, title=title) == text
        del title
    gc.collect()
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert held < 5_000_000, held
    assert thai_text._title_key_cached.cache_info().currsize == 0


def test_the_crawl_does_not_import_disabled_scrapy_components() -> None:
    """Scrapy imports every listed extension's and middleware's module before asking it
    whether it is on: RemoteControl (off in khao) imports aiohttp, ~0.14 s of CPU a crawl
    start, CookiesMiddleware (off) tldextract, ~0.03 s. khao's EXTENSIONS_BASE and
    DOWNLOADER_MIDDLEWARES_BASE leave them out; the extensions and middlewares a crawl runs
    are those of Scrapy's full lists, and neither library is imported."""
    import subprocess
    import sys

    code = """
import sys
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.crawler import Crawler
from scrapy.settings import default_settings
from scrapy.spiders import Spider
from crawler.runner import base_settings

def enabled(settings):
    crawler = Crawler(Spider, settings)
    crawler._apply_settings()
    downloader = DownloaderMiddlewareManager.from_crawler(crawler)
    return (sorted(type(e).__qualname__ for e in crawler.extensions.middlewares),
            [type(m).__qualname__ for m in downloader.middlewares])

ours = enabled(base_settings("unused.db", "r1"))
print("aiohttp" in sys.modules, "tldextract" in sys.modules)
full = base_settings("unused.db", "r1")
for name in ("EXTENSIONS_BASE", "DOWNLOADER_MIDDLEWARES_BASE"):
    full.set(name, getattr(default_settings, name), priority="cmdline")
print(ours == enabled(full), "RunRecorder" in ours[0], "NetworkSafetyMiddleware" in ours[1])
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHAINLP_OFFLINE": "1"})  # fmt: skip
    assert out.stdout.split() == ["False", "False", "True", "True", "True"]


def _meta_content_by_parsel(selector, *names: str) -> str | None:
    """meta_content as it was: parsel compiling the expression with the name in it."""
    for name in names:
        value = selector.xpath(
            f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content'
        ).get()
        if value and value.strip():
            return value.strip()
    return None


_META_ATTR = st.sampled_from(["property", "name", "itemprop", "http-equiv", "NAME"])
_META_NAME = st.sampled_from(["og:title", "twitter:title", "author", "og:image", "date", "x"])
_META_VALUE = st.sampled_from(["", "  ", " ข่าว ", "a&amp;b", "2566-01-02", "\u00a0x"])


@given(st.lists(st.tuples(_META_ATTR, _META_NAME, st.one_of(st.none(), _META_VALUE)),
                max_size=8),
       st.lists(_META_NAME, min_size=1, max_size=3, unique=True))  # fmt: skip
def test_meta_content_by_the_compiled_xpath_equals_parsel(metas, names) -> None:
    """meta_content's XPath, compiled once with the name as a variable, reads what parsel's
    per-call expression read: the first ``content`` of each name in turn, blank ones passed."""
    from parsel import Selector

    from crawler.extract import meta_content

    tags = "".join(
        f'<meta {attr}="{name}"' + ("" if value is None else f' content="{value}"') + ">"
        for attr, name, value in metas
    )
    page = Selector(text=f"<html><head>{tags}</head><body><p>x</p><meta name='author' "
                         f"content='in body'></body></html>")  # fmt: skip
    assert meta_content(page, *names) == _meta_content_by_parsel(page, *names)
    # from an element's selector too: ``//`` still reads the whole document
    body = page.xpath("//body")[0]
    assert meta_content(body, *names) == _meta_content_by_parsel(body, *names)


def test_meta_content_of_the_zoo_pages_equals_parsel() -> None:
    from pathlib import Path

    from parsel import Selector

    from crawler.extract import meta_content

    pages = sorted(Path("tests/fixtures/zoo").rglob("*.html"))
    assert pages
    lookups = [("og:title", "twitter:title"), ("og:site_name",), ("og:image", "twitter:image"),
               ("author",), ("article:published_time", "og:updated_time", "date")]  # fmt: skip
    for path in pages:
        page = Selector(text=path.read_text("utf-8", errors="replace"))
        for names in lookups:
            assert meta_content(page, *names) == _meta_content_by_parsel(page, *names), path


def _block_text_as_it_was(node) -> str:
    """block_text before the tag kinds were cached (the reference)."""
    from crawler import extract

    parts: list[str] = []
    root = node.root
    # (element, entering): on entering, its text and children; on leaving, its tail
    stack: list[tuple[object, bool]] = [(root, True)]
    while stack:
        element, entering = stack.pop()
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str):
            # a comment (React's server output splits "โพสต์เมื่อ <!-- -->5 มี.ค." so): its
            # tail is the parent's text
            if element.tail and element is not root:
                parts.append(element.tail)
            continue
        name = tag.lower().split("}")[-1]
        block = name in extract._BLOCK_TAGS
        cell = name in ("td", "th")  # cells of one row: apart on one line ("ข่าว 4/9/2562")
        if not entering:
            if block:
                parts.append("\n")
            elif cell:
                parts.append(" ")
            if element.tail and element is not root:  # the node's own tail is not part of it
                parts.append(element.tail)
            continue
        if name in ("script", "style", "noscript", "template"):
            if element.tail and element is not root:
                parts.append(element.tail)
            continue
        if block:
            parts.append("\n")
        elif cell:
            parts.append(" ")
        if element.text:
            parts.append(element.text)
        stack.append((element, False))
        stack.extend((child, True) for child in reversed(element))
    text = "".join(parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_BT_TAG = st.sampled_from(["p", "P", "div", "span", "b", "td", "TH", "br", "script", "STYLE",
                           "li", "section", "x-made-up", "table", "tr", "noscript", "a"])  # fmt: skip
_BT_TEXT = st.sampled_from(["", "ข่าว", " a  b ", "\n", "1/2"])


@st.composite
def _bt_html(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag = draw(_BT_TAG)
        inner = draw(_bt_html(depth + 1)) if tag not in ("br",) else ""
        parts.append(f"<{tag}>{draw(_BT_TEXT)}{inner}</{tag}>" if tag != "br" else "<br>")
        if draw(st.booleans()):
            parts.append("<!-- c -->")
        parts.append(draw(_BT_TEXT))
    return "".join(parts)


@given(_bt_html())
def test_block_text_with_cached_tag_kinds_equals_the_old(html: str) -> None:
    """block_text reads each tag's kind (block, cell, skipped) from a cache: the same text
    as lowering and splitting the tag at every element, for every element of the page."""
    from parsel import Selector

    from crawler.extract import block_text

    page = Selector(text=f"<html><body><div>{html}</div>tail</body></html>")
    for node in page.xpath("//body | //body//*"):
        assert block_text(node) == _block_text_as_it_was(node)


def test_block_text_of_the_zoo_pages_equals_the_old() -> None:
    from pathlib import Path

    from parsel import Selector

    from crawler.extract import block_text

    for path in sorted(Path("tests/fixtures/zoo").rglob("*.html")):
        page = Selector(text=path.read_text("utf-8", errors="replace"))
        for node in page.xpath("//body | //article | //div | //table"):
            assert block_text(node) == _block_text_as_it_was(node), path
