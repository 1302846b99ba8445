"""`newswatch consume --processes 3`: three consumer processes of one group share the topic's
partitions; one killed mid-stream (SIGKILL, no goodbye) loses nothing and doubles no alert —
its partitions move to the others, which replay what it had not committed, idempotently."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from itertools import product

import pytest
from sqlalchemy import func, select

from newswatch import db
from newswatch.flows.urls import article_id
from newswatch.settings import Settings
from newswatch.status import check
from newswatch.topics import ensure_topics
from tests.conftest import ROOT
from tests.integration.test_consumer import publish_article, wait_for_meetings
from tests.integration.test_kafka import read_all
from tests.integration.test_status import _article

pytestmark = pytest.mark.timeout(420)
ARTICLES = 30
# Surnames whose spelling keys differ, so that every article is a meeting of its own.
_SYLLABLES = ("ba", "ko", "ti", "ru", "ne", "sa")
SURNAMES = [(a + b).capitalize() for a, b in product(_SYLLABLES, repeat=2)][:ARTICLES]


def _children(parent: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(parent)], capture_output=True, text=True).stdout.split()
    return [int(pid) for pid in found]


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(1)


def test_three_processes_share_the_stream_and_a_killed_one_loses_and_doubles_nothing(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_TOPIC_PREFIX", settings.topic_prefix + "scale")
    monkeypatch.setenv("NEWSWATCH_TOPIC_PARTITIONS", "6")
    monkeypatch.setenv("NEWSWATCH_CONSUMER_SESSION_TIMEOUT_SECONDS", "6")
    settings = Settings()
    ensure_topics(settings)
    parent = subprocess.Popen([sys.executable, "-m", "newswatch.cli", "consume", "--processes", "3"], cwd=ROOT,
                              env=dict(os.environ), start_new_session=True)
    try:
        _wait(lambda: check(settings).members == 3, 180, "three members in the group")
        for i, surname in enumerate(SURNAMES):
            url = f"https://news.example.org/scale/{i}"
            article = _article(0).model_copy(update={
                "article_id": article_id(url), "url": url, "link": url,
                "body": f"Kenyan President William {surname} met Ugandan President Yoweri {surname}la in Nairobi "
                        "on Monday."})
            publish_article(settings, article)
        sessions = db.connect(settings)
        stored = lambda: sessions().scalar(select(func.count()).select_from(db.Meeting))  # noqa: E731
        _wait(lambda: stored() >= 2, 120, "the first meetings")
        victim = _children(parent.pid)[0]
        os.kill(victim, signal.SIGKILL)
        wait_for_meetings(settings, ARTICLES, timeout=240, settled=True)
        _wait(lambda: len(_children(parent.pid)) == 3, 60, "the supervisor to start a new consumer")
    finally:
        parent.send_signal(signal.SIGINT)
        parent.wait(timeout=90)
    assert parent.returncode == 0
    with db.connect(settings)() as session:
        assert session.scalar(select(func.count()).select_from(db.Meeting)) == ARTICLES
        states = session.scalars(select(db.Delivery.state)).all()
    assert set(states) == {"delivered"} and len(states) == 2 * ARTICLES  # the topic and the console, once each
    alerts = [json.loads(r.value)["alert_id"] for r in read_all(settings, "alerts", expect=ARTICLES + 5, timeout_ms=5000)]
    assert len(alerts) == len(set(alerts)) == ARTICLES
