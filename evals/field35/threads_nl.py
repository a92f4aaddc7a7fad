"""Dutch (Flemish) replies for field35: a greenhouse and a furniture workshop in Flanders."""

from __future__ import annotations

from evals.field35.kit import FL, block, iso

OFFS = {"J3551": FL, "J3552": FL}
SIGNS = {"J3551": "Koen Van Damme\nSerres Van Damme", "J3552": "Lieve De Schaepdrijver\nMeubelmakerij De Schaepdrijver"}
OPENERS = ["Dag,", "Goeiemorgen,", "Geachte,", "Hallo,", "Beste,", "Ik antwoord in naam van de zaakvoerder:", "Goeienavond,", "Hey,"]
CORES = [
    ("De betaling vertrekt di. 8 dec.", iso(8), [], None, ["abbrev-weekday"]),
    ("We betalen woensdag de 9de, dan is onze betaalrun.", iso(9), [], None, ["weekday-ordinal"]),
    ("Staat gepland op 10/12.", iso(10), [], None, ["locale-numeric"]),
    ("Ten laatste eind volgende week, vrijdag de 11de.", iso(11), [], None, ["relative-span"]),
    ("Betaling op de laatste werkdag van de maand.", iso(31), [], None, ["month-end"]),
    ("Voor Kerstmis, op 23 december.", iso(23), [], None, ["holiday"]),
    ("Veertien december, zeker.", iso(14), [], None, ["date-in-words"]),
    ("Op 7 december zitten we samen met de boekhouder, daarna betalen we op de 9de.", iso(9), [], None, ["distractor-meeting"]),
    ("Het was voorzien op de 3de maar is verschoven naar 16 december.", iso(16), [], None, ["distractor-moved-date"]),
    ("We storten € 2.000,00 op 15 december en de rest in januari.", iso(15), [], "2000.00", ["partial-amount"]),
    ("Van zodra de veiling ons uitbetaalt, betalen we u, normaal op 11 december.", iso(11), ["conditional"], None, ["hidden-condition"]),
    ("In week 51, op donderdag 17.", iso(17), [], None, ["calendar-week"]),
    ("Binnen vijf werkdagen, dus uiterlijk donderdag de 10de.", iso(10), [], None, ["working-days"]),
    ("De factuur is van 22 oktober, dat weet ik; we betalen vrijdag 18 december.", iso(18), [], None, ["distractor-invoice-date"]),
    ("De ene factuur op de 21ste, de andere op de 28ste.", iso(21), [], None, ["split-promise"]),
]
ROWS = {
    "dispute": [("J3551", "De geleverde substraatmatten waren beschadigd, we betwisten de factuur."),
                ("J3552", "De prijs van het eikenhout klopt niet met de offerte."),
                ("J3551", "Het transport is twee keer aangerekend, graag een creditnota.")],
    "invoice_resend": [("J3551", "Kunt u de factuur nog eens doorsturen? We vinden ze niet terug."),
                       ("J3551", "Stuur de factuur aub opnieuw met ons btw-nummer erop.")],
    "po_change": [("J3552", "Graag de factuur opnieuw via Peppol, we ontvangen geen pdf's meer."),
                  ("J3551", "Gelieve ons bestelbonnummer SVD-2026-41 te vermelden en de factuur opnieuw te sturen."),
                  ("J3552", "Het ordernummer is gewijzigd naar MDS-118, kunt u de factuur aanpassen?")],
    "payment_plan_request": [("J3551", "Kunnen we in drie schijven betalen?"),
                             ("J3552", "Is een afbetalingsplan over vier maanden mogelijk?")],
    "wrong_contact": [("J3551", "Ik doe de boekhouding niet meer, dat gaat nu via ons boekhoudkantoor."),
                      ("J3552", "De zaak is overgenomen, ik ben niet meer bevoegd voor betalingen.")],
}
PAID = [("J3551", "Betaald op 27/11, mededeling SVD-2711.", "SVD-2711"),
        ("J3552", "Is al betaald sinds maandag, ref. MDS-3011.", "MDS-3011"),
        ("J3551", "Overschrijving van 30 november, gestructureerde mededeling +++935/5100/12345+++.", "+++935/5100/12345+++"),
        ("J3552", "Vrijdag overgeschreven, referentie SCHAEP-NOV.", "SCHAEP-NOV"),
        ("J3551", "Beide facturen betaald op 26/11, ref. VANDAMME-26.", "VANDAMME-26")]
OOO = ["Ik ben afwezig tot en met 14 december.", "Afwezig, terug op 8 december."]
OTHER = ("J3552", "Ontvangen, merci.", ["no-action"], [])
DOMAINS = {"J3551": ("serres-vandamme.example", "k.vandamme"), "J3552": ("schaepdrijver-meubelen.example", "l.deschaepdrijver")}

REPLIES = block("nl", OFFS, SIGNS, OPENERS, CORES, ROWS, PAID, OOO, OTHER, DOMAINS)
