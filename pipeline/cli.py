"""The ``ccqa`` command line: a thin layer of I/O over the stage functions."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import CCQAError

#: Switches that keep libraries from reaching the network; set at start-up, never at import.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "PRESIDIO_DEVICE": "cpu",
    "MLFLOW_DISABLE_TELEMETRY": "true",
    "DO_NOT_TRACK": "true",
    "DVC_NO_ANALYTICS": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR": "false",
}

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="ccqa: score contact-centre interactions for compliance and communication quality.")

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="Main YAML config (default: configs/ccqa.yaml).")]


def _setup(verbose: bool) -> None:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    from rich.logging import RichHandler

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(show_path=False, show_time=False)], force=True)
    for noisy in ("presidio-analyzer", "presidio-anonymizer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    os.environ.setdefault("MLFLOW_LOGGING_LEVEL", "INFO" if verbose else "WARNING")  # read when mlflow is imported


@app.command("score")
def score_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL/CSV files, transcript folders or Transcribe JSON.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="jsonl | csv | text | transcribe (default: by extension).")] = None,
    config: ConfigOpt = None,
    pseudonymise: Annotated[Optional[bool], typer.Option("--pseudonymise/--no-pseudonymise", help="<PERSON_1> style replacements.")] = None,
    tracking: Annotated[bool, typer.Option("--tracking/--no-tracking", help="Log the run to MLflow (MLFLOW_TRACKING_URI, else ./mlflow.db) and register the scorer.")] = True,
    previous: Annotated[Optional[Path], typer.Option("--previous", help="Folder of earlier agents/<id>.json for 'change since last run' (default: OUT/agents).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Ingest, validate, redact and score every interaction; write interactions.jsonl/.parquet, quarantine.jsonl,
    run.json, per-agent feedback (agents/), index.html and summary.csv; track the run in MLflow."""
    _setup(verbose)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .config import load_config
    from .score import score_and_publish

    cfg, folder = load_config(config)
    if pseudonymise is not None:
        cfg = cfg.model_copy(update={"redaction": cfg.redaction.model_copy(update={"pseudonymise": pseudonymise})})
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]redacting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("redact", total=None)
        summary, published = score_and_publish(
            inputs, out, cfg, folder, fmt, progress=lambda done, total: bar.update(task, completed=done, total=total),
            tracking=tracking, previous=previous)
    for code, n in summary.quarantined_by_code.items():
        typer.echo(f"  quarantined {code}: {n}")
    typer.echo(f"wrote {out / 'interactions.jsonl'}, {out / 'quarantine.jsonl'}, {out / 'run.json'}")
    typer.echo(f"read {summary.read} · scored {summary.scored} · quarantined {summary.quarantined}")
    if published is not None:
        typer.echo(f"feedback: {out / 'agents'}/ · {out / 'summary.csv'} · {out / 'interactions.parquet'}")
        if published.scorer:
            typer.echo(f"scorer model: {published.scorer} (MLflow {published.tracking_uri})")
        typer.echo(f"team overview: {published.index.resolve()}")
        typer.echo(f"MLflow run id: {published.run_id}" if published.run_id else "MLflow run id: none (--no-tracking)")


@app.command("eval-pii")
def eval_pii_cmd(
    file: Annotated[Path, typer.Argument(help="Labelled JSONL (see data/sample/pii/LABELLING.md).")],
    config: ConfigOpt = None,
    stock: Annotated[bool, typer.Option("--stock/--no-stock", help="Also run stock Presidio on the same data.")] = True,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the metrics as JSON here.")] = None,
) -> None:
    """Per-entity precision, recall and F2 for ccqa's redaction, side by side with stock Presidio."""
    _setup(False)
    from rich.console import Console
    from rich.table import Table

    from .config import load_config
    from .eval_pii import evaluate, write_json
    from .redact.engine import Redactor

    cfg, folder = load_config(config)
    result = evaluate(file, Redactor.from_config(cfg.redaction, folder), with_stock=stock)
    table = Table(title=f"PII redaction on {file} ({result['interactions']} interactions, {result['turns']} turns)")
    table.add_column("entity")
    table.add_column("support", justify="right")
    for who in ("ccqa", "stock") if stock else ("ccqa",):
        for metric in ("P", "R", "F2"):
            table.add_column(f"{who} {metric}", justify="right")

    def fmt(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    ours = result["ccqa"]["entities"]
    theirs = result.get("stock_presidio", {}).get("entities", {})
    order = sorted(k for k in ours if k.isupper() and " " not in k) + [k for k in ours if " " in k]
    for name in order:
        row = [name, str(ours[name]["support"])]
        for block in (ours, theirs) if stock else (ours,):
            m = block.get(name, {})
            row += [fmt(m.get("precision")), fmt(m.get("recall")), fmt(m.get("f2"))]
        table.add_row(*row)
    Console().print(table)
    typer.echo(f"lookalikes redacted: ccqa {result['ccqa']['lookalikes_redacted']}/{result['ccqa']['lookalikes']}"
               + (f", stock {result['stock_presidio']['lookalikes_redacted']}/{result['stock_presidio']['lookalikes']}"
                  if stock else ""))
    if json_out:
        write_json(result, json_out)
        typer.echo(f"wrote {json_out}")


@app.command("train")
def train_cmd(
    task: Annotated[str, typer.Argument(help="sentiment | complexity")],
    data: Annotated[Optional[Path], typer.Option("--data", help="Labelled JSONL (default: data/sample/labelled/<task>.jsonl).")] = None,
    params: Annotated[Optional[Path], typer.Option("--params", help="params.yaml (its 'train' group).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Model folder (default: models/<task>).")] = None,
    metrics: Annotated[Path, typer.Option("--metrics", help="Folder for metrics JSON and the confusion PNG.")] = Path("metrics"),
    tracking: Annotated[bool, typer.Option("--tracking/--no-tracking", help="Log the run to MLflow and register the model.")] = True,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Use only the first N examples (smoke runs).")] = None,
    finetune: Annotated[bool, typer.Option("--finetune", help="Train the encoder end to end first (GPU recommended).")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Train, cross-validate and save a classifier; log it to MLflow and move 'champion' only if it is better."""
    _setup(verbose)
    from .classify.run import run_train
    from .classify.train import TASKS

    if task not in TASKS:
        raise typer.BadParameter(f"unknown task '{task}'; valid: {', '.join(TASKS)}")
    summary = run_train(task, data, params, out, metrics, tracking, limit, finetune)
    cv, ev = summary["cv"], summary["evaluation"]
    typer.echo(f"{task}: cross-validated macro-F1 {cv['macro_f1']} ± {cv['macro_f1_std']} ({cv['folds']} folds); "
               f"held-out macro-F1 {ev['macro_f1']}")
    for label, m in cv["per_class"].items():
        typer.echo(f"  {label:<9} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1-score']:.3f}  n={int(m['support'])}")
    typer.echo(f"model saved to {summary['model']}")
    if "mlflow" in summary:
        info = summary["mlflow"]
        typer.echo(f"MLflow run {info['run_id']}: {info['model']} version {info['version']}; {info['message']}")


@app.command("prepare")
def prepare_cmd(
    task: Annotated[str, typer.Argument(help="sentiment | complexity")],
    out: Annotated[Path, typer.Option("--out", help="Prepared JSONL to write.")],
    data: Annotated[Optional[Path], typer.Option("--data", help="Labelled JSONL (default: data/sample/labelled/<task>.jsonl).")] = None,
) -> None:
    """Redact PII from labelled training data (as scoring does) and drop duplicates."""
    _setup(False)
    from .classify.prepare import run_prepare

    info = run_prepare(task, data, out)
    typer.echo(f"{task}: read {info['read']} · wrote {info['written']} · duplicates dropped {info['duplicates_dropped']} → {out}")


@app.command("evaluate")
def evaluate_cmd(
    task: Annotated[str, typer.Argument(help="sentiment | complexity")],
    model: Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: models/<task>).")] = None,
    data: Annotated[Optional[Path], typer.Option("--data")] = None,
    params: Annotated[Optional[Path], typer.Option("--params")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for evaluate_<task>.json and predictions_<task>.csv.")] = Path("metrics"),
) -> None:
    """Score a saved model on the fixed held-out split (the one champion comparisons use)."""
    _setup(False)
    from .classify.evaluate import run_evaluate

    report = run_evaluate(task, model or Path("models") / task, data, params, out)
    typer.echo(f"{task}: held-out macro-F1 {report['macro_f1']} (n={report['n_eval']})")
    key = "spearman_expected_complexity_vs_problems_plus_actions"
    if key in report:
        typer.echo(f"  Spearman of expected complexity vs problems + actions: {report[key]}")


@app.command("train-options")
def train_options_cmd(
    data: Annotated[Optional[Path], typer.Option("--data", help="Labelled JSONL (default: data/sample/labelled/two_options.jsonl).")] = None,
    params: Annotated[Optional[Path], typer.Option("--params", help="params.yaml (its 'train_options' group).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Model folder (default: models/two_options).")] = None,
    metrics: Annotated[Path, typer.Option("--metrics", help="Folder for train_two_options.json.")] = Path("metrics"),
    heldout: Annotated[Optional[Path], typer.Option("--heldout", help="Held-out labelled JSONL, measured only.")] = Path("data/heldout/two_options/heldout.jsonl"),
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Cross-validate and train the two-options detector; measure it on the held-out set; save it with its card."""
    _setup(verbose)
    from .language.options.run import run_train

    summary = run_train(data, params, out, metrics, heldout=heldout)
    for name, block in (("cross-validated", summary["cv"]), ("held-out", summary["heldout"])):
        if block:
            typer.echo(f"{name}: presence F1 {block['presence']['f1']:.3f} · merits F1 {block['merits']['f1']:.3f}")
    typer.echo(f"model saved to {summary['model']}")


@app.command("eval-options")
def eval_options_cmd(
    file: Annotated[Path, typer.Argument(help="Labelled JSONL (see data/sample/labelled/LABELLING_two_options.md).")],
    model: Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: models/two_options).")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the metrics as JSON here.")] = None,
) -> None:
    """Precision, recall and F1 of the two-options detector, for presence and for merits, overall and per channel."""
    _setup(False)
    import json

    from rich.console import Console
    from rich.table import Table

    from .language.options.run import run_eval

    result = run_eval(file, model)
    table = Table(title=f"Two options explained on {file} ({result['examples']} examples)")
    for name in ("subset", "target", "precision", "recall", "F1", "positives", "n"):
        table.add_column(name, justify="left" if name in ("subset", "target") else "right")
    blocks = [("all", result)] + list(result["by_channel"].items())
    for name, block in blocks:
        for target in ("presence", "merits"):
            m = block[target]
            table.add_row(name, target, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                          str(m["support"]), str(m["n"]))
    Console(width=100).print(table)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        typer.echo(f"wrote {json_out}")


@app.command("schema")
def schema_cmd(out: Annotated[Path, typer.Option("--out", "-o")] = Path("schemas")) -> None:
    """Write the JSON Schemas of the input and output records (generated from pipeline/schema.py)."""
    from .schema_export import write_schemas

    for path in write_schemas(out):
        typer.echo(f"wrote {path}")


@app.command("eval-scorecard")
def eval_scorecard_cmd(
    file: Annotated[Path, typer.Argument(help="Labelled JSONL (see data/sample/labelled/LABELLING_scorecard.md).")],
    config: ConfigOpt = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the metrics as JSON here.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Interactions per pipeline batch.")] = 32,
) -> None:
    """Per-item agreement and Cohen's kappa of ccqa's scorecard against human QA labels; risk-flag P/R."""
    _setup(False)
    from rich.console import Console
    from rich.table import Table

    from .config import load_config
    from .scorecard.evaluate import run, write_json

    cfg, folder = load_config(config)
    report = run(file, cfg, folder, batch_size)

    def fmt(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    def counts(c: dict[str, int]) -> str:
        return "/".join(str(c[k]) for k in ("pass", "fail", "na"))

    table = Table(title=f"Scorecard agreement on {file} ({report['interactions']} interactions, "
                        f"language stage {'on' if report['language_stage'] else 'off'})")
    for name, justify in (("item", "left"), ("n", "right"), ("agreement", "right"), ("kappa", "right"),
                          ("human p/f/na", "right"), ("ccqa p/f/na", "right")):
        table.add_column(name, justify=justify)
    for item, m in report["items"].items():
        table.add_row(item, str(m["n"]), fmt(m["agreement"]), fmt(m["kappa"]), counts(m["human"]), counts(m["ccqa"]))
    console = Console(width=max(Console().width, 110))
    console.print(table)
    flags = Table(title="Risk flags")
    for name in ("flag", "support", "predicted", "precision", "recall"):
        flags.add_column(name, justify="left" if name == "flag" else "right")
    for flag, m in report["risk_flags"].items():
        flags.add_row(flag, str(m["support"]), str(m["predicted"]), fmt(m["precision"]), fmt(m["recall"]))
    console.print(flags)
    typer.echo(f"mean agreement {fmt(report['mean_agreement'])} · lowest {fmt(report['min_agreement'])}")
    if json_out:
        write_json(report, json_out)
        typer.echo(f"wrote {json_out}")


def main() -> None:
    """Console entry point: coded errors become one clear line and exit code 2."""
    try:
        app()
    except CCQAError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
