"""Mail that arrives after a sync has read the folder but before IDLE begins is read at once, not at the next IDLE
window: the SELECT before IDLE already counts it, so the server would never announce it (tests/inbox/test_reconnect.py
met this race now and then as "first mail not stored")."""

from __future__ import annotations

import threading

from adapters.mail.imap import ImapSource


class _Folder:
    """An IMAP client stub whose folder's UIDNEXT moves on between two SELECTs."""

    def __init__(self, uidnexts: list[int]) -> None:
        self.uidnexts = uidnexts
        self.idled = False

    def capabilities(self) -> tuple[bytes, ...]:
        return (b"IDLE",)

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, int]:
        return {b"UIDVALIDITY": 1, b"UIDNEXT": self.uidnexts.pop(0)}

    def idle(self) -> None:
        self.idled = True

    def idle_check(self, timeout: float) -> list:
        return [(1, b"EXISTS")]

    def idle_done(self) -> None:
        pass


class _Settings:
    imap_folders = ["INBOX"]
    imap_idle_seconds = 600
    imap_poll_seconds = 600


def test_mail_that_came_after_the_sync_is_read_without_waiting_for_idle() -> None:
    source = ImapSource(_Settings())  # type: ignore[arg-type]
    source._uidnext_synced["INBOX"] = 5  # the sync read the folder up to UID 4
    client = _Folder([6])  # one message came in since
    source._wait_for_mail(client, threading.Event())  # type: ignore[arg-type]
    assert not client.idled


def test_a_folder_unchanged_since_the_sync_is_idled_on() -> None:
    source = ImapSource(_Settings())  # type: ignore[arg-type]
    source._uidnext_synced["INBOX"] = 5
    client = _Folder([5])
    source._wait_for_mail(client, threading.Event())  # type: ignore[arg-type]
    assert client.idled
