"""The ``newswatch`` command: one click group, one module per group of commands.

The commands import what they run (spaCy, Prefect, Kafka, the database) only when they run, so
``newswatch --help`` loads none of it. Nothing in the core imports this package.
"""

from __future__ import annotations

import click

from newswatch.cli import automations, consume, extract, feeds, ingest, meetings, run, subscriptions, system
from newswatch.cli.command import group


@group(help="News feeds → Kafka → meetings between officials → alerts.",
       context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120})
@click.option("--log-level", help="DEBUG, INFO (default), WARNING…")
@click.option("--debug", is_flag=True, help="show the traceback of a failure instead of one line")
def app(log_level: str | None, debug: bool) -> None:
    from newswatch import logs

    logs.configure(log_level)


for command in (
    system.status, run.run, system.kafka, system.topics, system.migrate,
    ingest.ingest, feeds.feeds, ingest.serve_ingest, consume.consume,
    extract.extract, extract.clean,
    subscriptions.subscriptions_group, meetings.meetings, meetings.dispatch, automations.automations,
):
    app.add_command(command)


def main(argv: list[str] | None = None) -> int:
    """Run the command ``argv`` names (default: this process's arguments) and return its exit code;
    a usage error is exit 2."""
    try:
        return app.main(argv, prog_name="newswatch", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code

