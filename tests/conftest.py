"""Test-wide environment: every test run gets its own state folder, ports and Prefect home, fixed
before anything imports Prefect (which reads its settings on import)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pytest_configure(config: pytest.Config) -> None:
    state = Path(tempfile.mkdtemp(prefix="newswatch-test-"))
    prefect_port = free_port()
    os.environ.update({
        "NEWSWATCH_STATE_DIR": str(state),
        # The jars setup.sh resolved for the checkout: no Maven run per test session.
        "NEWSWATCH_KAFKA_LIBS_DIR": os.environ.get("NEWSWATCH_KAFKA_LIBS_DIR", str(ROOT / ".newswatch" / "kafka" / "libs")),
        "NEWSWATCH_PREFECT_PORT": str(prefect_port),
        "PREFECT_HOME": str(state / "prefect"),
        "PREFECT_API_URL": f"http://127.0.0.1:{prefect_port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
    })


def pytest_unconfigure(config: pytest.Config) -> None:
    # Session fixtures (broker, Prefect server) have stopped by now; without this every run
    # would leave its broker logs and databases behind in the system's temporary folder.
    shutil.rmtree(os.environ["NEWSWATCH_STATE_DIR"], ignore_errors=True)


@pytest.fixture(scope="session")
def real_feeds() -> tuple[Path, list[dict]]:
    """The real-world feed documents in tests/fixtures/feeds and their manifest entries."""
    folder = FIXTURES / "feeds"
    return folder, json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, from the project's own copy (the same bytes as shared/seed/)."""
    return (ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8")
