"""Reader rules written after field63 and field64 were measured once (issue 14), tested in my own words: someone who
has finished up or left for another employer, or who has nothing to do with invoices, is a wrong contact; a person at a
conference until a day, or a bare "Back 12 May.", is away; a payment made in the past passive beside a payment run,
"a été fait", or one still "being paid" reads in its own tense; a statement asked for beside other business ahead is a
copy request; a copy asked to this address changes no billing detail; spreading the payment over months is a plan
asked for; a question whether they may pay by card is for a person; a forward "for your information" is read by the
message it forwards."""

from __future__ import annotations

import pytest

from core.contracts import ClassifyInput, Intent
from tests.agent_models.march_reply import SENT, read_reply


@pytest.mark.parametrize(("text", "lang"), [
    ("Sione has finished up with us. Please deal with Ana Fifita, ana@harbourside.example, from now on.", "en"),
    ("I've left Brightwater Events for a post at the university. From now on please email ap@brightwater.example.", "en"),
    ("Ik ben de stagiair op de werkvloer, ik doe niets met facturen. Mail naar administratie@werf.example.", "nl"),
    ("I have nothing to do with the invoices here, I only run the workshop. Try accounts@.", "en"),
    ("Ich habe mit den Rechnungen nichts zu tun, ich bin nur der Hausmeister.", "de"),
])
def test_someone_gone_or_not_handling_invoices_is_a_wrong_contact(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.wrong_contact


def test_ive_left_a_message_is_no_departure(model):
    assert read_reply(model, "I've left a message with our bookkeeper, she pays on Friday.").intent is Intent.promise_to_pay


@pytest.mark.parametrize("text", [
    "I am attending the county school-catering conference until March 24.",
    "Harvesting. Back 10 Mar.",
])
def test_a_conference_or_a_bare_back_date_is_an_absence_even_under_a_plain_subject(model, text):
    # an automatic reply that keeps our subject ("RE: …"): only its words say it is an absence
    item = ClassifyInput(subject="RE: Overdue invoices", text=text, sent_at=SENT, customer_language="en", is_auto_reply=True)
    assert model.classify(item).intent is Intent.out_of_office


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Rechnung wurde am 2.3. mit dem Zahllauf 9 überwiesen.", "de"),
    ("Le virement de 3 400 $ a été fait le 1er mars, numéro de transaction 88-2231.", "fr"),
])
def test_a_payment_told_in_the_past_is_already_paid(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.already_paid


def test_a_payment_being_made_with_a_day_ahead_is_a_promise(model):
    assert read_reply(model, "Fine, it's being paid. Friday. Satisfied?").intent is Intent.promise_to_pay


def test_a_statement_asked_for_beside_other_business_ahead_is_a_copy_request(model):
    assert read_reply(model, "Can you send me a statement of our account? The tax adviser comes next Tuesday.").intent is Intent.invoice_resend


def test_a_copy_to_this_address_is_a_copy_request(model):
    text = "Kindly send a copy of INV-2027-11223 to this address; it is not in our system."
    assert read_reply(model, text).intent is Intent.invoice_resend


def test_spreading_the_payment_over_months_is_a_plan_request(model):
    text = "Le printemps a été froid, la boutique vide. Pourrait-on étaler le paiement sur trois mois ?"
    assert read_reply(model, text, "fr").intent is Intent.payment_plan_request


def test_a_question_about_paying_by_card_is_for_a_person(model):
    text = "Can we pay by card over the phone? Our bank transfer limit is maxed out during the show."
    assert read_reply(model, text).intent is Intent.other


def test_a_forward_for_your_information_is_read_by_the_message_it_forwards(model):
    text = ("Te lo reenvío para tu conocimiento.\n\n---------- Mensaje reenviado ---------\nDe: Marta Ruiz\nPara: Administración\n\n"
            "Pagad a Northwind el viernes 5, por favor.")
    reading = read_reply(model, text, "es")
    assert reading.intent is Intent.promise_to_pay
    assert str(reading.facts.promise_date) == "2027-03-05"


@pytest.mark.parametrize("text", [
    "I am attending the national road-haulage conference until 24 March.",
    "Lambing. Back 16 Mar.",
])
def test_someone_at_a_conference_or_only_back_on_a_day_is_away(text):
    from agent.models.notices import someone_is_away

    assert someone_is_away(text)


@pytest.mark.parametrize("text", ["I am attending to it and will pay on Friday.", "Paid it. Back to you if anything is missing."])
def test_attending_to_it_or_back_to_you_is_nobody_away(text):
    from agent.models.notices import someone_is_away

    assert not someone_is_away(text)


def test_a_card_question_with_a_day_of_its_own_stays_a_promise(model):
    assert read_reply(model, "Can I pay by card over the phone? I'll do it Friday if so.").intent is Intent.promise_to_pay


def test_a_statement_asked_beside_funds_that_leave_on_a_day_keeps_the_promise(model):
    text = "Please send us an up-to-date statement showing INV-2027-11223. Funds for INV-2027-11224 will leave our account on 12th March."
    assert read_reply(model, text).intent is Intent.promise_to_pay


def test_fees_paid_in_first_make_a_promise_conditional():
    from agent.dates.sentences import _conditional

    assert _conditional("payment will be made in the first week of april when the members' fees for the new season are paid in.", "en")
    assert not _conditional("payment will be made in the first week of april, the fees are already in.", "en")
