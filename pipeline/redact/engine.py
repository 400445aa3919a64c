"""The redaction stage: Presidio analyzer + anonymizer built from ``configs/presidio/``."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..config import RedactionConfig, load_config
from ..errors import ModelLoadError
from ..schema import PIISpan, RedactedInteraction, RedactedTurn
from .operators import OperatorsFile, Pseudonymiser, load_operators, operator_configs
from .recognizers.person_cues import PersonCueRecognizer
from .registry import RecognizersFile, load_recognizers
from .repeats import find_repeats

log = logging.getLogger(__name__)


def build_nlp_engine(nlp_file: Path, disable: Sequence[str] = ()):
    """Presidio NLP engine from its YAML (the small spaCy model from a pip package, never downloaded)."""
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    try:
        engine = NlpEngineProvider(conf_file=str(nlp_file)).create_engine()
    except OSError as err:
        raise ModelLoadError(f"could not load the spaCy model named in {nlp_file}: {err}. Install the pinned "
                             "model package (pip install -e .) — models are never downloaded at run time") from err
    for nlp in getattr(engine, "nlp", {}).values():
        for pipe in disable:
            if pipe in nlp.pipe_names:
                nlp.disable_pipe(pipe)
    return engine


class Redactor:
    """Finds and replaces PII in every turn; the output keeps spans and counts, never values.

    Build with :meth:`from_config`; the analyzer is created on first use, once per process.
    """

    def __init__(self, presidio_dir: Path, pseudonymise: bool = False, batch_size: int = 64,
                 disable_pipes: Sequence[str] = ("parser",)):
        self.presidio_dir = Path(presidio_dir)
        self.pseudonymise = pseudonymise
        self.batch_size = batch_size
        self.disable_pipes = tuple(disable_pipes)
        self._analyzer = None
        self._anonymizer = None
        self.spec_: RecognizersFile | None = None
        self.operators_: OperatorsFile | None = None
        self.name_cues_: PersonCueRecognizer | None = None
        self.gated_: list = []

    @classmethod
    def from_config(cls, cfg: RedactionConfig, config_dir: Path) -> "Redactor":
        return cls(config_dir / cfg.presidio_dir, cfg.pseudonymise, cfg.batch_size)

    @classmethod
    def default(cls) -> "Redactor":
        cfg, folder = load_config()
        return cls.from_config(cfg.redaction, folder)

    def validate(self) -> None:
        """Parse and check every Presidio YAML without loading models (fails loudly)."""
        self.spec_, _ = load_recognizers(self.presidio_dir / "recognizers.yaml")
        self.operators_ = load_operators(self.presidio_dir / "operators.yaml")

    # -- lazy engines ------------------------------------------------------------------------------
    @property
    def analyzer(self):
        if self._analyzer is None:
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

            spec, recognizers = load_recognizers(self.presidio_dir / "recognizers.yaml")
            self.spec_ = spec
            self.operators_ = load_operators(self.presidio_dir / "operators.yaml")
            # Context-gated recognizers (every pattern scores below the threshold) cannot produce a result
            # without a context word, so they run only for turns where one is present (see analyze_turns).
            self.gated_ = [r for r in recognizers if _gated(r, spec.score_threshold)]
            always = [r for r in recognizers if not _gated(r, spec.score_threshold)]
            registry = RecognizerRegistry(recognizers=always, supported_languages=["en"])
            enhancer = LemmaContextAwareEnhancer(
                context_similarity_factor=spec.context.boost, min_score_with_context_similarity=0.4,
                context_prefix_count=spec.context.prefix_words, context_suffix_count=spec.context.suffix_words,
                context_matching_mode="whole_word")
            self._analyzer = AnalyzerEngine(
                registry=registry, nlp_engine=build_nlp_engine(self.presidio_dir / "nlp.yaml", self.disable_pipes),
                supported_languages=["en"], default_score_threshold=spec.score_threshold,
                context_aware_enhancer=enhancer)
            self.name_cues_ = next((r for r in recognizers if isinstance(r, PersonCueRecognizer)), None)
            log.info("redaction analyzer ready: %d recognizers", len(recognizers))
        return self._analyzer

    @property
    def anonymizer(self):
        if self._anonymizer is None:
            from presidio_anonymizer import AnonymizerEngine

            self._anonymizer = AnonymizerEngine()
        return self._anonymizer

    # -- analysis ----------------------------------------------------------------------------------
    def analyze_turns(self, turns: Sequence[Sequence[str]]) -> list[list[list[Any]]]:
        """Presidio results for each turn of each interaction (previous turn's lemmas as context)."""
        analyzer = self.analyzer
        flat = [text for texts in turns for text in texts]
        artifacts = [art for _, art in analyzer.nlp_engine.process_batch(flat, language="en",
                                                                          batch_size=self.batch_size)]
        use_prev = self.spec_.context.previous_turn
        out: list[list[list[Any]]] = []
        k = 0
        for texts in turns:
            per: list[list[Any]] = []
            prev, prev_text = None, ""
            history: list[Any] = []
            for text in texts:
                art = artifacts[k]
                context = _context_lemmas(history, self.spec_.context.short_turn_words) if use_prev else None
                present = {w.lower() for w in art.lemmas} | {w.lower() for w in (context or ())}
                active = [r for r in self.gated_ if any(c in present for c in r.context)]
                results = analyzer.analyze(text=text, language="en", nlp_artifacts=art, context=context,
                                           return_decision_process=True, ad_hoc_recognizers=active or None)
                if prev is not None and self.name_cues_ is not None and self.name_cues_.asks_for_name(prev_text):
                    results = results + self.name_cues_.analyze_answer(text, art)
                per.append(_resolve_overlaps(results))
                prev, prev_text = art, text
                history.append(art)
                k += 1
            if self.spec_.repeated_values:
                skip = self.name_cues_.ambiguous | self.name_cues_.not_names if self.name_cues_ else frozenset()
                extra = find_repeats(texts, per, skip)
                per = [_resolve_overlaps(res + more) if more else res for res, more in zip(per, extra)]
            out.append(per)
        return out

    def redact_text(self, text: str, results: list[Any], pseudonymiser: Pseudonymiser | None) -> tuple[str, list[PIISpan]]:
        """Anonymize one text; spans are offsets in the redacted text."""
        if not results:
            return text, []
        configs = operator_configs(self.operators_, {r.entity_type for r in results}, pseudonymiser)
        engine_result = self.anonymizer.anonymize(text=text, analyzer_results=results, operators=configs)
        items = sorted(engine_result.items, key=lambda item: item.start)
        ordered = sorted(results, key=lambda r: r.start)
        spans = []
        for item, res in zip(items, ordered):
            meta = res.recognition_metadata or {}
            spans.append(PIISpan(type=item.entity_type, start=item.start, end=item.end,
                                 recognizer=str(meta.get("recognizer_name", "unknown")),
                                 score=round(min(max(res.score, 0.0), 1.0), 3)))
        return engine_result.text, spans

    def transform(self, interactions: Iterable) -> list[RedactedInteraction]:
        """Redact a batch of :class:`~pipeline.schema.Interaction` (paired with their sources)."""
        batch = list(interactions)
        analyses = self.analyze_turns([[t.text for t in inter.turns] for inter, _ in batch])
        out = []
        for (inter, source), per_turn in zip(batch, analyses):
            pseudo = Pseudonymiser(self.operators_.pseudonym_template) if self.pseudonymise else None
            counts: Counter[str] = Counter()
            turns = []
            for index, (turn, results) in enumerate(zip(inter.turns, per_turn)):
                text, spans = self.redact_text(turn.text, results, pseudo)
                counts.update(s.type for s in spans)
                turns.append(RedactedTurn(index=index, speaker=turn.speaker, text=text, start_s=turn.start_s,
                                          end_s=turn.end_s, sent_at=turn.sent_at, pii=tuple(spans)))
            metadata = self._redact_metadata(inter.metadata, pseudo, counts)
            out.append(RedactedInteraction(interaction_id=inter.interaction_id, agent_id=inter.agent_id,
                                           channel=inter.channel, started_at=inter.started_at, turns=tuple(turns),
                                           metadata=metadata, pii_counts=dict(sorted(counts.items())),
                                           source=source))
        return out

    def _redact_metadata(self, metadata: dict, pseudo, counts: Counter) -> dict:
        """String values in metadata may hold PII too: they go through the same analyzer."""
        strings = [(k, v) for k, v in metadata.items() if isinstance(v, str) and v.strip()]
        if not strings:
            return dict(metadata)
        results = self.analyze_turns([[v for _, v in strings]])[0]
        clean = dict(metadata)
        for (key, value), res in zip(strings, results):
            clean[key], spans = self.redact_text(value, res, pseudo)
            counts.update(s.type for s in spans)
        return clean


def _context_lemmas(history: list[Any], short: int, most: int = 4) -> list[str] | None:
    """Lemmas of the previous turn, reaching further back over short turns ("go on", "mm hm", a bare
    fragment of a number) to the last turn with substance, at most ``most`` turns."""
    lemmas: list[str] = []
    for art in reversed(history[-most:]):
        lemmas.extend(art.lemmas)
        if len(art.tokens) >= short:
            break
    return lemmas or None


def _gated(recognizer, threshold: float) -> bool:
    """True when a recognizer only ever scores below ``threshold`` without a context word
    (pattern scores below it and no checksum that could lift a match to 1.0)."""
    from presidio_analyzer import PatternRecognizer

    inner = getattr(recognizer, "inner", recognizer)
    patterns = getattr(inner, "patterns", None)
    validates = getattr(type(inner), "validate_result", None) not in (None, PatternRecognizer.validate_result)
    return bool(patterns) and bool(inner.context) and not validates and max(p.score for p in patterns) < threshold


def _merge_same_type(results: list[Any]) -> list[Any]:
    """Union overlapping results of one entity type ("Anjali" from a cue + "Desai" from NER)."""
    merged: list[Any] = []
    for res in sorted(results, key=lambda r: (r.entity_type, r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == res.entity_type and res.start <= last.end:
            if res.end > last.end:
                last.end = res.end
            if res.score > last.score:
                last.score, last.recognition_metadata = res.score, res.recognition_metadata
            continue
        merged.append(res)
    return merged


def _resolve_overlaps(results: list[Any]) -> list[Any]:
    """Merge same-type overlaps, then keep one result per overlapping group: highest score, then
    checksum-validated, then longest."""
    results = _merge_same_type(results)
    chosen: list[Any] = []
    def checked(res) -> int:  # a checksum-validated match wins a tie
        return int(bool(res.analysis_explanation and res.analysis_explanation.validation_result))

    for res in sorted(results, key=lambda r: (-round(r.score, 6), -checked(r), -(r.end - r.start), r.start)):
        if all(res.end <= c.start or res.start >= c.end for c in chosen):
            chosen.append(res)
    return sorted(chosen, key=lambda r: r.start)
