"""The test Prefect server's REST API, as the UI calls it: filters over flow runs, artifacts and
events (the server writes events in batches, so a test waits for the ones it expects)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx


def api(path: str, body: dict[str, Any]) -> Any:
    response = httpx.post(f"{os.environ['PREFECT_API_URL']}{path}", json=body, timeout=30)
    response.raise_for_status()
    return response.json()


def events(name: str, resource_prefix: str, until: Callable[[list[dict]], bool], since: datetime,
           timeout: float = 60) -> list[dict]:
    """Events of this name about resources under this prefix since ``since``, once ``until`` holds
    for them (earlier tests on the same server may have told of the same meetings)."""
    body = {"filter": {"event": {"name": [name]}, "resource": {"id_prefix": [resource_prefix]},
                       "occurred": {"since": since.isoformat()}, "order": "ASC"}, "limit": 50}
    deadline = time.monotonic() + timeout
    while True:
        found = api("/events/filter", body)["events"]
        if until(found) or time.monotonic() > deadline:
            return found
        time.sleep(1)
