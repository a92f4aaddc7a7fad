"""Prompts and reply templates live here as versioned files; code loads them, never inlines them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    """Read a prompt file by name (e.g. "classify.v1.md")."""
    return (PROMPTS_DIR / name).read_text(encoding="utf-8")
