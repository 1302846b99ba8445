"""Operator-readable logs: one line per event, stable ``key=value`` fields, on stderr.

Every message reads ``event words key=value key=value``: the event first (a few lowercase words
that stay the same, to grep for: ``article processed``, ``alert delivery failed``), then its
fields; free text in a field (an error, a reason) is written with ``%r`` so the line still splits
into fields, and nothing but fields follows the event. ``tests/unit/test_log_lines.py`` holds
every logging call to it. Standard output is kept for what the user asked to see (alerts, JSON
from ``extract``)."""

from __future__ import annotations

import logging
import os
import sys

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure(level: str | None = None) -> None:
    level = (level or os.environ.get("NEWSWATCH_LOG_LEVEL") or "INFO").upper()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT, datefmt="%Y-%m-%dT%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # The Kafka client narrates every connection at INFO; operators need its warnings only.
    for noisy in ("kafka", "httpx", "httpcore", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def brief(exc: BaseException) -> str:
    """An error's first line, for a log field (drivers put whole queries or tracebacks below it)."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]
