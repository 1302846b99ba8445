"""Alerts are typed models inside newswatch and plain JSON outside: what an outbox row holds comes
back as the same model, and goes out as the same bytes, valid against the alert schema."""

from __future__ import annotations

import json

from newswatch import schemas
from newswatch.consumers.alerts.channels import describe, make_test_alert, wire
from newswatch.schemas.models import Alert


def test_an_outbox_payload_goes_out_byte_for_byte() -> None:
    alert = make_test_alert("desk")
    stored = json.loads(json.dumps(alert.to_json()))  # as the outbox's JSON column gives it back
    again = Alert.model_validate(stored)
    assert wire(again) == wire(alert) == json.dumps(stored, ensure_ascii=False, separators=(",", ":")).encode()
    schemas.validate("alert", json.loads(wire(again)))


def test_the_test_alert_is_a_valid_alert_with_a_fresh_id() -> None:
    first, second = make_test_alert("desk"), make_test_alert("desk")
    assert first.alert_id != second.alert_id and first.alert_kind == "test" and first.subscription == "desk"
    assert type(first.meeting.kind) is str  # the enumeration's plain value, as on the wire
    assert describe(first) == ("TEST ALERT [date unknown] phone call (occurred): Test Sender ↔ Test Receiver"
                               " — reported by newswatch")
