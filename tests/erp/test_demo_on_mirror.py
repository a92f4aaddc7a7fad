"""The demo mailbox read against its books exported to CSV and synced into the mirror gets the same
decisions as against world.json: moving a team from the snapshot to its real books changes nothing
the collectors see, apart from the sync label in the evidence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from adapters.db.tables import DecisionRecord, InboundMessage
from adapters.erp_connectors.csv_export import CsvConnector
from adapters.erp_mirror.sync import run_sync
from adapters.mail.maildir import sync_maildir
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending
from evals.demo import SAMPLE_DIR, seed_demo
from tests.erp.books import rows_from_world, write_books


def _decide(settings: Settings) -> dict[str, tuple]:
    seed_demo(settings)
    upgrade(settings.resolved_database_url)
    rt = build_runtime(settings)
    try:
        if settings.erp == "csv":
            assert run_sync(rt.engine, CsvConnector(settings.erp_csv_dir)).status == "ok"
        sync_maildir(rt.engine, settings.resolved_maildir)
        process_pending(rt)
        with Session(rt.engine) as s:
            rows = s.exec(select(InboundMessage.message_id, DecisionRecord.intent, DecisionRecord.action, DecisionRecord.rule,
                                 DecisionRecord.needs_human).join(DecisionRecord, DecisionRecord.inbound_id == InboundMessage.id)).all()
        return {r[0]: tuple(r[1:]) for r in rows}
    finally:
        rt.close()


def test_the_demo_mailbox_gets_the_same_decisions_from_the_csv_mirror(tmp_path: Path) -> None:
    world = json.loads((SAMPLE_DIR / "world.json").read_text(encoding="utf-8"))
    books = write_books(tmp_path / "books", rows_from_world(world))
    snapshot = _decide(Settings(data_dir=tmp_path / "world", _env_file=None))
    mirror = _decide(Settings(data_dir=tmp_path / "csv", erp="csv", erp_csv_dir=books, erp_today=date.fromisoformat(world["as_of"]),
                              _env_file=None))
    assert len(snapshot) == 20
    assert mirror == snapshot
