"""The consumer in the Prefect UI, against a real broker and a real Prefect server: the consumer
process is a flow run, its heartbeats and its new meetings arrive as events with their related
resources, its heartbeat is an artifact of the run; the example automation is accepted."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from newswatch import db
from newswatch.settings import Settings
from tests.conftest import ROOT, free_port
from tests.integration.prefect_api import api, events
from tests.integration.test_consumer import publish_article, seed_article


def test_the_consumer_is_a_flow_run_with_heartbeats_meeting_events_and_an_artifact(
        settings: Settings, prefect_server: str, seed_text: str) -> None:
    since = datetime.now(UTC)
    publish_article(settings, seed_article(seed_text))
    instance = f"ui-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "NEWSWATCH_CONSUMER_HEARTBEAT_SECONDS": "2", "NEWSWATCH_CONSUMER_INSTANCE_ID": instance,
           "NEWSWATCH_CONSUMER_LAG_THRESHOLD": "0"}
    done = subprocess.run([sys.executable, "-m", "newswatch.cli", "consume", "--until-idle", "5"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "prefect telemetry unavailable" not in done.stderr and "prefect unreachable" not in done.stderr

    with db.connect(settings)() as session:
        stored = {m.meeting_id: m for m in session.scalars(select(db.Meeting))}
    assert len(stored) == 2
    new = events("newswatch.meeting.new", "newswatch.meeting.",
                  until=lambda events: sum(e["resource"]["prefect.resource.id"].removeprefix("newswatch.meeting.") in stored for e in events) == 2,
                  since=since)
    ours = [e for e in new if e["resource"]["prefect.resource.id"].removeprefix("newswatch.meeting.") in stored]
    assert len(ours) == 2, new
    for event in ours:
        meeting = stored[event["resource"]["prefect.resource.id"].removeprefix("newswatch.meeting.")]
        people = {r["prefect.resource.name"] for r in event["related"] if r["prefect.resource.role"] == "participant"}
        assert people == {p["name"] for p in meeting.participants}
        assert all(r["prefect.resource.id"].startswith("newswatch.person.")
                   for r in event["related"] if r["prefect.resource.role"] == "participant")
        source = [r for r in event["related"] if r["prefect.resource.role"] == "source"]
        assert [r["newswatch.article.url"] for r in source] == [seed_article(seed_text).url]
    names = {frozenset(r["prefect.resource.name"] for r in e["related"] if r["prefect.resource.role"] == "participant")
             for e in ours}
    assert frozenset({"Yunus-Bege Evkurov", "Murhaf Abu Kasra"}) in names

    beats = events("newswatch.consumer.heartbeat", f"newswatch.consumer.{instance}",
                    until=lambda events: any(e["resource"]["newswatch.consumer.state"] == "stopped" for e in events),
                    since=since)
    assert len(beats) >= 2, beats
    first, last = beats[0], beats[-1]
    assert first["resource"]["newswatch.consumer.group"] == settings.consumer_group
    assert last["resource"]["newswatch.consumer.state"] == "stopped"
    assert last["payload"]["articles"] == 1 and last["payload"]["new_meetings"] == 2
    assert last["payload"]["lag_total"] == 0 and set(last["payload"]["lag"]) <= {
        f"{settings.topic_prefix}.articles.v1[{p}]" for p in (0, 1)}
    topic = [r for r in last["related"] if r["prefect.resource.role"] == "topic"]
    assert topic[0]["prefect.resource.id"] == f"newswatch.topic.{settings.topic_prefix}.articles.v1"
    # The threshold is 0 here: caught up is not lagging (whether a heartbeat fell between the
    # assignment and the article's commit, and said lagging, is up to timing).
    assert last["resource"]["newswatch.consumer.lagging"] == "false"
    assert {b["resource"]["newswatch.consumer.lagging"] for b in beats} <= {"true", "false"}

    runs = api("/flow_runs/filter", {"flow_runs": {"name": {"any_": [instance]}}})
    assert [(r["state_type"], r["name"]) for r in runs] == [("COMPLETED", instance)]
    flow_run = [r for r in last["related"] if r["prefect.resource.role"] == "flow-run"]
    assert flow_run[0]["prefect.resource.id"] == f"prefect.flow-run.{runs[0]['id']}"
    artifacts = api("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [runs[0]["id"]]}}})
    kinds = {(a["key"], a["type"]) for a in artifacts}
    assert {(f"consumer-{instance}", "table"), (f"consumer-{instance}-summary", "markdown")} <= kinds
    table = max((a for a in artifacts if a["type"] == "table"), key=lambda a: a["created"])
    assert "alerts delivered" in str(table["data"])


def test_the_example_automation_is_accepted_by_the_server(prefect_server: str, settings: Settings) -> None:
    from prefect.client.orchestration import get_client

    from newswatch.cli import main

    assert main(["automations", "install"]) == 0
    assert main(["automations", "install"]) == 0  # replaces, does not duplicate
    with get_client(sync_client=True) as client:
        installed = client.read_automations_by_name("newswatch consumer lagging")
    assert len(installed) == 1
    trigger = installed[0].trigger
    assert trigger.expect == {"newswatch.consumer.heartbeat"}
    assert trigger.match.model_dump()["newswatch.consumer.lagging"] == "true"
    assert trigger.threshold == 5 and trigger.within.total_seconds() == 300
    assert installed[0].enabled


def test_a_notification_block_that_does_not_exist_is_named(prefect_server: str, settings: Settings,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from newswatch.cli import main

    assert main(["automations", "install", "--notify", "slack-webhook/nobody"]) == 1
    assert "no block 'slack-webhook/nobody'" in capsys.readouterr().err


def test_without_a_prefect_server_the_consumer_works_and_says_so_once(settings: Settings, seed_text: str) -> None:
    publish_article(settings, seed_article(seed_text))
    env = {**os.environ, "NEWSWATCH_CONSUMER_HEARTBEAT_SECONDS": "1",
           "PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "newswatch.cli", "consume", "--until-idle", "4"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "consumed articles=1 meetings=2 new=2" in done.stderr
    assert done.stderr.count("prefect unreachable") == 1, done.stderr
    assert time.monotonic() - started < 120
    with db.connect(settings)() as session:
        assert len(session.scalars(select(db.Meeting)).all()) == 2
