"""What a draft may not say (promises outside policy), how it may not sound, and how long it may be."""

from __future__ import annotations

import re

from guardrails.language import detect
from guardrails.policy import Limits

I = re.I

# Commitments only a human may make. Each names what the collector reads.
FORBIDDEN: list[tuple[str, re.Pattern[str]]] = [
    ("a discount", re.compile(
        r"\b(?:discount|rebate|price\s+reduction|reduced\s+price|\d+\s?%\s+off|rabatt|preisnachlass|nachlass|skonto\s+gewähr\w*|remise|réduction|rabais|"
        r"ristourne|descuento|rebaja|bonificación|korting|desconto|abatimento)\w*", I)),
    ("a write-off", re.compile(
        r"\b(?:write[- ]?off|written\s+off|writing\s+off|forgive|(?:buchen|schreiben)\s+wir\s+(?:\w+\s+){0,3}(?:aus|ab)\b|cancel\s+(?:the\s+)?(?:debt|balance|remaining)|abschreib\w*|ausbuch\w*|erlass\w*|"
        r"passer\s+en\s+perte|annul\w*\s+(?:la\s+)?(?:dette|créance|solde)|condon\w*|cancelar\s+(?:la\s+)?deuda|afschrijv\w*|kwijtschel\w*|perdoar|perdoamos|"
        r"anular\s+(?:a\s+)?dívida|abater\s+a\s+dívida)\b", I)),
    ("a settlement", re.compile(
        r"\b(?:settle\s+for|settlement\s+(?:offer|of|amount|agreement)|accept\s+(?:a\s+)?(?:reduced|partial|lower)\s+(?:amount|payment|sum)|full\s+and\s+final|"
        r"vergleich\w*|abfindung\w*|transaction\s+amiable|accord\s+transactionnel|règlement\s+forfaitaire|acuerdo\s+transaccional|quita|schikking|"
        r"acordo\s+de\s+quitação|liquidação\s+parcial)\b", I)),
    ("an interest or fee waiver", re.compile(
        r"\b(?:waiv\w*|no\s+(?:late\s+)?(?:interest|fees?|charges?)\s+will|without\s+(?:any\s+)?(?:interest|fees?|charges?)|zinsen?\s+(?:erlassen|verzichten)|"
        r"verzicht\w*\s+auf\s+(?:die\s+|alle\s+)?\w*(?:zinsen|gebühren|kosten)|gebühren\w*\s+(?:erlassen|streichen)|renon\w*\s+aux\s+(?:intérêts|pénalités|frais)|"
        r"annul\w*\s+(?:les\s+)?(?:intérêts|pénalités|frais)|renunci\w*\s+a\s+(?:los\s+)?(?:intereses|recargos)|condona\w*\s+(?:los\s+)?intereses|"
        r"kwijtschelding|afzien\s+van\s+(?:de\s+)?(?:rente|kosten)|isent\w*\s+(?:de\s+)?(?:juros|multas)|dispensa\w*\s+(?:de\s+)?(?:juros|multas))\b", I)),
    ("a legal threat", re.compile(
        r"\b(?:legal\s+(?:action|proceedings|steps)|lawsuit|sue\b|court|lawyer|attorney|solicitor|bailiff|debt\s+collect\w*|collection\s+agency|"
        r"rechtliche\w*\s+schritte|gerichtlich\w*|klage\w*|anwalt\w*|rechtsanwalt\w*|inkasso\w*|mahnbescheid\w*|gerichtsvollzieh\w*|"
        r"poursuites?\s+judiciaires?|action\s+en\s+justice|tribunal\w*|avocat\w*|huissier\w*|recouvrement\s+(?:judiciaire|contentieux)|"
        r"acciones?\s+legales?|demanda\w*\s+judicial\w*|juzgado\w*|abogad\w*|procurador\w*|agencia\s+de\s+cobro\w*|"
        r"juridische\s+stappen|rechtbank\w*|advocaat\w*|deurwaarder\w*|incasso\w*|"
        r"ação\s+judicial|medidas\s+legais|advogad\w*|cobrança\s+judicial)\b", I)),
    ("a credit decision", re.compile(
        r"\b(?:credit\s+(?:limit|line|hold|stop|block)|increase\s+your\s+limit|release\s+(?:your\s+)?(?:orders?|deliveries|shipments?)|"
        r"(?:stop|suspend|block|halt)\s+(?:all\s+)?(?:further\s+)?(?:deliveries|shipments?|orders?|supply)|kreditlimit\w*|liefersperre\w*|"
        r"lieferstopp\w*|(?:lieferungen|aufträge)\s+(?:freigeben|sperren|einstellen)|limite\s+de\s+crédit|(?:bloquer|suspendre)\s+(?:les\s+)?(?:livraisons|commandes)|"
        r"límite\s+de\s+crédito|(?:bloquear|suspender)\s+(?:los\s+)?(?:envíos|pedidos|suministros)|kredietlimiet\w*|leveringen\s+(?:stopzetten|blokkeren)|"
        r"limite\s+de\s+crédito|(?:bloquear|suspender)\s+(?:as\s+)?(?:entregas|encomendas))\b", I)),
    ("a bank-detail change", re.compile(
        r"\b(?:(?:new|updated|changed|different)\s+(?:bank(?:ing)?\s+(?:details|account)|iban|account\s+number)|bank\s+details\s+have\s+changed|"
        r"(?:neue|geänderte)\w*\s+(?:bankverbindung|iban|kontoverbindung)|(?:nouveau|nouvelles?)\s+(?:rib|iban|coordonnées\s+bancaires)|"
        r"(?:nueva|nuevo)\s+(?:cuenta\s+bancaria|iban)|(?:nieuwe|gewijzigde)\s+(?:iban|bankgegevens|rekeningnummer)|(?:novo|nova|novos)\s+(?:iban|conta\s+bancária|dados\s+bancários))\b", I)),
    ("a payment plan or extension", re.compile(
        r"\b(?:payment\s+plan\s+(?:is\s+)?(?:agreed|approved|accepted)|(?:we\s+)?(?:agree|approve|accept)\w*\s+(?:to\s+)?(?:your\s+)?(?:instal+ment|payment\s+plan|extension|deferral)|"
        r"extend\w*\s+(?:the\s+)?(?:due\s+date|payment\s+(?:term|deadline))|grant\w*\s+(?:you\s+)?(?:an?\s+)?(?:extension|deferral|grace\s+period)|"
        r"no\s+need\s+to\s+pay|pay\s+(?:whenever|when\s+(?:ever\s+)?you\s+(?:can|like|want))|ratenzahlung\s+(?:genehmigt|vereinbart|akzeptiert)|"
        r"zahlungsziel\w*\s+verlänger\w*|stundung\w*|(?:échéancier|délai\s+de\s+paiement)\s+(?:accordé|accepté|approuvé)|"
        r"plan\s+de\s+pagos?\s+(?:aprobado|aceptado)|prórroga|betalingsregeling\s+(?:goedgekeurd|akkoord)|uitstel\s+van\s+betaling|"
        r"plano\s+de\s+pagamento\s+(?:aprovado|aceite|aceito)|prorrogação)\b", I)),
    ("a guarantee or promise", re.compile(
        r"\b(?:we\s+(?:guarantee|promise)|guaranteed|no\s+further\s+reminders|we\s+will\s+not\s+(?:charge|contact|remind)|wir\s+garantieren|"
        r"nous\s+garantissons|garantizamos|wij\s+garanderen|garantimos)\b", I)),
]

INSULTS = re.compile(
    r"\b(?:idiot\w*|stupid\w*|moron\w*|incompetent\w*|liars?\b|lazy|pathetic|ridiculous|dumb|shame\s+on\s+you|or\s+else|unacceptable\s+behaviou?r|"
    r"dumm\w*|unfähig\w*|lügner\w*|lächerlich\w*|frech\w*|stupide\w*|incompétent\w*|menteur\w*|ridicule\w*|honte|"
    r"estúpid\w*|incompetente\w*|mentiros\w*|ridícul\w*|vergüenza|idioot\w*|leugenaar\w*|belachelijk\w*|"
    r"estúpid\w*|mentiros\w*|vergonha)\b",
    I,
)
_ACRONYM_OK = {"EUR", "USD", "GBP", "CHF", "VAT", "IBAN", "BIC", "SWIFT", "PDF", "SEPA", "ERP", "CEO", "CFO", "MWST", "TVA", "IVA", "BTW", "NIF", "GMBH", "LTD", "SARL", "SAS", "AG", "BV", "NV", "PO"}


def forbidden_promises(text: str) -> list[tuple[str, str]]:
    """(what, passage) for each commitment outside policy."""
    out = []
    for what, pattern in FORBIDDEN:
        m = pattern.search(text)
        if m:
            out.append((what, text[max(0, m.start() - 40) : m.end() + 40].strip()))
    return out


def tone_problems(text: str, limits: Limits) -> list[str]:
    problems = []
    words = [w for w in re.findall(r"[^\W\d_]{3,}", text) if w.upper() not in _ACRONYM_OK]
    caps = [w for w in words if w.isupper()]
    if words and len(caps) >= 3 and len(caps) / len(words) > limits.max_caps_ratio:
        problems.append(f"shouting: {len(caps)} of {len(words)} words in capitals")
    elif re.search(r"(?:\b[^\W\d_]{3,}\b\s+){2}\b[^\W\d_]{3,}\b", text) and any(
        all(w.isupper() and w.upper() not in _ACRONYM_OK for w in m.split()) for m in re.findall(r"(?:\b[^\W\d_]{3,}\b\s+){2}\b[^\W\d_]{3,}\b", text)
    ):
        problems.append("shouting: three words in a row in capitals")
    bangs = text.count("!")
    if bangs > limits.max_exclamations or "!!" in text:
        problems.append(f"{bangs} exclamation marks")
    m = INSULTS.search(text)
    if m:
        problems.append(f"insulting or threatening wording: \"{m.group(0)}\"")
    return problems


def length_problems(subject: str, body: str, limits: Limits) -> list[str]:
    problems = []
    if not subject.strip():
        problems.append("the subject is empty")
    if len(subject) > limits.max_subject_chars:
        problems.append(f"the subject has {len(subject)} characters (limit {limits.max_subject_chars})")
    if len(body.strip()) < limits.min_body_chars:
        problems.append(f"the body has only {len(body.strip())} characters")
    if len(body) > limits.max_body_chars:
        problems.append(f"the body has {len(body)} characters (limit {limits.max_body_chars})")
    return problems


def language_problem(body: str, draft_language: str, customer_language: str) -> str | None:
    want = (customer_language or "en").lower()[:2]
    if (draft_language or "").lower()[:2] != want:
        return f"the draft is marked {draft_language} but the customer reads {want}"
    seen = detect(body)
    if seen is not None and seen != want:
        return f"the draft reads as {seen} but the customer reads {want}"
    return None
