"""Tagging many texts at once (`pipelines.ner.tag_texts`, `khao ner --jsonl`): the same
entities as one text at a time, and a pipe's answer never waits for input not yet sent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.ner import tag, tag_texts
from pipelines.ner.data import load_thainer, split

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1"}


def sample_texts() -> list[str]:
    _, val = split(load_thainer())
    lines = [s.text for s in val[:90]]
    # single lines, several lines as one text, an empty text and a blank line
    joined = ["\n".join(lines[i : i + 4]) for i in range(60, 90, 4)]
    return lines[:60] + joined + ["", "  \n", "นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ.\nจังหวัดสุราษฎร์ธานี"]


@pytest.mark.parametrize("scheme", ["thainer", "khao"])
def test_texts_tagged_together_get_the_entities_each_gets_alone(scheme: str) -> None:
    texts = sample_texts()
    together = tag_texts(texts, scheme=scheme)
    assert together == [tag(t, scheme=scheme) for t in texts]
    assert sum(len(x) for x in together) > 100  # the sample has entities to compare


def test_no_texts() -> None:
    assert tag_texts([]) == []
    with pytest.raises(ValueError, match="unknown scheme"):
        tag_texts(["ก"], scheme="nope")


def start_ner() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "khao", "ner", "--jsonl", "--scheme", "thainer"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=ROOT, env=ENV,
    )  # fmt: skip


@pytest.mark.timeout(120)
def test_a_piped_line_is_answered_before_the_next_is_sent() -> None:
    """An alert script may write a line and wait for its entities: batching must not hold
    an answer back until more input (or the end of it) arrives."""
    process = start_ner()
    assert process.stdin and process.stdout
    try:
        for text in ["นายสุเทพ ชิตยวงษ์ เลขาธิการ กพฐ.", "จังหวัดสุราษฎร์ธานี 4 ก.ย. 2562"]:
            process.stdin.write(json.dumps(text, ensure_ascii=False) + "\n")
            process.stdin.flush()
            answer = json.loads(process.stdout.readline())  # blocks if the answer is held
            assert answer and all(text[e["start"] : e["end"]] == e["text"] for e in answer)
    finally:
        process.stdin.close()
        process.wait(timeout=30)
    assert process.returncode == 0


def test_a_bad_line_after_good_ones_in_one_batch() -> None:
    """The lines before a bad one are answered, then a one-line error, exit 1 or 2."""
    good = ["นายสุเทพ ชิตยวงษ์", "กระทรวงศึกษาธิการ"]
    stdin = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in good) + "{bad\n" + '"x"\n'
    result = subprocess.run(
        [sys.executable, "-m", "khao", "ner", "--jsonl", "--scheme", "thainer"],
        input=stdin, capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=120,
    )  # fmt: skip
    assert len(result.stdout.splitlines()) == 2
    assert result.returncode != 0
    assert "line 3 of stdin is not JSON" in result.stderr
    assert "Traceback" not in result.stderr
