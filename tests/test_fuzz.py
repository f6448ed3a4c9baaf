"""Fuzzing the pure entry points a hostile page reaches: no crash, no hang.

Cleaning, date parsing and extraction see whatever bytes a site sends (wrong charset,
truncated tags, Thai digits, control characters). Each example has a deadline, so a
regular expression that backtracks catastrophically fails the test instead of hanging.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_article
from pipelines.items import DateCandidate
from pipelines.thai_dates import choose_published, parse_date
from pipelines.thai_text import clean_text, clean_title, search_normalize

DEADLINE = timedelta(milliseconds=2000)
FUZZ = settings(max_examples=150, deadline=DEADLINE, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like what Thai pages are made of, mixed with anything at all.
THAI_PIECES = st.sampled_from(
    ["วันที่", "๒๕ ธันวาคม ๒๕๖๒", "25 ธ.ค. 62", "พ.ศ.", "เเละ", "\u200b", "\xa0", "<p>", "</div>",
     "ข่าว", "2562-12-25", "๑๒:๓๐ น.", "&nbsp;", "\ufeff", "\r\n", "ฯลฯ", "ำ", "\u0e4d\u0e32"]
)  # fmt: skip
THAIISH = st.lists(st.one_of(THAI_PIECES, st.text(max_size=20)), max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=3000), THAIISH)
RAW_BYTES = st.binary(max_size=4000)


def decode_like_a_crawler(raw: bytes, encoding: str) -> str:
    return raw.decode(encoding, errors="replace")


@FUZZ
@given(ANY_TEXT, st.one_of(st.none(), st.text(max_size=200)))
def test_cleaning_any_text_returns_text(text: str, title: str | None) -> None:
    cleaned = clean_text(text, title=title)
    assert isinstance(cleaned, str)
    assert isinstance(clean_title(text), str)
    assert isinstance(search_normalize(text), str)
    assert clean_text(cleaned, title=title) == clean_text(cleaned, title=title)


@FUZZ
@given(RAW_BYTES, st.sampled_from(["utf-8", "cp874", "tis-620", "latin-1"]))
def test_cleaning_any_bytes_in_any_thai_encoding(raw: bytes, encoding: str) -> None:
    assert isinstance(clean_text(decode_like_a_crawler(raw, encoding)), str)


@FUZZ
@given(ANY_TEXT)
def test_date_parsing_any_text_gives_a_date_or_none(text: str) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    value = parse_date(text, now)
    assert value is None or isinstance(value, datetime)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["api", "jsonld", "meta", "listing", "dateline", "url"]),
                          ANY_TEXT), max_size=6))  # fmt: skip
def test_choosing_a_date_never_picks_the_far_future(candidates: list[tuple[str, str]]) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    value, origin = choose_published([DateCandidate(o, v) for o, v in candidates], now)
    if value is not None:
        assert origin is not None
        assert value.tzinfo is not None
        assert value <= now + timedelta(days=2)


HTMLISH = st.lists(
    st.one_of(
        st.sampled_from(["<html>", "<head><title>", "</title>", "<body>", "<div class='detail'>",
                         "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<h1>", "</h1>",
                         '<meta property="article:published_time" content="', '">',
                         '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":',
                         "<a href='x.pdf'>", "</a>", "<table><tr><td>", "]]>", "<![CDATA["]),
        THAIISH,
    ),
    max_size=80,
).map("".join)  # fmt: skip


# Found by this fuzzer: lxml refused a C0 control character (\x08) in a tail text moved
# after a removed <script>, and the article was lost.
def test_control_character_after_a_script_does_not_lose_the_article() -> None:
    result = extract_article('"><script></script>\x08ข่าว', "https://example.go.th/news/1", {})
    assert isinstance(result.body, str)


@FUZZ
@given(st.one_of(HTMLISH, ANY_TEXT, RAW_BYTES.map(lambda b: b.decode("cp874", errors="replace"))),
       st.sampled_from([{}, {"title_selector": "h1", "body_selector": ".detail p",
                             "date_selector": "//span[@class='date']"}]))  # fmt: skip
def test_extraction_of_any_page_returns_strings(html: str, selectors: dict[str, str]) -> None:
    result = extract_article(html, "https://example.go.th/news/1", selectors)
    assert isinstance(result.title, str)
    assert isinstance(result.body, str)
    for candidate in result.date_candidates:
        assert isinstance(candidate.value, str)
