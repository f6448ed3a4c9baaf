"""The NER worker's cheaper paths (issue 17, seventh pass) give what the plain ones give:
pair attributes looked up per word, BIO decoding that skips the O tokens, an article's
title and body tagged in one call, and the khao scheme's overlap checks by bisection."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from crawler.demo.corpus import demo_articles
from pipelines.ner import tag
from pipelines.ner.crf import load_model
from pipelines.ner.evaluate import bio_to_spans
from pipelines.ner.khao_scheme import Entity, _overlaps, _Spans
from pipelines.stages.entities import article_entities

PAIR_PREFIXES = ("-1w|w=", "w|+1w=")


def test_pairs_by_first_word_are_the_attribute_lookups() -> None:
    """``Weights.pairs(p, a).get(b)`` is ``ids.get(f"{p}{a}|{b}")``, for every known pair
    attribute (words containing "|" included: every split) and for unknown ones."""
    weights = load_model().weights
    assert weights is not None
    checked = 0
    for attr in weights.attributes:
        prefix = next((p for p in PAIR_PREFIXES if attr.startswith(p)), None)
        if prefix is None:
            continue
        rest = attr[len(prefix) :]
        for k, ch in enumerate(rest):
            if ch == "|":
                first, second = rest[:k], rest[k + 1 :]
                pairs = weights.pairs(prefix, first)
                assert pairs.get(second) == weights.ids[attr]
                assert pairs.get(second + "x") == weights.ids.get(f"{prefix}{first}|{second}x")
                checked += 1
    assert checked > 10_000
    assert weights.pairs("w|+1w=", "no-such-word-qqq") == {}


def test_tokens_get_their_pairs_with_their_row() -> None:
    tagger = load_model()
    weights, fz = tagger.weights, tagger.featurizer
    assert weights is not None
    for article in demo_articles()[:5]:
        tag(article.body)
    seen = 0
    for word in list(fz._words.values())[:3000]:
        if word.row < 0:
            continue
        assert dict(word.prev_pairs) == (
            weights.pairs("-1w|w=", word.lw) if word.prev_first else {}
        )
        assert dict(word.next_pairs) == (
            weights.pairs("w|+1w=", word.lw) if word.next_first else {}
        )
        seen += bool(word.next_pairs)
    assert seen > 10


def _bio_to_spans_token_by_token(
    tokens: list[tuple[int, int]], labels: list[str]
) -> list[tuple[int, int, str]]:
    """The specification: every token visited, O (or a label too short) ends a span."""
    spans: list[tuple[int, int, str]] = []
    cur: list | None = None
    for (s, e), lab in zip(tokens, labels, strict=True):
        if lab == "O" or len(lab) < 3:
            if cur:
                spans.append((cur[0], cur[1], cur[2]))
            cur = None
            continue
        if lab[0] == "B" or cur is None or cur[2] != lab[2:]:
            if cur:
                spans.append((cur[0], cur[1], cur[2]))
            cur = [s, e, lab[2:]]
        else:
            cur[1] = e
    if cur:
        spans.append((cur[0], cur[1], cur[2]))
    return spans


@given(st.lists(st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "X", "I-"])))
def test_bio_to_spans_skipping_o_equals_token_by_token(labels: list[str]) -> None:
    tokens = [(2 * i, 2 * i + 1) for i in range(len(labels))]
    assert bio_to_spans(tokens, labels) == _bio_to_spans_token_by_token(tokens, labels)


def test_article_entities_in_one_call_equal_title_and_body_alone() -> None:
    for article in demo_articles()[:40]:
        want = [
            (field, e.label, e.text, e.start, e.end, e.canonical, e.position)
            for field, text in (("title", article.title), ("body", article.body))
            for e in tag(text)
        ]
        got = article_entities(article.title, article.body)
        assert [
            (x["field"], x["label"], x["text"], x["start"], x["end"], x["canonical"], x["position"])
            for x in got
        ] == want
    assert article_entities("", "") == []


_span = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(
    lambda x: Entity(x[0], x[0] + x[1], "X", "", "")
)


@given(st.lists(_span, max_size=12), _span, st.booleans())
@example([Entity(0, 5, "X", "", ""), Entity(5, 9, "X", "", "")], Entity(5, 7, "X", "", ""), True)
@example([Entity(0, 5, "X", "", ""), Entity(9, 12, "X", "", "")], Entity(5, 9, "X", "", ""), True)
@example([Entity(3, 5, "X", "", "")], Entity(0, 3, "X", "", ""), True)
def test_overlapping_by_bisection_equals_checking_each(
    ents: list[Entity], span: Entity, disjoint: bool
) -> None:
    """``_Spans.overlapping`` (bisection when sorted and disjoint, else each) is the
    entities ``_overlaps`` finds, in order."""
    if disjoint:  # sorted, non-empty, not overlapping: as the CRF's spans are
        ents = sorted(ents, key=lambda e: e.start)
        kept: list[Entity] = []
        for e in ents:
            if e.end > e.start and (not kept or kept[-1].end <= e.start):
                kept.append(e)
        ents = kept
    found = _Spans(ents)
    assert found.disjoint or not disjoint
    assert found.overlapping(span) == [x for x in ents if _overlaps(span, x)]
