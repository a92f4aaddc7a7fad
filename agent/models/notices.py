"""Messages that are `other` whatever words they share with business replies, and always need a person:
insolvency notices, questions whether our reminder is genuine, and requests for tax forms or
supplier paperwork (issue 14 families).

Kept apart from rules.CUES on purpose: those are model features, and a new cue there would change the
fitted model's columns.
"""

from __future__ import annotations

import re

from core.text.conditions import PAYMENT_WORD, RECEIPT_CONDITION
from core.text.folding import fold
from core.text.sentences import sentences

I = re.I

INSOLVENCY = re.compile(
    r"\b(?:insolven\w*|bankrupt\w*|chapter\s+(?:7|11)|in\s+administration|entered\s+administration|administrators?\s+(?:have\s+been\s+)?appointed"
    r"|liquidat\w+|receivership|trustee\s+in\s+bankruptcy|insolvenzverfahren|insolvenzantrag|insolvenzverwalter"
    r"|liquidation\s+judiciaire|redressement\s+judiciaire|mandataire\s+(?:judiciaire|liquidateur)|concurso\s+de\s+acreedores"
    r"|administraci[oó]n\s+concursal|faillissement|failliet|curator|surseance|insolv[eê]ncia|administrador\s+de\s+insolv)\b", I)
AUTHENTICITY = re.compile(
    r"\b(?:(?:is|was)\s+this\s+(?:e-?mail|reminder|message|request)\s+(?:really\s+|actually\s+)?(?:genuine|legit\w*|real|from\s+you)"
    r"|(?:genuine|legitimate)\?|phishing|spoof\w*|fake\s+(?:invoice|e-?mail)|verify\s+(?:this|the)\s+(?:e-?mail|reminder|request)"
    r"|(?:ist|sind)\s+(?:diese|ihre)\s+\w+\s+echt|gef[äa]lscht\w*|authentique|hame[çc]onnage|usurpation"
    r"|(?:es|este)\s+(?:correo|mensaje)\s+(?:es\s+)?(?:real|aut[eé]ntico|leg[ií]timo)|suplantaci[oó]n"
    r"|echt\s+van\s+(?:jullie|u)|is\s+deze\s+\w+\s+echt|e-?mail\s+[ée]\s+(?:verdadeiro|leg[ií]timo)|[ée]\s+verdadeir[oa]\?|fraude"
    r"|scam|fraudulent|suspicious\s+(?:e-?mail|message|request|sender|address)|did\s+you\s+(?:really\s+|actually\s+)?send\s+(?:this|us)"
    r"|confirm\s+(?:that\s+)?(?:this|the|your)\s+(?:e-?mail|reminder|message|request|notice)\s+(?:is|was|really|actually|came)"
    r"|(?:genuine|legitimate|authentic)\s+(?:e-?mail|reminder|request|message)|invoice\s+fraud|bank\s+details?\s+(?:have\s+|has\s+)?changed"
    r"|betrug\w*|betr[üu]gerisch|verd[äa]chtige\w*\s+(?:e-?mail|mail|nachricht)|echtheit|arnaque|frauduleu\w*|(?:mail|message|courriel)\s+suspect"
    r"|authenticit[ée]|estafa|fraudulent[oa]|(?:correo|mensaje)\s+sospechoso|autenticidad|oplichting|verdachte?\s+(?:mail|e-mail|bericht)|echtheid"
    r"|[ée]\s+(?:um\s+)?golpe|(?:e-?mail|mensagem)\s+suspeit[oa]|autenticidade)\b", I)

# Requests for tax forms and supplier-onboarding paperwork: something a person must send.
PAPERWORK = re.compile(
    r"\b(?:W-?9|W-?8\s*BEN(?:-E)?|1099|tax\s+residency\s+certificate|certificate\s+of\s+(?:residence|residency|insurance|incorporation)"
    r"|form\s+10F|TRC|VAT\s+registration\s+certificate|vendor\s+(?:set-?up|onboarding)\s+form|supplier\s+(?:set-?up|onboarding)\s+form"
    r"|freistellungsbescheinigung|ans[aä]ssigkeitsbescheinigung|handelsregisterauszug|unbedenklichkeitsbescheinigung"
    r"|kbis|attestation\s+(?:urssaf|de\s+vigilance|de\s+r[ée]gularit[ée]\s+fiscale)|certificado\s+de\s+(?:residencia\s+fiscal|estar\s+al\s+corriente)"
    r"|g-rekening\w*|uittreksel\s+(?:kvk|kamer\s+van\s+koophandel)|certid[aã]o\s+(?:de\s+n[aã]o\s+d[ií]vida|permanente)"
    r"|formul[aá]rio\s+de\s+resid[eê]ncia\s+fiscal)\b", I)


# A payment under an arrangement already agreed ("instalment 2 of 3 goes out on the 30th", "Rate 2 von 3"): a
# (partial) promise, not a request for a new plan (LABELING, field rules).
EXISTING_ARRANGEMENT = re.compile(
    r"\b(?:instal+ment|payment)\s+(?:no\.?\s*)?\d+\s+(?:of|/)\s*\d+|\b(?:next|second|third|final|last|monthly|december|january)\s+instal+ment"
    r"|\b(?:as|per|under)\s+(?:\w+\s+){0,3}(?:agreed|arrangement|agreement|payment\s+plan)|\brate\s+\d+\s+von\s+\d+|ratenvereinbarung|n[äa]chste\s+rate"
    r"|vereinbart\w*|[ée]ch[ée]ance\s+(?:n[°o]\s*)?\d+|(?:notre|l')\s*[ée]ch[ée]ancier\s+convenu|comme\s+convenu|plazo\s+\d+|(?:segundo|tercer|pr[óo]ximo)\s+plazo"
    r"|acuerdo\s+de\s+pago|seg[úu]n\s+lo\s+acordado|termijn\s+\d+|volgens\s+(?:onze\s+|de\s+)?(?:regeling|afspraak)|zoals\s+afgesproken"
    r"|presta[çc][ãa]o\s+\d+|(?:do|no)\s+acordo|conforme\s+(?:combinado|acordado)", I)
_ASKS = re.compile(r"\?|\b(?:can|could|may)\s+we|\bis\s+it\s+possible|\bwould\s+(?:you|it)|k[öo]nnen\s+wir|pourrions|podr[íi]amos|kunnen\s+we|podemos\s", I)


def pays_under_an_existing_arrangement(text: str) -> bool:
    """An instalment of an arrangement already agreed, stated rather than asked for."""
    return bool(EXISTING_ARRANGEMENT.search(text)) and not _ASKS.search(text)


def notice_kind(text: str) -> str | None:
    """'insolvency', 'authenticity' or 'paperwork' when the text is one of those, else None."""
    if INSOLVENCY.search(text):
        return "insolvency"
    if AUTHENTICITY.search(text):
        return "authenticity"
    if PAPERWORK.search(text):
        return "paperwork"
    return None


# The person we wrote to is gone or is not the one who pays ("X no longer works here", "I'm in sales, not
# accounts", "this mailbox is no longer read"): who we chase changes, so it is wrong_contact even when the
# reply also says where invoices should go (LABELING: "I am not the right person (any more), write to X").
PERSON_GONE = re.compile(
    r"\bno\s+longer\s+(?:works?|with|employed|at|here|in\s+charge|responsible|monitored|read|checked)|\bleft\s+(?:the\s+(?:company|business|firm|organi[sz]ation|finance\s+team|accounts\s+team|department)|us)\b"
    r"|\b(?:has|have|had)\s+(?:retired|moved\s+on|left)|\bretired\b|\bmoved\s+on\b|\bnot\s+the\s+(?:right|correct)\s+(?:person|contact)"
    r"|\bi'?m\s+(?:in|with)\s+(?:sales|purchasing|procurement|marketing|hr|logistics)\b|\bnot\s+(?:in\s+)?(?:accounts|finance)\b"
    r"|nicht\s+mehr\s+(?:im\s+unternehmen|bei\s+uns|tätig|zuständig|betreut|gelesen)|nicht\s+(?:der|die)\s+(?:richtige|zuständige)|nicht\s+zuständig"
    r"|ne\s+(?:fait|travaille)\s+plus|ne\s+fais\s+plus\s+partie|n'est\s+plus\s+(?:consultée?|chez|lue?|dans)|ne\s+m'occupe\s+pas|pas\s+la\s+bonne\s+personne"
    r"|ya\s+no\s+(?:trabaja|está|es\s+responsable|se\s+revisa)|no\s+soy\s+la\s+persona|me\s+jubilé|se\s+jubiló|ya\s+no\s+está\s+en"
    r"|(?:werkt|zit)\s+(?:hier\s+)?niet\s+meer|niet\s+de\s+juiste\s+persoon|niet\s+meer\s+(?:gelezen|werkzaam|in\s+dienst|verantwoordelijk)|is\s+vertrokken"
    r"|já\s+não\s+(?:trabalha|está|é\s+(?:usado|responsável))|saiu\s+da\s+empresa|não\s+sou\s+a\s+pessoa",
    re.I)


def says_the_person_is_gone(text: str) -> bool:
    """The recipient says they (or the contact we wrote to) are gone or not the one who handles payment."""
    return bool(PERSON_GONE.search(text))


def dispute_words_only_about_the_po(text: str) -> bool:
    """Every sentence with a dispute word ("incorrect", "please correct", "falsch") is about the PO number, order
    reference, cost centre or billing entity ("the PO number on INV-1 is incorrect, the right one is 4500…"):
    the reply asks for a PO / billing change, it does not contest the debt."""
    from agent.models.rules import CUES

    disputed = [s for s in sentences(text) if CUES["dispute"].search(s)]
    return bool(disputed) and all(CUES["po"].search(s) and not _MONEY_OR_GOODS.search(s) for s in disputed)


# what a real dispute is about, even when a PO is named in the same sentence
_MONEY_OR_GOODS = re.compile(
    r"price|amount|quantit|deliver|receiv|damag|broken|defect|charg|twice|duplicate|credit\s+note|preis|betrag|menge|liefer|erhalt|beschädig|defekt|doppelt|gutschrift"
    r"|prix|montant|quantité|livr|reçu|endommag|avoir|precio|importe|cantidad|entreg|recib|dañad|abono|prijs|bedrag|aantal|gelever|ontvang|beschadig|creditnota"
    r"|preço|valor|quantidade|entreg|receb|danific|nota\s+de\s+crédito", re.I)


# "Once we receive the credit note we'll pay on the 1st": the credit note is the condition of a promise, not a
# dispute (LABELING: a conditional promise is promise_to_pay, and a person judges it).
_REFUSAL = re.compile(r"\b(?:not|won't|cannot|can't|nicht|kein\w*|pas|ne|no|niet|geen|não|nunca|never|jamais|hasta|until|bis|tant\s+que|totdat|até)\b", re.I)


def dispute_words_only_in_a_condition_of_payment(text: str) -> bool:
    """Every sentence with a dispute word pays once something arrives ("sobald die Gutschrift vorliegt, zahlen
    wir"), without refusing ("we won't pay until…" stays a dispute)."""
    from agent.models.rules import CUES

    disputed = [s for s in sentences(text) if CUES["dispute"].search(s)]
    return bool(disputed) and all(RECEIPT_CONDITION.search(fold(s)) and PAYMENT_WORD.search(fold(s)) and not _REFUSAL.search(s) for s in disputed)
