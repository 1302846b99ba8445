"""The database: one SQLAlchemy code path for SQLite (embedded default) and PostgreSQL.

Tables are declared here once; Alembic migrations in ``migrations/`` create and evolve them, and
:func:`connect` brings any database to the newest revision before use.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import JSON, DateTime, Engine, Float, ForeignKey, Integer, String, Text, UniqueConstraint, create_engine, event
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from newswatch.errors import DatabaseFolderMissing
from newswatch.settings import Settings

log = logging.getLogger(__name__)

# Errors that say the database is unavailable (locked, gone, unreachable), not that a row is bad:
# the work is waited out and done again, never dropped.
OUTAGES = (OperationalError, InterfaceError, DisconnectionError)
# Delivery states still owed a send ("sending" is one under way).
WAITING = ("pending", "retry")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: DateTime(timezone=True)}


class FeedState(Base):
    """What the last polls of a feed left: validators for conditional GET and the failure record."""

    __tablename__ = "feed_state"
    feed_url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # When the feed is due again: its interval after a success, an exponential back-off after
    # failures; a feed with items left over (see max_items_per_poll) is due at once.
    next_poll_at: Mapped[datetime | None] = mapped_column(index=True)
    last_status: Mapped[str | None] = mapped_column(String(16))
    backlog: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SeenItem(Base):
    """A feed item already turned into an article message; it is never produced again."""

    __tablename__ = "seen_items"
    item_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    feed_url: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str] = mapped_column(String(16), index=True)
    produced_at: Mapped[datetime]


class ProducedArticle(Base):
    """An article on the articles topic, by canonical URL (a URL is produced once), with the
    SimHash of its body for recognising the same story syndicated on another site."""

    __tablename__ = "produced_articles"
    article_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    feed_url: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str | None] = mapped_column(String(16))
    near_duplicate_of: Mapped[str | None] = mapped_column(String(16))
    produced_at: Mapped[datetime] = mapped_column(index=True)


class Article(Base):
    """An article the meeting consumer has fully processed (its meetings and alerts are written)."""

    __tablename__ = "articles"
    article_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    near_duplicate_of: Mapped[str | None] = mapped_column(String(16))
    meetings_found: Mapped[int] = mapped_column(Integer)
    processed_at: Mapped[datetime]


class Meeting(Base):
    """One meeting, merged from every report of it."""

    __tablename__ = "meetings"
    meeting_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    # The meeting's date, or the first report's date when the reports give none: what merging
    # compares and what lists sort by.
    anchor_day: Mapped[str] = mapped_column(String(10), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    participants: Mapped[list[Any]]
    topics: Mapped[list[Any]]
    source_count: Mapped[int] = mapped_column(Integer)
    independent_sources: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    # How sure extraction is that this is a meeting: the highest of its reports (older rows: null).
    confidence: Mapped[float | None] = mapped_column(Float)
    first_seen_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class MeetingParticipant(Base):
    """A meeting's participants by normalised name, for lookups by person and country."""

    __tablename__ = "meeting_participants"
    __table_args__ = (UniqueConstraint("meeting_id", "normalized"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"), index=True)
    normalized: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2), index=True)


class MeetingSource(Base):
    """One article's report of a meeting: who published it, the evidence and its attribution."""

    __tablename__ = "meeting_sources"
    __table_args__ = (UniqueConstraint("meeting_id", "article_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"), index=True)
    article_id: Mapped[str] = mapped_column(String(16), index=True)
    # The article this one is a syndicated copy of (itself when original): copies of one wire
    # story corroborate nothing.
    origin_article_id: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    evidence: Mapped[str] = mapped_column(Text)
    attribution: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime]


class ArticleMeeting(Base):
    """Which meeting the n-th meeting found in an article became, so a replay republishes it as such."""

    __tablename__ = "article_meetings"
    article_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"))


class StatusChange(Base):
    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"), index=True)
    old_status: Mapped[str] = mapped_column(String(16))
    new_status: Mapped[str] = mapped_column(String(16))
    article_id: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime]


class Subscription(Base):
    """Who wants which alerts, through which channel."""

    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(16))  # webhook | email | kafka | console
    target: Mapped[str | None] = mapped_column(Text)  # URL or e-mail address
    secret: Mapped[str | None] = mapped_column(Text)  # webhook signing key, shown once at creation
    filters: Mapped[dict[str, Any]]
    updates: Mapped[str] = mapped_column(String(8))  # none | status | all
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class Delivery(Base):
    """The outbox: one alert for one subscription, written with the meeting change that caused it.

    ``state`` goes pending → sending → delivered (or failed after the last retry, or cancelled when
    its subscription is removed). A row found in
    ``sending`` was interrupted mid-send: the dispatcher resolves it before anything else."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscription_id", "meeting_id", "alert_kind", "revision"),)
    alert_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), index=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"), index=True)
    alert_kind: Mapped[str] = mapped_column(String(16))
    revision: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class DeliveryAttempt(Base):
    """The delivery log: every attempt, its outcome and what the receiver answered."""

    __tablename__ = "delivery_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[str] = mapped_column(ForeignKey("deliveries.alert_id"), index=True)
    attempted_at: Mapped[datetime]
    ok: Mapped[bool]
    detail: Mapped[str | None] = mapped_column(Text)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the ingest flow and the consumer write while readers read.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str, folder_to_create: Path | None = None) -> Engine:
    """An engine on ``url``. An SQLite file's folder must exist, unless it is ``folder_to_create``
    (newswatch's own state folder): a mistyped path would otherwise become a new, empty database."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            folder = Path(path).parent
            if folder_to_create is not None and folder.resolve() == folder_to_create.resolve():
                folder.mkdir(parents=True, exist_ok=True)
            elif not folder.is_dir():
                raise DatabaseFolderMissing(
                    f"SQLite database {path}: folder {folder} does not exist; create it or fix NEWSWATCH_DATABASE_URL")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


_factories: dict[str, sessionmaker] = {}
# Threads of one flow run may connect at once; only one of them should migrate.
_connecting = threading.Lock()


def connect(settings: Settings) -> sessionmaker:
    """A session factory on the configured database, migrated to the newest revision (once per
    process and database)."""
    url = settings.db_url
    with _connecting:
        if url not in _factories:
            engine = make_engine(url, folder_to_create=settings.state_dir)
            migrate(engine)
            _factories[url] = sessionmaker(engine, expire_on_commit=False)
        return _factories[url]


def forget(url: str) -> None:
    """Close the pooled connections to ``url`` (before the database is dropped, say)."""
    factory = _factories.pop(url, None)
    if factory is not None:
        factory.kw["bind"].dispose()
