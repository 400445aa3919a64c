"""``ccqa train-options`` and ``ccqa eval-options``: thin I/O around :mod:`.train`."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ...classify import persist
from ...classify.train import data_sha256
from ...config import PACKAGE_ROOT, read_yaml, validate
from .cues import DEFAULT_CUES, load_spec
from .train import DEFAULT_DATA, DEFAULT_HELDOUT, OptionsParams, cross_validate, fit, read_examples, report

log = logging.getLogger(__name__)
DEFAULT_MODEL = PACKAGE_ROOT.parent / "models" / "two_options"
DESCRIPTION = ("Two options explained: does an agent turn or reply set out two or more live alternatives for the "
               "customer, and their relative merits? Segment heads (option / merit; logistic "
               "regression) and text heads ({head}) on all-MiniLM-L6-v2 embeddings plus spaCy Matcher cue features "
               "from configs/two_options.yaml, and word 1–3-gram heads (hashed, so no training text is stored).")
HEADS = {"logistic": "logistic regression", "boosted": "gradient-boosted trees"}
TAGGER_NOTE = (" A word-piece option/merit span tagger (a small BiLSTM on the encoder's states) adds its span counts "
               "and text scores to the text heads.")
LIMITS = ["Trained on authored examples (data/sample/labelled/two_options.jsonl); real replies are broader.",
          "Scores one turn at a time: options spread over several agent turns of a call are not combined.",
          "Merits tied to only one option, and options the agent rules out, are the hardest cases.",
          "English only (UK and US)."]


def _relative(path: Path) -> str:
    """A path inside the repository as a relative one, so the model card reads the same on every machine."""
    try:
        return str(Path(path).resolve().relative_to(PACKAGE_ROOT.parent))
    except ValueError:
        return str(path)


def load_params(path: Path | None) -> OptionsParams:
    if path is None or not Path(path).is_file():
        return OptionsParams()
    return validate((read_yaml(path) or {}).get("train_options", {}), OptionsParams, f"{path} (train_options)")


def run_train(data: Path | None, params_file: Path | None, out: Path | None, metrics_dir: Path,
              cues: Path = DEFAULT_CUES, heldout: Path | None = DEFAULT_HELDOUT) -> dict[str, Any]:
    data = Path(data or DEFAULT_DATA)
    params, spec = load_params(params_file), load_spec(cues)
    examples = read_examples(data)
    log.info("two-options: cross-validating on %d examples", len(examples))
    cv, pred = cross_validate(examples, params, spec)
    model = fit(examples, params, spec)
    held = None
    if heldout and Path(heldout).is_file():
        held_examples = read_examples(heldout)  # measured only: never used for training or tuning
        held = {"file": str(heldout), **report(held_examples, model.predict([e.text for e in held_examples]))}
    description = DESCRIPTION.format(head=HEADS[params.text_head]) + (TAGGER_NOTE if params.span_tagger else "")
    card = {"task": "two_options", "description": description, "data": str(data), "data_sha256": data_sha256(data),
            "n_examples": len(examples), "cues_file": _relative(cues), "cues_sha": spec.digest(),
            "params": params.model_dump(), "cv": cv, "heldout": held, "limits": LIMITS}
    out = Path(out or DEFAULT_MODEL)
    persist.save(model, out, card)
    (out / "README.md").write_text(render_card(persist.read_card(out)), encoding="utf-8")
    summary = {"task": "two_options", "cv": cv, "heldout": held, "model": str(out)}
    metrics_dir.mkdir(parents=True, exist_ok=True)
    (metrics_dir / "train_two_options.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    write_predictions(metrics_dir / "cv_predictions_two_options.jsonl", examples, pred)
    return summary


def write_predictions(path: Path, examples: list, pred) -> None:
    """Out-of-fold predictions beside the gold labels, by id (no text), for error analysis and subset figures."""
    rows = [{"id": e.id, "channel": e.channel, "source": e.source, "present": e.present,
             "merits_explained": e.merits_explained, "pred_present": bool(p[0]), "pred_merits": bool(p[1])}
            for e, p in zip(examples, pred)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def run_eval(file: Path, model_dir: Path | None = None) -> dict[str, Any]:
    """Presence and merits P/R/F1 of the saved model on a labelled file."""
    examples = read_examples(file)
    model = persist.load(Path(model_dir or DEFAULT_MODEL))
    return {"file": str(file), "examples": len(examples), **report(examples, model.predict([e.text for e in examples]))}


def render_card(card: dict[str, Any]) -> str:
    def row(name: str, block: dict[str, Any] | None) -> list[str]:
        if not block:
            return []
        return [f"| {name} | {k} | {block[k]['precision']} | {block[k]['recall']} | {block[k]['f1']} | {block[k]['support']} "
                f"| {block[k]['n']} |" for k in ("presence", "merits")]

    lines = ["# Model card: ccqa-two-options", "", card["description"], "", "## Data", "",
             f"- training: `{card['data']}` ({card['n_examples']} examples, sha256 `{card['data_sha256'][:16]}…`)",
             f"- cues: `{card['cues_file']}` (digest `{card['cues_sha']}`)", "",
             "## Metrics", "", "| set | target | precision | recall | F1 | positives | n |", "|---|---|---|---|---|---|---|"]
    lines += row(f"{card['cv']['folds']}-fold CV", card["cv"]) + row("held-out (never trained on)", card.get("heldout"))
    lines += ["", "## Known limits", ""] + [f"- {x}" for x in card["limits"]]
    lines += ["", "## Provenance", "", f"- code: {card.get('code_version')}", f"- saved: {card.get('saved_at')}",
              "- libraries: " + ", ".join(f"{k} {v}" for k, v in card.get("libraries", {}).items()), ""]
    return "\n".join(lines)
