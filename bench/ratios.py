"""Ratios from one run on one Dovecot mailbox: how far dunmail is from just reading the mail.

    python -m bench.ratios                       # N=1000 replies, memory over 2,000 (a few minutes)
    python -m bench.ratios --memory-n 100000     # shadow mode's memory over 100,000 messages (long)
    python -m bench.ratios --profile             # also: where the CPU goes (cProfile, by package)

Measured in the same run, on the same replies in the same Dovecot INBOX:
  (a) raw batched FETCH BODY.PEEK[] + stdlib parse (email.parser, text body): msg/s, CPU ms/msg;
  (b) the full offline pipeline (ImapSource.sync + process_pending, SQLite, one worker): msg/s, CPU ms/msg
      (the process's start-up before them, migrating and building the runtime, reported apart);
  (c) shadow mode (dunmail.shadow over IMAP, no database): msg/s, CPU ms/msg;
  (d) burst latency (bench/burst.py): 100 messages APPENDed in one command to the folder a real
      `dunmail watch` (DUNMAIL_WORKERS = --workers, default one per core; PostgreSQL when it answers)
      is IDLE on, seconds until each is stored and until each is in the queue: p50/p95/max;
  (e) shadow mode's resident memory over --memory-n messages (bench/shadow_memory.py: a Maildir of
      the same replies, one fresh process, RSS sampled as it goes and after the report).
Prints figures and ratios; never asserts on time (CI gates on quality, not speed). With --results,
writes its section of bench/RESULTS.md (between markers; the rest of the file is kept).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import burst, shadow_memory, throughput
from tests.fixtures.dovecot import DovecotServer, start_dovecot, stop_dovecot

FETCH_BATCH = 100
BEGIN, END = "<!-- bench/ratios.py: begin -->", "<!-- bench/ratios.py: end -->"


class Clock:
    """Wall and CPU seconds of one stage (CPU: every thread of this process; Dovecot's own is not counted)."""

    def __enter__(self) -> Self:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def imap_settings(server: DovecotServer, data_dir: Path, world: Path, folder: str = "INBOX") -> Any:
    from dunmail.settings import Settings

    return Settings(data_dir=data_dir, inbox_source="imap", imap_host=server.host, imap_port=server.port, imap_security="plain",
                    imap_username=server.username, imap_password=server.password, imap_folders=[folder], erp_world=world, model="offline",
                    outbox="maildir", imap_handled_keyword="", imap_move_handled_to="", imap_idle_seconds=60, _env_file=None)


def client_for(server: DovecotServer) -> Any:
    from imapclient import IMAPClient

    client = IMAPClient(server.host, port=server.port, ssl=False, timeout=300)
    client.login(server.username, server.password)
    return client


def deliver_folder(server: DovecotServer, folder: str, messages: Iterator[bytes]) -> int:
    """Drop messages into a folder's Maildir as an MDA would, streaming (INBOX is the Maildir root)."""
    if folder != "INBOX":
        client = client_for(server)
        client.create_folder(folder)
        client.logout()
    path = server.maildir if folder == "INBOX" else server.maildir / f".{folder}"
    owner = server.maildir.stat()
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(exist_ok=True)
        os.chown(path / sub, owner.st_uid, owner.st_gid)
    stamp, count = int(time.time()), 0
    for i, raw in enumerate(messages):
        target = path / "new" / f"{stamp}.M{i}P{os.getpid()}.bench"
        target.write_bytes(raw.replace(b"\r\n", b"\n"))
        os.chown(target, owner.st_uid, owner.st_gid)
        count += 1
    return count


def fetch_and_parse(server: DovecotServer, folder: str = "INBOX", parse: bool = True) -> dict[str, Any]:
    """(a) The floor: batched FETCH BODY.PEEK[] from an EXAMINEd folder, each parsed by the stdlib."""
    parser = BytesParser(policy=policy.default)
    with Clock() as clock:
        client = client_for(server)
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        size = chars = 0
        for start in range(0, len(uids), FETCH_BATCH):
            fetched = client.fetch(uids[start : start + FETCH_BATCH], ["BODY.PEEK[]"])
            for data in fetched.values():
                raw = data[b"BODY[]"]
                size += len(raw)
                if parse:
                    msg = parser.parsebytes(raw)
                    body = msg.get_body(preferencelist=("plain", "html"))
                    chars += len(body.get_content()) if body is not None else 0
        client.logout()
    return {"messages": len(uids), "bytes": size, "wall_s": clock.wall, "cpu_s": clock.cpu}


def pipeline(server: DovecotServer, world: Path, data_dir: Path) -> dict[str, Any]:
    """(b) The full offline pipeline, as bench/throughput.py runs it (ingest, then process to the interrupt).

    Its figures are ingest + process, as its label says; the process's start-up before them (migrating the fresh
    database, importing the worker, building the runtime: once per process, whatever the number of messages) is
    reported apart, as the burst reports its watch's start-up. Until 2026-12-01 it was counted in (b)'s CPU per
    message (~0.6 ms/msg at N=500)."""
    with Clock() as clock:
        figures = throughput.dunmail_run(server, world, data_dir)
    cpu = figures["ingest_cpu_s"] + figures["process_cpu_s"]
    return {"messages": figures["processed"], "wall_s": figures["ingest_s"] + figures["process_s"], "cpu_s": cpu,
            "startup_cpu_s": clock.cpu - cpu, "startup_wall_s": clock.wall - figures["ingest_s"] - figures["process_s"],
            "statuses": figures["statuses"],
            "stages_s": {"ingest": figures["ingest_s"], "graph": figures["graph_s"], "record": figures["record_s"],
                         **{f"node {k}": v for k, v in figures["nodes_s"].items()}}}


def shadow(server: DovecotServer, world: Path, out: Path, folder: str = "INBOX", on_row: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """(c) Shadow mode over the folder: the same reader, policy and guardrails, no database."""
    from dunmail.shadow import run_shadow
    from dunmail.shadow_sources import ImapHistory
    from dunmail.wiring import build_shadow_agent

    settings = imap_settings(server, out / "data", world, folder)
    agent = build_shadow_agent(settings)
    outcomes: dict[str, int] = {}

    def count(row: dict[str, Any]) -> None:
        outcomes[row["outcome"]] = outcomes.get(row["outcome"], 0) + 1
        if on_row:
            on_row(row)

    try:
        with Clock() as clock:
            run = run_shadow(agent, ImapHistory(settings, folder), out, on_message=count)
    finally:
        agent.close()
    return {"messages": run.replayed, "wall_s": clock.wall, "cpu_s": clock.cpu, "outcomes": outcomes}


def profiled(fn: Callable[[], Any], top: int = 15) -> tuple[Any, dict[str, float], list[tuple[str, float, float]]]:
    """Run fn under cProfile: (its result, own CPU seconds by package, the top functions by own time).

    Time in C functions (re, sqlite3, a lock) counts for the package that called them, in proportion
    to each caller's share, so "guardrails" includes the regex matching it asks for."""
    profile = cProfile.Profile(time.process_time)  # CPU, not wall: a thread waiting on a lock or the disk costs nothing
    result = profile.runcall(fn)
    stats = pstats.Stats(profile)
    groups: dict[str, float] = {}
    rows = []
    for (filename, line, name), (_cc, _nc, tottime, cumtime, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~" and callers:
            for (caller_file, _l, _n), contribution in callers.items():
                groups[package_of(caller_file)] = groups.get(package_of(caller_file), 0.0) + contribution[2]
        else:
            groups[package_of(filename)] = groups.get(package_of(filename), 0.0) + tottime
        rows.append((f"{package_of(filename)}:{Path(filename).name}:{line}({name})" if filename != "~" else name, tottime, cumtime))
    rows.sort(key=lambda r: -r[1])
    return result, dict(sorted(groups.items(), key=lambda kv: -kv[1])), rows[:top]


def package_of(filename: str) -> str:
    """Which part of the code a profiled function belongs to: ours by folder, libraries by package."""
    path = Path(filename)
    if filename.startswith(("~", "<")):
        return "C functions called from C"
    try:
        rel = path.resolve().relative_to(ROOT)
        return rel.parts[0] if rel.parts[0] not in (".venv",) else _site_package(path)
    except ValueError:
        return _site_package(path)


def _site_package(path: Path) -> str:
    parts = path.parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].removesuffix(".py")
    if "python3" in str(path):
        return "stdlib re (compiling patterns)" if path.parent.name == "re" else f"stdlib {path.parent.name if path.parent.name == 'email' else path.stem}"
    return path.name


def run(n: int, memory_n: int, split: str, profile: bool, workers: int | None = None) -> dict[str, Any]:
    world = ROOT / "evals" / "datasets" / split / "world.json"
    tmp = Path(tempfile.mkdtemp(prefix="dunmail-ratios-"))
    tmp.chmod(0o755)  # Dovecot's unprivileged processes must reach the mail
    server = start_dovecot(tmp / "srv")
    figures: dict[str, Any] = {"n": n, "memory_n": memory_n, "split": split, "load_before": os.getloadavg()}
    try:
        deliver_folder(server, "INBOX", iter(throughput.generate(n, split)[0]))
        fetch_and_parse(server, parse=False)  # untimed warm-up: Dovecot indexes, the page cache is hot
        figures["raw"] = fetch_and_parse(server)
        figures["shadow"] = shadow(server, world, tmp / "shadow")
        figures["pipeline"] = pipeline(server, world, tmp / "pipeline")
        figures["burst"] = burst.run([workers or os.cpu_count() or 1], split=split, server=server, tmp=tmp / "burst")[0]
        figures["memory"] = shadow_memory.run(memory_n, split)
        if profile:
            _, by_package, top = profiled(lambda: shadow(server, world, tmp / "shadow-profiled"))
            figures["profile_shadow"] = {"by_package_s": by_package, "top": top, "timer": "cpu"}
            _, by_package, top = profiled(lambda: throughput.dunmail_run(server, world, tmp / "pipeline-profiled"))
            figures["profile_pipeline"] = {"by_package_s": by_package, "top": top, "timer": "cpu"}
    finally:
        stop_dovecot(server)
        shutil.rmtree(tmp, ignore_errors=True)
    figures["load_after"] = os.getloadavg()  # a shared machine: other work inflates wall times more than CPU times
    return figures


def per_message(stage: dict[str, Any]) -> tuple[float, float]:
    """(messages per second, CPU milliseconds per message)."""
    count = max(stage["messages"], 1)
    return count / stage["wall_s"], 1000 * stage["cpu_s"] / count


def rows_of(f: dict[str, Any]) -> list[tuple[str, str]]:
    raw_rate, raw_cpu = per_message(f["raw"])
    pipe_rate, pipe_cpu = per_message(f["pipeline"])
    shadow_rate, shadow_cpu = per_message(f["shadow"])
    b = f["burst"]
    rows = [
        ("(a) raw batched FETCH + stdlib parse", f"{raw_rate:,.0f} msg/s, {raw_cpu:.2f} ms CPU/msg ({f['raw']['messages']} messages, {f['raw']['bytes'] / 1e6:.1f} MB)"),
        ("(b) full offline pipeline (ingest + process, SQLite, 1 worker)", f"{pipe_rate:.1f} msg/s, {pipe_cpu:.1f} ms CPU/msg ({f['pipeline']['statuses']})"
         + (f"; the process's start-up before it (migrate, imports, runtime) {f['pipeline']['startup_cpu_s']:.2f} s CPU, not in the ms/msg"
            if "startup_cpu_s" in f["pipeline"] else "")),
        ("(c) shadow mode (no database)", f"{shadow_rate:.1f} msg/s, {shadow_cpu:.1f} ms CPU/msg ({f['shadow']['outcomes']})"),
        ("ratio (b)/(a), speed", f"{pipe_rate / raw_rate:.4f}x (the issue's goal: >= 0.1x)"),
        ("ratio (b)/(a), CPU per message", f"{pipe_cpu / raw_cpu:.0f}x (goal: <= 6 ms CPU/msg)"),
        ("ratio (c)/(a), speed", f"{shadow_rate / raw_rate:.4f}x"),
        ("ratio (c)/(b), speed", f"{shadow_rate / pipe_rate:.2f}x (what the database, queue and checkpoints cost)"),
        *((f"(d) {figure}", value) for figure, value in burst.rows_of([b])),
        *((f"(e) {figure}", value) for figure, value in shadow_memory.rows_of(f["memory"])),
    ]
    for key, label in (("profile_shadow", "shadow"), ("profile_pipeline", "pipeline")):
        if key in f:
            total = sum(f[key]["by_package_s"].values())
            shares = ", ".join(f"{name} {100 * s / total:.0f}%" for name, s in list(f[key]["by_package_s"].items())[:8])
            rows.append((f"profile ({label}): own {_timer(f[key])} by package", shares))
    return rows


def _timer(profile: dict[str, Any]) -> str:
    return "CPU time" if profile.get("timer") == "cpu" else "time (wall clock: waits on locks and disk count)"


def markdown(f: dict[str, Any], rows: list[tuple[str, str]], when: str, argv: list[str]) -> str:
    from bench.run_all import machine

    lines = [BEGIN, "## Ratios: reading the mail vs. dunmail (issue 17)", "",
             f"Measured {when} on {machine()}, in one run on one Dovecot mailbox (loopback), offline model.",
             (f"Command: `python -m bench.ratios {' '.join(argv)}`. Figures, not gates. Load average (1/5/15 min) before: "
              f"{'/'.join(f'{x:.1f}' for x in f.get('load_before', ()))}, after: {'/'.join(f'{x:.1f}' for x in f.get('load_after', ()))}."), "",
             "| figure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows), ""]
    for key, label in (("profile_shadow", "shadow mode"), ("profile_pipeline", "full pipeline")):
        if key in f:
            lines += [f"Top functions by own {_timer(f[key])}, {label} over N={f['n']} (cProfile; its overhead inflates every figure):", "",
                      "| function | own s | cumulative s |", "|---|---|---|",
                      *(f"| `{name}` | {own:.2f} | {cum:.2f} |" for name, own, cum in f[key]["top"]), ""]
    return "\n".join(lines + [END]) + "\n"


def write_section(results: Path, section: str) -> None:
    """This benchmark's section of RESULTS.md (bench/run_all.py writes it too)."""
    shadow_memory.write_section(results, section, BEGIN, END)


def main(argv: list[str] | None = None) -> dict[str, Any] | None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="replies in the mailbox for (a)-(c)")
    parser.add_argument("--memory-n", type=int, default=2000, help="messages for the memory run (100000 for the issue's figure)")
    parser.add_argument("--split", default="test", help="eval split the replies come from")
    parser.add_argument("--profile", action="store_true", help="also profile shadow mode and the pipeline (cProfile)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--results", type=Path, help="write this benchmark's section into this RESULTS.md")
    parser.add_argument("--workers", type=int, help="DUNMAIL_WORKERS for the burst (default: one per core)")
    args = parser.parse_args(argv)
    from rich.console import Console
    from rich.table import Table

    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    figures = run(args.n, args.memory_n, args.split, args.profile, args.workers)
    rows = rows_of(figures)
    table = Table(title=f"dunmail ratios · N={args.n} · {when}")
    table.add_column("figure")
    table.add_column("value")
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    for key in ("profile_shadow", "profile_pipeline"):
        for name, own, cum in figures.get(key, {}).get("top", []):
            print(f"{key}: {own:7.2f} s own {cum:7.2f} s cum  {name}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    if args.results:
        write_section(args.results, markdown(figures, rows, when, [a for a in (argv if argv is not None else sys.argv[1:])]))
        print(f"written to {args.results}")
    return figures


if __name__ == "__main__":
    main()
