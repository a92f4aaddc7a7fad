"""A collector reading a reply the model filed under another intent still sees the date it promises."""

from __future__ import annotations

from datetime import date

from agent.extract import extract_facts
from core.contracts import ClassifyInput, Intent


def reply(text: str, sent_at: str = "2026-11-10T09:15:00+01:00", language: str = "en") -> ClassifyInput:
    return ClassifyInput(subject="Re: Reminder", text=text, sent_at=sent_at, timezone="Europe/Berlin",
                         customer_language=language)


def test_a_dispute_that_also_promises_the_undisputed_invoice_keeps_the_date():
    facts = extract_facts(reply("The freight on INV-2026-10002 was never agreed. INV-2026-10001 will be paid on "
                                "24 November."), Intent.dispute)
    assert facts.promise_date == date(2026, 11, 24)


def test_a_paid_reply_with_a_second_invoice_scheduled_keeps_the_date():
    facts = extract_facts(reply("Wir haben INV-2026-10001 gestern überwiesen, INV-2026-10002 ist für den "
                                "Zahllauf zum Monatsende eingeplant.", language="de"), Intent.already_paid)
    assert facts.promise_date == date(2026, 11, 30)  # Monday 30 November is the month's last working day


def test_a_paid_reply_without_anything_ahead_has_no_promise_date():
    facts = extract_facts(reply("We paid this on Friday, reference TRF-99120."), Intent.already_paid)
    assert facts.promise_date is None


def test_an_absence_notice_is_never_read_as_a_promise():
    facts = extract_facts(reply("I am out of the office until Monday; payments will be released on my return."),
                          Intent.out_of_office)
    assert facts.promise_date is None
