"""A supervised worker claims fresh messages in batches and its child reads each batch together, as an
in-process worker reads ahead, without a batch ever being charged to one message's stage clock; a batch
whose reading fails leaves its messages to run alone."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

import dunmail.worker as worker
from adapters.db.tables import InboundMessage
from dunmail.message_claims import MessageClaim, claim_batch, give_back, release
from dunmail.supervisor import READ_AHEAD_STAGE, Supervisor, _read_ahead_if_due
from tests.foundation.conftest import deliver
from tests.foundation.world import reply


def _replies(n: int, tag: str = "b") -> list[bytes]:
    return [reply("Jo Baker <jo.baker@acme-tools.example>", f"Re: Payment reminder {i}", f"We will pay INV-2026-1001 on 2026-11-{20 + i % 5}.",
                  message_id=f"<{tag}{i}@acme-tools.example>") for i in range(n)]


def test_a_claimed_batch_is_read_once_and_as_its_own_stage(monkeypatch):
    calls: list[list[int]] = []

    def fake_read_ahead_ids(rt: Any, ids: list[int]) -> dict[int, str]:
        calls.append(ids)
        return {i: f"message {i}" for i in ids}

    monkeypatch.setattr(worker, "read_ahead_ids", fake_read_ahead_ids)
    stages: list[str] = []
    batch = _read_ahead_if_due(None, 1, set(), (1, 2, 3), stages.append)
    assert set(batch) == {1, 2, 3} and calls == [[1, 2, 3]] and stages == [READ_AHEAD_STAGE]
    assert _read_ahead_if_due(None, 2, batch, (2, 3), stages.append) is batch  # read already
    assert _read_ahead_if_due(None, 7, batch, (), stages.append) == {}  # alone (a retry, or after a failed batch)
    assert _read_ahead_if_due(None, 7, batch, (7,), stages.append) == {}  # a batch of one: alone
    assert calls == [[1, 2, 3]] and stages == [READ_AHEAD_STAGE]


def _states(rt) -> dict[int, tuple[str, int]]:  # noqa: ANN001
    with Session(rt.engine) as s:
        return {m.id: (m.status, m.attempts) for m in s.exec(select(InboundMessage)).all()}


def test_fresh_messages_are_claimed_in_shares_and_a_retry_alone(make_runtime):  # SQLite and PostgreSQL
    rt = make_runtime()
    deliver(rt, *_replies(10))
    ids = sorted(_states(rt))
    first = claim_batch(rt.engine, rt.settings, "a", size=4, peers=2)
    assert [c.inbound_id for c in first] == ids[:4] and {c.attempt for c in first} == {1}  # 10 wait, 2 workers: at most 4
    second = claim_batch(rt.engine, rt.settings, "b", size=4, peers=2)
    assert [c.inbound_id for c in second] == ids[4:7]  # 6 wait: half of them
    give_back(rt.engine, first[0], rt.settings, "boom")  # a retried message is claimed alone, before the fresh ones
    assert [c.inbound_id for c in claim_batch(rt.engine, rt.settings, "c", size=4)] == [ids[0]]
    release(rt.engine, second[1:])  # never started: pending again, no attempt counted
    states = _states(rt)
    assert states[ids[5]] == ("pending", 0) and states[ids[6]] == ("pending", 0) and states[ids[4]] == ("processing", 1)
    rest = claim_batch(rt.engine, rt.settings, "d", size=16)
    assert [c.inbound_id for c in rest] == ids[5:]
    assert claim_batch(rt.engine, rt.settings, "e", size=16) == []
    release(rt.engine, [MessageClaim(ids[5], 0, 1, "d")])  # a stale token changes nothing
    assert _states(rt)[ids[5]] == ("processing", 1)


def test_a_batch_whose_reading_hangs_runs_its_messages_alone(make_runtime, monkeypatch, tmp_path):
    from pathlib import Path

    hang = Path(__file__).resolve().parents[1] / "crash" / "hang"
    monkeypatch.setenv("PYTHONPATH", str(hang))
    rt = make_runtime(stage_budget_seconds=2, max_attempts=2)
    poison = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "we will pay on Friday",
                   message_id="<hang-b@acme-tools.example>", headers={"X-Test-Hang": "regex"})
    deliver(rt, *_replies(2, "before"), poison, *_replies(2, "after"))
    supervisor = Supervisor(rt.settings, worker="batched")
    try:
        results = supervisor.process_pending()  # one batch: its reading hung, each then ran alone; the poison once more, alone
    finally:
        supervisor.close()
    states = _states(rt)
    with Session(rt.engine) as s:
        hung = s.exec(select(InboundMessage).where(InboundMessage.message_id == "<hang-b@acme-tools.example>")).one()
    assert hung.status == "quarantined" and hung.attempts == 2 and "stage 'parse'" in (hung.error or ""), hung.error
    others = {k: v for k, v in states.items() if k != hung.id}
    assert all(status in ("awaiting_approval", "handled") and attempts == 1 for status, attempts in others.values()), others  # no attempt lost to the batch
    assert sorted(r.inbound_id for r in results) == sorted([*states, hung.id])


def test_a_batch_interrupted_by_an_error_hands_back_what_it_never_started(make_runtime, monkeypatch):
    rt = make_runtime()
    deliver(rt, *_replies(4, "err"))
    supervisor = Supervisor(rt.settings, worker="unlucky")

    def database_away(self, claim, ahead=(), held=None):  # noqa: ANN001, ANN202
        raise OSError("the database went away")

    monkeypatch.setattr(Supervisor, "run", database_away)
    try:
        claims = claim_batch(rt.engine, rt.settings, "unlucky", size=4)
        try:
            supervisor.run_batch(claims)
        except OSError:
            pass
    finally:
        supervisor.close()
    states = _states(rt)
    first, *rest = [c.inbound_id for c in claims]
    assert states[first] == ("processing", 1)  # the one it was on: its lease runs out, as after a crash
    assert all(states[i] == ("pending", 0) for i in rest)  # never started: pending again, no attempt counted
