"""Issue 17, a crawl that keeps up: the store's per-article work made cheaper gives the
same results as before."""

from __future__ import annotations

from itertools import pairwise

from crawler.demo.corpus import demo_articles
from pipelines.short_words import gram_tokens
from pipelines.thai_text import normalize_for_match


def reference_gram_tokens(text: str) -> set[str]:
    """gram_tokens as it was written first: every character and pair, one by one."""
    form = normalize_for_match(text)
    codes = [f"{ord(char):x}" if not char.isspace() else "" for char in form]
    tokens = {code for code in codes if code}
    tokens.update(f"{a}g{b}" for a, b in pairwise(codes) if a and b)
    return tokens


def test_gram_tokens_equal_the_reference_on_the_demo_corpus_and_odd_whitespace() -> None:
    texts = [a.title + "\n" + a.body for a in demo_articles()[:200]]
    texts += ["", " ", "ก", "ไฟ ผล", "a\u00a0b\tค\n\nง  จ", "๒๕๖๒ 2562", "เเละ ทํา"]
    for text in texts:
        assert gram_tokens(text) == reference_gram_tokens(text)
