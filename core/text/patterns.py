"""E-mail addresses and URLs in free text, as regular-expression sources.

Sources rather than compiled patterns, so each caller compiles them with its own engine and flags
(the inbound guardrails use a linear-time engine; the fact check the standard `re`). Used wherever
text is scanned for an address or a link: the inbound manipulation patterns, the sender check of a
display name, the drafts' fact check (addresses and links are not facts to check).

Three address patterns differ on purpose and stay where they are: `agent/extract.py` takes a new
billing contact only when it is a usable ASCII address with a real top-level domain;
`inbox/bounces.py` admits "=" for VERP-encoded recipients in delivery reports; `guardrails/links.py`
captures the host name (labels) of every address and any URL scheme, to check where a draft points.
"""

from __future__ import annotations

# name@domain.tld, with the apostrophes and plus signs real addresses carry ("o'neil+ar@x.example").
EMAIL_ADDRESS = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
# A link as a reader sees one: with a scheme, or starting with www.; ends at space, quote or bracket.
URL = r"\b(?:https?://|www\.)[^\s<>\"')]+"
EMAIL_OR_URL = rf"{EMAIL_ADDRESS}|{URL}"
