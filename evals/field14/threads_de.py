"""German replies (DE, AT): Bestellnummer, neue Rechnungsadresse, USt-IdNr., neuer Firmenwortlaut; höfliche
Reklamationen (Menge laut Lieferschein, angebotener Preis, doppelt verrechnet), Anwaltsschreiben, Sanierungsverfahren;
Ratenwunsch gegen Teilzahlung und Rate einer bestehenden Vereinbarung; Ansprechpartner weg, Übernahme."""

from evals.field14.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("DE")
P, R = k.paid, k.r

# po_change
R("T1421", 23, "Guten Tag,\n\nbitte ergänzen Sie auf der Rechnung 14211 unsere Bestellnummer 4500-88127, sonst kann unsere Buchhaltung sie nicht freigeben.\n\nDanke und Gruß\nJulia Hofmann", "po_change", inv=["14211"], fam=["po-change", "add-po", "polite"])
R("T1421", 25, "Hallo, wir haben eine neue Rechnungsanschrift: Bäckerei Hofmann GmbH & Co. KG, Am Mühlbach 7, 93047 Regensburg. Bitte stellen Sie die 14212 neu aus.", "po_change", inv=["14212"], sender=0, fam=["po-change", "billing-address"])
R("T1422", 24, "Grüß Gott, die Bestellung KB-7720 ist bei uns abgeschlossen. Bitte schreiben Sie die Rechnung 14221 auf die neue Bestellnummer KB-7795 um. Lg M. Brandl", "po_change", inv=["14221"], fam=["po-change", "closed-po", "de-AT", "flag-legal"])
R("T1421", 26, "Auf Ihrer Rechnung fehlt unsere USt-IdNr. (DE318664902). Ohne die dürfen wir keine Vorsteuer ziehen - bitte korrigiert nochmal schicken.", "po_change", fam=["po-change", "vat-number", "copy-with-correction"])
R("T1422", 26, "Servus, wir sind seit 1.11. eine GmbH & Co KG (Kälte-Klima Brandl GmbH & Co KG, FN 512334k). Bitte die Rechnung auf den neuen Firmenwortlaut ausstellen, sonst kann sie die Buchhaltung nicht verbuchen.", "po_change", fam=["po-change", "new-entity", "de-AT", "flag-legal"])

# dispute
R("T1421", 24, "Guten Tag, die Menge auf 14211 stimmt leider nicht mit unserem Lieferschein überein: geliefert wurden 40 Sack Roggenmehl, berechnet sind 48. Könnten Sie das bitte prüfen?\n\nViele Grüße\nJ. Hofmann", "dispute", inv=["14211"], fam=["dispute", "quantity", "delivery-note", "polite"])
R("T1421", 27, "Uns wurde ein Preis von 1,85 €/kg angeboten, auf der Rechnung stehen 2,10 €/kg. Wir bitten um Korrektur.", "dispute", sender=0, fam=["dispute", "quoted-rate", "polite"])
R("T1422", 25, "Sehr geehrte Damen und Herren,\n\nnamens und im Auftrag unserer Mandantin, der Kälte-Klima Brandl GmbH, bestreiten wir die Forderung aus Rechnung 14221 dem Grunde und der Höhe nach. Die Kälteanlage wurde bis heute nicht abgenommen. Weitere Korrespondenz richten Sie bitte ausschließlich an unsere Kanzlei.\n\nMag. Eva Steiner\nRechtsanwältin", "dispute", inv=["14221"], sender="e.steiner@steiner-recht.example", fam=["dispute", "legal-letter", "not-accepted", "unknown-sender", "flag-legal"])
R("T1422", 27, "Die Wartung im Oktober wurde doppelt verrechnet - einmal auf 14221 und einmal auf der Septemberrechnung, die wir längst bezahlt haben. Bitte um Gutschrift.", "dispute", inv=["14221"], fam=["dispute", "duplicate", "de-AT", "flag-legal"])
R("T1421", 26, "Die Anfahrt war laut Ihrem Monteur inklusive. Bitte stornieren Sie die 14212 oder schicken Sie uns eine Gutschrift.", "dispute", inv=["14212"], fam=["dispute", "fees", "promised-by-technician"])

# other
R("T1421", 23, "Danke, ist angekommen.", "other", sender=0, fam=["other", "no-action", "acknowledgement"])
R("T1421", 24, "Ist diese Mahnung echt? Wir haben letzte Woche eine gefälschte Rechnung mit Ihrem Logo und einer anderen IBAN bekommen. Bitte rufen Sie uns kurz an, bevor wir etwas überweisen.", "other", human=["fraud check"], fam=["other", "fraud-check", "vs-promise"])
R("T1422", 23, "Für die Aufnahme in unser neues Lieferantensystem brauchen wir noch Ihr ausgefülltes Lieferantenstammblatt und eine aktuelle UID-Bestätigung.", "other", sender=0, human=["supplier onboarding"], fam=["other", "onboarding", "de-AT", "flag-legal"])
R("T1421", 26, "Vielen Dank für den Hinweis! Kann man bei Ihnen eigentlich per Lastschrift zahlen? Dann passiert uns das nicht mehr.", "other", human=["payment-method question"], fam=["other", "thank-you-that-asks", "payment-method"])
R("T1422", 26, "Sehr geehrte Damen und Herren,\n\nüber das Vermögen der Kälte-Klima Brandl GmbH wurde mit Beschluss des Landesgerichts Salzburg vom 20.11.2026 das Sanierungsverfahren ohne Eigenverwaltung eröffnet. Forderungen sind beim Sanierungsverwalter Dr. Alois Huber anzumelden.\n\nMit freundlichen Grüßen\nKälte-Klima Brandl GmbH", "other", sender=0, human=["insolvency"], fam=["other", "insolvency", "de-AT", "flag-legal"])

# invoice_resend
R("T1421", 24, "Hallo, könnten Sie mir die 14212 nochmal schicken? Die ist bei uns nie angekommen.", "invoice_resend", inv=["14212"], sender=0, fam=["resend", "not-received", "vs-dispute"])
R("T1422", 24, "Bitte um Übermittlung einer aktuellen Offene-Posten-Liste für unser Konto.", "invoice_resend", sender=0, fam=["resend", "statement", "flag-legal"])
R("T1421", 27, "Schicken Sie uns bitte eine Kopie der Rechnung 14211, unverändert - unser Steuerberater braucht sie für den Abschluss.", "invoice_resend", inv=["14211"], fam=["resend", "copy-no-change", "vs-po-change"])
R("T1422", 26, "Das PDF im Anhang lässt sich nicht öffnen. Bitte nochmals senden, danke.", "invoice_resend", sender=0, fam=["resend", "corrupt-attachment", "flag-legal"])

# wrong_contact
R("T1421", 25, "Frau Hofmann ist seit Oktober nicht mehr bei uns. Zuständig für die Buchhaltung ist jetzt Herr Keller, k.keller@baeckerei-hofmann.example.", "wrong_contact", sender=0, fam=["wrong-contact", "left-company", "new-contact-named"])
R("T1422", 25, "Ich bin im Kundendienst und für Zahlungen nicht zuständig. Bitte wenden Sie sich an unsere Buchhaltung.", "wrong_contact", sender="kundendienst@kaelte-brandl.example", fam=["wrong-contact", "not-my-department", "unknown-sender", "flag-legal"])
R("T1421", 26, "Die Bäckerei wurde zum 1.11. von der Backhaus Lindner GmbH übernommen. Bitte richten Sie Ihre Mahnungen künftig an deren Kreditorenbuchhaltung (kreditoren@backhaus-lindner.example), ich bin dafür nicht mehr zuständig.", "wrong_contact", fam=["wrong-contact", "acquisition", "vs-po-change"])
R("T1422", 27, "Dieses Postfach wird nicht mehr betreut. Bitte schreiben Sie an buchhaltung@kaelte-brandl.example.\n\n(automatische Antwort)", "wrong_contact", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung", quote="none", fam=["wrong-contact", "mailbox-not-monitored", "automated", "flag-legal"])

# payment_plan_request
R("T1421", 23, "Wäre es möglich, die 2.960 € in drei Monatsraten zu zahlen? Das Weihnachtsgeschäft kommt erst noch.", "payment_plan_request", inv=["14211"], fam=["plan", "instalments", "undated"])
R("T1421", 25, "Können wir ab 15.12. monatlich 500 € zahlen, bis alles beglichen ist?", "payment_plan_request", date="2026-12-15", amount="500.00", fam=["plan", "monthly", "dotted-date"])
R("T1422", 23, "Wir ersuchen höflich um Stundung bis Ende Jänner.", "payment_plan_request", date="2027-01-31", fam=["plan", "deferral", "de-AT", "flag-legal"])
R("T1421", 27, "Die laufende Ratenvereinbarung würden wir gern von drei auf sechs Raten strecken - geht das?", "payment_plan_request", fam=["plan", "extend-existing", "vs-instalment"])

# promise_to_pay
R("T1421", 24, "Wir überweisen am Freitag. Gruß J. Hofmann", "promise_to_pay", date=nxt(24, "fri"), fam=["promise", "weekday", "terse"])
R("T1421", 25, "Die Hälfte diese Woche, den Rest Mitte Dezember.", "promise_to_pay", date=nxt(25, "fri"), human=["partial"], sender=0, fam=["promise", "half", "eow"], note="half by the end of this week (Friday)")
R("T1422", 24, "Die 3. Rate laut Vereinbarung (1.460 €) geht am 1.12. raus.", "promise_to_pay", date="2026-12-01", amount="1460.00", fam=["promise", "instalment-existing-plan", "dotted-date", "flag-legal"])
R("T1421", 26, "Wir zahlen zweitausend heute, den Rest nach Weihnachten.", "promise_to_pay", date=on(26), amount="2000.00", fam=["promise", "partial", "figure-in-words"])

# already_paid
P("T1421", 23, "Wurde am 20.11. überwiesen, Verwendungszweck RE 14211 14212.", paid_on=20, fam=["paid", "dotted-date", "past-tense"])
P("T1421", 25, "Bezahlt am 19.11. abzüglich 2 % Skonto.", inv=["14211"], paid_on=19, bank_amount="2900.80", bank_ref="BAECKEREI HOFMANN RE 14211 ABZGL SKONTO", human=["amount differs from the open balance"], sender=0, fam=["paid", "skonto", "short"])
R("T1422", 25, "Die Zahlung ist bereits am 18.11. erfolgt. Bitte prüfen Sie Ihren Zahlungseingang.", "already_paid", human=["no matching payment"], fam=["paid", "no-bank-line", "flag-legal"])
R("T1421", 27, "Haben gestern 1.000 überwiesen, der Rest folgt, sobald unser Kunde zahlt.", "already_paid", sec=["promise_to_pay"], human=["amount differs from the open balance", "conditional"], fam=["paid", "part-paid", "figure-no-currency", "rest-conditional"])
k.bank("T1421", 26, "1000.00", "BAECKEREI HOFMANN TEILZAHLUNG")

# out_of_office
R("T1421", 24, "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und lese meine E-Mails nur unregelmäßig.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung", quote="none", hm="09:06", fam=["ooo", "auto", "within-14"])
R("T1422", 24, "Ich bin bis 11. Jänner 2027 auf Urlaub. In dringenden Fällen wenden Sie sich bitte an office@kaelte-brandl.example.", "out_of_office", headers=AUTO, subject="Abwesend: Zahlungserinnerung", quote="none", hm="09:07", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "de-AT", "flag-legal"])

# bounce
R("T1421", 25, "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx.baeckerei-hofmann.example.\n\nIhre Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n<j.hofmann@baeckerei-hofmann.example>: 550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@mx.baeckerei-hofmann.example", subject="Unzustellbar: Zahlungserinnerung – Bäckerei Hofmann GmbH & Co. KG", dsn=("j.hofmann@baeckerei-hofmann.example", "5.1.1"), hm="09:06", lang="de", fam=["bounce", "de-dsn", "unknown-user"])
R("T1422", 26, "Die Nachricht konnte nicht an folgende Empfänger oder Gruppen zugestellt werden:\n\nm.brandl@kaelte-brandl.example\nDas Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.\n\nDiagnoseinformationen für Administratoren:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@kaelte-brandl.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("m.brandl@kaelte-brandl.example", "5.2.2"), hm="09:06", lang="de", fam=["bounce", "de-dsn", "exchange", "mailbox-full", "flag-legal"])

REPLIES = k.replies
PAYMENTS = k.payments
