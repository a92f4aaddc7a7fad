"""The day a reply pays on when the sender corrects themselves mid-sentence, counts from a day only the calendar knows,
or names a quarter (issue 14, from field69/70's errors after their one measurement; every sentence written here, in
other words): a day dropped as soon as it is said ("the 10th... sorry, the 11th", "jueves... ay, no"), and the
dropped day named again to say why; a Dutch or German plan that moved with the verb last; the day after a custom's day
(Tax Day, Sechseläuten, Prinsjesdag, Knabenschiessen, Heritage Day, the Jeûne genevois, Ferragosto); a quarter by its
ordinal in six languages; "the end of the week" after the week it ends; the time of a call already had; "that will be
<day>"; a "see below" forward in Portuguese and Spanish."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date
from agent.extract import extract_facts
from agent.models.features import visible_text
from agent.named_days import next_named_day
from core.contracts import ClassifyInput, Intent

CET = timezone(timedelta(hours=2))
MONDAY = datetime(2032, 5, 3, 9, 30, tzinfo=CET)  # Monday 3 May 2032


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "We'll transfer on the 11th... sorry, the 12th (Wed). The 11th our bank is doing maintenance.", date(2032, 5, 12)),
    ("en", "Paying on 13 May – oh hang on, that's Ascension. Friday 14th then, the bank's shut on the Thursday.", date(2032, 5, 14)),
    ("de", "Wir überweisen am Donnerstag – huch, am Freitag, am Donnerstag ist Inventur.", date(2032, 5, 7)),
    ("es", "Transferimos el jueves 13... ay, no, el 13 cierra el banco por la fiesta. El viernes 14.", date(2032, 5, 14)),
    ("fr", "Le paiement part le 18. Non, pardon, le 19 : le 18 je suis en formation toute la journée.", date(2032, 5, 19)),
    ("nl", "Betaling staat op dinsdag 11/5. Nee wacht, de 12e – dinsdag zit ik bij de accountant.", date(2032, 5, 12)),
    ("pt", "Pagamos na sexta... aliás, não: na sexta o escritório fecha cedo. Fica para segunda, dia 10.", date(2032, 5, 10)),
])
def test_a_day_dropped_as_soon_as_it_is_said_gives_way_to_the_one_after_it(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


def test_a_day_put_off_for_another_invoice_is_no_correction():
    # "fica para" puts one invoice's payment later; the other's, tomorrow, is the earliest part promised
    text = "A 81231 vai ser paga amanhã por câmbio. A 81232 fica para a semana que vem."
    assert find_promise_date(text, MONDAY, "pt") == date(2032, 5, 4)


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le virement part le 12 : le 13 nous sommes fermés.", date(2032, 5, 12)),
    ("en", "Two payments. 1st: May 14, 2nd: June 14", date(2032, 5, 14)),
])
def test_a_day_before_a_colon_is_a_day_unless_it_numbers_an_instalment(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("nl", "We hadden 7 mei ingepland, maar dat wordt 14 mei.", date(2032, 5, 14)),
    ("de", "Die für den 7.5. geplante Zahlung wurde wegen des Jahresabschlusses auf den 14.5. verschoben.", date(2032, 5, 14)),
    ("nl", "De voor 7 mei geplande betaling is naar 14 mei verplaatst.", date(2032, 5, 14)),
])
def test_a_plan_that_moved_keeps_its_new_day_when_the_verb_comes_last(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("key, today, expected", [
    ("tax_day_us", date(2032, 1, 10), date(2032, 4, 15)),
    ("tax_day_us", date(2028, 1, 10), date(2028, 4, 17)),  # 15 April 2028 is a Saturday: the Monday after
    ("sechselauten", date(2032, 1, 10), date(2032, 4, 19)),
    ("sechselauten", date(2025, 1, 10), date(2025, 4, 28)),  # the third Monday was Easter Monday: a week later
    ("prinsjesdag", date(2032, 1, 10), date(2032, 9, 21)),
    ("knabenschiessen", date(2032, 1, 10), date(2032, 9, 13)),
    ("jeune_genevois", date(2032, 1, 10), date(2032, 9, 9)),
    ("heritage_day_za", date(2032, 1, 10), date(2032, 9, 24)),
])
def test_days_a_custom_fixes_fall_where_the_calendar_puts_them(key, today, expected):
    assert next_named_day(key, today) == expected


SEPTEMBER = datetime(2032, 9, 6, 9, 0, tzinfo=CET)  # Monday 6 September 2032


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The office is empty for Heritage Day, so the transfer follows the day after Heritage Day.", date(2032, 9, 25)),
    ("de", "Wir zahlen am Dienstag nach dem Knabenschiessen, vorher ist das halbe Team am Schiessstand.", date(2032, 9, 14)),
    ("nl", "Vanwege de drukte betalen we woensdag na Prinsjesdag.", date(2032, 9, 22)),
    ("fr", "Nous sommes fermés jeudi ; le virement partira le lendemain du Jeûne genevois.", date(2032, 9, 10)),
    ("en", "Our accountant is off; we'll pay the Monday after Ferragosto.", date(2033, 8, 22)),
])
def test_a_day_counted_from_a_customs_day(lang, text, expected):
    assert find_promise_date(text, SEPTEMBER, lang) == expected


def test_the_day_after_tax_day_and_the_tuesday_after_sechselauten():
    march = datetime(2032, 3, 22, 9, 0, tzinfo=CET)
    assert find_promise_date("Tax season is brutal. You'll get the money the day after Tax Day.", march, "en") == date(2032, 4, 16)
    assert find_promise_date("Wir zahlen am Dienstag nach dem Sechseläuten.", march, "de") == date(2032, 4, 20)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "We'll clear it at the start of the third quarter.", date(2032, 7, 1)),
    ("de", "Wir begleichen das Ende des zweiten Quartals.", date(2032, 6, 30)),
    ("fr", "Le règlement se fera à la fin du troisième trimestre.", date(2032, 9, 30)),
    ("es", "Pagaremos a principios del tercer trimestre.", date(2032, 7, 1)),
    ("nl", "We betalen begin derde kwartaal.", date(2032, 7, 1)),
    ("pt", "Pagamos no início do quarto trimestre.", date(2032, 10, 1)),
    ("en", "Early Q3 for both, I'm afraid.", date(2032, 7, 1)),
])
def test_a_quarter_named_by_its_ordinal(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Not next week, the week after: the transfer goes at the end of the week.", date(2032, 5, 21)),
    ("fr", "Pas la semaine prochaine mais celle d'après : le virement partira en fin de semaine.", date(2032, 5, 21)),
])
def test_the_end_of_the_week_after_the_week_named_is_that_weeks_end(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Per our phone call this morning: payment of $2,150.00 goes out by ACH on Monday, May 10. Please confirm the account is "
           "closed once it clears.", date(2032, 5, 10)),
    ("fr", "Suite à notre appel de ce matin : le virement de 2 150 € part le lundi 10 mai. Merci de confirmer la clôture du dossier "
           "une fois reçu.", date(2032, 5, 10)),
])
def test_the_time_of_a_call_already_had_is_no_day_to_pay_on(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


def test_that_will_be_settles_the_day_after_a_rule_for_it():
    text = ("We pay on the last working day of next month; since the 30th is a Sunday, that will be Friday 28 June. "
            "Both invoices are in it.")
    assert find_promise_date(text, datetime(2032, 5, 20, 9, 0, tzinfo=CET), "en") == date(2032, 6, 28)


@pytest.mark.parametrize("own, inner", [
    ("Veja abaixo.\n\nJoana", "Joana, pode pagar a Northwind no dia 20, obrigado. Rui"),
    ("Vea abajo.\n\nMarta", "Marta, paga a Northwind el día 20, por favor. Luis"),
])
def test_a_see_below_forward_in_portuguese_or_spanish_is_read_by_what_it_forwards(own, inner):
    full = f"{own}\n\n---------- Forwarded message ---------\nFrom: X <x@buyer.example>\nDate: Mon, May 3, 2032\nSubject: pagos\n\n{inner}"
    item = ClassifyInput(subject="Fwd: pagos", text=own, full_text=full, sent_at="2032-05-04T09:00:00+02:00", customer_language=own[:2].lower())
    assert "20" in visible_text(item)
    assert str(extract_facts(item, Intent.promise_to_pay).promise_date) == "2032-05-20"


@pytest.mark.parametrize("lang, text, sent, expected", [
    # an apology after a sentence ends is for something else
    ("de", "Überweise Mi. Sorry, bin heute im Stress.", MONDAY, date(2032, 5, 5)),
    # a full date said again right after the correction is the correction
    ("pt", "A fatura foi paga a 12/05... aliás, foi agendada para 12/05, hoje ainda não saiu.", MONDAY, date(2032, 5, 12)),
    # a quarter's end after the date says why
    ("es", "Se pagará el 5 de julio, después del cierre del segundo trimestre.", MONDAY, date(2032, 7, 5)),
    # the day a message of ours came is no day to pay on
    ("en", "Lovely, a reminder on the day after Labor Day. Friday it goes out.", datetime(2032, 9, 7, 9, 0, tzinfo=CET), date(2032, 9, 10)),
    ("nl", "Fijn hoor, een herinnering op de dag na Prinsjesdag. Vrijdag staat het erop.", datetime(2032, 9, 22, 9, 0, tzinfo=CET), date(2032, 9, 24)),
])
def test_what_the_new_rules_leave_alone(lang, text, sent, expected):
    assert find_promise_date(text, sent, lang) == expected
