"""The figures a collector would agree with: a crash is not a human route, and a pause is right only
when it covers the right invoices until the promised date."""

from __future__ import annotations

from evals.metrics import pause_right, summarize


def _row(expected: dict, predicted: dict) -> dict:
    base_e = {"intent": "promise_to_pay", "promise_date": "2026-11-27", "invoice_numbers": ["INV-1", "INV-2"],
              "needs_human": False, "pause_dunning": True, "language": "en", "families": ["date:moved"]}
    base_p = {"intent": "promise_to_pay", "promise_date": "2026-11-27", "needs_human": False, "pause_dunning": True,
              "pauses": [{"invoice": "INV-1", "until": "2026-11-30"}, {"invoice": "INV-2", "until": "2026-11-30"}]}
    return {"expected": {**base_e, **expected}, "predicted": {**base_p, **predicted}}


def test_a_crash_counts_as_a_crash_and_a_missed_human_route_not_as_a_route():
    crashed = _row({"needs_human": True}, {"intent": "error", "needs_human": False, "pause_dunning": False, "error": "ImportError: x"})
    fine = _row({"needs_human": True}, {"needs_human": True})
    figures = summarize([crashed, fine])
    assert figures["crashes"] == 1
    assert figures["needs_human_recall"] == 0.5


def test_a_pause_for_the_promised_invoices_until_the_promised_date_is_right():
    assert pause_right(_row({}, {}))


def test_a_pause_that_ends_before_the_promised_date_is_wrong():
    assert not pause_right(_row({}, {"pauses": [{"invoice": None, "until": "2026-11-20"}]}))


def test_a_pause_that_leaves_out_a_named_invoice_is_wrong():
    assert not pause_right(_row({}, {"pauses": [{"invoice": "INV-1", "until": "2026-11-30"}]}))


def test_a_pause_on_an_invoice_the_reply_is_not_about_is_wrong():
    assert not pause_right(_row({}, {"pauses": [{"invoice": "INV-9", "until": "2026-11-30"}, {"invoice": None, "until": "2026-11-30"}]}))


def test_figures_are_broken_down_by_language_and_error_family():
    figures = summarize([_row({}, {}), _row({"language": "de", "families": ["date:dotted-de"]}, {"promise_date": "2026-11-26"})])
    assert figures["per_language"]["de"]["promise_date_accuracy"] == 0.0
    assert figures["per_language"]["en"]["promise_date_accuracy"] == 1.0
    assert set(figures["per_family"]) == {"date:moved", "date:dotted-de"}


def test_drafts_are_judged_against_the_customer_the_thread_belongs_to_not_the_agents_guess():
    from pathlib import Path

    from evals.dataset import load_dataset
    from evals.runner import judged_customer
    from tools.erp import WorldErp

    field = load_dataset(Path(__file__).resolve().parents[2] / "evals" / "datasets" / "field")
    erp = WorldErp(field.world)
    by_contact = next(t for t in field.threads if t.judged.from_ == "priya.shah@harrowfinch.example")
    stranger = next(t for t in field.threads if t.judged.from_.startswith("g.maurer.buchhaltung@"))
    assert judged_customer(by_contact, erp) == "F101"
    assert judged_customer(stranger, erp) == "F133"  # a bookkeeper's free-mail address: whom our reminder went to
