"""The shadow report a team reads before trusting dunmail: per message, per intent, per collector,
what would have run without a person, where a person would have been asked and why, and the draft
beside what the collector really sent."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from tests.foundation.world import reply
from tests.shadow.conftest import report_of, rows_by_id
from tests.shadow.mail import COLLECTOR_ANSWER_TEXT, INBOX, SENT, SINCE

# Alice answered the legal account's reply herself; dunmail would have drafted nothing and asked a person.
LEGAL_ANSWER_TEXT = "Dear Sam,\n\nyour account is with our solicitors; please contact them directly.\n\nAlice"
LEGAL_ANSWER = reply("Alice <ar@northwind-supplies.example>", "Re: Re: Payment reminder", LEGAL_ANSWER_TEXT,
                     message_id="<answer-2@northwind-supplies.example>", date="Wed, 11 Nov 2026 09:00:00 +0100",
                     in_reply_to="<legal-1@litigious.example>").replace(b"To: ar@northwind-supplies.example", b"To: ap@litigious.example")


def _run(tmp_path: Path, shadow_cli, sent: list[bytes]) -> Path:
    for name, messages in (("inbox.mbox", INBOX), ("sent.mbox", sent)):
        box = mailbox.mbox(str(tmp_path / name), create=True)
        for raw in messages:
            box.add(raw)
        box.close()
    result = shadow_cli("--since", SINCE, "--source", "mbox", "inbox.mbox", "--sent", "sent.mbox", "--out", "out")
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


@pytest.fixture
def report_dir(tmp_path: Path, shadow_cli) -> Path:
    return _run(tmp_path, shadow_cli, SENT)


def test_the_json_report_says_what_it_would_have_done_with_each_reply(report_dir: Path) -> None:
    report = report_of(report_dir)
    assert {"source", "since", "messages", "totals", "by_intent", "by_owner", "human_reasons", "failed_checks", "answered_in_sent", "rows"} <= set(report)
    assert report["since"] == SINCE and report["messages"] == len(report["rows"]) == 6
    rows = rows_by_id(report)
    row_keys = {"key", "message_id", "date", "from", "subject", "outcome", "customer", "owner", "intent", "confidence", "action", "rule",
                "needs_human", "reasons", "failed_checks", "pauses", "promise", "draft", "actual", "similarity"}
    assert all(row_keys <= set(row) for row in report["rows"])

    out_of_office = rows["<ooo-1@acme-tools.example>"]  # machine mail: no person, only a bounded deferral
    assert out_of_office["outcome"] == "automated" and out_of_office["draft"] is None
    assert [p["automatic"] for p in out_of_office["pauses"]] == [True]
    legal = rows["<legal-1@litigious.example>"]  # with legal: a person, and the report says why
    assert legal["outcome"] == "human" and legal["needs_human"] and "legal" in " ".join(legal["reasons"])
    assert rows[None]["outcome"] == "quarantined" and rows[None]["error"] == "no headers"
    promise = rows["<promise-1@acme-tools.example>"]  # a draft for approval, set beside what Alice really sent
    assert promise["outcome"] == "draft" and promise["owner"] == "alice" and promise["promise"]["date"] == "2026-11-20"
    assert "INV-2026-1001" in promise["draft"]["body"] and promise["actual"]["body"].strip() == COLLECTOR_ANSWER_TEXT.strip()

    totals = report["totals"]
    assert {k: v for k, v in totals.items() if k != "mean_similarity"} == {
        "messages": 6, "automated": 1, "draft": 3, "human": 1, "quarantined": 1,
        "automation_rate": round(1 / 6, 4), "human_rate": round(1 / 6, 4), "compared": 1, "answered_in_sent": 1}
    assert report["totals"]["mean_similarity"] == promise["similarity"]
    assert report["by_owner"]["alice"]["messages"] == 4 and report["by_owner"]["bob"]["draft"] == 1
    assert report["by_intent"]["out_of_office"]["automation_rate"] == 1.0
    assert report["human_reasons"] == [{"rule": "policy.flag.legal", "messages": 1, "example": legal["reasons"][0]}]
    assert report["answered_in_sent"] == 1


def test_the_html_report_shows_the_side_by_side_and_escapes_customer_text(report_dir: Path) -> None:
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "account is with legal" in page  # why a person would have been asked
    assert "dunmail&#39;s draft" in page or "dunmail's draft" in page
    assert "we have noted your payment of INV-2026-1001" in page  # what the collector actually wrote


def _section(page: str, heading: str) -> str:
    """The page from one <h2> heading to the next: what a reader sees under that heading."""
    start = page.index(f"<h2>{heading}</h2>")
    end = page.find("<h2>", start + 1)
    return page[start : end if end != -1 else len(page)]


def test_the_page_lists_the_replies_it_would_have_handled_alone_and_those_it_would_have_given_to_a_person(report_dir: Path) -> None:
    page = (report_dir / "report.html").read_text(encoding="utf-8")

    alone = _section(page, "Replies it would have handled without a person")
    assert "Automatic reply: Payment reminder" in alone and "automatic deferral until 2026-11-24" in alone
    assert "Sam Hart" not in alone and "AW: Zahlungserinnerung" not in alone  # a draft or a person's case is not "alone"

    person = _section(page, "Where it would have asked a person, and why")
    assert "Sam Hart" in person and "Litigious Ltd · alice" in person and "account is with legal" in person
    assert "Automatic reply" not in person and "AW: Zahlungserinnerung" not in person

    messages = _section(page, "Message by message")  # a proposed pause is shown with what it would have done
    assert "pause (proposed) of INV-2026-1001 until 2026-11-23" in messages and "similarity 0.32" not in alone


def test_a_reply_we_answered_without_a_draft_from_dunmail_is_shown_beside_what_it_would_have_done(tmp_path: Path, shadow_cli) -> None:
    out = _run(tmp_path, shadow_cli, [*SENT, LEGAL_ANSWER])
    report = report_of(out)
    assert report["answered_in_sent"] == 2 and report["answered_without_draft"] == 1
    assert report["by_owner"]["alice"]["answered_in_sent"] == 2 and report["by_intent"]["promise_to_pay"]["answered_in_sent"] == 2
    legal = rows_by_id(report)["<legal-1@litigious.example>"]
    assert legal["draft"] is None and legal["actual"]["body"].strip() == LEGAL_ANSWER_TEXT.strip()

    page = (out / "report.html").read_text(encoding="utf-8")
    undrafted = _section(page, "Replies our collectors answered that it would not have drafted")
    assert "1 of the 2 replies answered in Sent had no draft" in undrafted
    assert "your account is with our solicitors" in undrafted and "account is with legal: a human handles every contact" in undrafted
    assert "we have noted your payment of INV-2026-1001" not in undrafted  # that one had a draft: it is in the side-by-side
    assert "answered, no draft" in _section(page, "Message by message")
    per_collector = _section(page, "Per collector")
    assert "answered by us (in Sent)" in per_collector
