"""A supervised worker reads its messages in batches, as an in-process one does, without its peers'
batches overlapping its own and without a batch ever being charged to one message's stage clock."""

from __future__ import annotations

from typing import Any

import dunmail.worker as worker
from dunmail.supervisor import READ_AHEAD_STAGE, _read_ahead_if_due


def test_a_batch_is_read_only_past_the_last_one_and_as_its_own_stage(monkeypatch):
    calls: list[tuple[int, int]] = []

    def fake_read_ahead(rt: Any, claimed: int, stride: int = 1) -> set[int]:
        calls.append((claimed, stride))
        return {claimed + stride * n for n in range(4)}

    monkeypatch.setattr(worker, "read_ahead", fake_read_ahead)
    stages: list[str] = []
    batch = _read_ahead_if_due(None, 1, set(), 2, stages.append)
    assert batch == {1, 3, 5, 7} and calls == [(1, 2)] and stages == [READ_AHEAD_STAGE]
    assert _read_ahead_if_due(None, 3, batch, 2, stages.append) is batch  # read ahead already
    assert _read_ahead_if_due(None, 4, batch, 2, stages.append) is batch  # a peer's neighbour: read alone, no new batch
    assert _read_ahead_if_due(None, 9, batch, 2, stages.append) == {9, 11, 13, 15}  # past the batch: the next one
    assert _read_ahead_if_due(None, 17, {9}, 0, stages.append) == {9}  # stride 0 (a retry, or after a failed batch): alone
    assert calls == [(1, 2), (9, 2)] and stages == [READ_AHEAD_STAGE] * 2
