"""Burst latency: 100 replies APPENDed at once to the folder `dunmail watch` is IDLE on, and the
seconds until each one is stored and until each one is in the approval queue (p50/p95/max).

    python -m bench.burst                          # DUNMAIL_WORKERS = 1, 2 and 4; PostgreSQL when reachable
    python -m bench.burst --workers 2 --n 100 --database sqlite

Runs the real `dunmail watch` as a subprocess (what an operator starts), with DUNMAIL_WORKERS=N,
the offline model, a real Dovecot on loopback and a fresh PostgreSQL database (the one the tests
use, DUNMAIL_TEST_PG; SQLite in the data dir with --database sqlite or when none answers). The
watcher's workers are started and warm before the burst, as they are in a long-running service.
Times run from the moment the APPEND command returns to the database's own stamps
(`received_at` when stored, `processed_at` when the message reached the queue or its end).
Also reports the CPU seconds the whole `dunmail watch` process tree spent on the burst, and apart from
it what the tree spent starting (imports, migrations, each worker's model and warm-up: from its start to
"watching IMAP") and in the second before the burst (the first sync, then IDLE): once-per-process costs are not
per-message costs, and a worker that paid one lazily on its first message showed as one.
Prints figures; never asserts on time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.shadow_memory import cycled  # noqa: E402
from tests.fixtures.dovecot import DovecotServer, start_dovecot, stop_dovecot  # noqa: E402

BURST = 100
PG_ADMIN_URL = os.environ.get("DUNMAIL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def percentile(values: list[float], q: float) -> float:
    import statistics

    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


@contextmanager
def fresh_database(kind: str, data_dir: Path) -> Iterator[str]:
    """A fresh PostgreSQL database (dropped afterwards), or a SQLite file in the data dir."""
    if kind == "postgres":
        import psycopg

        name = f"dunmail_burst_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        finally:
            with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        yield f"sqlite:///{data_dir / 'dunmail.db'}"


def postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure: no server to use
        return False


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and all its descendants now (from /proc; the children of a
    living process are counted while they live, which the watcher's workers do)."""
    total, ticks = 0.0, os.sysconf("SC_CLK_TCK")
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, IndexError, ValueError):
            continue
        pending += [int(c) for c in children]
    return total


def watch_env(server: DovecotServer, world: Path, data_dir: Path, folder: str, database_url: str, workers: int) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "OPENAI_")) and k != "DATABASE_URL"}
    return {**keep, "DUNMAIL_DATA_DIR": str(data_dir), "DATABASE_URL": database_url, "DUNMAIL_INBOX_SOURCE": "imap",
            "DUNMAIL_IMAP_HOST": server.host, "DUNMAIL_IMAP_PORT": str(server.port), "DUNMAIL_IMAP_SECURITY": "plain",
            "DUNMAIL_IMAP_USERNAME": server.username, "DUNMAIL_IMAP_PASSWORD": server.password, "DUNMAIL_IMAP_FOLDERS": folder,
            "DUNMAIL_IMAP_HANDLED_KEYWORD": "", "DUNMAIL_IMAP_MOVE_HANDLED_TO": "", "DUNMAIL_IMAP_IDLE_SECONDS": "600",
            "DUNMAIL_ERP_WORLD": str(world), "DUNMAIL_MODEL": "offline", "DUNMAIL_OUTBOX": "maildir", "DUNMAIL_WORKERS": str(workers),
            "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]), "COLUMNS": "200"}


def burst(server: DovecotServer, world: Path, tmp: Path, messages: list[bytes], workers: int, database: str) -> dict[str, Any]:
    """One burst into a fresh folder watched by a fresh `dunmail watch` with `workers` workers."""
    from imapclient import IMAPClient
    from sqlalchemy import create_engine, text

    folder = f"Burst{workers}{uuid.uuid4().hex[:6]}"
    client = IMAPClient(server.host, port=server.port, ssl=False, timeout=300)
    client.login(server.username, server.password)
    client.create_folder(folder)
    data_dir = tmp / folder
    data_dir.mkdir(parents=True)
    with fresh_database(database, data_dir) as url:
        log = (data_dir / "watch.log").open("w+")
        proc = subprocess.Popen([sys.executable, "-m", "dunmail.cli", "watch"], cwd=data_dir, stdout=log, stderr=subprocess.STDOUT,
                                env=watch_env(server, world, data_dir, folder, url, workers))
        engine = create_engine(url)
        try:
            _wait_for(lambda: "watching IMAP" in (data_dir / "watch.log").read_text(), 300, proc, data_dir)
            startup = tree_cpu_seconds(proc.pid)  # the workers are ready before the watcher says it watches
            idle_from = time.perf_counter()
            time.sleep(1.0)  # into IDLE, as a long-running watcher is
            cpu_before = tree_cpu_seconds(proc.pid)
            idle = (cpu_before - startup) / (time.perf_counter() - idle_from)
            client.multiappend(folder, messages)
            arrived = datetime.now(UTC)
            rows: list[Any] = []

            def all_queued() -> bool:
                nonlocal rows
                with engine.connect() as conn:
                    rows = list(conn.execute(text("SELECT received_at, processed_at FROM inbound_message")))
                return len(rows) == len(messages) and all(p is not None for _, p in rows)

            _wait_for(all_queued, 900, proc, data_dir, every=0.05)
            cpu = tree_cpu_seconds(proc.pid) - cpu_before
        finally:
            engine.dispose()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()
            client.logout()

    def since_arrival(stamp: datetime | str) -> float:
        stamp = datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp
        return (stamp.replace(tzinfo=stamp.tzinfo or UTC) - arrived).total_seconds()

    stored = sorted(since_arrival(r) for r, _ in rows)
    queued = sorted(since_arrival(p) for _, p in rows)
    return {"messages": len(messages), "workers": workers, "database": database, "cpu_s": cpu, "startup_cpu_s": startup,
            "idle_cpu_per_s": idle,
            "stored_p50_s": percentile(stored, 50), "stored_p95_s": percentile(stored, 95), "stored_max_s": stored[-1],
            "queued_p50_s": percentile(queued, 50), "queued_p95_s": percentile(queued, 95), "queued_max_s": queued[-1]}


def _wait_for(ready: Any, seconds: float, proc: subprocess.Popen, data_dir: Path, every: float = 0.2) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if proc.poll() is not None:
            raise RuntimeError(f"dunmail watch exited ({proc.returncode}): {(data_dir / 'watch.log').read_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up after {seconds:.0f} s: {(data_dir / 'watch.log').read_text()[-3000:]}")
        time.sleep(every)


def run(workers: list[int], n: int = BURST, split: str = "test", database: str = "postgres",
        server: DovecotServer | None = None, tmp: Path | None = None) -> list[dict[str, Any]]:
    """One burst per worker count, each into its own folder and database (Dovecot started here unless given)."""
    if database == "postgres" and not postgres_reachable():
        print(f"PostgreSQL at {PG_ADMIN_URL} does not answer: SQLite instead", file=sys.stderr)
        database = "sqlite"
    own_server, own_tmp = server is None, tmp is None
    tmp = tmp or Path(tempfile.mkdtemp(prefix="dunmail-burst-"))
    tmp.mkdir(parents=True, exist_ok=True)
    tmp.chmod(0o755)  # Dovecot's unprivileged processes must reach the mail
    server = server or start_dovecot(tmp / "srv")
    world = ROOT / "evals" / "datasets" / split / "world.json"
    try:
        return [burst(server, world, tmp, list(cycled(n, split, f"burst{w}")), w, database) for w in workers]
    finally:
        if own_server:
            stop_dovecot(server)
        if own_tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def rows_of(results: list[dict[str, Any]]) -> list[tuple[str, str]]:
    rows = []
    for b in results:
        where = f"{b['messages']} appended at once, DUNMAIL_WORKERS={b['workers']}, {b['database']}"
        rows.append((f"burst: stored after arrival ({where})", f"p50 {b['stored_p50_s']:.2f} s, p95 {b['stored_p95_s']:.2f} s, all {b['stored_max_s']:.2f} s"))
        rows.append((f"burst: in the queue after arrival ({where})",
                     f"p50 {b['queued_p50_s']:.2f} s, p95 {b['queued_p95_s']:.2f} s, all {b['queued_max_s']:.2f} s "
                     f"(goal p95 < 2 s); {1000 * b['cpu_s'] / b['messages']:.0f} ms CPU/msg over the whole watch"))
        if "startup_cpu_s" in b:
            rows.append((f"burst: the watch's CPU apart from the burst ({where})",
                         f"start-up {b['startup_cpu_s']:.1f} s (watcher and workers, to ready: not in the ms/msg), "
                         f"the second before the burst (first sync, then IDLE) {1000 * b['idle_cpu_per_s']:.0f} ms CPU/s"))
    return rows


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2,4", help="DUNMAIL_WORKERS values to try, comma-separated")
    parser.add_argument("--n", type=int, default=BURST, help="messages in the burst")
    parser.add_argument("--split", default="test", help="eval split the replies come from")
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    results = run([int(w) for w in args.workers.split(",")], args.n, args.split, args.database)
    for figure, value in rows_of(results):
        print(f"{figure}: {value}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
