"""The domain of an email address, worked out one way everywhere.

Threading, the ERP lookups, the sender checks and the connectors all ask "which domain is this
address on?"; if each trimmed and lower-cased its own way, a contact written `<ap@Acme.example>`
would belong to a customer in one place and not in the other.
"""

from __future__ import annotations


def domain_of(email: str) -> str:
    """The part after the last "@", lower-case, without surrounding spaces or angle brackets; "" when there is no "@"."""
    return email.rsplit("@", 1)[-1].lower().strip().strip(">").strip() if "@" in email else ""
