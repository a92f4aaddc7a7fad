"""Messages that are `other` whatever words they share with business replies, and always need a person:
insolvency notices, questions whether our reminder is genuine, and requests for tax forms or
supplier paperwork (issue 14 families).

Kept apart from rules.CUES on purpose: those are model features, and a new cue there would change the
fitted model's columns.
"""

from __future__ import annotations

import re

from core.text.conditions import PAYMENT_ACT, PAYMENT_WORD, RECEIPT_CONDITION
from core.text.folding import fold
from core.text.sentences import sentences
from guardrails.literal_screen import screened

I = re.I

INSOLVENCY = screened(re.compile(
    r"\b(?:insolven\w*|bankrupt\w*|chapter\s+(?:7|11)|in\s+administration|entered\s+administration|administrators?\s+(?:have\s+been\s+)?appointed"
    r"|(?:in|into|entered|gone\s+into|voluntary|compulsory)\s+liquidation|(?:entered|in|into)\s+examinership|liquidators?\b|liquidation\s+(?:proceedings|order)|receivership|trustee\s+in\s+bankruptcy|insolvenzverfahren|insolvenzantrag|insolvenzverwalter"
    r"|liquidation\s+judiciaire|redressement\s+judiciaire|mandataire\s+(?:judiciaire|liquidateur)|concurso\s+de\s+acreedores"
    r"|administraci[oó]n\s+concursal|concurso\s+preventivo|s[íi]ndico\s+(?:del\s+concurso|concursal)|examinership|faillissement|failliet|curator|surseance|insolv[eê]ncia|administrador\s+de\s+insolv"
    # court protection from creditors: "sursis concordataire", "procédure de sauvegarde", "gerechtelijke reorganisatie",
    # "opschorting van betalingen", "Schutzschirmverfahren", "recuperação judicial", "business rescue"
    r"|sursis\s+concordataire|proc[ée]dure\s+de\s+sauvegarde|gerechtelijke\s+reorganisatie|opschorting\s+van\s+betalingen|schutzschirm\w*"
    r"|recupera[çc][ãa]o\s+judicial|business\s+rescue"
    # creditors told to lodge their claims in a court procedure: "Processo Especial de Revitalização", "reclamações de créditos",
    # "lodge your proof of debt", "Forderungsanmeldung", "déclaration de créances", "comunicación de créditos", "vorderingen indienen"
    r"|processo\s+especial\s+de\s+revitaliza[çc][ãa]o|reclama[çc][õo]es\s+de\s+cr[ée]ditos|administrador\s+judicial|proofs?\s+of\s+debt|lodge\s+(?:your\s+|their\s+|all\s+)?claims?"
    r"|forderungsanmeldung|forderungen\s+(?:\w+\s+){0,4}anzumelden|d[ée]claration\s+de\s+(?:vos\s+|les\s+)?cr[ée]ances|d[ée]clarer\s+(?:vos|leurs|les)\s+cr[ée]ances"
    r"|comunicaci[oó]n\s+de\s+cr[ée]ditos|comunicar\s+(?:sus|los)\s+cr[ée]ditos|vorderingen\s+(?:in\s+te\s+dienen|indienen))\b", I))
AUTHENTICITY = screened(re.compile(
    r"\b(?:(?:is|was)\s+this\s+(?:e-?mail|reminder|message|request)\s+(?:really\s+|actually\s+)?(?:genuine|legit\w*|real|from\s+you)"
    r"|(?:genuine|legitimate)(?=\?)|phishing|spoof\w*|fake\s+(?:invoice|e-?mail)|verify\s+(?:this|the)\s+(?:e-?mail|reminder|request)"
    r"|(?:ist|sind)\s+(?:diese|ihre)\s+\w+\s+echt|gef[äa]lscht\w*|authentique|hame[çc]onnage|usurpation"
    r"|(?:es|este)\s+(?:correo|mensaje)\s+(?:es\s+)?(?:real|aut[eé]ntico|leg[ií]timo)|suplantaci[oó]n"
    r"|echt\s+van\s+(?:jullie|u)|is\s+deze\s+\w+\s+echt|(?:wel\s+)?een\s+echte\s+(?:herinnering|aanmaning|factuur|mail|e-mail)|e-?mail\s+[ée]\s+(?:verdadeiro|leg[ií]timo)|[ée]\s+verdadeir[oa](?=\?)|fraude"
    r"|scam|fraudulent|suspicious\s+(?:e-?mail|message|request|sender|address)|did\s+you\s+(?:really\s+|actually\s+)?send\s+(?:this|us)"
    r"|confirm\s+(?:that\s+)?(?:this|the|your)\s+(?:e-?mail|reminder|message|request|notice)\s+(?:is|was|really|actually|came)"
    r"|(?:genuine|legitimate|authentic)\s+(?:e-?mail|reminder|request|message)|invoice\s+fraud|bank\s+details?\s+(?:have\s+|has\s+)?changed"
    # "… asking us to pay a new account in Vilnius. Is that you??", "una cuenta nueva en Panamá. ¿Es legítimo?"
    r"|is\s+(?:that|this|it)\s+(?:really\s+)?(?:you|from\s+you)(?=\s*\?)|(?:es|esto\s+es|eso\s+es)\s+leg[ií]timo(?=\s*\?)|your\s+(?:bank\s+)?details\s+(?:have\s+)?changed"
    r"|betrug\w*|betr[üu]gerisch|verd[äa]chtige\w*\s+(?:e-?mail|mail|nachricht)|echtheit|arnaque|frauduleu\w*|(?:mail|message|courriel)\s+suspect"
    r"|authenticit[ée]|estafa|fraudulent[oa]|(?:correo|mensaje)\s+sospechoso|autenticidad|oplichting|verdachte?\s+(?:mail|e-mail|bericht)|echtheid"
    r"|[ée]\s+(?:um\s+)?golpe|(?:e-?mail|mensagem)\s+suspeit[oa]|autenticidade"
    # a mail in our name announcing new bank details, to be confirmed: "nouvel IBAN", "un IBAN nuevo", "neue Bankverbindung",
    # "changement de vos coordonnées bancaires", "gewijzigde bankgegevens", "alteração dos dados bancários", "new bank account"
    r"|nouvel\s+iban|changement\s+de\s+(?:vos\s+)?coordonn[ée]es\s+bancaires|(?:un\s+)?iban\s+nuevo|nuevo\s+iban|cambio\s+de\s+(?:vuestra\s+|su\s+)?(?:cuenta|datos)\s+bancari\w+"
    r"|neuen?\s+(?:iban|bankverbindung|kontoverbindung)|ge[äa]nderte[nr]?\s+(?:bankverbindung|kontoverbindung)|nieuwe?\s+(?:iban|rekeningnummer|bankrekening)|gewijzigde\s+bankgegevens"
    r"|novo\s+iban|iban\s+novo|altera[çc][ãa]o\s+(?:dos\s+|de\s+)?dados\s+banc[áa]rios|new\s+(?:iban|bank\s+account|bank\s+details))\b", I))

# Requests for tax forms and supplier-onboarding paperwork: something a person must send.
PAPERWORK = screened(re.compile(
    r"\b(?:W-?9|W-?8\s*BEN(?:-E)?|1099|tax\s+residency\s+certificate|tax\s+clearance(?:\s+certificate)?|uid-?(?:best[äa]tigung|nachweis)"
    r"|(?-i:NUIT)|declara[çc][ãa]o\s+(?:de\s+resid[êe]ncia\s+)?fiscal|certificado\s+de\s+resid[êe]ncia\s+fiscal|attestation\s+de\s+r[ée]sidence\s+fiscale|verklaring\s+(?:van\s+)?fiscale\s+woonplaats|certid[ãa]o\s+de\s+quita[çc][ãa]o|certificate\s+of\s+(?:residence|residency|insurance|incorporation)"
    r"|form\s+10F|TRC|VAT\s+registration\s+certificate|vendor\s+(?:set-?up|onboarding)\s+form|supplier\s+(?:set-?up|onboarding)\s+form"
    r"|freistellungsbescheinigung|ans[aä]ssigkeitsbescheinigung|handelsregisterauszug|unbedenklichkeitsbescheinigung"
    r"|kbis|attestation\s+(?:urssaf|de\s+vigilance|de\s+r[ée]gularit[ée]\s+fiscale)|certificado\s+de\s+(?:residencia\s+fiscal|estar\s+al\s+corriente)"
    r"|g-rekening\w*|uittreksel\s+(?:kvk|kamer\s+van\s+koophandel)|certid[aã]o\s+(?:de\s+n[aã]o\s+d[ií]vida|permanente)"
    r"|formul[aá]rio\s+de\s+resid[eê]ncia\s+fiscal|constancia\s+de\s+(?:residencia\s+fiscal|situaci[oó]n\s+fiscal)|certificado\s+de\s+residencia"
    r"|retener\s+(?:el\s+)?(?:isr|iva|irpf)|retenci[oó]n\s+(?:de\s+)?(?:isr|iva|irpf)|modelo\s+21-?rfi|reten[çc][ãa]o\s+na\s+fonte|fiche\s+fournisseur|formulaire\s+(?:de\s+|d'ouverture\s+de\s+compte\s+)?fournisseur|rib\s+certifi[ée]"
    r"|sp[ée]cimen\s+de\s+ch[èe]que|voided?\s+(?:check|cheque)|specimen\s+cheque|cheque\s+specimen|formulario\s+de\s+(?:alta\s+de\s+)?proveedor"
    r"|lieferantenstammblatt|lieferantenstammdaten|lieferantenselbstauskunft|selbstauskunft|lieferantenerkl[äa]rung|supplier\s+(?:self-)?(?:assessment|questionnaire)"
    r"|verklaring\s+(?:van\s+(?:goed\s+)?)?betalingsgedrag|(?:bank|trade|credit)\s+reference(?:\s+letter)?|payment\s+(?:behaviou?r|history)\s+(?:letter|statement|certificate)"
    r"|zahlungserfahrung\w*|attestation\s+de\s+(?:bon\s+)?paiement|certificado\s+de\s+(?:pagos|buen\s+pagador)|declara[çc][ãa]o\s+de\s+(?:pagamentos|bom\s+pagador)"
    r"|questionnaire\s+fournisseur|fiche\s+de\s+r[ée]f[ée]rencement|cuestionario\s+de\s+proveedor|leveranciersvragenlijst|question[áa]rio\s+de\s+fornecedor|ficha\s+de\s+(?:proveedor|fornecedor|alta)|leveranciersformulier|vendor\s+(?:form|registration)|supplier\s+(?:form|registration))\b", I))


# A payment under an arrangement already agreed ("instalment 2 of 3 goes out on the 30th", "Rate 2 von 3"): a
# (partial) promise, not a request for a new plan (LABELING, field rules).
EXISTING_ARRANGEMENT = screened(re.compile(
    r"\b(?:instal+ment|payment)\s+(?:no\.?\s*)?\d+\s+(?:of|/)\s*\d+|(?<!\d\s)(?<!two\s)(?<!six\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!twelve\s)\b(?:next|second|third|final|last|monthly|this\s+month'?s|(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)(?:'s)?)\s+instal+ment|\binstal+ment\s+(?:of|under)\s+the\s+plan|\bthe\s+[$€£]?[\d.,]+k?\s+instal+ment"
    r"|\b(?:as|per|under)\s+(?:\w+\s+){0,3}(?:agreed|arrangement|agreement|(?:payment\s+)?plan\b)|\brate\s+\d+\s+von\s+\d+|ratenvereinbarung|n[äa]chste\s+rate"
    r"|\b\d+(?:st|nd|rd|th)\s+instal+ment|\baccording\s+to\s+(?:\w+\s+){0,2}(?:agreed|arrangement|agreement|schedule|payment\s+plan)|\bagreed\s+(?:schedule|plan|arrangement)"
    r"|\b(?:erste|zweite|dritte|vierte)\s+rate|\b(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|prochaine|\d+e)\s+(?:[ée]ch[ée]ance|mensualit[ée])"
    r"|\b(?:eerste|tweede|derde|vierde|volgende)\s+(?:schijf|termijn)|\b(?:primeira|segunda|terceira|pr[óo]xima)\s+(?:presta[çc][ãa]o|parcela)"
    # this month's share of the plan, by its month or its plan: "la cuota de septiembre del plan de pagos", "die Rate aus dem
    # Ratenplan", "la mensualité de l'échéancier", "de termijn van de betalingsregeling", "a parcela do plano de pagamento"
    r"|\bcuota\s+(?:\w+\s+){0,2}del\s+plan\b|\brate\s+(?:\w+\s+){0,2}(?:aus\s+dem|des|unseres)\s+(?:raten|zahlungs|tilgungs)plan\w*"
    r"|\b(?:mensualit[ée]|[ée]ch[ée]ance)\s+(?:\w+\s+){0,2}(?:de\s+l'|du\s+)\s*(?:[ée]ch[ée]ancier|plan)\b|\btermijn\s+(?:\w+\s+){0,2}van\s+(?:de|het|onze)\s+(?:betalingsregeling|afbetalingsregeling|betaalplan|regeling)\b"
    r"|\b(?:parcela|presta[çc][ãa]o)\s+(?:\w+\s+){0,2}do\s+(?:plano|acordo)\b|\b(?:instal+ment|share)\s+(?:\w+\s+){0,2}(?:of|under|from)\s+(?:the|our)\s+(?:payment\s+)?plan\b"
    r"|vereinbart\w*|[ée]ch[ée]ance\s+(?:n[°o]\s*)?\d+|(?:notre|l')\s*[ée]ch[ée]ancier\s+convenu|comme\s+convenu|plazo\s+\d+|(?:segundo|tercer|pr[óo]ximo)\s+plazo"
    r"|acuerdo\s+de\s+pago|seg[úu]n\s+lo\s+acordado|termijn\s+\d+|volgens\s+(?:onze\s+|de\s+)?(?:regeling|afspraak)|zoals\s+afgesproken"
    r"|presta[çc][ãa]o\s+\d+|(?:do|no)\s+acordo|conforme\s+(?:combinado|acordado)"
    # the instalment spoken of as one already due: "the instalment due is being processed", "the pending instalment"
    r"|\bthe\s+(?:\w+\s+)?instal+ment\s+(?:due|is|will|shall|of\s+(?:this|the)\s+month|for\s+(?:this|the)\s+month)|\b(?:pending|due|current|outstanding|overdue)\s+instal+ment"
    r"|\bdie\s+(?:f[äa]llige\s+|n[äa]chste\s+|monatliche\s+|aktuelle\s+)?rate\b|\bla\s+(?:prochaine\s+)?mensualit[ée]\b|\bl'[ée]ch[ée]ance\s+(?:du|de\s+ce)\s+mois"
    r"|\bla\s+cuota\s+(?:pendiente|del\s+mes|de\s+este\s+mes)|\bde\s+(?:maandelijkse\s+)?termijn\s+(?:van|voor)\s+(?:deze|de)\s+maand"
    r"|\ba\s+parcela\s+(?:pendente|deste\s+m[eê]s|do\s+m[eê]s)", I))
# (and a proposal: "solicitamos un acuerdo de pago a seis cuotas", "les proponemos", "we propose")
_ASKS = re.compile(r"\?|\b(?:can|could|may)\s+we|\bis\s+it\s+possible|\bwould\s+(?:you|it)|k[öo]nnen\s+wir|pourrions|podr[íi]amos|kunnen\s+we|podemos\s"
                   r"|\bsolicit(?:amos|o|a)\b|\bpropon\w*|\bwe\s+propose\b|\bnous\s+proposons\b", I)


# "kindly allow us to pay in 4 monthly instalments", "we request you to allow us to pay in 3 instalments": asks for a plan
ASKS_FOR_INSTALMENTS = re.compile(r"\b(?:allow|permit|let)\s+us\s+(?:to\s+)?(?:pay|settle|clear)\b[^.!?\n]{0,60}\binstal+ments\b"
                                  r"|\brequest\s+(?:you\s+)?(?:to\s+)?(?:kindly\s+)?(?:allow|grant|approve)\b[^.!?\n]{0,60}\binstal+ments\b"
                                  r"|\brequest\s+to\s+(?:settle|pay)\b[^.!?\n]{0,60}\binstal+ments\b", I)


def pays_under_an_existing_arrangement(text: str) -> bool:
    """An instalment of an arrangement already agreed, stated rather than asked for."""
    return bool(EXISTING_ARRANGEMENT.search(text)) and not _ASKS.search(text)


# Correspondence sent to the customer's lawyer from now on ("all correspondence regarding 97005 goes to her office: … PLLC",
# "merci d'adresser toute correspondance à son étude", "toda comunicación a través de nuestro abogado"): for a person
# (LABELING: "all communication through our attorney" is `other` with a person).
_LAWYER = r"(?:attorney|lawyer|solicitors?|counsel|law\s+firm|pllc|llp|avocat\w*|[ée]tude|abogad\w*|bufete|advocaat|advocatenkantoor|advogad\w*|anwalt\w*|rechtsanw\w*|kanzlei)"
_CORRESPONDENCE = r"(?:correspondence|communications?|contact|correspondance|korrespondenz|schriftverkehr|comunicaci[oó]n|correspondencia|correspondentie|communicatie|correspond[eê]ncia|comunica[çc][ãa]o)"
LEGAL_ROUTE = screened(re.compile(rf"\b{_CORRESPONDENCE}\b[^.!?\n]{{0,80}}\b{_LAWYER}|\b{_LAWYER}\b[^.!?\n]{{0,120}}\b{_CORRESPONDENCE}\b", I))


def notice_kind(text: str) -> str | None:
    """'insolvency', 'authenticity', 'paperwork' or 'legal' when the text is one of those, else None."""
    if INSOLVENCY.search(text):
        return "insolvency"
    if AUTHENTICITY.search(text):
        return "authenticity"
    if PAPERWORK.search(text):
        return "paperwork"
    if LEGAL_ROUTE.search(text):
        return "legal"
    return None


# An account handed to another team or desk ("the account has been transferred to our Cebu team").
_ACCOUNT_MOVED = r"\b(?:account|accounts|this\s+account)\s+(?:has|have)\s+been\s+(?:transferred|moved|reassigned|handed\s+over)\s+to\b"


# The person we wrote to is gone or is not the one who pays ("X no longer works here", "I'm in sales, not
# accounts", "this mailbox is no longer read"): who we chase changes, so it is wrong_contact even when the
# reply also says where invoices should go (LABELING: "I am not the right person (any more), write to X").
PERSON_GONE = screened(re.compile(
    r"\bno\s+longer\s+(?:works?|with|employed|at|here|in\s+charge|responsible|monitored|read|checked)|\bleft\s+(?:the\s+(?:company|business|firm|organi[sz]ation|finance\s+team|accounts\s+team|department)|us)\b"
    r"|\b(?:has|have|had)\s+(?:retired|moved\s+on|left)|\bretired\b|\bmoved\s+on\b|\bnot\s+the\s+(?:right|correct)\s+(?:person|contact)"
    r"|\bi'?m\s+(?:in|with)\s+(?:sales|purchasing|procurement|marketing|hr|logistics)\b|\bnot\s+(?:in\s+)?(?:accounts|finance)\b"
    # "I am sales department, not accounting", "I'm from the warehouse team, not finance"
    r"|\b(?:i'?m|i\s+am)\s+(?:in\s+|with\s+|from\s+)?(?:the\s+)?(?:sales|purchasing|procurement|marketing|hr|logistics|warehouse|production|reception)\s+(?:department|dept|team|office)\b"
    r"|\bnot\s+(?:in\s+|from\s+)?(?:the\s+)?(?:accounting|accounts\s+(?:payable|department|team)|finance\s+(?:department|team))\b"
    # the wrong desk or mailbox: "ich bin in der Produktion, nicht in der Buchhaltung", "this is the recruitment mailbox"
    r"|\bnicht\s+in\s+der\s+(?:buchhaltung|finanzabteilung|kreditorenbuchhaltung)|\bpas\s+(?:à|a|dans|de)\s+la\s+comptabilit[ée]|\bno\s+(?:estoy\s+|soy\s+)?(?:en|de)\s+(?:contabilidad|administraci[óo]n)"
    r"|\bniet\s+(?:op|bij|van)\s+(?:de\s+)?(?:boekhouding|administratie)|\bn[ãa]o\s+(?:estou\s+|sou\s+)?(?:na|da)\s+contabilidade"
    r"|\bthis\s+is\s+(?:the|our|a)\s+(?:recruitment|recruiting|hr|sales|info|support|marketing|careers|jobs|customer\s+service)\s+(?:mailbox|inbox|address|e-?mail)"
    r"|nicht\s+mehr\s+(?:im\s+unternehmen|bei\s+uns|tätig|zuständig|betreut|gelesen)|nicht\s+(?:der|die)\s+(?:richtige|zuständige)|nicht\s+zuständig"
    # no longer the one for invoices: "nicht mehr für Rechnungen zuständig", "niet meer de administratie", "I no longer handle the invoices"
    r"|nicht\s+mehr\s+für\s+(?:die\s+)?(?:rechnungen|buchhaltung|zahlungen|debitoren|kreditoren)|niet\s+meer\s+(?:de\s+|voor\s+de\s+|op\s+de\s+|bij\s+de\s+)?(?:administratie|boekhouding|facturen|facturatie)"
    r"|\bno\s+longer\s+(?:handle|deal\s+with|do|look\s+after|manage|process)\s+(?:the\s+)?(?:invoices|accounts|payments|billing|payables)"
    r"|ne\s+m'occupe\s+plus|ne\s+g[eè]re\s+plus|ya\s+no\s+(?:llevo|gestiono|me\s+encargo)|já\s+não\s+(?:trato|cuido|sou\s+responsável)"
    r"|ne\s+(?:fait|travaille)\s+plus|ne\s+fais\s+plus\s+partie|n'est\s+plus\s+(?:consultée?|chez|lue?|dans)|ne\s+m'occupe\s+pas|pas\s+la\s+bonne\s+personne"
    r"|ya\s+no\s+(?:trabaja|está|es\s+responsable|se\s+revisa)|no\s+soy\s+la\s+persona|me\s+jubilé|se\s+jubiló|ya\s+no\s+está\s+en"
    r"|(?:werkt|zit)\s+(?:hier\s+)?(?:\S+\s+){0,4}?niet\s+meer|niet\s+de\s+juiste\s+persoon|niet\s+meer\s+(?:gelezen|werkzaam|in\s+dienst|verantwoordelijk)|is\s+vertrokken"
    r"|já\s+não\s+(?:trabalha|está|é\s+(?:usado|responsável))|saiu\s+da\s+empresa|não\s+sou\s+a\s+pessoa"
    # left or moved to another team: "Karen left Dovecote at the end of April", "I have moved to the merchandising team"
    r"|\bleft\s+(?:\w+\s+){0,2}(?:at|in)\s+the\s+end\s+of\b|\b(?:i|she|he|they)\s*(?:have|has|'ve|'s)\s+moved\s+to\s+(?:the\s+|another\s+|our\s+)?(?:[\w-]+\s+)?(?:team|department|role|division|site|office)\b"
    # a mailbox nobody reads any more
    r"|\bno\s+longer\s+(?:being\s+)?(?:monitored|read|checked|in\s+use|attended|staffed|active|used)"
    r"|(?:wird|werden)\s+nicht\s+mehr\s+(?:gelesen|überwacht|betreut|abgerufen|bearbeitet|genutzt|verwendet)|(?:postfach|adresse|mailbox)\s+ist\s+nicht\s+mehr\s+(?:aktiv|besetzt|in\s+betrieb)"
    r"|n'est\s+plus\s+(?:consultée?|surveillée?|relevée?|utilisée?|active|suivie?|gérée?|traitée?|lue?)"
    r"|ya\s+no\s+(?:se\s+)?(?:revisa|monitorea|consulta|utiliza|atiende|lee|gestiona|est[áa]\s+(?:activ|en\s+uso|atendid))|ya\s+no\s+es\s+(?:atendid|revisad|monitoread)"
    r"|wordt\s+niet\s+meer\s+(?:gelezen|bewaakt|gecontroleerd|gebruikt|behandeld|beheerd)|(?:mailbox|adres|e-?mailadres)\s+is\s+niet\s+meer\s+(?:actief|in\s+gebruik)"
    r"|(?:j[áa]\s+n[ãa]o\s+[ée]|deixou\s+de\s+ser|n[ãa]o\s+[ée]\s+mais)\s+(?:monitorizad|monitorad|lid|consultad|utilizad|atendid|usad|gerid)[ao]"
    # switched off: "esta cuenta fue desactivada", "this mailbox has been deactivated", "wurde deaktiviert", "a été désactivée"
    r"|\b(?:has\s+been|was|is\s+now)\s+(?:deactivated|disabled|closed\s+down)|(?:wurde|ist)\s+(?:\w+\s+)?deaktiviert|(?:a\s+[ée]t[ée]|est)\s+d[ée]sactiv[ée]e?"
    r"|(?:fue|ha\s+sido|est[áa])\s+desactivad[ao]|(?:is|werd)\s+gedeactiveerd|(?:foi|est[áa])\s+desativad[ao]"
    # the account handed to another team or desk: write there
    r"|" + _ACCOUNT_MOVED + r"|\bdirect\s+all\s+(?:further\s+)?correspondence\s+to\b"
    # the business itself changed hands: chase the new owner
    r"|\b(?:sold|handed\s+over|transferred)\s+(?:the|our|my)\s+(?:business|company|shop|practice)|\bsold\s+out\s+of\s+the\s+(?:business|company|firm|practice|partnership)|\btaken\s+over\s+by|\bnew\s+owners?\b|verkauft\s+an|\bübergeben\s+an|übernommen\s+(?:von|durch)"
    r"|\brepris\s+par|\bc[ée]d[ée]\s+(?:à|a)|\btraspasad[oa]\s+a|\bvendid[oa]\s+a|\bovergedragen\s+aan|\bovergenomen\s+door|\btrespassad[oa]\s+a"
    # finished up or left for another employer: "Aroha has finished up with us", "I've left Kestrel for a job with …" (a
    # capitalised name after "left": "I've left a message" is no departure)
    r"|\b(?:has|have|had|'s|'ve)\s+finished\s+up\b|\bfinished\s+up\s+(?:with\s+us|here)\b"
    r"|\b(?:i'?ve|i\s+have|s?he'?s|s?he\s+has)\s+(?:now\s+|just\s+)?left\s+(?!(?:A|An|The|My|Your|Our|It|This|That|Some|Word)\b)(?-i:[A-Z])\w+"
    # nothing to do with invoices: "ik doe niets met facturen", "I have nothing to do with the invoices"
    r"|\bnothing\s+to\s+do\s+with\s+(?:the\s+|your\s+)?(?:invoices?|billing|payments?|accounts|finance)|\bdon'?t\s+(?:deal\s+with|handle|do)\s+(?:the\s+|any\s+)?(?:invoices|billing|payments)"
    r"|\bnichts\s+mit\s+(?:den\s+)?(?:rechnungen|zahlungen|der\s+buchhaltung)\s+zu\s+tun|\bmit\s+(?:den\s+)?(?:rechnungen|zahlungen|der\s+buchhaltung)\s+(?:\w+\s+)?nichts\s+zu\s+tun"
    r"|\bdoe\s+niets\s+met\s+(?:de\s+)?(?:facturen|betalingen|boekhouding|administratie)|\bniets\s+te\s+maken\s+met\s+(?:de\s+)?(?:facturen|betalingen|boekhouding)"
    r"|\brien\s+[àa]\s+voir\s+avec\s+(?:les\s+|la\s+)?(?:factures|paiements|comptabilit[ée])|\bnada\s+que\s+ver\s+con\s+(?:las\s+|los\s+|la\s+)?(?:facturas|pagos|contabilidad)"
    r"|\bnada\s+a\s+ver\s+com\s+(?:as\s+|os\s+|a\s+)?(?:faturas|pagamentos|contabilidade)"
    # gone from the firm, told by someone else: "Herr X ist zum 31.03. ausgeschieden", "elle a quitté la société", "is uit dienst"
    r"|\bausgeschieden\b|\bhat\s+(?:uns|das\s+unternehmen|die\s+firma)\s+verlassen|\ba\s+quitt[ée]\s+(?:la\s+soci[ée]t[ée]|l'entreprise|le\s+cabinet|nos\s+services|notre\s+(?:soci|entreprise|cabinet))"
    r"|\b(?:dej[óo]|ha\s+dejado)\s+(?:la\s+empresa|de\s+trabajar)|\bya\s+no\s+forma\s+parte|\bis\s+uit\s+dienst|\bheeft\s+(?:het\s+bedrijf|ons)\s+verlaten|\bdeixou\s+a\s+(?:empresa|firma)"
    # only another trade, or not this desk: "I am in charge of sales only", "not my department", "pas mon service", "niet mijn afdeling"
    r"|\bin\s+charge\s+of\s+(?:the\s+)?(?:sales|purchasing|marketing|logistics|production|operations|hr|orders|the\s+warehouse)\s+only\b"
    r"|\b(?:only|just)\s+(?:handle|do|deal\s+with|look\s+after)\s+(?:the\s+)?(?:sales|purchasing|marketing|logistics|production|operations|orders)\b"
    r"|\bnot\s+my\s+(?:dept|department|area|desk|job)\b|\bnicht\s+meine\s+(?:abteilung|aufgabe|baustelle)\b|\bpas\s+mon\s+(?:service|rayon|d[ée]partement|domaine)\b"
    r"|\bno\s+es\s+mi\s+(?:departamento|[áa]rea|tema)\b|\bniet\s+mijn\s+(?:afdeling|taak|pakkie-an)\b|\bn[ãa]o\s+[ée]\s+(?:o\s+|a\s+)?(?:meu|minha)\s+(?:departamento|setor|sector|[áa]rea)\b"
    # the books kept by someone else now: "Rivka doesn't do our books anymore", "macht unsere Buchhaltung nicht mehr"
    r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:do|keep|handle|look\s+after|manage)\s+(?:our|the)\s+(?:books|bookkeeping|accounts|invoices|payables)\s+any\s*more\b"
    r"|\bmacht\s+(?:unsere|die)\s+buchhaltung\s+nicht\s+mehr|\bya\s+no\s+lleva\s+(?:nuestra|la)\s+contabilidad|\bdoet\s+(?:onze|de)\s+(?:boekhouding|administratie)\s+niet\s+meer"
    r"|\bj[áa]\s+n[ãa]o\s+faz\s+a\s+(?:nossa\s+)?contabilidade",
    re.I))
# Sent on to a colleague by name ("voyez avec Claire", "check with Marta", "sprechen Sie mit Herrn Ott", "fale com a Joana"):
# the contact for us is that colleague, unless the writer is only away for a while ("férias até 03/10 … para assuntos urgentes,
# fale com a Letícia": an absence, the colleague its stand-in).
_SENT_ON_TO_A_COLLEAGUE = screened(re.compile(
    r"\b(?:voyez\s+avec|check\s+with|sprechen\s+sie\s+(?:bitte\s+)?mit|hable\s+con|fale\s+com|veja\s+com|vraag\s+het\s+(?:even\s+)?aan)"
    r"\s+(?:(?:herrn?|frau|mme|mr|ms|mrs|la|el|a|o)\.?\s+)?(?-i:[A-Z])\w+", re.I))
_URGENT_MATTERS = re.compile(r"\burgent|\bdringend|\burgenc|\burgente", re.I)
# the writer doing the checking ("Let me check with Daniel and revert", "I'll check with Marta"): no one sent on
_I_WILL_BEFORE = re.compile(r"\b(?:let\s+me|let\s+us|let'?s|i'?ll|i\s+(?:will|shall|need\s+to|have\s+to|must)|we'?ll|we\s+(?:will|shall|need\s+to|have\s+to|must)|going\s+to"
                            r"|je\s+vais|on\s+va|nous\s+allons|ich\s+(?:werde|muss)|wir\s+(?:werden|m[üu]ssen)|voy\s+a|vamos\s+a|tengo\s+que|vou|vamos|ik\s+(?:ga|zal|moet)|we\s+(?:gaan|zullen|moeten))\s+$", re.I)


# A leave of months with no return named ("Maria started maternity leave this week, please deal with Nick", "Gaëlle est en
# congé maternité, adressez-vous à Julien"): the contact is gone for us (LABELING: wrong_contact); with a return named
# ("on maternity leave until 1 March") it is an absence.
_LONG_LEAVE = re.compile(r"\b(?:maternity|paternity|parental)\s+leave|\bmutterschutz|\belternzeit|\bcong[ée]\s+(?:de\s+)?(?:maternit[ée]|parental)"
                         r"|\bbaja\s+(?:por\s+)?maternidad|\blicen[çc]a\s+(?:de\s+)?(?:maternidade|parental)|\b(?:zwangerschaps|bevallings|ouderschaps)verlof", I)
# ("to" only before a time: "from March to June", not "send anything about invoices to accounts@")
_A_RETURN_NAMED = re.compile(r"\b(?:until|till|til|to(?=\s+(?:the\s+)?(?:\d|end|mid|early|late|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri))"
                             r"|through|back|return\w*|bis|zuruck|jusqu|retour|hasta|vuelta|regres\w*|tot|terug|ate|volta|regress\w*)\b")


def says_the_person_is_gone(text: str) -> bool:
    """The recipient says they (or the contact we wrote to) are gone or not the one who handles payment."""
    if PERSON_GONE.search(text):
        return True
    sent_on = _SENT_ON_TO_A_COLLEAGUE.search(text)
    sent_on = sent_on and not _I_WILL_BEFORE.search(text, max(0, sent_on.start() - 25), sent_on.start()) and not _URGENT_MATTERS.search(text)
    # either way the writer is gone for good only when no return is named
    return bool((sent_on or _LONG_LEAVE.search(text)) and not _A_RETURN_NAMED.search(fold(text)))


def dispute_words_only_about_the_po(text: str) -> bool:
    """Every sentence with a dispute word ("incorrect", "please correct", "falsch") is about the PO number, order
    reference, cost centre or billing entity ("the PO number on INV-1 is incorrect, the right one is 4500…"):
    the reply asks for a PO / billing change, it does not contest the debt."""
    from agent.extract import find_dispute_reason
    from agent.models.rules import cue_found

    said = sentences(text)
    disputed = [s for s in said if cue_found("dispute", s)]
    if not disputed:
        # no word of a dispute at all, the detector's reading resting on "cancel", "different", "original": a PO or a framework
        # contract to bill against and a reissue asked ("cancel and reissue it against PO 4471, the first PO was for another
        # site", "soit refacturée sur le contrat-cadre …")
        # (money or a fee named outside a payment promised makes it a dispute again: "a $600 fee nobody approved. Reissue.")
        unpromised = [s for s in said if not promises_a_payment(s)]
        return (any(ORDER_REFERENCE.search(s) and _CHANGE_WORDS.search(s) for s in said)
                and not any(_MONEY_OR_GOODS.search(s) or _A_CHARGE.search(s) for s in unpromised)
                and find_dispute_reason(" ".join(unpromised)) is None)
    return all((cue_found("po", s) or ORDER_REFERENCE.search(s)) and not _MONEY_OR_GOODS.search(s) for s in disputed)


_A_CHARGE = re.compile(r"[£$€]|\b(?:fees?|surcharges?|geb[üu]hr\w*|frais|cargos?|recargos?|kosten|toeslag|taxas?|encargos?)\b", re.I)
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
    from agent.models.rules import cue_found

    disputed = [s for s in sentences(text) if cue_found("dispute", s)]
    return bool(disputed) and all(RECEIPT_CONDITION.search(fold(s)) and PAYMENT_WORD.search(fold(s)) and not _REFUSAL.search(s) for s in disputed)


# ---------------------------------------------------------------- what the reply asks for, whatever the detector leans to
# Words that make "not received" about goods, money or an order rather than about the invoice document.
_GOODS_OR_MONEY = re.compile(
    r"price|amount|quantit|goods|deliver|damag|broken|defect|overcharg|charged|twice|duplicate|credit\s+note|\border|parcel|shipment|item"
    r"|preis|betrag|menge|\bware|liefer|besch[äa]dig|defekt|doppelt|gutschrift|bestell|paket"
    r"|prix|montant|quantit[ée]|marchandise|livr|endommag|\bavoir\b|commande|colis"
    r"|precio|importe|cantidad|mercanc|entreg|da[ñn]ad|abono|pedid|paquete"
    r"|prijs|bedrag|aantal|goederen|gelever|levering|beschadig|creditnota|bestel|pakket"
    r"|pre[çc]o|valor|quantidade|mercador|danific|encomend|nota\s+de\s+cr[ée]dito", I)
_INVOICE_DOCUMENT = re.compile(r"\b(?:invoices?|bills?|statements?|inv[- ]?\d[\d-]*|rechnung\w*|kontoauszug|facture\w*|relev[ée]|factura\w*|extracto|factu(?:u)?r\w*"
                               r"|rekeningoverzicht|fatura\w*|extrato|pdf)\b", I)
_NOT_RECEIVED = re.compile(
    r"\b(?:not|never|nie|nicht|pas|jamais|no|nunca|niet|nooit|n[ãa]o)\s+(?:\w+\s+){0,3}(?:received|got|gotten|seen|arrived|erhalten|bekommen|angekommen"
    r"|re[çc]ue?s?|recibid[oa]s?|recibimos|recibido|llegad[oa]|lleg[oó]|llegaron|ontvangen|gekregen|aangekomen|receb\w*|chegou|chegad[oa])\b|n't\s+(?:\w+\s+){0,2}(?:received|got|gotten|seen|arrived)\b"
    r"|liegt\s+(?:uns\s+)?(?:\w+\s+)?nicht\s+vor", I)
# "Send it again", in six languages: a copy request, whatever else the detector reads.
_AGAIN = re.compile(
    r"\b(?:send|mail|e-?mail|forward|resend|re-send|flick|shoot|ping)\w*\s+(?:\w+\s+){0,5}(?:again|once\s+more|another\s+copy)\b|\bsend\s+(?:it|them)\s+(?:on|over|through)\b"
    r"|\b(?:schick|send|sende|übersend|ubersend|zusend)\w*\s+(?:\w+\s+){0,5}(?:nochmal\w*|erneut|noch\s+einmal)\b|\b(?:nochmal\w*|erneut|noch\s+einmal)\s+(?:\w+\s+){0,3}(?:schick|send|zusend|übersend)\w*"
    r"|\b(?:envoy|renvoy|transmett|adress)\w*\s+(?:\w+\s+){0,5}(?:[àa]\s+nouveau|de\s+nouveau)\b"
    r"|\b(?:m[aá]nd|envi|env[íi]|remit)\w*\s+(?:\w+\s+){0,5}(?:otra\s+vez|de\s+nuevo|nuevamente)\b"
    r"|\b(?:stuur|stuurt|sturen|toesturen|mail|mailen|verstuur|versturen)\w*\s+(?:\w+\s+){0,5}(?:opnieuw|nogmaals|nog\s+een\s+keer)\b|\b(?:opnieuw|nogmaals)\s+(?:\w+\s+){0,3}(?:sturen|toesturen|versturen|mailen)"
    r"|\b(?:envi|mand|reenvi|remet)\w*\s+(?:\w+\s+){0,5}(?:novamente|de\s+novo|outra\s+vez)\b"
    # the verb left out: "Rechnung bitte erneut als PDF", "again as a PDF please", "opnieuw als pdf"
    r"|\b(?:erneut|nochmal\w*|noch\s+einmal|again|once\s+more|[àa]\s+nouveau|de\s+nouveau|otra\s+vez|de\s+nuevo|opnieuw|nogmaals|novamente|de\s+novo)"
    r"\s+(?:\w+\s+){0,2}(?:als|as|en|in|como|em|per|by)\s+(?:an?\s+|un\s+|una\s+|um\s+|een\s+)?(?:pdf|xml|datei|file|fichier|archivo|bestand|ficheiro|arquivo|cop(?:y|ie|ia)|kopie)\b", I)


# The reminder's invoices named by a pronoun: "Never received these. Send them again", "jamais reçues, renvoyez-les"
_THE_INVOICES_AS_A_PRONOUN = re.compile(r"\b(?:these|those|them|les|las|los|sie|ze|deze|elas|eles|as|os)\b", I)
# A copy asked for because the file sent could not be opened: "die ZUGFeRD-Datei ließ sich nicht öffnen", "the PDF won't open"
_WONT_OPEN = re.compile(r"\b(?:(?:can'?t|cannot|could\s*n[o']t|won'?t|will\s+not|unable\s+to|not\s+able\s+to)\s+(?:be\s+)?open(?:ed)?|corrupt\w*|damaged\s+file"
                        r"|l[äa](?:ss|ß)t\s+sich\s+nicht\s+(?:öffnen|oeffnen)|lie(?:ss|ß)\s+sich\s+nicht\s+(?:öffnen|oeffnen)|nicht\s+(?:zu\s+)?(?:öffnen|oeffnen)|besch[äa]digt"
                        r"|impossible\s+d'ouvrir|ne\s+s'ouvre\s+pas|illisible|no\s+(?:se\s+)?(?:puede|pudo|podemos)\s+abrir|no\s+abre|da[ñn]ad[oa]"
                        r"|(?:niet|kan\s+niet)\s+(?:te\s+)?openen|gaat\s+niet\s+open|corrupt|n[ãa]o\s+(?:abre|consigo\s+abrir|conseguimos\s+abrir|(?:se\s+)?pode\s+abrir)|corrompid[oa]"
                        # "the version we received is a broken image and our scanning vendor rejected it"
                        r"|broken\s+(?:image|file|pdf|attachment|link)|unreadable|illegible|blurr?y|(?:scanning|ocr)\s+(?:\w+\s+)?rejected)", I)


# An invoice named by its bare number ("on n'a jamais reçu la 69282", "flick me 70101 again"): five digits or more, no amount
# or count after them
_AN_INVOICE_NUMBER = re.compile(r"(?<![\d.,/-])\d{5,}(?![\d,/-]|\.\d|\s*(?:€|\$|£|eur|usd|gbp|chf|units?|pcs|stk|st[üu]ck|x\b))", I)
# (only in a reply that asks for something to be sent: "63012 is for netting we never got, I'm not paying for it" names the
# invoice to contest the goods)
_SEND_IT = re.compile(r"\b(?:send|resend|re-send|flick|shoot|forward|e?-?mail|schick|sende|zusend|übersend|envoy|renvoy|transmett|mand[ae]|envi[aeá]|reenv"
                      r"|stuur|sturen|toesturen|mailen|remet)\w*", I)
# Papers about the delivery asked for beside the copy ("copies with signed proof of delivery attached, our auditors are
# sampling"): documents, not a complaint about the goods
_DELIVERY_PAPERS = re.compile(r"\b(?:(?:signed\s+)?proofs?\s+of\s+delivery|pods?\b|delivery\s+(?:notes?|tickets?|receipts?|dockets?)|lieferschein\w*|liefernachweis\w*"
                              r"|bons?\s+de\s+livraison|preuves?\s+de\s+livraison|albar[áa]n\w*|comprobantes?\s+de\s+entrega|pakbon\w*|afleverbewijs\w*"
                              r"|guias?\s+de\s+remessa|comprovantes?\s+de\s+entrega)", I)


# Copies asked for by name: "please provide copies of INV-1 and INV-2", "Kopien der Rechnungen", "copie des factures"
_COPIES_OF = re.compile(r"\b(?:cop(?:y|ies)|kopie(?:n|en|ën)?|copies?|copias?|c[óo]pias?)\s+(?:of|der|von|van|des?|du|de\s+la|del?|d[aoe]s?)\b", I)


def _asks_for_the_invoice(sentence: str, text: str = "") -> bool:
    """The sentence asks for the invoice again, named or, in a reply about nothing else (`text`), as "these", "them"."""
    from agent.models.rules import cue_found

    named = (_INVOICE_DOCUMENT.search(sentence) or _AN_INVOICE_NUMBER.search(sentence) and _SEND_IT.search(text or sentence)
             or _THE_INVOICES_AS_A_PRONOUN.search(sentence) and not _GOODS_OR_MONEY.search(text or sentence))
    return bool(named and (_NOT_RECEIVED.search(sentence) or _AGAIN.search(sentence) or _COPIES_OF.search(sentence) or cue_found("resend", sentence)))


def asks_for_a_copy_it_could_not_open(text: str) -> bool:
    """The invoice asked for again because the file could not be opened ("Rechnung bitte erneut als PDF, die ZUGFeRD-Datei
    ließ sich nicht öffnen"): a copy request, whatever e-invoicing word it names."""
    return bool(_WONT_OPEN.search(text)) and any(_asks_for_the_invoice(s, text) for s in sentences(text))


# the sender says in so many words that they contest the bill
_WE_DISPUTE = re.compile(r"\b(?:we|i)\s+(?:are\s+|am\s+|hereby\s+|must\s+|have\s+to\s+)?(?:disput|contest)\w*|\b(?:bestreiten|widersprechen)\s+wir|\bnous\s+contestons"
                         r"|\bimpugnamos|\bbetwisten\s+we|\bcontestamos", I)


def asks_only_for_the_invoice_again(text: str) -> bool:
    """The reply says the invoice never arrived or asks for it again, and its words of a dispute ("not received")
    are only about the invoice document: a copy request, not a dispute (LABELING: "We never received the invoice,
    so it is not overdue" is invoice_resend). Goods, amounts or orders in those sentences keep it a dispute."""
    from agent.models.rules import cue_found

    if _WE_DISPUTE.search(text):
        return False  # "we are disputing INV-… as the pallets were never received. Kindly provide proof of delivery."
    said = [_DELIVERY_PAPERS.sub(" documents ", s) for s in sentences(text)]
    if not any(_asks_for_the_invoice(s, text) for s in said):
        return False
    disputed = [s for s in said if cue_found("dispute", s)]
    return all((_NOT_RECEIVED.search(s) or _AGAIN.search(s)) and not _GOODS_OR_MONEY.search(s) for s in disputed)


# A count of things ("12 sacos", "10 cajas de jeringas", "40 crates"): goods, not a document
_A_COUNT_OF_THINGS = re.compile(r"(?<![\d.,/-])\b\d{1,3}\s+(?!(?:de\s+|of\s+)?(?:days?|dias|jours|tage[n]?|dagen|weeks?|semanas?|semaines?|wochen|weken|months?|meses|mois|monate[n]?|maanden"
                                r"|eur|euros?|usd|dollars?|dolares|gbp|chf|inr|zar|brl|mxn|cad|aud|nzd|sgd|invoices?|facturas?|factures?|rechnungen?|facturen|faturas?)\b)[a-z]{3,}")


def asks_again_for_an_invoice_that_never_came(text: str) -> bool:
    """The invoice never arrived, by whatever route the reply names ("nooit via Peppol ontvangen", "no nos llegó la
    factura electrónica"), and it is asked for again: the route is how it failed to come, not a change of where invoices
    go (LABELING: invoice_resend). "From now on", a PO or a detail to change makes it a billing change again."""
    from agent.models.rules import cue_found

    if re.search(_FROM_NOW_ON, text, I) or ORDER_REFERENCE.search(text) or _CHANGE_WORDS.search(text) or _A_COUNT_OF_THINGS.search(fold(text)):
        return False  # ("los 12 sacos que facturan … nunca llegaron": goods that never came, a dispute)
    said = sentences(text)
    never_came = [s for s in said if _NOT_RECEIVED.search(s) and _asks_for_the_invoice(s, text)]
    return (bool(never_came) and bool(cue_found("resend", text) or _AGAIN.search(text))
            and all(not BILLING_CHANNEL.search(s) or s in never_came or _AGAIN.search(s) or cue_found("resend", s) for s in said))


# Asking to spread the balance: "pay it in two goes", "en deux fois", "in twee keer", "en dos plazos", "em duas vezes",
# "in zwei Raten", "$100 a week till it's paid", "fraccionamiento", "aplazamiento". "Twice"-words here are not a
# duplicate bill.
_N_PARTS = (r"(?:two|three|four|five|six|2|3|4|5|6|deux|trois|quatre|cinq|six|twee|drie|vier|vijf|zes|dos|tres|cuatro|cinco|seis"
            r"|duas|tr[êe]s|quatro|zwei|drei|f[üu]nf|sechs)")
_PARTS = (r"(?:goes|parts|payments|instal+ments|fois|keer|termijnen|delen|veces|plazos|pagos|partes|cuotas|vezes|parcelas|prestações|prestacoes|raten|teilen|tranches|tranchen|x"
          # post-dated cheques, one per part: "dos cheques posfechados", "two post-dated cheques"
          r"|(?:post-?dated\s+)?(?:cheques|checks)(?:\s+(?:posfechados|pr[ée]dat[ée]s|pr[ée]-dat[ée]s|pr[ée]-?datados|vordatiert\w*))?|schecks)")
SPLIT_PAYMENT = screened(re.compile(
    rf"\b(?:pay|paying|payer|r[ée]gler|betalen|betaal|voldoen|pagar(?:l[oa]s?)?|pago|abonar|liquidar|zahlen|bezahlen|begleichen|split\w*|divi[sd]\w*|splitsen|aufteilen|spread)"
    rf"\s+(?:\w+\s+){{0,4}}(?:in|en|em|into|over|op)\s+{_N_PARTS}\s*{_PARTS}\b"
    rf"|\b(?:in|en|em)\s+{_N_PARTS}\s+{_PARTS}\s+(?:\w+\s+){{0,2}}(?:betalen|voldoen|payer|r[ée]gler|pagar|abonar|zahlen|bezahlen|begleichen|doen|faire|hacer|fazer|machen)\b"
    rf"|\b(?:con|with|avec|met|com|mit)\s+{_N_PARTS}\s+{_PARTS}"
    rf"|\bsplit\s+(?:this|it|that|the\s+\w+)\s+(?:in|into)\s+(?:{_N_PARTS}|halves)\b|\b(?:half|la\s+moiti[ée]|la\s+mitad|de\s+helft|a\s+metade|die\s+h[äa]lfte)\b[^.?!\n]{{0,60}}\b(?:rest|reste|resto|restante|andere\s+helft|other\s+half|autre\s+moiti[ée]|otra\s+mitad|outra\s+metade|andere\s+h[äa]lfte)\b"
    r"|\b\d+\s+(?:a|per|each|every)\s+(?:week|month|fortnight)\s+(?:till|until|til|untill)\b"
    # "$2,000 a fortnight from this Friday until it's cleared"
    r"|\d[\d,.]*\s+(?:a|per|each|every)\s+(?:week|month|fortnight)\b[^.!?\n]{1,30}\b(?:till|until|til)\b"
    r"|\b(?:\d+|" + _N_PARTS[3:-1] + r")\s+(?:monthly|weekly|equal|separate|mensal\w*|mensuel\w*|mensual\w*|maandelijkse|monatliche\w*)?\s*(?:payments|instal+ments|emis|pagamentos|pagos|zahlungen|paiements"
    r"|betalingen|termijnen|parcelas|presta[çc][õo]es|plazos|cuotas|mensualit[ée]s|raten|monthly\s+payments)\b"
    r"|\bfraccion\w+|\baplaza\w+"
    # spread over months: "étaler le paiement sur trois mois", "spread it over 4 months", "über drei Monate verteilen"
    rf"|\b(?:[ée]tal\w*|spread\w*|stretch\w*|verteil\w*|repartir|spreiden|parcelar|escalonar|dividir)\s+(?:\w+\s+){{0,4}}(?:sur|over|across|auf|en|em|in|op)\s+{_N_PARTS}\s+"
    r"(?:mois|months|monate\w*|meses|maanden|semaines|weeks|wochen|semanas|weken)\b"
    rf"|\b(?:über|uber|over)\s+{_N_PARTS}\s+(?:monate|maanden|months)\s+(?:\w+\s+)?(?:verteilen|spreiden|spread)\b", I))


# The customer's own payment made twice or to the wrong invoice: "we paid 4410 twice by mistake", "nous avons réglé par erreur
# la 58311 deux fois", "per ongeluk twee keer betaald", "versehentlich doppelt überwiesen". Money was sent: the duplicate is
# theirs, not a bill of ours they contest (LABELING: already_paid, a person sorts the refund or the offset).
_TWICE = r"(?:twice|two\s+times|double|doppelt|zweimal|deux\s+fois|en\s+double|dos\s+veces|por\s+duplicado|twee\s+keer|dubbel|duas\s+vezes|em\s+duplicado)"
_BY_MISTAKE = r"(?:by\s+mistake|in\s+error|accidentally|mistakenly|versehentlich|irrtumlich|aus\s+versehen|par\s+erreur|por\s+error|por\s+equivocacion|per\s+ongeluk|per\s+abuis|abusievelijk|por\s+engano|por\s+erro)"
_PAID_VERB = re.compile(r"\b(?:paid|payed|transferred|wired|settled|bezahlt|uberwiesen|beglichen|gezahlt|regle|payee?|vire|pagado|transferido|abonado"
                        r"|betaald|overgemaakt|pagou|paguei|pagamos\s+(?:\w+\s+){0,3}por\s+(?:engano|erro))\b")
_DOUBLE_OURS = re.compile(rf"\b(?:{_TWICE}|{_BY_MISTAKE}|instead\s+of|statt|au\s+lieu\s+de|en\s+lugar\s+de|in\s+plaats\s+van|em\s+vez\s+de)\b")
# ... not a bill of ours received or charged twice, nor a payment refused or split ("we won't pay twice", "in twee keer")
_BILLED_OR_DENIED = re.compile(r"\b(?:not|never|nicht|pas|no|niet|nao|nunca|jamais|(?:avez|avons\s+ete|a|ont|ete)\s+(?:\w+\s+){0,2}factur\w*|factura(?:ron|do|da)|billed|charged|invoiced|fakturiert|berechnet|bekommen|received|recu\w*"
                               r"|recibid\w*|ontvangen|gefactureerd|cobrad\w*|cobr\w*|recebid\w*|gestellt|ausgestellt|verrechnet|gestuurd|verstuurd|issued|sent|envoyee?s?|emise?s?"
                               r"|enviad\w*|emitid\w*|rejected|in\s+(?:two|2)\s+(?:parts|goes|instal+ments))\b")


def paid_twice_ourselves(text: str) -> bool:
    """The customer says they paid twice, or paid the wrong invoice, by mistake: a payment told of, not a bill contested."""
    return any(_PAID_VERB.search(s) and _DOUBLE_OURS.search(s) and not _BILLED_OR_DENIED.search(s) and not SPLIT_PAYMENT.search(s)
               for s in sentences(fold(text)))


def dispute_words_only_in_a_split_payment(text: str) -> bool:
    """Every sentence with a dispute word asks to pay in parts ("en deux fois", "in twee keer"): no duplicate bill."""
    from agent.models.rules import cue_found

    disputed = [s for s in sentences(text) if cue_found("dispute", s)]
    return bool(disputed) and all(SPLIT_PAYMENT.search(s) and not cue_found("dispute", SPLIT_PAYMENT.sub(" ", s)) for s in disputed)


def asks_for_a_split(text: str) -> bool:
    """A sentence that spreads the payment asks for it ("Kunnen we … in twee keer doen?", "la moitié le 6 et l'autre fin
    mars, ça vous va ?", "Les propongo … dos cheques posfechados"), or a short question right after it does ("… the rest on
    the 30th. OK?"); a question about something else elsewhere in the reply does not."""
    said = sentences(text)
    for i, sentence in enumerate(said):
        if not SPLIT_PAYMENT.search(sentence):
            continue
        after = said[i + 1] if i + 1 < len(said) else ""
        if makes_a_request(sentence) or _A_WISH.search(sentence) or (after.rstrip().endswith("?") or _CONFIRM_IT.search(after)) and len(after.split()) <= 6:
            return True
    return False


# "Wir möchten … in zwei Tranchen begleichen", "we'd like to pay in three parts", "nous souhaitons régler en deux fois"
_A_WISH = re.compile(r"\b(?:wir\s+m[öo]chten|ich\s+m[öo]chte|wir\s+w[üu]rden\s+gerne?|we\s+would\s+like|we'd\s+like|i\s+would\s+like|i'd\s+like"
                     r"|nous\s+souhaiterions|nous\s+souhaitons|nous\s+voudrions|quisi[ée]ramos|nos\s+gustar[íi]a|gostar[íi]amos|queremos"
                     r"|(?:we|wij|ik)\s+(?:willen|zouden)\s+graag|graag\s+willen)\b", I)
# "Bitte um Bestätigung.", "Please confirm.", "Merci de confirmer.", "¿De acuerdo?": the schedule put to us for agreement
_CONFIRM_IT = re.compile(r"\b(?:bitte\s+um\s+(?:best[äa]tigung|zustimmung|freigabe)|please\s+confirm|kindly\s+confirm|merci\s+de\s+(?:nous\s+)?confirmer"
                         r"|confirmez|por\s+favor\s+confirm|confirmen|graag\s+(?:uw\s+)?bevestiging|(?:aguardo|aguardamos)\s+(?:a\s+)?(?:sua\s+)?confirma[çc][ãa]o)", I)


def asks_to_spread_the_payment(text: str) -> bool:
    """The reply asks to pay the balance in parts (not an instalment of an arrangement already agreed)."""
    return bool(SPLIT_PAYMENT.search(text)) and not pays_under_an_existing_arrangement(text)


# "La trésorerie", "le comité de trésorerie", "Treasury": the public body or office that pays, not a cash-flow problem.
_PAYING_OFFICE = re.compile(r"\b(?:(?:la|le|par\s+la|[àa]\s+la|de\s+la|du)\s+(?:comit[ée]\s+de\s+)?tr[ée]sorerie(?:\s+(?:municipale|g[ée]n[ée]rale|principale|publique))?"
                            r"|(?:the|our)\s+treasury(?:\s+(?:team|office|department))?)\b|^[ \t]*(?:service\s+)?tr[ée]sorerie[ \t]*$", I | re.M)


def plan_words_only_name_a_paying_office(text: str) -> bool:
    """The only words of a plan in the reply name the office that pays ("transmis à la trésorerie", "le comité de
    trésorerie se réunit"): a public body's payment route, not a cash-flow plea, so a plan reading rests on nothing."""
    from agent.models.rules import cue_found

    return bool(cue_found("plan", text)) and not cue_found("plan", _PAYING_OFFICE.sub(" ", text)) and not SPLIT_PAYMENT.search(text)


_REQUESTS = re.compile(
    r"\?|\b(?:can|could|may)\s+(?:i|we)\b|\bis\s+it\s+possible|\bwould\s+(?:you|it)\b|\brequest\w*|\bpropos\w*|\bask(?:ing)?\s+(?:for|to|if|whether)"
    r"|\bsolicit\w*|\bpedimos\b|\bpido\b|\bverzoek\w*|\bvragen\b|\bbeantrag\w*|\bbitten\s+um|\bdemandons\b|\bk[öo]nnen\s+(?:wir|ich)|\bkann\s+ich"
    r"|\bpourrions\b|\bpourrais\b|\bpuis-je\b|\bpodr[íi]amos\b|\bpuedo\b|\bkunnen\s+we\b|\bkan\s+ik\b|\bmag\s+ik\b|\bposso\b|\bpodemos\b"
    r"|\bpropon\w*|\bpropomos\b|\bschlagen\s+(?:wir|ich)\b|\bstellen\s+(?:we|wij)\s+voor\b", I)


def makes_a_request(text: str) -> bool:
    """The reply asks for something (a question, "can we", "we request", "solicitamos", "kan ik") rather than stating it."""
    return bool(_REQUESTS.search(text))


# "From now on send invoices to facturas@…", "künftig nur über unser Portal", "uniquement via Chorus Pro", "via PEPPOL":
# where invoices must go changes (LABELING: po_change), whether or not a copy is also asked for.
_FROM_NOW_ON = (r"(?:from\s+now\s+on|going\s+forward|effective\s+immediately|with\s+(?:immediate\s+)?effect\s+from|[àa]\s+compter\s+d[ue]|con\s+efecto\s+inmediato|met\s+ingang\s+van|com\s+efeito\s+imediato|in\s+future|in\s+the\s+future|from\s+this\s+month|with\s+immediate\s+effect|k[üu]nftig|zuk[üu]nftig|ab\s+sofort"
                r"|d[ée]sormais|[àa]\s+l'avenir|dor[ée]navant|a\s+partir\s+de\s+ahora|en\s+adelante|de\s+ahora\s+en\s+adelante|voortaan|vanaf\s+nu|in\s+het\s+vervolg"
                r"|a\s+partir\s+de\s+agora|daqui\s+em\s+diante|doravante|de\s+agora\s+em\s+diante)")
_E_INVOICING = (r"(?:coupa|ariba|tungsten|basware|peppol|xrechnung|zugferd|chorus\s+pro|fatturapa|\bsdi\b|codice\s+destinatario|e-?invoic\w*|e-?rechnung"
                r"|facture\s+[ée]lectronique|factura\s+electr[óo]nica|facturae|e-?factuur|simplerinvoicing|fatura\s+eletr[óo]nica|supplier\s+portal"
                r"|lieferantenportal|portail\s+fournisseur|portal\s+de\s+proveedores|leveranciersportaal|portal\s+de\s+fornecedores)")
BILLING_CHANNEL = screened(re.compile(
    rf"\b{_FROM_NOW_ON}\b[^.!?\n]{{0,80}}\b(?:invoice|bill|rechnung|factur|factuur|fatura|send|schick|envoy|envi|stuur|sturen|mand)\w*[^.!?\n]{{0,60}}(?:@|{_E_INVOICING}|portal|portail|portaal)"
    rf"|\b{_E_INVOICING}\b", I))
# A PO or order reference named in other words than the model's cue ("nota de encomenda", "GRN", "PO no.").
ORDER_REFERENCE = re.compile(r"\b(?:p\.?o\.?(?:\s*(?:no|number|nr|#))?(?=[\s:.#])|purchase\s+order|nota\s+de\s+encomenda|pedido\s+de\s+compra|bestellnummer|bon\s+de\s+commande"
                             r"|inkoopnummer|inkooporder|orden\s+de\s+compra|ordem\s+de\s+compra|cost\s+cent(?:re|er)|kostenstelle|centre\s+de\s+co[ûu]t"
                             r"|centro\s+de\s+cust|kostenplaats|vat\s+(?:number|no)|ust-?id|n[°o]\s+de\s+tva|\bnif\b|\bcif\b|btw-?nummer"
                             r"|cfdi|r[ée]gimen\s+fiscal|uso\s+(?:de\s+)?cfdi|\bcnpj\b|\bsiret\b|\bsiren\b|\brfc\b|partita\s+iva|codice\s+fiscale|refactur\w*|reemitir\s+(?:la|las)\s+factura"
                             # a framework contract billed against, as a PO is
                             r"|contrat-cadre|contrat\s+cadre|framework\s+(?:agreement|contract)|rahmenvertrag\w*|contrato\s+marco|raamcontract|raamovereenkomst|contrato-quadro)\b", I)


def changes_where_or_how_invoices_go(text: str) -> bool:
    """The reply changes the billing channel or a billing detail (a PO, an e-invoicing route, "from now on send to…"):
    po_change, even when it also asks for the invoice again."""
    return bool(BILLING_CHANNEL.search(text) or ORDER_REFERENCE.search(text)) and not says_the_person_is_gone(text)


# Short delivery stated as a fact ("still short 8 boards", "es fehlen noch 3 Kartons"): a dispute, said beside a promise.
SHORT_DELIVERY = re.compile(
    r"\b(?:still\s+)?short\s+(?:by\s+)?\d+|\b\d+\s+(?:\w+\s+)?(?:missing|short|never\s+arrived)\b|\bfehl(?:en|t)\s+(?:noch\s+)?\d+|\bil\s+manque\s+(?:encore\s+)?\d+"
    r"|\bfalta(?:n|m)?\s+(?:todav[íi]a\s+|ainda\s+)?\d+|\b(?:er\s+)?ontbreken\s+(?:nog\s+)?\d+", I)

# A person writing that they are away ("I'm away at a festival till the 20th, will deal with it when I'm back").
AWAY = re.compile(
    r"\b(?:i'?m|i\s+am|i'?ll\s+be|we\s+are|we'?re)\s+(?:currently\s+)?(?:away|off|travel+ing|abroad|on\s+(?:leave|holiday|vacation|the\s+road))\b"
    r"|\bbin\s+(?:\w+\s+){0,3}(?:im\s+urlaub|unterwegs|verreist|nicht\s+im\s+b[üu]ro)|\bje\s+suis\s+(?:\w+\s+)?(?:absente?|en\s+cong[ée]s?|en\s+d[ée]placement|en\s+vacances)"
    r"|\bestoy\s+(?:\w+\s+)?(?:fuera|de\s+viaje|de\s+vacaciones)|\bben\s+(?:\w+\s+){0,3}(?:weg|afwezig|op\s+vakantie|met\s+vakantie)\b|\bestou\s+(?:\w+\s+)?(?:fora|de\s+f[ée]rias|ausente)"
    # at an event for days: "I am attending the state pupil-transportation conference until August 24"
    r"|\b(?:i'?m|i\s+am|we\s+are|we'?re)\s+(?:currently\s+)?attending\s+(?:\S+\s+){0,5}?(?:conference|congress|convention|trade\s+(?:fair|show)|fair|expo|summit|course|seminar|training)\b"
    # a sentence that only says when they are back: "Mustering. Back 10 Aug."
    r"|(?:\A|(?<=\n)|(?<=[.!] ))back\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)", I)
BACK_LATER = re.compile(r"\b(?:when\s+i'?m\s+back|when\s+i\s+(?:get|come)\s+back|on\s+my\s+return|back\s+on|back\s+(?=\d)|till|until|wenn\s+ich\s+zur[üu]ck|nach\s+meiner\s+r[üu]ckkehr|bis\s+zum"
                        r"|[àa]\s+mon\s+retour|jusqu'au|a\s+mi\s+vuelta|hasta\s+el|als\s+ik\s+terug|tot\s+(?:en\s+met\s+)?|quando\s+voltar|at[ée]\s+(?:dia|ao))\b", I)


# Someone else, or the whole office, away for now, typed by a colleague, a receptionist or a relative, or sent by a
# machine without its headers ("Thiru is on bereavement leave, back 28 Feb", "Jairo se encuentra en Carnaval, regresa el
# 2 de marzo", "Encerrados de 26 de fevereiro a 1 de março"). Read on folded text.
_ANOTHER_OR_THE_OFFICE_AWAY = screened(re.compile(
    r"(?:\b(?:is|are|was)|'s)\s+(?:currently\s+|now\s+|still\s+|presently\s+)?(?:away|abroad|travel+ing|off\s+(?:sick|work|until|till|today|this\s+week)"
    r"|out\s+(?:of\s+(?:the\s+)?office|sick|until|till|today|this\s+week)|on\s+(?:\w+\s+){0,2}leave|on\s+(?:holiday|holidays|vacation|mc|a\s+course|a\s+trip)"
    r"|in\s+hospital)\b|\bon\s+mc\b"
    r"|\bist\s+(?:\w+\s+){0,3}(?:im\s+urlaub|nicht\s+im\s+buro|abwesend|krank|verreist|unterwegs|in\s+(?:elternzeit|mutterschutz|karenz)|auf\s+(?:reisen|dienstreise))"
    r"|\b(?:betriebsferien|betriebsurlaub)\b"
    r"|\best\s+(?:\w+\s+){0,2}(?:absente?|en\s+conges?|en\s+vacances|en\s+deplacement|en\s+arret\s+maladie)"
    r"|\b(?:esta|se\s+encuentra|estara)\s+(?:\w+\s+){0,2}(?:de\s+vacaciones|de\s+viaje|fuera\s+de\s+la\s+oficina|ausente|de\s+baja|de\s+licencia|en\s+(?:el\s+)?carnaval)"
    r"|\bis\s+(?:\w+\s+){0,2}(?:afwezig|met\s+vakantie|op\s+vakantie|met\s+verlof|ziek\s+thuis)"
    r"|\besta\s+(?:\w+\s+){0,2}(?:de\s+ferias|de\s+baixa|ausente|de\s+licenca|em\s+viagem)"
    # away at a place until a day: "Der Franz ist bis Freitag beim Narzissenstecken", "A Inês está na Queima até dia 6"
    r"|\bist\s+bis\s+\w+\s+(?:beim|bei|im|in|auf|am)\b|\besta\s+n[oa]s?\s+[\w-]+(?:\s+[\w-]+){0,2}\s+ate\b|\besta\s+en\s+(?:el\s+|la\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+hasta\b"
    r"|\b(?:is|are)\s+at\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:until|till)\b"
    # "Gemma's in the hop garden all week", "Sofie staat in de boomgaard tot het einde van de pluk", "Lachlan's out on a contract"
    r"|(?:\b(?:is|are)|'s)\s+(?:in|out\s+(?:in|on|at))\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:all\s+week|this\s+week)\b"
    r"|'s\s+out\s+on\s+(?:a\s+)?(?:contract|job|site|the\s+road)\b|\bstaat\s+(?:in|op)\s+(?:de\s+|het\s+)?[\w-]+\s+tot\b|\best\s+(?:au|a\s+la|aux)\s+[\w-]+(?:\s+[\w-]+)?\s+jusqu|\bis\s+tot\s+\w+\s+(?:op|in|bij|naar)\b"
    r"|\b(?:closed|geschlossen|fermee?s?|cerrad[oa]s?|gesloten|fechad[oa]s?|encerrad[oa]s?)\s+(?:today|from|until|till|over|for|due\s+to|du|jusqu|pour|pendant"
    r"|del|desde|hasta|por|para|de\s+\d+|entre|ate|wegens|vanwege|van\s+\w+\s+\d+|tot|vom|bis|wegen)\b"))
# The day such an absence ends ("back 28 Feb", "will reply from Tuesday", "Réouverture le jeudi 2 mars", "regresa el 2").
_RETURNS = re.compile(
    r"\bback\s+(?:on|from|in|at|by|after|next|tomorrow|\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\breturns?\s+(?:on|to\s+the\s+office|\d)|\bwill\s+(?:reply|respond|answer|be\s+in\s+touch)\s+(?:from|after|on\s+(?:his|her|their)\s+return)"
    r"|\bzuruck\s+(?:am|ab)\b|\bwieder\s+(?:da|erreichbar|im\s+buro|im\s+haus|geoffnet)\b|\bde\s+retour\b|\breouverture\b|\brouvr"
    r"|\b(?:regresa|vuelve|retorna)\b|\bde\s+(?:regreso|vuelta)\b|\bzijn\s+(?:we|wij)\s+er\s+weer\b|\bweer\s+(?:aanwezig|bereikbaar|open|op\s+kantoor)\b"
    r"|\b(?:volta|regressa|retorna)\s+(?:a|no|na|em|dia|\d)|\breabr|\brespondemos\s+a\s+partir"
    # the one away answers later: "er meldet sich dann", "Ela responde quando voltar", "she'll get back to you"
    r"|\bmeldet\s+sich\s+(?:dann|danach|nach|bei\s+ihnen)|\bresponde\s+quando\s+voltar|\bdepois\s+(?:ela|ele)\s+(?:responde|trata)"
    r"|\b(?:he|she|they)(?:'ll|\s+will)\s+(?:get\s+back|reply|respond|be\s+in\s+touch)|\bvous\s+repondra|\bte\s+contesta(?:ra)?\s+cuando|\ble\s+contestara"
    r"|\breageert\s+(?:als|wanneer|zodra)"
    # or reads no mail till then: "try again on Monday, she'll be back at her desk", "ze leest haar mails niet", "checking emails the week of …"
    r"|\bback\s+at\s+(?:her|his|their|my)\s+desk|\btry\s+(?:again|her|him)\s+(?:on|next|after)|\b(?:doesn'?t|does\s+not|won'?t)\s+(?:look\s+at|read|check)\s+(?:\w+\s+)?e?-?mails?"
    r"|\bleest\s+(?:haar|zijn|geen)\s+(?:\w+\s+)?mails?\s+niet|\bleest\s+geen\s+mail|\bchecking\s+e-?mails?\s+(?:only|the\s+week|on)|\bsin\s+cobertura|\bsem\s+rede")


_CLOSED_WORD = re.compile(r"\b(?:closed|geschlossen|fermee?s?|cerrad[oa]s?|gesloten|fechad[oa]s?|encerrad[oa]s?|betriebsferien|betriebsurlaub"
                          r"|conges\s+annuels|fermeture\s+annuelle|vacaciones\s+colectivas|bouwvak|ferias\s+coletivas)\b")


def an_automatic_absence_notice(text: str) -> bool:
    """An automatic reply that only says someone or the office is away or closed ("Saigon Rattan Works will be closed for
    Tet from 8/2 to 18/2", "Estamos encerrados na segunda e terça-feira de Carnaval"), naming no payment: its dates are
    the closure's, never a promise (the machine sends it to every sender)."""
    folded = fold(text)
    away = AWAY.search(text) or _ANOTHER_OR_THE_OFFICE_AWAY.search(folded) or _CLOSED_WORD.search(folded)
    return bool(away) and not PAYMENT_ACT.search(folded)


def someone_is_away(text: str) -> bool:
    """Someone away for now and back later, and no payment word (nothing promised): the writer ("I'm away till the
    20th"), someone they answer for ("Thiru is on leave, back 28 Feb") or the whole office ("closed until the 2nd")."""
    folded = fold(text)
    away = AWAY.search(text) or _ANOTHER_OR_THE_OFFICE_AWAY.search(folded)
    return bool(away and (BACK_LATER.search(text) or _RETURNS.search(folded))) and not PAYMENT_ACT.search(folded)


# Contesting the claim in the words of a formal or legal letter ("die Forderung wird bestritten", "we do not accept liability").
LEGAL_DISPUTE = re.compile(
    r"\b(?:bestritten|bestreiten|widersprechen\s+(?:der|dieser)\s+(?:forderung|rechnung)|do\s+not\s+accept\s+(?:liability|this\s+(?:charge|invoice|claim|debt))|deny\s+liability"
    r"|not\s+liable\s+for|contest(?:s|ed|ing)?\s+(?:the|this|your)\s+(?:claim|debt|invoice|amount)|contestons|nous\s+contestons|contestamos|betwisten|wij\s+betwisten"
    r"|rechazamos\s+(?:la|esta)\s+(?:factura|reclamaci[oó]n|deuda)|recusamos\s+(?:a|esta)\s+(?:fatura|d[ií]vida))\b", I)
# Refusing to pay for something, or saying it is not due yet under agreed terms: a dispute beside whatever else is said.
REFUSES_OR_NOT_DUE = re.compile(
    r"\b(?:not|won'?t|will\s+not|refuse\s+to)\s+(?:be\s+)?pay(?:ing)?\s+for\b|\bzahlen\s+wir\s+nicht\b|\bnicht\s+(?:be)?zahlen\s+f[üu]r\b|\bne\s+(?:payerons|paierons|paierai)\s+pas\b"
    r"|\bno\s+(?:vamos\s+a\s+)?pag(?:ar|aremos)\s+(?:por|eso|esa|esos|esas)\b|\bniet\s+betalen\s+voor\b|\bbetaal\s+(?:ik|we|wij)\s+niet\b|\bn[ãa]o\s+(?:vamos\s+)?pag(?:ar|amos)\s+(?:por|isso|esse|essa)\b"
    r"|\b(?:is\s*n'?t|is\s+not|are\s*n'?t|not)\s+(?:yet\s+)?(?:overdue|due)\s+(?:until|till|before)\b"
    r"|\b(?:deduct\w*|less|minus|abz[üu]glich|en\s+d[ée]duisant|d[ée]duisons|descontando|descontamos|inhouden|in\s+mindering|deduzimos|deduzindo)\s+(?:\S+\s+){0,4}"
    r"(?:penalt\w*|p[ée]nalit\w*|penalizaci\w*|penalidad\w*|vertragsstrafe|boete|multa|damages?|late[- ]delivery)"
    r"|\bwas\s+never\s+(?:done|carried\s+out|performed|completed|fitted|installed)|\bnie\s+(?:erbracht|durchgef[üu]hrt|ausgef[üu]hrt)|\bjamais\s+(?:[ée]t[ée]\s+)?(?:fait|r[ée]alis[ée]|effectu[ée])"
    r"|\bnunca\s+se\s+(?:hizo|realiz[óo])|\bnooit\s+(?:uitgevoerd|gedaan)|\bnunca\s+foi\s+(?:feito|realizado)"
    r"|\bnoch\s+nicht\s+f[äa]llig\b|\bpas\s+encore\s+[ée]chu|\bno\s+(?:est[áa]|vence)\s+(?:todav[íi]a|hasta)|\bnog\s+niet\s+vervallen\b|\bainda\s+n[ãa]o\s+(?:est[áa]\s+)?venc", I)


# Pointing at someone else to write to: an address, a name to deal with, a desk to send to.
_POINTS_AT_SOMEONE = re.compile(
    r"@|\b(?:contact|write\s+to|email|e-mail|send\s+(?:it|them|this|these|invoices?|reminders?|everything|future\s+\w+)\s+to|forward|speak\s+(?:to|with)|deal\s+with"
    r"|talk\s+to|ask\s+for|ansprechpartner\w*|wenden\s+sie\s+sich|schreiben\s+sie\s+an|an\s+(?:frau|herrn?)|contacte[rz]|adressez|[ée]crivez|[àa]\s+l'attention"
    r"|contact(?:ar|e|en)|escrib[ae]\w*|dir[ií]j\w*|neem\s+contact|mail\s+naar|schrijf|contat\w*|escrev\w*|fale\s+com|falar\s+com|dirigi\w*)\b", I)


def points_at_someone_else(text: str) -> bool:
    """The reply names or points at another person, desk or address: what a wrong_contact reading beside another
    intent needs ("Pourriez-vous me renvoyer la facture ? Je ne la retrouve pas" points at nobody)."""
    return bool(_POINTS_AT_SOMEONE.search(text)) or says_the_person_is_gone(text)


# "Thanks, forwarded to the right team": an acknowledgement, no new contact named (LABELING: other).
_PASSED_ON = re.compile(r"\b(?:forwarded|passed\s+(?:it\s+|this\s+)?on|passed\s+(?:it|this)\s+to|weitergeleitet|weitergegeben|transmis|transf[ée]r[ée]|reenviad[oa]|remitid[oa]"
                        r"|doorgestuurd|doorgezet|encaminhad[oa]|reencaminhad[oa])\b", I)


_THANKS_FIRST = re.compile(r"^\W*(?:(?:hi|hello|dear|hallo|guten\s+tag|bonjour|hola|buenos\s+d[ií]as|goedemiddag|goedemorgen|beste|bom\s+dia|ol[áa])\b[^\n]*\n+\s*)?"
                           r"(?:many\s+)?(?:thanks?|thank\s+you|cheers|danke|vielen\s+dank|merci|gracias|muchas\s+gracias|dank(?:\s+u|\s+je)?|bedankt|obrigad[oa]|muito\s+obrigad[oa])\b", I)
_NOT_MINE = re.compile(r"\b(?:don'?t|do\s+not|doesn'?t)\s+(?:handle|deal\s+with|do|look\s+after)\s+(?:the\s+)?(?:payments?|invoices?|accounts?|bills?|billing)\b", I)


def only_says_it_was_passed_on(text: str) -> bool:
    """A thank-you that the reminder was passed on, naming no new contact, asking for no change of contact and saying
    nobody is gone ("Danke, ist weitergeleitet"); "I'm the wrong person, I've passed it on, update your system" is a
    wrong contact."""
    from agent.models.rules import cue_found

    rest = _PASSED_ON.sub(" ", text)
    return bool(_PASSED_ON.search(text) and _THANKS_FIRST.match(text)) and not cue_found("email", text) and not cue_found("wrong", rest) \
        and not says_the_person_is_gone(text) and not _NOT_MINE.search(text)


# Words that hold a payment back in the sentence that mentions it: "otherwise payment will be stuck", "will not be processed".
_HELD_BACK = re.compile(r"\b(?:otherwise|or\s+else|else|sonst|andernfalls|ansonsten|sinon|faute\s+de\s+quoi|de\s+lo\s+contrario|si\s+no|anders|zo\s+niet|caso\s+contr[aá]rio"
                        r"|sen[ãa]o|stuck|blocked|on\s+hold|not\s+be\s+(?:paid|processed|accepted)|cannot\s+be\s+(?:paid|processed)|n[ãa]o\s+ser[áa]|no\s+se\s+(?:pagar|procesar)[áa]"
                        r"|nicht\s+(?:bearbeitet|bezahlt|verarbeitet)|ne\s+sera\s+pas|niet\s+(?:verwerkt|betaald)|blockiert|bloqu)\w*", I)


# The desk that pays, named: "Accounts Payable is closed Monday" speaks of no payment.
_PAYABLES_DESK = re.compile(r"\baccounts?\s+payables?\b|\bpayables\b")


def promises_a_payment(text: str) -> bool:
    """Some sentence speaks of a payment to come without holding it back ("otherwise payment will be stuck" promises nothing)."""
    from agent.models.tense import speaks_of_a_payment_to_come

    return any(speaks_of_a_payment_to_come(s) and PAYMENT_ACT.search(_PAYABLES_DESK.sub(" ", fold(s))) and not _HELD_BACK.search(s)
               for s in sentences(text))


# A request for a statement of account ("Offene-Posten-Liste", "estado de cuenta", "relevé de compte"): a copy request.
STATEMENT_REQUEST = re.compile(
    r"\b(?:statement\s+of\s+(?:(?:our|my|the)\s+)?(?:account|balance)|soa|account\s+statement|(?:up[\s-]to[\s-]date|current|updated|latest)\s+statement|open\s+items\s+(?:list|report)"
    r"|kontoauszug|offene[\s-]+posten[\s-]*(?:liste|aufstellung)?|saldenbest[äa]tigung|kontenabstimmung|relev[ée]\s+de\s+compte|[ée]tat\s+de\s+compte|situation\s+de\s+compte"
    r"|estado\s+de\s+cuenta|extracto\s+de\s+cuenta|relaci[oó]n\s+de\s+facturas\s+pendientes|rekeningoverzicht|saldo-?overzicht|openstaande[\s-]+posten(?:lijst)?"
    r"|extrato\s+de\s+conta|conta[\s-]+corrente|mapa\s+de\s+(?:conta|faturas)|rekeninguittreksel|(?:updated|up[\s-]to[\s-]date)\s+(?:account\s+)?statement"
    # the schedule of a plan, brought up to date: a copy of our records too (an auditor's balance confirmation to sign is not:
    # three writers of four label it `other`)
    # ("un échéancier", "einen Ratenplan" alone ask for a plan)
    r"|(?:updated|current|latest|up[\s-]to[\s-]date|revised)\s+(?:payment\s+)?(?:plan\s+)?schedule|[ée]ch[ée]ancier\s+(?:[àa]\s+jour|mis\s+[àa]\s+jour|actualis[ée])"
    r"|plano\s+de\s+pagamentos?\s+atualizado|calendario\s+de\s+pagos\s+actualizado|aktuelle[nr]?\s+(?:tilgungs|raten)plan|(?:bijgewerkte?|actuele?)\s+afbetalingsschema)\b", I)
# What a statement is asked to show ("… showing the instalments paid so far", "… avec les mensualités déjà payées"): its
# payment words describe the statement, they claim or promise nothing.
_STATEMENT_CONTENT = re.compile(r"\b(?:showing|with|listing|including|mit|avec|con|met|com|que\s+(?:muestre|mostre)|qui\s+montre)\b[^.!?\n]*", I)


_MONEY_NAMED = re.compile(r"[£$€]|\b\d[\d.,]*\s?(?:eur|usd|gbp|chf|aud|cad|nzd)\b|\b(?:balance|rest|remainder|instal+ments?|funds|money|saldo|reste|resto|restant\w*)\b", I)


def asks_for_a_statement(text: str) -> bool:
    """The reply asks for a statement of account and says nothing of money sent or to come."""
    from agent.models.tense import payment_tenses

    m = STATEMENT_REQUEST.search(text)
    if not m:
        return False
    described = text[:m.end()] + _STATEMENT_CONTENT.sub(" ", text[m.end():], count=1)
    # only sentences that speak of money: "Our auditors are in next week" puts nothing ahead of a payment ("£3,000 on 15
    # December and the balance in January" does)
    about_money = " ".join(s for s in sentences(described) if PAYMENT_WORD.search(fold(s)) or PAYMENT_ACT.search(fold(s)) or _MONEY_NAMED.search(s)
                           or STATEMENT_REQUEST.search(s))  # ("it will be on our account statement on the 9th": the money's day)
    return payment_tenses(about_money) == (False, False)


# An office or a person away, in an automatic reply's words: "the office is closed until Monday", "à notre retour",
# "back at my desk 8 December".
OFFICE_CLOSED = re.compile(
    r"\b(?:office|offices|business\s+office|b[üu]ro|bureaux?|oficinas?|kantoor|escrit[óo]rio)s?\s+(?:is\s+|are\s+|est\s+|sont\s+|ist\s+|sind\s+|est[áa]n?\s+|zijn\s+|is\s+)?"
    r"(?:closed|ferm[ée]e?s?|geschlossen|cerrad[ao]s?|gesloten|fechad[ao]s?)|\bon\s+(?:my|our)\s+return\b|\b[àa]\s+(?:mon|notre)\s+retour\b|\bback\s+at\s+my\s+desk\b"
    r"|\bnach\s+meiner\s+r[üu]ckkehr\b|\ba\s+(?:mi|nuestro)\s+regreso\b|\bbij\s+(?:mijn|onze)\s+terugkeer\b|\b(?:ap[óo]s\s+o\s+meu|no\s+meu)\s+regresso\b", I)


# Taxes charged to a buyer who says it is exempt ("vous avez facturé la TPS alors que la Régie en est exemptée"): a dispute
# about the invoice, even when it asks for a reissue (LABELING, field5/field6 writers).
TAX_EXEMPT = re.compile(r"\b(?:tax[- ]?exempt\w*|exempt\w*|exon[ée]r\w*|befreit|steuerfrei|vrijgesteld|isent[oa]s?|exent[oa]s?|sans\s+taxes?|sin\s+(?:iva|impuestos)"
                        r"|ohne\s+(?:mwst|ust|steuer)|zonder\s+btw|sem\s+iva|vienna\s+convention|convention\s+de\s+vienne)\b", I)
_TAX_WORD = re.compile(r"\b(?:vat|tax|taxes|sales\s+tax|gst|hst|tps|tvq|iva|mwst|ust|btw|igv|ivs)\b", I)


def disputes_a_tax_charge(text: str) -> bool:
    return bool(TAX_EXEMPT.search(text) and _TAX_WORD.search(text))


# A tax identifier given with its number ("our NIP number is wrong, correct is PL 5842771904", "nouveau numéro de TVA
# intracommunautaire FR 41 834 552 910", "o nosso NIF mudou: 517 203 884"): a billing detail to correct (LABELING).
_TAX_ID = re.compile(r"\b(?:vat|tva|btw|iva|p\.?\s?iva|partita\s+iva|ust-?id\w*|umsatzsteuer-?id\w*|steuernummer|uid|nip|nif|nipc|cif|ruc|rut|cnpj"
                     r"|cuit|ice|gstin|gst|abn|tin|ein|siret|siren|kvk)\b[^\n\d]{0,50}?(?:\b[a-z]{2}\s?)?\d(?:[\s.-]?\d){7,}", I)


def names_a_tax_id_to_correct(text: str) -> bool:
    """A tax identifier with its number and a word of change, and no amount, goods or tax charge contested: the
    reply asks for a billing correction (po_change), it does not dispute the debt."""
    return bool(_TAX_ID.search(text) and _CHANGE_WORDS.search(text)) and not _MONEY_OR_GOODS.search(_TAX_ID.sub(" ", text)) \
        and not disputes_a_tax_charge(text)


# "I paid 22122 by card over the phone with Bruno, can you confirm it went through?": no bank line will show it; a person
# checks the card terminal (LABELING: `other`).
_BY_CARD = re.compile(r"\b(?:by|with|via|on)\s+(?:(?:my|our|the|a)\s+)?(?:credit\s+|debit\s+|company\s+|visa\s+|amex\s+)?card\b|\bcard\s+payment|con\s+(?:la\s+)?tarjeta"
                      r"|par\s+carte|(?:per|mit\s+(?:der\s+)?)(?:kredit)?karte|met\s+(?:de\s+|mijn\s+)?(?:credit)?(?:card|kaart)|(?:com|no)\s+(?:o\s+)?cart[aã]o", I)
_BY_PHONE = re.compile(r"\b(?:over\s+the\s+(?:phone|telephone)|by\s+phone|on\s+the\s+phone|rang|called|por\s+tel[eé]fono|au\s+t[ée]l[ée]phone|par\s+t[ée]l[ée]phone"
                       r"|telefonisch|am\s+telefon|per\s+telefoon|telefonisch|por\s+telefone|pelo\s+telefone)\b", I)


def paid_by_card_over_the_phone(text: str) -> bool:
    return bool(_BY_CARD.search(text) and _BY_PHONE.search(text))


# "Can we pay by credit card?", "Können wir künftig per SEPA-Lastschrift zahlen?", "Do you accept WeChat Pay?": a question
# about a way to pay, which a person answers (LABELING: `other`), not a plan or a dispute.
_WAY_TO_PAY = re.compile(r"\b(?:credit\s+card|debit\s+card|card|amex|visa|paypal|wechat\s*pay|alipay|apple\s+pay|direct\s+debit|sepa[-\s]?(?:lastschrift|direct\s+debit|mandat\w*)"
                         r"|lastschrift\w*|kreditkarte|carte\s+(?:de\s+cr[ée]dit|bancaire)|pr[ée]l[èe]vement|tarjeta(?:\s+de\s+cr[ée]dito)?|domiciliaci[oó]n"
                         r"|creditcard|automatische\s+incasso|incasso|cart[aã]o(?:\s+de\s+cr[ée]dito)?|d[ée]bito\s+direto|pix|boleto)\b", I)
_ASKS_WHETHER = re.compile(r"\b(?:can|could|may)\s+(?:we|i)\s+(?:\w+\s+){0,3}pay|do\s+you\s+(?:accept|take|offer)|is\s+it\s+possible\s+(?:for\s+(?:us|me)\s+)?to\s+pay|(?:können|koennen|dürfen|duerfen)\s+wir"
                           r"|est-ce\s+qu'on\s+peut|pouvons-nous|peut-on|acceptez-vous|(?:se\s+)?puede[ns]?\s+(?:pagar|aceptar)|podemos\s+pagar|aceptan|kunnen\s+(?:we|wij)|accepteert\s+u"
                           r"|aceitam|(?:é|e)\s+poss[ií]vel\s+pagar", I)


def asks_about_a_way_to_pay(text: str) -> bool:
    """A question whether they may pay by card, direct debit or a wallet, naming no day and no instalment of their own."""
    return bool("?" in text and _WAY_TO_PAY.search(text) and _ASKS_WHETHER.search(text))


_CHANGE_WORDS = re.compile(r"\b(?:wrong|incorrect|correct\w*|erron\w*|errad[oa]s?|equivocad[oa]s?|fout\w*|chang\w*|new|update\w*|amend\w*|re-?issue\w*|add|added|include\s+(?:our|the)\s+po|mention\w*|missing|quote\w*"
                           r"|falsch\w*|neue?[nrs]?|[äa]nder\w*|korrig\w*|erg[äa]nz\w*|nouve(?:au|lle)|modifi\w*|corrig\w*|ajout\w*|nuev[oa]|cambi\w*|correg\w*|a[ñn]ad\w*"
                           r"|nieuw\w*|wijzig\w*|toevoeg\w*|nov[oa]|alter\w*|corrij\w*|acrescent\w*|indiqu\w*|refactur\w*|reemit\w*|r[ée][ée]met\w*)\b", I)


# A copy asked to be sent to the writer's own address ("send a copy of INV-1 to this address, it is not in our system").
_COPY_TO_THIS_ADDRESS = re.compile(r"\b(?:send|resend|forward|e-?mail|mail)\b[^.!?\n]{0,60}\b(?:to|at)\s+(?:this|my|our)\s+(?:e-?mail\s+)?(?:address|mailbox|inbox|e-?mail)\b", I)


def asks_for_a_copy_here_changing_nothing(text: str) -> bool:
    """A copy asked for at the address the reply comes from, with no billing detail, channel or "from now on": where
    this one copy goes, not a change of where invoices go (LABELING: invoice_resend)."""
    from agent.models.rules import cue_found

    return (bool(_COPY_TO_THIS_ADDRESS.search(text)) and not changes_where_or_how_invoices_go(text) and not _CHANGE_WORDS.search(text)
            and not re.search(_FROM_NOW_ON, text, I) and not cue_found("po", text))


def po_only_named_in_a_promise(text: str) -> bool:
    """A PO or order reference is only named beside a payment to come ("receipted against PO 880213 and included in
    Thursday's BACS run"), with no word of changing anything: a promise, not a PO change."""
    return promises_a_payment(text) and not _CHANGE_WORDS.search(text) and not BILLING_CHANNEL.search(text)


# "The account has been transferred to our Cebu team": the words of a payment, about an account moving desks (its
# sentence, so that the rest of the reply can be read for a real payment).
ACCOUNT_MOVED = re.compile(_ACCOUNT_MOVED + r"[^.!?\n]*", I)


# What a sentence names when it contests our bill: the invoice, an amount, the goods, the service or a charge.
_ABOUT_THE_BILL = re.compile(
    _INVOICE_DOCUMENT.pattern + "|"
    # the goods, the amount, a charge (not "twice" alone: "we sell every costume twice"; German "Ware" only in the singular,
    # "waren" is also "were")
    r"price|amount|quantit|goods|deliver|damag|broken|defect|overcharg|charg|billed|invoiced|credit\s+note|\border|parcel|shipment|item"
    r"|preis|betrag|menge|\bware\b|liefer|besch[äa]dig|defekt|gutschrift|bestell|paket|berechne|fakturier"
    r"|prix|montant|quantit[ée]|marchandise|livr|endommag|\bavoir\b|commande|colis|factur"
    r"|precio|importe|cantidad|mercanc|entreg|da[ñn]ad|abono|pedid|paquete|\bcobr"
    r"|prijs|bedrag|aantal|goederen|gelever|levering|beschadig|creditnota|bestel|pakket|gefactureerd|aangerekend"
    r"|pre[çc]o|valor|quantidade|mercador|danific|encomend|nota\s+de\s+cr[ée]dito"
    r"|\binv[\w-]*\d|[£$€]|\b\d[\d.,]*\s?(?:eur|usd|gbp|chf|aud|cad|nzd|inr)\b"
    r"|\b(?:service|leistung|prestation|servicio|dienst|servi[çc]o)\b", I)
# Words that contest something wherever they stand, beside a promise too (on folded text): a fault ("wrong", "das stimmt
# nicht", "c'est une erreur"), "never", a refusal to accept or to pay ("no aceptamos el recargo", "die regel betalen we
# niet"), not due yet ("la facture n'est pas échue"), or a fee, interest or surcharge named.
_A_FAULT = re.compile(
    r"\b(?:wrong|incorrect|not\s+right|mistake\w*|errors?|(?:un)?disput\w*|on\s+hold|disagree\w*|contest\w*|complain\w*|falsch\w*|fehler\w*|stimmt\s+nicht|reklam\w*|widersp\w*"
    r"|erreur\w*|errone\w*|inexact\w*|litige\w*|reclam\w*|equivocad\w*|fout\w*|onjuist\w*|klopt\s+niet|klacht\w*|bezwaar\w*|betwist\w*|errad[oa]s?|incorret[oa]s?|engano"
    r"|never|nooit|nie|niemals|jamais|nunca"
    r"|(?:do\s+not|don'?t|cannot|can'?t|won'?t|will\s+not)\s+accept|(?:akzeptieren|anerkennen)\s+(?:wir|ich)\s+(?:\w+\s+)?nicht|(?:wir|ich)\s+(?:akzeptieren|anerkennen)\s+(?:\w+\s+){0,3}nicht"
    r"|n'accept\w*\s+pas|no\s+acept\w*|(?:accepteren|aanvaarden)\s+(?:we|wij|ik)\s+niet|niet\s+akkoord|nao\s+aceit\w*"
    r"|won'?t\s+pay|will\s+not\s+pay|not\s+paying|refuse\w*\s+to\s+pay|betalen\s+(?:we|wij|ik)\s+niet|(?:zahlen|bezahlen)\s+(?:wir|ich)\s+(?:\w+\s+)?nicht|(?:wir|ich)\s+(?:zahlen|bezahlen)\s+nicht"
    r"|ne\s+(?:\w+\s+)?(?:payerons|paierons|reglerons|payons|reglons|paierai)\s+pas|no\s+(?:pagaremos|vamos\s+a\s+pagar|pagamos|pagare)|nao\s+(?:pagaremos|vamos\s+pagar|pagamos)"
    r"|not\s+(?:yet\s+)?(?:over)?due|pas\s+(?:encore\s+)?echue?s?|nicht\s+(?:\w+\s+)?(?:uber)?fallig|no\s+(?:esta\s+)?vencid\w*|niet\s+(?:\w+\s+)?vervallen|nao\s+(?:esta\s+)?vencid\w*"
    r"|fees?|surcharge\w*|late\s+charges?|interest|penalt\w*|recargos?|intereses|frais|penalit\w*|\w*gebuhr\w*|zuschlag\w*|zinsen|toeslag\w*|rente|boete\w*|juros|multas?|encargos?)\b")
# Kinds of dispute no sentence may name, beside a promise or not: a charge twice over or a price may be told of in passing
# ("we sell every costume twice before the holiday", "as agreed"), damage, a short or missing delivery and tax may not.
_CONTESTED_ANYWHERE = frozenset({"short_shipment", "damaged", "not_received", "tax"})


def contests_nothing_of_the_bill(text: str) -> bool:
    """Every sentence that does not promise a payment speaks of something other than our bill ("on Rosenmontag we are
    closed, and till then we sell every costume twice", "the office is shut for Carnival"), and the sentences that promise
    one name no fault: the reply's dispute reading rests on words that contest nothing of ours."""
    from agent.extract import find_dispute_reason

    for sentence in sentences(text):
        if find_dispute_reason(sentence) in _CONTESTED_ANYWHERE or _A_FAULT.search(fold(sentence)):
            return False
        if not promises_a_payment(sentence) and _ABOUT_THE_BILL.search(sentence):
            return False
    return not (LEGAL_DISPUTE.search(text) or REFUSES_OR_NOT_DUE.search(text) or SHORT_DELIVERY.search(text))
