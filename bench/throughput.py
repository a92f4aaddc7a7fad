"""Throughput: dunmail's ingest + processing of N replies from a real Dovecot mailbox, against a raw
imapclient FETCH of the same messages. Prints figures; never asserts on time.

    python -m bench.throughput --n 1000        # or 10000

The messages are the judged replies of an eval split (real AR replies in six languages, with
HTML-only mail, DSNs and attachments), cycled to N with unique Message-IDs, delivered straight
into the server's Maildir and indexed by Dovecot before anything is timed.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.dataset import load_dataset, to_rfc5322  # noqa: E402
from tests.fixtures.dovecot import start_dovecot, stop_dovecot  # noqa: E402 - the same server the tests use

NODES = ("parse", "identify", "inbound_guard", "classify", "lookup", "decide_next", "draft", "outbound_guard",
         "finish_without_review", "human_review")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(n: int, split: str) -> tuple[list[bytes], Path]:
    """N RFC 5322 replies from the split, cycled, each with its own Message-ID; and its world.json."""
    directory = ROOT / "evals" / "datasets" / split
    data = load_dataset(directory)
    judged = [t.judged for t in data.threads]
    out = []
    for i in range(n):
        msg = judged[i % len(judged)]
        local, _, domain = msg.message_id.strip("<>").partition("@")
        out.append(to_rfc5322(msg.model_copy(update={"message_id": f"<bench{i}.{local}@{domain or 'bench.example'}>"})))
    return out, directory / "world.json"


def deliver(maildir: Path, messages: list[bytes]) -> None:
    """Drop the messages into the INBOX Maildir as an MDA would (new/), owned like the mailbox."""
    owner = maildir.stat()
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(exist_ok=True)
        os.chown(maildir / sub, owner.st_uid, owner.st_gid)
    stamp = int(time.time())
    for i, raw in enumerate(messages):
        path = maildir / "new" / f"{stamp}.M{i}P{os.getpid()}.bench"
        path.write_bytes(raw.replace(b"\r\n", b"\n"))
        os.chown(path, owner.st_uid, owner.st_gid)


def raw_fetch(server: Any) -> tuple[float, int, int]:
    """Connect, log in, SELECT and FETCH BODY.PEEK[] of every message: (seconds, count, bytes)."""
    from imapclient import IMAPClient

    started = time.perf_counter()
    client = IMAPClient(server.host, port=server.port, ssl=False, timeout=120)
    client.login(server.username, server.password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["ALL"])
    fetched = client.fetch(uids, ["BODY.PEEK[]"])
    size = sum(len(v[b"BODY[]"]) for v in fetched.values())
    client.logout()
    return time.perf_counter() - started, len(fetched), size


class Stopwatch:
    """Accumulated seconds and calls per stage; safe to wrap around plain functions."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started
                self.calls[stage] = self.calls.get(stage, 0) + 1

        return timed


@contextmanager
def patched(obj: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


def dunmail_run(server: Any, world: Path, data_dir: Path) -> dict[str, Any]:
    """ImapSource.sync then process_pending with the offline model; per-stage seconds."""
    import agent.nodes
    import agent.read_ahead
    import dunmail.worker as worker
    from adapters.mail.imap import ImapSource
    from dunmail.migrate import upgrade
    from dunmail.settings import Settings
    from dunmail.wiring import build_runtime

    settings = Settings(data_dir=data_dir, inbox_source="imap", imap_host=server.host, imap_port=server.port,
                        imap_security="plain", imap_username=server.username, imap_password=server.password,
                        erp_world=world, model="offline", outbox="maildir", imap_handled_keyword="", imap_move_handled_to="")
    upgrade(settings.resolved_database_url)
    watch = Stopwatch()
    # Every graph node timed: the graph is compiled from agent.nodes' functions when the runtime is
    # built, so wrap them first (functools.wraps keeps the signature LangGraph reads).
    originals = {name: getattr(agent.nodes, name) for name in NODES}
    for name, fn in originals.items():
        setattr(agent.nodes, name, functools.wraps(fn)(watch.wrap(f"node:{name}", fn)))
    try:
        rt = build_runtime(settings)
    finally:
        for name, fn in originals.items():
            setattr(agent.nodes, name, fn)
    rt.model.classify = watch.wrap("classify", rt.model.classify)  # type: ignore[method-assign]
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        stored = ImapSource(settings).sync(rt.engine)
        ingest, ingest_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rss_after_ingest = peak_rss_mb()
        with patched(agent.nodes, "parse_message", watch.wrap("parse", agent.nodes.parse_message)), \
             patched(worker, "run_graph", watch.wrap("graph", worker.run_graph)), \
             patched(worker, "record_outcome", watch.wrap("record", worker.record_outcome)), \
             patched(worker, "read_ahead", watch.wrap("read_ahead", worker.read_ahead)), \
             patched(agent.read_ahead, "parse_message", watch.wrap("parse", agent.read_ahead.parse_message)):
            started, cpu_started = time.perf_counter(), time.process_time()
            results = worker.process_pending(rt)
            process, process_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        rt.close()
    statuses: dict[str, int] = {}
    for r in results:
        statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
    return {"stored": stored, "processed": len(results), "statuses": statuses, "ingest_s": ingest, "process_s": process,
            "ingest_cpu_s": ingest_cpu, "process_cpu_s": process_cpu,  # this process's CPU (Dovecot's and the kernel's fsync waits not included)
            "parse_s": watch.seconds.get("parse", 0.0), "classify_s": watch.seconds.get("classify", 0.0),
            "graph_s": watch.seconds.get("graph", 0.0), "record_s": watch.seconds.get("record", 0.0),
            "read_ahead_s": watch.seconds.get("read_ahead", 0.0),
            "nodes_s": {k.removeprefix("node:"): v for k, v in watch.seconds.items() if k.startswith("node:")},
            "rss_after_ingest_mb": rss_after_ingest}


def run(n: int = 1000, split: str = "test") -> dict[str, Any]:
    """The whole benchmark; returns the figures (also printed by main)."""
    messages, world = generate(n, split)
    tmp = Path(tempfile.mkdtemp(prefix="dunmail-bench-"))
    tmp.chmod(0o755)  # Dovecot's unprivileged processes must reach the mail
    server = start_dovecot(tmp / "srv")
    try:
        started = time.perf_counter()
        deliver(server.maildir, messages)
        raw_fetch(server)  # warm-up, untimed: Dovecot builds its index and the page cache is hot
        deliver_s = time.perf_counter() - started
        rss_start = peak_rss_mb()
        fetch_s, fetched, size = raw_fetch(server)
        rss_after_fetch = peak_rss_mb()
        figures = dunmail_run(server, world, tmp / "dunmail")
    finally:
        stop_dovecot(server)
        shutil.rmtree(tmp, ignore_errors=True)
    total = figures["ingest_s"] + figures["process_s"]
    return {"n": n, "split": split, "bytes": size, "fetched": fetched, "setup_s": deliver_s, "raw_fetch_s": fetch_s,
            **figures, "dunmail_total_s": total, "ratio": total / fetch_s if fetch_s else None,
            "per_message_ms": 1000 * total / n, "rss_before_mb": rss_start, "rss_after_fetch_mb": rss_after_fetch,
            "rss_peak_mb": peak_rss_mb()}


def print_figures(f: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"throughput: {f['n']} replies ({f['bytes'] / 1e6:.1f} MB) from Dovecot, offline model")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("ms / message", justify="right")
    n = f["n"]
    rows = [("raw imapclient FETCH BODY.PEEK[] (a)", f["raw_fetch_s"]),
            ("dunmail ingest: ImapSource.sync", f["ingest_s"]),
            ("dunmail process: process_pending", f["process_s"]),
            ("  of which read-ahead (batched parse + model)", f.get("read_ahead_s", 0.0)),
            ("  parse (parse_message, in read-ahead or node)", f["parse_s"]),
            ("  of which graph (run_graph)", f["graph_s"]),
            ("    of which classify (model.classify)", f["classify_s"]),
            *((f"    node {name}", seconds) for name, seconds in sorted(f["nodes_s"].items(), key=lambda kv: -kv[1]) if seconds >= 0.001 * n),
            ("    graph overhead: checkpoints, scheduling", f["graph_s"] - sum(f["nodes_s"].values())),
            ("  of which record outcome (DB)", f["record_s"]),
            ("dunmail ingest + process (b)", f["dunmail_total_s"])]
    for label, seconds in rows:
        table.add_row(label, f"{seconds:.2f}", f"{1000 * seconds / n:.2f}")
    Console().print(table)
    print(f"ratio (b)/(a): {f['ratio']:.1f}x   processed {f['processed']} ({f['statuses']})")
    if "process_cpu_s" in f:
        print(f"CPU of this process: ingest {1000 * f['ingest_cpu_s'] / n:.2f} ms/message, process {1000 * f['process_cpu_s'] / n:.2f} ms/message "
              f"(wall {1000 * f['ingest_s'] / n:.2f} and {1000 * f['process_s'] / n:.2f})")
    print(f"peak RSS: {f['rss_peak_mb']:.0f} MB (before: {f['rss_before_mb']:.0f} MB, after raw fetch: "
          f"{f['rss_after_fetch_mb']:.0f} MB, after ingest: {f['rss_after_ingest_mb']:.0f} MB)")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="messages to put in the mailbox (1000, 10000)")
    parser.add_argument("--split", default="test", help="eval split the replies come from")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    figures = run(args.n, args.split)
    print_figures(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
