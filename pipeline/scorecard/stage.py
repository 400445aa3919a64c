"""The scorecard stage: every redacted interaction gets a :class:`~pipeline.schema.Scorecard` and risk flags.

Each turn is parsed once per interaction with the configured spaCy model; the docs are shared by
every event and item detector. Records in are already redacted; nothing here logs text, only counts.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..language import nlp as nlp_mod
from ..language.context import TurnView
from ..schema import RedactedInteraction
from .context import ScoreContext
from .engine import ScorecardEngine
from .spec import load_spec

if TYPE_CHECKING:
    from ..config import ScorecardConfig

log = logging.getLogger(__name__)


class ScorecardStage:
    """``from_config(cfg, config_dir).load()`` then ``transform(records) -> records`` (new records, never mutated)."""

    def __init__(self, path: Path, spacy_model: str = nlp_mod.DEFAULT_MODEL, batch_size: int = 64,
                 split_over: int = 25):
        self.path, self.spacy_model, self.batch_size, self.split_over = Path(path), spacy_model, batch_size, split_over

    @classmethod
    def from_config(cls, cfg: "ScorecardConfig", config_dir: Path) -> "ScorecardStage":
        return cls(Path(config_dir) / cfg.path, cfg.spacy_model, cfg.batch_size)

    def load(self) -> "ScorecardStage":
        self.spec_, events, items = load_spec(self.path)
        self.nlp_ = nlp_mod.load(self.spacy_model)
        self.engine_ = ScorecardEngine(self.spec_, events, items).load(self.nlp_)
        return self

    def contexts(self, records: list[RedactedInteraction]) -> list[ScoreContext]:
        """Parse every turn of a batch once; one context per record."""
        texts = [t.text for r in records for t in r.turns]
        docs = iter(nlp_mod.parse(texts, self.spacy_model, self.batch_size))  # shared with the language stage
        out = []
        for record in records:
            views = []
            for turn in record.turns:
                doc = next(docs)
                views.append(TurnView(turn.index, turn.speaker.value, turn.text, doc,
                                      tuple(nlp_mod.sentences(doc, self.split_over))))
            out.append(ScoreContext(record, tuple(views)))
        return out

    def transform(self, records: Iterable[RedactedInteraction]) -> list[RedactedInteraction]:
        records = list(records)
        out = []
        bands: Counter[str] = Counter()
        for ctx in self.contexts(records):
            scorecard, flags = self.engine_.score(ctx)
            bands[scorecard.band] += 1
            out.append(ctx.record.model_copy(update={"scorecard": scorecard, "risk_flags": flags}))
        log.info("scored %d interactions against %s: %s", len(out), self.spec_.scorecard_id, dict(bands))
        return out
