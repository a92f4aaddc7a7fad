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
from adapters.mail.store import store_batch


def maildir_uid(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)


def ensure_maildir(path: Path) -> mailbox.Maildir:
    path.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(str(path), factory=None, create=True)
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)  # an existing bare folder becomes a Maildir
    return box


# How many Maildir files are stored in one transaction: one commit per file cost more CPU than storing it.
SYNC_BATCH = 100


def sync_maildir(engine: Engine, path: Path, on_stored: Callable[[int], None] | None = None) -> int:
    """Store every message in the Maildir not stored yet; returns how many were new."""
    box = ensure_maildir(path)
    name = f"maildir:{path.resolve()}"
    keys = sorted(box.iterkeys())
    stored = 0
    for start in range(0, len(keys), SYNC_BATCH):
        stored += _sync_batch(engine, box, path, name, keys[start : start + SYNC_BATCH], on_stored)
    return stored


def _sync_batch(engine: Engine, box: mailbox.Maildir, path: Path, name: str, keys: list[str],
                on_stored: Callable[[int], None] | None) -> int:
    """Store a batch of files in one transaction; only after its commit are they told of and moved to
    cur/, so a crash leaves each file in new/ (read again, found stored or stored then) or stored and seen."""
    fetched: list[tuple[int, bytes]] = []
    read: list[str] = []
    for key in keys:
        try:
            raw = box.get_bytes(key)
        except (KeyError, OSError):
            continue  # vanished between listing and reading; picked up next time if it returns
        fetched.append((maildir_uid(key), raw))
        read.append(key)
    with session_scope(engine) as session:
        new_ids = store_batch(session, fetched, mailbox=name, uidvalidity=0)
    for new_id in new_ids:
        if on_stored:
            on_stored(new_id)
    for key in read:
        _mark_seen(path, key, box.colon)
    return len(new_ids)


def _mark_seen(path: Path, key: str, colon: str) -> None:
    """new/ → cur/ with the Seen flag, by renaming the file: rewriting it through the mailbox module
    would re-fold every header, which takes minutes for a 1 MB subject."""
    fresh = path / "new" / key
    try:
        fresh.rename(path / "cur" / f"{key}{colon}2,S")
    except FileNotFoundError:
        pass  # already in cur/ (seen before) or gone
