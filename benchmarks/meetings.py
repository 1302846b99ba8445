"""Meeting extraction on the dev gold set: quality (score.py) and speed (extract_many vs nlp.pipe).

Usage: python benchmarks/meetings.py [--verbose] [--repeats N]

Prints figures, asserts nothing. The shared folder (gold set, saved pages, seed) is the repo's
sibling ``shared/`` unless NEWSWATCH_SHARED points elsewhere. Extraction goes through the
project CLI (``newswatch extract --jsonl IN``) when it is installed, else through
:class:`MeetingExtractor` directly with trafilatura turning saved pages into text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

from newswatch.consumers.extract import MeetingExtractor, load_nlp

SHARED = Path(os.environ.get("NEWSWATCH_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
GOLD = SHARED / "eval" / "meetings" / "dev.jsonl"
SCORER = SHARED / "eval" / "meetings" / "score.py"


def extractor_input(gold: Path) -> list[dict]:
    """One {"id", "text" or "html", "published"} per gold article, pages read from news_html/."""
    rows = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
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


def predict_with_cli(input_path: Path, output_path: Path) -> bool:
    cli = shutil.which("newswatch") or str(Path(sys.executable).with_name("newswatch"))
    if not Path(cli).exists():
        return False
    done = subprocess.run([cli, "extract", "--jsonl", str(input_path)], capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        print(f"CLI unavailable ({done.stderr.strip().splitlines()[-1:] or done.returncode}); "
              "calling the extractor directly")
        return False
    output_path.write_text(done.stdout, encoding="utf-8")
    return True


def predict_directly(rows: list[dict], extractor: MeetingExtractor, output_path: Path) -> None:
    results = extractor.extract_many((as_text(r), published(r)) for r in rows)
    with output_path.open("w", encoding="utf-8") as out:
        for row, meetings in zip(rows, results):
            out.write(json.dumps({"id": row["id"], "meetings": [m.to_json() for m in meetings]}) + "\n")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--repeats", type=int, default=3, help="timing runs of each kind")
    args = parser.parse_args()

    rows = extractor_input(GOLD)
    extractor = MeetingExtractor(load_nlp())
    with tempfile.TemporaryDirectory() as tmp:
        input_path, output_path = Path(tmp) / "input.jsonl", Path(tmp) / "predictions.jsonl"
        input_path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        if not predict_with_cli(input_path, output_path):
            predict_directly(rows, extractor, output_path)
        score = [sys.executable, str(SCORER), str(GOLD), str(output_path)] + (["--verbose"] if args.verbose else [])
        print(subprocess.run(score, capture_output=True, text=True, check=True).stdout)
        seed = next(json.loads(line) for line in output_path.read_text().splitlines()
                    if json.loads(line)["id"] == "seed")
        print("seed:")
        for meeting in seed["meetings"]:
            print("  " + json.dumps(meeting, ensure_ascii=False))
    throughput(extractor, rows, args.repeats)


if __name__ == "__main__":
    main()
