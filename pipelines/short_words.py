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
    import numpy as np  # here: the query side (khao.search) needs only gram_token

    form = normalize_for_match(text)
    if not form:
        return set()
    # an article has ~5,000 characters but only ~100 distinct ones and ~700 distinct pairs:
    # numpy finds the distinct code points and pairs (a pair as one integer, 21 bits each),
    # each pair's token is formatted once per crawl (_PAIR_TOKENS). A set of 5,000 tuples
    # made in Python: gram_document 0.61 → 0.38 ms an article (issue 17, sixth pass).
    points = np.frombuffer(form.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    tokens = {f"{c:x}" for c in np.unique(points).tolist() if not chr(c).isspace()}
    if len(points) > 1:
        pairs = np.unique((points[:-1].astype(np.uint64) << np.uint64(21)) | points[1:]).tolist()
        found = list(map(_PAIR_TOKENS.get, pairs))
        if None in found:
            found = [_pair_token(p) if t is None else t for p, t in zip(pairs, found, strict=True)]
        tokens.update(found)
        tokens.discard("")  # pairs with whitespace
    return tokens


#: A pair's token by its integer (first code point << 21 | second), "" for a pair with
#: whitespace. Emptied when full: ~16,000 entries, ~1.6 MB.
_PAIR_TOKENS: dict[int, str] = {}
_PAIR_TOKENS_MAX = 16_384


def _pair_token(pair: int) -> str:
    first, second = pair >> 21, pair & 0x1FFFFF
    space = chr(first).isspace() or chr(second).isspace()
    token = "" if space else f"{first:x}g{second:x}"
    if len(_PAIR_TOKENS) >= _PAIR_TOKENS_MAX:
        _PAIR_TOKENS.clear()
    _PAIR_TOKENS[pair] = token
    return token


def gram_document(title: str, body: str) -> str:
    """What the index stores for one article (title and body together)."""
    return " ".join(sorted(gram_tokens(title + "\n" + body)))
