"""An auto-reply that also answers the reminder (issue 14, after field53 and field54's one measurement; every reply here in
other words): the absence stays the reading, and what it says about the payment rides beside it (evals/LABELING.md:
out_of_office with a secondary promise, which keeps its date, or a secondary claim, which a person matches). A vague
"payments will be processed after we return" commits to no day, and "Accounts Payable is closed Monday" names no
payment. Claims of a payment made today or yesterday, in the words field53's writer used and the reader had not known."""

from __future__ import annotations

import pytest

from agent.models.tense import payment_tenses
from core.contracts import Intent
from core.text.quotes import forwarded_part
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize("text,language,day", [
    ("I am at the Leipzig fair until 10 March with little e-mail. About payments: all January invoices go out in our run on 9 March.", "en", "2027-03-09"),
    ("Ich bin bis einschließlich 9. März im Urlaub. Zu Zahlungen: die Rechnungen aus Januar werden am 11.03. überwiesen.", "de", "2027-03-11"),
    ("Je suis absente jusqu'au 8 mars. Pour les règlements : vos factures de janvier seront payées le 12 mars.", "fr", "2027-03-12"),
])
def test_an_auto_reply_that_also_promises_keeps_the_day(model, text, language, day):
    reading = read_reply(model, text, language, auto=True)
    assert reading.intent is Intent.out_of_office
    assert reading.secondary_intents == [Intent.promise_to_pay]
    assert reading.facts.promise_date and reading.facts.promise_date.isoformat() == day


@pytest.mark.parametrize("text", [
    "Our office is closed for stocktaking until 15 March. Payments will be processed after we return.",
    "Thank you for your e-mail. Accounts Payable is closed Monday 8 March for a holiday; we answer when we reopen on Tuesday.",
])
def test_an_auto_reply_that_commits_to_no_payment_day_promises_nothing(model, text):
    reading = read_reply(model, text, auto=True)
    assert reading.intent is Intent.out_of_office
    assert Intent.promise_to_pay not in reading.secondary_intents and reading.facts.promise_date is None


def test_an_auto_reply_that_says_a_payment_was_made_carries_the_claim(model):
    text = ("This is an automatic reply. The accounts team is away at the trade show until Monday 8 March. "
            "If you are chasing a payment: all January invoices were paid on 1 March, see the remittance advice.")
    reading = read_reply(model, text, auto=True)
    assert reading.intent is Intent.out_of_office and reading.secondary_intents == [Intent.already_paid]


@pytest.mark.parametrize("text", [
    "Zahlung heute ausgeführt, CHF 4'180.00.",
    "Servus, wir haben gestern € 2.300 angewiesen.",
    "Sent 1500 EUR today for the older one.",
    "The $640 was TT'd yesterday, ref KAVA 1182.",
    "We sent the March instalment this morning.",
    "Transferência de 300 € feita hoje, ref PRESTACAO MARCO.",
])
def test_a_payment_made_today_or_yesterday_is_told_as_made(text):
    assert payment_tenses(text)[1] is True


def test_a_forwarded_chain_is_read_by_its_newest_message():
    body = ("Here is our director's answer.\n-----Mensaje original-----\nDe: Marta Ruiz\nEnviado el: lunes, 1 de marzo de 2027 17:10\n"
            "Para: Contabilidad\nAsunto: RE: Proveedor\nSe paga el viernes 5.\n-----Mensaje original-----\nDe: Contabilidad\n"
            "Enviado el: lunes, 1 de marzo de 2027 09:00\nAsunto: Proveedor\n¿Lo programamos para el lunes 8?")
    assert forwarded_part(body) == "Se paga el viernes 5."
