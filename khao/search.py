"""Khao's small query language, shared by alerts and the Datasette plugin (pure functions).

A query is words separated by spaces (Thai has none inside a sentence, so a "word" is any
run of characters the user typed): every word must occur, ``"two words"`` is one phrase,
``a OR b`` accepts either, ``-word`` or ``NOT word`` excludes. Words match as substrings of
the text normalised the way the full-text index is (Thai digits read as 0-9, เเ as แ).

The trigram index cannot match a word shorter than 3 characters (ผล, ไฟ): those words go to
the short-word index (pipelines.short_words). :func:`plan` splits a query between the two
indexes; :func:`fts_query` is the trigram half alone (None when the query needs more), and
:func:`matches` checks any text directly.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pipelines.short_words import NO_TOKEN, gram_token
from pipelines.thai_text import normalize_for_match, search_normalize

TRIGRAM = 3
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


@dataclass(frozen=True)
class Query:
    required: tuple[tuple[str, ...], ...] = ()  # AND of groups; a group is OR of words
    excluded: tuple[str, ...] = ()
    words: tuple[str, ...] = field(default=(), compare=False)  # every positive word

    @property
    def empty(self) -> bool:
        return not self.required and not self.excluded


def split_words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # an unbalanced quote: read it as plain words
        return text.replace('"', " ").split()


def parse_query(text: str | None) -> Query:
    # the query goes through exactly what the index holds (search_normalize), lower-cased
    tokens = split_words(normalize_for_match(search_normalize(text or "")))
    groups: list[list[str]] = []
    excluded: list[str] = []
    negate = join = False
    for token in tokens:
        if token in ("or", "|"):  # normalised text is case-folded: OR -> or
            join = bool(groups)
            continue
        if token == "not":
            negate = True
            continue
        if token.startswith("-") and len(token) > 1:
            negate, token = True, token[1:]
        if negate:
            excluded.append(token)
        elif join:
            groups[-1].append(token)
        else:
            groups.append([token])
        negate = join = False
    words = tuple(w for g in groups for w in g)
    return Query(tuple(tuple(g) for g in groups), tuple(excluded), words)


def matches(text: str, query: Query | str) -> bool:
    """Whether normalised text satisfies the query (substring semantics, any word length)."""
    q = parse_query(query) if isinstance(query, str) else query
    if q.empty:
        return False
    haystack = normalize_for_match(text)
    return all(any(w in haystack for w in group) for group in q.required) and not any(
        w in haystack for w in q.excluded
    )


def prefilter(query: Query | str) -> str:
    """One word every match must contain (the longest such), for a fast scan; '' if none."""
    q = parse_query(query) if isinstance(query, str) else query
    return max((g[0] for g in q.required if len(g) == 1), key=len, default="")


def fts_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(query: Query | str) -> str | None:
    """The FTS5 MATCH expression for a query, or None when the trigram index cannot answer."""
    q = parse_query(query) if isinstance(query, str) else query
    if not q.required or any(len(w) < TRIGRAM for w in (*q.words, *q.excluded)):
        return None
    parts = [
        fts_quote(g[0]) if len(g) == 1 else "(" + " OR ".join(map(fts_quote, g)) + ")"
        for g in q.required
    ]
    expression = " AND ".join(parts)
    for word in q.excluded:
        expression = f"({expression}) NOT {fts_quote(word)}"
    return expression


NOT_INDEXED = '"khao:not-indexed"'  # a trigram MATCH expression that finds nothing


@dataclass(frozen=True)
class Plan:
    """How to answer a query from the two indexes.

    The matching rowids are those of ``trigram`` (on articles_fts) AND those of ``grams``
    (on articles_grams), either left out when None; with ``check``, each candidate's text
    must also pass :func:`matches` (a group mixing short and long words, a short word the
    grams cannot express). Neither index usable: ``check`` over every article.
    """

    trigram: str | None = None
    grams: str | None = None
    check: bool = False

    @property
    def indexed(self) -> bool:
        return self.trigram is not None or self.grams is not None


def _kind(word: str) -> str:
    if len(word) >= TRIGRAM:
        return "trigram"
    return "grams" if gram_token(word) else "none"


@lru_cache(maxsize=256)  # SQL functions ask once per statement, maybe per row
def plan(query: Query | str) -> Plan:
    """Split a query between the trigram index (words of 3+ characters) and the short-word
    index (1–2 characters), exact whenever each OR group stays within one index."""
    q = parse_query(query) if isinstance(query, str) else query
    trigram: list[str] = []
    grams: list[str] = []
    check = False
    for group in q.required:
        kinds = {_kind(word) for word in group}
        if kinds == {"trigram"}:
            trigram.append(" OR ".join(map(fts_quote, group)))
        elif kinds == {"grams"}:
            grams.append(" OR ".join(fts_quote(gram_token(w) or NO_TOKEN) for w in group))
        else:
            check = True
    tri = " AND ".join(f"({part})" for part in trigram) or None
    gra = " AND ".join(f"({part})" for part in grams) or None
    for word in q.excluded:
        kind = _kind(word)
        if kind == "trigram" and tri:
            tri = f"({tri}) NOT {fts_quote(word)}"
        elif kind == "grams" and gra:
            gra = f"({gra}) NOT {fts_quote(gram_token(word) or NO_TOKEN)}"
        else:
            check = True
    return Plan(tri, gra, check or (tri is None and gra is None))


@cache
def _char_form(char: str) -> str:
    low = normalize_for_match(char)
    return low if len(low) == 1 else char


def _positions_form(text: str) -> str:
    """Normalised like the index but of the same length, so offsets map back to the text."""
    whole = normalize_for_match(text)
    if len(whole) == len(text):  # the usual case: a clean stored text, digits map 1:1
        return whole
    return text.translate({ord(char): _char_form(char) for char in set(text)})


def snippet(text: str, query: Query | str, width: int = 60) -> str:
    """A window of text around the first match, each matched word wrapped in <mark>."""
    q = parse_query(query) if isinstance(query, str) else query
    text = text or ""
    form = _positions_form(text)
    words = {w for w in q.words if w}
    # where the first match starts, then the matches up to the window's end only: a long
    # text full of matches costs one scan per word, not a list of every match
    first = min((i for i in (form.find(w) for w in words) if i >= 0), default=-1)
    if first < 0:
        return text[: width * 2] + ("…" if len(text) > width * 2 else "")
    start, end = max(0, first - width), min(len(text), first + width)
    # never cut a Thai vowel or tone mark off its consonant (drawn as a dotted box alone)
    while start > 0 and unicodedata.category(text[start]) == "Mn":
        start -= 1
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1
    spans = sorted(m.span() for w in words for m in re.compile(re.escape(w)).finditer(form, 0, end))
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces += [text[cursor:span_start], MARK_OPEN, text[span_start:span_end], MARK_CLOSE]
        cursor = span_end
    pieces.append(text[cursor:end])
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")
