"""Writing one processed article downstream: its meetings, their sources, and the alerts they owe.

Everything for one article happens in one transaction, so a crash leaves either all of it or none,
and writing the same article again changes nothing (the consumer may see it twice after a crash).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from newswatch import db
from newswatch.schemas.models import Alert, Meeting, MeetingEvent, Source

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Written:
    """What writing an article did: meetings that are new, and those it only reported again."""

    new_meetings: list[str]
    seen_meetings: list[str]
    already_processed: bool = False


def alert_id(meeting_id: str, alert_kind: str, revision: int = 0) -> str:
    """Deterministic, so a re-processed article can never mint a second alert for the same thing."""
    return hashlib.sha256(f"{meeting_id}|{alert_kind}|{revision}".encode()).hexdigest()[:32]


def write_article(sessions: sessionmaker, article: dict[str, Any], events: list[MeetingEvent]) -> Written:
    """Store ``article``'s meeting events and queue a "new" alert for each meeting not seen before."""
    for attempt in range(3):
        try:
            with sessions.begin() as session:
                return _write(session, article, events)
        except IntegrityError:
            # Another consumer wrote the same meeting concurrently; the retry sees its row.
            if attempt == 2:
                raise
            log.info("write conflict article_id=%s; retrying", article["article_id"])
    raise AssertionError("unreachable")


def _write(session: Session, article: dict[str, Any], events: list[MeetingEvent]) -> Written:
    article_id = article["article_id"]
    if session.get(db.Article, article_id) is not None:
        return Written([], [], already_processed=True)
    now = datetime.now(UTC)
    new, seen = [], []
    for event in events:
        existing = session.get(db.Meeting, event.meeting_id)
        if existing is None:
            _insert_meeting(session, event, now)
            new.append(event.meeting_id)
        else:
            _add_report(session, existing, event.meeting, now)
            seen.append(event.meeting_id)
        if session.scalar(
            select(db.MeetingSource.id).where(
                db.MeetingSource.meeting_id == event.meeting_id, db.MeetingSource.article_id == article_id
            )
        ) is None:
            session.add(
                db.MeetingSource(
                    meeting_id=event.meeting_id, article_id=article_id, url=event.article.url,
                    publisher=event.article.publisher, evidence=event.meeting.evidence,
                    attribution=event.meeting.attribution, reported_at=now,
                )
            )
        session.flush()
    for meeting_id in new:
        _queue_alert(session, meeting_id, "new", now)
    session.add(
        db.Article(
            article_id=article_id, url=article["url"], title=article.get("title"),
            publisher=article.get("sitename"), published=article.get("published"),
            meetings_found=len(events), processed_at=now,
        )
    )
    return Written(new, seen)


def _insert_meeting(session: Session, event: MeetingEvent, now: datetime) -> None:
    m = event.meeting
    session.add(
        db.Meeting(
            meeting_id=event.meeting_id, kind=m.kind, status=m.status, date=m.date, location=m.location,
            participants=[p.to_json() for p in m.participants], topics=list(m.topics),
            source_count=1, first_seen_at=now, updated_at=now,
        )
    )
    session.flush()


def _add_report(session: Session, row: db.Meeting, meeting: Meeting, now: datetime) -> None:
    """A further report of a known meeting fills what the first one lacked."""
    row.source_count += 1
    row.location = row.location or meeting.location
    row.topics = list(dict.fromkeys([*row.topics, *meeting.topics]))
    row.updated_at = now


def _queue_alert(session: Session, meeting_id: str, kind: str, now: datetime) -> None:
    row = session.get(db.Meeting, meeting_id)
    sources = session.scalars(select(db.MeetingSource).where(db.MeetingSource.meeting_id == meeting_id)).all()
    evidence = sources[0].evidence if sources else ""
    attribution = sources[0].attribution if sources else None
    alert = Alert(
        alert_id=alert_id(meeting_id, kind),
        alert_kind=kind,
        meeting_id=meeting_id,
        meeting=Meeting(
            kind=row.kind, status=row.status, participants=row.participants, location=row.location,
            date=row.date, topics=row.topics, evidence=evidence, attribution=attribution,
        ),
        sources=[Source(url=s.url, publisher=s.publisher) for s in sources],
        created_at=now.isoformat(timespec="seconds"),
    )
    session.add(
        db.AlertOutbox(
            alert_id=alert.alert_id, meeting_id=meeting_id, alert_kind=kind, revision=0,
            payload=alert.to_json(), created_at=now, attempts=0,
        )
    )
