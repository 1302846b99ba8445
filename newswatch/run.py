"""``newswatch run``: the whole pipeline in the foreground.

Starts, in order, the local Kafka broker (unless a cluster is configured), the topics and database,
the demo site (with ``--demo``), the Prefect server and UI, then the meeting consumer and the
served ingest flow as child processes, restarted when they die. Ctrl-C or SIGTERM stops them in
reverse order; each child finishes the batch it is on before it exits, so nothing is committed
half-done.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import ExitStack

from newswatch.prefect_server import PrefectServer, client_env
from newswatch.settings import Settings

log = logging.getLogger(__name__)


def _newswatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "newswatch.cli", *args]


class Child:
    """A supervised child process: restarted when it dies (it resumes from its committed work),
    given up on when it keeps dying."""

    MAX_RESTARTS = 5
    WINDOW_SECONDS = 600.0

    def __init__(self, name: str, command: list[str]):
        self.name = name
        self.command = command
        self.process: subprocess.Popen | None = None
        self.restarts: list[float] = []

    def start(self) -> None:
        # Its own session: Ctrl-C reaches the supervisor only, which stops children in order.
        self.process = subprocess.Popen(self.command, start_new_session=True)

    def keep_alive(self) -> bool:
        """Restart the child if it died; False once it died too often to keep trying."""
        if self.process is None or self.process.poll() is None:
            return True
        now = time.monotonic()
        self.restarts = [t for t in self.restarts if now - t < self.WINDOW_SECONDS] + [now]
        if len(self.restarts) > self.MAX_RESTARTS:
            log.error("%s exited with code %s %d times in %.0fs; shutting down", self.name,
                      self.process.returncode, len(self.restarts), self.WINDOW_SECONDS)
            return False
        delay = 2 ** len(self.restarts)
        log.error("%s exited with code %s; restarting in %ds", self.name, self.process.returncode, delay)
        time.sleep(delay)
        self.start()
        return True

    def stop(self, timeout: float = 60.0) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("%s did not stop within %.0fs; killing it", self.name, timeout)
            process.kill()
            process.wait()
        log.info("%s stopped (exit %s)", self.name, process.returncode)


def run(settings: Settings, once: bool = False, demo: bool = False) -> int:
    from newswatch import db
    from newswatch.topics import ensure_topics

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())

    with ExitStack() as stack:
        if settings.uses_local_kafka:
            from newswatch.broker import LocalBroker

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
            from newswatch.demo import DemoSite

            site = stack.enter_context(DemoSite(port=0))
            feeds = site.write_feed_list(settings.state_dir / "demo-feeds.toml")
            overrides["NEWSWATCH_FEEDS_FILE"] = str(feeds)
            hosts = sorted({*settings.allow_private_hosts, "127.0.0.1"})
            overrides["NEWSWATCH_ALLOW_PRIVATE_HOSTS"] = "[" + ",".join(f'"{h}"' for h in hosts) + "]"
            print(f"Demo site:  {site.feed_url}", flush=True)
        os.environ.update(overrides)
        os.environ.update(client_env(settings))
        settings = Settings()

        prefect = PrefectServer(settings)
        prefect.start()
        stack.callback(prefect.stop)
        print(f"Prefect UI: {prefect.ui_url}", flush=True)
        print(f"Feeds:      {settings.feeds_file}", flush=True)

        if once:
            return _run_once(settings)

        children = {name: Child(name, _newswatch(command)) for name, command in
                    (("consumer", "consume"), ("ingest", "serve-ingest"))}
        for child in children.values():
            child.start()
            stack.callback(child.stop)
        print(f"Running: ingest every {settings.poll_interval_seconds}s, alerts below. Ctrl-C stops.", flush=True)
        while not stop.wait(1.0):
            for child in children.values():
                if not child.keep_alive():
                    stop.set()
        print("Stopping…", flush=True)
    return 0


def _run_once(settings: Settings) -> int:
    from newswatch.consumers.meetings import MeetingConsumer
    from newswatch.flows.ingest import ingest_feeds

    reports = ingest_feeds(str(settings.feeds_file))
    consumer = MeetingConsumer(settings)
    try:
        stats = consumer.run(until_idle=3.0)
    finally:
        consumer.close()
    print(
        f"Done: {len(reports)} feeds polled, {sum(r.produced for r in reports)} articles produced, "
        f"{stats.articles} processed, {stats.new_meetings} new meetings, {stats.deliveries} alert deliveries, "
        f"{stats.dead_letters} dead letters.",
        flush=True,
    )
    return 0

