"""The agent reads the mirror exactly as it read the snapshot, sees which sync each fact came from,
and sends replies to a human when the books could not be refreshed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session, select

from adapters.db.tables import DecisionRecord
from adapters.erp_connectors.csv_export import CsvConnector
from adapters.erp_mirror.mirror import UNREACHABLE_FLAG, MirrorErp
from adapters.erp_mirror.sync import run_sync
from core.records import World
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending
from tests.erp.books import write_books
from tests.foundation.conftest import deliver
from tests.foundation.world import ALREADY_PAID, PROMISE, WORLD
from tools.erp import WorldErp


def _strip(records):  # noqa: ANN001, ANN202 - the mirror's records carry their sync label; the snapshot's do not
    return [r.model_copy(update={"synced": None}) if r is not None else None for r in records]


def test_every_lookup_answers_as_the_world_snapshot_does(tmp_path: Path, any_engine) -> None:  # noqa: ANN001
    assert run_sync(any_engine, CsvConnector(write_books(tmp_path / "books"))).status == "ok"
    mirror, world = MirrorErp(any_engine, "csv"), WorldErp(World.model_validate(WORLD))
    customers = world.customers()
    assert _strip(mirror.customers()) == sorted(customers, key=lambda c: c.id)
    for c in customers:
        assert _strip([mirror.customer(c.id)]) == [c]
        for contact in c.contacts:
            assert _strip([mirror.customer_by_email(contact.email.upper())]) == [c]
        assert _strip([mirror.customer_by_domain(c.domain)]) == [c]
        assert _strip(mirror.invoices(c.id)) == sorted(world.invoices(c.id), key=lambda i: (i.due_date, i.number))
        assert _strip(mirror.open_invoices(c.id)) == sorted(world.open_invoices(c.id), key=lambda i: (i.due_date, i.number))
        assert _strip(mirror.payments(c.id)) == world.payments(c.id)
    assert _strip([mirror.invoice("inv-2026-1001 ")]) == [world.invoice("INV-2026-1001")]
    assert mirror.customer_by_email("nobody@example.com") is None and mirror.customer_by_domain("") is None
    assert [p.id for p in mirror.unidentified_payments()] == ["PAY-X"]
    assert mirror.unidentified_payments(start=date(2026, 11, 15)) == []


def test_find_payment_matches_a_mangled_reference_or_the_amount_near_the_date(tmp_path: Path, engine) -> None:  # noqa: ANN001
    run_sync(engine, CsvConnector(write_books(tmp_path / "books")))
    erp = MirrorErp(engine, "csv", today=date(2026, 11, 16))
    assert [p.id for p in erp.find_payment("C-BRAU", reference="trf 88123")] == ["PAY-1"]
    assert [p.id for p in erp.find_payment("C-BRAU", amount=Decimal("4500"), around=date(2026, 11, 20))] == ["PAY-1"]
    assert erp.find_payment("C-BRAU", amount=Decimal("4500"), around=date(2026, 12, 20)) == []
    assert erp.find_payment("C-ACME", reference="TRF-88123") == []  # another customer's payment is not theirs


def test_each_record_names_the_sync_it_came_from(tmp_path: Path, engine) -> None:  # noqa: ANN001
    books = write_books(tmp_path / "books")
    run_sync(engine, CsvConnector(books))
    second = run_sync(engine, CsvConnector(books))
    invoice = MirrorErp(engine, "csv").invoice("INV-2026-1001")
    assert invoice.synced.startswith(f"csv sync #{second.run_id} ")
    assert invoice.model_dump(mode="json")["synced"] == invoice.synced  # it goes into the decision's evidence
    assert "synced" not in WorldErp(World.model_validate(WORLD)).invoice("INV-2026-1001").model_dump(mode="json")


def test_today_is_the_clock_in_the_company_timezone_unless_fixed(engine) -> None:  # noqa: ANN001
    from datetime import datetime
    from zoneinfo import ZoneInfo

    assert MirrorErp(engine, "csv", tz="Pacific/Kiritimati").today() == datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    assert MirrorErp(engine, "csv", today=date(2026, 12, 24)).today() == date(2026, 12, 24)


def test_a_failed_or_stale_sync_flags_every_customer_for_a_human_and_says_why(tmp_path: Path, engine) -> None:  # noqa: ANN001
    books = write_books(tmp_path / "books")
    run_sync(engine, CsvConnector(books))
    assert MirrorErp(engine, "csv").customer("C-ACME").flags == []
    stale = MirrorErp(engine, "csv", max_age=timedelta(0))
    assert stale.customer("C-ACME").flags == [UNREACHABLE_FLAG]
    assert "(stale: last csv sync was" in stale.invoice("INV-2026-1001").synced

    (books / "customers.csv").unlink()
    run_sync(engine, CsvConnector(books))
    erp = MirrorErp(engine, "csv")
    assert [c.flags for c in erp.customers()] == [[UNREACHABLE_FLAG], [UNREACHABLE_FLAG], ["legal", UNREACHABLE_FLAG]]
    why = erp.payments("C-BRAU")[0].synced
    assert "(stale: last csv sync failed" in why and "customers.csv" in why


@pytest.fixture
def csv_runtime(tmp_path: Path, database_url: str):  # noqa: ANN201
    books = write_books(tmp_path / "books")
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, erp="csv", erp_csv_dir=books, erp_today=date(2026, 11, 16),
                        _env_file=None)
    upgrade(settings.resolved_database_url)
    rt = build_runtime(settings)
    yield rt, books
    rt.close()


def _decisions(rt) -> list[DecisionRecord]:  # noqa: ANN001
    with Session(rt.engine) as s:
        return list(s.exec(select(DecisionRecord).order_by(DecisionRecord.id)).all())


def test_the_agent_drafts_from_the_synced_books_and_its_evidence_names_the_sync(csv_runtime) -> None:  # noqa: ANN001
    rt, books = csv_runtime
    run = run_sync(rt.engine, CsvConnector(books))
    deliver(rt, ALREADY_PAID)
    [result] = process_pending(rt)
    assert result.intent == "already_paid"
    [decision] = _decisions(rt)
    payments = [e for e in decision.evidence if e["kind"] == "erp.payment"]
    assert payments and payments[0]["ref"] == "PAY-1"
    assert payments[0]["detail"]["synced"].startswith(f"csv sync #{run.run_id} ")


def test_when_the_books_cannot_be_reached_replies_go_to_a_human_with_the_reason(csv_runtime) -> None:  # noqa: ANN001
    rt, books = csv_runtime
    run_sync(rt.engine, CsvConnector(books))
    (books / "payments.csv").unlink()
    assert run_sync(rt.engine, CsvConnector(books)).status == "failed"
    deliver(rt, PROMISE)
    process_pending(rt)
    [decision] = _decisions(rt)
    assert decision.needs_human is True
    assert any(r.startswith("the ERP could not be read") for r in decision.reasons), decision.reasons
    [customer] = [e for e in decision.evidence if e["kind"] == "erp.customer"]
    assert "stale: last csv sync failed" in customer["detail"]["synced"] and "payments.csv" in customer["detail"]["synced"]


def test_a_second_sync_while_one_runs_waits_its_turn_but_a_crashed_one_blocks_nothing(tmp_path: Path, engine) -> None:  # noqa: ANN001
    from adapters.db.db import session_scope
    from adapters.db.tables import ErpSyncRun, utcnow

    books = write_books(tmp_path / "books")
    with session_scope(engine) as s:
        s.add(ErpSyncRun(source="csv", started_at=utcnow() - timedelta(minutes=2)))
    busy = run_sync(engine, CsvConnector(books))
    assert busy.status == "busy" and "is still running" in (busy.error or "")
    with session_scope(engine) as s:
        for run in s.exec(select(ErpSyncRun)).all():
            run.started_at = utcnow() - timedelta(hours=2)  # the process that ran it died long ago
            s.add(run)
    assert run_sync(engine, CsvConnector(books)).status == "ok"
