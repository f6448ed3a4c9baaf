"""The tagger's numpy path (pipelines.ner.viterbi): crfsuite's labels, its weights file,
the fallback to crfsuite, and Viterbi against a transcription of crfsuite's own loop."""

from __future__ import annotations

import marshal
import shutil
import time
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from pipelines.ner import features
from pipelines.ner.compiled import load_compiled, shift_label_bias, sidecar_path
from pipelines.ner.crf import MODEL_PATH, load_model, tag_lines
from pipelines.ner.data import load_thainer
from pipelines.ner.features import tokenize
from pipelines.ner.rules import rule_spans
from pipelines.ner.viterbi import Crf1dViterbi, Weights, load_weights, read_model, weights_path

OBEC = Path(__file__).parent / "fixtures" / "data" / "obec_press_release_2019-09-04.txt"


def _prepared(text: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, str]]]:
    rules = rule_spans(text)
    return text, tokenize(text, [b for s, e, _ in rules for b in (s, e)]), rules


def _documents(n_lines: int) -> list[list[str]]:
    """ThaiNER lines in documents of 20 (the numpy path tags a document's lines at once),
    and the OBEC release's lines as one more."""
    lines = [s.text for s in load_thainer()[:n_lines] if s.text.strip()]
    docs = [lines[k : k + 20] for k in range(0, len(lines), 20)]
    docs.append([x for x in OBEC.read_text(encoding="utf-8").split("\n") if x.strip()])
    return docs


def _crfsuite_labels(tagger: object, text: str) -> list[str]:
    fz = tagger.featurizer  # type: ignore[attr-defined]
    return tagger.crf.tag(fz.sentence_bytes(*_prepared(text)))  # type: ignore[attr-defined]


def test_numpy_path_gives_crfsuites_labels() -> None:
    tagger = load_model()
    assert tagger.weights is not None, "the shipped model has a current weights file"
    lines = 0
    for doc in _documents(400):
        prepared = [_prepared(t) for t in doc]
        fast = tagger.tag_many([tagger.features(*p) for p in prepared])
        for text, labels in zip(doc, fast, strict=True):
            assert labels == _crfsuite_labels(tagger, text), text
            lines += 1
    assert lines > 300


def test_word_cache_bound_clears_the_vectors_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long crawl meets new words forever: the featurizer's word cache and its score
    vectors are cleared together when full, and the labels stay crfsuite's."""
    fresh = load_compiled(MODEL_PATH)
    monkeypatch.setattr(features, "_MAX_WORDS", 50)
    vectors = fresh.featurizer.vectors
    assert vectors is not None
    for doc in _documents(60)[:3]:
        for text in doc:
            fresh.featurizer.bound_words()  # each line a document
            [labels] = fresh.tag_many([fresh.features(*_prepared(text))])
            assert labels == _crfsuite_labels(fresh, text)
            assert vectors.used <= 1 + 50 + len(_prepared(text)[1])


def test_word_cache_bound_waits_for_the_end_of_a_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cache fills in the middle of a document: its earlier lines' rows must still
    hold their words' scores when the document is decoded (clearing between two lines
    of a document gave them another word's row, or an IndexError)."""
    fresh = load_compiled(MODEL_PATH)
    monkeypatch.setattr(features, "_MAX_WORDS", 50)
    for doc in _documents(100)[:4]:
        assert len(doc) > 5
        for text, spans in zip(doc, tag_lines(doc, fresh), strict=True):
            assert spans == tag_lines([text], load_model())[0], text
    assert len(fresh.featurizer._words) <= 50


def test_shipped_weights_file_is_current() -> None:
    """The weights file is what read_model gives for the shipped model (stale otherwise:
    the tagger would fall back to crfsuite), and its weights are crfsuite's."""
    doc = marshal.loads(weights_path(MODEL_PATH).read_bytes())
    assert doc == read_model(MODEL_PATH)
    weights = Weights(doc)
    crf = pycrfsuite.Tagger()
    crf.open(str(MODEL_PATH))
    info = crf.info()
    assert weights.labels == crf.labels()
    assert set(weights.attributes) == {a for a, _ in info.state_features}
    for (a, y), w in list(info.state_features.items())[::97]:  # printed to 6 decimals
        assert weights.vector(a)[weights.labels.index(y)] == pytest.approx(w, abs=1e-6)
    for (y1, y2), w in info.transitions.items():
        i, j = weights.labels.index(y1), weights.labels.index(y2)
        assert weights.transitions[i, j] == pytest.approx(w, abs=1e-6)


def test_weights_load_fast() -> None:
    """A process loads the arrays in well under the ~0.3 s budget of a tagger's load."""
    sha1 = str(marshal.loads(sidecar_path(MODEL_PATH).read_bytes())["model_sha1"])
    times = []
    for _ in range(3):
        t = time.process_time()
        assert load_weights(MODEL_PATH, sha1) is not None
        times.append(time.process_time() - t)
    assert sorted(times)[1] < 0.1, times


def test_stale_or_missing_weights_fall_back_to_crfsuite(tmp_path: Path) -> None:
    model = tmp_path / "m.crfsuite"
    shutil.copy(MODEL_PATH, model)
    shutil.copy(sidecar_path(MODEL_PATH), sidecar_path(model))
    text = "นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ. ผู้ว่าราชการจังหวัดสุราษฎร์ธานี 4 ก.ย. 2562"
    expected = tag_lines([text], load_model())

    assert load_compiled(model).weights is None  # missing
    other = tmp_path / "other.crfsuite"
    shift_label_bias(MODEL_PATH, "O", -0.5, other)
    weights_path(model).write_bytes(marshal.dumps(read_model(other)))
    stale = load_compiled(model)
    assert stale.weights is None  # another model's weights
    assert tag_lines([text], stale) == expected
    weights_path(model).write_bytes(b"not marshal")
    assert load_compiled(model).weights is None
    shutil.copy(weights_path(MODEL_PATH), weights_path(model))
    current = load_compiled(model)
    assert current.weights is not None
    assert tag_lines([text], current) == expected


def _crfsuite_viterbi(state: np.ndarray, trans: np.ndarray) -> list[int]:
    """crf1dc_viterbi (crfsuite/lib/crf/src/crf1d_context.c), loop for loop."""
    n_tokens, n_labels = state.shape
    alpha = [list(state[0])]
    back = [[0] * n_labels]
    for t in range(1, n_tokens):
        prev, cur, bk = alpha[-1], [], []
        for j in range(n_labels):
            best, arg = -np.inf, -1
            for i in range(n_labels):
                score = prev[i] + trans[i, j]
                if best < score:
                    best, arg = score, i
            bk.append(arg)
            cur.append(best + state[t, j])
        alpha.append(cur)
        back.append(bk)
    labels = [0] * n_tokens
    best = -np.inf
    for i in range(n_labels):
        if best < alpha[-1][i]:
            best, labels[-1] = alpha[-1][i], i
    for t in range(n_tokens - 2, -1, -1):
        labels[t] = back[t + 1][labels[t + 1]]
    return labels


def random_document(
    rng: np.random.Generator, n: int, trial: int, lines: tuple[int, int], tokens: tuple[int, int]
) -> tuple[list[int], np.ndarray]:
    """Line lengths and label scores of a random document: small integer scores (ties) on
    odd trials, normal ones on even trials."""
    lengths = [int(x) for x in rng.integers(*tokens, size=int(rng.integers(*lines)))]
    if trial % 2:
        return lengths, rng.integers(-2, 3, size=(sum(lengths), n)).astype(float)
    return lengths, rng.normal(size=(sum(lengths), n))


@pytest.mark.parametrize("path", ["crfsuite's C loop", "numpy"])
def test_viterbi_is_crfsuites_loop_ties_included(path: str) -> None:
    """Lines of different lengths decoded together; small integer scores make ties, which
    both break towards the first label."""
    weights = Weights(read_model(MODEL_PATH))
    assert weights._crf1d is not None, "pycrfsuite's crf1dc_viterbi is callable"
    rng = np.random.default_rng(17)
    n = len(weights.labels)
    for trial in range(30):
        lengths, scores = random_document(rng, n, trial, lines=(1, 6), tokens=(1, 9))
        if trial % 2:
            trans = rng.integers(-1, 2, size=(n, n)).astype(float)
            weights.transitions = trans
            weights._back = np.vstack([trans.T, np.zeros(n)])
            weights._crf1d = Crf1dViterbi.open(trans)
        if path == "numpy":
            got = weights.viterbi_numpy(scores, lengths)
        else:
            assert weights._crf1d is not None
            got = weights._crf1d.viterbi(scores, lengths)
        pos = 0
        for m in lengths:
            want = _crfsuite_viterbi(scores[pos : pos + m], weights.transitions)
            assert got[pos : pos + m].tolist() == want
            pos += m


def test_a_hostile_document_is_decoded_in_bounded_groups() -> None:
    """One very long line among a thousand short ones (a hacked page): the same labels as
    line by line, without temporaries of lines × longest line (here 1,001 × 20,000)."""
    import tracemalloc

    weights = Weights(read_model(MODEL_PATH))
    rng = np.random.default_rng(5)
    lengths = [20_000] + [int(x) for x in rng.integers(0, 12, size=1_000)]
    scores = rng.normal(size=(sum(lengths), len(weights.labels)))
    tracemalloc.start()
    got = weights.viterbi(scores, lengths)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # the scores alone are ~6 MB; decoding all the lines at once peaked at 173 MB
    assert peak < 60 * 2**20, f"{peak / 2**20:.0f} MB"
    pos = 0
    for m in lengths:
        assert got[pos : pos + m].tolist() == weights.viterbi(scores[pos : pos + m], [m]).tolist()
        pos += m


def test_a_long_article_is_scored_in_bounded_runs() -> None:
    """Sixty demo releases as one 270,000-character text: the same spans as each release
    tagged alone, and the tagger's temporaries stay small. Scoring every token of such a
    text at once peaked at ~369 MB here (the NER worker's spike in a 50k crawl)."""
    import tracemalloc

    from crawler.demo.corpus import demo_articles
    from pipelines.ner.crf import tag_thainer

    bodies = [a.body for a in demo_articles(700)[600:660]]
    text = "\n".join(bodies)
    tag_thainer(text)  # the words' cached vectors are memory the tagger keeps: not measured
    tracemalloc.start()
    got = tag_thainer(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 80 * 2**20, f"{peak / 2**20:.0f} MB"
    expected, base = [], 0
    for body in bodies:
        expected += [(s + base, e + base, label) for s, e, label in tag_thainer(body)]
        base += len(body) + 1
    assert got == expected
    assert len(got) > 1_000


@pytest.mark.parametrize("text", ["qzxwvq " * 5000, "xqabcx xqdefx " * 3000])
def test_a_line_repeating_a_new_word_thousands_of_times(text: str) -> None:
    """Found by review: new words were given rows 4,096 list entries at a time, and a run
    holding only repeats of words already given a row failed (ValueError), so such a page
    (a repetitive table, spam, a PDF's text without line breaks) lost its article."""
    from pipelines.ner.crf import tag_thainer

    spans = tag_thainer(text)  # words no other test uses: new to the word cache
    assert all(0 <= s < e <= len(text) for s, e, _ in spans)


def test_state_scores_of_a_long_page_are_summed_in_bounded_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 125,000-character page has ~233,000 attributes: scored at once, their
    temporaries took 126 MB (the NER worker's high-water mark); in pieces, a few MB, and
    every token's scores are the same sums."""
    import tracemalloc

    from pipelines.ner import viterbi

    weights = load_model().weights
    assert weights is not None
    rng = np.random.default_rng(7)
    per_token = rng.integers(0, 16, 30_000)
    # attributes with many label weights, as a page's shapes and clusters have
    common = np.flatnonzero(np.diff(np.frombuffer(read_model(MODEL_PATH)["indptr"], "<i4")) >= 20)
    ids = rng.choice(common, int(per_token.sum()))
    tracemalloc.start()
    try:
        pieces = weights.state_scores(ids, per_token)
        peak = tracemalloc.get_traced_memory()[1] - pieces.nbytes
    finally:
        tracemalloc.stop()
    assert peak < 24 * 2**20, peak
    monkeypatch.setattr(viterbi, "_SCORE_IDS", len(ids) + 1)
    assert np.array_equal(weights.state_scores(ids, per_token), pieces)
    monkeypatch.setattr(viterbi, "_SCORE_IDS", 5)  # pieces smaller than some tokens' ids
    assert np.array_equal(weights.state_scores(ids, per_token), pieces)


def test_word_vectors_are_allocated_once_for_the_cache_bound() -> None:
    """The table is not grown (each growth held two copies): it holds the cache's bound
    from the start, in zero pages that take memory only once written."""
    fresh = load_compiled(MODEL_PATH)
    vectors = fresh.featurizer.vectors
    assert vectors is not None
    table = vectors.table
    assert len(table) > features._MAX_WORDS
    for doc in _documents(300):
        tag_lines(doc, fresh)
    assert vectors.used > 1000 and vectors.table is table


def test_crfsuites_c_viterbi_equals_numpys_on_many_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """crfsuite's own loop (``crf1dc_viterbi`` through ctypes) decodes like the numpy
    path: empty lines, ties, and lines longer than the kept context (decoded in one of
    their own, freed after: the kept one does not grow)."""
    from pipelines.ner import viterbi

    monkeypatch.setattr(viterbi, "_CRF1D_ITEMS", 40)  # the kept context's size, at open
    weights = Weights(read_model(MODEL_PATH))
    fast = weights._crf1d
    assert fast is not None and fast._ctx.contents.cap_items == 40
    rng = np.random.default_rng(23)
    n = len(weights.labels)
    for trial in range(40):
        lengths, scores = random_document(rng, n, trial, lines=(1, 25), tokens=(0, 70))
        got = weights.viterbi(scores, lengths)
        assert got.dtype == np.intp
        assert got.tolist() == weights.viterbi_numpy(scores, lengths).tolist()
    with pytest.raises(ValueError):
        fast.viterbi(np.zeros((3, n + 1)), [3])


def test_crfsuites_c_viterbi_kept_context_stays_at_its_capacity() -> None:
    from pipelines.ner import viterbi

    weights = Weights(read_model(MODEL_PATH))
    fast = weights._crf1d
    assert fast is not None
    rng = np.random.default_rng(2)
    lengths = [viterbi._CRF1D_ITEMS + 500, 3]
    scores = rng.normal(size=(sum(lengths), len(weights.labels)))
    assert (
        weights.viterbi(scores, lengths).tolist() == weights.viterbi_numpy(scores, lengths).tolist()
    )
    assert fast._ctx.contents.cap_items == viterbi._CRF1D_ITEMS


def test_crf1d_falls_back_to_numpy_when_its_decode_differs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The C functions are not pycrfsuite's API: a context whose decode differs from numpy's
    (another crfsuite build) is not used, and the labels are numpy's."""
    from pipelines.ner import viterbi

    monkeypatch.setattr(Crf1dViterbi, "_agrees_with_numpy", lambda self: False)
    weights = Weights(read_model(MODEL_PATH))
    assert weights._crf1d is None
    monkeypatch.setattr(viterbi, "USE_CRF1D", False)
    assert Weights(read_model(MODEL_PATH))._crf1d is None
    rng = np.random.default_rng(4)
    scores = rng.normal(size=(12, len(weights.labels)))
    assert (
        weights.viterbi(scores, [5, 7]).tolist() == weights.viterbi_numpy(scores, [5, 7]).tolist()
    )


def test_new_words_are_scored_once_a_document_with_the_same_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """New words get their row at once and its scores at the document's flush (one numpy
    pass, not one per line): the same table as scoring each batch at once, and the ids
    waiting for a flush stay bounded."""
    from pipelines.ner import viterbi

    docs = _documents(200)
    tables = []
    for add_words in (viterbi._ADD_WORDS, 1):  # 1: flushed after every line's new words
        monkeypatch.setattr(viterbi, "_ADD_WORDS", add_words)
        fresh = load_compiled(MODEL_PATH)
        vectors = fresh.featurizer.vectors
        assert vectors is not None
        labels = [tag_lines(doc, fresh) for doc in docs]
        assert vectors._flat == [] and vectors._scored == vectors.used
        tables.append((labels, vectors.table[: vectors.used].copy()))
    assert tables[0][0] == tables[1][0]
    assert np.array_equal(tables[0][1], tables[1][1])
    assert len(tables[0][1]) > 1000

    monkeypatch.setattr(viterbi, "_ADD_WORDS", 50)
    fresh = load_compiled(MODEL_PATH)
    vectors = fresh.featurizer.vectors
    assert vectors is not None
    text = " ".join(f"qzx{i}word" for i in range(400))  # 400 new words in one line
    fresh.features(*_prepared(text))
    assert len(vectors._counts) < 50 * 3  # flushed as they came
    assert vectors.used - vectors._scored < 50


def test_crfsuites_c_viterbi_from_several_threads() -> None:
    """One context per process and ctypes releases the GIL in each call: threads decoding
    at once each get their own labels (the context is locked per document)."""
    from concurrent.futures import ThreadPoolExecutor

    weights = Weights(read_model(MODEL_PATH))
    assert weights._crf1d is not None
    rng = np.random.default_rng(11)
    jobs = []
    for _ in range(24):
        lengths = [int(x) for x in rng.integers(1, 300, size=20)]
        jobs.append((rng.normal(size=(sum(lengths), len(weights.labels))), lengths))
    want = [weights.viterbi_numpy(s, lengths).tolist() for s, lengths in jobs]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            got = list(pool.map(lambda job: weights.viterbi(*job).tolist(), jobs))
            assert got == want


def test_crfsuites_c_viterbi_refuses_lengths_that_would_reach_outside_its_buffers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The C loop reads and writes where the lengths say (review): lengths that do not add
    up to the score rows, or a negative one, are an error, not a read past the scores or
    a write before the labels; numpy integers are lengths too. The kept context's size is
    the one it was opened with, even if the module's constant changes later (a larger one
    made crfsuite reallocate under a kept pointer: a segfault)."""
    from pipelines.ner import viterbi

    weights = Weights(read_model(MODEL_PATH))
    fast = weights._crf1d
    assert fast is not None
    n = len(weights.labels)
    for lengths in ([4000], [-1, 3000], [2], [1, 1, 2]):
        with pytest.raises(ValueError, match="line lengths"):
            fast.viterbi(np.zeros((3, n)), lengths)
    rng = np.random.default_rng(5)
    scores = rng.normal(size=(50, n))
    want = weights.viterbi_numpy(scores, [20, 30]).tolist()
    assert weights.viterbi(scores, np.array([20, 30])).tolist() == want
    assert weights.viterbi(scores, np.array([20, 30], np.int32)).tolist() == want
    monkeypatch.setattr(viterbi, "_CRF1D_ITEMS", 100_000)
    long = rng.normal(size=(20_000, n))
    assert (
        weights.viterbi(long, [20_000]).tolist() == weights.viterbi_numpy(long, [20_000]).tolist()
    )


def test_scores_that_are_not_finite_are_decoded_by_numpy() -> None:
    """crfsuite keeps the previous call's back pointers where every candidate is -inf or
    NaN (review: its labels then depended on the document before): numpy decodes those."""
    weights = Weights(read_model(MODEL_PATH))
    assert weights._crf1d is not None
    n = len(weights.labels)
    rng = np.random.default_rng(1)
    for bad in (-np.inf, np.nan):
        weights.viterbi(rng.normal(size=(6, n)), [6])  # a previous document
        scores = rng.normal(size=(6, n))
        scores[2:4] = bad
        assert weights.viterbi(scores, [6]).tolist() == weights.viterbi_numpy(scores, [6]).tolist()


def test_an_untested_python_crfsuite_gets_numpys_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another release may take other arguments, which no check after the call can catch."""
    from pipelines.ner import viterbi

    monkeypatch.setattr(viterbi, "CRF1D_TESTED", frozenset({"0.0.1"}))
    assert Weights(read_model(MODEL_PATH))._crf1d is None
