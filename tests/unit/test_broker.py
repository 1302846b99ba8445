"""The local broker's pure parts."""

from __future__ import annotations

from newswatch.broker import new_cluster_id


def test_cluster_ids_never_start_with_a_dash() -> None:
    # The storage tool reads "-t -abc…" as an option: one random id in 64 failed formatting.
    ids = [new_cluster_id() for _ in range(2000)]
    assert len(set(ids)) == 2000 and not [i for i in ids if i.startswith("-")]
    assert all(len(i) == 22 for i in ids)
