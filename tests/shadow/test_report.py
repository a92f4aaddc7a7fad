"""The shadow report a team reads before trusting dunmail: per message, per intent, per collector,
what would have run without a person, where a person would have been asked and why, and the draft
beside what the collector really sent."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from tests.shadow.conftest import report_of, rows_by_id
from tests.shadow.mail import COLLECTOR_ANSWER_TEXT, INBOX, SENT, SINCE


@pytest.fixture
def report_dir(tmp_path: Path, shadow_cli) -> Path:
    for name, messages in (("inbox.mbox", INBOX), ("sent.mbox", SENT)):
        box = mailbox.mbox(str(tmp_path / name), create=True)
        for raw in messages:
            box.add(raw)
        box.close()
    result = shadow_cli("--since", SINCE, "--source", "mbox", "inbox.mbox", "--sent", "sent.mbox", "--out", "out")
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


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
        "automation_rate": round(1 / 6, 4), "human_rate": round(1 / 6, 4), "compared": 1}
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
