"""Date phrases → calendar dates (no model needed)."""

import datetime as dt

import pytest

from newswatch.consumers.extraction.dates import bare_weekday, resolve

WEDNESDAY = dt.date(2025, 11, 19)


@pytest.mark.parametrize(("phrase", "future", "expected"), [
    ("on Monday", False, dt.date(2025, 11, 17)),
    ("on Wednesday", False, WEDNESDAY),
    ("last Wednesday", False, dt.date(2025, 11, 12)),
    ("on Friday", True, dt.date(2025, 11, 21)),
    ("next Monday", True, dt.date(2025, 11, 24)),
    ("next Thursday", True, dt.date(2025, 11, 27)),  # of next week, not tomorrow
    ("next Wednesday", True, dt.date(2025, 11, 26)),
    ("November 3", False, dt.date(2025, 11, 3)),
    ("3 November", False, dt.date(2025, 11, 3)),
    ("Dec. 28", False, dt.date(2024, 12, 28)),
    ("January 5", True, dt.date(2026, 1, 5)),
    ("March 4, 2023", False, dt.date(2023, 3, 4)),
    ("yesterday", False, dt.date(2025, 11, 18)),
    ("three days ago", False, dt.date(2025, 11, 16)),
    # A meeting called off: the nearer weekday either way.
    ("on Tuesday", None, dt.date(2025, 11, 18)),
    ("on Thursday", None, dt.date(2025, 11, 20)),
    ("on Sunday", None, dt.date(2025, 11, 16)),
    ("on Saturday", None, dt.date(2025, 11, 22)),
    ("December 2", None, dt.date(2025, 12, 2)),
    ("this Saturday", None, dt.date(2025, 11, 22)),
    ("this Monday", None, dt.date(2025, 11, 17)),
    ("this Monday", False, dt.date(2025, 11, 17)),
])
def test_against_publication_date(phrase, future, expected):
    assert resolve(phrase, WEDNESDAY, None, future) == (expected, "day")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Just a day earlier", dt.date(2025, 11, 9)),
    ("two days later", dt.date(2025, 11, 12)),
    ("Later in the day", dt.date(2025, 11, 10)),
    ("later", dt.date(2025, 11, 10)),  # the bare word the extractor reads off "X later held talks"
    ("the following day", dt.date(2025, 11, 11)),
    ("a week before", dt.date(2025, 11, 3)),
])
def test_against_the_anchored_event(phrase, expected):
    assert resolve(phrase, WEDNESDAY, dt.date(2025, 11, 10)) == (expected, "day")


def test_precision_and_vague_phrases():
    assert resolve("in March", WEDNESDAY, None) == (dt.date(2025, 3, 1), "month")
    assert resolve("2019", WEDNESDAY, None) == (dt.date(2019, 1, 1), "year")
    assert resolve("last week", WEDNESDAY, None) == (None, "unknown")
    assert resolve("on Monday", None, None) == (None, "unknown")


@pytest.mark.parametrize("phrase,published", [
    ("on December 31, 9999", dt.date(2025, 11, 17)),
    ("in March 0000", None),
    ("a day earlier", dt.date(9999, 12, 31)),
    ("on Monday", dt.date(1, 1, 1)),
])
def test_dates_outside_the_years_news_can_mean_are_unknown(phrase: str, published) -> None:
    assert resolve(phrase, published, None) == (None, "unknown")


def test_a_month_alone_is_the_next_one_for_plans_and_the_last_one_for_events() -> None:
    november = dt.date(2025, 11, 19)
    assert resolve("in May", november, None, future=True) == (dt.date(2026, 5, 1), "month")
    assert resolve("in May", november, None, future=False) == (dt.date(2025, 5, 1), "month")
    assert resolve("in December", november, None, future=False) == (dt.date(2024, 12, 1), "month")


def test_in_the_afternoon_is_the_day_of_the_event_before():
    assert resolve("in the afternoon", WEDNESDAY, dt.date(2025, 11, 17)) == (dt.date(2025, 11, 17), "day")


@pytest.mark.parametrize(("phrase", "published", "day"), [
    ("on May 28", dt.date(2025, 6, 3), dt.date(2025, 5, 28)),  # was to be held, then shifted
    ("on January 5", dt.date(2025, 12, 20), dt.date(2026, 1, 5)),  # set for early next year, called off
    ("in March", dt.date(2025, 5, 14), dt.date(2025, 3, 1)),
])
def test_a_meeting_called_off_takes_the_nearer_year(phrase, published, day):
    assert resolve(phrase, published, None, future=None)[0] == day


@pytest.mark.parametrize(("phrase", "weekday"), [
    ("on Tuesday", 1), ("Tuesday morning", 1), ("on Friday afternoon", 4),
    ("last Tuesday", None), ("next Tuesday", None), ("Tuesday, May 12", None), ("Tuesday of next week", None),
    ("a day earlier", None),
])
def test_a_bare_weekday_is_known_from_one_with_its_week_said(phrase, weekday):
    assert bare_weekday(phrase) == weekday
