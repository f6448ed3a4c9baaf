"""Thai date parsing (walking-skeleton version; the Thai dates work deepens it)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.items import DateCandidate

BANGKOK = ZoneInfo("Asia/Bangkok")
MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}  # fmt: skip
_DATE_RE = re.compile(r"(\d{1,2})\s*(" + "|".join(MONTHS) + r")\s*(\d{4})")


def parse_date(text: str, now: datetime | None = None) -> datetime | None:
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is not None:
        return value.replace(tzinfo=BANGKOK) if value.tzinfo is None else value
    match = _DATE_RE.search(text)
    if not match:
        return None
    year = int(match.group(3))
    if year > 2400:
        year -= 543
    try:
        return datetime(year, MONTHS[match.group(2)], int(match.group(1)), tzinfo=BANGKOK)
    except ValueError:
        return None


ORIGIN_ORDER = ("api", "jsonld", "meta", "dateline", "listing", "url")


def choose_published(
    candidates: list[DateCandidate], now: datetime | None = None
) -> tuple[datetime | None, str | None]:
    ranked = sorted(
        candidates,
        key=lambda c: ORIGIN_ORDER.index(c.origin) if c.origin in ORIGIN_ORDER else 99,
    )
    for candidate in ranked:
        value = parse_date(candidate.value, now)
        if value is not None:
            return value, candidate.origin
    return None, None
