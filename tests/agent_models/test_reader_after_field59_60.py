"""Reader rules written after field59 and field60 were measured once (issue 14), tested in my own words.

A third party paying the customer ("the schools paid us") claims no payment of ours; a sentence of the past about
something else ("snow kept the shop dark last week") claims none either. A contact on a long leave, moved to another
team or gone at the end of a month is the wrong contact even when the reply names where to write. A colleague away at
a place until a day, who will answer when back, is an absence, not a promise of that day. An automatic notice that the
office is closed is an absence whatever dates it gives. A schedule put to us for agreement ("in zwei Tranchen … Bitte
um Bestätigung", "¿podemos pagarlo en tres veces?") asks for a plan."""

from __future__ import annotations

import pytest

from agent.extract import find_amounts
from agent.models.tense import payment_tenses
from core.contracts import Intent
from core.text.amounts import bare_figures
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize("text", [
    "Snow kept the shop dark for days last week and cash is thin. We'll pay half on Friday and the rest after Easter.",
    "Season opened. The tour operators paid us at last. I can transfer 3,000 next Wednesday and the balance in April.",
])
def test_a_past_that_is_not_our_payment_leaves_a_promise(model, text):
    assert payment_tenses(text) == (True, False)
    assert read_reply(model, text).intent is Intent.promise_to_pay


def test_a_deed_told_of_briefly_is_still_a_claim():
    assert payment_tenses("Sorted it last Thursday.")[1]
    assert payment_tenses("Done yesterday.")[1]


@pytest.mark.parametrize(("text", "lang"), [
    ("Hannah went on maternity leave on Monday. For anything about invoices please write to Tom: t.hale@quarry-tiles.example.", "en"),
    ("Pieter left Noordhaven at the end of February. Please use finance@noordhaven.example from now on.", "en"),
    ("I have moved to the export team. Please send reminders to our accounts desk at ar@kiln-and-co.example.", "en"),
    ("Sanne werkt hier sinds begin maart niet meer. Wilt u voortaan mailen naar boekhouding@tulpenhof.example?", "nl"),
    ("Claire est en congé maternité. Pour la facturation, écrivez à Marc : m.dupuis@atelier-verre.example.", "fr"),
])
def test_a_contact_gone_for_good_or_for_months_is_the_wrong_contact(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.wrong_contact


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Jonas ist bis Freitag auf der Messe in Leipzig, er meldet sich dann.", "de"),
    ("O Rui está na feira de Braga até sexta. Ele responde quando voltar.", "pt"),
    ("Lucía está en el congreso hasta el viernes, te contesta cuando vuelva.", "es"),
])
def test_a_colleague_away_who_answers_later_is_an_absence(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.out_of_office


@pytest.mark.parametrize(("text", "lang"), [
    ("Dear partners, our plant will be closed for the spring festival from 8/3 to 15/3. Best wishes for the season!", "en"),
    ("Nuestras oficinas permanecerán cerradas del 8 al 12 de marzo por inventario. Volvemos el lunes 15.", "es"),
])
def test_an_automatic_closure_notice_is_an_absence(model, text, lang):
    assert read_reply(model, text, lang, auto=True).intent is Intent.out_of_office


@pytest.mark.parametrize(("text", "lang"), [
    ("Wir möchten den Betrag in drei Tranchen zahlen: je EUR 2.000 am 15.03., 15.04. und 15.05. Bitte um Bestätigung.", "de"),
    ("¿Podemos pagarlo en tres veces? Un tercio ahora, otro en abril y el último en mayo.", "es"),
])
def test_a_schedule_put_to_us_asks_for_a_plan(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.payment_plan_request


def test_south_asian_whole_sums_are_money():
    assert bare_figures("We will release 2450/- on Friday and 1800/- next month.") == [2450, 1800]
    assert bare_figures("Delivered 12/3 and 4/5.") == []
    assert [a for a, _ in find_amounts("Rs. 45,000/- and INR 1,200 and ₹300")] == [45000, 1200, 300]


def test_lakh_grouping_is_one_sum():
    assert [a for a, _ in find_amounts("remitted INR 3,45,600/- on 2 March")] == [345600]


def test_a_dates_year_before_a_currency_code_is_no_amount():
    assert [a for a, _ in find_amounts("ANZ transfer 19/11/2026 NZD 1,960.00 Harbourview")] == [1960]
