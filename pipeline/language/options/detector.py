"""Two-options result for an interaction: the trained model scored on every agent turn, with evidence."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ...classify import persist
from ...errors import ModelLoadError
from ...schema import Evidence, OptionSpan, TwoOptions
from ..context import TurnView
from .cues import DEFAULT_CUES, load_spec

log = logging.getLogger(__name__)
NAME = "ccqa.two_options.v1"


class TwoOptionsDetector:
    """Loads the saved :class:`~pipeline.language.options.model.TwoOptionsModel` once; scores agent turns."""

    def __init__(self, model_dir: Path, cues_file: Path = DEFAULT_CUES):
        self.model_dir = Path(model_dir)
        self.cues_file = Path(cues_file)

    def load(self) -> "TwoOptionsDetector":
        if not hasattr(self, "model_"):
            if not (self.model_dir / persist.MODEL_FILE).is_file():
                raise ModelLoadError(f"no two-options model at '{self.model_dir}'; train it with "
                                     "`ccqa train-options` (or `dvc repro train_options`)")
            self.model_ = persist.load(self.model_dir)
            card = persist.read_card(self.model_dir)
            if self.cues_file.is_file() and card.get("cues_sha") and card["cues_sha"] != load_spec(self.cues_file).digest():
                log.warning("%s differs from the cues the two-options model was trained with; the model keeps using "
                            "its own copy until you retrain with `ccqa train-options`", self.cues_file)
            self.version_ = card.get("code_version", "unknown")
        return self

    def detect(self, agent_turns: list[TurnView]) -> TwoOptions:
        """The turn most likely to set out options decides; its option and merit segments are the evidence."""
        self.load()
        if not agent_turns:
            return TwoOptions(present=False, merits_explained=False, decided_by=NAME)
        model = self.model_
        items = model.analyse([t.doc for t in agent_turns])
        probs, p_opt, p_mer = model.score_items(items)
        best = int(np.argmax(probs[:, 0]))
        present = bool(probs[best, 0] >= 0.5)
        merits = present and bool(probs[best, 1] >= 0.5)
        turn, item = agent_turns[best], items[best]
        options: list[OptionSpan] = []
        evidence: list[Evidence] = []
        if present:
            order = np.argsort(-p_opt[best])
            chosen = sorted(int(i) for i in order[:max(2, int((p_opt[best] >= model.option_threshold).sum()))])
            for i in chosen:
                a, b = _trim(turn.text, item.segments[i].start_char, item.segments[i].end_char)
                if b > a:
                    options.append(OptionSpan(turn=turn.index, start=a, end=b))
                    evidence.append(turn.evidence(a, b))
            if merits:
                for i in np.flatnonzero(p_mer[best] >= 0.5):
                    a, b = _trim(turn.text, item.segments[int(i)].start_char, item.segments[int(i)].end_char)
                    if b > a and all(e.start != a for e in evidence):
                        evidence.append(turn.evidence(a, b))
        return TwoOptions(present=present, merits_explained=merits,
                          probability_present=round(float(probs[best, 0]), 4),
                          probability_merits=round(float(probs[best, 1]), 4), options=tuple(options),
                          evidence=tuple(sorted(evidence, key=lambda e: e.start)), decided_by=f"{NAME} ({self.version_})")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:-–•*"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-–"):
        b -= 1
    return a, b
