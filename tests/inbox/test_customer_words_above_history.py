"""A customer's sentence that happens to start like an attribution ("El pago…", "On Friday…", "Am
Montag…") is the customer's, not the start of our quoted reminder: the collector must see it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text.quotes import ATTRIBUTION, attribution, visible_text

ATTRIBUTIONS = [
    "El 12/11/2026 a las 10:07, Cobros <ar@example.com> escribió:",
    "On Tue, 12 Nov 2026 at 10:07, Accounts Receivable <ar@example.com> wrote:",
    "Am 12.11.2026 um 10:07 schrieb Buchhaltung <ar@example.com>:",
    "Le 12/11/2026 à 10:07, Comptabilité <ar@example.com> a écrit :",
    "Op 12-11-2026 om 10:07 schreef Debiteuren <ar@example.com>:",
    "Em 12/11/2026 10:07, Cobranças <ar@example.com> escreveu:",
]
SENTENCES = [
    "El pago se realizará el jueves.",
    "On Friday the transfer goes out.",
    "Am Montag überweisen wir den Betrag.",
    "Le virement part vendredi.",
    "Op vrijdag betalen wij.",
    "Em sexta-feira fazemos o pagamento.",
]


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
@pytest.mark.parametrize("sentence, attribution", list(zip(SENTENCES, ATTRIBUTIONS)))
def test_the_customers_sentence_survives_above_the_attribution(sentence: str, attribution: str, blank: str) -> None:
    body = f"{sentence}{blank}{attribution}\n> Dear customer, invoice INV-1 is overdue.\n"
    assert visible_text(body) == sentence


@given(st.sampled_from(SENTENCES), st.sampled_from(ATTRIBUTIONS), st.sampled_from(["Gracias.", "Thanks!", "Danke.", "Merci ?"]))
def test_no_sentence_is_lost_whatever_follows_it(sentence: str, attribution: str, closing: str) -> None:
    body = f"{sentence}\n{closing}\n{attribution}\n> old text\n"
    assert visible_text(body) == f"{sentence}\n{closing}"


def test_an_attribution_wrapped_over_two_lines_is_still_cut() -> None:
    body = "Paying Friday.\n\nOn Tue, 12 Nov 2026 at 10:07, Accounts Receivable\n<ar@example.com> wrote:\n> old text\n"
    assert visible_text(body) == "Paying Friday."


# Lines that are, or almost are, attributions: the shortcut must never answer for the pattern wrongly.
NEAR = [*ATTRIBUTIONS, "---- John Smith wrote ----", "2011/4/7 Name <a@b.example>", "Иван Петров написал:", "пользователь Иван",
        "ИВАН НАПИСАЛ", "He wrote back last week", "Sent: Friday", "ſent from my phone:", "On Friday we paid", "x@y.example"]


@given(st.lists(st.sampled_from(NEAR) | st.text(max_size=12), min_size=1, max_size=4).map(" ".join))
def test_the_attribution_shortcut_answers_as_the_pattern(line: str) -> None:
    found, expected = attribution(line), ATTRIBUTION.match(line)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_only_two_letters_match_the_russian_words_l() -> None:
    import re

    el = re.compile("л", re.I)
    assert [c for c in map(chr, range(0x110000)) if el.fullmatch(c)] == ["Л", "л"]
