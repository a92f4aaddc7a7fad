"""One crash-suite worker: ingest, process, approve (as a collector would) and send, in a loop,
until the stop file appears. It writes the phase it is in, so the suite knows where each kill hit."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from sqlmodel import Session, select

from adapters.db.tables import ApprovalRequest
from adapters.mail.maildir import sync_maildir
from dunmail.queue import QueueError
from dunmail.review import approve, recover_interrupted_sends
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending


def main() -> None:
    stop, name, phase_file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    rt = build_runtime(Settings(_env_file=None))
    rng = random.Random()

    def phase(what: str) -> None:
        phase_file.write_text(what)

    while not stop.exists():
        phase("ingest")
        sync_maildir(rt.engine, rt.settings.resolved_maildir)
        phase("process")
        process_pending(rt, limit=2, worker=name)
        phase("approve")
        with Session(rt.engine) as session:
            items = session.exec(select(ApprovalRequest).where(ApprovalRequest.status == "pending", ApprovalRequest.kind == "draft",
                                                               ApprovalRequest.flagged == False)).all()  # noqa: E712
        for item in rng.sample(items, min(2, len(items))):
            try:
                approve(rt, item.id, item.version, item.owner or "alice", role="manager")
            except QueueError:
                pass  # another worker's collector was faster
        phase("send")
        recover_interrupted_sends(rt, owner=name)
        phase("idle")
        time.sleep(0.1)
    rt.close()


if __name__ == "__main__":
    main()
