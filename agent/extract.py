"""Facts read from a reply's text: invoice numbers, amounts, references, dates, reasons, contacts.

Every value is a claim the customer made; policy checks it against the ERP before acting on it.
Parsers are deliberately conservative: a missing fact routes to a human, a wrong one misleads.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from agent.dates import find_dates, find_past_date, find_promise_date, find_return_date, local_date
from agent.models.forwards import forwarded_text
from core.contracts import ClassifyInput, Facts, Intent
from core.text.amounts import NUMBER, parse_amount
from core.text.conditions import AUDIT_UNDER_WAY, CONDITION, MONEY_WAIT, PAYMENT_ACT, WEAK_CONDITIONS
from core.text.folding import fold
from core.text.language import detect_language
from core.text.quotes import cut_quoted
from core.text.sentences import sentences
from core.text.subjects import without_reply_prefix

# ------------------------------------------------------------------ invoice numbers
# Prefix-with-digits forms (INV-2026-10432, RE-12345, FA2026/0012) and "invoice 10432" / "Rechnung Nr. 10432".
_INVOICE_PREFIXED = re.compile(
    r"\b((?:INV|RE|RG|RECH|FA|FAC|FACT|FV|FT|NF|FAT|F)[-/ ]?(?:\d{2,4}[-/])?\d{3,9})\b", re.I)
_INVOICE_WORDED = re.compile(
    r"\b(?:invoices?|inv\.?|rechnung(?:en)?|rechnungsnummer|rechnungs-nr\.?|factures?|facturas?|facturen"
    r"|factuur|faturas?|nota\s+fiscal)\s*(?:n(?:o|r|º|°|um(?:ber|ero|éro|mer)?)\.?\s*|#\s*|:\s*)?"
    r"(\d{4,10})\b", re.I)
_INVOICE_ANY_INV = re.compile(r"\bINV-\d{4}-\d{2,8}\b", re.I)
_BANK_PREFIXES = {"FT"}  # FT… is also a bank transfer reference style; only count it after an invoice word


def find_invoice_numbers(text: str) -> list[str]:
    """Invoice numbers in reading order, de-duplicated, normalised to upper case."""
    out: list[str] = []
    seen: set[str] = set()

    def add(value: str) -> None:
        key = value.upper().replace(" ", "-")
        if key not in seen:
            seen.add(key)
            out.append(key)

    spans: list[tuple[int, int, str]] = []
    for m in _INVOICE_ANY_INV.finditer(text):
        spans.append((m.start(), m.end(), m.group(0)))
    for m in _INVOICE_PREFIXED.finditer(text):
        token = m.group(1)
        prefix = re.match(r"[A-Za-z]+", token).group(0).upper()
        if prefix in _BANK_PREFIXES or prefix == "F" and not re.search(r"\d{5,}", token):
            continue
        if prefix in ("RE", "F") and not token[len(prefix):len(prefix) + 1] in "-/":
            continue  # "RE12" is more often noise than an invoice number
        if any(s <= m.start() < e for s, e, _ in spans):
            continue
        spans.append((m.start(), m.end(), token))
    for m in _INVOICE_WORDED.finditer(text):
        if any(s <= m.start(1) < e for s, e, _ in spans):
            continue
        spans.append((m.start(1), m.end(1), m.group(1)))
    for _s, _e, value in sorted(spans):
        add(value)
    return out


# ------------------------------------------------------------------ amounts
_CUR_SYMBOL = {"€": "EUR", "$": "USD", "£": "GBP", "r$": "BRL", "chf": "CHF", "fr.": "CHF", "₹": "INR", "rs": "INR", "rs.": "INR"}
# CNY is left out: "before CNY 13 Feb" is Chinese New Year, not thirteen yuan. A figure before its currency is no part
# of a longer number or date ("19/11/2026 NZD 1,960.00" is not 2026 dollars).
_CUR_CODE = r"EUR|USD|GBP|CHF|BRL|MXN|CAD|AUD|NZD|HKD|SGD|INR|ZAR|JPY|DKK|SEK|NOK|PLN|euros?|dollars?|reais|Rs\.?"
_AMOUNT = re.compile(
    rf"(?P<pre>R\$|€|\$|£|₹|\b(?:{_CUR_CODE})(?!\w))\s?(?P<n1>{NUMBER})(?![\d])"
    rf"|(?<![\d/.,-])(?P<n2>{NUMBER})\s?(?P<post>R\$|€|\$|£|₹|\b(?:{_CUR_CODE})(?!\w))", re.I)


def _currency(token: str) -> str:
    t = token.lower()
    if t in _CUR_SYMBOL:
        return _CUR_SYMBOL[t]
    if t.startswith("euro"):
        return "EUR"
    if t.startswith("dollar"):
        return "USD"
    if t == "reais":
        return "BRL"
    return token.upper()


def find_amounts(text: str) -> list[tuple[Decimal, str]]:
    """Amounts written with a currency, in reading order: [(Decimal("1234.56"), "EUR"), ...]."""
    out = []
    for m in _AMOUNT.finditer(text):
        number = m.group("n1") or m.group("n2")
        cur = m.group("pre") or m.group("post")
        value = parse_amount(number.strip())
        if value is not None and value > 0:
            out.append((value, _currency(cur)))
    return out


# ------------------------------------------------------------------ payment facts
_REFERENCE = re.compile(
    r"\b(TRF-\d{4,}|SEPA-\d{6,}|ACH\d{5,}|WIRE[ -]\d{5,}|PAY/\d{4}/\d{3,}|FT\d{5}[A-Z]{3}\d{2}"
    r"|RF\d{2}(?: ?\d{4}){1,5}(?: ?\d{1,4})?)\b", re.I)
_REFERENCE_WORDED = re.compile(
    r"\b(?:ref(?:erence)?|referen[cz]e?|référence|referencia|referência|betalingskenmerk|kenmerk"
    r"|verwendungszweck|transaction(?:\s+id)?|transfer\s+id|payment\s+id|utr|end-to-end(?:-id)?)"
    r"(?:\s+(?:du|de\s+la|de|of\s+the|der|van\s+de|da|do)\s+[^\W\d]+)?"
    r"(?:\s*(?:no\.?|nr\.?|number|nummer|n°|nº|#))?\s*[:#]?\s*([A-Z0-9][A-Z0-9/-]{5,})", re.I)


def find_payment_reference(text: str) -> str | None:
    """A bank or payment reference the customer quotes (TRF-…, SEPA-…, "Referenz: …")."""
    m = _REFERENCE.search(text)
    if m:
        return re.sub(r"\s+", " ", m.group(1)).upper()
    for m in _REFERENCE_WORDED.finditer(text):
        value = m.group(1)
        if re.search(r"\d", value) and not _INVOICE_ANY_INV.fullmatch(value):
            return value.upper()
    return None


_METHODS: list[tuple[str, re.Pattern[str]]] = [
    ("sepa", re.compile(r"\bsepa\b|lastschrift|prélèvement|domiciliación|incasso", re.I)),
    ("card", re.compile(r"credit\s*card|kreditkarte|carte\s+(?:bancaire|de\s+crédit)|tarjeta|creditcard|cartão", re.I)),
    ("cheque", re.compile(r"\bche(?:que|ck)\b|\bscheck\b|\bchèque\b|\bcheque\b", re.I)),
    ("ach", re.compile(r"\bach\b", re.I)),
    ("paypal", re.compile(r"paypal", re.I)),
    ("wire", re.compile(r"\bwire\b|bank\s*transfer|überweisung|überwiesen|virement|transferencia|overboeking"
                        r"|overgemaakt|overschrijving|transferência|\bTED\b|\bpix\b", re.I)),
]


def _first_named(table: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The name of the first pattern in `table` that occurs in the text (tables are ordered by priority)."""
    return next((name for name, rx in table if rx.search(text)), None)


def find_payment_method(text: str) -> str | None:
    return _first_named(_METHODS, text)


# ------------------------------------------------------------------ disputes
_DISPUTE_REASONS: list[tuple[str, re.Pattern[str]]] = [
    ("duplicate_billing", re.compile(
        r"duplicate|twice|double[- ]?(?:billed|charged|invoiced)|billed\s+two|doppelt|zweimal|en\s+double|deux\s+fois"
        r"|duplicad|dos\s+veces|dubbel|twee\s+keer|duas\s+vezes|em\s+duplicado|duplicidade", re.I)),
    ("short_shipment", re.compile(
        r"short[- ]?(?:shipped|shipment|delivery)|only\s+(?:received|got|delivered)\s+\d+|missing\s+(?:items|units|parts|pieces)"
        r"|unvollständig|nur\s+\d+\s+(?:stück|einheiten|teile|kartons)|fehlende?\s+(?:ware|teile|positionen)|teillieferung"
        r"|manqu|livraison\s+(?:partielle|incomplète)|seulement\s+\d+|incomplet"
        r"|solo\s+(?:recibimos|llegaron)\s+\d+|faltan|entrega\s+(?:parcial|incompleta)|onvolledig|slechts\s+\d+"
        r"|ontbrek|maar\s+\d+\s+(?:stuks|eenheden)|apenas\s+\d+|em\s+falta|faltam|incompleta", re.I)),
    ("damaged", re.compile(
        r"damaged|broken|defective|faulty|beschädigt|kaputt|defekt|mangelhaft|endommag|abîm|cassé|défectueu"
        r"|dañad|roto|defectuos|beschadigd|kapot|defect|danificad|avariad|partid|com\s+defeito", re.I)),
    ("not_received", re.compile(
        r"never\s+(?:received|arrived|got)|not\s+(?:been\s+)?(?:received|delivered)|haven't\s+received|have\s+not\s+received"
        r"|did\s+not\s+receive|didn't\s+receive|nicht\s+(?:erhalten|geliefert|angekommen|bekommen)|nie\s+(?:erhalten|angekommen)"
        r"|jamais\s+reçu|pas\s+(?:été\s+)?(?:reçu|livré)|n'avons\s+(?:jamais\s+|pas\s+)?reçu|no\s+(?:hemos\s+)?recibid"
        r"|nunca\s+(?:llegó|recibimos)|niet\s+(?:ontvangen|geleverd)|nooit\s+(?:ontvangen|geleverd)"
        r"|não\s+(?:recebemos|foi\s+entregue|chegou)|nunca\s+(?:recebemos|chegou)", re.I)),
    ("tax", re.compile(
        r"\bvat\b|\btax\b|sales\s+tax|mwst|umsatzsteuer|ust-?id|steuersatz|\btva\b|\biva\b|\bbtw\b|impuesto|imposto"
        r"|reverse\s+charge|tax[- ]exempt|nif\b", re.I)),
    ("pricing", re.compile(
        r"price|pricing|overcharg|rate\s+(?:was|is)|quoted|quote|discount|agreed|contract(?:ed)?\s+rate|preis|rabatt"
        r"|angebot|vereinbart|prix|tarif|remise|devis|convenu|precio|descuento|presupuesto|acordad|prijs|korting"
        r"|offerte|afgesproken|preço|desconto|orçamento|combinad|too\s+high|zu\s+hoch|trop\s+élevé|demasiado\s+alto"
        r"|te\s+hoog|muito\s+alto|wrong\s+amount|falsche[rn]?\s+betrag|montant\s+(?:erroné|incorrect)", re.I)),
]


def find_dispute_reason(text: str) -> str | None:
    """pricing, short_shipment, damaged, duplicate_billing, tax, not_received; None when nothing says which."""
    return _first_named(_DISPUTE_REASONS, text)


# ------------------------------------------------------------------ PO numbers and contacts
_PO = re.compile(
    r"(?:\b(?:new\s+)?(?:PO|P\.O\.|purchase\s+order|Bestellnummer|Bestell-Nr\.?|Bestellung|bon\s+de\s+commande|BC"
    r"|numéro\s+de\s+commande|orden\s+de\s+compra|pedido|n[uú]mero\s+de\s+pedido|inkoopordernummer|inkooporder"
    r"|ordernummer|ordem\s+de\s+compra|OC|PED)\b(?:\s*(?:number|no\.?|nr\.?|n°|nº|#|número|nummer|numero))?"
    r"\s*(?:is|ist|est|es|é|is\s+now|lautet|:|-|to|auf|en|naar|para)?\s*:?\s*)"
    r"((?:PO|BST|OC|BC|PED|P)?[- ]?\d[\d-]{3,14}|(?:PO|BST|OC|BC|PED)[- ]?\d{4,}|\d{4}-\d{3,5})", re.I)
_PO_BARE = re.compile(r"\b((?:PO|BST|OC|BC|PED)-?\d{4,}|PO \d{4}-\d{3,5}|45\d{8})\b")


def find_po_numbers(text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for rx in (_PO_BARE, _PO):
        for m in rx.finditer(text):
            value = m.group(1).strip(" -")
            if not value or _INVOICE_ANY_INV.search(m.group(0)):
                continue
            if any(value in v or v.endswith(value) for _, v in found):
                continue
            found.append((m.start(1), value))
    return [v for _, v in sorted(found)]


def find_new_po_number(text: str, known: list[str] | None = None) -> str | None:
    """The PO number the customer asks us to use: the last one mentioned that is not already known.

    "please replace PO 4500012345 with PO 4500099999" → the second one.
    """
    known_set = {k.upper() for k in (known or [])}
    candidates = [p for p in find_po_numbers(text) if p.upper() not in known_set]
    if not candidates:
        return None
    folded = fold(text)
    new_cue = re.compile(r"\b(?:new|neue[rn]?|nouveau|nouvelle|nuevo|nueva|nieuwe|novo|nova|correct|richtige|correcto"
                         r"|juiste|updated|aktuelle)\b")
    for po in candidates:
        i = folded.find(fold(po))
        if i != -1 and new_cue.search(folded[max(0, i - 35):i]):
            return po
    return candidates[-1]


_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")


def find_emails(text: str, exclude: set[str] | None = None) -> list[str]:
    exclude = {e.lower() for e in (exclude or set())}
    out = []
    for m in _EMAIL.finditer(text):
        e = m.group(0).lower().rstrip(".")
        if e not in exclude and e not in out and not e.startswith(("noreply", "no-reply", "mailer-daemon", "postmaster")):
            out.append(e)
    return out


# ------------------------------------------------------------------ instalments and conditions
_INSTALMENTS = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(['two', 'three', 'four', 'five', 'six', 'twelve', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'deux', 'trois', 'quatre', 'cinq', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'twee', 'drie', 'duas', 'três', 'quatro'])})"
    r"\s+(?:(?:monthly|equal|gleiche|mensuelles?|mensuales|maandelijkse|mensais|monatliche)\s+)?"
    r"(?:instal+ments?|payments|raten|teilzahlungen|monatsraten|versements|échéances|mensualités|plazos|cuotas"
    r"|pagos|termijnen|betalingen|parcelas|prestações|pagamentos|months|monate|mois|meses|maanden)", re.I)
_NUMBER_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "zwei": 2, "drei": 3, "vier": 4,
                "fünf": 5, "sechs": 6, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3,
                "cuatro": 4, "cinco": 5, "seis": 6, "twee": 2, "drie": 3, "duas": 2, "três": 3, "quatro": 4}


def find_installments(text: str) -> int | None:
    m = _INSTALMENTS.search(text)
    if not m:
        return None
    n = m.group(1).lower()
    value = int(n) if n.isdigit() else _NUMBER_WORD.get(n)
    return value if value and 2 <= value <= 36 else None


# "si" / "se" / "als" are also ordinary words (French "si" = so, Dutch "als" = as/like): count them only
# near a payment word, in the same sentence.
# Spanish/Portuguese "se" before a verb in the future is the passive/reflexive ("se pagará", "se efetuará o
# pagamento"): a condition takes the subjunctive ("se recebermos"), never the future.
_REFLEXIVE_SE = re.compile(r"\s+(?:\w+\s+)?\w+(?:rá|rán|rão|ría|rían)\b", re.I)


_CONCESSIVE_BEFORE = re.compile(r"\b(?:even|as)\s+$")  # ("only if" is a condition)
# Spanish "se" before a verb in the present is the passive ("el pago se programa para el lunes", "se paga el 5"); a
# Portuguese "se" (if) takes the future subjunctive or an article ("se recebermos", "se o cliente pagar")
_SPANISH_SE_PRESENT = re.compile(r"\s+(?:programa|paga|pagan|hace|hacen|envia|envian|transfiere|transfieren|realiza|realizan|liquida|liquidan|abona|abonan)\b")
# "once the supper rush is over", "sobald die Inventur durch ist", "en cuanto cerremos la temporada", "dès la fin de la saison":
# the end of the sender's own busy time, a day of their calendar, not a condition on someone else
_PAID_BY_OTHERS = re.compile(r"\b(?:pays?\s+us|paid\s+us|nos\s+pag\w*|zahl\w*\s+uns|nous\s+(?:paie|paient|paye)\w*|ons\s+betal\w*|betaalt\s+ons)\b")
_OWN_BUSY_TIME_ENDS = re.compile(r"\s+(?:(?:the|our|this|die|der|unsere?|la|le|notre|el|nuestra?|de|onze|het|a|o|nossa?)\s+)?"
                                 r"(?:(?!(?:clients?|customers?|buyers?|tenants?|debtors?|distributors?|kunden|clientes?|klanten)\b)\S+\s+)?"
                                 r"(?:rush|busy\s+(?:period|season|spell)|season|peak|stocktake|stock-take|inventur\w*|inventario|inventaire|temporada|saison|seizoen"
                                 r"|drukte|hochsaison|haute\s+saison|alta\s+temporada|cerremos\s+la\s+temporada|terminemos\s+la\s+temporada)"
                                 r"\s+(?:is|are|'s)?\s*(?:over|done|finished|ends|vorbei|durch|rum|terminee?|finie?|terminad[ao]|voorbij|acabe|termine|passe)\b"
                                 r"|\s+(?:cerremos|terminemos|acabemos)\s+(?:la|el)\s+(?:temporada|campana|inventario|cierre)\b")


# ("if that's ok" after a date asks leave for the date: no condition, evals/LABELING.md field31)
_IF_SO = re.compile(r"\b(?:if\s+(?:so|yes)|falls\s+ja|wenn\s+ja|si\s+oui|si\s+es\s+asi|en\s+ese\s+caso|zo\s+ja|indien\s+ja|se\s+sim|nesse\s+caso)\b")


# "thereafter", "right after that", "danach", "ensuite": what follows waits for what the sentence before named
_THEREAFTER = re.compile(r"\b(?:thereafter|after\s+that|right\s+after|once\s+(?:it|they|that)\s+(?:is|are|has|have)\s+\w+|danach|daraufhin|ensuite|des\s+lors"
                         r"|despues\s+de\s+eso|a\s+continuacion|daarna|daarop|depois\s+disso|logo\s+a\s+seguir)\b")


# "the donor funds are expected next week": money the sender waits for, which a following "thereafter" hangs on
_MONEY_EXPECTED = re.compile(r"\b(?:funds?|money|monies|grant|tranche|disbursement|proceeds)\s+(?:\S+\s+){0,2}(?:is|are)\s+(?:expected|due\s+to\s+(?:arrive|come))")


def is_conditional(text: str) -> bool:
    """Does the promise hang on a condition ("once we receive the credit note", "sobald ...")? Read in what
    the customer wrote, not in the signature or disclaimer ("se a recebeu por engano, ... apague-a")."""
    from agent.models.features import strip_greeting_and_signature

    waiting = False  # the sentence before named money still to come ("the donor funds are expected next week.")
    for sentence in sentences(strip_greeting_and_signature(text)):
        folded = fold(sentence)
        if waiting and PAYMENT_ACT.search(folded) and _THEREAFTER.search(folded):
            return True  # "... We shall pay immediately thereafter."
        waiting = any(m.group(0) not in WEAK_CONDITIONS for m in CONDITION.finditer(folded)) or bool(_MONEY_EXPECTED.search(folded))
        for m in CONDITION.finditer(folded):  # fold keeps offsets: sentence[m.end():] is the text after it
            if m.group(0) in WEAK_CONDITIONS:
                if not PAYMENT_ACT.search(folded) or _CONCESSIVE_BEFORE.search(folded, max(0, m.start() - 6), m.start()):
                    continue  # ("even if nobody calls it a holiday", "as if": no condition on the payment)
                if m.group(0) == "se" and (_REFLEXIVE_SE.match(sentence[m.end():]) or _SPANISH_SE_PRESENT.match(folded, m.end())):
                    continue
            elif _OWN_BUSY_TIME_ENDS.match(folded, m.end()) and not _PAID_BY_OTHERS.search(folded):
                continue  # "once the supper rush is over", "en cuanto cerremos la temporada": the sender's own calendar, no one else's act
                if m.group(0) == "als" and not re.search(r"\b(?:we|wij|ze|u|jullie|de|het)\b",
                                                                   sentence[m.end():m.end() + 30], re.I):
                    continue
            if PAYMENT_ACT.search(folded):
                return True
        if MONEY_WAIT.search(folded) and PAYMENT_ACT.search(folded) and not find_dates(sentence, None):
            return True  # "we pay when our customer pays us": money still to come, and no date of our own
        if _IF_SO.search(folded):
            return True  # "Can I pay by card over the phone? I'll do it Thursday if so": it hangs on our answer
        if AUDIT_UNDER_WAY.search(folded) and PAYMENT_ACT.search(folded):
            return True  # "we'll get both paid next week, after the audit wraps up": the auditors hold the books till then
    return False


# ------------------------------------------------------------------ all facts of one reply
def sent_datetime(item: ClassifyInput) -> datetime | None:
    if not item.sent_at:
        return None
    try:
        return datetime.fromisoformat(item.sent_at.replace("Z", "+00:00"))
    except ValueError:
        return None


def extract_facts(item: ClassifyInput, intent: Intent, secondary: list[Intent] | None = None) -> Facts:
    """Every fact the text states, with dates read against the reply's own Date and time zone."""
    secondary = secondary or []
    intents = {intent, *secondary}
    text = item.text or ""
    forwarded = forwarded_text(item, cut_quoted(text))
    if forwarded:  # "see below": the forwarded note's date and amounts are what the reply hands on
        text = f"{text}\n{forwarded}"
    body = f"{item.subject}\n{text}"
    everything = f"{body}\n{item.attachments_text}"
    language = (item.customer_language if item.customer_language in ("en", "de", "fr", "es", "nl", "pt") and
                len(text.split()) < 4 else None) or detect_language(text or item.subject,
                                                                   default=item.customer_language or "en")
    sent = sent_datetime(item) or local_date(None)
    facts = Facts(language=language)
    facts.invoice_numbers = find_invoice_numbers(everything)
    amounts = find_amounts(body) or find_amounts(item.attachments_text)
    facts.amounts = [a for a, _ in amounts]
    promised = Intent.promise_to_pay in intents or Intent.payment_plan_request in intents
    if not promised and intent not in (Intent.out_of_office, Intent.bounce, Intent.other):
        from agent.models.rules import cue_found  # a dispute or a partial payment can still promise a date

        promised = bool(cue_found("promise", text))
    if promised:
        facts.promise_date = find_promise_date(text, sent, language, item.timezone, customer_language=item.customer_language)
        if facts.promise_date is None and item.subject and len(cut_quoted(text).split()) < 30:
            # "As per subject line." under "RE: Reminder – paying Thursday": a terse reply may say its date in the subject
            facts.promise_date = find_promise_date(without_reply_prefix(item.subject), sent, language, item.timezone,
                                                   customer_language=item.customer_language)
        facts.promise_amount = facts.amounts[0] if facts.amounts else None
        facts.promise_conditional = is_conditional(text)
    elif intent not in (Intent.out_of_office, Intent.bounce):
        # Read as something else, yet a sentence may still commit to a date ("the price is wrong; the
        # rest goes out on the 19th"): the date is read on its own, so a misread intent does not lose it.
        facts.promise_date = find_promise_date(text, sent, language, item.timezone, committed_only=True,
                                               customer_language=item.customer_language)
        facts.promise_conditional = facts.promise_date is not None and is_conditional(text)
    if Intent.already_paid in intents:
        facts.payment_reference = find_payment_reference(everything)
        facts.payment_method = find_payment_method(everything)
        facts.payment_date = find_past_date(text, sent, language, item.timezone) or (
            find_past_date(item.attachments_text, sent, language, item.timezone) if item.attachments_text else None)
        facts.payment_amount = facts.amounts[0] if facts.amounts else None
    if Intent.dispute in intents:
        facts.dispute_reason = find_dispute_reason(text) or "other"
    if Intent.po_change in intents:
        facts.new_po_number = find_new_po_number(body)
        emails = find_emails(text)
        facts.new_billing_contact = emails[0] if emails else None
    if Intent.wrong_contact in intents:
        emails = find_emails(text)
        facts.replacement_contact = emails[0] if emails else None
    if Intent.out_of_office in intents:
        facts.return_date = find_return_date(text, sent, language, item.timezone)
        emails = find_emails(text)
        if emails and intent is Intent.out_of_office:
            facts.replacement_contact = emails[0]
    if Intent.payment_plan_request in intents:
        facts.requested_installments = find_installments(text)
    return facts
