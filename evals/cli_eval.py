"""`dunmail eval`: replay a labelled dataset and write the contract's JSON metrics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

console = Console()


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        dataset: Path | None = typer.Option(None, "--dataset", help="directory with world.json and threads.jsonl"),
        model: str = typer.Option("offline", "--model", help="offline | llm | cascade"),
        json_out: Path | None = typer.Option(None, "--json", help="write the metrics here"),
        report: Path | None = typer.Option(None, "--report", help="write a self-contained HTML report here"),
        workers: int = typer.Option(1, help="threads in parallel (useful for llm/cascade)"),
        compare: tuple[Path, Path] | None = typer.Option(None, "--compare", metavar="A.json B.json",
                                                         help="show what changed between two runs' --json files (regressions first)"),
        cassette: Path | None = typer.Option(None, "--cassette", help="record LLM answers to / replay them from this JSONL file"),
        cassette_mode: str = typer.Option("replay", "--cassette-mode", help="record | replay | auto (replay what is there, record the rest)"),
    ) -> None:
        """Replay labelled threads through the real parser and agent graph and score them."""
        if compare:
            compare_runs(*compare)
            return
        if dataset is None:
            fail("give --dataset DIR to run an eval, or --compare A.json B.json to compare two runs")
        from dunmail.settings import Settings
        from evals.dataset import DatasetError, load_dataset
        from evals.runner import run_eval

        try:
            data = load_dataset(dataset)
        except DatasetError as exc:
            fail(str(exc))
        if workers < 1:
            fail("--workers must be at least 1")
        settings = Settings(model=model)  # type: ignore[arg-type]
        reply_model, transport = build_eval_model(settings, cassette, cassette_mode)
        try:
            with Progress(console=console, transient=True) as bar:
                task = bar.add_task(f"evaluating {len(data.threads)} threads", total=len(data.threads))
                metrics = run_eval(data, reply_model, workers=workers, progress=lambda: bar.advance(task))
        finally:
            if transport is not None:
                transport.close()
        if transport is not None:
            if transport.misses:
                model_name, key = transport.misses[0]
                fail(f"{len(transport.misses)} LLM request(s) had no answer in the cassette {cassette} "
                     f"(first: model {model_name!r}, prompt sha256 {key[:16]}…): the prompt or model changed; "
                     "re-record with --cassette-mode record")
            console.print(f"cassette {cassette}: {transport.replayed} answers replayed, {transport.recorded} recorded")
        print_summary(metrics)
        if json_out:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(metrics, indent=2, default=str), encoding="utf-8")
            console.print(f"metrics written to {json_out}")
        if report:
            from evals.report import write_report

            write_report(metrics, report)
            console.print(f"report written to {report}")


def fail(message: str) -> NoReturn:
    from dunmail.cli_support import fail as fail_on_stderr

    fail_on_stderr(message)


def build_eval_model(settings: Any, cassette: Path | None, mode: str) -> tuple[Any, Any]:
    """The reply model for an eval, through a cassette when one is given. Returns (model, transport)."""
    from agent.models.factory import ModelConfigError
    from dunmail.wiring import ConfigError, build_model, require_llm_endpoint
    from evals.cassette import MODES, CassetteError, build_model_with_cassette

    try:
        if cassette is None or mode != "replay":  # only a pure replay may run without an endpoint
            require_llm_endpoint(settings)
        if cassette is None:
            return build_model(settings), None
        if mode not in MODES:
            fail(f"--cassette-mode must be one of {', '.join(MODES)}, not {mode!r}")
        if settings.resolved_model == "offline":
            console.print("[yellow]note:[/yellow] the offline model makes no LLM calls; --cassette is ignored")
            return build_model(settings), None
        return build_model_with_cassette(settings, cassette, mode)  # type: ignore[arg-type]
    except (CassetteError, ConfigError, ModelConfigError) as exc:
        fail(str(exc))


def compare_runs(a: Path, b: Path) -> None:
    """`dunmail eval --compare A.json B.json`: regressions first, then fixes and the figures."""
    from evals.compare import CompareError, compare, load_metrics, print_comparison

    try:
        result = compare(load_metrics(a), load_metrics(b))
    except CompareError as exc:
        fail(str(exc))
    print_comparison(result, console)


def print_summary(metrics: dict) -> None:
    table = Table(title=f"{metrics['threads']} threads · model {metrics.get('model')}")
    table.add_column("intent")
    for col in ("precision", "recall", "f1", "support"):
        table.add_column(col, justify="right")
    for intent, s in sorted(metrics["per_intent"].items()):
        table.add_row(intent, f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}", str(s["support"]))
    console.print(table)
    for key in ("intent_accuracy", "intent_macro_f1", "promise_date_accuracy", "needs_human_recall", "needs_human_precision", "pause_accuracy", "unsafe_drafts", "llm_calls_per_thread", "seconds_per_thread"):
        console.print(f"{key:>24}: {metrics.get(key)}")
