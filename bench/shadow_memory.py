"""Shadow mode over a large mailbox in one process: does its memory stay flat?

    python -m bench.shadow_memory --n 100000 --results bench/RESULTS.md   # about an hour on 2 cores
    python -m bench.shadow_memory --n 3000                                # a quick look

Writes N cheap synthetic replies into a Maildir (the judged replies of an eval split, cycled, each
with its own Message-ID, written one file at a time), then runs `dunmail.shadow.run_shadow` over
it and writes the report, in a fresh process, sampling resident memory (RSS from /proc, not the
peak) at 10,000, 50,000 and 100,000 messages and at every tenth of N, and the peak RSS (getrusage)
after the report is written. Prints one JSON line; never asserts on time or size (figures, not
gates). With --results, writes its section of bench/RESULTS.md between its markers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHECKPOINTS = (10_000, 50_000, 100_000)
BEGIN, END = "<!-- bench/shadow_memory.py: begin -->", "<!-- bench/shadow_memory.py: end -->"


def rss_mb() -> float:
    """Resident memory of this process now (not its peak): what flat memory is judged by."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # Linux reports KiB; MB like rss_mb()


def cycled(n: int, split: str, prefix: str) -> Iterator[bytes]:
    """N replies from the split, cycled, each with its own Message-ID, made one at a time (for 100,000)."""
    from evals.dataset import load_dataset, to_rfc5322

    bases = []
    for msg in (t.judged for t in load_dataset(ROOT / "evals" / "datasets" / split).threads):
        local, _, domain = msg.message_id.strip("<>").partition("@")
        bases.append(to_rfc5322(msg.model_copy(update={"message_id": f"<{prefix}-NNNNNNNN.{local}@{domain or 'bench.example'}>"})))
    for i in range(n):
        yield bases[i % len(bases)].replace(f"{prefix}-NNNNNNNN".encode(), f"{prefix}-{i:08d}".encode(), 1)


def write_maildir(path: Path, messages: Iterator[bytes]) -> int:
    """A Maildir with one file per message in new/, named so that name order is delivery order."""
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    for count, raw in enumerate(messages, start=1):
        (path / "new" / f"{count:09d}.M0P0.bench").write_bytes(raw.replace(b"\r\n", b"\n"))
    return count


def sample_points(n: int) -> set[int]:
    return {c for c in CHECKPOINTS if c <= n} | {max(1, n * k // 10) for k in range(1, 11)}


def measure(maildir: Path, world: Path, out: Path) -> dict[str, Any]:
    """Shadow mode over the Maildir, in this process: RSS samples, speed, and the report's cost."""
    from dunmail.settings import Settings
    from dunmail.shadow import run_shadow
    from dunmail.shadow_report import write_reports
    from dunmail.shadow_sources import MaildirHistory
    from dunmail.wiring import build_shadow_agent

    history = MaildirHistory(maildir)
    n = len(os.listdir(maildir / "new"))
    points = sample_points(n)
    agent = build_shadow_agent(Settings(data_dir=out / "data", erp_world=world, model="offline", _env_file=None))
    samples: list[tuple[int, float]] = [(0, rss_mb())]
    outcomes: dict[str, int] = {}
    done = 0

    def on_row(row: dict[str, Any]) -> None:
        nonlocal done
        done += 1
        outcomes[row["outcome"]] = outcomes.get(row["outcome"], 0) + 1
        if done in points:
            samples.append((done, rss_mb()))
            print(f"{datetime.now(UTC):%H:%M:%S} {done:>7,} messages, RSS {samples[-1][1]:.0f} MB", file=sys.stderr, flush=True)

    wall, cpu = time.perf_counter(), time.process_time()
    try:
        run = run_shadow(agent, history, out, on_message=on_row)
    finally:
        agent.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    report_wall = time.perf_counter()
    json_path, html_path = write_reports(out)
    report_wall = time.perf_counter() - report_wall
    return {"messages": run.replayed, "wall_s": wall, "cpu_s": cpu, "outcomes": outcomes, "samples": samples,
            "rss_after_report_mb": rss_mb(), "peak_rss_mb": peak_rss_mb(), "report_s": report_wall,
            "rows_mb": (out / "messages.jsonl").stat().st_size / 1e6, "report_json_mb": json_path.stat().st_size / 1e6,
            "report_html_mb": html_path.stat().st_size / 1e6}


def run(n: int, split: str = "test", keep: Path | None = None) -> dict[str, Any]:
    """Generate the Maildir here, measure in a fresh process (so nothing of the generator's is counted)."""
    tmp = keep or Path(tempfile.mkdtemp(prefix="dunmail-shadow-memory-"))
    try:
        started = time.perf_counter()
        written = write_maildir(tmp / "mail", cycled(n, split, "memory"))
        generated_s = time.perf_counter() - started
        world = ROOT / "evals" / "datasets" / split / "world.json"
        proc = subprocess.run([sys.executable, "-m", "bench.shadow_memory", "--child", str(tmp / "mail"), str(world), str(tmp / "out")],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
        if proc.returncode:
            raise RuntimeError(f"the shadow run failed (exit {proc.returncode})")
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        return {**figures, "n": written, "generated_s": generated_s, "split": split}
    finally:
        if keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


def rows_of(m: dict[str, Any]) -> list[tuple[str, str]]:
    """(figure, value) rows: RSS at each sample, growth after the first tenth, speed, the report."""
    samples = m["samples"]
    first = next((s for s in samples if s[0] >= m["messages"] // 10 and s[0] > 0), samples[-1])
    half = next((s for s in samples if s[0] >= m["messages"] // 2 and s[0] > 0), samples[-1])
    last = samples[-1]
    growth = (last[1] - half[1]) / max(last[0] - half[0], 1) * 10_000  # the first half fills caches and pools once
    at = ", ".join(f"{rss:.0f} MB after {count:,}" for count, rss in samples if count in CHECKPOINTS or count in (half[0], last[0]))
    return [
        (f"shadow memory over {m['messages']:,} messages (RSS, one process)",
         f"{samples[0][1]:.0f} MB at start, {first[1]:.0f} MB after {first[0]:,}; {at} ({growth:+.1f} MB per 10,000 over the second half)"),
        ("shadow speed over the memory run", f"{m['messages'] / m['wall_s']:.1f} msg/s, {1000 * m['cpu_s'] / max(m['messages'], 1):.1f} ms CPU/msg ({m['outcomes']})"),
        ("report of the run (report.json + report.html)",
         f"{m['report_s']:.1f} s; RSS after it {m['rss_after_report_mb']:.0f} MB, peak RSS of the process {m['peak_rss_mb']:.0f} MB; "
         f"rows {m['rows_mb']:.0f} MB, report.json {m['report_json_mb']:.0f} MB, report.html {m['report_html_mb']:.1f} MB"),
    ]


def markdown(m: dict[str, Any], when: str, argv: list[str]) -> str:
    from bench.run_all import machine

    samples = " · ".join(f"{count:,}: {rss:.0f} MB" for count, rss in m["samples"])
    return "\n".join([
        BEGIN, f"## Shadow mode's memory over {m['messages']:,} messages (issue 17)", "",
        f"Measured {when} on {machine()}; a Maildir of synthetic replies (the `{m['split']}` split's judged replies, cycled, unique "
        f"Message-IDs), offline model, one process.",
        f"Command: `python -m bench.shadow_memory {' '.join(argv)}`. Figures, not gates.", "",
        "| figure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows_of(m)), "",
        f"RSS samples (messages: resident MB): {samples}.", END]) + "\n"


def write_section(results: Path, section: str, begin: str = BEGIN, end: str = END) -> None:
    """Replace one benchmark's block of RESULTS.md, from its begin marker to its end marker (or append
    it), and keep every other line as it was: other benchmarks' blocks and the dated notes people write
    around them. Markers that are out of order or repeated stop it, rather than guessing what to cut."""
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    if not (section.startswith(begin) and section.rstrip("\n").endswith(end)):
        raise ValueError(f"a section for {results} must start with {begin!r} and end with {end!r}")
    begins, ends = text.count(begin), text.count(end)
    if begins == ends == 0:
        text = text.rstrip("\n") + "\n\n" + section
    elif begins == ends == 1 and text.index(begin) < text.index(end):
        head, rest = text.split(begin, 1)
        text = head + section.rstrip("\n") + rest.split(end, 1)[1]
    else:
        raise ValueError(f"{results}: expected one {begin!r} before one {end!r} (found {begins} and {ends}); fix the markers by hand")
    results.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> dict[str, Any] | None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="messages in the Maildir (100000 for the issue's figure)")
    parser.add_argument("--split", default="test", help="eval split the replies come from")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it (default: a temporary one)")
    parser.add_argument("--results", type=Path, help="write this benchmark's section into this RESULTS.md")
    parser.add_argument("--child", nargs=3, metavar=("MAILDIR", "WORLD", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        maildir, world, out = (Path(p) for p in args.child)
        print(json.dumps(measure(maildir, world, out)))
        return None
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    figures = run(args.n, args.split, args.keep)
    for figure, value in rows_of(figures):
        print(f"{figure}: {value}")
    if args.results:
        write_section(args.results, markdown(figures, when, [a for a in (argv if argv is not None else sys.argv[1:])]))
        print(f"written to {args.results}")
    return figures


if __name__ == "__main__":
    main()
