"""The feed list (data in TOML) and reading one feed document into items.

A feed list entry::

    [[feeds]]
    name = "Example World News"
    url = "https://example.org/world/rss.xml"
    tier = "international"        # wire | international | regional | local
    language = "en"
    enabled = true                # optional
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser

TIERS = ("wire", "international", "regional", "local")


class FeedListError(ValueError):
    """The feed list cannot be used; the text lists every problem with its entry."""


@dataclass(frozen=True)
class FeedSpec:
    url: str
    name: str
    tier: str = "international"
    language: str | None = None
    enabled: bool = True


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
        if not isinstance(entry, dict):
            problems.append(f"{where}: not a table")
            continue
        unknown = set(entry) - {"url", "name", "tier", "language", "enabled"}
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        url = entry.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            problems.append(f"{where}: url must be an absolute http(s) URL, got {url!r}")
            continue
        if url in seen:
            problems.append(f"{where}: duplicate url {url}")
            continue
        seen.add(url)
        tier = entry.get("tier", "international")
        if tier not in TIERS:
            problems.append(f"{where}: tier {tier!r} is not one of {', '.join(TIERS)}")
        if not isinstance(entry.get("enabled", True), bool):
            problems.append(f"{where}: enabled must be true or false")
        feeds.append(
            FeedSpec(url=url, name=str(entry.get("name") or urlsplit(url).netloc), tier=tier,
                     language=entry.get("language"), enabled=entry.get("enabled", True) is True)
        )
    if problems:
        raise FeedListError("\n".join(problems))
    return feeds


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
