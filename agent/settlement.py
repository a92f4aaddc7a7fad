"""Offers to settle a debt for less: the reply's words that make a payment a full and final settlement.

In many jurisdictions a creditor who accepts, or merely acknowledges, a payment offered "in full and
final settlement" may lose the rest of the claim (accord and satisfaction; "pour solde de tout
compte"). Settling for less is a write-off, and write-offs are a person's decision, so such a reply
never gets a drafted acknowledgement: it goes to the account's owner with the words quoted.

The phrases are the fixed formulas AP departments and lawyers use in six languages; ordinary
"payment in full on Friday" is a promise, not an offer, and is left alone.
"""

from __future__ import annotations

import re

from guardrails.literal_screen import screened

SETTLEMENT_WORDS = screened(re.compile(
    r"\b(?:in\s+)?full\s+and\s+final\s+(?:settlement|satisfaction|payment)\b|\bin\s+full\s+(?:settlement|satisfaction)\b"
    r"|\bfinal\s+settlement\s+of\s+(?:the|this|your|our|all|any)\b|\baccord\s+and\s+satisfaction\b|\bsettlement\s+(?:offer|proposal)\b"
    r"|\boffer\s+to\s+settle\b|\bsettle\s+(?:the|this|our|your)\s+(?:account|matter|balance|claim|debt)\s+for\b"
    r"|\bzur\s+(?:vollständigen\s+und\s+)?endgültigen\s+(?:erledigung|abgeltung|begleichung)\b|\bzur\s+abgeltung\s+(?:aller|sämtlicher)\b"
    r"|\bvergleichs(?:angebot|vorschlag|weise)\b"
    r"|\bpour\s+solde\s+de\s+tout\s+compte\b|\brèglement\s+(?:définitif|transactionnel|forfaitaire)\b|\b(?:à\s+titre|proposition)\s+transactionnel(?:le)?\b"
    r"|\bfiniquito\b|\bliquidación\s+(?:total\s+y\s+)?definitiva\b|\bpago\s+(?:total\s+y\s+(?:definitivo|final)|único\s+y\s+(?:definitivo|final))\b"
    r"|\bpropuesta\s+de\s+(?:acuerdo|transacción)\b"
    r"|\bter\s+(?:volledige\s+en\s+)?finale\s+(?:kwijting|afwikkeling|afdoening)\b|\bfinale\s+kwijting\b|\bschikkingsvoorstel\b|\bter\s+volledige\s+afdoening\b"
    r"|\b(?:plena\s+e\s+geral\s+)?quitação\s+(?:total|integral|definitiva|plena)\b|\bliquidação\s+total\s+e\s+definitiva\b|\bproposta\s+de\s+acordo\b",
    re.IGNORECASE,
))


def settlement_words(text: str) -> str | None:
    """The words in `text` that offer a payment as a full and final settlement, or None."""
    found = SETTLEMENT_WORDS.search(text)
    return found.group(0) if found else None
