"""Words that ask for an invoice to be changed, not just sent again, in the six languages (on folded text).

Why: "send the invoice again with the correct price" reads as a copy request, and a copy would repeat
exactly what the customer says is wrong. A copy goes out as it is only when nothing is asked to change;
otherwise a person decides (a credit, a reissue, a dispute). This errs towards asking a person.
"""

from __future__ import annotations

import re

_CHANGE_ASKED = re.compile(
    r"\b(?:wrong|incorrect\w*|correct(?:ed|ion)?\s+(?:price|rate|amount|invoice|version|vat|tax|po|address|name)|error|mistake|amend\w*"
    r"|adjust\w*|revised|overcharg\w*|should\s+(?:be|have\s+been)|credit\s+note|price|rates?|vat|tax|discount"
    r"|falsch\w*|fehlerhaft\w*|korrigier\w*|berichtig\w*|korrektur|gutschrift|preis\w*|rabatt|mwst|ust|steuer(?:satz|betrag)?"
    r"|errone\w*|erreur|corrig\w*|rectifi\w*|avoir|prix|tarif\w*|remise|tva"
    r"|erro(?:r|neo|nea)|equivocad\w*|corregid\w*|rectificad\w*|nota\s+de\s+credito|precio|descuento|iva"
    r"|fout\w*|onjuist\w*|verkeerd\w*|gecorrigeerd\w*|correctie|creditnota|prijs|korting|btw"
    r"|errad\w*|incorret\w*|erro|corrigid\w*|retificad\w*|preco|desconto"
    # the address or details on it are out of date: a reissue to the new ones
    r"|(?:old|new|previous|former)\s+(?:billing\s+)?address|fix\s+(?:that|this|it)\s+on|update\w*\s+(?:the\s+|our\s+)?(?:address|details)"
    r"|(?:alte|neue)[nr]?\s+(?:adresse|anschrift)|(?:ancienne|nouvelle)\s+adresse|(?:antigua|nueva)\s+direccion|direccion\s+(?:antigua|nueva)"
    r"|(?:oude?|nieuwe?)\s+adres|(?:antigo|novo)\s+endereco|endereco\s+(?:antigo|novo)"
    # a registration or tax number, or their own reference, to be added: the invoice itself changes ("again with our
    # org.nr. and MVA on it", "diesmal mit UID-Nummer", "avec notre numéro SIRET")
    r"|uid(?:-?nummer|-?nr)?|ust-?id\w*|steuernummer|org\.?\s?nr|organi[sz]ation\s+(?:number|no)|mva|tax\s+(?:id|number|no)"
    r"|abn|gst\s+(?:number|no)|cnpj|nipc|nif|siret|siren|kvk(?:-?nummer)?|cuit|rfc|cif|nit"
    r"|(?:our|the|unsere?n?|notre|nuestr[oa]|onze|nosso|nossa)\s+(?:po|reference|referenz|referentie|referencia|referência|ref)\b[^.?!]{0,40}?\bon\s+(?:it|them|all|every|the\s+invoice)"
    # made out to another name or entity: a reissue, not a copy
    r"|made\s+out\s+to|in\s+the\s+name\s+of|(?:company|legal|entity|registered|billing)\s+name|auf\s+(?:den|die)\s+namen?|firmenname"
    r"|au\s+nom\s+de|raison\s+sociale|a\s+nombre\s+de|razon\s+social|op\s+naam\s+van|bedrijfsnaam|em\s+nome\s+de|razao\s+social)\b")


def change_asked(folded: str) -> str | None:
    """The first words of a folded text that ask for the invoice itself to change, or None."""
    m = _CHANGE_ASKED.search(folded)
    return m.group(0) if m else None
