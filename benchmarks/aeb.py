"""Body-extraction quality and speed of clean_html against plain trafilatura, on the AEB set.

Runs both extractors over the 181 pages of ``shared/eval/aeb`` in the same process, scores each
with the benchmark's own ``score.py`` and prints precision/recall/F1, pages per second and the
speed ratio. ``--keep DIR`` leaves the prediction files there for a closer look.

    python benchmarks/aeb.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import trafilatura

from newswatch.flows.clean import CleaningError, clean_html

Extractor = Callable[[bytes, str], str]
WARM_UP_PAGES = 10


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("NEWSWATCH_SHARED", default))


def load_pages(aeb: Path) -> dict[str, tuple[bytes, str]]:
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for path in sorted((aeb / "html_gz").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        pages[page_id] = (gzip.decompress(path.read_bytes()), truth[page_id]["url"])
    return pages


def newswatch_body(html: bytes, url: str) -> str:
    try:
        return clean_html(html, url).body or ""
    except CleaningError:
        return ""


def plain_trafilatura_body(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def run(extract: Extractor, pages: dict[str, tuple[bytes, str]]) -> tuple[dict[str, str], float]:
    # Untimed warm-up, so neither side pays for first-call imports and caches in its speed.
    for html, url in list(pages.values())[:WARM_UP_PAGES]:
        extract(html, url)
    started = time.perf_counter()
    bodies = {page_id: extract(html, url) for page_id, (html, url) in pages.items()}
    return bodies, len(pages) / (time.perf_counter() - started)


def score(aeb: Path, bodies: dict[str, str], out: Path) -> str:
    out.write_text(json.dumps(bodies, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(aeb / "score.py"), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def newswatch_f1() -> float:
    """F1 of clean_html's bodies over the whole set, by the benchmark's own scorer."""
    aeb = shared_dir() / "eval" / "aeb"
    with tempfile.TemporaryDirectory() as tmp:
        bodies, _ = run(newswatch_body, load_pages(aeb))
        return float(re.search(r"F1 ([\d.]+)", score(aeb, bodies, Path(tmp) / "newswatch.json"))[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to keep the prediction JSON files in")
    args = parser.parse_args()
    # trafilatura logs a warning per discarded page; the scores already say how many failed.
    warnings.simplefilter("ignore")

    aeb = shared_dir() / "eval" / "aeb"
    pages = load_pages(aeb)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        speeds = {}
        for name, extract in (
            ("newswatch", newswatch_body),
            ("trafilatura", plain_trafilatura_body),
        ):
            bodies, speeds[name] = run(extract, pages)
            scores = score(aeb, bodies, folder / f"{name}.json")
            print(f"{name:12s} {scores}  {speeds[name]:.1f} pages/s")
    print(f"speed ratio newswatch/trafilatura {speeds['newswatch'] / speeds['trafilatura']:.2f}")


if __name__ == "__main__":
    main()
