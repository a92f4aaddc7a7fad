"""A month of dunning, day by day (November 2026), on a frozen clock and an ERP that moves with it.

Every morning `tick` runs; a manager batch-approves the routine reminders and a collector approves the
rest (except the strategic account, whose owner never does); customers reply on the days the story
says, and their replies go through the real worker. Each test below reads one customer's story;
the whole month runs once on SQLite and once on PostgreSQL.
"""

from __future__ import annotations

import email
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest, AuditEvent, OutboundMessage, Pause, PauseState, Promise
from adapters.mail.maildir import ensure_maildir, sync_maildir
from dunmail.metrics import collection_metrics, metrics_csv
from dunmail.migrate import upgrade
from dunmail.queue import QueueError
from dunmail.review import ReviewOutcome, approve, close
from dunmail.settings import Settings
from dunmail.tick import TickReport, approve_batch, resolve_dispute, tick
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending
from tests.dunning.world import SimErp, reply, write_world
from tests.fixtures.db import fresh_postgres

START, END = date(2026, 11, 1), date(2026, 11, 30)


@dataclass
class Sent:
    day: date
    to: str
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None
    attachments: list[str]


@dataclass
class Month:
    rt: object
    erp: SimErp
    ticks: dict[date, TickReport] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)
    batch: list[ReviewOutcome] = field(default_factory=list)
    second_tick_on_nov_7: TickReport | None = None

    def to(self, domain: str) -> list[Sent]:
        return [s for s in self.sent if s.to.endswith("@" + domain)]

    def audit(self, customer_id: str) -> list[AuditEvent]:
        with Session(self.rt.engine) as s:
            return list(s.exec(select(AuditEvent).where(AuditEvent.customer_id == customer_id).order_by(col(AuditEvent.id))).all())

    def items(self, customer_id: str) -> list[ApprovalRequest]:
        with Session(self.rt.engine) as s:
            return list(s.exec(select(ApprovalRequest).where(ApprovalRequest.customer_id == customer_id).order_by(col(ApprovalRequest.id))).all())


def _last_reminder_id(month: Month, domain: str) -> str | None:
    reminders = month.to(domain)
    return reminders[-1].message_id if reminders else None


def _customer_replies(month: Month, day: date) -> list[bytes]:
    """What customers write on this day (in reply to our last reminder to them)."""
    mails = []
    if day == date(2026, 11, 7):
        mails.append(reply("Petra Kessler <buchhaltung@brauhaus-kessler.example>", "AW: Zahlungserinnerung",
                           "Guten Tag,\n\nwir werden die Rechnung INV-2026-2001 am 12.11.2026 bezahlen.\n\nMit freundlichen Grüßen\nPetra Kessler",
                           day=day, message_id="<promise-brau@brauhaus-kessler.example>", in_reply_to=_last_reminder_id(month, "brauhaus-kessler.example")))
        mails.append(reply("Lucía García <pagos@garcia-suministros.example>", "RE: Recordatorio de pago",
                           "Hola,\n\nno estamos de acuerdo con la factura INV-2026-5001: el precio no corresponde a nuestro pedido. "
                           "Por favor, revisen la factura.\n\nSaludos\nLucía García",
                           day=day, message_id="<dispute-garcia@garcia-suministros.example>", in_reply_to=_last_reminder_id(month, "garcia-suministros.example")))
        mails.append(reply("Pieter Visser <crediteuren@visser-horeca.example>", "Automatic reply: Betalingsherinnering",
                           "I am out of the office until 2026-11-20 with limited access to email.",
                           day=day, message_id="<ooo-visser@visser-horeca.example>", in_reply_to=_last_reminder_id(month, "visser-horeca.example"),
                           headers={"Auto-Submitted": "auto-replied"}))
    if day == date(2026, 11, 5):
        mails.append(reply("Claire Dupont <compta@dupont-materiaux.example>", "RE: Rappel de paiement",
                           "Bonjour,\n\nnous paierons la facture INV-2026-4001 le 10 novembre 2026.\n\nCordialement\nClaire Dupont",
                           day=day, message_id="<promise-dupont@dupont-materiaux.example>", in_reply_to=_last_reminder_id(month, "dupont-materiaux.example")))
    return mails


def _collector_handles_replies(month: Month) -> None:
    """A collector approves the agent's drafted answers to replies (or closes them when there is none)."""
    rt = month.rt
    with Session(rt.engine) as s:
        items = s.exec(select(ApprovalRequest).where(ApprovalRequest.status == "pending", col(ApprovalRequest.inbound_id).is_not(None))).all()
    for item in items:
        # Our reminder went out the day before: the collector overrides the (overridable) touch limit.
        outcome = approve(rt, item.id, item.version, "alice", overrides=["outbound.touch_limit"]) if item.draft else None
        if outcome is None or outcome.status != "sent":
            with Session(rt.engine) as s:
                fresh = s.get(ApprovalRequest, item.id)
            close(rt, item.id, fresh.version, "alice", action="resolve", note="handled by phone")


def _reviewers_handle_reminders(month: Month) -> None:
    rt = month.rt
    with Session(rt.engine) as s:
        pending = s.exec(select(ApprovalRequest).where(ApprovalRequest.status == "pending", col(ApprovalRequest.inbound_id).is_(None))).all()
    month.batch += approve_batch(rt, [i.id for i in pending], "maria")
    with Session(rt.engine) as s:
        rest = s.exec(select(ApprovalRequest).where(ApprovalRequest.status == "pending", col(ApprovalRequest.inbound_id).is_(None))).all()
    for item in rest:
        if item.kind == "reminder" and item.customer_id != "C-BIG":  # the strategic account's owner never approves
            assert approve(rt, item.id, item.version, "alice").status == "sent"


def _collect_sent(month: Month, day: date, seen: set[str]) -> None:
    cur = month.rt.settings.resolved_sent_maildir / "cur"
    for path in sorted(cur.iterdir()) if cur.exists() else []:
        if path.name in seen:
            continue
        seen.add(path.name)
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = msg.get_body(preferencelist=("plain",))
        month.sent.append(Sent(day, str(msg["To"]), str(msg["Subject"]), body.get_content() if body else "", str(msg["Message-ID"]),
                               msg["In-Reply-To"], [p.get_filename() for p in msg.iter_attachments()]))


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def month(request, tmp_path_factory) -> Iterator[Month]:
    with ExitStack() as stack:
        database = {} if request.param == "sqlite" else {"database_url": stack.enter_context(fresh_postgres())}
        yield from _run_month(tmp_path_factory.mktemp(f"month-{request.param}"), database)


def _run_month(tmp: Path, database: dict[str, str]) -> Iterator[Month]:
    world = write_world(tmp / "world.json")
    settings = Settings(data_dir=tmp / "data", erp_world=world, outbox="maildir", _env_file=None, **database)
    upgrade(settings.resolved_database_url)
    erp = SimErp.from_file(world)
    rt = build_runtime(settings, erp=erp)
    m = Month(rt=rt, erp=erp)
    seen: set[str] = set()
    day = START
    while day <= END:
        with freeze_time(datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone.utc)):
            erp.set_day(day)
            if day == date(2026, 11, 12):
                erp.pay("INV-2026-2001", day)  # Brauhaus keeps its word
            if day == date(2026, 11, 20):
                disputed = _paused_rows(rt, "C-GARCIA")
                for row in disputed:
                    resolve_dispute(rt, row.customer_id, row.invoice or "", "alice", "price checked with sales: the invoice stands")
            m.ticks[day] = tick(rt, day)
            if day == date(2026, 11, 7):
                m.second_tick_on_nov_7 = tick(rt, day)
            _reviewers_handle_reminders(m)
            _collect_sent(m, day, seen)
            mails = _customer_replies(m, day)
            if mails:
                box = ensure_maildir(rt.settings.resolved_maildir)
                for raw in mails:
                    box.add(raw)
                sync_maildir(rt.engine, rt.settings.resolved_maildir)
                process_pending(rt)
                _collector_handles_replies(m)
                _collect_sent(m, day, seen)
        day += timedelta(days=1)
    yield m
    rt.close()


def _paused_rows(rt, customer_id: str) -> list[Pause]:
    with Session(rt.engine) as s:
        return list(s.exec(select(Pause).where(Pause.customer_id == customer_id, Pause.state == PauseState.active, col(Pause.until).is_(None))).all())


def test_reminders_go_out_stage_by_stage_as_one_email_listing_every_overdue_invoice(month):
    acme = month.to("acme-tools.example")
    assert [s.day.isoformat() for s in acme] == ["2026-11-01", "2026-11-07", "2026-11-12", "2026-11-18", "2026-11-25"]
    # before due, +3, +7 (a day late: we wrote 4 days earlier), +14, +21
    assert [s.subject.split(" –")[0] for s in acme] == ["Upcoming payment", "Payment reminder", "Payment reminder",
                                                        "Second reminder: overdue invoices", "Final reminder: overdue invoices"]
    for s in acme:
        assert s.to == "jo.baker@acme-tools.example"  # the AP contact, not purchasing
        assert "INV-2026-1001" in s.body and "INV-2026-1002" in s.body and "Total: 2,000.00 EUR" in s.body
    assert acme[-1].attachments == ["INV-2026-1001.pdf", "INV-2026-1002.pdf"]  # by policy from +14 on
    assert acme[0].attachments == []


def test_routine_stages_are_batch_approved_and_the_rest_left_for_review(month):
    approved = [o for o in month.batch if o.status == "sent"]
    skipped = [o.message for o in month.batch if o.message.startswith("skipped")]
    assert len(approved) >= 6  # before-due, +3 and +7 reminders across customers
    assert any("not batch-approvable" in m for m in skipped)  # +14/+21 need a collector
    assert any("flagged" in m for m in skipped)  # the strategic account and the broken-promise follow-up


def test_running_the_tick_twice_a_day_queues_nothing_new(month):
    assert month.ticks[date(2026, 11, 7)].queued  # the +3 reminder to Acme
    assert month.second_tick_on_nov_7.queued == []
    with Session(month.rt.engine) as s:
        threads = s.exec(select(ApprovalRequest.graph_thread_id)).all()
    assert len(threads) == len(set(threads))


def test_a_promise_kept_stops_dunning(month):
    brau = month.to("brauhaus-kessler.example")
    assert [(s.day.isoformat(), s.subject.split(" –")[0]) for s in brau] == [
        ("2026-11-01", "Bevorstehende Fälligkeit"),  # 1 day before due (stage -3)
        ("2026-11-06", "Zahlungserinnerung"),  # due + 3, a day late: the touch limit after the first one
        ("2026-11-07", "Re: Zahlungserinnerung"),  # the agent's confirmation of the promise; then nothing more
    ]
    assert "INV-2026-2001" in brau[1].body and "4.500,00 EUR" in brau[1].body
    with Session(month.rt.engine) as s:
        promise = s.exec(select(Promise).where(Promise.customer_id == "C-BRAU")).one()
    assert promise.status == "kept" and promise.promised_date == date(2026, 11, 12)
    kept = [e for e in month.audit("C-BRAU") if e.kind == "promise.kept"]
    assert len(kept) == 1 and kept[0].at.date() == date(2026, 11, 15)  # on the promised date + 3 days' grace
    assert "paid in the ERP" in kept[0].detail["reason"]


def test_a_broken_promise_is_followed_up_referencing_it(month):
    with Session(month.rt.engine) as s:
        promise = s.exec(select(Promise).where(Promise.customer_id == "C-DUPONT")).one()
    assert promise.status == "broken" and promise.promised_date == date(2026, 11, 10)
    assert any(e.kind == "promise.broken" and e.detail["reason"] == "still open in the ERP: INV-2026-4001" for e in month.audit("C-DUPONT"))
    followup = next(i for i in month.items("C-DUPONT") if i.reason.startswith("broken promise of 2026-11-10"))
    assert followup.kind == "reminder" and followup.flagged and followup.status == "sent"
    sent = next(s for s in month.to("dupont-materiaux.example") if s.day == date(2026, 11, 13))
    assert sent.subject == "Votre paiement prévu pour le 10/11/2026"
    assert "10/11/2026" in sent.body and "INV-2026-4001" in sent.body and "3 000,00 EUR" in sent.body
    # Between the promise and its date + grace no reminder went out.
    assert not [s for s in month.to("dupont-materiaux.example") if date(2026, 11, 6) <= s.day < date(2026, 11, 13)]


def test_a_dispute_pauses_dunning_until_a_human_resolves_it(month):
    garcia = month.to("garcia-suministros.example")
    reminders = [s for s in garcia if s.in_reply_to is None]
    assert [s.day.isoformat() for s in reminders[:3]] == ["2026-11-01", "2026-11-06", "2026-11-20"]  # nothing while disputed
    assert reminders[1].subject.startswith("Recordatorio de pago") and reminders[2].subject.startswith("Segundo recordatorio")
    # Reading the dispute only proposed the pause; the collector's approval of the answer made it real.
    proposed = [e for e in month.audit("C-GARCIA") if e.kind == "pause.proposed" and e.detail["reason"].startswith("dispute")]
    activated = [e for e in month.audit("C-GARCIA") if e.kind == "pause.activated" and e.detail["reason"].startswith("dispute")]
    assert proposed and activated and activated[0].actor == "alice" and activated[0].at >= proposed[0].at
    resolved = [e for e in month.audit("C-GARCIA") if e.kind == "dispute.resolved"]
    assert len(resolved) == 1 and resolved[0].actor == "alice" and resolved[0].detail["paused_for"][0].startswith("dispute")
    assert any(e.kind == "pause.lifted" and e.actor == "alice" for e in month.audit("C-GARCIA"))


def test_out_of_office_resumes_on_the_return_date(month):
    visser = [s for s in month.to("visser-horeca.example") if s.in_reply_to is None]
    assert [s.day.isoformat() for s in visser[:3]] == ["2026-11-01", "2026-11-06", "2026-11-20"]
    assert visser[1].subject.startswith("Betalingsherinnering")
    resumed = [e for e in month.audit("C-VISSER") if e.kind == "pause.lifted"]
    assert resumed and resumed[0].at.date() == date(2026, 11, 20) and "out of office" in resumed[0].detail["reason"]


def test_nothing_is_sent_to_do_not_contact_or_legal_customers(month):
    assert month.to("quiet-traders.example") == [] and month.items("C-QUIET") == []
    assert month.to("litigious.example") == []
    legal = month.items("C-LEGAL")
    assert legal and all(i.kind == "route" and i.draft is None and "flagged legal" in i.reason for i in legal)


def test_a_strategic_account_waits_for_its_owner(month):
    [item] = month.items("C-BIG")
    assert item.kind == "reminder" and item.status == "pending" and item.flagged and item.owner == "carla"
    assert "owner's (carla) approval" in item.reason
    assert month.to("bigcorp.example") == []


def test_an_approved_reminder_is_sent_exactly_once(month):
    rt = month.rt
    item = next(i for i in month.items("C-ACME") if i.status == "sent")
    with pytest.raises(QueueError):
        approve(rt, item.id, item.version, "alice")
    with Session(rt.engine) as s:
        outbound = s.exec(select(OutboundMessage).where(OutboundMessage.approval_id == item.id)).one()
    assert [x.message_id for x in month.sent].count(outbound.message_id) == 1
    assert len({x.message_id for x in month.sent}) == len(month.sent)


def test_the_month_in_metrics(month):
    metrics = collection_metrics(month.rt.engine, month.erp, END)
    assert metrics["promises_kept"] == 1 and metrics["broken_promises"] == 1 and metrics["promise_kept_rate"] == 0.5
    assert metrics["automation_rate"] == 1.0 and metrics["sent"] == len(month.sent)
    [(currency, book)] = metrics["currencies"].items()  # the month is all in EUR
    assert currency == "EUR" and book["recovery_rate"] is not None and book["recovery_rate"] > 0
    assert book["overdue_by_stage"]["due_plus_21"]["invoices"] >= 2
    assert metrics["time_to_first_response_median_h"] is not None
    assert "promise kept rate,50.0%" in metrics_csv(metrics)
