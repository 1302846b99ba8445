"""The ways an alert reaches a subscriber: webhook, e-mail, the Kafka alerts topic, the console.

Every channel carries the alert's ``alert_id`` as idempotency key (header, Message-ID, record
header), so a receiver can drop the second copy that a crash mid-send can cause.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import sys
import time
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Protocol, TextIO

import httpx
from kafka import KafkaConsumer, TopicPartition
from kafka.partitioner.default import murmur2

from newswatch import db
from newswatch.consumers.alerts.subscriptions import SubscriptionError, check_webhook_target
from newswatch.errors import NewswatchError
from newswatch.flows.fetch import Fetcher
from newswatch.messaging import Publisher
from newswatch.schemas.models import Alert, AlertKind, Kind, Meeting, Participant, Source, Status
from newswatch.sealing import SecretKeyError, unseal
from newswatch.settings import Settings
from newswatch.topics import topic_name


class DeliveryFailed(NewswatchError):
    """The receiver did not take the alert; ``permanent`` when retrying cannot help."""

    def __init__(self, reason: str, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent


class Channel(Protocol):
    def send(self, sub: db.Subscription, alert: Alert) -> str:
        """Deliver or raise :class:`DeliveryFailed`; returns what the receiver answered, for the log."""

    def already_delivered(self, sub: db.Subscription, alert: Alert) -> bool | None:
        """After a crash mid-send: True/False when the channel can tell, None when it cannot."""


KIND_WORDS = {Kind.IN_PERSON: "met", Kind.PHONE_CALL: "phone call", Kind.VIDEO_CALL: "video call"}
LABELS = {AlertKind.NEW: "NEW MEETING", AlertKind.UPDATE: "MEETING UPDATE", AlertKind.TEST: "TEST ALERT"}


def describe(alert: Alert) -> str:
    """One human line per alert, as the console and e-mail subjects show it."""
    m = alert.meeting

    def who(p: Participant) -> str:
        details = ", ".join(x for x in (p.country, p.title) if x)
        return f"{p.name} ({details})" if details else p.name

    people = " ↔ ".join(who(p) for p in m.participants)
    where = f" in {m.location}" if m.location else ""
    publishers = ", ".join(sorted({s.publisher or s.url for s in alert.sources}))
    changes = f" — {'; '.join(alert.changes)}" if alert.changes else ""
    return (f"{LABELS[alert.alert_kind]} [{m.date or 'date unknown'}] {KIND_WORDS[m.kind]}{where} ({m.status}): "
            f"{people} — reported by {publishers}{changes}")


def wire(alert: Alert) -> bytes:
    """The alert as webhooks and the alerts topic carry it: compact JSON of its wire form."""
    return json.dumps(alert.to_json(), ensure_ascii=False, separators=(",", ":")).encode()


def make_test_alert(subscription: str) -> Alert:
    """The alert `newswatch subscriptions test` sends: a made-up phone call, a fresh ``alert_id``
    (so receivers never drop it as a repeat) and the all-zero meeting id no real meeting has."""
    return Alert(
        alert_id=uuid.uuid4().hex, alert_kind=AlertKind.TEST, subscription=subscription, meeting_id="0" * 16,
        revision=0, changes=[], independent_sources=1,
        meeting=Meeting(kind=Kind.PHONE_CALL, status=Status.OCCURRED, location=None, date=None, topics=["test"],
                        evidence="A test alert from newswatch.",
                        participants=[Participant(name="Test Sender", title=None, country=None),
                                      Participant(name="Test Receiver", title=None, country=None)]),
        sources=[Source(url="https://newswatch.invalid/test", publisher="newswatch")],
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of HMAC-SHA256 over ``timestamp.body``; the timestamp defeats replays."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


class Webhook:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._vetting = Fetcher(settings)  # only its address check: nothing is fetched with it
        self.client = httpx.Client(timeout=settings.webhook_timeout_seconds, follow_redirects=False,
                                   headers={"User-Agent": settings.user_agent})

    def send(self, sub: db.Subscription, alert: Alert) -> str:
        try:
            # Checked again at each send: the name may resolve elsewhere now, and subscriptions
            # made before the check existed were never vetted.
            check_webhook_target(sub.target or "", self._vetting)
            secret = unseal(sub.secret or "", self.settings)
        except (SubscriptionError, SecretKeyError) as exc:
            raise DeliveryFailed(str(exc), permanent=True) from exc
        body = wire(alert)
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Newswatch-Idempotency-Key": alert.alert_id,
            "X-Newswatch-Timestamp": timestamp,
            "X-Newswatch-Signature": sign(secret, timestamp, body),
        }
        try:
            # Streamed and closed unread: only the status matters, and a receiver that answers
            # with an endless body must not hold the sender or fill its memory.
            with self.client.stream("POST", sub.target, content=body, headers=headers) as response:
                status = response.status_code
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}") from exc
        if status >= 300:
            # 4xx other than 408/429 means the receiver refuses this request as it is.
            permanent = 400 <= status < 500 and status not in (408, 429)
            # The body is not read: a receiver on the wrong host may answer with anything (secrets).
            raise DeliveryFailed(f"HTTP {status}", permanent=permanent)
        return f"HTTP {status}"

    def already_delivered(self, sub: db.Subscription, alert: Alert) -> bool | None:
        return None


class Email:
    def __init__(self, settings: Settings):
        self.settings = settings

    def send(self, sub: db.Subscription, alert: Alert) -> str:
        s = self.settings
        message = EmailMessage()
        message["From"] = s.smtp_from
        message["To"] = sub.target
        # Values in a header come from articles: line breaks in them would end the header (or
        # start another one) and the e-mail library refuses them, so they are folded to spaces.
        message["Subject"] = " ".join(describe(alert).split())[:200]
        # Mail clients and servers drop a second message with the same Message-ID.
        message["Message-ID"] = f"<{alert.alert_id}@newswatch>"
        message["X-Newswatch-Idempotency-Key"] = alert.alert_id
        message.set_content(describe(alert) + "\n\n" + json.dumps(alert.to_json(), ensure_ascii=False, indent=2))
        try:
            with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.webhook_timeout_seconds) as smtp:
                if s.smtp_starttls:
                    smtp.starttls()
                if s.smtp_user:
                    smtp.login(s.smtp_user, s.smtp_password.get_secret_value() if s.smtp_password else "")
                refused = smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryFailed(f"recipient refused: {exc.recipients}", permanent=True) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}") from exc
        if refused:
            raise DeliveryFailed(f"recipient refused: {refused}", permanent=True)
        return "accepted by SMTP server"

    def already_delivered(self, sub: db.Subscription, alert: Alert) -> bool | None:
        return None


class KafkaTopic:
    """The alerts topic. After a crash mid-send the topic itself says whether the alert got there."""

    def __init__(self, settings: Settings, publisher: Publisher):
        self.settings = settings
        self.publisher = publisher

    def send(self, sub: db.Subscription, alert: Alert) -> str:
        try:
            meta = self.publisher.confirm(self.publisher.publish(
                "alerts", alert.to_json(), key=alert.meeting_id,
                headers={"idempotency-key": alert.alert_id, "alert-kind": alert.alert_kind,
                         "subscription": sub.name},
            ))
        except Exception as exc:  # any broker-side failure is worth a retry
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}") from exc
        return f"partition {meta.partition} offset {meta.offset}"

    def already_delivered(self, sub: db.Subscription, alert: Alert) -> bool | None:
        topic = topic_name(self.settings, "alerts")
        consumer = KafkaConsumer(bootstrap_servers=self.settings.bootstrap_servers, enable_auto_commit=False,
                                 consumer_timeout_ms=5000)
        try:
            # Keyed by meeting id: the alert can only be in the partition the producer hashed it to.
            partitions = sorted(consumer.partitions_for_topic(topic) or ())
            tp = TopicPartition(topic, partitions[(murmur2(alert.meeting_id.encode()) & 0x7FFFFFFF) % len(partitions)])
            consumer.assign([tp])
            consumer.seek_to_beginning(tp)
            end = consumer.end_offsets([tp])[tp]
            key = alert.alert_id.encode()
            deadline = time.monotonic() + 60
            while consumer.position(tp) < end:
                if time.monotonic() > deadline:
                    return None
                for record in consumer.poll(timeout_ms=2000).get(tp, []):
                    if dict(record.headers).get("idempotency-key") == key:
                        return True
            return False
        finally:
            consumer.close()


class Console:
    def __init__(self, out: TextIO | None = None):
        self.out = out

    def send(self, sub: db.Subscription, alert: Alert) -> str:
        print(describe(alert), file=self.out or sys.stdout, flush=True)
        return "printed"

    def already_delivered(self, sub: db.Subscription, alert: Alert) -> bool | None:
        return None
