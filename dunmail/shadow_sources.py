"""Reading a mailbox's history for shadow mode, strictly read-only.

IMAP folders are opened with EXAMINE (a read-only SELECT) and fetched with BODY.PEEK[], so no flag
changes, \\Seen included. Maildir folders and mbox exports are only opened and read: nothing is
moved from new/ to cur/, nothing is locked or rewritten. Each source yields messages one at a time,
in a stable order, each with a position (`key`) a later run can resume after.
"""

from __future__ import annotations

import glob
import mailbox
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Literal, Protocol

from dunmail.settings import Settings
from inbox.header_memo import POLICY, header_str, unfolded

MESSAGE_ID = re.compile(r"<[^<>\s]+>")  # as inbox.parse reads them, so both sides of a match agree
FETCH_BATCH = 100  # UIDs per FETCH: few round trips, and never the whole folder in memory
SourceKind = Literal["imap", "maildir", "mbox"]


class ShadowSourceError(Exception):
    """The mailbox to replay cannot be read; the message says which one and why."""


@dataclass(frozen=True)
class SourceMessage:
    key: str  # where it sits in its source; the resume point once it is done
    raw: bytes


class MailHistory(Protocol):
    """A read-only, ordered, resumable view of one folder's messages."""

    description: str

    def messages(self, since: date | None, after: str | None) -> Iterator[SourceMessage]: ...


@dataclass(frozen=True)
class HeaderFields:
    """The few headers shadow mode needs before the real parser runs: identity, time and thread."""

    message_id: str
    sent_at: datetime | None
    references: list[str]  # In-Reply-To and References, oldest first
    from_addr: str
    subject: str


def header_fields(raw: bytes) -> HeaderFields:
    """Headers only, leniently: a message with broken headers still gets replayed (the parser decides)."""
    try:
        # The parser's policy (header classes built once) and plain headers read without the registry (issue 17):
        # the same strings as `str(msg.get(name) or "")` under the default policy.
        msg = BytesParser(policy=POLICY).parsebytes(raw, headersonly=True)
        message_id = header_str(msg, "Message-ID").strip()
        refs = MESSAGE_ID.findall(header_str(msg, "References")) + MESSAGE_ID.findall(header_str(msg, "In-Reply-To"))
        from_addr, subject = header_str(msg, "From"), header_str(msg, "Subject")
        sent_at = _sent_at(msg)
    except Exception:  # noqa: BLE001 - unreadable headers: nothing to index, the parser will quarantine
        return HeaderFields("", None, [], "", "")
    return HeaderFields(message_id, sent_at, list(dict.fromkeys(refs)), from_addr[:300], subject[:500])


def _sent_at(msg: EmailMessage) -> datetime | None:
    """The Date header's time. An ASCII value the standard parser reads is read directly: the registry would parse it the
    same way and print it back (`format_datetime`), and that text parses to the same time. Anything else is read as
    the registry prints it, as before (issue 17)."""
    raw = next((v for k, v in msg.raw_items() if k.lower() == "date"), None)
    if isinstance(raw, str) and raw.isascii():
        try:
            parsed = parsedate_to_datetime(unfolded(raw))
        except Exception:  # noqa: BLE001, S110 - the registry's way decides what such a value means
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return _date_of(header_str(msg, "Date"))


def _date_of(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def sent_since(raw: bytes, since: date | None) -> bool:
    """Whether a file-based message falls in the replayed window; an undated one is kept (we cannot tell)."""
    if since is None:
        return True
    sent_at = header_fields(raw).sent_at
    return sent_at is None or sent_at.date() >= since


class ImapHistory:
    """One IMAP folder, examined read-only. Keys are `UIDVALIDITY:UID`; a changed UIDVALIDITY is refused (`_resume_uid`)."""

    def __init__(self, settings: Settings, folder: str):
        self.settings = settings
        self.folder = folder
        self.description = f"imap:{settings.imap_username}@{settings.imap_host}/{folder}"

    def messages(self, since: date | None, after: str | None) -> Iterator[SourceMessage]:
        from adapters.mail.connect import open_imap

        client = open_imap(self.settings)
        try:
            try:
                info = client.select_folder(self.folder, readonly=True)  # EXAMINE: the server keeps every flag as it is
            except client.Error as exc:
                raise ShadowSourceError(f"cannot open IMAP folder {self.folder!r} on {self.settings.imap_host}: {exc}") from exc
            uidvalidity = int(info[b"UIDVALIDITY"])
            last_uid = _resume_uid(after, uidvalidity, self.folder)
            criteria: list[object] = ["UID", f"{last_uid + 1}:*"]
            if since is not None:
                criteria += ["SINCE", since]
            uids = sorted(u for u in client.search(criteria) if u > last_uid)  # `n:*` always matches the highest UID
            for start in range(0, len(uids), FETCH_BATCH):
                batch = uids[start : start + FETCH_BATCH]
                fetched = client.fetch(batch, ["BODY.PEEK[]"])
                for uid in batch:
                    raw = fetched.get(uid, {}).get(b"BODY[]")
                    if raw is not None:  # None: expunged since the SEARCH
                        yield SourceMessage(f"{uidvalidity}:{uid}", raw)
        finally:
            try:
                client.logout()
            except Exception:  # noqa: BLE001 - the connection may already be gone
                pass


def _resume_uid(after: str | None, uidvalidity: int, folder: str) -> int:
    """The last UID done, or a refusal when the folder's UIDs were renumbered since (a new UIDVALIDITY:
    the folder was recreated or restored): its messages would all come again with new UIDs and be
    counted twice next to the rows already written."""
    if not after:
        return 0
    validity, _, uid = after.partition(":")
    if validity != str(uidvalidity) or not uid.isdigit():
        raise ShadowSourceError(f"IMAP folder {folder!r} was renumbered since this run began (UIDVALIDITY {validity}, now {uidvalidity}): "
                                "continuing would replay its messages a second time; rerun with --restart to start over")
    return int(uid)


class MaildirHistory:
    """A Maildir folder (cur/ and new/), read file by file in name order; nothing is moved or flagged.

    A message's key is its unique name, the part before the ":2,FLAGS" info: a mail client that reads
    a message moves it from new/ to cur/ and appends flags, and it is still the same message (a
    resumed run must neither replay it nor skip it)."""

    def __init__(self, path: Path):
        self.path = path
        self.description = f"maildir:{path.resolve()}"

    def messages(self, since: date | None, after: str | None) -> Iterator[SourceMessage]:
        if not (self.path / "cur").is_dir() and not (self.path / "new").is_dir():
            raise ShadowSourceError(f"{self.path} is not a Maildir (no cur/ or new/ inside)")
        after = maildir_unique(after) if after is not None else None  # a state written before keys dropped the flags
        # Names only (one short string per message): a Maildir's names start with the delivery time.
        names = sorted((maildir_unique(entry.name), sub, entry.name) for sub in ("cur", "new") if (self.path / sub).is_dir()
                       for entry in os.scandir(self.path / sub) if entry.is_file() and not entry.name.startswith("."))
        previous = None
        for unique, sub, name in names:
            if unique == previous or (after is not None and unique <= after):
                continue  # listed in both new/ and cur/ while a client moved it: one message, read once
            previous = unique
            raw = self._read(sub, name, unique)
            if raw is not None and sent_since(raw, since):
                yield SourceMessage(unique, raw)

    def _read(self, sub: str, name: str, unique: str) -> bytes | None:
        """The message's bytes, found again if a mail client moved or flagged it since the listing."""
        try:
            return (self.path / sub / name).read_bytes()
        except OSError:
            pass
        for other in ("cur", "new"):
            folder = self.path / other
            for candidate in (folder.glob(f"{glob.escape(unique)}:*") if folder.is_dir() else ()):
                try:
                    return candidate.read_bytes()
                except OSError:
                    continue
            try:
                return (folder / unique).read_bytes()
            except OSError:
                continue
        return None  # deleted since the listing: there is nothing left to replay


def maildir_unique(name: str) -> str:
    """A Maildir file name without its info (":2,S"): what stays the same when a client flags or moves it."""
    return name.split(":", 1)[0]


class MboxHistory:
    """An mbox export, read in file order; keys are message positions (0, 1, ...)."""

    def __init__(self, path: Path):
        self.path = path
        self.description = f"mbox:{path.resolve()}"

    def messages(self, since: date | None, after: str | None) -> Iterator[SourceMessage]:
        if not self.path.is_file():
            raise ShadowSourceError(f"{self.path} is not an mbox file")
        box = mailbox.mbox(str(self.path), create=False)  # never locked or flushed: read only
        try:
            start = int(after) + 1 if after is not None else 0
            for position, key in enumerate(box.iterkeys()):
                if position < start:
                    continue
                raw = box.get_bytes(key)
                if sent_since(raw, since):
                    yield SourceMessage(str(position), raw)
        finally:
            box.close()


def open_history(kind: SourceKind, where: str | Path, settings: Settings) -> MailHistory:
    """The read-only history of one folder: an IMAP folder name, or a Maildir or mbox path."""
    if kind == "imap":
        return ImapHistory(settings, str(where))
    if kind == "maildir":
        return MaildirHistory(Path(where))
    if kind == "mbox":
        return MboxHistory(Path(where))
    raise ShadowSourceError(f"unknown source {kind!r}: use imap, maildir or mbox")
