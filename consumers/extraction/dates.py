"""Turn a date phrase into a calendar date, relative to the article's date or to an earlier event.

News writes "on Wednesday", "June 24", "a day earlier", "later in the day": weekdays and
month-days are resolved against the publication date (backwards for things that happened,
forwards for plans); "earlier"/"later" phrases against the anchor, the date of the event the
story last pinned down, because that is what the writer counts from.
"""

from __future__ import annotations

import datetime as dt
import re

Resolved = tuple[dt.date | None, str]

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
UNKNOWN: Resolved = (None, "unknown")
# Dates news can mean. Outside this window a date is a typo, a placeholder ("9999-12-31") or a
# hostile value, and arithmetic on it (merge windows) would overflow.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def plausible(date: dt.date | None) -> dt.date | None:
    """``date`` when it lies in the window news can mean, else None."""
    return date if date is not None and EARLIEST <= date <= LATEST else None


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?")
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?")
_MONTH_ONLY = re.compile(r"\b" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b")
_YEAR_ONLY = re.compile(r"^(?:in\s+)?(?P<year>(?:19|20)\d{2})$")
_OFFSET = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                     r"(?P<unit>day|week)s?\s+(?P<dir>earlier|before|later|after|ago)\b")
_WEEKDAY = re.compile(r"\b(?:(?P<rel>last|next|this|on)\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")\b")
_WEEKDAY_OF_WEEK = re.compile(r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\s+of\s+(?P<week>last|next|this)\s+week\b")
_SAME_DAY = re.compile(r"^(later|earlier)$|\b(later|earlier) (in|that) the day\b|\b(later|earlier) that day\b|"
                       r"\b(the )?same (day|time|morning|afternoon|evening)\b|\bthat (day|morning|afternoon|evening)\b|"
                       r"\b(in|during) the (morning|afternoon|evening)\b")
_PREVIOUS_DAY = re.compile(r"\bthe (day before|previous (day|morning|afternoon|evening|night)|night before|eve)\b")
_NEXT_DAY = re.compile(r"\bthe (next|following) (day|morning|afternoon|evening)\b|\bthe day after\b")
_TODAY = re.compile(r"\b(today|this (morning|afternoon|evening)|tonight)\b")


# Relative phrases the NER often leaves untagged ("Later in the day").
RELATIVE = re.compile(r"\b(?:(?:later|earlier) (?:in|on) the day|(?:later|earlier) that day|the same (?:day|time|morning|afternoon|evening)|"
                      r"(?:in|during) the (?:morning|afternoon|evening)|that (?:day|morning|afternoon|evening)|"
                      r"the (?:next|following|previous) (?:day|morning|afternoon|evening)|the previous night|"
                      r"the (?:day|night) before|the day after|the eve|yesterday|"
                      r"(?:a|an|one|two|three|\d+) (?:day|days|week|weeks) (?:earlier|later)|"
                      r"tomorrow|today)\b", re.I)


def bare_weekday(phrase: str) -> int | None:
    """The weekday a phrase names with nothing to say which week ("on Tuesday", "Tuesday
    morning"; not "last Tuesday", "Tuesday, May 12"), else None."""
    text = " ".join(phrase.lower().split())
    match = _WEEKDAY.search(text)
    if match is None or match["rel"] not in (None, "on") or _WEEKDAY_OF_WEEK.search(text) or any(
            pattern.search(text) for pattern in (_MONTH_DAY, _DAY_MONTH, _ISO)):
        return None
    return WEEKDAYS[match["day"]]


def same_day(phrase: str) -> bool:
    """Whether ``phrase`` is a time of the day of another event ("the same day", "in the morning")."""
    return bool(_SAME_DAY.search(" ".join(phrase.lower().split())))


def counts_from_event(phrase: str) -> bool:
    """Whether ``phrase`` counts from another event rather than from publication ("the following
    day", "two days later", "that day")."""
    text = " ".join(phrase.lower().split())
    offset_ = _OFFSET.search(text)
    return bool((offset_ and offset_["dir"] != "ago") or _SAME_DAY.search(text) or _PREVIOUS_DAY.search(text)
                or _NEXT_DAY.search(text))


def offset(anchor: dt.date | None, days: int) -> Resolved:
    return (anchor + dt.timedelta(days=days), "day") if anchor else UNKNOWN


def _year_for(month: int, day: int, year: str | None, published: dt.date | None, future: bool | None) -> dt.date | None:
    """The year of a day of a month: after publication for a plan, before it for what happened,
    the nearer either way (None) for a meeting called off ("was to be held on May 28")."""
    if year:
        return _safe(int(year), month, day)
    if published is None:
        return None
    guess = _safe(published.year, month, day)
    if guess is None:
        return None
    if future is None:
        years = [d for y in (-1, 0, 1) if (d := _safe(published.year + y, month, day)) is not None]
        return min(years, key=lambda d: abs((d - published).days))
    if not future and guess > published + dt.timedelta(days=2):
        return _safe(published.year - 1, month, day)
    if future and guess < published - dt.timedelta(days=2):
        return _safe(published.year + 1, month, day)
    return guess


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(day: str, rel: str | None, published: dt.date | None, future: bool | None) -> Resolved:
    if published is None:
        return UNKNOWN
    delta = WEEKDAYS[day] - published.weekday()
    if future is None and rel in (None, "on", "this"):
        # Either way: the nearer ("had been due on Wednesday", told on Thursday, was yesterday;
        # "had been due this Friday", told on Tuesday, is three days on).
        future = delta % 7 <= (-delta) % 7
    if rel == "last":
        # "last Thursday" is the Thursday of last week: on a Friday eight days back, not one (but
        # told on a Sunday, which ends the week it is in, three)
        back = (-delta) % 7 or 7
        return offset(published, -(back + 7 if WEEKDAYS[day] < published.weekday() < 6 else back))
    if rel == "next":
        # "next Thursday" is the Thursday of next week (on a Tuesday, nine days on, not two).
        return offset(published, 7 - published.weekday() + WEEKDAYS[day])
    if future:
        return offset(published, delta % 7)
    return offset(published, -((-delta) % 7))


def resolve(phrase: str, published: dt.date | None, anchor: dt.date | None, future: bool | None = False) -> Resolved:
    """The date and its precision ("day", "month", "year", "unknown") that ``phrase`` denotes.

    ``anchor`` is the date of the event the phrase may count from ("a day earlier"); it falls
    back to ``published``. ``future`` says which way a bare weekday or month counts from
    publication; None, for a meeting called off, takes the nearer weekday either way. Vague
    phrases ("last week", "recently") and dates outside :data:`EARLIEST`–:data:`LATEST` give
    ``(None, "unknown")``.
    """
    date, precision = _resolve(phrase, plausible(published), plausible(anchor), future)
    return (date, precision) if plausible(date) else UNKNOWN


def vague(phrase: str) -> bool:
    """Whether ``phrase`` tells a time but no day, whatever it counts from ("next week",
    "recently"), where "on Tuesday", "today" and "a day later" give one once publication or an
    event is known (and "century-old", tagged a date, tells no time)."""
    return bool(_VAGUE.search(phrase.lower())) and _resolve(phrase, _ANY_DAY, _ANY_DAY, False)[0] is None


_VAGUE = re.compile(r"\b(?:weeks?|weekend|months?|years?|recently|soon|shortly|coming)\b")


# A day to count from where only whether a phrase can be dated matters.
_ANY_DAY = dt.date(2020, 6, 17)


def _resolve(phrase: str, published: dt.date | None, anchor: dt.date | None, future: bool | None) -> Resolved:
    text = " ".join(phrase.lower().replace("’", "'").split())
    anchor = anchor or published
    if m := _ISO.search(text):
        return (_safe(*map(int, m.groups())), "day")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if m := pattern.search(text):
            date = _year_for(MONTHS[m["month"]], int(m["day"]), m["year"], published, future)
            return (date, "day") if date else UNKNOWN
    if m := _OFFSET.search(text):
        n = (int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]) * (7 if m["unit"] == "week" else 1)
        if m["dir"] == "ago":
            return offset(published, -n)
        return offset(anchor, -n if m["dir"] in ("earlier", "before") else n)
    if _SAME_DAY.search(text):
        return offset(anchor, 0)
    if _PREVIOUS_DAY.search(text):
        return offset(anchor, -1)
    if _NEXT_DAY.search(text):
        return offset(anchor, 1)
    if "yesterday" in text:
        return offset(published, -1)
    if "tomorrow" in text:
        return offset(published, 1)
    if _TODAY.search(text):
        return offset(published, 0)
    if (m := _WEEKDAY_OF_WEEK.search(text)) and published is not None:
        # "on Friday of last week": that week's Friday, however near publication it falls
        week = {"last": -7, "this": 0, "next": 7}[m["week"]]
        return offset(published, week - published.weekday() + WEEKDAYS[m["day"]])
    if m := _WEEKDAY.search(text):
        return _weekday(m["day"], m["rel"], published, future)
    if m := _MONTH_ONLY.search(text):
        month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else (published.year if published else None)
        if not m["year"] and published is not None and future is None:
            # A meeting called off "in March": the nearer March.
            year += 1 if month - published.month < -6 else -1 if month - published.month > 6 else 0
        elif not m["year"] and published is not None:
            # "in May" from November: next May for a plan, this May for what happened.
            year += 1 if future and month < published.month else -1 if not future and month > published.month else 0
        date = _safe(year, month, 1) if year else None
        return (date, "month") if date else UNKNOWN
    if m := _YEAR_ONLY.match(text):
        return (dt.date(int(m["year"]), 1, 1), "year")
    return UNKNOWN
