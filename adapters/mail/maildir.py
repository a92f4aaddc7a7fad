"""The embedded default mail source: a local Maildir folder (new/ and cur/).

A Maildir has no UIDs, so each file's unique name is hashed into a stable 60-bit "UID"; the
Message-ID check catches the rest. Files are moved to cur/ only after they are stored.
"""

from __future__ import annotations

import hashlib
import mailbox
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Engine

from adapters.db.db import session_scope
from adapters.mail.store import store_inbound


def maildir_uid(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)


def ensure_maildir(path: Path) -> mailbox.Maildir:
    path.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(str(path), factory=None, create=True)
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)  # an existing bare folder becomes a Maildir
    return box


def sync_maildir(engine: Engine, path: Path, on_stored: Callable[[int], None] | None = None) -> int:
    """Store every message in the Maildir not stored yet; returns how many were new."""
    box = ensure_maildir(path)
    name = f"maildir:{path.resolve()}"
    stored = 0
    for key in sorted(box.iterkeys()):
        try:
            raw = box.get_bytes(key)
        except (KeyError, OSError):
            continue  # vanished between listing and reading; picked up next time if it returns
        with session_scope(engine) as session:
            row = store_inbound(session, raw, mailbox=name, uidvalidity=0, uid=maildir_uid(key))
            new_id = row.id if row is not None else None
        if new_id is not None:
            stored += 1
            if on_stored:
                on_stored(new_id)
        _mark_seen(path, key, box.colon)
    return stored


def _mark_seen(path: Path, key: str, colon: str) -> None:
    """new/ → cur/ with the Seen flag, by renaming the file: rewriting it through the mailbox module
    would re-fold every header, which takes minutes for a 1 MB subject."""
    fresh = path / "new" / key
    try:
        fresh.rename(path / "cur" / f"{key}{colon}2,S")
    except FileNotFoundError:
        pass  # already in cur/ (seen before) or gone
