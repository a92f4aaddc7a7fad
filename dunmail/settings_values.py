"""Reading the settings operators type by hand, leniently where the intent is unambiguous.

Hosting providers hand out `postgres://` URLs, people write `INBOX,Support` rather than JSON, and a
trailing space in `DUNMAIL_MODEL="offline "` is a typo, not a new model. These helpers accept
those and refuse the rest with a message that says what would be accepted (never echoing a URL,
which may carry a password).
"""

from __future__ import annotations

import json
import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

POSTGRES_DRIVER = "postgresql+psycopg"  # the driver dunmail installs (psycopg 3)
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")
DATABASE_URL_EXAMPLE = "expected postgresql://user:password@host:5432/dbname or sqlite:////path/to/dunmail.db"


def normalise_database_url(value: object) -> object:
    """DATABASE_URL as SQLAlchemy needs it: `postgres://` and `postgresql://` become
    `postgresql+psycopg://`; anything but PostgreSQL or SQLite, or an unparsable URL, is refused."""
    if not isinstance(value, str):
        return value
    url = value.strip()
    if not url:
        return None  # unset: SQLite in the data directory
    match = _SCHEME.match(url)
    if match is None:
        raise ValueError(f"is not a database URL: {DATABASE_URL_EXAMPLE}")
    scheme = match["scheme"].lower()
    backend, _, driver = scheme.partition("+")
    if backend in ("postgres", "postgresql"):
        if driver not in ("", "psycopg"):
            raise ValueError(f"names the PostgreSQL driver {driver!r}, which dunmail does not install: use postgresql://")
        url = POSTGRES_DRIVER + url[match.end("scheme"):]
    elif backend != "sqlite":
        raise ValueError(f"names the database {backend!r}, but dunmail runs on PostgreSQL or SQLite: {DATABASE_URL_EXAMPLE}")
    try:
        parsed = make_url(url)
        _ = parsed.port  # a non-numeric port fails here, not at the first connection
    except (ArgumentError, ValueError):
        raise ValueError(f"could not be parsed as a URL: {DATABASE_URL_EXAMPLE}") from None
    return url


def folder_list(value: object) -> object:
    """DUNMAIL_IMAP_FOLDERS as a list: a JSON array (`["INBOX", "Support"]`) or a plain
    comma-separated list (`INBOX,Support`); a folder whose name has a comma needs the JSON form."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            folders = json.loads(text)
        except json.JSONDecodeError:
            raise ValueError('starts like a JSON list but is not one: write ["INBOX", "Support"] or INBOX,Support') from None
        if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
            raise ValueError('must list folder names: write ["INBOX", "Support"] or INBOX,Support')
    else:
        folders = text.split(",")
    names = [f.strip() for f in folders if f.strip()]
    if not names:
        raise ValueError("names no folder: write INBOX, or INBOX,Support for several")
    return names


def choice(value: object) -> object:
    """A choice setting (`offline`, `imap`, `starttls`...) without stray whitespace or capitals;
    an empty value means "not set" so the default applies."""
    if not isinstance(value, str):
        return value
    return value.strip().lower() or None
