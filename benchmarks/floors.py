"""The quality floors: fails (exit 1) when a figure on the evaluation data drops below its floor.

Reads the evaluation data beside the project (``../shared``, or NEWSWATCH_SHARED) and the floors
in ``benchmarks/floors.toml``: body F1 on the AEB pages, titles and dates of the saved news pages,
malformed feeds flagged among feedparser's 209 documents, and per gold meeting file the meeting,
occurred-only and participant F1 at the default alert floor and the share of matched people given
their country, with no denied or cancelled meeting alerted as occurred. ``scripts/test.sh`` runs it
after the tests when the data is there.

    python benchmarks/floors.py [--write]

``--write`` prints the measured figures as a floors file instead of checking them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
import warnings
from pathlib import Path

from benchmarks import aeb, meetings, news_html
from newswatch.consumers.extraction import MeetingExtractor, load_nlp
from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE
from newswatch.flows.feeds import parse_feed

FLOORS = Path(__file__).with_name("floors.toml")


def page_figures() -> dict[str, float]:
    titles = dates = titled = dated = 0
    for name in news_html.FOLDERS:
        tally, _ = news_html.measure(meetings.SHARED / "eval" / name)
        titles, titled = titles + tally.loose["title"], titled + tally.seen["title"]
        dates, dated = dates + tally.loose["date"], dated + tally.seen["date"]
    return {"page_titles": round(titles / titled, 3), "page_dates": round(dates / dated, 3)}


def feeds_flagged() -> int:
    folder = meetings.SHARED / "eval" / "feeds"
    flagged = 0
    for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]:
        headers = {k.lower(): v for k, v in (entry.get("emulated_http_headers") or {}).items()}
        feed = parse_feed((folder / entry["file"]).read_bytes(), f"http://127.0.0.1/{entry['file']}",
                          headers.get("content-type"))
        flagged += bool(entry.get("expect_bozo") and feed.malformed)
    return flagged


def meeting_figures() -> dict[str, dict[str, float]]:
    extractor = MeetingExtractor(load_nlp())
    out = {}
    for path in [*meetings.GOLD_FILES, meetings.ORIGINAL, *meetings.OWN_FILES]:
        gold = meetings.read_gold(path)
        rows = meetings.extractor_input(gold)
        lines, _ = meetings.predictions(extractor, [(meetings.as_text(r), meetings.published(r)) for r in rows],
                                        [r["id"] for r in rows])
        predicted = {d["id"]: d["meetings"] for d in map(json.loads, lines.splitlines())}
        figures = meetings.row(gold, predicted, DEFAULT_MIN_CONFIDENCE)
        out[path.name] = {"f1": float(figures["F1"]), "occurred_f1": float(figures["occ F1"]),
                          "participant_f1": float(figures["part F1"]),
                          **({"country": float(figures["country"])} if figures["country"] != "n/a" else {}),
                          "occurred_but_denied_or_cancelled": int(figures["!occ"])}
    return out


def measure() -> dict:
    warnings.simplefilter("ignore")  # trafilatura warns per discarded page; the figures say it
    return {"aeb_f1": aeb.newswatch_f1(), **page_figures(), "feeds_flagged": feeds_flagged(),
            "meetings": meeting_figures()}


def shortfalls(figures: dict, floors: dict, where: str = "") -> list[str]:
    """Every figure below its floor (or a floored figure no longer measured), named."""
    out = []
    for name, floor in floors.items():
        if isinstance(floor, dict):
            out += shortfalls(figures.get(name, {}), floor, f"{where}{name} ")
        elif name not in figures:
            out.append(f"{where}{name}: not measured (floor {floor})")
        elif figures[name] < floor:
            out.append(f"{where}{name}: {figures[name]} < floor {floor}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="print the measured figures as floors")
    args = parser.parse_args()
    if not (meetings.SHARED / "eval").is_dir():
        sys.exit(f"floors: no evaluation data at {meetings.SHARED} (set NEWSWATCH_SHARED)")
    figures = measure()
    if args.write:
        for name, value in figures.items():
            if not isinstance(value, dict):
                print(f"{name} = {value}")
        for gold, values in figures["meetings"].items():
            print(f'\n[meetings."{gold}"]\n' + "\n".join(f"{k} = {v}" for k, v in values.items()
                                                        if k != "occurred_but_denied_or_cancelled"))
        return
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    failed = shortfalls(figures, floors)
    wrong = [f"meetings {name}: {v['occurred_but_denied_or_cancelled']} denied or cancelled meeting(s) "
             "alerted as occurred" for name, v in figures["meetings"].items() if v["occurred_but_denied_or_cancelled"]]
    print(json.dumps(figures, indent=1))
    for line in failed + wrong:
        print(f"floors: BELOW {line}", file=sys.stderr)
    if failed or wrong:
        sys.exit(1)
    print("floors: every figure at or above its floor")


if __name__ == "__main__":
    main()
