"""``newswatch consume``: the meeting consumer, in this process or as N supervised processes of
the one consumer group."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from newswatch.cli.command import child_command, command, stop_on_signals, with_settings
from newswatch.cli.params import POSITIVE

if TYPE_CHECKING:
    from newswatch.services.supervise import Child
    from newswatch.settings import Settings


@command(help="run the meeting consumer until Ctrl-C")
@click.option("--until-idle", type=float, metavar="SECONDS", help="exit once caught up and idle this long")
@click.option("--processes", type=POSITIVE, default=1, metavar="N",
              help="N consumer processes of the one group, each with its own partitions, supervised")
@with_settings
def consume(settings: Settings, until_idle: float | None, processes: int) -> int:
    import os

    from newswatch import metrics
    from newswatch.services.prefect_server import client_env

    # Our Prefect server unless one is configured: never Prefect's ephemeral one, which would be
    # started inside this process.
    for key, value in client_env(settings).items():
        os.environ.setdefault(key, value)
    stop = stop_on_signals()
    if processes > 1:
        from newswatch.services.supervise import supervise

        supervise(consumers(settings, processes), stop)
        return 0

    from newswatch.consumers.meetings import ConsumeStats, MeetingConsumer
    from newswatch.consumers.telemetry import Hooks, run_observed

    def run(hooks: Hooks) -> ConsumeStats:
        consumer = MeetingConsumer(settings, hooks=hooks)
        try:
            return consumer.run(stop, until_idle=until_idle)
        finally:
            consumer.close()

    metrics.serve(settings.metrics_port, settings.metrics_host)
    stats = run_observed(settings, run)
    print(f"consumed articles={stats.articles} meetings={stats.meetings} new={stats.new_meetings} "
          f"deliveries={stats.deliveries} dead_letters={stats.dead_letters}", file=sys.stderr)
    return 0


def consumers(settings: Settings, count: int) -> list[Child]:
    """``count`` consumer processes of the one group, each with its own partitions; with static
    membership each gets its own instance id, with metrics its own port (the base port + n - 1)."""
    from newswatch.services.supervise import Child

    def env(n: int) -> dict[str, str] | None:
        if count == 1:
            return None
        own = {}
        if settings.consumer_instance_id:
            own["NEWSWATCH_CONSUMER_INSTANCE_ID"] = f"{settings.consumer_instance_id}-{n}"
        if settings.metrics_port:
            own["NEWSWATCH_METRICS_PORT"] = str(settings.metrics_port + n - 1)
        return own or None

    return [Child(f"consumer-{n}" if count > 1 else "consumer", child_command("consume"), env(n))
            for n in range(1, count + 1)]
