"""``newswatch subscriptions …``, ``newswatch meetings …`` and ``newswatch dispatch``."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import Any

from sqlalchemy import select

from newswatch import db
from newswatch.schemas.models import Kind, Status
from newswatch.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    subs = sub.add_parser("subscriptions", help="who gets which alerts").add_subparsers(dest="action", required=True)
    add = subs.add_parser("add", help="add a subscription (webhooks: the signing secret is printed once)")
    add.add_argument("name")
    add.add_argument("--channel", required=True, choices=["webhook", "email", "kafka", "console"])
    add.add_argument("--target", help="webhook URL or e-mail address")
    add.add_argument("--participant", action="append", default=[], help="a person who must take part (repeatable)")
    add.add_argument("--country", action="append", default=[], help="ISO code of a participant's country (repeatable)")
    add.add_argument("--kind", action="append", default=[], choices=list(Kind))
    add.add_argument("--status", action="append", default=[], choices=list(Status))
    add.add_argument("--keyword", action="append", default=[], help="a word in the topics (repeatable)")
    add.add_argument("--min-sources", type=int, default=1, help="independent sources needed before alerting")
    add.add_argument("--min-confidence", type=float, default=None,
                     help="extraction confidence (0-1) needed before alerting (default: the measured default, 0.65)")
    add.add_argument("--updates", choices=["none", "status", "all"], default="none",
                     help="after the first alert: no updates, status changes only, or every change")
    add.set_defaults(func=_subscriptions_add)
    listing = subs.add_parser("list", help="list subscriptions")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--all", action="store_true", help="include removed ones")
    listing.set_defaults(func=_subscriptions_list)
    remove = subs.add_parser("remove", help="switch a subscription off (its delivery log stays)")
    remove.add_argument("subscription", help="name or id")
    remove.set_defaults(func=_subscriptions_remove)
    replay = subs.add_parser("replay", help="send a subscription the meetings stored since a day that it wants")
    replay.add_argument("subscription", help="name or id")
    replay.add_argument("--since", type=_day, required=True, metavar="DAY", help="YYYY-MM-DD, today, yesterday or N days")
    replay.set_defaults(func=_subscriptions_replay)
    rotate = subs.add_parser("rotate-secret", help="give a webhook subscription a new signing secret (shown once)")
    rotate.add_argument("subscription", help="name or id")
    rotate.set_defaults(func=_subscriptions_rotate_secret)
    test = subs.add_parser("test", help="send a test alert through a subscription's channel now")
    test.add_argument("subscription", help="name or id")
    test.set_defaults(func=_subscriptions_test)

    meetings = sub.add_parser("meetings", help="stored meetings").add_subparsers(dest="action", required=True)
    ls = meetings.add_parser("list", help="meetings, newest first")
    ls.add_argument("--participant")
    ls.add_argument("--country")
    ls.add_argument("--kind", choices=list(Kind))
    ls.add_argument("--status", choices=list(Status))
    ls.add_argument("--since", type=_day, metavar="DAY",
                    help="YYYY-MM-DD, today, yesterday or N days (7d): meetings of that day or later")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_meetings_list)
    show = meetings.add_parser("show", help="one meeting with its sources, status changes and deliveries")
    show.add_argument("meeting_id")
    show.set_defaults(func=_meetings_show)

    dispatch = sub.add_parser("dispatch", help="deliver queued alerts (the consumer does this too)")
    dispatch.add_argument("--once", action="store_true", help="deliver what is due, then exit")
    dispatch.add_argument("--interval", type=float, default=5.0, help="seconds between rounds")
    dispatch.set_defaults(func=_dispatch)


def _subscriptions_add(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.alerts import subscriptions

    try:
        filters = subscriptions.Filters(
            participants=args.participant, countries=args.country, kinds=args.kind, statuses=args.status,
            keywords=args.keyword, min_sources=args.min_sources,
            **({} if args.min_confidence is None else {"min_confidence": args.min_confidence}),
        )
        row = subscriptions.add(db.connect(settings), args.name, args.channel, args.target, filters, args.updates,
                                settings)
    except (ValueError, subscriptions.SubscriptionError) as exc:
        print(f"newswatch subscriptions add: {exc}", file=sys.stderr)
        return 2
    print(f"added subscription {row.id} {row.name} ({row.channel}{' → ' + row.target if row.target else ''})")
    if row.signing_secret:
        print("signing secret (shown once; X-Newswatch-Signature is HMAC-SHA256 of 'timestamp.body'): "
              f"{row.signing_secret}")
    return 0


def _subscriptions_list(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.alerts import subscriptions

    with db.connect(settings)() as session:
        query = select(db.Subscription).order_by(db.Subscription.id)
        rows = session.scalars(query if args.all else query.where(db.Subscription.active.is_(True))).all()
    # Filters left at their defaults say nothing: only the ones set are shown.
    # Targets redacted: webhook URLs carry their credentials (and listings end up in tickets).
    data = [{"id": r.id, "name": r.name, "channel": r.channel, "target": subscriptions.redact(r.target),
             "updates": r.updates,
             "active": r.active,
             "filters": subscriptions.Filters.model_validate(r.filters).model_dump(exclude_defaults=True)}
            for r in rows]
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    _table(["id", "name", "channel", "target", "updates", "filters"],
           [[d["id"], d["name"] + ("" if d["active"] else " (removed)"), d["channel"], d["target"] or "",
             d["updates"], json.dumps(d["filters"]) if d["filters"] else "everything"] for d in data])
    return 0


def _subscriptions_remove(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.alerts import subscriptions

    try:
        print(f"removed subscription {subscriptions.remove(db.connect(settings), args.subscription)}")
    except subscriptions.SubscriptionError as exc:
        print(f"newswatch subscriptions remove: {exc}", file=sys.stderr)
        return 2
    return 0


def _subscriptions_replay(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.alerts import subscriptions
    from newswatch.consumers.store import replay

    try:
        queued = replay(db.connect(settings), args.subscription, args.since)
    except subscriptions.SubscriptionError as exc:
        print(f"newswatch subscriptions replay: {exc}", file=sys.stderr)
        return 2
    print(f"queued {queued} alert(s) for {args.subscription} (meetings since {args.since} it wants and was not sent); "
          "the running consumer, or `newswatch dispatch --once`, delivers them")
    return 0


def _subscriptions_rotate_secret(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.alerts import subscriptions

    try:
        secret = subscriptions.rotate_secret(db.connect(settings), args.subscription, settings)
    except subscriptions.SubscriptionError as exc:
        print(f"newswatch subscriptions rotate-secret: {exc}", file=sys.stderr)
        return 2
    print(f"new signing secret (shown once; the old one no longer verifies): {secret}")
    return 0


def _subscriptions_test(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.alerts import subscriptions
    from newswatch.consumers.alerts.channels import Console, DeliveryFailed, Email, KafkaTopic, Webhook, make_test_alert
    from newswatch.messaging import Publisher

    sessions = db.connect(settings)
    with sessions() as session:
        try:
            sub = subscriptions.find(session, args.subscription)
        except subscriptions.SubscriptionError as exc:
            print(f"newswatch subscriptions test: {exc}", file=sys.stderr)
            return 2
    alert = make_test_alert(sub.name)
    publisher = Publisher(settings, "newswatch-cli") if sub.channel == "kafka" else None
    channel = {"webhook": lambda: Webhook(settings), "email": lambda: Email(settings),
               "kafka": lambda: KafkaTopic(settings, publisher), "console": lambda: Console()}[sub.channel]()
    try:
        print(f"test alert sent to {sub.name}: {channel.send(sub, alert)}")
    except DeliveryFailed as exc:
        print(f"test alert to {sub.name} failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if publisher:
            publisher.close()
    return 0


def _day(text: str) -> str:
    """A day as --since takes it, as YYYY-MM-DD; anything else is refused, not read as no limit."""
    from datetime import UTC, date, datetime, timedelta

    today = datetime.now(UTC).date()
    words = text.strip().lower()
    relative = {"today": 0, "yesterday": 1}
    if words in relative:
        return (today - timedelta(days=relative[words])).isoformat()
    number = words.removesuffix("days").removesuffix("day").removesuffix("d").strip()
    if number.isdigit() and number != words:
        return (today - timedelta(days=int(number))).isoformat()
    try:
        return date.fromisoformat(words).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is no day: give YYYY-MM-DD, today, yesterday or N days") from None


def _meetings_list(args: argparse.Namespace, settings: Settings) -> int:
    with db.connect(settings)() as session:
        query = select(db.Meeting).order_by(db.Meeting.anchor_day.desc(), db.Meeting.first_seen_at.desc())
        if args.kind:
            query = query.where(db.Meeting.kind == args.kind)
        if args.status:
            query = query.where(db.Meeting.status == args.status)
        if args.since:
            query = query.where(db.Meeting.anchor_day >= args.since)
        if args.country:
            query = query.where(db.Meeting.meeting_id.in_(select(db.MeetingParticipant.meeting_id).where(
                db.MeetingParticipant.country == args.country.upper())))
        rows = session.scalars(query).all()
    if args.participant:
        from newswatch.consumers.identity import takes_part

        rows = [r for r in rows if takes_part(args.participant, r.participants)]
    rows = rows[: args.limit]
    if args.json:
        print(json.dumps([_meeting_json(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    _table(["meeting", "date", "kind", "status", "where", "participants", "sources"],
           [[r.meeting_id, r.date or f"~{r.anchor_day}", r.kind, r.status, r.location or "",
             "; ".join(f"{p['name']} ({p.get('country') or '?'})" for p in r.participants),
             f"{r.independent_sources}/{r.source_count}"] for r in rows])
    return 0


def _meeting_json(row: db.Meeting) -> dict[str, Any]:
    return {"meeting_id": row.meeting_id, "kind": row.kind, "status": row.status, "date": row.date,
            "date_precision": row.date_precision, "location": row.location, "participants": row.participants,
            "topics": row.topics, "reports": row.source_count, "independent_sources": row.independent_sources,
            "revision": row.revision, "first_seen_at": row.first_seen_at.isoformat(timespec="seconds")}


def _meetings_show(args: argparse.Namespace, settings: Settings) -> int:
    with db.connect(settings)() as session:
        row = session.get(db.Meeting, args.meeting_id)
        if row is None:
            print(f"newswatch meetings show: no meeting {args.meeting_id}", file=sys.stderr)
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


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.cli import stop_on_signals
    from newswatch.consumers.alerts.dispatch import Dispatcher
    from newswatch.messaging import Publisher

    stop: threading.Event = stop_on_signals()
    with Publisher(settings, "newswatch-dispatch") as publisher:
        dispatcher = Dispatcher(settings, db.connect(settings), publisher)
        if args.once:
            dispatcher.run_once()
        else:
            dispatcher.start(args.interval)
            stop.wait()
        dispatcher.stop()
    return 0


def _table(header: list[str], rows: list[list[Any]]) -> None:
    cells = [header, *[[str(c) for c in row] for row in rows]]
    widths = [min(max(len(r[i]) for r in cells), 60) for i in range(len(header))]
    for row in cells:
        print("  ".join(c[:60].ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not rows:
        print("(none)")

