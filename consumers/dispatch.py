"""The dispatcher: delivers the outbox (``deliveries``) through each subscription's channel.

A delivery is claimed (``sending``) before it is sent and marked ``delivered`` after, in separate
transactions. A dispatcher that dies in between leaves the row in ``sending``; once its lease has
run out the next dispatcher asks the channel whether the alert got through (the Kafka topic can
tell) and otherwise sends it again with the same idempotency key. Failures are retried with
exponential back-off up to a limit, every attempt written to the delivery log.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime, timedelta
from typing import TextIO

from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from newswatch import db
from newswatch.consumers.channels import Channel, Console, DeliveryFailed, Email, KafkaTopic, Webhook
from newswatch.messaging import Publisher
from newswatch.settings import Settings

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, settings: Settings, sessions: sessionmaker, publisher: Publisher,
                 console: TextIO | None = sys.stdout):
        self.settings = settings
        self.sessions = sessions
        self.channels: dict[str, Channel] = {
            "webhook": Webhook(settings), "email": Email(settings),
            "kafka": KafkaTopic(settings, publisher), "console": Console(console),
        }

    def run_once(self, limit: int = 500) -> int:
        """Resolve interrupted sends, then send what is due; returns how many were delivered."""
        self._resolve_in_doubt()
        now = datetime.now(UTC)
        with self.sessions() as session:
            due = session.scalars(
                select(db.Delivery.alert_id)
                .where(db.Delivery.state.in_(("pending", "retry")), db.Delivery.next_attempt_at <= now)
                .order_by(db.Delivery.created_at, db.Delivery.alert_id).limit(limit)
            ).all()
        return sum(self._deliver(alert_id) for alert_id in due)

    def _claim(self, alert_id: str, states: tuple[str, ...]) -> bool:
        """Atomically take a delivery, so two dispatchers never send the same one."""
        with self.sessions.begin() as session:
            taken = session.execute(
                update(db.Delivery)
                .where(db.Delivery.alert_id == alert_id, db.Delivery.state.in_(states))
                .values(state="sending", claimed_at=datetime.now(UTC), attempts=db.Delivery.attempts + 1)
            ).rowcount
        return taken == 1

    def _deliver(self, alert_id: str) -> bool:
        if not self._claim(alert_id, ("pending", "retry")):
            return False
        with self.sessions() as session:
            row = session.get(db.Delivery, alert_id)
            sub = session.get(db.Subscription, row.subscription_id)
            payload, attempts = row.payload, row.attempts
        try:
            detail = self.channels[sub.channel].send(sub, payload)
        except DeliveryFailed as exc:
            self._failed(alert_id, sub, attempts, exc)
            return False
        except Exception as exc:
            # A channel that breaks on some value is a failed attempt of this alert, counted
            # towards its limit, never a crash of the consumer that would replay it forever.
            log.exception("alert delivery raised alert_id=%s subscription=%s channel=%s", alert_id, sub.name,
                          sub.channel)
            self._failed(alert_id, sub, attempts, DeliveryFailed(f"{type(exc).__name__}: {exc}"))
            return False
        self._record(alert_id, state="delivered", ok=True, detail=detail)
        log.info("alert delivered alert_id=%s subscription=%s channel=%s kind=%s meeting_id=%s attempt=%d %s",
                 alert_id, sub.name, sub.channel, payload["alert_kind"], payload["meeting_id"], attempts, detail)
        return True

    def _failed(self, alert_id: str, sub: db.Subscription, attempts: int, exc: DeliveryFailed) -> None:
        s = self.settings
        final = exc.permanent or attempts >= s.delivery_max_attempts
        delay = min(s.delivery_backoff_seconds * 2 ** (attempts - 1), s.delivery_backoff_max_seconds)
        outcome = "giving up" if final else f"retry in {delay:.1f}s"
        self._record(alert_id, state="failed" if final else "retry", ok=False, detail=f"{exc}; {outcome}",
                     next_attempt_at=datetime.now(UTC) + timedelta(seconds=delay))
        if final:
            log.error("alert delivery gave up alert_id=%s subscription=%s channel=%s attempts=%d error=%s",
                      alert_id, sub.name, sub.channel, attempts, exc)
        else:
            log.warning("alert delivery failed alert_id=%s subscription=%s channel=%s attempt=%d retry_in=%.0fs error=%s",
                        alert_id, sub.name, sub.channel, attempts, delay, exc)

    def _record(self, alert_id: str, state: str, ok: bool, detail: str,
                next_attempt_at: datetime | None = None) -> None:
        now = datetime.now(UTC)
        with self.sessions.begin() as session:
            row = session.get(db.Delivery, alert_id)
            row.state = state
            row.claimed_at = None
            if ok:
                row.delivered_at = now
            else:
                row.last_error = detail[:2000]
                row.next_attempt_at = next_attempt_at or now
            session.add(db.DeliveryAttempt(alert_id=alert_id, attempted_at=now, ok=ok, detail=detail[:2000]))

    def _resolve_in_doubt(self) -> None:
        stale = datetime.now(UTC) - timedelta(seconds=self.settings.delivery_lease_seconds)
        with self.sessions() as session:
            rows = session.execute(
                select(db.Delivery.alert_id, db.Delivery.payload, db.Subscription)
                .join(db.Subscription, db.Subscription.id == db.Delivery.subscription_id)
                .where(db.Delivery.state == "sending", db.Delivery.claimed_at < stale)
            ).all()
        for alert_id, payload, sub in rows:
            delivered = self.channels[sub.channel].already_delivered(sub, payload)
            if delivered:
                self._record(alert_id, state="delivered", ok=True, detail="found delivered after an interrupted send")
                log.warning("in-doubt alert was delivered alert_id=%s subscription=%s", alert_id, sub.name)
            else:
                self._record(alert_id, state="retry", ok=False, detail="send interrupted; sending again"
                             + (" (not found on the channel)" if delivered is False else
                                " (receiver de-duplicates by idempotency key)"))
                log.warning("in-doubt alert will be sent again alert_id=%s subscription=%s channel=%s",
                            alert_id, sub.name, sub.channel)
