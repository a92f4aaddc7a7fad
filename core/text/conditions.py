"""Words that make what follows hang on a condition, in the six languages replies come in.

"We'll pay Friday once the credit note arrives", "sobald die Gutschrift vorliegt", "si la facture est
corrigée", "zodra wij ontvangen": a promise or a date behind such a word is not a plain commitment.
The promise reader (agent/extract.py), the date reader (agent/dates/) and the credit-note notice
(agent/models/notices.py) read the same vocabulary from here.

Patterns are written folded (lower case, no accents; core/text/folding.py `fold`), so they are
matched against `fold(text)`, whose offsets are the original text's.
"""

from __future__ import annotations

import re

# ("falls" is German "if", but English "the 31st falls on a Sunday": not before an English preposition.)
# Each entry is a folded regex fragment; spaces between words are any whitespace; it ends at a word's end
# unless it ends in "*" (a stem: "receiv" for receive, received, receiving).
CONDITION_OPENERS: tuple[str, ...] = (
    # en
    "if", "once", "as soon as", "when (?:we|i) (?:receive|get|have|see)*", "provided(?: that)?", "subject to", "on condition", "assuming", "unless", "after (?:we )?receiv*",
    "days (?:of|after|from) receiv*", "(?:upon|on|after) receipt", "pending", "(?:after|upon|on) (?:the |your |its )?(?:approv|sign-?off|sign(?:ing|ature))*",
    # an outside audit's sign-off ("released after the year-end audit sign-off"); the payer's own approval is only a reason
    "after (?:the |our |their )?(?:\\S+ )?(?:audit|auditors?'?s?) (?:sign-?off|approval|clearance|opinion)",
    # money someone else owes them: "the gallery still owes us … we'll pay you the same day it lands"
    "after (?:the |our )?(?:\\S+ ){0,2}proceeds (?:are |have )?(?:realis|realiz|arriv|come in|received|in)*", "depois que (?:\\S+ ){0,3}(?:pagarem|tiverem pago)",
    "still owes? us", "(?:the )?same day (?:it|the money|the payment|they) (?:lands?|arrives?|comes? in|clears?)",
    "after (?:our|my|the|their) (?:\\S+ ){0,2}(?:approves|signs off)",
    # someone else's payment, sale or acceptance that must come first, dated or not (LABELING): "after our client in the
    # US pays us", "after we sell to the Korean buyer", "depends on the central bank's authorisation"
    "after (?:our|the|a|their) (?:\\S+ ){0,4}(?:client|customer|buyer|distributor|importer)s? (?:\\S+ ){0,4}pays?(?: us)?", "after we (?:sell|get paid|are paid)",
    "after (?:our|the) (?:\\S+ ){0,2}(?:customer|client|buyer)'?s? (?:\\S+ ){0,3}(?:inspection|acceptance|approval|payment)",
    # their customer's own payment clearing first, dated or not: "will pay on the 15th when our client's cheque clears",
    # "once the buyer's transfer lands", "cuando entre la transferencia del cliente"
    "(?:when|once|after|as soon as) (?:our|the|a|their|my) (?:\\S+ ){0,2}(?:client|customer|buyer|tenant|distributor|importer|debtor)'?s? (?:\\S+ ){0,2}(?:cheque|check|payment|transfer|wire|money|funds|remittance) (?:clears?|lands?|arrives?|comes? in|is in|goes through|is received|has cleared)",
    "after (?:his|her|the|our|their) (?:stamp|hanko|signature|approval|sign-?off|ok|okay|go-?ahead)", "as long as", "so long as",
    "(?:that|who|which) owes? us", "(?:once|until|after) (?:our|the|a|their) (?:\\S+ ){0,3}(?:client|customer|buyer|co-?op(?:erative)?|council|distributor)s? (?:\\S+ ){0,2}pays? us",
    "(?:depends|dependent|depending|conditional) (?:up)?on", "(?:are|am) waiting (?:for |on )?(?:the |our )?(?:payment|money|funds) (?:of|from)",
    # a third party's act first, whatever the act: "after bank make the acceptance", "after our buyer in Rotterdam clears
    # the container", "once the lender funds", "after head office releases it" (not "after the bank holiday")
    "after (?:the |our |a |their )?(?:\\S+ ){0,2}(?:bank|banks|lender|lenders|insurer|insurers|investor|investors|government|ministry|authority|authorities"
    "|customs|head office|parent company|headquarters|buyer|buyers|importer|importers|financier|factor|contractor|main con|main contractor|developer|principal"
    "|client|clients|customer|customers|processor|co-?op|cooperative)(?! holiday| holidays| meeting| visit| call| list| base| service)",
    "after we (?:get|receive|have) (?:\\S+ ){0,3}(?:money|payment|funds|proceeds)", "(?:has|have|will have) to wait (?:until|till|for)",
    # the people who pay them paying first, dated or not (LABELING field45, field46): "at the beginning of next month, when
    # the first guests have paid", "cuando cobremos a los supermercados", "quand la CPAM aura payé"
    "when (?:\\S+ ){0,4}(?:clients?|customers?|guests?|tenants?|members?|patients?|buyers?|debtors?|insurers?|students?) (?:\\S+ ){0,3}(?:(?:have|has) paid|pays? us|paid us)",
    # money owed to them coming in first: "when school fees for the new half term are paid in", "when the grant is received"
    "when (?:\\S+ ){0,2}(?:fees|grants?|subsid\\w*|funding|takings|proceeds|reimbursements?) (?:\\S+ ){0,5}(?:are|is|get|gets|have been|has been) (?:paid in|received|released|in)",
    "(?:zodra|wanneer|als|nadat) (?:\\S+ ){0,4}(?:klanten|gasten|huurders|leden|patienten|kopers) (?:\\S+ ){0,3}(?:hebben|heeft|zijn) (?:betaald|afgerekend|vertrokken)",
    # de
    "wenn", "falls(?! (?:on|in|into|onto|to|due|short|through|apart|behind|within|under|off|back|outside|at|between|after|before|over))", "sobald", "sofern", "vorausgesetzt", "nachdem", "unter der voraussetzung", "vorbehaltlich", "unter (?:dem )?vorbehalt",
    "nach (?:der )?(?:freigabe|genehmigung|prufung|unterschrift)", "nach (?:erhalt|eingang)", "nach (?:der )?(?:abnahme|inbetriebnahme|montage)",
    "hangt (?:\\S+ ){0,4}ab", "solange", "abhangig von", "wir warten auf (?:die |den )?(?:zahlung|zahlungseingang|geld)",
    "nach (?:der |dem )?\\w*(?:abnahme|freigabe|genehmigung|prufung)(?: durch)?",
    # fr
    "(?:on|nous) attend(?:ons)? (?:le|son|leur) (?:paiement|reglement|virement)", "depend(?:ra)? d[eu]", "apres (?:la )?reception (?:du|de son) paiement",
    "apres (?:l')?encaissement", "apres (?:le )?passage (?:au|en|devant (?:le|la)) (?:college|conseil|commission|comite)",
    "tant que", "quand (?:\\S+ ){0,4}(?:aura|auront) (?:paye|regle|verse)", "quand (?:\\S+ ){0,5}nous (?:paiera|paieront|aura paye|aura regle|auront paye|auront regle|reglera|regleront|paie)",
    "apres que (?:la |le |notre |nos |leur |l')?(?:\\S+ ){0,2}(?:banque|client|clients|acheteur|assureur|maison mere|siege|preteur)",
    "si", "des que", "des reception", "a reception", "apres reception", "une fois que", "a condition", "sous reserve", "lorsque", "apres (?:la )?(?:validation|approbation|signature)",
    # es
    "en cuanto", "una vez que", "siempre que", "con la condicion", "cuando recibamos", "al recibir", "tras recibir", "tras (?:la )?(?:aprobacion|firma|validacion)",
    "despues de (?:la )?(?:aprobacion|firma|validacion)", "siempre y cuando", "mientras (?:\\S+ ){0,3}nos paguen?", "cobrad[oa]s? (?:el|la|los|las)", "una vez cobrad*", "depende de",
    "estamos esperando (?:el )?(?:pago|cobro)", "cuando cobremos (?:a|de|lo de)", "sujeto a", "a reserva de", "cuando (?:\\S+ ){0,5}nos aprueben?", "al tiro que", "apenas (?:nos|me) (?:paguen|liquiden|aprueben)", "(?:me|nos) liquiden",
    "despues de que (?:el |la |nuestro |nuestra |los |las )?(?:\\S+ ){0,2}(?:banco|cliente|clientes|comprador|aseguradora|casa matriz|financiera)",
    # nl
    "als", "zodra", "mits", "indien", "op voorwaarde", "na ontvangst", "bij ontvangst", "na (?:de )?(?:goedkeuring|ondertekening|akkoord)",
    "zolang", "wanneer (?:\\S+ ){0,5}(?:heeft|hebben) betaald", "wanneer (?:\\S+ ){0,5}ons (?:betaalt|heeft betaald)",
    "hangt af van", "afhankelijk van", "(?:we|wij) wachten op (?:de )?(?:betaling|storting) van", "onder voorbehoud",
    # pt
    "se", "assim que", "desde que", "logo que", "caso", "quando recebermos", "apos (?:o )?recebimento", "apos receber", "apos (?:a )?(?:aprovacao|assinatura|validacao)",
    "depois d[ao] (?:aprovacao|assinatura|validacao|autorizacao)", "(?:depois|apos|quando) (?:\\S+ ){0,14}nos pag(?:ar|arem|ue|uem)", "depende d[ao]", "apos (?:a )?autorizacao",
    "quando (?:\\S+ ){0,5}(?:tiver|tiverem) pago", "estamos (?:a )?aguard(?:ar|ando) (?:o )?(?:pagamento|recebimento)", "sujeito a", "quando (?:\\S+ ){0,4}(?:libertar|liberar|libertarem|liberarem)",
    "depois que (?:o |a |nosso |nossa |os |as )?(?:\\S+ ){0,2}(?:banco|cliente|clientes|comprador|seguradora|matriz|financeira)",
)
# Money the customer waits for before paying: "when the insurance money lands", "quando o cliente pagar", "we are waiting
# the payment of one client". A condition only where no date is named with it: "paying on 3/12 when our fees come in" is a
# date with its reason (LABELING), "we pay when our customer pays us" hangs on an undated event.
MONEY_WAIT_OPENERS: tuple[str, ...] = (
    "when (?:the|our|their|my|a|an|his|her) (?:\\S+ ){0,4}(?:lands?|arrives?|comes? (?:in|through)|pays?(?: (?:out|up|us))?|clears?|(?:is|'s|are) (?:paid|received|released|in)|gets? paid|settles?)",
    # the verb first, as non-native English writes it: "when arrive the money from the summer kiosk"
    "when (?:arrives?|lands?|comes?|come in) (?:the|our|their) (?:\\S+ ){0,2}(?:money|payment|funds|cheque|check|transfer|proceeds)",
    "from the proceeds", "out of the proceeds", "(?:are|am) waiting (?:for |on )?(?:the )?(?:\\S+ ){0,3}(?:of|from) (?:a|one|our|the) (?:client|customer)s?",
    "until (?:our|the|a) (?:client|customer) pays",
    "cuando (?:\\S+ ){0,5}(?:pague|paguen|cobremos|llegue|lleguen|entre|entren|recibamos)", "cuando (?:\\S+ ){0,5}nos paguen?",
    "quando (?:\\S+ ){0,5}(?:pagar|pagarem|receber|receberem|chegar|chegarem|entrar|entrarem|cair)",
    "quand (?:\\S+ ){0,5}(?:paiera|paieront|aura paye|arrivera|rentrera|recevrons)",
    "wanneer (?:\\S+ ){0,5}(?:betaalt|betalen|binnenkomt|ontvangen)",
)
# Also everyday words ("si" = so, "als" = as, "se" = oneself, "caso" = case, "if" in "as if"): a reader counts
# them only with more context (a payment word in the same sentence, the sender's language).
WEAK_CONDITIONS = frozenset({"if", "si", "se", "als", "caso"})
# Conditions that wait for something to arrive ("once we receive the credit note", "nach Erhalt", "à réception").
RECEIPT_OPENERS: tuple[str, ...] = (
    "once", "as soon as", "upon receipt", "on receipt", "when we (?:receive|get|have)*", "after (?:we )?receiv*",
    "sobald", "nach (?:erhalt|eingang)", "des (?:que|reception)", "a reception", "une fois (?:que|recu)",
    "en cuanto", "una vez", "al recibir", "cuando recibamos", "zodra", "bij ontvangst", "na ontvangst",
    "assim que", "logo que", "apos (?:a )?rece*", "quando recebermos",
)


def opener_pattern(openers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the openers, each a whole word or phrase ("si" but not "sie"), stems left open."""
    parts = [o[:-1] if o.endswith("*") else o + r"\b" for o in openers]
    return re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in parts) + ")")


# What a condition is attached to, for the readers: a payment word in the same sentence (folded stems;
# "\bpag" so that "apague-a", delete it, is not one).
PAYMENT_WORD = re.compile(r"pay|paid|zahl|paie|\bpag|betal|regl|uberweis|vir|transf")
# The act that lets money go, for a condition that holds a promise back: a payment word, or the cheque, wire or
# release that stands for one, or a verb of settling in the customer's language ("liquidamos", "abonaremos", "begleichen",
# "voldoen", Dutch "betaald", "betaalrun") ("If you send the signed ticket by Monday, we'll cut the check Thursday").
# ("you'll have it Friday", "vous l'aurez vendredi", "Sie haben das Geld am Freitag": the money reaching us, said
# without a payment word)
PAYMENT_ACT = re.compile(PAYMENT_WORD.pattern + r"|\byou(?:'ll|\s+will)\s+(?:have|get|receive|see)\s+(?:it|them|the\s+(?:money|funds|payment|transfer)|your\s+money)\b"
                         r"|\bvous\s+l'aurez\b|\b(?:sie|ihr)\s+(?:haben|habt|bekommen|bekommt|erhalten)\s+(?:es|das\s+geld|ihr\s+geld)\b"
                         r"|\bl[oa]s?\s+(?:tendran|tendra|recibiran|recibira)\b|\b(?:u|jullie)\s+(?:heeft|hebt|hebben|krijgt|krijgen)\s+het(?:\s+geld)?\b"
                         r"|\b(?:voces|voce)\s+(?:tera|terao|recebe|recebem|recebera|receberao)\s+o\s+(?:dinheiro|pagamento)\b"
                         r"|betaal|\bafgerekend|\bafreken|uberwies|\bliquid|\babon|\bsald[ae]|\bbegleich|\bvoldo|\bvoldaan|\bacquitt|\bchec?k\b|\bcheque|\breleas|\bremit|\bwire\b|\bsettl|\banweis|angewiesen|\bput\s+(?:\S+\s+){0,3}through\b|\bbacs\b|\bach\b|\bsepa\b|disburse|\bsquare\s+(?:up|off)\b|\b(?:payment|check|cheque|pay|supplier|vendor|\d{1,2}(?:st|nd|rd|th)?)\s+run\b")

# An outside audit under way: the auditors hold the books until it ends ("next week, after the audit wraps up", "una vez
# cerrada la auditoría", "après le passage du réviseur", "na de controle van de accountant"). The promise hangs on it for
# the person who confirms it (field55's writer); the date it names stays the promised one, so the date reader does not read
# these as conditions ("released on April 5 after the audit is closed" is April 5).
AUDIT_OPENERS: tuple[str, ...] = (
    "after (?:the |our |their )?(?:\\S+ )?audit (?:wraps up|is (?:done|over|finished|closed|complete)|finishes|closes|ends)",
    "after (?:the |our )?auditors (?:leave|have left|are (?:done|gone|finished))", "nach (?:der |dem )?(?:audit|abschlussprufung|wirtschaftsprufung)",
    "apres (?:le )?passage (?:du|des) (?:reviseur|commissaire|auditeur)s?", "apres (?:l'|la fin de l')audit", "une fois l'audit",
    "una vez (?:cerrad|terminad|finalizad|concluid)[oa] (?:la )?auditoria", "(?:despues de|tras) (?:la )?auditoria",
    "na (?:de )?(?:audit|controle (?:door|van) de accountant)", "(?:depois|apos) d?a auditoria",
)

CONDITION = opener_pattern(CONDITION_OPENERS)
AUDIT_UNDER_WAY = opener_pattern(AUDIT_OPENERS)
MONEY_WAIT = opener_pattern(MONEY_WAIT_OPENERS)
RECEIPT_CONDITION = opener_pattern(RECEIPT_OPENERS)
