"""Thai text cleaning: what real government pages carry, and properties that must hold."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.demo.corpus import bundled_articles
from pipelines.thai_text import (
    clean_lines,
    clean_text,
    clean_title,
    is_boilerplate,
    normalize_chars,
    search_normalize,
    storable,
)

CONSONANTS = re.compile(r"[\u0e01-\u0e2e]")


def consonants(text: str) -> Counter[str]:
    return Counter(CONSONANTS.findall(text))


def test_invisible_and_odd_characters_are_normalised() -> None:
    raw = "ประ\u200bชา\u200cสัม\u2060พันธ์\ufeff\u00ad ข่าว\u00a0\u00a0สาร\u3000ราช\u2009การ"
    assert clean_text(raw) == "ประชาสัมพันธ์ ข่าว สาร ราช การ"
    assert clean_text("เเผนงาน การทํางาน ก็็ ไม่่") == "แผนงาน การทำงาน ก็ ไม่"
    # a cp874 page read as Latin-1 leaves C1 controls where the quotes and dashes were
    assert clean_text("\x93ไทยนิยม\x94 \x96 ยั่งยืน\x85\x81") == "“ไทยนิยม” – ยั่งยืน…"
    assert clean_text("ก\x00ข\x07ค") == "กขค"


def test_paragraphs_are_kept_and_spaces_collapsed() -> None:
    raw = "  ย่อหน้าแรก   มีหลายคำ \r\n\r\n\n\tย่อหน้าที่สอง\n \n"
    assert clean_text(raw) == "ย่อหน้าแรก มีหลายคำ\nย่อหน้าที่สอง"


def test_boilerplate_lines_go_and_real_sentences_stay() -> None:
    title = "นายกฯ ประชุม ครม."
    raw = "\n".join([
        "หน้าหลัก > ข่าวทำเนียบรัฐบาล > ข่าวนายกรัฐมนตรี",
        title,
        title,
        "แชร์ Facebook Twitter LINE พิมพ์",
        "วันนี้ (4 ก.ย. 62) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี",
        "อ่านต่อ >>",
        "ดูภาพเพิ่มเติม",
        "คลิกอ่านรายละเอียดเพิ่มเติม",
        "*****************",
        "ที่มา : http://www.thaigov.go.th/news/contents/details/21234",
        "ที่มาของโครงการนี้คือการช่วยเหลือเกษตรกรผู้ประสบภัยน้ำท่วมในภาคใต้และภาคตะวันออกเฉียงเหนือ ซึ่งได้รับผลกระทบอย่างต่อเนื่องมาตั้งแต่ต้นปี ทำให้รัฐบาลต้องเร่งดำเนินการ",
        "อ่านต่อได้ที่เว็บไซต์กระทรวงเกษตรและสหกรณ์",
        "Your browser does not support the audio element.",
        "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก",
    ])  # fmt: skip
    assert clean_text(raw, title=title).split("\n") == [
        "วันนี้ (4 ก.ย. 62) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี",
        "ที่มาของโครงการนี้คือการช่วยเหลือเกษตรกรผู้ประสบภัยน้ำท่วมในภาคใต้และภาคตะวันออกเฉียงเหนือ ซึ่งได้รับผลกระทบอย่างต่อเนื่องมาตั้งแต่ต้นปี ทำให้รัฐบาลต้องเร่งดำเนินการ",
        "อ่านต่อได้ที่เว็บไซต์กระทรวงเกษตรและสหกรณ์",
        "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก",
    ]  # fmt: skip
    # the title is only dropped at the top, not where the text quotes it
    assert clean_text(f"เนื้อข่าว\n{title}", title=title) == f"เนื้อข่าว\n{title}"


def test_search_finds_thai_digits_and_arabic_digits_both_ways() -> None:
    stored = clean_text("งบประมาณปี ๒๕๖๒ จำนวน 1,500 ล้านบาท")
    assert "๒๕๖๒" in stored  # stored as published
    index = search_normalize(stored)
    for query in ("2562", "๒๕๖๒", "๑,๕๐๐", "1,500"):
        assert search_normalize(query) in index
    assert search_normalize("เเผน ทํา") == search_normalize("แผน ทำ")
    assert search_normalize(index) == index


def test_cleaning_real_articles_keeps_their_text() -> None:
    kept = total = 0
    for article in bundled_articles():
        title = clean_title(article.title)
        cleaned = clean_text(article.body, title=title)
        assert cleaned == clean_text(cleaned, title=title)
        lines = [line.strip() for line in normalize_chars(article.body).split("\n")]
        while lines and (not lines[0] or lines[0] == title):
            lines.pop(0)  # the headline printed again above the text
        kept += sum(consonants(cleaned).values())
        total += sum(consonants("\n".join(lines)).values())
    # apart from the repeated headline only page furniture goes: 99.9% of Thai letters stay
    assert kept / total > 0.999


THAI_LINE = st.lists(
    st.sampled_from(
        [
            *list("กขคงจฉชซญดตถทนบปผพฟมยรลวศษสหอฮะัาำิีึืุูเแโใไ็่้๊๋์ํ๐๑๒๓๔๕๖๗๘๙0123456789 .,-()"),
            "\u200b",
            "\xa0",
            "\xad",
            "\x85",
            "\x93",
            "\t",
            "\r",
            "เเ",
            "ํา",
            "ๆ",
            "แชร์",
            "อ่านต่อ",
            "ที่มา : ",
            "หน้าหลัก > ",
            "*****",
        ]
    ),
    max_size=40,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), st.lists(THAI_LINE, max_size=6).map("\n".join))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.one_of(st.none(), THAI_LINE))
def test_cleaning_is_idempotent(text: str, title: str | None) -> None:
    once = clean_text(text, title=title)
    assert clean_text(once, title=title) == once
    assert normalize_chars(normalize_chars(text)) == normalize_chars(text)
    assert clean_title(clean_title(text)) == clean_title(text)
    assert search_normalize(search_normalize(text)) == search_normalize(text)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.one_of(st.none(), THAI_LINE))
def test_cleaning_never_grows_text_except_by_unicode_normalisation(
    text: str, title: str | None
) -> None:
    assert len(clean_text(text, title=title)) <= len(unicodedata.normalize("NFC", text))


@settings(max_examples=300, deadline=None)
@given(st.lists(THAI_LINE, max_size=8), st.one_of(st.none(), THAI_LINE))
def test_thai_letters_survive_outside_boilerplate_lines(
    lines: list[str], title: str | None
) -> None:
    text = "\n".join(lines)
    expected: Counter[str] = Counter()
    seen_text = False
    for line in normalize_chars(text).split("\n"):
        line = line.strip()
        if line and not is_boilerplate(line, title, first=not seen_text):
            expected += consonants(line)
            seen_text = True
    assert consonants(clean_text(text, title=title)) == expected
    # and normalisation itself never loses a consonant
    assert consonants(normalize_chars(text)) == consonants(text)


def test_clean_lines_and_title() -> None:
    assert clean_lines("ก\n\nข") == ["ก", "ข"] or clean_lines("ก\n\nข") == ["ข"]
    assert clean_title("  ข่าว\u200b\nทำเนียบ\u00a0 รัฐบาล ") == "ข่าว ทำเนียบ รัฐบาล"


# Issue 12: what SQLite or an Atom feed (XML) cannot hold never reaches storage.
UNSTORABLE = st.sampled_from(["\x00", "\ud800", "\udfff", "\ufffe", "\uffff", "\ufdd0",
                              "\U0001fffe", "\U0010ffff"])  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(THAI_LINE, UNSTORABLE, st.text(max_size=20)), max_size=12).map(
    "".join
)


def xml_allowed(char: str) -> bool:
    code = ord(char)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ) and not (0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


@settings(max_examples=300, deadline=None)
@given(HOSTILE_TEXT)
def test_stored_text_is_valid_utf8_and_xml(text: str) -> None:
    for cleaned in (storable(text), clean_title(text), clean_text(text)):
        cleaned.encode("utf-8")  # raises on a lone surrogate
        assert all(xml_allowed(c) for c in cleaned), repr(cleaned)


@given(HOSTILE_TEXT)
def test_storable_keeps_everything_else(text: str) -> None:
    kept = storable(text)
    assert kept == "".join(c for c in text if xml_allowed(c) or c == "\x7f")
    assert storable(kept) == kept
