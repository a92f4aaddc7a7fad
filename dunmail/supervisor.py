"""The time budget per stage, enforced from outside the work: messages run in a child process
that the parent kills when a stage overruns.

A regex that backtracks for minutes or a parser that never returns holds the interpreter (a
thread cannot stop it, a signal handler would not even run), so the watchdog is another process.
The parent claims messages (fresh ones several at a time, message_claims.claim_batch; a retried
one alone), hands them to its child one by one, renews the leases while the child works, and
restarts the clock at every stage the child reports (read_ahead, parse, classify, ... record).
A stage over `stage_budget_seconds` gets the child killed (SIGKILL) and the message given back
with the reason: retried while it has attempts left, then quarantined. A fresh child takes the
next message, so the rest of the mailbox keeps flowing. A batch whose reading together fails is
charged to no message: its messages run alone, each under its own budget.

The child ignores SIGINT and SIGTERM: stopping is the parent's decision, taken between messages.

Several workers (DUNMAIL_WORKERS) are a WorkerPool: one Supervisor, so one child process, each.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from dunmail.message_claims import MessageClaim, claim_batch, give_back, release, renew
from dunmail.settings import Settings
from dunmail.worker import READ_AHEAD, ProcessResult, worker_name

log = logging.getLogger(__name__)


class StageBoard:
    """Where the child writes the stage it is in and when it began, and the parent reads it: shared memory,
    so reporting a stage costs the child no system call and the parent no wake-up (a pipe message per
    stage, about a dozen per message, cost both processes more than the rest of the hand-off). The parent
    looks only when a deadline comes due. One writer (the child); a read that overlaps a write is retried."""

    SIZE = 120
    TRIES = 50  # a read overlapping a write for longer than this: its writer died mid-write

    def __init__(self, context: Any):
        self._name = context.RawArray(ctypes.c_char, self.SIZE)
        # [the write count once a write is complete (-1 while writing), when the stage began (time.monotonic), writes so far]
        self._clock = context.RawArray(ctypes.c_double, 3)

    def report(self, stage: str) -> None:
        """The child: `stage` begins now (CLOCK_MONOTONIC is one clock for every process of the machine)."""
        self._clock[0] = -1.0  # writing: a reader waits
        self._name.value = stage.encode("utf-8", "replace")[: self.SIZE - 1]
        self._clock[1] = time.monotonic()
        self._clock[2] += 1.0  # kept across children, so a new child's first stage never looks like an old one
        self._clock[0] = self._clock[2]

    def read(self) -> tuple[float, str, float]:
        """The parent: (writes so far, the stage, when it began); writes 0 before any child reported one."""
        for _ in range(self.TRIES):
            writes = self._clock[0]
            name, began = self._name.value.decode("utf-8", "replace"), self._clock[1]
            if writes >= 0 and self._clock[0] == writes:
                return writes, name, began
            time.sleep(0.0002)
        return self._clock[2], self._name.value.decode("utf-8", "replace"), self._clock[1]


def _child(settings: Settings, conn: Connection, board: StageBoard | None = None) -> None:
    """The child's loop: build the service once, then run the claims it is handed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from dunmail.wiring import build_runtime
    from dunmail.worker import process_one, warm_up_queries, warm_up_reading

    rt = build_runtime(settings)
    warm_up_reading(rt)
    warm_up_queries(rt)
    conn.send(("ready", None))  # the service is built: the parent's clock for a message starts now
    batch: dict[int, Any] = {}
    try:
        while True:
            try:
                handed = conn.recv()
            except EOFError:  # the parent is gone
                return
            if handed is None:
                return
            claim, ahead = handed
            report = board.report if board is not None else (lambda stage: conn.send(("stage", stage)))  # the parent's stage clock
            try:
                batch = _read_ahead_if_due(rt, claim.inbound_id, batch, ahead, report)
                result = process_one(rt, claim, on_stage=report, fetched=batch.pop(claim.inbound_id, None), keep_lease=False)  # the parent renews
            except Exception as exc:  # noqa: BLE001 - e.g. the database is unreachable: the parent records why
                conn.send(("error", f"{type(exc).__name__}: {exc}"[:2000]))
                continue
            conn.send(("done", result))
    finally:
        rt.close()


READ_AHEAD_STAGE = "read_ahead"


def _read_ahead_if_due(rt: Any, claimed: int, batch: dict[int, Any], ahead: tuple[int, ...], report: Callable[[str], None]) -> dict[int, Any]:
    """Read `ahead` (the claimed message and the rest of its worker's claimed batch) together, unless the
    claimed message was in the last batch read (dunmail/worker.py read_ahead_ids); what was read, by id,
    each handed out once (batch.pop) to process_one.

    The offline model costs several times more per reply read alone, which is most of what a supervised
    worker spent over an in-process one. The batch runs as its own stage, so the parent's clock charges
    it to no message, and a batch that hangs is known as such (the parent then runs its messages alone).
    Fewer than two ids: read alone."""
    if claimed in batch or len(ahead) < 2:
        return batch if claimed in batch else {}
    from dunmail.worker import read_ahead_ids

    report(READ_AHEAD_STAGE)
    return read_ahead_ids(rt, list(ahead))


class Supervisor:
    """Processes claimable messages, each in a child process under a time budget per stage."""

    def __init__(self, settings: Settings, worker: str | None = None, peers: int = 1, batch_size: int = READ_AHEAD):
        self.settings = settings
        self.worker = worker or worker_name()
        self.peers = max(1, peers)  # workers sharing the queue: a batch claims at most its share of what waits
        self.batch_size = batch_size  # fresh messages claimed (and read) together; 1: one at a time, each read alone
        self._batch_failed = False  # the current batch's read hung or killed its child: the rest is read alone
        self._context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited connections
        self._board = StageBoard(self._context)  # every child of this supervisor writes its stages here
        self._process: Any = None
        self._conn: Connection | None = None
        self._ready = False
        from dunmail.wiring import build_engine

        self.engine = build_engine(settings)

    def start(self) -> None:
        """Start the child now, so it builds its service before the first message arrives."""
        self._ensure_child()

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Block until the started child has built its service (its "ready"), or `timeout` passes."""
        conn = self._ensure_child()
        try:
            if not self._ready and conn.poll(timeout):
                self._ready = conn.recv()[0] == "ready"
        except (EOFError, OSError):  # it died building: the first message's run() says why
            pass

    def _ensure_child(self) -> Connection:
        if self._process is None or not self._process.is_alive():
            parent_end, child_end = self._context.Pipe()
            self._process = self._context.Process(target=_child, args=(self.settings, child_end, self._board), name="dunmail-stage-runner", daemon=True)
            self._process.start()
            child_end.close()
            self._conn, self._ready = parent_end, False
        assert self._conn is not None
        return self._conn

    def _kill_child(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(10)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None

    def close(self) -> None:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            try:
                self._conn.send(None)
                self._process.join(10)
            except OSError:
                pass
        self._kill_child()
        self.engine.dispose()

    def run(self, claim: MessageClaim, ahead: tuple[int, ...] = (), held: list[MessageClaim] | None = None) -> ProcessResult:
        """Run one claimed message in the child; kill it when a stage runs over its budget.

        `ahead`: the ids the child reads together first if it has not (the claimed batch from this one on).
        A batch that hangs, or whose child dies, is charged to no message: the claimed message is run again
        alone by a fresh child, and so meets its own budget. `held`: the batch's other claims, whose leases
        are renewed with this one's while it runs."""
        failure = self._attempt(claim, ahead, held or [])
        if isinstance(failure, ProcessResult):
            return failure
        stage, reason = failure
        if stage == READ_AHEAD_STAGE and ahead:
            log.warning("worker %s: reading the batch from message %s failed (%s); running its messages alone", self.worker, claim.inbound_id, reason)
            self._batch_failed = True
            return self.run(claim, (), held)
        return ProcessResult(claim.inbound_id, give_back(self.engine, claim, self.settings, reason), reason=reason)

    def _attempt(self, claim: MessageClaim, ahead: tuple[int, ...], held: list[MessageClaim]) -> ProcessResult | tuple[str, str]:
        """The child's result for the message, or (stage, reason) when the child was killed or died."""
        budget = self.settings.stage_budget_seconds
        renew_every = max(0.2, self.settings.claim_lease_seconds / 3)
        first_start = self._process is None or not self._process.is_alive() or not self._ready
        conn = self._ensure_child()
        seen = self._board.read()[0]  # stages written before this message are not its own
        conn.send((claim, ahead))
        stage = "start"
        # A new child first builds the service (model, graph): that is not the message's time.
        stage_deadline = time.monotonic() + budget + (60.0 if first_start else 0.0)
        next_renewal = time.monotonic() + renew_every
        while True:
            writes, name, began = self._board.read()
            if writes != seen:  # the child began a stage: its clock runs from then
                seen, stage, stage_deadline = writes, name, began + budget
            now = time.monotonic()
            if now >= stage_deadline:
                self._kill_child()
                return stage, f"stage '{stage}' ran over its time budget of {budget:g} s (DUNMAIL_STAGE_BUDGET_SECONDS); the worker process was stopped"
            if now >= next_renewal:
                for each in (claim, *held):  # the child may be stuck holding its interpreter: the parent keeps the leases
                    renew(self.engine, each)
                next_renewal = now + renew_every
            try:
                ready = conn.poll(max(0.0, min(stage_deadline, next_renewal) - now))
                message = conn.recv() if ready else None
            except (EOFError, OSError):
                code = self._process.exitcode if self._process is not None else None
                self._kill_child()
                writes, name, _ = self._board.read()
                stage = name if writes != seen else stage
                return stage, f"the worker process died during stage '{stage}' (exit code {code})"
            if message is None:
                continue
            kind, value = message
            if kind == "ready":  # the child's service is built: the message's own clock starts
                self._ready, stage_deadline = True, time.monotonic() + budget
                continue
            if kind == "done":
                return value
            if kind == "error":
                return ProcessResult(claim.inbound_id, give_back(self.engine, claim, self.settings, value), reason=value)
            stage, stage_deadline = value, time.monotonic() + budget

    def run_batch(self, claims: list[MessageClaim], stop: threading.Event | None = None) -> list[ProcessResult]:
        """Run claimed messages one after another, read together by the child on the first one. After a
        failed batch read the rest run alone too; once `stop` is set the unstarted ones are released
        (pending again, no attempt counted) instead of waiting for their leases to run out."""
        results: list[ProcessResult] = []
        together, self._batch_failed = len(claims) > 1, False
        for at, claim in enumerate(claims):
            if stop is not None and stop.is_set():
                release(self.engine, claims[at:])
                break
            rest = claims[at + 1:]
            ahead = tuple(c.inbound_id for c in claims[at:]) if together else ()
            try:
                result = self.run(claim, ahead, rest)
            except BaseException:  # e.g. the database went away while giving a message back: the rest need not wait for their leases
                _release_quietly(self.engine, rest)
                raise
            together = together and not self._batch_failed
            results.append(result)
        return results

    def process_pending(self, *, stop: threading.Event | None = None, limit: int | None = None) -> list[ProcessResult]:
        """Claim and run messages until none is left, `limit` is reached or `stop` is set."""
        results: list[ProcessResult] = []
        while (limit is None or len(results) < limit) and not (stop is not None and stop.is_set()):
            size = self.batch_size if limit is None else min(self.batch_size, limit - len(results))
            claims = claim_batch(self.engine, self.settings, self.worker, size, self.peers)
            if not claims:
                break
            results.extend(self.run_batch(claims, stop))
        return results


def _release_quietly(engine: Any, claims: list[MessageClaim]) -> None:
    """release(), when it can: if the database is away too, the leases run out as after a crash."""
    try:
        release(engine, claims)
    except Exception:  # noqa: BLE001 - nothing lost: unreleased claims lapse with their leases
        log.warning("could not release %d claimed message(s); they are taken again when their leases run out", len(claims))


class WorkerPool:
    """`workers` supervised child processes working through the claimable messages in parallel.

    Each worker is a thread of this process holding one Supervisor, so one child process under the
    stage budget; the threads only wait on their child's pipe and renew its lease, the children do
    the work, so N workers use up to N cores. Several `dunmail watch` processes on one PostgreSQL
    database share the work the same way (claims are taken with SKIP LOCKED). The children are
    started, and their service built, before any mail arrives: a burst does not wait for that.
    `wake()` (the watcher calls it after each stored batch) gets every idle worker claiming; an idle
    worker also looks on its own every `idle_seconds`, for retried and lease-expired messages."""

    def __init__(self, settings: Settings, workers: int | None = None, idle_seconds: float | None = None,
                 on_results: Callable[[list[ProcessResult]], None] | None = None):
        self.settings = settings
        self.count = max(1, workers if workers is not None else settings.workers)
        self.idle_seconds = idle_seconds if idle_seconds is not None else float(settings.imap_poll_seconds)
        self._closing = threading.Event()
        self._on_results = on_results
        self._wake = threading.Condition()
        self._generation = 0
        base = worker_name()
        self.supervisors = [Supervisor(settings, worker=f"{base}#{i + 1}", peers=self.count) for i in range(self.count)]
        self._threads: list[threading.Thread] = []

    def launch(self) -> None:
        """Start every child now; each builds its service while the caller gets on with its own."""
        for supervisor in self.supervisors:
            supervisor.start()

    def start(self, ready_timeout: float = 120.0) -> None:
        """Start every child (if `launch` did not), wait until each has built its service, then start claiming."""
        self.launch()
        for supervisor in self.supervisors:
            supervisor.wait_ready(ready_timeout)
        for supervisor in self.supervisors:
            thread = threading.Thread(target=self._loop, args=(supervisor,), name=f"dunmail-{supervisor.worker}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def process_pending(self) -> list[ProcessResult]:
        """Every claimable message, by all the workers at once, then return (`dunmail process`)."""
        results: list[ProcessResult] = []
        self.launch()

        def drain(supervisor: Supervisor) -> None:
            results.extend(supervisor.process_pending(stop=self._closing))

        threads = [threading.Thread(target=drain, args=(s,), daemon=True) for s in self.supervisors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return results

    def wake(self) -> None:
        """New mail is stored (or may be claimable again): every idle worker looks now."""
        with self._wake:
            self._generation += 1
            self._wake.notify_all()

    def _loop(self, supervisor: Supervisor) -> None:
        while not self._closing.is_set():
            with self._wake:
                seen = self._generation
            try:
                results = supervisor.process_pending(stop=self._closing)
            except Exception:  # noqa: BLE001 - e.g. the database is away for a moment: log, wait, look again
                log.exception("worker %s: claiming failed; trying again in %.0f s", supervisor.worker, self.idle_seconds)
                results = []
            if results and self._on_results:
                self._on_results(results)
            with self._wake:
                if self._generation == seen and not self._closing.is_set():
                    self._wake.wait(self.idle_seconds)

    def stop_claiming(self) -> None:
        """From now on no worker takes a new message; each finishes the one it is on (SIGTERM, before `close`)."""
        self._closing.set()
        self.wake()

    def close(self) -> None:
        """Let each worker finish the message it is on, then stop the threads and children."""
        self.stop_claiming()
        for thread in self._threads:
            thread.join()
        for supervisor in self.supervisors:
            supervisor.close()
