"""Second readings: what a reply asks for, read as LABELING.md says a collector reads it, after the detector leaned.

The linear detector reads the shape of the words; these rules read what the words do. "We never received
invoice 4410, please send it again" shares "not received" with a dispute but asks for a copy; "payer en deux
fois" shares "deux fois" with a double bill but asks for a plan; "la trésorerie" is the office that pays, not a
cash-flow plea; "otherwise payment will be stuck" promises nothing. Each rule takes one reading the detector
gave and, when the text plainly says otherwise, takes it as the intent LABELING.md names; precedence then
picks the primary again. They run in this order, after the detector and its cue and sentence readings,
before the reply's facts are read. Phrases live in agent/models/notices.py and agent/models/tense.py.

Written from error families seen on the field, field2 and field3 splits (the words of those replies stay
out of here); field4, written before these rules, measures whether they generalise.
"""

from __future__ import annotations

import re
from datetime import timedelta

from agent.extract import find_dispute_reason
from agent.models.notices import (
    ACCOUNT_MOVED,
    ASKS_FOR_INSTALMENTS,
    BILLING_CHANNEL,
    an_automatic_absence_notice,
    asks_about_a_way_to_pay,
    asks_again_for_an_invoice_that_never_came,
    asks_for_a_copy_here_changing_nothing,
    asks_for_a_copy_it_could_not_open,
    asks_for_a_split,
    asks_for_a_statement,
    asks_only_for_the_invoice_again,
    asks_to_spread_the_payment,
    changes_where_or_how_invoices_go,
    contests_nothing_of_the_bill,
    dispute_words_only_about_the_po,
    dispute_words_only_in_a_condition_of_payment,
    dispute_words_only_in_a_split_payment,
    disputes_a_tax_charge,
    makes_a_request,
    names_a_tax_id_to_correct,
    only_says_it_was_passed_on,
    paid_by_card_over_the_phone,
    paid_twice_ourselves,
    pays_under_an_existing_arrangement,
    plan_words_only_name_a_paying_office,
    po_only_named_in_a_promise,
    points_at_someone_else,
    promises_a_payment,
    says_the_person_is_gone,
    someone_is_away,
)
from agent.models.rules import cue_found
from agent.models.tense import REFERENCE, payment_tenses, speaks_of_a_payment_to_come
from core.contracts import INTENT_PRECEDENCE, ClassifyInput, Intent
from core.text.complaints import complaint_words
from core.text.conditions import PAYMENT_ACT, PAYMENT_WORD
from core.text.folding import fold
from core.text.remainders import rest_left_for_later
from core.text.sentences import sentences

# An amount of money written out: "$11,450", "1.900 €", "EUR 300"
_AN_AMOUNT = re.compile(r"[£$€]\s?\d|\d\s?[£$€]|\b(?:eur|usd|gbp|chf|aud|cad|nzd|inr|rs\.?)\s?\d|\b\d[\d.,]*\s?(?:eur|usd|gbp|chf|aud|cad|nzd|inr)\b", re.I)


def _recast(candidates: list[Intent], read: Intent, meant: Intent) -> tuple[list[Intent], Intent]:
    """The candidates with `read` taken as `meant` (each intent once), and the primary by precedence again."""
    candidates = list(dict.fromkeys(meant if i is read else i for i in candidates))
    return candidates, min(candidates, key=INTENT_PRECEDENCE.index)


def _names_a_day(item: ClassifyInput, body: str) -> bool:
    """Any day the reply could be promising, committed to or not ("I'll do it Thursday if so")."""
    from agent.dates import find_promise_date

    return find_promise_date(body, item.sent_at, item.customer_language, item.timezone) is not None


def _commits_to_a_date(item: ClassifyInput, body: str) -> bool:
    from agent.dates import find_promise_date

    return find_promise_date(body, item.sent_at, item.customer_language, item.timezone, committed_only=True) is not None


# A dispute the detector reads less surely than this in the whole reply, beside a dated payment and no word that contests anything, is a
# reading of the setting's words ("zweimal", "cerrada", "gebucht": 0.16-0.69 on the field68 replies); a dispute read
# surer (0.8 and up on the field60-63 disputes beside a promise: "on hold", "nach Abzug der Konventionalstrafe") stays.
UNSURE_DISPUTE = 0.75


# A word of paying itself, whole ("the Virgin", "will check and revert" are none)
_PAYING = re.compile(r"\b(?:pay\w*|paid|transfer\w*|wire|settle\w*|remit\w*|zahl\w*|bezahl\w*|uberweis\w*|begleich\w*|paie\w*|paye\w*|regl\w*|virement|vire\w*"
                     r"|versement|pag(?:a|o|ue)\w*|abon\w*|transfier\w*|liquid\w*|betaal\w*|betal\w*|overmak\w*|overgemaakt|overboek\w*|deposit\w*)\b")


# ... and not denied: "Declan will mind the post but he can't approve payments"
_DENIED = re.compile(r"\b(?:not|cannot|can'?t|won'?t|unable|nicht|kein\w*|pas|ne|niet|geen|nao|nunca|never|jamais)\b|n't\b")


# An invoice number or an amount that "goes": "67022 goes out tomorrow", "she has set up 4410 to go on Friday", "the €900 goes
# Monday" (the payment said without a payment word)
_MONEY_GOES = re.compile(r"(?:\binv[\w-]*\d|(?<![\d.,/-])\d{4,6}(?![\d.,/-])|[£$€]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:eur|usd|gbp|chf|aud|cad|nzd|[£$€]))"
                         r"\s+(?:(?:is|are|will|should|can)\s+)?(?:to\s+go|goes|go|going)\b(?!\s+(?:to\s+)?(?:the\s+)?(?:wrong|missing|astray))")


def _pays_on_a_named_day(item: ClassifyInput, body: str) -> bool:
    """A sentence that speaks of paying names a day to pay on ("Elle fera le virement dès son retour, lundi 28", "Ela paga
    quando voltar, no dia 4 de setembro", "he's off till Friday but has set up 4410 to go on Friday"): whoever is away,
    the payment has its day."""
    from agent.dates import find_promise_date

    return any((_PAYING.search(fold(sentence)) or _MONEY_GOES.search(fold(sentence))) and not _DENIED.search(fold(sentence))
               and speaks_of_a_payment_to_come(sentence)
               and find_promise_date(sentence, item.sent_at, item.customer_language, item.timezone) is not None for sentence in sentences(body))


# A payment word in the participle or passive beside its day: "it's paid on 22 December", "3 december is alles betaald",
# "wird am 9.12. bezahlt", "sera réglée le 10", "queda pagada el 15", "fica paga dia 12".
_PAID_WORD = re.compile(r"\b(?:paid|settled|transferred|remitted|wired|bezahlt|beglichen|uberwiesen|payee?s?|reglee?s?|viree?s?|pagad[oa]s?"
                        r"|transferid[oa]s?|betaald|voldaan|overgemaakt|pag[oa]s?|liquidad[oa]s?)\b")
# "already", "bereits", "déjà", "ya", "reeds", "al betaald", "já foi": a claim, whatever day follows (Dutch "al" and
# Portuguese "já" only beside their verb: Spanish "al" is "to the", German "ja" is "yes")
_ALREADY = re.compile(r"\b(?:already|bereits|schon|deja|ya|reeds|al\s+(?:\w+\s+)?(?:betaald|overgemaakt|voldaan)|ja\s+(?:foi|foram|esta|estao|pag\w*|transferi\w*))\b")
# a Belgian structured communication, or a reference word and its number (as agent/models/tense.py reads them)
_PAYMENT_REFERENCE = re.compile(r"\+\+\+\s*\d{3}\s*/\s*\d{4}\s*/\s*\d{5}\s*\+\+\+|" + REFERENCE.pattern)
# a proof of the payment sent along ("comprovante em anexo", "remittance attached", "Zahlungsavis anbei"): a payment made, whatever
# day beside it the date reader places ahead ("paga dia 20", written on the 21st)
_PROOF_OF_PAYMENT = re.compile(r"\b(?:comprovante|comprovativo|justificante|remittance(?:\s+advice)?\s+(?:attached|enclosed)|proof\s+of\s+payment"
                               r"|zahlungs(?:avis|nachweis|beleg)|uberweisungsbeleg|avis\s+de\s+(?:paiement|virement|reglement)|preuve\s+de\s+(?:paiement|virement)"
                               r"|betaalbewijs|bewijs\s+van\s+betaling)\b")


# Spans that only lie ahead, and the "by" that bounds them
_SPANS_AHEAD = frozenset({"eom", "eonm", "next_week", "this_week", "eofy"})
# Counts from today: "in two weeks", "over twee weken", "dans dix jours", "a fortnight from now"
_COUNTED_AHEAD = frozenset({"in_n", "fortnight", "from_now", "days_from_today", "week_from_today"})
_BY_BEFORE = re.compile(r"\b(?:by|before|bis|bis\s+zum|vor|tegen|voor|avant|d'ici|para|hasta|antes\s+de|ate|uiterlijk)\s+(?:the\s+|l[ae]\s+|el\s+|o\s+|a\s+|het\s+|de\s+|dem\s+|den\s+)?$")


# The bank's own charges taken from a transfer ("the bank took their fee", "el banco descontó sus comisiones").
_BANK_CHARGES = re.compile(r"\b(?:bank(?:'s)?\s+(?:\w+\s+){0,2}(?:fees?|charges?|commission)|(?:fees?|charges?|commission)\s+(?:\w+\s+){0,2}bank"
                           r"|bank\s+(?:took|deducted|kept|charged)|bankgebuhr\w*|bankspesen|spesen\s+der\s+bank|frais\s+(?:bancaires|de\s+(?:la\s+)?banque)"
                           r"|banco\s+(?:\w+\s+){0,2}(?:desconto|descontou|cobro|comisiones|taxas|tarifas)|comisiones\s+(?:\w+\s+){0,2}banc\w*"
                           r"|bankkosten|kosten\s+van\s+de\s+bank|tarifas?\s+bancarias?|taxas?\s+bancarias?)")


def _paid_on_a_day_ahead(item: ClassifyInput, body: str) -> bool:
    """A reply read as "already paid" whose payment word stands beside a day still ahead and nowhere behind ("it's paid
    on 22nd December, no sooner", written in November): nothing has been sent, a day is promised."""
    from agent.dates import EXPLICIT_KINDS, find_dates, local_date

    if item.sent_at is None:
        return False
    folded = fold(body)
    if _ALREADY.search(folded) or _PAYMENT_REFERENCE.search(folded) or _PROOF_OF_PAYMENT.search(folded):
        return False  # "already", a proof attached, or a payment reference quoted ("betaald op 24/11 met mededeling +++…+++"): a claim
    today = local_date(item.sent_at, item.timezone)
    every = find_dates(body, item.sent_at, item.customer_language, item.timezone, item.customer_language)
    found = [f for f in every if f.kind in EXPLICIT_KINDS]
    if any(f.past is not None and (today - f.past).days <= 60 and (f.future is None or (f.future - today).days > 120 or f.future == f.past)
           for f in found):
        return False  # "paid 30/11, value date 2/12": a day gone by names the payment, the one ahead its arrival
    for f in every:
        if f.future is None or f.future <= today:
            continue
        # "bis Monatsende ist alles bezahlt", "tegen eind deze maand is alles betaald": a span ahead, bounded by "by", that
        # the payment word follows (not "we paid by month end as always")
        if f.kind in _SPANS_AHEAD and _BY_BEFORE.search(folded, max(0, f.start - 12), f.start) \
                and _PAID_WORD.search(re.split(r"[.!?\n]", folded[f.end:f.end + 25])[0]) \
                and not _PAID_WORD.search(re.split(r"[.!?\n]", folded[max(0, f.start - 25):f.start])[-1]):
            return True
        if f.kind in _COUNTED_AHEAD and _PAID_WORD.match(folded[f.end:].lstrip()):
            return True  # "Over twee weken betaald.", "in zwei Wochen bezahlt": a count ahead, the participle after it
    for f in found:
        if f.future is None or f.future <= today or f.may_have_passed(today):
            continue
        before = re.split(r"[.!?\n]", folded[max(0, f.start - 25):f.start])[-1]
        after = re.split(r"[.!?\n]", folded[f.end:f.end + 25])[0]
        if _PAID_WORD.search(before) or _PAID_WORD.search(after):
            return True
    return False


def _no_claim_and_only_days_ahead(item: ClassifyInput, text: str, body: str) -> bool:
    """A reply read as "already paid" that claims nothing sent and names only days still ahead ("Transferência a 23/03.",
    "Payment: 3/31, Amount: USD 6,420", a schedule of invoices with their payment dates, all written before them): a date to
    pay on, not a payment made."""
    from agent.dates import EXPLICIT_KINDS, find_dates, local_date

    if item.sent_at is None or payment_tenses(text)[1] or _ALREADY.search(fold(body)) or _PAYMENT_REFERENCE.search(fold(body)):
        return False
    today = local_date(item.sent_at, item.timezone)
    found = [f for f in find_dates(body, item.sent_at, item.customer_language, item.timezone, item.customer_language) if f.kind in EXPLICIT_KINDS]
    return bool(found) and all(f.future is not None and f.future > today and not f.may_have_passed(today) for f in found)


_SHARED_FORM = re.compile(r"\b(?:pagamos|transferimos|depositamos|abonamos|liquidamos)\b")


def _shared_form_tense(item: ClassifyInput, body: str) -> str | None:
    """Spanish and Portuguese "pagamos", "transferimos" are present (a promise) and past (a claim) alike: the date
    after the verb tells them apart. "pagamos ambas el 23/11", written on the 26th, is "past"; "pagamos a 02/12" is
    "future"; None when no date follows the verb closely or the language has no such form."""
    from agent.dates import find_dates, local_date
    from core.text.language import detect_language

    if item.sent_at is None:
        return None
    folded = fold(body)
    language = detect_language(body, default=item.customer_language or "en")
    if language not in ("es", "pt"):
        return None
    verb = _SHARED_FORM.search(folded)
    if verb is None:
        return None
    today = local_date(item.sent_at, item.timezone)
    for f in find_dates(body, item.sent_at, language, item.timezone, item.customer_language):
        if not verb.end() <= f.start <= verb.end() + 30 or f.kind not in ("numeric", "dmy_name", "iso", "dom"):
            continue
        if f.may_have_passed(today, within=45) and (f.future is None or (f.future - today).days > 180):
            return "past"
        if f.future is not None and (f.future - today).days <= 120 and (f.past is None or f.past == f.future or f.past < today - timedelta(days=45)):
            return "future"
        return None
    return None


# What contests a bill in any of the six languages, for an absence the model read as a dispute ("te contesta cuando vuelva"
# answers, it contests nothing)
_DISPUTE_WORD = re.compile(r"\b(?:wrong|incorrect|dispute|disagree|damaged|defective|missing|never\s+(?:received|ordered)|twice|duplicate|credit\s+note"
                           r"|falsch|fehlerhaft|reklamation|doppelt|gutschrift|erreur|errone|litige|reclamation|avoir|en\s+double|incorrecto|error|reclamacion"
                           r"|duplicad|abono|fout|onjuist|klacht|creditnota|dubbel|errad|incorret|reclamacao|nota\s+de\s+credito)")


# A desk or an address, not a payment: "Accounts Payable Supervisor", "payables@…"
_PAYABLES_DESK = re.compile(r"\baccounts?\s+payables?\b|\S*@\S+|\bpayables?\b")
# Money told of without a payment word: "settled", "wired", "the cheque", "erledigt", an amount in its currency sign
# (or a proof of a transfer: "please find attached the SWIFT copy for INV-…", an MT103, a UTR, a bank receipt)
_MONEY_TOLD = re.compile(r"settl|remit|wire|cheque|\bchecks?\b|scheck|deposit|gestort|voldaan|beglich|liquid|abon|quitad|[£$€]|\b(?:done|sorted|erledigt|hecho|feito|gedaan)\b"
                         r"|\bswift\b|\bmt\s?103\b|\butr\b|transf|virement|uberweis|overboek|comprovant|justificant|betaalbewijs|\breceipt\b|quittung")


# "Could you credit the 3 seats?", "bitte eine Gutschrift", "un avoir": a charge contested, whoever left the firm
_ASKS_A_CREDIT = re.compile(r"\bcredit\s+(?:the|us|our|it|them|back|\d)|\bcredit\s+note|\bgutschrift|\bavoir\b|\bnota\s+de\s+credito|\bcreditnota|\babono\b")


def reread(item: ClassifyInput, text: str, body: str, candidates: list[Intent], primary: Intent, probs: dict[Intent, float], *,
           primary_min: float, cue_min: float, notice: str | None,
           whole: dict[Intent, float] | None = None) -> tuple[list[Intent], Intent]:
    """The candidates and the primary intent after every second reading (see the module's docstring). `text` is the
    visible reply, `body` the customer's own words in it (features.reply_body: no greeting, signature or disclaimer);
    `whole` the detector's reading of the whole reply, before a sentence read alone raised it (default: `probs`)."""
    whole = whole if whole is not None else probs
    if primary is Intent.payment_plan_request and pays_under_an_existing_arrangement(text):
        # an instalment of a plan already agreed is a (partial) promise, not a request for a new plan
        candidates, primary = _recast(candidates, Intent.payment_plan_request, Intent.promise_to_pay)
    others = [i for i in candidates if i in (Intent.po_change, Intent.invoice_resend, Intent.dispute)]
    unpaid = _PAYABLES_DESK.sub(" ", fold(body))
    if primary is Intent.already_paid and others and not PAYMENT_ACT.search(unpaid) and not _MONEY_TOLD.search(unpaid):
        # "re-send 70182 with the PO corrected, the PDF we have says …", "an invitation has been sent to your mailbox", "TPS
        # 81427 RT0001": a sentence read as a claim for its "sent" or its numbers, in a reply that never speaks of money
        candidates, primary = others, min(others, key=INTENT_PRECEDENCE.index)
    if (primary is Intent.dispute and (probs[Intent.po_change] >= cue_min or cue_found("po", body))
            and dispute_words_only_about_the_po(body)):
        # "the PO number on INV-1 is incorrect, please correct it to 4500…" asks for a PO change, it contests nothing
        candidates, primary = _recast(candidates, Intent.dispute, Intent.po_change)
    if (primary is Intent.dispute and probs[Intent.promise_to_pay] >= cue_min
            and dispute_words_only_in_a_condition_of_payment(body)):
        candidates, primary = _recast(candidates, Intent.dispute, Intent.promise_to_pay)
    if (primary is Intent.dispute and Intent.promise_to_pay in candidates and probs[Intent.promise_to_pay] >= primary_min
            and whole[Intent.dispute] < UNSURE_DISPUTE
            and (_commits_to_a_date(item, body) or _pays_on_a_named_day(item, body)) and not complaint_words(fold(body))
            and contests_nothing_of_the_bill(body)):
        # "an Rosenmontag ist Betriebsruhe, bis dahin verkaufen wir jedes Kostüm zweimal. Wir zahlen Freitag nächster Woche":
        # a dated payment, and beside it the season or the office, nothing of our bill contested (the detector's dispute
        # reading rests on words like "zweimal", "cerrada", "gebucht")
        candidates, primary = _recast(candidates, Intent.dispute, Intent.promise_to_pay)
    if ((primary in (Intent.po_change, Intent.invoice_resend, Intent.other) or probs[primary] < primary_min
         # "en congé maternité … adressez-vous à Julien", typed by a person with no return named
         or primary is Intent.out_of_office and not item.is_auto_reply and not someone_is_away(text))
            and probs[Intent.wrong_contact] >= cue_min and says_the_person_is_gone(text) and not cue_found("po", text)):
        # "X left, send invoices to Y" / "I left the finance team": who we chase changes; not a PO or billing
        # detail, not a copy request, and the address it names is the new contact, not a second request
        candidates = [i for i in candidates if i not in (Intent.po_change, Intent.invoice_resend, Intent.other, Intent.out_of_office)
                      and probs[i] >= primary_min] + [Intent.wrong_contact]
        primary = min(candidates, key=INTENT_PRECEDENCE.index)
    if (primary in (Intent.promise_to_pay, Intent.already_paid, Intent.dispute) and says_the_person_is_gone(body) and not _ASKS_A_CREDIT.search(fold(body))
            and not promises_a_payment(body) and not payment_tenses(body)[1] and not cue_found("po", body)
            and not any(cue_found(c, body) for c in ("paid", "promise", "dispute", "plan"))
            and find_dispute_reason(body) is None and not _DISPUTE_WORD.search(fold(body))):
        # "Herr X ist zum 31.03. ausgeschieden", "X left the firm after our merger, this mailbox closes at the end of the month",
        # "I am in charge of sales only": the contact is gone or elsewhere, and nothing is paid, promised or contested (the
        # reading rests on the day the person left or the mailbox closes)
        candidates = [i for i in candidates if i not in (Intent.promise_to_pay, Intent.already_paid, Intent.dispute)] + [Intent.wrong_contact]
        primary = min(candidates, key=INTENT_PRECEDENCE.index)
    if primary is Intent.dispute and paid_twice_ourselves(body):
        # "nous avons réglé par erreur la 58311 deux fois": their own payment doubled, nothing of ours contested
        candidates, primary = _recast(candidates, Intent.dispute, Intent.already_paid)
    if primary is Intent.dispute and asks_only_for_the_invoice_again(body):
        # "we never received invoice 73631, please send it again": a copy request, it contests nothing
        candidates, primary = _recast(candidates, Intent.dispute, Intent.invoice_resend)
    if primary is Intent.dispute and dispute_words_only_in_a_split_payment(body) and not pays_under_an_existing_arrangement(text):
        # "payer en deux fois", "in twee keer betalen": the "twice" words ask for a plan, they name no duplicate bill
        candidates, primary = _recast(candidates, Intent.dispute, Intent.payment_plan_request)
    if (primary in (Intent.already_paid, Intent.promise_to_pay, Intent.other) and probs[primary] < primary_min
            and asks_to_spread_the_payment(body) and makes_a_request(body)):
        # an unsure reading of "can I do $100 a week till it's paid?" / "solicitamos un fraccionamiento": it asks for a plan
        candidates, primary = _recast(candidates, primary, Intent.payment_plan_request)
    if primary is Intent.already_paid and not payment_tenses(body)[1] and asks_to_spread_the_payment(body) and makes_a_request(body):
        # "L'été a été pluvieux … Pourrait-on étaler le paiement sur trois mois ?": nothing told as paid, a plan asked for
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.payment_plan_request)
    rest = [i for i in candidates if i is not Intent.payment_plan_request]
    if (primary is Intent.payment_plan_request and rest and all(i in (Intent.invoice_resend, Intent.po_change, Intent.wrong_contact) for i in rest)
            and not cue_found("plan", body) and not PAYMENT_ACT.search(fold(body)) and not _AN_AMOUNT.search(body) and not asks_to_spread_the_payment(body)
            and not _names_a_day(item, body)):
        # "Can I get copies of both invoices? We lost our files in the move": a plan read beside a request for a document or
        # a contact, in a reply that never speaks of paying, let alone of spreading it, and names no day
        candidates, primary = rest, min(rest, key=INTENT_PRECEDENCE.index)
    if (primary is Intent.promise_to_pay and not pays_under_an_existing_arrangement(text)
            and (ASKS_FOR_INSTALMENTS.search(body) or asks_to_spread_the_payment(body) and asks_for_a_split(body))):
        # "kindly allow us to pay in 4 monthly instalments starting January", "la moitié le 6 et l'autre moitié fin mars, ça
        # vous va ?": a plan asked for, whatever dates it names (LABELING: asked schedules are plan requests)
        candidates, primary = _recast(candidates, Intent.promise_to_pay, Intent.payment_plan_request)
    if primary is not Intent.wrong_contact and Intent.wrong_contact in candidates and not points_at_someone_else(text):
        # a contact change read beside a copy request in "je ne la retrouve pas" (I can't find it): nobody else is named
        candidates = [i for i in candidates if i is not Intent.wrong_contact]
    if primary is Intent.wrong_contact and only_says_it_was_passed_on(body):
        # "Danke, ist weitergeleitet": an acknowledgement that names nobody new (LABELING: other)
        candidates, primary = _recast(candidates, Intent.wrong_contact, Intent.other)
    if (primary in (Intent.promise_to_pay, Intent.already_paid, Intent.other, Intent.payment_plan_request) and asks_for_a_statement(body)
            and (primary is not Intent.payment_plan_request or plan_words_only_name_a_paying_office(body)
                 or not asks_to_spread_the_payment(body))):
        # "bitte senden Sie uns eine Offene-Posten-Liste per 30.11.": a statement is a copy request, and the payments it is
        # asked to show ("… with the instalments paid so far") are neither claimed nor promised
        described = (Intent.promise_to_pay, Intent.already_paid, Intent.other, Intent.payment_plan_request)
        candidates = [Intent.invoice_resend, *(i for i in candidates if i not in described and i is not Intent.invoice_resend)]
        primary = min(candidates, key=INTENT_PRECEDENCE.index)
    if primary in (Intent.po_change, Intent.invoice_resend) and disputes_a_tax_charge(body):
        # "you charged GST although we are exempt; please reissue without tax": the tax is contested (LABELING)
        candidates, primary = _recast(candidates, primary, Intent.dispute)
    if primary is Intent.dispute and names_a_tax_id_to_correct(body):
        # "our NIP number is wrong on invoice 22051, the right one is PL …": a billing detail to correct (LABELING)
        candidates, primary = _recast(candidates, Intent.dispute, Intent.po_change)
    if (primary is Intent.dispute and payment_tenses(text) == (False, True) and _BANK_CHARGES.search(fold(body))
            and find_dispute_reason(body) is None):
        # "paid 9,875 on the 10th, the bank took its fee so you may see less": a payment told of, the shortfall the bank's
        candidates, primary = _recast(candidates, Intent.dispute, Intent.already_paid)
    if (primary in (Intent.payment_plan_request, Intent.dispute, Intent.promise_to_pay) and asks_about_a_way_to_pay(body)
            and not _commits_to_a_date(item, body) and not pays_under_an_existing_arrangement(body)
            and (primary is not Intent.promise_to_pay or not _names_a_day(item, body))):  # "… I'll do it Thursday if so" promises
        # "Can we pay by credit card? Happy to wear the surcharge", "Can we pay by card over the phone? Our transfer limit is
        # maxed out": a question about a way to pay, no day promised, for a person to answer (each reading goes: a plan
        # read beside a dispute would otherwise take the primary back)
        asked = (Intent.payment_plan_request, Intent.dispute, Intent.promise_to_pay)
        candidates = [i for i in candidates if i not in asked] + [Intent.other]
        primary = min(candidates, key=INTENT_PRECEDENCE.index)
    if primary is Intent.already_paid and paid_by_card_over_the_phone(body):
        # "paid it by card over the phone with your colleague, did it go through?": no bank line shows it; a person checks
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.other)
    if (primary in (Intent.promise_to_pay, Intent.already_paid, Intent.payment_plan_request) and probs[primary] < primary_min
            and complaint_words(fold(body)) and not PAYMENT_WORD.search(fold(body))):
        # "the tone of your reminder was disrespectful": an unsure reading of a complaint that speaks of no payment at all
        candidates, primary = _recast(candidates, primary, Intent.other)
    if primary is Intent.po_change and po_only_named_in_a_promise(body):
        # "receipted against PO 880213 and included in Thursday's BACS run": the PO is a reference, the reply a promise
        candidates, primary = _recast(candidates, Intent.po_change, Intent.promise_to_pay)
    if primary is Intent.already_paid and ACCOUNT_MOVED.search(body) and not payment_tenses(ACCOUNT_MOVED.sub(" ", body))[1]:
        # "the account has been transferred to our Cebu team": a desk moved, no money did
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.wrong_contact)
    if (primary in (Intent.promise_to_pay, Intent.wrong_contact, Intent.other) and changes_where_or_how_invoices_go(body)
            and (primary is not Intent.promise_to_pay or not promises_a_payment(body))
            and (primary is not Intent.other or probs[primary] < primary_min)):
        # "all invoices must go through Coupa", "the PO on INV-1 is wrong, please reissue … otherwise payment is stuck"
        candidates, primary = _recast(candidates, primary, Intent.po_change)
    if primary in (Intent.po_change, Intent.dispute, Intent.other) and (asks_for_a_copy_it_could_not_open(body)
                                                                        or asks_again_for_an_invoice_that_never_came(body)):
        # "Rechnung bitte erneut als PDF, die ZUGFeRD-Datei ließ sich nicht öffnen": a copy in a file that opens; "the
        # e-invoice never reached us through the portal, please send it again": a copy of what never came
        candidates, primary = _recast(candidates, primary, Intent.invoice_resend)
    if primary is Intent.po_change and probs[Intent.invoice_resend] >= primary_min and asks_for_a_copy_here_changing_nothing(body):
        # "please send a copy of INV-1 to this address, it is not in our system": where one copy goes, no billing detail
        candidates, primary = _recast(candidates, Intent.po_change, Intent.invoice_resend)
    if (primary is Intent.invoice_resend and changes_where_or_how_invoices_go(body) and not asks_for_a_copy_it_could_not_open(body)
            and not asks_again_for_an_invoice_that_never_came(body)):
        # "add our PO and send it again", "send it again through SDI": the billing detail is the request
        candidates, primary = _recast(candidates, Intent.invoice_resend, Intent.po_change)
    elif (Intent.po_change not in candidates and primary in (Intent.promise_to_pay, Intent.already_paid, Intent.dispute)
          and BILLING_CHANNEL.search(body) and not says_the_person_is_gone(body)):
        candidates = [*candidates, Intent.po_change]  # "we pay Tuesday, and from now on send invoices to facturas@…"
    if item.is_auto_reply and primary in (Intent.promise_to_pay, Intent.dispute, Intent.other) and an_automatic_absence_notice(body):
        # an automatic "closed for Tet from 8/2 to 18/2": its days are the closure's, the notice an absence
        candidates, primary = _recast(candidates, primary, Intent.out_of_office)
    if (not item.is_auto_reply and someone_is_away(body) and not _commits_to_a_date(item, body) and not _pays_on_a_named_day(item, body)
            and (primary in (Intent.promise_to_pay, Intent.out_of_office) or (primary is Intent.other and probs[primary] < primary_min)
                 or (primary is Intent.dispute and find_dispute_reason(body) is None and not _DISPUTE_WORD.search(fold(body))))):
        # "away till the 20th, will deal with it when I'm back", "Thiru is on leave, back 28 Feb. I'll let him know":
        # an absence, written by hand; its return day is no promise (a dispute beside it stays one: it may say more; and
        # "the treasurer is travelling until the weekend, so it will now go out Wednesday 5/19" commits to a day)
        read = Intent.promise_to_pay if primary is Intent.out_of_office else primary
        candidates, primary = _recast(candidates, read, Intent.out_of_office)
    elif (primary is Intent.out_of_office and not item.is_auto_reply and (PAYMENT_ACT.search(fold(body)) or _MONEY_GOES.search(fold(body)))
          and (Intent.promise_to_pay in candidates and _commits_to_a_date(item, body) or _pays_on_a_named_day(item, body))):
        # "Closed today for Family Day. I'll pay on Wednesday when I'm back in": the absence is the setting of a promise
        # ("la présidente est en congés. Elle fera le virement dès son retour, lundi 28": so is a colleague's)
        candidates, primary = _recast(candidates, Intent.out_of_office, Intent.promise_to_pay)
    if primary is Intent.payment_plan_request and plan_words_only_name_a_paying_office(body) and speaks_of_a_payment_to_come(text):
        # "le virement interviendra sous quinze jours" via "la trésorerie": a paying office is not a cash-flow plea
        candidates, primary = _recast(candidates, Intent.payment_plan_request, Intent.promise_to_pay)
    if (primary is Intent.other and probs[primary] < primary_min and not notice and not makes_a_request(body)
            and payment_tenses(text)[1] is False and _commits_to_a_date(item, body)):
        # "this goes out wed. thx", "Ok pour vend. 👍": an unsure reading of a reply that commits to a day
        candidates, primary = _recast(candidates, Intent.other, Intent.promise_to_pay)
    if primary is Intent.other and probs[primary] < primary_min and not notice and PAYMENT_WORD.search(fold(text)):
        # an unsure "other" that speaks of money only to come, or only as sent, says that much
        tenses = payment_tenses(text)
        if tenses == (True, False) and not makes_a_request(body):
            candidates, primary = _recast(candidates, Intent.other, Intent.promise_to_pay)
        elif tenses == (False, True):
            candidates, primary = _recast(candidates, Intent.other, Intent.already_paid)
    shared = _shared_form_tense(item, body) if primary in (Intent.already_paid, Intent.promise_to_pay) else None
    if primary is Intent.promise_to_pay and shared == "past" and not _commits_to_a_date(item, body):
        # "pagamos ambas el 23/11, concepto FRAS …", written on the 26th: a day gone by, so the shared form is a past
        candidates, primary = _recast(candidates, Intent.promise_to_pay, Intent.already_paid)
    if primary is Intent.already_paid and shared == "future" and not payment_tenses(_SHARED_FORM.sub(" ", fold(text)))[1]:
        # "a fatura chegou tarde; pagamos a 02/12": a day still ahead, so the shared form is a present for the future
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.promise_to_pay)
    if primary is Intent.already_paid and shared != "past" and speaks_of_a_payment_to_come(text):
        # money only spoken of in the future has not been sent: a promise, whatever the words share
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.promise_to_pay)
    if (primary is Intent.promise_to_pay and probs[Intent.already_paid] >= cue_min
            and payment_tenses(text) == (False, True)):
        # money only spoken of as sent ("se transfirieron el jueves"): a payment claim, whatever the date word
        candidates, primary = _recast(candidates, Intent.promise_to_pay, Intent.already_paid)
    if primary is Intent.promise_to_pay and payment_tenses(text) == (True, True) and rest_left_for_later(fold(body)):
        # "490 Euro sind heute raus, den Rest zahlen wir nach der Messe": a part sent, the rest promised; the part sent is
        # matched against the bank first (LABELING: already_paid, the promise beside it)
        candidates, primary = [Intent.already_paid, *candidates], Intent.already_paid
    if primary is Intent.already_paid and shared != "past" and _no_claim_and_only_days_ahead(item, text, body):
        # "Payment: 3/31", "Transferência a 23/03.", written before the day: nothing sent, a day named to pay on
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.promise_to_pay)
    if primary is Intent.already_paid and shared != "past" and _paid_on_a_day_ahead(item, body):
        # "it's paid on 22nd December, no sooner", written in November: the day is ahead, so it is a promise
        candidates, primary = _recast(candidates, Intent.already_paid, Intent.promise_to_pay)
    return candidates, primary
