"""Subscription filters on stored meetings (no database: the rows are built in memory)."""

from newswatch import db
from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE
from newswatch.consumers.alerts.subscriptions import Filters


def meeting(confidence: float | None) -> db.Meeting:
    return db.Meeting(meeting_id="m", kind="in_person", status="occurred", participants=[], topics=[],
                      independent_sources=1, confidence=confidence)


def test_meetings_below_the_confidence_floor_do_not_alert() -> None:
    assert Filters().min_confidence == DEFAULT_MIN_CONFIDENCE
    assert Filters().matches(meeting(0.95))
    assert not Filters().matches(meeting(DEFAULT_MIN_CONFIDENCE - 0.05))
    assert Filters(min_confidence=0).matches(meeting(0.1))


def test_meetings_stored_before_confidence_existed_still_alert() -> None:
    assert Filters().matches(meeting(None))
