"""``newswatch run``: the whole pipeline in the foreground.

Starts, in order, the local Kafka broker (unless a cluster is configured), the topics and database,
the demo site (with ``--demo``), the Prefect server and UI, then the meeting consumer and the
served ingest flow as supervised child processes. Ctrl-C or SIGTERM stops them in reverse order.
"""

from __future__ import annotations

import os
from contextlib import ExitStack
from typing import TYPE_CHECKING

import click

from newswatch.cli.command import child_command, command, stop_on_signals, with_settings
from newswatch.cli.consume import consumers
from newswatch.cli.params import POSITIVE

if TYPE_CHECKING:
    from newswatch.settings import Settings


@command(help="run everything in the foreground until Ctrl-C")
@click.option("--once", is_flag=True, help="poll the feeds once, process what arrived, exit")
@click.option("--demo", is_flag=True, help="serve the seed articles on 127.0.0.1 and poll only their feed")
@click.option("--consumers", "consumer_processes", type=POSITIVE, default=1, metavar="N",
              help="consumer processes (default 1)")
@with_settings
def run(settings: Settings, once: bool, demo: bool, consumer_processes: int) -> int:
    from newswatch import db
    from newswatch.errors import NewswatchError
    from newswatch.services.prefect_server import PrefectServer, client_env
    from newswatch.services.supervise import Child, supervise
    from newswatch.settings import Settings
    from newswatch.topics import ensure_topics

    stop = stop_on_signals()
    with ExitStack() as stack:
        if settings.uses_local_kafka:
            from newswatch.services.broker import LocalBroker

            broker = LocalBroker(settings)
            if broker.pid() is None:  # leave a broker someone started by hand running
                stack.callback(broker.stop)
            broker.start()
        print(f"Kafka:      {settings.bootstrap_servers}", flush=True)
        ensure_topics(settings)
        db.connect(settings)
        print(f"Database:   {settings.db_url}", flush=True)

        overrides: dict[str, str] = {}
        if demo:
            from newswatch.services.demo import DemoSite

            try:
                site = stack.enter_context(DemoSite(port=settings.demo_port))
            except OSError as exc:  # before the running demo's feed list is touched
                raise NewswatchError(
                    f"the demo site's port {settings.demo_port} is taken ({exc.strerror}): a demo is probably "
                    "running already (`newswatch status`); stop it, or set NEWSWATCH_DEMO_PORT") from exc
            feeds = site.write_feed_list(settings.state_dir / "demo-feeds.toml")
            overrides["NEWSWATCH_FEEDS_FILE"] = str(feeds)
            hosts = sorted({*settings.allow_private_hosts, "127.0.0.1"})
            overrides["NEWSWATCH_ALLOW_PRIVATE_HOSTS"] = "[" + ",".join(f'"{h}"' for h in hosts) + "]"
            print(f"Demo site:  {site.feed_url}", flush=True)
        # The children, and the Prefect clients of this process, read the same settings.
        os.environ.update(overrides)
        os.environ.update(client_env(settings))
        settings = Settings()

        prefect = PrefectServer(settings)
        prefect.start()
        stack.callback(prefect.stop)
        print(f"Prefect UI: {prefect.ui_url}", flush=True)
        print(f"Feeds:      {settings.feeds_file}", flush=True)
        if settings.metrics_port and not once:
            ports = f"{settings.metrics_port}" + (f"-{settings.metrics_port + consumer_processes - 1}"
                                                   if consumer_processes > 1 else "")
            print(f"Metrics:    http://{settings.metrics_host}:{ports}/metrics (consumer)", flush=True)
        if settings.ingest_metrics_port and not once:
            print(f"Metrics:    http://{settings.metrics_host}:{settings.ingest_metrics_port}/metrics (ingest)",
                  flush=True)

        if once:
            return _run_once(settings)

        children = [*consumers(settings, consumer_processes), Child("ingest", child_command("serve-ingest"))]
        print(f"Running: ingest every {settings.poll_interval_seconds}s, {consumer_processes} consumer process(es), "
              "alerts below. Ctrl-C stops.", flush=True)
        supervise(children, stop)
        print("Stopping…", flush=True)
    return 0


def _run_once(settings: Settings) -> int:
    from newswatch.consumers.meetings import ConsumeStats, MeetingConsumer
    from newswatch.consumers.telemetry import Hooks, run_observed
    from newswatch.flows.ingest import ingest_feeds

    reports = ingest_feeds(str(settings.feeds_file))

    def consume(hooks: Hooks) -> ConsumeStats:
        consumer = MeetingConsumer(settings, hooks=hooks)
        try:
            return consumer.run(until_idle=3.0)
        finally:
            consumer.close()

    stats = run_observed(settings, consume)
    print(
        f"Done: {len(reports)} feeds polled, {sum(r.produced for r in reports)} articles produced, "
        f"{stats.articles} processed, {stats.new_meetings} new meetings, {stats.deliveries} alert deliveries, "
        f"{stats.dead_letters} dead letters.",
        flush=True,
    )
    return 0
