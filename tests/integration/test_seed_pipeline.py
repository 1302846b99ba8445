"""The seed article through the whole chain: localhost site and feed → Prefect ingest flow run →
real Kafka → meeting consumer → SQLite → exactly two alerts, and none when it is seen again."""

from __future__ import annotations

import io
import json

import httpx
import pytest
from sqlalchemy import func, select

from newswatch import db
from newswatch.consumers.meetings import MeetingConsumer
from newswatch.flows.ingest import ingest_feeds
from newswatch.services.demo import DemoSite
from newswatch.settings import Settings
from tests.integration.conftest import BACKENDS
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.parametrize("backend", BACKENDS)


def _people(alert: dict) -> dict[str, dict]:
    return {p["name"]: p for p in alert["meeting"]["participants"]}


def _consume(settings: Settings, extractor) -> tuple:
    console = io.StringIO()
    consumer = MeetingConsumer(settings, extractor=extractor, console=console)
    try:
        stats = consumer.run(until_idle=2.0)
    finally:
        consumer.close()
    return stats, console.getvalue()


@pytest.fixture
def seeded(settings: Settings, prefect_server: str, extractor, tmp_path):
    """The seed article ingested by a real flow run and consumed once."""
    with DemoSite() as site:
        feeds = site.write_feed_list(tmp_path / "feeds.toml")
        reports = ingest_feeds(str(feeds))
        again = ingest_feeds(str(feeds))
    stats, console = _consume(settings, extractor)
    return reports, again, stats, console


def test_seed_article_yields_exactly_two_meetings_and_two_alerts(seeded, settings: Settings, prefect_server: str) -> None:
    reports, again, stats, console = seeded
    assert [(r.produced, r.error) for r in reports] == [(1, None)]
    assert [r.produced for r in again] == [0]  # seen items are not produced twice

    [article] = [json.loads(r.value) for r in read_all(settings, "articles", expect=1)]
    assert article["body_source"] == "page"
    assert article["published"].startswith("2025-11-17")
    assert article["url"].endswith("/world/2025/11/17/russian-delegation-damascus.html")

    alerts = [json.loads(r.value) for r in read_all(settings, "alerts", expect=2)]
    assert len(alerts) == 2 and stats.deliveries == 4 and stats.new_meetings == 2  # topic + console
    by_kind = {a["meeting"]["kind"]: a for a in alerts}
    assert set(by_kind) == {"in_person", "phone_call"}

    visit = by_kind["in_person"]["meeting"]
    people = _people(by_kind["in_person"])
    assert set(people) == {"Yunus-Bege Evkurov", "Murhaf Abu Kasra"}
    assert people["Yunus-Bege Evkurov"]["country"] == "RU"
    assert people["Murhaf Abu Kasra"]["country"] == "SY"
    assert "defen" in people["Yunus-Bege Evkurov"]["title"].lower()
    assert "defen" in people["Murhaf Abu Kasra"]["title"].lower()
    assert (visit["location"], visit["date"], visit["status"]) == ("Damascus", "2025-11-16", "occurred")

    call = by_kind["phone_call"]["meeting"]
    people = _people(by_kind["phone_call"])
    assert set(people) == {"Vladimir Putin", "Benjamin Netanyahu"}
    assert (people["Vladimir Putin"]["country"], people["Benjamin Netanyahu"]["country"]) == ("RU", "IL")
    assert "president" in people["Vladimir Putin"]["title"].lower()
    assert "prime minister" in people["Benjamin Netanyahu"]["title"].lower()
    assert (call["date"], call["status"]) == ("2025-11-15", "occurred")

    assert all("ambassador" not in a["meeting"]["evidence"].lower() for a in alerts)
    assert all(a["sources"][0]["url"] == article["url"] for a in alerts)
    assert console.count("NEW MEETING") == 2 and "Damascus" in console

    events = read_all(settings, "meetings", expect=2)
    assert len(events) == 2
    assert {json.loads(e.value)["meeting_id"] for e in events} == {a["meeting_id"] for a in alerts}

    runs = httpx.post(f"{prefect_server}/api/flow_runs/filter", json={"limit": 50}).json()
    assert any(r["state_type"] == "COMPLETED" and r["name"].startswith("ingest-") for r in runs)


def test_the_same_article_again_alerts_nobody(seeded, settings: Settings, extractor) -> None:
    from newswatch.messaging import Publisher

    [record] = read_all(settings, "articles", expect=1)
    with Publisher(settings, "test-replay") as publisher:  # a duplicate delivery of the same message
        publisher.publish("articles", json.loads(record.value), key=record.key.decode()).get(timeout=30)
    stats, console = _consume(settings, extractor)
    assert stats.articles == 1 and stats.new_meetings == 0 and stats.deliveries == 0
    assert console == ""
    assert len(read_all(settings, "alerts", expect=3, timeout_ms=3000)) == 2
    sessions = db.connect(settings)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(db.Meeting)) == 2
        assert session.scalar(select(func.count()).select_from(db.Delivery)) == 4  # topic + console
