"""Writing processed articles downstream: merge their meetings into the stored ones, record the
sources, and queue the alerts each subscription is owed (the outbox).

A batch of articles is written in one transaction, so a crash leaves all of it or none, and
writing the same article again changes nothing (the consumer may see it twice after a crash).
One transaction per batch rather than per article: each commit waits for the disk, and on a news
stream most articles store nothing but their own row.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from newswatch import db
from newswatch.consumers.alerts import subscriptions
from newswatch.consumers.identity import participant_key, same_person
from newswatch.consumers.store.merge import UNDATED_REPORT_LAG_DAYS, Known, find_same, new_meeting_id
from newswatch.schemas.models import Alert, AlertKind, Article, DatePrecision, Meeting, Source, Status

log = logging.getLogger(__name__)

# A later report of a meeting that already took place saying it "will" happen is old news.
STALE_STATUS = {(Status.OCCURRED, Status.PLANNED)}
# PostgreSQL advisory lock the consumers' writes take in turn (any constant of our own).
WRITERS_LOCK = 0x6E657773


@dataclass(frozen=True)
class Written:
    """What writing an article did."""

    meeting_ids: list[str]  # the stored meeting each extracted meeting became, in order
    new: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    already_processed: bool = False


def alert_id(subscription_id: int, meeting_id: str, kind: str, revision: int) -> str:
    """Deterministic, so nothing that is replayed can mint a second alert for the same thing."""
    return hashlib.sha256(f"{subscription_id}|{meeting_id}|{kind}|{revision}".encode()).hexdigest()[:32]


def write_article(sessions: sessionmaker, article: Article, meetings: list[Meeting],
                  window_days: int = 1) -> Written:
    """Store ``article``'s meetings (merged with earlier reports) and queue the alerts they cause."""
    return write_articles(sessions, [(article, meetings)], window_days)[0]


def write_articles(sessions: sessionmaker, batch: list[tuple[Article, list[Meeting]]],
                   window_days: int = 1) -> list[Written]:
    """Store each article's meetings and queue their alerts, in order (an article merges into what
    one before it in the batch stored), all in one transaction: every article of the batch is
    written, or none is."""
    for attempt in range(3):
        try:
            with sessions.begin() as session:
                _one_writer_at_a_time(session)
                processed = set(session.scalars(select(db.Article.article_id).where(
                    db.Article.article_id.in_([a.article_id for a, _ in batch]))))
                written = []
                for article, meetings in batch:
                    written.append(_write(session, article, meetings, window_days, article.article_id in processed))
                    processed.add(article.article_id)  # the same article twice in one batch is one report
                return written
        except IntegrityError:
            # Another consumer wrote the same meeting concurrently; the retry sees its row.
            if attempt == 2:
                raise
            log.info("write conflict articles=%d article_id=%s attempt=%d action=retry",
                     len(batch), batch[0][0].article_id, attempt + 1)
    raise AssertionError("unreachable")


def _one_writer_at_a_time(session: Session) -> None:
    """Hold the database's write lock (SQLite) or the writers' lock (PostgreSQL) from the start of
    the transaction: a consumer process then reads the stored meetings only once the one before it
    has committed, and two processes given two reports of one meeting cannot both store it as new."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))
    elif dialect == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(WRITERS_LOCK)))


def _write(session: Session, article: Article, meetings: list[Meeting], window_days: int, processed: bool) -> Written:
    article_id = article.article_id
    if processed:
        rows = session.scalars(select(db.ArticleMeeting).where(db.ArticleMeeting.article_id == article_id)
                               .order_by(db.ArticleMeeting.ordinal))
        return Written([r.meeting_id for r in rows], already_processed=True)
    now = datetime.now(UTC)
    report_day = (article.published or "")[:10] or now.date().isoformat()
    source = _SourceInfo(article, now)
    ids: list[str] = []
    new: list[str] = []
    changed: dict[str, list[str]] = {}
    for ordinal, meeting in enumerate(meetings):
        match = find_same(meeting, report_day, _candidates(session, meeting, report_day, window_days), window_days)
        if match is None:
            meeting_id = new_meeting_id(meeting, report_day, article_id)
            _insert(session, meeting_id, meeting, report_day, source)
            new.append(meeting_id)
        else:
            meeting_id = match.meeting_id
            changes = _merge(session, session.get(db.Meeting, meeting_id), meeting, source)
            if changes and meeting_id not in new:
                changed.setdefault(meeting_id, []).extend(changes)
        session.add(db.ArticleMeeting(article_id=article_id, ordinal=ordinal, meeting_id=meeting_id))
        ids.append(meeting_id)
        session.flush()
    for meeting_id in dict.fromkeys(ids):
        row = session.get(db.Meeting, meeting_id)
        if meeting_id in changed:
            row.revision += 1
        _queue_alerts(session, row, changed.get(meeting_id, []), now)
    session.add(db.Article(
        article_id=article_id, url=article.url, title=article.title, publisher=article.sitename,
        published=article.published, near_duplicate_of=article.near_duplicate_of,
        meetings_found=len(meetings), processed_at=now,
    ))
    return Written(ids, new, changed)


@dataclass(frozen=True)
class _SourceInfo:
    article: Article
    now: datetime

    def row(self, meeting_id: str, meeting: Meeting) -> db.MeetingSource:
        a = self.article
        return db.MeetingSource(
            meeting_id=meeting_id, article_id=a.article_id, origin_article_id=a.near_duplicate_of or a.article_id,
            url=a.url, publisher=a.sitename, status=meeting.status, evidence=meeting.evidence,
            attribution=meeting.attribution, reported_at=self.now,
        )


def _candidates(session: Session, meeting: Meeting, report_day: str, window: int) -> list[Known]:
    day = date.fromisoformat(meeting.date or report_day)
    reach = timedelta(days=window + UNDATED_REPORT_LAG_DAYS)
    rows = session.scalars(select(db.Meeting).where(
        db.Meeting.kind == meeting.kind,
        db.Meeting.anchor_day >= (day - reach).isoformat(),
        db.Meeting.anchor_day <= (day + reach).isoformat(),
    ))
    return [Known(r.meeting_id, r.kind, r.date, r.anchor_day, [participant_key(p) for p in r.participants]) for r in rows]


def _insert(session: Session, meeting_id: str, meeting: Meeting, report_day: str, source: _SourceInfo) -> None:
    session.add(db.Meeting(
        meeting_id=meeting_id, kind=meeting.kind, status=meeting.status, date=meeting.date,
        date_precision=meeting.date_precision, anchor_day=meeting.date or report_day, location=meeting.location,
        participants=[p.to_json() for p in meeting.participants], topics=list(meeting.topics),
        source_count=1, independent_sources=1, revision=0, first_seen_at=source.now, updated_at=source.now,
        confidence=meeting.confidence,
    ))
    session.flush()
    _index_participants(session, meeting_id, [p.to_json() for p in meeting.participants])
    session.add(source.row(meeting_id, meeting))


def _merge(session: Session, row: db.Meeting, meeting: Meeting, source: _SourceInfo) -> list[str]:
    """Fold a further report into a stored meeting; returns what changed, in words."""
    article_id = source.article.article_id
    if session.scalar(select(db.MeetingSource.id).where(
            db.MeetingSource.meeting_id == row.meeting_id, db.MeetingSource.article_id == article_id)):
        return []  # the same article mentions the meeting twice: one report
    changes: list[str] = []
    session.add(source.row(row.meeting_id, meeting))
    session.flush()
    row.source_count += 1
    independent = _independent_sources(session, row.meeting_id)
    if independent > row.independent_sources:
        changes.append(f"corroborated by {source.article.sitename or source.article.url} "
                       f"({independent} independent sources)")
    row.independent_sources = independent
    if meeting.confidence is not None and (row.confidence is None or meeting.confidence > row.confidence):
        row.confidence = meeting.confidence
    if meeting.status != row.status and (row.status, meeting.status) not in STALE_STATUS:
        changes.append(f"status: {row.status} → {meeting.status}")
        session.add(db.StatusChange(meeting_id=row.meeting_id, old_status=row.status, new_status=meeting.status,
                                    article_id=article_id, changed_at=source.now))
        row.status = meeting.status
    if meeting.location and not row.location:
        row.location = meeting.location
        changes.append(f"location: {meeting.location}")
    if meeting.date and (not row.date or (row.date_precision != DatePrecision.DAY and meeting.date_precision == DatePrecision.DAY)):
        row.date, row.date_precision = meeting.date, meeting.date_precision
        changes.append(f"date: {meeting.date}")
    changes += _merge_participants(session, row, meeting)
    row.topics = list(dict.fromkeys([*row.topics, *meeting.topics]))
    row.updated_at = source.now
    return changes


def _merge_participants(session: Session, row: db.Meeting, meeting: Meeting) -> list[str]:
    people = [dict(p) for p in row.participants]
    changes = []
    for p in meeting.participants:
        key = participant_key(p)
        known = next((q for q in people if same_person(key, participant_key(q))), None)
        if known is None:
            people.append(p.to_json())
            changes.append(f"participant: {p.name}")
            continue
        for attr in ("title", "country"):
            if not known.get(attr) and getattr(p, attr):
                known[attr] = getattr(p, attr)
        if len(p.name) > len(known["name"]):  # "Putin" then "Vladimir Putin": keep the fuller name
            known["name"] = p.name
    row.participants = people
    _index_participants(session, row.meeting_id, people)
    return changes


def _index_participants(session: Session, meeting_id: str, people: list[dict[str, Any]]) -> None:
    """Rebuild the lookup rows from the meeting's participants, their one source of truth, so a
    title or country a later report filled in is found by queries too."""
    session.execute(delete(db.MeetingParticipant).where(db.MeetingParticipant.meeting_id == meeting_id))
    by_key = {participant_key(p): p for p in people}
    session.add_all(db.MeetingParticipant(meeting_id=meeting_id, normalized=key, name=p["name"],
                                          title=p.get("title"), country=p.get("country")) for key, p in by_key.items())


def _independent_sources(session: Session, meeting_id: str) -> int:
    """Publishers reporting the meeting, counting all copies of one syndicated story as one."""
    sources = session.scalars(select(db.MeetingSource).where(db.MeetingSource.meeting_id == meeting_id)).all()
    by_article = {s.article_id: s for s in sources}
    voices = set()
    for s in sources:
        origin = by_article.get(s.origin_article_id)
        voices.add(("publisher", origin.publisher) if origin and origin.publisher else
                   ("story", s.origin_article_id) if s.origin_article_id != s.article_id else
                   ("publisher", s.publisher or s.url))
    return len(voices)


def _queue_alerts(session: Session, row: db.Meeting, changes: list[str], now: datetime) -> None:
    """Each active subscription gets its first alert ("new") once the meeting matches its filters,
    and an "update" for changes it asked to hear about."""
    sources = _sources(session, row.meeting_id)
    for sub in subscriptions.active(session):
        _queue_for(session, sub, row, changes, now, sources)


def _sources(session: Session, meeting_id: str) -> list[db.MeetingSource]:
    return session.scalars(select(db.MeetingSource).where(db.MeetingSource.meeting_id == meeting_id)
                           .order_by(db.MeetingSource.id)).all()


def _queue_for(session: Session, sub: db.Subscription, row: db.Meeting, changes: list[str], now: datetime,
               sources: list[db.MeetingSource] | None = None) -> bool:
    """Queue the alert ``sub`` is owed for ``row``, if any; whether one was queued. ``sources``
    are read when not given, and only when an alert is owed."""
    if not subscriptions.Filters.model_validate(sub.filters).matches(row):
        return False
    had_new = session.scalar(select(db.Delivery.alert_id).where(
        db.Delivery.subscription_id == sub.id, db.Delivery.meeting_id == row.meeting_id,
        db.Delivery.alert_kind == AlertKind.NEW))
    if not had_new:
        kind, revision = AlertKind.NEW, 0
    elif subscriptions.wants_update(sub, changes):
        kind, revision = AlertKind.UPDATE, row.revision
    else:
        return False
    if sources is None:
        sources = _sources(session, row.meeting_id)
    alert = build_alert(sub, row, sources, kind, revision, changes if kind == AlertKind.UPDATE else [], now)
    session.add(db.Delivery(
        alert_id=alert.alert_id, subscription_id=sub.id, meeting_id=row.meeting_id, alert_kind=alert.alert_kind,
        revision=revision, payload=alert.to_json(), state="pending", attempts=0, next_attempt_at=now,
        created_at=now,
    ))
    return True


def replay(sessions: sessionmaker, subscription: str, since: str) -> int:
    """Queue for a subscription the first alert of every stored meeting since the day ``since``
    (YYYY-MM-DD) that matches its filters and that it has not been sent: a subscription added after
    the meetings it wants were stored hears of them. Idempotent; returns how many were queued."""
    now = datetime.now(UTC)
    with sessions.begin() as session:
        sub = subscriptions.find(session, subscription)
        if not sub.active:
            raise subscriptions.SubscriptionError(f"subscription {sub.name!r} was removed")
        rows = session.scalars(select(db.Meeting).where(db.Meeting.anchor_day >= since)
                               .order_by(db.Meeting.anchor_day, db.Meeting.first_seen_at)).all()
        queued = sum(_queue_for(session, sub, row, [], now) for row in rows)
    return queued


def build_alert(sub: db.Subscription, row: db.Meeting, sources: list[db.MeetingSource], kind: AlertKind, revision: int,
                changes: list[str], now: datetime) -> Alert:
    first = sources[0] if sources else None
    return Alert(
        alert_id=alert_id(sub.id, row.meeting_id, kind, revision), alert_kind=kind, subscription=sub.name,
        meeting_id=row.meeting_id, revision=revision, changes=changes, independent_sources=row.independent_sources,
        meeting=Meeting(
            kind=row.kind, status=row.status, participants=row.participants, location=row.location, date=row.date,
            date_precision=row.date_precision, topics=row.topics, evidence=first.evidence if first else "",
            attribution=first.attribution if first else None,
        ),
        sources=[Source(url=s.url, publisher=s.publisher) for s in sources],
        created_at=now.isoformat(timespec="seconds"),
    )
