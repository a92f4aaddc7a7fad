"""A collector edits a pending draft and approves it through the JSON API, as an integration would.

Risky edits (tests/web/edits/risky_edits.jsonl: money in digits, words and percentages, bank identifiers,
addresses and links, obfuscated too, dates in words, credits, waivers, write-offs, settlements, part
payment as full, no further contact, in six languages) are never sent: the item stays pending with the
original draft, the reason names the check that read the meaning, and the rejected edit is in the audit
trail. Harmless edits (thanks, greetings, rephrasing, restating the ERP's own amount, invoice and due
date) are sent as edited. One world for the module: building it runs the real flow once.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest, AuditEvent
from agent.drafting import _date, _money
from approvals.web.app import create_app
from dunmail.wiring import Runtime, build_runtime
from tests.web.edit_world import COLLECTOR, LANGUAGES, PER_LANGUAGE, build_edit_world, customer_id, invoice_of
from tests.web.world import PASSWORD, settings_for

EDITS = Path(__file__).parent / "edits"
RISKY = [json.loads(line) for line in (EDITS / "risky_edits.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
HARMLESS = [json.loads(line) for line in (EDITS / "harmless_edits.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

# The check that must name the problem, per family (others may fail too).
EXPECTED = {
    "money": {"outbound.facts", "outbound.promises"},
    "bank": {"outbound.bank_details"},
    "link": {"outbound.links"},
    "date": {"outbound.facts"},
    "commitment": {"outbound.promises"},
}


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    directory = tmp_path_factory.mktemp("collector-edits") / "data"
    build_edit_world(directory)
    runtime = build_runtime(settings_for(directory))
    yield runtime
    runtime.close()


@pytest.fixture(scope="module")
def app(rt: Runtime):  # noqa: ANN201
    return create_app(rt, process_retries=False)


def api_client(app, username: str) -> tuple[TestClient, dict[str, str]]:  # noqa: ANN001
    client = TestClient(app)
    r = client.post("/api/login", json={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return client, {"X-CSRF-Token": r.json()["csrf_token"]}


@pytest.fixture(scope="module")
def collector(app) -> Iterator[tuple[TestClient, dict[str, str]]]:  # noqa: ANN001
    client, headers = api_client(app, COLLECTOR)
    yield client, headers
    client.close()


def item_of(rt: Runtime, cid: str) -> ApprovalRequest:
    with Session(rt.engine) as s:
        item = s.exec(select(ApprovalRequest).where(ApprovalRequest.customer_id == cid)).one()
        s.expunge(item)
        return item


def with_sentence(body: str, sentence: str) -> str:
    """The collector's sentence as a paragraph of its own, just before the sign-off."""
    paragraphs = body.rstrip("\n").split("\n\n")
    return "\n\n".join(paragraphs[:-1] + [sentence] + paragraphs[-1:]) + "\n"


def filled(text: str, lang: str, n: int) -> str:
    from datetime import date
    from decimal import Decimal

    inv = invoice_of(lang, n)
    return text.format(invoice=inv["number"], amount=_money(Decimal(inv["balance"]), "EUR", lang), due=_date(date.fromisoformat(inv["due_date"]), lang))


def failed_checks(message: str) -> set[str]:
    return set(re.findall(r"(outbound\.[a-z_]+):", message))


def approve(client: TestClient, headers: dict[str, str], item_id: int, version: int, body: str | None, overrides: list[str] | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {"version": version, "body": body}
    if overrides:
        payload["overrides"] = overrides
    r = client.post(f"/api/items/{item_id}/approve", json=payload, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_risky_edits_are_blocked_and_the_original_draft_stays(rt: Runtime, collector) -> None:  # noqa: ANN001
    client, headers = collector
    blocked: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for lang in LANGUAGES:
        item = item_of(rt, customer_id(lang, 0))
        original = item.draft["body"]
        version = item.version
        last_edit = ""
        for case in (c for c in RISKY if c["lang"] == lang):
            last_edit = with_sentence(original, filled(case["text"], lang, 0))
            answer = approve(client, headers, item.id, version, last_edit)
            version = answer["version"]
            total[(lang, case["family"])] += 1
            if answer["status"] != "pending":
                wrong.append(f"SENT {lang} {case['family']}: {case['text']}")
                break  # the item is gone; the failure is reported below
            if failed_checks(answer["message"]) & EXPECTED[case["family"]]:
                blocked[(lang, case["family"])] += 1
            else:
                wrong.append(f"blocked for the wrong reason {lang} {case['family']}: {case['text']} -> {answer['message']}")
        # The collector still sees the draft the agent wrote, and why the edit was refused.
        detail = client.get(f"/api/items/{item.id}").json()
        assert detail["status"] == "pending" and detail["flagged"]
        assert detail["draft"]["body"] == original
        assert detail["action_note"].startswith("edit not sent: outbound.")
        with Session(rt.engine) as s:
            events = s.exec(select(AuditEvent).where(AuditEvent.kind == "approval.blocked", AuditEvent.approval_id == item.id)).all()
        assert events[-1].detail["rejected_edit"] == last_edit and events[-1].detail["by"] == COLLECTOR
    _report("risky edits blocked", blocked, total)
    assert not wrong, "\n".join(wrong)
    assert sum(total.values()) >= 150 and set(lang for lang, _ in total) == set(LANGUAGES)


def test_harmless_edits_are_sent_as_edited(rt: Runtime, collector) -> None:  # noqa: ANN001
    client, headers = collector
    sent: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    refused: list[str] = []
    for lang in LANGUAGES:
        cases = [c for c in HARMLESS if c["lang"] == lang]
        assert len(cases) <= PER_LANGUAGE - 1
        for n, case in enumerate(cases, start=1):
            item = item_of(rt, customer_id(lang, n))
            body = with_sentence(item.draft["body"], filled(case["text"], lang, n))
            answer = approve(client, headers, item.id, item.version, body)
            total[(lang, case["kind"])] += 1
            if answer["status"] == "sent":
                sent[(lang, case["kind"])] += 1
                assert item_of(rt, customer_id(lang, n)).draft["body"] == body
            else:
                refused.append(f"{lang} {case['kind']}: {case['text']} -> {answer['message']}")
    _report("harmless edits sent", sent, total)
    assert not refused, "\n".join(refused)
    assert sum(total.values()) >= 50


def test_only_a_manager_may_override_a_failure_of_an_edited_draft(rt: Runtime, app, collector) -> None:  # noqa: ANN001
    client, headers = collector
    item = item_of(rt, customer_id("en", PER_LANGUAGE))
    shouting = with_sentence(item.draft["body"], "PLEASE SEND US THE REMITTANCE ADVICE RIGHT AWAY.")
    answer = approve(client, headers, item.id, item.version, shouting, overrides=["outbound.tone"])
    assert answer["status"] == "pending"
    assert "outbound.tone" in failed_checks(answer["message"]) and "takes a manager" in answer["message"]
    manager, manager_headers = api_client(app, "maria")
    try:
        answer = approve(manager, manager_headers, item.id, answer["version"], shouting, overrides=["outbound.tone"])
    finally:
        manager.close()
    assert answer["status"] == "sent"
    assert "RIGHT AWAY" in item_of(rt, customer_id("en", PER_LANGUAGE)).draft["body"]


def test_a_manager_cannot_override_a_fact_in_an_edit(rt: Runtime, app) -> None:  # noqa: ANN001
    manager, headers = api_client(app, "maria")
    try:
        item = item_of(rt, customer_id("en", PER_LANGUAGE + 1))
        body = with_sentence(item.draft["body"], "Please transfer the money to GB29 NWBK 6016 1331 9268 19.")
        answer = approve(manager, headers, item.id, item.version, body, overrides=["outbound.bank_details", "outbound.facts"])
    finally:
        manager.close()
    assert answer["status"] == "pending" and "outbound.bank_details" in failed_checks(answer["message"])


def _report(title: str, hits: Counter[tuple[str, str]], total: Counter[tuple[str, str]]) -> None:
    """Per language and per family, printed so the figures can be quoted."""
    by_lang = {lang: (sum(v for (lg, _), v in hits.items() if lg == lang), sum(v for (lg, _), v in total.items() if lg == lang)) for lang in LANGUAGES}
    families = sorted({f for _, f in total})
    by_family = {f: (sum(v for (_, ff), v in hits.items() if ff == f), sum(v for (_, ff), v in total.items() if ff == f)) for f in families}
    print(f"\n{title}: {sum(hits.values())}/{sum(total.values())}")
    print("  per language: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in by_lang.items()))
    print("  per family:   " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in by_family.items()))
