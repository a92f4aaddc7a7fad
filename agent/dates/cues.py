"""Words that tell what a sentence does with a date: promises it, tells of it as done, commits to it, names a
payment run.

Why apart: finding a date (a misspelt weekday is read only outside a sentence about the past), a clause's condition and
the promise's choice all read the same cues; one copy here keeps them reading alike."""

from __future__ import annotations

import re

_PROMISE_CUE = re.compile(
    r"\b(?:pay|paid\s+by|payment|transfer|transfi|settle|remit|send|process|release|schedule|zahl|bezahl|uberweis|begleich|ausgleich"
    r"|uberweisung|zahlung|paie|paier|regl|virement|versement|pag|transfer|abon|beta+l|overmak|overboek"
    r"|liquid|quit|deposit"
    # the sender's own word of promising, said now: "End of the month, promise.", "Aschermittwoch, versprochen.", "c'est promis",
    # "prometo", "beloofd!" (not a promise told of: "the bank promised Monday", "ik had dinsdag beloofd")
    r"|promise\b|,\s*versprochen\b|c'est\s+promis\b|promis\s*[.!]|prometo\b|prometemos\b|prometido\s*[.!]|beloofd\s*[.!]|beloof\s+ik\b)", re.I)
_PAST_CUE = re.compile(
    r"\b(?:paid|already|released|cleared|went\s+(?:out|off)|angewiesen|wurde|fue\s+\w+(?:ado|ido)|fueron\s+\w+(?:ados|idos)|was\s+sent|were\s+sent|transferred|bezahlt|uberwiesen|beglichen|bereits"
    r"|(?:avons|avez|a|ont|ete|est|sont|bien)\s+(?:ete\s+)?(?:paye|regle)|deja|effectue|pagad|ya\s+|betaald|overgemaakt"
    r"|(?:foi|esta)\s+pago|ja\s+(?:foi|pag|transfer|efetu|fiz|realiz|envi)|efetuad|realizad|foi\s+(?:feit|pag|enviad|transferid))", re.I)


# The main clause's payer in the plain present, which promises as well as a future does: "if it arrives by the 30th
# we pay on the 4th", "si llega antes del 30 pagamos el 4", "als het er op de 30e is betalen we de 4e".
_WE_PAY = re.compile(r"\b(?:(?:we|i)\s+(?:pay|send|transfer|wire|settle|release)|(?:zahlen|uberweisen|uberweise|zahle)\s+(?:wir|ich)"
                     r"|(?:nous\s+)?(?:payons|reglons|virons)|on\s+(?:paie|paye|regle|vire)|pagamos|transferimos|abonamos|liquidamos"
                     r"|betalen\s+(?:we|wij)|betaal\s+ik|maken\s+(?:we|wij)\s+over)\b")
# A payment run at month end releases on a working day (issue 14: "the month-end run").
_RUN = re.compile(r"\b(?:run|batch|cycle|lot|remesa|lote|ciclo|corrida|campagne|proceso\s+de\s+pagos?|processamento|betaalronde)\b"
                  r"|zahllauf|zahlungslauf|betaalrun|betalingsrun|virements?\s+group")
# Words that commit to a date ahead, whatever the reply's intent: future tense, "scheduled", "you will receive".
_COMMIT = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|gonna|scheduled|planned|queued|booked|lined\s+up|loaded\s+for|slotted\s+(?:in|into|for)|set\s+up\s+for|goes?\s+out|going\s+out|expect|aim|intend"
    r"|goes\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri)\w*|today|tomorrow|next|this)|should\s+(?:reach|arrive|land|clear|be\s+with)|you(?:'ll)?\s+(?:have|get|receive|see)|can\s+(?:pay|do|release|send|settle)"
    r"|suit|folgt|sigue|volgt|segue|sale|queda|dejamos|(?:we|i)\s+(?:pay|transfer|settle|send|wire)"
    r"|werden|wird|werde|erfolgt|geht|kommt|eingeplant|vorgesehen|erhalten\s+sie|bekommen\s+sie|(?:zahlen|uberweisen|begleichen)\s+wir"
    # a future in -ra ("paiera", "pagará", "seguirá"), not a word that ends so ("para", "fatura", "agora", "nuestra")
    r"|(?!\w*feira\b)(?!(?:para|fatura|factura|agora|ahora|hora|otra|outra|nuestra|vuestra|compra|obra|fora|contra|entra|carta|ultra|extra)\b)\w+(?:rons|rez|ra)\b"
    r"|va|vais|allons|recevrez|prevu|programme|part"
    r"|\w+(?:remos|ran)\b|vamos|vais|iremos|ira|vao|vai|recibir\w*|receber\w*|saldra|sai|agendad\w*|programad\w*|previst\w*"
    r"|zullen|zal|gaan|gaat|wordt|worden|ontvangt|krijgt|gepland|betalen\s+(?:we|wij)|maken\s+(?:we|wij))\b")
# Done already: "payment received on the 2nd", "virement lancé", "la transferencia salió".
_DONE = re.compile(r"\b(?:received|got|arrived|sent|went|left|made|did|done|erhalten|bekommen|eingegangen|recu|arrive|recibid\w*"
                   r"|llego|salio|ontvangen|binnengekomen|recebid\w*|chegou|saiu|lance|lanzad\w*|effectue\w*|gedaan|feito|hecho"
                   r"|transferimos|ist\s+(?:\w+\s+){0,3}raus)\b")
