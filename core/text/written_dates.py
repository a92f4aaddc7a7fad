"""How our messages write a date in each language: one form, so the drafts, the reminders' tables
and the generated datasets that imitate them agree."""

from __future__ import annotations

from datetime import date


def written_day(day: date, language: str) -> str:
    """ISO (2026-12-31) in English, 31.12.2026 in German and Dutch, 31/12/2026 in the others.

    Day-first outside English because that is how those readers write dates; ISO in English because
    it cannot be misread by either side of the Atlantic (the fact check reads all three forms)."""
    if language == "en":
        return day.isoformat()
    if language in ("de", "nl"):
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
