"""The meeting consumer on the real broker: poison messages, and crashes at the worst moments."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from kafka import KafkaProducer
from sqlalchemy import func, select

from newswatch import db
from newswatch.consumers.alerts.dispatch import Dispatcher
from newswatch.consumers.meetings import MeetingConsumer
from newswatch.flows.urls import article_id
from newswatch.messaging import Publisher
from newswatch.schemas.models import Article
from newswatch.settings import Settings
from newswatch.topics import topic_name
from tests.integration.conftest import BACKENDS
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.parametrize("backend", BACKENDS)

URL = "https://news.example.org/world/2025/11/17/delegation"


def seed_article(seed_text: str) -> Article:
    return Article(
        article_id=article_id(URL), url=URL, link=URL, feed_url="https://news.example.org/rss",
        title="Delegation in Damascus", authors=[], published="2025-11-17", language="en",
        sitename="Example News", body=seed_text, body_source="page", fetched_at="2025-11-17T10:00:00+00:00",
    )


def publish_article(settings: Settings, article: Article) -> None:
    with Publisher(settings, "test") as publisher:
        publisher.publish("articles", article.to_json(), key=article.url).get(timeout=30)


def consume(settings: Settings, extractor) -> tuple:
    console = io.StringIO()
    consumer = MeetingConsumer(settings, extractor=extractor, console=console)
    try:
        return consumer.run(until_idle=2.0), console.getvalue()
    finally:
        consumer.close()


@contextmanager
def consuming(settings: Settings, extractor) -> Iterator[tuple[threading.Thread, list]]:
    """The consumer running on a thread for the block: (the thread, its stats once stopped)."""
    consumer = MeetingConsumer(settings, extractor=extractor, console=io.StringIO())
    stop, stats = threading.Event(), []
    worker = threading.Thread(target=lambda: stats.append(consumer.run(stop)))
    worker.start()
    try:
        yield worker, stats
    finally:
        stop.set()
        worker.join(timeout=60)
        consumer.close()


def wait_for_meetings(settings: Settings, count: int, timeout: float, settled: bool = False) -> None:
    """Until ``count`` meetings are stored (and, if ``settled``, every delivery delivered)."""
    sessions = db.connect(settings)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sessions() as session:
            if session.scalar(select(func.count()).select_from(db.Meeting)) >= count and not (
                    settled and session.scalar(select(db.Delivery.alert_id)
                                               .where(db.Delivery.state != "delivered").limit(1))):
                return
        time.sleep(0.5)


def test_poison_messages_go_to_dead_letters_and_the_rest_goes_on(settings: Settings, extractor, seed_text: str) -> None:
    raw = KafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    raw.send(topic_name(settings, "articles"), key=b"a", value=b"\xff\xfe not json")
    raw.send(topic_name(settings, "articles"), key=b"b", value=json.dumps({"schema_version": 1, "url": 5}).encode())
    raw.flush()
    raw.close()
    publish_article(settings, seed_article(seed_text))

    stats, console = consume(settings, extractor)

    assert (stats.dead_letters, stats.articles, stats.deliveries) == (2, 1, 4)  # topic + console
    letters = {json.loads(r.value)["key"]: json.loads(r.value) for r in read_all(settings, "deadletters", expect=2)}
    assert letters["a"]["reason"].startswith("not JSON")
    assert "invalid article message" in letters["b"]["reason"] and "url" in letters["b"]["reason"]
    assert letters["b"]["source_topic"] == topic_name(settings, "articles")
    assert letters["b"]["offset"] is not None
    assert sum(stats.lag_at_exit.values()) == 0  # poison did not block the partition


def test_crash_before_offset_commit_replays_without_duplicate_alerts(
        settings: Settings, extractor, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    publish_article(settings, seed_article(seed_text))
    crashing = MeetingConsumer(settings, extractor=extractor, console=io.StringIO())
    monkeypatch.setattr(crashing.consumer, "commit", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("killed")))
    with pytest.raises(RuntimeError, match="killed"):
        crashing.run(until_idle=2.0)
    crashing.close()  # the dispatcher may have sent some alerts by now, or all, or none
    sent_before = crashing.dispatcher.delivered

    stats, console = consume(settings, extractor)

    assert stats.articles == 1 and stats.new_meetings == 0 and sent_before + stats.deliveries == 4
    alerts = read_all(settings, "alerts", expect=3, timeout_ms=3000)
    assert len(alerts) == len({json.loads(a.value)["alert_id"] for a in alerts}) == 2


def test_crash_between_write_and_delivery_delivers_queued_alerts_once(
        settings: Settings, extractor, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    publish_article(settings, seed_article(seed_text))
    with monkeypatch.context() as patch:
        # A dispatcher that never gets to send: the consumer stores the meetings, queues their
        # alerts and commits, as a process killed right after its commit would have.
        patch.setattr(Dispatcher, "start", lambda self: None)
        patch.setattr(Dispatcher, "idle", lambda self: True)
        crashing = MeetingConsumer(settings, extractor=extractor, console=io.StringIO())
        assert crashing.run(until_idle=2.0).deliveries == 0
        crashing.close()
    assert read_all(settings, "alerts", expect=1, timeout_ms=2000) == []

    stats, console = consume(settings, extractor)

    assert stats.deliveries == 4 and console.count("NEW MEETING") == 2
    alerts = read_all(settings, "alerts", expect=3, timeout_ms=3000)
    assert len(alerts) == 2
    assert all(dict(a.headers)["idempotency-key"] == json.loads(a.value)["alert_id"].encode() for a in alerts)
