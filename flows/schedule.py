"""When each feed is polled next, and what its last polls left (``db.FeedState``).

After a success a feed is due again after its interval, up to ``settings.poll_jitter`` of it
early at random. Only early: the flow itself runs every ``poll_interval_seconds``, so a feed
with that interval is polled on every run and a longer one on the first run after it is due.
After ``n`` failures in a row it waits ``interval × 2^(n-1)``, capped at
``settings.poll_backoff_max_seconds``; it is never dropped, and from
``settings.poll_failures_reported`` failures on it is listed as failing with its last error.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from newswatch import db
from newswatch.flows.feeds import FeedSpec
from newswatch.settings import Settings


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back to the server."""

    etag: str | None
    last_modified: str | None


def interval(feed: FeedSpec, settings: Settings) -> timedelta:
    if feed.interval_minutes:
        return timedelta(minutes=feed.interval_minutes)
    return timedelta(seconds=settings.poll_interval_seconds)


def states(sessions: sessionmaker, urls: list[str]) -> dict[str, db.FeedState]:
    wanted = set(urls)
    with sessions() as session:  # one read of the whole table beats a thousand lookups
        return {row.feed_url: row for row in session.scalars(select(db.FeedState)) if row.feed_url in wanted}


def is_due(state: db.FeedState | None, now: datetime) -> bool:
    return state is None or state.next_poll_at is None or _aware(state.next_poll_at) <= now


def validators(state: db.FeedState | None) -> Validators:
    return Validators(state.etag, state.last_modified) if state else Validators(None, None)


def record_success(session: Session, feed: FeedSpec, settings: Settings, now: datetime, *,
                   status: str, saved: Validators | None, backlog: int) -> None:
    """A poll that got an answer. ``saved`` replaces the validators (None keeps them); a backlog
    clears them instead, so the next poll fetches the whole feed and sees the items left over."""
    state = _state(session, feed)
    state.last_polled_at = state.last_success_at = now
    state.consecutive_failures, state.last_error = 0, None
    state.last_status, state.backlog = status, backlog
    if backlog:
        state.etag = state.last_modified = None
        state.next_poll_at = now
    else:
        if saved is not None:
            state.etag, state.last_modified = saved.etag, saved.last_modified
        step = interval(feed, settings)
        state.next_poll_at = now + step - step * random.uniform(0, settings.poll_jitter)


def record_failure(session: Session, feed: FeedSpec, settings: Settings, now: datetime, error: str) -> int:
    """A poll that failed; returns the number of failures in a row."""
    state = _state(session, feed)
    state.last_polled_at = now
    state.consecutive_failures = (state.consecutive_failures or 0) + 1
    state.last_error = error[:2000]
    state.last_status = "failed"
    backoff = interval(feed, settings) * 2 ** min(state.consecutive_failures - 1, 30)
    backoff = min(backoff, max(timedelta(seconds=settings.poll_backoff_max_seconds), interval(feed, settings)))
    state.next_poll_at = now + backoff
    return state.consecutive_failures


def _state(session: Session, feed: FeedSpec) -> db.FeedState:
    state = session.get(db.FeedState, feed.url)
    if state is None:
        state = db.FeedState(feed_url=feed.url, consecutive_failures=0, backlog=0)
        session.add(state)
    return state


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for what was stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
