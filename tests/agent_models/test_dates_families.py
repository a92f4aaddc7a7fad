"""Families of promise dates hand-written replies use (issue 14): a payment after a dated meeting or on a value
date, "the 2nd or 3rd", abbreviated and numbered weekdays, "binnen de 14 dagen", German ordinal words, mid-month,
a date replaced by another, "latest on Wednesday", a split payment, an Australian "1/12" and a plan's start date.
Sentences are written for these tests (never copied from an eval split)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.dates import find_promise_date
from core.text.date_rules import coming_weekday, next_day_of_month, next_week_weekday
from core.text.months import MONTHS
from core.text.weekdays import WEEKDAYS

CET = timezone(timedelta(hours=1))
sent_days = st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31))


def at(d: date, tz: timezone = CET) -> datetime:
    return datetime(d.year, d.month, d.day, 10, 0, tzinfo=tz)


MONDAY = date(2027, 3, 1)  # a Monday


@pytest.mark.parametrize("lang, text", [
    ("en", "The board meets on 10 March; the transfer follows on 12 March."),
    ("de", "Der Vorstand tagt am 10. März, die Zahlung erfolgt dann am 12. März."),
    ("fr", "Le conseil se réunit le 10 mars, le virement partira le 12 mars."),
    ("es", "El consejo se reúne el 10 de marzo y el pago sale el 12 de marzo."),
    ("nl", "Na de algemene vergadering op 10 maart betalen wij op 12 maart."),
    ("pt", "A reunião do conselho é a 10 de março, sendo o pagamento feito a 12 de março."),
    ("pt", "O conselho reúne a 10 de março; a transferência segue a 12."),
    ("de", "Die Buchung erfolgt am 10.3. mit Valuta 12.3."),
    ("en", "Booked on 10 March with value date 12 March."),
])
def test_the_payment_after_a_dated_meeting_or_on_a_value_date_is_promised(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 12)


WEEKDAY_OR = {"en": "We will pay on {} or {}.", "de": "Wir zahlen {} oder {}.", "fr": "Nous paierons {} ou {}.",
              "es": "Pagaremos el {} o el {}.", "nl": "We betalen {} of {}.", "pt": "Pagamos na {} ou na {}."}


@given(sent_days, st.sampled_from(sorted(WEEKDAY_OR)), st.integers(min_value=0, max_value=3))
def test_of_two_weekdays_the_later_one_is_promised(day, lang, first):
    names = WEEKDAYS[lang]
    text = WEEKDAY_OR[lang].format(names[first], names[first + 1])
    assert find_promise_date(text, at(day), lang) == max(coming_weekday(day, first), coming_weekday(day, first + 1))


def test_of_two_days_of_the_month_the_later_one_is_promised():
    assert find_promise_date("It should go out the 4th or 5th.", at(MONDAY), "en") == date(2027, 3, 5)
    assert find_promise_date("Payment lands the 8th or the 9th of March.", at(MONDAY), "en") == date(2027, 3, 9)


@given(sent_days, st.integers(min_value=2, max_value=6), st.sampled_from(["{}.ª feira", "{}ª feira", "{}ª-feira"]))
def test_a_numbered_portuguese_weekday_counts_from_sunday(day, n, form):
    assert find_promise_date(f"Transferimos na {form.format(n)}.", at(day), "pt") == coming_weekday(day, n - 2)


@given(sent_days, st.sampled_from([("lun", 0), ("mar", 1), ("mer", 2), ("jeu", 3), ("vend", 4), ("ven", 4)]))
def test_an_abbreviated_french_weekday_with_prochain_is_next_weeks(day, abbr):
    word, wd = abbr
    assert find_promise_date(f"Le virement part {word}. prochain.", at(day), "fr") == next_week_weekday(day, wd)


WITHIN_THE = {"nl": "Wij betalen binnen de {} dagen.", "en": "We will pay within the {} days.",
              "de": "Wir zahlen innerhalb der {} Tage.", "fr": "Nous paierons dans les {} jours.",
              "es": "Pagaremos dentro de los {} días.", "pt": "Pagamos dentro dos {} dias."}


@given(sent_days, st.sampled_from(sorted(WITHIN_THE)), st.integers(min_value=2, max_value=60))
def test_within_the_n_days_counts_from_the_reply(day, lang, n):
    assert find_promise_date(WITHIN_THE[lang].format(n), at(day), lang) == day + timedelta(days=n)


GERMAN_ORDINALS = {"dritten": 3, "zehnten": 10, "fünfzehnten": 15, "zwanzigsten": 20, "dreiundzwanzigsten": 23,
                   "achtundzwanzigsten": 28, "dreißigsten": 30, "einunddreißigsten": 31}


@given(sent_days, st.sampled_from(sorted(GERMAN_ORDINALS)), st.sampled_from(["am", "zum", "bis zum"]))
def test_a_german_ordinal_word_is_a_day_of_the_month(day, word, prep):
    got = find_promise_date(f"wir überweisen {prep} {word}", at(day), "de")
    assert got == next_day_of_month(day, GERMAN_ORDINALS[word])


MID = {"en": "We pay mid-{}.", "de": "Zahlung Mitte {}.", "fr": "Règlement mi-{}.", "es": "Pagaremos a mediados de {}.",
       "nl": "Wij betalen half {}.", "pt": "Pagamos em meados de {}."}


@given(sent_days, st.sampled_from(sorted(MID)), st.integers(min_value=1, max_value=12))
def test_mid_a_named_month_is_its_fifteenth(day, lang, month):
    if month == day.month:
        return
    year = day.year if month > day.month else day.year + 1
    assert find_promise_date(MID[lang].format(MONTHS[lang][month - 1]), at(day), lang) == date(year, month, 15)


def test_half_a_month_is_mid_month_in_dutch_only():
    assert find_promise_date("We can pay half May and the rest later.", at(MONDAY), "en") != date(2027, 5, 15)


@pytest.mark.parametrize("lang, text", [
    ("es", "Cambio: ya no pagamos el 10, sino el 14."),
    ("pt", "Afinal o pagamento não será no dia 10 mas sim no dia 14."),
    ("fr", "Le virement ne partira plus le 10 mais le 14."),
    ("de", "Die Zahlung kommt nicht am 10., sondern am 14."),
    ("en", "The payment won't be on the 10th but on the 14th."),
    ("nl", "We betalen niet op de 10e maar op de 14e."),
])
def test_a_denied_date_gives_way_to_the_one_after_but(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 14)


@pytest.mark.parametrize("lang, text", [
    ("en", "We will transfer it next week, latest on Thursday."),
    ("en", "The payment goes out in next week, at the latest on Thursday."),
    ("de", "Wir zahlen nächste Woche, spätestens am Donnerstag."),
    ("fr", "Nous paierons la semaine prochaine, au plus tard le jeudi."),
])
def test_a_weekday_said_to_be_the_latest_in_next_week(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 11)


@pytest.mark.parametrize("lang, text", [
    ("en", "We'll send 2,000 € next week and the balance at the end of April."),
    ("fr", "Nous verserons 800 € la semaine prochaine et le solde fin avril."),
    ("es", "Pagaremos 800 € la semana que viene y el resto a finales de abril."),
    ("nl", "Wij betalen volgende week 800 euro en het restant eind april."),
])
def test_a_split_payment_is_promised_by_its_first_part(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 12)


def test_an_australian_dollar_date_is_day_first():
    sydney = timezone(timedelta(hours=11))
    got = find_promise_date("The $950 instalment will be paid on 3/12.", datetime(2026, 11, 18, 9, tzinfo=sydney), "en")
    assert got == date(2026, 12, 3)


@pytest.mark.parametrize("lang, text", [
    ("en", "Could we pay over 5 months starting 1 April?"),
    ("es", "¿Podemos pagar en 5 meses a partir del 1 de abril?"),
])
def test_a_plan_is_promised_from_its_start(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 4, 1)


@given(sent_days, st.sampled_from([("Mo", 0), ("Di", 1), ("Mi", 2), ("Do", 3)]), st.sampled_from(["de", "en", None]))
def test_a_german_weekday_abbreviation_before_a_german_verb_is_read_whatever_the_detected_language(day, abbr, lang):
    word, wd = abbr
    assert find_promise_date(f"Geld geht {word}. raus", at(day), lang) == coming_weekday(day, wd)


@given(sent_days, st.sampled_from([("mon", 0), ("tues", 1), ("wed", 2), ("thurs", 3), ("fri", 4)]))
def test_next_with_an_abbreviated_english_weekday_is_next_weeks(day, abbr):
    word, wd = abbr
    assert find_promise_date(f"will pay the big one next {word}", at(day), "en") == next_week_weekday(day, wd)


# ---- issue 14, second round: nth weekday / week of a month, COB, corrections, conditions, ordinals in words

NTH_TUESDAY = {"en": "We will pay on the first Tuesday of {}.", "fr": "Nous paierons le premier mardi de {}.",
               "es": "Pagaremos el primer martes de {}.", "de": "Wir zahlen am ersten Dienstag im {}.",
               "nl": "We betalen op de eerste dinsdag van {}.", "pt": "Pagamos na primeira terça-feira de {}."}


@given(sent_days, st.sampled_from(sorted(NTH_TUESDAY)), st.integers(min_value=1, max_value=12))
def test_the_first_weekday_of_a_named_month_is_that_date(day, lang, month):
    got = find_promise_date(NTH_TUESDAY[lang].format(MONTHS[lang][month - 1]), at(day), lang)
    assert got is not None and got.month == month and got.weekday() == 1 and got.day <= 7 and got >= day


def test_the_last_friday_of_the_month():
    assert find_promise_date("We pay on the last Friday of the month.", at(MONDAY), "en") == date(2027, 3, 26)


@pytest.mark.parametrize("lang, text", [
    ("en", "We plan to release the payment in the 1st week of April."),
    ("en", "Payment goes out the first week of April."),
    ("de", "Die Zahlung erfolgt in der ersten Aprilwoche."),
    ("fr", "Le virement partira la première semaine d'avril."),
    ("es", "Pagaremos la primera semana de abril."),
    ("nl", "We betalen in de eerste week van april."),
])
def test_the_first_week_of_a_month_promises_its_friday(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 4, 2)


@given(sent_days, st.integers(min_value=0, max_value=4),
       st.sampled_from(["by close of business {}", "COB {}", "by EOD {}", "by end of day {}"]))
def test_close_of_business_on_a_weekday_is_that_weekday(day, wd, phrase):
    text = "We will settle " + phrase.format(WEEKDAYS["en"][wd]) + "."
    assert find_promise_date(text, at(day), "en") == coming_weekday(day, wd)


@given(sent_days, st.sampled_from([("Sat", 5), ("Sun", 6)]))
def test_this_sat_is_the_coming_saturday(day, abbr):
    assert find_promise_date(f"I'll transfer it this {abbr[0]}.", at(day), "en") == coming_weekday(day, abbr[1])


def test_a_correction_gives_the_day():
    assert find_promise_date("We'll pay on Monday. (Not this Monday - the 15th.)", at(MONDAY), "en") == date(2027, 3, 15)


@pytest.mark.parametrize("lang, text", [
    ("en", "If you can send us the delivery notes by Weds we'll pay Fri."),
    ("en", "If you send the corrected invoice by Wednesday we will pay on Friday."),
    ("de", "Wenn Sie die Lieferscheine bis Mittwoch schicken zahlen wir am Freitag."),
    ("fr", "Si vous envoyez les bons avant mercredi nous paierons vendredi."),
    ("es", "Si nos mandan los albaranes antes del miércoles pagaremos el viernes."),
])
def test_a_conditions_own_date_is_not_the_promise(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 5)


@pytest.mark.parametrize("text, lang, want", [
    ("we will wire the balance on Wednesday the seventeenth", "en", date(2027, 3, 17)),
    ("Payment on Friday the fifth.", "en", date(2027, 3, 5)),
    ("Wir überweisen am Mittwoch, dem siebzehnten.", "de", date(2027, 3, 17)),
])
def test_a_weekday_with_an_ordinal_word(text, lang, want):
    assert find_promise_date(text, at(MONDAY), lang) == want


def test_the_day_after_a_meeting_named_after_it():
    text = "Payment will be released the day after our board meeting on the 9th."
    assert find_promise_date(text, at(MONDAY), "en") == date(2027, 3, 10)


@pytest.mark.parametrize("lang, text", [
    ("en", "Could we pay 500 a month starting May?"), ("fr", "Pourrions-nous payer 500 € par mois à partir de mai ?"),
    ("de", "Können wir ab Mai monatlich 500 € zahlen?"), ("es", "¿Podemos pagar 500 € al mes a partir de mayo?"),
    ("nl", "Kunnen we vanaf mei 500 euro per maand betalen?"), ("pt", "Podemos pagar 500 € por mês a partir de maio?"),
])
def test_a_plan_starting_a_month_starts_on_its_first(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 5, 1)


def test_instalment_ordinals_followed_by_a_date_are_not_days():
    text = "Please allow us 2 instalments, the 1st on 20/3 and the 2nd on 20/4."
    assert find_promise_date(text, at(MONDAY), "en") == date(2027, 3, 20)


def test_the_invoice_that_follows_is_promised_beside_one_paid_today():
    text = "4411 paid today, ref AB-77. 4412 will follow on the 9th."
    assert find_promise_date(text, at(MONDAY), "en") == date(2027, 3, 9)


@pytest.mark.parametrize("lang, text, wd", [
    ("en", "wil pay on teusday", 1), ("en", "we'll pay wensday", 2), ("en", "will pay thurdsay", 3), ("en", "paying it firday", 4),
    ("de", "Wir zahlen am Mitwoch.", 2), ("fr", "Nous paierons jeudis.", 3), ("es", "Pagaremos el mircoles.", 2),
    ("nl", "We betalen woensdg.", 2),
])
def test_a_misspelt_weekday_beside_a_payment_word(lang, text, wd):
    assert find_promise_date(text, at(MONDAY), lang) == coming_weekday(MONDAY, wd)


def test_a_weekday_look_alike_without_a_payment_word_or_a_plural_names_no_day():
    assert find_promise_date("Thanks, teusday works for the call.", at(MONDAY), "en") is None
    assert find_promise_date("We pay on fridays.", at(MONDAY), "en") is None


@pytest.mark.parametrize("text, wd", [("Hoi, we betalen do. beide facturen.", 3), ("wij betalen di. alles", 1)])
def test_a_dutch_abbreviation_after_a_dutch_verb_in_a_reply_taken_for_english(text, wd):
    assert find_promise_date(text, at(MONDAY), "en") == coming_weekday(MONDAY, wd)


@pytest.mark.parametrize("customer_language", ["es", "pt", "fr", "de", "nl"])
def test_an_english_reply_from_a_day_first_customer_reads_day_first(customer_language):
    americas = timezone(timedelta(hours=-6))
    got = find_promise_date("Hello, we will pay on 4/3. Regards", at(MONDAY, americas), "en", customer_language=customer_language)
    assert got == date(2027, 3, 4)
    assert find_promise_date("Hello, we will pay on 4/3. Regards", at(MONDAY, americas), "en") == date(2027, 4, 3)


# --- roles among several mentions (issue 14): restated days, spans narrowed, counted ordinals, a done day, routines

@pytest.mark.parametrize("lang, text", [
    ("en", "Ms Vogel is at a trade fair until Wednesday; she asked me to say the transfer goes out on Friday, the 5th."),
    ("de", "Frau Vogel ist bis Mittwoch auf einer Messe und lässt ausrichten, dass die Überweisung am Freitag, den 5.3., rausgeht."),
    ("fr", "Mme Vogel est en salon jusqu'à mercredi ; le virement partira vendredi, le 5."),
    ("es", "La Sra. Vogel está en una feria hasta el miércoles; la transferencia sale el viernes, el 5."),
    ("pt", "O comitê aprova na reunião de terça (2/3) e a transferência sai na sexta seguinte, dia 5."),
])
def test_a_day_restated_beside_its_weekday_keeps_the_payment_role(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 5)


@pytest.mark.parametrize("lang, text", [
    ("en", "Our payment runs restart in the second week of March and yours is in the first one (9 March)."),
    ("fr", "Les paiements reprennent la deuxième semaine de mars, le vôtre part le 9 mars."),
    ("es", "Los pagos se reanudan la segunda semana de marzo y el suyo sale el 9 de marzo."),
    ("pt", "Os pagamentos recomeçam na segunda semana de março e o seu sai a 9 de março."),
])
def test_a_day_inside_a_numbered_week_narrows_it(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 9)


@given(sent_days, st.integers(min_value=2, max_value=9), st.integers(min_value=0, max_value=4))
def test_an_ordinal_that_counts_instalments_is_no_day(day, nth, weekday):
    suffix = {2: "nd", 3: "rd"}.get(nth, "th")
    name = WEEKDAYS["en"][weekday]
    text = f"As agreed, the {nth}{suffix} instalment of the plan will be paid on {name}."
    assert find_promise_date(text, at(day), "en") == coming_weekday(day, weekday)


@given(sent_days, st.integers(min_value=0, max_value=6))
def test_a_weekday_a_terse_reply_says_was_paid_on_is_not_the_promise(day, weekday):
    name = WEEKDAYS["en"][weekday].lower()
    text = f"paid the small one on {name}! the big one next week"
    promised = find_promise_date(text, at(day), "en")
    assert promised is not None and promised >= next_week_weekday(day, 0)


@given(sent_days)
def test_first_thing_next_week_is_its_monday(day):
    for lang, text in (("en", "Will pay first thing next week."), ("fr", "Virement en début de semaine prochaine."),
                       ("nl", "Betaling begin van volgende week.")):
        assert find_promise_date(text, at(day), lang) == next_week_weekday(day, 0)


@pytest.mark.parametrize("lang, text", [
    ("en", "We pay vendors on the 1st and the 15th. You are in the 15th run."),
    ("es", "Pagamos a proveedores el 1 y el 15; el suyo va en el pago del 15."),
])
def test_a_payers_routine_is_not_this_invoices_day(lang, text):
    assert find_promise_date(text, at(date(2027, 3, 3)), lang) == date(2027, 3, 15)


@pytest.mark.parametrize("lang, text", [
    ("de", "Überweisung am Fr., 5.3."),
    ("en", "Sending it Fri (5 March)."),
    ("fr", "Le virement part vendredi, le 5."),
    ("es", "Transferimos el vie., 5 de marzo."),
])
def test_a_weekday_followed_by_its_explicit_date_is_that_date(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 5)


@pytest.mark.parametrize("lang, text", [
    ("en", "If the corrected invoice reaches us by the 3rd we pay on the 9th."),
    ("de", "Wenn die korrigierte Rechnung bis zum 3. kommt zahlen wir am 9."),
    ("es", "Si la factura corregida llega antes del 3 pagamos el 9."),
    ("nl", "Als de gecorrigeerde factuur er voor de 3e is betalen we op de 9e."),
])
def test_a_conditions_date_gives_way_to_a_plain_present_payment(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 9)


@given(sent_days, st.integers(min_value=0, max_value=4))
def test_a_week_on_a_weekday_is_that_weekday_a_week_later(day, weekday):
    expected = coming_weekday(day, weekday) + timedelta(days=7)
    assert find_promise_date(f"It will be paid a week on {WEEKDAYS['en'][weekday]}.", at(day), "en") == expected
    assert find_promise_date(f"Pagamos el {WEEKDAYS['es'][weekday]} en ocho.", at(day), "es") == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "We transferred 700 today and will pay the rest on 9 March."),
    ("fr", "Nous avons déjà viré 700 € aujourd'hui, le reste suivra le 9 mars."),
    ("de", "Wir haben heute 700 € überwiesen, den Rest zahlen wir am 9.3."),
    ("nl", "We hebben vandaag 700 euro overgemaakt, de rest betalen we op 9 maart."),
])
def test_a_part_paid_today_leaves_the_rest_as_the_promise(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 9)


@given(sent_days, st.integers(min_value=0, max_value=4))
def test_a_weekday_share_keeps_its_own_week_when_the_balance_is_next_week(day, weekday):
    name = WEEKDAYS["en"][weekday]
    text = f"We will release 800 on {name} and balance next week."
    assert find_promise_date(text, at(day), "en") == coming_weekday(day, weekday)


@pytest.mark.parametrize("lang, text", [
    ("en", "Could we do 3 x 900 monthly from 8 March? It is the only way to clear it before year end."),
    ("de", "Können wir in drei monatlichen Raten ab dem 8.3. zahlen? Sonst wird es vor Jahresende nichts."),
    ("es", "¿Podemos pagar en 3 cuotas mensuales desde el 8 de marzo? Así lo liquidamos antes de fin de año."),
])
def test_a_plans_start_date_beats_the_year_end_it_aims_at(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 8)


@pytest.mark.parametrize("lang, text", [
    ("es", "El jueves os transferimos 500 € y el resto a fin de mes."),
    ("pt", "Na quinta transferimos 500 € e o resto no fim do mês."),
])
def test_an_ambiguous_present_beside_a_weekday_still_promises_it(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 4)


@pytest.mark.parametrize("lang, text", [
    ("es", "Hoy transferimos 600 € y el resto lo pagaremos el 9 de marzo."),
    ("pt", "Transferimos hoje 600 € e o restante vamos pagar no dia 9 de março."),
])
def test_a_rest_told_in_the_future_marks_todays_shared_form_as_done(lang, text):
    assert find_promise_date(text, at(MONDAY), lang) == date(2027, 3, 9)
