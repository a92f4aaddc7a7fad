"""A dated promise inside a reply read as something else (a dispute, "already paid", a resend request)
is still found, and a date nobody commits to is not made into one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

SENT = datetime(2026, 11, 10, 14, 0, tzinfo=timezone(timedelta(hours=1)))  # Tuesday 10 November 2026


@pytest.mark.parametrize("text,lang,expected", [
    ("The unit price on the second invoice is wrong. The first one will be settled on 20 November.", "en", "2026-11-20"),
    ("We paid INV-1 yesterday; INV-2 is scheduled for next Friday.", "en", "2026-11-20"),
    ("Bitte senden Sie die Rechnung noch einmal. Die Begleichung erfolgt am 24.", "de", "2026-11-24"),
    ("La facture 2 est erronée, la 1 sera réglée le 19 novembre.", "fr", "2026-11-19"),
    ("Falta el albarán. La otra factura se pagará dentro de diez días.", "es", "2026-11-20"),
    ("De prijs klopt niet. De andere factuur wordt op vrijdag 20 november betaald.", "nl", "2026-11-20"),
    ("Já aprovámos: vão receber € 1.250,00 até ao fim do mês.", "pt", "2026-11-30"),
    ("U ontvangt € 980,00 volgende week maandag.", "nl", "2026-11-16"),
])
def test_a_committed_date_is_read_whatever_the_intent(text, lang, expected):
    assert find_promise_date(text, SENT, lang, committed_only=True) == date.fromisoformat(expected)


@pytest.mark.parametrize("text,lang", [
    ("We paid it on Friday, reference TRF-20117.", "en"),
    ("Die Lieferung kam am 3.11. beschädigt an.", "de"),
    ("Nous ne pourrons pas payer vendredi.", "fr"),
    ("Thanks, I'm back in the office on Monday.", "en"),
    ("Invoice dated 2 November is wrong.", "en"),
])
def test_a_date_nobody_commits_to_is_not_a_promise(text, lang):
    assert find_promise_date(text, SENT, lang, committed_only=True) is None


@pytest.mark.parametrize("text,lang,expected", [
    # a terse answer to a payment reminder that is only a date is the date they will pay
    ("thurs", "en", "2026-11-12"),
    ("Fri 👍", "en", "2026-11-13"),
    ("ok, vendredi", "fr", "2026-11-13"),
    ("Jueves.", "es", "2026-11-12"),
    ("Ok, am 20.", "de", "2026-11-20"),
    ("vr.", "nl", "2026-11-13"),
    ("na sexta", "pt", "2026-11-13"),
])
def test_a_reply_that_is_only_a_date_commits_to_it(text, lang, expected):
    assert find_promise_date(text, SENT, lang, committed_only=True) == date.fromisoformat(expected)


@pytest.mark.parametrize("text,lang", [
    ("not friday", "en"),
    ("Thanks, received on Monday.", "en"),
    ("Ich bin ab Montag wieder da.", "de"),
])
def test_a_short_reply_that_does_not_promise_stays_without_a_date(text, lang):
    assert find_promise_date(text, SENT, lang, committed_only=True) is None


@pytest.mark.parametrize("text,lang,expected", [
    # promises that never name a payment: the money arrives, goes out, is with you
    ("You'll have it Friday.", "en", "2026-11-13"),
    ("It'll be with you by Thursday.", "en", "2026-11-12"),
    ("Should land Tuesday.", "en", "2026-11-17"),
    ("Tuesday at the latest, sorry!", "en", "2026-11-17"),
    ("Friday for sure", "en", "2026-11-13"),
    ("Geht Freitag raus.", "de", "2026-11-13"),
    ("Kommt Freitag.", "de", "2026-11-13"),
    ("Freitag spätestens, sorry!", "de", "2026-11-13"),
    ("Vous l'aurez vendredi.", "fr", "2026-11-13"),
    ("Ça part vendredi.", "fr", "2026-11-13"),
    ("Vendredi au plus tard, désolé.", "fr", "2026-11-13"),
    ("Lo tendrán el viernes.", "es", "2026-11-13"),
    ("El viernes sin falta.", "es", "2026-11-13"),
    ("Gaat vrijdag de deur uit.", "nl", "2026-11-13"),
    ("Vrijdag uiterlijk, sorry.", "nl", "2026-11-13"),
    ("Sai na sexta.", "pt", "2026-11-13"),
    ("Sexta sem falta.", "pt", "2026-11-13"),
])
def test_a_promise_without_a_payment_word_is_still_a_commitment(text, lang, expected):
    assert find_promise_date(text, SENT, lang, committed_only=True) == date.fromisoformat(expected)


@pytest.mark.parametrize("text,lang,expected", [
    ("The 20th works for us.", "en", "2026-11-20"),
    ("Oh sure, the money will magically appear on Friday, as always.", "en", "2026-11-13"),
    ("Ja ja, das Geld kommt am Freitag.", "de", "2026-11-13"),
])
def test_more_commitments(text, lang, expected):
    assert find_promise_date(text, SENT, lang, committed_only=True) == date.fromisoformat(expected)


WED = datetime(2026, 11, 11, 10, 0, tzinfo=timezone(timedelta(hours=1)))  # Wednesday 11 November 2026


@pytest.mark.parametrize("text,lang,expected", [
    # a moved payment, said without a payment verb
    ("Finalement ce ne sera pas vendredi mais mardi prochain.", "fr", "2026-11-17"),
    ("Petit changement : paiement le 20 au lieu du 13.", "fr", "2026-11-20"),
    ("En lugar del 13 será el 20.", "es", "2026-11-20"),
    ("El pago pasa del 13 al 20.", "es", "2026-11-20"),
    ("El pago del viernes se retrasa al martes.", "es", "2026-11-17"),
    ("Al final no será el viernes sino el martes.", "es", "2026-11-17"),
    # a meeting first, then the payment, in a noun phrase
    ("Le comité se réunit jeudi, paiement lundi.", "fr", "2026-11-16"),
    ("La direction valide jeudi et le virement suit lundi.", "fr", "2026-11-16"),
    ("Après validation en réunion du 16, règlement le 18.", "fr", "2026-11-18"),
    ("El comité se reúne el jueves y el pago sale el lunes.", "es", "2026-11-16"),
    ("Tras la reunión del jueves, pago el lunes.", "es", "2026-11-16"),
    # present tense for what will happen, a deadline preposition
    ("Changement de programme, on règle mardi.", "fr", "2026-11-17"),
    ("On paye le 20 (pas le 13).", "fr", "2026-11-20"),
    ("Réglement au 20.", "fr", "2026-11-20"),
    ("Les pagamos el 20 de este mes.", "es", "2026-11-20"),
    ("Lo dejamos para el martes.", "es", "2026-11-17"),
    ("Queda para el 20.", "es", "2026-11-20"),
    ("Para el 20 lo tienen.", "es", "2026-11-20"),
    ("Lo hacemos el 20.", "es", "2026-11-20"),
    ("On fait ça jeudi.", "fr", "2026-11-12"),
    # terse lines, sarcasm around a real date
    ("Mardi c'est bon pour nous.", "fr", "2026-11-17"),
    ("C'est noté, jeudi.", "fr", "2026-11-12"),
    ("Oui oui, vendredi comme d'habitude…", "fr", "2026-11-13"),
    ("El martes sin problema.", "es", "2026-11-17"),
    ("Sí, claro, el viernes como siempre…", "es", "2026-11-13"),
    ("Le virement partira ce jour.", "fr", "2026-11-11"),
])
def test_commitments_in_french_and_spanish(text, lang, expected):
    assert find_promise_date(text, WED, lang, committed_only=True) == date.fromisoformat(expected)


@pytest.mark.parametrize("text,lang", [
    ("Payment received on the 2nd, thank you.", "en"),
    ("À ce jour nous n'avons rien reçu.", "fr"),
    ("Ya pagamos el martes.", "es"),
    ("Nous avons réglé la facture lundi.", "fr"),
])
def test_what_already_happened_is_no_commitment(text, lang):
    assert find_promise_date(text, WED, lang, committed_only=True) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("El viernes les llega.", "es", "2026-11-13"),
    ("Mañana lo tienes.", "es", "2026-11-12"),
    ("Vendredi, c'est promis.", "fr", "2026-11-13"),
    ("Het wordt vrijdag.", "nl", "2026-11-13"),
    ("It'll be Friday.", "en", "2026-11-13"),
    ("Se lo transfiero el viernes.", "es", "2026-11-13"),
    ("Je fais le virement jeudi.", "fr", "2026-11-12"),
    ("Paiement la 47e semaine.", "fr", "2026-11-20"),
    ("Pagamos en la 47ª semana.", "es", "2026-11-20"),
    ("We betalen in de 47e week.", "nl", "2026-11-20"),
])
def test_weekday_and_week_commitments(text, lang, expected):
    assert find_promise_date(text, WED, lang, committed_only=True) == date.fromisoformat(expected)
