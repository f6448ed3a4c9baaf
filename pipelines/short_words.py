"""The short-word index: which articles contain a given 1- or 2-character string.

A trigram index cannot match words of one or two characters, and Thai has many (ไฟ, ผล,
ณ, ก็). Scanning every text is too slow at 100k articles, so the store also keeps an FTS5
table (``articles_grams``) whose "document" for an article is the set of every character
and every pair of adjacent characters in its normalised text, each written as an ASCII
token of hexadecimal code points (``ไฟ`` -> ``e44ge1f``). ASCII tokens keep FTS5's
tokenizer from splitting Thai vowel and tone marks off; ``detail=none`` stores only rowid
lists, no positions. A word of one or two characters is then exactly one token.

Pure functions, shared by the store (writing) and khao.search (querying).
"""

from __future__ import annotations

from itertools import pairwise

from pipelines.thai_text import normalize_for_match

MAX_LENGTH = 2  # the longest word the index answers; 3+ is the trigram index's job
NO_TOKEN = "khaonone"  # never produced by gram_token: 'k', 'h', 'o', 'n' are not hex digits


def gram_token(word: str) -> str | None:
    """The index token of a normalised word of 1–2 characters; None if it has none.

    Whitespace never belongs to a gram (a query word cannot contain it unquoted).
    """
    if not 1 <= len(word) <= MAX_LENGTH or any(char.isspace() for char in word):
        return None
    return "g".join(f"{ord(char):x}" for char in word)


def gram_tokens(text: str) -> set[str]:
    """Every distinct character and adjacent pair of the text, as index tokens.

    The text goes through normalize_for_match, exactly like a query word does.
    """
    form = normalize_for_match(text)
    # an article has ~5,000 characters but only ~100 distinct ones and ~2,000 distinct
    # pairs: collect the distinct ones first, format each once
    codes = {char: f"{ord(char):x}" for char in set(form) if not char.isspace()}
    tokens = set(codes.values())
    tokens.update(
        f"{codes[a]}g{codes[b]}" for a, b in set(pairwise(form)) if a in codes and b in codes
    )
    return tokens


def gram_document(title: str, body: str) -> str:
    """What the index stores for one article (title and body together)."""
    return " ".join(sorted(gram_tokens(title + "\n" + body)))
