"""The error root, and the one line an operator reads when something newswatch depends on fails.

Every exception class newswatch defines derives from :class:`NewswatchError` (each stage keeps
its own, next to the code that raises it; ``tests/unit/test_errors.py`` checks them all), and its
message says what failed and what to do. :func:`operator_message` turns it, and the failures of the things
newswatch runs on (Kafka, the database, a file, a setting), into that one line; the CLI prints it
instead of a traceback unless asked for ``--debug``.
"""

from __future__ import annotations

import errno

from pydantic import ValidationError


class NewswatchError(Exception):
    """Something newswatch cannot do, said so that an operator can act on it."""


class DatabaseFolderMissing(NewswatchError):
    """An SQLite path whose folder does not exist: most likely a mistyped path, not a new database."""


def operator_message(exc: BaseException, kafka: str | None = None, database: str | None = None) -> str | None:
    """One line naming the failed thing and what to do; None for what is not an operating failure
    (a bug, which keeps its traceback)."""
    from kafka.errors import KafkaConnectionError, KafkaTimeoutError, MetadataEmptyBrokerList, NodeNotReadyError
    from sqlalchemy import make_url
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, NewswatchError):
        return str(exc)
    if isinstance(exc, ValidationError) and exc.title == "Settings":
        first = exc.errors()[0]
        name = "NEWSWATCH_" + str(first["loc"][0]).upper() if first["loc"] else "a setting"
        value = f"={first['input']}" if isinstance(first.get("input"), str | int | float) else ""
        return f"bad setting {name}{value}: {first['msg']} (fix it in the environment or newswatch.toml)"
    if isinstance(exc, KafkaConnectionError | KafkaTimeoutError | MetadataEmptyBrokerList | NodeNotReadyError):
        where = kafka or "the local broker"
        return (f"Kafka at {where} does not answer ({type(exc).__name__}): start the local broker "
                f"(`newswatch kafka start`) or set NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS")
    if isinstance(exc, DBAPIError):
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        where = f"database {make_url(database).render_as_string(hide_password=True)}" if database else "the database"
        return f"{where} cannot be used: {reason} (check NEWSWATCH_DATABASE_URL)"
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename or exc}: no such file"
    if isinstance(exc, PermissionError):
        return f"{exc.filename or exc}: permission denied"
    if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE:
        return f"address already in use ({exc}): stop what holds the port or choose another one"
    return None
