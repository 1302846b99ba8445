"""Which reports describe the same meeting: a meeting's identity.

Two reports are one meeting when they name the same participants (by normalised name), the same
kind of contact and the same day; a report without a date falls back to the day it was published.
"""

from __future__ import annotations

import hashlib
import unicodedata

from newswatch.schemas.models import Meeting, Participant


def participant_key(participant: Participant) -> str:
    if participant.normalized:
        return participant.normalized
    ascii_name = unicodedata.normalize("NFKD", participant.name).encode("ascii", "ignore").decode()
    return " ".join(ascii_name.casefold().replace("-", " ").split())


def meeting_id(meeting: Meeting, report_date: str | None) -> str:
    people = sorted({participant_key(p) for p in meeting.participants})
    day = meeting.date or report_date or "undated"
    identity = "|".join([meeting.kind, day, *people])
    return hashlib.sha256(identity.encode()).hexdigest()[:16]
