"""A payment reference named in a reply, in the six languages (folded text).

Why: "We instructed the payment on the 26th, ref. TSR-2611" is a payment said to be made, with its trail; a
reader that takes it for a promise would confirm a date and never look for the money. A promise that names a
payment reference is confirmed only by a person, who looks the payment up. An order's or PO's reference is no
payment trail and does not count.
"""

from __future__ import annotations

import re

_REFERENCE = re.compile(
    r"(?<!po\s)(?<!order\s)(?<!bestell\s)(?<!commande\s)(?<!pedido\s)(?<!bestelling\s)"
    r"\b(?:ref(?:erence|erenz|erencia|erentie|erencia)?|verwendungszweck|kenmerk|betalingskenmerk|transaction\s+(?:id|no)|utr|end-to-end(?:-id)?)"
    r"\.?\s*(?:no\.?|nr\.?|n[o°]\.?|#)?\s*[:#]?\s*(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]{3,}")


def payment_reference_named(folded: str) -> str | None:
    """The first payment reference ("ref. TSR-2611") in a folded text, or None."""
    m = _REFERENCE.search(folded)
    return m.group(0) if m else None
