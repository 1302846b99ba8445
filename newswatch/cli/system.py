"""``newswatch status``, ``kafka``, ``topics`` and ``db``: what the pipeline runs on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from newswatch.cli.command import command, with_settings

if TYPE_CHECKING:
    from newswatch.settings import Settings


@command(help="is everything up and keeping up? exit 3: Kafka down, 4: something else")
@with_settings
def status(settings: Settings) -> int:
    from newswatch.status import check, render

    found = check(settings)
    print(render(found))
    return found.exit_code


@command(help="the local single-node Kafka broker")
@click.argument("action", type=click.Choice(["start", "stop", "status"]))
@with_settings
def kafka(settings: Settings, action: str) -> int:
    if not settings.uses_local_kafka:
        print(f"KAFKA_BOOTSTRAP_SERVERS is set ({settings.bootstrap_servers}): no local broker is managed")
        if action != "status":
            return 2
        from newswatch.messaging import wait_for_cluster

        reachable = wait_for_cluster(settings.bootstrap_servers, timeout=10)
        print(f"kafka cluster at {settings.bootstrap_servers} {'answers' if reachable else 'does not answer'}")
        return 0 if reachable else 3
    from newswatch.services.broker import LocalBroker

    broker = LocalBroker(settings)
    if action == "start":
        print(f"kafka {broker.start()}")
    elif action == "stop":
        print("kafka stopped" if broker.stop() else "kafka was not running")
    else:
        state = broker.status()
        print(f"kafka {state}")
        return 0 if state.accepting else 3
    return 0


@command(help="create the topics (idempotent) and list them")
@with_settings
def topics(settings: Settings) -> int:
    from newswatch.topics import TOPICS, ensure_topics, topic_name

    created = ensure_topics(settings)
    for key in TOPICS:
        name = topic_name(settings, key)
        print(f"{name}{'  (created)' if name in created else ''}")
    return 0


@command("db", help="migrate the database to the newest revision")
@with_settings
def migrate(settings: Settings) -> int:
    from newswatch import db

    db.connect(settings)
    print(f"database at the newest revision: {settings.db_url}")
    return 0
