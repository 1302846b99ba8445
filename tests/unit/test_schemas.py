"""The typed models and the JSON Schema files describe the same messages.

The schema files are the one source of truth (the contract on the wire); the models are checked
against them here. The walk starts at each topic message's schema and follows every object in it
— nested objects, ``$ref``s into ``$defs`` (of the same file or another one) and array items — to
the model of the field that holds it: an object without a model, or a model whose fields,
required fields, types, nullability or enumerations differ from its schema, fails.
"""

from __future__ import annotations

import enum
import types
import typing

import pytest
from pydantic import BaseModel

from newswatch import schemas
from newswatch.schemas.models import MODELS, Alert, Meeting, Participant

def _resolve(node: dict, root: dict) -> tuple[dict, dict]:
    """The node a ``$ref`` points at (local ``#/$defs/x`` or ``newswatch:name:v1#/$defs/x``), and
    the schema file it is in."""
    if "$ref" not in node:
        return node, root
    target, _, pointer = node["$ref"].partition("#")
    if target:
        root = next(schemas.schema(t) for t in schemas.MESSAGE_TYPES if schemas.schema(t)["$id"] == target)
    found = root
    for part in pointer.strip("/").split("/"):
        found = found[part]
    return found, root


def _parts(annotation) -> tuple[list, bool]:
    """The annotation's alternatives without None, and whether None is one of them."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        return [a for a in args if a is not type(None)], type(None) in args
    return [annotation], False


def _json_type(annotation) -> str:
    if typing.get_origin(annotation) is list:
        return "array"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "object"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "string"
    return {str: "string", int: "integer", float: "number", bool: "boolean"}[annotation]


def _check_object(model, node: dict, root: dict, where: str, seen: set[int]) -> None:
    node, root = _resolve(node, root)
    assert isinstance(model, type) and issubclass(model, BaseModel), f"{where}: no model for this object"
    assert node.get("type") == "object" and node.get("additionalProperties") is False, where
    seen.add(id(node))
    fields = model.model_fields
    assert set(fields) == set(node["properties"]), f"{where} ({model.__name__}): fields differ from properties"
    # schema_version has a default in the models (producers never spell it) but is required on the wire.
    required = {name for name, f in fields.items() if f.is_required() or name == "schema_version"}
    assert required == set(node.get("required", [])), f"{where} ({model.__name__}): required fields differ"
    for name, field in fields.items():
        _check_value(field.annotation, node["properties"][name], root, f"{where}.{name}", seen)


def _check_value(annotation, prop: dict, root: dict, where: str, seen: set[int]) -> None:
    prop, root = _resolve(prop, root)
    alternatives, nullable = _parts(annotation)
    assert len(alternatives) == 1, f"{where}: one type per field"
    [inner] = alternatives
    if "const" in prop:
        assert typing.get_origin(inner) is typing.Literal and typing.get_args(inner) == (prop["const"],), where
        return
    if "enum" in prop:
        values = set(prop["enum"]) - {None}
        assert isinstance(inner, type) and issubclass(inner, enum.Enum), f"{where}: an enumeration needs an Enum"
        assert {m.value for m in inner} == values, f"{where}: {inner.__name__} differs from the schema's enum"
        assert nullable == (None in prop["enum"]), f"{where}: nullability"
        return
    declared = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    assert nullable == ("null" in declared), f"{where}: nullability"
    [json_type] = [t for t in declared if t != "null"]
    assert _json_type(inner) == json_type, f"{where}: {inner} is not JSON {json_type}"
    if json_type == "object":
        _check_object(inner, prop, root, where, seen)
    elif json_type == "array":
        [item] = typing.get_args(inner)
        _check_value(item, prop["items"], root, f"{where}[]", seen)


def _objects(node) -> list[dict]:
    """Every object schema in a schema file, wherever it is (properties, $defs, items)."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


@pytest.mark.parametrize("message_type", schemas.MESSAGE_TYPES)
def test_every_object_in_the_schema_has_a_matching_model(message_type: str) -> None:
    root = schemas.schema(message_type)
    _check_object(MODELS[message_type], root, root, message_type, set())


def test_every_schema_file_and_every_object_in_it_is_checked() -> None:
    files = {p.name.removesuffix(".schema.json") for p in schemas.SCHEMA_DIR.glob("*.schema.json")}
    assert files == set(schemas.MESSAGE_TYPES) == set(MODELS)
    seen: set[int] = set()
    for message_type in schemas.MESSAGE_TYPES:
        root = schemas.schema(message_type)
        _check_object(MODELS[message_type], root, root, message_type, seen)
    for message_type in schemas.MESSAGE_TYPES:
        for node in _objects(schemas.schema(message_type)):
            assert id(node) in seen, f"{message_type}: an object no model is checked against: {sorted(node['properties'])}"


def test_the_walk_catches_a_model_that_drifts() -> None:
    drifted = schemas.schema("meeting")["$defs"]["participant"] | {"required": ["name", "country"]}
    with pytest.raises(AssertionError, match="required"):
        _check_object(Participant, drifted, schemas.schema("meeting"), "participant", set())
    wider = schemas.schema("meeting")["$defs"]["meeting"]
    wider = wider | {"properties": wider["properties"] | {"kind": {"enum": ["in_person", "phone_call"]}}}
    with pytest.raises(AssertionError, match="Kind"):
        _check_object(Meeting, wider, schemas.schema("meeting"), "meeting", set())


def test_enum_fields_hold_plain_values_on_the_wire() -> None:
    meeting = Meeting(kind="phone_call", status="occurred", participants=[], location=None, date=None,
                      topics=[], evidence="x")
    assert type(meeting.kind) is str and meeting.to_json()["kind"] == "phone_call"
    assert type(Alert.model_fields["alert_kind"].annotation) is enum.EnumType


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
