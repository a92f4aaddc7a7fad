"""Where a worker's CPU goes, as shares of its own CPU: the offline pipeline over N distinct replies.

    python -m bench.cpu_shares --n 250            # the 250 distinct replies of the test split

Why shares: on this shared 2-core VM the CPU a run costs per message swings by a fifth from one run to
the next (other work, the host), and the whole process slows or speeds up together, so a cut of a few
percent cannot be told from noise in ms/msg. A stage's share of the same run's CPU moves much less:
compare two trees by their shares, alternated. Replies are delivered to Dovecot and ingested as
bench.throughput does; the worker first runs 100 replies of another split (once-only costs, caches
warmed on other mail), then processes the N replies with each stage's CPU (process_time) added up.
Stages nest (classify holds the dates, the model and more), so shares do not add up to 100%.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.throughput import deliver, generate, patched  # noqa: E402
from tests.fixtures.dovecot import start_dovecot, stop_dovecot  # noqa: E402 - the same server the tests use


class CpuClock:
    """CPU seconds spent inside each wrapped function, by stage name; and in the garbage collector.

    The collector's time is also counted in whichever stage it interrupts: one full collection (~0.2 s
    with the worker's ~300,000 objects) landing inside a 250-reply run moves ~0.8 ms/msg into one stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.collections: dict[int, int] = defaultdict(int)
        self.gc_seconds = 0.0
        self._gc_started = 0.0

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        """A gc.callbacks hook."""
        if phase == "start":
            self._gc_started = time.process_time()
        else:
            self.collections[info["generation"]] += 1
            self.gc_seconds += time.process_time() - self._gc_started

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - started

        return timed


@contextmanager
def stages_timed(clock: CpuClock, rt: Any) -> Iterator[None]:
    """The stages, each at the name its callers look it up by."""
    import agent.dates.finding
    import agent.nodes
    import agent.read_ahead
    import dunmail.worker as worker
    import guardrails.inbound
    import guardrails.outbound

    sites: list[tuple[Any, str, str]] = [
        (agent.read_ahead, "parse_message", "parse"), (agent.nodes, "parse_message", "parse"),
        (rt.model, "read_ahead", "model: batch read-ahead"), (rt.model, "classify", "classify (model, facts, dates)"),
        (agent.dates.finding, "_find_dates", "dates: _find_dates"), (guardrails.inbound, "scan_email", "guardrails: injection scan"),
        (guardrails.outbound, "run_outbound_checks", "guardrails: outbound checks"),
        (worker, "record_outcome", "database: record_outcome"), (worker, "claim_next", "database: claim_next"),
    ]
    with ExitStack() as stack:
        for owner, name, stage in sites:
            stack.enter_context(patched(owner, name, clock.wrap(stage, getattr(owner, name))))
        yield


def run(n: int, split: str, warm_split: str, warm_n: int = 100) -> dict[str, Any]:
    """Process CPU per message and each stage's share of it, over `n` replies of `split`."""
    import dunmail.worker as worker
    from adapters.mail.imap import ImapSource
    from dunmail.migrate import upgrade
    from dunmail.settings import Settings
    from dunmail.wiring import build_runtime

    warm, _ = generate(warm_n, warm_split)
    warm = [m.replace(b"Message-ID: <bench", b"Message-ID: <warm", 1) for m in warm]  # their own Message-IDs
    messages, world = generate(n, split)
    tmp = Path(tempfile.mkdtemp(prefix="dunmail-shares-"))
    tmp.chmod(0o755)  # Dovecot's unprivileged processes must reach the mail
    server = start_dovecot(tmp / "srv")
    try:
        settings = Settings(data_dir=tmp / "dunmail", inbox_source="imap", imap_host=server.host, imap_port=server.port,
                            imap_security="plain", imap_username=server.username, imap_password=server.password,
                            erp_world=world, model="offline", outbox="maildir", imap_handled_keyword="", imap_move_handled_to="")
        upgrade(settings.resolved_database_url)
        rt = build_runtime(settings)
        try:
            deliver(server.maildir, warm)
            ImapSource(settings).sync(rt.engine)
            worker.process_pending(rt)
            deliver(server.maildir, messages)
            ImapSource(settings).sync(rt.engine)
            clock = CpuClock()
            gc.callbacks.append(clock.on_gc)
            try:
                with stages_timed(clock, rt):
                    started = time.process_time()
                    processed = len(worker.process_pending(rt))
                    cpu = time.process_time() - started
            finally:
                gc.callbacks.remove(clock.on_gc)
        finally:
            rt.close()
    finally:
        stop_dovecot(server)
        shutil.rmtree(tmp, ignore_errors=True)
    return {"n": processed, "cpu_ms_per_message": 1000 * cpu / max(processed, 1),
            "shares": {stage: seconds / cpu for stage, seconds in sorted(clock.seconds.items(), key=lambda kv: -kv[1])},
            "ms_per_message": {stage: 1000 * seconds / max(processed, 1) for stage, seconds in clock.seconds.items()},
            "gc": {"collections_by_generation": dict(sorted(clock.collections.items())), "ms_per_message": 1000 * clock.gc_seconds / max(processed, 1)}}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=250, help="replies to process (distinct up to the split's size)")
    parser.add_argument("--split", default="test", help="eval split the measured replies come from")
    parser.add_argument("--warm-split", default="dev", help="eval split of the 100 replies run first, unmeasured")
    args = parser.parse_args(argv)
    figures = run(args.n, args.split, args.warm_split)
    print(f"{figures['n']} replies: {figures['cpu_ms_per_message']:.2f} ms CPU per message")
    for stage, share in figures["shares"].items():
        print(f"  {share:6.1%}  {figures['ms_per_message'][stage]:6.2f} ms  {stage}")
    print(f"  garbage collector: {figures['gc']['ms_per_message']:.2f} ms/msg, collections by generation {figures['gc']['collections_by_generation']}")
    return figures


if __name__ == "__main__":
    main()
