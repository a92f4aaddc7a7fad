"""The store as the outbox's journal: "sent" is recorded the moment the mail server accepts a reply.

Without it, the only proof that a reply left is its copy in the Sent folder, appended after the
SMTP transaction; a crash in between (or a failed APPEND) would make a retry send it again. With
it, the outbound row turns `sent` inside deliver(), and every later delivery of that Message-ID
(a retry, a restarted worker resuming the graph) is skipped.

It is also where the send claim is fenced: right before the message goes to the server, the
sender must still hold a live claim (dunmail.send_claims), or it stops without sending.
"""

from __future__ import annotations

import inspect

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from adapters.db.db import session_scope
from adapters.db.tables import OutboundMessage, OutboundStatus, utcnow
from core.outgoing import OutgoingMail
from core.ports import Accepted, Outbox, OutboxError
from dunmail.leases import LeaseLost
from dunmail.send_claims import current_claim, still_ours


class JournaledOutbox:
    """Wraps any Outbox; implements the same protocol."""

    def __init__(self, inner: Outbox, engine: Engine):
        self.inner = inner
        self.engine = engine

    def _recorded(self, message_id: str) -> bool:
        with session_scope(self.engine) as session:
            row = session.exec(select(OutboundMessage.status).where(OutboundMessage.message_id == message_id)).first()
        return row == OutboundStatus.sent

    def _record(self, message_id: str) -> None:
        with session_scope(self.engine) as session:
            outbound = session.exec(select(OutboundMessage).where(OutboundMessage.message_id == message_id)).first()
            if outbound is not None:  # a send outside the queue (none today) has nothing to record
                outbound.status, outbound.sent_at, outbound.error = OutboundStatus.sent, utcnow(), None
                session.add(outbound)

    def was_sent(self, message_id: str) -> bool:
        return self._recorded(message_id) or self.inner.was_sent(message_id)

    def _check_claim(self, message_id: str) -> None:
        claim = current_claim.get()
        if claim is None or claim.message_id != message_id:
            return  # not a queued reply (a test or a tool delivering directly): nothing to fence
        with session_scope(self.engine) as session:
            if not still_ours(session, claim):
                raise LeaseLost(f"the send claim on {message_id} passed to another worker; not sending")

    def _keep_unfiled(self, message_id: str, data: bytes) -> None:
        with session_scope(self.engine) as session:
            outbound = session.exec(select(OutboundMessage).where(OutboundMessage.message_id == message_id)).first()
            if outbound is not None:
                outbound.unfiled_copy = data
                session.add(outbound)

    def deliver(self, mail: OutgoingMail, on_accepted: Accepted | None = None) -> None:
        if self._recorded(mail.message_id):
            return
        self._check_claim(mail.message_id)

        def accepted() -> None:
            self._record(mail.message_id)
            if on_accepted is not None:
                on_accepted()

        if "on_handover" in inspect.signature(self.inner.deliver).parameters:
            self.inner.deliver(mail, on_accepted=accepted, on_copy_failed=lambda data: self._keep_unfiled(mail.message_id, data),  # type: ignore[call-arg]
                               on_handover=lambda: self._hand_over(mail.message_id))
        else:
            self.inner.deliver(mail, on_accepted=accepted)

    def _hand_over(self, message_id: str) -> None:
        """Right before DATA: the last fencing check, and the mark that makes a crash from here on
        an unknown outcome (the server may have the reply) rather than a reason to send again."""
        claim = current_claim.get()
        with session_scope(self.engine) as session:
            query = update(OutboundMessage).where(col(OutboundMessage.message_id) == message_id)
            if claim is not None and claim.message_id == message_id:
                query = query.where(col(OutboundMessage.claim_token) == claim.token, col(OutboundMessage.status) == OutboundStatus.sending,
                                    col(OutboundMessage.lease_until) > utcnow())
            if session.exec(query.values(handed_over_at=utcnow())).rowcount != 1 and claim is not None:  # type: ignore[call-overload]
                raise LeaseLost(f"the send claim on {message_id} passed to another worker; not sending")

    def file_missed_copies(self) -> int:
        """File in Sent the copies that failed after the server accepted the reply; returns how many."""
        file_copy = getattr(self.inner, "file_copy", None)
        if file_copy is None:
            return 0
        with session_scope(self.engine) as session:
            missed = session.exec(select(OutboundMessage.message_id).where(col(OutboundMessage.unfiled_copy).is_not(None))).all()
        filed = 0
        for message_id in missed:
            with session_scope(self.engine) as session:
                row = session.exec(select(OutboundMessage).where(OutboundMessage.message_id == message_id).with_for_update()).first()
                if row is None or row.unfiled_copy is None:
                    continue  # another worker filed it meanwhile
                try:
                    if not self.inner.was_sent(message_id) and not file_copy(message_id, row.unfiled_copy):
                        continue
                except OutboxError:
                    continue
                row.unfiled_copy = None
                session.add(row)
                filed += 1
        return filed
