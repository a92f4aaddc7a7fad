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


def test_after_a_failed_batch_a_worker_reads_its_messages_alone_then_batches_again(tmp_path):
    from dunmail.message_claims import MessageClaim
    from dunmail.settings import Settings
    from dunmail.supervisor import Supervisor
    from dunmail.worker import READ_AHEAD

    sup = Supervisor(Settings(data_dir=tmp_path, _env_file=None), worker="w1", read_ahead_stride=2)
    try:
        first = MessageClaim(inbound_id=10, token=1, attempt=1, worker="w1")
        assert sup._stride_for(first) == 2
        sup._after_failure_in(READ_AHEAD_STAGE, first)  # the batch from message 10 hung
        held = 10 + READ_AHEAD * 2
        assert sup._stride_for(MessageClaim(inbound_id=10, token=2, attempt=2, worker="w1")) == 0  # the retry, alone
        assert sup._stride_for(MessageClaim(inbound_id=held, token=1, attempt=1, worker="w1")) == 0  # what the batch held, alone
        assert sup._stride_for(MessageClaim(inbound_id=held + 1, token=1, attempt=1, worker="w1")) == 2  # past it: batches again
        sup._after_failure_in("classify", MessageClaim(inbound_id=held + 1, token=1, attempt=1, worker="w1"))  # one message's stage
        assert sup._stride_for(MessageClaim(inbound_id=held + 2, token=1, attempt=1, worker="w1")) == 2
    finally:
        sup.close()
