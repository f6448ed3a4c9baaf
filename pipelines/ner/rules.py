"""Regular-expression taggers for structured entities (ThaiNER conventions).

Their matches are CRF features (so the CRF learns when ThaiNER's annotators
agree with them) and, for URL and EMAIL, override the CRF outright.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

_D = r"[0-9๐-๙]"
_NUM = rf"{_D}+(?:,{_D}{{3}})*(?:\.{_D}+)?"
_MONTHS_FULL = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
)
_MONTHS_ABBR = (
    r"ม\.?ค\.?|ก\.?พ\.?|มี\.?ค\.?|เม\.?ย\.?|พ\.?ค\.?|มิ\.?ย\.?|ก\.?ค\.?|ส\.?ค\.?|ก\.?ย\.?|"
    r"ต\.?ค\.?|พ\.?ย\.?|ธ\.?ค\.?"
)
_MONTH = rf"(?:{_MONTHS_FULL}|{_MONTHS_ABBR})"
_SCALE = r"(?:แสน|ล้าน|หมื่น|พัน)*(?:ล้าน|แสน|หมื่น|พัน)?"

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    (
        "URL",
        re.compile(
            r"(?:https?://|www\.)[^\s\u0E00-\u0E7F\"'<>()\[\]]+"
            r"(?: _ [^\s\u0E00-\u0E7F\"'<>()\[\]]+)*(?<![.,;:])"
        ),
    ),
    (
        "DATE",
        re.compile(
            rf"(?:{_D}{{1,2}}\s?(?:-\s?{_D}{{1,2}}\s?)?{_MONTH}(?:\s?(?:พ\.ศ\.|ค\.ศ\.)?\s?{_D}{{2,4}})?"
            rf"|{_D}{{1,2}}/{_D}{{1,2}}/{_D}{{2,4}}"
            rf"|(?:{_MONTHS_FULL})\s?(?:พ\.ศ\.\s?)?{_D}{{4}})(?![0-9๐-๙])"
        ),
    ),
    ("TIME", re.compile(rf"{_D}{{1,2}}[.:]{_D}{{2}}\s?(?:น\.|นาฬิกา)")),
    (
        "MONEY",
        re.compile(rf"{_NUM}\s?{_SCALE}\s?(?:บาท|ดอลลาร์(?:สหรัฐ)?|เหรียญ(?:สหรัฐ)?|ยูโร|เยน|หยวน)"),
    ),
    ("PERCENT", re.compile(rf"(?:ร้อยละ\s?{_NUM}|{_NUM}\s?(?:%|เปอร์เซ็นต์))")),
    (
        "PHONE",
        re.compile(
            rf"(?<![0-9])(?:0-{_D}{{4}}-{_D}{{4}}|0{_D}{{1,2}}-?{_D}{{3}}-?{_D}{{3,4}}"
            rf"|1{_D}{{3}}(?=\s|$))(?![0-9])"
        ),
    ),
    ("LEN", re.compile(rf"{_NUM}\s?(?:กิโลเมตร|กม\.|ก\.ม\.|เมตร|ซม\.|เซนติเมตร|มิลลิเมตร|มม\.)")),
    ("ZIP", re.compile(r"(?<![0-9])[1-9]0[0-9]{3}(?![0-9])")),
)


_DIGIT = re.compile(_D)


def _may_match(label: str, text: str, digits: bool) -> bool:
    """False when ``label``'s pattern cannot match ``text`` (what every match of it must
    contain is missing): most lines have no digit, and scanning them with the six
    number patterns was most of this function's time."""
    if label == "EMAIL":
        return "@" in text
    if label == "URL":
        return "http" in text or "www." in text
    return digits  # every other pattern needs a digit (DATE's month-first form: a year)


def rule_spans(text: str) -> list[Span]:
    """Non-overlapping rule matches (earlier rules and longer matches win)."""
    found: list[Span] = []
    taken = bytearray(len(text))
    digits = _DIGIT.search(text) is not None
    for label, rx in RULES:
        if not _may_match(label, text, digits):
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if e > s and not any(taken[s:e]):
                found.append((s, e, label))
                taken[s:e] = b"\x01" * (e - s)
    found.sort()
    return found
