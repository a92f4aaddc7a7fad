"""German replies: Vergangenheit gegen Zukunft ("haben überwiesen" / "werden überweisen", "ist raus" / "geht raus"),
Zahlungsavis, Teilzahlung mit Restzusage, Kopie gegen neue Bestellnummer, Ratenwunsch, Reklamation, Fragen."""

from evals.field10.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("DE")
P, R = k.paid, k.r

# already_paid
P("Q1020", 24, "Guten Tag,\n\nwir haben beide Rechnungen gestern überwiesen.\n\nMit freundlichen Grüßen\nKarin Becker", paid_on=23, sender=1, fam=["paid-vs-promise", "past-tense", "gestern"])
P("Q1020", 26, "Die Zahlung ist heute früh raus, Verwendungszweck SB-10201-02.", ref="SB-10201-02", fam=["paid-vs-promise", "ist-raus", "terse"])
P("Q1021", 25, "Sehr geehrte Damen und Herren,\n\nanbei das Zahlungsavis zu RE 10211. Die Überweisung wurde am 20.11. ausgeführt.\n\nFreundliche Grüße\nRechnungswesen\nKletterhalle Bergwerk GmbH\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
  ref="KB-AV-7734", inv=["10211"], paid_on=20, attachments=[("Zahlungsavis_KB-AV-7734.pdf", "application/pdf", "ZAHLUNGSAVIS\nReferenz: KB-AV-7734\nValuta 20.11.2026\nRE 2026-10211   4.120,00 EUR\nSumme 4.120,00 EUR")], fam=["paid-vs-promise", "remittance", "formal-ap", "disclaimer"])
P("Q1021", 27, "Servus, ist am Mittwoch überwiesen worden, sollte schon bei Ihnen sein. Gruber", paid_on=25, sender=1, fam=["paid-vs-promise", "passive-past", "at"])
P("Q1020", 23, "Hallo, die Überweisung habe ich am Freitag angestoßen, wird wohl heute gutgeschrieben. Gruß K. Becker", paid_on=20, sender=1, fam=["paid-vs-promise", "initiated-past"])
P("Q1022", 24, "Grüezi, die Rate für November haben wir am 20.11. bezahlt, Referenz OV-RATE-11.", ref="OV-RATE-11", paid_on=20, bank_amount="2550.00", human=["amount differs from the open balance"], sender=1, fam=["paid-vs-promise", "instalment-paid", "ch"])
P("Q1021", 23, "<p>Guten Morgen,</p>\n<p>Betrag wurde letzte Woche bezahlt (Valuta 17.11.). Bitte Zahlungseingang prüfen.</p>\n<p>F. Gruber</p>", paid_on=17, html=True, sender=1, fam=["paid-vs-promise", "html-outlook", "valuta"])
R("Q1020", 25, "Wir haben heute 1.000 € überwiesen, den Rest von 1.900 € überweisen wir am 10.12.", "already_paid", sec=["promise_to_pay"], date="2026-12-10", amount="1900.00", human=["amount differs from the open balance"], fam=["partial-paid-rest-promised", "dotted-date"])
k.bank("Q1020", 25, "1000.00", "SCHILDERWERK BECKER TEILZAHLUNG")
# promise_to_pay
R("Q1020", 24, "Wir werden die Rechnungen am Freitag überweisen.", "promise_to_pay", date=nxt(24, "fri"), fam=["paid-vs-promise", "future-tense"])
R("Q1020", 27, "Geht Montag raus, versprochen. KB", "promise_to_pay", date=nxt(27, "mon"), sender=1, fam=["paid-vs-promise", "geht-raus", "terse"])
R("Q1021", 24, "Die Zahlung ist für den Zahllauf am 2.12. eingeplant.", "promise_to_pay", date="2026-12-02", fam=["paid-vs-promise", "payment-run", "dotted-date"])
R("Q1021", 26, "Die Überweisung wird nächste Woche Mittwoch ausgeführt.", "promise_to_pay", date=nwk(26, "wed"), sender=1, fam=["paid-vs-promise", "next-week-weekday"])
R("Q1020", 26, "Zahlung erfolgt bis Monatsende, wir warten noch auf einen Kundeneingang.", "promise_to_pay", date=EOM, fam=["paid-vs-promise", "month-end"])
R("Q1021", 23, "Hallo, wir zahlen 2.000 € diese Woche Freitag, den Rest Mitte Dezember.", "promise_to_pay", date=nxt(23, "fri"), amount="2000.00", sender=1, fam=["partial", "paid-vs-promise"])
R("Q1020", 23, "Ich überweise morgen, bin gerade unterwegs. Gruß Karin Becker", "promise_to_pay", date=plus(23, 1), sender=1, fam=["paid-vs-promise", "present-for-future", "mobile"])
# dispute
R("Q1020", 25, "Die Rechnung 10201 ist falsch: vereinbart waren 2.100 € netto. Bitte korrigieren Sie die Rechnung.", "dispute", inv=["10201"], fam=["dispute-vs-resend", "price"])
R("Q1021", 24, "Zwei der gelieferten Griffe waren beschädigt. Sobald die Gutschrift da ist, zahlen wir.", "dispute", sender=1, fam=["dispute-vs-promise", "credit-pending", "damaged"])
R("Q1022", 26, "Die Rechnung 10221 enthält Mehrwertsteuer, obwohl wir als Schweizer Kunde nicht steuerpflichtig sind (Reverse Charge). Bitte ohne MwSt. neu ausstellen.", "dispute", inv=["10221"], fam=["dispute-vs-po", "vat"])
R("Q1020", 27, "Den unstrittigen Teil (540 € für 10202) zahlen wir am Montag; 10201 prüfen wir noch, da die Montage nicht abgeschlossen ist.", "dispute", sec=["promise_to_pay"], date=nxt(27, "mon"), amount="540.00", inv=["10202", "10201"], fam=["dispute-vs-promise", "undisputed-part"])
R("Q1021", 27, "Die Mahngebühr akzeptieren wir nicht, wir hatten Zahlungsziel 60 Tage vereinbart.", "dispute", fam=["dispute", "fees", "terms"])
# invoice_resend
R("Q1020", 26, "Bitte schicken Sie uns die Rechnung 10202 noch einmal, die ist bei uns nie angekommen.", "invoice_resend", inv=["10202"], fam=["resend-vs-po", "never-received"])
R("Q1021", 25, "Können Sie mir einen Kontoauszug schicken? Ich blicke bei den offenen Posten nicht mehr durch.", "invoice_resend", sender=1, fam=["resend", "statement"])
R("Q1022", 23, "Bitte Rechnungskopie als PDF, danke.", "invoice_resend", fam=["resend", "terse"])
# po_change
R("Q1021", 26, "Auf der Rechnung fehlt unsere Bestellnummer KB-2026-51. Bitte neu ausstellen, sonst kann die Buchhaltung nicht zahlen.", "po_change", fam=["resend-vs-po", "missing-po"])
R("Q1020", 24, "Bitte senden Sie uns eine Kopie mit unserer neuen Bestellnummer 7781-B, die alte ist abgelaufen.", "po_change", sender=1, fam=["resend-vs-po", "new-po"])
R("Q1022", 25, "Ab 1.12. nur noch Rechnungen als XRechnung an rechnungseingang@orgelbau-vogt.example. Bitte die offene Rechnung so nochmals einreichen.", "po_change", fam=["po", "e-invoicing"])
# payment_plan_request
R("Q1020", 27, "Könnten wir den Betrag in drei Raten begleichen? Erste Rate am 15.12.", "payment_plan_request", date="2026-12-15", fam=["plan", "split-in-three"])
R("Q1021", 25, "Wäre eine Ratenzahlung möglich, z. B. 4 x 1.030 €?", "payment_plan_request", amount="1030.00", sender=1, fam=["plan", "question"])
R("Q1022", 27, "Wir bräuchten die bestehende Ratenvereinbarung um zwei Monate verlängert. Geht das?", "payment_plan_request", sender=1, fam=["plan", "extend-existing"])
# other
R("Q1020", 27, "Wir haben ein Schreiben bekommen, dass sich Ihre Bankverbindung geändert hat. Stimmt das? Bevor wir zahlen, bitte telefonisch bestätigen.", "other", human=["bank-detail question"], fam=["other-vs-promise", "fraud-check", "bank-details"])
R("Q1021", 24, "Danke, habe ich an die Buchhaltung weitergeleitet.", "other", sender=1, fam=["other", "no-action", "forwarded-to-ap"])
R("Q1022", 24, "Warum bekommen wir Mahnungen? Wir haben doch eine Ratenvereinbarung.", "other", human=["question"], sender=1, fam=["other-vs-dispute", "on-a-plan"])
R("Q1020", 24, "Wofür ist die Position 'Servicepauschale' auf 10201? Bitte kurz erläutern.", "other", inv=["10201"], human=["question about a charge"], fam=["other-vs-dispute", "charge-question"])
# out_of_office, wrong_contact, bounce
R("Q1021", 24, "Ich bin bis 1. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an rechnungswesen@kletterhalle-bergwerk.example.", "out_of_office", sender=1, headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Kletterhalle Bergwerk GmbH", fam=["ooo", "return-date"])
R("Q1020", 25, "Frau Becker ist nicht mehr für die Buchhaltung zuständig. Bitte schreiben Sie an buchhaltung@schilder-becker.example.", "wrong_contact", fam=["wrong-contact", "not-my-department"])
R("Q1022", 25, "Dies ist eine automatisch erstellte Benachrichtigung.\n\nIhre Nachricht konnte nicht zugestellt werden an:\nr.vogt@orgelbau-vogt.example\nGrund: Postfach existiert nicht (550 5.1.1).", "bounce", sender="postmaster@orgelbau-vogt.example", dsn=("r.vogt@orgelbau-vogt.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung", fam=["bounce"])
REPLIES = k.replies
PAYMENTS = k.payments
