"""Whether a reply talks about a payment still to come or one already made, in six languages.

A detector trained on one set of phrasings may read "payment has been scheduled for Thursday" as
"already paid" because it shares the words of a payment claim. Tense settles it: a payment that is
only spoken of in the future has not been made. Used by the offline model to correct exactly that
confusion, nothing else.

Read sentence by sentence, on lower-cased, accent-folded text:
- a *future* marker is a future or scheduling form ("will", "has been scheduled for", "wird …
  überwiesen", "est programmé", "saldrá", "staat ingepland", "fica agendado", "next week", "tomorrow");
- a *past* claim is a verb that says money left ("paid", "überwiesen", "réglé", "abonado",
  "betaald", "foi pago") that is not negated ("not paid yet", "noch nicht bezahlt") and does not
  stand after a future marker in its sentence ("will be paid", "wird bezahlt", "sera réglée").
Adverbs such as "already", "bereits", "déjà", "ya", "al", "já" say nothing about the money by
themselves ("bereits für Freitag eingeplant" is a promise).
"""

from __future__ import annotations

import re

from core.text.conditions import PAYMENT_ACT
from core.text.folding import fold
from guardrails.literal_screen import screened

_DAY = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|saturday|montag|dienstag|mittwoch|donnerstag|freitag"
        r"|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag"
        r"|vrijdag|segunda|terca|quarta|quinta|sexta")

# Future, scheduling and "present for future" forms. Their position in the sentence matters: a payment
# verb after one ("will be paid", "wird überwiesen") is spoken of in the future.
_FUTURE = screened(re.compile(
    # English
    r"\b(?:will|'ll|shall|going\s+to|gonna|about\s+to|intend\s+to|plan(?:ning)?\s+to|aim(?:ing)?\s+to|hope\s+to|expect(?:ed)?"
    r"|should\s+(?:be|go|land|reach|arrive|clear|hit|follow)|(?:re)?scheduled|booked|queued|earmarked|lined\s+up|set\s+(?:up\s+)?for"
    r"|planned|due\s+to\s+(?:go|be|leave)|eta|to\s+be\s+(?:paid|settled|released|processed|remitted|sent|transferred)"
    r"|goes?\s+out|going\s+out|go\s+through|gets?\s+(?:it\s+|them\s+|this\s+|that\s+|all\s+)?(?:paid|settled|transferred|wired|released)|(?:payment|pay|check|cheque|bacs|ach|wire|bank|remittance)\s+(?:run|batch|cycle|proposal)"
    r"|(?:approved|processed|released|submitted|sent|passed)\s+(?:\w+\s+){0,2}for\s+payment|for\s+payment\s+(?:on|in|by|next|this|" + _DAY + r")"
    r"|on\s+(?:the|our|this|next)\s+(?:list|run)|tomorrow|tmrw|tmrow|tmr|2moro|2morrow|tomoz|next\s+(?:week|month|run|" + _DAY + r")|this\s+coming|coming\s+(?:" + _DAY + r")"
    r"|(?:pay|paying|remit|remitting|settle|settling|transfer|release|releasing)\s+(?:it\s+|this\s+|them\s+|you\s+)?(?:on|by|next|this\s+(?:week|month|coming|" + _DAY + r")|in|within|asap|tomorrow|" + _DAY + r")\b"
    # German
    r"|wird|werden|werde|wirst|erfolgt\s+(?:am|zum|bis|in|mit|nach|morgen|ende|anfang|mitte|diese|kommende)|folgt|folgen|geht\s+(?:\w+\s+){0,4}raus"
    r"|kommt\s+(?:am|bis|nachste|morgen|ende|mitte|anfang|diese|noch)|eingeplant|eingetaktet|geplant|terminiert|vorgemerkt|vorgesehen"
    r"|zahllauf|zahlungslauf|zahlungsvorschlag|freigegeben\s+(?:fur|zum|zur)|(?:uberweisen|zahlen|begleichen|bezahlen|uberweise|zahle)\s+(?:wir|ich)"
    r"|(?:ich|wir)\s+(?:uberweise|uberweisen|zahle|zahlen|begleiche|begleichen)\s+(?:\w+\s+){0,3}(?:am|bis|nachste|kommende|morgen|diese|ende|mitte|anfang|" + _DAY + r")"
    r"|veranlasse|veranlassen|(?<!guten\s)morgen|ubermorgen|nachste\s+woche|kommende\s+woche"
    # "Bis Allerheiligen ist alles bezahlt", "voor Koningsdag is alles betaald": a deadline, the participle after it ahead
    r"|\bbis\s+(?:\S+\s+){1,4}(?:ist|sind)\s+(?:\w+\s+){0,2}(?=(?:bezahlt|beglichen|uberwiesen)\b)|\b(?:voor|tot)\s+(?:\S+\s+){1,4}(?:is|zijn)\s+(?:\w+\s+){0,2}(?=(?:betaald|voldaan)\b)"
    # French
    r"|sera|seront|serons|serez|partira|partiront|interviendra|(?:allons|vais|va)\s+(?:\w+\s+){0,2}(?:regler|payer|virer|proceder|effectuer|lancer|partir|etre)"
    r"|prevue?s?|programmee?s?|planifiee?s?|d'ici|des\s+(?:reception|que)|campagne\s+de\s+(?:paiement|reglement)|demain|prochaine?s?"
    r"|(?:on|je|nous)\s+(?:vous\s+)?(?:paie|paye|regle|vire|payons|reglons|virons|lance|lancons)\b"
    # Spanish
    r"|seran|haremos|haran|vamos\s+a|voy\s+a|va\s+a|se\s+(?:hara|pagara|abonara|realizara|liquidara|transferira|emitira)"
    r"|programad[oa]s?|previst[oa]s?|agendad[oa]s?|planificad[oa]s?|remesa|(?<!esta\s)manana|proxim[oa]s?|que\s+viene"
    r"|(?:le|les|te)\s+(?:pagamos|hacemos|transferimos|abonamos)\b"
    # Dutch
    r"|wordt|worden|zal|zullen|gaan|gaat|ga\s+(?:ik|we)|gepland|ingepland|staat\s+klaar|betaalrun|betalingsrun|volgt|volgende|komende"
    r"|(?:maken|maak|betalen|betaal|voldoen)\s+(?:we|wij|ik)|overmorgen|morgen(?:ochtend|vroeg|middag)|binnen\s+\S+\s+(?:werk|bank)?dagen"
    r"|innerhalb\s+(?:von\s+|der\s+nachsten\s+)?\S+\s+(?:werk|arbeits|bank)?tage\w*"
    # Portuguese
    r"|serao|vai|vamos|vou|iremos|ira|faremos|sai\s+(?:na|no|dia|amanha|ate|em|esta|este)|saira|fica\s+(?:agendad|marcad|programad)"
    r"|amanha|que\s+vem)\b"
    # The synthetic future of Romance payment verbs, whatever the person: pagará, abonaremos, efetuará, réglera, virerons…
    r"|\b(?:pag|abon|realiz|liquid|efetu|efectu|transfer|envi|deposit|regl|effectu|vir|emet|emit|process|proced)\w{0,3}?"
    r"(?:aremos|eremos|iremos|aran|eran|iran|ara|era|ira|erons|irons|eront|iront|erai|irai)\b"
    r"|\b(?:saldra|saldran|saira|sairao|paiera|paierai|paierons|paieront|hara|haremos|faremos|fara)\b"))

# Forms that deny a payment was made ("not paid yet", "noch nicht überwiesen"): never a payment claim.
_NEGATED = screened(re.compile(
    r"(?:\bnot|n't|\bnever|\byet\s+to\s+be|\byet\s+to)\s+(?:\w+\s+){0,2}(?:paid|pay|settled|sent|transferred|remitted|wired|made|processed|released)\b"
    r"|\bunpaid\b|\b(?:noch\s+)?nicht\s+(?:\w+\s+){0,3}(?:bezahlt|uberwiesen|beglichen|gezahlt|angewiesen)\b|\bnoch\s+(?:nicht|offen)\b|\bunbezahlt\b"
    r"|\bpas\s+(?:encore\s+)?(?:\w+\s+){0,2}(?:paye|payee|regle|reglee|vire|viree|effectue)s?\b|\bpas\s+encore\b|\bimpayee?s?\b"
    r"|\b(?:(?:todavia|aun)\s+)?no\s+(?:\w+\s+){0,3}(?:pagad|abonad|transferid|liquidad|realizad)\w*|\b(?:todavia|aun)\s+no\b|\bsin\s+pagar\b"
    r"|\b(?:nog\s+)?niet\s+(?:\w+\s+){0,3}(?:betaald|overgemaakt|voldaan)\b|\bnog\s+niet\b|\bonbetaald\b"
    r"|\b(?:ainda\s+)?nao\s+(?:\w+\s+){0,3}(?:pag[oa]s?|transferid|liquidad|efetuad)\w*|\bainda\s+nao\b|\bpor\s+pagar\b"))

# What may stand between a payment noun and its participle: its amount ("Paiement de 8 640,00 $ fait", thousands spaced
# or dotted, the currency before or after) or the invoice it pays ("Pagamento da 70431 efetuado").
_AMOUNT_OR_INVOICE = (r"(?:(?:de|da|do|du|des|van|von|voor|for|of|para|pour)\s+(?:(?:la|le|fatura|facture|factura|factuur|rechnung|invoice)\s+)?"
                      r"(?:[€$£]\s*|[a-z]{3}\s+)?\d[\d.,' ]*(?:\s*(?:€|\$|£|eur|usd|chf|cad|brl|gbp))?\s+)?")

# Verbs and nouns that say money has left.
_PAST = screened(re.compile(
    r"\b(?:paid|payed|transferred|remitted|wired|settled|deposited|already\s+released|released\s+on|we\s+(?:have\s+|already\s+)?cleared|did\s+(?:pay|transfer|send|settle)|bulk\s+payment"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}(?:made|executed|processed|sent|completed|initiated|cleared|released)(?!\s+(?:\w+\s+)?for\s+payment)"
    r"|should\s+have\s+(?:arrived|reached|landed|cleared|been\s+received|come\s+through)"
    r"|(?:payment|transfer|money|funds|cheque|check|wire|ach|bacs|remittance)\s+(?:has\s+|have\s+|was\s+|were\s+)?(?:been\s+|already\s+)?"
    r"(?:sent|made|processed|executed|released|posted|done|issued|mailed|cleared|gone|initiated|completed)"
    r"|sent\s+(?:the\s+)?(?:[£$€]\s?\d+|the\s+\d[\d.,]*\b|(?:usd|eur|gbp|chf|aud|cad|nzd|zar|sgd|inr)\s?\d+|\d[\d.,]*\s?(?:usd|eur|gbp|chf|aud|cad|nzd|zar|sgd|inr|[£$€])"
    r"|it|this|them|that|over|you|the\s+(?:\w+\s+)?(?:payment|money|funds|transfer|wire|cheque|check|instal+ment)|(?:our|a)\s+(?:payment|transfer|cheque|check))"
    # a telegraphic transfer, in South and East Asian and Pacific English: "the $980 was TT'd on Friday"
    r"|\btt'?d\b|\btt\s+(?:was\s+)?(?:done|sent|made)"
    r"|(?:mailed|posted|dropped\s+off|sent\s+off)\s+(?:\w+\s+){0,2}(?:check|cheque|payment)|went\s+(?:out|through|off|in\s+the\s+(?:post|mail))"
    # a cheque told of as on its way, its number or amount between: "the cheque for $2,300 was mailed Friday", "cheque 5512 was
    # posted on the 3rd", "le chèque de 900 € a été expédié hier", "el cheque se envió el lunes", "der Scheck ist verschickt",
    # "o cheque foi enviado" (an English "check" only as a noun: after a word like "the" or before its number or amount; the
    # sentence is already cut, so the dots of "1.250 €" and "24.02." may stand between)
    r"|(?:\b(?:the|a|our|my|this|that|your)\s+checks?\b|\bcheck\s*(?:#|no\b|nr\b|number|for\s+[£$€]|of\s+[£$€])|\bcheques?\b|\b\w*schecks?\b|\btalon\b)"
    r"[^!?\n]{0,60}?(?<!\bbe\s)(?<!\bto\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bgetting\s)(?<!\bbeing\s)\b(?:mailed|posted|sent|dropped\s+off|(?<!\bla\s)postee?|envoyee?|expediee?|cashed|encaissee?|remise?\s+(?:a\s+la\s+poste|au\s+courrier)|enviad[oa]|mandad[oa]|remitid[oa]"
    r"|se\s+(?:envio|mando|remitio|expidio|cobro)|cobrad[oa]|verschickt|geschickt|versandt|versendet|abgeschickt|eingelost|zur\s+post|geind|verstuurd|gepost|verzonden|opgestuurd|postad[oa]|despachad[oa])\b"
    r"|(?:have|has|we've|i've)\s+(?:now\s+|just\s+)?released\s+(?:the\s+)?payment|(?:transfer|payment|money|funds)\s+left\b|gone\s+out|left\s+(?:our|the)\s+(?:account|bank)|(?:cleared|debited)\s+(?:our|from)|proof\s+of\s+payment"
    r"|remittance\s+(?:advice|attached)|payment\s+confirmation|(?:find|see|attached)\s+(?:\w+\s+){0,2}remittance\b(?!\s+(?:schedule|plan|calendar|dates?))|\bremittance\s*:"
    r"|bezahlt|uberwiesen|beglichen|gezahlt|ausgeglichen|ist\s+raus|rausgegangen|(?:wurde|wurden|haben|habe|hat)\s+(?:\S+\s+){0,4}angewiesen"
    r"|zahlungsnachweis|zahlungsavis|uberweisungsbeleg|erledigt"
    # a past passive, its participle after the words between: "die Zahlung über CHF 11'250 wurde am 15.03. ausgeführt"
    r"|wurden?\s+(?:(?!wird\b|werden\b|und\b|aber\b|morgen\b|ubermorgen\b)\S+\s+){0,8}?(?:bezahlt|uberwiesen|beglichen|gezahlt|angewiesen|ausgefuhrt|veranlasst|getatigt)"
    r"|payee?s?|reglee?s?|viree?s?|acquittee?s?|(?:a|ont|avons|ai)\s+(?:deja\s+)?(?:ete\s+)?(?:effectuee?|envoyee?|emise?|procede|versee?s?|transferee?s?)"
    r"|(?:a|ont)\s+(?:deja\s+)?ete\s+faite?s?"
    r"|est\s+parti|avis\s+de\s+virement|preuve\s+de\s+(?:paiement|virement)"
    r"|pagad[oa]s?|abonad[oa]s?|transferid[oa]s?|liquidad[oa]s?|hemos\s+(?:\w+\s+)?(?:pagado|abonado|transferido|realizado|hecho|efectuado)"
    r"|(?:pag|abon|transfir|envi|realiz|efectu|liquid|efetu)(?:aron|ieron|aram|iram)"
    r"|ya\s+(?:lo\s+|la\s+|les\s+)?(?:pagamos|abonamos|transferimos|consignamos|depositamos)|(?<!que\s)(?<!que\sse\s)(?:se\s+)?(?:lo|la|los|las|les|le)\s+(?:pague|transferi|abone|deposite)\b|consignad[oa]s?|pagamos\s+ayer|salio|se\s+(?:pago|abono|transfirio|realizo|efectuo)"
    r"|(?:realizamos|efectuamos|hicimos)\s+(?:el\s+pago|la\s+transferencia)|justificante|comprobante"
    r"|betaald|overgemaakt|overgeschreven|voldaan|overgeboekt|de\s+deur\s+uit|betaalbewijs"
    r"|(?:foi|foram|ja|esta|estao)\s+(?:\w+\s+)?(?:pag[oa]s?|liquidad[oa]s?|transferid[oa]s?|efetuad[oa]s?|quitad[oa]s?)"
    r"|(?:pagamos|transferimos|efetuamos|liquidamos)\s+(?:ontem|na\s+semana\s+passada|ha)|fizemos\s+(?:a\s+transferencia|o\s+pagamento)"
    r"|ja\s+(?:\w+\s+)?(?:transferimos|pagamos|depositamos|liquidamos|efetuamos|fizemos|enviamos|mandamos)\b|(?:heeft|hebben)\s+(?:\S+\s+){0,6}gestort"
    r"|\bpop\s+(?:is\s+)?attached|fiz\s+o\s+(?:pix|pagamento|deposito|transferencia)|fizemos\s+o\s+pix|paguei|transferi|depositei|pix\s+(?:feito|enviado)"
    r"|saiu|comprovativo|comprovante|\w+amos_pp|(?:foi|foram)\s+feit[oa]s?"
    # a payment noun and its participle, the verb left out: "transferencia hecha el viernes", "virement effectué le 27",
    # "transferência feita dia 26/11", "Überweisung getätigt", "overboeking uitgevoerd"
    r"|(?:transferencia|pago|deposito|abono|virement|paiement|pagamento|pix|uberweisung|zahlung|overboeking|betaling)\s+" + _AMOUNT_OR_INVOICE +
    # its Spanish reflexive preterite: "la transferencia de 900 € se hizo el martes", "el pago se realizó ayer"
    r"(?:ya\s+)?se\s+(?:hizo|realizo|efectuo|ordeno|envio|mando)\b"
    r"|(?:transferencia|pago|deposito|abono|virement|paiement|pagamento|pix|uberweisung|zahlung|overboeking|betaling)\s+" + _AMOUNT_OR_INVOICE +
    r"(?:ya\s+|deja\s+|ja\s+|bereits\s+|al\s+)?(?:(?:heute|today|hoy|hoje|vandaag|aujourd'hui|gestern|yesterday|ayer|ontem|gisteren|hier)\s+)?"
    r"(?:hech[oa]|realizad[oa]|efectuad[oa]|efetuad[oa]|feit[oa]|fait|effectuee?|realisee?|emise?|getatigt|ausgefuhrt|veranlasst|uitgevoerd)"
    # not "virement fait dans la semaine 49", "pago hecho la semana que viene": a time ahead makes it a promise in short
    r"(?!\s+(?:dans|d'ici|sous|en\s+los\s+proximos|la\s+semaine\s+prochaine|la\s+semana\s+que\s+viene|la\s+proxima\s+semana|nos\s+proximos|na\s+proxima|within|in|next|binnen|innerhalb|nachste)\b)"
    # done today: "4350 sent today", "payment … done today", "exécuté aujourd'hui" (not Spanish and Portuguese "pagamos hoy", whose
    # shared present and past writers read both ways)
    r"|(?:sent|done|executed|processed|made|executee?|effectuee?)\s+(?:\w+\s+)?(?:today|this\s+morning|aujourd'hui|ce\s+matin)"
    r"|(?:ist|sind)\s+(?:am\s+\d{1,2}\.(?:\d{1,2}\.(?:\d{2,4})?)?\s+)?(?:\w+\s+){0,2}raus|unterwegs"
    r"|(?:betaling|overboeking|overschrijving)\b[^!?\n]{0,60}?\b(?:is|zijn|werd|werden)\s+(?:(?!niet\b|nog\b)\S+\s+){0,3}?(?:uitgevoerd|verwerkt|verstuurd)"
    r"|erfolgte|(?:ist|sind)\s+(?:[\w.]+\s+){0,4}erfolgt|abgebucht|plaatsgevonden|gedaan|mandamos|enviamos|taken\s+(?:by|over)|posted|envoyee?s?)\b"))

# A sentence ends at . ! ? ; after a word, not inside a dotted date ("am 9.12. beglichen").
# Time words that place a payment ahead ("Friday", "am 07.12.", "end of month", "shortly", "binnen twee weken").
# Unlike the forms above they say nothing about a verb after them ("Freitag überwiesen" is a claim), so they
# only count as a future signal, and not beside a word of the past ("last Friday").
_AHEAD = re.compile(
    r"\b(?:(?:" + _DAY + r")\b|today|heute|aujourd'hui|hoy|vandaag|hoje|tonight"
    r"|(?:end|ende|fin|final|fim|eind|einde)\s+(?:of\s+|de\s+|do\s+|des\s+|van\s+(?:de\s+)?|del\s+)?(?:the\s+)?(?:this\s+|next\s+)?(?:month|monats?|mois|mes|maand|week|woche|semaine|semana|quarter|year)"
    r"|monatsende|eom|eow|month-end|mid-(?:month|december|january)|mitte\s+(?:des\s+monats|nachste)"
    r"|soon|shortly|asap|as\s+soon\s+as\s+possible|in\s+kurze|bald|zeitnah|schnellstmoglich|sous\s+peu|des\s+que\s+possible|au\s+plus\s+vite"
    r"|en\s+breve|pronto|lo\s+antes\s+posible|cuanto\s+antes|zo\s+snel\s+mogelijk|spoedig|binnenkort|em\s+breve|o\s+mais\s+rapido|quanto\s+antes"
    r"|within|binnen|innerhalb|sous|dans\s+les|en\s+los\s+proximos|nos\s+proximos|in\s+(?:\d+|two|three|a\s+few)\s+(?:days|weeks)"
    r"|this\s+week|diese\s+woche|cette\s+semaine|esta\s+semana|deze\s+week|nachst\w*|kommend\w*"
    r"|(?:on|by|am|bis|zum|le|el|op|na|no|dia|em|until|before|uiterlijk|spatestens|avant|antes|voor|hasta|ate|tot)\s+(?:the\s+|de\s+|den\s+|o\s+)?\d{1,2}"
    r"(?:st|nd|rd|th|e|er|o|\.|/|-)?(?!\d))")
# A German past passive, its participle after the words between ("wurden am 31.08. mit Zahllauf 35 bezahlt"): a run or a
# day named inside it tells how the money went, not when it will.
_PASSIVE_PAST = re.compile(r"\bwurden?\s+(?:(?!wird\b|werden\b|und\b|aber\b|morgen\b|ubermorgen\b)\S+\s+){0,8}?"
                           r"(?:bezahlt|uberwiesen|beglichen|gezahlt|angewiesen|ausgeglichen)\b")
# Words of the past; and payment references, which a claim quotes and a promise rarely does.
_BEHIND = re.compile(
    r"\b(?:yesterday|ago|last\s+(?:week|month|" + _DAY + r")|earlier\s+today|gestern|letzte[nmr]?(?!\s+(?:werktag|arbeitstag|bankarbeitstag|geschaftstag|tag\b))|vergangene[nmr]?|vorige[nmr]?"
    r"|hier|derniere?(?!\s+jour)|ayer|pasad[oa]|hace\s+\d|gisteren|afgelopen|ontem|passad[oa]|ha\s+\d+\s+dias)\b")
REFERENCE = re.compile(
    r"\b(?:ref(?:erence|erenz|erencia|erentie)?|kenmerk|verwendungszweck|transaction\s+(?:id|number)|confirmation\s+(?:no|number)|utr)\b\W{0,3}[\w/ -]{0,12}\d")

# A participle with a day still ahead is a promise in short: "both invoices paid tomorrow morning", "bezahlt nächste
# Woche", "pagado mañana". Read as a future marker, never as a claim.
_PARTICIPLE_AHEAD = re.compile(
    r"\b(?:paid|settled|transferred|wired|sent|bezahlt|uberwiesen|beglichen|paye|payee|regle|reglee|vire|pagad[oa]s?|transferid[oa]s?"
    r"|betaald|overgemaakt|pag[oa]s?)\s+(?:(?:by|on|am|le|el|op|na|no)\s+)?"
    r"(?:tomorrow|tmrw|next\s+(?:week|month)|(?:nachste|kommende)\s+woche|morgen|demain|la\s+semaine\s+prochaine|manana|la\s+semana\s+que\s+viene"
    r"|la\s+proxima\s+semana|volgende\s+week|amanha|(?:na\s+)?proxima\s+semana|semana\s+que\s+vem|(?:mon|tues|wednes|thurs|fri)day\s+(?:week|fortnight))\b")
# "payment is being processed", "wird gerade bearbeitet", "está en proceso": under way, not yet sent.
_UNDER_WAY = re.compile(r"\b(?:(?:payment|transfer|it)\s+is\s+(?:being|in\s+the\s+process\s+of\s+being)\s+(?:processed|prepared|arranged|released)"
                        r"|(?:it|this|that|they|both|payment|the\s+invoices?)(?:'s|'re|\s+is|\s+are)\s+(?:now\s+)?being\s+(?:paid|settled|sorted|transferred)"
                        r"|(?:payment|transfer)\s+is\s+in\s+process|(?:zahlung|uberweisung)\s+(?:wird|ist)\s+(?:gerade\s+)?in\s+(?:bearbeitung|vorbereitung)"
                        r"|(?:paiement|virement)\s+est\s+en\s+cours(?:\s+de\s+traitement)?|(?:pago|transferencia)\s+(?:se\s+esta\s+procesando|esta\s+en\s+(?:proceso|tramite))"
                        r"|(?:betaling|overboeking)\s+wordt\s+(?:verwerkt|klaargezet)|(?:pagamento|transferencia)\s+(?:esta\s+(?:sendo\s+processad[oa]|em\s+processamento)))\b")
_WORD = re.compile(r"[^\W\d_]+")
_BARE_DAY = re.compile(r"\s*(?:am|on|le|el|op|no|dia|the)?\s*\d{1,2}(?:st|nd|rd|th|e|er|o)?\.?(?!\d)")
_BY_NOW = re.compile(r"\bby\s+now\b|\bany\s+day(?:\s+now)?\b|\bmittlerweile\b|\binzwischen\b|\bintussen\b|\bentretanto\b|\bentre-temps\b")
# German "hier" is "here", French "hier" is "yesterday": a German sign-on ("Ullrich hier.") or "hier ist/sind" is no past.
_HERE_IN_GERMAN = re.compile(r"^\W*[^\W\d]+(?:\s+[^\W\d]+)?\s+hier\W*$|\bhier\s+(?=(?:ist|sind|die|der|das|im|anbei)\b)")
# How a payment already sent will show on the statement: "it will show under their name", "saldrá a nombre de Grupo X",
# "vai aparecer no nome Rafael", "apparaîtra au nom de …", "staat op naam van …": no payment to come.
_SHOWS_UNDER_A_NAME = re.compile(r"\b(?:(?:it|this|that|the\s+payment|the\s+transfer)\s+)?(?:will|'ll|should|may|might|would)\s+(?:\w+\s+)?(?:show|appear|come\s+(?:in|through)|be\s+listed)"
                                 r"\s+(?:up\s+)?(?:under|as|in\s+the\s+name|with\s+the\s+name)\b[^.!?]*"
                                 r"|\b(?:saldra|aparecera|vendra)\s+(?:a|con\s+el|bajo\s+el)\s+nombre\b[^.!?]*|\b(?:vai\s+aparecer|aparecera|vai\s+vir|vem)\s+(?:no|com\s+o|em)\s+nome\b[^.!?]*"
                                 r"|\bapparaitra\s+(?:au|sous\s+le)\s+nom\b[^.!?]*|\bwird\s+(?:\w+\s+){0,4}(?:unter|mit)\s+(?:dem\s+)?namen?\b[^.!?]*|\b(?:staat|komt|zal)\s+(?:\w+\s+){0,3}op\s+naam\b[^.!?]*")
# A payment word asked back alone ("Paid? Not yet.", "Bezahlt? Nein."): the reminder's question echoed, no claim.
_ECHOED_QUESTION = re.compile(r"^\W*(?:\w+\W+)?\w+\s*\?+\W*$")
# Money paid to the customer by their own customers ("Krewes paid us", "once the school groups have paid us", "die Vereine
# haben uns bezahlt", "nos pagaron los clientes"): their cash coming in, no payment of ours claimed.
_PAID_TO_US = re.compile(r"\b(?:paid|pay|pays|paying)\s+us\b|\b(?:uns|mir)\s+(?:\w+\s+){0,2}(?:bezahlt|gezahlt|uberwiesen)\b"
                         r"|\bnous\s+(?:ont|a|auront)\s+(?:deja\s+)?(?:paye|regle|vire)s?\b|\bnos\s+(?:han\s+)?(?:pagaron|pago|pagado|pagan|paguen)\b"
                         r"|\bons\s+(?:\w+\s+){0,2}(?:betaald|betalen)\b|\bnos\s+(?:pagaram|pagou|pagarem|paguem)\b|\bpagaram-nos\b")
# An instruction to book something as paid ("mark all open invoices as paid", "als bezahlt markieren", "marquer comme
# payées", "marcar como pagadas", "als betaald markeren", "marcar como pagas"): what a ledger should say, no payment told of.
# (the order's own form only: "we show this as paid", "we have marked it as paid in our system" tell of a payment)
_BOOKED_AS_PAID = re.compile(r"\b(?:mark|flag|set|treat|close|update|consider)\s+(?:[\w-]+\s+){0,8}?as\s+(?:fully\s+)?(?:paid|settled)\b"
                             r"|\bals\s+(?:bezahlt|beglichen|erledigt|betaald|voldaan)\b|\bcomme\s+(?:payee?s?|reglee?s?|soldee?s?)\b"
                             r"|\bcomo\s+(?:pagad[oa]s?|liquidad[oa]s?|pag[oa]s?|saldad[oa]s?|quitad[oa]s?)\b")
# "Done last Friday.", "Did it yesterday.", "erledigt", "c'est fait": a deed told of without a payment word
_DONE = re.compile(r"\b(?:done|did|sent|sorted|handled|took\s+care|cleared|went|gone|debited|erledigt|fait|hecho|gedaan|feit[oa])\b|[£$€]\s?\d")
# A sentence ends at . ! ? ; after a word, not inside a dotted date ("am 9.12. beglichen").
# Nor after the abbreviation of a number ("Scheck Nr. 0048812 … geschickt").
_SENTENCE = re.compile(r"(?<=[^\W\d][.!?;])(?<!\bnr\.)\s+|(?<=[!?;])\s+|\n+")


def payment_tenses(text: str) -> tuple[bool, bool]:
    """(speaks of a payment to come, claims a payment made), read sentence by sentence."""
    future = past = False
    # Portuguese past "pagámos" and present "pagamos" differ only by the accent that folding drops.
    text = re.sub(r"ámos\b", "amos_pp", text)
    previous_claimed = False
    for sentence in _SENTENCE.split(fold(text)):
        if _ECHOED_QUESTION.match(sentence):
            continue
        sentence = _BOOKED_AS_PAID.sub(" ", _PAID_TO_US.sub(" ", _SHOWS_UNDER_A_NAME.sub(" ", sentence)))
        sentence = _PARTICIPLE_AHEAD.sub(" will pay ", _UNDER_WAY.sub(" will pay ", _NEGATED.sub(" ", _HERE_IN_GERMAN.sub(" ", sentence))))
        marker = _FUTURE.search(sentence)
        told = _PASSIVE_PAST.search(sentence)
        if marker and told and told.start() < marker.start() < told.end():
            marker = _FUTURE.search(sentence, told.end())
        behind = _BEHIND.search(sentence) or REFERENCE.search(sentence)
        # a word of the past claims a payment only in a sentence about one ("Done last Friday."), not "the lifts were shut last week"
        behind_claims = behind and not marker and (PAYMENT_ACT.search(sentence) or _DONE.search(sentence) or len(_WORD.findall(sentence)) <= 4)
        claimed = bool(_PAST.search(sentence[: marker.start()] if marker else sentence) or behind_claims or REFERENCE.search(sentence))
        if marker and _BY_NOW.search(sentence):
            marker = None  # "should be there by now" expects what was sent, it promises nothing
        if previous_claimed and not marker and not claimed and (len(_WORD.findall(sentence)) <= 3 or _BARE_DAY.match(sentence)):
            # "Hab ich doch schon bezahlt!! Am 12." — a time word on its own dates the claim before it
            claimed = True
        previous_claimed = claimed
        # a time word beside a verb of the past dates the claim ("se transfirieron el jueves", "Freitag überwiesen")
        if marker or (_AHEAD.search(sentence) and not behind and not claimed):
            future = True
        if claimed:
            past = True
    return future, past


def speaks_of_a_payment_to_come(text: str) -> bool:
    """True when the text speaks of paying in the future and never of money already sent."""
    future, past = payment_tenses(text)
    return future and not past
