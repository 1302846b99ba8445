"""Which reports describe the same meeting.

Two reports are one meeting when they are of the same kind, name the same people (one report may
name fewer, as long as two or more are shared) and fall on compatible days: both dated and at most
``window`` days apart, or, when a report gives no date, its publication day close to the other's
day. Different meetings between the same people on days further apart stay apart.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from newswatch.consumers.identity import participant_key, same_person
from newswatch.schemas.models import Meeting

# A report without a date of its own is usually published within this many days of the meeting.
UNDATED_REPORT_LAG_DAYS = 3


def same_people(a: list[str], b: list[str]) -> bool:
    shared = sum(any(same_person(x, y) for y in b) for x in a)
    return shared >= 2 and shared == min(len(a), len(b))


@dataclass(frozen=True)
class Known:
    """A stored meeting as merging sees it."""

    meeting_id: str
    kind: str
    date: str | None
    anchor_day: str
    people: list[str]


def days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def compatible_days(meeting_date: str | None, report_day: str, known: Known, window: int) -> bool:
    if meeting_date and known.date:
        return days_apart(meeting_date, known.date) <= window
    return days_apart(meeting_date or report_day, known.anchor_day) <= window + UNDATED_REPORT_LAG_DAYS


def find_same(meeting: Meeting, report_day: str, known: list[Known], window: int) -> Known | None:
    """The stored meeting this report describes, if any (the closest in time when several fit)."""
    people = [participant_key(p) for p in meeting.participants]
    fits = [
        k for k in known
        if k.kind == meeting.kind and same_people(people, k.people)
        and compatible_days(meeting.date, report_day, k, window)
    ]
    return min(fits, key=lambda k: days_apart(meeting.date or report_day, k.date or k.anchor_day), default=None)


def new_meeting_id(meeting: Meeting, report_day: str, article_id: str) -> str:
    """Id of a meeting first seen in this report: stable when the same report is processed again."""
    people = sorted(participant_key(p) for p in meeting.participants)
    identity = "|".join([meeting.kind, meeting.date or report_day, article_id, *people])
    return hashlib.sha256(identity.encode()).hexdigest()[:16]
