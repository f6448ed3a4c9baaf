"""`khao date`: parse Thai date strings from stdin, one ISO date per line on stdout."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from pipelines.thai_dates import BANGKOK, parse_date


def parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        now = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO date/time: {value!r}") from exc
    return now.replace(tzinfo=BANGKOK) if now.tzinfo is None else now


@click.command()
@click.option("--now", "now_text", metavar="ISO",
              help="Reference time for relative dates (เมื่อวานนี้, 2 ชั่วโมงที่แล้ว) and "
                   "2-digit or missing years, e.g. 2019-09-04T12:00+07:00. Default: now.")  # fmt: skip
@click.option("--time", "with_time", is_flag=True,
              help="Write the full ISO date-time (Asia/Bangkok) instead of YYYY-MM-DD.")  # fmt: skip
def date(now_text: str | None, with_time: bool) -> None:
    """Read one date string per line on stdin; write one ISO date (YYYY-MM-DD) per line,
    or an empty line when the line holds no date that exists.

    Understands Thai dates as government pages write them (วันอังคารที่ 25 สิงหาคม 2563,
    ๔ ก.ย. ๖๒, (25 ส.ค.63), 4-6 ก.ย. 62), Buddhist Era and Christian years, English
    and ISO dates, and relative expressions against --now.

    \b
    Example:
      printf '๔ ก.ย. ๖๒\\nเมื่อวานนี้\\n' | khao date --now 2019-09-05
    """
    now = parse_now(now_text)
    out = sys.stdout
    # UTF-8 whatever the locale says (a C or TIS-620 locale must not garble Thai input)
    lines = click.get_text_stream("stdin", encoding="utf-8-sig", errors="replace")
    for line in lines:
        value = parse_date(line.rstrip("\r\n"), now)
        if value is None:
            out.write("\n")
        else:
            out.write((value.isoformat() if with_time else value.date().isoformat()) + "\n")
        if out.isatty():
            out.flush()  # interactive use: answer each line as it is typed
