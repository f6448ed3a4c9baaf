"""Offline Thai NER: OBEC release, CLI offsets, validation F1 floor, rules and helpers."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pycrfsuite
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from khao.cli import ner
from pipelines.items import ArticleItem
from pipelines.ner import Entity, load_model, tag
from pipelines.ner.crf import tag_line
from pipelines.ner.data import load_thainer, parse_line, split
from pipelines.ner.evaluate import Scores
from pipelines.ner.lexicon import dot_variants, strip_honorifics
from pipelines.ner.rules import rule_spans
from pipelines.stages.entities import EntityPipeline

OBEC = Path(__file__).parent / "fixtures" / "data" / "obec_press_release_2019-09-04.txt"


def _find(ents: list[Entity], label: str, text: str) -> list[Entity]:
    return [e for e in ents if e.label == label and e.text == text]


def test_obec_press_release() -> None:
    text = OBEC.read_text(encoding="utf-8")
    ents = tag(text)
    for e in ents:
        assert text[e.start : e.end] == e.text

    minister = _find(ents, "PERSON", "นายณัฏฐพล ทีปสุวรรณ")
    assert minister, "minister not found"
    assert all(e.canonical == "ณัฏฐพล ทีปสุวรรณ" for e in minister)
    assert all(e.position == "รัฐมนตรีว่าการกระทรวงศึกษาธิการ" for e in minister)

    secretary = _find(ents, "PERSON", "นายสุเทพ ชิตยวงษ์")
    assert secretary
    assert all(e.position == "เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน" for e in secretary)
    pos = _find(ents, "POSITION", "เลขาธิการ กพฐ.")
    assert pos and pos[0].canonical == "เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน"

    governor = _find(ents, "PERSON", "นายวิชวุทย์ จินโต")
    assert governor and governor[0].position == "ผู้ว่าราชการจังหวัดสุราษฎร์ธานี"

    rmw = _find(ents, "POSITION", "รมว.ศธ.")
    assert rmw and rmw[0].canonical == "รัฐมนตรีว่าการกระทรวงศึกษาธิการ"

    assert any(e.label == "LOCATION" and e.canonical == "สุราษฎร์ธานี" for e in ents)

    orgs = {e.text: e.canonical for e in ents if e.label == "ORGANIZATION"}
    assert orgs["สพฐ."] == "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"
    assert orgs["ศธ."] == "กระทรวงศึกษาธิการ"
    assert orgs["กพฐ."] == "คณะกรรมการการศึกษาขั้นพื้นฐาน"
    # bare abbreviations must not fire inside words (ตร in รัฐมนตรี, กษ in ศึกษา)
    assert "ตร" not in orgs and "กษ" not in orgs


def test_cli_jsonl_thainer_offsets_exact() -> None:
    lines = [
        "วันที่ 4 กันยายน 2562 นายณัฏฐพล ทีปสุวรรณ รมว.ศธ. เปิดประชุมเวลา 14.30 น.",
        "ติดต่อ โทร 02-278-1777 อีเมล info@obec.go.th หรือ https://www.obec.go.th/",
        "งบประมาณ 1,060 ล้านบาท เพิ่มขึ้นร้อยละ 5 ที่จังหวัดสุราษฎร์ธานี 84000",
        "",
        "ไม่มีชื่อเฉพาะ\nขึ้นบรรทัดใหม่",
    ]
    stdin = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in lines)
    result = CliRunner().invoke(ner, ["--jsonl", "--scheme", "thainer"], input=stdin)
    assert result.exit_code == 0, result.output
    outputs = [json.loads(x) for x in result.output.splitlines()]
    assert len(outputs) == len(lines)
    labels = set()
    for text, ents in zip(lines, outputs, strict=True):
        for e in ents:
            assert text[e["start"] : e["end"]] == e["text"]
            labels.add(e["label"])
    assert {"DATE", "PERSON", "TIME", "PHONE", "EMAIL", "URL", "MONEY"} <= labels
    assert "POSITION" not in labels


def test_cli_plain_text() -> None:
    result = CliRunner().invoke(ner, [], input="นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ.")
    assert result.exit_code == 0
    assert "POSITION" in result.output and "สุเทพ ชิตยวงษ์" in result.output


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="กขคงนายสมชัยใจดี .,()0123456789ศธสพฐรมว\nabc@-", max_size=80))
def test_offsets_exact_on_any_text(text: str) -> None:
    for scheme in ("thainer", "khao"):
        for e in tag(text, scheme=scheme):
            assert text[e.start : e.end] == e.text
            assert 0 <= e.start < e.end <= len(text)


def test_validation_slice_f1_floor() -> None:
    _, val = split(load_thainer())
    scores = Scores()
    tagger = load_model()
    for s in val[:150]:
        scores.add(s.spans, tag_line(s.text, tagger))
    _, _, f1 = scores.micro()
    assert f1 >= 0.75, scores.table()


def test_model_loaded_once() -> None:
    assert load_model() is load_model()


def test_parse_line_mismatched_close_tag() -> None:
    s = parse_line("เวลา [TIME]16.00 น.[/DATE] โดย [PERSON]นายก ข[/PERSON]")
    assert s.text == "เวลา 16.00 น. โดย นายก ข"
    assert [(s.text[a:b], lab) for a, b, lab in s.spans] == [
        ("16.00 น.", "TIME"),
        ("นายก ข", "PERSON"),
    ]


def test_rules() -> None:
    text = "วันที่ 4 ก.ย. 62 เวลา 09.00 น. เงิน 1,000 บาท ร้อยละ 7.5 และ 5% โทร 043-202-817"
    found = {text[s:e]: lab for s, e, lab in rule_spans(text)}
    assert found["4 ก.ย. 62"] == "DATE"
    assert found["09.00 น."] == "TIME"
    assert found["1,000 บาท"] == "MONEY"
    assert found["ร้อยละ 7.5"] == "PERCENT"
    assert found["5%"] == "PERCENT"
    assert found["043-202-817"] == "PHONE"


def test_strip_honorifics_and_dot_variants() -> None:
    assert strip_honorifics("พล.อ.ประยุทธ์ จันทร์โอชา") == "ประยุทธ์ จันทร์โอชา"
    assert strip_honorifics("รศ.ดร.สมชาย  ใจดี") == "สมชาย ใจดี"
    assert strip_honorifics("นางสาวสมหญิง") == "สมหญิง"
    assert dot_variants("ป.ป.ช.") == {"ป.ป.ช.", "ปปช.", "ปปช"}


@pytest.mark.parametrize("processes", [0, 1], ids=["in-process", "process-pool"])
def test_entity_pipeline_fills_item(processes: int) -> None:
    item = ArticleItem(
        url="https://example.go.th/1",
        source_id="obec",
        title="สพฐ. จัดประชุม",
        body="นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ. กล่าวรายงาน",
    )
    stage = EntityPipeline(processes=processes)
    stage.open_spider()
    out = asyncio.run(stage.process_item(item, None))
    assert out is item
    fields = {e["field"] for e in item.entities}
    assert fields == {"title", "body"}
    for e in item.entities:
        src = item.title if e["field"] == "title" else item.body
        assert src[e["start"] : e["end"]] == e["text"]
        assert set(e) == {"label", "text", "start", "end", "field", "canonical", "position"}
    person = [e for e in item.entities if e["label"] == "PERSON"]
    assert person and person[0]["position"] == "เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน"


# ------------------------------------------------------------------ speed paths stay exact


def test_tokenizer_agrees_with_pythainlp_newmm_on_government_text() -> None:
    """nlpo3 (Rust newmm) replaces pythainlp's newmm for speed; the CRF was trained on
    newmm's tokens, so the two must agree on press-release text, abbreviations included."""
    from pythainlp.tokenize import word_tokenize

    from crawler.demo.corpus import bundled_articles
    from pipelines.ner.features import _split_token, tokenize

    lines = ["นายอนุทิน ชาญวีรกูล รมว.สาธารณสุข (สธ.) และ พล.อ.ประยุทธ์ จันทร์โอชา"]
    for article in bundled_articles()[:40]:
        lines += [x for x in article.body.split("\n") if x.strip()]
    same = 0
    for line in lines:
        toks = tokenize(line)
        assert "".join(line[s:e] for s, e in toks) == line
        ref = [p for t in word_tokenize(line, engine="newmm", keep_whitespace=True)
               for p in _split_token(t)]  # fmt: skip
        same += [line[s:e] for s, e in toks] == ref
    assert same / len(lines) >= 0.99, (same, len(lines))
    first = [lines[0][s:e] for s, e in tokenize(lines[0])]
    assert "สธ" in first and "พล" in first  # not "ส", "ธ" / "พ", "ล"


def test_compiled_features_give_the_same_labels_as_training_features() -> None:
    """Tagging skips features the model does not know; the labels must not change."""
    from pipelines.ner.crf import compiled_features
    from pipelines.ner.features import Featurizer, featurize

    tagger = load_model()
    compiled = compiled_features(tagger)
    assert compiled.entities, "the shipped model's entity gazetteer is in its sidecar"
    training = Featurizer(entities=compiled.entities)  # every feature, same gazetteer
    _, val = split(load_thainer())
    lines = [s.text for s in val[:200]] + [OBEC.read_text(encoding="utf-8")]
    for text in lines:
        for line in text.split("\n"):
            if not line.strip():
                continue
            tokens, rules, full = featurize(line, featurizer=training)
            fast = compiled.sentence(line, tokens, rules)
            assert fast == [[f for f in fs if f in compiled.known] for fs in full]
            assert tagger.tag(fast) == tagger.tag(full)


def test_tagging_features_as_bytes_are_the_training_features_encoded() -> None:
    """crfsuite gets the tagger's features as UTF-8 bytes (encoded once per word, not per
    sentence): the same attributes in the same order, so the same labels; and a head
    feature is still seen only within its window of tokens."""
    from pipelines.ner.crf import compiled_features
    from pipelines.ner.features import Featurizer, featurize

    tagger = load_model()
    compiled = compiled_features(tagger)
    training = Featurizer(entities=compiled.entities)
    _, val = split(load_thainer())
    lines = [s.text for s in val[:300]] + OBEC.read_text(encoding="utf-8").split("\n")
    lines.append("ไป โรงเรียน ก ข ค ง จ ฉ ช")  # a head, then tokens past its window
    heads = 0
    for line in filter(str.strip, lines):
        tokens, rules, full = featurize(line, featurizer=training)
        text_feats = compiled.sentence(line, tokens, rules)
        as_bytes = compiled.sentence_bytes(line, tokens, rules)
        assert as_bytes == [[f.encode() for f in fs] for fs in text_feats]
        assert tagger.tag(as_bytes) == tagger.tag(text_feats)
        words = [compiled.word(line[s:e]) for s, e in tokens]
        assert all(w.text is None and w.encoded for w in words)  # one copy a cached word
        assert compiled.sentence(line, tokens, rules) == text_feats  # decoded again
        for i, fs in enumerate(full):  # the head window, from the full features
            words = [line[s:e] for s, e in tokens[max(0, i - 5) : i]]
            expected = sorted({f"a-{c}" for c, hs in _head_classes() for w in words if w in hs})
            assert [f for f in fs if f.startswith("a-")] == expected
            heads += bool(expected)
    assert heads > 100


def _head_classes() -> tuple[tuple[str, frozenset[str]], ...]:
    from pipelines.ner import lexicon

    return (("org", lexicon.ORG_HEADS), ("loc", lexicon.LOC_HEADS),
            ("fac", lexicon.FAC_HEADS), ("law", lexicon.LAW_HEADS))  # fmt: skip


def test_shipped_model_has_a_current_compiled_sidecar() -> None:
    """Without it every process pays ~0.4 s dumping the model (and has no entity gazetteer)."""
    import marshal

    from pipelines.ner.compiled import _FORMAT, _sha1, sidecar_path, tagger_attributes
    from pipelines.ner.crf import MODEL_PATH

    side = sidecar_path(MODEL_PATH)
    assert side.exists(), "run python -m pipelines.ner.train"
    doc = marshal.loads(side.read_bytes())
    assert doc["format"] == _FORMAT and doc["model_sha1"] == _sha1(MODEL_PATH)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    assert set(doc["attributes"].split("\n")) == tagger_attributes(tagger)


def test_shift_label_bias_moves_only_that_weight(tmp_path: Path) -> None:
    from pipelines.ner.compiled import shift_label_bias
    from pipelines.ner.crf import MODEL_PATH

    def bias_weights(path: Path) -> dict[str, float]:
        t = pycrfsuite.Tagger()
        t.open(str(path))
        return {y: w for (a, y), w in t.info().state_features.items() if a == "b"}

    same, shifted = tmp_path / "same.crfsuite", tmp_path / "shifted.crfsuite"
    shift_label_bias(MODEL_PATH, "O", 0.0, same)
    assert same.read_bytes() == MODEL_PATH.read_bytes()
    shift_label_bias(MODEL_PATH, "O", -0.5, shifted)
    before, after = bias_weights(MODEL_PATH), bias_weights(shifted)
    assert after["O"] == pytest.approx(before["O"] - 0.5, abs=1e-5)
    assert {y: w for y, w in after.items() if y != "O"} == {
        y: w for y, w in before.items() if y != "O"
    }


def test_precompiled_tables_are_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables are built on first use and cached under their sources' key: what the next
    process reads equals a fresh build, and an edited source is a different key."""
    from pipelines.ner import tables

    monkeypatch.setenv("KHAO_CACHE_DIR", str(tmp_path))
    assert tables.read() is None
    built = tables.built_and_kept()
    stored = tables.read()
    assert stored is not None and tables.cache_path().parent == tmp_path / "ner"
    assert stored.keys() == built.keys()
    assert all(stored[k] == built[k] for k in built)
    assert tables.cache_path("other-key") != tables.cache_path()


def test_importing_the_tagger_loads_nothing() -> None:
    """The CLI and the crawl import pipelines.ner; the model loads on the first tag."""
    import subprocess
    import sys

    code = (
        "import sys, pipelines.ner as n; "
        "heavy = ('pycrfsuite', 'nlpo3', 'pythainlp', 'yaml', 'numpy'); "
        "print(sorted(m for m in heavy if m in sys.modules)); "
        "n.tag('นายสุเทพ ชิตยวงษ์', scheme='thainer'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # importing loads nothing; tagging needs neither pythainlp nor yaml (numpy: the
    # model's weights as arrays, pipelines.ner.viterbi; pycrfsuite: the fallback)
    assert out.stdout.split("\n")[:2] == ["[]", "['nlpo3', 'numpy', 'pycrfsuite']"]


def test_folds_are_blocks_of_lines_and_deterministic() -> None:
    from pipelines.ner.data import FOLD_BLOCK, fold_of

    sents = load_thainer()
    marks = fold_of(sents, 5)
    assert marks == fold_of(sents, 5)
    assert sorted(set(marks)) == [0, 1, 2, 3, 4]
    sizes = [marks.count(f) for f in range(5)]
    assert max(sizes) - min(sizes) <= FOLD_BLOCK
    for b in range(0, len(sents), FOLD_BLOCK):
        assert len(set(marks[b : b + FOLD_BLOCK])) == 1


def test_training_sentences_never_see_their_own_entities() -> None:
    """The entity-gazetteer feature of a training sentence comes from other blocks only."""
    from pipelines.ner.train import jackknife_featurizers

    sents = load_thainer()[:400]
    for s, fz in zip(sents, jackknife_featurizers(sents), strict=True):
        for a, b, _ in s.spans:
            name = s.text[a:b]
            if name in fz.entities:  # only if another block has it too
                assert any(name == o.text[x:y] for o in sents if o is not s for x, y, _ in o.spans)


def test_train_cli_passes_typed_crfsuite_parameters() -> None:
    """``--param KEY=VALUE`` values reach crfsuite typed (true/false, int, float)."""
    from pipelines.ner.train import _param_value

    assert _param_value("true") is True
    assert _param_value("False") is False
    assert _param_value("300") == 300 and isinstance(_param_value("300"), int)
    assert _param_value("0.05") == 0.05
    with pytest.raises(ValueError):
        _param_value("lots")


def test_second_pass_sees_what_the_first_tagged_on_other_lines_only() -> None:
    """The document feature of a line comes from the document's *other* lines: a name
    tagged once on line 1 marks its repetition on line 2, not itself."""
    from collections import Counter

    from pipelines.ner.stacking import line_counts, other_lines, stacked_features

    lines = ["นายสมชาย ใจดี กล่าว", "สมชาย ใจดี ยืนยัน"]
    first = [[(0, 13, "PERSON")], []]
    counts = [line_counts(t, sp) for t, sp in zip(lines, first, strict=True)]
    document = sum(counts, Counter())
    assert other_lines(document, counts[0]) == {}
    assert other_lines(document, counts[1]) == {"นายสมชาย ใจดี": ("PERSON",)}
    text = "นายสมชาย ใจดี ยืนยัน นายสมชาย ใจดี"
    tokens = [(0, 3), (3, 8), (8, 9), (9, 13), (13, 14), (14, 20), (20, 21), (21, 24)]
    tokens += [(24, 29), (29, 30), (30, 34)]
    feats = stacked_features(text, tokens, ["O"] * len(tokens), {"นายสมชาย ใจดี": ("PERSON",)})
    assert "d=B-PERSON" in feats[0] and "d=B-PERSON|L=O" in feats[0]
    assert "d=I-PERSON" in feats[3] and "d=B-PERSON" in feats[7]
    assert not any(f.startswith("d=") for f in feats[5])
    assert "L=O" in feats[5] and "-1L=O" in feats[5] and "+1L=O" in feats[5]


def test_two_pass_training_writes_a_second_pass_the_tagger_uses(tmp_path: Path) -> None:
    """``--two-pass`` (a few iterations on a few blocks): the model and its second pass
    load together, and tagging a document goes through both."""
    from pipelines.ner import train as trainer
    from pipelines.ner.compiled import second_path
    from pipelines.ner.crf import load_model as load_path
    from pipelines.ner.crf import tag_lines

    sents = load_thainer()[:120]
    model = tmp_path / "tiny.crfsuite"
    trainer.train(sents, model, params={**trainer.PARAMS, "max_iterations": 5}, two_pass=True)
    assert second_path(model).exists()
    tagger = load_path(model)
    assert tagger.second is not None
    out = tag_lines([s.text for s in sents[:20]], tagger)
    assert len(out) == 20
    trainer.train(sents[:40], model, params={**trainer.PARAMS, "max_iterations": 5})
    assert not second_path(model).exists()  # a one-pass model drops a stale second pass


def _every_rule_spans(text: str) -> list[tuple[int, int, str]]:
    """rule_spans without skipping any pattern (the reference)."""
    from pipelines.ner.rules import RULES

    found, taken = [], bytearray(len(text))
    for label, rx in RULES:
        for m in rx.finditer(text):
            s, e = m.span()
            if e > s and not any(taken[s:e]):
                found.append((s, e, label))
                taken[s:e] = b"\x01" * (e - s)
    return sorted(found)


def test_rule_spans_skip_only_patterns_that_cannot_match() -> None:
    """A line without a digit (or without ``@``, ``http``/``www.``) skips the patterns that
    need one, with the same spans as trying every pattern."""
    from pipelines.ner.rules import _may_match

    lines = [s.text for s in load_thainer()[:3000]] + OBEC.read_text(encoding="utf-8").split("\n")
    lines += ["๑๒ มกราคม ๒๕๖๒", "มกราคม 2562", "a@b.co", "http://x.th", "โทร 1111", "10400"]
    skipped = 0
    for line in lines:
        assert rule_spans(line) == _every_rule_spans(line), line
        skipped += not _may_match("DATE", line, any(c.isdigit() for c in line))
    assert skipped > 1000  # most lines have no digit


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0๑9 .:-/@wthp,%ร้อยละบาทมกราคมพ.ศ.กม", max_size=40))
def test_rule_spans_equal_every_pattern_on_any_text(text: str) -> None:
    assert rule_spans(text) == _every_rule_spans(text)
