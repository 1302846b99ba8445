"""The wire contracts: one JSON Schema per topic message, read from the ``*.schema.json`` files here.

Producers validate before sending and consumers on receipt, both through :func:`validate`; the
typed models in :mod:`newswatch.schemas.models` mirror these files and a test keeps them in step.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from newswatch.errors import NewswatchError

SCHEMA_DIR = Path(__file__).resolve().parent
MESSAGE_TYPES = ("article", "meeting", "alert", "dead_letter")


class InvalidMessage(NewswatchError, ValueError):
    """A message does not match its schema; the text says where and why."""


@cache
def schema(message_type: str) -> dict[str, Any]:
    if message_type not in MESSAGE_TYPES:
        raise KeyError(f"unknown message type {message_type!r}; known: {', '.join(MESSAGE_TYPES)}")
    return json.loads((SCHEMA_DIR / f"{message_type}.schema.json").read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    return Registry().with_resources(
        (schema(name)["$id"], Resource.from_contents(schema(name))) for name in MESSAGE_TYPES
    )


@cache
def _validator(message_type: str, definition: str | None = None) -> Draft202012Validator:
    root = schema(message_type)
    target = {"$ref": f"{root['$id']}#/$defs/{definition}"} if definition else root
    return Draft202012Validator(target, registry=_registry(), format_checker=FormatChecker())


def validate(message_type: str, message: Any, definition: str | None = None) -> None:
    """Raise :class:`InvalidMessage` naming every violation (path: reason) of ``message``.

    ``definition`` validates against one of the schema's ``$defs`` instead of the whole message,
    e.g. ``validate("meeting", obj, "meeting")`` for a bare meeting as ``newswatch extract`` prints.
    """
    errors = sorted(_validator(message_type, definition).iter_errors(message), key=lambda e: list(e.path))
    if errors:
        reasons = "; ".join(f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}" for e in errors[:10])
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise InvalidMessage(f"invalid {message_type} message: {reasons}{more}")
