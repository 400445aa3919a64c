"""Redaction throughput and peak memory, ccqa vs stock Presidio, on the same generated corpus.

Whole-process benchmark: each engine is built once, warmed up, then timed over several runs on the
same texts; the median is reported, and ccqa's throughput as a ratio of stock Presidio's (same
process, same spaCy model). Peak memory is the process's max RSS after each phase.

    python bench/bench_redaction.py [--interactions 120] [--runs 3] [--out bench/results/redaction.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.cli import OFFLINE_ENV  # noqa: E402

for key, value in OFFLINE_ENV.items():
    os.environ.setdefault(key, value)


def corpus(n: int) -> list[list[str]]:
    """The first ``n`` interactions of the labelled PII set (calls, chats and emails): turn texts only."""
    from pipeline.eval_pii import load_labelled

    data = load_labelled(ROOT / "data" / "sample" / "pii" / "labelled.jsonl")
    return [[t.text for t in inter.turns] for inter in data[:n]]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_runs(fn, runs: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=120)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "redaction.json")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    from presidio_anonymizer import AnonymizerEngine

    from pipeline.redact.engine import Redactor
    from pipeline.redact.stock import stock_analyze, stock_analyzer
    from pipeline.schema import Interaction, SourceRef

    convs = corpus(args.interactions)
    texts = [t for conv in convs for t in conv]
    words = sum(len(t.split()) for t in texts)
    interactions = [(Interaction(interaction_id=f"b{i}", agent_id="a", channel="call",
                                 turns=[{"speaker": "agent" if k % 2 == 0 else "customer", "text": t}
                                        for k, t in enumerate(conv)]), SourceRef(file="bench"))
                    for i, conv in enumerate(convs)]
    base_mb = peak_mb()

    stock = stock_analyzer(ROOT / "configs" / "presidio" / "nlp.yaml")
    anonymizer = AnonymizerEngine()

    def run_stock():
        for text, res in zip(texts, stock_analyze(stock, texts)):
            anonymizer.anonymize(text=text, analyzer_results=res)

    stock_times = time_runs(run_stock, args.runs)
    stock_mb = peak_mb()

    ours = Redactor.default()
    ours_times = time_runs(lambda: ours.transform(interactions), args.runs)
    ours_mb = peak_mb()

    s, o = statistics.median(stock_times), statistics.median(ours_times)
    result = {
        "corpus": {"interactions": len(convs), "turns": len(texts), "words": words},
        "runs": args.runs,
        "stock_presidio": {"seconds_median": round(s, 3), "docs_per_s": round(len(texts) / s, 1),
                           "words_per_s": round(words / s), "interactions_per_s": round(len(convs) / s, 2)},
        "ccqa": {"seconds_median": round(o, 3), "docs_per_s": round(len(texts) / o, 1),
                 "words_per_s": round(words / o), "interactions_per_s": round(len(convs) / o, 2)},
        "throughput_ratio_ccqa_vs_stock": round(s / o, 3),
        "peak_rss_mb": {"before_engines": round(base_mb), "after_stock": round(stock_mb),
                        "after_ccqa": round(ours_mb)},
        "threads": 1,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print(f"ccqa redaction throughput = {result['throughput_ratio_ccqa_vs_stock']}x stock Presidio "
          f"({result['ccqa']['docs_per_s']} vs {result['stock_presidio']['docs_per_s']} docs/s)")


if __name__ == "__main__":
    main()
