"""What the mail adapters read of the configuration, as a protocol: the shell's Settings fulfils it,
and a test may pass any object with these attributes. The adapters never import the shell."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from pydantic import SecretStr


class MailConfig(Protocol):
    imap_host: str
    imap_port: int
    imap_security: Literal["tls", "starttls", "plain"]
    imap_ca_file: Path | None
    imap_username: str
    imap_password: SecretStr
    imap_auth: Literal["login", "xoauth2"]
    imap_oauth_token: SecretStr
    imap_oauth_token_command: str
    imap_folders: list[str]
    imap_sent_folder: str
    imap_handled_keyword: str
    imap_move_handled_to: str
    imap_idle_seconds: int
    imap_poll_seconds: int
    imap_first_sync_days: int

    smtp_host: str
    smtp_port: int
    smtp_security: Literal["ssl", "starttls", "plain"]
    smtp_ca_file: Path | None
    smtp_username: str
    smtp_password: SecretStr
    smtp_append_sent: bool
