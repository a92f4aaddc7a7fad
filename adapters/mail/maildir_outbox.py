"""The embedded default outbox: approved replies land in a local 'sent' Maildir, each exactly once
(the file's name is derived from the Message-ID, and a reply already there is not written again)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.outgoing import OutgoingMail, to_mime
from core.ports import Accepted


def _key_for(message_id: str) -> str:
    return hashlib.sha256(message_id.encode()).hexdigest()[:32]


class MaildirOutbox:
    """The embedded default: approved replies land in a local 'sent' Maildir."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def was_sent(self, message_id: str) -> bool:
        key = _key_for(message_id)
        return any((self.path / sub / key).exists() for sub in ("cur", "new"))

    def deliver(self, mail: OutgoingMail, on_accepted: Accepted | None = None) -> None:
        if self.was_sent(mail.message_id):
            return
        data = bytes(to_mime(mail))
        key = _key_for(mail.message_id)
        tmp = self.path / "tmp" / key
        tmp.parent.mkdir(parents=True, exist_ok=True)
        (self.path / "cur").mkdir(parents=True, exist_ok=True)
        (self.path / "new").mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.rename(self.path / "cur" / key)  # atomic: a crash leaves it sent or not at all
        if on_accepted is not None:
            on_accepted()
