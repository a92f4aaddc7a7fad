"""Subject lines: the "Re:", "AW:", "TR:" … a reply puts in front of the subject it answers.

Why: a subject inherited with "Re:" is our own words, not the customer's; what is left after the prefix is what
a terse reply may have added ("RE: Reminder – paying Thursday").
"""

from __future__ import annotations

import re

REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rv|sv|antw|res|enc|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def is_a_reply_subject(subject: str) -> bool:
    """The subject starts with a reply or forward prefix."""
    return bool(REPLY_PREFIX.match(subject or ""))


def without_reply_prefix(subject: str) -> str:
    """The subject with its reply and forward prefixes taken off."""
    return REPLY_PREFIX.sub("", subject or "")
