"""Option values the commands check before they run: a bad one is a usage error (exit 2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import click

from newswatch.schemas.models import Kind, Status

# The meeting kinds and statuses a filter can name.
KINDS = [k.value for k in Kind]
STATUSES = [s.value for s in Status]


class Positive(click.ParamType):
    """A whole number of at least 1 (processes, consumers)."""

    name = "N"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        text = str(value)
        if not text.isdigit() or int(text) < 1:
            self.fail(f"{text!r} is not a whole number of at least 1", param, ctx)
        return int(text)


class Day(click.ParamType):
    """A day as ``--since`` takes it, returned as YYYY-MM-DD: a date, ``today``, ``yesterday`` or
    ``N days`` (``7d``). Anything else is refused, not read as no limit."""

    name = "DAY"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        today = datetime.now(UTC).date()
        words = text.strip().lower()
        relative = {"today": 0, "yesterday": 1}
        if words in relative:
            return (today - timedelta(days=relative[words])).isoformat()
        number = words.removesuffix("days").removesuffix("day").removesuffix("d").strip()
        if number.isdigit() and number != words:
            return (today - timedelta(days=int(number))).isoformat()
        try:
            return date.fromisoformat(words).isoformat()
        except ValueError:
            self.fail(f"{text!r} is no day: give YYYY-MM-DD, today, yesterday or N days", param, ctx)


POSITIVE = Positive()
DAY = Day()
