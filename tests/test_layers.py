"""Imports run one way, as ARCHITECTURE.md draws it:

    core  <  domain (inbox, tools, prompts < guardrails < agent)  <  adapters  <  shell (dunmail)  <  web app (approvals)
                                                                                                  <  measurement (evals, bench)

A folder may import its own layer's lower folders and any layer below it, never one above. Nothing
imports evals or bench, no two top-level folders import each other, and core imports nothing of the
project. Every import counts: at module level, inside a function, or under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Rank of each top-level folder: a folder may import only folders of a lower rank.
RANK = {
    "core": 0,
    "inbox": 1, "tools": 1, "prompts": 1,  # the domain's bottom: parsing mail, ERP lookups, prompt files
    "guardrails": 2,  # checks on what comes in and goes out
    "agent": 3,  # reads, looks up, decides and drafts, calling the guardrails
    "adapters": 4,  # database, mail servers, ERP mirror and connectors: implement core's ports
    "dunmail": 5,  # the shell: settings, the composition root, CLI, workers, tick
    "approvals": 6,  # the web app, on top of the shell
    "evals": 7, "bench": 8,  # measurement: may import anything, nothing imports them (bench reuses evals)
}
DOMAIN = {"inbox", "tools", "prompts", "guardrails", "agent"}
PACKAGES = set(RANK)


def imported_packages(path: Path) -> set[str]:
    """Every project package this file imports, at module level or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
        found |= {n.split(".")[0] for n in names} & PACKAGES
    return found


def imports() -> set[tuple[str, str]]:
    """(file, package) for every import of another top-level folder."""
    out = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for target in imported_packages(path) - {package}:
                out.add((path.relative_to(ROOT).as_posix(), target))
    return out


def test_every_folder_is_ranked() -> None:
    """A new top-level package must be placed in a layer before it can import or be imported."""
    folders = {p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file() or (p.is_dir() and any(p.glob("*.py")))}
    assert folders - {"tests"} <= PACKAGES, f"place these in RANK and ARCHITECTURE.md: {sorted(folders - {'tests'} - PACKAGES)}"


def test_no_import_runs_against_the_layers() -> None:
    upward = sorted((f, t) for f, t in imports() if RANK[t] >= RANK[f.split("/")[0]])
    assert upward == [], "these imports run against the layers (see ARCHITECTURE.md): " + ", ".join(f"{f} -> {t}" for f, t in upward)


def test_the_domain_never_imports_adapters_the_shell_or_measurement() -> None:
    bad = sorted((f, t) for f, t in imports() if f.split("/")[0] in DOMAIN and t not in DOMAIN | {"core"})
    assert bad == [], ", ".join(f"{f} -> {t}" for f, t in bad)


def test_core_imports_nothing_of_the_project() -> None:
    bad = sorted((f, t) for f, t in imports() if f.startswith("core/"))
    assert bad == [], ", ".join(f"{f} -> {t}" for f, t in bad)


def test_nothing_imports_evals_or_bench() -> None:
    bad = sorted((f, t) for f, t in imports() if t in {"evals", "bench"} and f.split("/")[0] not in {"evals", "bench"})
    assert bad == [], ", ".join(f"{f} -> {t}" for f, t in bad)


def test_no_two_top_level_folders_import_each_other() -> None:
    edges = {(f.split("/")[0], t) for f, t in imports()}
    mutual = sorted((a, b) for a, b in combinations(sorted(PACKAGES), 2) if (a, b) in edges and (b, a) in edges)
    assert mutual == [], "these folders import each other: " + ", ".join(f"{a} <-> {b}" for a, b in mutual)


# What only the composition root may assemble: the engine, the graphs and the agent's context.
ASSEMBLERS = {"make_engine", "build_graph", "build_reminder_graph", "AgentContext"}
COMPOSITION_ROOT = "dunmail/wiring.py"


def assembled_here(path: Path) -> set[str]:
    """The assemblers this file calls (a definition or an import is not a call)."""
    calls = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if name in ASSEMBLERS:
                calls.add(name)
    return calls


def test_one_composition_root_builds_engines_graphs_and_contexts() -> None:
    """The service, the CLI, the workers and evals all get these from dunmail/wiring.py, so a setting
    means the same everywhere; the migrations' own env.py and bench fixtures are the exceptions by layer."""
    callers = {}
    for package in PACKAGES - {"bench"}:
        for path in sorted((ROOT / package).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            if where == COMPOSITION_ROOT or where.startswith("adapters/db/migrations/"):
                continue
            if found := assembled_here(path):
                callers[where] = sorted(found)
    assert callers == {}, f"build these through {COMPOSITION_ROOT}: {callers}"


def test_imports_are_sorted() -> None:
    """Standard library, third party, then the project, each sorted (ruff's isort rule, configured in
    pyproject.toml): a file's first lines say what it depends on, in an order everyone reads the same way."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "I", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
