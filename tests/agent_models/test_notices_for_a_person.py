"""Notices a person answers, in words field51 and field52 used and the rules had not known (issue 14, after their one
measurement; every reply here in other words): court protection from creditors in Swiss, Belgian, Brazilian and
South African terms; "is that really you?" after a changed bank account; correspondence sent to a lawyer from now on
(evals/LABELING.md: `other` with a person, unless the letter contests the bill); an updated plan schedule asked for (a copy of our
records: `invoice_resend`; an auditor's balance confirmation to sign stays `other`, as three writers of four label it)."""

from __future__ import annotations

import pytest

from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize("text,language", [
    ("Nous vous informons que la société a obtenu un sursis concordataire provisoire du tribunal de Sion le 1er mars.", "fr"),
    ("De rechtbank heeft onze vennootschap een gerechtelijke reorganisatie toegestaan, met opschorting van betalingen tot 30 juni.", "nl"),
    ("Informamos que a empresa entrou em recuperação judicial; o administrador entrará em contato.", "pt"),
    ("The company was placed in business rescue on 1 March; the practitioner will contact all creditors.", "en"),
])
def test_court_protection_from_creditors_is_for_a_person(model, text, language):
    reading = read_reply(model, text, language)
    assert reading.intent is Intent.other and reading.decided_by == "rules:insolvency"


def test_a_changed_account_asked_about_is_a_fraud_check(model):
    reading = read_reply(model, "Someone sent us new bank details in Latvia in your name last week. Is that really you? We hold payment until we hear.", "en")
    assert reading.intent is Intent.other and reading.decided_by == "rules:authenticity"


@pytest.mark.parametrize("text,language", [
    ("On the advice of our attorney, please send all further correspondence about invoice 4471 to Moreno & Clay LLP.", "en"),
    ("Wir haben die Kanzlei Brandt mandatiert; bitte richten Sie jede weitere Korrespondenz an Rechtsanwältin Dr. Brandt.", "de"),
])
def test_correspondence_sent_to_a_lawyer_is_for_a_person(model, text, language):
    reading = read_reply(model, text, language)
    assert reading.intent is Intent.other and reading.decided_by == "rules:legal"


def test_a_lawyers_letter_that_contests_the_bill_is_a_dispute(model):
    reading = read_reply(model, "Our solicitor will handle all correspondence from now on: the roof panels you fitted leak and we will not pay for them.", "en")
    assert reading.intent is Intent.dispute


@pytest.mark.parametrize("text,language", [
    ("Could you send the revised payment schedule showing what is still open after March? Our auditor wants it.", "en"),
    ("Merci de m'envoyer l'échéancier mis à jour, avec les mensualités déjà réglées.", "fr"),
    ("Podem enviar o plano de pagamentos atualizado, com as prestações já pagas?", "pt"),
])
def test_an_updated_plan_schedule_asked_for_is_a_copy_request(model, text, language):
    assert read_reply(model, text, language).intent is Intent.invoice_resend


@pytest.mark.parametrize("text,language", [
    ("Your last reminder shows a new IBAN in the footer. Genuine? Nobody here remembers being told.", "en"),
    ("O vosso último lembrete traz um IBAN novo. É verdadeiro? Ninguém nos avisou.", "pt"),
])
def test_a_question_whether_our_mail_is_genuine_is_a_fraud_check(model, text, language):
    assert read_reply(model, text, language).decided_by == "rules:authenticity"


def test_an_auditors_balance_confirmation_to_sign_is_no_copy_request(model):
    text = "Our auditors need a balance confirmation as at 31 March. Please sign the enclosed form and return it to them directly."
    assert read_reply(model, text, "en").intent is not Intent.invoice_resend


@pytest.mark.parametrize("text,language", [
    ("Pourrions-nous convenir d'un échéancier sur quatre mois ?", "fr"),
    ("Können wir einen Ratenplan über drei Monate vereinbaren?", "de"),
])
def test_a_schedule_asked_for_is_still_a_plan_request(model, text, language):
    assert read_reply(model, text, language).intent is Intent.payment_plan_request
