"""Thai date parsing: pure functions, no Scrapy.

``parse_date(text, now)`` reads one date string as people write it on Thai government pages:

- ISO 8601 and RFC 2822 (metadata, feeds); Thai dates ``วันอังคารที่ 25 สิงหาคม 2563``,
  ``๔ ก.ย. ๖๒``, ``(25 ส.ค.63)``, ``4-6 ก.ย. 62`` (a range gives its first day),
  ``30 ก.ย. - 2 ต.ค. 62``; month names full, short (``กันยา``) or abbreviated with, without
  or with some dots (``ก.ย.``, ``ก.ย``, ``กย``); common misspellings (``กรกฏาคม``,
  ``พฤษจิกายน``); ``พ.ศ.``/``ค.ศ.``/``พุทธศักราช``; Thai digits; English dates
  (``4 September 2019``, ``Sep 4, 2019``); numeric day-first dates (``04/09/2562``);
  a time when one follows (``เวลา 14.30 น.``, ``14:30``);
- relative expressions against ``now`` (the fetch time): ``วันนี้``, ``เมื่อวานนี้``,
  ``2 ชั่วโมงที่แล้ว``, ``3 days ago``.

Years: 4-digit years ≥ 2400 are Buddhist Era (BE − 543), others Christian Era, unless
``พ.ศ.``/``ค.ศ.`` says which. A 2-digit year ``yy`` (no era written) is BE 25yy, CE 20yy or
CE 19yy, whichever lands nearest to ``now`` without being more than a year after it: with a
fetch time in 2025, ``00``–``26`` read as 2000–2026, ``27``–``69`` as BE 2527–2569
(1984–2026; ``62`` → 2019, ``68`` → 2025) and ``70``–``99`` as 1970–1999. A date without a
year takes the year that puts it nearest to ``now`` (at most a month ahead). Before 1941 the
Thai year began on 1 April, so January to March of BE ≤ 2483 belong to the next Christian
year (``1 มกราคม 2482`` is 1940-01-01).

A date that does not exist (``31 กุมภาพันธ์``) is rejected, never moved to a nearby day.
Results are aware datetimes in Asia/Bangkok; ``None`` when nothing was found. Nothing here
raises on any input string.

``find_date(text, now)`` finds the first absolute date inside longer text (a date line, the
first paragraphs of an article); it ignores relative words, since ``วันนี้`` in a press
release means the day it was written, not the day it was fetched.
``choose_published(candidates, now)`` picks the published date from where a page states it.
"""

from __future__ import annotations

import email.utils
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from pipelines.items import DateCandidate

BANGKOK = ZoneInfo("Asia/Bangkok")

MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}  # fmt: skip
# Spoken short forms and misspellings seen on real pages (ฏ for ฎ, ษ/ส for ศ, missing ์).
_MONTH_VARIANTS = {
    1: ["มกรา", "มกราคม.", "มกาคม", "มกรคม"],
    2: ["กุมภาพันธ", "กุมภาพัน", "กุมพาพันธ์", "กุมภาพันธุ์", "กุมภา"],
    3: ["มีนา", "มีนาค"],
    4: ["เมษา", "เมษายม"],
    5: ["พฤษภา", "พฤษภาคม์", "พฤษาคม", "พฤภาคม"],
    6: ["มิถุนา", "มิถุยายน", "มิถนายน"],
    7: ["กรกฏาคม", "กรกฎา", "กรกฏา", "กรกฎคม", "กรกฏคม"],
    8: ["สิงหา", "สิงหคม"],
    9: ["กันยา", "กันยายม", "กันนายน"],
    10: ["ตุลา", "ตุลาคาม"],
    11: ["พฤษจิกายน", "พฤสจิกายน", "พฤศจิกายม", "พฤศจิการยน", "พฤศจิกายร", "พฤศจิกยน",
         "พฤศติกายน", "พฤศจิกา", "พฤศจิ"],
    12: ["ธันวา", "ธันวาคาม"],
}  # fmt: skip
_ABBREVIATIONS = {
    1: "ม.ค.", 2: "ก.พ.", 3: "มี.ค.", 4: "เม.ย.", 5: "พ.ค.", 6: "มิ.ย.",
    7: "ก.ค.", 8: "ส.ค.", 9: "ก.ย.", 10: "ต.ค.", 11: "พ.ย.", 12: "ธ.ค.",
}  # fmt: skip
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_THAI_LETTER = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"  # consonants, vowels, marks


def _month_lookup() -> tuple[dict[str, int], str]:
    """Month spellings → month number, and a regex alternation (longest spelling first)."""
    lookup: dict[str, int] = {}
    patterns: list[tuple[int, str]] = []
    for name, number in MONTHS.items():
        lookup[name] = number
        patterns.append((len(name), re.escape(name)))
    for number, names in _MONTH_VARIANTS.items():
        for name in names:
            lookup[name] = number
            # short forms must not be the start of a longer word ("มีนา" in "มีนาคม" is
            # handled by longest-first; "พฤศจิ" must not eat "พฤศจิกายน")
            patterns.append((len(name), re.escape(name) + f"(?![{_THAI_LETTER}])"))
    for number, abbr in _ABBREVIATIONS.items():
        first, second = abbr.rstrip(".").split(".")
        lookup[first + second] = number
        # "ก.ย.", "ก.ย", "ก. ย.", "กย" — but a dotless "กย" must not start a word ("พย" in
        # "พยาบาล")
        pattern = re.escape(first) + r"\s?\.?\s?" + re.escape(second)
        patterns.append((len(abbr) - 2, pattern + rf"(?:\.|(?![{_THAI_LETTER}]))"))
    for name in ENGLISH_MONTHS:
        lookup[name] = ENGLISH_MONTHS[name]
    patterns.sort(key=lambda p: -p[0])
    return lookup, "|".join(p for _, p in patterns)


_MONTH_NAMES, _THAI_MONTH_ALT = _month_lookup()
_EN_MONTH_ALT = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])"
)

_THAI_DIGITS = tuple(zip("๐๑๒๓๔๕๖๗๘๙", "0123456789", strict=True))


def thai_digits_to_arabic(text: str) -> str:
    """Thai digits read as Arabic ones. Ten ``str.replace`` (each skipped when its digit is
    absent): ``str.translate`` with a table looks every character of a Thai text up in a
    dict, ~0.16 ms an article against ~0.001 (bench/RESULTS.md, issue 17, sixth pass).
    Here, not in pipelines.thai_text, so that reading dates does not import pythainlp."""
    for thai, arabic in _THAI_DIGITS:
        if thai in text:
            text = text.replace(thai, arabic)
    return text


_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e]")
_SPACES_RE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Era markers before a year: พ.ศ., พศ, พุทธศักราช, ค.ศ., คริสต์ศักราช, B.E., A.D., C.E.
_ERA = (
    r"(?:(?P<be>พ\s?\.?\s?ศ\s?\.?|พุทธศักราช|b\.?\s?e\.?)|"
    r"(?P<ce>ค\s?\.?\s?ศ\s?\.?|คริสต์ศักราช|a\.?\s?d\.?|c\.?\s?e\.?))"
)
_YEAR = rf"(?:(?:ปี|ประจำปี)\s?)?(?:{_ERA}\s?)?(?P<year>\d{{4}}|\d{{2}})(?!\d|[.:]\d)"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE = r"(?:\s?(?:-|–|—|ถึง|และ|to|&|,)\s?(?:วันที่\s?)?[0-3]?\d(?!\d))?"
_SEP = r"[\s,]*"

_THAI_DATE_RE = re.compile(
    rf"{_DAY}{_RANGE}{_SEP}(?:เดือน\s?)?(?P<month>{_THAI_MONTH_ALT}|{_EN_MONTH_ALT})"
    rf"(?:{_SEP}(?:ที่ผ่านมา|นี้)?{_SEP}{_YEAR})?",
    re.IGNORECASE,
)
# The lookahead is every month's first letter: without a literal or a class to start with,
# sre tried the 24 case-insensitive alternatives at every position of a text (~0.5 ms an
# article, 12x the class's test; issue 17, seventh pass). It changes no match.
_EN_MONTH_FIRST = "(?=[jfmasond])"
_ENGLISH_MDY_RE = re.compile(
    rf"{_EN_MONTH_FIRST}(?P<month>{_EN_MONTH_ALT})\s?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    rf"{_RANGE},?\s?{_YEAR}",
    re.IGNORECASE,
)
# WordPress's default "F j, Y" with a Thai locale: "พฤศจิกายน 29, 2018" (the comma required:
# a Thai month name followed by a bare number is usually a count, "ตุลาคม 17 แห่ง")
_THAI_MDY_RE = re.compile(
    rf"(?P<month>{_THAI_MONTH_ALT})\s?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),\s?{_YEAR}",
    re.IGNORECASE,
)
# PHP's "%B %d %Y" with a Thai locale (PHP-Fusion, phpBB): "มีนาคม 05 2024", no comma; a
# four-digit year of this era or the last required, so "ตุลาคม 17 แห่ง" stays a count
_THAI_MDY_SPACED_RE = re.compile(
    rf"(?P<month>{_THAI_MONTH_ALT})\s(?P<day>[0-3]?\d)\s(?P<year>(?:19|20|25)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "05-MAR-24", "05-มี.ค.-67": Oracle's default DD-MON-RR, which JSP/Oracle systems print
_DASHED_RE = re.compile(
    rf"(?<![\d-])(?P<day>[0-3]?\d)-(?P<month>{_THAI_MONTH_ALT}|{_EN_MONTH_ALT})-"
    r"(?P<year>\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)
_NUMERIC_RE = re.compile(
    r"(?<![\d./:-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[0-3]?\d)(?P=sep)"
    # a date glued to the next one ("06/04/202207/04/2023": published, then updated)
    r"(?P<year>\d{4}|\d{2})(?:(?=[0-3]\d[/.-][01]\d[/.-]\d{4})|(?![\d/-]|\.\d))"
)
_ISO_IN_TEXT_RE = re.compile(
    r"(?<!\d)(?P<year>(?:1[89]|2[0-5])\d\d)(?P<sep>[-/])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?!\d)"
    r"(?:[T\s](?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
)
_TIME_RE = re.compile(
    r"^[\s,()]{0,3}(?:เวลา|ตั้งแต่เวลา|at)?\s?(?P<hour>[0-2]?\d)\s?[.:]\s?(?P<minute>[0-5]\d)"
    r"(?:[.:](?P<second>[0-5]\d))?\s?(?:น\.?|นาฬิกา|hrs?\.?|(?P<ampm>[ap]\.?m\.?))?",
    re.IGNORECASE,
)
_TIME_ANYWHERE_RE = re.compile(
    r"(?:เวลา\s?(?P<hour>[0-2]?\d)(?:\s?[.:]\s?(?P<minute>[0-5]\d))?\s?(?:น\.?|นาฬิกา)?)|"
    r"(?:(?<![\d.])(?P<hour2>[0-2]?\d)\s?[.:]\s?(?P<minute2>[0-5]\d)\s?(?:น\.|นาฬิกา))",
)

_RELATIVE_UNITS = {
    "วินาที": timedelta(seconds=1), "นาที": timedelta(minutes=1),
    "ชั่วโมง": timedelta(hours=1), "ชม.": timedelta(hours=1), "ชม": timedelta(hours=1),
    "วัน": timedelta(days=1), "สัปดาห์": timedelta(weeks=1), "อาทิตย์": timedelta(weeks=1),
    "second": timedelta(seconds=1), "sec": timedelta(seconds=1),
    "minute": timedelta(minutes=1), "min": timedelta(minutes=1),
    "hour": timedelta(hours=1), "hr": timedelta(hours=1), "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}  # fmt: skip
_RELATIVE_RE = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s?(?P<unit>วินาที|นาที|ชั่วโมง|ชม\.?|วัน|สัปดาห์|อาทิตย์|เดือน|ปี|"
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s?"
    r"(?:ที่แล้ว|ที่ผ่านมา|ก่อน|มาแล้ว|ago)",
    re.IGNORECASE,
)
_RELATIVE_DAYS = [
    (re.compile(r"เมื่อวานซืน|วานซืน"), -2),
    (re.compile(r"เมื่อวาน(?:นี้)?|วานนี้|yesterday", re.IGNORECASE), -1),
    (re.compile(r"วันนี้|today|เมื่อสักครู่|เมื่อครู่|just now|เมื่อกี้", re.IGNORECASE), 0),
]


@dataclass(frozen=True)
class _Found:
    start: int
    value: datetime


def _prepare(text: str) -> str:
    """Thai digits to Arabic, invisible characters out, one space for any run of spaces."""
    text = unicodedata.normalize("NFC", text)
    text = thai_digits_to_arabic(_INVISIBLE_RE.sub("", text))
    text = text.replace("\u0e40\u0e40", "\u0e41")  # เเ typed for แ
    text = text.replace("\u0e4d\u0e32", "\u0e33")  # ํา typed for ำ
    return _SPACES_RE.sub(" ", text)


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(BANGKOK)
    return now.replace(tzinfo=BANGKOK) if now.tzinfo is None else now.astimezone(BANGKOK)


def _two_digit_year(yy: int, era: str | None, now: datetime) -> int:
    """The Christian year of a 2-digit year (see the module docstring)."""
    be = 2500 + yy - 543
    ce = 2000 + yy
    if era == "be":
        return be
    if era == "ce":
        return ce
    # the previous century too: "Sep 4 99" is 1999
    options = [y for y in (be, ce, ce - 100) if y <= now.year + 1] or [be, ce]
    return min(options, key=lambda y: abs(y - now.year))


def _christian_year(raw: str, era: str | None, month: int, now: datetime) -> int | None:
    year = int(raw)
    if len(raw) == 2:
        return _two_digit_year(year, era, now)
    if era == "be" or (era is None and year >= 2400):
        if year < 2300:
            return None
        # Before 1941 the Thai year started on 1 April: Jan-Mar of BE ≤ 2483 fall in the
        # next Christian year.
        return year - 542 if year <= 2483 and month <= 3 else year - 543
    if era == "ce" and year >= 2400:
        return None
    return year


def _make(year: int | None, month: int, day: int) -> datetime | None:
    if year is None or not 1800 <= year <= 2300:
        return None
    try:
        return datetime(year, month, day, tzinfo=BANGKOK)
    except ValueError:
        return None  # a date that does not exist is rejected, not guessed


def _nearest_year(month: int, day: int, now: datetime) -> datetime | None:
    """A year-less date: the year that puts it nearest to ``now``, preferring the past (a
    page states when it was published, rarely a day more than a month ahead)."""
    options = [_make(now.year + delta, month, day) for delta in (-1, 0, 1)]
    dates = [d for d in options if d is not None]
    if not dates:
        return None
    past = [d for d in dates if d <= now + timedelta(days=31)] or dates
    return min(past, key=lambda d: abs(d - now))


def _with_time(value: datetime, text: str, end: int) -> datetime:
    """Add a time of day when one follows the date (``เวลา 14.30 น.``, ``14:30``)."""
    match = _TIME_RE.match(text[end : end + 30])
    if not match:
        return value
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return value
    return value.replace(hour=hour, minute=minute, second=second)


def _era(match: re.Match[str]) -> str | None:
    if match.groupdict().get("be"):
        return "be"
    if match.groupdict().get("ce"):
        return "ce"
    return None


def _month_number(raw: str) -> int | None:
    key = re.sub(r"[\s.]", "", raw.lower())
    return _MONTH_NAMES.get(key) or _MONTH_NAMES.get(raw.lower().rstrip("."))


def _named_dates(
    text: str, now: datetime, anchor: datetime | None = None
) -> list[tuple[_Found, bool]]:
    """Every "day month [year]" date in text; the flag says whether a year was written."""
    found: list[tuple[_Found, bool]] = []
    matches = [*_THAI_DATE_RE.finditer(text), *_ENGLISH_MDY_RE.finditer(text),
               *_THAI_MDY_RE.finditer(text), *_THAI_MDY_SPACED_RE.finditer(text),
               *_DASHED_RE.finditer(text)]  # fmt: skip
    matches.sort(key=lambda m: m.start())
    for index, match in enumerate(matches):
        month = _month_number(match.group("month"))
        if month is None:
            continue
        day = int(match.group("day"))
        if match.group("year"):
            value = _make(_christian_year(match.group("year"), _era(match), month, now),
                          month, day)  # fmt: skip
            has_year = True
        else:
            # "30 ก.ย. - 2 ต.ค. 62": a range's first date borrows the year of the second
            following = matches[index + 1] if index + 1 < len(matches) else None
            gap = text[match.end() : following.start()] if following else ""
            if (
                following is not None
                and following.group("year")
                and re.fullmatch(r"\s?(?:-|–|—|ถึง|to)\s?(?:วันที่\s?)?", gap)
            ):
                nxt_month = _month_number(following.group("month")) or month
                year = _christian_year(following.group("year"), _era(following), nxt_month, now)
                if year is not None and nxt_month < month:
                    year -= 1  # "28 ธ.ค. - 3 ม.ค. 63" starts in the year before
                value = _make(year, month, day)
                has_year = True
            else:
                value = _nearest_year(month, day, anchor or now)
                has_year = False
        if value is not None:
            found.append((_Found(match.start(), _with_time(value, text, match.end())), has_year))
    return found


_EN_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_BEFORE_RE = re.compile(
    r"(?:\b(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|"
    r"(?P<th>จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?)[\s,]*$",
    re.IGNORECASE,
)


def _weekday_says_month_first(text: str, match: re.Match[str], year: int | None) -> bool:
    """True when a weekday written just before "03/05/2024" fits only the month-first
    reading (Drupal's and Backdrop's default "Tue, 03/05/2024 - 10:22" is m/d/Y)."""
    before = _WEEKDAY_BEFORE_RE.search(text[max(0, match.start() - 20) : match.start()])
    if before is None or year is None:
        return False
    weekday = (
        _EN_WEEKDAYS[before.group("en").lower()] if before.group("en")
        else _WEEKDAYS[before.group("th")]
    )  # fmt: skip
    first, second = int(match.group("day")), int(match.group("month"))
    day_first, month_first = _make(year, second, first), _make(year, first, second)
    return (
        month_first is not None and month_first.weekday() == weekday
        and (day_first is None or day_first.weekday() != weekday)
    )  # fmt: skip


def _numeric_dates(text: str, now: datetime) -> list[_Found]:
    found: list[_Found] = []
    for match in _ISO_IN_TEXT_RE.finditer(text):
        year = int(match.group("year"))
        year = year - 543 if year >= 2400 else year
        value = _make(year, int(match.group("month")), int(match.group("day")))
        if value is not None:
            if match.group("hour") and int(match.group("hour")) < 24:
                value = value.replace(hour=int(match.group("hour")),
                                      minute=int(match.group("minute")),
                                      second=int(match.group("second") or 0))  # fmt: skip
            found.append(_Found(match.start(), value))
    for match in _NUMERIC_RE.finditer(text):
        day, month = int(match.group("day")), int(match.group("month"))
        raw = match.group("year")
        padded = len(match.group("day")) == 2 and len(match.group("month")) == 2
        if match.group("sep") == "." and len(raw) == 2 and not padded:
            continue  # "4.9.62" is too often a version or a section number; "05.03.63" is not
        if month > 12 and day <= 12:
            day, month = month, day  # only one reading exists: month/day/year
        if not 1 <= month <= 12:
            continue
        year = _christian_year(raw, None, month, now)
        if day <= 12 and day != month and _weekday_says_month_first(text, match, year):
            day, month = month, day
        value = _make(year, month, day)
        if value is not None:
            found.append(_Found(match.start(), _with_time(value, text, match.end())))
    return found


def find_date(
    text: str, now: datetime | None = None, anchor: datetime | None = None
) -> datetime | None:
    """The first absolute date written inside ``text`` (relative words are ignored).

    Dates with a written year win over year-less ones ("(9 พ.ย.)"), which take the year
    nearest to ``anchor`` (a date the context gives: the listing, the URL, Last-Modified)
    or, without one, nearest to ``now``.
    """
    return find_date_detail(text, now, anchor)[0]


def find_date_detail(
    text: str, now: datetime | None = None, anchor: datetime | None = None
) -> tuple[datetime | None, bool]:
    """``find_date`` and whether the year was written (False: it came from the context)."""
    try:
        return _find_date(text, _now(now), anchor)
    except (ValueError, OverflowError, RecursionError):  # never raise on odd input
        return None, False


def _find_date(
    text: str, now: datetime, anchor: datetime | None = None
) -> tuple[datetime | None, bool]:
    if not text:
        return None, False
    prepared = _prepare(text[:20000])
    named = _named_dates(prepared, now, anchor)
    dated = [f for f, has_year in named if has_year] + _numeric_dates(prepared, now)
    if dated:
        return min(dated, key=lambda f: f.start).value, True
    undated = [f for f, _ in named]
    return (undated[0].value, False) if undated else (None, False)


def _structured(text: str) -> datetime | None:
    """ISO 8601 (with BE years too) and RFC 2822, the formats of metadata and feeds."""
    candidate = text.strip()
    iso = candidate.replace("Z", "+00:00").replace("z", "+00:00")
    match = re.match(r"^(\d{4})(-\d\d-\d\d.*)$", iso)
    if match and int(match.group(1)) >= 2400:  # some Thai CMSs write BE years in ISO fields
        iso = f"{int(match.group(1)) - 543:04d}{match.group(2)}"
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        value = None
    if value is None and re.match(r"^[A-Za-z]{3},? \d", candidate):
        try:
            value = email.utils.parsedate_to_datetime(candidate)
        except (TypeError, ValueError, IndexError):
            value = None
    if value is None or not 1800 <= value.year <= 2300:
        return None
    return value.replace(tzinfo=BANGKOK) if value.tzinfo is None else value.astimezone(BANGKOK)


def _relative(text: str, now: datetime) -> datetime | None:
    match = _RELATIVE_RE.search(text)
    if match:
        count = int(match.group("n"))
        unit = match.group("unit").lower()
        if unit.startswith(("เดือน", "month")):
            month_index = now.year * 12 + now.month - 1 - count
            year, month = divmod(month_index, 12)
            day = min(now.day, 28)
            return now.replace(year=year, month=month + 1, day=day)
        if unit.startswith(("ปี", "year")):
            return now.replace(year=now.year - count, day=min(now.day, 28))
        key = unit if unit in _RELATIVE_UNITS else unit.rstrip("s").rstrip(".")
        step = _RELATIVE_UNITS.get(key) or _RELATIVE_UNITS.get(unit.rstrip("."))
        if step is None:
            return None
        return now - step * count
    for pattern, days in _RELATIVE_DAYS:
        if pattern.search(text):
            return (now + timedelta(days=days)).replace(hour=0, minute=0, second=0,
                                                        microsecond=0)  # fmt: skip
    return None


def parse_date(text: str, now: datetime | None = None) -> datetime | None:
    """One date string → an aware datetime in Asia/Bangkok, or None (never raises)."""
    try:
        if not isinstance(text, str) or not text.strip():
            return None
        current = _now(now)
        value = _structured(text)
        if value is not None:
            return value
        prepared = _prepare(text[:2000])
        value = _find_date(prepared, current)[0]
        if value is not None:
            if value.hour == 0 and value.minute == 0:
                value = _time_anywhere(prepared, value)
            return value
        relative = _relative(prepared, current)
        if relative is not None and relative.hour == 0 and relative.minute == 0:
            relative = _time_anywhere(prepared, relative)
        return relative
    except (ValueError, OverflowError, RecursionError):
        return None


def _time_anywhere(text: str, value: datetime) -> datetime:
    """A time stated elsewhere in a short date string ("เวลา 10.00 น. วันที่ 4 ก.ย. 62")."""
    match = _TIME_ANYWHERE_RE.search(text)
    if not match:
        return value
    hour = match.group("hour") or match.group("hour2")
    minute = match.group("minute") or match.group("minute2") or "0"
    if int(hour) > 23:
        return value
    return value.replace(hour=int(hour), minute=int(minute))


# ------------------------------------------------------------------ URLs and choosing

_URL_DATE_RES = (
    re.compile(r"/((?:19|20|25)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$|[^\d])"),
    re.compile(r"(?<!\d)((?:19|20|25)\d\d)-([01]\d)-([0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20|25)\d\d)([01]\d)([0-3]\d)(?!\d)"),
)


def parse_url_date(url: str) -> datetime | None:
    """A date in a URL path: /2019/09/04/, 2019-09-04, 20190904 (BE years too)."""
    try:
        for pattern in _URL_DATE_RES:
            for match in pattern.finditer(url):
                year, month, day = (int(g) for g in match.groups())
                year = year - 543 if year >= 2400 else year
                value = _make(year, month, day)
                if value is not None:
                    return value
    except (ValueError, TypeError):
        return None
    return None


# A date line that says it is the publication date ("เผยแพร่ ...", "โพสต์เมื่อ ...").
_PUBLISHED_LABEL_RE = re.compile(
    r"^[\s(\[]*(?:เผยแพร่|โพสต์|ลงวันที่|ลงข่าว|วันที่ลงข่าว|วันที่เผยแพร่|ประกาศ|posted|published)",
    re.I,
)


def _url_path_day(url: str) -> date | None:
    """The day of a CMS permalink path (/2024/03/05/slug), the day it was published."""
    for match in _URL_DATE_RES[0].finditer(url):
        year, month, day = (int(g) for g in match.groups())
        value = _make(year - 543 if year >= 2400 else year, month, day)
        if value is not None:
            return value.date()
    return None


# Where a published date is read, most trusted first. The listing's date beats the page's
# date line (a date line may be misread, a listing row is one date per link); a date line
# on the listing's day still wins, for its time of day.
ORIGIN_ORDER = ("api", "jsonld", "meta", "listing", "dateline", "url")
# Origins that never give the published date themselves but give a year-less date its year
# (Last-Modified, the dates of neighbouring articles on the page).
CONTEXT_ORIGINS = ("modified", "context")
_WEEKDAYS = {"จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4,
             "เสาร์": 5, "อาทิตย์": 6}  # fmt: skip
_WEEKDAY_RE = re.compile(r"วัน\s?(พฤหัสบดี|พฤหัส|จันทร์|อังคาร|พุธ|ศุกร์|เสาร์|อาทิตย์)")


def parse_candidate(
    candidate: DateCandidate, now: datetime | None = None, anchor: datetime | None = None
) -> datetime | None:
    """Parse one candidate the way its origin is written."""
    return _parse_candidate(candidate, now, anchor)[0]


def _parse_candidate(
    candidate: DateCandidate, now: datetime | None, anchor: datetime | None
) -> tuple[datetime | None, bool]:
    """(value, whether the year was stated)."""
    if now is None or not isinstance(candidate.value, str):  # None: the clock's, not cached
        return _parse_value(candidate.origin, candidate.value, now, anchor)
    # keyed on the written offsets too: equal instants in two zones compare equal
    written = (now.isoformat(), anchor.isoformat() if anchor is not None else None)
    return _parse_value_cached(candidate.origin, candidate.value, now, anchor, written)


def _parse_value(
    origin: str, value: str, now: datetime | None, anchor: datetime | None
) -> tuple[datetime | None, bool]:
    if origin == "url":
        return parse_url_date(value), True
    if origin in ("dateline", "context"):
        structured = _structured(value)
        if structured is not None:
            return structured, True
        return find_date_detail(value, now, anchor)
    return parse_date(value, now), True


# The choice of a published date reads each candidate up to three times (ranked, as the
# anchor's context, as the visible date line), ~1 in 3 calls a repeat: a pure function of its
# arguments once ``now`` is given (issue 17, sixth pass).
@lru_cache(maxsize=256)
def _parse_value_cached(
    origin: str, value: str, now: datetime, anchor: datetime | None, written: tuple
) -> tuple[datetime | None, bool]:
    return _parse_value(origin, value, now, anchor)


def weekday_conflict(text: str, value: datetime) -> bool:
    """True when the text names a weekday the date does not fall on (a mistyped day or
    month: ``วันพุธที่ 5 กันยายน 2562`` is a Thursday)."""
    match = _WEEKDAY_RE.search(_prepare(text[:300]))
    return bool(match) and _WEEKDAYS[match.group(1)] != value.weekday()


def _anchor(candidates: list[DateCandidate], now: datetime | None) -> datetime | None:
    """The date the context gives: the API/listing/URL date, else Last-Modified, else the
    latest neighbouring date on the page (all stated with a year, none after ``now``)."""
    limit = _now(now) if now is not None else None
    for origins in (("api", "listing", "url"), ("modified",), ("context",)):
        values = []
        for candidate in candidates:
            if candidate.origin in origins and candidate.value:
                value, has_year = _parse_candidate(candidate, now, None)
                if value is not None and has_year and (limit is None or value <= limit):
                    values.append(value)
        if values:
            return values[0] if origins != ("context",) else max(values)
    return None


RUNNING_LINE = 120  # characters: a dated line longer than this is running text


def in_running_text(text: str) -> bool:
    """True when the first date of ``text`` stands in a long line of running text (a day
    the article mentions), not in a short date line."""
    for line in text.split("\n"):
        if find_date(line) is not None:
            return len(line.strip()) > RUNNING_LINE
    return False


# How far a visible date line may stand from the page's metadata and still be the same
# publication: a UTC instant and the Bangkok day it falls on differ by one.
_SAME_PUBLICATION_DAYS = 1


def _visible_date_line(
    candidates: list[DateCandidate],
    parsed: list[tuple[datetime, str, DateCandidate]],
    now: datetime | None,
    anchor: datetime | None,
) -> datetime | None:
    """The date line's date when it, not the page's metadata, should be believed.

    Page metadata (JSON-LD, ``article:published_time``) is written by templates and
    importers, not by the person who posted the release: some sites put an import or
    creation day in every page's ``datePublished``. Such a day shows nowhere on the page.
    So the metadata loses only when no dated line of the page (the date line, the short
    dated lines around it) states its day, and the date line by the headline is a short
    line stating its year, days away from it. The listing and the URL path are never
    overruled (they are the CMS's own record of the post).
    """
    if not parsed or parsed[0][1] not in ("jsonld", "meta"):
        return None
    if any(origin in ("api", "listing", "url") for _, origin, _ in parsed):
        return None
    stated = parsed[0][0].date()
    line = next(((v, c) for v, o, c in parsed if o == "dateline"), None)
    if line is None:
        return None
    value, candidate = line
    _, has_year = _parse_candidate(candidate, now, anchor)
    if (
        not has_year
        or in_running_text(candidate.value)
        or weekday_conflict(candidate.value, value)
        or abs((value.date() - stated).days) <= _SAME_PUBLICATION_DAYS
    ):
        return None
    for shown in candidates:
        if shown.origin in ("dateline", "context") and shown.value:
            day, _ = _parse_candidate(shown, now, anchor)
            if day is not None and abs((day.date() - stated).days) <= _SAME_PUBLICATION_DAYS:
                return None  # the page shows the metadata's day: it is no template's
    return value


def choose_published(
    candidates: list[DateCandidate], now: datetime | None = None
) -> tuple[datetime | None, str | None]:
    """The published date and where it came from: structured metadata first (unless the
    page shows its day nowhere and the date line by the headline states another:
    ``_visible_date_line``), then the listing, the article's date line, the URL. Never the crawl time, never after it. A
    "date line" that is only a day mentioned in running text loses to the URL's day.

    A year-less date line takes its year from the context (``_anchor``), and the current
    year only when the page gives no context at all; a date line whose weekday contradicts
    its date loses to the listing or the URL.
    """
    limit = _now(now) if now is not None else None
    anchor = _anchor(candidates, now)
    ranked = sorted(
        (c for c in candidates if c.origin not in CONTEXT_ORIGINS),
        key=lambda c: ORIGIN_ORDER.index(c.origin) if c.origin in ORIGIN_ORDER else 99,
    )
    parsed: list[tuple[datetime, str, DateCandidate]] = []
    for candidate in ranked:
        if not candidate.value:
            continue
        value, _ = _parse_candidate(candidate, now, anchor)
        if value is None or (limit is not None and value > limit):
            continue  # nothing is published after it was fetched: a misreading
        parsed.append((value, candidate.origin, candidate))
    if not parsed:
        return None, None
    visible = _visible_date_line(candidates, parsed, now, anchor)
    if visible is not None:
        return visible, "dateline"
    others = [p for p in parsed if p[1] != "dateline"]
    from_url = any(origin == "url" for _, origin, _ in parsed)
    path_day = next((_url_path_day(c.value) for _, o, c in parsed if o == "url"), None)
    for value, origin, candidate in parsed:
        if origin == "dateline" and others and weekday_conflict(candidate.value, value):
            continue
        if origin == "dateline" and from_url and in_running_text(candidate.value):
            continue  # a day the text mentions loses to the day in the URL path
        if (
            origin == "dateline" and path_day is not None and path_day != value.date()
            and not _PUBLISHED_LABEL_RE.match(candidate.value)
        ):  # fmt: skip
            continue  # /2024/03/05/ is the day a CMS published it; the text's day may not be
        if origin == "listing":
            # the date line on the listing's day: same date, and its time of day
            same = [v for v, o, _ in parsed if o == "dateline" and v.date() == value.date()]
            if same and (same[0].hour or same[0].minute):
                return same[0], "dateline"
        return value, origin
    return parsed[0][0], parsed[0][1]
