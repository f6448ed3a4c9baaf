"""Pure Thai text functions: character normalisation, boilerplate lines, search keys.

Three layers, each idempotent:

- ``normalize_chars``: what every stored string goes through. NFC; zero-width characters,
  soft hyphens and bidi controls removed; NBSP and the other Unicode spaces become a space;
  C1 control characters (a cp874 page decoded as Latin-1) become the cp874 punctuation they
  stand for, or go; pythainlp's ``normalize`` (``เเ`` → ``แ``, ``ํา`` → ``ำ``, doubled
  vowels and tone marks) per line; runs of spaces collapse. Newlines are kept.
- ``clean_text`` / ``clean_title``: the text as stored. Lines stripped, empty lines and
  boilerplate lines (share buttons, breadcrumbs, "อ่านต่อ", photo links, "ที่มา" lines, a
  title repeated as the first line, decoration rules) dropped, paragraphs kept.
- ``normalize_for_match``: a cheap lower-cased form for substring matching of texts that
  are already clean (kind rules, alert rules, the short-word index).
- ``search_normalize``: what the full-text index holds, and what a query must go through
  before it is matched (Thai digits read as Arabic ones, so ``๒๕๖๒`` finds ``2562`` and
  the other way round). The stored text keeps the digits as published.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from functools import lru_cache
from typing import NamedTuple

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
from pythainlp import (
    thai_above_vowels,
    thai_below_vowels,
    thai_follow_vowels,
    thai_tonemarks,
)
from pythainlp.util import normalize as _pythainlp_normalize

from pipelines.thai_dates import thai_digits_to_arabic

# The rewrite rules of the pythainlp version this fast path was written against; if they
# change, the fast path turns itself off rather than guess.
_KNOWN_REORDER = [
    "\u0e40\u0e40",
    "([\u0e48\u0e49\u0e4a\u0e4b\u0e4c]+)([\u0e31\u0e34\u0e35\u0e36\u0e37\u0e4d\u0e47\u0e38\u0e39]+)",
    "\u0e4d([\u0e48\u0e49\u0e4a\u0e4b]*)\u0e32",
    "([\u0e30\u0e32\u0e33\u0e45]+)([\u0e48\u0e49\u0e4a\u0e4b]+)",
    "([^\u0e24\u0e26])\u0e45",
]


class _Triggers(NamedTuple):
    """What _pythainlp_may_change looks for: regexes, plain substrings (``in`` is ~20x
    faster than a regex of the same strings on an article; issue 17, seventh pass), and
    the marks that must not start a text (what ``(?m)^[…]`` found at the text's start)."""

    patterns: list[re.Pattern[str]]
    substrings: tuple[str, ...]
    first: frozenset[str]


def _pythainlp_triggers() -> _Triggers | None:
    """Regexes of which one finds something wherever pythainlp's ``normalize`` could change
    a line (or a text of such lines).

    Each of its rewrite steps is a no-op unless its pattern matches; these are a cheap
    superset of all of them (a space, then a dangling mark; a tone mark, then an
    above/below vowel; a follow vowel, then a tone mark; a repeated vowel or sign; two tone
    marks; ``เเ``, nikhahit, lakkhangyao, zero-width characters, double spaces; a dangling
    mark at a line start). Most press releases have nothing to fix, and ``normalize``
    costs ~30 regex passes per line, so skipping it when none matches is exact and fast.
    Separate simple patterns, not one alternation: ``re`` scans a one-class prefix quickly.
    None (always call ``normalize``) if pythainlp's rules are not the ones this was
    written against.
    """
    mod = sys.modules.get("pythainlp.util.normalize")
    try:
        rules = [pat for pat, _ in mod._REORDER_PAIRS]  # type: ignore[union-attr]
        dangling: str = mod._DANGLING_CHARS  # type: ignore[union-attr]
        norepeat: str = mod._NOREPEAT_CHARS  # type: ignore[union-attr]
    except AttributeError:
        return None
    if rules != _KNOWN_REORDER or set(dangling) - set(norepeat) - set(thai_tonemarks):
        return None
    tones, marks = thai_tonemarks, thai_above_vowels + thai_below_vowels
    patterns = [
        f"[{tones}\u0e4c][{marks}]",
        f"[{thai_follow_vowels}][{tones}]",
        f"([{norepeat}]) *\\1",
        f"[{tones}][{tones}]",
        f" [{dangling}]",
        f"\n[{dangling}]",  # with ``first``: a dangling mark at a line start
    ]
    substrings = ("\u0e40\u0e40", "  ", "\u0e4d", "\u0e45", "\u200b", "\u200c")
    return _Triggers([re.compile(p) for p in patterns], substrings, frozenset(dangling))


_PYTHAINLP_TRIGGERS = _pythainlp_triggers()


def _pythainlp_may_change(text: str) -> bool:
    triggers = _PYTHAINLP_TRIGGERS
    if triggers is None:
        return True
    return (
        any(part in text for part in triggers.substrings)
        or text[:1] in triggers.first
        or any(rx.search(text) for rx in triggers.patterns)
    )


# U+200B-U+200D zero-width space/non-joiner/joiner, U+2060 word joiner, U+FEFF BOM, soft
# hyphen; bidi marks/embeddings (U+200E/F, U+202A-E, U+2066-9) are invisible formatting.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZW_RE = re.compile(f"[{ZERO_WIDTH}]")
# every Unicode space except the newline: NBSP, en/em spaces, thin spaces, ideographic ...
_SPACE_CHARS = "\t\x0b\x0c\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACES_RE = re.compile(f"[ {_SPACE_CHARS}]+")
_ODD_SPACES_RE = re.compile(f"[{_SPACE_CHARS}][ {_SPACE_CHARS}]*| [ {_SPACE_CHARS}]+")
# C1 controls (U+0080-U+009F) appear when a cp874 page is decoded as ISO-8859-1/-11: the
# bytes cp874 uses for punctuation are read back as what cp874 meant; the rest go.
_C1_MAP = {0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
           0x96: "–", 0x97: "—"}  # fmt: skip
# C0 controls other than tab/newline/CR carry nothing in an article
_CONTROL_TABLE = {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]}
_CONTROL_TABLE.update({c: _C1_MAP.get(c) for c in range(0x80, 0xA0)})
_CONTROL_TABLE.update({0x0B: " ", 0x0C: " "})
_CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL_TABLE) + "]")
# What SQLite (UTF-8) or XML (Atom feeds) cannot hold: lone surrogates (a broken UTF-16
# decode), C0 controls but tab and newlines, and the Unicode non-characters U+FDD0-U+FDEF
# and U+xFFFE/U+xFFFF of every plane. They carry no text; left in, one would make the
# article's write or a feed fail.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
)
_UNSTORABLE_RE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff{_NONCHARACTERS}]")
# Two cheap supersets of it: sre tests a class of few ranges quickly, while the 34 astral
# non-characters made the one class ~4x slower to search than both of these (issue 17)
_C0_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HIGH_RE = re.compile("[\ud800-\udfff\ufdd0-\uffff\U00010000-\U0010ffff]")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_CHAR_RE = re.compile(r"[\u0e01-\u0e7f]")


def _normalize_line(line: str) -> str:
    """pythainlp normalisation of one line (spaces already collapsed), run to a fixed point
    (so it is idempotent)."""
    if not _THAI_CHAR_RE.search(line):
        return line
    core = line.strip()
    for _ in range(4):  # each pass only shortens or reorders; two passes settle in practice
        # (a pass can leave an edge space behind: the next pass strips it)
        if core == core.strip() and not _pythainlp_may_change(core):
            break
        fixed = _pythainlp_normalize(core)
        if fixed == core:
            break
        core = fixed
    # pythainlp strips the line; keep one edge space so joined lines stay as published
    lead = " " if line.startswith(" ") and core else ""
    trail = " " if line.endswith(" ") and core else ""
    return lead + core + trail


def storable(text: str) -> str:
    """``text`` without the characters no database or feed can hold (see _UNSTORABLE_RE)."""
    # nothing in either superset: nothing to remove (most texts)
    if _C0_RE.search(text) or _HIGH_RE.search(text):
        return _UNSTORABLE_RE.sub("", text)
    return text


def normalize_chars(text: str) -> str:
    """Character-level normalisation; keeps line breaks, never reorders lines."""
    if _CONTROL_RE.search(text):  # str.translate with a dict is slow; most texts need none
        text = text.translate(_CONTROL_TABLE)
    text = unicodedata.normalize("NFC", storable(text))
    text = _ZW_RE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # runs other than a single space (the same result as collapsing every run, per line)
    text = _ODD_SPACES_RE.sub(" ", text)
    # lines unchanged by pythainlp come back as they are (spaces are already single)
    if _pythainlp_may_change(text):
        text = "\n".join(_normalize_line(line) for line in text.split("\n"))
    # NFC again: pythainlp's reordering can leave a composable sequence behind
    return unicodedata.normalize("NFC", text)


# ------------------------------------------------------------------ boilerplate lines

# Words that make up share/print/navigation button rows. A line made only of these (and
# punctuation) is page furniture, whatever order they come in.
_BUTTON_WORDS = {
    "แชร์", "แบ่งปัน", "share", "shares", "facebook", "twitter", "x", "line", "tweet", "email",
    "e-mail", "อีเมล", "อีเมล์", "ส่งอีเมล", "พิมพ์", "print", "สั่งพิมพ์", "พิมพ์หน้านี้",
    "คัดลอกลิงก์", "copy", "link", "pin", "pinterest", "linkedin", "whatsapp", "messenger",
    "telegram", "like", "ถูกใจ", "บันทึก", "save", "pdf", "ขนาดตัวอักษร", "a", "a+", "a-",
    "ก", "ก+", "ก-", "เพิ่มขนาด", "ลดขนาด", "ตัวอักษร", "tags", "แท็ก", "views",
    "ครั้ง", "เข้าชม", "อ่าน", "ผู้เข้าชม", "จำนวนผู้เข้าชม", "0", "คน",
}  # fmt: skip
_BUTTON_SPLIT_RE = re.compile(r"[\s|:/•·,()\[\]{}<>\-–—]+")
_COUNTER_RE = re.compile(r"^\d[\d,.]*[kKmM]?$")
_BREADCRUMB_RE = re.compile(
    r"^(?:หน้าหลัก|หน้าแรก|home|หน้าแรกของเว็บไซต์)\s*(?:[>»›/|]|&gt;)", re.IGNORECASE
)
_BREADCRUMB_SEP_RE = re.compile(r"\s(?:>|»|›|&gt;)\s")
# Whole-line navigation labels and links ("อ่านต่อ", "ดูภาพเพิ่มเติม", "ย้อนกลับ", ...),
# optionally followed by an arrow, dots or a bare URL.
_NAV_LINE_RE = re.compile(
    r"^[\s\[(<«»>]*(?:"
    r"อ่านต่อ(?:ที่นี่)?|อ่านเพิ่มเติม|อ่านรายละเอียด(?:เพิ่มเติม)?|อ่านข่าวต่อ|อ่านทั้งหมด|"
    r"คลิก(?:ที่นี่)?(?:เพื่อ)?(?:อ่าน|ดู)?(?:รายละเอียด)?(?:เพิ่มเติม)?(?:ที่นี่)?|"
    r"ดูทั้งหมด|ดูเพิ่มเติม|ดูรายละเอียด(?:เพิ่มเติม)?|ย้อนกลับ|กลับหน้าหลัก|กลับสู่หน้าหลัก|"
    r"กลับด้านบน|ขึ้นด้านบน|ไปด้านบน|หน้าถัดไป|หน้าก่อนหน้า|ถัดไป|ก่อนหน้า|"
    r"ข่าวที่เกี่ยวข้อง|ข่าวอื่นๆ|ข่าวอื่น ๆ|ข่าวล่าสุด|ข่าวยอดนิยม|แท็ก|tags?|"
    r"read more|continue reading|more|back|next|previous|"
    r"(?:ดู|ชม)?(?:ภาพ|รูป)(?:ภาพ)?(?:ข่าว|กิจกรรม)?(?:ทั้งหมด|เพิ่มเติม)(?:ที่นี่)?|"
    r"(?:ดู|ชม|ดาวน์โหลด)?อัลบั้ม(?:ภาพ|รูป)?(?:ทั้งหมด|เพิ่มเติม)?|ดาวน์โหลดภาพ(?:ข่าว)?|"
    r"คลิกดูภาพ(?:เพิ่มเติม|ทั้งหมด)?|ภาพ(?:ข่าว)?เพิ่มเติม|"
    r"ดาวน์โหลด(?:เอกสาร|ไฟล์)?(?:แนบ)?(?:ฉบับเต็ม)?(?:ที่นี่)?|"
    r"your browser does not support the (?:audio|video) (?:element|tag)\.?"
    r")[\s\])>»›.…:：]*(?:(?:https?://|www\.)\S*)?[\s\])>»›.…]*$",
    re.IGNORECASE,
)
# "ที่มา : http://...", "แหล่งที่มา: สำนักข่าว..." — attribution lines; short ones only, so a
# sentence that starts with "ที่มาของโครงการ..." stays.
_SOURCE_LINE_RE = re.compile(
    r"^(?:ที่มา|แหล่งที่มา|แหล่งข่าว|ขอบคุณ(?:ข้อมูล|ภาพ)?(?:จาก)?|source|credit|cr\.?|"
    r"ภาพ(?:ข่าว|ประกอบ)?|photo)\s*[:：]",
    re.IGNORECASE,
)
_URL_ONLY_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_HAS_WORD_RE = re.compile(r"[^\W_]")  # a letter or digit of any script


def _button_row(line: str) -> bool:
    words = [w for w in _BUTTON_SPLIT_RE.split(line.lower()) if w]
    if not words:
        return False
    return all(w in _BUTTON_WORDS or _COUNTER_RE.match(w) for w in words) and any(
        not _COUNTER_RE.match(w) for w in words
    )


# What a comparison key drops: everything but letters and digits (``\w`` is ``str.isalnum``
# plus ``_``) and the Thai block. One ``re.sub``, not a Python test per character (issue 17).
_NOT_KEY_RE = re.compile(r"[^\w\u0e00-\u0e7f]|_")


def _compact(text: str) -> str:
    """A comparison key: search-normalised, no spaces or punctuation, case-folded."""
    return _NOT_KEY_RE.sub("", search_normalize(text).casefold())


# The title's key is asked for at each line above the article's text (~4 an article). Only
# titles of a headline's length are kept: a page's "title" can be a whole block of text
# (a hostile page, a selector gone wrong), and 64 of those held 133 MB.
TITLE_KEY_CACHE_MAX = 1_000
_title_key_cached = lru_cache(maxsize=64)(_compact)


def _title_key(title: str) -> str:
    return _title_key_cached(title) if len(title) <= TITLE_KEY_CACHE_MAX else _compact(title)


def is_boilerplate(line: str, title: str | None = None, first: bool = False) -> bool:
    """True when a (normalised, stripped) line is page furniture, not article text.

    ``first`` marks a line above any article text, dropped when it only repeats ``title``.
    """
    if not line:
        return True
    if not _HAS_WORD_RE.search(line):
        return True  # "*****", "-----", "...", a lone bullet
    if _NAV_LINE_RE.match(line) or _button_row(line):
        return True
    if _BREADCRUMB_RE.match(line) or (
        len(_BREADCRUMB_SEP_RE.findall(line)) >= 2 and len(line) < 200
    ):
        return True
    if len(line) <= 160 and _SOURCE_LINE_RE.match(line):
        return True
    if _URL_ONLY_RE.match(line) and len(line) < 300:
        return False  # a bare link in a press release is often the point (registration, docs)
    if first and title:
        key = _title_key(title)
        if key and _compact(line) == key:
            return True
    return False


def clean_lines(text: str, title: str | None = None) -> list[str]:
    """Normalised, stripped, non-empty lines without boilerplate. The title is dropped
    while it repeats at the top (thaigov pages often print it twice above the text)."""
    kept: list[str] = []
    for line in normalize_chars(text).split("\n"):
        line = line.strip()
        if line and not is_boilerplate(line, title, first=not kept):
            kept.append(line)
    return kept


def clean_text(text: str, title: str | None = None) -> str:
    """The article text as stored: normalised, one paragraph a line, no page furniture."""
    return "\n".join(clean_lines(text, title))


def clean_title(title: str) -> str:
    """A headline on one line, normalised (idempotent: joining lines can put two marks
    pythainlp merges next to each other, ``ะ\nะ`` -> ``ะ ะ`` -> ``ะ``, so repeat until stable)."""
    out = " ".join(normalize_chars(title).split())
    for _ in range(4):
        again = " ".join(normalize_chars(out).split())
        if again == out:
            break
        out = again
    return out


def search_normalize(text: str) -> str:
    """What the full-text index holds, and what a search query must go through too.

    The stored text keeps what was published; the index (and the query) read Thai digits
    as Arabic digits and apply the same character normalisation, so ``๒๕๖๒`` and ``2562``,
    ``เเ`` and ``แ``, ``ทํา`` and ``ทำ`` find each other. Safe to apply twice.
    """
    if SEARCH_CACHE_MIN <= len(text) <= SEARCH_CACHE_MAX and sys.getsizeof(text) <= _CACHED_BYTES:
        return _search_normalize_body(text)
    return thai_digits_to_arabic(normalize_chars(text))


# An article's body is normalised twice within a crawl: by the dedupe stage (its compact
# text, pipelines.identity.compact_article) and when its batch writes the search index,
# a batch later (KHAO_INDEX_BATCH, default 50; issue 17, seventh pass: ~0.2 ms an article).
# The latest 128 texts of 512–20,000 characters and at most ~40 KB in memory (20,000 Thai
# characters, or 10,000 astral ones): ~1.5 MB on the demo; at most ~20 MB, as NFC can
# triple a text of astral characters. An LRU cache misses every body once more distinct
# texts than it holds pass between the two reads (some articles add two): a batch setting
# above ~100 loses the saving, nothing else.
SEARCH_CACHE_MIN, SEARCH_CACHE_MAX = 512, 20_000
_CACHED_BYTES = sys.getsizeof("\u0e01" * SEARCH_CACHE_MAX)  # sizes Python holds, O(1)


@lru_cache(maxsize=128)
def _search_normalize_body(text: str) -> str:
    return thai_digits_to_arabic(normalize_chars(text))


_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH}]")
_THAI_DIGIT_RE = re.compile("[\u0e50-\u0e59]")


def normalize_for_match(text: str) -> str:
    """A cheap form of the search index's normalisation, lower-cased, for substring matching.

    search_normalize (what the index holds) runs the full Thai cleaning, ~10 ms for an
    article; matching thousands of stored (already clean) texts needs only what a query or
    a stray text may still differ in: NFC, zero-width characters, เเ typed for แ, ํา for ำ,
    Thai digits.
    """
    text = text or ""
    # each step only when needed: a stored text is usually clean already, and str.translate
    # over a whole article is the slow part
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _ZERO_WIDTH_RE.search(text):
        text = _ZERO_WIDTH_RE.sub("", text)
    text = text.replace("เเ", "แ").replace("\u0e4d\u0e32", "\u0e33")
    if _THAI_DIGIT_RE.search(text):
        text = thai_digits_to_arabic(text)
    return text.casefold()


_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def language_of(text: str) -> str:
    """``th`` or ``en`` from the letters of a text (Thai when at least a third of its letters
    are Thai: Thai releases quote English names, never the reverse), ``""`` with no letters.
    For sources that give no language (the WordPress API has none)."""
    thai = len(_THAI_CHAR_RE.findall(text))
    latin = len(_LATIN_LETTER_RE.findall(text))
    if thai == 0 and latin == 0:
        return ""
    return "th" if thai >= latin * 0.5 else "en"
