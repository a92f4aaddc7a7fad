"""How strongly the clause around a date commits to paying on it (`promise_role_score`), and the roles a date
takes from the dates beside it in its sentence (a meeting before it, the rest of a split payment, a plan's start).

Why apart: the score is the heart of the promise's choice (agent/dates/promise.py) and reads only words around one
date; the cue words it weighs are here with it."""

from __future__ import annotations

import re

from agent.dates.cues import _COMMIT, _DONE, _PAST_CUE, _PROMISE_CUE, _WE_PAY
from agent.dates.finding import FoundDate
from agent.dates.patterns import _WD_FULL, WEEKDAY_KINDS
from agent.dates.sentences import _clause_of, _clause_span, _conditional, _in_the_condition, _plan_role, _sentence_of, _sentence_start
from core.text.conditions import PAYMENT_ACT, PAYMENT_WORD

_NEGATED = re.compile(r"\b(?:not|cannot|can't|won't|unable|nicht|ned|kein\w*|pas|jamais|niet|geen|nao|nunca)\b|n't\b"
                      r"|\bno\s+(?:podemos|podremos|puedo|es\s+posible|sera\s+posible|vamos|llegamos|sera|va\s+a|es|hace|hacen|hay|abre|trabaja|funciona|opera)\b|\blukt\s+niet\b")


_MEETING = re.compile(r"\b(?:meet\w*|reun\w*|audit\w*|inspection|inspektion|keuring|inspeccion|inspecao|auditoria|treffen|termin\s+(?:mit|bei|beim)|appointment|call\s+with|rendez-vous|rdv|cita\s+con|afspraak|gesprek\s+met|reviews?|signs?\s+off|sign|valid\w*|sign\s+(?:it|this|them|that)\s+off|approv\w*|freigabe|freigeben|genehmig\w*|autoriza\w*|autorise\w*|goedkeur\w*|raad|schoolraad|gemeenteraad|besluit|college|camara|conselho|conseil|consejo|ayuntamiento"
                      r"|gemeinderat|stadtrat|vorstand|warrants?|signs|signed|tekent|ondertekent|unterschreibt|unterzeichnet|signera?|firma|firmara|assina|reune|reunen|board|committee|controller|tagt|\w*sitzung|besprechung|gesellschafterkreis"
                      r"|reunit|commission|comite|consejo|aprueba\w*|reunion|directie|keurt|\w*vergadering|diretoria|aprova\w*|reuniao|visierung"
                      r"|\w*versammlung|assemblee|asamblea|assembleia|junta"
                      r"|back\s+on|zuruck|de\s+retour|vuelve|terug|volta)\b")
_SEQUENCE = re.compile(r"\b(?:then|after\s+that|following|afterwards|danach|anschliessend|suivant|ensuite|puis|luego|despues"
                       r"|siguiente|daarna|vervolgens|depois|seguinte|so\s+(?:we|i|it|you|the\s+(?:payment|transfer|money)|maybe|perhaps|probably|likely|realistically|most\s+likely)"
                       r"|therefore|hence|deshalb|daher|donc|alors"
                       r"|asi\s+que|por\s+eso|daarom|dus|entao|por\s+isso)\b")
# "the first on 10 July, then 10 August", "die erste Rate am 1., dann ...": a list of parts opens with its first
_FIRST_OF_PARTS = re.compile(r"\b(?:the\s+first|die\s+erste|la\s+premiere|el\s+primero|la\s+primera|de\s+eerste|a\s+primeira|o\s+primeiro)"
                             r"(?:\s+(?:one|rate|instal+ment|payment|part|tranche|cuota|parcela|termijn))?\s+(?:on|am|le|el|op|em|no|na|dia|of)?\s*[^,;]{0,30}[,;]")
# "08031 will follow on the 4th": in a reply to a reminder, an invoice that follows is its payment
_PAY_MOVE = re.compile(r"\b(?:(?:is|are|'s)\s+going\s+(?=(?:on\s+|this\s+|next\s+)?(?:today|tomorrow|mon|tue|wed|thu|fri|the\s+\d))|(?:will|'ll|shall)\s+go(?!\s+(?:on\s+(?:holiday|leave|vacation)|away|through|over|back|before|to\s+(?:the\s+)?(?:board|committee|council|panel)))|(?:will|'ll|to)\s+follow|follows|seguira|seguiran|seguirao|suivra|suivront|go(?:es)?\s+out|reach|clear|wire|ach|check|cheque|mail|funds|run|sale|saldra|sai|partira|raus|volgt"
                       r"|overboeking|lote|remesa|campagne|zahllauf|betaalrun|pay\w*|paid)\b")


_FROM_TODAY = re.compile(r"\b(?:as\s+of|as\s+from|from|until|up\s+to|ab|bis|seit|a\s+partir\s+d'|jusqu'a|desde|hasta|vanaf|tot"
                         r"|a\s+partir\s+de|ate)\s*$")
# The date being replaced: "instead of Friday", "moved from the 2nd", "statt Freitag", "au lieu de vendredi".
_REPLACED = re.compile(r"(?:instead\s+of|rather\s+than|in\s+place\s+of|(?:moved|pushed|shifted|changed|postponed|delayed|brought)\s+(?:\w+\s+){0,3}from"
                       r"|(?:an)?statt|anstelle\s+(?:von)?|au\s+lieu\s+(?:de|du|d')|plutot\s+que|en\s+(?:vez|lugar)\s+del?"
                       r"|in\s+plaats\s+van|em\s+(?:vez|lugar)\s+d[aeo]s?"
                       # "schuift op van 27 november naar …", "adiada do dia 4 para …", "verschoben vom 4. auf …", "aplazado del 4 al …"
                       r"|(?:schuift\s+op|verschoven|verschuift|verplaatst|uitgesteld)\s+(?:\w+\s+){0,2}van|(?:adiad[oa]|passou|mudou|transferid[oa]|remarcad[oa])\s+(?:\w+\s+){0,2}d[eoa]"
                       r"|(?:verschoben|verlegt)\s+(?:\w+\s+){0,2}vo[mn]|(?:aplazad[oa]|pospuest[oa]|movid[oa]|movio|paso|pasad[oa]|trasladad[oa]|cambio)\s+(?:\w+\s+){0,2}del?"
                       r"|(?:reporte|decale|repousse)e?s?\s+(?:\w+\s+){0,2}du)\s*(?:the|le|la|el|de|het|o|a|am|dem|des|on|op|na|no)?\s*(?:dia\s+)?$")
_RECEIPT = re.compile(r"\b(?:receiv|recev|recib|receb|ontvang|krijg|erhalt|bekomm|have\s+(?:it|the\s+(?:money|funds)))\w*")
_MONEY = re.compile(r"[€$£]|\d[.,]\d\d\b|\b(?:eur|usd|gbp|funds|money|amount|balance|geld|betrag|bedrag|montant|argent|importe|dinero"
                    r"|valor|dinheiro|saldo|solde|zahlung|payment|virement|transferencia|transferencia|overboeking)\b")
# The money reaching the creditor, said without a payment word: "you'll have it Friday", "ça part vendredi".
_DELIVERY = re.compile(r"\b(?:have\s+it|with\s+you|land|arrive|expect\s+it|kommt|l'aurez|part(?:ira)?(?!\s+(?:de|du|des)\b)"
                       r"|l[oa]\s+tendr\w*|l[oa]\s+tienen|heeft\s+het|deur\s+uit|te-lo|tera|(?:on\s+)?fait\s+ca|do\s+it|lo\s+hacemos"
                       r"|doen\s+(?:we\s+|wij\s+)?het|fazemos|machen\s+wir|erledig\w*"
                       r"|lo\s+dejamos|queda\s+para|llega\w*|arriver\w*|chega\w*|komt\s+aan|kommt\s+an|l[oa]s?\s+tien\w*"
                       r"|het\s+wordt|it(?:'ll|\s+will)\s+be|wird\s+es|c'est\s+promis)\b")


# Money that reaches the sender from someone else, or that the sender waits on: a reason's day, not the promise's.
# ("my client proposes to settle …" is a lawyer's: the client is the debtor, the money goes out)
_MONEY_COMING_IN = re.compile(r"\b(?:(?:fees?|contract|(?<!my\s)clients?|customers?|buyers?|debtors?|wholesalers?|distributors?|grant|subsid\w*|funding|reimbursement|milestone|insurer|insurance|donor|council|job|project|sales|takings|receipts"
                              r"|sponsors?(?:hip)?|patrons?|backers?|tenants?|members?|guests?)"
                              r"\s+(?:\w+\s+){0,2}(?:pays?|come[s]?\s+in|comes?|settles?|clears?|arrives?|lands?)"
                              r"|wait\w*\s+(?:on|for)\s+(?:\w+\s+){0,4}(?:to\s+(?:settle|pay|clear|come\s+in)|payment|money|funds)"
                              # "nos clients commerciaux paient le 25", "unsere Kunden zahlen am 25."
                              r"|(?:clients?|kunden|clientes?|klanten|afnemers)\s+(?:\w+\s+){0,2}(?:paient|paie|reglent|zahlen|bezahlen|pagan|paga|pagam|betalen|betaalt)"
                              r"|pays?\s+us|zahl(?:t|en)\s+uns|nous\s+(?:paie|paient|verse|versent|regle|reglent)|nos\s+(?:paga|pagan|pagam)|betaal?(?:t|en)\s+ons"
                              # "the box office settles with us Wednesday", "the promoter pays out on Monday"
                              r"|settles?\s+(?:up\s+)?with\s+us|pays?\s+(?:us\s+)?out\s+(?:to\s+us\s+)?(?:on|by|this|next)|(?:box\s+office|promoters?|venue|organi[sz]ers?|auction\w*)\s+(?:\w+\s+){0,2}(?:pays?|settles?))\b")


# "instead of the 20th", "statt am 20.", "au lieu du 20", "en vez del 20", "in plaats van de 20e", "em vez do dia 20"
_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than|(?:an)?statt|anstelle|au\s+lieu\s+d[eu']?|en\s+(?:lugar|vez)\s+de(?:l)?|in\s+plaats\s+van"
                         r"|em\s+vez\s+d[eoa]|ao\s+inves\s+d[eoa])\s+(?:(?:the|am|dem|le|el|de|o|a|dia)\s+)*$")
# The first instalment's day: "first one USD 8,100 on 5 October", "la première de 1 300 € le 30"
# "due 25 February", "fällig am 15.", "échue le 10", "vencida el 5", "vervallen op 3 maart": the day a bill fell due
_DUE_ON = re.compile(r"\b(?:due|fallig|echue?s?|vencid[oa]s?|vervallen)\s+(?:on\s+|am\s+|zum\s+|le\s+|au\s+|el\s+|op\s+|em\s+|no\s+)?(?:the\s+|dia\s+)?$")
_FALLING_DUE_AFTER = re.compile(r"\s*f(?:a|ae)llige?[nmrs]?\b")  # "die am 15.04. fällige Rate"
_FIRST_INSTALMENT_ON = re.compile(r"\b(?:the\s+)?first(?:\s+(?:one|instal+ment|payment|tranche|rate|part))?\s+(?:of\s+)?(?:(?:usd|eur|gbp|chf|[€$£])\s?)?[\d.,\s]*"
                                  r"(?:(?:usd|eur|gbp|chf|[€$£])\s+)?(?:on|by)\s+(?:the\s+)?$")
# A date the sender labels as the payment's
_DATE_LABEL = re.compile(r"\b(?:(?:target|payment|pay|planned|scheduled|expected|value|new)\s+(?:payment\s+)?date|nieuwe\s+datum|neue[sr]?\s+(?:datum|termin)"
                         r"|nouvelle\s+date|nueva\s+fecha|nova\s+data|zahlungs(?:datum|termin)|valuta(?:datum)?|date\s+de\s+(?:paiement|valeur|virement)"
                         r"|fecha\s+(?:de\s+)?(?:pago|valor|transferencia)|betaal(?:datum|dag)|data\s+(?:de\s+|do\s+)?(?:pagamento|valor))"
                         r"(?:\s+(?:prevue|prevista|voorzien|geplant))?\s*(?:is|will\s+be|ist|est|es|e|:|=|-|\u2013)?\s*(?:(?:on|am|le|el|op|no|dia|the)\s+)*"
                         r"(?:[a-z-]+\s*,?\s+)?$")  # and the weekday before the date ("Nieuwe datum: vrijdag 19 oktober")
# "the payment run of week 39 is postponed", "der Zahllauf am 28. wurde verschoben": a day given up, said after it
_POSTPONED_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:is|was|has\s+been|have\s+been|wurde|ist|a\s+ete|est|fue|ha\s+sido|foi|werd|wordt|is\s+nu)\s+(?:\w+\s+)?"
                              r"(?:postponed|delayed|pushed\s+back|cancel+ed|uitgesteld|verschoven|geannuleerd|verschoben|abgesagt|verlegt|reportee?|decalee?"
                              r"|annulee?|aplazad[oa]|pospuest[oa]|cancelad[oa]|adiad[oa])\b")


def head_of(folded: str, f: "FoundDate") -> str:
    """The leading words a date phrase carries ("on the", "by"), read with the words before it."""
    return re.match(r"(?:(?:by|on|before|until|till|from|the)\s+)*", folded[f.start:f.end]).group(0)


# The part of a bill still to come, named apart from the part paid: "the rest", "the small one", "die größere Rechnung".
_PART_TO_COME = re.compile(r"\b(?:the\s+(?:balance|rest|remainder)|le\s+(?:solde|reste)|(?:der|den)\s+rest(?:betrag)?|restbetrag|el\s+(?:resto|saldo)"
                           r"|het\s+(?:restant|saldo)|de\s+rest|o\s+(?:restante|resto|saldo)"
                           r"|(?:the|die|der|das|le|la|el|de|het|o|a)\s+(?:small(?:er)?|big(?:ger)?|large(?:r)?|other|second|kleinere?|andere"
                           r"|grose(?:re)?|petite|grande|pequena|kleine|grote|outra|otra)\s+(?:one|invoice|rechnung|facture|factura|factuur|fatura)?)\b")
_GOES_THROUGH = re.compile(r"\b(?:go(?:es)?|will\s+go|going)\s+(?:through|out|over)\b")


# Someone else the sender pays, whose day is not ours: staff and payroll, the tax office, the landlord.
_ANOTHER_PAYEE = re.compile(r"\b(?:payroll|salar(?:y|ies)|wages|staff|employees|(?:vat|tax)\s+(?:return|payment|bill)|landlord|rent"
                            r"|gehalt\w*|gehaelter|lohn\w*|lohne|(?:das|dem|des|unser|unserem)\s+personals?|mitarbeiter\w*|finanzamt"
                            r"|salaires?|paie\s+(?:du|de\s+nos)|(?:au|du|le|notre)\s+personnel|loyer|urssaf"
                            r"|salarios?|nominas?|gratificacion\w*|aguinaldos?|(?:al|del|el|nuestro)\s+personal|planillas?|alquiler|hacienda"
                            r"|salariss?en|lonen|loon\w*|personeel|huur|belastingdienst"
                            r"|folha(?:\s+de\s+pagamento)?|funcionarios|decimo\s+terceiro|13o\s+salario|aluguel|aluguer)\b")
# ... unless the clause is about our bill too
_OUR_BILL = re.compile(r"\b(?:your|you|ihre?n?|sie|votre|vos|vous|su|sus|usted\w*|uw|u|jullie|sua|seu|voces|invoices?|inv|rechnung\w*"
                       r"|factur\w*|factuur|facturen|fatura\w*)\b")


def promise_role_score(folded: str, f: FoundDate, language: str | None = None) -> int:
    """How strongly the clause around a date commits to paying on it (higher is more of a promise)."""
    sentence_start = _sentence_start(folded, f.start)
    sent = _sentence_of(folded, f.start)
    clause_start, clause_end = _clause_span(sent, f.start - sentence_start)
    clause = sent[clause_start:clause_end]
    before = folded[sentence_start:f.start]
    score = 0
    # "paid 94512 yesterday, the small one will go through before EOFY", "540,– wurde angewiesen, die größere Rechnung folgt
    # nächste Woche", "we transferred 3000 today, the rest 3215 until 30.06": the part still to come, dated in its own clause
    part_to_come = bool(_PART_TO_COME.search(clause)) and bool(
        _COMMIT.search(clause) or _GOES_THROUGH.search(clause) or _DEADLINE.search(folded, max(sentence_start, f.start - 25), f.start))
    if _PROMISE_CUE.search(clause) or _PAY_MOVE.search(clause) or _DELIVERY.search(clause) or part_to_come \
            or ((_RECEIPT.search(clause) or _COMMIT.search(clause)) and _MONEY.search(clause)):
        score += 2
    elif _PROMISE_CUE.search(sent):
        score += 1
    # "paid" after "will be" / "wordt" / "sera" is a passive future, not a payment made
    # "both invoices will be paid the week after next, Tuesday": "paid" after a commitment earlier in the sentence is a passive future
    # ("die 94940 überweisen wir am 10.09., die 94941 ist bereits am Montag raus": a clause of its own told as done)
    if f.past is not None and not _COMMIT.search(clause) and not part_to_come \
            and (_PAST_CUE.search(sent) and not _COMMIT.search(sent, 0, clause_start) or _PAST_CUE.search(clause)
                 or _DONE.search(clause) and not _COMMIT.search(sent, 0, clause_start)):  # ("will then be made": a future, split at "then")
        score -= 2
    if any(m.group(0) != "pas" or (language or "")[:2] != "nl" for m in _NEGATED.finditer(clause)):
        score -= 3  # (Dutch "pas op donderdag" is "not until Thursday", no negation)
    if _HABIT.search(clause):
        score -= 2  # "we pay vendors on the 1st and 15th": the payer's routine, not this invoice's day
    if _ANOTHER_PAYEE.search(clause) and not _OUR_BILL.search(clause):
        score -= 3  # "first we pay the staff bonuses (15/07); your invoice on the 20th": someone else's payday
    if _SOMEONE_AWAY.search(clause) and not _PROMISE_CUE.search(clause):
        score -= 3  # "Lewis is out today": the day someone is away, not a day of payment
    at = f.start - sentence_start - clause_start
    if _conditional(clause, language):
        score -= 3
        if _in_the_condition(clause, at, at + (f.end - f.start), language):
            score -= 3  # "if you send the notes by Weds we'll pay Fri": Weds is the condition's date, Fri the promise
    score += _plan_role(clause, at, at + (f.end - f.start))
    lead = clause[max(0, at - 45):at]
    meeting = list(_MEETING.finditer(lead))
    if meeting and not (_PAY_MOVE.search(lead, meeting[-1].end()) or _PROMISE_CUE.search(lead, meeting[-1].end())):
        score -= 3  # the meeting's own date: "the board meets on the 16th", "na het besluit van het college op 24 november"
    if folded[:f.start].rstrip().endswith("(") and folded[f.end:].lstrip().startswith(")"):
        # "después del día de la Virgen (12 de diciembre)": a bracket dates the event named before it
        glossed = re.search(r"[^,;:.!?\n]*\(\s*$", folded[sentence_start:f.start])
        if glossed and _opens_on_an_event(glossed.group(0)):
            score -= 3
    if _opens_on_an_event(clause[:at]) or _AN_EVENT_STARTS.search(before[-30:]):
        score -= 3  # "on Friday 11th, after our stock-taking on the 10th", "después de la junta del día 2": the event's day
    head = head_of(folded, f)  # the phrase may carry its own preposition ("from the 2nd"): read it with the words before
    lead_in = before[-40:] + head
    if _INSTEAD_OF.search(lead_in):
        score -= 4  # "now planned for 27th September instead of 20th September": the day given up
    if _DUE_ON.search(lead_in) or _FALLING_DUE_AFTER.match(folded, f.end):
        score -= 3  # "the instalment due 25 February will be paid on 28 February": the day it fell due
    if _FIRST_INSTALMENT_ON.search(lead_in) or _LATEST_BEFORE.search(lead_in):
        score += 2  # "first one USD 8,100 on 5 October", "au plus tard lundi", "spätestens am Freitag": the day that binds
    if _DATE_LABEL.search(lead_in):
        score += 2  # "target date 4/7", "Zahlungsdatum: 8.4.", "date de paiement prévue le 8": the day the sender names as the payment's
    if _SEQUENCE.search(before) and not _FIRST_OF_PARTS.search(before):
        score += 2  # "then" after "the first on 10 July" lists the parts, it does not move the day
    if _REPLACED.search(lead_in) or _POSTPONED_AFTER.match(folded, f.end):
        score -= 4
    if f.kind == "today" and _FROM_TODAY.search(before[-25:]):
        score -= 3  # "as of today", "ab heute": a point of reference, not the day of payment
    if _AT_THE_LATEST.match(folded, f.end):
        score += 3  # "début décembre, le 2 au plus tard": the date that binds
    if _REFINED.search(before[-30:]):
        score += 3  # "the week of the 7th, let's say Tuesday 8th": the sentence narrows down to this one
    if _LATEST_BEFORE.search(before[-30:] + head):
        score += 3  # "next week, latest on Wednesday": the latest day said first
    if _VALUE_DATE.search(before[-30:] + head):
        score += 4  # "mit Valuta 3.12.": the value date is the day the money moves
    if _CORRECTION.search(before[-40:] + head):
        score += 4  # "(not this Monday – the 7th)": the day given as a correction wins
    if _CONTRAST.search(before[-30:] + head) and (_NEGATED.search(before) or (language or "")[:2] == "es" and re.search(r"\bno\b", before)):
        score += 4  # "ya no será el 25, sino el 1": the date that replaces a denied one
    return score
# "the Oktoberfest, which starts on the 3rd", "que começa dia 3", "die Messe beginnt am 12.": an event's first day
_AN_EVENT_STARTS = re.compile(r"\b(?:starts|begins|opens|kicks\s+off|beginnt|startet|commence|debute|empieza|comienza|arranca|begint|start|comeca|inicia|abre)"
                              r"(?:\s+(?:on|am|le|el|op|no|em|dia|the|a|en))*\s*$")
# A clause opening on "after" and an event that has its own day: "after our stock-taking on the 10th", "nach der Inventur am
# 12.12.", "après l'audit du 3", "depois da auditoria no dia 2/12" (not "after the 10th": no event is named).
_AFTER_AN_EVENT = re.compile(r"\W*(?:(?:and|y|e|et|und|en)\s+)?(?:after|following|despues\s+del?|luego\s+del?|tras|nach|apres|na\s+(?:de|het|onze|ons|hun)|depois\s+d[aoe]s?|apos)\s+(?P<event>.*)")
def _opens_on_an_event(text: str) -> bool:
    """Whether the words open on "after" and an event that is not the payment ("after our stock-taking on", "nach der
    Inventur am"): the day right after them is the event's."""
    event = _AFTER_AN_EVENT.match(text)
    return bool(event and _EVENT_WORD.search(event.group("event")) and not PAYMENT_WORD.search(event.group("event")))


_EVENT_WORD = re.compile(r"\b(?!(?:the|our|their|your|this|that|der|die|das|dem|den|unserer?|la|le|les|del|los|las|notre|nuestra?|onze|het|de|da|do|dos|das|nossa?|weekend|week|month)\b)[a-z][a-z'-]{3,}")


# A payer's routine, told of suppliers in general: "we pay vendors on the 1st and 15th", "wir zahlen Lieferanten immer
# am 25.", "nous réglons nos fournisseurs le 10", "pagamos a proveedores los días 5", "wij betalen leveranciers op de 20e",
# "pagamos os fornecedores no dia 10".
_HABIT = re.compile(r"\b(?:(?:pay|paying|pays)\s+(?:all\s+)?(?:our\s+)?(?:vendors|suppliers)|(?:usually|normally|generally|typically|always|normalerweise|ublicherweise|immer|normalement|habituellement|toujours|normalmente|generalmente|siempre|gewoonlijk|normaal|altijd|sempre)\s+(?:\w+\s+)?(?:pay|zahl|paie|pag|betal|regl)\w*|(?:pay|zahl|paie|pag|betal|regl)\w*\s+(?:\w+\s+)?(?:always|immer|toujours|siempre|altijd|sempre)\b|(?:zahlen|bezahlen|begleichen)\s+(?:\w+\s+){0,2}lieferanten"
                    r"|(?:payons|reglons|payer)\s+(?:tous\s+)?(?:nos|les)\s+fournisseurs|pagamos\s+(?:a\s+)?(?:(?:los|nuestros|todos\s+los)\s+)?proveedores"
                    r"|betalen\s+(?:\w+\s+){0,2}leveranciers|pagamos\s+(?:(?:os|aos|nossos|todos\s+os)\s+)?fornecedores"
                    # a weekday with the article and no date, after a verb of habit: "notre banque fait les virements groupés
                    # le vendredi", "on paie le mardi", "we pay on Fridays"
                    r"|(?:fait|font|faisons|passe|passent|effectue|effectuent|traite|traitent|lance|lancent|paie|paient|payons|reglons|regle)\b[^.;:!?]{0,50}"
                    r"\ble\s+(?:lundi|mardi|mercredi|jeudi|vendredi)\b(?!\s+(?:\d|prochain|qui\s+vient))"
                    r"|\b(?:on|op)\s+(?:mon|tues|wednes|thurs|fri)days\b|\bles\s+(?:lundis|mardis|mercredis|jeudis|vendredis)\b)\b")

# Someone away on the day named: "Lewis is out today", "sie ist heute nicht im Haus", "il est absent aujourd'hui".
_SOMEONE_AWAY = re.compile(r"\b(?:(?:is|am|are|'s|'m)\s+(?:out|off|away|not\s+in)|ist\s+(?:\w+\s+){0,2}(?:nicht\s+(?:da|im\s+(?:haus|buro))|abwesend)"
                           r"|est\s+(?:\w+\s+){0,2}absente?|esta\s+(?:\w+\s+){0,2}(?:fuera|ausente)|is\s+(?:\w+\s+){0,2}(?:afwezig|er\s+niet)"
                           r"|(?:esta|nao\s+esta)\s+(?:\w+\s+){0,2}(?:fora|ausente))\b")
# "latest on Wednesday", "spätestens Mittwoch", "au plus tard le 3": the binding date, with the cue before it.
_LATEST = (r"at\s+the\s+(?:very\s+)?latest|latest|spatestens|au\s+plus\s+tard|a\s+mas\s+tardar|como\s+muy\s+tarde|uiterlijk"
           r"|op\s+zijn\s+laatst|o\s+mais\s+tardar|no\s+mais\s+tardar")
_LATEST_BEFORE = re.compile(r"\b(?:allerspatestens|" + _LATEST + r")\s*,?\s*"
                            r"(?:(?:on|by|am|le|el|op|na|no|o|a|the|den|aber|jedoch|but|mais|pero|maar|mas)\s+|(?:" + _WD_FULL + r")\s*,?\s*)*$")
# "the week of the 14th, at the latest Wednesday 16": a latest day after a week narrows it to that day
_LATEST_AFTER = re.compile(r"\b(?:" + _LATEST + r")\b")
# A value date ("Valuta 3.12.", "value date 3 Dec", "date de valeur", "fecha valor", "valutadatum", "data valor") is the payment day.
_VALUE_DATE = re.compile(r"\b(?:valuta(?:datum)?|value\s+date|date\s+de\s+valeur|fecha\s+(?:de\s+)?valor|data\s+(?:de\s+)?valor"
                         # "Expected transfer date 9 July", "Zahlungsdatum: 9.7.", "date de paiement le 9", "fecha de pago: 9"
                         r"|(?:(?:expected|planned|scheduled|new)\s+)?(?:transfer|payment|pay)\s+date|zahlungs(?:datum|termin)|uberweisungsdatum"
                         r"|date\s+(?:de\s+|du\s+)?(?:paiement|virement)|fecha\s+de\s+(?:pago|transferencia)|betaal(?:datum|dag)|data\s+(?:de|do)\s+pagamento)\s*[:,]?\s*"
                         r"(?:(?:am|on|le|el|op|de|du|del|dia|the|den)\s+)*$")
# "not the 25th but the 1st", "nicht am 25., sondern am 1.", "plus le 25 mais le 1er", "no el 25 sino el 1", "niet de 25e maar de 1e",
# "não dia 25 mas sim dia 1": the date after the contrast is the one that holds (scored only after a negation).
_CONTRAST = re.compile(r"\b(?:but|sondern|mais|sino|maar|mas(?:\s+sim)?)\s+(?:(?:rather|instead|on|the|this|am|diesen|le|ce|el|este|esta|op|deze|de|dia|no|o|a|en|em)\s+)*$")
# A day given as a correction of another: "not this Monday – the 7th", "nicht diesen Montag, den 7.", "pas ce lundi : le 7",
# "no este lunes, el 7", "niet deze maandag maar de 7e" is _CONTRAST's, "não esta segunda – dia 7".
_CORRECTION = re.compile(r"\b(?:not|nicht|pas|no|niet|nao)\s+(?:this|that|diesen|ce|este|esta|deze|die|dit|esta)\s+\w+(?:-feira)?\s*"
                         r"(?:[-\u2013\u2014,:]|\.\.\.)\s*(?:(?:on|the|am|den|le|el|op|de|dia|o|a)\s+)*$")
# What a date's clause names when it is the rest of a split payment ("1 500 € next week and the balance end of December").
_BALANCE = re.compile(r"\b(?:the\s+(?:balance|rest|remainder)|(?:and|&)\s+(?:balance|rest|remainder)|remaining|le\s+(?:solde|reste)|(?:der|den)\s+rest(?:betrag)?|restbetrag"
                      r"|el\s+(?:resto|saldo)|lo\s+(?:restante|demas)|het\s+(?:restant|resterende|saldo)|de\s+rest|o\s+(?:restante|resto|saldo)"
                      # "uma agora e outra no fim de outubro", "one now and the other at month end": the second part
                      r"|(?:and|e|y|et|und|en)\s+(?:a\s+|la\s+)?(?:outra|otra|l'autre|the\s+other|die\s+andere|de\s+andere))\b")
# A plan's first day: "over 4 months starting 1 December", "in 3 Raten ab dem 1.", "en 3 fois à partir du 5".
_STARTING = re.compile(r"\b(?:starting|beginning|commencing|from|ab(?:\s+dem)?|beginnend|a\s+partir\s+d[eu']|des\s+le|desde|a\s+partir\s+del?"
                       r"|vanaf|met\s+ingang\s+van|a\s+partir\s+d[oa]|com\s+inicio\s+(?:a|em))\s*(?:(?:on|the|le|el|den|dem|dia|o|a)\s+)*$")
# A plan told by its instalments before its start date: "4 x 990 monthly from 1 December", "in drei Raten ab dem 1.",
# "en 3 mensualités à partir du 5", "en cuotas mensuales desde el 1", "in termijnen vanaf 1 maart", "em parcelas a partir de 1".
_INSTALMENTS = re.compile(r"\b(?:monthly|per\s+month|a\s+month|instal\w*|\d+\s*x|x\s*[€$£]?\s*\d|raten|monatlich\w*|mensualit\w*|par\s+mois"
                          r"|cuotas|mensual\w*|al\s+mes|termijnen|maandelijks\w*|per\s+maand|parcelas|mensais|por\s+mes)")
# A plan in parts, by the words for its parts: "en tres parcialidades", "em duas prestações", "in two tranches".
_PLAN_PARTS = re.compile(r"\b(?:instal\w*|parcialidad\w*|plazos|cuotas|prestaco\w*|parcelas?|parcelar|tranches?|echeances?|mensualit\w*|raten|teilzahlung\w*"
                         r"|termijnen|rate|etaler|etalement|spread|split\s+(?:it|the\s+\w+|this)|fraccionar|aufteilen|verdelen|dividir"
                         r"|en\s+(?:deux|trois|quatre|\d)\s+fois|in\s+(?:two|three|four|\d)\s+(?:parts|payments|goes)|(?:two|three|four|five|six|\d)\s+(?:monthly\s+)?payments|in\s+(?:zwei|drei|vier|\d)\s+(?:teilen|raten|zahlungen)"
                         r"|en\s+(?:dos|tres|cuatro|\d)\s+(?:pagos|partes|veces)|in\s+(?:twee|drie|vier|\d)\s+(?:delen|keer|termijnen)|em\s+(?:duas|tres|quatro|\d)\s+(?:vezes|parcelas|prestacoes))\b")
# "our payment run dates for April are 7/4, 14/4 and 28/4": a calendar of runs, not the day of this payment
_RUN_CALENDAR = re.compile(r"\b(?:(?:(?:payment|pay|check|cheque|supplier)\s+)?(?:run|runs|batch)\s+(?:dates|days)|payment\s+(?:dates|days)|pay\s?days"
                           r"|zahl(?:ungs)?(?:lauf|laufe|tage|termine)|dates\s+de\s+(?:paiement|virement)|fechas\s+de\s+pago|betaal(?:dagen|data|runs)"
                           r"|datas\s+de\s+pagamento)\b[^.;:!?]{0,30}?\b(?:are|is|sind|sont|son|zijn|sao|:)\s")
# The day money arrives, said after the day it is sent: "should land tomorrow", "já deve estar convosco amanhã".
_LANDS = re.compile(r"\b(?:land(?:s|ed)?|arriv\w*|be\s+(?:there|with\s+you|in\s+your\s+account)|reach(?:es)?\s+you|hit\s+your\s+account|estar\s+(?:convosco|con\s+ustedes)"
                    r"|cheg\w*|lleg\w*|bei\s+ihnen|auf\s+ihrem\s+konto|ankommen|eingehen|chez\s+vous|sur\s+votre\s+compte|bij\s+jullie|bij\s+u|op\s+uw\s+rekening)\b")
# Between two dates offered as alternatives: "the 2nd or 3rd", "Donnerstag oder Freitag", "na 2.ª ou na 3.ª".
_OR = re.compile(r"\s*,?\s*(?:or|oder|ou|o|of)\s+(?:(?:the|on|am|le|el|op|o|a|na|no|dia|den)\s+)?$")
# A range, kept until its last day: "between the 29th and the 31st", "zwischen dem 5. und 8.", "entre le 28 et le 30",
# "entre el 4 y el 6", "tussen de 28e en de 31e" (LABELING: a range is dated on its last day).
_BETWEEN = re.compile(r"\b(?:between|zwischen|entre|tussen)\s+(?:(?:the|dem|den|le|les|el|los|os|o|de|het)\s+)?(?:(?:dias?|days?)\s+)?$")
_AND = re.compile(r"\s*(?:and|und|et|y|e|en)\s+(?:(?:the|dem|den|le|el|o|de|het|dia)\s+)?$")


# A reason given after the promised date: its own dates explain the promise, they are not it.
_BECAUSE = re.compile(r"\b(?:because|since|as\s+(?:our|we|the)|weil|denn|da\s+(?:wir|unsere?)|car|parce\s+qu|puisque|porque|ya\s+que|pues"
                      r"|omdat|aangezien|pois|ja\s+que|visto\s+que|given\s+that)\b")


def _told_as_done(folded: str, f: FoundDate) -> bool:
    """The clause of a date tells of something done ("die Hälfte ist heute raus", "paid today")."""
    clause = _clause_of(_sentence_of(folded, f.start), f.start - _sentence_start(folded, f.start))
    return bool(_DONE.search(clause) or _PAST_CUE.search(clause)) and not _COMMIT.search(clause)


def _denied(folded: str, f: FoundDate) -> bool:
    """The clause of a date denies it ("our bank doesn't process on Friday")."""
    start = _sentence_start(folded, f.start)
    return bool(_NEGATED.search(_clause_of(_sentence_of(folded, f.start), f.start - start)))


def speaks_of_paying(sentence: str) -> bool:
    """A payment word, a payment moving, the money reaching us, a word of commitment ("Re-booked for Friday") or of a plan
    ("3 x 900 monthly from 8 March") anywhere in the sentence."""
    return bool(_PROMISE_CUE.search(sentence) or _PAY_MOVE.search(sentence) or _DELIVERY.search(sentence) or PAYMENT_ACT.search(sentence)
                or _COMMIT.search(sentence) or _INSTALMENTS.search(sentence) or _PLAN_PARTS.search(sentence))


def _against_the_others(folded: str, scored: list[tuple[int, FoundDate]]) -> list[tuple[int, FoundDate]]:
    """Roles a date takes from the dates beside it in its sentence: after a dated meeting or approval, the date a
    payment is named with is the payment's ("the committee meets on the 19th, payment on the 23rd"); the rest of a
    split payment comes after the first part, which the promise is kept or broken by; a plan's start date beats
    its length ("over 4 months starting 1 December")."""
    out = []
    # the dates whose sentence speaks of paying (a payment word, a transfer that goes out, the money reaching us)
    paying = {id(g) for _, g in scored if speaks_of_paying(_sentence_of(folded, g.start))}
    for score, f in scored:
        start = _sentence_start(folded, f.start)
        earlier = [g for _, g in scored if g.start < f.start and _sentence_start(folded, g.start) == start]
        clause = _clause_of(_sentence_of(folded, f.start), f.start - start)
        if any(_MEETING.search(folded[max(start, g.start - 45):g.start]) for g in earlier) \
                and (_PROMISE_CUE.search(clause) or _PAY_MOVE.search(clause)):
            score += 3
        if earlier and _BALANCE.search(folded[max(start, f.start - 30):f.start]) and not all(_told_as_done(folded, g) for g in earlier):
            score -= 2  # the rest comes after the first part, unless that part is already gone ("die Hälfte ist heute raus")
        if _MONEY_COMING_IN.search(clause) and not _WE_PAY.search(clause) and any(
                g.future != f.future and not _MONEY_COMING_IN.search(_clause_of(_sentence_of(folded, g.start), g.start - _sentence_start(folded, g.start)))
                for _, g in scored if g is not f and g.future is not None):
            # "the parents' fees come on 10th. We pay on 11 June", "vrijdag de 17de … want de bank betaalt ons pas de 16de":
            # the day money reaches the sender, beside another day
            score -= 2
        before_it = earlier or [g for _, g in scored if g.end <= f.start]  # "paying this arvo. Should be there Thursday."
        if before_it and _LANDS.search(clause) and not _PROMISE_CUE.search(clause) and folded[before_it[-1].end:f.start].strip():
            score -= 3  # "paid today, should land tomorrow", "releasing today, it'll be there tomorrow": the day it is sent binds
        if earlier and _SEQUENCE.search(folded, earlier[0].end, f.start) and _PLAN_PARTS.search(folded):
            score -= 3  # "three instalments: the first on 30 September, then 31 October": a plan is kept by its first one
        if _RUN_CALENDAR.search(folded, start, f.start):
            score -= 3  # one of a calendar's days; the day this payment is slotted into is named apart ("into the 14/4 run")
        if earlier and _BECAUSE.search(folded, earlier[-1].end, f.start):
            score -= 3  # "we pay on the 16th, because our customers pay us on the 15th": the reason's date is context
        if folded[:f.start].rstrip().endswith("(") and folded[f.end:].lstrip().startswith(")") and any(
                g.start > f.end and _sentence_start(folded, g.start) == start for _, g in scored):
            score -= 3  # "our last run before fiscal year-end (June 30) is June 27": the bracket dates what it follows
        if id(f) not in paying and any(id(g) in paying and g.start > f.end and not _denied(folded, g) for _, g in scored):
            # "Le Doudou, c'est le 16 juin. Je paie … le 14": a day in a sentence of no payment, before one of payment (after
            # it, a day alone answers it: "Payment on the last Friday? … so the first Friday of December"; a payment denied
            # is none: "Sunday 7/10. Our bank doesn't process on Friday")
            score -= 3
        if _STARTING.search(folded[max(start, f.start - 30):f.start]) and (any(
                g.kind == "in_n" and _sentence_start(folded, g.start) == start for _, g in scored if g is not f)
                or _INSTALMENTS.search(folded, start, f.start)):
            score += 2
        out.append((score, f))
    return out


def _the_later_of_two(folded: str, best: FoundDate, cands: list[FoundDate]) -> FoundDate:
    """"the 2nd or 3rd", "Thursday or Friday", "between the 29th and the 31st": the promise is kept by the later day,
    so that one is promised."""
    in_a_range = bool(_BETWEEN.search(folded, max(0, best.start - 25), best.start))
    for f in cands:
        if f.kind in _WEEK_SPANS and best.kind in WEEKDAY_KINDS:
            continue  # "Thursday of week 49" (Dutch "of" is "or"): the week places the weekday, it is no alternative
        gap = folded[best.end:f.start]
        if f.start >= best.end and (_OR.match(gap) or in_a_range and _AND.match(gap)) and f.future is not None \
                and best.future is not None and f.future > best.future:
            return f
    return best


# The date that binds among several: one said to be the latest, or the one a sentence narrows down to.
_AT_THE_LATEST = re.compile(r"\s*,?\s*(?:at\s+the\s+(?:very\s+)?latest|latest|au\s+plus\s+tard|spatestens|allerspatestens|a\s+mas\s+tardar|como\s+muy\s+tarde"
                            r"|uiterlijk|op\s+zijn\s+laatst|o\s+mais\s+tardar|no\s+mais\s+tardar|no\s+later)\b")
_REFINED = re.compile(r"\b(?:let'?s\s+say|say|(?:so|then)\s+(?:it\s+)?(?:will|'ll|would)\s+be|so\s+(?:around|about|roughly)|so\s+the\s+\w+(?:\s+\w+)?\s+(?:is|will\s+be|goes)|so|somit|also|i\.\s?e\.?|that\s+is|that'?s|that'?ll\s+be|that\s+will\s+be|which\s+(?:this\s+(?:year|month|time)\s+)?is|das\s+ist|das\s+ware"
                      r"|c'est-a-dire|c'est|es\s+decir|o\s+sea|dat\s+is|namelijk|isto\s+e|precisely|exactly|genau|exactement|exactamente|precisamente|precies|therefore|thus|donc|dus|portanto|realistically|realistisch(?:\s+gezien)?|en\s+realite|siendo\s+realistas|realisticamente|more\s+precisely|to\s+be\s+(?:exact|precise)|genauer(?:\s+gesagt)?|sagen\s+wir|disons|plus\s+precisement"
                      r"|digamos|mejor\s+dicho|zeg\s+maar|laten\s+we\s+zeggen|om\s+precies\s+te\s+zijn|ou\s+seja|mais\s+precisamente"
                      # "before Christmas, probably the 18th": the likely day inside the bound is the one to hold them to
                      r"|(?:most\s+)?(?:probably|likely)|wahrscheinlich|vermutlich|probablement|sans\s+doute|probablemente|seguramente|waarschijnlijk|provavelmente)"
                      r"\s*[:,]?\s*(?:on\s+|am\s+|le\s+|el\s+|op\s+|na\s+|no\s+)?(?:the\s+)?(?:(?:" + _WD_FULL + r")\s*,?\s*(?:(?:the|der|den|le|el)\s+)?)?$")
# A span is less precise than a day inside it: "esta semana ... el jueves" promises the Thursday.
_SPANS = frozenset({"this_week", "next_week", "wk_after_next", "cal_week", "cal_week_start", "nth_week", "eom", "eonm", "bonm", "bonw", "mid_month", "mid_next",
                    "second_fortnight"})
_WEEK_SPANS = frozenset({"this_week", "next_week", "wk_after_next", "cal_week", "cal_week_start", "cal_week_fr", "nth_week", "bonw"})


# Prepositions that make any date a deadline ahead ("by Tuesday", "para el martes", "bis Dienstag").
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than|bis|vor|spatestens|pour|d'ici|avant|para|antes\s+del?|hasta"
                       r"|uiterlijk|tegen|voor|ate|antes\s+d[eao])\s*(?:the|le|la|el|den|dem|de|o|a|dia)?\s*$")


# The second part of a payment split in one sentence: "R3 200 today and R18 450 on Monday", "1,000 Monday and the rest the
# Monday after", "la 93142 mañana y la 93141 el miércoles 9", "die 560.– morgen, die 3'840.– am 21.12."
_THE_REST = re.compile(_BALANCE.pattern + r"|\b(?:the\s+other\s+(?:one|half|invoice|part)|the\s+(?:big|bigger|larger|second)\s+(?:one|invoice)|die\s+andere|l'autre"
                       r"|la\s+otra|el\s+otro|de\s+andere|het\s+andere|a\s+outra|o\s+outro"
                       # "la de 690 mañana y la grande después", "os 830 amanhã e a fatura maior depois", "die große Rechnung später"
                       r"|(?:la|el)\s+(?:factura\s+)?(?:grande|mayor)|(?:a|o)\s+(?:fatura\s+)?(?:grande|maior)|die\s+(?:grosse|grossere|grose|grosere)(?:\s+rechnung)?"
                       r"|la\s+(?:grosse|grande|plus\s+grosse)(?:\s+facture)?|le\s+gros(?:\s+montant)?|de\s+(?:grote|grotere)(?:\s+factuur)?)\b")


_FIGURE = re.compile(r"(?<![\w.,])(?:[€$£]\s?)?\d{3,}(?:[.,' ]\d{3})*(?:[.,]\d\d)?(?![\w])|(?<![\w.,])\d{1,2}[.,' ]\d{3}(?:[.,]\d\d)?(?![\w])")
