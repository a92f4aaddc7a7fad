"""Assemble the hand-written field threads into the dataset contract (world.json + threads.jsonl).

The reply texts and their labels are written by hand in evals/field/threads_*.py. This module
only wraps each reply in the envelope a mail server would deliver (our reminder it answers, the
quoted block a mail client adds, an HTML-only body for Outlook replies) and applies the mechanical
parts of evals/LABELING.md that follow from world.json (account flags, unknown senders, which
intents need a human, pause_dunning). Deterministic: re-running writes identical bytes.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.contracts import INTENT_PRECEDENCE_NAMES
from evals.field.world import AS_OF, COMPANY, CUSTOMERS
from evals.generate.build_datasets import ALWAYS_HUMAN, PAUSE_INTENTS

OUT = Path(__file__).resolve().parents[1] / "datasets" / "field"
AR = COMPANY["ar_mailbox"]
HUMAN_INTENTS = ALWAYS_HUMAN  # the labelling rules (evals/LABELING.md) live in one place: the generator
PAUSING = PAUSE_INTENTS
BUSINESS = {"promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"}
PRECEDENCE = INTENT_PRECEDENCE_NAMES


@dataclass
class Payment:
    id: str
    customer_id: str | None
    date: str
    amount: str
    currency: str
    reference: str
    method: str = "transfer"


@dataclass
class Reply:
    """One hand-written reply and its labels. Only what cannot be derived is written per reply."""

    cust: str
    at: str  # the reply's Date, ISO with the sender's offset
    body: str
    intent: str
    date: str | None = None
    amount: str | None = None
    ref: str | None = None
    inv: list[str] | None = None  # invoice suffixes the reply names (None: derive per LABELING)
    sec: list[str] = field(default_factory=list)
    human: list[str] = field(default_factory=list)  # content rules that fired (partial, conditional…)
    lang: str | None = None
    fam: list[str] = field(default_factory=list)  # error families and voices, for the report's tables
    sender: int | str = 1  # contact index, or a full address
    html: bool = False
    quote: str | None = "auto"  # auto | gmail | outlook | none
    subject: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    attachments: list[tuple[str, str, str]] = field(default_factory=list)
    reminded: list[str] | None = None  # invoices our reminder listed (default: all open)
    gap_days: int = 4
    note: str = ""
    dsn: tuple[str, str] | None = None  # bounce: (failed recipient, status)
    partial: bool | None = None  # None: an amount makes the promise partial; False: the amount is all the reply is about


def _customer(cid: str, customers: list[tuple[Any, ...]] = CUSTOMERS) -> tuple[Any, ...]:
    return next(c for c in customers if c[0] == cid)


def _contacts(c: tuple[Any, ...]) -> list[str]:
    return [f"{local}@{c[2]}" for local, _, _ in c[7]]


def _num(suffix: str) -> str:
    return suffix if suffix.startswith("INV-") else f"INV-2026-{suffix}"


def _money(amount: str, cur: str, lang: str) -> str:
    s = f"{Decimal(amount):,.2f}"
    if lang != "en":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{cur} {s}"


_REMINDER = {
    "en": ("Reminder: overdue invoices – {name}", "Dear {who},\n\nAccording to our records the following invoices are past due:\n\n{table}\n\nIf you have already paid, please send us the payment date and reference. Otherwise we would be grateful for payment.\n\nKind regards\n\nAccounts Receivable\nNorthwind Supplies GmbH"),
    "de": ("Zahlungserinnerung – {name}", "Guten Tag {who},\n\nnach unseren Unterlagen sind folgende Rechnungen überfällig:\n\n{table}\n\nFalls Sie bereits bezahlt haben, teilen Sie uns bitte Datum und Referenz mit.\n\nMit freundlichen Grüßen\n\nDebitorenbuchhaltung\nNorthwind Supplies GmbH"),
    "fr": ("Relance : factures échues – {name}", "Bonjour {who},\n\nSauf erreur de notre part, les factures suivantes sont échues :\n\n{table}\n\nSi le règlement a déjà été effectué, merci de nous indiquer la date et la référence.\n\nCordialement\n\nComptabilité clients\nNorthwind Supplies GmbH"),
    "es": ("Recordatorio: facturas vencidas – {name}", "Estimado/a {who}:\n\nSegún nuestros registros, las siguientes facturas están vencidas:\n\n{table}\n\nSi ya realizaron el pago, les rogamos nos indiquen la fecha y la referencia.\n\nUn saludo\n\nCuentas a cobrar\nNorthwind Supplies GmbH"),
    "nl": ("Herinnering: vervallen facturen – {name}", "Beste {who},\n\nVolgens onze administratie staan de volgende facturen nog open:\n\n{table}\n\nAls u al betaald heeft, laat u ons dan de datum en referentie weten?\n\nMet vriendelijke groet\n\nDebiteurenadministratie\nNorthwind Supplies GmbH"),
    "pt": ("Lembrete: faturas vencidas – {name}", "Caro(a) {who},\n\nDe acordo com os nossos registos, as seguintes faturas estão vencidas:\n\n{table}\n\nSe o pagamento já foi efetuado, agradecemos que nos indique a data e a referência.\n\nCom os melhores cumprimentos\n\nContas a receber\nNorthwind Supplies GmbH"),
}

_QUOTE_HEAD = {
    "gmail": "On {d:%a, %d %b %Y at %H:%M}, Northwind Supplies AR <" + AR + "> wrote:",
    "de": "Am {d:%d.%m.%Y} um {d:%H:%M} schrieb Northwind Supplies Debitoren <" + AR + ">:",
    "fr": "Le {d:%d/%m/%Y} à {d:%H:%M}, Northwind Supplies <" + AR + "> a écrit :",
    "es": "El {d:%d/%m/%Y} a las {d:%H:%M}, Northwind Supplies <" + AR + "> escribió:",
    "nl": "Op {d:%d-%m-%Y} om {d:%H:%M} schreef Northwind Supplies <" + AR + ">:",
    "pt": "Em {d:%d/%m/%Y} às {d:%H:%M}, Northwind Supplies <" + AR + "> escreveu:",
}


def _reminder(c: tuple[Any, ...], invoices: list[tuple[Any, ...]], sent: datetime, to: str) -> dict[str, Any]:
    lang = c[3]
    subject, text = _REMINDER[lang]
    who = next((n for _, n, _ in c[7] if n), c[1])
    table = "\n".join(f"{_num(i[0])}    {i[3]}    {_money(i[1], i[2], lang)}" for i in invoices)
    digest = hashlib.sha1(f"{c[0]}{sent.isoformat()}{to}".encode()).hexdigest()
    return {"direction": "outbound", "from": AR, "to": [to], "cc": [], "date": sent.isoformat(), "subject": subject.format(name=c[1]),
            "message_id": f"<dunmail.{digest[:12]}.{digest[12:18]}@northwind-supplies.example>", "in_reply_to": None, "references": [],
            "body": text.format(who=who, table=table), "html": None, "headers": {}, "attachments": []}


def _quoted(style: str, lang: str, reminder: dict[str, Any]) -> str:
    sent = datetime.fromisoformat(reminder["date"])
    if style == "outlook":
        return ("\n\n________________________________\nFrom: Northwind Supplies AR <" + AR + ">\n"
                f"Sent: {sent:%A, %d %B %Y %H:%M}\nTo: {reminder['to'][0]}\nSubject: {reminder['subject']}\n\n{reminder['body']}")
    head = _QUOTE_HEAD["gmail" if style == "gmail" or lang == "en" else lang].format(d=sent)
    return "\n\n" + head + "\n" + "\n".join("> " + line if line else ">" for line in reminder["body"].splitlines())


def _outlook_html(text: str) -> str:
    """How Outlook sends an HTML-only reply: Word-style paragraphs, a reply separator div."""
    own, _, quoted = text.partition("\n\n________________________________\n")
    # a line written as markup (a hidden comment, a styled span) is kept as the sender's client sent it
    paras = "".join(line if line.startswith("<") else f'<p class="MsoNormal">{htmllib.escape(line) or "&nbsp;"}<o:p></o:p></p>' for line in own.splitlines())
    tail = ""
    if quoted:
        tail = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                + "<br>".join(htmllib.escape(line) for line in quoted.splitlines()) + "</p></div>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            f'<body lang="EN-GB" link="#0563C1"><div class="WordSection1">{paras}{tail}</div></body></html>')


def _sender(c: tuple[Any, ...], r: Reply) -> str:
    return r.sender if isinstance(r.sender, str) else _contacts(c)[r.sender]


def _expected(r: Reply, c: tuple[Any, ...], reminded: list[str], sent: datetime, frm: str,
              customers: list[tuple[Any, ...]] = CUSTOMERS) -> dict[str, Any]:
    intents = [r.intent, *r.sec]
    assert r.intent in PRECEDENCE and all(s in PRECEDENCE for s in r.sec), r
    assert sorted(intents, key=PRECEDENCE.index) == intents, f"precedence order: {intents} ({r.body[:40]})"
    if r.inv is not None:
        invoices = [_num(i) for i in r.inv]
    elif r.intent in BUSINESS:
        invoices = list(reminded)
    else:
        invoices = []
    reasons = [f"{i} needs a person" for i in intents if i in HUMAN_INTENTS]
    reasons += list(r.human)
    if "promise_to_pay" in intents:
        assert r.date or {"undated", "conditional"} & set(r.human), f"undated promise without a reason: {r.body[:60]}"
        if r.amount and "partial" not in r.human and r.partial is not False:
            reasons.append("partial")
        if r.date and date.fromisoformat(r.date) > sent.date() + timedelta(days=30):
            reasons.append("dated more than 30 days out")
    if r.intent == "other":
        assert r.human or "no-action" in r.fam, f"other must say whether it needs action: {r.body[:60]}"
    if c[5]:
        reasons.append("account flagged " + ", ".join(c[5]))
    known = {e.lower() for cust in customers for e in _contacts(cust)}
    if r.intent != "bounce" and frm.lower() not in known:
        reasons.append("sender not a known contact")
    pause = r.intent in PAUSING or bool({"legal", "do_not_contact"} & set(c[5]))
    facts = [r.intent] + [f"also {s}" for s in r.sec]
    facts += [f"date {r.date}"] if r.date else []
    facts += [f"amount {r.amount}"] if r.amount else []
    facts += [f"ref {r.ref}"] if r.ref else []
    why = "; ".join(facts) + (f" ({r.note})" if r.note else "") + ("; human: " + ", ".join(reasons) if reasons else "; no human needed")
    return {"intent": r.intent, "secondary_intents": r.sec, "promise_date": r.date, "promise_amount": r.amount,
            "invoice_numbers": invoices, "payment_reference": r.ref, "needs_human": bool(reasons), "pause_dunning": pause,
            "language": r.lang or c[3], "why": why, "families": r.fam, "locale": c[4]}


def thread(index: int, r: Reply, customers: list[tuple[Any, ...]] = CUSTOMERS, prefix: str = "field") -> dict[str, Any]:
    c = _customer(r.cust, customers)
    at = datetime.fromisoformat(r.at)
    open_invoices = [i for i in c[8]]
    reminded_inv = [i for i in open_invoices if r.reminded is None or i[0] in r.reminded]
    to = _contacts(c)[r.sender] if isinstance(r.sender, int) else _contacts(c)[0]
    # our reminders leave Hamburg at 09:05 local time, a few days before the reply
    sent = datetime.combine((at - timedelta(days=r.gap_days)).date(), time(9, 5), tzinfo=timezone(timedelta(hours=1)))
    reminder = _reminder(c, reminded_inv, sent, to)
    frm = _sender(c, r)
    digest = hashlib.sha1(f"{index}{r.body}".encode()).hexdigest()
    body = r.body.strip("\n")
    style = r.quote
    if style == "auto":
        style = "outlook" if r.html else ("gmail" if c[3] == "en" else c[3])
    if style and style != "none" and not r.dsn:
        body += _quoted(style, c[3], reminder)
    reply: dict[str, Any] = {"direction": "inbound", "from": frm, "to": [AR], "cc": [], "date": at.isoformat(),
                             "subject": r.subject if r.subject is not None else "RE: " + reminder["subject"],
                             "message_id": f"<{digest[:16]}.{digest[16:24]}@{frm.split('@')[1]}>",
                             "in_reply_to": reminder["message_id"], "references": [reminder["message_id"]],
                             "body": "" if r.html else body, "html": _outlook_html(body) if r.html else None,
                             "headers": dict(r.headers), "attachments": [{"filename": f, "content_type": t, "text": x} for f, t, x in r.attachments]}
    if r.dsn:
        failed, status = r.dsn
        reply["headers"].setdefault("Auto-Submitted", "auto-replied")
        reply["headers"]["Content-Type"] = "multipart/report; report-type=delivery-status"
        reply["attachments"] = [
            {"filename": "status.txt", "content_type": "message/delivery-status",
             "text": f"Reporting-MTA: dns; {frm.split('@')[1]}\n\nFinal-Recipient: rfc822; {failed}\nAction: failed\nStatus: {status}\n"},
            {"filename": "original.eml", "content_type": "message/rfc822", "text": f"Subject: {reminder['subject']}\nTo: {failed}\n\n{reminder['body'][:400]}"}]
    expected = _expected(r, c, [_num(i[0]) for i in reminded_inv], at, frm, customers)
    return {"id": f"{prefix}-{index:04d}", "messages": [reminder, reply], "expected": expected}


def world(payments: list[Payment], split: list[tuple[Any, ...]] = CUSTOMERS, as_of: str = AS_OF) -> dict[str, Any]:
    customers, invoices = [], []
    for c in split:
        customers.append({"id": c[0], "name": c[1], "domain": c[2], "contacts": [{"email": e, "name": n, "role": role} for e, (_, n, role) in zip(_contacts(c), c[7])],
                          "flags": c[5], "owner": c[6], "language": c[3]})
        for suffix, amount, cur, due, po in c[8]:
            issue = date.fromisoformat(due) - timedelta(days=30)
            invoices.append({"number": _num(suffix), "customer_id": c[0], "issue_date": issue.isoformat(), "due_date": due, "amount": amount,
                             "currency": cur, "balance": amount, "po_number": po, "status": "open"})
    pays = [{"id": p.id, "customer_id": p.customer_id, "date": p.date, "amount": p.amount, "currency": p.currency, "reference": p.reference,
             "method": p.method, "applied_to": []} for p in payments]
    return {"as_of": as_of, "timezone": "Europe/Berlin", "company": COMPANY, "customers": customers, "invoices": invoices, "payments": pays}


def collect(package: str = "evals.field") -> tuple[list[Reply], list[Payment]]:
    import importlib
    import pkgutil

    pkg = importlib.import_module(package)

    replies: list[Reply] = []
    payments: list[Payment] = []
    for mod in sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("threads_")):
        module = importlib.import_module(f"{package}.{mod}")
        replies += module.REPLIES
        payments += getattr(module, "PAYMENTS", [])
    return replies, payments


def weekday_reminder(r: Reply) -> Reply:
    """The reply with our reminder moved back to the Friday when it would fall on a Saturday or Sunday (the gap widened
    until the reminder's day is a Monday–Friday): only the envelope changes, never a label. Splits since field65 pass
    it as `adjust`, because no AR team sends reminders at the weekend."""
    gap = r.gap_days
    while (datetime.fromisoformat(r.at) - timedelta(days=gap)).weekday() >= 5:
        gap += 1
    return r if gap == r.gap_days else replace(r, gap_days=gap)


def main(package: str = "evals.field", customers: list[tuple[Any, ...]] = CUSTOMERS, as_of: str = AS_OF,
         out: Path = OUT, prefix: str = "field", adjust: Callable[[Reply], Reply] | None = None) -> None:
    """Write one hand-written split (field by default; evals/field2 passes its own world and package).

    `adjust` lets a split change each reply's envelope before it is built (field65 keeps reminders off weekends).
    """
    replies, payments = collect(package)
    if adjust is not None:
        replies = [adjust(r) for r in replies]
    out.mkdir(parents=True, exist_ok=True)
    (out / "world.json").write_text(json.dumps(world(payments, customers, as_of), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [json.dumps(thread(i, r, customers, prefix), ensure_ascii=False) for i, r in enumerate(replies, 1)]
    (out / "threads.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} threads, {len(payments)} payments → {out}")


if __name__ == "__main__":
    main()
