"""Listings as plain-text tables, for an operator's terminal (``--json`` is for scripts)."""

from __future__ import annotations

from typing import Any

WIDEST = 60  # characters of a cell shown; a longer one is cut


def print_table(header: list[str], rows: list[list[Any]]) -> None:
    cells = [header, *[[str(c) for c in row] for row in rows]]
    widths = [min(max(len(r[i]) for r in cells), WIDEST) for i in range(len(header))]
    for row in cells:
        print("  ".join(c[:WIDEST].ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not rows:
        print("(none)")
