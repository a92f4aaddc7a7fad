"""README's settings table is the operator's guide: every setting, its default and what it means."""

from __future__ import annotations

from pathlib import Path

from dunmail.config_errors import env_name
from dunmail.settings import Settings
from dunmail.settings_doc import BEGIN, END, rows, table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_has_a_meaning() -> None:
    missing = [var for var, _default, meaning in rows() if not meaning.strip()]
    assert not missing, f"say what these settings mean in dunmail/settings_doc.py MEANINGS (or a comment after the field): {missing}"


def test_readme_lists_every_setting_as_generated() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(BEGIN):text.index(END) + len(END)]
    for name in Settings.model_fields:
        assert f"| `{env_name(name)}` |" in section, f"{env_name(name)} is missing from README: run `python -m dunmail.settings_doc README.md`"
    assert section == table(), "README's settings table is out of date: run `python -m dunmail.settings_doc README.md`"


def test_secrets_show_no_default_value() -> None:
    by_var = {var: default for var, default, _meaning in rows()}
    assert by_var["DUNMAIL_IMAP_PASSWORD"] == "unset" and by_var["DUNMAIL_SESSION_SECRET"] == "unset" and by_var["OPENAI_API_KEY"] == "unset"
    assert by_var["DUNMAIL_IMAP_FOLDERS"] == "`INBOX`" and by_var["DUNMAIL_WEB_PORT"] == "`8000`"
