"""German replies for field35: an Austrian sawmill and a Bavarian brewery, their bookkeepers and assistants."""

from __future__ import annotations

from evals.field35.kit import AT, BY, block, iso

OFFS = {"J3521": AT, "J3522": BY}
SIGNS = {"J3521": "Gerlinde Hintersteiner\nSägewerk Hintersteiner GmbH, Mühlviertel", "J3522": "Pfiat eich\nX. Huber\nBrauerei Moosrainer KG"}
OPENERS = ["Grüß Gott,", "Servus,", "Sehr geehrte Damen und Herren,", "Hallo,", "Liebe Kollegen,",
           "Ich antworte im Auftrag von Frau Hintersteiner:", "Grias di,", "Guten Abend, sorry für die späte Antwort,"]
CORES = [
    ("Die Zahlung geht am Di., 8.12. raus.", iso(8), [], None, ["abbrev-weekday", "dotted-german"]),
    ("Wir überweisen am Mittwoch, den 9., mit dem Zahllauf.", iso(9), [], None, ["weekday-ordinal"]),
    ("Überweisung in KW 51, am Mittwoch.", iso(16), [], None, ["calendar-week"]),
    ("Bis Ende nächster Woche, also spätestens Fr. 11.12., ist das erledigt.", iso(11), [], None, ["relative-span"]),
    ("Zahlung erfolgt zum Monatsletzten, wie immer am letzten Bankarbeitstag.", iso(31), [], None, ["month-end"]),
    ("Noch vor Weihnachten, am 23.12., kommt das Geld.", iso(23), [], None, ["holiday", "dotted-german"]),
    ("Am Zehnten zahlen wir, da ist der Lieferschein vom 5.11. egal.", iso(10), [], None, ["ordinal-alone", "distractor-delivery-date"]),
    ("Die Besprechung mit dem Steuerberater ist am 7.12., danach am 9.12. überweisen wir.", iso(9), [], None, ["distractor-meeting"]),
    ("Übernächste Woche am Montag, den 14., zahlen wir.", iso(14), [], None, ["relative-span", "weekday-ordinal"]),
    ("Wir zahlen 3.000,00 € am 15.12., den Rest im Jänner.", iso(15), [], "3000.00", ["partial-amount", "austrian"]),
    ("Sobald die Holzgenossenschaft uns bezahlt hat, überweisen wir – voraussichtlich am 11. Dezember.", iso(11), ["conditional"], None, ["hidden-condition"]),
    ("Der Termin war ursprünglich der 4., ist jetzt aber auf den siebzehnten Dezember verschoben.", iso(17), [], None, ["distractor-moved-date", "date-in-words"]),
    ("Zahlung am Freitag, 18. Dezember, vor dem Betriebsurlaub.", iso(18), [], None, ["holiday"]),
    ("Innerhalb von fünf Werktagen, also bis Do. 10.12.", iso(10), [], None, ["working-days", "abbrev-weekday"]),
    ("Am 21. zahlen wir die Rechnung, die andere am 28.", iso(21), [], None, ["split-promise"]),
]
ROWS = {
    "dispute": [("J3521", "Die Menge auf der Rechnung stimmt nicht, geliefert wurden 18 statt 22 Paletten. Wir zahlen erst nach Korrektur."),
                ("J3522", "Die Hopfenpellets waren feucht, wir reklamieren die gesamte Lieferung."),
                ("J3522", "Der Preis pro Fass ist höher als vereinbart. So zahlen wir das nicht.")],
    "invoice_resend": [("J3521", "Bitte schicken Sie uns die Rechnung noch einmal, wir haben sie nicht erhalten."),
                       ("J3522", "Könnten Sie die Rechnung als PDF an rechnungswesen@ senden? Die Papierrechnung ist verschwunden."),
                       ("J3521", "Wir brauchen die Rechnung mit unserer UID-Nummer, bitte neu ausstellen und schicken.")],
    "po_change": [("J3522", "Bitte die Bestellnummer BM-8902 statt BM-8841 angeben und neu schicken."),
                  ("J3521", "Ab sofort nur über unser Lieferantenportal mit Bestellnummer SH-2026-77 einreichen.")],
    "payment_plan_request": [("J3521", "Wegen des Borkenkäfers ist es heuer schwierig. Können wir in drei Raten zahlen?"),
                             ("J3522", "Wäre eine Ratenzahlung über vier Monate möglich?")],
    "wrong_contact": [("J3521", "Ich bin nicht mehr zuständig, die Buchhaltung macht jetzt unser Steuerberater."),
                      ("J3522", "Nach der Übernahme durch die Brauunion bin ich nicht mehr für Zahlungen zuständig.")],
}
PAID = [("J3521", "Das wurde am 27.11. überwiesen, Referenz SH-1127.", "SH-1127"),
        ("J3522", "Bezahlt, schauen S' halt nach: Verwendungszweck MOOS-4471.", "MOOS-4471"),
        ("J3521", "Überweisung vom 30.11.2026, Zahlungsreferenz RAIKA-99812.", "RAIKA-99812"),
        ("J3522", "Ist seit Freitag bezahlt, Ref. BM-ZA-2811.", "BM-ZA-2811"),
        ("J3521", "Beide Rechnungen am 26.11. beglichen, Ref. HINT-2611.", "HINT-2611")]
OOO = ["Ich bin bis 14.12. nicht im Büro. In dringenden Fällen wenden Sie sich an buchhaltung@saegewerk-hintersteiner.example.",
       "Abwesenheitsnotiz: Ich bin ab 8. Dezember wieder erreichbar."]
OTHER = ("J3521", "Danke für die Info, passt.", ["no-action"], [])
DOMAINS = {"J3521": ("saegewerk-hintersteiner.example", "g.hintersteiner"), "J3522": ("brauerei-moosrainer.example", "x.huber")}

REPLIES = block("de", OFFS, SIGNS, OPENERS, CORES, ROWS, PAID, OOO, OTHER, DOMAINS)
