"""The store as the outbox's journal: "sent" is recorded the moment the mail server accepts a reply.

Without it, the only proof that a reply left is its copy in the Sent folder, appended after the
SMTP transaction; a crash in between (or a failed APPEND) would make a retry send it again. With
it, the outbound row turns `sent` inside deliver(), and every later delivery of that Message-ID
(a retry, a restarted worker resuming the graph) is skipped.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from dunmail.db import session_scope
from dunmail.tables import OutboundMessage, OutboundStatus, utcnow
from inbox.outbox import Accepted, Outbox, OutgoingMail


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

    def deliver(self, mail: OutgoingMail, on_accepted: Accepted | None = None) -> None:
        if self._recorded(mail.message_id):
            return

        def accepted() -> None:
            self._record(mail.message_id)
            if on_accepted is not None:
                on_accepted()

        self.inner.deliver(mail, on_accepted=accepted)
