"""The neural NER experiment (pipelines.ner.neural): trains, saves and loads on a tiny slice.

torch is a training-time tool, not a khao dependency: skipped where it is not installed.
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from pipelines.ner.neural.model import Config, load, viterbi  # noqa: E402
from pipelines.ner.neural.train import run  # noqa: E402

TINY = Config(feat_dim=8, char_dim=4, char_out=8, hidden=8, epochs=1, batch=8)


@pytest.mark.parametrize("output", ["crf", "softmax"])
def test_trains_saves_and_loads_on_a_tiny_slice(tmp_path, output):
    torch.set_num_threads(1)
    cfg = Config(**{**TINY.__dict__, "output": output})
    path = tmp_path / "net.pt"
    rows = run(1, 5, cfg, save_to=path, limit=24)
    assert path.exists()
    assert rows[0]["variant"] == f"net ({output}) x1"
    assert 0.0 <= rows[0]["F1"] <= 1.0
    net, vocab = load(path)
    assert net.cfg.output == output and vocab.labels[0] == "O"
    again = run(1, 5, cfg, limit=24, load_from=[path])
    assert again[0]["scores"] == rows[0]["scores"]  # the loaded network tags the same


def test_fold_zero_is_refused():
    with pytest.raises(ValueError, match="held out"):
        run(0, 5, TINY, limit=24)


def test_viterbi_keeps_bio_valid():
    import numpy as np

    labels = ["O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION"]
    # argmax per token would give O I-PERSON I-LOCATION: no valid span
    scores = np.log(
        np.array(
            [
                [0.6, 0.3, 0.0, 0.1, 0.0],
                [0.1, 0.0, 0.5, 0.0, 0.4],
                [0.1, 0.0, 0.3, 0.0, 0.6],
            ]
        )
        + 1e-9
    )
    out = viterbi(scores, labels)
    for prev, cur in zip(["O", *out], out, strict=False):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:] and prev != "O"
