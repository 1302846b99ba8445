"""The local broker's pure parts, and what it refuses before starting anything."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newswatch.services.broker import BrokerError, LocalBroker, new_cluster_id
from newswatch.settings import Settings
from tests.conftest import free_port


def test_cluster_ids_never_start_with_a_dash() -> None:
    # The storage tool reads "-t -abc…" as an option: one random id in 64 failed formatting.
    ids = [new_cluster_id() for _ in range(2000)]
    assert len(set(ids)) == 2000 and not [i for i in ids if i.startswith("-")]
    assert all(len(i) == 22 for i in ids)


def test_a_taken_controller_port_is_named_before_anything_starts(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = Settings(state_dir=tmp_path, kafka_port=free_port(), kafka_controller_port=port)
        with pytest.raises(BrokerError, match=f"controller port {port}.*NEWSWATCH_KAFKA_CONTROLLER_PORT"):
            LocalBroker(settings).start()
    assert not (tmp_path / "kafka" / "libs").exists()  # refused before fetching jars or formatting
