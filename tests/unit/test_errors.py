"""Every exception class newswatch defines derives from :class:`NewswatchError`, so one root
catches what newswatch raises on purpose and the CLI can tell it from a bug."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from newswatch.errors import NewswatchError

STAGES = ("newswatch.flows", "newswatch.producers", "newswatch.consumers", "newswatch.schemas")
# Migrations run only inside alembic's context; `python -m newswatch.cli` runs the command on import.
SKIP = ("newswatch.migrations", "newswatch.cli.__main__")


def _modules() -> list[str]:
    """Every module of the package, the stage folders pyproject maps into it included."""
    packages = ("newswatch", *STAGES)
    return [*packages, *(m.name for package in packages
                         for m in pkgutil.walk_packages(importlib.import_module(package).__path__, f"{package}.")
                         if not m.name.startswith(SKIP))]


def _exception_classes() -> list[type[BaseException]]:
    found = []
    for name in _modules():
        module = importlib.import_module(name)
        found += [cls for _, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, BaseException) and cls.__module__ == name]
    return found


def test_every_exception_class_derives_from_the_root() -> None:
    classes = _exception_classes()
    names = {c.__name__ for c in classes}
    assert {"FetchError", "PoisonMessage", "InvalidMessage", "DeliveryFailed", "SubscriptionError"} <= names
    strays = sorted(f"{c.__module__}.{c.__qualname__}" for c in classes if not issubclass(c, NewswatchError))
    assert strays == []
