"""Polling one feed: a conditional GET, the document parsed, the items not seen before picked.

Per poll and feed at most ``settings.max_items_per_poll`` new items are taken, newest first (by
the item's date; undated items keep the feed's order after the dated ones). The items left over
are not lost: the caller keeps no validators for a feed with a backlog, so the next poll fetches
the whole document again and takes the next newest — a feed of 10,000 new items is worked off over
successive polls, each one bounded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from newswatch import db
from newswatch.flows.feeds import FeedItem, FeedSpec, ParsedFeed, parse_feed
from newswatch.flows.politeness import PoliteFetcher
from newswatch.flows.schedule import Validators

# Servers label feeds in many ways, the old "text/*+xml" and XML entity types included; the
# parser decides what the bytes are.
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json", "application/json", "text/rss+xml", "text/atom+xml",
    "application/xml-external-parsed-entity", "text/xml-external-parsed-entity",
    "text/html", "text/plain",
)
_ACCEPT = ", ".join(FEED_TYPES[:6]) + ";q=0.9, */*;q=0.1"
# SQLite allows 32766 bound parameters per statement in current builds, older ones 999.
_LOOKUP_CHUNK = 500


@dataclass
class FeedPoll:
    """A successful answer: the parsed feed (None when unchanged) and the validators to keep."""

    not_modified: bool
    parsed: ParsedFeed | None
    validators: Validators
    new_items: list[FeedItem] = field(default_factory=list)
    backlog: int = 0


def fetch_feed(feed: FeedSpec, fetcher: PoliteFetcher, known: Validators) -> FeedPoll:
    """Conditional GET of the feed; raises a ``FetchError`` when there is no usable answer."""
    result = fetcher.get(feed.url, accept=_ACCEPT, allowed_types=FEED_TYPES,
                         etag=known.etag, last_modified=known.last_modified)
    if result.not_modified:
        return FeedPoll(True, None, known)
    return FeedPoll(False, parse_feed(result.content, feed.url, result.content_type),
                    Validators(result.etag, result.last_modified))


def pick_new(sessions: sessionmaker, feed: FeedSpec, items: list[FeedItem], limit: int) -> tuple[list[FeedItem], int]:
    """The newest ``limit`` items not seen before, and how many more unseen items wait."""
    by_key = {item.key(feed.url): item for item in items}
    keys, seen = list(by_key), set()
    with sessions() as session:
        for start in range(0, len(keys), _LOOKUP_CHUNK):
            chunk = keys[start : start + _LOOKUP_CHUNK]
            seen.update(session.scalars(select(db.SeenItem.item_key).where(db.SeenItem.item_key.in_(chunk))))
    unseen = [item for key, item in by_key.items() if key not in seen]
    # ISO 8601 UTC strings sort by time; sorted() is stable, so undated items keep feed order.
    newest_first = sorted(unseen, key=lambda item: item.published or "", reverse=True)
    return newest_first[:limit], max(0, len(unseen) - limit)
