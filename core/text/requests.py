"""Words of a customer who needs something from us before anything else happens, in the six languages (folded text).

Why: "For your supplier registration we need the form filled in and a bank letter" may be read as a payment
(it names a bank), and a payment found in the books would then be confirmed alone. A reply that says it needs
something of us asks for a person's answer whatever else it says. Narrower than "please": "please find the
remittance attached" asks nothing of us.
"""

from __future__ import annotations

import re

_NEEDS = re.compile(
    r"\b(?:we\s+(?:still\s+)?(?:need|require)|i\s+(?:still\s+)?need|we(?:'ll|\s+will)\s+need|you\s+(?:need|have)\s+to\s+(?:send|provide|complete|fill)"
    r"|(?:wir\s+)?(?:benotigen|brauchen)\s+(?:wir\s+)?(?:noch\s+)?|ich\s+brauche|mussen\s+sie\s+(?:uns|noch)"
    r"|(?:nous\s+)?avons\s+besoin|il\s+nous\s+faut|j'ai\s+besoin|merci\s+de\s+nous\s+(?:envoyer|faire\s+parvenir|transmettre|fournir)"
    r"|necesitamos|necesito|nos\s+hace\s+falta|requerimos"
    r"|hebben\s+(?:we|wij|ik)\s+(?:\w+\s+){0,6}nodig|(?:we|wij|ik)\s+hebben\s+(?:\w+\s+){0,6}nodig"
    r"|precisamos|preciso\s+d[eao]|necessitamos)")


def needs_from_us(folded: str) -> str | None:
    """The first words of a folded text saying the writer needs something from us, or None."""
    m = _NEEDS.search(folded)
    return m.group(0).strip() if m else None


# A confirmation of the balance for the customer's auditors ("Saldenbestätigung zum 31.12.", "audit confirmation",
# "saldobevestiging per 31 maart"): a document a person signs for someone outside, whatever copies come with it.
_AUDIT_CONFIRMATION = re.compile(r"\b(?:saldenbestatigung|saldobestatigung|(?:audit|auditor'?s?)\s+(?:balance\s+)?confirmation|balance\s+confirmation"
                                 r"|confirmation\s+(?:de\s+|du\s+)?solde|circularisation|circularization|confirmacion\s+de\s+saldos?"
                                 r"|saldobevestiging|confirmacao\s+de\s+saldos?)\b")


def asks_for_an_audit_confirmation(folded: str) -> bool:
    """Whether a folded text asks us to confirm its balance, usually for its auditors."""
    return bool(_AUDIT_CONFIRMATION.search(folded))
