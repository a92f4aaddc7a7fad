"""Days that are not the payment's beside the one that is (issue 14, after field37/field38's one measurement; every
sentence written here in other words), in the six languages.

A closure's first and last days ("closed for the holidays from 23 Dec to 4 Jan"); a bound narrowed by a day inside it
("voor de kerst, uiterlijk 22 december", "dans la semaine du 14 décembre, au plus tard le mercredi 16"); a weekday with
its date in brackets ("am Montag (21.12.)"); the same weekday placed on its date after "so"; "banking days"; an audit's
or inspection's day; a weekday after Easter or its Monday ("after Easter" alone names none); a day turned down ("no
puede ser", "tampoco"); a fiscal "year end is 31 March"; "make it 8/4"; "3 days later" from the reply's own day; "Nein, Moment", "corrigindo: não é dia 9, é dia 14"; a plan brought forward
("vamos antecipar para dia 20"); "final do corrente mês"; a weekday in "the second week of February"; "du 25 du mois"; an
"expected transfer date".

Rules: evals/LABELING.md.
"""

from __future__ import annotations

import pytest

from agent.dates import find_promise_date


def read(text: str, lang: str, sent: str) -> str | None:
    got = find_promise_date(text, sent, lang)
    return got.isoformat() if got else None


DEC_EU, DEC_US, DEC_SG = "2026-12-04T10:00:00+01:00", "2026-12-04T10:00:00-06:00", "2026-12-04T10:00:00+08:00"
JAN_EU, JUL_EU = "2027-01-09T10:00:00+01:00", "2027-07-02T10:00:00+02:00"
MAR_EU, MAR_UK, MAR_KR = "2027-03-20T10:00:00+01:00", "2027-03-20T10:00:00+00:00", "2027-03-20T10:00:00+09:00"


@pytest.mark.parametrize("text,lang,sent,expected", [
    ("Die Überweisung ist für die Woche vor Weihnachten geplant, am Montag (21.12.), im letzten Lauf des Jahres.", "de", DEC_EU, "2026-12-21"),
    ("Betaling voor de kerst, uiterlijk 22 december. Ons kantoor sluit op 23 december.", "nl", DEC_EU, "2026-12-22"),
    ("Nous paierons dans la semaine du 14 décembre, au plus tard le mercredi 16.", "fr", DEC_EU, "2026-12-16"),
    ("We are closed for the holidays from 23 Dec to 4 Jan. Payment goes out by 21 Dec, before we shut.", "en", DEC_EU, "2026-12-21"),
    ("Our office is closed 12/23 through 1/3. I'll send the payment 12/21 so it lands before.", "en", DEC_US, "2026-12-21"),
    ("Noted. Please expect the transfer within 4 banking days.", "en", DEC_SG, "2026-12-10"),
    ("Small correction to what I wrote earlier: I said the 15th, but our ACH batch that week runs on Wednesday, so it's "
     "Wednesday Dec 16.", "en", DEC_US, "2026-12-16"),
    ("The audit is scheduled on March 30, and the payment will be released on April 5 after the audit is closed.", "en", MAR_KR, "2027-04-05"),
    ("The transfer is set for April 4th, the Sunday after Easter.", "en", MAR_UK, "2027-04-04"),
    ("We pay the Tuesday after Easter Monday.", "en", MAR_UK, "2027-03-30"),
    ("We betalen op de dinsdag na Paasmaandag.", "nl", MAR_EU, "2027-03-30"),
    ("El jueves no puede ser. Lo dejamos para el lunes 29... tampoco. Bueno, el martes 30 seguro.", "es", MAR_EU, "2027-03-30"),
    ("Our year end is 31 March so the final run is Monday 29th.", "en", MAR_UK, "2027-03-29"),
    ("Payment on 9/4 for the instalment. Sorry, make it 8/4, the 9th our bank is half day.", "en", MAR_UK, "2027-04-08"),
    ("Apologies for the delay. Transfer 3 days later.", "en", MAR_KR, "2027-03-23"),
    ("Die Zahlung geht am 26. raus. Nein, Moment – am 26. ist Betriebsversammlung, also am 25.01.", "de", JAN_EU, "2027-01-25"),
    ("O pagamento seria dia 25, mas vamos antecipar para dia 20.", "pt", JAN_EU, "2027-01-20"),
    ("Contamos liquidar tudo até ao final do corrente mês.", "pt", JAN_EU, "2027-01-31"),
    ("We betalen in de tweede week van februari, op woensdag.", "nl", JAN_EU, "2027-02-10"),
    ("Desculpa, corrigindo: não é dia 9, é dia 14 (quarta).", "pt", JUL_EU, "2027-07-14"),
    ("Le virement part avec notre échéance fournisseurs du 25 du mois.", "fr", JUL_EU, "2027-07-25"),
    ("We will transfer by the end of our quarter... sorry, that is today. We will transfer by 23 July.", "en", JUL_EU, "2027-07-23"),
    ("Payment will be processed once the new budget opens on 8 July. Expected transfer date 12 July.", "en", JUL_EU, "2027-07-12"),
])
def test_the_payment_day_among_days_that_are_not(text, lang, sent, expected):
    assert read(text, lang, sent) == expected


@pytest.mark.parametrize("text,lang", [
    ("We will pay after Easter.", "en"),  # evals/LABELING.md (field38): "after Easter" alone names no day
    ("Zahlung nach Ostern, versprochen.", "de"),
])
def test_after_easter_alone_names_no_day(text, lang):
    assert read(text, lang, MAR_EU) is None
