"""pythainlp's bundled ThaiNER 1.5 CRF (``thainer_crf_1_5_1.model``), reproduced offline.

pythainlp's ``ThaiNameTagger(version="1.5")`` cannot run offline: it looks the model
up in the download catalogue and needs the (not bundled) ``blackboard`` perceptron
POS tagger. This module opens the wheel's model file directly, tokenizes like
pythainlp (``mm`` engine) and maps the bundled ORCHID perceptron tags to the
Blackboard tag set the model was trained with.

``corrected=False`` reproduces pythainlp's inference feature names as shipped
(``word.isdigit``, ``word.prevpostag``); the model was trained with
``word.isdigit()`` and ``word.prepostag``, which ``corrected=True`` uses.
"""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import pycrfsuite
import pythainlp
from pythainlp.corpus import thai_stopwords
from pythainlp.tag import pos_tag
from pythainlp.tokenize import word_tokenize
from pythainlp.util import is_thai

from pipelines.ner.evaluate import Span, bio_to_spans

MODEL_PATH = Path(pythainlp.__file__).parent / "corpus" / "thainer_crf_1_5_1.model"

#: ORCHID tag -> Blackboard treebank tag (the set in the model's ``postag`` features).
ORCHID_TO_BLACKBOARD: dict[str, str] = {
    **dict.fromkeys(["NPRP", "NCMN", "NTTL", "NLBL"], "NN"),
    **dict.fromkeys(["NCNM", "NONM", "DCNM", "DONM"], "NU"),
    **dict.fromkeys(["PPRS", "PDMN", "PNTR", "PREL"], "PR"),
    **dict.fromkeys(["VACT", "VSTA", "VATT"], "VV"),
    **dict.fromkeys(["XVBM", "XVAM", "XVMM", "XVBB", "XVAE"], "AX"),
    **dict.fromkeys(["DDAN", "DDAC", "DDBQ", "DDAQ", "DIAC", "DIBQ", "DIAQ"], "AJ"),
    **dict.fromkeys(["ADVN", "ADVI", "ADVP", "ADVS"], "AV"),
    **dict.fromkeys(["CNIT", "CLTV", "CMTR", "CFQC", "CVBL"], "CL"),
    **dict.fromkeys(["JCRG", "JCMP", "JSBR"], "CC"),
    "RPRE": "PS",
    "INT": "IJ",
    "FIXN": "FX",
    "FIXV": "FX",
    "EAFF": "PA",
    "EITT": "PA",
    "NEG": "NG",
    "PUNC": "PU",
}


class BaselineTagger:
    """pythainlp's ThaiNER 1.5 CRF with its own feature extraction."""

    def __init__(self, corrected: bool = False, model_path: Path = MODEL_PATH) -> None:
        self.corrected = corrected
        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(model_path))
        self.stopwords = thai_stopwords()

    def _features(self, doc: list[tuple[str, str]]) -> list[dict[str, str | bool]]:
        isdigit = "word.isdigit()" if self.corrected else "word.isdigit"
        prevpos = "word.prepostag" if self.corrected else "word.prevpostag"
        sw = self.stopwords
        feats = []
        n = len(doc)
        for i, (word, postag) in enumerate(doc):
            f: dict[str, str | bool] = {
                "word.word": word,
                "word.stopword": word in sw,
                "word.isthai": is_thai(word),
                "word.isspace": word.isspace(),
                "postag": postag,
                isdigit: word.isdigit(),
            }
            if word.isdigit() and len(word) == 5:
                f["word.islen5"] = True
            if i > 0:
                pw, pp = doc[i - 1]
                f.update(
                    {
                        "word.prevword": pw,
                        "word.previsspace": pw.isspace(),
                        "word.previsthai": is_thai(pw),
                        "word.prevstopword": pw in sw,
                        prevpos: pp,
                        "word.prevwordisdigit": pw.isdigit(),
                    }
                )
            else:
                f["BOS"] = True
            if i < n - 1:
                nw, np_ = doc[i + 1]
                f.update(
                    {
                        "word.nextword": nw,
                        "word.nextisspace": nw.isspace(),
                        "word.nextpostag": np_,
                        "word.nextisthai": is_thai(nw),
                        "word.nextstopword": nw in sw,
                        "word.nextwordisdigit": nw.isdigit(),
                    }
                )
            else:
                f["EOS"] = True
            feats.append(f)
        return feats

    def tag(self, text: str) -> list[Span]:
        """Character spans ``(start, end, label)`` in ``text``."""
        tokens = word_tokenize(text, engine="mm", keep_whitespace=True)
        if not tokens:
            return []
        tagged = pos_tag([" " if t == " " else t for t in tokens], corpus="orchid")
        doc = [(w, ORCHID_TO_BLACKBOARD.get(p, "XX")) for w, p in tagged]
        labels = self.crf.tag(self._features(doc))
        offsets = []
        pos = 0
        for t in tokens:
            offsets.append((pos, pos + len(t)))
            pos += len(t)
        return bio_to_spans(offsets, labels)


#: pythainlp's ThaiNER 1.5 training parameters (sklearn-crfsuite, L-BFGS).
RECIPE_PARAMS: dict[str, float | int | bool] = {
    "c1": 0.1,
    "c2": 0.1,
    "max_iterations": 500,
    "feature.possible_transitions": True,
}


def train_recipe(sents: list[tuple[str, list[Span]]], output: Path) -> None:
    """Retrain pythainlp's ThaiNER 1.5 recipe (its tokens, POS tags and features) on
    ``sents`` — the fair comparison for cross-validation, since the shipped model has
    seen every ThaiNER training sentence. Tokens are cut at entity boundaries, as in
    pythainlp's own data preparation."""
    feat = BaselineTagger.__new__(BaselineTagger)
    feat.corrected = True
    feat.stopwords = thai_stopwords()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in sents:
        cuts = sorted({0, len(text), *(b for s, e, _ in spans for b in (s, e))})
        tokens: list[str] = []
        offsets: list[tuple[int, int]] = []
        for a, b in pairwise(cuts):
            pos = a
            for t in word_tokenize(text[a:b], engine="mm", keep_whitespace=True):
                tokens.append(t)
                offsets.append((pos, pos + len(t)))
                pos += len(t)
        if not tokens:
            continue
        tagged = pos_tag([" " if t == " " else t for t in tokens], corpus="orchid")
        doc = [(w, ORCHID_TO_BLACKBOARD.get(p, "XX")) for w, p in tagged]
        labels = ["O"] * len(tokens)
        for s, e, lab in spans:
            first = True
            for i, (ts, te) in enumerate(offsets):
                if ts >= s and te <= e:
                    labels[i] = ("B-" if first else "I-") + lab
                    first = False
        trainer.append(feat._features(doc), labels)
    trainer.set_params(RECIPE_PARAMS)
    trainer.train(str(output))
