"""Every log line newswatch writes reads ``event words key=value key=value``: a stable event
name an operator can grep, then fields (free text quoted with ``%r``), never prose after them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEVELS = {"debug", "info", "warning", "error", "exception", "critical"}
VALUE = r"(%[-+ #0]*\d*(\.\d+)?[sdrf]s?|[a-z0-9_.]+)"
LINE = re.compile(rf"[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*( [a-z_]+={VALUE})*")


def _log_calls() -> list[tuple[str, str]]:
    """(where, format string) of every logging call in the package's folders."""
    calls = []
    for folder in ("newswatch", "flows", "producers", "consumers"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in LEVELS and node.args):
                    continue
                target = node.func.value
                is_logger = (isinstance(target, ast.Name) and target.id in ("log", "logger", "logging")) or (
                    isinstance(target, ast.Call) and isinstance(target.func, (ast.Name, ast.Attribute))
                    and getattr(target.func, "id", getattr(target.func, "attr", "")) in ("getLogger", "get_run_logger"))
                if is_logger:
                    first = node.args[0]
                    text = first.value if isinstance(first, ast.Constant) else ast.unparse(first)
                    calls.append((f"{path.relative_to(ROOT)}:{node.lineno}", text))
    return calls


CALLS = _log_calls()


def test_the_audit_finds_the_log_calls() -> None:
    assert len(CALLS) > 30


@pytest.mark.parametrize(("where", "text"), CALLS, ids=[where for where, _ in CALLS])
def test_log_line_is_an_event_with_key_value_fields(where: str, text: str) -> None:
    assert LINE.fullmatch(text), f"{where}: {text!r} is not `event words key=value …`"
