"""`dunmail watch` stopped in the middle of a busy mailbox loses nothing and repeats nothing.

40 replies of mixed intents wait in the inbox (the local Maildir, or a real Dovecot over IMAP);
`watch` runs two supervised workers on SQLite. Stopped with SIGTERM once some but not all are
processed, it exits 0 within a bound, with one line about stopping and no traceback, and leaves
no message claimed; started again (`watch`, or `dunmail process`), it drains the rest. A worker
child killed with SIGKILL in the middle of a message (the rest of its claimed batch behind it) has
that message retried once by a fresh child, and the rest of the batch run once, none charged twice.

Afterwards, what a collector would notice: each reply stored once; each in exactly one terminal
state (handled, or waiting for a person on exactly one item: a draft or a reply routed to them);
one decision per message in the table and in the audit log; nothing sent. These are ordinary
replies, so none may end quarantined: one that did was lost to the stop or the kill.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, col, select

from adapters.db.db import make_engine
from adapters.db.tables import ApprovalRequest, AuditEvent, DecisionRecord, InboundMessage, OutboundMessage
from adapters.mail.maildir import ensure_maildir
from tests.fixtures.dovecot import DovecotServer
from tests.foundation.test_startup import _dunmail, _env
from tests.foundation.world import reply

MESSAGES = 40
MID_MESSAGE = Path(__file__).resolve().parent / "mid_message"  # the hook that stops a worker child mid-message
TERMINAL = ("handled", "awaiting_approval", "quarantined")  # "done" only once a person closed the item: nobody does here
SETTLED = ("handled", "awaiting_approval")  # where an ordinary reply must end
STOP_BOUND_SECONDS = 60  # SIGTERM -> exit: the messages in hand finish first, on a loaded 2-core machine
WAIT_SECONDS = 240  # generous: the test polls, it never times anything

# Mixed intents from the foundation world: the reader promises, says it paid, is away, disputes,
# asks for a copy, or belongs to a customer under legal hold (routed to a person).
KINDS: list[tuple[str, str, str, dict[str, str]]] = [
    ("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "Hi,\n\nwe will pay INV-2026-1001 on 2026-11-2{n}.\n\nThanks, Jo", {}),
    ("Petra Kessler <buchhaltung@brauhaus-kessler.example>", "AW: Zahlungserinnerung",
     "Guten Tag,\n\nwir haben die Rechnung INV-2026-2001 bereits am 9.11. bezahlt, Referenz TRF-88123.\n\nMfG ({n})", {}),
    ("Jo Baker <jo.baker@acme-tools.example>", "Automatic reply: Payment reminder",
     "I am out of the office until 2026-11-2{n} with limited access to email.", {"Auto-Submitted": "auto-replied"}),
    ("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder",
     "Hello,\n\nwe dispute INV-2026-1002: the goods under PO-78 arrived damaged ({n}). Please hold it.\n\nJo", {}),
    ("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "Hi,\n\ncould you send us a copy of INV-2026-1002, please? ({n})\n\nJo", {}),
    ("Sam Hart <ap@litigious.example>", "Re: Payment reminder", "We will pay next week. ({n})", {}),
]


def _replies() -> dict[str, bytes]:
    """MESSAGE_ID -> raw bytes, the intents interleaved so every stretch of the queue is mixed."""
    out = {}
    for i in range(MESSAGES):
        sender, subject, body, headers = KINDS[i % len(KINDS)]
        message_id = f"<busy-{i}@stop-mid-batch.example>"
        out[message_id] = reply(sender, subject, body.format(n=i % 8), message_id=message_id, headers=headers)
    return out


def _counts(engine) -> Counter:  # noqa: ANN001
    """Messages by status; empty while `watch` is still creating the schema."""
    try:
        with Session(engine) as s:
            return Counter(dict(s.exec(select(InboundMessage.status, func.count()).group_by(InboundMessage.status)).all()))
    except Exception:  # noqa: BLE001 - the tables do not exist yet
        return Counter()


def _wait_for(proc: subprocess.Popen, what: str, ready: Callable[[], bool]) -> None:
    """Poll until `ready()`, failing with the process's output if it dies or time runs out."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if ready():
            return
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"exited {proc.returncode} before {what}: {(out + err)[-3000:]}")
        time.sleep(0.05)
    pytest.fail(f"not {what} within {WAIT_SECONDS} s")


def _stop(proc: subprocess.Popen) -> tuple[str, str]:
    """SIGTERM, then: exit 0 within the bound, no traceback, one line that says it is stopping."""
    proc.send_signal(signal.SIGTERM)
    try:
        out, err = proc.communicate(timeout=STOP_BOUND_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"watch did not stop within {STOP_BOUND_SECONDS} s of SIGTERM: {(out + err)[-3000:]}")
    assert proc.returncode == 0, (out + err)[-3000:]
    assert "Traceback" not in out + err, err[-3000:]
    said = [line for line in (out + err).splitlines() if "stopping" in line.lower()]
    assert len(said) == 1, (out + err)[-3000:]
    return out, err


def _stopped_mid_batch(proc: subprocess.Popen, engine) -> Counter:  # noqa: ANN001
    """Let `watch` get a few messages done, SIGTERM it; what it left behind."""
    _wait_for(proc, "4 messages processed", lambda: sum(_counts(engine)[s] for s in TERMINAL) >= 4)
    _stop(proc)
    left = _counts(engine)
    assert sum(left[s] for s in TERMINAL) < MESSAGES, f"all were done before the stop: the test stopped nothing mid-batch {left}"
    assert left["processing"] == 0, f"a clean stop left messages claimed (they would wait out their lease) {left}"
    return left


def _drained(engine) -> bool:  # noqa: ANN001
    counts = _counts(engine)
    return sum(counts[s] for s in TERMINAL) == MESSAGES and sum(counts.values()) == MESSAGES


def _assert_each_message_once(engine, message_ids: set[str], sent_folders: list[Path]) -> dict[str, InboundMessage]:  # noqa: ANN001
    """What a collector would notice, message by message."""
    with Session(engine) as s:
        rows = s.exec(select(InboundMessage)).all()
        decisions = Counter(s.exec(select(DecisionRecord.inbound_id)).all())
        audited = Counter(s.exec(select(AuditEvent.inbound_id).where(AuditEvent.kind == "decision.made")).all())
        stored = Counter(s.exec(select(AuditEvent.inbound_id).where(AuditEvent.kind == "message.stored")).all())
        items = s.exec(select(ApprovalRequest).where(col(ApprovalRequest.inbound_id).is_not(None))).all()
        outbound = s.exec(select(func.count()).select_from(OutboundMessage)).one()
    by_id = Counter(r.message_id for r in rows)
    assert by_id == Counter(message_ids), {m: n for m, n in by_id.items() if n != 1}  # every reply stored, each once
    assert all(stored[r.id] == 1 for r in rows), {r.id: stored[r.id] for r in rows if stored[r.id] != 1}
    items_of = Counter(i.inbound_id for i in items)
    drafts_of = Counter(i.inbound_id for i in items if i.draft)
    for r in rows:
        where = (r.message_id, r.status, r.error)  # a quarantined one shows its reason here
        assert r.status in SETTLED, where
        assert decisions[r.id] == 1 and audited[r.id] == 1, (where, decisions[r.id], audited[r.id])  # decided once, audited once
        assert items_of[r.id] == (1 if r.status == "awaiting_approval" else 0), (where, items_of[r.id])  # a person sees it once, or not at all
        assert drafts_of[r.id] <= 1, where
    assert all(i.status == "pending" for i in items), [(i.inbound_id, i.status) for i in items]  # nobody approved: nothing in flight
    kinds = {(r.status, next((i.kind for i in items if i.inbound_id == r.id), None)) for r in rows}
    assert {("handled", None), ("awaiting_approval", "draft"), ("awaiting_approval", "route")} <= kinds, kinds  # the mix reached every end
    assert outbound == 0  # nothing sent: no reply was approved
    for folder in sent_folders:
        assert not [p for sub in ("new", "cur") if (folder / sub).exists() for p in (folder / sub).iterdir()], folder
    return {r.message_id: r for r in rows}


def _watch(env: dict[str, str], tmp_path: Path) -> subprocess.Popen:
    return _dunmail(["watch"], env, tmp_path)


def _kill_if_running(*procs: subprocess.Popen):  # noqa: ANN202
    """Cleanup: a failed assertion must not leave a watcher (and its children) running."""
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)


def _two_workers_on_a_full_maildir(tmp_path, sqlite_url):  # noqa: ANN001, ANN202
    """The replies dropped into the local mailbox, the environment of a two-worker watch, and the database."""
    replies = _replies()
    env = _env(tmp_path, sqlite_url, DUNMAIL_WORKERS="2", DUNMAIL_IMAP_POLL_SECONDS="1")
    box = ensure_maildir(tmp_path / "data" / "mailbox")
    for raw in replies.values():
        box.add(raw)
    return replies, env, make_engine(sqlite_url)


@pytest.mark.timeout(420)
def test_watch_stopped_with_sigterm_mid_batch_then_restarted_handles_each_message_once(tmp_path, sqlite_url):
    replies, env, engine = _two_workers_on_a_full_maildir(tmp_path, sqlite_url)
    first = _watch(env, tmp_path)
    try:
        _stopped_mid_batch(first, engine)
        second = _watch(env, tmp_path)  # the next start picks up where the first stopped
        try:
            _wait_for(second, "the mailbox drained", lambda: _drained(engine))
            _stop(second)
        finally:
            _kill_if_running(second)
    finally:
        _kill_if_running(first)
    try:
        _assert_each_message_once(engine, set(replies), [tmp_path / "data" / "sent"])
    finally:
        engine.dispose()


@pytest.mark.dovecot
@pytest.mark.timeout(420)
def test_imap_watch_stopped_with_sigterm_mid_batch_then_process_handles_each_message_once(tmp_path, sqlite_url, dovecot: DovecotServer):
    replies = _replies()
    env = _env(tmp_path, sqlite_url, DUNMAIL_WORKERS="2", DUNMAIL_IMAP_POLL_SECONDS="1", DUNMAIL_INBOX_SOURCE="imap",
               DUNMAIL_IMAP_HOST=dovecot.host, DUNMAIL_IMAP_PORT=str(dovecot.port), DUNMAIL_IMAP_SECURITY="plain",
               DUNMAIL_IMAP_USERNAME=dovecot.username, DUNMAIL_IMAP_PASSWORD=dovecot.password)
    for n, raw in enumerate(replies.values()):
        dovecot.deliver_to_maildir(raw, f"{1_700_000_000 + n}.busy{n}.test")
    engine = make_engine(sqlite_url)
    watch = _watch(env, tmp_path)
    try:
        _stopped_mid_batch(watch, engine)
    finally:
        _kill_if_running(watch)
    process = _dunmail(["process"], env, tmp_path)  # the other way to finish: one pass over the IMAP folder and the queue
    try:
        out, err = process.communicate(timeout=WAIT_SECONDS)
    finally:
        _kill_if_running(process)
    try:
        assert process.returncode == 0, (out + err)[-3000:]
        assert "Traceback" not in out + err, err[-3000:]
        assert _drained(engine), _counts(engine)
        _assert_each_message_once(engine, set(replies), [tmp_path / "data" / "sent", dovecot.maildir / ".Sent"])
    finally:
        engine.dispose()


def _stage_runners(pid: int) -> list[int]:
    """The supervised worker children of `watch` (multiprocessing spawn children, not its resource tracker)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline:
                found.append(int(child))
    return found


def _died_mid_message(engine) -> list[tuple[int, str]]:  # noqa: ANN001
    """Messages the supervisor gave back because their worker child died while on them, with the reason."""
    with Session(engine) as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.kind == "message.retry")).all()
    reasons = [(e.inbound_id, str(e.detail.get("reason", ""))) for e in events]
    return [(inbound_id, reason) for inbound_id, reason in reasons if "worker process died" in reason]


def _paused_child(pause_dir: Path) -> tuple[int, int] | None:
    """(pid, message id) of the worker child that stopped mid-message (tests/crash/mid_message), once it has."""
    try:
        line = (pause_dir / "paused").read_text()
    except FileNotFoundError:
        return None
    if not line.endswith("\n"):
        return None  # still being written
    pid, inbound_id = line.split()
    return int(pid), int(inbound_id)


def _claims_of(engine, worker: str) -> dict[int, int]:  # noqa: ANN001
    """The messages `worker` holds claimed right now, with their attempts."""
    with Session(engine) as s:
        rows = s.exec(select(InboundMessage.id, InboundMessage.attempts)
                      .where(InboundMessage.status == "processing", InboundMessage.claimed_by == worker)).all()
    return {int(i): int(a) for i, a in rows}


@pytest.mark.timeout(420)
def test_a_worker_child_killed_mid_message_has_it_retried_once_and_nothing_repeated(tmp_path, sqlite_url):
    """Workers claim fresh messages in batches, so a child is killed on one message with the rest of its
    batch claimed behind it: that message is retried once by a fresh child, the rest are neither lost nor
    charged an attempt. The child is caught mid-message by a test-only hook (tests/crash/mid_message):
    its third message stops in the classify step until killed."""
    replies, env, engine = _two_workers_on_a_full_maildir(tmp_path, sqlite_url)
    pause_dir = tmp_path / "pause"
    pause_dir.mkdir()
    env = {**env, "TEST_PAUSE_DIR": str(pause_dir), "PYTHONPATH": os.pathsep.join([str(MID_MESSAGE), env["PYTHONPATH"]])}
    watch = _watch(env, tmp_path)
    try:
        _wait_for(watch, "a worker child stopped mid-message", lambda: _paused_child(pause_dir) is not None)
        pid, victim = _paused_child(pause_dir)
        assert pid in _stage_runners(watch.pid), (pid, _stage_runners(watch.pid))  # a worker child, not the watcher
        with Session(engine) as s:
            on = s.get(InboundMessage, victim)
            assert on is not None and on.status == "processing" and on.attempts == 1, on
            worker = on.claimed_by
        unstarted = {i for i in _claims_of(engine, worker) if i != victim}
        assert unstarted, "the paused message was the last of its batch: the kill would leave no claim behind it"
        os.kill(pid, signal.SIGKILL)
        _wait_for(watch, "the killed child's message given back", lambda: bool(_died_mid_message(engine)))
        _wait_for(watch, "the mailbox drained", lambda: _drained(engine))
        _stop(watch)
    finally:
        _kill_if_running(watch)
    try:
        rows = _assert_each_message_once(engine, set(replies), [tmp_path / "data" / "sent"])
        died = _died_mid_message(engine)
        assert [i for i, _ in died] == [victim], died  # one kill, one message given back: the one it was on
        assert "stage 'classify'" in died[0][1], died  # in the middle of the message, not between two
        by_id = {r.id: r for r in rows.values()}
        assert by_id[victim].attempts == 2, (victim, by_id[victim].attempts, by_id[victim].status)  # killed once, retried once
        charged = {i: r.attempts for i, r in by_id.items() if i != victim and r.attempts != 1}
        assert not charged, charged  # the rest of the batch, and every other message, ran once on one attempt
    finally:
        engine.dispose()
