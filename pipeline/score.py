"""``ccqa score``: ingest → redact → classify → language → scorecard → write ``interactions.jsonl``,
``quarantine.jsonl`` and ``run.json``; then the feedback files and, when tracked, an MLflow run (``pipeline.feedback``)."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from . import __version__
from .config import CCQAConfig, config_hash
from .ingest import Ingested, discover, read_inputs
from .redact.engine import Redactor
from .schema import Interaction, RedactedInteraction, RunSummary, SourceRef

if TYPE_CHECKING:
    from .feedback import Published

log = logging.getLogger(__name__)
T = TypeVar("T")

INTERACTIONS = "interactions.jsonl"
QUARANTINE = "quarantine.jsonl"
RUN = "run.json"


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Stages:
    """Every stage after ingest, loaded once: redact → classify → language → scorecard (as configured)."""

    def __init__(self, cfg: CCQAConfig, config_dir: Path, redactor: Redactor | None = None):
        self.cfg, self.config_dir = cfg, config_dir
        self.redactor = redactor or Redactor.from_config(cfg.redaction, config_dir)
        self.redactor.validate()
        self.classifier = self.language = self.scorecard = None
        if cfg.classify.enabled:
            from .classify.stage import Classifier

            self.classifier = Classifier.from_config(cfg.classify, config_dir).load()
        if cfg.language.enabled:
            from .language.stage import LanguageStage

            self.language = LanguageStage.from_config(cfg.language, config_dir).load()
        if getattr(cfg, "scorecard", None) is not None and cfg.scorecard.enabled:
            from .scorecard.stage import ScorecardStage

            self.scorecard = ScorecardStage.from_config(cfg.scorecard, config_dir).load()

    def process(self, batch: list[tuple[Interaction, SourceRef]]) -> list[RedactedInteraction]:
        """Redact first; every later stage sees redacted text only."""
        records = self.redactor.transform(batch)
        for stage in (self.classifier, self.language, self.scorecard):
            if stage is not None:
                records = stage.transform(records)
        return records


def score(inputs: list[Path], out_dir: Path, cfg: CCQAConfig, config_dir: Path, fmt: str | None = None,
          redactor: Redactor | None = None, progress: Callable[[int, int], None] | None = None,
          tracking: bool = False, previous: Path | None = None) -> RunSummary:
    """Score every input record; each is written to the output or to quarantine, never dropped."""
    return score_and_publish(inputs, out_dir, cfg, config_dir, fmt, redactor, progress, tracking, previous)[0]


def score_and_publish(inputs: list[Path], out_dir: Path, cfg: CCQAConfig, config_dir: Path, fmt: str | None = None,
                      redactor: Redactor | None = None, progress: Callable[[int, int], None] | None = None,
                      tracking: bool = False, previous: Path | None = None) -> tuple[RunSummary, "Published | None"]:
    """:func:`score`, then the feedback files (``cfg.feedback.enabled``) and, with ``tracking``, an MLflow run."""
    started, clock = datetime.now(timezone.utc), time.perf_counter()
    files = discover(inputs, fmt)
    input_files, stream = read_inputs(files, cfg.ingest)
    items: list[Ingested] = list(stream)
    stages = Stages(cfg, config_dir, redactor)
    out_dir.mkdir(parents=True, exist_ok=True)
    good = [(i.interaction, i.source) for i in items if i.interaction is not None]
    bad = [i.quarantine for i in items if i.quarantine is not None]
    log.info("read %d records from %d file(s): %d valid, %d quarantined", len(items), len(files), len(good), len(bad))

    pii: Counter[str] = Counter()
    with (out_dir / QUARANTINE).open("w", encoding="utf-8") as qfile:
        for record in bad:
            qfile.write(record.model_dump_json(exclude_none=True) + "\n")
    done, scored = 0, []
    tmp = out_dir / (INTERACTIONS + ".part")
    with tmp.open("w", encoding="utf-8") as ofile:
        for batch in _batches(good, cfg.redaction.batch_size):
            records = stages.process(batch)
            for record in records:
                scored.append(record)
                pii.update(record.pii_counts)
                ofile.write(record.model_dump_json(exclude_none=True) + "\n")
            done += len(batch)
            if progress:
                progress(done, len(good))
    tmp.replace(out_dir / INTERACTIONS)
    summary = RunSummary(
        ccqa_version=__version__, read=len(items), scored=len(good), quarantined=len(bad),
        quarantined_by_code=dict(sorted(Counter(r.code for r in bad).items())),
        pii_counts=dict(sorted(pii.items())), inputs=tuple(input_files), config_hash=config_hash(config_dir),
        started_at=started, seconds=round(time.perf_counter() - clock, 3))
    (out_dir / RUN).write_text(summary.model_dump_json(indent=2) + "\n", encoding="utf-8")
    published = None
    if getattr(cfg, "feedback", None) is not None and cfg.feedback.enabled:
        from .feedback import publish

        published = publish(out_dir, scored, summary, cfg, config_dir, tracking=tracking, previous=previous,
                            stages=stages)
    return summary, published
