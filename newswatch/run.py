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

from newswatch.errors import NewswatchError
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

    def __init__(self, name: str, command: list[str], env: dict[str, str] | None = None):
        self.name = name
        self.command = command
        self.env = env  # added to the environment
        self.process: subprocess.Popen | None = None
        self.restarts: list[float] = []

    def start(self) -> None:
        # Its own session: Ctrl-C reaches the supervisor only, which stops children in order.
        env = {**os.environ, **self.env} if self.env else None
        self.process = subprocess.Popen(self.command, start_new_session=True, env=env)

    def keep_alive(self) -> bool:
        """Restart the child if it died; False once it died too often to keep trying."""
        if self.process is None or self.process.poll() is None:
            return True
        now = time.monotonic()
        self.restarts = [t for t in self.restarts if now - t < self.WINDOW_SECONDS] + [now]
        if len(self.restarts) > self.MAX_RESTARTS:
            log.error("process failing process=%s exit_code=%s exits=%d window=%.0fs action=shutdown", self.name,
                      self.process.returncode, len(self.restarts), self.WINDOW_SECONDS)
            return False
        delay = 2 ** len(self.restarts)
        log.error("process exited process=%s exit_code=%s restart_in=%ds", self.name, self.process.returncode, delay)
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
            log.warning("process killed process=%s stop_timeout=%.0fs", self.name, timeout)
            process.kill()
            process.wait()
        log.info("process stopped process=%s exit_code=%s", self.name, process.returncode)


def consumers(settings: Settings, count: int) -> list[Child]:
    """``count`` consumer processes of the one group, each with its own partitions; with static
    membership each gets its own instance id."""
    instance = settings.consumer_instance_id
    return [Child(f"consumer-{n}" if count > 1 else "consumer", _newswatch("consume"),
                  {"NEWSWATCH_CONSUMER_INSTANCE_ID": f"{instance}-{n}"} if instance and count > 1 else None)
            for n in range(1, count + 1)]


def supervise(children: list[Child], stop: threading.Event) -> None:
    """Run the children until ``stop``, restarting one that dies; then stop them all."""
    for child in children:
        child.start()
    try:
        while not stop.wait(1.0):
            for child in children:
                if not child.keep_alive():
                    stop.set()
    finally:
        for child in children:
            child.stop()


def run(settings: Settings, once: bool = False, demo: bool = False, consumer_processes: int = 1) -> int:
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

        children = [*consumers(settings, consumer_processes), Child("ingest", _newswatch("serve-ingest"))]
        print(f"Running: ingest every {settings.poll_interval_seconds}s, {consumer_processes} consumer process(es), "
              "alerts below. Ctrl-C stops.", flush=True)
        supervise(children, stop)
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

