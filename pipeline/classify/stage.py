"""The classification stage of ``ccqa score``: sentiment per turn and interaction, complexity with drivers."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ..config import ClassifyConfig
from ..schema import Complexity, InteractionSentiment, RedactedInteraction, Sentiment
from . import persist
from .encoder import SentenceEncoder
from .features import pool

log = logging.getLogger(__name__)
ORDINAL = {"simple": 0.0, "moderate": 1.0, "complex": 2.0}


def _sentiment(probs: np.ndarray, classes: list[str]) -> Sentiment:
    return Sentiment(label=classes[int(np.argmax(probs))],
                     probabilities={c: round(float(p), 4) for c, p in zip(classes, probs)})


def summarise(turn_probs: np.ndarray, speakers: list[str], classes: list[str]) -> InteractionSentiment:
    """Customer start (first customer turn, or first two when there are four or more), end (the same from the
    end) and overall; lift = end − start polarity."""
    customer = [i for i, s in enumerate(speakers) if s == "customer"]
    rows = customer or list(range(len(speakers)))
    overall = _sentiment(turn_probs[rows].mean(0), classes)
    if not customer:
        return InteractionSentiment(overall=overall)
    width = 2 if len(customer) >= 4 else 1  # never let start and end overlap when there are two or more
    start, end = turn_probs[customer[:width]].mean(0), turn_probs[customer[-width:]].mean(0)
    pos, neg = classes.index("positive"), classes.index("negative")
    lift = float((end[pos] - end[neg]) - (start[pos] - start[neg]))
    return InteractionSentiment(customer_start=_sentiment(start, classes), customer_end=_sentiment(end, classes),
                                overall=overall, lift=round(lift, 4))


class Classifier:
    """Loads the sentiment and complexity pipelines once; encodes each turn once for both heads."""

    def __init__(self, models_dir: Path, drivers: int = 3):
        self.models_dir = Path(models_dir)
        self.drivers = drivers
        self._loaded = False

    @classmethod
    def from_config(cls, cfg: ClassifyConfig, config_dir: Path) -> "Classifier":
        return cls((config_dir / cfg.models_dir).resolve(), cfg.drivers)

    def load(self) -> "Classifier":
        if not self._loaded:
            self.sentiment_ = persist.load(self.models_dir / "sentiment")
            self.complexity_ = persist.load(self.models_dir / "complexity")
            enc = self.sentiment_.named_steps["features"]
            cx = self.complexity_.named_steps["features"]
            same = (enc.model_dir, enc.max_length) == (cx.model_dir, cx.max_length)
            self.encoder_ = SentenceEncoder(enc.model_dir, enc.batch_size, enc.max_length, enc.torch_threads).fit(None)
            self.shared_ = same
            self.versions_ = {task: persist.read_card(self.models_dir / task).get("code_version", "unknown")
                              for task in ("sentiment", "complexity")}
            self._loaded = True
            log.info("classifiers loaded from %s (shared turn embeddings: %s)", self.models_dir, same)
        return self

    def transform(self, records: list[RedactedInteraction]) -> list[RedactedInteraction]:
        """New records with ``turns[i].sentiment``, ``sentiment`` and ``complexity`` (redacted text only)."""
        self.load()
        texts = [t.text for r in records for t in r.turns]
        emb = self.encoder_.transform(texts) if texts else np.zeros((0, 1), dtype=np.float32)
        s_head, c_head = self.sentiment_.named_steps["head"], self.complexity_.named_steps["head"]
        s_classes, c_classes = list(s_head.classes_), list(c_head.classes_)
        s_probs = s_head.predict_proba(emb) if texts else emb
        out, k = [], 0
        for rec in records:
            n = len(rec.turns)
            e, p = emb[k:k + n], s_probs[k:k + n]
            k += n
            speakers = [t.speaker.value for t in rec.turns]
            words = [len(t.text.split()) for t in rec.turns]
            if self.shared_:
                feats = pool(e, speakers, sum(words))[None, :]
            else:
                feats = self.complexity_.named_steps["features"].transform([[(s, t.text) for s, t in zip(speakers, rec.turns)]])
            c_prob = c_head.predict_proba(feats)[0]
            complexity = Complexity(label=c_classes[int(np.argmax(c_prob))],
                                    probabilities={c: round(float(x), 4) for c, x in zip(c_classes, c_prob)},
                                    drivers=self._drivers(e, speakers, words, c_head, c_classes, c_prob))
            turns = tuple(t.model_copy(update={"sentiment": _sentiment(p[i], s_classes)}) for i, t in enumerate(rec.turns))
            out.append(rec.model_copy(update={"turns": turns, "sentiment": summarise(p, speakers, s_classes),
                                              "complexity": complexity}))
        return out

    def _drivers(self, e, speakers, words, head, classes, prob) -> tuple[int, ...]:
        """Turns whose removal lowers the expected complexity most (leave-one-out on pooled features)."""
        if self.drivers == 0 or len(speakers) < 2 or not self.shared_:
            return ()
        weights = np.array([ORDINAL[c] for c in classes])
        base = float(prob @ weights)
        rows = []
        for i in range(len(speakers)):
            keep = [j for j in range(len(speakers)) if j != i]
            rows.append(pool(e[keep], [speakers[j] for j in keep], sum(words) - words[i]))
        drops = base - head.predict_proba(np.vstack(rows)) @ weights
        order = [int(i) for i in np.argsort(-drops) if drops[i] > 0]
        return tuple(sorted(order[: self.drivers]))
