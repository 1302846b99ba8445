"""Many differently-worded reports of a few meetings, through the real broker and consumer: each
meeting stored once, no two meetings merged, syndicated copies not counted as corroboration."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import select

from newswatch import db
from newswatch.consumers.meetings import MeetingConsumer
from newswatch.messaging import Publisher
from newswatch.settings import Settings
from tests.conftest import ROOT
from tests.integration.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS)

STREAM = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "merge_stream.jsonl").read_text().splitlines()]


def test_reports_merge_into_their_meetings_and_nothing_else(settings: Settings, extractor) -> None:
    import benchmarks.merge as bench

    with Publisher(settings, "test-stream") as publisher:
        for item in STREAM:
            article = bench.stream_article(item)
            publisher.publish("articles", article.to_json(), key=article.url).get(timeout=30)
    consumer = MeetingConsumer(settings, extractor=extractor, console=io.StringIO())
    try:
        consumer.run(until_idle=2.0)
    finally:
        consumer.close()

    sessions = db.connect(settings)
    with sessions() as session:
        by_article = {a.article_id: a.meeting_id for a in session.scalars(select(db.ArticleMeeting))}
        meetings = {m.meeting_id: m for m in session.scalars(select(db.Meeting))}
    label_of = {}
    for item in STREAM:
        meeting_id = by_article.get(bench.stream_article(item).article_id)
        if item["gold"] and meeting_id:
            label_of.setdefault(item["gold"][0], set()).add(meeting_id)
        if not item["gold"]:
            assert meeting_id is None, f"{item['id']} reports no meeting"
    merged = [mid for ids in label_of.values() for mid in ids]
    assert len(merged) == len(set(merged)), "reports of different meetings were merged"
    for label in ("A", "B", "C", "D", "E"):
        assert len(label_of[label]) == 1, f"reports of meeting {label} were not merged: {label_of[label]}"

    first = meetings[next(iter(label_of["A"]))]
    assert (first.source_count, first.independent_sources) == (4, 3)  # the wire copy is no second source
    second = meetings[next(iter(label_of["B"]))]
    assert (second.date, second.location) == ("2025-03-24", "Abuja")
    call = meetings[next(iter(label_of["C"]))]
    assert (call.kind, call.status, call.date) == ("phone_call", "occurred", "2025-04-03")
