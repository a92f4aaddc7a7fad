"""Each header of a parsed message read through the header registry once, not once per question.

With the modern policy, `Message.get` builds a fresh header object on every call: the registry
re-parses the raw value each time (for Content-Type, several times per part: the feed parser's
own questions while it splits the parts, then the content type, its charset, the disposition and
the attachment's name). The parser asks dozens of such questions per message, and re-parsing the
same values was most of its cost (issue 17).

`MemoMessage` remembers what `get` returned for as long as the message's header list is what it
was when the answer was built (compared element by element, which is by identity while nothing
changed): a header set, replaced or deleted by any of `Message`'s many ways starts over. The
answer depends on nothing else but the policy, so it is the same object the registry would build
again. A read the registry refuses (hostile values) is not remembered and raises again.
"""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import AddressHeader, HeaderRegistry, MessageIDHeader, UnstructuredHeader
from email.message import EmailMessage
from typing import Any

_UNKNOWN = object()  # not asked yet
_ABSENT = object()  # asked: the message has no such header


class MemoMessage(EmailMessage):
    """An EmailMessage whose header reads are remembered while its headers stay the same."""

    _memo: dict[str, Any] | None = None
    _memo_of: list[tuple[str, Any]] | None = None
    _memo_policy: Any = None
    _first_raw: dict[str, Any] | None = None
    _first_raw_of: list[tuple[str, Any]] | None = None

    def get(self, name: str, failobj: Any = None) -> Any:
        headers = self._headers
        if self._memo is None or self._memo_policy is not self.policy or self._memo_of != headers:
            self._memo, self._memo_of, self._memo_policy = {}, list(headers), self.policy
        memo = self._memo
        key = name.lower()
        value = memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            value = memo[key] = super().get(name, _ABSENT)
        return failobj if value is _ABSENT else value

    def first_raw(self, name: str) -> str | None:
        """The first raw value of a header (`raw_items()`'s first by lowercased name), or None.

        The parser asks this for ~30 names a message (its kept headers, Date, Subject, From...); each ask walked
        every header, lowercasing each name (~0.05 ms a message, issue 17). The index of first values is built
        once and kept, like `get`'s answers, while the header list is what it was."""
        headers = self._headers
        index = self._first_raw
        if index is None or self._first_raw_of != headers:
            index = {}
            for key, value in headers:
                index.setdefault(key.lower(), value)
            self._first_raw, self._first_raw_of = index, list(headers)
        return index.get(name.lower())


class ClassOnceRegistry(HeaderRegistry):
    """The standard header registry, with each header class built once instead of on every header read.

    `HeaderRegistry.__getitem__` creates a new class (`type(...)`) for every header object it builds:
    about a fifth of reading a header, and a message reads a dozen (issue 17). The class depends only
    on the registered kind (address, date, unstructured...), so it is kept per kind, not per header
    name (hostile mail can carry any number of names); the objects built are the same values of the
    same-named classes. A kind registered later (`map_to_type`) starts the cache over.

    The MIME headers of the parts (`_SHARED`) are also built once per value: nearly every text part says
    'text/plain; charset="utf-8"' and "quoted-printable", and a fresh header object for each part was most of
    the registry's work (issue 17: 7 distinct Content-Type values without a boundary among 300 reads over the
    test split's 250 replies). A header object is a str that no one changes (its parameters are read through a
    read-only mapping, its defects are a tuple, a parsed message keeps raw strings, not these objects), and it
    depends only on the name and value it was built from, so the same object can be handed out for the same
    (name, value). A multipart's Content-Type (its boundary is unique to the message) is not kept, and the kept
    ones are bounded (`_SHARED_MAX`, then started over): hostile mail cannot grow them. A value the registry
    refuses is not kept and raises again."""

    _SHARED = frozenset({"content-type", "content-transfer-encoding", "content-disposition"})
    _SHARED_MAX = 512

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._classes: dict[type, type] = {}
        self._built: dict[tuple[str, str], Any] = {}

    def map_to_type(self, name: str, cls: type) -> None:
        super().map_to_type(name, cls)
        self._classes = {}
        self._built = {}

    def __call__(self, name: str, value: Any) -> Any:
        if name.lower() not in self._SHARED or not isinstance(value, str) or "boundary" in value.lower():
            return super().__call__(name, value)
        key = (name, value)
        built = self._built.get(key)
        if built is None:
            built = super().__call__(name, value)
            if len(self._built) >= self._SHARED_MAX:
                self._built = {}
            self._built[key] = built
        return built

    def __getitem__(self, name: str) -> type:
        kind = self.registry.get(name.lower(), self.default_class)
        built = self._classes.get(kind)
        if built is None:
            built = self._classes[kind] = type("_" + kind.__name__, (kind, self.base_class), {})
        return built


# The modern policy, building MemoMessage parts (nested messages and DSN blocks included), its header classes once.
POLICY = policy.default.clone(message_factory=MemoMessage, header_factory=ClassOnceRegistry())


_LINESEP = re.compile(r"\n|\r")  # what the policy removes from a raw value before the registry reads it


# Address lists and message ids in their plainest form (ASCII atoms, one space between words, ", " between
# addresses, nothing else): the registry's value of such a header is the raw value itself, so it is read without
# building the header object, the costliest part of parsing a message (issue 17). Anything else (comments, quotes,
# encoded words, groups, odd spacing) goes through the registry; tests/inbox/test_header_text.py and
# test_header_memo.py compare both on generated values and on every such header of the shared corpora.
_ATOMS = r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*"
_MAILBOX = rf"(?:[A-Za-z0-9]+(?: [A-Za-z0-9]+)* <{_ATOMS}@{_ATOMS}>|{_ATOMS}@{_ATOMS})"
_PLAIN_ADDRESSES = re.compile(rf"{_MAILBOX}(?:, {_MAILBOX})*")
PLAIN_FORMS = {"from": _PLAIN_ADDRESSES, "to": _PLAIN_ADDRESSES, "cc": _PLAIN_ADDRESSES, "reply-to": _PLAIN_ADDRESSES,
               "message-id": re.compile(rf"[ \t]*<{_ATOMS}@{_ATOMS}>[ \t]*")}  # blanks around: a long id folded onto its own line


# One mailbox of such a list: a name of letter-and-digit words and its address, or a bare address.
_PLAIN_MAILBOX = re.compile(rf"([A-Za-z0-9]+(?: [A-Za-z0-9]+)*) <({_ATOMS}@{_ATOMS})>|({_ATOMS}@{_ATOMS})")


def plain_address_pairs(value: str) -> list[tuple[str, str]] | None:
    """`email.utils.getaddresses([value])` for an address list in its plainest form (`PLAIN_FORMS["to"]`), read
    with one regex; None for any other value (the caller asks getaddresses or parseaddr, whose first pair this
    list's first is). Why: the stdlib's address parser costs ~20 us a header in Python, and a reply has From
    and To read at arrival, in parsing and by the checks (issue 17). The same pairs: atoms joined by single
    spaces are the name, the address is its atoms as written (tests/inbox/test_header_memo.py compares them)."""
    if not _PLAIN_ADDRESSES.fullmatch(value):
        return None
    return [(m.group(1), m.group(2)) if m.group(2) is not None else ("", m.group(3)) for m in _PLAIN_MAILBOX.finditer(value)]


def unfolded(raw: str) -> str:
    """A raw header value as the policy hands it to the registry: every line break removed."""
    return "".join(_LINESEP.split(raw))


def header_str(msg: EmailMessage, name: str) -> str:
    """`str(msg.get(name) or "")`: the registry's value of the first such header, "" when there is none.

    An unstructured header (Subject, References, In-Reply-To, any X- header) whose value is plain ASCII
    without encoded words is returned as its raw value with the line breaks removed, without building the
    header object: the registry's parser (`get_unstructured`) keeps every character of such a value, so it
    is the same string (tests/inbox/test_header_memo.py). So is an address list or message id in `PLAIN_FORMS`.
    Anything else is read through the registry."""
    wanted = name.lower()
    factory = msg.policy.header_factory
    kind = factory.registry.get(wanted, factory.default_class) if isinstance(factory, HeaderRegistry) else None
    plain = PLAIN_FORMS.get(wanted) if kind is not None and issubclass(kind, (AddressHeader, MessageIDHeader)) else None
    if plain is not None or (kind is not None and issubclass(kind, UnstructuredHeader)):
        for key, raw in msg.raw_items():
            if key.lower() == wanted:
                if isinstance(raw, str) and raw.isascii() and (plain.fullmatch(unfolded(raw)) if plain is not None else "=?" not in raw):
                    return unfolded(raw)
                break
        else:
            return ""
    return str(msg.get(name) or "")
