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

from email import policy
from email.message import EmailMessage
from typing import Any

_UNKNOWN = object()  # not asked yet
_ABSENT = object()  # asked: the message has no such header


class MemoMessage(EmailMessage):
    """An EmailMessage whose header reads are remembered while its headers stay the same."""

    _memo: dict[str, Any] | None = None
    _memo_of: list[tuple[str, Any]] | None = None
    _memo_policy: Any = None

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


# The modern policy, building MemoMessage parts (nested messages and DSN blocks included).
POLICY = policy.default.clone(message_factory=MemoMessage)
