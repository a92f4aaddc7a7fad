"""Run every benchmark, print one table, and write it with the date and machine to bench/RESULTS.md.

RESULTS.md is shared: this script replaces only its own block (between its marker comments) and the
ratios block, and keeps everything else (other benchmarks' sections, dated notes).

    python -m bench.run_all            # `make bench`; throughput with N=1000
    python -m bench.run_all --n 10000
    python -m bench.run_all --skip throughput --skip llm_cost --memory-n 100000   # the ratios alone, memory over 100,000

Benchmarks print figures and never assert on time: the CI gates on eval quality, not on speed.
bench/web_queue.py (queue page latency) is run as a subprocess when it exists; a last stdout line
that is a JSON object ({"p50_ms": .., "p95_ms": .., ...}) is folded into the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} CPUs (nproc), {cpu}{mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def web_queue() -> tuple[dict[str, Any] | None, str]:
    """Run bench/web_queue.py if another engineer has written it; (figures or None, its output)."""
    if not (ROOT / "bench" / "web_queue.py").exists():
        return None, "bench/web_queue.py not present"
    proc = subprocess.run([sys.executable, "-m", "bench.web_queue"], cwd=ROOT, capture_output=True, text=True, timeout=3600)
    out = proc.stdout + (f"\n[exit {proc.returncode}] {proc.stderr[-2000:]}" if proc.returncode else "")
    for line in reversed(proc.stdout.strip().splitlines()):
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data, out
    return None, out


def rows_of(tp: dict[str, Any] | None, cost: list[dict[str, Any]] | None, web: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    if tp:
        n = tp["n"]
        rows += [
            ("throughput", f"messages (N) from Dovecot, {tp['bytes'] / 1e6:.1f} MB", f"{n}"),
            ("throughput", "raw imapclient FETCH BODY.PEEK[] of all (a)", f"{tp['raw_fetch_s']:.2f} s"),
            ("throughput", "dunmail ingest (ImapSource.sync)", f"{tp['ingest_s']:.1f} s ({1000 * tp['ingest_s'] / n:.1f} ms/msg)"),
            ("throughput", "dunmail process (process_pending, offline)", f"{tp['process_s']:.1f} s ({1000 * tp['process_s'] / n:.1f} ms/msg)"),
            ("throughput", "  graph total (run_graph)", f"{tp['graph_s']:.1f} s ({1000 * tp['graph_s'] / n:.1f} ms/msg)"),
            ("throughput", "  parse (parse_message)", f"{tp['parse_s']:.1f} s ({1000 * tp['parse_s'] / n:.1f} ms/msg)"),
            ("throughput", "  classify (offline model)", f"{tp['classify_s']:.1f} s ({1000 * tp['classify_s'] / n:.1f} ms/msg)"),
            *(("throughput", f"  graph node {name}", f"{sec:.1f} s ({1000 * sec / n:.1f} ms/msg)")
              for name, sec in sorted(tp["nodes_s"].items(), key=lambda kv: -kv[1]) if sec >= 0.001 * n),
            ("throughput", "  graph overhead (checkpoints, scheduling)",
             f"{tp['graph_s'] - sum(tp['nodes_s'].values()):.1f} s ({1000 * (tp['graph_s'] - sum(tp['nodes_s'].values())) / n:.1f} ms/msg)"),
            ("throughput", "  record outcome (DB)", f"{tp['record_s']:.1f} s ({1000 * tp['record_s'] / n:.1f} ms/msg)"),
            ("throughput", "dunmail ingest + process (b)", f"{tp['dunmail_total_s']:.1f} s ({tp['per_message_ms']:.1f} ms/msg)"),
            ("throughput", "ratio (b)/(a)", f"{tp['ratio']:.0f}x"),
            ("throughput", "peak RSS of the process", f"{tp['rss_peak_mb']:.0f} MB"),
        ]
    for c in cost or []:
        rows.append(("llm cost", f"cascade, threshold {c['threshold']:.2f}, {c['split']} split ({c['emails']} emails)",
                     f"{c['calls_per_email']:.3f} calls/email, {c['tokens_per_email']:.0f} tokens/email "
                     f"({100 * c['escalated_share']:.0f}% escalated, {c['tokens_per_llm_call']:.0f} tokens/call)"))
    for key, value in (web or {}).items():
        rows.append(("web queue", str(key), str(value)))
    return rows


BEGIN, END = "<!-- bench/run_all.py: begin -->", "<!-- bench/run_all.py: end -->"


def markdown(rows: list[tuple[str, str, str]], when: str, n: int, web_output: str) -> str:
    """This script's block of RESULTS.md, markers included."""
    lines = [
        BEGIN,
        f"Measured {when} on {machine()}.",
        f"Command: `python -m bench.run_all --n {n}` (`make bench` runs it with N=1000). One run each; figures, not gates.",
        "",
        "| benchmark | figure | value |",
        "|---|---|---|",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
        "",
        "Notes:",
        "- throughput: the judged replies of the test split, cycled to N with unique Message-IDs, in a real Dovecot",
        "  Maildir on loopback; dunmail runs with SQLite (WAL) and the offline model, one worker, to the approval interrupt.",
        "- the machine is shared (other work may run at the same time): expect tens of percent between runs.",
        "- llm cost: a local mock OpenAI-compatible server counts calls; prompt tokens are estimated at 4 characters each.",
    ]
    if web_output and "not present" not in web_output:
        lines += ["", "bench/web_queue.py output:", "", "```", web_output.strip()[-3000:], "```"]
    return "\n".join(lines + [END]) + "\n"


def write_results(results: Path, section: str) -> None:
    """This script's block of RESULTS.md replaced (or added); every other line kept."""
    from bench.shadow_memory import write_section

    write_section(results, section, BEGIN, END)


def main(argv: list[str] | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    parser = argparse.ArgumentParser(description="run every dunmail benchmark and print one table")
    parser.add_argument("--n", type=int, default=1000, help="messages for the throughput benchmark")
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8", help="cascade thresholds for the cost benchmark")
    parser.add_argument("--skip", action="append", default=[], choices=["throughput", "llm_cost", "web_queue", "ratios"])
    parser.add_argument("--memory-n", type=int, default=2000, help="messages for the ratios benchmark's memory run (100000 for the full figure)")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS.md", help="write the table here")
    parser.add_argument("--no-results", action="store_true", help="print only")
    args = parser.parse_args(argv)

    from bench import llm_cost, ratios, throughput

    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    tp = throughput.main(["--n", str(args.n)]) if "throughput" not in args.skip else None
    cost = llm_cost.main(["--thresholds", args.thresholds]) if "llm_cost" not in args.skip else None
    web, web_output = web_queue() if "web_queue" not in args.skip else (None, "")
    ratio_figures = ratios.run(args.n, args.memory_n, "test", profile=False) if "ratios" not in args.skip else None
    if web_output and "not present" not in web_output:
        print(web_output)
    rows = rows_of(tp, cost, web)
    ratio_rows = [("ratios", a, b) for a, b in (ratios.rows_of(ratio_figures) if ratio_figures else [])]  # RESULTS.md: their own section
    table = Table(title=f"dunmail benchmarks · {when}", caption=machine())
    for col in ("benchmark", "figure", "value"):
        table.add_column(col)
    for row in rows + ratio_rows:
        table.add_row(*row)
    Console().print(table)
    if not args.no_results:
        write_results(args.results, markdown(rows, when, args.n, web_output))
        if ratio_figures:  # its own section too, with the command that reruns it alone
            ratios.write_section(args.results, ratios.markdown(ratio_figures, ratios.rows_of(ratio_figures), when, ["--n", str(args.n), "--memory-n", str(args.memory_n)]))
        print(f"written to {args.results}")


if __name__ == "__main__":
    main()
