"""The days field51 and field52 taught (issue 14; every reply here in other words, read on Wednesday 14 April 2027):
a schedule of months with one day of the month is kept by its first instalment ("May, June and July, each on the
20th" is 20 May, not the coming 20 April); "end of day tomorrow" is tomorrow; "next month end" is the end of next
month; "até ao Natal", "by Christmas" are Christmas Eve as "before Christmas" is (evals/LABELING.md); a holiday
named by its weekday ("Ash Wednesday", "Quarta-feira de Cinzas", "mardi gras") is no weekday to pay on; a day our
own customers pay the sender on is theirs, not ours."""

from __future__ import annotations

import pytest

from tests.agent.spring_week import read


@pytest.mark.parametrize("text,lang,day", [
    ("Could we split it over May, June and July, each on the 20th?", "en", "2027-05-20"),
    ("Wir würden gern in drei Raten zahlen: Mai, Juni, Juli, jeweils am 10.", "de", "2027-05-10"),
    ("Nous proposons 800 € par mois de mai à août, le 5 de chaque mois.", "fr", "2027-05-05"),
    ("¿Podemos pagar en tres cuotas, mayo, junio y julio, el día 12?", "es", "2027-05-12"),
    ("Kunnen we in twee termijnen betalen, mei en juni, telkens op de 8e?", "nl", "2027-05-08"),
    ("Pagamos em três prestações, maio, junho e julho, sempre no dia 25.", "pt", "2027-05-25"),
    ("Mogen we de rest in drie termijnen doen? Mei, juni en juli, telkens eind van de maand.", "nl", "2027-05-31"),
    # the day the schedule leaves is not its day, nor the day the sender's own customers pay
    ("Please move the June and July instalments to the 18th of each month instead of the 28th.", "en", "2027-06-18"),
    ("Les échéances de mai et juin, pouvons-nous les régler le 22 au lieu du 10 ? Nos clients nous paient le 20.", "fr", "2027-05-22"),
])
def test_a_schedule_of_months_is_kept_by_its_first_instalment(text, lang, day):
    assert read(text, lang) == day


def test_months_gone_by_make_no_schedule():
    # the February and March invoices, written in April: the 20th is this month's
    assert read("The February and March invoices will both be paid on the 20th.", "en") == "2027-04-20"


@pytest.mark.parametrize("text,lang,day", [
    ("Both going out end of day tomorrow, promise.", "en", "2027-04-15"),
    ("Sorry for the delay, it will be paid by close of business tomorrow.", "en", "2027-04-15"),
    ("We'll clear the balance next month end, once our grant lands.", "en", "2027-05-31"),
    ("We'll settle it at next month-end.", "en", "2027-05-31"),
])
def test_a_day_read_with_the_word_beside_it(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize("text,lang", [
    ("Conseguimos pagar metade até ao Natal e o resto em janeiro.", "pt"),
    ("We can pay half by Christmas and the rest in January.", "en"),
])
def test_by_christmas_is_christmas_eve(text, lang):
    assert read(text, lang) == "2027-12-24"


@pytest.mark.parametrize("text,lang,day", [
    ("O pagamento sai na sexta-feira, 23 de abril, depois da Quarta-feira de Cinzas lá do bairro.", "pt", "2027-04-23"),
    ("We pay on Monday 19 April, the Ash Wednesday service is none of your concern.", "en", "2027-04-19"),
])
def test_a_holiday_named_by_a_weekday_is_no_weekday(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize("text,lang,day", [
    # the day a bill fell due is the bill's, the day named to pay it on is the promise
    ("The instalment due 16 April will be paid on 20 April because of our bank's maintenance weekend.", "en", "2027-04-20"),
    ("Die am 15.04. fällige Rate zahlen wir am 21.04., sorry.", "de", "2027-04-21"),
    # the shared present/past "pagamos" placed in a time to come is a promise
    ("Pagamos la factura en la próxima quincena, el 30.", "es", "2027-04-30"),
    # the day someone pays the sender, beside the sender's own day
    ("Ik betaal vrijdag de 23e, want de gemeente betaalt ons pas de 22e.", "nl", "2027-04-23"),
    ("We pay on Monday the 19th; our distributor pays us on the 16th.", "en", "2027-04-19"),
])
def test_a_day_that_belongs_to_something_else(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize("text,lang,day", [
    # terms the sender works out into a day: the day holds
    ("Paiement à 30 jours fin de mois, soit le 31 mai, comme prévu au contrat.", "fr", "2027-05-31"),
    # two parts, each with its figure: a week named for the second is not the first part's week
    ("Die 1.150 € überweisen wir am Freitag, die 8.900 € in KW 18.", "de", "2027-04-16"),
    # the day it should arrive, said after the day it is sent, in a sentence of its own
    ("Paying the lot this arvo. Should be with you Monday.", "en", "2027-04-14"),
])
def test_the_day_the_sender_means(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize("text,lang,day", [
    # each part with its own figure, or a half and the rest: the first part's day binds (LABELING)
    ("We'll pay 1,250 on Friday and 1,250 the Friday after, then we're square.", "en", "2027-04-16"),
    ("We'll do half on Friday and the rest the Friday after.", "en", "2027-04-16"),
    # a meeting's day and the weekday after it is still the day after the meeting
    ("The board meets on Monday 19 April; we pay the Thursday after.", "en", "2027-04-22"),
])
def test_a_weekday_after_another_day(text, lang, day):
    assert read(text, lang) == day
