"""The NER worker's cheaper paths (issue 17, sixth pass) give what the plain ones give:
gazetteer marks by token index, the Wikipedia filter's one-word runs cached per word, the
title forms by first character and the agency matches shared with ``find_positions``."""

from __future__ import annotations

from collections import defaultdict
from unittest.mock import patch

from crawler.demo.corpus import demo_articles
from pipelines.ner import lexicon
from pipelines.ner.crf import load_model
from pipelines.ner.features import (
    _ENTITY_MAX_TOKENS,
    gazetteer_marks,
    tokenize,
    wikipedia_marks,
)
from pipelines.ner.khao_scheme import _agency_regex, _title_lookup, find_positions
from pipelines.ner.rules import rule_spans
from pipelines.thai_text import clean_text


def demo_lines(articles: int = 60) -> list[str]:
    out = []
    for article in demo_articles()[:articles]:
        for line in clean_text(article.title + "\n" + article.body).split("\n"):
            if line.strip():
                out.append(line)
    return out


def test_marks_by_token_index_and_cached_one_word_runs_equal_the_lists() -> None:
    fz = load_model().featurizer
    checked = marked = 0
    for line in demo_lines():
        tokens = tokenize(line, [b for s, e, _ in rule_spans(line) for b in (s, e)])
        words = [fz.word(line[s:e]) for s, e in tokens]
        lists: list[list[str]] = [[] for _ in tokens]
        gazetteer_marks(line, tokens, None, marks=lists)
        wikipedia_marks(line, tokens, [w.wiki_start for w in words], lists)
        gazetteer_marks(line, tokens, None, fz.entities, fz.entity_prefixes,
                        _ENTITY_MAX_TOKENS, "e", lists)  # fmt: skip
        by_index = fz._gazetteers(line, tokens, words, defaultdict(list))
        assert [by_index.get(i, []) for i in range(len(tokens))] == lists, line
        assert fz._gazetteers(line, tokens, words) == lists, line
        checked += 1
        marked += sum(map(bool, lists))
    assert checked > 400 and marked > 1000


def reference_find_positions_forms(text: str, i: int) -> list[str]:
    """The forms find_positions tried at ``i`` before: every form of the lookup."""
    lookup = _title_lookup()
    return sorted((f for f in lookup if text.startswith(f, i)), key=len, reverse=True)


def test_title_forms_by_first_character_and_shared_agency_matches() -> None:
    from pipelines.ner.khao_scheme import _titles_by_first

    by_first = _titles_by_first()
    found = 0
    for line in demo_lines(120):
        for i in range(len(line)):
            forms = [f for f in by_first.get(line[i], ()) if line.startswith(f, i)]
            assert forms == reference_find_positions_forms(line, i)
        agencies = list(_agency_regex().finditer(line))
        positions = find_positions(line, agencies)
        assert positions == find_positions(line)
        found += len(positions)
    assert found > 50
    assert len(lexicon.positions()) > 10


class EveryHonorific:
    """In place of the by-first-character table: every honorific, longest first, whatever
    the name starts with: strip_honorifics as first written."""

    def get(self, key: str, default: object = None) -> list[str]:
        return sorted(lexicon.HONORIFICS, key=len, reverse=True)


def test_honorifics_by_first_character_strip_what_all_of_them_strip() -> None:
    names = ["พล.อ.ประยุทธ์ จันทร์โอชา", "รศ.ดร.สมชาย  ใจดี", "นางสาวสมหญิง", "นายก", "นาย",
             "", " ", "ดร.นพ.สมศักดิ์", "คุณหญิงสุดารัตน์", "Mr. Smith"]  # fmt: skip
    names += [h + "สมชาย" for h in lexicon.HONORIFICS] + [h + h for h in lexicon.HONORIFICS]
    with patch.object(lexicon, "_honorifics_by_first", EveryHonorific):
        every = [lexicon.strip_honorifics(name) for name in names]
    assert [lexicon.strip_honorifics(name) for name in names] == every
