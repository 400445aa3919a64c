"""Do the readability measures order texts the way readers do? Leveled triples and judged ratings.

Two hand-written sets in ``data/sample/readability`` (see its README):

* ``levels.jsonl``: passages written three times with the same content (simple, intermediate,
  advanced), in written style and in speech-transcript style (lowercase, no punctuation). For each
  measure: the share of triples whose three versions it orders strictly correctly (simple easiest,
  advanced hardest; for Flesch reading ease higher means easier, so the order is reversed) and the
  share of the three within-triple pairs it orders correctly. A tie or a missing value (SMOG below its
  minimum sentence count) counts as wrong.
* ``judged.jsonl``: single passages with a 1-5 difficulty rating. Spearman's rho between the rating
  and each measure, sign-adjusted so that a measure agreeing with readers always gives a positive rho
  (reading ease is negated). Missing values are left out of that measure's correlation (n is reported).

The ccqa measures come from the real pipeline: ``nlp.parse`` -> ``nlp.sentences`` (speech-aware) ->
``readability.score``. The baseline is textstat's own functions on the raw text, which count sentences
by full stops, so an unpunctuated transcript is one long sentence to them.

    python bench/readability_ranking.py [--split-over 25] [--out bench/results/readability_ranking.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.cli import OFFLINE_ENV  # noqa: E402

for key, value in OFFLINE_ENV.items():
    os.environ.setdefault(key, value)

DATA = ROOT / "data" / "sample" / "readability"
LEVELS = ("simple", "intermediate", "advanced")
#: measure -> +1 if larger means harder, -1 if larger means easier.
CCQA_MEASURES = {
    "flesch_reading_ease": -1,
    "flesch_kincaid_grade": 1,
    "smog": 1,
    "dale_chall": 1,
    "avg_sentence_words": 1,
    "longest_sentence_words": 1,
}
TEXTSTAT_MEASURES = {
    "flesch_reading_ease": -1,
    "flesch_kincaid_grade": 1,
    "smog_index": 1,
    "dale_chall_readability_score": 1,
}


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ccqa_scores(texts: list[str], split_over: int = 25, smog_min_sentences: int = 3) -> list[dict]:
    """The pipeline's readability for each text (one reader-facing text each)."""
    from pipeline.language import nlp, readability

    out = []
    for text, doc in zip(texts, nlp.parse(texts)):
        sents = nlp.sentences(doc, split_over=split_over)
        scores = readability.score(readability.sentence_texts(text, sents), smog_min_sentences=smog_min_sentences)
        out.append({f"ccqa.{m}": getattr(scores, m) for m in CCQA_MEASURES})
    return out


def textstat_scores(texts: list[str]) -> list[dict]:
    """Naive baseline: textstat on the raw text (sentences = full stops)."""
    import textstat

    return [{f"textstat.{m}": float(getattr(textstat, m)(t)) for m in TEXTSTAT_MEASURES} for t in texts]


def directions() -> dict[str, int]:
    d = {f"ccqa.{m}": s for m, s in CCQA_MEASURES.items()}
    d.update({f"textstat.{m}": s for m, s in TEXTSTAT_MEASURES.items()})
    return d


def score_all(texts: list[str], split_over: int, smog_min_sentences: int) -> list[dict]:
    ccqa = ccqa_scores(texts, split_over, smog_min_sentences)
    base = textstat_scores(texts)
    return [{**a, **b} for a, b in zip(ccqa, base)]


def triple_stats(triples: list[dict[str, dict]], measure: str, sign: int) -> dict:
    """triples: level -> scores. Strictly ordered triples and correctly ordered pairs, ties/None wrong."""
    ok_triples = ok_pairs = missing = 0
    for tri in triples:
        vals = [tri[lvl][measure] for lvl in LEVELS]
        if any(v is None for v in vals):
            missing += 1
            continue
        hard = [sign * v for v in vals]
        pairs = [hard[i] < hard[j] for i, j in combinations(range(3), 2)]
        ok_pairs += sum(pairs)
        ok_triples += all(pairs)
    n = len(triples)
    return {"triples": n, "triples_ordered": ok_triples, "triple_accuracy": round(ok_triples / n, 4) if n else None,
            "pairs": 3 * n, "pairs_ordered": ok_pairs, "pairwise_accuracy": round(ok_pairs / (3 * n), 4) if n else None,
            "missing": missing}


def spearman(rows: list[dict], measure: str, sign: int) -> dict:
    from scipy.stats import spearmanr

    pairs = [(r["rating"], sign * r["scores"][measure]) for r in rows if r["scores"][measure] is not None]
    if len(pairs) < 3:
        return {"n": len(pairs), "rho": None, "p": None}
    rho, p = spearmanr([a for a, _ in pairs], [b for _, b in pairs])
    return {"n": len(pairs), "rho": round(float(rho), 4), "p": float(f"{p:.3g}")}


def level_results(levels: list[dict], split_over: int, smog_min: int) -> tuple[dict, dict]:
    scores = score_all([r["text"] for r in levels], split_over, smog_min)
    groups: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for rec, sc in zip(levels, scores):
        groups[(rec["style"], rec["id"])][rec["level"]] = sc
    by_style: dict[str, list] = defaultdict(list)
    for (style, _id), tri in groups.items():
        assert set(tri) == set(LEVELS), f"{_id} lacks a level"
        by_style[style].append(tri)
        by_style["all"].append(tri)
    result, means = {}, {}
    for style, triples in by_style.items():
        result[style] = {m: triple_stats(triples, m, s) for m, s in directions().items()}
        means[style] = {m: {lvl: _mean([t[lvl][m] for t in triples]) for lvl in LEVELS} for m in directions()}
    result["pooled"] = {m: pooled_pairs(levels, scores, m, s) for m, s in directions().items()}
    result["style_gap"] = {m: style_gap(means, m) for m in directions()}
    return result, means


def pooled_pairs(levels: list[dict], scores: list[dict], measure: str, sign: int) -> dict:
    """All pairs of texts at different levels, across topics and styles: is the lower level scored easier?

    Stricter than within-triple ordering: a score must also be comparable between a transcript and a
    written text, which is what a per-agent readability figure needs."""
    rank = {lvl: i for i, lvl in enumerate(LEVELS)}
    items = [(rank[r["level"]], sc[measure]) for r, sc in zip(levels, scores)]
    ok = n = 0
    for (la, va), (lb, vb) in combinations(items, 2):
        if la == lb:
            continue
        n += 1
        if va is None or vb is None:
            continue
        lo, hi = (va, vb) if la < lb else (vb, va)
        ok += sign * lo < sign * hi
    return {"pairs": n, "pairs_ordered": ok, "pairwise_accuracy": round(ok / n, 4) if n else None}


def style_gap(means: dict, measure: str) -> float | None:
    """Mean |speech - written| level mean, as a share of the written simple-to-advanced range (0 = same scale)."""
    w, s = means.get("written", {}).get(measure), means.get("speech", {}).get(measure)
    if not w or not s or None in w.values() or None in s.values() or w["advanced"] == w["simple"]:
        return None
    gap = sum(abs(s[lvl] - w[lvl]) for lvl in LEVELS) / len(LEVELS)
    return round(gap / abs(w["advanced"] - w["simple"]), 3)


def judged_results(judged: list[dict], split_over: int, smog_min: int) -> dict:
    scores = score_all([r["text"] for r in judged], split_over, smog_min)
    rows = [{**r, "scores": s} for r, s in zip(judged, scores)]
    subsets = {"all": rows, "written": [r for r in rows if r.get("style", "written") == "written"],
               "speech": [r for r in rows if r.get("style") == "speech"]}
    return {name: {m: spearman(sub, m, s) for m, s in directions().items()} for name, sub in subsets.items() if sub}


def _mean(xs: list) -> float | None:
    xs = [x for x in xs if x is not None]
    return round(sum(xs) / len(xs), 2) if xs else None


def markdown(results: dict) -> str:
    lv, jd = results["levels"], results["judged"]
    head = ("| measure | written triples | written pairs | speech triples | speech pairs | pooled pairs | "
            "style gap | judged rho (all) | judged rho (written) |")
    lines = [head, "|---|---|---|---|---|---|---|---|---|"]

    def pct(x):
        return "-" if x is None else f"{100 * x:.0f}%"

    def rho(x):
        return "-" if x is None else f"{x:+.2f}"

    def num(x):
        return "-" if x is None else f"{x:.2f}"

    for m in directions():
        w, s = lv.get("written", {}).get(m, {}), lv.get("speech", {}).get(m, {})
        lines.append(f"| {m} | {pct(w.get('triple_accuracy'))} | {pct(w.get('pairwise_accuracy'))} | "
                     f"{pct(s.get('triple_accuracy'))} | {pct(s.get('pairwise_accuracy'))} | "
                     f"{pct(lv['pooled'][m]['pairwise_accuracy'])} | "
                     f"{num(lv['style_gap'][m])} | "
                     f"{rho(jd['all'][m]['rho'])} | {rho(jd.get('written', {}).get(m, {}).get('rho'))} |")
    n = results["counts"]
    lines.append("")
    lines.append(f"Triples: {n['written_triples']} written, {n['speech_triples']} speech. Judged passages: "
                 f"{n['judged']} ({n['judged_speech']} speech). rho is sign-adjusted: positive = agrees with readers. "
                 "Pooled pairs: every pair of leveled texts at different levels, across topics and styles. "
                 "Style gap: mean |speech - written| per-level mean as a share of the written simple-to-advanced "
                 "range (0 = transcripts and written text on one scale).")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split-over", type=int, default=25)
    parser.add_argument("--smog-min-sentences", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "readability_ranking.json")
    args = parser.parse_args()

    from pipeline.language import nlp

    levels = load_jsonl(DATA / "levels.jsonl")
    judged = load_jsonl(DATA / "judged.jsonl")
    lv, means = level_results(levels, args.split_over, args.smog_min_sentences)
    results = {
        "settings": {"spacy_model": nlp.DEFAULT_MODEL, "split_over": args.split_over,
                     "smog_min_sentences": args.smog_min_sentences,
                     "tie_or_missing": "counts as wrongly ordered",
                     "rho_sign": "reading ease negated so positive rho = agrees with readers"},
        "counts": {"written_triples": len({r["id"] for r in levels if r["style"] == "written"}),
                   "speech_triples": len({r["id"] for r in levels if r["style"] == "speech"}),
                   "judged": len(judged), "judged_speech": sum(r.get("style") == "speech" for r in judged)},
        "levels": lv,
        "level_means": means,
        "judged": judged_results(judged, args.split_over, args.smog_min_sentences),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(results))
    print(f"\nwritten {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
