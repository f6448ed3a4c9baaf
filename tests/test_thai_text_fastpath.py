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


# ------------------------------------------------------------- issue 17, seventh pass
_PIECES = st.text(alphabet=_ALPHABET, max_size=30) | st.sampled_from(
    ["", "\r", "\n", " \u0e31", "\u0e48\u0e34", "\u0e40\u0e40", "\u0e4d\u0e32", "  ", "\u2028",
     "\u0e01\u0e4d", "\x85", "\ud800", "\u1100", "\u1161", "e\u0301", "\u0301", "๒๕๖๗"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=6).map("".join), st.lists(_PIECES, max_size=6).map("".join))
def test_search_normalize_works_within_lines(a: str, b: str) -> None:
    """Normalising two texts joined by a line break is normalising each: what lets the
    dedupe stage normalise an article's title and body apart (compact_article)."""
    from pipelines.identity import compact_article, compact_text

    if "\r" not in a:
        joined = thai_text.search_normalize(a + "\n" + b)
        assert joined == thai_text.search_normalize(a) + "\n" + thai_text.search_normalize(b)
    assert compact_article(a, b) == compact_text(a + "\n" + b)


def test_compact_article_on_real_articles() -> None:
    from pipelines.identity import compact_article, compact_text

    for article in bundled_articles()[:300]:
        for title, body in ((article.title, article.body),
                            (thai_text.clean_title(article.title), thai_text.clean_text(article.body))):  # fmt: skip
            assert compact_article(title, body) == compact_text(title + "\n" + body)


def test_the_index_reuses_the_dedupe_stage_s_body() -> None:
    """The fingerprint normalises the body alone; the store's index then finds it cached
    (an equal string read back from the database, not the same object)."""
    from pipelines.fingerprints import fingerprint

    body = thai_text.clean_text(bundled_articles()[0].body)
    assert thai_text.SEARCH_CACHE_MIN <= len(body) <= thai_text.SEARCH_CACHE_MAX
    thai_text._search_normalize_body.cache_clear()
    fingerprint("หัวข้อ", body, None)
    hits = thai_text._search_normalize_body.cache_info().hits
    again = thai_text.search_normalize("".join(list(body)))  # an equal, distinct string
    assert thai_text._search_normalize_body.cache_info().hits == hits + 1
    assert again == thai_text.thai_digits_to_arabic(thai_text.normalize_chars(body))


def test_the_body_cache_survives_a_batch_and_holds_no_astral_giants() -> None:
    """Each body of a 100-article batch is normalised by the dedupe stage and read again
    by the index write a batch later: the LRU cache must hold a batch (at 64 a batch of 65
    hit nothing). Texts of many astral characters (4 bytes each, tripled by NFC) are
    normalised, not kept (64 of them held 20 MB)."""
    bodies = [f"ข่าวที่ {i} " + "เนื้อความ" * 100 for i in range(100)]
    thai_text._search_normalize_body.cache_clear()
    first = [thai_text.search_normalize(body) for body in bodies]
    hits = thai_text._search_normalize_body.cache_info().hits
    assert [thai_text.search_normalize(body) for body in bodies] == first
    assert thai_text._search_normalize_body.cache_info().hits == hits + 100
    thai_text._search_normalize_body.cache_clear()
    astral = ["\U0001d160" * 15_000 + str(i) for i in range(4)]
    assert [len(thai_text.search_normalize(text)) for text in astral] == [45_001] * 4
    assert thai_text._search_normalize_body.cache_info().currsize == 0
