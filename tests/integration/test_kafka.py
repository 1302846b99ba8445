"""The local broker, topics and validated publishing, on a real Kafka broker."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from kafka import KafkaConsumer, TopicPartition

from newswatch.messaging import Publisher
from newswatch.schemas import InvalidMessage
from newswatch.services.broker import LocalBroker
from newswatch.settings import Settings
from newswatch.topics import TOPICS, ensure_topics, topic_name
from tests.conftest import free_port


def read_all(settings: Settings, key: str, expect: int, timeout_ms: int = 10_000) -> list:
    """Every record on a topic (all partitions), waiting until ``expect`` arrived or time ran out."""
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=timeout_ms)
    name = topic_name(settings, key)
    consumer.assign([TopicPartition(name, p) for p in consumer.partitions_for_topic(name)])
    records = []
    for record in consumer:
        records.append(record)
        if len(records) >= expect:
            break
    consumer.close()
    return records


def test_topics_are_versioned_and_created_once(settings: Settings) -> None:
    assert ensure_topics(settings) == []  # the fixture created them already
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    for key in TOPICS:
        name = topic_name(settings, key)
        assert name == f"{settings.topic_prefix}.{key}.v1"
        assert len(consumer.partitions_for_topic(name)) == settings.topic_partitions
    consumer.close()


def test_invalid_message_is_refused_before_sending(settings: Settings) -> None:
    with Publisher(settings, "test") as publisher:
        with pytest.raises(InvalidMessage, match="body"):
            publisher.publish("articles", {"schema_version": 1, "url": "https://x.example/a"}, key="k")
        publisher.dead_letter("test", "it was broken", b"\xffraw", key="k").get(timeout=30)
    assert read_all(settings, "articles", expect=1, timeout_ms=2000) == []
    [letter] = read_all(settings, "deadletters", expect=1)
    body = json.loads(letter.value)
    assert body["reason"] == "it was broken" and body["payload"] == "\ufffdraw"
    headers = dict(letter.headers)
    assert headers["message-type"] == b"dead_letter" and headers["stage"] == b"test"


def test_broker_formats_once_restarts_with_its_data_and_stops(tmp_path) -> None:
    settings = Settings(state_dir=tmp_path, kafka_port=free_port(), kafka_controller_port=free_port(),
                        kafka_bootstrap_servers=None)
    broker = LocalBroker(settings)
    try:
        assert broker.start().accepting
        ensure_topics(settings)
        meta = (broker.data / "meta.properties").read_text()
        assert broker.stop() is True
        assert not broker.status().accepting
        broker.start()
        assert (broker.data / "meta.properties").read_text() == meta  # not formatted again
        assert ensure_topics(settings) == []  # topics survived the restart
        status = subprocess.run([sys.executable, "-m", "newswatch.cli", "kafka", "status"], capture_output=True,
                                text=True, env={**_env(settings)})
        assert status.returncode == 0 and "accepting clients" in status.stdout
    finally:
        broker.stop()
    assert broker.stop() is False


def _env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS")}
    env.update(NEWSWATCH_STATE_DIR=str(settings.state_dir), NEWSWATCH_KAFKA_PORT=str(settings.kafka_port),
               NEWSWATCH_KAFKA_CONTROLLER_PORT=str(settings.kafka_controller_port))
    return env


def test_status_of_an_outside_cluster_says_whether_it_answers(settings: Settings) -> None:
    def status(bootstrap: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "newswatch.cli", "kafka", "status"], capture_output=True,
                              text=True, timeout=120, env={**os.environ, "NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS": bootstrap})

    alive = status(settings.bootstrap_servers)
    assert alive.returncode == 0 and "answers" in alive.stdout
    dead = status(f"127.0.0.1:{free_port()}")
    assert dead.returncode == 3 and "does not answer" in dead.stdout
