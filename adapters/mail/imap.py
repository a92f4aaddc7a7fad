"""The IMAP mail source: incremental sync by UID, IDLE wake-ups, reconnect with backoff.

Each FETCH batch is stored and the cursor moved in ONE transaction, so a crash anywhere leaves
the batch either stored with the cursor past it, or neither (one commit per batch, not per
message: a burst of mail is stored in a fraction of a second, and the workers are told after
each batch, while the next one is fetched). A UIDVALIDITY change
re-reads the folder; the Message-ID (or content-hash) dedupe in store_inbound keeps it exactly once.
Mail is fetched with BODY.PEEK[] from a read-only EXAMINE: nothing is marked \\Seen.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from imapclient import IMAPClient
from sqlalchemy.engine import Engine

from adapters.db.db import session_scope
from adapters.db.tables import InboundMessage
from adapters.mail.config import MailConfig
from adapters.mail.connect import MailAuthError, MailConnectionError, open_imap
from adapters.mail.store import get_cursor, move_cursor, store_batch

log = logging.getLogger(__name__)
FETCH_BATCH = 25
MAX_IDLE_SECONDS = 29 * 60  # RFC 2177: servers may drop an IDLE after 30 minutes
MAX_BACKOFF_SECONDS = 300


def mailbox_name(settings: MailConfig, folder: str) -> str:
    """How a folder is named in InboundMessage.mailbox / MailCursor (account + folder)."""
    return f"imap:{settings.imap_username}/{folder}"[:255]


def folder_of(mailbox: str) -> str:
    return mailbox.split("/", 1)[1] if mailbox.startswith("imap:") and "/" in mailbox else mailbox


class ImapSource:
    """Reads the configured folders of the shared AR mailbox into InboundMessage rows."""

    def __init__(self, settings: MailConfig, connect: Callable[[MailConfig], IMAPClient] = open_imap):
        self.settings = settings
        self._connect = connect
        self._uidnext_synced: dict[str, int] = {}  # per folder: where it ended when last read (see _wait_for_mail)

    @contextmanager
    def connection(self) -> Iterator[IMAPClient]:
        client = self._connect(self.settings)
        try:
            yield client
        finally:
            try:
                client.logout()
            except Exception:  # noqa: BLE001 - the connection may already be gone
                pass

    def sync(self, engine: Engine, on_stored: Callable[[int], None] | None = None) -> int:
        """One pass over every folder; returns how many new messages were stored."""
        with self.connection() as client:
            return self.sync_client(client, engine, on_stored)

    def sync_client(self, client: IMAPClient, engine: Engine, on_stored: Callable[[int], None] | None = None) -> int:
        return sum(self.sync_folder(client, engine, folder, on_stored) for folder in self.settings.imap_folders)

    def sync_folder(self, client: IMAPClient, engine: Engine, folder: str, on_stored: Callable[[int], None] | None = None) -> int:
        info = client.select_folder(folder, readonly=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        self._uidnext_synced[folder] = int(info.get(b"UIDNEXT", 0))
        name = mailbox_name(self.settings, folder)
        with session_scope(engine) as session:
            cursor = get_cursor(session, name)
            last_uid = cursor.last_uid if cursor is not None and cursor.uidvalidity == uidvalidity else 0
            if cursor is not None and cursor.uidvalidity != uidvalidity:
                log.warning("%s: UIDVALIDITY changed %s -> %s; re-reading the folder (duplicates are skipped)", folder, cursor.uidvalidity, uidvalidity)
        first_sync = cursor is None and self.settings.imap_first_sync_days > 0
        if first_sync:
            # A new mailbox's history is not new mail: start from recent arrivals only, and leave
            # the cursor at the folder's end so older mail is never read as new later either.
            since = (datetime.now(timezone.utc) - timedelta(days=self.settings.imap_first_sync_days)).date()
            uids = sorted(client.search(["SINCE", since]))
            last_uid = max(0, int(info.get(b"UIDNEXT", 1)) - 1) if not uids else min(uids) - 1
            log.info("%s: first sync reads %d message(s) since %s; older mail is left alone", folder, len(uids), since)
        else:
            # `UID n:*` always returns the highest UID even when it is below n: filter it out.
            uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
        stored = 0
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            fetched = client.fetch(batch, ["BODY.PEEK[]"])
            here = [(uid, raw) for uid in batch if (raw := fetched.get(uid, {}).get(b"BODY[]")) is not None]  # none: expunged between SEARCH and FETCH
            with session_scope(engine) as session:
                new_ids = store_batch(session, here, mailbox=name, uidvalidity=uidvalidity)
                move_cursor(session, name, uidvalidity, batch[-1])
            stored += len(new_ids)
            for new_id in new_ids:  # after the commit: a worker told now finds the row
                if on_stored:
                    on_stored(new_id)
        if not uids and (cursor is None or cursor.uidvalidity != uidvalidity):  # an empty first pass still records where the folder ends
            with session_scope(engine) as session:
                move_cursor(session, name, uidvalidity, last_uid)
        return stored

    def watch(self, engine: Engine, on_batch: Callable[[], None], stop: threading.Event, on_synced: Callable[[int], None] | None = None,
              on_stored: Callable[[int], None] | None = None) -> None:
        """Sync, then wait for new mail with IDLE (re-issued before the server's timeout) or by
        polling; reconnect with exponential backoff. Returns when `stop` is set. `on_stored` hears
        of each new message as its batch is committed, `on_batch` once the whole sync is done."""
        backoff = 1.0
        on_batch()  # process whatever is pending from before
        while not stop.is_set():
            try:
                with self.connection() as client:
                    backoff = 1.0
                    while not stop.is_set():
                        count = self.sync_client(client, engine, on_stored)
                        if on_synced:
                            on_synced(count)
                        if count:
                            on_batch()
                        self._wait_for_mail(client, stop)
            except MailAuthError:
                raise  # a refused password stays refused: the caller stops and says so
            except (MailConnectionError, OSError, IMAPClient.Error, IMAPClient.AbortError) as exc:
                delay = min(backoff, MAX_BACKOFF_SECONDS) * random.uniform(0.8, 1.2)
                log.warning("IMAP connection lost (%s); reconnecting in %.0f s", _describe_loss(exc), delay)
                stop.wait(delay)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    def _wait_for_mail(self, client: IMAPClient, stop: threading.Event) -> None:
        """Block until the server announces mail, the IDLE window ends, or `stop` is set."""
        if b"IDLE" not in client.capabilities():
            stop.wait(self.settings.imap_poll_seconds)
            return
        window = max(1, min(self.settings.imap_idle_seconds, MAX_IDLE_SECONDS))
        folder = self.settings.imap_folders[0]
        info = client.select_folder(folder, readonly=True)
        if int(info.get(b"UIDNEXT", 0)) > self._uidnext_synced.get(folder, 0):
            # mail arrived between the sync's SELECT and this one: IDLE would not announce it (this SELECT already
            # counted it), so it would wait for the next window; read it now
            return
        client.idle()
        deadline = time.monotonic() + window
        early_empty = 0
        while not stop.is_set() and time.monotonic() < deadline:
            wait = min(1.0, max(0.1, deadline - time.monotonic()))
            started = time.monotonic()
            responses = client.idle_check(timeout=wait)
            if any(r and r[0] == b"BYE" for r in responses):
                raise IMAPClient.AbortError(f"the server ended the session during IDLE: {_text(responses)}")
            if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                break
            # imapclient swallows EOF during IDLE and returns [] at once, again and again: a socket
            # that keeps waking us with nothing to read is closed (a server killed without a BYE).
            early_empty = early_empty + 1 if not responses and time.monotonic() - started < wait / 2 else 0
            if early_empty >= 3:
                raise IMAPClient.AbortError("the server closed the connection during IDLE")
        client.idle_done()


def _describe_loss(exc: BaseException) -> str:
    """One wording for a server that went away, whichever command it happened to interrupt (a sync's
    EXAMINE and an IDLE report the same event differently)."""
    text = str(exc)
    closed = isinstance(exc, (ConnectionResetError, BrokenPipeError, EOFError)) or "EOF" in text
    return f"the server closed the connection: {text}" if closed and "closed the connection" not in text else text


def _text(responses: list[tuple]) -> str:
    return " ".join(part.decode(errors="replace") if isinstance(part, bytes) else str(part) for r in responses for part in r)[:200]


def mark_handled(settings: MailConfig, row: InboundMessage, client: IMAPClient | None = None) -> bool:
    """After processing: tag the message with settings.imap_handled_keyword and/or move it to
    settings.imap_move_handled_to. Returns False when neither is configured or it is gone."""
    keyword = settings.imap_handled_keyword
    target = settings.imap_move_handled_to
    if not (keyword or target) or not row.mailbox.startswith("imap:"):
        return False
    own = client is None
    client = client or open_imap(settings)
    try:
        info = client.select_folder(folder_of(row.mailbox))
        uids = [row.uid] if int(info[b"UIDVALIDITY"]) == row.uidvalidity else []
        if not uids or not client.search(["UID", str(row.uid)]):
            uids = client.search(["HEADER", "Message-ID", row.message_id])
        if not uids:
            return False
        if keyword:
            client.add_flags(uids, [keyword.encode()])
        if target:
            if client.has_capability("MOVE"):
                client.move(uids, target)
            else:
                client.copy(uids, target)
                client.delete_messages(uids)
                client.uid_expunge(uids) if client.has_capability("UIDPLUS") else client.expunge()
        return True
    finally:
        if own:
            try:
                client.logout()
            except Exception:  # noqa: BLE001
                pass


class HandledMarker:
    """One IMAP connection per worker for tagging or moving processed mail, reopened once when it
    has dropped, instead of a login per message (servers throttle and alert on login storms)."""

    def __init__(self, settings: MailConfig, connect: Callable[[MailConfig], IMAPClient] = open_imap):
        self.settings = settings
        self._connect = connect
        self._client: IMAPClient | None = None

    def mark(self, row: InboundMessage) -> bool:
        for attempt in (1, 2):
            if self._client is None:
                self._client = self._connect(self.settings)
            try:
                return mark_handled(self.settings, row, self._client)
            except (IMAPClient.Error, IMAPClient.AbortError, OSError):
                self.close()  # a stale connection (server restart, idle timeout): one fresh try
                if attempt == 2:
                    raise
        return False

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.logout()
            except Exception:  # noqa: BLE001 - already gone
                pass
            self._client = None
