"""The dispatcher: delivers the outbox (``deliveries``) through each subscription's channel.

A delivery is claimed (``sending``) before it is sent and marked ``delivered`` after, in separate
transactions. A dispatcher that dies in between leaves the row in ``sending``; once its lease has
run out the next dispatcher asks the channel whether the alert got through (the Kafka topic can
tell) and otherwise sends it again with the same idempotency key. Failures are retried with
exponential back-off up to a limit, every attempt written to the delivery log; a subscription
whose receiver fails again and again is paused for a while (its circuit opens).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TextIO

from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from newswatch import db, metrics
from newswatch.consumers.alerts.channels import Channel, Console, DeliveryFailed, Email, KafkaTopic, Webhook
from newswatch.logs import brief
from newswatch.messaging import Publisher
from newswatch.schemas.models import Alert
from newswatch.settings import Settings

log = logging.getLogger(__name__)


def _due() -> tuple:
    """Where-clauses of the deliveries owed a send now (a retry scheduled later is not)."""
    return db.Delivery.state.in_(db.WAITING), db.Delivery.next_attempt_at <= datetime.now(UTC)


@dataclass
class _Breaker:
    """A subscription's circuit: opened by consecutive failures, it pauses that subscription's
    sends (without spending their attempts) until ``open_until``; then one send tries again."""

    failures: int = 0
    open_until: float = 0.0


class Dispatcher:
    """Sends run on a few daemon worker threads, at most one per subscription at a time, so a
    receiver that hangs holds one worker and its own alerts, never extraction or other subscribers.
    ``run_once`` is one round that waits for its sends; ``start`` runs rounds in the background."""

    def __init__(self, settings: Settings, sessions: sessionmaker, publisher: Publisher,
                 console: TextIO | None = sys.stdout):
        self.settings = settings
        self.sessions = sessions
        self.channels: dict[str, Channel] = {
            "webhook": Webhook(settings), "email": Email(settings),
            "kafka": KafkaTopic(settings, publisher), "console": Console(console),
        }
        self.delivered = 0
        self.failed = 0  # failed send attempts, retried or given up
        self._busy: set[int] = set()  # subscriptions with a worker on them
        self._breakers: dict[int, _Breaker] = {}
        self._changed = threading.Condition()
        self._tasks: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._wake = threading.Event()
        self._stop = threading.Event()
        # Daemon threads: a send stuck in a receiver must not keep the process from exiting; the
        # delivery it holds stays claimed and is settled by the in-doubt rule after a restart.
        for n in range(settings.delivery_workers):
            threading.Thread(target=self._work, name=f"delivery-{n}", daemon=True).start()

    def run_once(self, limit: int = 500, wait: bool = True) -> int:
        """Resolve interrupted sends, then start the due deliveries of every subscription that has
        no send in flight; with ``wait``, return once they are done. Returns how many were
        delivered in the meantime."""
        before = self.delivered
        self._resolve_in_doubt()
        with self.sessions() as session:
            due = session.scalars(select(db.Delivery.subscription_id).distinct().where(*_due()).limit(limit)).all()
        started = []
        with self._changed:
            for sub_id in due:
                if sub_id not in self._busy and self._breakers.get(sub_id, _Breaker()).open_until <= time.monotonic():
                    self._busy.add(sub_id)
                    started.append(sub_id)
        for sub_id in started:
            self._tasks.put(sub_id)
        if wait:
            with self._changed:
                self._changed.wait_for(lambda: not self._busy.intersection(started) or self._stop.is_set())
        return self.delivered - before

    def start(self, interval: float = 1.0) -> None:
        """Run rounds in the background until :meth:`stop`: every ``interval`` seconds, or at once
        on :meth:`wake`."""
        threading.Thread(target=self._serve, args=(interval,), name="dispatcher", daemon=True).start()

    def wake(self) -> None:
        """New alerts are queued: look now rather than at the next tick."""
        self._wake.set()

    def stop(self, grace: float = 5.0) -> None:
        """No new sends; wait up to ``grace`` seconds for those in flight. One still hanging after
        that stays claimed, for the in-doubt rule of the next dispatcher."""
        self._stop.set()
        self._wake.set()
        with self._changed:
            self._changed.notify_all()
            self._changed.wait_for(lambda: not self._busy, timeout=grace)

    def idle(self) -> bool:
        """No send in flight here and none due now (later retries do not count)."""
        with self._changed:
            if self._busy:
                return False
        with self.sessions() as session:
            return session.scalar(select(db.Delivery.alert_id).where(*_due()).limit(1)) is None

    def _serve(self, interval: float) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_once(wait=False)
                backoff = 1.0
            except db.OUTAGES as exc:
                log.warning("dispatcher database unavailable retry_in=%.0fs error=%r", backoff, brief(exc))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            self._wake.wait(interval)

    def _work(self) -> None:
        while True:
            sub_id = self._tasks.get()
            try:
                self._deliver_due(sub_id)
            except Exception:
                # A database outage mid-send: the delivery stays claimed or due, and is taken up again.
                log.exception("delivery round failed subscription_id=%s", sub_id)
            finally:
                with self._changed:
                    self._busy.discard(sub_id)
                    self._changed.notify_all()
                # Alerts queued while this subscription was busy were skipped by the round that
                # their wake() started: look again now, not at the next tick.
                self._wake.set()

    def _deliver_due(self, sub_id: int) -> None:
        """This subscription's due deliveries, oldest first, one at a time, while its circuit is closed."""
        with self.sessions() as session:
            due = session.scalars(
                select(db.Delivery.alert_id).where(db.Delivery.subscription_id == sub_id, *_due())
                .order_by(db.Delivery.created_at, db.Delivery.alert_id).limit(100)
            ).all()
        for alert_id in due:
            if self._stop.is_set():
                return
            ok = self._deliver(alert_id)
            if ok is None:
                continue
            breaker = self._breakers.setdefault(sub_id, _Breaker())
            if ok:
                if breaker.failures >= self.settings.delivery_breaker_failures:
                    log.info("subscription circuit closed subscription_id=%s", sub_id)
                breaker.failures = 0
                with self._changed:
                    self.delivered += 1
                continue
            breaker.failures += 1
            if breaker.failures >= self.settings.delivery_breaker_failures:
                pause = self.settings.delivery_breaker_seconds
                breaker.open_until = time.monotonic() + pause
                log.warning("subscription circuit open subscription_id=%s failures=%d pause=%.0fs",
                            sub_id, breaker.failures, pause)
                return

    def _claim(self, alert_id: str, states: tuple[str, ...]) -> bool:
        """Atomically take a delivery, so two dispatchers never send the same one."""
        with self.sessions.begin() as session:
            taken = session.execute(
                update(db.Delivery)
                .where(db.Delivery.alert_id == alert_id, db.Delivery.state.in_(states))
                .values(state="sending", claimed_at=datetime.now(UTC), attempts=db.Delivery.attempts + 1)
            ).rowcount
        return taken == 1

    def _deliver(self, alert_id: str) -> bool | None:
        """True when delivered, False when the attempt failed, None when another dispatcher has it."""
        if not self._claim(alert_id, db.WAITING):
            return None
        with self.sessions() as session:
            row = session.get(db.Delivery, alert_id)
            sub = session.get(db.Subscription, row.subscription_id)
            payload, attempts = row.payload, row.attempts
        try:
            alert = Alert.model_validate(payload)
        except ValidationError as exc:  # an outbox row no newswatch wrote: it will not become valid
            self._failed(alert_id, sub, attempts, DeliveryFailed(f"stored alert is not an alert: {exc}", permanent=True))
            return False
        try:
            detail = self.channels[sub.channel].send(sub, alert)
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
        metrics.ALERTS.labels(sub.channel, "sent").inc()
        log.info("alert delivered alert_id=%s subscription=%s channel=%s kind=%s meeting_id=%s attempt=%d detail=%r",
                 alert_id, sub.name, sub.channel, alert.alert_kind, alert.meeting_id, attempts, detail)
        return True

    def _failed(self, alert_id: str, sub: db.Subscription, attempts: int, exc: DeliveryFailed) -> None:
        s = self.settings
        final = exc.permanent or attempts >= s.delivery_max_attempts
        self.failed += 1
        delay = min(s.delivery_backoff_seconds * 2 ** (attempts - 1), s.delivery_backoff_max_seconds)
        outcome = "giving up" if final else f"retry in {delay:.1f}s"
        self._record(alert_id, state="failed" if final else "retry", ok=False, detail=f"{exc}; {outcome}",
                     next_attempt_at=datetime.now(UTC) + timedelta(seconds=delay))
        metrics.ALERTS.labels(sub.channel, "failed").inc()
        if final:
            log.error("alert delivery gave up alert_id=%s subscription=%s channel=%s attempts=%d error=%r",
                      alert_id, sub.name, sub.channel, attempts, str(exc))
        else:
            log.warning("alert delivery failed alert_id=%s subscription=%s channel=%s attempt=%d retry_in=%.0fs error=%r",
                        alert_id, sub.name, sub.channel, attempts, delay, str(exc))

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
            try:
                delivered = self.channels[sub.channel].already_delivered(sub, Alert.model_validate(payload))
            except ValidationError:
                delivered = None  # the send decides: it fails such a row for good
            if delivered:
                self._record(alert_id, state="delivered", ok=True, detail="found delivered after an interrupted send")
                log.warning("in-doubt alert was delivered alert_id=%s subscription=%s", alert_id, sub.name)
            else:
                self._record(alert_id, state="retry", ok=False, detail="send interrupted; sending again"
                             + (" (not found on the channel)" if delivered is False else
                                " (receiver de-duplicates by idempotency key)"))
                log.warning("in-doubt alert will be sent again alert_id=%s subscription=%s channel=%s",
                            alert_id, sub.name, sub.channel)
