"""What a reply asks for, read the way LABELING.md says a collector reads it, whatever words it shares with
another intent: an invoice that never arrived is a copy request, "pay it in two goes" asks for a plan, the
paying office ("la trésorerie") is not a cash-flow plea, an automatic "this mailbox is no longer read" is a
wrong contact, and an unsure "other" that speaks of money still to come or already sent says so.

The sentences are written here, in other words than any eval split's (those stay unread while the reader changes).
"""

from __future__ import annotations

import pytest

from agent.models.notices import (
    asks_only_for_the_invoice_again,
    asks_to_spread_the_payment,
    dispute_words_only_in_a_split_payment,
    plan_words_only_name_a_paying_office,
)
from agent.models.offline import OfflineModel
from agent.models.tense import payment_tenses
from core.contracts import ClassifyInput, Intent


@pytest.fixture(scope="module")
def model() -> OfflineModel:
    return OfflineModel()


def _read(model: OfflineModel, text: str, language: str = "en", auto: bool = False) -> Intent:
    item = ClassifyInput(subject="RE: Payment reminder", text=text, sent_at="2026-11-17T09:00:00+01:00", customer_language=language,
                         is_auto_reply=auto)
    return model.classify(item).intent


@pytest.mark.parametrize("text", [
    "We have not received invoice 4410 at all. Please send it over again.",
    "Die Rechnung 4410 haben wir nie erhalten, bitte nochmal schicken.",
    "Nous n'avons jamais reçu la facture 4410, merci de nous la renvoyer.",
    "No hemos recibido la factura 4410, ¿nos la mandan otra vez?",
    "Factuur 4410 is bij ons nooit ontvangen. Kunt u hem opnieuw sturen?",
    "Não recebemos a fatura 4410. Podem enviar novamente?",
])
def test_an_invoice_that_never_arrived_is_a_copy_request_in_six_languages(text: str) -> None:
    assert asks_only_for_the_invoice_again(text)


@pytest.mark.parametrize("text", [
    "We never received the goods on invoice 4410, please send the invoice again once that is sorted.",
    "Die Ware zu Rechnung 4410 haben wir nie erhalten.",
    "La marchandise n'a jamais été reçue.",
])
def test_goods_that_never_arrived_stay_a_dispute(text: str) -> None:
    assert not asks_only_for_the_invoice_again(text)


@pytest.mark.parametrize("text", [
    "Est-ce qu'on peut régler en deux fois ? La moitié maintenant et le reste en février.",
    "Mogen we dit in twee keer betalen?",
    "¿Podemos pagar en dos veces?",
    "Podemos pagar em duas vezes?",
])
def test_paying_in_parts_is_a_plan_not_a_duplicate_bill(text: str) -> None:
    assert dispute_words_only_in_a_split_payment(text)
    assert asks_to_spread_the_payment(text)


@pytest.mark.parametrize("text", ["Mogen we dit in drie keer betalen?", "Könnten wir das in drei Raten begleichen?",
                                  "can we do 150 a month until it's cleared", "Solicitamos el fraccionamiento de la deuda."])
def test_asking_to_pay_in_parts_is_seen_in_other_words(text: str) -> None:
    assert asks_to_spread_the_payment(text)


def test_a_real_duplicate_bill_beside_a_split_is_still_a_dispute() -> None:
    assert not dispute_words_only_in_a_split_payment("You billed us twice for the same delivery. Can we pay the rest in two goes?")


def test_an_instalment_of_an_agreed_plan_is_not_a_new_request() -> None:
    assert not asks_to_spread_the_payment("The 3rd instalment, as per the agreed schedule, goes out in two payments on Friday.")


def test_the_paying_office_is_not_a_cash_flow_plea() -> None:
    assert plan_words_only_name_a_paying_office("Le mandat part à la trésorerie demain ; le virement suivra.")
    assert not plan_words_only_name_a_paying_office("Nous avons des tensions de trésorerie, pouvons-nous échelonner ?")


@pytest.mark.parametrize("text,expected", [
    ("Schon längst bezahlt! Am 9. Bitte prüfen.", (False, True)),
    ("Ik heb gisteren 300 euro overgeschreven.", (False, True)),
    ("I posted you a cheque on Monday, it should be with you by now.", (False, True)),
    ("cheque goes in the post tmrw", (True, False)),
])
def test_tense_reads_short_claims_and_terse_promises(text: str, expected: tuple[bool, bool]) -> None:
    assert payment_tenses(text) == expected


def test_an_automatic_reply_saying_the_mailbox_is_no_longer_read_is_a_wrong_contact(model: OfflineModel) -> None:
    text = "Automatic reply: this address is no longer monitored. Priya Shah has left the company; please write to payables@buyer.example."
    assert _read(model, text, auto=True) is Intent.wrong_contact


def test_an_ordinary_absence_notice_stays_out_of_office(model: OfflineModel) -> None:
    assert _read(model, "I am out of the office until 24 November with limited access to email.", auto=True) is Intent.out_of_office


def test_a_missing_invoice_is_read_as_a_copy_request_not_a_dispute(model: OfflineModel) -> None:
    assert _read(model, "Factuur 4410 hebben wij nooit ontvangen. Graag nog een keer sturen.", "nl") is Intent.invoice_resend


def test_asking_to_pay_in_parts_is_read_as_a_plan_request(model: OfflineModel) -> None:
    assert _read(model, "Pouvons-nous payer en deux fois ? 500 € le 10 décembre et le solde en janvier.", "fr") is Intent.payment_plan_request


def test_a_question_about_paying_early_is_not_a_promise(model: OfflineModel) -> None:
    assert _read(model, "Is there a discount if we pay before Friday?") is not Intent.promise_to_pay


@pytest.mark.parametrize("text", [
    "If the signed delivery docket reaches us by Tuesday, we'll cut the cheque on Friday.",
    "We release payment within 5 working days of receiving your signed bank letter.",
    "Die Zahlung wird nach Freigabe durch den Einkauf angewiesen.",
    "Le virement partira après validation du service technique.",
])
def test_a_promise_that_hangs_on_a_condition_is_conditional(text: str) -> None:
    from agent.extract import is_conditional

    assert is_conditional(text)


def test_a_promise_without_a_condition_is_not_conditional() -> None:
    from agent.extract import is_conditional

    assert not is_conditional("Please check the attached statement; we will pay on Friday.")


def test_a_person_writing_that_they_are_away_has_promised_nothing(model: OfflineModel) -> None:
    assert _read(model, "Hi! I'm away on a walking trip until the 24th, I'll sort it out when I'm back.") is Intent.out_of_office


@pytest.mark.parametrize("text", [
    "We'll pay on Tuesday; from now on please send invoices to payables@buyer.example.",
    "Pagamos el lunes. En adelante enviad las facturas a facturas@buyer.example, por favor.",
])
def test_a_new_billing_address_beside_a_promise_is_read_as_a_po_change_too(model: OfflineModel, text: str) -> None:
    item = ClassifyInput(subject="RE: Payment reminder", text=text, sent_at="2026-11-17T09:00:00+01:00", customer_language="en")
    result = model.classify(item)
    assert result.intent is Intent.promise_to_pay and Intent.po_change in result.secondary_intents


def test_asking_for_the_invoice_again_through_an_e_invoicing_channel_is_a_po_change(model: OfflineModel) -> None:
    assert _read(model, "We only accept invoices through PEPPOL now. Please send 4410 again that way.") is Intent.po_change


def test_a_short_delivery_beside_a_promise_is_a_dispute(model: OfflineModel) -> None:
    item = ClassifyInput(subject="RE: Payment reminder", text="4410 is still short 6 crates, but we'll pay 4411 on Friday.",
                         sent_at="2026-11-17T09:00:00+01:00", customer_language="en")
    result = model.classify(item)
    assert result.intent is Intent.dispute and Intent.promise_to_pay in result.secondary_intents


@pytest.mark.parametrize("text,expected", [
    ("Thanks, passed on to our payables team.", True),
    ("Merci, c'est transmis à la compta.", True),
    ("Dank je, doorgezet naar de administratie.", True),
    ("I'm not the right person for this; I've forwarded it, please update your records.", False),
    ("Thanks, forwarded. Please write to ap@buyer.example from now on.", False),
])
def test_a_thank_you_for_passing_the_reminder_on_names_no_new_contact(text: str, expected: bool) -> None:
    from agent.models.notices import only_says_it_was_passed_on

    assert only_says_it_was_passed_on(text) is expected


@pytest.mark.parametrize("text", [
    "All supplier invoices must now be uploaded to our Ariba network; emailed PDFs are not processed.",
    "Ab 1. Januar nehmen wir Rechnungen nur noch als XRechnung an.",
    "The PO on invoice 4410 is wrong, it should be 4500771. Please reissue, otherwise payment will be stuck.",
])
def test_a_new_billing_route_or_a_wrong_po_is_a_po_change(model: OfflineModel, text: str) -> None:
    assert _read(model, text) is Intent.po_change


def test_a_statement_request_is_a_copy_request(model: OfflineModel) -> None:
    assert _read(model, "Bitte senden Sie uns einen aktuellen Kontoauszug zum 30.11. für die Abstimmung.", "de") is Intent.invoice_resend


def test_a_formal_denial_of_the_claim_is_a_dispute(model: OfflineModel) -> None:
    assert _read(model, "Wir haben die Forderung bereits schriftlich bestritten und verweisen auf unseren Anwalt.", "de") is Intent.dispute


def test_a_fraud_check_that_withholds_payment_until_confirmed_stays_a_fraud_check(model: OfflineModel) -> None:
    assert _read(model, "¿Este correo es auténtico? No vamos a pagar hasta confirmarlo por teléfono.", "es") is Intent.other


def test_liquidated_damages_are_not_a_liquidation() -> None:
    from agent.models.notices import notice_kind

    assert notice_kind("We are claiming liquidated damages for the late delivery.") is None
    assert notice_kind("The company went into liquidation last week.") == "insolvency"


def test_a_business_sold_to_new_owners_is_a_wrong_contact() -> None:
    from agent.models.notices import says_the_person_is_gone

    assert says_the_person_is_gone("We sold the business in October; the new owners handle the accounts now.")
    assert says_the_person_is_gone("Ik heb de zaak overgedragen aan mijn neef.")


@pytest.mark.parametrize("text", [
    "Esta caixa de correio já não é monitorizada. Escreva para contabilidade@cliente.example.",
    "Dieses Postfach wird nicht mehr gelesen. Bitte schreiben Sie an buchhaltung@kunde.example.",
    "Cette adresse n'est plus consultée, merci d'écrire à compta@client.example.",
])
def test_a_mailbox_nobody_reads_any_more_is_a_gone_contact(text: str) -> None:
    from agent.models.notices import says_the_person_is_gone

    assert says_the_person_is_gone(text)


def test_an_automatic_office_closed_notice_is_an_absence(model: OfflineModel) -> None:
    assert _read(model, "Our offices are closed until Monday 30 November; we will reply on our return.", auto=True) is Intent.out_of_office


@pytest.mark.parametrize("text", ["Two of the chairs arrived broken and we're not paying for those. The rest goes out Friday.",
                                  "That invoice isn't due until January under the terms we agreed. Please stop the reminders."])
def test_a_refusal_or_not_yet_due_beside_anything_else_is_a_dispute(model: OfflineModel, text: str) -> None:
    item = ClassifyInput(subject="RE: Payment reminder", text=text, sent_at="2026-11-17T09:00:00+01:00", customer_language="en")
    assert model.classify(item).intent is Intent.dispute


@pytest.mark.parametrize("text,expected", [
    ("The cheque went in the post on Monday, should be with you any day.", (False, True)),
    ("We have released payment today vide UTR 1234.", (False, True)),
])
def test_tense_reads_cheques_in_the_post_and_released_payments(text: str, expected: tuple[bool, bool]) -> None:
    assert payment_tenses(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("You charged VAT although we are a tax-exempt charity. Please reissue without VAT.", Intent.dispute),
    ("The invoice has been matched to PO 4500881 and goes out in Friday's BACS run.", Intent.promise_to_pay),
    ("Please note this account has been transferred to our shared-service team in Kraków; write to ap@buyer-ssc.example.", Intent.wrong_contact),
    ("With effect from 1 December, invoices go to invoices@buyer-ap.example, not to this mailbox.", Intent.po_change),
    ("The company entered examinership last week; please direct claims to the examiner.", Intent.other),
])
def test_taxes_on_an_exempt_buyer_a_po_named_in_a_promise_a_moved_desk_a_new_mailbox_and_examinership(model: OfflineModel, text: str, expected: Intent) -> None:
    assert _read(model, text) is expected


def test_a_tax_form_asked_for_beside_a_promise_leaves_the_promise_standing(model: OfflineModel) -> None:
    item = ClassifyInput(subject="RE: Payment reminder", text="If you send us your signed W-9 by Tuesday, we'll release payment on Friday.",
                         sent_at="2026-11-17T09:00:00-05:00", customer_language="en")
    result = model.classify(item)
    assert result.intent is Intent.promise_to_pay and result.facts.promise_conditional


@pytest.mark.parametrize("text", ["We are deducting the late-delivery penalty of £200 and paying the rest on Friday.",
                                  "The servicing on 4410 was never done. Credit it and we pay the balance."])
def test_a_penalty_deducted_or_a_service_never_done_is_a_dispute(model: OfflineModel, text: str) -> None:
    assert _read(model, text) is Intent.dispute


def test_supplier_set_up_paperwork_is_a_request_for_a_person() -> None:
    from agent.models.notices import notice_kind

    assert notice_kind("Pourriez-vous nous transmettre votre formulaire de fournisseur et un spécimen de chèque ?") == "paperwork"
    assert notice_kind("Before we can pay we need a voided cheque on your letterhead.") == "paperwork"


def test_equal_emis_ask_to_spread_the_payment() -> None:
    from agent.models.notices import asks_to_spread_the_payment

    assert asks_to_spread_the_payment("Kindly allow us to clear the dues in 4 EMIs from January.")


@pytest.mark.parametrize("text,lang", [
    ("Could you send us an updated statement showing the instalments we have paid so far?", "en"),
    ("Können Sie uns einen Kontoauszug mit den bereits bezahlten Raten schicken?", "de"),
    ("¿Nos manda el estado de cuenta con las cuotas ya pagadas?", "es"),
])
def test_a_statement_of_the_instalments_paid_is_a_copy_request(model: OfflineModel, text: str, lang: str) -> None:
    assert _read(model, text, lang) is Intent.invoice_resend
