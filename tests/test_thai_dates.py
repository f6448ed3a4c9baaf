"""Thai dates: every real thaigov date line, a table of real-world forms, never raising."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.demo.corpus import bundled_articles
from pipelines.items import DateCandidate
from pipelines.thai_dates import (
    BANGKOK,
    choose_published,
    find_date,
    parse_date,
    parse_url_date,
)
from tests.conftest import run_khao

CASES = Path(__file__).parent / "fixtures" / "dates" / "cases.tsv"


def load_cases() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith("#"):
            continue
        text, expected, now, note = line.split("\t")
        rows.append((text, expected, now, note))
    return rows


TABLE = load_cases()


def as_text(value: datetime | None, expected: str) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%dT%H:%M") if "T" in expected else value.date().isoformat()


def test_every_thaigov_date_line_parses_to_its_date() -> None:
    articles = bundled_articles()
    wrong = [
        (a.date_th, a.date, parse_date(a.date_th))
        for a in articles
        if (parse_date(a.date_th) or datetime.min).date().isoformat() != a.date
    ]
    assert len(articles) == 971
    assert wrong == []


def test_the_table_holds_enough_real_world_strings() -> None:
    assert len(TABLE) >= 150
    assert sum(1 for *_, note in TABLE if note == "real thaigov text") >= 150


@pytest.mark.parametrize(("text", "expected", "now", "note"), TABLE, ids=[c[3][:40] for c in TABLE])
def test_date_table(text: str, expected: str, now: str, note: str) -> None:
    value = parse_date(text, datetime.fromisoformat(now))
    assert as_text(value, expected) == expected, (text, note)
    if value is not None:
        assert value.utcoffset() == timedelta(hours=7)  # Asia/Bangkok


def test_two_digit_years_follow_the_fetch_time() -> None:
    in_2019 = datetime(2019, 9, 10, tzinfo=BANGKOK)
    in_2025 = datetime(2025, 9, 10, tzinfo=BANGKOK)
    assert parse_date("4 ก.ย. 62", in_2019).year == 2019
    assert parse_date("4 ก.ย. 62", in_2025).year == 2019
    assert parse_date("4 ก.ย. 68", in_2025).year == 2025
    assert parse_date("4 ก.ย. 45", in_2025).year == 2002  # BE 2545
    assert parse_date("Sep 4 99", in_2025).year == 1999


def test_find_date_ignores_relative_words_and_prefers_written_years() -> None:
    text = "นรม. เยี่ยมชม\nวันนี้ (23 สิงหาคม 2559) เวลา 9.00 น. ณ ทำเนียบรัฐบาล"
    assert find_date(text) == datetime(2016, 8, 23, 9, 0, tzinfo=BANGKOK)
    assert find_date("วันนี้ นายกรัฐมนตรีประชุม") is None
    assert find_date("ประชุม 9 พ.ย. และ 4 ธันวาคม 2562", datetime(2019, 12, 5)).day == 4


def test_published_date_prefers_metadata_then_dateline_then_url_and_never_crawl_time() -> None:
    now = datetime(2019, 9, 10, tzinfo=BANGKOK)
    candidates = [
        DateCandidate("url", "https://x.go.th/2019/09/01/news/"),
        DateCandidate("dateline", "วันพุธที่ 4 กันยายน 2562"),
        DateCandidate("meta", "2019-09-03T10:00:00+07:00"),
    ]
    assert choose_published(candidates, now) == (datetime(2019, 9, 3, 10, tzinfo=BANGKOK), "meta")
    # a day named in the text loses to a CMS permalink's day; a "published" line does not
    assert choose_published(candidates[:2], now)[1] == "url"
    posted = DateCandidate("dateline", "เผยแพร่: วันพุธที่ 4 กันยายน 2562")
    assert choose_published([candidates[0], posted], now)[1] == "dateline"
    assert choose_published(candidates[:1], now)[1] == "url"
    # nothing stated: missing, not the crawl time
    assert choose_published([DateCandidate("dateline", "ข่าวประชาสัมพันธ์")], now) == (None, None)
    # a "date" far after the fetch time is a misreading and is skipped
    future = [DateCandidate("meta", "2030-01-01"), DateCandidate("dateline", "4 ก.ย. 62")]
    assert choose_published(future, now)[1] == "dateline"


def test_url_dates() -> None:
    assert parse_url_date("https://a.go.th/2562/09/04/x/").date().isoformat() == "2019-09-04"
    assert parse_url_date("https://a.go.th/news-20190904.html").date().isoformat() == "2019-09-04"
    assert parse_url_date("https://a.go.th/news/contents/details/21234") is None
    assert parse_url_date("https://a.go.th/2019/02/30/x/") is None


@settings(max_examples=400, deadline=None)
@given(st.text(), st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1))))
def test_parse_date_never_raises(text: str, now: datetime | None) -> None:
    value = parse_date(text, now)
    assert value is None or value.tzinfo is not None
    find_date(text, now)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["วันที่", " ", "4", "๔", "-", "ก.ย.", "กย", "กันยายน", "พ.ศ.", "62",
                         "2562", "๒๕๖๒", "เวลา", "14.30", "น.", "(", ")", "ที่แล้ว", "ชั่วโมง",
                         "31", "ก.พ.", "99", "Sep", ",", "/", "2019", "ค.ศ."]),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_date_like_strings_never_raise_and_stay_plausible(text: str) -> None:
    now = datetime(2025, 6, 1, tzinfo=BANGKOK)
    value = parse_date(text, now)
    assert value is None or 1800 <= value.year <= now.year + 100


def test_khao_date_command_reads_stdin_and_writes_one_line_per_input() -> None:
    lines = ["วันอังคารที่ 25 สิงหาคม 2563", "๔ ก.ย. ๖๒", "ไม่มีวันที่", "เมื่อวานนี้",
             "31 กุมภาพันธ์ 2562", "(25 ส.ค.63)"]  # fmt: skip
    result = run_khao("date", "--now", "2019-09-05T10:00", input="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n") == [
        "2020-08-25", "2019-09-04", "", "2019-09-04", "", "2020-08-25", "",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Drupal/Backdrop's default "D, m/d/Y - H:i": the weekday fits only month first
        ("Submitted by admin on Tue, 03/05/2024 - 10:22", date(2024, 3, 5)),
        ("วันอังคารที่ 03/05/2024", date(2024, 3, 5)),
        # the weekday fits the day-first reading, or neither: Thai day/month/year stays
        ("Fri, 03/05/2024", date(2024, 5, 3)),
        ("วันพุธที่ 03/05/2024", date(2024, 5, 3)),
        ("03/05/2024", date(2024, 5, 3)),
        # month first is the only reading when the second number is over 12
        ("Submitted by admin on Thu, 11/23/2017 - 16:32", date(2017, 11, 23)),
        ("12/25/2017", date(2017, 12, 25)),
    ],
)
def test_a_written_weekday_decides_between_day_first_and_month_first(
    text: str, expected: date
) -> None:
    found = find_date(text)
    assert found is not None and found.date() == expected
