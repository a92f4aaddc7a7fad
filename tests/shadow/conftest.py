"""Shadow-mode test setup: the foundation ERP world, a CLI runner, and what a run leaves on disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from dunmail.cli import app
from tests.foundation.world import write_world


@pytest.fixture
def world(tmp_path: Path) -> Path:
    return write_world(tmp_path / "world.json")


@pytest.fixture
def shadow_cli(tmp_path: Path, world: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """`dunmail shadow ...` as a user runs it, offline, with settings from the environment only."""
    monkeypatch.chdir(tmp_path)  # no stray .env, relative paths land in tmp
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL", "DUNMAIL_DATA_DIR", "DUNMAIL_INBOX_SOURCE"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        base = {"COLUMNS": "200", "DUNMAIL_ERP_WORLD": str(world), "DUNMAIL_DATA_DIR": str(tmp_path / "data"), "DUNMAIL_MODEL": "offline"}
        return CliRunner().invoke(app, ["shadow", *args], env={**base, **(env or {})})

    return run


def report_of(out: Path) -> dict[str, Any]:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def rows_by_id(report: dict[str, Any]) -> dict[str | None, dict[str, Any]]:
    return {row["message_id"] or None: row for row in report["rows"]}
