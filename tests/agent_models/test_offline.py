"""The shipped offline model reads hand-written replies in six languages the way a collector would."""

from __future__ import annotations

import pytest

from agent.models.offline import OfflineModel
from core.contracts import ClassifyInput, Intent

SENT = "2026-03-04T10:00:00+01:00"  # a Wednesday


@pytest.fixture(scope="module")
def model() -> OfflineModel:
    return OfflineModel()


def reply(text: str, subject: str = "Re: Payment reminder", **kw) -> ClassifyInput:
    return ClassifyInput(subject=subject, text=text, sent_at=SENT, **kw)


CASES = [
    # promise_to_pay
    ("en", "promise_to_pay", "Hello, sorry for the wait. Our accounts team will release the payment this Friday."),
    ("de", "promise_to_pay", "Hallo, die offene Rechnung wird von uns bis Ende des Monats überwiesen. Gruß"),
    ("fr", "promise_to_pay", "Bonjour, nous réglerons cette facture le 20 mars. Bien à vous"),
    ("es", "promise_to_pay", "Hola, pagaremos la factura pendiente la semana que viene."),
    ("nl", "promise_to_pay", "Beste, wij zullen het openstaande bedrag volgende week vrijdag overmaken."),
    ("pt", "promise_to_pay", "Olá, iremos pagar a fatura até o final do mês."),
    # already_paid
    ("en", "already_paid", "We settled this on Monday by bank transfer, please check again."),
    ("de", "already_paid", "Hallo, der Betrag wurde bereits letzte Woche überwiesen. Zahlungsnachweis anbei."),
    ("fr", "already_paid", "Bonjour, nous avons déjà réglé cette facture le 2 mars par virement."),
    ("es", "already_paid", "Buenas, esta factura ya ha sido pagada, adjunto comprobante."),
    ("nl", "already_paid", "Deze factuur hebben wij op 2 maart al betaald."),
    ("pt", "already_paid", "Bom dia, a fatura já foi liquidada na semana passada."),
    # dispute
    ("en", "dispute", "The invoice charges 120 units but only 100 were delivered. We won't pay until it's corrected."),
    ("de", "dispute", "Die Lieferung war beschädigt, wir bezahlen diese Rechnung nicht."),
    ("fr", "dispute", "Le prix facturé ne correspond pas à notre devis, nous contestons la facture."),
    ("es", "dispute", "Nos han facturado dos veces el mismo pedido."),
    ("nl", "dispute", "Wij hebben de goederen nooit ontvangen en betwisten de factuur."),
    ("pt", "dispute", "O preço na fatura está incorreto, não corresponde ao orçamento."),
    # invoice_resend
    ("en", "invoice_resend", "Can you email me the invoice again? I can't find the original."),
    ("de", "invoice_resend", "Könnten Sie uns bitte eine Kopie der Rechnung schicken?"),
    ("fr", "invoice_resend", "Pouvez-vous me renvoyer une copie de la facture s'il vous plaît ?"),
    ("es", "invoice_resend", "¿Podrían reenviarnos la factura? No la tenemos."),
    ("nl", "invoice_resend", "Kunt u mij een kopie van de factuur sturen?"),
    ("pt", "invoice_resend", "Podem enviar novamente a fatura? Não a encontramos."),
    # po_change
    ("en", "po_change", "Our AP team needs the PO number on the invoice, please use PO 4500012345 and resend."),
    ("de", "po_change", "Bitte stellen Sie die Rechnung mit der neuen Bestellnummer 4500777777 neu aus."),
    ("fr", "po_change", "Merci de rééditer la facture avec notre numéro de bon de commande BC99881."),
    ("es", "po_change", "Necesitamos que la factura incluya la orden de compra OC12345."),
    ("nl", "po_change", "Wilt u de factuur opnieuw uitgeven met ons inkoopordernummer 4500123123?"),
    ("pt", "po_change", "Precisamos da fatura com o número de ordem de compra correto: OC55221."),
    # payment_plan_request
    ("en", "payment_plan_request", "Business has been slow. Is it possible to split the balance into instalments over three months?"),
    ("de", "payment_plan_request", "Können wir den Betrag in monatlichen Raten abbezahlen?"),
    ("fr", "payment_plan_request", "Pourrions-nous mettre en place un échéancier de paiement sur trois mois ?"),
    ("es", "payment_plan_request", "¿Sería posible fraccionar el pago en varios plazos?"),
    ("nl", "payment_plan_request", "Kunnen we een betalingsregeling afspreken in maandelijkse termijnen?"),
    ("pt", "payment_plan_request", "Podemos pagar o valor em prestações mensais?"),
    # wrong_contact
    ("en", "wrong_contact", "Peter no longer works here. Please direct invoices to accounts@buyer.example."),
    ("de", "wrong_contact", "Ich bin dafür nicht zuständig, bitte wenden Sie sich an rechnung@kunde.example."),
    ("fr", "wrong_contact", "Madame Dubois ne fait plus partie de l'entreprise, merci de contacter compta@client.example."),
    ("es", "wrong_contact", "Ya no trabajo en esta empresa, escriban a pagos@cliente.example."),
    ("nl", "wrong_contact", "Ik werk hier niet meer, neem contact op met finance@klant.example."),
    ("pt", "wrong_contact", "Não sou a pessoa responsável, contacte financeiro@cliente.example."),
    # other
    ("en", "other", "Thank you for letting us know."),
    ("de", "other", "Danke, habe ich gesehen."),
    ("fr", "other", "Merci pour l'information."),
    ("es", "other", "Muchas gracias por la información."),
    ("nl", "other", "Bedankt voor het bericht."),
    ("pt", "other", "Obrigado pela informação."),
]


@pytest.mark.parametrize("lang,intent,text", CASES, ids=[f"{c[1]}-{c[0]}" for c in CASES])
def test_hand_written_replies_get_the_intent_a_collector_would_give(model, lang, intent, text):
    result = model.classify(reply(text))
    assert result.intent.value == intent, result.rationale
    assert 0.0 <= result.confidence <= 1.0
    assert result.decided_by.startswith("offline:")


def test_accuracy_over_the_hand_written_set_is_high(model):
    right = sum(model.classify(reply(text)).intent.value == intent for _, intent, text in CASES)
    assert right / len(CASES) >= 0.85


@pytest.mark.parametrize("text,lang", [
    ("I am out of the office until 16 March with no access to email.", "en"),
    ("Je suis absent jusqu'au 16 mars.", "fr"),
])
def test_auto_replies_are_out_of_office_with_the_return_date(model, text, lang):
    result = model.classify(reply(text, subject="Automatic reply: Payment reminder", is_auto_reply=True))
    assert result.intent is Intent.out_of_office and result.decided_by == "rules:auto-reply"
    assert result.facts.return_date.isoformat() == "2026-03-16"


def test_bounces_are_decided_by_the_dsn_flag(model):
    result = model.classify(reply("Delivery to the following recipient failed permanently: 550 5.1.1",
                                  subject="Undeliverable: Payment reminder", is_bounce=True))
    assert result.intent is Intent.bounce and result.confidence > 0.9


def test_a_dispute_outranks_a_promise_in_the_same_reply(model):
    result = model.classify(reply("We will pay INV-2026-10001 on Friday, but INV-2026-10002 is wrong: "
                                  "the goods arrived damaged and we dispute it."))
    assert result.intent is Intent.dispute
    assert Intent.promise_to_pay in result.secondary_intents
    assert result.facts.promise_date.isoformat() == "2026-03-06"
    assert result.facts.dispute_reason == "damaged"


def test_quoted_history_does_not_decide_the_intent(model):
    text = ("Thanks, noted.\n\nOn Tue, 3 Mar 2026 at 10:00, AR <ar@seller.example> wrote:\n"
            "> Please pay the overdue invoice INV-2026-1. If you already paid, send the reference.")
    assert model.classify(reply(text)).intent is Intent.other


def test_confidence_is_lower_for_vague_replies(model):
    clear = model.classify(reply("We already paid this invoice yesterday, reference TRF-44556.")).confidence
    vague = model.classify(reply("ok")).confidence
    assert clear > vague


@pytest.mark.parametrize("text,intent", [
    ("Not paid yet, sorry. The transfer goes out on Friday.", "promise_to_pay"),
    ("Noch nicht überwiesen, das machen wir nächste Woche.", "promise_to_pay"),
    ("We will not pay until the credit note for the damaged units arrives.", "dispute"),
    ("La transferencia salió el lunes, revisen sus cobros por favor.", "already_paid"),
    ("Paiement mardi.", "promise_to_pay"),
])
def test_tense_and_negation_decide_between_paid_promised_and_refused(model, text, intent):
    assert model.classify(reply(text)).intent.value == intent


def test_salutation_and_signature_do_not_decide_the_intent(model):
    from agent.models.features import strip_greeting_and_signature

    text = ("Hi Carla,\n\nWe paid this on Monday, reference TRF-55120.\n\nThanks again,\nJane Doe\nAccounts Payable\n"
            "Acme Ltd\nT: +44 161 496 0000\nThis e-mail and any attachments are confidential.")
    assert strip_greeting_and_signature(text) == "We paid this on Monday, reference TRF-55120."
    assert strip_greeting_and_signature("Thanks, received.") == "Thanks, received."
    assert model.classify(reply(text)).intent is Intent.already_paid


@pytest.mark.parametrize("text, primary, secondary", [
    # read as a whole, the long paid sentence drowns the short dispute (already_paid alone)
    ("We paid INV-2026-1001 on the 2nd, you should have it by now, our bank shows it as completed and the remittance "
     "went to your AR mailbox. The hourly rate on INV-2026-1002 is not what the contract says.", "dispute", "already_paid"),
])
def test_each_sentence_of_a_reply_that_says_two_things_is_read(model, text, primary, secondary):
    result = model.classify(reply(text))
    assert result.intent.value == primary and secondary in {s.value for s in result.secondary_intents}, result.rationale


def test_a_one_sentence_reply_has_no_segments_to_read():
    from agent.models.features import segment_texts

    assert segment_texts(ClassifyInput(subject="Re: reminder", text="We will pay on Friday.")) == []
    assert len(segment_texts(ClassifyInput(subject="Re: reminder", text="INV-1 is wrong. We will pay INV-2 on Friday."))) == 2


@pytest.mark.parametrize("text", [
    "You keep sending these to me but I left the finance team a year ago.",
    "Merci pour votre message. Je ne fais plus partie de la société. Merci d'envoyer les factures à m.laurent@client.example.",
])
def test_a_contact_who_is_gone_is_wrong_contact_whatever_else_they_ask(model, text):
    assert model.classify(reply(text)).intent is Intent.wrong_contact


def test_reissuing_a_copy_is_a_resend_not_a_po_change(model):
    result = model.classify(reply("Please re-issue a copy of INV-2026-22931 as a PDF attachment, the link in your email has expired."))
    assert result.intent is Intent.invoice_resend, result.rationale


def test_a_terse_promise_with_a_date_to_come_is_confident_enough_to_act_on(model):
    # the n-grams alone read these low; the date reader finding a dated commitment is the second opinion
    for text in ("Should be with you in 2 weeks.", "week after next", "Règlement en fin de mois, dernier jour ouvré."):
        result = model.classify(reply(text))
        assert result.intent is Intent.promise_to_pay and result.confidence >= 0.5, (text, result.rationale)


@pytest.mark.parametrize("text", ["Will pay once the credit note is here, on the 5th.", "will pay tmrw or so", "Payment was planned."])
def test_an_undated_or_conditional_promise_gets_no_second_opinion(model, text):
    result = model.classify(reply(text))
    if result.facts.promise_date is None or result.facts.promise_conditional:
        assert "dated commitment found" not in result.rationale
