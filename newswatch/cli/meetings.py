"""``newswatch meetings list|show``: the stored meetings with their sources and deliveries; and
``newswatch dispatch``: delivering the alerts queued for them."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from newswatch.cli.command import command, group, stop_on_signals, with_settings
from newswatch.cli.params import DAY, KINDS, STATUSES
from newswatch.cli.table import print_table

if TYPE_CHECKING:
    from newswatch import db
    from newswatch.settings import Settings


@group(help="stored meetings")
def meetings() -> None:
    pass


@meetings.command("list", help="meetings, newest first")
@click.option("--participant")
@click.option("--country")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--since", type=DAY, metavar="DAY",
              help="YYYY-MM-DD, today, yesterday or N days (7d): meetings of that day or later")
@click.option("--limit", type=int, default=50)
@click.option("--json", "as_json", is_flag=True)
@with_settings
def list_meetings(settings: Settings, participant: str | None, country: str | None, kind: str | None,
                  status: str | None, since: str | None, limit: int, as_json: bool) -> int:
    from sqlalchemy import select

    from newswatch import db

    with db.connect(settings)() as session:
        query = select(db.Meeting).order_by(db.Meeting.anchor_day.desc(), db.Meeting.first_seen_at.desc())
        if kind:
            query = query.where(db.Meeting.kind == kind)
        if status:
            query = query.where(db.Meeting.status == status)
        if since:
            query = query.where(db.Meeting.anchor_day >= since)
        if country:
            query = query.where(db.Meeting.meeting_id.in_(select(db.MeetingParticipant.meeting_id).where(
                db.MeetingParticipant.country == country.upper())))
        rows = session.scalars(query).all()
    if participant:
        from newswatch.consumers.identity import takes_part

        rows = [r for r in rows if takes_part(participant, r.participants)]
    rows = rows[:limit]
    if as_json:
        print(json.dumps([_meeting_json(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    print_table(["meeting", "date", "kind", "status", "where", "participants", "sources"],
                [[r.meeting_id, r.date or f"~{r.anchor_day}", r.kind, r.status, r.location or "",
                  "; ".join(f"{p['name']} ({p.get('country') or '?'})" for p in r.participants),
                  f"{r.independent_sources}/{r.source_count}"] for r in rows])
    return 0


def _meeting_json(row: db.Meeting) -> dict[str, Any]:
    return {"meeting_id": row.meeting_id, "kind": row.kind, "status": row.status, "date": row.date,
            "date_precision": row.date_precision, "location": row.location, "participants": row.participants,
            "topics": row.topics, "reports": row.source_count, "independent_sources": row.independent_sources,
            "revision": row.revision, "first_seen_at": row.first_seen_at.isoformat(timespec="seconds")}


@meetings.command(help="one meeting with its sources, status changes and deliveries")
@click.argument("meeting_id")
@with_settings
def show(settings: Settings, meeting_id: str) -> int:
    from sqlalchemy import select

    from newswatch import db

    with db.connect(settings)() as session:
        row = session.get(db.Meeting, meeting_id)
        if row is None:
            print(f"newswatch meetings show: no meeting {meeting_id}", file=sys.stderr)
            return 2
        data = _meeting_json(row)
        where = {"meeting_id": row.meeting_id}
        data["sources"] = [
            {"url": s.url, "publisher": s.publisher, "status": s.status, "evidence": s.evidence,
             "attribution": s.attribution, "syndicated_from": None if s.origin_article_id == s.article_id else s.origin_article_id}
            for s in session.scalars(select(db.MeetingSource).filter_by(**where).order_by(db.MeetingSource.id))]
        data["status_changes"] = [
            {"from": c.old_status, "to": c.new_status, "article_id": c.article_id, "at": c.changed_at.isoformat(timespec="seconds")}
            for c in session.scalars(select(db.StatusChange).filter_by(**where).order_by(db.StatusChange.id))]
        deliveries = session.scalars(select(db.Delivery).filter_by(**where).order_by(db.Delivery.created_at)).all()
        log: dict[str, list[dict]] = {}
        for a in session.scalars(select(db.DeliveryAttempt).where(
                db.DeliveryAttempt.alert_id.in_([d.alert_id for d in deliveries])).order_by(db.DeliveryAttempt.id)):
            log.setdefault(a.alert_id, []).append(
                {"at": a.attempted_at.isoformat(timespec="seconds"), "ok": a.ok, "detail": a.detail})
        data["deliveries"] = [
            {"alert_id": d.alert_id, "subscription_id": d.subscription_id, "kind": d.alert_kind, "revision": d.revision,
             "state": d.state, "attempts": d.attempts, "last_error": d.last_error, "log": log.get(d.alert_id, [])}
            for d in deliveries]
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


@command(help="deliver queued alerts (the consumer does this too)")
@click.option("--once", is_flag=True, help="deliver what is due, then exit")
@click.option("--interval", type=float, default=5.0, help="seconds between rounds")
@with_settings
def dispatch(settings: Settings, once: bool, interval: float) -> int:
    from newswatch import db
    from newswatch.consumers.alerts.dispatch import Dispatcher
    from newswatch.messaging import Publisher

    stop = stop_on_signals()
    with Publisher(settings, "newswatch-dispatch") as publisher:
        dispatcher = Dispatcher(settings, db.connect(settings), publisher)
        if once:
            dispatcher.run_once()
        else:
            dispatcher.start(interval)
            stop.wait()
        dispatcher.stop()
    return 0
