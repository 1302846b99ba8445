"""Where the metrics are served: one port per consumer process."""

from __future__ import annotations

from newswatch.cli.consume import consumers
from newswatch.settings import Settings


def test_each_consumer_process_gets_its_own_metrics_port() -> None:
    children = consumers(Settings(metrics_port=9300), 3)
    assert [child.env["NEWSWATCH_METRICS_PORT"] for child in children] == ["9300", "9301", "9302"]


def test_one_consumer_process_keeps_the_port_and_no_port_means_none() -> None:
    assert consumers(Settings(metrics_port=9300), 1)[0].env is None
    assert all(child.env is None for child in consumers(Settings(metrics_port=0), 2))
