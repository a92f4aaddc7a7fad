"""field44, German: a Swiss carpentry firm and its Treuhänder, an Austrian Lagerhaus co-operative, an Upper Austrian market town (strategic)."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AT, AUTO, CH, at

PAYMENTS = [
    Payment("BK44-021", "Y4421", "2026-10-16", "1320.00", "CHF", "ZIMMEREI GMUER AG RE 94432"),
    Payment("BK44-022", "Y4422", "2026-10-19", "6654.20", "EUR", "LGH MOSTVIERTEL EGEN 94433 ABZGL 2% SKONTO"),
]

REPLIES = [
    Reply("Y4421", at(19, "08:40", CH), """Grüezi

Besten Dank für Ihre Erinnerung. Die Rechnung 94431 über CHF 8'460.00 wird mit dem nächsten Zahlungslauf am Donnerstag, 29. Oktober, beglichen. Die 94432 haben wir bereits am 16.10. bezahlt.

Freundliche Grüsse
Urs Gmür
Zimmerei Gmür AG | Holzbau · Treppen · Dachstühle
Dorfstrasse 41, 9642 Ebnat-Kappel""", "already_paid", sec=["promise_to_pay"], date="2026-10-29", inv=["94432", "94431"],
          fam=["swiss-standard", "apostrophe-thousands", "paid-and-promise", "no-eszett"], note="94432 matches BK44-021 (1,320, 16 October)"),
    Reply("Y4421", at(20, "14:10", CH), """Guten Tag

Wir sind die Treuhandstelle der Zimmerei Gmür AG und erledigen deren Kreditorenzahlungen. Die offene Rechnung wird per Ende Monat überwiesen.

Freundliche Grüsse
Treuhand Brunner & Kuster AG
Sandra Kuster, dipl. Treuhandexpertin

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.""",
          "promise_to_pay", date="2026-10-31", sender="s.kuster@treuhand-bk.example", fam=["treuhaender", "ende-monat", "unknown-sender", "disclaimer-longer-than-message"]),
    Reply("Y4421", at(21, "09:15", CH), """Hoi zäme

D Rächnig chunnt am Fritig. Gruess Urs""", "promise_to_pay", date="2026-10-23", sender=1, fam=["swiss-dialect", "bare-weekday"],
          note="Swiss German dialect: 'the invoice comes (is paid) on Friday'"),
    Reply("Y4421", at(22, "10:30", CH), """Guten Tag

Die Rechnung 94431 können wir so nicht akzeptieren. Gemäss Offerte vom 12. Juni waren 38 m³ Brettschichtholz zu CHF 198.– vereinbart, verrechnet wurden CHF 218.–. Bitte senden Sie uns eine korrigierte Rechnung.

Freundliche Grüsse
Buchhaltung Zimmerei Gmür AG""", "dispute", inv=["94431"], sender=0, fam=["price-difference", "quote", "swiss-standard"]),
    Reply("Y4421", at(23, "11:45", CH), """Grüezi Frau Carla

Wie telefonisch besprochen: Wir zahlen CHF 4'000.– übernächste Woche und den Rest Ende November.

Freundliche Grüsse
Urs Gmür""", "promise_to_pay", date="2026-11-06", amount="4000.00", fam=["uebernaechste-woche", "undated-remainder"],
          note="'übernächste Woche' written Friday 23 = Friday of the week after next = 6 November; rest end of November"),
    Reply("Y4421", at(19, "17:20", CH), """Sehr geehrte Damen und Herren

Bitte stellen Sie künftig alle Rechnungen als QR-Rechnung aus und senden Sie sie ausschliesslich an kreditoren@treuhand-bk.example. Zudem bitten wir Sie, unsere neue MWST-Nummer CHE-112.485.903 MWST anzugeben.

Freundliche Grüsse
Treuhand Brunner & Kuster AG""", "po_change", sender="s.kuster@treuhand-bk.example", fam=["qr-bill", "send-invoices-to", "vat-number", "unknown-sender"]),
    Reply("Y4422", at(19, "10:02", AT), """Sehr geehrte Damen und Herren,

die Rechnung 94433 wurde am 19.10. unter Abzug von 2 % Skonto überwiesen. Wir ersuchen um Kenntnisnahme.

Mit freundlichen Grüßen
Herta Aigner
Leiterin Rechnungswesen
Lagerhausgenossenschaft Mostviertel eGen
FN 88412 t, LG St. Pölten""", "already_paid", inv=["94433"], human=["amount differs"], fam=["skonto", "austrian", "ersuchen"],
          note="BK44-022 on 19 October, 6,654.20 = 6,790 less 2 %: amount differs"),
    Reply("Y4422", at(20, "09:30", AT), """Grüß Gott,

wir überweisen die 915,00 € nach dem Nationalfeiertag, also am Dienstag.

LG Herta Aigner""", "promise_to_pay", date="2026-10-27", amount="915.00", partial=False,
          fam=["nationalfeiertag", "holiday-shift", "austrian"], note="26 October is Austria's National Day; Tuesday 27"),
    Reply("Y4422", at(21, "13:13", AT), """Hallo,

die Rechnung 94434 ist uns nicht bekannt, wir haben keine Lieferung mit dieser Nummer im Wareneingang. Bitte um Zusendung einer Kopie samt Lieferschein.

Danke und LG
Rechnungswesen""", "invoice_resend", inv=["94434"], sender=0, fam=["never-received", "lieferschein"]),
    Reply("Y4422", at(22, "08:00", AT), """Sehr geehrte Damen und Herren,

aufgrund der schwachen Maisernte ersuchen wir um Ratenzahlung für den offenen Betrag: 3 Raten zu je ca. € 2.570,–, die erste am 15. November, die weiteren jeweils am 15. des Folgemonats.

Hochachtungsvoll
Mag. Herta Aigner""", "payment_plan_request", date="2026-11-15", amount="2570.00", fam=["three-instalments", "harvest", "austrian"],
          note="€ 2.570,– read as 2570.00 (the 'ca.' is the writer's)"),
    Reply("Y4422", at(23, "14:40", AT), """Ich bin bis einschließlich 6. November auf Urlaub. In dringenden Fällen wenden Sie sich bitte an rechnungswesen@lgh-mostviertel.example.

Mit freundlichen Grüßen
Herta Aigner""", "out_of_office", headers=AUTO, fam=["bis-einschliesslich", "ooo-beyond-14"], note="away up to and including Friday 6 November: back 7 (or Monday 9) November, more than 14 days",
          human=["absent more than 14 days"]),
    Reply("Y4423", at(19, "11:00", AT), """Sehr geehrte Damen und Herren,

die Rechnung INV-2026-94435 wurde vom Gemeinderat in der Sitzung vom 15. Oktober genehmigt. Die Anweisung erfolgt durch den Bürgermeister; die Überweisung ist für Freitag, den 30. Oktober vorgesehen.

Mit freundlichen Grüßen
Für den Bürgermeister:
Wolfgang Strasser
Amtsleiter, Marktgemeinde Sankt Florian am Inn

Amtssignatur: Dieses Dokument wurde amtssigniert. Informationen zur Prüfung der elektronischen Signatur und des Ausdrucks finden Sie unter www.st-florian-inn.example/amtssignatur""",
          "promise_to_pay", date="2026-10-30", inv=["94435"], html=True, fam=["gemeinderat", "distractor-meeting", "amtssignatur", "html-only"]),
    Reply("Y4423", at(20, "15:30", AT), """Sehr geehrte Damen und Herren,

bitte beachten Sie, dass auf der Rechnung die Bestellnummer des Bauamtes fehlt bzw. falsch ist. Richtig: BA-2026/381 (nicht 318). Wir ersuchen um Neuausstellung, da die Buchhaltung die Rechnung sonst nicht anweisen kann.

MfG
Buchhaltung Marktgemeinde""", "po_change", sender=0, fam=["transposed-po", "municipality"]),
    Reply("Y4423", at(21, "10:10", AT), """Sehr geehrte Damen und Herren,

die Marktgemeinde hat das Budget für 2026 ausgeschöpft. Die Zahlung der Rechnung 94435 erfolgt daher erst nach Beschluss des Voranschlags 2027, voraussichtlich im Jänner.

Hochachtungsvoll
W. Strasser""", "promise_to_pay", inv=["94435"], human=["undated", "conditional"], fam=["budget-year", "jaenner", "municipality"]),
    Reply("Y4423", at(22, "16:45", AT), """Guten Tag,

wir zahlen 10.000 € am 2.11. und den Rest nach Prüfung der Schlussrechnung durch den Prüfungsausschuss.

Buchhaltung""", "promise_to_pay", date="2026-11-02", amount="10000.00", sender=0, human=["conditional"], fam=["numeric-dm", "undated-remainder", "municipality"]),
    Reply("Y4421", at(20, "07:30", CH), """Sehr geehrte Damen und Herren

Wir haben von Ihnen eine E-Mail erhalten, wonach Ihre Bankverbindung auf ein Konto bei einer litauischen Bank geändert habe. Ist das korrekt? Bevor wir etwas überweisen, bitten wir um telefonische Bestätigung.

Freundliche Grüsse
Buchhaltung""", "other", sender=0, human=["fraud check"], fam=["fraud-check", "iban-change"]),
    Reply("Y4422", at(20, "18:18", AT), """Danke für die Info, habe es an unsere Buchhaltung weitergeleitet.

LG""", "other", sender=1, fam=["no-action", "forwarded"]),
    Reply("Y4423", at(23, "09:00", AT), """Sehr geehrte Damen und Herren,

Herr Strasser ist seit 1. Oktober in Pension. Zuständig für Rechnungen ist nunmehr Frau Mag. Eva Leitner (e.leitner@st-florian-inn.example).

Mit freundlichen Grüßen
Gemeindeamt""", "wrong_contact", sender=0, fam=["retired", "new-contact", "municipality"]),
    Reply("Y4421", at(22, "15:15", CH), """Guten Tag

Herr Gmür ist nicht mehr für die Buchhaltung zuständig, das macht jetzt unser Treuhänder. Bitte schreiben Sie an s.kuster@treuhand-bk.example.

Gruss
Sekretariat""", "wrong_contact", sender=0, fam=["treuhaender", "new-contact"]),
    Reply("Y4422", at(22, "12:00", AT), """Diese Nachricht wurde automatisch erstellt.

Die Nachricht konnte nicht zugestellt werden an:
h.aigner@lgh-mostviertel.example
Grund: 550 5.1.1 Empfänger unbekannt / Postfach existiert nicht.""", "bounce", lang="de", sender="postmaster@lgh-mostviertel.example",
          dsn=("h.aigner@lgh-mostviertel.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung – Lagerhausgenossenschaft Mostviertel eGen", fam=["german-dsn"]),
    Reply("Y4423", at(20, "06:40", AT), """Unzustellbar: Die Nachricht an w.strasser@st-florian-inn.example konnte nicht zugestellt werden.

Der Empfänger wurde nicht gefunden. Fehlercode: 550 5.1.10 RESOLVER.ADR.RecipientNotFound""", "bounce", lang="de", sender="postmaster@st-florian-inn.example",
          dsn=("w.strasser@st-florian-inn.example", "5.1.10"), subject="Unzustellbar: Zahlungserinnerung – Marktgemeinde Sankt Florian am Inn", fam=["o365-ndr-german"]),
    Reply("Y4421", at(21, "16:00", CH), """Danke für Ihre Nachricht. Ich bin bis am 2. November in den Herbstferien und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@zimmerei-gmuer.example.

Urs Gmür""", "out_of_office", headers=AUTO, fam=["herbstferien", "ooo-within-14"]),
    Reply("Y4422", at(19, "14:00", AT), """Sehr geehrte Damen und Herren,

wir haben die Zahlung für Donnerstag nächster Woche eingeplant.

Mit freundlichen Grüßen
Rechnungswesen""", "promise_to_pay", date="2026-10-29", sender=0, fam=["weekday-next-week", "austrian"]),
    Reply("Y4422", at(21, "07:55", AT), """Hallo,

die Zahlung geht in KW 44 raus, spätestens am Freitag.

Gruß aus Amstetten""", "promise_to_pay", date="2026-10-30", sender=0, fam=["kw", "spaetestens"]),
    Reply("Y4421", at(19, "13:30", CH), """Guten Tag

Wir überweisen den Betrag innert 10 Tagen.

Freundliche Grüsse
Buchhaltung Zimmerei Gmür""", "promise_to_pay", date="2026-10-29", sender=0, fam=["innert", "swiss-standard"]),
    Reply("Y4423", at(21, "14:14", AT), """Sehr geehrte Frau Carla,

aufgrund eines Fehlers in der Buchhaltungssoftware wurde die Zahlung nicht wie angekündigt am 20.10. durchgeführt. Sie wird nun am 28.10. nachgeholt. Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Eva Leitner""", "promise_to_pay", date="2026-10-28", sender="e.leitner@st-florian-inn.example", fam=["moved-date", "numeric-dm", "unknown-sender"]),
    Reply("Y4421", at(23, "08:20", CH), """Grüezi

Die Zahlung für die 94431 erfolgt, sobald wir die korrigierte Rechnung mit dem richtigen m³-Preis erhalten haben – dann innert 5 Arbeitstagen.

Freundliche Grüsse
Buchhaltung""", "promise_to_pay", inv=["94431"], sender=0, human=["conditional", "undated"], fam=["after-credit-note", "working-days-after-event"],
          note="five working days after a corrected invoice arrives: no date"),
    Reply("Y4422", at(23, "10:30", AT), """Sehr geehrte Damen und Herren,

wir zahlen die offenen Beträge Anfang November, sobald die Genossenschaftsbeiträge eingegangen sind – konkret am Dienstag, dem 3. November.

MfG H. Aigner""", "promise_to_pay", date="2026-11-03", fam=["weekday-date", "anfang-monat-specified"],
          note="the members' contributions come in every year: the date is stated, not left to an event"),
    Reply("Y4423", at(22, "11:11", AT), """Sehr geehrte Damen und Herren,

die Gemeinde bestreitet die Rechnung 94435 in Höhe von € 2.380,–: die Spielplatzgeräte wurden ohne TÜV-Abnahmeprotokoll geliefert. Den unbestrittenen Teil von € 11.900,– überweisen wir am Freitag.

Mit freundlichen Grüßen
Eva Leitner, Amtsleiterin""", "dispute", sec=["promise_to_pay"], date="2026-10-23", amount="11900.00", inv=["94435"], sender="e.leitner@st-florian-inn.example",
          fam=["dispute-with-promise", "undisputed-part", "unknown-sender"]),
    Reply("Y4421", at(21, "11:30", CH), """Grüezi

Könnten Sie uns bitte eine Kopie der Rechnung 94432 als PDF senden? Die Rechnung ist bei uns nie angekommen.

Merci und Gruss
Buchhaltung""", "invoice_resend", inv=["94432"], sender=0, fam=["never-received", "merci"]),
    Reply("Y4422", at(22, "19:00", AT), """Sehr geehrte Damen und Herren,

ist ein Skontoabzug von 2 % auch bei Zahlung bis 30.10. noch möglich? Dann würden wir sofort anweisen.

MfG""", "other", sender=0, human=["discount question"], fam=["skonto-question"]),
    Reply("Y4423", at(23, "15:30", AT), """Sehr geehrte Damen und Herren,

die Marktgemeinde ersucht um Stundung des offenen Betrages bis zur Genehmigung des Nachtragsvoranschlags im Dezember bzw. um Teilzahlungen in drei Monatsraten ab Jänner 2027.

Hochachtungsvoll
Der Bürgermeister""", "payment_plan_request", sender="buergermeister@st-florian-inn.example", fam=["stundung", "budget-year", "unknown-sender"]),
    Reply("Y4421", at(22, "17:50", CH), """Salü

Mir zahled am Mäntig. Gruess""", "promise_to_pay", date="2026-10-26", sender=1, fam=["swiss-dialect", "bare-weekday"]),
    Reply("Y4422", at(20, "11:20", AT), """Sehr geehrte Damen und Herren,

die Überweisung über € 6.790,00 für Rechnung 94433 ist für 30.10.2026 vorgemerkt. Bitte entschuldigen Sie die Verzögerung – wir hatten eine Umstellung auf ein neues ERP-System.

Mit freundlichen Grüßen
Herta Aigner""", "promise_to_pay", date="2026-10-30", amount="6790.00", inv=["94433"], partial=False, fam=["vorgemerkt", "numeric-full"]),
    Reply("Y4423", at(19, "16:20", AT), """Sehr geehrte Damen und Herren,

leider ist der Betrag auf der Rechnung falsch: laut Bestellung BA-2026/318 waren 4 Sitzbänke vereinbart, verrechnet wurden 5. Wir ersuchen um Gutschrift für eine Bank.

Hochachtungsvoll
Bauamt""", "dispute", sender="bauamt@st-florian-inn.example", fam=["quantity", "unknown-sender", "municipality"]),
    Reply("Y4421", at(20, "12:12", CH), """Guten Tag

Wir zahlen per 15. November. Freundliche Grüsse, U. Gmür""", "promise_to_pay", date="2026-11-15", fam=["per-date", "swiss-standard"],
          note="15 November is a Sunday: taken as written"),
    Reply("Y4422", at(21, "16:30", AT), """Servus,

die 915 Euro für die 94434 überweisen wir Ende Oktober, die große Rechnung nach dem Allerheiligen-Wochenende, wahrscheinlich Dienstag.

Gruß, Franz (Lagerleitung)""", "promise_to_pay", date="2026-10-31", amount="915.00", inv=["94434"], sender="f.lagerleitung@lgh-mostviertel.example", partial=False,
          fam=["ende-oktober", "allerheiligen", "unknown-sender", "two-dates-earliest"]),
]
