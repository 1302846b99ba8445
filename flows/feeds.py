"""The feed list (data in TOML) and reading one feed document into items.

A feed list entry::

    [[feeds]]
    name = "Example World News"
    url = "https://example.org/world/rss.xml"
    tier = "international"        # wire | international | regional | local
    language = "en"
    interval_minutes = 15         # optional; default: settings.poll_interval_seconds
    enabled = true                # optional

Feed documents are parsed by feedparser from bytes we fetched (never from a URL, so it cannot be
made to open files or fetch). XML entity expansion ("billion laughs") is not a danger there:
feedparser replaces the document's DOCTYPE before parsing and keeps none of its ENTITY
declarations that refer to other entities, so ``&lol9;`` stays an undefined entity and the
document is flagged malformed (``tests/integration/test_ingest_hostile.py`` feeds it a real one).
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from time import struct_time
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from newswatch.errors import NewswatchError

# A host name (letters, digits, dots, hyphens) or a bracketed IPv6 address, then an optional port.
_HOST = re.compile(r"^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:\d{1,5})?$")


def _absolute_http(url: object) -> bool:
    """An http(s) URL whose host is a host name or address ("news.example .com" is not, though
    urlsplit takes it); international names count in their ASCII form."""
    if not isinstance(url, str) or url != url.strip():
        return False
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    try:
        netloc = netloc if netloc.isascii() else netloc.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return parts.scheme in ("http", "https") and bool(_HOST.match(netloc))


TIERS = ("wire", "international", "regional", "local")
_KEYS = ("url", "name", "tier", "language", "interval_minutes", "enabled")
_ENTRY_HEADER = re.compile(r"^\s*\[\[\s*feeds\s*\]\]\s*(#.*)?$")


class FeedListError(NewswatchError, ValueError):
    """The feed list cannot be used; the text lists every problem with its entry."""


@dataclass(frozen=True)
class FeedSpec:
    url: str
    name: str
    tier: str = "international"
    language: str | None = None
    interval_minutes: int | None = None
    enabled: bool = True


def check_entry(entry: object) -> tuple[FeedSpec | None, list[str]]:
    """One feed list entry as a :class:`FeedSpec`, and what is wrong with it (if anything)."""
    if not isinstance(entry, dict):
        return None, ["not a table"]
    problems = []
    unknown = set(entry) - set(_KEYS)
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)} (known: {', '.join(_KEYS)})")
    url = entry.get("url")
    if not _absolute_http(url):
        return None, [*problems, f"url must be an absolute http(s) URL with a valid host, got {url!r}"]
    tier = entry.get("tier", "international")
    if tier not in TIERS:
        problems.append(f"tier {tier!r} is not one of {', '.join(TIERS)}")
    language = entry.get("language")
    if language is not None and not (isinstance(language, str) and re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", language)):
        problems.append(f"language must be a language code such as 'en' or 'pt-BR', got {language!r}")
    interval = entry.get("interval_minutes")
    if interval is not None and (not isinstance(interval, int) or isinstance(interval, bool) or interval < 1):
        problems.append(f"interval_minutes must be a whole number of minutes ≥ 1, got {interval!r}")
    if not isinstance(entry.get("enabled", True), bool):
        problems.append("enabled must be true or false")
    name = entry.get("name")
    if name is not None and not (isinstance(name, str) and name.strip()):
        problems.append("name must be a non-empty string")
    spec = FeedSpec(url=url, name=str(name or urlsplit(url).netloc), tier=tier, language=language,
                    interval_minutes=interval if isinstance(interval, int) else None,
                    enabled=entry.get("enabled", True) is True)
    return spec, problems


def load_feed_list(path: Path) -> list[FeedSpec]:
    """Read and validate a feed list; raise :class:`FeedListError` naming each bad entry."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FeedListError(f"feed list {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise FeedListError(f"feed list {path} is not valid TOML: {exc}") from exc
    entries = data.get("feeds", [])
    if not isinstance(entries, list):
        raise FeedListError(f"{path}: 'feeds' must be an array of tables ([[feeds]])")
    problems, feeds, seen = [], [], set()
    for index, entry in enumerate(entries, start=1):
        where = f"{path} entry {index}"
        spec, entry_problems = check_entry(entry)
        problems.extend(f"{where}: {problem}" for problem in entry_problems)
        if spec is None:
            continue
        if spec.url in seen:
            problems.append(f"{where}: duplicate url {spec.url}")
            continue
        seen.add(spec.url)
        feeds.append(spec)
    if problems:
        raise FeedListError("\n".join(problems))
    return feeds


def add_feed(path: Path, entry: dict[str, Any]) -> FeedSpec:
    """Append one entry to the feed list, keeping the file's comments and layout.

    The list must stay valid with the entry added, or nothing is written.
    """
    spec, problems = check_entry(entry)
    if problems or spec is None:
        raise FeedListError("\n".join(f"new entry: {p}" for p in problems))
    existing = load_feed_list(path) if Path(path).exists() else []
    if any(f.url == spec.url for f in existing):
        raise FeedListError(f"new entry: {spec.url} is already in {path}")
    lines = ["", "[[feeds]]"]
    for key in _KEYS:
        if entry.get(key) is not None:
            value = entry[key]
            # A JSON string is a valid TOML basic string; numbers and booleans need their TOML spelling.
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value).lower()}")
    text = Path(path).read_text(encoding="utf-8") if Path(path).exists() else ""
    Path(path).write_text(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    load_feed_list(path)
    return spec


def remove_feed(path: Path, url_or_name: str) -> list[FeedSpec]:
    """Remove the entries whose url or name is ``url_or_name``; other lines stay as they were."""
    load_feed_list(path)
    text = Path(path).read_text(encoding="utf-8")
    blocks: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if _ENTRY_HEADER.match(line):
            blocks.append([])
        blocks[-1].append(line)
    kept, removed = [blocks[0]], []
    for block in blocks[1:]:
        [entry] = tomllib.loads("".join(block))["feeds"]
        if url_or_name in (entry.get("url"), entry.get("name")):
            removed.append(check_entry(entry)[0])
        else:
            kept.append(block)
    if not removed:
        raise FeedListError(f"no feed with url or name {url_or_name!r} in {path}")
    Path(path).write_text("".join(line for block in kept for line in block).rstrip("\n") + "\n", encoding="utf-8")
    return removed


@dataclass(frozen=True)
class FeedItem:
    link: str
    guid: str | None
    title: str | None
    summary: str | None
    published: str | None  # ISO 8601, UTC
    authors: list[str] = field(default_factory=list)

    def key(self, feed_url: str) -> str:
        """Stable identity of the item within its feed (guid when the feed gives one)."""
        return hashlib.sha256(f"{feed_url}\n{self.guid or self.link}".encode()).hexdigest()


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    items: list[FeedItem]
    malformed: str | None  # feedparser's reason when the document is not well-formed
    skipped: list[str]  # why entries were left out


def _iso(parsed: struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except ValueError:
        return None


def parse_feed(content: bytes, feed_url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a fetched feed document. Never fetches anything itself; never raises on bad input."""
    headers = {"content-type": content_type} if content_type else {}
    # feedparser is handed bytes, never a URL, so it cannot be made to open files or fetch.
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    malformed = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}" if parsed.get("bozo") else None
    items, skipped = [], []
    for entry in parsed.entries:
        link = urljoin(feed_url, entry.get("link") or "")
        if urlsplit(link).scheme not in ("http", "https"):
            skipped.append(f"entry {entry.get('id') or entry.get('title')!r}: link {entry.get('link')!r} is not http(s)")
            continue
        authors = [a.get("name") for a in entry.get("authors", []) if isinstance(a, dict) and a.get("name")]
        items.append(
            FeedItem(
                link=link, guid=entry.get("id"), title=entry.get("title"),
                summary=entry.get("summary"),
                published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                authors=authors,
            )
        )
    return ParsedFeed(parsed.feed.get("title"), items, malformed, skipped)
