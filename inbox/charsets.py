"""Bytes → text for mail parts whose declared charset is missing, unknown or wrong."""

from __future__ import annotations

import codecs

# Labels seen in the wild that Python does not know, or knows as a narrower charset than the
# senders really used (Windows clients label cp1252 text as iso-8859-1, Korean Outlook uses
# ks_c_5601-1987 for cp949, and gb2312 mail usually contains gbk/gb18030 characters).
ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
}
UNKNOWN_LABELS = {"", "unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default", "charset"}


def python_codec(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None when the label is useless."""
    name = (label or "").strip().strip('"').strip("'").lower()
    if name in UNKNOWN_LABELS:
        return None
    name = ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode with the declared charset when it fits, else UTF-8, else cp1252, else lossy.

    Returns the text and a defect note when the declaration was missing, unknown or wrong.
    """
    codec = python_codec(declared)
    if codec:
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("utf-8")
        note = None if codec is None and not (declared or "").strip() else f"charset {declared!r} mislabelled: read as utf-8"
        return text, note
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), f"charset {declared!r} mislabelled: read as cp1252"
    except UnicodeDecodeError:
        return data.decode(codec or "utf-8", errors="replace"), f"charset {declared!r}: undecodable bytes replaced"


def clean_str(value: str) -> str:
    """Strip lone surrogates (undeclared 8-bit header bytes) so the text can be stored as UTF-8."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        raw = value.encode("utf-8", errors="surrogateescape")
        return decode_bytes(raw, None)[0].encode("utf-8", errors="replace").decode("utf-8", errors="replace")
