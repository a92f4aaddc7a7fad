"""Multilingual cue lexicons, matched on lower-cased, accent-folded text: features for the linear model.

Each cue is a family of phrasings for one idea ("the money has left", "will pay", "not paid yet",
"refuses to pay until…"), in en/de/fr/es/nl/pt. They carry tense and negation, which bag-of-words
features do not, so the model can tell "already paid" from "not paid yet" and "will pay", and
generalise to wordings it has not seen in training. Patterns are written without accents.
"""

from __future__ import annotations

import re

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from core.text.folding import strip_accents
from guardrails.literal_screen import LiteralScreen


def fold(text: str) -> str:
    """Lower case without accents ("Überwiesen" → "uberwiesen"), ß kept as ss."""
    lowered = text.lower().replace("ß", "ss")
    # ASCII has nothing to decompose and no combining mark: the same string, without a pass over every character
    return lowered if lowered.isascii() else strip_accents(lowered)


_W = r"(?:\S+\s+)"

LEXICON: dict[str, str] = {
    "paid_past": (
        r"already\s+(?:been\s+)?(?:paid|settled|sent|transferred|wired|remitted|cleared|taken\s+care)"
        rf"|(?:was|were|has\s+been|have\s+been|got|been|it'?s\s+been)\s+{_W}{{0,2}}(?:paid|settled|transferred|wired|remitted|cleared|executed|posted)"
        r"|we\s+(?:have\s+|already\s+|just\s+)?(?:paid|settled|transferred|wired|remitted|cleared|sent\s+(?:the\s+)?(?:money|funds|payment|transfer|cheque))"
        r"|\bpaid\s+(?:on|yesterday|last|in\s+full|via|by\s+(?:card|bacs|cheque|transfer)|this\s+morning|already|it)|paid\s+already"
        r"|(?:left\s+our\s+account|went\s+(?:out|through)|gone\s+out|hit\s+your\s+account)|remittance|proof\s+of\s+payment"
        r"|payment\s+(?:confirmation|done|made|was)|transfer\s+(?:done|made|was)|our\s+(?:emails|mails)\s+crossed"
        rf"|(?:wurde|wurden|ist|sind|haben|hat|habe)\s+{_W}{{0,4}}(?:bezahlt|uberwiesen|beglichen|ausgeglichen|gezahlt|uberwiesen)\b"
        r"|bereits\s+(?:bezahlt|uberwiesen|beglichen)|rausgegangen|ist\s+raus|(?:zahlung|uberweisung|ausgleich)\s+(?:ist\s+|erfolgte\s+)"
        r"|(?:zahlungs|uberweisungs)(?:nachweis|beleg|avis)|beleg\s+(?:im\s+)?anhang|unterwegs"
        rf"|(?:a|ont)\s+(?:deja\s+)?ete\s+{_W}{{0,1}}(?:regle|paye|vire|effectue|acquitte|envoye)|deja\s+(?:ete\s+)?(?:regle|paye|payee|reglee)"
        r"|(?:avons|ai)\s+(?:deja\s+)?(?:regle|paye|vire|effectue|acquitte|envoye)|vous\s+avons\s+vire|avis\s+de\s+virement"
        r"|preuve\s+de\s+(?:paiement|virement)|virement\s+(?:fait|effectue|est\s+parti)|facture\s+reglee"
        rf"|(?:fue|ha\s+sido|han\s+sido|esta|estan|se)\s+{_W}{{0,1}}(?:pagad|abonad|transferid|liquidad|realizad|efectuad|pago\b|efectuo|realizo)"
        r"|ya\s+(?:esta\s+|lo\s+)?(?:pagad|pagamos|abonad|transferid)|hemos\s+(?:pagado|abonado|transferido)|hicimos\s+(?:la\s+)?transferencia"
        r"|les\s+(?:mandamos|enviamos|transferimos)|justificante|comprobante|pagado\s+ayer|transferimos\s+{0}"
        rf"|(?:al|reeds)\s+{_W}{{0,2}}(?:betaald|voldaan|overgemaakt|overgeboekt)|(?:is|zijn|hebben|heb|werd)\s+{_W}{{0,4}}"
        r"(?:betaald|voldaan|overgemaakt|overgeboekt|gedaan)\b|betaalbewijs|deur\s+uit\s+gegaan|heeft\s+plaatsgevonden"
        rf"|(?:ja|foi|foram|esta)\s+{_W}{{0,2}}(?:pag[oa]s?\b|liquidad|transferid|efetuad|quitad)|(?:pagamos|transferimos|efetuamos)\s+(?:ontem|na\s+semana|o\s+valor|a\s+fatura)"
        r"|(?:transferencia|pago|pagamento|transferencia|virement|uberweisung|payment|transfer)\s+(?:salio|saiu|est\s+parti|ging\s+eruit|ist\s+raus|went\s+out)|fizemos\s+a\s+transferencia|comprovativo|comprovante|o\s+pagamento\s+saiu|pago\s+ontem".replace("{0}", "")
    ),
    "promise_future": (
        rf"\bwill\s+{_W}{{0,3}}(?:pay|settle|transfer|remit|release|send|clear|process|be\s+(?:paid|settled|made|sent|released|remitted)|go\s+out|follow|land|reach|arrive|have\s+it)"
        r"|'ll\s+(?:\w+\s+){0,2}(?:pay|settle|transfer|send|get|make|clear|have)|going\s+to\s+(?:pay|settle)|intend\s+to\s+(?:pay|clear|settle)|plan\s+to\s+pay"
        r"|(?:scheduled|planned|queued|booked|earmarked|approved|authori[sz]ed)\s+(?:for|in|to)\b|pay(?:ment)?\s*run|pay\s+cycle|(?:expect|you\s+will\s+receive|you'?ll\s+(?:have|get|receive))"
        r"|\bpay(?:ing)?\s+(?:on|by|next|this|tomorrow|today|monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|thurs|fri|asap|within|in\s+\d|in\s+two)"
        r"|(?:payment|paiement|reglement|virement|zahlung|uberweisung|pago|transferencia|betaling|pagamento)\s+(?:(?!salio|saiu|went|was|wurde|ging|fue|foi|a\s+ete|est\s+parti|ist)\S+\s+){0,2}(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terca|quarta|quinta|sexta|zzdate|tomorrow|demain|morgen|manana|amanha|next|prochain|nachste|proxim|volgende)"
        r"|(?:pagamos|pagaremos|betalen|zahlen|payons)\s+(?:em|en|in|dans|binnen|within)\s+\S+\s+(?:semanas|weken|wochen|semaines|weeks|dias|days|tagen|jours|dagen)"
        r"|funds\s+will|money\s+(?:should|will)|should\s+(?:reach|land|arrive)|value\s+date|signed\s+(?:it\s+)?off|on\s+it\b"
        rf"|(?:werden|wird|werde)\s+{_W}{{0,6}}(?:zahlen|bezahlen|uberweisen|begleichen|ausgleichen|angewiesen|bezahlt|uberwiesen|beglichen|ausgeglichen)"
        r"|(?:zahlen|uberweisen|begleichen|uberweise|zahle)\s+(?:wir\s+|ich\s+)?(?:am|bis|nachste|kommende|morgen|heute|diese|den|die|zum|mitte|ende|montag|dienstag|mittwoch|donnerstag|freitag)"
        r"|zahlung\s+(?:folgt|erfolgt\s+(?:bis|am|zum|morgen|nachste|kommende))|folgt\s+bis|eingeplant|zahllauf|zahlungslauf|veranlasse|kummere\s+mich|kommt\s+(?:mitte|ende|morgen|nachste|am)"
        rf"|(?:allons|vais|va)\s+{_W}{{0,2}}(?:regler|payer|virer|proceder|effectuer|lancer)|(?:reglerons|paierons|payerons|virerons|procederons|effectuerons|recevrez|reglerai|paierai)"
        rf"|sera\s+{_W}{{0,2}}(?:regle|paye|vire|effectue|envoye|poste)|partira|interviendra|prevu\s+(?:le|pour|en|d'ici)|des\s+reception|on\s+paie|je\s+lance|d'ici\s+(?:vendredi|lundi|la\s+fin|fin)"
        r"|(?:pagaremos|abonaremos|transferiremos|realizaremos|procederemos|liquidaremos|recibiran|haremos\s+el\s+pago)|vamos\s+a\s+(?:pagar|abonar|transferir|liquidar)"
        r"|(?:les|le|te)\s+(?:pagamos|pago)\b|se\s+(?:hara|paga\s+en|pagara)|sera\s+(?:pagad|abonad|transferid)|saldra|programad|pagamos\s+(?:el|a\s+fin|antes|manana|la\s+semana)"
        rf"|(?:zullen|gaan|ga|zal)\s+{_W}{{0,4}}(?:betalen|overmaken|voldoen|overboeken)|wordt\s+{_W}{{0,3}}(?:betaald|overgemaakt|voldaan)"
        r"|(?:betalen|betaal|maken|voldoen)\s+(?:we|wij|ik)\b|(?:betaal|betalen)\s+(?:het\s+)?(?:morgen|vrijdag|maandag|volgende|deze\s+week|uiterlijk|binnen)"
        r"|betaling\s+volgt|betaalrun|staat\s+gepland|gaat\s+mee\s+in|(?:maken|maak)\s+\w+\s+(?:\w+\s+)?over"
        rf"|(?:vamos|iremos|vou)\s+{_W}{{0,2}}(?:pagar|efetuar|liquidar|transferir|tratar)|(?:pagaremos|efetuaremos|liquidaremos|transferiremos)"
        rf"|sera\s+{_W}{{0,2}}(?:pag|feit|efetuad|liquidad|transferid|quitad)|agendad|pagamos\s+(?:na|no|esta|ate|amanha|dia|a\s+primeira)|\bsai\s+(?:na|no|amanha|hoje)|pago\s+na"
    ),
    "not_paid_yet": (
        r"not\s+(?:yet\s+)?(?:been\s+)?paid|(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?(?:been\s+)?paid|unpaid|not\s+paid\s+yet"
        r"|(?:noch\s+)?nicht\s+(?:bezahlt|uberwiesen|gezahlt|beglichen)|noch\s+offen|pas\s+encore\s+(?:paye|regle)|n'avons\s+pas\s+(?:encore\s+)?(?:paye|regle)"
        r"|(?:aun|todavia)\s+no\s+(?:lo\s+)?(?:hemos\s+)?pagad|no\s+hemos\s+pagado|nog\s+niet\s+(?:betaald|voldaan)|niet\s+betaald"
        r"|ainda\s+nao\s+(?:pag|foi\s+pag)|nao\s+pagamos"
    ),
    "refuse": (
        r"(?:will|shall)\s+not\s+(?:be\s+)?pa(?:y|id)|won'?t\s+(?:be\s+)?pa(?:y|id)|not\s+paying|refus|withhold|on\s+hold|reject|\buntil\s+(?:the|it|you|a|we|this)"
        r"|not\s+until|before\s+we\s+pay|cannot\s+pay\s+this|(?:zahlen|bezahlen)\s+(?:wir\s+)?(?:nicht|erst)|keine\s+zahlung|vorher\s+keine|erst\s+nach"
        r"|ne\s+(?:paierons|reglerons|payerons)\s+pas|refusons|tant\s+que|aucun\s+paiement|avant\s+de\s+regler|no\s+(?:vamos\s+a\s+pagar|pagaremos|procede)"
        r"|hasta\s+(?:que|entonces)|niet\s+betalen|betalen\s+(?:wij\s+|we\s+)?niet|voordat|nao\s+vamos\s+pagar|nao\s+pagaremos|antes\s+de\s+pagar"
    ),
    "price": r"\bprice|pricing|overpriced|overcharg|\brate\b|quote|quotation|discount|list\s+price|\bpreis|angebot|rabatt|\btarif|\bprix|devis|remise|precio|presupuesto|descuento|\bprijs|offerte|korting|\bpreco|orcamento|desconto|freight|fee\b|fees|late\s+fee|frachtkosten",
    "short": (
        r"only\s+(?:received|got|\d+|half)|short[- ]?(?:ship|deliver)|missing\s+(?:items|units|parts|goods)|fewer|half\s+the|not\s+(?:all|the\s+full)|\d+\s+of\s+the\s+\d+"
        r"|nur\s+\d+|statt\s+\d+|\d+\s+statt|fehlen|manquant|que\s+la\s+moitie|n'avons\s+recu\s+que|solo\s+(?:nos\s+)?(?:llegaron|recibimos)|\d+\s+de\s+las?\s+\d+|faltan"
        r"|maar\s+\d+|\d+\s+van\s+de\s+\d+|ontbre|apenas\s+(?:metade|\d+)|metade\s+das|faltam|quantity|menge|quantite|cantidad|aantal|quantidade|licen[cs]es"
    ),
    "damaged": r"damag|broken|smashed|faulty|defect|not\s+work|doesn'?t\s+work|kaputt|beschadig|beschadigt|defekt|abime|endommag|casse|defectueu|\brot[ao]s?\b|danad|estragad|danificad|partid[ao]s|kapot|mangelhaft",
    "duplicate_bill": r"twice|double[- ]?bill|billed\s+(?:for\s+this\s+)?(?:already|twice)|already\s+(?:been\s+)?(?:billed|invoiced)|same\s+invoice|two\s+invoices|zweimal|doppelt|bereits\s+\w*\s*gestellt|deux\s+fois|doublon|en\s+double|dos\s+veces|repetid|twee\s+keer|dubbel|duas\s+vezes|emitida\s+duas",
    "tax": r"\bvat\b|\btax\b|reverse\s+charge|exempt|mwst|mehrwertsteuer|\bust\b|\btva\b|\biva\b|\bbtw\b|imposto",
    "goods_not_received": (
        r"never\s+(?:got|received|arrived|came|turned\s+up)|(?:not|never)\s+(?:been\s+)?delivered|didn'?t\s+(?:arrive|receive\s+the\s+goods)|(?:goods|delivery|order|items|shipment)\s+(?:\w+\s+){0,3}(?:never|not)\s+(?:arrived|received|delivered)"
        r"|nie\s+(?:eingegangen|erhalten|geliefert|angekommen)|jamais\s+(?:ete\s+)?(?:livr|recu\s+(?:la|les)\s+marchandise)|n'a\s+jamais\s+ete\s+livr|nunca\s+(?:recibimos|llego|hemos\s+recibido\s+(?:el|la|los)\s+(?:pedido|mercancia))"
        r"|no\s+hemos\s+recibido\s+nunca|nooit\s+(?:ontvangen|aangekomen|geleverd|bij\s+ons)|nunca\s+(?:recebemos\s+(?:esta|a|as)\s+(?:encomenda|mercadoria)|chegou)|courier|proof\s+of\s+delivery|liefernachweis|afleverbewijs|comprovativo\s+de\s+entrega|comprobante\s+de\s+entrega"
    ),
    "service_not_done": r"(?:not|never)\s+(?:been\s+)?(?:performed|completed|done|carried\s+out)|never\s+came|never\s+showed|nicht\s+erbracht|pas\s+ete\s+realise|no\s+se\s+presto|niet\s+uitgevoerd|nao\s+foi\s+prestad|hours\s+billed|horas\s+facturadas|stunden",
    "credit_note": r"credit\s+(?:note|memo)|gutschrift|\bavoir\b|nota\s+de\s+(?:abono|credito)|creditnota|creditfactuur|crediteren|cancel|storn|annul|returned|retour|devolv|devolucao",
    "wrong": (
        r"\bwrong\b|incorrect|not\s+correct|doesn'?t\s+(?:match|add\s+up)|does\s+not\s+(?:match|correspond)|disagree|dispute|contest|query\s+on|error|mistake|not\s+agreed|never\s+agreed|isn'?t\s+right|\boff\b"
        r"|falsch|stimmt\s+(?:so\s+)?nicht|nicht\s+korrekt|widersp|entspricht\s+nicht|fehler|nicht\s+vereinbart|reklam|beanstand"
        r"|errone|erreur|ne\s+correspond\s+pas|contest|pas\s+d'accord|pas\s+celui\s+convenu|litige|reclamation"
        r"|no\s+es\s+(?:correcto|el\s+acordado)|no\s+corresponde|no\s+estamos\s+de\s+acuerdo|equivocad|mal\s+(?:calculad|aplicad)|reclam"
        r"|klopt\s+niet|onjuist|verkeerd|niet\s+akkoord|wijkt\s+af|\bfout|betwist|bezwaar"
        r"|errad|incorret|nao\s+corresponde|nao\s+concordamos|mal\s+aplicad|reclamacao"
    ),
    "invoice_missing": (
        r"(?:never|not|didn'?t|haven'?t|have\s+not|did\s+not)\s+(?:\w+\s+){0,2}(?:received|got|seen|get)\s+(?:\w+\s+){0,2}(?:invoice|bill|zzinvoice)|(?:invoice|bill)\s+(?:\w+\s+){0,3}(?:never|not)\s+(?:received|arrived)"
        r"|can'?t\s+find|cannot\s+find|(?:don'?t|do\s+not)\s+(?:seem\s+to\s+)?have\s+(?:this|the|that|it|a\s+copy)|not\s+on\s+file|haven'?t\s+seen\s+this"
        r"|rechnung\s+(?:\w+\s+){0,4}(?:nicht|nie)\s+(?:erhalten|vor|bekommen|erreicht)|liegt\s+(?:uns\s+)?nicht\s+vor|finde\s+(?:sie|die\s+rechnung)\s+nicht|nie\s+erreicht"
        r"|(?:jamais|pas)\s+recu\s+(?:cette|la)\s+facture|n'avons\s+(?:jamais|pas)\s+recu\s+(?:cette|la|votre)\s+facture|ne\s+retrouve\s+pas"
        r"|no\s+(?:hemos\s+)?recibido\s+(?:la|esta)\s+factura|no\s+tenemos\s+(?:esta|la)\s+factura|no\s+(?:la\s+)?tenemos|no\s+encuentro"
        r"|factuur\s+(?:\w+\s+){0,3}(?:nooit|niet)\s+ontvangen|nooit\s+ontvangen|kan\s+de\s+factuur\s+niet\s+vinden|niet\s+vinden"
        r"|nao\s+recebemos\s+(?:esta|a)\s+fatura|nao\s+(?:a\s+)?encontr|nao\s+temos\s+a\s+fatura"
    ),
    "copy_request": (
        r"\bresend|re-send|email\s+(?:over|me|us)|no\s+record\s+of|send\s+(?:\w+\s+){0,3}(?:again|copy|pdf|over|through)|\bcopy\b|copies|\bpdf\b|forward\s+it|attach\s+it|please\s+attach|statement|attachment\s+was\s+missing"
        r"|erneut|nochmal|noch\s*(?:mals|\s+einmal)|kopie|duplikat|zusenden|schicken|kontoauszug|mailen"
        r"|renvoy|copie|transmettre|releve|duplicata|envoyer"
        r"|reenvi|volver\s+a\s+(?:mandar|enviar)|copia|duplicado|extracto|mand(?:ar|en|a)|envi(?:en|ar)"
        r"|nog\s+(?:eens|een\s+keer)|opnieuw|toesturen|rekeningoverzicht|sturen|mailen"
        r"|segunda\s+via|extrato|outra\s+vez|enviar\s+novamente|enviem|reenvi"
    ),
    "po_ref": (
        r"\bp\.?o\.?\b|zzpo|purchase\s+order|order\s+ref|order\s+number|requisition|cost\s+cent|bestell|kostenstelle|auftragsn|commande|bon\s+de\s+commande"
        r"|pedido|orden\s+de\s+compra|inkoop|ordernummer|bestelbon|kostenplaats|encomenda|ordem\s+de\s+compra|centro\s+de\s+cust|centre\s+de\s+cout|reference\s+d'achat|referencia"
    ),
    "reissue": r"reissue|re-issue|amend|correct(?:ed)?\s+invoice|neu\s+ausstellen|umschreiben|erganzen|reediter|reemett|refaire|reemit|corrij|opnieuw\s+(?:uitgeven|factureren)|reemitam|refac|alterem|wijzigen|andern|anpassen",
    "plan": (
        r"instal+?ments?|split|spread|in\s+stages|\bparts\b|tranches|monthly|per\s+(?:week|month)|arrangement|repayment|schedule\s+of|defer|one\s+go|all\s+at\s+once|half\s+now|rest\s+(?:next|later)"
        r"|raten|verteil|stundung|teilzahl|pro\s+monat|monatlich|echelon|etaler|en\s+(?:trois|plusieurs|deux)\s+fois|par\s+mois|report\b|mensuel"
        r"|plazos|cuotas|fraccion|repartir|mensual|aplaz|en\s+(?:tres|dos|varios)\s+(?:pagos|meses|plazos)|varios\s+pagos|la\s+mitad\s+ahora"
        r"|regeling|termijn|spreiden|in\s+(?:drie|twee)\s+keer|per\s+maand|aflossen|maandelijks|afbetaling"
        r"|parcel|prestac|dividir|em\s+(?:tres|duas)\s+vezes|mensais|faseado|metade\s+agora"
        r"|liquidit|cash\s*flow|cash\s+is|tight|difficult|krap|dificuldade|cortos\s+de\s+caja|tresorerie|tesouraria|engpass|flexib"
    ),
    "ask": r"\?|could\s+(?:we|you)|can\s+(?:we|you)|would\s+you|is\s+it\s+possible|konnen|konnten|ware|pourri|serait|pouvez|podemos|podrian|podrian|seria|kunnen|kunt|zou|podem|seria\s+possivel|any\s+chance",
    "wrong_person": (
        r"(?:update|actualic\w*|aanpassen|atualiz\w*|anpassen|mettre\s+a\s+jour)\s+(?:\S+\s+){0,2}(?:contact|kontakt|contacto|ansprechpartner)"
        r"|(?:contact|kontakt|contacto)\s+(?:\S+\s+){0,2}(?:aanpassen|anpassen|actualiz|atualiz|update)"
        r"|forwarded\s+(?:your|this|the)\s+(?:e-?mail|message|reminder)|weitergeleitet|doorgestuurd|reenviado\s+su\s+correo|reencaminhei\s+o\s+vosso|transfere\s+votre"
        r"|left\s+(?:the\s+)?(?:company|business|firm)|no\s+longer\s+(?:work|with|here|employed|monitored|responsible|in\s+charge)|not\s+responsible|wrong\s+person|not\s+the\s+right|don'?t\s+deal"
        r"|isn'?t\s+my\s+(?:area|job|department)|not\s+(?:me|my\s+(?:area|department))|moved\s+to\s+(?:a\s+)?(?:different|new|another)|changed\s+roles|retired|maternity|parental|replacement|successor"
        r"|taken\s+over|take\s+me\s+off|remove\s+me|handled\s+by|(?:please\s+)?(?:contact|write\s+to|email|try)\s+(?:our\s+)?(?:ap|accounts|finance|payables|controller|colleague|zzemail)|receptionist|i'?m\s+in\s+(?:sales|logistics)"
        r"|nicht\s+mehr\s+(?:im|bei|fur|tatig|zustandig|gelesen)|nicht\s+zustandig|falsche[rn]?\s+(?:ansprech|empfang|person)|zustandig\s+ist|wenden\s+sie\s+sich|verteiler|nichts\s+zu\s+tun|vertrieb"
        r"|ne\s+(?:fait|travaille)\s+plus|n'est\s+plus|a\s+quitte|successeur|ne\s+m'occupe\s+pas|trompez|mauvaise\s+personne|pas\s+la\s+bonne|plus\s+consultee|service\s+commercial"
        r"|ya\s+no\s+(?:trabaja|esta|es|se\s+revisa)|dejo\s+la\s+empresa|no\s+me\s+ocupo|equivocado\s+de\s+persona|persona\s+equivocada|no\s+soy\s+la\s+persona|ahora\s+lo\s+lleva"
        r"|niet\s+meer|uit\s+dienst|opvolger|ga\s+niet\s+over|verkeerde\s+persoon|niet\s+de\s+juiste|neem\s+contact\s+op"
        r"|ja\s+nao\s+(?:trabalha|esta|e\s+consultada)|saiu\s+da\s+empresa|nao\s+trato|enganaram-se|pessoa\s+errada|nao\s+sou\s+a\s+pessoa|novo\s+responsavel"
    ),
    "ack_other": (
        r"^\W*(?:thanks?|thank\s+you|thx|ok|okay|noted|received|got\s+it|danke|merci|gracias|bedankt|obrigad[oa]|recibido|recebido|ontvangen|genoteerd|bien\s+recu)\b"
        r"|noted|passed\s+(?:it\s+)?on|forwarded\s+to|acknowledg|get\s+back\s+to\s+you|come\s+back\s+to\s+you|check\s+internally|zur\s+kenntnis|weitergegeben|melde\s+mich"
        r"|c'est\s+note|transmis|reviens\s+vers\s+vous|tomo\s+nota|lo\s+he\s+reenviado|les\s+digo|genoteerd|doorgezet|kom\s+erop\s+terug|tomei\s+nota|reencaminhei|digo\s+algo"
    ),
    "admin_other": (
        r"who\s+(?:is\s+this|are\s+you)|bank\s+(?:details|account)|iban|portal|register|regist|address\s+(?:has\s+)?changed|(?:vat|tax)\s+(?:number|id|form|certificate)|w-?9|early[- ]payment|discount\s+if"
        r"|newsletter|unsubscribe|payment\s+terms|price\s+list|acquired|company\s+name|distribution\s+list|login|rude|tone|stop\s+sending|call\s+me"
        r"|wer\s+sind\s+sie|bankverbindung|lieferantenportal|anschrift|skonto|zahlungsbedingungen|firmieren|ust-?id|ton\b"
        r"|qui\s+etes|coordonnees\s+bancaires|portail|notre\s+adresse|escompte|numero\s+de\s+tva"
        r"|quienes\s+son|datos\s+bancarios|portal|nuestra\s+direccion|pronto\s+pago|\bcif\b"
        r"|wie\s+bent\s+u|bankgegevens|leveranciersportaal|ons\s+adres|korting|btw-nummer"
        r"|quem\s+sao|dados\s+bancarios|portal|morada|pronto\s+pagamento|\bnif\b|denominacao|adquiridos"
    ),
    "ooo": (
        r"out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|maternity\s+)?leave|vacation|holiday|away\s+(?:from|until)|limited\s+access|travel+ing|return\s+on|back\s+on"
        r"|abwesen|nicht\s+erreichbar|urlaub|wieder\s+im\s+haus|ausser\s+haus|absent|en\s+conge|en\s+deplacement|de\s+retour|fuera\s+de\s+la\s+oficina|vacaciones|estare\s+fuera|de\s+baja|volvere"
        r"|afwezig|niet\s+aanwezig|vakantie|verlof|terug\s+op|ausente|ferias|licenca|regresso"
    ),
}

LEXICON_RX: dict[str, re.Pattern[str]] = {name: re.compile(p, re.M) for name, p in LEXICON.items()}
LEXICON_NAMES = tuple(LEXICON)
# Which lexicon cues a text may hold, in one RE2 pass (guardrails.literal_screen: exact); only those are searched.
_LEXICON_SCREEN = LiteralScreen(list(LEXICON_RX.values()))



class LexiconFeatures(BaseEstimator, TransformerMixin):
    """One column per lexicon cue (matched on folded text), plus a few shape features."""

    def __init__(self, weight: float = 1.0):
        self.weight = weight

    def fit(self, X, y=None):  # noqa: N803 - sklearn's signature
        return self

    def transform(self, X):  # noqa: N803
        rows = []
        for text in X:
            folded = fold(text)
            body = folded.split("\n", 1)[1] if "\n" in folded else folded
            words = len(body.split())
            possible = _LEXICON_SCREEN.may_match(body)
            row = [self.weight if (possible is None or n in possible) and rx.search(body) else 0.0 for n, rx in enumerate(LEXICON_RX.values())]
            row += [self.weight * (words <= 4), self.weight * (words > 40)]
            rows.append(row)
        return sparse.csr_matrix(np.asarray(rows, dtype=float))

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"lex:{n}" for n in LEXICON_NAMES] + ["shape:short", "shape:long"], dtype=object)
