"""Tokenization (character offsets) and CRF features. No POS tags: speed matters."""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import accumulate, compress
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from zlib import crc32

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pipelines.ner import lexicon
from pipelines.ner.rules import Span, rule_spans
from pipelines.ner.tables import StringFilter, gazetteer, tables, word_clusters
from pipelines.ner.tokenize import segment

if TYPE_CHECKING:
    from pipelines.ner.viterbi import Weights, WordVectors

Token = tuple[int, int]
#: per token its gazetteer marks: a list per token, or by token index (only those with one)
Marks = list[list[str]] | defaultdict[int, list[str]]

_THAI_WORD = re.compile(r"[\u0E01-\u0E4E]+")
#: Dotted Thai abbreviations (``พ.ร.บ.``, ``จ.``, ``พ.ต.ท.``, ``กทม.``) stay one token: as
#: letters and dots they told the CRF nothing and matched no head word.
_THAI_ABBR = re.compile(r"(?:[\u0E01-\u0E4E]{1,5}\.)+")
_SPLIT = re.compile(r"[\u0E01-\u0E4E]+|[A-Za-z]+|[0-9๐-๙]+|\s+|.", re.S)
#: Heads of entity names that newmm glues to the previous word
#: (ในประเทศ|ไทย, ผู้ว่าราชการจังหวัด|..., ปลัดกระทรวง|...).
_HEAD_SPLIT = re.compile(
    r"^(.+?)(ประเทศ|จังหวัด|กระทรวง|พรรค|ตำรวจ|เขต|แม่น้ำ|ไทย|ร้าน|อำเภอ|ตำบล|กรม|สำนักงาน|"
    r"โรงเรียน|โรงพยาบาล|มหาวิทยาลัย|บริษัท|ธนาคาร|วัด|สถานี|สภา|ศาล|เมือง|คณะ)$"
)
_MAX_GAZ_TOKENS = 6


_SPLIT_CACHE: dict[str, list[int]] = {}


def _split_token(tok: str) -> list[str]:
    if _THAI_ABBR.fullmatch(tok):
        return [tok]
    if _THAI_WORD.fullmatch(tok):
        m = _HEAD_SPLIT.match(tok)
        if m and len(m.group(1)) > 1:
            return [m.group(1), m.group(2)]
        return [tok]
    return _SPLIT.findall(tok)


def _piece_lengths(tok: str) -> list[int]:
    """Lengths of :func:`_split_token`'s pieces (memoised: words repeat a lot)."""
    hit = _SPLIT_CACHE.get(tok)
    if hit is None:
        hit = [len(p) for p in _split_token(tok)]
        if len(_SPLIT_CACHE) < 500_000:
            _SPLIT_CACHE[tok] = hit
    return hit


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """newmm word tokens (nlpo3, see :mod:`pipelines.ner.tokenize`) as ``(start, end)``
    offsets, re-split so that script changes, punctuation, entity heads and every offset
    in ``boundaries`` are token boundaries."""
    if not text:
        return []
    get = _SPLIT_CACHE.get  # inlined _piece_lengths: ~20 tokens a line
    ends = list(accumulate(n for tok in segment(text) for n in (get(tok) or _piece_lengths(tok))))
    cuts = sorted(set(boundaries))
    if not cuts:
        return list(zip([0, *ends[:-1]], ends, strict=True))
    out: list[Token] = []
    pos = 0
    ci = 0
    nc = len(cuts)
    for end in ends:
        while ci < nc and cuts[ci] <= pos:
            ci += 1
        start = pos
        while ci < nc and cuts[ci] < end:
            out.append((start, cuts[ci]))
            start = cuts[ci]
            ci += 1
        out.append((start, end))
        pos = end
    return out


def _dictionary() -> frozenset[str]:
    """pythainlp's word list (newmm's dictionary): words outside it get ``unk``."""
    return tables()["dictionary"]


def _shape(w: str) -> str:
    if w.isspace():
        return "S"
    if _THAI_WORD.fullmatch(w):
        return "T"
    if w.isdigit():
        return "D" + str(min(len(w), 5))
    if w.isascii() and w.isalpha():
        return "U" if w[0].isupper() else "L"
    if len(w) == 1:
        return "P" + w
    return "M"


def word_features(w: str) -> tuple[str, list[str]]:
    """``(shape, features)`` of one token, independent of its context."""
    shape = _shape(w)
    lw = w.lower()
    f = [f"w={lw}", f"s={shape}", f"n={min(len(w), 8)}"]
    if shape == "T":
        f += [
            f"p1={w[:1]}",
            f"p2={w[:2]}",
            f"p3={w[:3]}",
            f"x1={w[-1:]}",
            f"x2={w[-2:]}",
            f"x3={w[-3:]}",
        ]
        if w not in _dictionary():
            f.append("unk")
    if w in lexicon.ORG_HEADS:
        f.append("orghead")
    if w in lexicon.LOC_HEADS:
        f.append("lochead")
    if w in lexicon.FAC_HEADS:
        f.append("fachead")
    if w in lexicon.LAW_HEADS:
        f.append("lawhead")
    cl = word_clusters().get(lw)
    if cl:
        f += [f"c{g}={c}" for g, c in enumerate(cl)]
    return shape, f


def context_features(w: str, shape: str) -> dict[int, list[str]]:
    """Features of ``w`` as the neighbour at each offset of another token."""
    lw = w.lower()
    cl = word_clusters().get(lw, ())
    out: dict[int, list[str]] = {}
    for off in (-2, -1, 1, 2):
        tag = f"{off:+d}" if off > 0 else str(off)
        f = [f"{tag}w={lw}", f"{tag}s={shape}"]
        f += [f"{tag}c{g}={c}" for g, c in enumerate(cl) if abs(off) + g <= 3]
        out[off] = f
    return out


class _Word:
    """Per-word facts for :class:`Featurizer` (lower-cased form, own and neighbour
    features, whether it may start a known pair or a gazetteer string)."""

    __slots__ = (
        "encoded",
        "ent_start",
        "flat",
        "gaz_start",
        "head_ids",
        "lw",
        "m2_ids",
        "next_first",
        "next_pairs",
        "p2_ids",
        "prev_first",
        "prev_pairs",
        "row",
        "text",
        "w",
        "wiki_start",
        "wiki_word",
    )

    def __init__(self, w: str, known: Collection[str] | None, fz: Featurizer) -> None:
        shape, own = word_features(w)
        ctx = context_features(w, shape)

        def keep(feats: list[str]) -> list[str]:
            return feats if known is None else [f for f in feats if f in known]

        self.lw = w.lower()
        m2, m1, p1, p2 = (keep(ctx[o]) for o in (-2, -1, 1, 2))
        heads = keep([f"a-{c}" for c, heads in _HEAD_CLASSES if w in heads])
        #: own, -2, -1, +1, +2 neighbour and head features (indexed by :data:`_OWN` …
        #: :data:`_HEADS`) as str; None once :attr:`encoded` holds them instead
        self.text: tuple[list[str], ...] | None = (keep(own), m2, m1, p1, p2, heads)
        #: the same as UTF-8 bytes, from the first :meth:`Featurizer.sentence_bytes` on
        self.encoded: tuple[list[bytes], ...] | None = None
        #: its row of the featurizer's word vectors (:meth:`Featurizer.sentence_vectors`;
        #: -1: none yet), and its features as the -2, +2 neighbour and its head features
        #: as attribute ids
        self.row = -1
        self.m2_ids: tuple[int, ...] = ()
        self.p2_ids: tuple[int, ...] = ()
        self.head_ids: tuple[int, ...] = ()
        #: the ids of its known pairs by the other word's lower-cased form: as the first
        #: word of ``-1w|w=`` (``prev_pairs``) and of ``w|+1w=`` (``next_pairs``), given
        #: with its row (so a token looks its pairs up without building their strings)
        self.prev_pairs: Mapping[str, int] = _NO_PAIRS
        self.next_pairs: Mapping[str, int] = _NO_PAIRS
        self.w = w
        self.prev_first = known is None or self.lw in fz.prev_first
        self.next_first = known is None or self.lw in fz.next_first
        self.gaz_start = w in _gazetteer_prefixes()
        self.ent_start = w in fz.entity_prefixes
        self.wiki_start = shape == "T" or shape in ("U", "L")
        self.flat = w.replace(" ", "").encode()  # as wikipedia_marks looks titles up
        self.wiki_word = self.wiki_start and wikipedia_word(self.flat)

    def lists(self, fz: Featurizer) -> tuple[list[str], ...]:
        """The feature lists :meth:`Featurizer.sentence` reads, as str (decoded, or built
        again, slowly, for a word that keeps bytes or a vector: tagging only asks for
        those)."""
        if self.text is not None:
            return self.text
        if self.encoded is not None:
            return tuple([f.decode() for f in fs] for fs in self.encoded)
        return _Word(self.w, fz.known, fz).text  # type: ignore[return-value]

    def bytes_lists(self, fz: Featurizer) -> tuple[list[bytes], ...]:
        """:meth:`lists` encoded once per word: crfsuite takes bytes as they are, where
        every ``str`` attribute is encoded on every sentence (~18,000 an article). The
        word then keeps only the bytes: both would add ~1.4 KB a cached word."""
        hit = self.encoded
        if hit is None:
            hit = self.encoded = tuple([f.encode() for f in fs] for fs in self.lists(fz))
            self.text = None
        return hit


_OWN, _M2, _M1, _P1, _P2, _HEADS = range(6)
_NO_PAIRS: Mapping[str, int] = MappingProxyType({})
_STR, _BYTES = range(2)  # what Featurizer._sentence gives features as


#: Name heads whose presence in the last :data:`_HEAD_WINDOW` tokens is a feature: a
#: long facility or law name runs well past the ±2-token window.
_HEAD_CLASSES = (
    ("org", lexicon.ORG_HEADS),
    ("loc", lexicon.LOC_HEADS),
    ("fac", lexicon.FAC_HEADS),
    ("law", lexicon.LAW_HEADS),
)
_HEAD_WINDOW = 5

# per-word cache bound: a long crawl sees new words forever, and a cached word costs ~1.6 KB
# (tracemalloc, 971 demo articles: 29.2 MB for 18,589 words), so 100,000 is ~160 MB at most
_MAX_WORDS = 100_000


class Featurizer:
    """CRF features of a sentence, optionally restricted to the attributes a model knows.

    ``known=None`` (training): every feature. With a model's attribute set (tagging): the
    same features in the same order minus those the model does not know — crfsuite
    ignores unknown attributes, so the labels are the same, and most strings (rare
    words, word pairs) are never built. Per-word facts are memoised.
    """

    def __init__(
        self,
        known: Collection[str] | None = None,
        prev_first: frozenset[str] | None = None,
        next_first: frozenset[str] | None = None,
        entities: dict[str, tuple[str, ...]] | None = None,
        weights: Weights | None = None,
    ) -> None:
        """``weights``: the model as arrays, for :meth:`sentence_vectors` (its attributes
        are then ``known``)."""
        self.weights = weights
        self.ids: Mapping[str, int] | None = None
        self.vectors: WordVectors | None = None
        if weights is not None:
            from pipelines.ner.viterbi import WordVectors

            self.ids = weights.ids
            # the cache's bound, and room for the new words of the document that fills it
            self.vectors = WordVectors(weights, _MAX_WORDS + 8192)
            if known is None:
                known = self.ids.keys()
        self.known = known
        self.entities = entities or {}
        self.entity_prefixes = prefixes_of(self.entities)
        self._words: dict[str, _Word] = {}
        self._marks: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._marks_bytes: dict[str, tuple[bytes | None, bytes | None, bytes | None]] = {}
        self._marks_ids: dict[str, tuple[int | None, int | None, int | None]] = {}
        k = known
        self._bias = ["b"] if k is None or "b" in k else []
        self._bos = ["BOS"] if k is None or "BOS" in k else []
        self._eos = ["EOS"] if k is None or "EOS" in k else []
        #: the same three as UTF-8 bytes, for :meth:`sentence_bytes` (once, not per sentence)
        self._edges_bytes = tuple(
            [f.encode() for f in x] for x in (self._bias, self._bos, self._eos)
        )
        if k is not None:
            # words that can start a known pair: most tokens skip building pair strings
            prev_first = prev_first if prev_first is not None else pair_firsts(k, "-1w|w=")
            next_first = next_first if next_first is not None else pair_firsts(k, "w|+1w=")
        self.prev_first = prev_first or frozenset()
        self.next_first = next_first or frozenset()

    def bound_words(self) -> None:
        """Clear the word cache (and its score vectors) when full: a long crawl sees new
        words forever. Call it between documents, never between the lines of one: the
        rows of a document's earlier lines point into the vectors until it is decoded
        (clearing there made them index another word's row, or none)."""
        if len(self._words) >= _MAX_WORDS:
            self._words.clear()
            if self.vectors is not None:
                self.vectors.clear()

    def word(self, w: str) -> _Word:
        hit = self._words.get(w)
        if hit is None:
            hit = _Word(w, self.known, self)
            if len(self._words) < _MAX_WORDS:
                self._words[w] = hit
        return hit

    def _mark(self, m: str) -> tuple[str | None, str | None, str | None]:
        hit = self._marks.get(m)
        if hit is None:
            k = self.known
            hit = tuple(f if k is None or f in k else None for f in (m, "-1" + m, "+1" + m))  # type: ignore[assignment]
            self._marks[m] = hit  # type: ignore[assignment]
        return hit  # type: ignore[return-value]

    def _mark_bytes(self, m: str) -> tuple[bytes | None, bytes | None, bytes | None]:
        hit = self._marks_bytes.get(m)
        if hit is None:
            hit = tuple(f.encode() if f else None for f in self._mark(m))  # type: ignore[assignment]
            self._marks_bytes[m] = hit  # type: ignore[assignment]
        return hit  # type: ignore[return-value]

    def _mark_ids(self, m: str) -> tuple[int | None, int | None, int | None]:
        hit = self._marks_ids.get(m)
        if hit is None:
            ids = self.ids or {}
            hit = tuple(ids.get(f) for f in (m, "-1" + m, "+1" + m))  # type: ignore[assignment]
            self._marks_ids[m] = hit  # type: ignore[assignment]
        return hit  # type: ignore[return-value]

    def sentence(
        self, text: str, tokens: Sequence[Token], rules: Sequence[Span]
    ) -> list[list[str]]:
        """Features of every token of ``text``."""
        return self._sentence(text, tokens, rules, _STR)  # type: ignore[return-value]

    def sentence_bytes(
        self, text: str, tokens: Sequence[Token], rules: Sequence[Span]
    ) -> list[list[bytes]]:
        """:meth:`sentence`'s features as UTF-8 bytes, for crfsuite (same attributes, same
        order, so the same labels; ~1 ms an article less than crfsuite encoding them)."""
        return self._sentence(text, tokens, rules, _BYTES)  # type: ignore[return-value]

    def sentence_vectors(
        self, text: str, tokens: Sequence[Token], rules: Sequence[Span]
    ) -> tuple[list[int], list[int], list[int]]:
        """:meth:`sentence`'s features for :meth:`pipelines.ner.viterbi.Weights.tag_lines`
        (needs ``weights``): each token's row of :attr:`vectors` (the score vectors of
        its own features and of its features as the -1 and +1 neighbour, summed once per
        word), and the rest of its attributes (the ±2 neighbours', gazetteer and rule
        marks, pairs, heads) as ids, ``counts[i]`` for token i. The bias, BOS and EOS
        features are left to the caller."""
        vectors, ids = self.vectors, self.ids
        assert vectors is not None and ids is not None, "sentence_vectors needs weights"
        get, word = self._words.get, self.word
        words = [get(text[s:e]) or word(text[s:e]) for s, e in tokens]
        new = [w for w in words if w.row < 0]
        if new:
            vectors.add(new, self)
        n = len(words)
        # most tokens have no gazetteer mark: a list of empty lists per line cost ~0.5 ms
        # an article, the marks by token index do not
        gz: list[Any] = [()] * n
        mark_ids = self._mark_ids
        for i, g in self._gazetteers(text, tokens, words, defaultdict(list)).items():
            gz[i] = [mark_ids(m) for m in g]
        rx = rule_marks(tokens, rules)
        get = ids.get
        extras: list[int] = []
        counts: list[int] = []
        last_head = -_HEAD_WINDOW - 1  # the latest token before i with a head feature
        for i in range(n):
            k = len(extras)
            w = words[i]
            for own, _, _ in gz[i]:
                if own is not None:
                    extras.append(own)
            r = rx[i]
            if r and (r := get(r)) is not None:
                extras.append(r)
            if i > 0:
                prev = words[i - 1]
                if i - last_head <= _HEAD_WINDOW:  # else no token in the window has one
                    window = range(max(0, i - _HEAD_WINDOW), i)
                    extras += sorted({h for j in window for h in words[j].head_ids})
                if prev.prev_pairs and (pair := prev.prev_pairs.get(w.lw)) is not None:
                    extras.append(pair)
                for _, left, _ in gz[i - 1]:
                    if left is not None:
                        extras.append(left)
                if i > 1:
                    extras += words[i - 2].m2_ids
            if i < n - 1:
                nxt = words[i + 1]
                if w.next_pairs and (pair := w.next_pairs.get(nxt.lw)) is not None:
                    extras.append(pair)
                for _, _, right in gz[i + 1]:
                    if right is not None:
                        extras.append(right)
                if i < n - 2:
                    extras += words[i + 2].p2_ids
            if w.head_ids:
                last_head = i
            counts.append(len(extras) - k)
        return [w.row for w in words], extras, counts

    def _gazetteers(
        self, text: str, tokens: Sequence[Token], words: list[_Word], marks: Any = None
    ) -> Any:
        """Gazetteer, Wikipedia and entity marks per token (``marks``: see
        :func:`gazetteer_marks`; default a list per token)."""
        gaz = gazetteer_marks(text, tokens, [w.gaz_start for w in words], marks=marks)
        if USE_WIKIPEDIA:
            wikipedia_marks(text, tokens, [w.wiki_start for w in words], gaz,
                            [w.flat for w in words], [w.wiki_word for w in words])  # fmt: skip
        if self.entities:
            gaz = gazetteer_marks(
                text, tokens, [w.ent_start for w in words], self.entities,
                self.entity_prefixes, _ENTITY_MAX_TOKENS, "e", gaz,
            )  # fmt: skip
        return gaz

    def _item(self, mode: int) -> Callable[[str], Any]:
        """A string feature built per sentence (a pair, a rule mark) as ``mode`` gives
        features, or None when the model does not know it."""
        known = self.known
        if mode == _BYTES:
            return lambda f: f.encode() if known is None or f in known else None
        return lambda f: f if known is None or f in known else None

    def _sentence(
        self, text: str, tokens: Sequence[Token], rules: Sequence[Span], mode: int
    ) -> list[list[str]] | list[list[bytes]]:
        words = [self.word(text[s:e]) for s, e in tokens]
        gaz = self._gazetteers(text, tokens, words)
        if mode == _BYTES:
            mark = self._mark_bytes
            lists = [w.bytes_lists(self) for w in words]
            bias, bos, eos = self._edges_bytes
        else:
            mark = self._mark  # type: ignore[assignment]
            lists = [w.lists(self) for w in words]  # type: ignore[misc]
            bias, bos, eos = self._bias, self._bos, self._eos  # type: ignore[assignment]
        item = self._item(mode)
        gz = [[mark(m) for m in g] if g else () for g in gaz]
        rx = rule_marks(tokens, rules)
        n = len(words)
        last_head = -_HEAD_WINDOW - 1  # the latest token before i with a head feature
        feats: list[list[Any]] = []
        for i in range(n):
            w = words[i]
            f: list[Any] = bias + lists[i][_OWN]
            for own, _, _ in gz[i]:
                if own:
                    f.append(own)
            r = rx[i]
            if r and (r := item(r)) is not None:
                f.append(r)
            if i > 0:
                prev = words[i - 1]
                f += lists[i - 1][_M1]
                if i - last_head <= _HEAD_WINDOW:  # else no token in the window has one
                    window = range(max(0, i - _HEAD_WINDOW), i)
                    f += sorted({h for j in window for h in lists[j][_HEADS]})
                if prev.prev_first and (pair := item(f"-1w|w={prev.lw}|{w.lw}")) is not None:
                    f.append(pair)
                for _, left, _ in gz[i - 1]:
                    if left:
                        f.append(left)
                if i > 1:
                    f += lists[i - 2][_M2]
            else:
                f += bos
            if i < n - 1:
                nxt = words[i + 1]
                f += lists[i + 1][_P1]
                if w.next_first and (pair := item(f"w|+1w={w.lw}|{nxt.lw}")) is not None:
                    f.append(pair)
                for _, _, right in gz[i + 1]:
                    if right:
                        f.append(right)
                if i < n - 2:
                    f += lists[i + 2][_P2]
            else:
                f += eos
            if lists[i][_HEADS]:
                last_head = i
            feats.append(f)
        return feats


def pair_firsts(attributes: Iterable[str], prefix: str) -> frozenset[str]:
    """First words of the known pair attributes (a word may contain "|": every split is
    kept, a superset is fine)."""
    out: set[str] = set()
    for a in attributes:
        if a.startswith(prefix):
            rest = a[len(prefix) :]
            out.update(rest[:k] for k, ch in enumerate(rest) if ch == "|")
    return frozenset(out)


def _gazetteer_prefixes() -> frozenset[str]:
    """Every prefix of every gazetteer string: a longer match needs a shorter prefix."""
    return tables()["gazetteer_prefixes"]


def gazetteer_marks(
    text: str,
    tokens: Sequence[Token],
    starts: Sequence[bool] | None = None,
    gaz: dict[str, tuple[str, ...]] | None = None,
    prefixes: frozenset[str] | None = None,
    max_tokens: int = _MAX_GAZ_TOKENS,
    tag: str = "g",
    marks: Marks | None = None,
) -> Marks:
    """Per token ``g=B-CLASS`` / ``g=I-CLASS`` for gazetteer strings matching whole tokens.

    ``starts[i]`` (optional, same result): whether token i's text is a prefix of some
    gazetteer string — callers that cache per-word facts skip the other tokens at once.
    ``gaz``/``prefixes``/``tag``: another gazetteer (default: :func:`tables.gazetteer`);
    ``marks``: lists to append to (a list per token, or a ``defaultdict(list)`` by token
    index, which holds only the tokens with a mark: most tokens have none).
    """
    if gaz is None:
        gaz = gazetteer()
        prefixes = _gazetteer_prefixes()
    assert prefixes is not None
    b_tag, i_tag = tag + "=B-", tag + "=I-"
    n = len(tokens)
    if marks is None:
        marks = [[] for _ in range(n)]
    for i in range(n) if starts is None else compress(range(n), starts):
        s = tokens[i][0]
        if text[s].isspace():
            continue
        for j in range(i, min(n, i + max_tokens)):
            cand = text[s : tokens[j][1]]
            if cand not in prefixes:
                break  # no gazetteer string starts with it: none longer either
            classes = gaz.get(cand)
            if classes:
                for c in classes:
                    marks[i].append(b_tag + c)
                    for k in range(i + 1, j + 1):
                        marks[k].append(i_tag + c)
    return marks


USE_WIKIPEDIA = True
_WIKI_MAX_TOKENS = 8


def wikipedia_marks(
    text: str,
    tokens: Sequence[Token],
    starts: Sequence[bool],
    marks: Marks,
    flat: Sequence[bytes] | None = None,
    single: Sequence[bool] | None = None,
) -> None:
    """``g=B-WIKI`` / ``g=I-WIKI`` on the longest token run (spaces ignored, as in the
    titles) that is a Thai Wikipedia title and not a dictionary word. ``tokens`` cover
    ``text`` without gaps, as :func:`tokenize` gives them.

    ``flat`` (optional, same result): each token's UTF-8 bytes without spaces (cached per
    word by the Featurizer); a run is then a slice of their concatenation, not a new
    string to strip and encode (~3 runs are looked up per token). ``single`` (optional,
    same result): whether each token alone passes the filter (:func:`wikipedia_word`,
    cached per word): a quarter of the runs looked up are one token.
    """
    if flat is None:
        flat = [text[s:e].replace(" ", "").encode() for s, e in tokens]
    line = memoryview(b"".join(flat))
    ends = list(accumulate(map(len, flat)))
    bits = tables()["wikipedia"].bits
    mask = StringFilter.BITS - 1
    seed = StringFilter.SEED
    n = len(tokens)
    # a title starts and ends on a word, not on a space or punctuation: only those tokens
    idx = list(compress(range(n), starts))
    m = len(idx)
    p = 0
    while p < m:
        i = idx[p]
        first = ends[i - 1] if i else 0
        # the longest run first: ends at the words idx[p + 1 : q], then i alone
        q = bisect_left(idx, i + _WIKI_MAX_TOKENS, p + 1)
        hit = p
        for r in range(q - 1, p, -1):
            # StringFilter.__contains__, inlined: this runs for ~3 runs of tokens per token
            b = line[first : ends[idx[r]]]
            h = crc32(b) & mask
            if not bits[h >> 3] >> (h & 7) & 1:
                continue
            h = crc32(b, seed) & mask
            if bits[h >> 3] >> (h & 7) & 1:
                hit = r
                break
        else:
            if single is not None:
                if not single[i]:
                    p += 1
                    continue
            else:
                b = line[first : ends[i]]
                h = crc32(b) & mask
                h2 = crc32(b, seed) & mask
                if not (bits[h >> 3] >> (h & 7) & 1 and bits[h2 >> 3] >> (h2 & 7) & 1):
                    p += 1
                    continue
        j = idx[hit]
        marks[i].append("g=B-WIKI")
        for k in range(i + 1, j + 1):
            marks[k].append("g=I-WIKI")
        p = hit + 1


def wikipedia_word(flat: bytes) -> bool:
    """Whether one token's bytes without spaces pass the Wikipedia titles' filter (a run
    of one token in :func:`wikipedia_marks`)."""
    bits = tables()["wikipedia"].bits
    mask = StringFilter.BITS - 1
    h = crc32(flat) & mask
    h2 = crc32(flat, StringFilter.SEED) & mask
    return bool(bits[h >> 3] >> (h & 7) & 1 and bits[h2 >> 3] >> (h2 & 7) & 1)


def prefixes_of(strings: Iterable[str]) -> frozenset[str]:
    return frozenset(k[:i] for k in strings for i in range(1, len(k) + 1))


_ENTITY_MAX_TOKENS = 12


def entity_gazetteer(sents: Iterable[tuple[str, Sequence[Span]]]) -> dict[str, tuple[str, ...]]:
    """Entity strings of labelled sentences -> their labels (a feature for unseen text:
    ``กลุ่มมัชฌิมา`` was an ORGANIZATION in training). Training sentences get theirs from
    the *other* blocks of sentences (``pipelines.ner.train``), or the CRF would learn to
    trust a feature that is always right on its own data."""
    out: dict[str, set[str]] = {}
    for text, spans in sents:
        for s, e, lab in spans:
            if e - s >= 2 and lab not in _RULE_ONLY_LABELS:
                out.setdefault(text[s:e], set()).add(lab)
    return {k: tuple(sorted(v)) for k, v in out.items()}


#: Labels whose strings do not repeat across documents (dates, amounts): no entity entries.
_RULE_ONLY_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "LEN", "PHONE", "URL", "EMAIL", "ZIP", "AGO"}
)


def rule_marks(tokens: Sequence[Token], spans: Sequence[Span]) -> list[str | None]:
    """Per token ``r=B-LABEL`` / ``r=I-LABEL`` of the regex taggers (or None)."""
    out: list[str | None] = [None] * len(tokens)
    si = 0
    for i, (s, e) in enumerate(tokens):
        while si < len(spans) and spans[si][1] <= s:
            si += 1
        if si < len(spans) and spans[si][0] <= s and e <= spans[si][1]:
            out[i] = ("r=B-" if s == spans[si][0] else "r=I-") + spans[si][2]
    return out


_TRAINING = Featurizer()


def sentence_features(text: str, tokens: Sequence[Token], rules: Sequence[Span]) -> list[list[str]]:
    """Every CRF feature of every token of ``text`` (training)."""
    return _TRAINING.sentence(text, tokens, rules)


def featurize(
    text: str, extra_boundaries: Iterable[int] = (), featurizer: Featurizer | None = None
) -> tuple[list[Token], list[Span], list[list[str]]]:
    """Tokens, regex spans and features of one line of text (every feature, or those of
    ``featurizer``)."""
    rules = rule_spans(text)
    bounds = [b for s, e, _ in rules for b in (s, e)]
    bounds.extend(extra_boundaries)
    tokens = tokenize(text, bounds)
    fz = featurizer or _TRAINING
    return tokens, rules, fz.sentence(text, tokens, rules)


def bio_labels(tokens: Sequence[Token], spans: Sequence[Span]) -> list[str]:
    """Gold BIO labels per token (tokens must not cross span boundaries)."""
    labels = ["O"] * len(tokens)
    for s, e, lab in spans:
        first = True
        for i, (ts, te) in enumerate(tokens):
            if ts >= s and te <= e:
                labels[i] = ("B-" if first else "I-") + lab
                first = False
    return labels
