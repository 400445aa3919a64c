"""Interaction-level features for the complexity head, from the shared turn embeddings."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .encoder import SentenceEncoder

Turns = Sequence[tuple[str, str]]  # (speaker, text)


def pool(embeddings: np.ndarray, speakers: Sequence[str], words: int) -> np.ndarray:
    """[mean of all turns, max of all turns, mean of customer turns, size features]."""
    customer = embeddings[[s == "customer" for s in speakers]]
    cust_mean = customer.mean(0) if len(customer) else embeddings.mean(0)
    size = np.array([np.log1p(len(speakers)) / 3.0, np.log1p(words) / 7.0], dtype=np.float32)
    return np.concatenate([embeddings.mean(0), embeddings.max(0), cust_mean, size]).astype(np.float32)


class InteractionEncoder(TransformerMixin, BaseEstimator):
    """Interactions (lists of (speaker, text) turns) → pooled feature vectors.

    Each turn goes through :class:`SentenceEncoder`, so turn embeddings are shared with the sentiment
    head and computed once per run.
    """

    def __init__(self, model_dir: str | None = None, batch_size: int = 32, max_length: int = 256,
                 torch_threads: int | None = None):
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.max_length = max_length
        self.torch_threads = torch_threads

    def _encoder(self) -> SentenceEncoder:
        if not hasattr(self, "encoder_"):
            self.encoder_ = SentenceEncoder(self.model_dir, self.batch_size, self.max_length,
                                            self.torch_threads).fit(None)
        return self.encoder_

    def fit(self, X, y=None):
        self._encoder()
        return self

    @staticmethod
    def as_turns(X) -> list[list[tuple[str, str]]]:
        """Accept (speaker, text) pairs, {"speaker", "text"} dicts, or a DataFrame with a ``turns`` column."""
        if hasattr(X, "iloc"):
            X = list(X["turns"])
        return [[(t["speaker"], t["text"]) if isinstance(t, dict) else (t[0], t[1]) for t in turns] for turns in X]

    def turn_embeddings(self, X) -> list[np.ndarray]:
        X = self.as_turns(X)
        enc = self._encoder()
        flat = [text for turns in X for _, text in turns]
        matrix = enc.transform(flat)
        out, k = [], 0
        for turns in X:
            out.append(matrix[k:k + len(turns)])
            k += len(turns)
        return out

    def transform(self, X) -> np.ndarray:
        X = self.as_turns(X)
        rows = []
        for turns, emb in zip(X, self.turn_embeddings(X)):
            rows.append(pool(emb, [s for s, _ in turns], sum(len(t.split()) for _, t in turns)))
        return np.vstack(rows)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("encoder_", None)
        return state
