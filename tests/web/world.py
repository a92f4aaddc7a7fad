"""A small, known collections world for the web tests, built by running the real flow once:
world.json → Maildir → sync → worker (graph up to the approval interrupt) → demo users.

Built once per test session into a template directory; each test gets a copy (seconds saved per test).
"""

from __future__ import annotations

import json
import mailbox
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest
from dunmail.demo import DEMO_PASSWORD, ensure_demo_users
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from dunmail.wiring import Runtime, build_runtime
from dunmail.worker import process_pending

PASSWORD = DEMO_PASSWORD
XSS_HTML = (
    '<p>Hi, could you send us a copy of INV-2001 please?</p>'
    '<script>window.__xss = "script";</script>'
    '<img src="x" onerror="window.__xss = \'onerror\'">'
    '<a href="javascript:window.__xss=\'link\'">click</a>'
)

WORLD = {
    "as_of": "2024-05-10",
    "timezone": "Europe/Berlin",
    "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
    "customers": [
        {"id": "C001", "name": "Acme Tools Ltd", "domain": "acme.example", "contacts": [{"email": "ap@acme.example", "name": "Jane Payable"}], "owner": "alice"},
        {"id": "C002", "name": "Globex GmbH", "domain": "globex.example", "contacts": [{"email": "buchhaltung@globex.example", "name": "Hans Weber"}], "owner": "bob"},
        {"id": "C003", "name": "Initech Inc", "domain": "initech.example", "contacts": [{"email": "payables@initech.example", "name": "Peter Gibbons"}], "owner": "alice"},
    ],
    "invoices": [
        {"number": "INV-1001", "customer_id": "C001", "issue_date": "2024-03-01", "due_date": "2024-03-31", "amount": "1200.00", "balance": "1200.00"},
        {"number": "INV-2001", "customer_id": "C002", "issue_date": "2024-03-05", "due_date": "2024-04-04", "amount": "800.00", "balance": "800.00"},
        {"number": "INV-3001", "customer_id": "C003", "issue_date": "2024-02-20", "due_date": "2024-03-21", "amount": "430.50", "balance": "430.50"},
    ],
    "payments": [],
}


def _mail(frm: str, subject: str, body: str, message_id: str, html: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, "ar@northwind-supplies.example", subject
    m["Date"] = format_datetime(datetime(2024, 5, 9, 10, 0, tzinfo=timezone.utc))
    m["Message-ID"] = message_id
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    return m.as_bytes()


MAILS = [
    _mail("Jane Payable <ap@acme.example>", "Re: Overdue invoice INV-1001", "Hello,\nwe will pay invoice INV-1001 soon.\nRegards, Jane", "<p1@acme.example>"),
    _mail("Hans Weber <buchhaltung@globex.example>", "Re: INV-2001", "Hi, could you send us a copy of INV-2001 please?\nThanks, Hans", "<c1@globex.example>", html=XSS_HTML),
    _mail("Peter Gibbons <payables@initech.example>", "Re: INV-3001", "We dispute invoice INV-3001: the goods arrived damaged.\nPeter", "<d1@initech.example>"),
]


def ingest(rt: Runtime) -> int:
    """The real Maildir sync; falls back to storing file by file if the sync cannot run here."""
    from adapters.db.db import session_scope
    from adapters.mail.maildir import maildir_uid, sync_maildir
    from adapters.mail.store import store_inbound

    try:
        return sync_maildir(rt.engine, rt.settings.resolved_maildir)
    except AttributeError:  # adapters/mail/maildir.py uses Maildir.get_subdir (Python >= 3.13 only)
        box = mailbox.Maildir(str(rt.settings.resolved_maildir), create=False)
        stored = 0
        for key in sorted(box.iterkeys()):
            with session_scope(rt.engine) as session:
                stored += store_inbound(session, box.get_bytes(key), mailbox=f"maildir:{rt.settings.resolved_maildir.resolve()}", uid=maildir_uid(key)) is not None
        return stored


def build_template(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "world.json").write_text(json.dumps(WORLD), encoding="utf-8")
    box = mailbox.Maildir(str(directory / "mailbox"), create=True)
    for raw in MAILS:
        box.add(raw)
    settings = settings_for(directory)
    upgrade(settings.resolved_database_url)
    rt = build_runtime(settings)
    try:
        ingest(rt)
        process_pending(rt)
        ensure_demo_users(rt.engine, [c.owner for c in rt.erp.customers()])
    finally:
        rt.close()


def settings_for(directory: Path) -> Settings:
    return Settings(data_dir=directory, erp_world=directory / "world.json", session_secret="test-session-secret-not-for-production")  # type: ignore[arg-type]


@dataclass
class WebWorld:
    rt: Runtime
    data_dir: Path

    def item_for(self, customer_id: str) -> ApprovalRequest:
        with Session(self.rt.engine) as s:
            item = s.exec(select(ApprovalRequest).where(ApprovalRequest.customer_id == customer_id)).one()
            s.expunge(item)
            return item

    def reload(self, approval_id: int) -> ApprovalRequest:
        with Session(self.rt.engine) as s:
            item = s.get(ApprovalRequest, approval_id)
            assert item is not None
            s.expunge(item)
            return item

    def sent_mail(self) -> list[bytes]:
        cur = self.rt.settings.resolved_sent_maildir / "cur"
        new = self.rt.settings.resolved_sent_maildir / "new"
        return [p.read_bytes() for d in (cur, new) if d.exists() for p in sorted(d.iterdir())]


def copy_world(template: Path, target: Path) -> WebWorld:
    shutil.copytree(template, target)
    return WebWorld(build_runtime(settings_for(target)), target)
