"""``newswatch subscriptions add|list|remove|replay|rotate-secret|test``: who gets which alerts,
and how."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from newswatch.cli.command import group, with_settings
from newswatch.cli.params import DAY, KINDS, STATUSES
from newswatch.cli.table import print_table

if TYPE_CHECKING:
    from newswatch.settings import Settings


NAME_OR_ID = "\n\nSUBSCRIPTION: its name or id"


# Named apart from newswatch.consumers.alerts.subscriptions, which the commands import.
@group("subscriptions", help="who gets which alerts")
def subscriptions_group() -> None:
    pass


@subscriptions_group.command(help="add a subscription (webhooks: the signing secret is printed once)")
@click.argument("name")
@click.option("--channel", required=True, type=click.Choice(["webhook", "email", "kafka", "console"]))
@click.option("--target", help="webhook URL or e-mail address")
@click.option("--participant", multiple=True, help="a person who must take part (repeatable)")
@click.option("--country", multiple=True, help="ISO code of a participant's country (repeatable)")
@click.option("--kind", multiple=True, type=click.Choice(KINDS))
@click.option("--status", multiple=True, type=click.Choice(STATUSES))
@click.option("--keyword", multiple=True, help="a word in the topics (repeatable)")
@click.option("--min-sources", type=int, default=1, help="independent sources needed before alerting")
@click.option("--min-confidence", type=float, default=None,
              help="extraction confidence (0-1) needed before alerting (default: the measured default, 0.55)")
@click.option("--updates", type=click.Choice(["none", "status", "all"]), default="none",
              help="after the first alert: no updates, status changes only, or every change")
@with_settings
def add(settings: Settings, name: str, channel: str, target: str | None, participant: tuple[str, ...],
        country: tuple[str, ...], kind: tuple[str, ...], status: tuple[str, ...], keyword: tuple[str, ...],
        min_sources: int, min_confidence: float | None, updates: str) -> int:
    from newswatch import db
    from newswatch.consumers.alerts import subscriptions

    try:
        filters = subscriptions.Filters(
            participants=list(participant), countries=list(country), kinds=list(kind), statuses=list(status),
            keywords=list(keyword), min_sources=min_sources,
            **({} if min_confidence is None else {"min_confidence": min_confidence}),
        )
        row = subscriptions.add(db.connect(settings), name, channel, target, filters, updates, settings)
    except (ValueError, subscriptions.SubscriptionError) as exc:
        print(f"newswatch subscriptions add: {exc}", file=sys.stderr)
        return 2
    print(f"added subscription {row.id} {row.name} ({row.channel}{' → ' + row.target if row.target else ''})")
    if row.signing_secret:
        print("signing secret (shown once; X-Newswatch-Signature is HMAC-SHA256 of 'timestamp.body'): "
              f"{row.signing_secret}")
    return 0


@subscriptions_group.command("list", help="list subscriptions")
@click.option("--json", "as_json", is_flag=True)
@click.option("--all", "include_removed", is_flag=True, help="include removed ones")
@with_settings
def list_subscriptions(settings: Settings, as_json: bool, include_removed: bool) -> int:
    from sqlalchemy import select

    from newswatch import db
    from newswatch.consumers.alerts import subscriptions

    with db.connect(settings)() as session:
        query = select(db.Subscription).order_by(db.Subscription.id)
        rows = session.scalars(query if include_removed else query.where(db.Subscription.active.is_(True))).all()
    # Filters left at their defaults say nothing: only the ones set are shown.
    # Targets redacted: webhook URLs carry their credentials (and listings end up in tickets).
    data = [{"id": r.id, "name": r.name, "channel": r.channel, "target": subscriptions.redact(r.target),
             "updates": r.updates,
             "active": r.active,
             "filters": subscriptions.Filters.model_validate(r.filters).model_dump(exclude_defaults=True)}
            for r in rows]
    if as_json:
        print(json.dumps(data, indent=2))
        return 0
    print_table(["id", "name", "channel", "target", "updates", "filters"],
                [[d["id"], d["name"] + ("" if d["active"] else " (removed)"), d["channel"], d["target"] or "",
                  d["updates"], json.dumps(d["filters"]) if d["filters"] else "everything"] for d in data])
    return 0


@subscriptions_group.command(help="switch a subscription off (its delivery log stays)" + NAME_OR_ID)
@click.argument("subscription")
@with_settings
def remove(settings: Settings, subscription: str) -> int:
    from newswatch import db
    from newswatch.consumers.alerts import subscriptions

    try:
        print(f"removed subscription {subscriptions.remove(db.connect(settings), subscription)}")
    except subscriptions.SubscriptionError as exc:
        print(f"newswatch subscriptions remove: {exc}", file=sys.stderr)
        return 2
    return 0


@subscriptions_group.command("replay",
                             help="send a subscription the meetings stored since a day that it wants" + NAME_OR_ID)
@click.argument("subscription")
@click.option("--since", type=DAY, required=True, metavar="DAY", help="YYYY-MM-DD, today, yesterday or N days")
@with_settings
def replay_meetings(settings: Settings, subscription: str, since: str) -> int:
    from newswatch import db
    from newswatch.consumers.alerts import subscriptions
    from newswatch.consumers.store import replay

    try:
        queued = replay(db.connect(settings), subscription, since)
    except subscriptions.SubscriptionError as exc:
        print(f"newswatch subscriptions replay: {exc}", file=sys.stderr)
        return 2
    print(f"queued {queued} alert(s) for {subscription} (meetings since {since} it wants and was not sent); "
          "the running consumer, or `newswatch dispatch --once`, delivers them")
    return 0


@subscriptions_group.command("rotate-secret",
                             help="give a webhook subscription a new signing secret (shown once)" + NAME_OR_ID)
@click.argument("subscription")
@with_settings
def rotate_secret(settings: Settings, subscription: str) -> int:
    from newswatch import db
    from newswatch.consumers.alerts import subscriptions

    try:
        secret = subscriptions.rotate_secret(db.connect(settings), subscription, settings)
    except subscriptions.SubscriptionError as exc:
        print(f"newswatch subscriptions rotate-secret: {exc}", file=sys.stderr)
        return 2
    print(f"new signing secret (shown once; the old one no longer verifies): {secret}")
    return 0


@subscriptions_group.command("test", help="send a test alert through a subscription's channel now" + NAME_OR_ID)
@click.argument("subscription")
@with_settings
def send_test(settings: Settings, subscription: str) -> int:
    from newswatch import db
    from newswatch.consumers.alerts import subscriptions
    from newswatch.consumers.alerts.channels import Console, DeliveryFailed, Email, KafkaTopic, Webhook, make_test_alert
    from newswatch.messaging import Publisher

    sessions = db.connect(settings)
    with sessions() as session:
        try:
            sub = subscriptions.find(session, subscription)
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
