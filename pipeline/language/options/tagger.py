"""A span tagger for the two-options model: which word pieces are an option, which a merit, which neither.

Segments cannot see "X – it helps you plan – or Y, which doesn't commit you" as two options each with a merit,
because it is one sentence. The tagger works below the segment: a small bidirectional LSTM reads the encoder's
contextual word-piece states and, trained on the gold option and merit spans, scores every piece as *other*,
*option* or *merit*; a second output, pooled over the text, scores it as [present, merits_explained] (training
on both at once helps the tags). :func:`regions` groups the pieces into option regions (an option and what
follows it up to the next option) and :func:`span_features` says how many options, merits and regions with a
merit there are — the structure the standard asks for.
The LSTM's weights are kept as plain arrays (``weights_``), so skops saves them without pickle.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Sequence

import numpy as np
from sklearn.base import BaseEstimator

OTHER, OPTION, MERIT = 0, 1, 2
N_SPAN_FEATURES = 15


class Pieces(NamedTuple):
    """One text's word pieces: character offsets (n, 2) and contextual states (n, d)."""

    offsets: np.ndarray
    states: np.ndarray


def piece_labels(offsets: np.ndarray, option_spans: Sequence[tuple[int, int]],
                 merit_spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Gold class per piece: a piece whose middle lies inside a span takes that span's class."""
    mid = offsets.mean(axis=1) if len(offsets) else np.zeros(0)
    out = np.full(len(offsets), OTHER, dtype=int)
    for cls, spans in ((OPTION, option_spans), (MERIT, merit_spans)):
        for a, b in spans:
            out[(mid >= a) & (mid < b)] = cls
    return out


def _network(d: int, hidden: int, dropout: float):
    import torch

    class Tagger(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = torch.nn.Dropout(dropout)
            self.rnn = torch.nn.LSTM(d, hidden, batch_first=True, bidirectional=True)
            self.tags = torch.nn.Linear(2 * hidden, 3)
            self.text = torch.nn.Linear(4 * hidden, 2)

        def forward(self, x, mask):
            h = self.drop(self.rnn(self.drop(x))[0])
            m = mask[..., None].to(h.dtype)
            mean = (h * m).sum(1) / m.sum(1).clamp(min=1)
            top = h.masked_fill(~mask[..., None], -1e4).max(1).values
            return self.tags(h), self.text(torch.cat([mean, top], -1))

    return Tagger()


class SpanTagger(BaseEstimator):
    """Word pieces → per piece P(other, option, merit), and per text P(present), P(merits explained)."""

    def __init__(self, hidden: int = 128, epochs: int = 20, batch_size: int = 16, lr: float = 2e-3,
                 dropout: float = 0.2, text_weight: float = 1.0, seed: int = 13):
        self.hidden = hidden
        self.epochs = epochs
        self.batch_size = batch_size
        self.lr = lr
        self.dropout = dropout
        self.text_weight = text_weight
        self.seed = seed

    @staticmethod
    def _batch(pieces: list[Pieces], labels: list[np.ndarray] | None = None):
        import torch

        n = max(max((len(p.offsets) for p in pieces), default=1), 1)
        X = torch.zeros(len(pieces), n, pieces[0].states.shape[1] if pieces else 1)
        Y = torch.full((len(pieces), n), -100, dtype=torch.long)
        for j, p in enumerate(pieces):
            k = len(p.offsets)
            X[j, :k] = torch.from_numpy(np.asarray(p.states, dtype=np.float32))
            Y[j, :k] = torch.from_numpy(labels[j]) if labels is not None else 0
        return X, Y

    def _batches(self, lengths: np.ndarray, rng: np.random.Generator) -> list[np.ndarray]:
        """Shuffled batches of texts of similar length (sorted within pools of 32 batches), so little is padding."""
        order, pool, out = rng.permutation(len(lengths)), 32 * self.batch_size, []
        for s in range(0, len(order), pool):
            chunk = order[s:s + pool]
            chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
            out += np.array_split(chunk, max(len(chunk) // self.batch_size, 1))
        return [out[i] for i in rng.permutation(len(out))]

    def fit(self, pieces: list[Pieces], labels: list[np.ndarray], y_text: np.ndarray):
        """``labels``: per text, the class of each piece; ``y_text``: (n, 2) [present, merits_explained]."""
        import torch

        torch.manual_seed(self.seed)
        rng = np.random.default_rng(self.seed)
        self.n_features_in_ = int(pieces[0].states.shape[1])
        net = _network(self.n_features_in_, self.hidden, self.dropout)
        opt = torch.optim.AdamW(net.parameters(), lr=self.lr, weight_decay=1e-2)
        counts = np.bincount(np.concatenate(labels), minlength=3).astype(float)
        weight = torch.tensor(counts.sum() / (3 * np.maximum(counts, 1)), dtype=torch.float32)
        tag_loss = torch.nn.CrossEntropyLoss(weight=weight, ignore_index=-100)
        y_text = torch.tensor(np.asarray(y_text, dtype=np.float32))
        lengths = np.array([len(p.offsets) for p in pieces])
        for _ in range(self.epochs):
            net.train()
            for b in self._batches(lengths, rng):
                X, Y = self._batch([pieces[i] for i in b], [labels[i] for i in b])
                opt.zero_grad()
                tags, text = net(X, Y >= 0)
                loss = tag_loss(tags.reshape(-1, 3), Y.reshape(-1)) + self.text_weight * \
                    torch.nn.functional.binary_cross_entropy_with_logits(text, y_text[b])
                loss.backward()
                opt.step()
        self.weights_ = {k: v.detach().cpu().numpy().copy() for k, v in net.state_dict().items()}
        self._net = net.eval()
        return self

    def _module(self):
        if getattr(self, "_net", None) is None:
            import torch

            net = _network(self.n_features_in_, self.hidden, self.dropout)
            net.load_state_dict({k: torch.from_numpy(np.asarray(v)) for k, v in self.weights_.items()})
            self._net = net.eval()
        return self._net

    def predict_proba(self, pieces: list[Pieces]) -> tuple[list[np.ndarray], np.ndarray]:
        """Per text, (n_pieces, 3) probabilities (other, option, merit); and (n, 2) text probabilities."""
        import torch

        net, tags, text = self._module(), [], np.zeros((len(pieces), 2))
        with torch.inference_mode():
            for i, p in enumerate(pieces):
                if not len(p.offsets):
                    tags.append(np.zeros((0, 3)))
                    continue
                X, Y = self._batch([p])
                t, x = net(X, Y >= 0)
                tags.append(torch.softmax(t[0], -1).numpy())
                text[i] = torch.sigmoid(x[0]).numpy()
        return tags, text

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_net", None)  # rebuilt from weights_ on first use
        return state


def runs(mask: np.ndarray, gap: int = 1, min_len: int = 2) -> list[tuple[int, int]]:
    """Maximal runs of True (bridging gaps of up to ``gap`` pieces), at least ``min_len`` long: [(start, end)]."""
    out: list[list[int]] = []
    for i in np.flatnonzero(mask):
        if out and i - out[-1][1] <= gap:
            out[-1][1] = i + 1
        else:
            out.append([int(i), int(i) + 1])
    return [(a, b) for a, b in out if b - a >= min_len]


def regions(p: np.ndarray, threshold: float = 0.5) -> tuple[list[tuple[int, int]], list[float]]:
    """Option runs, and per run the strongest merit score in its region (the run up to the next run's start;
    pieces before the first run belong to the first)."""
    opt = runs(p[:, OPTION] >= threshold, gap=0, min_len=1) if len(p) else []
    merit = []
    for k, (a, _) in enumerate(opt):
        lo = 0 if k == 0 else a
        hi = opt[k + 1][0] if k + 1 < len(opt) else len(p)
        merit.append(float(p[lo:hi, MERIT].max()) if hi > lo else 0.0)
    return opt, merit


def span_features(p: np.ndarray, text: Sequence[float] = (0.0, 0.0)) -> np.ndarray:
    """Fixed-length summary of one text's piece probabilities (and the tagger's own two text scores) for the
    text heads: how many option and merit spans, how sure, and how many option regions hold a merit."""
    if not len(p):
        return np.r_[np.zeros(N_SPAN_FEATURES - 2), text].astype(np.float32)
    opt, merit = regions(p)
    strengths = sorted((float(p[a:b, OPTION].max()) for a, b in opt), reverse=True)
    merits = sorted((float(p[a:b, MERIT].max()) for a, b in runs(p[:, MERIT] >= 0.3, gap=1, min_len=1)), reverse=True)
    merit_sorted = sorted(merit, reverse=True)

    def nth(a: list[float], i: int) -> float:
        return a[i] if len(a) > i else 0.0

    return np.array([min(len(opt), 4) / 4, nth(strengths, 0), nth(strengths, 1), nth(strengths, 2),
                     nth(merit_sorted, 0), nth(merit_sorted, 1), min(sum(m >= 0.5 for m in merit), 3) / 3,
                     min(sum(m >= 0.5 for m in merits), 4) / 4, nth(merits, 0), nth(merits, 1), nth(merits, 2),
                     min(float(p[:, MERIT].sum()) / 40, 1.0), min(float(p[:, OPTION].sum()) / 40, 1.0), *text],
                    dtype=np.float32)
