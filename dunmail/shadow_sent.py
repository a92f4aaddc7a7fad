"""What we actually sent, indexed on disk for shadow mode: our own messages from the Sent folder.

Two questions are asked per customer reply: which of our messages it answers (its text tells the
agent which invoices were meant, as `our_last_message` does in production), and what the
collector actually wrote back to it (matched by In-Reply-To/References), so the report can set the
draft beside it. The index is a small SQLite file in the report folder, not dunmail's database,
so memory stays flat however large the Sent folder is, and a resumed run reuses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dunmail.shadow_sources import MailHistory
from inbox.parse import UnparseableMessage, parse_message

SCHEMA = """
CREATE TABLE IF NOT EXISTS sent (message_id TEXT PRIMARY KEY, sent_at TEXT, to_addrs TEXT, subject TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS sent_ref (ref TEXT NOT NULL, message_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sent_ref_by_ref ON sent_ref (ref);
CREATE TABLE IF NOT EXISTS built (source TEXT PRIMARY KEY, messages INTEGER);
"""


@dataclass(frozen=True)
class SentMail:
    message_id: str
    sent_at: datetime | None
    to: list[str]
    subject: str
    text: str  # what the collector wrote: the visible text, quoted history removed


class SentIndex:
    """Our sent mail by Message-ID and by the messages each one replied to."""

    def __init__(self, path: Path):
        self.path = path
        self._db = sqlite3.connect(str(path))
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def built_from(self, source: str) -> int | None:
        row = self._db.execute("SELECT messages FROM built WHERE source = ?", (source,)).fetchone()
        return None if row is None else int(row[0])

    def build(self, history: MailHistory, since: date | None = None, on_message: Callable[[], None] | None = None) -> int:
        """Index every message of a Sent folder once (a rerun reuses a finished index); returns how many."""
        done = self.built_from(history.description)
        if done is not None:
            return done
        count = 0
        for message in history.messages(since, None):
            self.add(message.raw)
            count += 1
            if on_message:
                on_message()
            if count % 500 == 0:
                self._db.commit()
        self._db.execute("INSERT OR REPLACE INTO built VALUES (?, ?)", (history.description, count))
        self._db.commit()
        return count

    def add(self, raw: bytes) -> None:
        """Index one of our sent messages; one the parser refuses is left out (it cannot be compared)."""
        try:
            parsed = parse_message(raw)
        except UnparseableMessage:
            return
        refs = list(dict.fromkeys(parsed.references + ([parsed.in_reply_to] if parsed.in_reply_to else [])))
        self._db.execute("INSERT OR REPLACE INTO sent VALUES (?, ?, ?, ?, ?)",
                         (parsed.message_id, parsed.date.isoformat() if parsed.date else None, ",".join(parsed.to), parsed.subject[:500],
                          (parsed.visible_text or parsed.text)[:20000]))
        self._db.executemany("INSERT INTO sent_ref VALUES (?, ?)", [(ref, parsed.message_id) for ref in refs])

    def ours(self, references: list[str]) -> SentMail | None:
        """The latest of our messages among a reply's references: the one it answers."""
        found = [m for m in (self._get(ref) for ref in references) if m is not None]
        return max(found, key=lambda m: m.sent_at.timestamp() if m.sent_at else 0.0) if found else None

    def answer_to(self, message_id: str, not_before: datetime | None) -> SentMail | None:
        """What we actually sent in reply to this message: the first of our messages that cites it."""
        if not message_id:
            return None
        ids = [row[0] for row in self._db.execute("SELECT message_id FROM sent_ref WHERE ref = ?", (message_id,))]
        found = [m for m in (self._get(i) for i in ids) if m is not None]
        if not_before is not None:
            found = [m for m in found if m.sent_at is None or m.sent_at >= not_before] or found
        return min(found, key=lambda m: m.sent_at.timestamp() if m.sent_at else 0.0) if found else None

    def _get(self, message_id: str) -> SentMail | None:
        row = self._db.execute("SELECT message_id, sent_at, to_addrs, subject, text FROM sent WHERE message_id = ?", (message_id,)).fetchone()
        if row is None:
            return None
        return SentMail(row[0], datetime.fromisoformat(row[1]) if row[1] else None, [a for a in row[2].split(",") if a], row[3], row[4])
