"""Delivering queued alerts from the database outbox: to the alerts topic and to the console.

An alert is marked delivered only after the broker acknowledged it, so a crash in between sends it
again with the same ``alert_id`` (the idempotency key, also in the ``idempotency-key`` header)
rather than losing it.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from newswatch import db
from newswatch.messaging import Publisher

log = logging.getLogger(__name__)


def describe(alert: dict[str, Any]) -> str:
    """One human line per alert, as the console channel prints it."""
    m = alert["meeting"]
    people = " ↔ ".join(
        p["name"] + (f" ({', '.join(x for x in (p.get('country'), p.get('title')) if x)})" if p.get("country") or p.get("title") else "")
        for p in m["participants"]
    )
    kind = {"in_person": "met", "phone_call": "phone call", "video_call": "video call"}[m["kind"]]
    where = f" in {m['location']}" if m.get("location") else ""
    when = m.get("date") or "date unknown"
    publishers = ", ".join(sorted({s["publisher"] or s["url"] for s in alert["sources"]}))
    label = "NEW MEETING" if alert["alert_kind"] == "new" else "MEETING UPDATE"
    return f"{label} [{when}] {kind}{where} ({m['status']}): {people} — reported by {publishers}"


def deliver_pending(sessions: sessionmaker, publisher: Publisher, console: TextIO | None = sys.stdout,
                    limit: int = 500) -> int:
    """Deliver undelivered alerts in creation order; returns how many were delivered."""
    with sessions() as session:
        pending = session.scalars(
            select(db.AlertOutbox).where(db.AlertOutbox.delivered_at.is_(None))
            .order_by(db.AlertOutbox.created_at, db.AlertOutbox.alert_id).limit(limit)
        ).all()
    delivered = 0
    for row in pending:
        try:
            publisher.publish(
                "alerts", row.payload, key=row.meeting_id,
                headers={"idempotency-key": row.alert_id, "alert-kind": row.alert_kind},
            ).get(timeout=60)
        except Exception as exc:  # the broker is down or refused: keep it queued, try next time
            with sessions.begin() as session:
                stored = session.get(db.AlertOutbox, row.alert_id)
                stored.attempts += 1
                stored.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            log.error("alert delivery failed alert_id=%s meeting_id=%s error=%s", row.alert_id, row.meeting_id, exc)
            continue
        if console is not None:
            print(describe(row.payload), file=console, flush=True)
        with sessions.begin() as session:
            stored = session.get(db.AlertOutbox, row.alert_id)
            stored.attempts += 1
            stored.delivered_at = datetime.now(UTC)
        log.info("alert delivered alert_id=%s kind=%s meeting_id=%s", row.alert_id, row.alert_kind, row.meeting_id)
        delivered += 1
    return delivered
