"""Compare text-head variants of the two-options model on the same out-of-fold features.

The expensive part of ``ccqa train-options`` is below the text heads (segment heads, n-gram heads, span
tagger, all refitted inside every fold). This script runs the same 5-fold CV once and records, per fold, the
text heads' input matrix for the training texts (out-of-fold lower-head scores, as in training) and for the
held-out texts (as in scoring). Every head variant is then fitted on those same matrices in seconds.

    python bench/two_options_heads.py --features bench/results/two_options_folds.npz   # ~1 hour on 2 cores
    python bench/two_options_heads.py --features bench/results/two_options_folds.npz --heads-only

``--limit N`` and ``--tagger-epochs E`` make a quick smoke run. The "logistic C=2 (shipped)" row equals the
CV figures of ``dvc repro -s train_options`` (same folds, same features, same heads). Only ids, labels and
numeric features are written; no text.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.cli import OFFLINE_ENV  # noqa: E402

for key, value in OFFLINE_ENV.items():
    os.environ.setdefault(key, value)

from sklearn.base import BaseEstimator, ClassifierMixin, clone  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from pipeline.classify.encoder import SentenceEncoder  # noqa: E402
from pipeline.language import nlp  # noqa: E402
from pipeline.language.options.model import TwoOptionsModel  # noqa: E402
from pipeline.language.options.run import load_params  # noqa: E402
from pipeline.language.options.tagger import N_SPAN_FEATURES  # noqa: E402
from pipeline.language.options.train import (DEFAULT_DATA, build, cv_folds, default_spec, read_examples,  # noqa: E402
                                             targets)

RECORDED: list[np.ndarray] = []


class _Recording(ClassifierMixin, BaseEstimator):
    """Wraps a text head; keeps a copy of every matrix it is fitted on or scores."""

    def __init__(self, head=None):
        self.head = head

    def fit(self, T, y):
        RECORDED.append(np.array(T, copy=True))
        self.head_ = clone(self.head).fit(T, y)
        self.classes_ = self.head_.classes_
        return self

    def predict_proba(self, T):
        RECORDED.append(np.array(T, copy=True))
        return self.head_.predict_proba(T)


class RecordingModel(TwoOptionsModel):
    def _text_head(self):
        return _Recording(super()._text_head())


def record(data: Path, params_file: Path, out: Path, limit: int | None, tagger_epochs: int | None,
           seed: int | None = None) -> None:
    """One nested CV run (the folds of ``train.cross_validate``); per fold the text-head matrices → ``out``.
    ``seed`` replaces ``train_options.seed`` (the folds and every head's seed) to see how much one run varies."""
    params = load_params(params_file)
    if tagger_epochs:
        params = params.model_copy(update={"tagger_epochs": tagger_epochs})
    if seed is not None:
        params = params.model_copy(update={"seed": seed})
    examples = read_examples(data)[:limit]
    spec, y = default_spec(), targets(examples)
    docs = list(nlp.parse([e.text for e in examples]))
    encoder = SentenceEncoder(max_length=params.max_length, torch_threads=params.torch_threads).fit(None)
    arrays: dict[str, np.ndarray] = {}
    for k, (tr, te) in enumerate(cv_folds(y, params)):
        RECORDED.clear()
        model = RecordingModel(**build(params, spec, encoder).get_params(deep=False))
        model.fit([docs[i] for i in tr], y[tr], [[(s.start, s.end) for s in examples[i].options] for i in tr],
                  [[(s.start, s.end) for s in examples[i].merit_spans] for i in tr])
        model.predict([docs[i] for i in te])
        # fit(present) on all training texts, fit(merits) on the present ones, then the two scoring calls
        arrays |= {f"tr{k}": tr, f"te{k}": te, f"Ttr{k}": RECORDED[0], f"Tte{k}": RECORDED[2]}
        print(f"fold {k + 1}/{params.folds} recorded", flush=True)
    n_tag = N_SPAN_FEATURES if params.span_tagger else 0
    n_ng = 2 if params.ngram_weight > 0 else 0
    n_emb = encoder.transform(["."]).shape[1] if params.text_embedding else 0
    layout = np.array([arrays["Ttr0"].shape[1] - n_emb - n_ng - n_tag, n_emb, n_ng, n_tag])
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, y=y, ids=np.array([e.id for e in examples]), folds=params.folds, layout=layout,
                        seed=params.seed, tagger_layers=np.array(params.tagger_layers),
                        channel=np.array([e.channel for e in examples]),
                        source=np.array([e.source or "" for e in examples]), **arrays)


def _logistic(C: float = 2.0, scaled: bool = False):
    head = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    return (lambda: make_pipeline(StandardScaler(), head)) if scaled else (lambda: clone(head))


def _boosted():
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, class_weight="balanced", random_state=13)


VARIANTS = {  # name: (head factory, column groups, merits rule)
    "logistic C=2 (shipped)": (_logistic(2.0), "all", "given_present"),
    "logistic C=0.5": (_logistic(0.5), "all", "given_present"),
    "logistic C=1": (_logistic(1.0), "all", "given_present"),
    "logistic C=4": (_logistic(4.0), "all", "given_present"),
    "logistic C=8": (_logistic(8.0), "all", "given_present"),
    "standardised logistic C=0.03": (_logistic(0.03, True), "all", "given_present"),
    "logistic, no text embedding": (_logistic(2.0), "no_embedding", "given_present"),
    "boosted trees, no text embedding": (_boosted, "no_embedding", "given_present"),
    "merits head over all texts": (_logistic(2.0), "all", "unconditional"),
    "P(present) x P(merits | present) >= 0.35": (_logistic(2.0), "all", "product"),
}


def heads(features: Path) -> list[dict]:
    Z = np.load(features, allow_pickle=False)
    y, source, channel = Z["y"], Z["source"], Z["channel"]
    n_cue, n_emb, _, _ = (int(v) for v in Z["layout"])
    rows = []
    for name, (make, columns, rule) in VARIANTS.items():
        P = np.zeros((len(y), 2))
        for k in range(int(Z["folds"])):
            tr, te, A, B = Z[f"tr{k}"], Z[f"te{k}"], Z[f"Ttr{k}"], Z[f"Tte{k}"]
            if columns == "no_embedding":
                keep = np.r_[0:n_cue, n_cue + n_emb:A.shape[1]]
                A, B = A[:, keep], B[:, keep]
            rows_m = np.ones(len(tr), dtype=bool) if rule == "unconditional" else y[tr, 0]
            P[te, 0] = make().fit(A, y[tr, 0]).predict_proba(B)[:, 1]
            P[te, 1] = make().fit(A[rows_m], y[tr][rows_m, 1]).predict_proba(B)[:, 1]
        present = P[:, 0] >= 0.5
        merits = {"given_present": present & (P[:, 1] >= 0.5), "unconditional": P[:, 1] >= 0.5,
                  "product": present & (P[:, 0] * P[:, 1] >= 0.35)}[rule]
        row = {"variant": name, "presence_f1": f1_score(y[:, 0], present), "merits_f1": f1_score(y[:, 1], merits)}
        hand = source == "hand"
        if hand.any():
            row["hand_written_merits_f1"] = f1_score(y[hand, 1], merits[hand])
        for c in ("call", "chat", "email"):
            if (channel == c).any():
                row[f"{c}_merits_f1"] = f1_score(y[channel == c, 1], merits[channel == c])
        rows.append({k: (round(float(v), 3) if not isinstance(v, str) else v) for k, v in row.items()})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / DEFAULT_DATA)
    ap.add_argument("--params", type=Path, default=ROOT / "params.yaml")
    ap.add_argument("--features", type=Path, default=ROOT / "bench" / "results" / "two_options_folds.npz")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "two_options_heads.json")
    ap.add_argument("--heads-only", action="store_true", help="reuse --features from an earlier run")
    ap.add_argument("--limit", type=int, help="first N records only (smoke run)")
    ap.add_argument("--tagger-epochs", type=int, help="override train_options.tagger_epochs (smoke run)")
    ap.add_argument("--seed", type=int, help="override train_options.seed: other folds and head seeds")
    args = ap.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    if not args.heads_only:
        record(args.data, args.params, args.features, args.limit, args.tagger_epochs, args.seed)
    rows = heads(args.features)
    for r in rows:
        print(f"{r['variant']:45s} presence {r['presence_f1']:.3f}  merits {r['merits_f1']:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    Z = np.load(args.features, allow_pickle=False)
    recorded = {k: Z[k].tolist() for k in ("seed", "tagger_layers") if k in Z.files}
    args.out.write_text(json.dumps({"features": str(args.features), **recorded, "rows": rows}, indent=2) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()
