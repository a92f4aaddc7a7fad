"""Second readings added after field22's one measurement (issue 14), each sentence written here in other words: a tax
identifier to correct is a billing change, a card payment taken over the phone is a question for a person, a complaint
about our tone that speaks of no payment is `other`, an instalment already due is a promise, Spanish and Portuguese
"pagamos" is a claim or a promise by the date after it, a remittance is a claim, "being processed" and "paid tomorrow"
are promises, and "money" or "Sunharvest" name no weekday (evals/LABELING.md)."""

from __future__ import annotations

import pytest

from agent.models.offline import OfflineModel
from agent.models.tense import payment_tenses
from core.contracts import ClassifyInput, Intent


@pytest.fixture(scope="module")
def model() -> OfflineModel:
    return OfflineModel()


def _read(model: OfflineModel, text: str, language: str = "en") -> Intent:
    item = ClassifyInput(subject="RE: Payment reminder", text=text, sent_at="2026-11-26T09:00:00+01:00", customer_language=language)
    return model.classify(item).intent


@pytest.mark.parametrize("text,language", [
    ("Our VAT number changed after the merger, it is now GB 284 5512 90. Please correct both invoices.", "en"),
    ("Unsere USt-IdNr. ist falsch, richtig ist DE 812 345 678. Bitte korrigieren.", "de"),
    ("Le numéro de TVA sur la facture est erroné, le bon est FR 23 441 902 118. Merci de la refaire.", "fr"),
    ("El NIF de la factura está mal, el correcto es B 8412 3377. Por favor, corríjanla.", "es"),
])
def test_a_tax_identifier_to_correct_is_a_billing_change(model, text, language):
    assert _read(model, text, language) is Intent.po_change


def test_a_tax_charge_contested_stays_a_dispute(model):
    text = "You charged VAT on invoice 5512 but we are exempt, our VAT number is GB 284 5512 90. Please reissue without it."
    assert _read(model, text) is Intent.dispute


@pytest.mark.parametrize("text,language", [
    ("I paid invoice 5512 with my credit card over the phone this morning. Can you confirm you got it?", "en"),
    ("Pagué la 5512 con tarjeta por teléfono ayer, ¿lo pueden confirmar?", "es"),
])
def test_a_card_payment_over_the_phone_is_for_a_person_to_check(model, text, language):
    assert _read(model, text, language) is Intent.other


def test_a_complaint_about_our_tone_is_other(model):
    assert _read(model, "Your tone in that letter was quite unprofessional, we have been customers for years.") is Intent.other


def test_an_instalment_already_due_is_a_promise_not_a_plan_request(model):
    assert _read(model, "The instalment due this month will be released on Monday.") is Intent.promise_to_pay


@pytest.mark.parametrize("text,language,intent", [
    ("Hola, pagamos las dos el 24/11, concepto FACT 5512-5513.", "es", Intent.already_paid),
    ("Pagamos a fatura no dia 23/11, ref. FT 881.", "pt", Intent.already_paid),
    ("A nota chegou atrasada; transferimos a 03/12.", "pt", Intent.promise_to_pay),
    ("La factura llegó tarde; pagamos el 04/12.", "es", Intent.promise_to_pay),
])
def test_the_shared_present_and_past_of_pagamos_is_told_by_its_date(model, text, language, intent):
    assert _read(model, text, language) is intent


@pytest.mark.parametrize("text,tenses", [
    ("Kindly note, payment is being processed.", (True, False)),
    ("All three invoices paid tomorrow morning, the file is ready in the bank.", (True, False)),
    ("Please find remittance: Orchard Ltd, INV 5512, EUR 1,200.00, value date 25/11/2026.", (False, True)),
    ("The money for Sunharvest Solar is with our bank.", (False, False)),
    ("We paid it yesterday.", (False, True)),
])
def test_tenses_of_processing_participles_remittances_and_weekday_lookalikes(text, tenses):
    assert payment_tenses(text) == tenses


@pytest.mark.parametrize("text", [
    "We'll pay when our insurer pays out on the flood claim.",
    "We will pay after our managing director approves; he is back on 2 December.",
    "Pagamos quando o nosso cliente do Porto pagar.",
    "Pagaremos cuando nos paguen los de Valencia.",
    "Le virement partira quand notre client nous paiera.",
    "We betalen wanneer onze klant ons betaalt.",
    "We are waiting the payment of one client, then we transfer.",
    "The fair should cover it, we'll pay out of the proceeds.",
    # someone else's act before ours is a condition, dated or not (LABELING)
    "Our director is abroad until 4 Dec. After her signature we can pay within 3 business days.",
    "The winery that owes us is paying on the 30th. We'll pay you the day after that.",
    "We'll square up 5512 today and 5513 on the 14th once the container lands on the 10th.",
    "We pay three days after our client's acceptance test, which is on Friday 4.12, so on Monday the 7th.",
    "We'll pay on Tuesday the 1st as long as the grant payment from the ministry has cleared.",
    "Pagamos a 9/12, depois de o armazém nos pagar a fruta de novembro.",
    # a third party's act first, whatever the act (a bank's acceptance, a buyer clearing goods), and "subject to"
    "Once the papers are with them: after bank confirm the guarantee, we release the payment on 8/12.",
    "We will pay on the 10th, after our importer in Antwerp takes delivery of the cargo.",
    "Die Überweisung erfolgt vorbehaltlich der Zusage unseres Kreditgebers am Freitag.",
    "El pago sale el viernes, sujeto a la aprobación de nuestro socio.",
    "Pagamos na sexta, depois que o banco liberar o crédito.",
    "Le virement part le 9, après que notre banque aura validé la ligne.",
    "Betaling op de 9e, onder voorbehoud van akkoord van de bank.",
    # a contractor, a processor, a bank releasing currency, a principal approving, a part that has to wait
    "We settle 4410 on the 3rd after the main contractor releases our stage payment.",
    "We pay the 300 Friday, the 2,400 after we get the cattle money from the sale yard.",
    "Pagamos a 5512 amanhã e a 5513 dia 10, quando o banco liberar as divisas.",
    "Die Zahlung folgt nach der Endabnahme durch den Bauherrn, etwa am 15.",
    "Les pagamos cuando la municipalidad nos apruebe el estado de pago.",
    "The big one has to wait until after the grant committee sits, but the small one I pay Monday.",
])
def test_a_promise_that_waits_for_money_or_an_approval_is_conditional(text):
    from agent.extract import is_conditional

    assert is_conditional(text)


@pytest.mark.parametrize("text", [
    "We pay on Friday when the office reopens after lunch, as always.",
    "When we paid last time it took a week; this time we pay Friday.",
    # a date with its reason is a dated promise (LABELING): the money named is why that day, not a condition
    "Paying on 4/12, that is when the grant money lands.",
    "Pagamos a 4 de dezembro, quando o cliente do Porto pagar.",
    "We'll pay after the bank holiday, on Tuesday.",
])
def test_when_without_money_or_approval_to_wait_for_or_with_its_own_date_is_no_condition(text):
    from agent.extract import is_conditional

    assert not is_conditional(text)


@pytest.mark.parametrize("text,language,intent", [
    ("G'day, the October instalment of the plan goes through Friday arvo. Cheers", "en", Intent.promise_to_pay),
    ("Money is tight, the $1,500 instalment will be Tues week instead of this week.", "en", Intent.promise_to_pay),
    ("Kindly allow us to pay in 4 monthly instalments starting January, the rains destroyed the crop.", "en", Intent.payment_plan_request),
    ("We request to settle the amount in five monthly instalments. Awaiting your approval.", "en", Intent.payment_plan_request),
    ("Ich arbeite im Lager, nicht in der Buchhaltung. Bitte an kreditoren@beispiel.example.", "de", Intent.wrong_contact),
    ("Hello, this is the recruitment mailbox, please write to our accounts team instead.", "en", Intent.wrong_contact),
])
def test_instalments_of_a_plan_plans_asked_for_and_the_wrong_desk(model, text, language, intent):
    assert _read(model, text, language) is intent


def test_a_remainder_with_a_query_on_it_and_complaints_about_how_often_we_write():
    from core.text.complaints import complaint_words
    from core.text.folding import fold
    from core.text.remainders import rest_left_for_later

    assert rest_left_for_later(fold("5512 on Friday. The other one we have a query on, I'll call you."))
    assert complaint_words(fold("Four emails in one week is a bit much for a small shop."))


def test_a_letter_on_how_we_pay_for_the_customers_bank_is_paperwork():
    from agent.models.notices import notice_kind

    assert notice_kind("Onze bank vraagt een verklaring betalingsgedrag van u. Kunt u die opmaken?") == "paperwork"
    assert notice_kind("Could you send us a trade reference letter for our new bank?") == "paperwork"


@pytest.mark.parametrize("text,po", [
    ("Salamat po, we will settle on Friday.", False),  # Filipino "po" is politeness, not a purchase order
    ("Good day po, kindly resend the invoice.", False),
    ("Please put PO 88120 on the invoice.", True),
    ("our po no. 4471 is missing from it", True),
    ("New P.O. attached, please reissue.", True),
])
def test_po_is_a_purchase_order_written_as_one_not_a_filipino_courtesy(text, po):
    from agent.models.rules import cue_hits

    assert ("po" in cue_hits(text)) is po


def test_a_statement_of_account_asked_for_is_a_resend_cue():
    from agent.models.rules import cue_hits

    assert "resend" in cue_hits("Could you email us an updated statement, please?")


def test_asking_for_time_is_a_plan_cue_and_a_payment_run_is_a_payment():
    from agent.extract import is_conditional
    from agent.models.rules import cue_hits

    assert "plan" in cue_hits("Could you give us until 18 December to settle? Sales have been slow.")
    assert is_conditional("You'll be in the 15th run, assuming the site manager signs the delivery note by then.")


@pytest.mark.parametrize("text", [
    "Lena ist bis zum 9. auf der Messe, sie meldet sich danach.",
    "Joris is op reis, hij antwoordt volgende week.",
    "O Paulo está no Porto, volta dia 7. Ele responde depois.",
])
def test_someone_away_who_will_answer_later_defers_the_matter(text):
    from core.text.folding import fold
    from core.text.follow_up import put_off_words

    assert put_off_words(fold(text))
