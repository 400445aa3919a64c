"""The ``ccqa`` command line: a thin layer of I/O over the stage functions."""

from __future__ import annotations

import json
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


@app.command("score")
def score_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL/CSV files, transcript folders or Transcribe JSON.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="jsonl | csv | text | transcribe (default: by extension).")] = None,
    config: ConfigOpt = None,
    pseudonymise: Annotated[Optional[bool], typer.Option("--pseudonymise/--no-pseudonymise", help="<PERSON_1> style replacements.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Ingest, validate and redact every interaction; write interactions.jsonl, quarantine.jsonl, run.json."""
    _setup(verbose)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .config import load_config
    from .score import score

    cfg, folder = load_config(config)
    if pseudonymise is not None:
        cfg = cfg.model_copy(update={"redaction": cfg.redaction.model_copy(update={"pseudonymise": pseudonymise})})
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]redacting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("redact", total=None)
        summary = score(inputs, out, cfg, folder, fmt,
                        progress=lambda done, total: bar.update(task, completed=done, total=total))
    for code, n in summary.quarantined_by_code.items():
        typer.echo(f"  quarantined {code}: {n}")
    typer.echo(f"wrote {out / 'interactions.jsonl'}, {out / 'quarantine.jsonl'}, {out / 'run.json'}")
    typer.echo(f"read {summary.read} · scored {summary.scored} · quarantined {summary.quarantined}")


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


@app.command("schema")
def schema_cmd(out: Annotated[Path, typer.Option("--out", "-o")] = Path("schemas")) -> None:
    """Write the JSON Schemas of the input and output records (generated from pipeline/schema.py)."""
    from .schema_export import write_schemas

    for path in write_schemas(out):
        typer.echo(f"wrote {path}")


def main() -> None:
    """Console entry point: coded errors become one clear line and exit code 2."""
    try:
        app()
    except CCQAError as err:
        typer.secho(f"error: {err}", fg="red", err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
