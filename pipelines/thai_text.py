"""Pure Thai text functions: character normalisation and line cleaning.

(Walking-skeleton version; the Thai text stage deepens it.)
"""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZW_RE = re.compile(f"[{ZERO_WIDTH}]")
_SPACES_RE = re.compile(r"[^\S\n]+")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")


def normalize_chars(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _ZW_RE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES_RE.sub(" ", text)
    return text


def clean_text(text: str, title: str | None = None) -> str:
    lines = (line.strip() for line in normalize_chars(text).split("\n"))
    return "\n".join(line for line in lines if line)


def clean_title(title: str) -> str:
    return " ".join(normalize_chars(title).split())


def search_normalize(text: str) -> str:
    """What the full-text index holds: Thai digits read as Arabic digits."""
    return text.translate(_TO_ARABIC)
