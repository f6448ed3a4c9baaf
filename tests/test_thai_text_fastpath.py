"""normalize_chars skips pythainlp's normalize on lines it would not change; the result
must be exactly what calling it on every line gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipelines.thai_text as thai_text
from crawler.demo.corpus import bundled_articles

# Thai letters, every mark pythainlp reorders or dedupes, spaces of all kinds, controls
_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x0E01, 0x0E5C)]
    + list("  \n\r\t\u00a0\u2009\u3000\u200b\u200c\ufeff\x00\x0b\x85\x93ab1.()")
)


def _slow(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as m:
        m.setattr(thai_text, "_PYTHAINLP_TRIGGERS", None)  # always call pythainlp
        return thai_text.normalize_chars(text)


def test_fast_path_is_active() -> None:
    assert thai_text._PYTHAINLP_TRIGGERS, "pythainlp's rules changed: fast path disabled"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_fast_path_equals_pythainlp_everywhere(text: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        assert thai_text.normalize_chars(text) == _slow(text, mp)


def test_fast_path_equals_pythainlp_on_real_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    for article in bundled_articles()[:150]:
        for text in (article.title, article.body, article.body.replace("แ", "เเ")):
            assert thai_text.normalize_chars(text) == _slow(text, monkeypatch)


def _old_triggers() -> list:
    """The trigger regexes as they were before the substrings (issue 17, seventh pass)."""
    import re
    import sys

    from pythainlp import thai_above_vowels, thai_below_vowels, thai_follow_vowels
    from pythainlp import thai_tonemarks as tones

    mod = sys.modules["pythainlp.util.normalize"]
    dangling, norepeat = mod._DANGLING_CHARS, mod._NOREPEAT_CHARS
    marks = thai_above_vowels + thai_below_vowels
    return [re.compile(p) for p in (
        f"[{tones}\u0e4c][{marks}]", f"[{thai_follow_vowels}][{tones}]",
        f"([{norepeat}]) *\\1", f"[{tones}][{tones}]", f" [{dangling}]",
        f"(?m)^[{dangling}]", "\u0e40\u0e40|  ", "[\u0e4d\u0e45\u200b\u200c]",
    )]  # fmt: skip


_OLD_TRIGGERS = _old_triggers()


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_the_triggers_find_what_the_old_regexes_found(text: str) -> None:
    """Substrings and a first-character test for three of the regexes: the same answer."""
    old = any(rx.search(text) for rx in _OLD_TRIGGERS)
    assert thai_text._pythainlp_may_change(text) == old


def test_the_triggers_on_real_articles() -> None:
    for article in bundled_articles()[:300]:
        for text in (article.title, article.body, *article.body.split("\n")[:20]):
            old = any(rx.search(text) for rx in _OLD_TRIGGERS)
            assert thai_text._pythainlp_may_change(text) == old
