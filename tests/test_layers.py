"""Imports run one way: the domain (inbox, agent, guardrails, tools, prompts) never imports the shell
(dunmail), the web app (approvals), the evals or the benchmarks; nothing imports evals or bench.

ARCHITECTURE.md names the layers. The imports that still run against them are listed below, file by
file, as known debt (issue "One-way house"): a new one fails this test, and so does an entry that no
longer exists, so the list only ever shrinks.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = {"inbox", "agent", "guardrails", "tools", "prompts"}
SHELL = {"dunmail", "approvals"}
TOP = {"evals", "bench"}
PACKAGES = DOMAIN | SHELL | TOP

# What each layer may not import.
FORBIDDEN = {**{d: SHELL | TOP for d in DOMAIN}, **{s: TOP for s in SHELL}}

KNOWN_DEBT: set[tuple[str, str]] = {
    ("agent/dunning/planner.py", "dunmail"),  # reads pauses, stages and items through the tables
    ("evals/train_inputs.py", "evals"),  # training reads the datasets
    ("evals/cli_eval.py", "evals"),  # `dunmail eval`
    ("dunmail/demo.py", "evals"),  # the demo mailbox is the sample split
    ("evals/adversarial/corpus.py", "evals"),  # measuring the checks belongs in evals/
    ("evals/adversarial/harmless.py", "evals"),  # the attack judge belongs in evals/
}


def imported_packages(path: Path) -> set[str]:
    """Every project package this file imports, at module level or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
        found |= {n.split(".")[0] for n in names} & PACKAGES
    return found


def violations() -> set[tuple[str, str]]:
    out = set()
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            for target in imported_packages(path) & forbidden:
                out.add((path.relative_to(ROOT).as_posix(), target))
    return out


def test_no_new_import_runs_against_the_layers() -> None:
    new = sorted(violations() - KNOWN_DEBT)
    assert new == [], "these imports run against the layers (see ARCHITECTURE.md): " + ", ".join(f"{f} -> {t}" for f, t in new)


def test_the_known_debt_list_only_shrinks() -> None:
    paid = sorted(KNOWN_DEBT - violations())
    assert paid == [], "no longer imported, remove from KNOWN_DEBT: " + ", ".join(f"{f} -> {t}" for f, t in paid)
