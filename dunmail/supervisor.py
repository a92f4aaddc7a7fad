"""The time budget per stage, enforced from outside the work: messages run in a child process
that the parent kills when a stage overruns.

A regex that backtracks for minutes or a parser that never returns holds the interpreter (a
thread cannot stop it, a signal handler would not even run), so the watchdog is another process.
The parent claims each message, hands it to its child, renews the lease while the child works,
and restarts the clock at every stage the child reports (parse, classify, lookup, ... record).
A stage over `stage_budget_seconds` gets the child killed (SIGKILL) and the message given back
with the reason: retried while it has attempts left, then quarantined. A fresh child takes the
next message, so the rest of the mailbox keeps flowing.

The child ignores SIGINT and SIGTERM: stopping is the parent's decision, taken between messages.

Several workers (DUNMAIL_WORKERS) are a WorkerPool: one Supervisor, so one child process, each.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from dunmail.message_claims import MessageClaim, claim_next, give_back, renew
from dunmail.settings import Settings
from dunmail.worker import READ_AHEAD, ProcessResult, worker_name

log = logging.getLogger(__name__)


def _child(settings: Settings, conn: Connection) -> None:
    """The child's loop: build the service once, then run the claims it is handed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from dunmail.wiring import build_runtime
    from dunmail.worker import process_one, warm_up_queries

    rt = build_runtime(settings)
    from guardrails.api import warm_up

    warm_up(rt.erp)
    warm_up_queries(rt)
    conn.send(("ready", None))  # the service is built: the parent's clock for a message starts now
    batch: set[int] = set()
    try:
        while True:
            try:
                handed = conn.recv()
            except EOFError:  # the parent is gone
                return
            if handed is None:
                return
            claim, stride = handed
            report = lambda stage: conn.send(("stage", stage))  # noqa: E731 - the parent's stage clock
            try:
                batch = _read_ahead_if_due(rt, claim.inbound_id, batch, stride, report)
                result = process_one(rt, claim, on_stage=report)
            except Exception as exc:  # noqa: BLE001 - e.g. the database is unreachable: the parent records why
                conn.send(("error", f"{type(exc).__name__}: {exc}"[:2000]))
                continue
            conn.send(("done", result))
    finally:
        rt.close()


READ_AHEAD_STAGE = "read_ahead"


def _read_ahead_if_due(rt: Any, claimed: int, batch: set[int], stride: int, report: Callable[[str], None]) -> set[int]:
    """Read the next batch (dunmail/worker.py read_ahead) when the claimed message lies past the last one.

    The offline model costs several times more per reply read alone, which is most of what a supervised
    worker spent over an in-process one. The batch runs as its own stage, so the parent's clock charges
    it to no message, and a batch that hangs is known as such (its worker then reads every message alone).
    A claimed id inside the last batch's range but not in it (a peer took its neighbour) is read alone
    rather than starting a batch that would mostly re-read what the peers are reading. `stride` 0: off."""
    if stride < 1:
        return batch
    if claimed in batch or (batch and claimed < max(batch)):
        return batch
    from dunmail.worker import read_ahead

    report(READ_AHEAD_STAGE)
    return read_ahead(rt, claimed, stride=stride) or {claimed}


class Supervisor:
    """Processes claimable messages, each in a child process under a time budget per stage."""

    def __init__(self, settings: Settings, worker: str | None = None, read_ahead_stride: int = 1):
        self.settings = settings
        self.worker = worker or worker_name()
        self.read_ahead_stride = read_ahead_stride  # 0: every message read alone (see _read_ahead_if_due)
        self._alone_through = 0  # ids up to this one are read alone: a batch that held them failed (see _after_failure_in)
        self._context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited connections
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
            self._process = self._context.Process(target=_child, args=(self.settings, child_end), name="dunmail-stage-runner", daemon=True)
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

    def run(self, claim: MessageClaim) -> ProcessResult:
        """Run one claimed message in the child; kill it when a stage runs over its budget."""
        budget = self.settings.stage_budget_seconds
        renew_every = max(0.2, self.settings.claim_lease_seconds / 3)
        first_start = self._process is None or not self._process.is_alive() or not self._ready
        conn = self._ensure_child()
        conn.send((claim, self._stride_for(claim)))
        stage = "start"
        # A new child first builds the service (model, graph): that is not the message's time.
        stage_deadline = time.monotonic() + budget + (60.0 if first_start else 0.0)
        next_renewal = time.monotonic() + renew_every
        while True:
            now = time.monotonic()
            if now >= stage_deadline:
                self._kill_child()
                self._after_failure_in(stage, claim)
                reason = f"stage '{stage}' ran over its time budget of {budget:g} s (DUNMAIL_STAGE_BUDGET_SECONDS); the worker process was stopped"
                return ProcessResult(claim.inbound_id, give_back(self.engine, claim, self.settings, reason), reason=reason)
            if now >= next_renewal:
                renew(self.engine, claim)  # the child may be stuck holding its interpreter: the parent keeps the lease
                next_renewal = now + renew_every
            try:
                ready = conn.poll(max(0.0, min(stage_deadline, next_renewal) - now))
                message = conn.recv() if ready else None
            except (EOFError, OSError):
                code = self._process.exitcode if self._process is not None else None
                self._kill_child()
                self._after_failure_in(stage, claim)
                reason = f"the worker process died during stage '{stage}' (exit code {code})"
                return ProcessResult(claim.inbound_id, give_back(self.engine, claim, self.settings, reason), reason=reason)
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

    def _stride_for(self, claim: MessageClaim) -> int:
        """Read ahead only on a message's first attempt (a retried one may be what broke a batch before), and
        not among the messages a failed batch held (`_after_failure_in`)."""
        return self.read_ahead_stride if claim.attempt == 1 and claim.inbound_id > self._alone_through else 0

    def _after_failure_in(self, stage: str, claim: MessageClaim) -> None:
        """A batch read ahead hung or its child died: some message in it may be poison, not necessarily the
        claimed one. The claim is given back as for any stage (crash semantics unchanged), and this worker reads
        the messages that batch held alone, so the retry, and the poison message, meet the budget alone; past
        them it reads in batches again (reading alone for good cost several times the CPU per message)."""
        if stage == READ_AHEAD_STAGE and self.read_ahead_stride:
            self._alone_through = max(self._alone_through, claim.inbound_id + READ_AHEAD * self.read_ahead_stride)
            log.warning("worker %s: the read-ahead batch from message %s failed; reading alone through message %s",
                        self.worker, claim.inbound_id, self._alone_through)

    def process_pending(self, *, stop: threading.Event | None = None, limit: int | None = None) -> list[ProcessResult]:
        """Claim and run messages until none is left, `limit` is reached or `stop` is set."""
        results: list[ProcessResult] = []
        while (limit is None or len(results) < limit) and not (stop is not None and stop.is_set()):
            claim = claim_next(self.engine, self.settings, self.worker)
            if claim is None:
                break
            results.append(self.run(claim))
        return results


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
        self.supervisors = [Supervisor(settings, worker=f"{base}#{i + 1}", read_ahead_stride=self.count) for i in range(self.count)]
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
