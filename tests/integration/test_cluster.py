"""The same pipeline code on a three-broker KRaft cluster on 127.0.0.1 (replication factor 3, two
replicas in sync required): one broker is killed mid-stream, and every meeting is still stored and
alerted exactly once."""

from __future__ import annotations

import json
import os
import signal
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from newswatch import db
from newswatch.flows.urls import article_id
from newswatch.messaging import Publisher
from newswatch.schemas.models import Article
from newswatch.services.broker import LocalBroker, Member, new_cluster_id
from newswatch.settings import Settings
from newswatch.topics import ensure_topics
from tests.conftest import free_port
from tests.integration.test_consumer import consuming, wait_for_meetings
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.timeout(600)

FIRST = ["Alma", "Oskar", "Lena", "Tomas", "Ines", "Pavel", "Nadia", "Karim"]
LAST = ["Redl", "Vinter", "Okafor", "Lindqvist", "Moreau"]


@pytest.fixture
def cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    ports = [(free_port(), free_port()) for _ in range(3)]
    voters = ",".join(f"{n}@127.0.0.1:{cport}" for n, (_, cport) in enumerate(ports, 1))
    cluster_id = new_cluster_id()
    brokers = [LocalBroker(Settings(state_dir=tmp_path, kafka_bootstrap_servers=None, kafka_port=port,
                                    kafka_controller_port=cport, kafka_heap="256m"),
                           Member(n, voters, cluster_id))
               for n, (port, cport) in enumerate(ports, 1)]
    # Started together: no node is ready until a majority of the controllers has elected a leader.
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda b: b.start(timeout=180), brokers))
    for key, value in {
        "NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS": ",".join(f"127.0.0.1:{port}" for port, _ in ports),
        "NEWSWATCH_TOPIC_PREFIX": "cluster", "NEWSWATCH_TOPIC_REPLICATION_FACTOR": "3",
        "NEWSWATCH_TOPIC_PARTITIONS": "3", "NEWSWATCH_CONSUMER_GROUP": "cluster-meetings",
        "NEWSWATCH_DATABASE_URL": f"sqlite:///{tmp_path / 'cluster.db'}",
    }.items():
        monkeypatch.setenv(key, value)
    settings = Settings()
    ensure_topics(settings)
    try:
        yield settings, brokers
    finally:
        for broker in brokers:
            broker.stop()


def report(n: int) -> Article:
    a, b = FIRST[n % 8], LAST[n // 8 % 5]
    url = f"https://news.example.org/cluster/{n}"
    return Article(
        article_id=article_id(url), url=url, link=url, feed_url="https://news.example.org/rss", title=f"Talks {n}",
        authors=[], published="2025-03-12", language="en", sitename="Example News",
        body=f"VIENNA — Foreign Minister {a} {b} met Defence Minister Marek Zielinski of Poland in Vienna "
             "on Monday, the ministry said.",
        body_source="page", fetched_at="2025-03-12T10:00:00+00:00")


def test_a_broker_killed_mid_stream_loses_and_duplicates_nothing(cluster, extractor) -> None:
    settings, brokers = cluster
    with consuming(settings, extractor):
        with Publisher(settings, "cluster-test") as publisher:
            for n in range(40):
                if n == 20:  # the first broker dies hard: leaders and maybe the group coordinator move
                    os.kill(brokers[0].pid(), signal.SIGKILL)
                publisher.confirm(publisher.publish("articles", report(n).to_json(), key=report(n).url))
        wait_for_meetings(settings, 40, timeout=240, settled=True)
    sessions = db.connect(settings)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(db.Article)) == 40
        assert session.scalar(select(func.count()).select_from(db.Meeting)) == 40
        states = Counter(session.scalars(select(db.Delivery.state)))
    assert states == {"delivered": 80}  # the alerts topic and the console, once per meeting
    alerts = [json.loads(r.value)["alert_id"] for r in read_all(settings, "alerts", expect=41, timeout_ms=10_000)]
    assert len(alerts) == len(set(alerts)) == 40
