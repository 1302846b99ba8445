"""Meeting extraction on the gold sets: quality (score.py) and speed (extract_many vs nlp.pipe).

Usage: python benchmarks/meetings.py [--gold PATH ...] [--verbose] [--repeats N] [--news-mix N] [--pipelines]
       [--save FILE] [--against FILE]

Prints figures, asserts nothing. By default every gold file is scored (``dev.jsonl``,
``dev-bbc.jsonl``, ``dev-constructions.jsonl`` from the shared folder, the project's own
tests/fixtures/meetings_original.jsonl, and our own labels in benchmarks/labels/: BBC articles and
news pages, their texts read from the shared folder, and original articles with their text), each
whole and by halves — ``tune`` / ``check`` by ``int(sha1(id), 16) % 2`` (0 tunes, 1
checks), or the file's own ``split`` field — then pooled:
meeting P/R/F1 (all statuses and occurred-only), participant F1, and on matched meetings kind,
status, date and location accuracy and the share of named people given their country, and
``!occ``: denied or cancelled meetings reported as
occurred (as a meeting of their kind). Meetings are counted at the default confidence floor (what a
subscriber is alerted of); the pooled tuning halves are also swept over floors, which is how the
default was chosen. Throughput is extract_many against plain ``nlp.pipe`` on the same texts in
the same run. ``--pipelines`` compares pipeline variants and ``n_process`` 1 vs 2 instead.
``--save`` keeps every article's predictions; ``--against`` a file so saved lists what a change
moved: meetings found and false alarms per tuning article, and for the check halves only totals per
file (their failures are not read one by one until the end, so they stay a fair test).

The shared folder is the repo's sibling ``shared/`` unless NEWSWATCH_SHARED points elsewhere.
Saved pages (``news_html/…``, ``news_html2/…``) are turned into text with trafilatura, as the ingest flow does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import importlib.util
import json
import os
import re
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import trafilatura
from spacy.language import Language

from newswatch.consumers.extraction import DEFAULT_EXCLUDE, MeetingExtractor, load_nlp
from newswatch.consumers.extraction.passages import passages
from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE, Status

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWATCH_SHARED") or ROOT.parent / "shared")
DEV = SHARED / "eval" / "meetings" / "dev.jsonl"
GOLD_FILES = [DEV, DEV.with_name("dev-bbc.jsonl"), DEV.with_name("dev-constructions.jsonl")]
ORIGINAL = ROOT / "tests" / "fixtures" / "meetings_original.jsonl"
# Our own labels of BBC articles nobody tuned on; their texts stay in the shared folder (BBC terms).
# The second set is all check half (its lines say so): nothing is tuned on it. The tuning sets are
# all tuning half: rules are written while reading their failures.
OWN_BBC = ROOT / "benchmarks" / "labels" / "bbc-own.jsonl"
OWN_BBC2 = OWN_BBC.with_name("bbc-own2.jsonl")
OWN_BBC3 = OWN_BBC.with_name("bbc-check3.jsonl")
# Sport, entertainment and tech articles: a tune half and a held-out check half.
OWN_BBC_OTHER = OWN_BBC.with_name("bbc-other-check.jsonl")
# Original articles written in the BBC's style of 2004-05 (meetings told in passing): tune and check.
OWN_BBC_STYLE_CHECK = OWN_BBC.with_name("bbc-style-check.jsonl")
OWN_BBC_STYLE2_CHECK = OWN_BBC.with_name("bbc-style2-check.jsonl")
OWN_TUNE = [OWN_BBC.with_name("bbc-tune.jsonl"), OWN_BBC.with_name("bbc-tune2.jsonl"), OWN_BBC.with_name("bbc-other-tune.jsonl"),
            OWN_BBC.with_name("bbc-style-tune.jsonl"), OWN_BBC.with_name("bbc-style2-tune.jsonl"),
            *(OWN_BBC.with_name(f"constructions-tune{n}.jsonl") for n in ("", *map(str, range(2, 27))))]
OWN_CONSTRUCTIONS_CHECK = [OWN_BBC.with_name(f"constructions-check{n}.jsonl")
                           for n in ("", *map(str, range(2, 27)))]
# Real news pages of many publishers (2024-26) that no shared gold file labels: tune and check halves.
OWN_PAGES = OWN_BBC.with_name("news-pages.jsonl")
OWN_FILES = [OWN_BBC, OWN_BBC2, OWN_BBC3, OWN_BBC_OTHER, OWN_BBC_STYLE_CHECK, OWN_BBC_STYLE2_CHECK, *OWN_TUNE, *OWN_CONSTRUCTIONS_CHECK, OWN_PAGES]
BBC = SHARED / "eval" / "bbc" / "articles.jsonl"
SCORER = SHARED / "eval" / "meetings" / "score.py"
# Pipeline variants compared by --pipelines: components left out of en_core_web_sm.
VARIANTS = {
    "full": (),
    "-lemmatizer": ("lemmatizer",),
    "-attribute_ruler": ("attribute_ruler",),
    "-lemmatizer -attribute_ruler": ("lemmatizer", "attribute_ruler"),
}


def read_gold(gold: Path) -> list[dict]:
    """Gold articles; a label without text gets the BBC article's text from the shared folder."""
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for article in articles:
        if "text" not in article and article["source"].startswith("bbc/"):
            article["text"] = bbc_texts()[article["id"]]
    return articles


@functools.cache
def bbc_texts() -> dict[str, str]:
    return {row["id"]: row["text"] for row in map(json.loads, BBC.read_text(encoding="utf-8").splitlines())}


def extractor_input(articles: list[dict]) -> list[dict]:
    """One {"id", "text" or "html", "published"} per gold article, pages read from news_html*/."""
    rows = []
    for article in articles:
        row = {"id": article["id"], "published": article["published"]}
        if article["source"].startswith("news_html"):
            row["html"] = (SHARED / "eval" / article["source"]).read_text(encoding="utf-8", errors="replace")
        else:
            row["text"] = article["text"]
        rows.append(row)
    return rows


def as_text(row: dict) -> str:
    return row["text"] if "text" in row else trafilatura.extract(row["html"], favor_precision=True) or ""


def published(row: dict) -> dt.date | None:
    return dt.date.fromisoformat(row["published"]) if row["published"] else None


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


def half(article: dict) -> str:
    if "split" in article:
        return "tune" if article["split"] == "tune" else "check"
    key = str(article.get("source_id", article["id"]))
    return ("tune", "check")[int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2]


FIGURES = {
    "P": r"^meetings\s+P ([\d.]+)", "R": r"^meetings .*R ([\d.]+)", "F1": r"^meetings .*F1 ([\d.]+)",
    "occ F1": r"^occurred only .*F1 ([\d.]+)", "part F1": r"^participants .*F1 ([\d.]+)",
    "kind": r"kind ([\d.]+|n/a)", "status": r"status ([\d.]+|n/a)", "date": r"date ([\d.]+|n/a)",
    "location": r"location ([\d.]+|n/a)",
}


def row(gold: list[dict], predicted: dict[str, list[dict]], floor: float) -> dict[str, str]:
    alerted = {a["id"]: [m for m in predicted[a["id"]] if m["confidence"] >= floor] for a in gold}
    report = score(gold, "".join(json.dumps({"id": aid, "meetings": ms}) + "\n" for aid, ms in alerted.items()))
    out = {name: re.search(pattern, report, re.M)[1] for name, pattern in FIGURES.items()}
    out["gold"] = str(sum(1 for a in gold for m in a["meetings"] if not m.get("optional")))
    out["!occ"] = str(sum(len(not_occurred_alerted(
        [m for m in a["meetings"] if not m.get("optional")], alerted[a["id"]])) for a in gold))
    out["country"] = country_accuracy(gold, alerted)
    return out


def country_accuracy(gold: list[dict], alerted: dict[str, list[dict]]) -> str:
    """On matched meetings, the share of named people the gold gives a country whose country came
    out the same (a missing one counts as wrong): the scorer does not score it, subscribers read it."""
    scorer = _scorer()
    right = total = 0
    for article in gold:
        for g, p, _ in scorer.pair([m for m in article["meetings"] if not m.get("optional")], alerted[article["id"]]):
            for person in g["participants"]:
                if not person.get("country") or len(scorer.words(person["name"])) < 2:
                    continue  # (a body or state, matched on its country by the scorer)
                found = next((q for q in p.get("participants") or [] if scorer.same_name(person["name"], q.get("name") or "")), None)
                if found is not None:
                    total += 1
                    right += found.get("country") == person["country"]
    return f"{right / total:.3f}" if total else "n/a"


def not_occurred_alerted(gold: list[dict], alerted: list[dict]) -> list[tuple[dict, dict]]:
    """Gold meetings that did not happen (denied, cancelled) alerted as having happened: the worst error.

    Counted on the scorer's pairing, except where that pairing is a tie it broke by list order: the
    scorer pairs on participants alone, so the same two leaders' dinner that took place and the
    council they postponed tie, and the later-listed council wins. An alert that a meeting of the
    same kind which did take place matches as closely and agrees with on the date is the report of
    that meeting; so is one of another kind (a call that took place, paired with a called-off visit).
    """
    happened = [g for g in gold if g.get("status") == Status.OCCURRED]
    scorer = _scorer()
    return [(g, p) for g, p, hits in scorer.pair(gold, alerted)
            if g.get("status") in (Status.DENIED, Status.CANCELLED) and p.get("status") == Status.OCCURRED
            and g.get("kind") == p.get("kind")
            and not any(o.get("kind") == p.get("kind") and o.get("date") == p.get("date")
                        and scorer.overlap(o["participants"], p.get("participants") or []) >= hits
                        for o in happened)]


@functools.cache
def _scorer():
    """The shared scorer as a module, for its meeting pairing."""
    spec = importlib.util.spec_from_file_location("meeting_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_quality(paths: list[Path], extractor: MeetingExtractor, verbose: bool) -> tuple[list[dict], dict]:
    """The per-file table at the default floor; returns every gold article read and the meetings
    predicted for each (by article id)."""
    columns = ["gold", "P", "R", "F1", "occ F1", "part F1", "kind", "status", "date", "location", "country", "!occ"]
    print(f"quality at the default confidence floor {DEFAULT_MIN_CONFIDENCE} (what subscribers are alerted of):")
    print(f"  {'file / part':34}{'articles':>9}" + "".join(f"{c:>9}" for c in columns))
    pooled: list[dict] = []
    predicted: dict[str, list[dict]] = {}
    for path in paths:
        # Ids made unique across files for pooling; the halves are drawn on the file's own ids.
        gold = [dict(a, id=f"{path.stem}:{a['id']}", source_id=a["id"]) for a in read_gold(path)]
        rows = extractor_input(gold)
        lines, _ = predictions(extractor, [(as_text(r), published(r)) for r in rows], [r["id"] for r in rows])
        predicted.update((d["id"], d["meetings"]) for d in map(json.loads, lines.splitlines()))
        parts = [(f"  {h}", [a for a in gold if half(a) == h]) for h in ("tune", "check")]
        for part, articles in [("", gold)] + [(name, articles) for name, articles in parts if articles]:
            figures_ = row(articles, predicted, DEFAULT_MIN_CONFIDENCE)
            name = path.name if not part else part
            print(f"  {name:34}{len(articles):>9}" + "".join(f"{figures_[c]:>9}" for c in columns))
        if verbose:
            print(score(gold, "".join(json.dumps({"id": a["id"], "meetings": predicted[a["id"]]}) + "\n"
                                      for a in gold), verbose=True))
        pooled += gold
    for h in ("tune", "check"):
        articles = [a for a in pooled if half(a) == h]
        figures_ = row(articles, predicted, DEFAULT_MIN_CONFIDENCE)
        print(f"  {'pooled ' + h:34}{len(articles):>9}" + "".join(f"{figures_[c]:>9}" for c in columns))
    tune = [a for a in pooled if half(a) == "tune"]
    print("confidence floor, pooled tuning halves (F1 / occurred F1 / participant F1):")
    for floor in (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        f = row(tune, predicted, floor)
        mark = "  (default)" if floor == DEFAULT_MIN_CONFIDENCE else ""
        print(f"  >= {floor:.2f}   P {f['P']}  R {f['R']}  F1 {f['F1']}  occ F1 {f['occ F1']}  "
              f"part F1 {f['part F1']}{mark}")
    for article in pooled:
        if article["id"].endswith(":seed"):
            print("seed:")
            for meeting in predicted[article["id"]]:
                print("  " + json.dumps({k: meeting[k] for k in ("kind", "status", "date", "location")}
                                        | {"participants": [p["name"] for p in meeting["participants"]]},
                                        ensure_ascii=False))
    return pooled, predicted


def counts(article: dict, meetings: list[dict]) -> tuple[int, int]:
    """(gold meetings found, false alarms) among the meetings alerted at the default floor; a
    meeting matching only a borderline ("optional") gold one is neither."""
    scorer = _scorer()
    required = [m for m in article["meetings"] if not m.get("optional")]
    alerted = [m for m in meetings if m["confidence"] >= DEFAULT_MIN_CONFIDENCE]
    found = scorer.pair(required, alerted)
    rest = [m for m in alerted if all(m is not p for _, p, _ in found)]
    borderline = scorer.pair([m for m in article["meetings"] if m.get("optional")], rest)
    return len(found), len(rest) - len(borderline)


def report_changes(gold: list[dict], before: dict[str, list[dict]], after: dict[str, list[dict]]) -> None:
    """Meetings found and false alarms that moved between two runs: per article on the tuning
    halves, per file on the check halves."""
    print("against the saved run (meetings found / false alarms at the default floor):")
    totals: dict[tuple[str, str], list[int]] = {}  # (half, article id on tune / file on check) → moves
    for article in gold:
        if article["id"] not in before:
            continue
        found, false = counts(article, after[article["id"]])
        was_found, was_false = counts(article, before[article["id"]])
        if (found, false) == (was_found, was_false):
            continue
        h = half(article)
        moved = totals.setdefault((h, article["id"] if h == "tune" else article["id"].split(":")[0]), [0, 0])
        moved[0] += found - was_found
        moved[1] += false - was_false
    for (h, where), (found, false) in totals.items():
        print(f"  {h:6}{where:50} found {found:+d}   false alarms {false:+d}")
    for h in ("tune", "check"):
        moved = [v for (part, _), v in totals.items() if part == h]
        print(f"  {h} halves: found {sum(v[0] for v in moved):+d}, false alarms {sum(v[1] for v in moved):+d}")


def compare_passages(gold: list[dict], extractor: MeetingExtractor, whole: MeetingExtractor) -> None:
    """Quality of the default extractor (the passages around meeting words parsed) beside the
    whole-text parse, per gold file, on the same articles in the same run."""
    names = ("F1", "occ F1", "part F1", "kind", "status", "date", "location")
    print("passages parsed vs whole text parsed (per file: passages / whole; largest gap):")
    for stem in dict.fromkeys(a["id"].split(":")[0] for a in gold):
        articles = [a for a in gold if a["id"].startswith(stem + ":")]
        rows = extractor_input(articles)
        items, ids = [(as_text(r), published(r)) for r in rows], [r["id"] for r in rows]
        got = [row(articles, dict((d["id"], d["meetings"]) for d in map(json.loads, predictions(e, items, ids)[0]
                                                                         .splitlines())), DEFAULT_MIN_CONFIDENCE)
               for e in (extractor, whole)]
        gaps = [abs(float(got[0][n]) - float(got[1][n])) for n in names if "n/a" not in (got[0][n], got[1][n])]
        print(f"  {stem:26}" + "".join(f" {n} {got[0][n]}/{got[1][n]}" for n in names) + f"   gap {max(gaps):.3f}")


def throughput(plain: Language, extractor: MeetingExtractor, whole: MeetingExtractor, rows: list[dict],
               repeats: int, label: str = "texts") -> None:
    """Words per second of plain ``nlp.pipe`` (the model as shipped) and of ``extract_many``
    parsing the passages around meeting words (the default) and the whole text, runs interleaved."""
    texts = [as_text(r) for r in rows]
    items = [(t, published(r)) for t, r in zip(texts, rows)]
    words = sum(len(t.split()) for t in texts)
    rates: dict[str, list[float]] = {"nlp.pipe": [], "extract_many, whole text": [], "extract_many, passages": []}
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in plain.pipe(texts, batch_size=16):
            pass
        rates["nlp.pipe"].append(words / (time.perf_counter() - start))
        for name, e in (("extract_many, whole text", whole), ("extract_many, passages", extractor)):
            start = time.perf_counter()
            for _meetings in e.extract_many(items, batch_size=16):
                pass
            rates[name].append(words / (time.perf_counter() - start))
    unparsed = sum(not extractor.lexicon.prefilter.search(t) for t in texts)
    parsed_words = sum(len(kept.text.split()) for t in texts if (kept := passages(t, extractor.lexicon.prefilter)))
    print(f"throughput over {len(texts)} {label}, {words} words ({unparsed} texts without a meeting word; "
          f"passages hold {parsed_words / words:.0%} of the words), median of {repeats}:")
    pipe = statistics.median(rates["nlp.pipe"])
    for name, values in rates.items():
        print(f"  {name:26} {statistics.median(values):8.0f} words/s   ÷ nlp.pipe {statistics.median(values) / pipe:5.2f}")


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
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold JSON Lines file; repeat for several (default: every gold file)")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--repeats", type=int, default=3, help="timing runs of each kind")
    parser.add_argument("--news-mix", type=int, default=0, metavar="N",
                        help="also time N random articles of ../shared/eval/bbc (a real news mix)")
    parser.add_argument("--pipelines", action="store_true",
                        help="compare pipeline variants and n_process instead of the usual report")
    parser.add_argument("--save", type=Path, metavar="FILE", help="write every article's predictions to FILE (JSON)")
    parser.add_argument("--against", type=Path, metavar="FILE",
                        help="list what moved since the run saved in FILE (tuning articles; check halves as totals)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message=r"\[W108\]")  # lemmatizer without POS, in --pipelines

    if args.pipelines:
        compare_pipelines(args.repeats)
        return
    extractor = MeetingExtractor(load_nlp())
    whole = MeetingExtractor(extractor.nlp, whole_text=True)
    gold, predicted = report_quality(args.gold or [*GOLD_FILES, ORIGINAL, *OWN_FILES], extractor, args.verbose)
    if args.against:
        report_changes(gold, json.loads(args.against.read_text(encoding="utf-8")), predicted)
    if args.save:
        args.save.write_text(json.dumps(predicted, ensure_ascii=False), encoding="utf-8")
    compare_passages(gold, extractor, whole)
    if args.repeats > 0:
        plain = load_nlp(plain=True)
        throughput(plain, extractor, whole, extractor_input(gold), args.repeats, "gold texts (meeting-rich)")
        if args.news_mix:
            mix = [json.loads(line) for line in (SHARED / "eval" / "bbc" / "articles.jsonl").open(encoding="utf-8")]
            random.Random(1).shuffle(mix)
            throughput(plain, extractor, whole, [{"text": a["text"], "published": None} for a in mix[:args.news_mix]],
                       args.repeats, "BBC articles (a real news mix)")


if __name__ == "__main__":
    main()
