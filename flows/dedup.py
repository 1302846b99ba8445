"""Duplicate articles: the same canonical URL is produced once; the same story on several sites
(syndicated wire copy) is recognised by a fingerprint of its body and marked, not dropped — it is
a second source for the same facts.

The fingerprint is a 64-bit SimHash over overlapping three-word shingles of the body. Measured on
the real pages of ``eval/news_html``: a copy with another dateline or byline lands 0-7 bits away,
one with its last fifth cut 6-13, while any two different stories were 19 or more apart.
Syndicated copies appear within days of each other, so a new body is compared with every
fingerprint of the last ``settings.near_duplicate_window_days`` (loaded once per process, then
kept up to date by :meth:`NearDuplicates.add`): an exact Hamming-distance test over some
ten thousand integers per article, a few milliseconds, with no index to tune.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import deque
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from newswatch import db
from newswatch.settings import Settings

_WORD = re.compile(r"\w+")
_SHINGLE = 3
# Under this many words a SimHash is noise: a feed summary of two sentences looks like many others.
MIN_WORDS = 50


def simhash(text: str) -> int | None:
    """64-bit SimHash of ``text``'s word shingles; None when the text is too short to tell."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    counts = [0] * 64
    for i in range(len(words) - _SHINGLE + 1):
        shingle = " ".join(words[i : i + _SHINGLE])
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            counts[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if counts[bit] > 0)


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


class NearDuplicates:
    """Fingerprints of the articles produced in the recent window, oldest first."""

    def __init__(self, sessions: sessionmaker, max_bits: int, window: timedelta, now: datetime) -> None:
        self._max_bits = max_bits
        self._window = window
        with sessions() as session:
            rows = session.execute(
                select(db.ProducedArticle.article_id, db.ProducedArticle.fingerprint,
                       db.ProducedArticle.near_duplicate_of, db.ProducedArticle.produced_at)
                .where(db.ProducedArticle.produced_at >= now - window,
                       db.ProducedArticle.fingerprint.is_not(None))
                .order_by(db.ProducedArticle.produced_at)
            ).all()
        self._entries = deque((article_id, int(fp, 16), original, _aware(at)) for article_id, fp, original, at in rows)

    def find(self, fingerprint: int | None) -> str | None:
        """The article_id of the first copy of this story, if one was produced in the window."""
        if fingerprint is None:
            return None
        for article_id, other, original, _ in self._entries:
            if distance(fingerprint, other) <= self._max_bits:
                # Point at the first copy seen, not at another copy of it.
                return original or article_id
        return None

    def add(self, article_id: str, fingerprint: int | None, original: str | None, at: datetime) -> None:
        """Index a produced article, and forget those that fell out of the window: a long-running
        ingest server keeps a window's worth, not everything it ever produced."""
        if fingerprint is not None:
            self._entries.append((article_id, fingerprint, original, at))
        while self._entries and self._entries[0][3] < at - self._window:
            self._entries.popleft()

    def __len__(self) -> int:
        return len(self._entries)


def _aware(at: datetime) -> datetime:
    """Timestamps read back from SQLite come without their zone; they were written in UTC."""
    return at if at.tzinfo else at.replace(tzinfo=UTC)


_indexes: dict[str, NearDuplicates] = {}
_lock = threading.Lock()


def near_duplicates(settings: Settings, now: datetime) -> NearDuplicates:
    """The process's index for the configured database (loaded on first use)."""
    with _lock:
        index = _indexes.get(settings.db_url)
        if index is None:
            index = NearDuplicates(db.connect(settings), settings.near_duplicate_max_bits,
                                   timedelta(days=settings.near_duplicate_window_days), now)
            _indexes[settings.db_url] = index
        return index


def already_produced(session: Session, article_id: str) -> bool:
    return session.get(db.ProducedArticle, article_id) is not None


def record(session: Session, *, article_id: str, url: str, feed_url: str, fingerprint: int | None,
           near_duplicate: str | None, at: datetime) -> None:
    session.add(db.ProducedArticle(
        article_id=article_id, url=url, feed_url=feed_url,
        fingerprint=f"{fingerprint:016x}" if fingerprint is not None else None,
        near_duplicate_of=near_duplicate, produced_at=at,
    ))
