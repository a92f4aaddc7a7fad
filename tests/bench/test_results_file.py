"""bench/RESULTS.md is shared: a benchmark rewrites only its own block and keeps every other line
(other benchmarks' blocks, the dated notes people write around them). Tried on a copy of the real file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench import ratios, run_all

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "RESULTS.md"
NOTE = "### A dated note (2026-11-29 16:40 UTC): written by hand, kept by every benchmark"


def _outside(text: str, begin: str, end: str) -> list[str]:
    head, rest = text.split(begin, 1)
    return (head + rest.split(end, 1)[1]).splitlines()


@pytest.fixture
def results(tmp_path: Path) -> Path:
    copy = tmp_path / "RESULTS.md"
    shutil.copyfile(RESULTS, copy)
    text = copy.read_text(encoding="utf-8")
    # a note right after the ratios block, where people add one after a run
    copy.write_text(text.replace(ratios.END + "\n", ratios.END + "\n" + NOTE + "\n", 1), encoding="utf-8")
    return copy


def test_the_ratios_run_replaces_its_block_and_keeps_every_other_line(results: Path) -> None:
    before = results.read_text(encoding="utf-8")
    section = f"{ratios.BEGIN}\n## Ratios: reading the mail vs. dunmail (issue 17)\n\n| figure | value |\n|---|---|\n| (a) raw | 999 msg/s |\n{ratios.END}\n"

    ratios.write_section(results, section)

    after = results.read_text(encoding="utf-8")
    assert _outside(after, ratios.BEGIN, ratios.END) == _outside(before, ratios.BEGIN, ratios.END)
    assert NOTE in after and "## Burst, workers and memory" in after and "## Throughput at N=10,000" in after
    assert after.count(ratios.BEGIN) == 1 and "| (a) raw | 999 msg/s |" in after
    assert "(a) raw batched FETCH + stdlib parse" not in after  # the old figures are gone, not kept beside the new


def test_make_bench_rewrites_its_own_table_not_the_whole_file(results: Path) -> None:
    before = results.read_text(encoding="utf-8")

    run_all.main(["--skip", "throughput", "--skip", "llm_cost", "--skip", "web_queue", "--skip", "ratios", "--results", str(results)])

    after = results.read_text(encoding="utf-8")
    assert after.startswith("# Benchmark results\n") and NOTE in after and "## Throughput at N=10,000" in after
    assert _outside(after, run_all.BEGIN, run_all.END) == _outside(before, run_all.BEGIN, run_all.END)
    assert after.count(run_all.BEGIN) == 1 and "Command: `python -m bench.run_all --n 1000`" in after
    assert "Measured 2026-11-23 19:07 UTC" not in after  # its previous table was replaced, not kept beside the new one


def test_a_file_without_the_block_gets_it_added_at_the_end(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\n" + NOTE + "\n", encoding="utf-8")
    section = f"{ratios.BEGIN}\nnew figures\n{ratios.END}\n"
    ratios.write_section(results, section)
    ratios.write_section(results, section)  # twice: still one block
    assert results.read_text(encoding="utf-8") == f"# Benchmark results\n\n{NOTE}\n\n{section}"


def test_markers_out_of_order_stop_the_write_and_leave_the_file_alone(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    broken = f"# Benchmark results\n{ratios.END}\n{NOTE}\n{ratios.BEGIN}\nold\n"
    results.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError, match="fix the markers"):
        ratios.write_section(results, f"{ratios.BEGIN}\nnew\n{ratios.END}\n")
    assert results.read_text(encoding="utf-8") == broken
