"""``newswatch ingest`` (one run of the ingest flow) and ``newswatch serve-ingest`` (the flow
served by Prefect on its interval)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newswatch.cli.command import command, with_settings

if TYPE_CHECKING:
    from newswatch.settings import Settings

INGEST_DEPLOYMENT = "ingest-feeds/newswatch-ingest"


@command(help="run the ingest flow once")
@click.option("--feeds", type=click.Path(path_type=Path), help="feed list (default: settings feeds_file)")
@click.option("--force", is_flag=True, help="poll every enabled feed, due or not")
@with_settings
def ingest(settings: Settings, feeds: Path | None, force: bool) -> int:
    from contextlib import nullcontext

    from prefect.settings import PREFECT_API_URL, temporary_settings

    from newswatch.flows.feeds import load_feed_list
    from newswatch.flows.ingest import ingest_feeds
    from newswatch.services.prefect_server import running_api

    load_feed_list(feeds or settings.feeds_file)  # a missing or broken list fails here, in one line
    found = running_api(settings)
    if found:
        print(f"Prefect: {found[0]} ({found[1]})", file=sys.stderr, flush=True)
    else:
        print(f"Prefect: no server answers at {settings.prefect_api_url}: a temporary one runs this flow",
              file=sys.stderr, flush=True)
    with temporary_settings(updates={PREFECT_API_URL: found[0]}) if found else nullcontext():
        reports = ingest_feeds(str(feeds) if feeds else None, force=force)
    return 1 if reports and all(r.status == "failed" for r in reports) else 0


@command("serve-ingest", help="serve the ingest flow on its interval (Prefect)")
@with_settings
def serve_ingest(settings: Settings) -> int:
    from datetime import UTC, datetime, timedelta

    from prefect.schedules import Interval

    from newswatch import metrics

    if settings.ingest_metrics_port:
        # Each flow run is a process of Prefect's own: its counters go to files this process serves.
        folder = settings.state_dir / "metrics" / "ingest"
        metrics.prepare_multiprocess(folder)
        metrics.serve_flow_runs(settings.ingest_metrics_port, settings.metrics_host, folder)

    from newswatch.flows.ingest import ingest_feeds

    # The first poll is asked for as soon as the deployment exists: a schedule alone puts it a whole
    # interval away whenever the scheduler first looks after the anchor has passed.
    threading.Thread(target=_poll_now, name="first-poll", daemon=True).start()
    ingest_feeds.serve(
        name=INGEST_DEPLOYMENT.split("/")[1],
        schedules=[Interval(timedelta(seconds=settings.poll_interval_seconds), anchor_date=datetime.now(UTC))],
        parameters={"feeds_file": str(settings.feeds_file)},
        description="Poll the feed list and produce new articles",
        print_starting_message=False,
        limit=1,  # a poll still running when the next is due is not doubled
    )
    return 0


def _poll_now(wait_seconds: float = 120.0) -> None:
    """One run of the served ingest deployment now, once the deployment is registered."""
    import time

    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        try:
            run_deployment(INGEST_DEPLOYMENT, timeout=0)
            return
        except ObjectNotFound:
            time.sleep(1)
    logging.getLogger(__name__).warning("first poll not requested deployment=%s waited=%.0fs",
                                        INGEST_DEPLOYMENT, wait_seconds)
