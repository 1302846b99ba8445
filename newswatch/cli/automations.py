"""``newswatch automations install``: register the example Prefect automations that act on the
consumer's events (``seeds/automations/*.yaml``, each an automation as Prefect's API takes it)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newswatch.cli.command import group, with_settings

if TYPE_CHECKING:
    from newswatch.settings import Settings

NOTIFICATION_SUBJECT = "newswatch: {{ event.resource.name }} is lagging"
NOTIFICATION_BODY = (
    "Consumer {{ event.resource.name }} (group {{ event.resource['newswatch.consumer.group'] }}) has had "
    "{{ event.payload.lag_total }} articles not yet read, above its threshold of "
    "{{ event.payload.lag_threshold }}, for five minutes.")


def automation_files() -> list[Path]:
    from newswatch.settings import SEEDS_DIR

    return sorted((SEEDS_DIR / "automations").glob("*.yaml"))


def load_automation(path: Path, notify_block_id: str | None = None) -> dict[str, Any]:
    """The automation in ``path``; with a notification block, its actions send through it."""
    import yaml

    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    if notify_block_id:
        spec["actions"] = [{"type": "send-notification", "block_document_id": notify_block_id,
                            "subject": NOTIFICATION_SUBJECT, "body": NOTIFICATION_BODY}]
    return spec


@group(name="automations", help="example Prefect automations on the consumer's events")
def automations() -> None:
    pass


@automations.command(name="install", help="register them with the Prefect server (replacing ones of the same name)")
@click.option("--notify", metavar="BLOCK_TYPE/NAME",
              help="a notification block to send through, e.g. slack-webhook/ops (default: no action)")
@with_settings
def install(settings: Settings, notify: str | None) -> int:
    from newswatch.errors import NewswatchError
    from newswatch.services.prefect_server import client_env

    for key, value in client_env(settings).items():
        os.environ.setdefault(key, value)
    from prefect.automations import Automation
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    from newswatch.consumers.telemetry import prefect_answers

    if not prefect_answers():
        raise NewswatchError(f"the Prefect API at {os.environ['PREFECT_API_URL']} does not answer: start it "
                             "(`newswatch run` does) or set PREFECT_API_URL")
    block_id = None
    with get_client(sync_client=True) as client:
        if notify:
            block_type, _, name = notify.partition("/")
            try:
                block_id = str(client.read_block_document_by_name(name, block_type).id)
            except ObjectNotFound:
                raise NewswatchError(f"no block {notify!r} on the Prefect server: create it in the UI "
                                     "(Blocks) or with `prefect block create`") from None
        for path in automation_files():
            spec = load_automation(path, block_id)
            for old in client.read_automations_by_name(spec["name"]):
                client.delete_automation(old.id)
            created = Automation.model_validate(spec).create()
            print(f"automation {created.name!r} installed: {created.id}")
    return 0
