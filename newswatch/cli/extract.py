"""``newswatch extract``: the consumer's extraction path, for an analyst's file or a script's JSON
Lines; ``newswatch clean``: the ingest flow's cleaning of HTML files.

HTML goes through the ingest flow's cleaner and text through the consumer's extractor, so what
these print is what the pipeline would find in the same article.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from newswatch.cli.command import command, with_settings

if TYPE_CHECKING:
    from newswatch.settings import Settings

_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype|html|head|body|article|div|p)\b", re.I | re.S)


@command(help="print the meetings found in an article as JSON\n\nFILE: the article, plain text or HTML")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--published", metavar="YYYY-MM-DD", help="article date for relative dates")
@click.option("--jsonl", type=click.Path(path_type=Path), metavar="IN",
              help='JSON Lines of {"id", "text" or "html", "published"}; "-" for stdin')
@click.option("--min-confidence", type=float, metavar="C",
              help="print meetings of at least this confidence (default: what subscriptions alert by "
                   "default, 0.55; 0 prints every candidate)")
@with_settings
def extract(settings: Settings, file: Path | None, published: str | None, jsonl: Path | None,
            min_confidence: float | None) -> int:
    if jsonl:
        return extract_jsonl(settings, jsonl, sys.stdout, min_confidence=min_confidence)
    if not file:
        print("newswatch extract: give FILE or --jsonl IN", file=sys.stderr)
        return 2
    day = date.fromisoformat(published) if published else None
    return extract_file(settings, file, day, sys.stdout, min_confidence=min_confidence)


@command(help="print the cleaned article of each HTML file as JSON")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="the page's URL, to resolve relative links")
@with_settings
def clean(settings: Settings, files: tuple[Path, ...], url: str | None) -> int:
    from newswatch.flows.clean import CleaningError, clean_html

    status = 0
    for path in files:
        try:
            page = clean_html(path.read_bytes(), url)
        except (OSError, CleaningError) as exc:
            print(f"newswatch clean: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps({
            "file": str(path), "url": page.canonical_url or url, "title": page.title,
            "authors": page.authors, "date": page.date, "language": page.language,
            "sitename": page.sitename, "body": page.body,
        }, ensure_ascii=False))
    return status


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def article_text(raw: str, published: date | None, url: str | None = None) -> tuple[str, date | None]:
    """Body text to extract from, and the publication date (the page's when none was given)."""
    if not looks_like_html(raw):
        return raw, published
    from newswatch.flows.clean import CleaningError, clean_html

    try:
        page = clean_html(raw, url)
    except CleaningError:
        return "", published
    if published is None and page.date:
        published = date.fromisoformat(page.date[:10])
    return page.body or "", published


def _extractor(settings: Settings):
    from newswatch.consumers.extraction import MeetingExtractor, load_nlp

    return MeetingExtractor(load_nlp(settings.spacy_model), max_chars=settings.nlp_max_chars,
                            max_seconds=settings.nlp_max_seconds,
                            whole_text=settings.nlp_whole_text)


def _floor(min_confidence: float | None) -> float:
    """The confidence floor asked for, or the one subscriptions alert from by default."""
    from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE

    return DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence


def _meetings_json(meetings: list, floor: float) -> list[dict[str, Any]]:
    """The meetings a subscriber with this confidence floor would hear of."""
    return [m.to_json() for m in meetings if (m.confidence or 0) >= floor]


def extract_file(settings: Settings, path: Path, published: date | None, out: TextIO,
                 min_confidence: float | None = None) -> int:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"newswatch extract: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    text, published = article_text(raw, published)
    meetings = _extractor(settings).extract(text, published)
    json.dump(_meetings_json(meetings, _floor(min_confidence)), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0


def _read_items(lines: Iterator[str]) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, item, error) for each non-blank line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text", item.get("html")), str):
                raise ValueError('each line needs an object with "text" or "html"')
            published = date.fromisoformat(item["published"]) if item.get("published") else None
            text, published = (
                (item["text"], published) if "text" in item else article_text(item["html"], published, item.get("url"))
            )
            yield number, {"id": item.get("id"), "text": text, "published": published}, None
        except (ValueError, TypeError) as exc:
            yield number, None, f"line {number}: {exc}"


def extract_jsonl(settings: Settings, source: Path, out: TextIO, chunk: int = 64,
                  min_confidence: float | None = None) -> int:
    """One output line ``{"id", "meetings"}`` per input line (``{"id", "error"}`` when unreadable)."""
    extractor, floor = _extractor(settings), _floor(min_confidence)
    handle = sys.stdin if str(source) == "-" else open(source, encoding="utf-8")
    failures = 0
    with handle:
        items = _read_items(iter(handle))
        while batch := list(islice(items, chunk)):
            good = [item for _, item, _ in batch if item is not None]
            results = iter(extractor.extract_many(
                [(i["text"], i["published"]) for i in good],
                batch_size=settings.nlp_batch_size, n_process=settings.nlp_processes,
            ))
            for number, item, error in batch:
                if item is None:
                    failures += 1
                    print(f"newswatch extract: {error}", file=sys.stderr)
                    out.write(json.dumps({"id": None, "error": error}) + "\n")
                    continue
                line = {"id": item["id"], "meetings": _meetings_json(next(results), floor)}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 1 if failures else 0
