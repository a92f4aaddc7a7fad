"""dunmail's own work state and audit trail (never a parallel ledger: the ERP stays the truth).

Every table here is created by Alembic migrations (`dunmail migrate`), on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class MessageStatus:
    pending = "pending"  # stored, waiting for a worker
    processing = "processing"  # claimed by a worker (lease in claimed_at)
    awaiting_approval = "awaiting_approval"  # an approval item waits for a collector
    handled = "handled"  # terminal: processed, nothing more to do (e.g. out-of-office noted)
    done = "done"  # terminal: the approval item was closed (sent, rejected, resolved)
    quarantined = "quarantined"  # terminal until retried: could not be parsed or processed


class ApprovalStatus:
    pending = "pending"
    approved = "approved"  # approved, reply being sent
    sent = "sent"
    rejected = "rejected"
    resolved = "resolved"  # closed without reply
    failed = "failed"  # sending failed; visible and retryable


class OutboundStatus:
    queued = "queued"
    sending = "sending"
    sent = "sent"
    failed = "failed"


class MailCursor(SQLModel, table=True):
    """Where incremental sync stopped, per mailbox folder; moves with the stored message."""

    __tablename__ = "mail_cursor"
    mailbox: str = Field(primary_key=True, max_length=255)
    uidvalidity: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    last_uid: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    updated_at: datetime = Field(default_factory=utcnow)


class MailThread(SQLModel, table=True):
    __tablename__ = "mail_thread"
    id: int | None = Field(default=None, primary_key=True)
    root_message_id: str = Field(index=True, max_length=998)
    subject_key: str = Field(default="", max_length=998, index=True)
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


class InboundMessage(SQLModel, table=True):
    __tablename__ = "inbound_message"
    # A Message-ID is only a duplicate together with the same content: a different message that
    # reuses one (broken mailers, forwarded copies) is stored as its own message, never dropped.
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_imap_identity"),
        UniqueConstraint("message_id", "content_hash", name="uq_inbound_message_content"),
        Index("ix_inbound_message_status_id", "status", "id"),  # claims: the oldest pending one, without a sort (0008)
    )

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=255)
    uidvalidity: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    uid: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    message_id: str = Field(index=True, max_length=998)
    content_hash: str = Field(index=True, max_length=64)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    from_addr: str = Field(default="", max_length=998)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    received_at: datetime = Field(default_factory=utcnow)
    status: str = Field(default=MessageStatus.pending, index=True, max_length=32)
    claimed_by: str | None = Field(default=None, max_length=128)
    claimed_at: datetime | None = None  # when the lease was taken or last renewed
    claim_token: int = 0  # fencing token: raised at every claim; a write by an older claim is refused
    attempts: int = 0  # counted when claimed, so a message that kills its worker still runs out
    error: str | None = Field(default=None, sa_column=Column(Text))
    thread_id: int | None = Field(default=None, foreign_key="mail_thread.id", index=True)
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    processed_at: datetime | None = None


class DecisionRecord(SQLModel, table=True):
    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("inbound_id", name="uq_decision_inbound_id"),)  # one per message, even for racing workers
    id: int | None = Field(default=None, primary_key=True)
    inbound_id: int = Field(foreign_key="inbound_message.id")
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    intent: str = Field(index=True, max_length=32)
    secondary_intents: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    confidence: float = 0.0
    decided_by: str = Field(max_length=255)  # the model that read the reply
    rule: str = Field(max_length=255)  # the policy rule that chose the action
    action: str = Field(max_length=32)
    needs_human: bool = False
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    facts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    evidence: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    guardrails: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class ApprovalRequest(SQLModel, table=True):
    """One item in the collectors' queue: a draft to approve or a reply routed to a human."""

    __tablename__ = "approval_request"
    id: int | None = Field(default=None, primary_key=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id", unique=True)  # None for reminders
    decision_id: int | None = Field(default=None, foreign_key="decision.id")
    graph_thread_id: str = Field(max_length=255, unique=True)
    kind: str = Field(default="draft", max_length=32)  # draft | route (no draft, a human must act) | reminder
    status: str = Field(default=ApprovalStatus.pending, index=True, max_length=32)
    version: int = 1
    owner: str | None = Field(default=None, index=True, max_length=128)
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    customer_name: str = Field(default="", max_length=255)
    intent: str = Field(default="other", index=True, max_length=32)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    flagged: bool = Field(default=False, index=True)  # any guardrail failed
    draft: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    acted_by: str | None = Field(default=None, max_length=128)
    action_note: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)


class ReviewState(SQLModel, table=True):
    """What was read from a message that waits for a person, written with its queue item in one transaction.

    The item's graph thread starts from it when the person acts (dunmail/review_threads.py): running the
    graph up to its interrupt for every message cost more CPU than reading the message did (issue 17),
    and until someone acts there is nothing for the graph to do. `data` is the checkpointer's own encoding
    of the state (`serde_type` names it), so the thread starts from exactly what the worker read.
    """

    __tablename__ = "review_state"
    approval_id: int = Field(primary_key=True, foreign_key="approval_request.id")
    serde_type: str = Field(max_length=32)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class OutboundMessage(SQLModel, table=True):
    __tablename__ = "outbound_message"
    id: int | None = Field(default=None, primary_key=True)
    approval_id: int = Field(foreign_key="approval_request.id", unique=True)
    message_id: str = Field(unique=True, max_length=998)  # assigned before sending
    to_addrs: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    status: str = Field(default=OutboundStatus.queued, index=True, max_length=32)
    error: str | None = Field(default=None, sa_column=Column(Text))
    attempts: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    # The send claim (queued → sending → sent | failed): who sends, under which fencing token, until when.
    claimed_by: str | None = Field(default=None, max_length=128)
    claim_token: int = 0
    lease_until: datetime | None = None
    next_attempt_at: datetime | None = None  # a temporary SMTP failure waits until then
    handed_over_at: datetime | None = None  # the mail server was taking it (DATA): a crash from here on leaves the outcome unknown
    unfiled_copy: bytes | None = Field(default=None, sa_column=Column(LargeBinary))  # sent, but the copy to Sent failed: filed later


class DunningState(SQLModel, table=True):
    """Per customer (invoice_number "") or invoice: the last reminder stage sent, and a human's stop.

    Pauses are not here: they are rows of their own (`Pause`), each with its source, so that one
    pause never overwrites or lifts another."""

    __tablename__ = "dunning_state"
    __table_args__ = (UniqueConstraint("customer_id", "invoice_number", name="uq_dunning_target"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=64, index=True)
    invoice_number: str = Field(default="", max_length=64)
    stage: int = 0  # last reminder stage sent
    last_reminder_at: datetime | None = None
    stopped: bool = False  # per-invoice stop by a human
    updated_at: datetime = Field(default_factory=utcnow)


class PauseState:
    proposed = "proposed"  # read from a message, waiting on its approval item; holds nothing by itself
    active = "active"  # approved by a person (or a bounded automatic deferral): reminders wait
    lifted = "lifted"  # ended: its date passed, its promise was checked, or a person lifted it


class Pause(SQLModel, table=True):
    """One reason why a customer's (invoice None) or one invoice's reminders wait, from one source.

    A message only ever *proposes* a pause (on its approval item); a person's approval activates
    it. The one exception is a short automatic deferral (at most `auto_deferral_days`)."""

    __tablename__ = "pause"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=64, index=True)
    invoice: str | None = Field(default=None, max_length=64)  # None = the whole customer
    until: date | None = None  # None = open-ended, until a person lifts it
    state: str = Field(default=PauseState.proposed, index=True, max_length=16)
    source: str = Field(max_length=128)  # "reply:<inbound id>", "auto-deferral:<inbound id>", "user:<name>"
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    approval_id: int | None = Field(default=None, foreign_key="approval_request.id", index=True)
    decision_id: int | None = Field(default=None, foreign_key="decision.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    activated_at: datetime | None = None
    activated_by: str | None = Field(default=None, max_length=128)
    lifted_at: datetime | None = None
    lifted_by: str | None = Field(default=None, max_length=128)
    lift_note: str | None = Field(default=None, sa_column=Column(Text))


class Promise(SQLModel, table=True):
    """A customer's promise to pay, followed through on its date."""

    __tablename__ = "promise"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=64, index=True)
    invoice_numbers: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    amount: str | None = Field(default=None, max_length=64)  # decimal string
    promised_date: date
    status: str = Field(default="open", index=True, max_length=16)  # proposed | open | kept | broken
    decision_id: int | None = Field(default=None, foreign_key="decision.id")
    approval_id: int | None = Field(default=None, foreign_key="approval_request.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    checked_at: datetime | None = None


class AuditEvent(SQLModel, table=True):
    """Append-only: who did what, when, and on what evidence. Never updated or deleted."""

    __tablename__ = "audit_event"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(max_length=128)  # "agent", "worker:host-pid", a username
    kind: str = Field(index=True, max_length=64)  # message.stored, decision.made, approval.approved, ...
    inbound_id: int | None = Field(default=None, index=True)
    approval_id: int | None = Field(default=None, index=True)
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class LoginFailure(SQLModel, table=True):
    """A failed login, kept for the throttle's window; in the database so every web process sees it."""

    __tablename__ = "login_failure"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, max_length=160)  # "user:<name>" or "ip:<address>"
    at: datetime = Field(default_factory=utcnow, index=True)


class WebSession(SQLModel, table=True):
    """A login to the web app. The cookie carries a random token; only its SHA-256 is stored, so a
    copy of this table cannot be replayed, and logout sets revoked_at so a copied cookie stops at once."""

    __tablename__ = "web_session"
    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True, max_length=64)  # hex SHA-256 of the cookie's token
    username: str = Field(index=True, max_length=128)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(index=True)
    revoked_at: datetime | None = None


class User(SQLModel, table=True):
    __tablename__ = "app_user"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=128)
    password_hash: str = Field(max_length=255)
    role: str = Field(default="collector", max_length=32)  # collector | manager | viewer
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


# --- The local ERP mirror (issue 15) -------------------------------------------------------------
# A read-only copy of the books, refreshed by `dunmail erp sync` from one connector (csv, quickbooks,
# xero, stripe), so the agent's lookups are indexed queries and never a remote call per email. Money
# is kept as decimal strings: exact on SQLite and PostgreSQL alike. `source` names the connector.


class ErpSyncRun(SQLModel, table=True):
    """One sync of the mirror: when, from which connector, what it changed, or why it failed."""

    __tablename__ = "erp_sync_run"
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True, max_length=32)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    status: str = Field(default="running", max_length=16)  # running | ok | failed | refused
    full: bool = False  # a whole snapshot (csv, first sync) rather than changes since a cursor
    counts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    problems: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # bad rows, skipped records
    error: str | None = Field(default=None, sa_column=Column(Text))


class ErpCursor(SQLModel, table=True):
    """Where a connector's incremental sync stopped, per stream (an updated-since time, an event id)."""

    __tablename__ = "erp_cursor"
    source: str = Field(primary_key=True, max_length=32)
    stream: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", max_length=255)
    updated_at: datetime = Field(default_factory=utcnow)


class ErpCustomerRow(SQLModel, table=True):
    __tablename__ = "erp_customer"
    __table_args__ = (UniqueConstraint("source", "customer_id", name="uq_erp_customer"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=32)
    customer_id: str = Field(max_length=64)
    name: str = Field(default="", max_length=255)
    domain: str = Field(default="", index=True, max_length=255)
    owner: str = Field(default="", max_length=128)
    language: str = Field(default="en", max_length=16)
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sync_id: int | None = Field(default=None, foreign_key="erp_sync_run.id")


class ErpContactRow(SQLModel, table=True):
    __tablename__ = "erp_contact"
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=32)
    customer_id: str = Field(index=True, max_length=64)
    email: str = Field(index=True, max_length=320)  # lower-cased
    name: str = Field(default="", max_length=255)
    role: str = Field(default="", max_length=128)


class ErpInvoiceRow(SQLModel, table=True):
    __tablename__ = "erp_invoice"
    __table_args__ = (UniqueConstraint("source", "number_key", name="uq_erp_invoice"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=32)
    external_id: str = Field(default="", index=True, max_length=128)  # the system's own id (QuickBooks Id, Xero InvoiceID)
    number: str = Field(max_length=64)
    number_key: str = Field(max_length=64)  # upper-cased, for lookups as customers type it
    customer_id: str = Field(index=True, max_length=64)
    issue_date: date
    due_date: date
    amount: str = Field(max_length=40)
    currency: str = Field(default="EUR", max_length=8)
    balance: str = Field(max_length=40)
    po_number: str | None = Field(default=None, max_length=128)
    status: str = Field(default="open", max_length=32)
    sync_id: int | None = Field(default=None, foreign_key="erp_sync_run.id")


class ErpPaymentRow(SQLModel, table=True):
    __tablename__ = "erp_payment"
    __table_args__ = (UniqueConstraint("source", "payment_id", name="uq_erp_payment"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=32)
    payment_id: str = Field(max_length=128)
    customer_id: str | None = Field(default=None, index=True, max_length=64)  # None: unidentified cash
    paid_on: date = Field(index=True)
    amount: str = Field(max_length=40)
    currency: str = Field(default="EUR", max_length=8)
    reference: str = Field(default="", max_length=255)
    reference_key: str = Field(default="", index=True, max_length=255)  # letters and digits only, upper-cased
    method: str = Field(default="", max_length=64)
    applied_to: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sync_id: int | None = Field(default=None, foreign_key="erp_sync_run.id")


class ErpCreditNoteRow(SQLModel, table=True):
    __tablename__ = "erp_credit_note"
    __table_args__ = (UniqueConstraint("source", "credit_note_id", name="uq_erp_credit_note"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=32)
    credit_note_id: str = Field(max_length=128)
    number: str = Field(default="", max_length=64)
    customer_id: str | None = Field(default=None, index=True, max_length=64)
    issued_on: date
    amount: str = Field(max_length=40)
    currency: str = Field(default="EUR", max_length=8)
    remaining: str = Field(default="0", max_length=40)
    applied_to: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sync_id: int | None = Field(default=None, foreign_key="erp_sync_run.id")
