"""Subscriptions: who wants which meetings, through which channel, and whether they want updates."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from newswatch import db
from newswatch.consumers.identity import takes_part
from newswatch.errors import NewswatchError
# The one address policy for everything newswatch connects to (issue 10: move it out of flows/).
from newswatch.flows.fetch import FetchError, Fetcher
from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE, Kind, Status
from newswatch.sealing import seal
from newswatch.settings import Settings

Channel = Literal["webhook", "email", "kafka", "console"]
Updates = Literal["none", "status", "all"]


class SubscriptionError(NewswatchError, ValueError):
    """A subscription cannot be created or found; the text says why."""


class Filters(BaseModel):
    """Every given filter must hold; an empty filter lets everything through."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    participants: list[str] = Field(default_factory=list, description="Any of these people takes part.")
    countries: list[str] = Field(default_factory=list, description="A participant from any of these (ISO alpha-2).")
    kinds: list[Kind] = Field(default_factory=list)
    statuses: list[Status] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list, description="Any of these words in the topics.")
    min_sources: int = Field(default=1, ge=1, description="Independent sources needed before alerting.")
    min_confidence: float = Field(default=DEFAULT_MIN_CONFIDENCE, ge=0, le=1,
                                  description="Extraction confidence needed before alerting.")

    @field_validator("countries")
    @classmethod
    def _iso(cls, countries: list[str]) -> list[str]:
        upper = [c.upper() for c in countries]
        bad = [c for c in upper if len(c) != 2 or not c.isalpha()]
        if bad:
            raise ValueError(f"countries must be ISO 3166-1 alpha-2 codes, not {bad}")
        return upper

    def matches(self, meeting: db.Meeting) -> bool:
        people = meeting.participants
        if self.participants and not any(takes_part(name, people) for name in self.participants):
            return False
        if self.countries and not {p.get("country") for p in people} & set(self.countries):
            return False
        if self.kinds and meeting.kind not in self.kinds:
            return False
        if self.statuses and meeting.status not in self.statuses:
            return False
        if self.keywords:
            topics = " ".join(meeting.topics).casefold()
            if not any(word.casefold() in topics for word in self.keywords):
                return False
        if meeting.confidence is not None and meeting.confidence < self.min_confidence:
            return False
        return meeting.independent_sources >= self.min_sources


def wants_update(subscription: db.Subscription, changes: list[str]) -> bool:
    if subscription.updates == "all":
        return bool(changes)
    if subscription.updates == "status":
        return any(change.startswith("status:") for change in changes)
    return False


def active(session: Session) -> list[db.Subscription]:
    return list(session.scalars(select(db.Subscription).where(db.Subscription.active.is_(True)).order_by(db.Subscription.id)))


def add(sessions: sessionmaker, name: str, channel: Channel, target: str | None, filters: Filters,
        updates: Updates = "none", settings: Settings | None = None) -> db.Subscription:
    """Create a subscription; webhooks get a new signing secret, stored sealed when a key is set
    and returned once, as ``signing_secret`` on the row."""
    settings = settings or Settings()
    if channel == "webhook":
        if not target or urlsplit(target).scheme not in ("http", "https") or not urlsplit(target).netloc:
            raise SubscriptionError(f"a webhook needs an http(s) URL as target, got {target!r}")
        with Fetcher(settings) as fetcher:
            check_webhook_target(target, fetcher)
    elif channel == "email":
        if not target or "@" not in target:
            raise SubscriptionError(f"an email subscription needs an address as target, got {target!r}")
    elif target:
        raise SubscriptionError(f"the {channel} channel takes no target")
    with sessions.begin() as session:
        if session.scalar(select(db.Subscription).where(db.Subscription.name == name)):
            raise SubscriptionError(f"a subscription named {name!r} exists already")
        signing_secret = secrets.token_hex(32) if channel == "webhook" else None
        row = db.Subscription(
            name=name, channel=channel, target=target, filters=filters.model_dump(), updates=updates,
            secret=seal(signing_secret, settings) if signing_secret else None, active=True,
            created_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
    row.signing_secret = signing_secret  # not a column: the one time it is shown
    return row


def check_webhook_target(target: str, fetcher: Fetcher) -> None:
    """Refuse a webhook the fetcher would refuse: private, loopback, link-local and metadata
    addresses (however written: 2130706433, [::1], 0.0.0.0) unless NEWSWATCH_ALLOW_PRIVATE_HOSTS
    names them, so a subscription cannot point newswatch at its own network."""
    try:
        fetcher.check(target)
    except FetchError as exc:
        raise SubscriptionError(f"webhook target refused: {exc}") from exc


def find(session: Session, name_or_id: str) -> db.Subscription:
    row = session.get(db.Subscription, int(name_or_id)) if name_or_id.isdigit() else None
    row = row or session.scalar(select(db.Subscription).where(db.Subscription.name == name_or_id))
    if row is None:
        raise SubscriptionError(f"no subscription {name_or_id!r}; `newswatch subscriptions list` shows them")
    return row


def rotate_secret(sessions: sessionmaker, name_or_id: str, settings: Settings | None = None) -> str:
    """A new signing secret for a webhook subscription (the old one lost or leaked), stored like the
    first and returned once; alerts signed from now on use it."""
    settings = settings or Settings()
    with sessions.begin() as session:
        row = find(session, name_or_id)
        if row.channel != "webhook":
            raise SubscriptionError(f"{row.name!r} is a {row.channel} subscription: only webhooks are signed")
        signing_secret = secrets.token_hex(32)
        row.secret = seal(signing_secret, settings)
    return signing_secret


def remove(sessions: sessionmaker, name_or_id: str) -> str:
    """Deactivate, and cancel the alerts still waiting for it (its delivery log stays); returns the name."""
    with sessions.begin() as session:
        row = find(session, name_or_id)
        row.active = False
        session.execute(update(db.Delivery)
                        .where(db.Delivery.subscription_id == row.id, db.Delivery.state.in_(db.WAITING))
                        .values(state="cancelled", last_error="subscription removed"))
        return row.name


def redact(target: str | None) -> str | None:
    """A webhook URL as it may be shown: scheme, host and first path segment. Hooks carry their
    credentials in the path, the query or the user part (``/services/T0/B0/secret``, ``?token=``)."""
    if not target or "://" not in target:
        return target  # an e-mail address, or nothing
    parts = urlsplit(target)
    segments = [s for s in parts.path.split("/") if s]
    shown = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"
    if segments:
        shown += f"/{segments[0]}" + ("/…" if len(segments) > 1 else "")
    return shown + ("?…" if parts.query else "")
