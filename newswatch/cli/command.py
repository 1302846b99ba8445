"""What every ``newswatch`` command shares: how it is listed, the settings, read when the command
runs (so ``--help`` needs none), a failure said in one line, the signals that stop a long-running
command, and the command line of a command run as a child process."""

from __future__ import annotations

import functools
import signal
import sys
import threading
from collections.abc import Callable

import click


class Command(click.Command):
    """A command listed in its group's help with its whole help line, wrapped rather than cut."""

    def get_short_help_str(self, limit: int = 45) -> str:
        return super().get_short_help_str(limit=sys.maxsize)


class Group(Command, click.Group):
    """A group listed like a command, whose ``@group.command()`` commands are :class:`Command`."""

    command_class = Command


command = functools.partial(click.command, cls=Command)
group = functools.partial(click.group, cls=Group)


def with_settings(function: Callable[..., int]) -> Callable[..., int]:
    """Call ``function(settings, **options)`` and return its exit code.

    A failure of something newswatch depends on (Kafka, the database, a file, a setting) is
    printed as one line naming it and what to do, exit 1; ``newswatch --debug …`` raises it
    instead, traceback and all. Ctrl-C is exit 130.
    """

    @functools.wraps(function)
    def run(*args: object, **kwargs: object) -> int:
        from newswatch import logs
        from newswatch.errors import operator_message
        from newswatch.settings import Settings

        settings = None
        try:
            settings = Settings()
            return function(settings, *args, **kwargs)
        except KeyboardInterrupt:
            return 130
        except Exception as exc:
            if click.get_current_context().find_root().params["debug"]:
                raise
            message = operator_message(exc, kafka=settings and settings.kafka_bootstrap_servers,
                                       database=settings and settings.db_url)
            if message is None:  # not an operating failure: a bug, said in one line all the same
                message = f"unexpected {type(exc).__name__}: {logs.brief(exc)} (run with --debug for the traceback)"
            print(f"newswatch: {message}", file=sys.stderr)
            return 1

    return run


def stop_on_signals() -> threading.Event:
    """An event set by Ctrl-C or SIGTERM, for a command that stops in order rather than at once."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def child_command(*args: str) -> list[str]:
    """The command line of a newswatch command run as a child process by this Python."""
    return [sys.executable, "-m", "newswatch.cli", *args]

