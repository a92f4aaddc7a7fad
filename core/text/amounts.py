"""Amounts of money written in text: "1,234.56", "1.234,56", "1 234,56", "1'234.56", "EUR 500".

One reading for the reply parser (what a customer says they paid or will pay), the model's answer
check and the drafts' fact check, and one way of writing an amount in a customer's language.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# A number as people write money: digit groups of three with any separator, then one or two decimals.
# South Asian lakh grouping first ("4,12,500" is 412,500).
NUMBER = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,' \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_LAKH = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?")

CENT = Decimal("0.01")


def parse_number(raw: str, *, lenient: bool = False) -> Decimal | None:
    """A written number → its exact Decimal, in EN ("1,234.56") and EU ("1.234,56", "1 234,56") styles.

    With both "." and "," the last one is the decimal separator. A single separator followed by
    exactly three digits is a thousands separator ("1.500" = 1500); with one or two digits after it,
    it is the decimal separator.

    Garbled grouping ("1.234.56", "1 234'5678") is where the two callers differ, on purpose. By
    default it is refused (None): an amount a customer wrote must be certain before it becomes a
    fact. With `lenient` (the drafts' fact check) spaces and apostrophes are dropped and a separator
    counts as decimal only once, before one or two digits; otherwise the digits are read whole, so
    a garbled number is still checked against the records instead of slipping through unread.
    """
    if _LAKH.fullmatch(raw.strip()):
        return Decimal(raw.strip().replace(",", ""))  # "4,12,500" (South Asian grouping)
    if lenient:
        s = re.sub(r"[ '\u00a0\u202f]", "", raw.strip())
    else:
        s = raw.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("'", "")
        s = re.sub(r"(?<=\d) (?=\d{3}\b)", "", s)
        if not re.fullmatch(r"\d[\d.,]*", s):
            return None
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    if last_dot != -1 and last_comma != -1:
        dec = "." if last_dot > last_comma else ","
        thou = "," if dec == "." else "."
        s = s.replace(thou, "").replace(dec, ".")
    elif last_dot != -1 or last_comma != -1:
        sep = "." if last_dot != -1 else ","
        parts = s.split(sep)
        decimal = len(parts) == 2 and (len(parts[1]) in (1, 2) if lenient else len(parts[1]) != 3)
        if decimal:
            s = s.replace(sep, ".")
        elif not lenient and not all(len(p) == 3 for p in parts[1:]):
            return None
        else:
            s = s.replace(sep, "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_amount(raw: str) -> Decimal | None:
    """A written amount → Decimal in cents (see `parse_number`); None when it is not a clear amount."""
    value = parse_number(raw)
    return None if value is None else value.quantize(CENT)


def group_digits(amount: Decimal, language: str) -> str:
    """An amount with two decimals as the language writes it: en 1,234.56; de/es/nl/pt 1.234,56;
    fr 1 234,56. Any other language gets the English form."""
    text = f"{amount:,.2f}"
    if language in ("de", "es", "nl", "pt"):
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    if language == "fr":
        return text.replace(",", " ").replace(".", ",")
    return text


# A figure with nothing that makes it something else: not inside a word or a longer run of digits
# ("INV-2026-0711", "PO4411", "25th", "KW49"), not a date or time ("26/11", "3.12.", "10:30"), not a
# phone number or reference ("+44 20 7946", "#4471"), and not followed by a unit of time or count.
# "1290/-" (South Asian English for a whole sum) is money, not a date's "12/9".
_BARE = re.compile(rf"(?<![\w+#/:.,\-])(?<!\d )(?P<n>{NUMBER})(?![\w:\-]|/(?!-)|[.,]\d| \d)")
_UNIT_AFTER = re.compile(
    r"\s*(?:%|x\b|(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|hours?|mins?|minutes?|years?|yrs?"
    r"|tage?n?|wochen?|monate?n?|stunden?|jours?|semaines?|mois|heures?|an(?:s|n[ée]es?)?|d[ií]as?|semanas?|meses|mes|horas?"
    r"|a[ñn]os?|dagen|dag|weken|week|maanden|maand|uur|jaar|anos?|units?|pcs|pieces?|st[üu]ck|pallets?|boxes|cases|items?|invoices?"
    r"|rechnungen|factures?|facturas?|facturen|faturas?)\b"
    # a count of things in an English plural ("all 42 buses ran", "300 trees"), not money ("2,000 dollars", "500 plus VAT")
    # ("goes", "lands", "follows" say what the money does: a verb, not a count)
    r"|\s+(?!(?:dollars|d[oó]lares|euros|pounds|libras|bucks|reais|pesos|francs|francos|rands|rupees|rupias|cents|centavos|centimes|grand|plus|less|minus|was|has|is|as|thus|this|does|goes|comes"
    r"|leaves|arrives|gets|follows|hits|lands|clears|reaches|remains|stays|means|makes|takes|needs|covers|pays|settles|includes|leaves|sits)\b)[^\W\d_]{2,}s\b"
    # a rate of things a day ("on en sort 800 par jour", "200 per day"), not money
    r"|\s+(?:par|per|pro|por|al|a)\s+(?:jour|day|dag|tag|dia)\b)", re.I)
_UNIT_BEFORE = re.compile(r"(?:\bnet|\bnetto|\bpo|\bkw|\bcw|\bweek|\bwk|\bwoche|\bsemaine|\bsemana|\bq|\bno\.?|\bnr\.?|\bn[°º]|\broom|\bext\.?|\bunit|\bplot"
                          r"|\bch[eè]que|\bcheck|\bscheck|\bchq|\bref\.?|\breference|\btransaction|\btxn|\binvoice|\binv\.?|\border|\baccount|\bacct|\bkonto"
                          r"|\brechnung|\bfacture|\bfactura|\bfactuur|\bfatura|\bbeleg|\bauftrag|\bbestellung|\bcommande|\bpedido|\bbestelling|\bencomenda)\s*$", re.I)
MIN_FIGURE = Decimal(32)  # below this, a bare number is far more often a day of the month or a count than money


def bare_figures(text: str, *, years_are_figures: bool = False) -> list[Decimal]:
    """Numbers a reader would take for sums of money though no currency is written ("send 2,000 today").

    Why: a promise the reader confirms on its own must be for what is owed; a figure it cannot account for
    may make it partial. This errs towards finding figures (a person then looks), never towards missing them.
    Years, days of the month, counts of days or items, dates, times and numbers inside references are not
    figures; neither is anything with a leading zero (an invoice or order number). `years_are_figures` is for
    numbers that were written in words ("zweitausend"): nobody writes a year that way."""
    out: list[Decimal] = []
    for m in _BARE.finditer(text):
        raw = m.group("n")
        if raw.startswith("0") or (raw.isdigit() and len(raw) >= 7) or _UNIT_AFTER.match(text, m.end()) or _UNIT_BEFORE.search(text, 0, m.start()):
            continue
        value = parse_number(raw)
        if value is None or value < MIN_FIGURE or (not years_are_figures and value == value.to_integral() and 1990 <= value <= 2099 and raw.isdigit()):
            continue
        out.append(value.quantize(CENT))
    return out


# "half" of money, not of people or of time: "Half the office is in Knock for the 15th", "half term", "half an hour".
# "Half the retailers", "half our marquees", "half-empty": half of something that is not money.
_HALF_OF_MONEY = (r"half(?!-[a-z])(?![\s-]+(?:term|an?\s+hour|a\s+day|of\s+(?:us|them)\b"
                  r"|(?:of\s+)?(?:the|our|my|their|your|all|these|those)\s+(?!(?:amount|balance|invoices?|bills?|payments?|total|sum|money|debt"
                  r"|outstanding|open|remaining|due|owed|rest|arrears|account)\b)[a-z]))")
# Words that say a payment covers a part of what is owed, in the six languages (on folded text): a share, a
# part payment, the rest that follows later, or something taken off (a discount, a deduction).
_PORTION = re.compile(
    r"\d+(?:[.,]\d+)?\s?%|\b(?:" + _HALF_OF_MONEY + r"|halve|helft|halfte|haelfte|moitie|mitad|metade|one\s+third|a\s+third|a\s+quarter"
    r"|partial(?:ly)?|part\s+payment|in\s+part|teilbetrag|teilzahlung|anzahlung|acompte|paiement\s+partiel|anticipo"
    r"|pago\s+parcial|abono|aanbetaling|deelbetaling|gedeeltelijk|pagamento\s+parcial|sinal|parcela"
    r"|the\s+rest|remainder|der\s+rest|den\s+rest|restbetrag|le\s+reste|le\s+restant|el\s+resto|lo\s+restante"
    r"|de\s+rest|het\s+restant|restbedrag|o\s+resto|o\s+restante"
    r"|skonto|discount\w*|deduct\w*|abzug\w*|abzuglich|escompte|deduit\w*|retenu\w*|descuento|descontad\w*|deducid\w*"
    r"|korting|ingehouden|afgetrokken|desconto|descontad\w*|deduzid\w*)\b")


def portion_words(folded: str) -> str | None:
    """The first words of a folded text that pay a part ("50 %", "half", "the rest next week", "minus 2 % Skonto"), or None.

    Why: "50% by Friday and the balance on the 10th" names no figure at all, yet promises a part; "paid
    yesterday, the rest follows" reports a payment that does not settle what is owed."""
    m = _PORTION.search(folded)
    return m.group(0) if m else None
