"""The broker goes away while alerts are due: nothing is lost, nothing is sent twice."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from kafka import KafkaConsumer, TopicPartition
from sqlalchemy import select

from newswatch import db
from newswatch.consumers.alerts.dispatch import Dispatcher
from newswatch.consumers.store import write_article
from newswatch.messaging import Publisher
from newswatch.services.broker import LocalBroker
from newswatch.settings import Settings
from newswatch.topics import ensure_topics, topic_name
from tests.conftest import free_port
from tests.integration.test_alerts import BRANDT, OKONKWO, article, meeting
from tests.integration.test_consumer import consuming, publish_article, seed_article, wait_for_meetings
from tests.integration.test_kafka import read_all


@pytest.fixture
def own_broker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    port = free_port()
    for key, value in {
        "NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}", "NEWSWATCH_KAFKA_PORT": str(port),
        "NEWSWATCH_KAFKA_CONTROLLER_PORT": str(free_port()), "NEWSWATCH_DATABASE_URL": f"sqlite:///{tmp_path / 'nw.db'}",
        "NEWSWATCH_TOPIC_PREFIX": "outage", "NEWSWATCH_KAFKA_DELIVERY_TIMEOUT_SECONDS": "5",
        "NEWSWATCH_DELIVERY_BACKOFF_SECONDS": "0.2",
    }.items():
        monkeypatch.setenv(key, value)
    settings = Settings()
    broker = LocalBroker(Settings(state_dir=tmp_path, kafka_bootstrap_servers=None))
    broker.start()
    ensure_topics(settings)
    yield settings, broker
    broker.stop()


def wait_for_commit(settings: Settings, timeout: float) -> None:
    """Until the consumer group has committed every article on the topic."""
    topic = topic_name(settings, "articles")
    # Reads the group's committed offsets without joining it (nothing is subscribed).
    reader = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=settings.consumer_group,
                           enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in reader.partitions_for_topic(topic)]
        ends = reader.end_offsets(partitions)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all((reader.committed(tp) or 0) >= end for tp, end in ends.items()):
                return
            time.sleep(0.5)
    finally:
        reader.close()


def test_alerts_wait_for_the_broker_and_go_out_once(own_broker) -> None:
    settings, broker = own_broker
    sessions = db.connect(settings)
    write_article(sessions, article(1, "lagosdaily"), [meeting(OKONKWO, BRANDT)])
    console = io.StringIO()
    with Publisher(settings, "test-outage") as publisher:
        dispatcher = Dispatcher(settings, sessions, publisher, console)
        broker.stop()
        dispatcher.run_once()
        with sessions() as session:
            kafka = session.scalar(select(db.Delivery).join(db.Subscription).where(db.Subscription.channel == "kafka"))
            assert kafka.state == "retry" and "Timeout" in kafka.last_error
        assert console.getvalue().count("NEW MEETING") == 1  # the console did not wait for Kafka
        broker.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            dispatcher.run_once()
            with sessions() as session:
                if session.get(db.Delivery, kafka.alert_id).state == "delivered":
                    break
            time.sleep(0.5)
    records = read_all(settings, "alerts", expect=2, timeout_ms=3000)
    assert [json.loads(r.value)["alert_id"] for r in records] == [kafka.alert_id]
    assert console.getvalue().count("NEW MEETING") == 1


def test_the_consumer_waits_out_a_broker_outage_and_goes_on(own_broker, extractor, seed_text: str) -> None:
    settings, broker = own_broker
    with consuming(settings, extractor) as (worker, stats):
        time.sleep(5)  # joined the group
        broker.stop()
        time.sleep(10)  # polling meets a dead broker for a while
        assert worker.is_alive()
        broker.start()
        publish_article(settings, seed_article(seed_text))
        wait_for_meetings(settings, 2, timeout=90)
        # The meetings may be stored by a batch whose offset commit met the broker still
        # reconnecting; that batch is read again, so wait until the group has committed it.
        wait_for_commit(settings, timeout=90)
    # A batch whose events met the broker still reconnecting is read again (and its article counted
    # again); the meetings it stores are new once.
    assert stats and stats[0].articles >= 1 and stats[0].new_meetings == 2
