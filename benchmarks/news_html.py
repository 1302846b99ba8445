"""Metadata and body checks of clean_html on the 50 + 45 real news pages of ``shared/eval/news_html``
and ``news_html2``.

For pages whose manifest gives them: title, date and author match rates, each strict and
normalised, plus the share of expected body paragraphs found in the body. For the others:
the share of must-appear segments found and must-not-appear boilerplate kept out.

Match rules. Titles: strict is equality after stripping outer whitespace; normalised also folds
Unicode (NFKC), runs of whitespace, curly quotes and case. Dates: strict is our date equal to
the calendar date written in the expected timestamp; normalised also accepts that timestamp's
UTC date (pages disagree on which time zone "the day" is in). Authors: strict is list equality;
normalised is set equality after the title normalisation.

    python benchmarks/news_html.py [-v]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newswatch.flows.clean import CleanedPage, CleaningError, clean_html

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_WORD = re.compile(r"\w+")
FOLDERS = ("news_html", "news_html2")


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("NEWSWATCH_SHARED", default))


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def words(text: str) -> str:
    return " ".join(_WORD.findall(normalise(text)))


def date_matches(ours: str | None, expected: str) -> tuple[bool, bool]:
    stamp = datetime.fromisoformat(expected)
    local = stamp.date().isoformat()
    utc = stamp.astimezone(UTC).date().isoformat() if stamp.tzinfo else local
    return ours == local, ours in (local, utc)


@dataclass
class Tally:
    """Counts of pages checked and matched, strict and normalised, per field."""

    seen: dict[str, int] = field(default_factory=dict)
    strict: dict[str, int] = field(default_factory=dict)
    loose: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, strict: bool, loose: bool) -> None:
        self.seen[name] = self.seen.get(name, 0) + 1
        self.strict[name] = self.strict.get(name, 0) + strict
        self.loose[name] = self.loose.get(name, 0) + loose

    def report(self) -> None:
        for name, seen in self.seen.items():
            print(
                f"{name:22s} strict {self.strict[name]:3d}/{seen} ({self.strict[name] / seen:6.1%})"
                f"   normalised {self.loose[name]:3d}/{seen} ({self.loose[name] / seen:6.1%})"
            )


def check_metadata(page: CleanedPage, expected: dict, tally: Tally, verbose: bool) -> None:
    if "title" in expected:
        title = page.title or ""
        strict, loose = (
            title.strip() == expected["title"].strip(),
            normalise(title) == normalise(expected["title"]),
        )
        tally.add("title", strict, loose)
        if verbose and not loose:
            print(f"   title  {title!r}\n   wanted {expected['title']!r}")
    if expected.get("publishing_date"):
        strict, loose = date_matches(page.date, expected["publishing_date"])
        tally.add("date", strict, loose)
        if verbose and not loose:
            print(f"   date   {page.date} wanted {expected['publishing_date']}")
    if expected.get("authors"):
        strict = page.authors == expected["authors"]
        loose = {normalise(a) for a in page.authors} == {normalise(a) for a in expected["authors"]}
        tally.add("authors", strict, loose)
        if verbose and not loose:
            print(f"   authors {page.authors} wanted {expected['authors']}")


def check_body(page: CleanedPage, expected: dict, tally: Tally) -> None:
    body = words(page.body or "")
    paragraphs = [p for p in expected.get("body_paragraphs", []) if words(p)]
    if paragraphs:
        found = sum(words(p) in body for p in paragraphs)
        tally.add(
            "body paragraphs (page)", found == len(paragraphs), found >= 0.9 * len(paragraphs)
        )
    for segment in expected.get("segments_must_appear_in_body", []):
        found = words(segment) in body
        tally.add("segments present", found, found)
    for boilerplate in expected.get("boilerplate_must_not_appear", []):
        absent = words(boilerplate) not in body
        tally.add("boilerplate absent", absent, absent)


def measure(folder: Path, verbose: bool = False) -> tuple[Tally, int]:
    """The tally over one folder of saved pages, and how many failed to clean."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    tally, failures = Tally(), 0
    for entry in manifest["files"]:
        if verbose:
            print(entry["file"])
        try:
            page = clean_html((folder / entry["file"]).read_bytes(), entry["original_url"])
        except CleaningError as err:
            failures += 1
            print(f"   cleaning failed: {err}")
            continue
        expected = entry.get("expected") or {}
        check_metadata(page, expected, tally, verbose)
        check_body(page, expected, tally)
    return tally, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show every mismatch")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    for name in FOLDERS:
        tally, failures = measure(shared_dir() / "eval" / name, args.verbose)
        print(f"{name}: pages {sum(1 for _ in (shared_dir() / 'eval' / name).glob('*.html'))}, cleaning failures {failures}")
        tally.report()
    print("(body paragraphs: strict = all found, normalised = at least 90% found)")


if __name__ == "__main__":
    main()
