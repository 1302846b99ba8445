"""The database: one SQLAlchemy code path for SQLite (embedded default) and PostgreSQL.

Tables are declared here once; Alembic migrations in ``migrations/`` create and evolve them, and
:func:`connect` brings any database to the newest revision before use.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import JSON, DateTime, Engine, ForeignKey, Integer, String, Text, UniqueConstraint, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from newswatch.settings import Settings

log = logging.getLogger(__name__)

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


class SeenItem(Base):
    """A feed item already turned into an article message; it is never produced again."""

    __tablename__ = "seen_items"
    item_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    feed_url: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str] = mapped_column(String(16), index=True)
    produced_at: Mapped[datetime]


class Article(Base):
    """An article the meeting consumer has fully processed (its meetings and alerts are written)."""

    __tablename__ = "articles"
    article_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    meetings_found: Mapped[int] = mapped_column(Integer)
    processed_at: Mapped[datetime]


class Meeting(Base):
    __tablename__ = "meetings"
    meeting_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    participants: Mapped[list[Any]]
    topics: Mapped[list[Any]]
    source_count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class MeetingSource(Base):
    """One article's report of a meeting: who published it, the evidence and its attribution."""

    __tablename__ = "meeting_sources"
    __table_args__ = (UniqueConstraint("meeting_id", "article_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"), index=True)
    article_id: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    attribution: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime]


class AlertOutbox(Base):
    """Alerts written in the same transaction as the meeting; a dispatcher delivers and marks them."""

    __tablename__ = "alert_outbox"
    __table_args__ = (UniqueConstraint("meeting_id", "alert_kind", "revision"),)
    alert_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.meeting_id"), index=True)
    alert_kind: Mapped[str] = mapped_column(String(16))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the ingest flow and the consumer write while readers read.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
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


def connect(settings: Settings) -> sessionmaker:
    """A session factory on the configured database, migrated to the newest revision (once per
    process and database)."""
    url = settings.db_url
    if url not in _factories:
        engine = make_engine(url)
        migrate(engine)
        _factories[url] = sessionmaker(engine, expire_on_commit=False)
    return _factories[url]


def forget(url: str) -> None:
    """Close the pooled connections to ``url`` (before the database is dropped, say)."""
    factory = _factories.pop(url, None)
    if factory is not None:
        factory.kw["bind"].dispose()
