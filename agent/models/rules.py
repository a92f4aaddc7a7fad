"""Keyword rules per intent, in six languages: features for the linear model and strong overrides.

Rules do what rules do best: mail-system signals (bounces, auto-replies) and unmistakable phrases.
Everything else is left to the trained model, which sees the rule hits as extra features.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from core.contracts import Intent
from guardrails.literal_screen import LiteralScreen

I = re.I

CUES: dict[str, re.Pattern[str]] = {
    "paid": re.compile(
        r"already\s+(?:been\s+)?(?:paid|settled|transferred|sent)|(?:was|were|has\s+been|have\s+been)\s+(?:paid|settled|transferred)"
        r"|we\s+(?:have\s+)?paid|we\s+(?:have\s+)?(?:settled|transferred|wired|remitted)|paid\s+(?:on|yesterday|last|in\s+full)"
        r"|remittance|proof\s+of\s+payment|(?:went|gone|was\s+sent)\s+out|(?:transfer|payment|wire)\s+(?:was\s+)?(?:made|sent|executed|processed)"
        r"|(?:transferência|transferencia|virement|overboeking|überweisung|betaling|pagamento|pago)\s+(?:\w+\s+){0,2}"
        r"(?:foi\s+feit|salió|sali[oó]|est\s+parti|a\s+été\s+(?:effectué|envoyé)|is\s+(?:\w+\s+){0,3}gedaan|ging\s+eruit|ist\s+raus"
        r"|wurde\s+(?:\w+\s+)?(?:ausgeführt|veranlasst)|fue\s+(?:realizad|enviad|hech)|foi\s+(?:efetuad|realizad|enviad))"
        r"|pagámos|pagamos\s+(?:\w+\s+){0,3}(?:hoje|ontem)|hemos\s+pagado|ya\s+pagamos|betaald\s+op|(?:ist|sind)\s+(?:\w+\s+){0,3}(?:beglichen|überwiesen|bezahlt)\b|payment\s+confirmation|bereits\s+(?:bezahlt|überwiesen|beglichen)|wurde\s+(?:bereits\s+)?"
        r"(?:bezahlt|überwiesen|beglichen)|haben\s+(?:\w+\s+){0,4}(?:bezahlt|überwiesen|beglichen)|zahlungsnachweis|zahlungsavis"
        r"|überweisungsbeleg|déjà\s+(?:été\s+)?(?:réglée?s?|payée?s?)|a\s+été\s+(?:réglée?|payée?|viré)|avons\s+(?:déjà\s+)?"
        r"(?:réglé|payé|viré|effectué)|preuve\s+de\s+(?:paiement|virement)|avis\s+de\s+virement|ya\s+(?:fue\s+|ha\s+sido\s+)?"
        r"(?:pagad|abonad|transferid)|hemos\s+(?:pagado|abonado|transferido|realizado\s+el\s+pago)|fue\s+pagad|justificante|comprobante"
        r"|al\s+betaald|is\s+(?:reeds\s+|al\s+)?betaald|hebben\s+(?:\w+\s+){0,3}(?:betaald|overgemaakt|voldaan)|betaalbewijs"
        r"|já\s+(?:foi\s+)?(?:pag|liquid|transferid)|foi\s+pag|(?:efetuámos|efetuamos|fizemos)\s+o\s+pagamento|comprovativo|comprovante",
        I),
    "promise": re.compile(
        r"will\s+(?:be\s+)?(?:pay|paid|settle|transfer|process|release|remit)|we'll\s+(?:pay|settle|transfer)|(?:going|plan)\s+to\s+pay"
        r"|payment\s+(?:is\s+|has\s+been\s+)?(?:scheduled|planned|will)|(?:scheduled|queued)\s+for\s+(?:payment|our)|payment\s+run"
        r"|(?:werden|wird)\s+(?:\w+\s+){0,7}(?:zahlen|bezahlen|überweisen|begleichen|angewiesen|bezahlt|überwiesen|beglichen)"
        r"|zahlung\s+(?:ist\s+)?(?:für|zum|bis)|zahlungslauf|zahllauf|eingeplant|(?:paierons|réglerons|virerons|procéderons|effectuerons)"
        r"|sera\s+(?:réglée?|payée?|effectuée?|viré)|va\s+(?:être\s+)?(?:payer|régler|virer)|allons\s+(?:payer|régler|procéder)"
        r"|(?:pagaremos|abonaremos|transferiremos|realizaremos|haremos\s+el\s+pago)|(?:será|serán)\s+(?:pagad|abonad|transferid|realizad)"
        r"|vamos\s+a\s+(?:pagar|abonar|transferir)|(?:zullen|gaan)\s+(?:\w+\s+){0,4}(?:betalen|overmaken|voldoen)|wordt\s+(?:\w+\s+){0,3}"
        r"(?:betaald|overgemaakt|voldaan)|betalen\s+(?:wij|we)|staat\s+gepland|(?:vamos|iremos)\s+(?:\w+\s+)?(?:pagar|efetuar|liquidar|transferir)"
        r"|será\s+(?:pag|efetuad|liquidad|transferid)|pagaremos|efetuaremos|liquidaremos", I),
    "dispute": re.compile(
        r"nie\s+(?:erhalten|bekommen|geliefert|angekommen)|jamais\s+(?:reçu|été\s+livr)|nunca\s+(?:recib|receb|lleg|cheg)"
        r"|nooit\s+(?:ontvangen|geleverd|aangekomen)|(?:billed|charged|invoiced)\s+(?:\w+\s+){0,3}(?:is|was|are)\s+wrong|is\s+wrong"
        r"|proof\s+of\s+delivery|delivery\s+note\s+signed|liefernachweis|preuve\s+de\s+livraison|comprobante\s+de\s+entrega"
        r"|comprovativo\s+de\s+entrega|afleverbewijs|prices?\s+(?:are|were)\s+fixed|new\s+price\s+list|please\s+correct"
        r"|bitte\s+korrigieren|merci\s+de\s+corriger|corrijan|corrijam|graag\s+corrigeren|dispute|twice|dos\s+veces"
        r"|deux\s+fois|zweimal|twee\s+keer|duas\s+vezes|disagree|contest|incorrect|not\s+correct|wrong\s+(?:price|amount|quantity|invoice)|overcharg|damaged|defective|broken"
        r"|never\s+(?:received|arrived|ordered)|not\s+(?:received|delivered|ordered)|billed\s+twice|duplicate|credit\s+note|cannot\s+pay\s+this"
        r"|widersp|reklamation|beanstand|nicht\s+korrekt|falsch|fehlerhaft|beschädigt|defekt|gutschrift|doppelt|nicht\s+(?:erhalten|geliefert|bestellt)"
        r"|nur\s+\d+\s+von|contest|erron|incorrect|endommag|défectueu|(?:un|l'|l’|votre|notre|cet|d'un)\s?avoir\b|en\s+double|pas\s+(?:reçu|livré|commandé)|litige|réclamation"
        r"|disputa|reclam|incorrect|erróne|dañad|defectuos|nota\s+de\s+crédito|(?:nota|factura)\s+de\s+abono|duplicad|no\s+(?:hemos\s+)?recibid|no\s+corresponde"
        r"|betwist|onjuist|niet\s+correct|klopt\s+niet|beschadigd|creditnota|dubbel|niet\s+(?:ontvangen|geleverd|besteld)|bezwaar"
        r"|contestar|contestamos|incorret|errad|danificad|nota\s+de\s+crédito|em\s+duplicado|não\s+(?:recebemos|encomendámos)|reclamação", I),
    "resend": re.compile(
        r"\breenv[ií]|\brenvo|\bresend|provide\s+(?:us\s+with\s+)?a\s+copy|segunda\s+via|duplicado\s+de\s+la\s+factura"
        r"|(?:send|resend|re-send|forward|email)\s+(?:us\s+|me\s+)?(?:a\s+)?(?:copy|the\s+invoice|invoice|it\s+again|again|a\s+pdf)"
        r"|copy\s+of\s+(?:the\s+)?invoice|(?:send|sending|email|emailing|forward)\s+(?:us\s+|me\s+)?(?:a\s+|an\s+|the\s+)?(?:pdf\s+|updated\s+|current\s+|full\s+)?statement|can't\s+find\s+(?:the\s+)?invoice|cannot\s+find|(?:don't|do\s+not)\s+have\s+(?:the|this|a\s+copy)"
        r"|(?:noch\s+einmal|erneut|nochmals|nochmal)\s+(?:\w+\s+){0,3}(?:senden|schicken|zusenden|zukommen)|kopie\s+der\s+rechnung|rechnungskopie"
        r"|(?:renvoyer|réexpédier|renvoyez|transmettre)\s+(?:\w+\s+){0,3}(?:facture|copie)|copie\s+de\s+(?:la\s+)?facture|duplicata"
        r"|(?:reenviar|reenvíen|reenvien|enviar\s+de\s+nuevo|volver\s+a\s+enviar)|copia\s+de\s+la\s+factura|(?:opnieuw|nogmaals|nog\s+een\s+keer)\s+"
        r"(?:\w+\s+){0,3}(?:sturen|toesturen|versturen|zenden)|kopie\s+van\s+de\s+factuur|(?:reenviar|enviar\s+novamente|voltar\s+a\s+enviar)"
        r"|cópia\s+da\s+fatura|segunda\s+via", I),
    "po": re.compile(
        r"order\s*referen|référence\s+de\s+commande|referencia\s+(?:de(?:l)?\s+)?pedido|referência\s+(?:de\s+|da\s+)?encomenda"
        r"|orderreferentie|bestellreferenz|auftragsreferenz|\bamend\b|\bwijzigen\s+in\b|\bändern\s+in\b|\bmodifier\s+la\s+référence"
        r"|alterem|\bcambiar\s+la\s+referencia|(?-i:\bP\.?O\.?\b)|\bp\.?o\.?\s*(?:#|n[or]\.?\s*\d|number|\d)|purchase\s+order|order\s+number|bestellnummer|bestell-nr|bestellung\s+nr|auftragsnummer|bon\s+de\s+commande"
        r"|numéro\s+de\s+commande|\bBC\s?\d|orden\s+de\s+compra|número\s+de\s+pedido|n[uú]mero\s+de\s+orden|inkoopordernummer|inkooporder"
        r"|ordernummer|ordem\s+de\s+compra|número\s+de\s+encomenda|billing\s+address|rechnungsadresse|adresse\s+de\s+facturation"
        r"|dirección\s+de\s+facturación|factuuradres|morada\s+de\s+faturação|cost\s+cent|kostenstelle|centre\s+de\s+coût|centro\s+de\s+cost"
        r"|kostenplaats|re-?issue(?!\s+(?:a\s+|the\s+)?(?:copy|pdf))|neu\s+ausstellen|rééditer|réémettre|reemitir|opnieuw\s+uitgeven|reemitir|emitir\s+novamente", I),
    "plan": re.compile(
        r"instal+ments?|payment\s+plan|payment\s+arrangement|give\s+us\s+(?:till|until|more\s+time|time\s+(?:till|until)|an?\s+(?:extension|extra|additional)\b)"
        r"|(?:can|could|may)\s+we\s+have\s+(?:till|until|more\s+time|an?\s+extension)|extension\s+(?:till|until|to)\b|spread\s+(?:the\s+)?payments?|pay\s+in\s+(?:\w+\s+)?(?:parts|tranches)"
        r"|cash\s*flow|raten|ratenzahlung|teilzahlung|abzahl|liquidit|échelonn|échéancier|plan\s+de\s+paiement|en\s+plusieurs\s+fois"
        r"|trésorerie|plazos|cuotas|fraccionar|plan\s+de\s+pagos|aplazar|liquidez|betalingsregeling|termijnen|gespreid|in\s+delen"
        r"|parcelas|prestações|parcelar|plano\s+de\s+pagamento|faseado", I),
    "ooo": re.compile(
        r"out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+)?leave|on\s+vacation|on\s+holiday|away\s+from\s+(?:the\s+)?office|limited\s+access"
        r"|automatic\s+reply|auto(?:matic)?[- ]?reply|abwesen|nicht\s+im\s+büro|im\s+urlaub|außer\s+haus|automatische\s+antwort"
        r"|absente?\s+du\s+bureau|en\s+congés?|réponse\s+automatique|fuera\s+de\s+la\s+oficina|de\s+vacaciones|respuesta\s+automática"
        r"|ausente|afwezig|met\s+vakantie|niet\s+op\s+kantoor|automatisch\s+antwoord|fora\s+do\s+escritório|de\s+férias"
        r"|resposta\s+automática|ausência", I),
    "bounce": re.compile(
        r"undeliver|delivery\s+(?:status\s+notification|has\s+failed|failure)|could\s+not\s+be\s+delivered|mail\s+delivery\s+(?:failed|subsystem)"
        r"|returned\s+to\s+sender|user\s+unknown|mailbox\s+(?:unavailable|not\s+found|full)|\b5\.\d\.\d\b|address\s+rejected"
        r"|unzustellbar|nicht\s+zugestellt|non\s+remis|n'a\s+pas\s+pu\s+être\s+(?:remis|distribué)|no\s+se\s+(?:pudo|ha\s+podido)\s+entregar"
        r"|onbestelbaar|niet\s+worden\s+afgeleverd|não\s+(?:foi\s+possível\s+)?entregue", I),
    "wrong": re.compile(
        r"forwarded\s+(?:your|this|the)\s+(?:e-?mail|message|reminder)|weitergeleitet|transféré\s+votre|reencaminhei|reenvié\s+su"
        r"|he\s+reenviado|doorgestuurd|update\s+(?:your|the)\s+(?:records|contact)|wrong\s+(?:\w+\s+){0,2}contact|correct\s+contact"
        r"|kontakt\s+an(?:passen|zupassen)|ansprechpartner\s+(?:ist|lautet)|mettre\s+à\s+jour\s+le\s+contact|atualizem\s+o\s+contacto"
        r"|contact\s+aanpassen|actualic\w+\s+el\s+contacto|never\s+placed\s+an\s+order|nie\s+bestellt|no\s+longer"
        r"|not\s+the\s+(?:right|correct)\s+(?:person|contact)|please\s+(?:contact|write\s+to|send\s+(?:it|this|invoices)\s+to)\s+(?:with|work|employed|at|responsible)|left\s+the\s+company|(?:not|wrong)\s+the\s+right\s+(?:person|contact)"
        r"|wrong\s+(?:person|contact|address|recipient)|not\s+responsible\s+for|please\s+(?:contact|write\s+to|send\s+(?:it|this|invoices)\s+to)"
        r"|nicht\s+mehr\s+(?:bei|im|für|tätig|zuständig)|nicht\s+(?:der\s+|die\s+)?(?:richtige|zuständige)|falsche[rn]?\s+(?:ansprech|empfänger)"
        r"|wenden\s+sie\s+sich\s+(?:bitte\s+)?an|ne\s+(?:fait|travaille)\s+plus|n'est\s+plus|pas\s+la\s+bonne\s+personne|ne\s+suis\s+pas\s+"
        r"(?:le\s+|la\s+)?(?:bon|bonne|responsable)|merci\s+d'(?:écrire|adresser|contacter)|ya\s+no\s+(?:trabaja|está|es\s+responsable)"
        r"|no\s+soy\s+la\s+persona|persona\s+equivocada|contacte\s+con|diríjase\s+a|werkt\s+(?:hier\s+)?niet\s+meer|niet\s+de\s+juiste"
        r"|niet\s+meer\s+(?:werkzaam|verantwoordelijk|in\s+dienst)|neem\s+contact\s+op\s+met|já\s+não\s+(?:trabalha|está|é\s+responsável)"
        r"|não\s+sou\s+a\s+pessoa|contacte|pessoa\s+errada", I),
    "ack": re.compile(
        r"ticket\s+(?:number|no\.?|#)|request\s+has\s+been\s+(?:logged|received|registered)|we\s+will\s+respond\s+within"
        r"|ticketnummer|anfrage\s+wurde\s+(?:registriert|erfasst)|numéro\s+de\s+ticket|demande\s+a\s+été\s+enregistrée"
        r"|número\s+de\s+(?:ticket|incidencia)|solicitud\s+ha\s+sido\s+registrada|verzoek\s+is\s+geregistreerd"
        r"|pedido\s+foi\s+registado|número\s+de\s+pedido\s+de\s+suporte", I),
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "question": re.compile(r"\?"),
    "thanks_only": re.compile(r"^\W*(?:thanks?|thank\s+you|danke|merci|gracias|bedankt|dank\s+u|obrigad[oa])\b[^.!?\n]{0,40}[.!]?\s*$", I),
}

CUE_NAMES = tuple(CUES)
# One RE2 pass says which cues a text may hold (guardrails.literal_screen: exact, never misses a match);
# only those are searched. The reader asks about the same few texts (the reply, its head, its body, its
# sentences) dozens of times, so each text's answer is remembered for a while.
_CUE_SCREEN = LiteralScreen(list(CUES.values()))


@lru_cache(maxsize=1024)
def cue_hits(text: str) -> frozenset[str]:
    """The names of the cues found in `text` (what `CUES[name].search(text)` finds, asked of all at once)."""
    possible = _CUE_SCREEN.may_match(text)
    return frozenset(name for n, name in enumerate(CUE_NAMES) if (possible is None or n in possible) and CUES[name].search(text))


def cue_found(name: str, text: str) -> bool:
    """Whether the cue `name` is in `text`."""
    return name in cue_hits(text)



class CueFeatures(BaseEstimator, TransformerMixin):
    """Binary rule-hit features (one column per cue), scaled to weigh like a few n-grams."""

    def __init__(self, weight: float = 1.0):
        self.weight = weight

    def fit(self, X, y=None):  # noqa: N803 - sklearn's signature
        return self

    def transform(self, X):  # noqa: N803
        rows = [[self.weight if name in hits else 0.0 for name in CUE_NAMES] for hits in map(cue_hits, X)]
        return sparse.csr_matrix(np.asarray(rows, dtype=float))

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"cue:{n}" for n in CUE_NAMES], dtype=object)


# A cue is evidence for an intent: used for secondary intents when the model agrees at least a little.
CUE_INTENT: dict[str, Intent] = {
    "paid": Intent.already_paid,
    "promise": Intent.promise_to_pay,
    "dispute": Intent.dispute,
    "resend": Intent.invoice_resend,
    "po": Intent.po_change,
    "plan": Intent.payment_plan_request,
    "wrong": Intent.wrong_contact,
}
