"""The migrations build exactly the tables the code declares, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from newswatch import db
from tests.integration.conftest import BACKENDS


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrated_schema_matches_the_models(database_url: str) -> None:
    engine = db.make_engine(database_url)
    db.migrate(engine)
    db.migrate(engine)  # a second run is a no-op
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), db.Base.metadata) == []
    with engine.connect() as connection:
        names = set(connection.scalars(select(db.Subscription.name)))
    assert names == {"alerts-topic", "console"}
    engine.dispose()
