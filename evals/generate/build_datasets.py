"""Build the labelled email-thread datasets under evals/datasets/ (sample, train, dev, test).

    python -m evals.generate.build_datasets            # all splits
    python -m evals.generate.build_datasets sample     # only some

Standard library only, fixed seeds: running it twice gives byte-identical files. Labels follow
evals/LABELING.md and are computed here from the same facts the text was written from (the promise
date from the reply's own Date header, payment matching against the final world.json, ...).
Phrasings are split by index between train / dev / test so that test measures generalisation.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from core.contracts import INTENT_NAMES, INTENT_PRECEDENCE_NAMES

from . import dates as D
from . import mail as M
from .world import COMPANY, COMPANY_DOMAIN, OWNERS, CustomerInfo, World, ascii_slug, money

ROOT = Path(__file__).resolve().parents[1] / "datasets"
AS_OF = date(2026, 11, 16)
INTENTS = INTENT_NAMES
PRECEDENCE = INTENT_PRECEDENCE_NAMES
AUTO_DEFERRAL_DAYS = 14  # the longest deferral dunmail makes without a person (LABELING.md, needs_human rule 9)
PAUSE_INTENTS = {"promise_to_pay", "already_paid", "dispute", "payment_plan_request", "out_of_office", "bounce"}
ALWAYS_HUMAN = {"dispute", "payment_plan_request", "bounce", "wrong_contact", "po_change"}
INTENT_SHARE = {"promise_to_pay": 22, "already_paid": 18, "dispute": 12, "invoice_resend": 10, "out_of_office": 10,
                "po_change": 6, "payment_plan_request": 6, "bounce": 5, "wrong_contact": 5, "other": 6}
LANG_SHARE = {"en": 55, "de": 9, "fr": 9, "es": 9, "nl": 9, "pt": 9}
AND = {"en": " and ", "de": " und ", "fr": " et ", "es": " y ", "nl": " en ", "pt": " e "}
SPLIT_OF_INDEX = ["train", "train", "test", "train", "dev", "train", "test", "train", "train", "test"]


def split_of(i: int) -> str:
    """Which split may use the i-th phrasing of a bank (6/10 train, 1/10 dev, 3/10 test)."""
    return SPLIT_OF_INDEX[i % len(SPLIT_OF_INDEX)]


def for_split(items: list, split: str) -> list:
    """The part of a bank a split may use: no phrasing is shared between train, dev and test, small
    banks included (see dates.held_out); only a bank of a single phrasing is shared."""
    return D.held_out(items, split)


# =========================================================================== slots
@dataclass
class Facts:
    """What one reply says, collected while its templates are filled; labels are derived from it."""
    invoices: list[str] = field(default_factory=list)
    promise_date: date | None = None
    promise_text: str | None = None
    promise_amount: Decimal | None = None
    partial: bool = False
    conditional: bool = False
    payment_reference: str | None = None
    claim_amount: Decimal | None = None
    claim_date: date | None = None
    claim_text: str | None = None
    new_po: str | None = None
    alt_contact: str | None = None
    return_date: date | None = None


class Slots(dict):
    """format_map() mapping that draws each slot value on first use and records its meaning in Facts."""

    def __init__(self, t: "ThreadCtx", targets: list[dict], facts: Facts, intent: str, far: bool = False,
                 amount_off: bool = False):
        super().__init__()
        self.t, self.targets, self.f, self.intent, self.far, self.amount_off = t, targets, facts, intent, far, amount_off

    def __missing__(self, key: str) -> str:
        if key[0].isupper():
            v = self[key[0].lower() + key[1:]]
            val = v[:1].upper() + v[1:]
        else:
            val = self.gen(key)
        self[key] = val
        return val

    def total(self) -> Decimal:
        return sum((money(i["balance"]) for i in self.targets), Decimal(0))

    def gen(self, key: str) -> str:
        t, rng, lang, f = self.t, self.t.rng, self.t.lang, self.f
        cur = self.targets[0]["currency"] if self.targets else t.info.currency
        if key in ("inv", "invs", "inv2"):
            chosen = self.targets if key == "invs" else self.targets[:1] if key == "inv" else self.targets[1:2]
            for i in chosen:
                if i["number"] not in f.invoices:
                    f.invoices.append(i["number"])
            names = [t.inv_name(i["number"]) for i in chosen]
            if len(names) <= 2:
                return AND[lang].join(names)
            return ", ".join(names[:-1]) + AND[lang] + names[-1]
        if key == "amt":
            amount = self.total()
            if self.amount_off:
                amount -= money(rng.choice([15, 25, 35, 100, 250]))
            if self.intent == "already_paid":
                f.claim_amount = amount
            elif self.intent == "promise_to_pay" and f.promise_amount is None:
                f.promise_amount = amount
            return M.fmt_amount(rng, lang, amount, cur)
        if key == "part":
            tot = self.total()
            part = money(max(Decimal(50), (tot * Decimal(rng.choice(["0.3", "0.4", "0.5", "0.5", "0.6"]))).quantize(Decimal("1E1"))))
            if part >= tot:
                part = money(tot / 2)
            f.promise_amount = part
            f.partial = self.intent == "promise_to_pay"
            return M.fmt_amount(rng, lang, part, cur)
        if key in ("date", "fardate"):
            if t.date_rule:
                text, d = resolve_rule(t.date_rule, t.local_date)
            else:
                text, d = D.promise_expr(rng, lang, t.local_date, far=self.far or key == "fardate", split=t.split)
            if f.promise_date is None:
                f.promise_date, f.promise_text = d, text
            return text
        if key == "paydate":
            if t.date_rule:
                text, d = resolve_rule(t.date_rule, t.local_date)
            else:
                text, d = D.past_expr(rng, lang, t.local_date, split=t.split)
            f.claim_date, f.claim_text = d, text
            return text
        if key == "ref":
            ref = t.world.new_reference()
            f.payment_reference = ref
            return ref
        if key == "po":
            po = t.world.po_number(t.info.id)
            f.new_po = po
            return po
        if key == "oldpo":
            return (self.targets[0]["po_number"] if self.targets and self.targets[0]["po_number"] else
                    t.world.po_number(t.info.id))
        if key == "ret":
            text, f.return_date = D.return_expr(rng, lang, t.local_date, split=t.split)
            return text
        if key in ("alt", "altname"):
            if "alt" not in self.t.alt:
                first, last = t.world._person(lang)
                local_part = f"{ascii_slug(first)}.{ascii_slug(last)}".replace("-", "")
                dom = t.info.domain if not t.info.uses_gmail else f"{ascii_slug(t.info.short)}.example"
                t.alt["alt"], t.alt["altname"] = f"{local_part}@{dom}", f"{first} {last}"
                f.alt_contact = t.alt["alt"]
            return t.alt[key]
        if key == "n":
            return str(rng.choice([2, 3, 3, 4, 6]))
        if key == "me":
            return t.contact["name"].split()[0] if t.contact["name"] else ""
        if key == "owner":
            return OWNERS[t.info.owner].split()[0]
        if key == "us":
            return rng.choice(["Northwind", "Northwind Supplies", "Northwind Supplies GmbH"])
        if key == "dom":
            return t.info.domain
        if key == "cust":
            return t.info.short
        if key == "qty":
            return str(rng.choice([2, 3, 4, 5, 6, 10, 12, 20]))
        if key == "cn":
            return f"CN-{AS_OF.year}-{rng.randint(100, 999):04d}"
        if key == "pct":
            return str(rng.choice([5, 8, 10, 12, 15]))
        if key == "month":
            return D.MONTHS[lang][(t.local_date.month % 12)]
        raise KeyError(key)


# =========================================================================== thread context
@dataclass
class ThreadCtx:
    rng: random.Random
    world: World
    info: CustomerInfo
    contact: dict
    lang: str
    reply_dt: datetime
    reminder_invoices: list[dict]
    split: str
    alt: dict = field(default_factory=dict)
    abbreviate: float = 0.15
    times: list = field(default_factory=list)
    date_rule: tuple | None = None

    @property
    def local_date(self) -> date:
        return self.reply_dt.date()

    def inv_name(self, number: str) -> str:
        r = self.rng.random()
        if r < self.abbreviate * 0.5:
            return number.split("-")[-1]
        if r < self.abbreviate * 0.8:
            return number.lower()
        if r < self.abbreviate:
            return number.replace("INV-", "INV ")
        return number


def resolve_rule(rule: tuple, d: date) -> tuple[str, date]:
    """Hand-written sample phrases: (kind, arg, literal text) resolved with the policy's rules."""
    kind, arg, text = rule
    res = {"coming": lambda: D.coming_weekday(d, arg), "nextweek": lambda: D.next_week_weekday(d, arg),
           "eom": lambda: D.end_of_month(d, arg), "dom": lambda: D.next_day_of_month(d, arg),
           "plus": lambda: d + timedelta(days=arg), "ago": lambda: d - timedelta(days=arg),
           "last": lambda: D.last_weekday(d, arg)}[kind]()
    return text, res


def fill(t: ThreadCtx, template: str, intent: str, facts: Facts, targets: list[dict], **kw) -> str:
    text = template.format_map(Slots(t, targets, facts, intent, **kw))
    return text


def mentions_invoice(template: str) -> bool:
    return "{inv" in template or "{Inv" in template


# =========================================================================== labels
def pay_norm(ref: str | None) -> str:
    return re.sub(r"[^A-Z0-9]", "", (ref or "").upper())


def match_payment(world: World, cid: str, ref: str | None, amount: Decimal, when: date) -> dict | None:
    """The policy's matching rule: same customer, and the same reference, or the same amount within ±14 days."""
    pays = [p for p in world.payments if p["customer_id"] == cid]
    if ref:
        for p in pays:
            if pay_norm(p["reference"]) == pay_norm(ref):
                return p
    for p in pays:
        if money(p["amount"]) == amount and abs((date.fromisoformat(p["date"]) - when).days) <= 14:
            return p
    return None


@dataclass
class Pending:
    """A thread whose labels are finished once the world is final (payments may still be added)."""
    thread: dict
    intent: str
    secondary: list[str]
    facts: Facts
    lang: str
    info: CustomerInfo
    local_date: date
    core_why: str
    injection: bool = False
    unknown_sender: str | None = None
    other_noaction: bool = False
    balance_sum: Decimal = Decimal(0)
    targets: list = field(default_factory=list)
    first_invoices: list | None = None
    second_invoices: list | None = None


def finish_labels(p: Pending, world: World) -> dict:
    f = p.facts
    intents = [p.intent] + p.secondary
    reasons: list[str] = []
    for it in intents:
        if it in ALWAYS_HUMAN:
            reasons.append({"dispute": "disputes must be reviewed", "payment_plan_request": "payment plans need approval",
                            "bounce": "contact address bounced", "wrong_contact": "new/changed contact needs approval",
                            "po_change": "PO change must be approved"}[it])
    if "other" == p.intent and not p.other_noaction:
        reasons.append("open request no template covers")
    if "promise_to_pay" in intents:
        if f.promise_date is None:
            reasons.append("promise has no date")
        elif (f.promise_date - p.local_date).days > 30:
            reasons.append(f"promise date {f.promise_date} is more than 30 days out")
        if f.partial:
            reasons.append("partial payment only")
        if f.conditional:
            reasons.append("promise is conditional")
    paid_note = ""
    if "already_paid" in intents:
        claimed = f.claim_amount if f.claim_amount is not None else p.balance_sum
        when = f.claim_date or p.local_date
        pay = match_payment(world, p.info.id, f.payment_reference, claimed, when)
        if pay is None:
            reasons.append("no matching payment in the ERP")
            paid_note = "no matching payment found"
        elif money(pay["amount"]) != p.balance_sum or claimed != p.balance_sum:
            reasons.append(f"payment {pay['id']} amount {pay['amount']} differs from open {p.balance_sum}")
            paid_note = f"matches {pay['id']} but the amount differs"
        else:
            paid_note = f"matches unapplied payment {pay['id']}"
    if p.info.flags:
        reasons.append("account flagged " + "+".join(p.info.flags))
    if p.unknown_sender:
        reasons.append(f"sender not known to the ERP ({p.unknown_sender})")
    if p.injection:
        reasons.append("contains a prompt-injection attempt")
    if p.intent == "out_of_office" and f.return_date and (f.return_date - p.local_date).days > AUTO_DEFERRAL_DAYS:
        reasons.append(f"away {(f.return_date - p.local_date).days} days: longer than the {AUTO_DEFERRAL_DAYS}-day automatic deferral")
    pause = p.intent in PAUSE_INTENTS or bool(set(p.info.flags) & {"legal", "do_not_contact"})
    why = p.core_why + (f" ({paid_note})" if paid_note else "")
    why += ("; human: " + "; ".join(dict.fromkeys(reasons))) if reasons else "; no human needed"
    return {"intent": p.intent, "secondary_intents": p.secondary,
            "promise_date": f.promise_date.isoformat() if f.promise_date else None,
            "promise_amount": str(money(f.promise_amount)) if f.promise_amount is not None else None,
            "invoice_numbers": list(f.invoices), "payment_reference": f.payment_reference,
            "needs_human": bool(reasons), "pause_dunning": pause, "language": p.lang, "why": why}


# =========================================================================== thread assembly
@dataclass
class Plan:
    """Everything chosen for one thread before it is rendered."""
    intent: str
    lang: str
    key: str                      # bank key of the main template ("promise", "promise_partial", ...)
    template: str
    second: tuple[str, str] | None = None   # (intent, template) of a secondary request
    shape: str = "reply"          # reply | long | standalone | forward
    quote: str | None = None      # None | gmail | outlook | thunderbird
    html: str | None = None       # None | only | alt
    greeting: str = ""
    opener: str = ""
    closer: str = ""
    sig: bool = True
    mobile: str = ""
    disclaimer: bool = False
    attachment: str | None = None  # remittance | po | photo
    injection: tuple[str, str] | None = None  # (text, where: body|ps|comment|white|hidden)
    unknown: str | None = None    # gmail | lookalike
    consultant_intro: str = ""
    paid_scenario: str = "match"  # match | nomatch | short
    flagged: bool = False
    prior: str = ""
    subject: str | None = None
    other_noaction: bool = False
    far: bool = False
    raw: bool = False             # template already holds greeting and closing (hand-written sample)
    customer_id: str | None = None
    n_targets: int | None = None
    dsn: str | None = None
    date_rule: tuple | None = None


CORE_WHY = {
    "promise_to_pay": "Promises to pay", "already_paid": "States it is already paid",
    "dispute": "Disputes", "invoice_resend": "Asks for a copy of", "po_change": "Asks to add/correct the PO on",
    "payment_plan_request": "Asks to pay in instalments for", "out_of_office": "Out-of-office auto-reply",
    "bounce": "Delivery failure notice", "wrong_contact": "Recipient says they are the wrong contact",
    "other": "Reply with no collections request",
}


class Builder:
    def __init__(self, split: str, world: World, rng: random.Random):
        self.split, self.world, self.rng = split, world, rng
        self.by_lang: dict[str, list[CustomerInfo]] = {}
        for info in world.info.values():
            self.by_lang.setdefault(info.lang, []).append(info)

    # ------------------------------------------------------------------ choices
    def customer(self, plan: Plan) -> CustomerInfo:
        if plan.customer_id:
            return self.world.info[plan.customer_id]
        pool = self.by_lang[plan.lang]
        flagged = [c for c in pool if c.flags]
        clean = [c for c in pool if not c.flags]
        if plan.flagged and flagged:
            return self.rng.choice(flagged)
        return self.rng.choice(clean or pool)

    def times(self, info: CustomerInfo, shape: str) -> list[datetime]:
        """Reminder time (Berlin) and reply times (customer's zone), all before the end of as_of."""
        rng = self.rng
        limit = datetime.combine(AS_OF, time(18, 0), ZoneInfo("Europe/Berlin"))
        while True:
            start = AS_OF - timedelta(days=rng.randint(3, 24))
            if start.weekday() < 5:
                break
        rem = datetime.combine(start, time(rng.randint(6, 10), rng.choice([0, 2, 5, 15, 30, 31, 45])),
                               ZoneInfo("Europe/Berlin"))
        out = [rem]
        steps = {"reply": 1, "forward": 1, "standalone": 1, "long": 3}[shape]
        cur = rem
        for k in range(steps):
            gap = timedelta(hours=rng.choice([1, 2, 3, 5, 20, 24, 26, 48, 50, 70, 96]), minutes=rng.randint(0, 59))
            cur = min(cur + gap, limit - timedelta(minutes=(steps - k) * 37))
            tz = "Europe/Berlin" if k == 1 else info.tz
            lt = cur.astimezone(ZoneInfo(tz))
            if lt.hour < 7 and rng.random() < 0.8:
                lt = lt.replace(hour=rng.randint(8, 11))
            lt = lt.replace(second=rng.randint(0, 59))
            cur = lt
            out.append(lt)
        if out[-1] > limit:
            out[-1] = limit.astimezone(ZoneInfo(info.tz))
        return out

    # ------------------------------------------------------------------ building
    def build(self, tid: str, plan: Plan, bank: dict) -> Pending:
        rng, world = self.rng, self.world
        for _ in range(20):
            info = self.customer(plan)
            times = self.times(info, plan.shape)
            rem_invs = sorted(world.open_overdue(info.id, times[0].date()), key=lambda i: i["due_date"])
            if rem_invs:
                break
        else:
            raise RuntimeError("no customer with overdue invoices")
        rem_invs = rem_invs[: rng.choice([1, 1, 2, 2, 3, 4])]
        people = [c for c in info.contacts if c["name"]] or info.contacts
        contact = rng.choice(people)
        lang = plan.lang
        reply_dt = times[-1]
        t = ThreadCtx(rng, world, info, contact, lang, reply_dt, rem_invs, self.split, times=times,
                      date_rule=plan.date_rule)
        reminder = M.reminder(rng, info, contact, rem_invs, times[0])
        facts = Facts()
        pend = Pending(thread={}, intent=plan.intent, secondary=[], facts=facts, lang=lang, info=info,
                       local_date=reply_dt.date(), core_why="", other_noaction=plan.other_noaction)
        if plan.intent == "bounce":
            return self._bounce(tid, t, plan, reminder, pend)
        if plan.intent == "out_of_office":
            return self._ooo(tid, t, plan, reminder, pend)

        # --- targets: which invoices the reply is about
        n = plan.n_targets or (1 if rng.random() < 0.6 else len(rem_invs))
        targets = rem_invs[:n] if mentions_invoice(plan.template) else list(rem_invs)
        if plan.shape == "standalone" and not mentions_invoice(plan.template):
            targets = list(rem_invs)
        facts.conditional = plan.key == "promise_cond"
        amount_off = plan.intent == "already_paid" and plan.paid_scenario == "short" and "{amt}" in plan.template
        core = fill(t, plan.template, plan.intent, facts, targets, far=plan.far, amount_off=amount_off)
        if not mentions_invoice(plan.template) and plan.shape != "standalone" and plan.intent not in ("wrong_contact", "other"):
            for i in targets:
                facts.invoices.append(i["number"])
        pend.balance_sum = sum((money(i["balance"]) for i in targets), Decimal(0))
        pend.targets = list(targets)
        if plan.second:
            s_intent, s_tmpl = plan.second
            others = [i for i in rem_invs if i not in targets] or [
                i for i in world.invoices if i["customer_id"] == info.id and i["status"] in ("open", "partially_paid")
                and i not in targets]
            if not others:
                others = [i for i in world.invoices if i["customer_id"] == info.id and i not in targets
                          and i["status"] != "paid"]
            if not others:  # nothing else open: the second request would make no sense
                plan.second = None
        if plan.second:
            s_intent, s_tmpl = plan.second
            s_targets = [rng.choice(others)]
            n_first = len(facts.invoices)
            core2 = fill(t, s_tmpl, s_intent, facts, s_targets)
            pend.second_invoices = facts.invoices[n_first:]
            pend.first_invoices = facts.invoices[:n_first]
            core = core + ("\n\n" if rng.random() < 0.5 else " ") + core2
            if s_intent == "already_paid":
                pend.balance_sum = money(s_targets[0]["balance"])
            intents = sorted({plan.intent, s_intent}, key=PRECEDENCE.index)
            pend.intent, pend.secondary = intents[0], intents[1:]
        # already paid: put (or not) the money into the ERP
        if "already_paid" in [pend.intent] + pend.secondary:
            self._settle(t, plan, facts, pend)
        pend.core_why = self._why(pend, plan)
        return self._human_reply(tid, t, plan, reminder, core, pend, bank)

    def _settle(self, t: ThreadCtx, plan: Plan, facts: Facts, pend: Pending) -> None:
        if plan.paid_scenario == "nomatch":
            return
        when = (facts.claim_date or t.local_date) + timedelta(days=self.rng.choice([0, 0, 1, 1, 2, 3]))
        when = min(when, t.local_date)
        amount = pend.balance_sum
        if plan.paid_scenario == "short" and facts.claim_amount is None:
            amount -= money(self.rng.choice([12.5, 15, 25, 20, 40]))
        if plan.paid_scenario == "short" and not facts.payment_reference and facts.claim_amount is None:
            return  # a short payment without a reference matches nothing: same outcome as nomatch
        ref = facts.payment_reference
        if ref and self.rng.random() < 0.3:
            ref = f"{ref} {pend.info.short.upper()[:12]}"  # banks add the payer name to the reference
        self.world.add_payment(pend.info.id, facts.claim_amount if facts.claim_amount is not None else amount, when,
                               [], ref)

    def _why(self, pend: Pending, plan: Plan) -> str:
        f = pend.facts
        invs = ", ".join(f.invoices) or "the reminded invoices"
        it = pend.intent
        if pend.secondary and pend.first_invoices is not None:
            # primary and secondary are about different invoices: name each with its own
            main_is_first = plan.intent == it
            own = pend.first_invoices if main_is_first else pend.second_invoices
            other = pend.second_invoices if main_is_first else pend.first_invoices
            invs = ", ".join(own) or invs
            sec = pend.secondary[0]
            extra = f" ({', '.join(other)}"
            if sec in ("promise_to_pay", "payment_plan_request") and f.promise_date:
                extra += f", '{f.promise_text}' = {f.promise_date}"
            pend.secondary_note = f"; also {sec}{extra})"
        if it == "promise_to_pay":
            s = f"Promises to pay {invs}"
            if f.partial:
                s = f"Promises a part payment on {invs}"
            elif f.conditional:
                s = f"Promises (conditionally) to pay {invs}"
            if f.promise_date:
                s += f" '{f.promise_text}' = {f.promise_date}"
            if f.promise_amount is not None:
                s += f" ({f.promise_amount})"
        elif it == "already_paid":
            s = f"Says {invs} already paid" + (f" '{f.claim_text}'" if f.claim_text else "") + \
                (f", ref {f.payment_reference}" if f.payment_reference else "")
        elif it == "payment_plan_request":
            s = f"Asks for an instalment plan on {invs}" + (f", first payment {f.promise_date}" if f.promise_date else "")
        elif it == "po_change" and plan.key == "billing":
            s = f"Asks to change the billing details (name, address, VAT number or where invoices go) for {invs}"
        elif it == "po_change":
            s = f"Asks to add/correct the PO on {invs}" + (f" (PO {f.new_po})" if f.new_po else "")
        elif it == "wrong_contact":
            s = "Says we wrote to the wrong person" + (f", points to {f.alt_contact}" if f.alt_contact else "")
        elif it == "other":
            s = "No collections request (acknowledgement / notice)" if plan.other_noaction else \
                "Other request outside the collections flow"
        else:
            s = f"{CORE_WHY[it]} {invs}"
        if pend.secondary:
            s += getattr(pend, "secondary_note", "") or ("; also " + ", ".join(pend.secondary))
        return s

    # ------------------------------------------------------------------ renderers
    def _from_address(self, t: ThreadCtx, plan: Plan) -> str:
        email = t.contact["email"]
        if plan.unknown == "lookalike":
            localp, dom = email.split("@")
            if dom == "gmail.com":
                return f"{localp.replace('.', '')}@gmai1.com"
            name, tld = dom.rsplit(".", 1)
            variants = [name.replace("m", "rn", 1) if "m" in name else name + "s",
                        name.replace("-", "", 1) if "-" in name else name + "-gmbh",
                        name + "-payments", name.replace("i", "l", 1) if "i" in name else name + "1"]
            return f"{localp}@{self.rng.choice(variants)}.{'test' if tld == 'example' else 'example'}"
        if plan.unknown == "gmail":
            first, last = self.world._person(t.lang)
            return f"{ascii_slug(first)}.{ascii_slug(last)}.{self.rng.choice(['consulting', 'accounting', 'bookkeeping', 'finance'])}@gmail.com"
        return email

    def _base_msg(self, t: ThreadCtx, sender: str, subject: str, parent: dict | None, when: datetime) -> dict:
        dom = sender.split("@")[1]
        style = "gmail" if dom in ("gmail.com", "gmai1.com") else self.rng.choice(["outlook", "plain"])
        return {"direction": "inbound", "from": sender, "to": [M.AR], "cc": [], "date": M.rfc3339(when),
                "subject": subject, "message_id": M.msgid(self.rng, dom, style),
                "in_reply_to": parent["message_id"] if parent else None,
                "references": (parent["references"] + [parent["message_id"]]) if parent else [],
                "body": "", "html": None, "headers": {}, "attachments": []}

    def _human_reply(self, tid: str, t: ThreadCtx, plan: Plan, reminder: dict, core: str, pend: Pending,
                     bank: dict) -> Pending:
        rng, lang, info = self.rng, t.lang, t.info
        msgs: list[dict] = []
        parent = None
        if plan.shape in ("reply", "long", "forward"):
            msgs.append(reminder)
            parent = reminder
        if plan.shape == "long":
            prior = self._base_msg(t, t.contact["email"], M.reply_subject(rng, lang, reminder["subject"]), reminder,
                                   t.times[1].astimezone(ZoneInfo(info.tz)))
            prior["body"] = plan.prior + "\n\n" + M.signature(rng, info, t.contact)
            msgs.append(prior)
            ours = M.our_followup(rng, info, t.contact["email"], t.times[2].astimezone(ZoneInfo("Europe/Berlin")),
                                  prior["subject"], prior)
            msgs.append(ours)
            parent = ours
        sender = self._from_address(t, plan)
        pend.unknown_sender = {"gmail": "external bookkeeper on a free-mail address",
                               "lookalike": "look-alike domain"}.get(plan.unknown or "", None)
        if plan.subject:
            subject = plan.subject.format(inv=(pend.facts.invoices or [t.reminder_invoices[0]["number"]])[0],
                                          cust=info.short)
        elif plan.shape == "forward":
            subject = rng.choice(M.FWD_PREFIX[lang]) + reminder["subject"]
        else:
            subject = M.reply_subject(rng, lang, parent["subject"])
        msg = self._base_msg(t, sender, subject, parent, t.reply_dt)
        if plan.shape == "long" and datetime.fromisoformat(msgs[-1]["date"]) >= t.reply_dt:
            msg["date"] = M.rfc3339(datetime.fromisoformat(msgs[-1]["date"]).astimezone(ZoneInfo(info.tz)) + timedelta(hours=3))
            pend.local_date = datetime.fromisoformat(msg["date"]).date()
        # --- text
        parts = []
        if plan.raw:
            parts.append(core)
        else:
            head = plan.greeting.format(owner=OWNERS[info.owner].split()[0]) if plan.greeting else ""
            body = (plan.opener + " " if plan.opener else "") + core
            if plan.opener.endswith(",") and core[:1].isupper() and not core.startswith(("INV", "I ", "I'")):
                body = plan.opener + " " + core[0].lower() + core[1:]
            if plan.consultant_intro:
                intro = plan.consultant_intro.format(cust=info.name)
                if not head or head.endswith(".") or lang == "en":
                    intro = intro[0].upper() + intro[1:]
                body = intro + "\n\n" + body
            parts.append(f"{head}\n\n{body}" if head else body)
        inj_text = None
        if plan.injection:
            inj_text, where = plan.injection
            pend.injection = True
            if where == "body":
                parts.append(inj_text)
        tail = ""
        if not plan.raw and plan.closer:
            tail = plan.closer
        if plan.sig:
            sig = M.signature(rng, info, t.contact) if not plan.unknown == "gmail" else sender.split("@")[0].split(".")[0].title()
            tail = (tail + "\n" if tail else "") + sig
        if plan.mobile:
            tail = (tail + "\n\n" if tail else "") + plan.mobile
        if tail:
            parts.append(tail)
        if plan.injection and plan.injection[1] == "ps":
            parts.append(inj_text)
        if plan.disclaimer:
            parts.append(M.disclaimer(rng, info))
        text = "\n\n".join(p for p in parts if p)
        quoted = None
        if plan.shape == "forward":
            quoted = M.forward_block(lang, reminder)
        elif plan.quote and parent:
            _, quoted = M.quote(rng, lang, parent, plan.quote)
        hidden = None
        if plan.injection and plan.injection[1] in ("comment", "white", "hidden"):
            hidden = {"comment": "C:", "white": "W:", "hidden": "D:"}[plan.injection[1]] + inj_text
            if not plan.html:
                plan.html = "only"
        full = text + ("\n\n" + quoted if quoted else "")
        if plan.html:
            msg["html"] = M.to_html(text, quoted, hidden, "gmail" if "gmail" in sender else "outlook")
            msg["body"] = "" if plan.html == "only" else full
        else:
            msg["body"] = full
        if plan.attachment:
            msg["attachments"].append(self._attachment(t, plan, pend))
        if rng.random() < 0.15 and len(info.contacts) > 1 and not plan.unknown:
            msg["cc"] = [c["email"] for c in info.contacts if c["email"] != t.contact["email"]][:1]
        if rng.random() < 0.3:
            msg["headers"] = rng.choice([{"X-Mailer": "Microsoft Outlook 16.0"}, {"User-Agent": "Mozilla Thunderbird"},
                                         {"X-Mailer": "iPhone Mail (21G93)"}, {"Importance": "normal"}])
        msgs.append(msg)
        pend.thread = {"id": tid, "messages": msgs}
        return pend

    def _attachment(self, t: ThreadCtx, plan: Plan, pend: Pending) -> dict:
        f = pend.facts
        rng = self.rng
        if plan.attachment == "remittance":
            if not f.payment_reference:
                f.payment_reference = self.world.new_reference()
                if plan.paid_scenario == "match":  # the bank statement carries the reference of the real payment
                    for p in reversed(self.world.payments):
                        if p["customer_id"] == t.info.id and not p["applied_to"]:
                            p["reference"] = f.payment_reference
                            break
            when = f.claim_date or (t.local_date - timedelta(days=1))
            lines = []
            for inv in pend.targets:  # the advice names what was paid: that counts as mentioned
                n = inv["number"]
                if n not in f.invoices:
                    f.invoices.append(n)
                lines.append(f"{n:<20}{inv['issue_date']:<14}{inv['balance']:>12}")
            total = f.claim_amount if f.claim_amount is not None else pend.balance_sum
            title = {"en": "REMITTANCE ADVICE", "de": "ZAHLUNGSAVIS", "fr": "AVIS DE PAIEMENT", "es": "AVISO DE PAGO",
                     "nl": "BETALINGSADVIES", "pt": "AVISO DE PAGAMENTO"}[t.lang]
            text = (f"{title}\n\n{t.info.name}\nPayee / Empfänger: {COMPANY['name']}\nPayment date: {when.isoformat()}\n"
                    f"Payment reference: {f.payment_reference}\nMethod: bank transfer\n\nDocument           Date          Amount\n"
                    + "\n".join(lines) + f"\n\nTotal paid: {t.reminder_invoices[0]['currency']} {total}\n")
            fname = rng.choice({"en": ["Remittance_Advice_{d}.pdf", "remittance-{d}.pdf", "PaymentAdvice_{d}.pdf"],
                                "de": ["Zahlungsavis_{d}.pdf", "Avis_{d}.pdf"], "fr": ["avis_de_paiement_{d}.pdf"],
                                "es": ["aviso_pago_{d}.pdf", "justificante_transferencia.pdf"],
                                "nl": ["betaaladvies_{d}.pdf"], "pt": ["comprovativo_{d}.pdf"]}[t.lang]).format(d=when.isoformat())
            return {"filename": fname, "content_type": "application/pdf", "text": text}
        if plan.attachment == "po":
            po = f.new_po or self.world.po_number(t.info.id)
            return {"filename": f"PO_{re.sub(r'[^A-Za-z0-9]', '', po)}.pdf", "content_type": "application/pdf",
                    "text": f"PURCHASE ORDER {po}\nBuyer: {t.info.name}\nSupplier: {COMPANY['name']}\n"
                            f"Date: {(t.local_date - timedelta(days=rng.randint(20, 90))).isoformat()}\n"
                            f"Invoice to quote: {', '.join(f.invoices) or '-'}\nPlease quote this PO number on all invoices."}
        return {"filename": rng.choice(["IMG_4471.jpg", "photo_delivery.jpg", "WhatsApp Image 2026-11-09.jpeg"]),
                "content_type": "image/jpeg", "text": ""}

    def _ooo(self, tid: str, t: ThreadCtx, plan: Plan, reminder: dict, pend: Pending) -> Pending:
        rng = self.rng
        subj = rng.choice(M.OOO_SUBJECT[t.lang]).format(s=reminder["subject"])
        when = datetime.fromisoformat(reminder["date"]).astimezone(ZoneInfo(t.info.tz)) + timedelta(seconds=rng.randint(3, 400))
        msg = self._base_msg(t, t.contact["email"], subj, reminder if rng.random() < 0.75 else None, when)
        if msg["in_reply_to"] is None:
            msg["references"] = []
        msg["body"] = fill(t, plan.template, "out_of_office", pend.facts, [])
        hdr = dict(rng.choice(M.OOO_HEADERS))
        msg["headers"] = {k: v.format(email=t.contact["email"]) for k, v in hdr.items()}
        if plan.html:
            msg["html"] = M.to_html(msg["body"])
            msg["body"] = "" if plan.html == "only" else msg["body"]
        pend.local_date = when.date()
        pend.core_why = "Out-of-office auto-reply" + (f" (headers: {', '.join(hdr)})" if hdr else " without auto-reply headers")
        if pend.facts.alt_contact:
            pend.core_why += f"; names stand-in {pend.facts.alt_contact}"
        pend.thread = {"id": tid, "messages": [reminder, msg]}
        return pend

    def _bounce(self, tid: str, t: ThreadCtx, plan: Plan, reminder: dict, pend: Pending) -> Pending:
        rng = self.rng
        # each split has its own DSN templates (issue 14: test bounces were train's templates)
        kind = plan.dsn or rng.choice(for_split(list(M.DSN), t.split))
        lang, subj, sender, body = M.DSN[kind]
        rcpt = reminder["to"][0]
        dom = rcpt.split("@")[1]
        if "{dom}" in sender and dom == "gmail.com":
            kind = next((k for k in ("gmail", "gmail_old") if k in for_split(list(M.DSN), t.split)), "gmail")
            lang, subj, sender, body = M.DSN[kind]
        n = rng.randint(1, 9)
        when_dt = datetime.fromisoformat(reminder["date"]) + timedelta(seconds=rng.randint(2, 900))
        fmt = dict(rcpt=rcpt, rcpt_local=rcpt.split("@")[0], dom=dom, n=n, s=reminder["subject"],
                   when=when_dt.strftime("%m/%d/%Y %I:%M:%S %p"))
        msg = {"direction": "inbound", "from": sender.format(**fmt), "to": [M.AR], "cc": [], "date": M.rfc3339(when_dt),
               "subject": subj.format(**fmt), "message_id": M.msgid(rng, sender.format(**fmt).split("@")[1]),
               "in_reply_to": reminder["message_id"] if rng.random() < 0.5 else None, "references": [],
               "body": body.format(**fmt), "html": None,
               "headers": {"Auto-Submitted": "auto-replied", "Content-Type": "multipart/report; report-type=delivery-status"},
               "attachments": []}
        if msg["in_reply_to"]:
            msg["references"] = [reminder["message_id"]]
        status = re.search(r"\b([45]\.\d\.\d+)\b", msg["body"]).group(1)
        if rng.random() < 0.6:
            msg["attachments"].append({"filename": "details.txt", "content_type": "message/delivery-status",
                                       "text": f"Reporting-MTA: dns; {msg['from'].split('@')[1]}\n\nFinal-Recipient: rfc822; {rcpt}\n"
                                               f"Action: failed\nStatus: {status}\n"})
        if rng.random() < 0.5:
            msg["attachments"].append({"filename": "original.eml", "content_type": "message/rfc822",
                                       "text": f"Subject: {reminder['subject']}\nTo: {rcpt}\n\n{reminder['body'][:400]}"})
        pend.lang = lang
        pend.local_date = when_dt.date()
        pend.core_why = f"Bounce ({kind}, {status}) for contact {rcpt}"
        pend.thread = {"id": tid, "messages": [reminder, msg]}
        return pend


# =========================================================================== validation
def validate_world(w: dict) -> list[str]:
    errs = []
    invs = {i["number"]: i for i in w["invoices"]}
    cust = {c["id"] for c in w["customers"]}
    applied: dict[str, Decimal] = {}
    seen: set[str] = set()
    for p in w["payments"]:
        if p["customer_id"] not in cust:
            errs.append(f"payment {p['id']} unknown customer")
        date.fromisoformat(p["date"])
        amt = money(p["amount"])
        if len(p["applied_to"]) > 1:
            s = sum(money(invs[n]["amount"]) for n in p["applied_to"])
            if s != amt:
                errs.append(f"payment {p['id']} does not pay its invoices in full")
        for n in p["applied_to"]:
            if n in seen:
                errs.append(f"invoice {n} in two payments")
            seen.add(n)
            if invs[n]["customer_id"] != p["customer_id"] or invs[n]["currency"] != p["currency"]:
                errs.append(f"payment {p['id']} applied across customers/currencies")
            applied[n] = money(invs[n]["amount"]) if len(p["applied_to"]) > 1 else amt
    for n, i in invs.items():
        if i["customer_id"] not in cust:
            errs.append(f"invoice {n} unknown customer")
        bal = money(i["amount"]) - applied.get(n, Decimal(0))
        if bal != money(i["balance"]):
            errs.append(f"invoice {n} balance {i['balance']} != {bal}")
        want = "paid" if bal == 0 else "partially_paid" if bal < money(i["amount"]) else None
        if want and i["status"] != want or (not want and i["status"] not in ("open", "disputed")):
            errs.append(f"invoice {n} status {i['status']}")
        if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
            errs.append(f"invoice {n} due before issue")
    for c in w["customers"]:
        if not set(c["flags"]) <= {"strategic", "credit_hold", "legal", "payment_plan", "do_not_contact"}:
            errs.append(f"customer {c['id']} flags")
        for ct in c["contacts"]:
            dom = ct["email"].split("@")[1]
            if not (dom.endswith((".example", ".test")) or dom == "gmail.com"):
                errs.append(f"contact domain {dom}")
    return errs


def validate_thread(th: dict, as_of: date) -> list[str]:
    errs = []
    ex = th["expected"]
    msgs = th["messages"]
    if not msgs or msgs[-1]["direction"] != "inbound":
        errs.append("last message not inbound")
    if ex["intent"] not in INTENTS or not set(ex["secondary_intents"]) <= set(INTENTS) or ex["intent"] in ex["secondary_intents"]:
        errs.append("bad intent")
    if ex["secondary_intents"] and PRECEDENCE.index(ex["intent"]) > min(PRECEDENCE.index(s) for s in ex["secondary_intents"]):
        errs.append("precedence violated")
    last = None
    ids = set()
    for m in msgs:
        dt = datetime.fromisoformat(m["date"])
        if dt.tzinfo is None or dt.date() > as_of:
            errs.append(f"bad date {m['date']}")
        if last and dt < last:
            errs.append("dates out of order")
        last = dt
        if m["in_reply_to"] and m["in_reply_to"] not in ids:
            errs.append("in_reply_to unknown")
        ids.add(m["message_id"])
        if not (m["body"] or m["html"]):
            errs.append("empty message")
    intents = {ex["intent"], *ex["secondary_intents"]}
    if ex["promise_date"] is not None:
        date.fromisoformat(ex["promise_date"])
        if not intents & {"promise_to_pay", "payment_plan_request"}:
            errs.append("promise_date without a promise")
    elif ex["intent"] == "promise_to_pay" and not ex["needs_human"]:
        errs.append("undated promise must go to a human")
    if ex["promise_amount"] is not None:
        Decimal(ex["promise_amount"])
    if ex["pause_dunning"] != (ex["intent"] in PAUSE_INTENTS) and "legal" not in ex["why"] and "do_not_contact" not in ex["why"]:
        errs.append("pause rule")
    if ex["language"] not in D.LANGS or not ex["why"] or "\n" in ex["why"]:
        errs.append("language/why")
    return errs


# =========================================================================== splits
SPLITS = {  # name: (seed, threads, customers)
    "sample": (20261116, 20, 40),
    "train": (7001, 700, 60),
    "dev": (7002, 150, 45),
    "test": (7003, 250, 55),
}


def world_for(split: str) -> World:
    seed, _, n_cust = SPLITS[split]
    rng = random.Random(seed * 31 + 1)
    share = {"en": 0.42, "de": 0.12, "fr": 0.12, "es": 0.12, "nl": 0.11, "pt": 0.11}
    counts = {l: max(3, round(n_cust * s)) for l, s in share.items()}
    base = {"sample": 10400, "train": 20100, "dev": 30200, "test": 40300}[split]
    return World(rng, AS_OF, sum(counts.values()), counts, base, flag_every_language=split != "sample")


def build_split(split: str) -> tuple[dict, list[dict]]:
    seed, n, _ = SPLITS[split]
    world = world_for(split)
    rng = random.Random(seed)
    builder = Builder(split, world, rng)
    if split == "sample":
        from .sample import SAMPLE_PLANS
        plans = SAMPLE_PLANS
    else:
        from .plans import make_plans
        plans = make_plans(split, n, rng)
    pendings = [builder.build(f"{split}-{k + 1:04d}" if split != "sample" else f"sample-{k + 1:03d}", plan, {})
                for k, plan in enumerate(plans)]
    threads = []
    for p in pendings:  # labels only once every payment is in the world
        th = dict(p.thread)
        th["expected"] = finish_labels(p, world)
        threads.append(th)
    return world.to_json(), threads


def write_split(split: str, world: dict, threads: list[dict]) -> None:
    out = ROOT / split
    out.mkdir(parents=True, exist_ok=True)
    (out / "world.json").write_text(json.dumps(world, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with (out / "threads.jsonl").open("w", encoding="utf-8") as fh:
        for th in threads:
            fh.write(json.dumps(th, ensure_ascii=False) + "\n")


def report(split: str, threads: list[dict]) -> None:
    by_int = Counter(t["expected"]["intent"] for t in threads)
    by_lang = Counter(t["expected"]["language"] for t in threads)
    grid = Counter((t["expected"]["intent"], t["expected"]["language"]) for t in threads)
    human = sum(t["expected"]["needs_human"] for t in threads)
    multi = sum(bool(t["expected"]["secondary_intents"]) for t in threads)
    print(f"\n== {split}: {len(threads)} threads, needs_human {human}, multi-intent {multi}")
    langs = sorted(by_lang, key=lambda l: D.LANGS.index(l))
    print(f"{'intent':<22}" + "".join(f"{l:>5}" for l in langs) + "  total")
    for it in INTENTS:
        print(f"{it:<22}" + "".join(f"{grid[(it, l)]:>5}" for l in langs) + f"  {by_int[it]:>5}")


def main(argv: list[str]) -> int:
    splits = argv or list(SPLITS)
    bad = 0
    for split in splits:
        world, threads = build_split(split)
        errs = validate_world(world)
        for th in threads:
            errs += [f"{th['id']}: {e}" for e in validate_thread(th, AS_OF)]
        if len({t["id"] for t in threads}) != len(threads):
            errs.append("duplicate ids")
        for e in errs[:30]:
            print("INVALID", split, e)
        bad += len(errs)
        write_split(split, world, threads)
        report(split, threads)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
