"""newmm word segmentation in Rust (nlpo3), on pythainlp's own word list.

pythainlp's pure-Python newmm took over half of the NER stage's time; nlpo3 implements
the same algorithm (maximal matching within Thai character clusters) about 5x faster.
The two differ in how they treat punctuation glued to Thai text, so lines are cut where
a non-Thai character (other than a space or a dot: abbreviations such as ``พ.ศ.`` and
``รมช.`` are dictionary words) is followed by a Thai one. On ThaiNER and the bundled
thaigov.go.th corpus the tokens (after khao's re-splitting) then equal pythainlp newmm's
in 99.7% of lines (45 of 14,769 differ, in 0.01% of tokens: unknown words such as
``เหงียน`` or ``เทียร์`` cut differently).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import nlpo3

from pipelines.ner.tables import pythainlp_words_path

#: nlpo3 keeps dictionaries in a process-wide table by name.
DICT_NAME = "khao_pythainlp_words_th"

_CUT = re.compile(r"(?<=[^\u0E00-\u0E7F .])(?=[\u0E00-\u0E7F])")


def dictionary_path() -> Path:
    """pythainlp's default word list (the one its newmm uses), from the installed wheel."""
    return pythainlp_words_path()


@cache
def load_dictionary() -> str:
    """Load the word list into nlpo3 once per process; returns its nlpo3 name."""
    message, ok = nlpo3.load_dict(str(dictionary_path()), DICT_NAME)
    if not ok and "already exists" not in message:  # loaded before a cache_clear()
        raise RuntimeError(f"nlpo3 could not load {dictionary_path()}: {message}")
    return DICT_NAME


def segment(text: str) -> list[str]:
    """Word tokens of ``text`` (whitespace kept as tokens; ``"".join`` gives ``text``)."""
    if not text:
        return []
    name = load_dictionary()
    out: list[str] = []
    pos = 0  # cut before Thai text glued to punctuation: nlpo3 would glue "(ส" together
    for m in _CUT.finditer(text):
        out.extend(nlpo3.segment(text[pos : m.start()], name))
        pos = m.start()
    out.extend(nlpo3.segment(text[pos:], name))
    return out
