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

from newswatch.consumers.extraction.people import normalize
from newswatch.schemas.models import Meeting, Participant

# A report without a date of its own is usually published within this many days of the meeting.
UNDATED_REPORT_LAG_DAYS = 3


def participant_key(participant: Participant | dict) -> str:
    p = participant if isinstance(participant, dict) else participant.to_json()
    return p.get("normalized") or normalize(p["name"])


def same_person(a: str, b: str) -> bool:
    """Equal normalised names, or one is the other's surname with nothing contradicting it."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    shorter, longer = sorted((ta, tb), key=len)
    # "putin" ~ "vladimir putin"; "v putin" ~ "vladimir putin"; "ana lima" !~ "bo lima".
    return all(any(word == other or (len(word) == 1 and other.startswith(word)) for other in longer[:-1])
               for word in shorter[:-1])


def takes_part(name: str, participants: list[dict]) -> bool:
    """Whether a person named as a user wrote it ("Netanyahu") is among ``participants``."""
    wanted = normalize(name)
    return any(same_person(wanted, participant_key(p)) for p in participants)


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
