"""The Prefect UI as an operator's browser shows it: headless Chromium against the project's own
Prefect server, which the tests start on a port other than Prefect's 4200 (a UI that calls the
wrong API renders "Can't connect to Server API" and nothing else). After one ingest run with a
failing feed and while a consumer runs, four pages are rendered, their text checked and their
screenshots kept: the dashboard, the consumer's heartbeat artifact, the Event Feed's meeting
events and the ingest run. The screenshots go to $NEWSWATCH_SCREENSHOTS_DIR when it is set
(scripts/screenshots.sh sets it to docs/screenshots), else to the test's temporary folder."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newswatch.services.demo import DemoSite
from newswatch.settings import Settings
from tests.conftest import ROOT, free_port
from tests.integration.chromium import SIZE, Chromium, png_facts
from tests.integration.prefect_api import api, events

pytestmark = pytest.mark.timeout(600)

UNREACHABLE = "Unreachable Wire"
NOT_CONNECTED = "Can't connect to Server API"


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newswatch.cli", *args]


def _ingest_with_a_failing_feed(folder: Path) -> dict:
    """One ingest run of the demo feed and a feed whose port refuses connections; its flow run."""
    feeds = folder / "feeds.toml"
    with DemoSite() as site:
        site.write_feed_list(feeds)
        with feeds.open("a", encoding="utf-8") as out:
            out.write(f'\n[[feeds]]\nname = "{UNREACHABLE}"\nurl = "http://127.0.0.1:{free_port()}/feed.xml"\n'
                      'tier = "wire"\nlanguage = "en"\n')
        done = subprocess.run(_cli("ingest", "--feeds", str(feeds)), cwd=ROOT, capture_output=True, text=True,
                              timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    [run] = [r for r in api("/flow_runs/filter", {"flows": {"name": {"any_": ["ingest-feeds"]}}})
             if r["parameters"].get("feeds_file") == str(feeds)]
    return run


def _latest_artifact(key: str, created_after: datetime, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        found = api("/artifacts/filter", {"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 1})
        if found and datetime.fromisoformat(found[0]["created"]) >= created_after:
            return found[0]
        assert time.monotonic() < deadline, f"no artifact {key} after {created_after}: {found}"
        time.sleep(1)


def _page(browser: Chromium, url: str, png: Path, expect: list[str]) -> str:
    """The text the UI shows at ``url`` once it holds every string of ``expect``; asserts that the
    UI reached its API (a UI that cannot fails at once) and that the screenshot is a real picture."""
    text = browser.page(url, png, ready=lambda text: NOT_CONNECTED in text or all(s in text for s in expect))
    assert NOT_CONNECTED not in text, f"{url}: {text[:500]}"
    assert all(s in text for s in expect), f"{url} lacks {expect}: {text[:2000]}"
    width, height, byte_values = png_facts(png)
    assert (width, height) == SIZE and png.stat().st_size > 20_000, (url, width, height, png.stat().st_size)
    assert byte_values > 64, f"{png} is nearly one colour ({byte_values} distinct byte values)"
    return text


def _look_at_the_ui(ui: str, shots: Path, instance: str, artifact_id: str, ingest: dict) -> None:
    with Chromium() as browser:
        # The dashboard names no flow: it counts the runs (ours: the consumer running, the ingest
        # run completed) and the task runs (the failing feed's Failed).
        dashboard = _page(browser, f"{ui}/dashboard", shots / "dashboard.png", expect=["total", "Task Runs", "Failed"])
        flow_runs = re.search(r"Flow Runs (\d+) total", dashboard)
        failed_tasks = re.search(r"(\d+) Failed", dashboard)
        assert flow_runs and int(flow_runs[1]) >= 2 and failed_tasks and int(failed_tasks[1]) >= 1, dashboard[:2000]

        _page(browser, f"{ui}/artifacts/artifact/{artifact_id}", shots / "consumer-artifact.png",
              expect=[f"Consumer {instance} — running", "new meetings", "alerts delivered", "lag"])

        # A card per event: its title, the people met as related resources, the consumer's run.
        feed = _page(browser, f"{ui}/events?events=newswatch.meeting.*", shots / "meeting-events.png",
                     expect=["Newswatch meeting new", "newswatch.person.", instance])
        assert feed.count("Newswatch meeting new") >= 2, feed[:2000]  # earlier tests' too, on one server

        # Details: the run's state message (the graph above it, a canvas, draws the failed task).
        _page(browser, f"{ui}/flow-runs/flow-run/{ingest['id']}?tab=Details", shots / "failing-feed-run.png",
              expect=[ingest["name"], "Completed", "State Message 1 of 2 feeds failing"])


def test_the_ui_shows_the_consumer_its_artifact_meeting_events_and_a_failing_feed(
        settings: Settings, prefect_server: str, tmp_path: Path) -> None:
    assert not prefect_server.endswith(":4200")
    shots = Path(os.environ.get("NEWSWATCH_SCREENSHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    since = datetime.now(UTC)
    ingest = _ingest_with_a_failing_feed(tmp_path)
    assert ingest["state_type"] == "COMPLETED" and ingest["state"]["message"] == "1 of 2 feeds failing"

    instance = f"consumer-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "NEWSWATCH_CONSUMER_HEARTBEAT_SECONDS": "5", "NEWSWATCH_CONSUMER_INSTANCE_ID": instance}
    with open(tmp_path / "consumer.log", "w+", encoding="utf-8") as log:
        consumer = subprocess.Popen(_cli("consume"), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            beats = events("newswatch.consumer.heartbeat", f"newswatch.consumer.{instance}",
                           until=lambda found: any(b["payload"]["new_meetings"] == 2 for b in found),
                           since=since, timeout=240)
            assert any(b["payload"]["new_meetings"] == 2 for b in beats), beats
            [run] = api("/flow_runs/filter", {"flow_runs": {"name": {"any_": [instance]}}})
            assert run["state_type"] == "RUNNING"
            artifact = _latest_artifact(f"consumer-{instance}-summary",
                                        created_after=datetime.fromisoformat(beats[-1]["occurred"]))
            meetings = events("newswatch.meeting.new", "newswatch.meeting.", since=since,
                              until=lambda found: len(found) >= 2)
            assert len(meetings) == 2, meetings
            _look_at_the_ui(prefect_server, shots, instance, artifact["id"], ingest)
        finally:
            consumer.send_signal(signal.SIGTERM)  # as `newswatch run` and `docker stop` stop it
            consumer.wait(60)
        log.seek(0)
        assert consumer.returncode == 0, log.read()[-3000:]
    [run] = api("/flow_runs/filter", {"flow_runs": {"name": {"any_": [instance]}}})
    assert run["state_type"] == "COMPLETED", run["state"]
