"""Faults injected into a stream of 300 meetings: what comes out, and how long until caught up.

Starts a private single-node broker (or uses NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS), then per
scenario: fresh topics, consumer group and SQLite database; 300 one-meeting articles produced;
``newswatch consume`` run as a child process; the fault injected; and once every meeting is
stored and every alert settled, one row: articles produced, meetings stored, alerts on the alerts
topic, duplicate alerts there (same alert id twice), dead letters, and seconds from the first
article produced until caught up.

    python benchmarks/faults.py [--meetings 300] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kafka import KafkaProducer
from sqlalchemy import func, select

from newswatch import db
from newswatch.consumers.alerts import subscriptions
from newswatch.flows.urls import article_id
from newswatch.messaging import Publisher
from newswatch.schemas.models import Article
from newswatch.services.broker import LocalBroker
from newswatch.settings import Settings
from newswatch.topics import ensure_topics, topic_name
from tests.conftest import free_port
from tests.integration.localsite import Hanging
from tests.integration.test_kafka import read_all

FIRST = ("Alma Oskar Lena Tomas Ines Pavel Nadia Karim Sofia Marek Yusuf Hana Emil Rosa Ivan Leila Jonas Mira "
         "Anton Petra").split()
LAST = "Redl Vinter Okafor Lindqvist Moreau Haddad Novak Brandt Sato Costa Petrov Mensah Kovacs Ortiz Berg".split()


def article(n: int, published: str = "2025-03-12") -> Article:
    url = f"https://news.example.org/stream/{n}"
    return Article(
        article_id=article_id(url), url=url, link=url, feed_url="https://news.example.org/rss", title=f"Talks {n}",
        authors=[], published=published, language="en", sitename="Example News",
        body=f"VIENNA — Foreign Minister {FIRST[n % 20]} {LAST[n // 20 % 15]} met Defence Minister Marek "
             "Zielinski of Poland in Vienna on Monday, the ministry said.",
        body_source="page", fetched_at="2025-03-12T10:00:00+00:00")


class Run:
    """One scenario's topics, group, database and consumer process."""

    def __init__(self, folder: Path, bootstrap: str, name: str):
        tag = f"{name.lower()}{uuid.uuid4().hex[:6]}"
        self.env = {**os.environ, "NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS": bootstrap, "NEWSWATCH_TOPIC_PREFIX": tag,
                    "NEWSWATCH_CONSUMER_GROUP": tag, "NEWSWATCH_DATABASE_URL": f"sqlite:///{folder / tag}.db",
                    "NEWSWATCH_ALLOW_PRIVATE_HOSTS": '["127.0.0.1"]', "NEWSWATCH_WEBHOOK_TIMEOUT_SECONDS": "30",
                    "NEWSWATCH_STATE_DIR": str(folder / tag)}
        os.environ.update({k: v for k, v in self.env.items() if k.startswith("NEWSWATCH_")})
        self.settings = Settings()
        ensure_topics(self.settings)
        self.sessions = db.connect(self.settings)
        self.consumer: subprocess.Popen | None = None
        self.log = folder / f"{tag}.log"

    def start_consumer(self) -> None:
        with open(self.log, "ab") as log:  # the consumer's own log, for a row that looks wrong
            self.consumer = subprocess.Popen([sys.executable, "-m", "newswatch.cli", "consume"], env=self.env,
                                             stdout=log, stderr=subprocess.STDOUT)

    def stored(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(db.Meeting))

    def settled(self, expected: int) -> bool:
        with self.sessions() as session:
            waiting = session.scalar(select(func.count()).select_from(db.Delivery).join(db.Subscription).where(
                db.Delivery.state.in_(("pending", "retry", "sending")), db.Subscription.channel != "webhook"))
        return self.stored() >= expected and waiting == 0

    def stop(self) -> None:
        if self.consumer and self.consumer.poll() is None:
            self.consumer.send_signal(signal.SIGTERM)
            try:
                self.consumer.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.consumer.kill()


def produce(run: Run, meetings: int, fault: Fault) -> None:
    raw = KafkaProducer(bootstrap_servers=run.settings.bootstrap_servers, max_request_size=8 * 1024 * 1024,
                        compression_type="gzip")
    with Publisher(run.settings, "fault-bench") as publisher:
        for n in range(meetings):
            fault.during(n)
            item = article(n)
            publisher.confirm(publisher.publish("articles", item.to_json(), key=item.url))
            fault.extra(raw, n)
    raw.flush()
    raw.close()


@dataclass
class Fault:
    """What a scenario does while the stream is produced: before article ``n`` (``during``), after
    it on the raw producer (``extra``), and how many more meetings it adds."""

    during: Callable[[int], None] = lambda n: None
    extra: Callable[[KafkaProducer, int], None] = lambda raw, n: None
    more_meetings: int = 0


def poison(run: Run, meetings: int, broker: LocalBroker | None) -> Fault:
    def extra(raw: KafkaProducer, n: int) -> None:
        if n % 30 == 0:  # one in thirty: not JSON, nested 100k deep, 5 MB, wrong schema
            topic = topic_name(run.settings, "articles")
            for value in (b"\xff not json", b'{"a":' * 100_000, b"x" * 5_000_000,
                          json.dumps({"schema_version": 1, "url": 5}).encode()):
                raw.send(topic, key=b"poison", value=value)
    return Fault(extra=extra)


def far_future(run: Run, meetings: int, broker: LocalBroker | None) -> Fault:
    def extra(raw: KafkaProducer, n: int) -> None:
        if n % 10 == 0:  # a meeting of its own, "on December 31, 9999", published then too
            hostile = article(10_000 + n, published="9999-12-31T23:59:59+00:00")
            hostile.body = hostile.body.replace("on Monday", "on December 31, 9999").replace(
                "Defence Minister Marek Zielinski of Poland", "Defence Minister Oskar Halvorsen of Norway")
            raw.send(topic_name(run.settings, "articles"), key=hostile.url.encode(),
                     value=json.dumps(hostile.to_json()).encode())
    return Fault(extra=extra, more_meetings=meetings // 10)


def hanging_webhook(run: Run, meetings: int, broker: LocalBroker | None) -> Fault:
    subscriptions.add(run.sessions, "stuck", "webhook", Hanging().url, subscriptions.Filters())
    return Fault()


def consumer_killed(run: Run, meetings: int, broker: LocalBroker | None) -> Fault:
    def during(n: int) -> None:
        if n in (meetings // 4, meetings // 2, 3 * meetings // 4):
            time.sleep(2)
            run.consumer.kill()
            run.consumer.wait()
            run.start_consumer()
    return Fault(during=during)


def database_locked(run: Run, meetings: int, broker: LocalBroker | None) -> Fault:
    def during(n: int) -> None:
        if n == meetings // 3:  # longer than SQLite's 10 s busy timeout
            lock = sqlite3.connect(run.settings.db_url.split("///", 1)[1], isolation_level=None,
                                   check_same_thread=False)
            lock.execute("BEGIN EXCLUSIVE")
            threading.Timer(15, lock.rollback).start()
    return Fault(during=during)


def broker_stopped(run: Run, meetings: int, broker: LocalBroker | None) -> Fault:
    def during(n: int) -> None:
        if n == meetings // 2 and broker is not None:
            broker.stop()
            threading.Timer(20, broker.start).start()
    return Fault(during=during)


SCENARIOS: dict[str, Callable[[Run, int, LocalBroker | None], Fault]] = {
    "none": lambda run, meetings, broker: Fault(), "poison records": poison, "year 9999 dates": far_future,
    "hanging webhook": hanging_webhook, "consumer SIGKILL x3": consumer_killed,
    "database locked 15 s": database_locked, "broker stopped 20 s": broker_stopped,
}


def scenario(name: str, folder: Path, bootstrap: str, meetings: int, broker: LocalBroker | None) -> dict:
    run = Run(folder, bootstrap, name.split()[0])
    fault = SCENARIOS[name](run, meetings, broker)
    started = time.monotonic()
    run.start_consumer()
    produce(run, meetings, fault)
    expected = meetings + fault.more_meetings
    deadline = time.monotonic() + 900
    while not run.settled(expected) and time.monotonic() < deadline:
        time.sleep(0.5)
    seconds = time.monotonic() - started
    run.stop()
    alerts = [json.loads(r.value)["alert_id"] for r in read_all(run.settings, "alerts", expect=sys.maxsize)]
    return {"fault": name, "produced": expected, "stored": run.stored(), "alerts": len(set(alerts)),
            "duplicates": len(alerts) - len(set(alerts)), "dead letters": len(read_all(run.settings, "deadletters", expect=sys.maxsize)),
            "seconds": round(seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=300)
    parser.add_argument("--only", nargs="+", choices=list(SCENARIOS))
    parser.add_argument("--keep", type=Path, help="folder for the consumers' logs and databases (default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newswatch-faults-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        broker = None
        bootstrap = os.environ.get("NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS")
        if not bootstrap:
            port = free_port()
            broker = LocalBroker(Settings(state_dir=folder, kafka_bootstrap_servers=None, kafka_port=port,
                                          kafka_controller_port=free_port()))
            broker.start()
            bootstrap = f"127.0.0.1:{port}"
        try:
            columns = ["fault", "produced", "stored", "alerts", "duplicates", "dead letters", "seconds"]
            print("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns), flush=True)
            for name in args.only or SCENARIOS:
                if name == "broker stopped 20 s" and broker is None:
                    continue  # an outside cluster is not ours to stop
                row = scenario(name, folder, bootstrap, args.meetings, broker)
                print("| " + " | ".join(str(row[c]) for c in columns) + " |", flush=True)
        finally:
            if broker is not None:
                broker.stop()


if __name__ == "__main__":
    main()
