"""A trained crfsuite model as numpy arrays: tagging without crfsuite's string interface.

crfsuite takes every attribute of every token as a string and looks each up in the model's
string database (~18,700 an article: ~4.3 ms of a warm tagger's ~13 ms). Here a token's
label scores are summed from vectors cached per word (:class:`WordVectors`: the scores of
a word's own features and of its features as each neighbour, so five rows a token instead
of ~20 attributes) plus the few attributes built per sentence (pairs, gazetteer and rule
marks, heads) as integer ids; Viterbi then runs in numpy over all the lines of a
document at once.

The weights are read from the model file as float64 (``Tagger.info()`` prints them
rounded to 6 decimals); the Viterbi recursion is crfsuite's (same sums and maxima, ties to
the first label). The one difference: a token's scores add the same weights in another
order (per word list first), which can only matter where two label sequences score within
rounding (~1e-15) of each other; tests/test_ner.py checks the labels against crfsuite.

The arrays are stored next to the model (``<model>.weights``, marshal, keyed by the
model's sha1), written by training with the other sidecar; a missing or stale file leaves
the tagger on crfsuite.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.metadata
import marshal
import os
import struct
import threading
import weakref
from bisect import bisect_left
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

# The tagger does no linear algebra: OpenBLAS's thread pool, started when numpy is
# imported, costs ~30 ms of a ~0.3 s load (unless numpy is already loaded, or told).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

_FORMAT = 1
_HEADER = struct.Struct("<4sI4sI8I")  # crfsuite's crf1dm header
_CQDB = struct.Struct("<4sIIIII")  # chunk id, size, flag, byte order, bwd_size, bwd_offset
_FEATURES = np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("weight", "<f8")])


class ModelFormatError(ValueError):
    """The file is not a crfsuite CRF1d model this module can read."""


def weights_path(model: Path) -> Path:
    return model.with_name(model.name + ".weights")


def _cqdb_strings(data: bytes, off: int) -> list[str]:
    """The strings of a crfsuite string database (CQDB chunk at ``off``), by id."""
    chunk, _, _, _, count, bwd = _CQDB.unpack_from(data, off)
    if chunk != b"CQDB":
        raise ModelFormatError(f"no CQDB chunk at {off:#x}")
    out = []
    for i, rec in enumerate(struct.unpack_from(f"<{count}I", data, off + bwd)):
        rid, size = struct.unpack_from("<iI", data, off + rec)
        if rid != i:
            raise ModelFormatError(f"CQDB record {i} has id {rid}")
        out.append(data[off + rec + 8 : off + rec + 7 + size].decode())  # without its NUL
    return out


def read_model(model: Path) -> dict[str, object]:
    """The weights file's content for ``model`` (a crfsuite CRF1d file), read directly."""
    data = model.read_bytes()
    magic, _, kind, _, _, n_labels, n_attrs, off_feat, off_labels, off_attrs, _, _ = (
        _HEADER.unpack_from(data)
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{model}: not a crfsuite CRF1d model")
    labels, attrs = _cqdb_strings(data, off_labels), _cqdb_strings(data, off_attrs)
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ModelFormatError(f"{model}: header and string databases disagree")
    if data[off_feat : off_feat + 4] != b"FEAT":
        raise ModelFormatError(f"{model}: no FEAT chunk at {off_feat:#x}")
    count = struct.unpack_from("<I", data, off_feat + 8)[0]
    feats = np.frombuffer(data, _FEATURES, count, off_feat + 12)
    state, trans = feats[feats["type"] == 0], feats[feats["type"] == 1]
    # ids in sorted attribute order (deterministic); the features by new id
    order = sorted(range(n_attrs), key=attrs.__getitem__)
    new_id = np.empty(n_attrs, np.int64)
    new_id[order] = np.arange(n_attrs)
    src = new_id[state["src"]]
    by_attr = np.argsort(src, kind="stable")
    counts = np.bincount(src, minlength=n_attrs)
    transitions = np.zeros((n_labels, n_labels))
    transitions[trans["src"], trans["dst"]] = trans["weight"]
    return {
        "format": _FORMAT,
        "model_sha1": hashlib.sha1(data).hexdigest(),
        "labels": "\n".join(labels),
        "attributes": "\n".join(attrs[i] for i in order),
        "indptr": np.concatenate([[0], np.cumsum(counts)]).astype("<i4").tobytes(),
        "label_of": state["dst"][by_attr].astype("<u1").tobytes(),
        "weight_of": state["weight"][by_attr].astype("<f8").tobytes(),
        "transitions": transitions.astype("<f8").tobytes(),
    }


def write_weights(model: Path) -> Path:
    """Store ``model``'s arrays next to it (deterministic bytes)."""
    out = weights_path(model)
    out.write_bytes(marshal.dumps(read_model(model)))
    return out


class Weights:
    """A CRF1d model's weights: per attribute id its (label, weight) pairs, transitions."""

    def __init__(self, doc: dict[str, object]) -> None:
        self.labels: list[str] = str(doc["labels"]).split("\n")
        self.attributes: list[str] = str(doc["attributes"]).split("\n")
        n = len(self.labels)
        indptr = np.frombuffer(doc["indptr"], "<i4").astype(np.intp)  # type: ignore[call-overload]
        self._start = indptr[:-1]
        self._count = np.diff(indptr)
        self._label = np.frombuffer(doc["label_of"], "<u1").astype(np.intp)  # type: ignore[call-overload]
        self._weight = np.frombuffer(doc["weight_of"], "<f8")  # type: ignore[call-overload]
        #: transitions[i, j]: the weight of label i followed by label j
        self.transitions = np.frombuffer(doc["transitions"], "<f8").reshape(n, n)  # type: ignore[call-overload]
        # transposed, plus a row of zeros: the backtrack of a line's last token
        self._back = np.vstack([self.transitions.T, np.zeros(n)])
        self._label_names = np.array(self.labels, dtype=object)
        #: attribute -> id
        self.ids = dict(zip(self.attributes, range(len(self.attributes)), strict=True))
        self._edges = [self.vector(f) for f in ("b", "BOS", "EOS")]
        #: crfsuite's Viterbi in C on these scores, None: numpy's (:meth:`viterbi_numpy`)
        self._crf1d = Crf1dViterbi.open(self.transitions) if USE_CRF1D else None

    def pairs(self, prefix: str, first: str) -> dict[str, int]:
        """The ids of the known attributes ``f"{prefix}{first}|{second}"`` by ``second``
        (the attributes are sorted: those starting with ``f"{prefix}{first}|"`` are one
        run of them). ``pairs(p, a).get(b)`` is ``ids.get(f"{p}{a}|{b}")``."""
        key = prefix + first + "|"
        attrs = self.attributes
        out: dict[str, int] = {}
        k = bisect_left(attrs, key)
        while k < len(attrs) and attrs[k].startswith(key):
            out[attrs[k][len(key) :]] = k
            k += 1
        return out

    def vector(self, attribute: str) -> np.ndarray:
        """The label scores of one attribute (zeros if the model does not know it)."""
        k = self.ids.get(attribute)
        if k is None:
            return np.zeros(len(self.labels))
        return self.state_scores(np.array([k]), np.array([1]))[0]

    def state_scores(self, ids: np.ndarray, per_token: np.ndarray) -> np.ndarray:
        """Label scores (tokens × labels) of tokens with ``per_token[t]`` attributes each,
        ``ids`` one after the other. Each score adds its weights in the order crfsuite
        does (``bincount`` adds its weights in input order).

        At most ``_SCORE_IDS`` attributes at a time: the temporaries take ~500 bytes an
        attribute (~20 weights each), and a 125,000-character page's 233,000 took 126 MB
        at once, the NER worker's high-water mark. A token's sum is the same either way."""
        if len(ids) <= _SCORE_IDS:
            return self._state_scores(ids, per_token)
        out = np.empty((len(per_token), len(self.labels)))
        ends = np.cumsum(per_token)
        t0 = i0 = 0
        while t0 < len(per_token):
            t1 = max(t0 + 1, int(np.searchsorted(ends, i0 + _SCORE_IDS, side="right")))
            i1 = int(ends[t1 - 1])
            out[t0:t1] = self._state_scores(ids[i0:i1], per_token[t0:t1])
            t0, i0 = t1, i1
        return out

    def _state_scores(self, ids: np.ndarray, per_token: np.ndarray) -> np.ndarray:
        n_labels = len(self.labels)
        n_tokens = len(per_token)
        count = self._count[ids]
        ends = np.cumsum(count)
        # the weights of attribute k: entries start[k] .. start[k] + count[k] - 1
        entry = np.repeat(self._start[ids] - (ends - count), count)
        entry += np.arange(len(entry))
        token = np.repeat(np.repeat(np.arange(n_tokens) * n_labels, per_token), count)
        scores = np.bincount(
            token + self._label[entry], weights=self._weight[entry], minlength=n_tokens * n_labels
        )
        return scores.reshape(n_tokens, n_labels)

    def viterbi(self, scores: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """Best label ids of each line (``lengths`` tokens each, rows of ``scores`` one
        line after another), lines advancing together: crfsuite's recursion, sums and
        tie-breaking, line by line (bit for bit: the same labels from the same scores).

        Lines are decoded in groups of similar length, at most ``_PACK_LINES`` of them and
        ``_PACK_CELLS`` lines × steps: the packed layout's temporaries grow with both, and
        a hostile page (one huge line among thousands) must not make them gigabytes."""
        if self._crf1d is not None and np.isfinite(scores).all():
            # crfsuite starts from -FLT_MAX with a strict <: with every candidate -inf or
            # NaN its back pointers keep the previous call's values (review): numpy then
            return self._crf1d.viterbi(scores, lengths)
        return self.viterbi_numpy(scores, lengths)

    def viterbi_numpy(self, scores: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """:meth:`viterbi` in numpy (the lines of a document advancing together): when
        crfsuite's own loop cannot be called (:class:`Crf1dViterbi`)."""
        lens = np.asarray(lengths, dtype=np.intp)
        if len(lens) <= _PACK_LINES and len(lens) * int(lens.max(initial=0)) <= _PACK_CELLS:
            return self._viterbi_packed(scores, lens)
        starts = np.cumsum(lens) - lens
        out = np.empty(int(lens.sum()), np.intp)
        order = np.argsort(-lens, kind="stable")
        i = 0
        while i < len(order):
            size = max(1, min(_PACK_LINES, _PACK_CELLS // max(int(lens[order[i]]), 1)))
            group = order[i : i + size]
            i += size
            if not lens[group].sum():
                continue
            rows = np.concatenate([np.arange(starts[g], starts[g] + lens[g]) for g in group])
            out[rows] = self._viterbi_packed(scores[rows], lens[group])
        return out

    def _viterbi_packed(self, scores: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """:meth:`viterbi` of all the lines at once (temporaries: lines × longest line)."""
        total = int(lens.sum())
        out = np.empty(total, np.intp)
        if not total:
            return out
        if len(lens) == 1:
            return self._viterbi_line(scores)
        starts = np.cumsum(lens) - lens
        order = np.argsort(-lens, kind="stable")
        lens, starts = lens[order], starts[order]
        steps = int(lens[0])
        # row k of the packed layout: token t of line b, for t = 0.., b < active[t]
        grid = np.arange(steps)[:, None] < lens[None, :]
        counts = grid.sum(1)
        offset: list[int] = (np.cumsum(counts) - counts).tolist()
        active: list[int] = counts.tolist()
        rows = (starts[None, :] + np.arange(steps)[:, None])[grid]
        state = scores[rows]
        alpha = np.empty_like(state)
        n = scores.shape[1]
        trans = self.transitions
        a0 = active[0]
        cand = np.empty((a0, n, n))
        alpha[:a0] = state[:a0]
        add, vmax = np.add, np.maximum.reduce
        prev = 0
        for t in range(1, steps):
            a, o = active[t], offset[t]
            c = cand[:a]
            # alpha[t, j] = max_i (alpha[t-1, i] + trans[i, j]) + state[t, j]
            add(alpha[prev : prev + a, :, None], trans, out=c)
            cur = alpha[o : o + a]
            vmax(c, 1, out=cur)
            add(cur, state[o : o + a], out=cur)
            prev = o
        # backtrack: the first i with the maximum, as crfsuite keeps it
        best = np.empty(total, np.intp)
        after = np.full(a0, n, np.intp)  # each line's label at t + 1 (n: none, its end)
        back = self._back
        tmp = np.empty((a0, n))
        for t in range(steps - 1, -1, -1):
            a, o = active[t], offset[t]
            x = tmp[:a]
            add(alpha[o : o + a], back[after[:a]], out=x)
            y = best[o : o + a]
            x.argmax(1, out=y)
            after[:a] = y
        out[rows] = best
        return out

    def _viterbi_line(self, scores: np.ndarray) -> np.ndarray:
        """:meth:`viterbi` of one line, with fewer numpy calls a token (the same sums)."""
        add, vmax = np.add, np.maximum.reduce
        trans, back = self.transitions, self._back
        cand = np.empty_like(trans)
        a = scores[0].copy()
        alpha = [a]
        for s in scores[1:]:
            add(a[:, None], trans, out=cand)
            a = vmax(cand, 0)
            a += s
            alpha.append(a)
        y = int(a.argmax())
        out = [y]
        for a in alpha[-2::-1]:
            y = int((a + back[y]).argmax())
            out.append(y)
        return np.array(out[::-1], np.intp)

    def tag_lines(
        self, vectors: WordVectors, lines: Sequence[tuple[list[int], list[int], list[int]]]
    ) -> list[list[str]]:
        """Label names of each line of a document, given as
        :meth:`pipelines.ner.features.Featurizer.sentence_vectors` gives it.

        Lines are scored in groups of at most ``_SCORE_TOKENS`` tokens (a longer line on
        its own): a token's scores are gathered from three 240-byte rows, and a long
        article's tokens all at once made ~50 MB of temporaries. A line is scored and
        decoded on its own either way, so the labels are the same."""
        vectors.flush()  # the rows of the document's new words
        out: list[list[str]] = []
        group: list[tuple[list[int], list[int], list[int]]] = []
        tokens = 0
        for line in lines:
            if group and tokens + len(line[0]) > _SCORE_TOKENS:
                out += self._tag_group(vectors, group)
                group, tokens = [], 0
            group.append(line)
            tokens += len(line[0])
        return out + self._tag_group(vectors, group)

    def _tag_group(
        self, vectors: WordVectors, lines: Sequence[tuple[list[int], list[int], list[int]]]
    ) -> list[list[str]]:
        """:meth:`tag_lines` of lines scored together."""
        lengths = [len(x[0]) for x in lines]
        if not sum(lengths):
            return [[] for _ in lines]
        # every token's word row, an empty row (0) around each line: neighbour vectors
        # shifted by a token add zeros across a line's ends
        rows = [0]
        for r, _, _ in lines:
            rows += r
            rows.append(0)
        at = np.array(rows)
        table = vectors.table
        scores = table[at, _OWN]
        scores[1:] += table[at[:-1], _M1]
        scores[:-1] += table[at[1:], _P1]
        lens = np.array(lengths)
        keep = np.ones(len(rows), bool)
        keep[np.cumsum(lens + 1)] = False
        keep[0] = False
        scores = scores[keep]
        bias, bos, eos = self._edges
        scores += bias
        starts = np.cumsum(lens) - lens
        nonempty = starts[lens > 0]
        scores[nonempty] += bos
        scores[(starts + lens - 1)[lens > 0]] += eos
        n_extras = sum(len(e) for _, e, _ in lines)
        if n_extras:
            # straight into arrays: lists of a document's ~6,000 ids and ~700 counts first
            # cost ~0.2 ms an article
            extras = np.fromiter(chain.from_iterable(e for _, e, _ in lines), np.intp, n_extras)
            per_token = np.fromiter(
                chain.from_iterable(cs for _, _, cs in lines), np.intp, len(scores)
            )
            scores += self.state_scores(extras, per_token)
        return self.tag(scores, lengths)

    def tag(self, scores: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """Label names of each line, from its tokens' label scores (:meth:`viterbi`)."""
        best = self.viterbi(scores, lengths)
        names = self._label_names[best].tolist()
        out = []
        pos = 0
        for n in lengths:
            out.append(names[pos : pos + n])
            pos += n
        return out


def load_weights(model: Path, model_sha1: str) -> Weights | None:
    """``model``'s arrays, or None when the file is missing, of another format or stale."""
    path = weights_path(model)
    try:
        doc = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
        return None
    if doc.get("model_sha1") != model_sha1:
        return None
    return Weights(doc)


#: a word's vectors (:class:`WordVectors`): its own features, as the -1, as the +1 neighbour
_OWN, _M1, _P1 = range(3)
_LISTS = (0, 2, 3)  # those lists in pipelines.ner.features' order (own, -2, -1, +1, +2)


_SCORE_IDS = 1 << 14  # attributes scored at once (~8 MB of temporaries)
_PACK_LINES = 256  # lines decoded at once (a candidate table of 7 KB each)
_PACK_CELLS = 1 << 20  # lines × longest line decoded at once (~8 MB of int64 indices)
_SCORE_TOKENS = 1 << 14  # tokens scored at once (~4 MB a gathered row, three of them)
_ADD_WORDS = 4096  # new words given their rows at once


class WordVectors:
    """Per cached word, the label scores of three of its feature lists (own, as the -1
    and the +1 neighbour; the ±2 ones are short and stay ids): a token's scores are then
    three rows and a few ids, not ~20 attributes. Row 0 is no word (zeros). 720 bytes a
    word.

    The table is allocated for ``capacity`` words at once (the featurizer's word-cache
    bound and a margin): ``np.zeros`` maps zero pages, so only the rows written take
    memory. Grown by half when full instead, each growth held the old and the new table
    (at ~70,000 words ~50 + ~75 MB); a document with more new words still grows it."""

    def __init__(self, weights: Weights, capacity: int = 4095) -> None:
        self.weights = weights
        self.capacity = capacity
        self.clear()

    def clear(self) -> None:
        self.table = np.zeros((self.capacity + 1, len(_LISTS), len(self.weights.labels)))
        self.used = 1
        # the rows given since the last flush(), still zeros: their words' ids and counts
        self._scored = 1
        self._flat: list[int] = []
        self._counts: list[int] = []

    def flush(self) -> None:
        """Sum the score rows of the words given a row since the last call: once a
        document (:meth:`Weights.tag_lines`) rather than once for each line that brings a
        new word (~4 numpy calls of ~12 steps each an article, when the words are new).
        The rows are the same sums either way: each is its own word list's."""
        n = self.used - self._scored
        if n:
            scores = self.weights.state_scores(
                np.array(self._flat, np.intp), np.array(self._counts, np.intp)
            )
            self.table[self._scored : self.used] = scores.reshape(n, len(_LISTS), -1)
        self._scored = self.used
        self._flat, self._counts = [], []

    def add(self, words: Sequence[Any], fz: Any) -> None:
        """Give each of ``words`` (:class:`pipelines.ner.features._Word` without a row) its
        row, scored by the next :meth:`flush`; the word then keeps its head features as
        ids, not its feature lists.
        ``_ADD_WORDS`` at a time: a long article brings tens of thousands of new words.
        A word repeated in ``words`` is one object: it is counted once (a run of repeats
        alone would otherwise be a run of no new word)."""
        todo = list({id(w): w for w in words if w.row < 0}.values())
        for first in range(0, len(todo), _ADD_WORDS):
            self._add(todo[first : first + _ADD_WORDS], fz)

    def _add(self, words: Sequence[Any], fz: Any) -> None:
        ids = self.weights.ids
        flat: list[int] = []
        counts: list[int] = []
        todo = []
        for w in words:
            if w.row >= 0:
                continue  # twice in the line
            lists = w.lists(fz)
            for k in _LISTS:
                flat += [ids[f] for f in lists[k]]
                counts.append(len(lists[k]))
            w.m2_ids, w.p2_ids, w.head_ids = (tuple(ids[f] for f in lists[k]) for k in (1, 4, 5))
            if w.prev_first:
                w.prev_pairs = self.weights.pairs("-1w|w=", w.lw)
            if w.next_first:
                w.next_pairs = self.weights.pairs("w|+1w=", w.lw)
            w.row = self.used + len(todo)
            w.text = None
            todo.append(w)
        n = len(todo)
        if self.used + n > len(self.table):
            grown = np.zeros((max(len(self.table) * 3 // 2, self.used + n), *self.table.shape[1:]))
            grown[: self.used] = self.table[: self.used]
            self.table = grown
        self.used += n
        self._flat += flat
        self._counts += counts
        if len(self._counts) >= _ADD_WORDS * len(_LISTS):  # a bounded backlog of ids
            self.flush()


#: decode with crfsuite's own C loop when pycrfsuite's library offers it (tests switch it
#: off; so does KHAO_NER_C_VITERBI=0)
USE_CRF1D = os.environ.get("KHAO_NER_C_VITERBI", "1") != "0"
#: python-crfsuite releases whose crf1dc_* functions were checked (signatures and the
#: context's head): another release may call them with other arguments, which no check
#: after the call could catch, so it gets numpy's loop
CRF1D_TESTED = frozenset({"0.9.12"})
_CRF1D_ITEMS = 4096  # tokens the kept context holds (~3.4 MB); a longer line gets its own
_CTXF_VITERBI = 1


class _Crf1dContext(ctypes.Structure):
    """The head of crfsuite's ``crf1d_context_t`` (lib/crf/src/crf1d.h), up to the fields
    :class:`Crf1dViterbi` touches."""

    _fields_ = [
        ("flag", ctypes.c_int),
        ("num_labels", ctypes.c_int),
        ("num_items", ctypes.c_int),
        ("cap_items", ctypes.c_int),
        ("log_norm", ctypes.c_double),
        ("state", ctypes.c_void_p),
        ("trans", ctypes.c_void_p),
        ("alpha_score", ctypes.c_void_p),
        ("beta_score", ctypes.c_void_p),
        ("scale_factor", ctypes.c_void_p),
        ("row", ctypes.c_void_p),
        ("backward_edge", ctypes.c_void_p),
    ]


class Crf1dViterbi:
    """crfsuite's Viterbi (``crf1dc_viterbi``, the C loop ``Tagger.tag`` runs) on label
    scores summed here: the same recursion, sums and ties as :meth:`Weights.viterbi_numpy`
    at C speed. numpy pays ~11 µs of call overhead a token step (2.5 ms an article, the
    tagger's largest piece); one C call a line costs a few µs.

    The functions are exported by pycrfsuite's extension module but are not its API: the
    context's layout is checked when opened (its header fields, then a decode against
    numpy's with ties), and :meth:`open` returns None when anything differs."""

    def __init__(self, lib: ctypes.CDLL, transitions: np.ndarray) -> None:
        self._new, self._viterbi = lib.crf1dc_new, lib.crf1dc_viterbi
        self._set_items, self._delete = lib.crf1dc_set_num_items, lib.crf1dc_delete
        self._new.restype = ctypes.POINTER(_Crf1dContext)
        self._new.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        ctx_p = ctypes.POINTER(_Crf1dContext)
        self._viterbi.restype = ctypes.c_double
        self._viterbi.argtypes = [ctx_p, ctypes.c_void_p]
        self._set_items.restype = ctypes.c_int
        self._set_items.argtypes = [ctx_p, ctypes.c_int]
        self._delete.restype = None
        self._delete.argtypes = [ctx_p]
        self.transitions = np.ascontiguousarray(transitions, dtype=np.float64)
        self.n_labels = len(self.transitions)
        self._cap = _CRF1D_ITEMS
        self._ctx = self._context(self._cap)  # kept for the object's life
        weakref.finalize(self, self._delete, self._ctx)
        self._lock = threading.Lock()

    def _context(self, capacity: int) -> Any:
        ctx = self._new(_CTXF_VITERBI, self.n_labels, capacity)
        if not ctx:
            raise MemoryError("crf1dc_new failed")
        c = ctx.contents
        if (c.flag, c.num_labels, c.num_items, c.cap_items) != (
            _CTXF_VITERBI,
            self.n_labels,
            0,
            capacity,
        ) or not (c.state and c.trans and c.alpha_score and c.backward_edge):
            raise ModelFormatError("crf1d_context_t's layout is not the expected one")
        ctypes.memmove(c.trans, self.transitions.ctypes.data, self.transitions.nbytes)
        return ctx

    @classmethod
    def open(cls, transitions: np.ndarray) -> Crf1dViterbi | None:
        """crfsuite's loop for these transitions, or None when it cannot be called or does
        not decode as :meth:`Weights.viterbi_numpy` does (checked on random scores, ties
        included)."""
        try:
            import pycrfsuite._pycrfsuite as ext

            if importlib.metadata.version("python-crfsuite") not in CRF1D_TESTED:
                return None
            found = cls(ctypes.CDLL(ext.__file__), transitions)
        except (ImportError, OSError, AttributeError, ModelFormatError, MemoryError,
                importlib.metadata.PackageNotFoundError):  # fmt: skip
            return None
        if not found._agrees_with_numpy():
            return None
        return found

    def _agrees_with_numpy(self) -> bool:
        n = self.n_labels
        rng = np.random.default_rng(1)
        probe = object.__new__(Weights)
        probe.transitions = self.transitions
        probe._back = np.vstack([self.transitions.T, np.zeros(n)])
        lengths = [1, 2, 7, 30]
        for scores in (
            rng.normal(size=(sum(lengths), n)),
            rng.integers(-1, 2, size=(sum(lengths), n)).astype(np.float64),  # ties
        ):
            want = probe.viterbi_numpy(scores, lengths)
            if not np.array_equal(self.viterbi(scores, lengths), want):
                return False
        return True

    def viterbi(self, scores: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """:meth:`Weights.viterbi`: each line decoded by one ``crf1dc_viterbi`` call."""
        scores = np.ascontiguousarray(scores, dtype=np.float64)
        if scores.ndim != 2 or scores.shape[1] != self.n_labels:
            raise ValueError(f"scores of shape {scores.shape}, not tokens × {self.n_labels}")
        # the C loop reads and writes where these say: a wrong one is memory, not an error
        lengths = [int(m) for m in lengths]
        if min(lengths, default=0) < 0 or sum(lengths) != len(scores):
            raise ValueError(f"line lengths {sum(lengths)} tokens for {len(scores)} score rows")
        labels = np.empty(sum(lengths), np.intc)
        row = self.n_labels * 8
        base, out = scores.ctypes.data, labels.ctypes.data
        set_items, viterbi, memmove = self._set_items, self._viterbi, ctypes.memmove

        def decode(ctx: Any, m: int, pos: int) -> None:
            set_items(ctx, m)  # within the capacity: the buffers stay where they are
            memmove(ctx.contents.state, base + pos * row, m * row)
            viterbi(ctx, out + pos * 4)

        pos = 0
        # one kept context per process, and ctypes releases the GIL during each call: a
        # thread decoding beside another would overwrite its scores
        with self._lock:
            for m in lengths:
                if 0 < m <= self._cap:
                    decode(self._ctx, m, pos)
                elif m:  # a context of its own, freed at once: the kept one stays small
                    big = self._context(m)
                    try:
                        decode(big, m, pos)
                    finally:
                        self._delete(big)
                pos += m
        return labels.astype(np.intp)
