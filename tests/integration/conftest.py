"""Real components for integration tests, started once per test session: a Kafka broker in KRaft
mode (unless KAFKA_BOOTSTRAP_SERVERS names one), a Prefect server, and per-test isolation by
topic prefix, consumer group and database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswatch.settings import Settings
from tests.conftest import free_port


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration" in str(item.path):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def kafka() -> Iterator[str]:
    settings = Settings(kafka_port=free_port(), kafka_controller_port=free_port())
    if not settings.uses_local_kafka:
        yield settings.bootstrap_servers
        return
    from newswatch.services.broker import LocalBroker

    broker = LocalBroker(settings)
    broker.start()
    os.environ["NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS"] = settings.bootstrap_servers
    try:
        yield settings.bootstrap_servers
    finally:
        del os.environ["NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS"]
        broker.stop()


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[str]:
    from newswatch.services.prefect_server import PrefectServer

    server = PrefectServer(Settings())
    server.start()
    try:
        yield server.ui_url
    finally:
        server.stop()


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture
def backend() -> str:
    """The database a test runs on; modules override it with ``parametrize("backend", BACKENDS)``."""
    return "sqlite"


@pytest.fixture
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'newswatch.db'}"
        return
    admin_url = os.environ.get("NEWSWATCH_TEST_POSTGRES_URL")
    if not admin_url:
        if os.environ.get("CI"):
            pytest.fail("NEWSWATCH_TEST_POSTGRES_URL is not set: run the tests with scripts/test.sh")
        pytest.skip("no PostgreSQL server: run the tests with scripts/test.sh")
    import sqlalchemy

    name = f"newswatch_{uuid.uuid4().hex[:10]}"
    admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sqlalchemy.text(f"CREATE DATABASE {name}"))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        from newswatch import db

        db.forget(admin_url.rsplit("/", 1)[0] + f"/{name}")
        with admin.connect() as connection:
            connection.execute(sqlalchemy.text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def settings(kafka: str, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings of one test: its own topics, consumer group and database; 127.0.0.1 fetchable.
    Also put in the environment, for code that builds its own Settings (flows, child processes)."""
    run = uuid.uuid4().hex[:8]
    env = {
        "NEWSWATCH_TOPIC_PREFIX": f"test{run}",
        "NEWSWATCH_CONSUMER_GROUP": f"meetings-{run}",
        "NEWSWATCH_DATABASE_URL": database_url,
        "NEWSWATCH_ALLOW_PRIVATE_HOSTS": '["127.0.0.1"]',
        "NEWSWATCH_TOPIC_PARTITIONS": "2",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = Settings()
    from newswatch.topics import ensure_topics

    ensure_topics(settings)
    return settings


@pytest.fixture(scope="session")
def extractor():
    from newswatch.consumers.extraction import MeetingExtractor, load_nlp

    return MeetingExtractor(load_nlp(Settings().spacy_model))
