"""Claims on inbound messages: one worker at a time, a lease it renews, a fencing token it shows.

A claim is taken with FOR UPDATE SKIP LOCKED on PostgreSQL and a guarded UPDATE everywhere; it
raises `attempts` (so a message that kills or hangs its worker still runs out of attempts) and
the fencing token (so a worker whose lease ran out, and whose message another worker took, can
no longer write: every write first re-checks the token inside its own transaction). A message
claimed `max_attempts` times without finishing is quarantined with that reason instead of being
claimed again, never retried forever.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import defer
from sqlmodel import Session, col

from adapters.db.db import session_scope
from adapters.db.prepared import run
from adapters.db.tables import AuditEvent, InboundMessage, MessageStatus, utcnow
from dunmail.leases import LeaseLost
from dunmail.settings import Settings


@dataclass(frozen=True, order=True)
class MessageClaim:
    inbound_id: int
    token: int
    attempt: int
    worker: str


def _pending():  # noqa: ANN202 - a SQL expression
    return col(InboundMessage.status) == MessageStatus.pending


def _lease_ran_out(cutoff: datetime):  # noqa: ANN202 - a SQL expression
    return and_(col(InboundMessage.status) == MessageStatus.processing, col(InboundMessage.claimed_at) < cutoff)


def _claimable(lease_seconds: float, cutoff: datetime | None = None):  # noqa: ANN202 - a SQL expression
    cutoff = cutoff or datetime.now(timezone.utc) - timedelta(seconds=lease_seconds)
    return or_(_pending(), _lease_ran_out(cutoff))


# The statements a claim, a renewal and a fenced write run for every message, built once with their
# values as parameters (SQLAlchemy Core: building and coercing them per call cost more than running them).
_MESSAGES = InboundMessage.__table__  # type: ignore[attr-defined]
_C = _MESSAGES.c
_CUTOFF = bindparam("cutoff", type_=_C.claimed_at.type)
_IS_PENDING = _C.status == MessageStatus.pending
_RAN_OUT = and_(_C.status == MessageStatus.processing, _C.claimed_at < _CUTOFF)
_FIRST_PENDING = select(_C.id, _C.attempts).where(_IS_PENDING).order_by(_C.id).limit(1).with_for_update(skip_locked=True)
_FIRST_RAN_OUT = select(_C.id, _C.attempts).where(_RAN_OUT).order_by(_C.id).limit(1).with_for_update(skip_locked=True)
_TAKE = (update(_MESSAGES).where(_C.id == bindparam("mid"), or_(_IS_PENDING, _RAN_OUT))
         .values(status=MessageStatus.processing, claimed_by=bindparam("worker"), claimed_at=bindparam("now"),
                 attempts=_C.attempts + 1, claim_token=_C.claim_token + 1))
_TAKE_TOKEN = _TAKE.returning(_C.claim_token)  # the new token in the same statement, not a second read
# A batch of fresh messages (never claimed: no attempt counted yet) from the oldest claimable one on: how many
# wait (up to a cap), then the first `n` of them locked and taken, their tokens coming back.
_IS_FRESH = and_(_IS_PENDING, _C.attempts == 0, _C.id >= bindparam("first"))
_FRESH_WAITING = select(func.count()).select_from(select(_C.id).where(_IS_FRESH).order_by(_C.id).limit(bindparam("cap")).subquery())
_FRESH_IDS = select(_C.id).where(_IS_FRESH).order_by(_C.id).limit(bindparam("n")).with_for_update(skip_locked=True)
# (Two statements: an UPDATE ... WHERE id IN (that SELECT) may run the subquery again per row on PostgreSQL and take
# more than `n`.)
_TAKE_FRESH = (update(_MESSAGES).where(_C.id.in_(bindparam("ids", expanding=True)), _IS_PENDING, _C.attempts == 0)
               .values(status=MessageStatus.processing, claimed_by=bindparam("worker"), claimed_at=bindparam("now"),
                       attempts=_C.attempts + 1, claim_token=_C.claim_token + 1)
               .returning(_C.id, _C.claim_token))
# Handing back a claim that was never started (the worker stops mid-batch): pending again, its attempt not counted.
_RELEASE = (update(_MESSAGES).where(_C.id == bindparam("mid"), _C.claim_token == bindparam("token"), _C.status == MessageStatus.processing)
            .values(status=MessageStatus.pending, claimed_by=None, claimed_at=None, attempts=_C.attempts - 1))
_STILL_OURS = (update(_MESSAGES).where(_C.id == bindparam("mid"), _C.claim_token == bindparam("token"), _C.status == MessageStatus.processing)
               .values(claimed_at=bindparam("now")))


def _first_claimable(session: Session, cutoff: datetime) -> tuple[int, int] | None:
    """(id, attempts) of the oldest claimable message: the first pending one or the first whose lease ran out.

    Asked as two reads that each walk the (status, id) index from its start, so a claim costs the same
    with 1,000 or 100,000 messages waiting; one read with an OR sorts every pending row."""
    found = []
    connection = session.connection()
    for statement in (_FIRST_PENDING, _FIRST_RAN_OUT):
        row = run(connection, statement, {"cutoff": cutoff}).first()
        if row is not None:
            found.append((int(row[0]), int(row[1])))
    return min(found) if found else None


def claim_next(engine: Engine, settings: Settings, worker: str) -> MessageClaim | None:
    """The next message for `worker`, or None when nothing is claimable."""
    while True:
        with session_scope(engine) as session:
            cutoff = datetime.now(timezone.utc) - timedelta(seconds=settings.claim_lease_seconds)
            row = _first_claimable(session, cutoff)
            if row is None:
                return None
            inbound_id, attempts = row
            if attempts >= settings.max_attempts:
                _quarantine_exhausted(session, inbound_id, attempts, worker, _claimable(settings.claim_lease_seconds, cutoff))
                continue
            connection = session.connection()
            taken = run(connection, _TAKE_TOKEN, {"mid": inbound_id, "cutoff": cutoff, "worker": worker, "now": utcnow()}).first()
            if taken is None:
                continue  # another worker was faster (SQLite has no SKIP LOCKED): look again
            return MessageClaim(inbound_id, int(taken[0]), attempts + 1, worker)


def claim_within(session: Session, settings: Settings, worker: str) -> MessageClaim | None:
    """claim_next inside the caller's transaction (a worker recording its last outcome claims its next message in
    the same commit), when it is the plain case: the oldest claimable message has attempts left and is taken at
    the first try. Otherwise None, and nothing is written: claim_next then does it alone, as before.

    The commit that records one message and claims the next leaves the database as a crash right after claim_next's
    own commit would (the message before recorded, this one claimed and not started), so a crash finds nothing new;
    it saves a transaction per message (a commit was ~0.5 ms of CPU on SQLite, and a round trip on PostgreSQL)."""
    cutoff = datetime.now(timezone.utc) - timedelta(seconds=settings.claim_lease_seconds)
    row = _first_claimable(session, cutoff)
    if row is None or row[1] >= settings.max_attempts:
        return None
    inbound_id, attempts = row
    taken = run(session.connection(), _TAKE_TOKEN, {"mid": inbound_id, "cutoff": cutoff, "worker": worker, "now": utcnow()}).first()
    return MessageClaim(inbound_id, int(taken[0]), attempts + 1, worker) if taken is not None else None


def claim_batch(engine: Engine, settings: Settings, worker: str, size: int, peers: int = 1) -> list[MessageClaim]:
    """The next messages for `worker`, in id order; empty when nothing is claimable.

    The oldest claimable message decides: a retried one, or one whose lease ran out, is claimed alone (as
    claim_next does), so a message that failed before meets its budget on its own and never takes others
    down with it. A fresh one is claimed with the fresh messages after it, up to `size`, in one transaction
    (a claim per message cost a commit and three round trips each), each with its own attempt and token as
    if claimed alone. With `peers` workers sharing the queue a batch takes at most its share of what waits
    (1/peers, rounded up), so the end of a burst is not left to one worker while the others idle."""
    if size <= 1:
        claim = claim_next(engine, settings, worker)
        return [] if claim is None else [claim]
    peers = max(1, peers)
    while True:
        with session_scope(engine) as session:
            cutoff = datetime.now(timezone.utc) - timedelta(seconds=settings.claim_lease_seconds)
            row = _first_claimable(session, cutoff)
            if row is None:
                return []
            inbound_id, attempts = row
            if attempts >= settings.max_attempts:
                _quarantine_exhausted(session, inbound_id, attempts, worker, _claimable(settings.claim_lease_seconds, cutoff))
                continue
            connection = session.connection()
            if attempts > 0:
                taken = run(connection, _TAKE_TOKEN, {"mid": inbound_id, "cutoff": cutoff, "worker": worker, "now": utcnow()}).first()
                if taken is None:
                    continue  # another worker was faster (SQLite has no SKIP LOCKED): look again
                return [MessageClaim(inbound_id, int(taken[0]), attempts + 1, worker)]
            waiting = int(connection.execute(_FRESH_WAITING, {"first": inbound_id, "cap": size * peers}).scalar_one())
            share = max(1, -(-waiting // peers))
            ids = [int(i) for i in connection.execute(_FRESH_IDS, {"first": inbound_id, "n": share}).scalars()]
            taken = connection.execute(_TAKE_FRESH, {"ids": ids, "worker": worker, "now": utcnow()}).all() if ids else []
            if not taken:
                continue  # the peers took them first: look again
            return sorted(MessageClaim(int(mid), int(token), 1, worker) for mid, token in taken)


def release(engine: Engine, claims: list[MessageClaim]) -> None:
    """Hand back claims whose messages were never started (the worker is stopping): pending again at once,
    their attempt not counted, rather than held until their lease runs out. A claim no longer ours is left."""
    if not claims:
        return
    with session_scope(engine) as session:
        connection = session.connection()
        for claim in claims:
            connection.execute(_RELEASE, {"mid": claim.inbound_id, "token": claim.token})


def _quarantine_exhausted(session: Session, inbound_id: int, attempts: int, worker: str, claimable) -> None:  # noqa: ANN001
    """Claimed max_attempts times and never finished: its worker died or hung each time."""
    msg = session.get(InboundMessage, inbound_id)
    assert msg is not None
    last = f" (last: {msg.error})" if msg.error else ""
    reason = f"claimed {attempts} times without finishing: its worker crashed, was killed or ran out of time each time{last}"[:2000]
    session.exec(update(InboundMessage).where(col(InboundMessage.id) == inbound_id, claimable)  # type: ignore[call-overload]
                 .values(status=MessageStatus.quarantined, error=reason, claimed_by=None, claimed_at=None, processed_at=utcnow()))
    session.add(AuditEvent(actor=worker, kind="message.quarantined", inbound_id=inbound_id, detail={"reason": reason, "attempt": attempts}))


def renew(engine: Engine, claim: MessageClaim) -> bool:
    """Move the lease forward; False when the message is no longer ours."""
    with session_scope(engine) as session:
        return _extend(session, claim)


def _extend(session: Session, claim: MessageClaim) -> bool:
    """Move the lease forward inside the session's transaction, if the claim still holds."""
    result = run(session.connection(), _STILL_OURS, {"mid": claim.inbound_id, "token": claim.token, "now": utcnow()})
    return result.rowcount == 1


def hold(session: Session, claim: MessageClaim) -> InboundMessage:
    """Fencing: inside the caller's transaction, confirm (and lock) our claim before writing.

    The UPDATE takes the row's write lock until commit, so nobody can claim the message between
    this check and the caller's writes. Raises LeaseLost when another worker owns it now."""
    if not _extend(session, claim):
        raise LeaseLost(f"message {claim.inbound_id} is no longer claimed by {claim.worker} (token {claim.token})")
    # One read, fresh even if the session held it; the message's bytes (up to the size budget) stay in the
    # database: nothing written under a claim needs them, and an access would still load them.
    msg = session.get(InboundMessage, claim.inbound_id, populate_existing=True, options=[defer(InboundMessage.raw)])
    assert msg is not None
    return msg


_HOLD = _STILL_OURS.returning(_C.thread_id)


def hold_thread(session: Session, claim: MessageClaim) -> int | None:
    """hold() for a writer that needs only the message's thread id: the same fenced UPDATE (and lock),
    the column coming back with it, so the row is neither read again nor loaded into the ORM."""
    return hold_with(session, claim, _HOLD)[0]


def holding(*also: Any) -> Any:
    """The fenced UPDATE of hold_thread returning the thread id and `also` (e.g. a scalar subquery on the
    message's id): what a writer must know, read under the row's lock in the same round trip. Build once."""
    return _STILL_OURS.returning(_C.thread_id, *also)


def hold_with(session: Session, claim: MessageClaim, statement: Any) -> Any:
    """Run a `holding(...)` statement for our claim: its row, or LeaseLost when the claim no longer holds."""
    row = run(session.connection(), statement, {"mid": claim.inbound_id, "token": claim.token, "now": utcnow()}).first()
    if row is None:
        raise LeaseLost(f"message {claim.inbound_id} is no longer claimed by {claim.worker} (token {claim.token})")
    return row


def give_back(engine: Engine, claim: MessageClaim, settings: Settings, reason: str) -> str:
    """After a failure or a timeout: pending again, or quarantined once the attempts are spent.

    Returns the new status; a claim we no longer hold changes nothing (its new owner decides)."""
    final = claim.attempt >= settings.max_attempts
    status = MessageStatus.quarantined if final else MessageStatus.pending
    with session_scope(engine) as session:
        try:
            msg = hold(session, claim)
        except LeaseLost:
            return MessageStatus.processing
        msg.status, msg.error, msg.claimed_by, msg.claimed_at = status, reason[:2000], None, None
        if final:
            msg.processed_at = utcnow()
        session.add(msg)
        session.add(AuditEvent(actor=claim.worker, kind="message.quarantined" if final else "message.retry", inbound_id=claim.inbound_id,
                               detail={"reason": reason[:2000], "attempt": claim.attempt}))
    return status


def quarantine(engine: Engine, claim: MessageClaim, reason: str) -> bool:
    """Quarantine at once (a budget exceeded: another try cannot help). False if no longer ours."""
    with session_scope(engine) as session:
        try:
            msg = hold(session, claim)
        except LeaseLost:
            return False
        msg.status, msg.error, msg.claimed_by, msg.claimed_at, msg.processed_at = MessageStatus.quarantined, reason[:2000], None, None, utcnow()
        session.add(msg)
        session.add(AuditEvent(actor=claim.worker, kind="message.quarantined", inbound_id=claim.inbound_id, detail={"reason": reason[:2000], "attempt": claim.attempt}))
    return True
