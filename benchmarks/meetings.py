"""Meeting extraction on a gold set: quality (score.py) and speed (extract_many vs nlp.pipe).

Usage: python benchmarks/meetings.py [--gold PATH] [--verbose] [--repeats N] [--pipelines]

Prints figures, asserts nothing. ``--gold`` scores any file in the gold schema (default: the dev
set); when its articles carry a ``split`` field ("tune", "heldout") each split is scored on its
own too. ``--pipelines`` compares, in one run, F1 and words/s of the full small pipeline against
variants with components left out, and ``n_process`` 1 vs 2, on the dev set and the original set
(tests/fixtures/meetings_original.jsonl).

The shared folder (gold set, saved pages, seed) is the repo's sibling ``shared/`` unless
NEWSWATCH_SHARED points elsewhere. Quality goes through the project CLI (``newswatch extract
--jsonl IN``) when it is installed, else through :class:`MeetingExtractor` directly with
trafilatura turning saved pages into text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import trafilatura

from newswatch.consumers.extraction import DEFAULT_EXCLUDE, MeetingExtractor, load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWATCH_SHARED") or ROOT.parent / "shared")
DEV = SHARED / "eval" / "meetings" / "dev.jsonl"
ORIGINAL = ROOT / "tests" / "fixtures" / "meetings_original.jsonl"
SCORER = SHARED / "eval" / "meetings" / "score.py"
# Pipeline variants compared by --pipelines: components left out of en_core_web_sm.
VARIANTS = {
    "full": (),
    "-lemmatizer": ("lemmatizer",),
    "-attribute_ruler": ("attribute_ruler",),
    "-lemmatizer -attribute_ruler": ("lemmatizer", "attribute_ruler"),
}


def read_gold(gold: Path) -> list[dict]:
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


def extractor_input(articles: list[dict]) -> list[dict]:
    """One {"id", "text" or "html", "published"} per gold article, pages read from news_html/."""
    rows = []
    for article in articles:
        row = {"id": article["id"], "published": article["published"]}
        if article["source"].startswith("news_html/"):
            row["html"] = (SHARED / "eval" / article["source"]).read_text(encoding="utf-8", errors="replace")
        else:
            row["text"] = article["text"]
        rows.append(row)
    return rows


def as_text(row: dict) -> str:
    return row["text"] if "text" in row else trafilatura.extract(row["html"], favor_precision=True) or ""


def published(row: dict) -> dt.date | None:
    return dt.date.fromisoformat(row["published"]) if row["published"] else None


def predict_with_cli(rows: list[dict], output_path: Path) -> bool:
    cli = shutil.which("newswatch") or str(Path(sys.executable).with_name("newswatch"))
    if not Path(cli).exists():
        return False
    input_path = output_path.with_name("input.jsonl")
    input_path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run([cli, "extract", "--jsonl", str(input_path)], capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        print(f"CLI unavailable ({done.stderr.strip().splitlines()[-1:] or done.returncode}); "
              "calling the extractor directly")
        return False
    output_path.write_text(done.stdout, encoding="utf-8")
    return True


def predictions(extractor: MeetingExtractor, items: list[tuple[str, dt.date | None]], ids: list[str],
                n_process: int = 1) -> tuple[str, float]:
    """Prediction lines and the seconds extract_many took."""
    start = time.perf_counter()
    results = list(extractor.extract_many(items, batch_size=16, n_process=n_process))
    seconds = time.perf_counter() - start
    lines = "".join(json.dumps({"id": i, "meetings": [m.to_json() for m in ms]}) + "\n" for i, ms in zip(ids, results))
    return lines, seconds


def score(gold: list[dict], predicted: str, verbose: bool = False) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps(a) + "\n" for a in gold), encoding="utf-8")
        pred_path.write_text(predicted, encoding="utf-8")
        command = [sys.executable, str(SCORER), str(gold_path), str(pred_path)] + (["--verbose"] if verbose else [])
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def figures(report: str) -> tuple[float, float]:
    """(meeting F1, occurred-only F1) from a score.py report."""
    return (float(re.search(r"^meetings .*F1 ([\d.]+)", report, re.M)[1]),
            float(re.search(r"^occurred only .*F1 ([\d.]+)", report, re.M)[1]))


def report_quality(gold_path: Path, extractor: MeetingExtractor, verbose: bool) -> None:
    gold = read_gold(gold_path)
    rows = extractor_input(gold)
    with tempfile.TemporaryDirectory() as tmp:
        output_path = Path(tmp) / "predictions.jsonl"
        if not predict_with_cli(rows, output_path):
            lines, _ = predictions(extractor, [(as_text(r), published(r)) for r in rows], [r["id"] for r in rows])
            output_path.write_text(lines, encoding="utf-8")
        predicted = output_path.read_text(encoding="utf-8")
    print(f"{gold_path}:")
    print(score(gold, predicted, verbose))
    for split in sorted({a["split"] for a in gold if "split" in a}):
        print(f"split {split}:")
        print(score([a for a in gold if a.get("split") == split], predicted, verbose))
    for line in predicted.splitlines():
        if json.loads(line)["id"] == "seed":
            print("seed:")
            for meeting in json.loads(line)["meetings"]:
                print("  " + json.dumps(meeting, ensure_ascii=False))


def throughput(extractor: MeetingExtractor, rows: list[dict], repeats: int) -> None:
    """Words per second of plain ``nlp.pipe`` and of ``extract_many``, runs interleaved."""
    texts = [as_text(r) for r in rows]
    items = [(t, published(r)) for t, r in zip(texts, rows)]
    words = sum(len(t.split()) for t in texts)
    pipe_rates, extract_rates = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in extractor.nlp.pipe(texts, batch_size=16):
            pass
        pipe_rates.append(words / (time.perf_counter() - start))
        start = time.perf_counter()
        for _meetings in extractor.extract_many(items, batch_size=16):
            pass
        extract_rates.append(words / (time.perf_counter() - start))
    pipe, extract = statistics.median(pipe_rates), statistics.median(extract_rates)
    print(f"throughput over {len(texts)} texts, {words} words, median of {repeats}:")
    print(f"  nlp.pipe      {pipe:8.0f} words/s")
    print(f"  extract_many  {extract:8.0f} words/s")
    print(f"  ratio         {extract / pipe:8.2f}")


def compare_pipelines(repeats: int) -> None:
    """For each variant: plain nlp.pipe words/s and, when the rules can run on it, extract_many
    words/s and F1 on both gold sets; then n_process 1 vs 2 on the default pipeline."""
    sets = {name: read_gold(path) for name, path in (("dev", DEV), ("original", ORIGINAL))}
    inputs = {}
    for name, gold in sets.items():
        rows = extractor_input(gold)
        inputs[name] = ([(as_text(r), published(r)) for r in rows], [r["id"] for r in rows])
    texts = [t for t, _ in inputs["dev"][0]]
    words = sum(len(t.split()) for t in texts)
    print(f"pipelines (batch 16; words/s over dev's {len(texts)} texts, {words} words, median of {repeats}):")
    print(f"  {'variant':30} {'nlp.pipe':>8} {'extract':>8} {'dev F1':>7} {'occ F1':>7} {'orig F1':>8} {'occ F1':>7}")
    for variant, exclude in VARIANTS.items():
        extractor = MeetingExtractor(load_nlp(exclude=exclude))
        pipe_rates, rates, lines, failure = [], [], "", None
        for _ in range(repeats):
            start = time.perf_counter()
            for _doc in extractor.nlp.pipe(texts, batch_size=16):
                pass
            pipe_rates.append(words / (time.perf_counter() - start))
            if failure is None:
                try:
                    lines, seconds = predictions(extractor, *inputs["dev"])
                    rates.append(words / seconds)
                except ValueError as exc:  # the Matcher refuses LEMMA patterns without a lemmatizer
                    failure = str(exc).split("]")[0].strip("[")
        mark = "  (default)" if tuple(exclude) == tuple(DEFAULT_EXCLUDE) else ""
        if failure:
            print(f"  {variant:30} {statistics.median(pipe_rates):8.0f} {'-':>8}   rules cannot run ({failure}){mark}")
            continue
        dev = figures(score(sets["dev"], lines))
        original = figures(score(sets["original"], predictions(extractor, *inputs["original"])[0]))
        print(f"  {variant:30} {statistics.median(pipe_rates):8.0f} {statistics.median(rates):8.0f} "
              f"{dev[0]:7.3f} {dev[1]:7.3f} {original[0]:8.3f} {original[1]:7.3f}{mark}")
    extractor = MeetingExtractor(load_nlp())
    reference = None
    items, ids = inputs["dev"]
    small = (items[:8], ids[:8])
    small_words = sum(len(t.split()) for t, _ in small[0])
    print("n_process (default pipeline, extract_many, wall clock including worker start-up):")
    for n in (1, 2):
        rates, small_rates = [], []
        for _ in range(repeats):
            lines, seconds = predictions(extractor, items, ids, n_process=n)
            rates.append(words / seconds)
            small_rates.append(small_words / predictions(extractor, *small, n_process=n)[1])
        reference = reference or lines
        same = "same output" if lines == reference else "OUTPUT DIFFERS"
        print(f"  n_process={n}  all dev {statistics.median(rates):6.0f} words/s   "
              f"a consumer-sized call of 8 articles {statistics.median(small_rates):6.0f} words/s   {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEV, help="gold JSON Lines file (default: the dev set)")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--repeats", type=int, default=3, help="timing runs of each kind")
    parser.add_argument("--pipelines", action="store_true",
                        help="compare pipeline variants and n_process instead of the usual report")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message=r"\[W108\]")  # lemmatizer without POS, in --pipelines

    if args.pipelines:
        compare_pipelines(args.repeats)
        return
    extractor = MeetingExtractor(load_nlp())
    report_quality(args.gold, extractor, args.verbose)
    if args.repeats > 0:
        throughput(extractor, extractor_input(read_gold(args.gold)), args.repeats)


if __name__ == "__main__":
    main()
