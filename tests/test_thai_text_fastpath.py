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
