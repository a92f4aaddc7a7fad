"""Policy: from what the reply says and what the ERP shows to the next step.

Every branch names its rule (`policy.<intent>.<case>`) and carries its reasons, so a collector can
always answer "why did it do that?". Humans keep credit decisions, write-offs, payment-plan
exceptions, legal escalation, strategic accounts and relationship-sensitive wording.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from agent.doubts import a_later_day_named, contact_outside, invoices_without_a_date, numbers_of, paid_at_another_time, rest_still_undated, unaccounted
from agent.lookup import LookupResult
from agent.models.features import without_closing
from agent.settlement import settlement_words
from agent.state import PolicyParams
from core.contracts import Classification, Decision, Evidence, GuardrailResult, Intent, PauseInstruction
from core.message import ParsedEmail
from core.records import Customer
from core.text.acknowledgements import only_an_acknowledgement
from core.text.complaints import complaint_words
from core.text.corrections import change_asked
from core.text.folding import fold
from core.text.follow_up import put_off_words
from core.text.months import MONTH_ABBREVIATIONS, MONTH_NUMBERS
from core.text.references import blank_references
from core.text.remainders import rest_left_for_later
from core.text.remittance import payment_reference_named
from core.text.requests import asks_for_an_audit_confirmation, needs_from_us
from core.text.weekdays import WEEKDAY_NUMBERS

ROUTE_ONLY_FLAGS = {
    "legal": "account is with legal: a human handles every contact",
    "do_not_contact": "customer is do-not-contact: no draft",
}
HUMAN_FLAGS = {
    "strategic": "strategic account: a human approves every reply",
    "credit_hold": "account on credit hold: a human decides",
    "payment_plan": "account has a payment plan: a human checks it",
    "erp_unreachable": "the ERP could not be read (last sync failed or is stale): a human checks the books first",
}


def _pause(customer: Customer, lookup: LookupResult, until: date | None, reason: str, *, named_only: bool = False) -> list[PauseInstruction]:
    invoices = lookup.mentioned_invoices if named_only and lookup.mentioned_invoices else []
    if invoices:
        return [PauseInstruction(customer_id=customer.id, invoice_number=i.number, until=until, reason=reason) for i in invoices]
    return [PauseInstruction(customer_id=customer.id, invoice_number=None, until=until, reason=reason)]


def _route(rule: str, reasons: list[str], owner: str | None, pauses: list[PauseInstruction] | None = None) -> Decision:
    return Decision(action="route_human", needs_human=True, rule=rule, reasons=reasons, owner=owner, pauses=pauses or [])


HUMAN_SECONDARY = {
    Intent.dispute: "also disputes something",
    Intent.payment_plan_request: "also asks for a payment plan",
    Intent.wrong_contact: "also names another contact",
    Intent.po_change: "also asks for a PO / billing change",
}
_ACK = re.compile(
    r"\b(thanks?|thank you|received|noted|forwarded|passed (it|this) on|danke|erhalten|weitergeleitet|merci|bien reçu|transmis|"
    r"gracias|recibido|reenviado|bedankt|ontvangen|doorgestuurd|obrigad[oa]|recebido|encaminhad[oa])\b",
    re.I,
)


# "Thanks for flagging this. Please send us your certificate of insurance": a thank-you that asks for
# something is a request, and requests go to a person.
_ASKS_FOR_SOMETHING = re.compile(
    r"\b(?:please|pls|plz|kindly|could\s+you|can\s+you|we\s+need|need\s+(?:a|the|your)|bitte|benötigen|veuillez|merci\s+de|pourriez"
    r"|besoin|por\s+favor|necesitamos|podr[ií]an|graag|gelieve|kunt\s+u|hebben\s+\w+\s+nodig|precisamos|agradec[eo]mos\s+que)\b", re.I)
# Notices the reader recognised by rule always need a person, whatever thanks they open with.
_NOTICE_RULES = ("rules:insolvency", "rules:authenticity", "rules:paperwork")


def is_acknowledgement(text: str, *, ticket: bool = False) -> bool:
    """A short thank-you / "passed it on" note that asks for nothing: no reply, no human. A helpdesk's ticket
    confirmation (`ticket`) may say "please quote this number" and still ask nothing of us."""
    body = text.strip()
    asks = not ticket and _ASKS_FOR_SOMETHING.search(body)
    return only_an_acknowledgement(body) or len(body) <= 240 and "?" not in body and bool(_ACK.search(body)) and not asks


def decide(
    cls: Classification,
    email: ParsedEmail,
    customer: Customer | None,
    lookup: LookupResult | None,
    inbound_checks: list[GuardrailResult],
    params: PolicyParams,
) -> Decision:
    decision = _decide(cls, email, customer, lookup, inbound_checks, params)
    decision.evidence.insert(0, Evidence(kind="message", ref=email.message_id, detail={"from": email.from_addr, "subject": email.subject}))
    decision.evidence.append(Evidence(kind="model", ref=cls.decided_by, detail={"intent": cls.intent, "confidence": cls.confidence}))
    decision.evidence.append(Evidence(kind="rule", ref=decision.rule, detail={"reasons": decision.reasons}))
    if lookup is not None:
        decision.evidence[1:1] = lookup.evidence
    return decision


def _decide(
    cls: Classification,
    email: ParsedEmail,
    customer: Customer | None,
    lookup: LookupResult | None,
    inbound_checks: list[GuardrailResult],
    p: PolicyParams,
) -> Decision:
    """One order for every message: failed checks, then the sender, then what kind of mail it is
    (decided by its headers and DSN, never by a model's reading), then what the reply says."""
    sent_on = (email.date.date() if email.date else None) or date.today()
    owner = customer.owner if customer else None
    machine = "bounce" if email.is_bounce else "auto_reply" if email.is_auto_reply else None
    failed_inbound = [c for c in inbound_checks if not c.passed]
    if failed_inbound:
        decision = _route("policy.inbound_guardrail", [f"{c.check}: {c.reason}" for c in failed_inbound], owner,
                          _review_hold(cls, customer, lookup, sent_on, p))
    elif machine == "bounce":
        decision = _bounce(email, customer, owner)
    elif customer is None or lookup is None:
        if machine:
            return Decision(action="no_action", needs_human=False, rule="policy.machine_mail.unknown_sender",
                            reasons=[f"automatic message from {email.from_addr}, not a contact of any customer: nothing to do"])
        return _route("policy.sender.unknown", [f"{email.from_addr} is not a known contact of any customer"], None)
    elif machine == "auto_reply":
        decision = _auto_reply(cls, customer, sent_on, p, email.visible_text or email.text or "")
    elif cls.intent in (Intent.bounce, Intent.out_of_office):
        decision = _reads_as_machine_mail(cls, customer, sent_on, p)
    else:
        decision = _customer_reply(cls, email, customer, lookup, sent_on, p)
    if customer is not None:
        _apply_flags(decision, customer)
        if machine is None and not failed_inbound:
            _unlisted_sender(decision, email, customer)
    _settle_automatic(decision, failed_inbound, customer)
    return decision


REVIEW_HOLD_INTENTS = frozenset({Intent.promise_to_pay, Intent.already_paid, Intent.dispute, Intent.payment_plan_request})


def _review_hold(cls: Classification, customer: Customer | None, lookup: LookupResult | None, sent_on: date, p: PolicyParams) -> list[PauseInstruction]:
    """For a flagged reply that reads as one that would pause dunning: the short pause a person may
    apply with one click while they look into it (a proposal, like every pause from a message)."""
    if customer is None or lookup is None or cls.intent not in REVIEW_HOLD_INTENTS:
        return []
    return _pause(customer, lookup, sent_on + timedelta(days=p.review_pause_days), f"pending human review of a {cls.intent.value} reply", named_only=True)


def _settle_automatic(decision: Decision, failed_inbound: list[GuardrailResult], customer: Customer | None) -> None:
    """The one effect without a person — a short deferral — only for mail that passed every inbound
    check, from a known customer without flags, when nobody has to look at it. Everything else is a
    proposal on the item a person approves."""
    allowed = decision.action == "no_action" and not decision.needs_human and not failed_inbound and customer is not None and not customer.flags
    for pause in decision.pauses:
        pause.automatic = pause.automatic and allowed


def _bounce(email: ParsedEmail, customer: Customer | None, owner: str | None) -> Decision:
    """A delivery failure (DSN evidence) means a bad contact a human must fix; the pause is proposed."""
    pauses = [PauseInstruction(customer_id=customer.id, until=None, reason="email to the customer bounced")] if customer else []
    failed = email.bounce.failed_recipients if email.bounce else []
    d = _route("policy.bounce.contact_bad", [f"delivery failed for {', '.join(failed) or 'a contact'}: fix the contact"], owner, pauses)
    d.record = {"bad_contacts": failed}
    return d


# An absence without an end ("until further notice", "on long-term leave"): nobody can say when to write again.
_OPEN_ENDED_ABSENCE = re.compile(
    r"until\s+further\s+notice|indefinite|long[- ]term\s+(?:leave|absence|sick)|no\s+return\s+date|bis\s+auf\s+weiteres|auf\s+unbestimmte\s+zeit"
    r"|langfristig\s+abwesend|jusqu'à\s+nouvel\s+ordre|pour\s+une\s+durée\s+indéterminée|hasta\s+nuevo\s+aviso|por\s+tiempo\s+indefinido|de\s+baja\s+indefinida"
    r"|tot\s+nader\s+(?:bericht|order)|voor\s+onbepaalde\s+tijd|langdurig\s+afwezig|até\s+(?:novo\s+aviso|nova\s+ordem)|por\s+tempo\s+indeterminado", re.I)
# Leaves that last months by their nature: when the notice names no return ("on maternity leave from 20 November"),
# the date it names is the day the leave starts, and the absence runs far past the automatic deferral.
# "back" of a return, not of an answer ("someone will get back to you within 48 hours")
_RETURN_WORD = re.compile(r"\b(?:until|till|(?<!\bget\s)(?<!\bcome\s)back(?!\s+to\s+(?:you|u)\b)|return\w*|bis|zur[üu]ck|jusqu|retour|hasta|vuelta|regres\w*|tot|terug|at[ée]|volta\w*)\b", re.I)
_LONG_LEAVE = re.compile(
    r"(?:maternity|paternity|parental|adoption|shared\s+parental)\s+leave|sabbatical|elternzeit|mutterschutz|cong[ée]\s+(?:de\s+)?(?:maternit[ée]|paternit[ée]|parental)"
    r"|baja\s+(?:por\s+)?(?:maternidad|paternidad)|permiso\s+(?:por\s+)?(?:maternidad|paternidad)|zwangerschapsverlof|bevallingsverlof|ouderschapsverlof"
    r"|licen[çc]a\s+(?:de\s+)?(?:maternidade|paternidade|parental)", re.I)


_TIME_WORD = re.compile(
    r"\d|\b(?:" + "|".join(sorted({*MONTH_NUMBERS, *MONTH_ABBREVIATIONS, *WEEKDAY_NUMBERS}, key=len, reverse=True))
    + r"|year|week|month|jahr\w*|woche\w*|monat\w*|annee|an|semaine|mois|ano|año|semana|mes|jaar|maand|new\s+year|neujahr|nouvel\s+an"
    r"|ano\s+novo|año\s+nuevo|nieuwjaar|christmas|weihnacht\w*|noel|navidad|natal|kerst\w*|easter|ostern|paques|pascua|pascoa|pasen)\b")


def _return_named(text: str) -> str | None:
    """The return word of a notice that says when the absence ends ("back 14 Dec", "back some time in the new
    year"), or None; "I'll answer when I'm back" names no time, and "get back to you" is no return."""
    folded = fold(text)
    for m in _RETURN_WORD.finditer(folded):
        after = folded[m.end():m.end() + 40]
        if re.match(r"\s+to\s+(?:you|u)\b", after):
            continue
        if _TIME_WORD.search(after):
            return m.group(0)
    return None


def _back_on(cls: Classification, sent_on: date, p: PolicyParams) -> date:
    """The day an absence ends: the return date the reply names, else the default deferral from the day it was sent."""
    return cls.facts.return_date or sent_on + timedelta(days=p.out_of_office_default_days)


def _auto_reply(cls: Classification, customer: Customer, sent_on: date, p: PolicyParams, text: str = "") -> Decision:
    """An automatic reply (by its headers) never gets a reply. A short absence defers reminders by
    itself; a longer one, one without an end, one that also claims a payment, or one that reads as anything but an
    absence, goes to a person;
    an acknowledgement that names no absence changes nothing."""
    owner = customer.owner
    if cls.intent not in (Intent.out_of_office, Intent.other, Intent.bounce):
        return _route("policy.auto_reply.unexpected", [f"an automatic message that reads as {cls.intent.value}: a person reads it"], owner)
    if cls.intent is Intent.bounce:
        # "This mailbox has been closed, write to finance@…": no delivery report, so no contact is marked bad by
        # itself, but a mailbox that says it is gone is a contact a person fixes (as a bounce is), never a deferral.
        return _route("policy.auto_reply.reads_as_bounce", ["an automatic reply that reads as a delivery failure or a closed mailbox: a person checks the contact"], owner)
    if Intent.already_paid in cls.secondary_intents:
        # "The team is at the expo until Thursday. All September payments were released on the 28th": a claim of payment,
        # which only a person can match against the bank; the absence's deferral waits with it
        until = _back_on(cls, sent_on, p)
        return _route("policy.auto_reply.also_paid", ["an automatic reply that also says a payment was made: a person matches it against the bank"],
                      owner, [PauseInstruction(customer_id=customer.id, until=min(until, sent_on + timedelta(days=p.auto_deferral_days)),
                                               reason="contact away; payment claimed")])
    if cls.intent is Intent.other and not _RETURN_WORD.search(text):
        # a helpdesk ticket or "message received" acknowledgement: nothing to answer and no absence; reminders carry on
        return Decision(action="no_action", needs_human=False, rule="policy.auto_reply.acknowledged",
                        reasons=["automatic acknowledgement (no absence named): nothing to answer, reminders carry on"], owner=owner)
    if _LONG_LEAVE.search(text) and not _RETURN_WORD.search(text):
        until = sent_on + timedelta(days=p.out_of_office_default_days)
        return _route("policy.out_of_office.long_leave", ["auto-reply announces a leave that lasts months (parental leave, sabbatical): a person finds who pays meanwhile"],
                      owner, [PauseInstruction(customer_id=customer.id, until=until, reason="contact on long leave")])
    if cls.facts.return_date is None and _OPEN_ENDED_ABSENCE.search(text):
        until = sent_on + timedelta(days=p.out_of_office_default_days)
        return _route("policy.out_of_office.open_ended", ["auto-reply names no return date and says the absence is open-ended: a person decides"],
                      owner, [PauseInstruction(customer_id=customer.id, until=until, reason="contact away, open-ended")])
    if cls.facts.return_date is None and (back := _return_named(text)):
        # The notice says when the absence ends ("back 14 Dec", "back some time in the new year") but the reader
        # could not put a day on it: the default deferral would be a guess a person should make.
        until = sent_on + timedelta(days=p.out_of_office_default_days)
        return _route("policy.out_of_office.return_unread",
                      [f"auto-reply names a return ('{back}') but no return date could be read: a person decides"],
                      owner, [PauseInstruction(customer_id=customer.id, until=until, reason="contact away, return not read")])
    until = _back_on(cls, sent_on, p)
    days = (until - sent_on).days
    reason = f"contact out of office until {until}"
    if days > p.auto_deferral_days:
        return _route("policy.out_of_office.long_absence",
                      [f"auto-reply says away until {until} ({days} days, over the {p.auto_deferral_days}-day automatic deferral): a person decides"],
                      owner, [PauseInstruction(customer_id=customer.id, until=until, reason=reason)])
    pause = PauseInstruction(customer_id=customer.id, until=until, reason=reason, automatic=True)
    return Decision(action="no_action", needs_human=False, rule="policy.out_of_office.wait", reasons=[f"next touch after {until}"], owner=owner, pauses=[pause])


def _reads_as_machine_mail(cls: Classification, customer: Customer, sent_on: date, p: PolicyParams) -> Decision:
    """A person's message (no auto-reply headers, no DSN) that reads as an absence or a bounce: a
    person decides; the model's reading alone never turns it into machine mail with effects."""
    if cls.intent == Intent.out_of_office:
        until = _back_on(cls, sent_on, p)
        return _route("policy.out_of_office.from_a_person",
                      [f"reads as out of office until {until}, but it is not an automatic reply: a person decides"], customer.owner,
                      [PauseInstruction(customer_id=customer.id, until=until, reason=f"contact says away until {until}")])
    return _route("policy.bounce.without_dsn", ["reads as a delivery failure, but carries no delivery report: a person checks the contact"], customer.owner)


def _customer_reply(
    cls: Classification, email: ParsedEmail, customer: Customer, lookup: LookupResult, sent_on: date, p: PolicyParams
) -> Decision:
    intent = cls.intent
    owner = customer.owner
    for flag, why in ROUTE_ONLY_FLAGS.items():
        if flag in customer.flags:
            return _route(f"policy.flag.{flag}", [why], owner)
    unsure = cls.confidence < p.min_confidence
    annoyed = complaint_words(fold(email.visible_text or email.text or ""))
    if (intent == Intent.other and not unsure and not annoyed and cls.decided_by not in _NOTICE_RULES
            and is_acknowledgement(email.visible_text or email.text, ticket=cls.decided_by == "rules:auto-acknowledgement")):
        return Decision(action="no_action", needs_human=False, rule="policy.other.acknowledgement", reasons=["acknowledgement that asks for nothing"], owner=owner)

    decision = _by_intent(cls, customer, lookup, sent_on, p, email.visible_text or email.text or "")
    decision.owner = decision.owner or owner
    if unsure:
        decision.needs_human = True
        decision.reasons.append(f"the model is unsure of this reading ({cls.decided_by}, confidence {cls.confidence:.2f})")
    if annoyed:
        decision.needs_human = True
        decision.reasons.append(f"the customer sounds annoyed ('{annoyed}'): a person words the answer")
    for secondary in cls.secondary_intents:
        if secondary in HUMAN_SECONDARY:
            decision.needs_human = True
            decision.reasons.append(HUMAN_SECONDARY[secondary])
    if Intent.wrong_contact in cls.secondary_intents and (warning := contact_outside(cls.facts.replacement_contact, customer)):
        decision.reasons.append(warning)
    if not any("outside" in r and "confirm the change by phone" in r for r in decision.reasons) \
            and (warning := _outside_address_named(email.visible_text or email.text or "", customer)):
        # whatever the reading ("perhaps the next message could go to finance-team@other.example"): a person sees it
        decision.needs_human = True
        decision.reasons.append(warning)
    if lookup.foreign_invoices:
        decision.needs_human = True
        decision.reasons.append(f"invoice(s) not found for this customer: {', '.join(lookup.foreign_invoices)}")
    if offer := settlement_words(email.visible_text or email.text):
        # No drafted acknowledgement: approving "we have noted your payment" could itself accept the offer.
        return _route("policy.settlement_offer", [f"offers a settlement (\"{offer}\"): accepting or acknowledging it may waive the rest; a write-off is a person's decision",
                                                  *decision.reasons], owner, decision.pauses)
    return decision


def _outside_address_named(visible: str, customer: Customer) -> str | None:
    """The warning for the first address outside the customer's own domains in the customer's own words (not the
    signature, not the quoted reminder), or None: redirects are how statements and payments are diverted."""
    from agent.extract import find_emails
    from agent.models.features import strip_greeting_and_signature

    for address in find_emails(strip_greeting_and_signature(visible)):
        if warning := contact_outside(address, customer):
            return warning
    return None


def _unlisted_sender(decision: Decision, email: ParsedEmail, customer: Customer) -> None:
    """A reply from the customer's domain but from an address the ERP does not list (a new clerk, a colleague "asked to
    reply") speaks for the customer only once a person has seen who it is: nothing is confirmed on its word alone."""
    listed = customer.contact_emails()
    sender = (email.from_addr or "").lower()
    if listed and sender and sender not in listed:
        decision.needs_human = True
        decision.reasons.append(f"{email.from_addr} is not a listed contact of {customer.name}: a person checks who wrote")


def _apply_flags(decision: Decision, customer: Customer) -> None:
    """Flagged accounts always go to a human (their reminders follow the dunning policy's flag rules)."""
    for flag in customer.flags:
        why = HUMAN_FLAGS.get(flag) or ROUTE_ONLY_FLAGS.get(flag) or f"account flagged {flag}"
        decision.needs_human = True
        if why not in decision.reasons:
            decision.reasons.append(why)
    held = [flag for flag in ROUTE_ONLY_FLAGS if flag in customer.flags]
    if held and not decision.pauses:
        # LABELING: an account with legal or do-not-contact stays paused whatever the reply says (a proposal
        # like every pause from a message: a person applies it)
        decision.pauses.append(PauseInstruction(customer_id=customer.id, until=None, reason=f"account flagged {'+'.join(held)}: reminders stay paused"))
    if "do_not_contact" in customer.flags and decision.action == "draft_reply":
        decision.action, decision.template, decision.rule = "route_human", None, "policy.flag.do_not_contact"


def _draft(rule: str, template: str, reasons: list[str], *, needs_human: bool = False, pauses: list[PauseInstruction] | None = None, **template_vars: object) -> Decision:
    return Decision(action="draft_reply", needs_human=needs_human, rule=rule, reasons=reasons, template=template, template_vars=dict(template_vars), pauses=pauses or [])


def _by_intent(cls: Classification, customer: Customer, lookup: LookupResult, sent_on: date, p: PolicyParams, words: str) -> Decision:
    f = cls.facts
    folded = fold(words)  # the customer's words as the lexicons read them, folded once
    intent = cls.intent
    if intent == Intent.promise_to_pay:
        if f.promise_date is None:
            return _draft("policy.promise_to_pay.no_date", "promise_date_request", ["promise without a date: ask for one"], needs_human=True,
                          pauses=_pause(customer, lookup, sent_on + timedelta(days=p.review_pause_days), "promised to pay, date still to be agreed", named_only=True))
        days_out = (f.promise_date - sent_on).days
        pause = _pause(customer, lookup, f.promise_date + timedelta(days=p.promise_grace_days), f"promised to pay by {f.promise_date}", named_only=True)
        record = {"promise": {"date": f.promise_date.isoformat(), "amount": str(f.promise_amount) if f.promise_amount is not None else None, "invoices": [i.number for i in lookup.target_invoices]}}
        # An amount equal to the total, or to the balance of an invoice the reply names, pays something whole. An
        # amount that happens to equal one of several unnamed invoices leaves the reader guessing which: a person
        # checks it (LABELING rule 4: the invoices meant are those we reminded about).
        whole = {lookup.open_balance, *(i.balance for i in lookup.mentioned_invoices)}
        partial = f.promise_amount is not None and f.promise_amount < lookup.open_balance and f.promise_amount not in whole
        reasons: list[str] = []
        if f.promise_conditional:
            reasons.append("conditional promise: a human judges it")
        if partial:
            reasons.append(f"partial promise ({f.promise_amount} of {lookup.open_balance} open)")
        # The reader may miss a part payment written without a currency ("2,000 today, the rest when…"), in words
        # ("twelve thousand four hundred fifty") or as a share ("50% by Friday"): a promise is confirmed alone only
        # when every figure in the customer's words is a whole it pays and no word speaks of a part.
        said = unaccounted(without_closing(words), (f.language, customer.language), whole | numbers_of(lookup), lookup.open_balance)
        if said and not partial:
            reasons.append(f"the reply names {said}, not the open balance ({lookup.open_balance}) nor a named invoice's: "
                           "a person checks whether the promise is whole")
        if put_off := put_off_words(folded):
            reasons.append(f"'{put_off}': the day named may be when they look at it or are back, not when they pay")
        if reference := payment_reference_named(folded):
            reasons.append(f"names a payment reference ('{reference}'): a payment said to be made is looked up by a person, not confirmed as a promise")
        if need := needs_from_us(folded):
            reasons.append(f"'{need}': the customer needs something from us first")
        if rest := (None if partial else rest_left_for_later(folded)):
            reasons.append(f"'{rest}': part of what is owed is left for later or a condition; the date covers only the rest")
        if undated := invoices_without_a_date(words, lookup, sent_on, f.language):
            reasons.append(f"{', '.join(undated)} named where no date is: the promise may not cover every invoice the reply speaks of")
        if days_out > p.promise_max_days:
            reasons.append(f"promise date {f.promise_date} is {days_out} days away (over {p.promise_max_days})")
        elif later := a_later_day_named(words, f.promise_date, sent_on, f.language, p.promise_max_days):
            reasons.append(f"the reply also names {later}, over {p.promise_max_days} days away: part of it may be promised that late")
        if days_out < 0:
            reasons.append(f"promise date {f.promise_date} is in the past")
        d = _draft("policy.promise_to_pay." + ("needs_review" if reasons else "confirm"), "promise_confirm", reasons or [f"promise to pay by {f.promise_date}: confirm and pause dunning"], needs_human=bool(reasons), pauses=pause, promise_date=f.promise_date.isoformat())
        d.record = record
        return d
    if intent == Intent.already_paid:
        claimed = f.payment_amount or (f.amounts[0] if f.amounts else None)
        if lookup.matched_payments:
            pay = lookup.matched_payments[0]
            mismatch = claimed is not None and claimed != pay.amount
            short = pay.amount < lookup.paid_balance
            reasons = [f"payment {pay.reference or pay.id} of {pay.amount} {pay.currency} on {pay.date} found"]
            if pay.is_unapplied:
                reasons.append("payment is unapplied: flag for cash application")
            if mismatch:
                reasons.append(f"customer says {claimed}, ERP shows {pay.amount}")
            if short:
                reasons.append(f"short payment: {pay.amount} paid, {lookup.paid_balance} open on the invoices meant")
            sums = {pay.amount, lookup.open_balance, lookup.paid_balance, *(i.balance for i in lookup.mentioned_invoices)}
            # the figures of a payment reference quoted ("Verwendungszweck HOLLMANN 1207") are no sum of money
            quoted = blank_references(words, [r for r in (pay.reference, f.payment_reference) if r])
            said = None if mismatch or short else unaccounted(quoted, (f.language, customer.language), sums | numbers_of(lookup), max(sums))
            if said:
                reasons.append(f"the reply names {said}, not the payment found ({pay.amount}) nor what is open: a person checks whether it settles the invoices")
            if need := needs_from_us(folded):
                reasons.append(f"'{need}': the customer needs something from us, which a payment confirmation does not answer")
            if when := paid_at_another_time(words, f.payment_date, pay.date, sent_on):
                reasons.append(f"the customer says they paid {when}, the payment found is of {pay.date}: it may be another payment; a person checks")
            if rest := rest_still_undated(words, sent_on, f.language):
                reasons.append(f"'{rest}': part of what is owed is still to come, with no day; a person checks what the payment found settles")
            mismatch = mismatch or short or bool(said) or bool(need) or bool(when) or bool(rest)
            d = _draft("policy.already_paid." + ("amount_differs" if mismatch else "found"), "payment_confirm", reasons, needs_human=mismatch,
                       pauses=_pause(customer, lookup, sent_on + timedelta(days=p.already_paid_recheck_days), "customer reports payment; found in ERP", named_only=True),
                       payment_id=pay.id)
            d.record = {"cash_application": [pay.id]} if pay.is_unapplied else {}
            return d
        if lookup.unidentified_payments:
            pay = lookup.unidentified_payments[0]
            d = _route("policy.already_paid.unidentified_cash",
                       [f"no payment of this customer matches, but unidentified payment {pay.reference or pay.id} of {pay.amount} {pay.currency} on {pay.date} may be theirs: cash application is a person's call"],
                       customer.owner, _pause(customer, lookup, sent_on + timedelta(days=p.unmatched_payment_pause_days), "customer reports payment; unidentified cash may be theirs", named_only=True))
            d.record = {"cash_application": [q.id for q in lookup.unidentified_payments]}
            return d
        return _draft("policy.already_paid.not_found", "remittance_request", ["customer reports payment, but no matching payment is in the ERP: ask for remittance advice"], needs_human=True,
                      pauses=_pause(customer, lookup, sent_on + timedelta(days=p.unmatched_payment_pause_days), "customer reports payment; not yet found", named_only=True))
    if intent == Intent.dispute:
        reason = f.dispute_reason or "unspecified"
        return _draft("policy.dispute.pause_and_route", "dispute_ack", [f"dispute ({reason}): the owner resolves it; dunning paused until then"], needs_human=True,
                      pauses=_pause(customer, lookup, None, f"dispute: {reason}", named_only=True), dispute_reason=reason)
    if intent == Intent.invoice_resend:
        invoices = lookup.target_invoices
        if not invoices:
            return _route("policy.invoice_resend.nothing_to_send", ["copy requested, but no matching invoice is open"], customer.owner)
        change = change_asked(fold(without_closing(words)))  # a copy would repeat what the customer says is wrong (not the disclaimer's "error")
        reasons = [f"send a copy of {', '.join(i.number for i in invoices)}"]
        if change:
            reasons.append(f"the request asks for a change ('{change}'), not only a copy: a person decides before the same invoice goes out again")
        audit = asks_for_an_audit_confirmation(folded)
        if audit:
            reasons.append("a balance confirmation for auditors is asked: a person confirms the balance, no copy does")
        return _draft("policy.invoice_resend." + ("change_asked" if change else "audit_confirmation" if audit else "send_copy"), "invoice_resend", reasons,
                      needs_human=bool(change or audit),
                      attachments=[f"{i.number}.pdf" for i in invoices])
    if intent == Intent.po_change:
        reasons = ["PO / billing change requested: a human approves it in the ERP; nothing changes automatically"]
        if warning := contact_outside(f.new_billing_contact, customer):
            reasons.append(warning)  # "send future invoices to finance-team@look-alike.example": the same check as a new contact's
        d = _draft("policy.po_change.record_for_approval", "po_change_ack", reasons, needs_human=True)
        d.record = {"requested_change": {"new_po_number": f.new_po_number, "new_billing_contact": f.new_billing_contact, "invoices": [i.number for i in lookup.mentioned_invoices]}}
        return d
    if intent == Intent.payment_plan_request:
        d = _draft("policy.payment_plan.route", "payment_plan_hold", ["payment plans are a human decision"], needs_human=True,
                   pauses=_pause(customer, lookup, None, "payment plan requested"))
        d.record = {"requested_installments": f.requested_installments}
        return d
    if intent == Intent.wrong_contact:
        reasons = ["a new contact was named: a human approves the change"]
        if warning := contact_outside(f.replacement_contact, customer):
            reasons.append(warning)
        d = _draft("policy.wrong_contact.propose", "wrong_contact_ack", reasons, needs_human=True)
        d.record = {"proposed_contact": f.replacement_contact}
        return d
    return _route("policy.other.route", ["not a reply dunmail handles by policy"], customer.owner)
