"""The typed models and the JSON Schema files describe the same messages."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

from newswatch import schemas
from newswatch.schemas.models import MODELS, Meeting, Participant


def _enum_values(annotation) -> set | None:
    for arg in [annotation, *typing.get_args(annotation)]:
        if typing.get_origin(arg) is typing.Literal:
            return set(typing.get_args(arg))
    return None


def _check(model: type[BaseModel], schema: dict) -> None:
    fields = model.model_fields
    assert set(fields) == set(schema["properties"]), model.__name__
    required_in_model = {name for name, f in fields.items() if f.is_required() or name == "schema_version"}
    assert required_in_model == set(schema["required"]), model.__name__
    for name, field in fields.items():
        prop = schema["properties"][name]
        enum = prop.get("enum") or ([prop["const"]] if "const" in prop else None)
        if enum is not None:
            assert _enum_values(field.annotation) == set(enum) - {None}, f"{model.__name__}.{name}"
            nullable = type(None) in typing.get_args(field.annotation)
            assert nullable == (None in enum), f"{model.__name__}.{name} nullability"


@pytest.mark.parametrize("message_type", schemas.MESSAGE_TYPES)
def test_model_matches_schema(message_type: str) -> None:
    _check(MODELS[message_type], schemas.schema(message_type))


def test_nested_meeting_and_participant_match_schema() -> None:
    defs = schemas.schema("meeting")["$defs"]
    _check(Meeting, defs["meeting"])
    _check(Participant, defs["participant"])


def test_validate_names_every_problem() -> None:
    with pytest.raises(schemas.InvalidMessage) as error:
        schemas.validate("meeting", {"kind": "telepathy", "status": "occurred"}, "meeting")
    text = str(error.value)
    assert "kind: 'telepathy' is not one of" in text
    assert "'participants' is a required property" in text


def test_alert_schema_resolves_meeting_reference() -> None:
    meeting = {"kind": "phone_call", "status": "occurred", "location": None, "date": "2025-11-15",
               "topics": [], "evidence": "They spoke.",
               "participants": [{"name": "A", "title": None, "country": "RU"},
                                {"name": "B", "title": None, "country": "il"}]}
    alert = {"schema_version": 1, "alert_id": "0" * 32, "alert_kind": "new", "meeting_id": "0" * 16,
             "subscription": "all", "revision": 0, "changes": [], "independent_sources": 1,
             "meeting": meeting, "sources": [{"url": "http://x", "publisher": None}],
             "created_at": "2025-11-17T00:00:00+00:00"}
    with pytest.raises(schemas.InvalidMessage, match="participants/1/country"):
        schemas.validate("alert", alert)
    meeting["participants"][1]["country"] = "IL"
    schemas.validate("alert", alert)
