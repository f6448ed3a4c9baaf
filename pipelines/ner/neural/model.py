"""The network, its inputs and its training loop (torch; training-time only)."""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

PAD, UNK = 0, 1
#: Characters of a token the character CNN reads (whitespace runs can be long).
MAX_CHARS = 16


@dataclass
class Encoded:
    """One sentence as indices: per token its feature ids and character ids; label ids."""

    feats: list[list[int]]
    chars: list[list[int]]
    labels: list[int]


@dataclass
class Vocab:
    """Feature, character and label indices (0 is padding, 1 unknown for chars)."""

    feats: dict[str, int] = field(default_factory=dict)
    chars: dict[str, int] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)

    @classmethod
    def build(
        cls,
        sents: Sequence[tuple[list[str], list[list[str]], list[str]]],
        min_feat: int = 2,
        min_char: int = 2,
    ) -> Vocab:
        """From ``(token texts, token features, BIO labels)`` of the training sentences:
        features and characters seen at least ``min_feat``/``min_char`` times."""
        fc: Counter[str] = Counter()
        cc: Counter[str] = Counter()
        lc: Counter[str] = Counter()
        for words, feats, labels in sents:
            for f in feats:
                fc.update(f)
            for w in words:
                cc.update(w[:MAX_CHARS])
            lc.update(labels)
        v = cls()
        v.feats = {f: i for i, f in enumerate(sorted(k for k, n in fc.items() if n >= min_feat), 1)}
        v.chars = {c: i for i, c in enumerate(sorted(k for k, n in cc.items() if n >= min_char), 2)}
        v.labels = ["O", *sorted(k for k in lc if k != "O")]
        return v

    def encode(self, words: list[str], feats: list[list[str]], labels: list[str] | None) -> Encoded:
        fi = [[self.feats[f] for f in fs if f in self.feats] for fs in feats]
        ci = [[self.chars.get(c, UNK) for c in w[:MAX_CHARS]] or [UNK] for w in words]
        li = [self.labels.index(x) if x in self.labels else 0 for x in labels or ["O"] * len(words)]
        return Encoded(fi, ci, li)

    def to_json(self) -> dict[str, object]:
        return {"feats": self.feats, "chars": self.chars, "labels": self.labels}

    @classmethod
    def from_json(cls, doc: dict[str, object]) -> Vocab:
        return cls(doc["feats"], doc["chars"], doc["labels"])  # type: ignore[arg-type]


@dataclass
class Config:
    feat_dim: int = 64
    char_dim: int = 32
    char_out: int = 64
    hidden: int = 128
    layers: int = 1
    dropout: float = 0.3
    #: each feature of a token is dropped with this probability in training
    feat_drop: float = 0.1
    #: "softmax" (per-token cross-entropy) or "crf" (linear-chain CRF output layer)
    output: str = "crf"
    epochs: int = 20
    batch: int = 16
    lr: float = 2e-3
    seed: int = 1


class Network(nn.Module):
    def __init__(self, n_feats: int, n_chars: int, n_labels: int, cfg: Config) -> None:
        super().__init__()
        self.cfg = cfg
        self.feats = nn.EmbeddingBag(n_feats, cfg.feat_dim, mode="sum", padding_idx=PAD)
        nn.init.normal_(self.feats.weight, std=0.05)
        with torch.no_grad():
            self.feats.weight[PAD].zero_()
        self.chars = nn.Embedding(n_chars, cfg.char_dim, padding_idx=PAD)
        self.conv = nn.Conv1d(cfg.char_dim, cfg.char_out, 3, padding=1)
        self.lstm = nn.LSTM(
            cfg.feat_dim + cfg.char_out,
            cfg.hidden,
            num_layers=cfg.layers,
            batch_first=True,
            bidirectional=True,
            dropout=cfg.dropout if cfg.layers > 1 else 0.0,
        )
        self.drop = nn.Dropout(cfg.dropout)
        self.out = nn.Linear(2 * cfg.hidden, n_labels)
        # CRF output layer: transitions[i, j] = score of label j after label i
        self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))

    def forward(
        self,
        feat_idx: torch.Tensor,
        feat_off: torch.Tensor,
        feat_w: torch.Tensor | None,
        chars: torch.Tensor,
        lengths: torch.Tensor,
    ) -> torch.Tensor:
        """Emission scores ``(batch, time, labels)``."""
        b, t, nc = chars.shape
        bag = self.feats(feat_idx, feat_off, per_sample_weights=feat_w).view(b, t, -1)
        c = self.chars(chars.view(b * t, nc)).transpose(1, 2)
        c = torch.relu(self.conv(c)).max(dim=2).values.view(b, t, -1)
        x = self.drop(torch.cat([bag, c], dim=-1))
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = pad_packed_sequence(h, batch_first=True, total_length=t)
        return self.out(self.drop(h))

    # --- linear-chain CRF ------------------------------------------------------------
    def log_partition(self, em: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        alpha = self.start + em[:, 0]
        for i in range(1, em.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, i, None], nxt, alpha)
        return torch.logsumexp(alpha + self.end, dim=1)

    def gold_score(
        self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor, lengths: torch.Tensor
    ) -> torch.Tensor:
        e = em.gather(2, tags.unsqueeze(2)).squeeze(2)
        tr = self.trans[tags[:, :-1], tags[:, 1:]]
        m = mask.float()
        score = self.start[tags[:, 0]] + (e * m).sum(1) + (tr * m[:, 1:]).sum(1)
        last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        return score + self.end[last]


def _batch(items: Sequence[Encoded], vocab_feats: int, feat_drop: float, train: bool) -> tuple:
    lengths = torch.tensor([len(x.labels) for x in items])
    t = int(lengths.max())
    nc = max(len(c) for x in items for c in x.chars)
    chars = torch.zeros(len(items), t, nc, dtype=torch.long)
    tags = torch.zeros(len(items), t, dtype=torch.long)
    idx: list[int] = []
    off: list[int] = []
    for bi, x in enumerate(items):
        tags[bi, : len(x.labels)] = torch.tensor(x.labels)
        for ti, cs in enumerate(x.chars):
            chars[bi, ti, : len(cs)] = torch.tensor(cs)
    for x in items:
        for fs in x.feats:
            off.append(len(idx))
            idx.extend(fs)
        off.extend([len(idx)] * (t - len(x.feats)))
    feat_idx = torch.tensor(idx, dtype=torch.long)
    weights = None
    if train and feat_drop > 0:
        weights = (torch.rand(len(idx)) >= feat_drop).float()
    mask = torch.arange(t).unsqueeze(0) < lengths.unsqueeze(1)
    return feat_idx, torch.tensor(off), weights, chars, lengths, tags, mask


def train_network(
    data: Sequence[Encoded],
    vocab: Vocab,
    cfg: Config,
    log: bool = True,
    on_epoch: Callable[[int, Network], None] | None = None,
) -> Network:
    """Adam, mini-batches of similar lengths, ``cfg.epochs`` passes (deterministic for a
    seed and thread count)."""
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    net = Network(len(vocab.feats) + 1, len(vocab.chars) + 2, len(vocab.labels), cfg)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    order = sorted(range(len(data)), key=lambda i: len(data[i].labels))
    batches = [order[i : i + cfg.batch] for i in range(0, len(order), cfg.batch)]
    for ep in range(cfg.epochs):
        net.train()
        rng.shuffle(batches)
        t0, total = time.perf_counter(), 0.0
        for bidx in batches:
            fi, fo, fw, ch, ln, tags, mask = _batch([data[i] for i in bidx], 0, cfg.feat_drop, True)
            em = net(fi, fo, fw, ch, ln)
            if cfg.output == "crf":
                loss = (net.log_partition(em, mask) - net.gold_score(em, tags, mask, ln)).sum()
            else:
                loss = nn.functional.cross_entropy(em[mask], tags[mask], reduction="sum")
            opt.zero_grad()
            (loss / len(bidx)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        if log:
            print(f"epoch {ep + 1}/{cfg.epochs} loss {total / len(data):.3f} "
                  f"({time.perf_counter() - t0:.0f} s)", flush=True)  # fmt: skip
        if on_epoch:
            on_epoch(ep + 1, net)
    return net


def marginals(net: Network, data: Sequence[Encoded], batch: int = 64) -> list[np.ndarray]:
    """Per sentence, ``(tokens, labels)`` label probabilities: softmax of the emissions,
    or the CRF layer's posterior marginals (the gradient of log Z by the emissions)."""
    net.eval()
    out: list[np.ndarray] = []
    for i in range(0, len(data), batch):
        items = data[i : i + batch]
        fi, fo, fw, ch, ln, _, mask = _batch(items, 0, 0.0, False)
        if net.cfg.output == "crf":
            with torch.no_grad():
                em = net(fi, fo, fw, ch, ln)
            em = em.detach().requires_grad_(True)
            logz = net.log_partition(em, mask).sum()
            (grad,) = torch.autograd.grad(logz, em)
            probs = grad
        else:
            with torch.no_grad():
                probs = torch.softmax(net(fi, fo, fw, ch, ln), dim=-1)
        for k, x in enumerate(items):
            out.append(probs[k, : len(x.labels)].detach().numpy().astype(np.float64))
    return out


def allowed_transitions(labels: Sequence[str]) -> np.ndarray:
    """``ok[i, j]``: label j may follow label i in BIO (I-X only after B-X or I-X)."""
    n = len(labels)
    ok = np.ones((n, n), dtype=bool)
    for j, lj in enumerate(labels):
        if lj.startswith("I-"):
            for i, li in enumerate(labels):
                ok[i, j] = li[2:] == lj[2:] and li[:2] in ("B-", "I-")
    return ok


def viterbi(
    scores: np.ndarray, labels: Sequence[str], trans: np.ndarray | None = None
) -> list[str]:
    """Best BIO-valid label sequence under per-token ``scores`` (log-probabilities) plus
    optional transition scores."""
    ok = allowed_transitions(labels)
    pen = np.where(ok, 0.0, -1e9) + (trans if trans is not None else 0.0)
    start_ok = np.array([0.0 if not x.startswith("I-") else -1e9 for x in labels])
    best = start_ok + scores[0]
    back = []
    for t in range(1, len(scores)):
        cand = best[:, None] + pen
        back.append(cand.argmax(0))
        best = cand.max(0) + scores[t]
    path = [int(best.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return [labels[i] for i in reversed(path)]


def save(net: Network, vocab: Vocab, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(
        {"state": net.state_dict(), "vocab": vocab.to_json(), "config": net.cfg.__dict__}, path
    )


def load(path: Path) -> tuple[Network, Vocab]:
    doc = torch.load(path, weights_only=False)
    vocab = Vocab.from_json(doc["vocab"])
    cfg = Config(**doc["config"])
    net = Network(len(vocab.feats) + 1, len(vocab.chars) + 2, len(vocab.labels), cfg)
    net.load_state_dict(doc["state"])
    net.eval()
    return net, vocab


def config_json(cfg: Config) -> str:
    return json.dumps(cfg.__dict__, sort_keys=True)
