"""The language stage of ``ccqa score``: readability, adaptation-rule findings and the two-options result."""

from __future__ import annotations

import logging
from pathlib import Path

from ..config import LanguageConfig
from ..schema import Readability, RedactedInteraction
from . import nlp, readability
from .context import LanguageContext, TurnView
from .options.detector import TwoOptionsDetector
from .rules import RuleSet

log = logging.getLogger(__name__)
WRITTEN = ("chat", "email")


class LanguageStage:
    """Parses each redacted turn once and shares the parse between readability, rules and the detector."""

    def __init__(self, cfg: LanguageConfig, config_dir: Path):
        self.cfg = cfg
        self.config_dir = Path(config_dir)

    @classmethod
    def from_config(cls, cfg: LanguageConfig, config_dir: Path) -> "LanguageStage":
        return cls(cfg, config_dir)

    def load(self) -> "LanguageStage":
        if not hasattr(self, "rules_"):
            self.rules_ = RuleSet.from_folder(self.config_dir / self.cfg.rules_dir)
            self.options_ = TwoOptionsDetector((self.config_dir / self.cfg.options_model_dir).resolve(),
                                               self.config_dir / "two_options.yaml").load()
            nlp.load(self.cfg.spacy_model)
            log.info("language stage loaded: %d rules, two-options model %s", len(self.rules_.rules),
                     self.options_.model_dir)
        return self

    def split_over(self, channel: str) -> int:
        """Spoken run-ons are cut at clause boundaries; written text keeps the parser's sentences."""
        return 10_000 if channel in WRITTEN else self.cfg.split_over

    def context(self, record: RedactedInteraction, docs: list) -> LanguageContext:
        split = self.split_over(record.channel.value)
        turns = tuple(TurnView(t.index, t.speaker.value, t.text, d, tuple(nlp.sentences(d, split)))
                      for t, d in zip(record.turns, docs))
        sides = {}
        for side in ("agent", "customer"):
            texts = [tv.sentence_text(s) for tv in turns if tv.speaker == side for s in tv.sentences]
            sides[side] = readability.score(texts, self.cfg.smog_min_sentences) if texts else None
        return LanguageContext(record, turns, Readability(**sides))

    def transform(self, records: list[RedactedInteraction]) -> list[RedactedInteraction]:
        self.load()
        texts = [t.text for r in records for t in r.turns]
        docs = list(nlp.parse(texts, self.cfg.spacy_model, self.cfg.batch_size))
        out, k = [], 0
        for rec in records:
            ctx = self.context(rec, docs[k:k + len(rec.turns)])
            k += len(rec.turns)
            findings = self.rules_.evaluate(ctx)
            options = self.options_.detect(list(ctx.by("agent")))
            out.append(rec.model_copy(update={"readability": ctx.readability, "findings": findings,
                                              "two_options": options}))
        return out
