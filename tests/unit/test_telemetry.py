"""The consumer's Prefect events and artifacts, as built (no server): resources, related
resources, labels automations match on; and the sender never holding up or failing the loop."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from newswatch.consumers.store.write import Written
from newswatch.consumers.telemetry import (
    HEARTBEAT, MEETING_NEW, MEETING_UPDATED, QUEUE_SIZE, Heartbeat, Telemetry, heartbeat_event, heartbeat_markdown,
    heartbeat_table, written_events,
)
from newswatch.schemas.models import Article, Meeting, Participant
from newswatch.settings import Settings

ARTICLE = Article(
    article_id="a1", url="https://news.example.org/a1", link=None, feed_url="https://news.example.org/rss",
    title="Ministers meet", authors=[], published="2025-11-17", language="en", sitename="Example News",
    body="…", body_source="page", fetched_at="2025-11-17T10:00:00+00:00",
)


def meeting(*names: str) -> Meeting:
    return Meeting(kind="in_person", status="occurred", location="Damascus", date="2025-11-16", topics=["security"],
                   evidence="…", confidence=0.9,
                   participants=[Participant(name=n, title="Minister", country="SY") for n in names])


def test_a_new_meeting_is_its_resource_with_participants_and_source_related() -> None:
    events = written_events(ARTICLE, [meeting("Yunus-Bege Evkurov", "Murhaf Abu Kasra")],
                            Written(["m1"], new=["m1"]))
    assert len(events) == 1
    event = events[0]
    assert event["event"] == MEETING_NEW
    assert event["resource"]["prefect.resource.id"] == "newswatch.meeting.m1"
    assert event["resource"]["newswatch.meeting.kind"] == "in_person"
    people = [r for r in event["related"] if r["prefect.resource.role"] == "participant"]
    assert [r["prefect.resource.name"] for r in people] == ["Yunus-Bege Evkurov", "Murhaf Abu Kasra"]
    # the name key reports of one person share: "Yevkurov" and "Evkurov" are one resource
    assert people[0]["prefect.resource.id"] == "newswatch.person.uns-bk-evkrv"
    assert people[0]["newswatch.person.country"] == "SY"
    source = [r for r in event["related"] if r["prefect.resource.role"] == "source"]
    assert source == [{"prefect.resource.id": "newswatch.article.a1", "prefect.resource.role": "source",
                       "prefect.resource.name": "Ministers meet", "newswatch.article.url": ARTICLE.url,
                       "newswatch.article.publisher": "Example News"}]
    assert event["payload"]["article"]["url"] == ARTICLE.url
    assert all(isinstance(v, str) for r in [event["resource"], *event["related"]] for v in r.values())


def test_updates_carry_what_changed_and_reports_that_change_nothing_make_no_event() -> None:
    meetings = [meeting("A Person", "B Person"), meeting("C Person", "D Person"), meeting("E Person", "F Person")]
    written = Written(["m1", "m2", "m3"], new=["m3"], changed={"m1": ["status planned → occurred"]})
    events = written_events(ARTICLE, meetings, written)
    assert [(e["event"], e["resource"]["prefect.resource.id"]) for e in events] == [
        (MEETING_NEW, "newswatch.meeting.m3"), (MEETING_UPDATED, "newswatch.meeting.m1")]
    assert events[1]["payload"]["changes"] == ["status planned → occurred"]
    assert written_events(ARTICLE, meetings, Written(["m1", "m2", "m3"], already_processed=True)) == []


def beat(lag: dict[str, int] | None, **counts: int) -> Heartbeat:
    return Heartbeat(consumer="host-1", group="newswatch-meetings", topic="newswatch.articles.v1", lag=lag, **counts)


def test_the_heartbeat_labels_a_lagging_consumer_for_automations() -> None:
    quiet = heartbeat_event(beat({"newswatch.articles.v1[0]": 3, "newswatch.articles.v1[1]": 4}, articles=7),
                            lag_threshold=10, flow_run_id="f-1")
    assert quiet["event"] == HEARTBEAT
    assert quiet["resource"]["prefect.resource.id"] == "newswatch.consumer.host-1"
    assert quiet["resource"]["newswatch.consumer.lagging"] == "false"
    assert quiet["payload"]["lag"] == {"newswatch.articles.v1[0]": 3, "newswatch.articles.v1[1]": 4}
    assert quiet["payload"]["lag_total"] == 7 and quiet["payload"]["articles"] == 7
    assert {"prefect.resource.id": "prefect.flow-run.f-1", "prefect.resource.role": "flow-run"} in quiet["related"]
    behind = heartbeat_event(beat({"newswatch.articles.v1[0]": 11}), lag_threshold=10)
    assert behind["resource"]["newswatch.consumer.lagging"] == "true"
    unknown = heartbeat_event(beat(None), lag_threshold=10)
    assert unknown["resource"]["newswatch.consumer.lagging"] == "false" and unknown["payload"]["lag"] is None


def test_the_artifacts_show_each_partition_and_every_count() -> None:
    b = beat({"newswatch.articles.v1[0]": 2}, articles=5, alerts_failed=1, dead_letters=1)
    table = {row["measure"]: row["value"] for row in heartbeat_table(b)}
    assert table == {"lag newswatch.articles.v1[0]": 2, "lag total": 2, "articles": 5, "meetings": 0,
                     "new meetings": 0, "alerts delivered": 0, "alerts failed": 1, "dead letters": 1}
    markdown = heartbeat_markdown(b, lag_threshold=10)
    assert "| 0 | 2 |" not in markdown and "| newswatch.articles.v1[0] | 2 |" in markdown
    assert "| 5 | 0 | 0 | 0 | 1 | 1 |" in markdown


def test_a_failing_prefect_is_logged_once_and_never_reaches_the_loop(caplog: pytest.LogCaptureFixture) -> None:
    def unreachable(kind: str, item: object) -> None:
        raise ConnectionError("All connection attempts failed")

    telemetry = Telemetry(Settings(consumer_heartbeat_seconds=60), send=unreachable)
    with caplog.at_level(logging.WARNING, logger="newswatch.consumers.telemetry"):
        assert telemetry.due()  # the first heartbeat at once
        for _ in range(3):
            telemetry.heartbeat(beat({}))
        assert not telemetry.due()
        telemetry.close()
    assert [r.getMessage() for r in caplog.records] == [
        "prefect telemetry unavailable error='All connection attempts failed' action=consumer_continues"]


def test_while_prefect_is_away_events_wait_for_a_heartbeat_to_get_through() -> None:
    sent: list[str] = []
    away = True

    def send(kind: str, item: object) -> None:
        if away and kind == "artifacts":
            raise ConnectionError("All connection attempts failed")
        sent.append(kind)

    telemetry = Telemetry(Settings(consumer_heartbeat_seconds=60), send=send)
    telemetry.heartbeat(beat({}))  # its event is tried, its artifacts fail
    telemetry.written(ARTICLE, [meeting("Ahmed", "Hakan")], Written(["m1"], new=["m1"]))
    deadline = time.monotonic() + 10
    while telemetry.dropped < 1 and time.monotonic() < deadline:  # the worker has reached the meeting event
        time.sleep(0.01)
    away = False
    telemetry.heartbeat(beat({}))  # dropped event, then artifacts that get through
    telemetry.written(ARTICLE, [meeting("Ahmed", "Hakan")], Written(["m2"], new=["m2"]))
    telemetry.close()
    assert sent == ["event", "artifacts", "event"] and telemetry.dropped == 2


def test_a_full_queue_drops_rather_than_blocks() -> None:
    release = threading.Event()
    telemetry = Telemetry(Settings(), send=lambda kind, item: release.wait())
    for _ in range(QUEUE_SIZE + 10):  # each heartbeat is two items
        telemetry.heartbeat(beat({}))
    assert telemetry.dropped >= QUEUE_SIZE
    release.set()
    telemetry.close()
