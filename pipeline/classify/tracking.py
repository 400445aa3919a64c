"""MLflow tracking for training runs: params, metrics, artifacts, a registered model and the champion rule."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from .train import TrainResult, macro_f1

log = logging.getLogger(__name__)
CHAMPION = "champion"


def tracking_uri() -> str:
    """``MLFLOW_TRACKING_URI`` if set, else a SQLite store ``mlflow.db`` in the working directory."""
    return os.environ.get("MLFLOW_TRACKING_URI") or f"sqlite:///{Path.cwd() / 'mlflow.db'}"


def confusion_png(matrix, labels, title: str, path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.2, 3.6), dpi=120)
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels=labels)
    ax.set_yticks(range(len(labels)), labels=labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("labelled")
    ax.set_title(title, fontsize=9)
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(j, i, int(matrix[i][j]), ha="center", va="center",
                    color="white" if matrix[i][j] > matrix.max() / 2 else "black")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def champion_decision(new_score: float, champion_score: float | None) -> tuple[bool, str]:
    """The alias moves only when the new model beats the champion on the same evaluation split."""
    if champion_score is None:
        return True, f"no champion yet: the new model (macro-F1 {new_score:.4f}) becomes champion"
    if new_score > champion_score:
        return True, (f"new model beats the champion on the evaluation split ({new_score:.4f} > "
                      f"{champion_score:.4f}): champion moved")
    return False, (f"new model does not beat the champion on the evaluation split ({new_score:.4f} <= "
                   f"{champion_score:.4f}): champion unchanged")


def log_training(result: TrainResult, card: dict[str, Any], params: dict[str, Any], model_dir: Path) -> dict[str, Any]:
    """One MLflow run: params, metrics, confusion PNGs, model card, the model (skops) registered as
    ``ccqa-<task>``; returns run id, version and the champion decision."""
    import mlflow
    from mlflow.models import infer_signature
    from mlflow.tracking import MlflowClient

    mlflow.set_tracking_uri(tracking_uri())
    mlflow.set_experiment(f"ccqa-train-{result.task}")
    name = f"ccqa-{result.task}"
    X_ev, y_ev = result.eval_set
    client = MlflowClient()
    with mlflow.start_run(run_name=f"train-{result.task}") as run:
        mlflow.log_params({k: v for k, v in _flat(params).items()})
        mlflow.log_params({"data_sha256": card["data_sha256"][:16], "n_train": result.n_train,
                           "n_eval": len(y_ev)})
        mlflow.log_metrics({"cv_macro_f1": result.cv["macro_f1"], "cv_macro_f1_std": result.cv["macro_f1_std"],
                            "cv_accuracy": result.cv["accuracy"], "eval_macro_f1": result.evaluation["macro_f1"],
                            "eval_accuracy": result.evaluation["accuracy"],
                            **{f"cv_f1_{c}": m["f1-score"] for c, m in result.cv["per_class"].items()}})
        with tempfile.TemporaryDirectory() as tmp:
            for kind, matrix in (("cv", result.confusion_cv), ("eval", result.confusion_eval)):
                png = confusion_png(matrix, result.labels, f"{result.task} — {kind}", Path(tmp) / f"confusion_{kind}.png")
                mlflow.log_artifact(str(png))
        for file in ("card.json", "README.md"):
            if (model_dir / file).is_file():
                mlflow.log_artifact(str(model_dir / file), artifact_path="model_card")
        example = _example(result.task, X_ev)
        signature = infer_signature(example, result.pipeline.predict(example))
        info = mlflow.sklearn.log_model(result.pipeline, name="model", serialization_format="skops",
                                        signature=signature, input_example=example,
                                        registered_model_name=name,
                                        skops_trusted_types=_trusted_types(result.pipeline))
        version = info.registered_model_version
        champion_score = None
        try:
            current = client.get_model_version_by_alias(name, CHAMPION)
            champ = mlflow.sklearn.load_model(f"models:/{name}@{CHAMPION}")
            champion_score = macro_f1(champ, X_ev, y_ev, result.labels)
            log.info("champion is version %s", current.version)
        except Exception as err:  # noqa: BLE001 - no champion yet (or it cannot be loaded)
            log.info("no usable champion for %s (%s)", name, err.__class__.__name__)
        moved, message = champion_decision(result.evaluation["macro_f1"], champion_score)
        if moved:
            client.set_registered_model_alias(name, CHAMPION, str(version))
        mlflow.set_tags({"champion_moved": str(moved), "ccqa.task": result.task})
        return {"run_id": run.info.run_id, "model": name, "version": str(version), "champion_moved": moved,
                "message": message, "tracking_uri": mlflow.get_tracking_uri()}


def _example(task: str, X: list[Any]):
    """A fixed, made-up input example: training text (possibly real transcripts) never goes to MLflow."""
    import pandas as pd

    if task == "sentiment":
        return pd.DataFrame({"text": ["thanks so much, that's sorted it", "this is the third time my bill is wrong",
                                      "can you confirm the balance on my account"]})
    return pd.DataFrame({"turns": [[{"speaker": "customer", "text": "I'd like to update my email address"},
                                    {"speaker": "agent", "text": "Of course, that's done for you now"}]]})


def _trusted_types(pipeline) -> list[str]:
    import skops.io as sio

    return sio.get_untrusted_types(data=sio.dumps(pipeline))


def _flat(params: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out
