"""Parts in two sentences, days taken back, and what a day is (issue 14, after field49/field50's one measurement).

Two parts each with its own figure keep the earlier part's day even across sentences; a day taken back ("… perdón,",
"… bueno,", "actually no", "… non,") is taken back wherever it is said again; "it is" after a day settles on it; "had
planned", "I'd booked" and "re-booked" mark the old and the new day; "instead of" gives a day up; "at the latest"
before a day binds; the first instalment's day beats the month the plan starts in; a date "that is a Sunday" names no
day; "Sunday here" is the day the sender writes on; "a 4.ª prestação" is no Wednesday; "não dá antes" keeps the day;
a date written out in another week is not inside "next week"; "übernächste Woch", "Mitte Monat", "hoxe"; a clause of its
own told as done ("ist bereits am Montag raus") is no promise; plans "en trois fois" are kept by their first part.

Written here in other words than any eval split's; rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.agent.spring_week import read


@pytest.mark.parametrize("text,lang,expected", [
    # two parts, two sentences, two figures
    ("The 380 for the rope I'll send tomorrow. The board looks at the bigger bills on Monday, so the 4,150 goes on the 23rd.", "en", "2027-04-15"),
    # days taken back, wherever said again
    ("Lo transferimos el viernes... perdón, el lunes 19, que el viernes la gestoría está cerrada.", "es", "2027-04-19"),
    ("Te pago mañana... bueno, mañana no hay banco. El viernes.", "es", "2027-04-16"),
    ("Paying Friday... actually no, Friday the 16th the card machine's away. Monday the 19th it is.", "en", "2027-04-19"),
    ("Le virement part le 20... non, c'est la réunion de l'AG, le 21 alors.", "fr", "2027-04-21"),
    # old and new days
    ("We had planned to pay on the 16th but the signatory is ill. It'll now be Thursday the 22nd.", "en", "2027-04-22"),
    ("The transfer I'd booked for today got rejected (wrong sort code). Re-booked for Friday.", "en", "2027-04-16"),
    ("The payment is now set for 28 April instead of 21 April, sorry for the change.", "en", "2027-04-28"),
    ("On vous règle en fin de semaine, au plus tard mardi.", "fr", "2027-04-20"),
    ("Could we split it in monthly tranches from May, first one EUR 2,000 on 7 May?", "en", "2027-05-07"),
    # what a day is
    ("It goes with the month-end batch, i.e. 1st May. As that is a Saturday, we will pay on Friday 30th.", "en", "2027-04-30"),
    ("Sunday here, but quick answer: we'll pay on Friday.", "en", "2027-04-16"),
    ("A 3.ª prestação será paga a 29 de Abril, como combinado.", "pt", "2027-04-29"),
    ("A transferência sai dia 23 de abril. Não dá antes porque o banco fecha dia 21.", "pt", "2027-04-23"),
    # spans and parts
    ("Wir zahlen die 118 Anfang nächster Woche, die 119 folgt am 29.04.", "de", "2027-04-19"),
    ("Zahl ma übernächste Woch, passt scho.", "de", "2027-04-30"),
    ("Die dritte Rate am 30.04., wie vereinbart; die Rechnung 220 begleichen wir bis Mitte Monat.", "de", "2027-04-15"),
    ("Pagaremos 1.000 € hoxe e o resto a fin de mes.", "es", "2027-04-14"),
    ("Die 118 überweisen wir am 23.04., die 119 ist bereits am Montag raus.", "de", "2027-04-23"),
    ("Pourrions-nous régler en trois fois : 900 € le 30 avril, puis fin mai et fin juin ?", "fr", "2027-04-30"),
])
def test_the_day_a_reply_commits_to(text: str, lang: str, expected: str) -> None:
    assert read(text, lang) == expected
