"""field59, German: Kamelle wholesalers before Rosenmontag, Arlberg ski hire, Fastnacht bakery suppliers, a
Chinese-German trading house in Hamburg, Engadin snow chains on a plan and a Rottweil mask carver on a legal account."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field59.kit import AUTO, CET, at

R = Reply

PAYMENTS: list[Payment] = [
    Payment("BK59-016", "A5933", "2029-02-06", "6010.00", "EUR", "MEENZER BAECKEREIBEDARF RE 59331 59332"),
    Payment("BK59-017", "A5934", "2029-01-30", "11190.00", "EUR", "HUA XIN HANDELS GMBH SAMMELZAHLUNG"),
    Payment("BK59-018", "A5931", "2029-02-15", "17640.00", "EUR", "KAMELLE RHEINLAND 59311"),
]

REPLIES: list[Reply] = [
    R("A5931", at("01-23", "09:12", CET), """Guten Morgen,

vor Rosenmontag geht bei uns nichts raus, die Lager sind leer und die Wagen beladen. Die Zahlung beider Rechnungen erfolgt am Aschermittwoch.

Jeck un fründlich
Heinz Schmitz""",
      "promise_to_pay", date="2029-02-14", sender=1, fam=["carnival", "ash-wednesday", "strategic"]),
    R("A5931", at("02-16", "10:40", CET), """Hallo,

die 59311 haben wir gestern überwiesen. Die 59312 folgt Ende nächster Woche, sobald die Vereine abgerechnet haben.

Buchhaltung""",
      "already_paid", sec=["promise_to_pay"], date="2029-02-23", inv=["INV-2027-59311", "INV-2027-59312"],
      fam=["paid-plus-promise", "end-of-next-week", "strategic"], note="BK59-018 matches 59311"),
    R("A5931", at("01-30", "15:05", CET), """Sehr geehrte Damen und Herren,

auf der 59312 fehlt unsere Bestellnummer KR-24-0950, stattdessen steht dort die alte KR-24-0912. Bitte korrigieren und neu senden.

Buchhaltung Kamelle-Großhandel Rheinland""",
      "po_change", inv=["INV-2027-59312"], fam=["po-correction", "strategic"]),
    R("A5931", at("02-12", "07:30", CET), """Rosenmontag – Büro geschlossen. Ab Mittwoch, 14.02., sind wir wieder erreichbar. Alaaf!""",
      "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz", fam=["rosenmontag", "strategic"]),
    R("A5931", at("02-06", "11:00", CET), """Moin, bin raus. Zuständig ist jetzt Frau Engels: m.engels@kamelle-rheinland.example. Gruß Schmitz""",
      "wrong_contact", sender=1, fam=["new-contact", "strategic", "terse"]),
    R("A5932", at("01-24", "18:20", CET), """Grüß Gott,

mitten in der Hochsaison kann ich nur einen Teil zahlen: 3.000 € überweise ich am Freitag, den Rest nach den Semesterferien.

Thomas Walch""",
      "promise_to_pay", date="2029-01-26", amount="3000.00", sender=1, fam=["partial", "weekday", "credit-hold", "ski-season"]),
    R("A5932", at("02-08", "19:45", CET), """Servus, wir haben 12 Paar Tourenski zurückgeschickt, die waren falsch gebunden. Die Gutschrift fehlt noch auf der Rechnung. Erst dann zahlen wir.
Walch""",
      "dispute", sender=1, fam=["returns", "credit-note", "credit-hold"]),
    R("A5932", at("02-13", "09:00", CET), """Sehr geehrte Damen und Herren,

wäre eine Ratenzahlung möglich? Vorschlag: 4 Raten zu je 1.315 €, erste Rate am 1. März.

Skiverleih Arlbergblick""",
      "payment_plan_request", date="2029-03-01", amount="1315.00", fam=["instalments", "first-dated", "credit-hold"]),
    R("A5932", at("01-29", "08:00", CET), """Diese Adresse wird nicht mehr gelesen. Bitte schreiben Sie an buero@skiverleih-arlbergblick.example.""",
      "wrong_contact", headers=AUTO, fam=["unmonitored-mailbox", "credit-hold"]),
    R("A5932", at("02-15", "17:10", CET), """Hallo, die Gutschrift ist da, danke. Zahlung kommt nächsten Dienstag. TW""",
      "promise_to_pay", date="2029-02-20", sender=1, fam=["next-weekday", "credit-hold", "terse"]),
    R("A5933", at("01-22", "10:30", CET), """Guten Tag,

die Kreppel-Saison hat begonnen, unsere Kunden zahlen erst nach Fastnacht. Wir begleichen beide Rechnungen in KW 8.

Mit freundlichen Grüßen
Karin Becker""",
      "promise_to_pay", date="2029-02-23", sender=1, fam=["calendar-week", "fastnacht"], note="KW 8 is 19-25 February 2029; its Friday"),
    R("A5933", at("02-07", "09:15", CET), """Hallo,

wir haben gestern 6.010,00 € überwiesen, Verwendungszweck „RE 59331 59332“.

Rechnungswesen""",
      "already_paid", fam=["matched", "amount-stated"]),
    R("A5933", at("01-26", "14:00", CET), """Guten Tag,

könnten Sie uns bitte eine aktuelle Saldenbestätigung zum 31.12.2028 schicken? Unser Wirtschaftsprüfer braucht sie.

Karin Becker""",
      "other", human=["balance confirmation for the auditor"], sender=1, fam=["audit-confirmation"]),
    R("A5933", at("02-09", "12:00", CET), """Ich bin bis einschließlich Aschermittwoch nicht im Haus (Fassenacht). Ab Donnerstag, 15.02., bin ich wieder da. In dringenden Fällen: rechnungswesen@meenzer-baeckereibedarf.example

Karin Becker""",
      "out_of_office", sender=1, headers=AUTO, fam=["fastnacht", "short-absence"]),
    R("A5933", at("01-31", "16:30", CET), """Hallo, Rechnung 59332 ist bei uns nie angekommen. Bitte nochmal schicken. Danke""",
      "invoice_resend", inv=["INV-2027-59332"], fam=["never-received", "terse"]),
    R("A5933", at("01-24", "11:20", CET), """Guten Tag,

die 59331 zahlen wir übermorgen. Die 59332 ist bei uns nie angekommen, bitte schicken Sie sie noch einmal.

Karin Becker""",
      "promise_to_pay", sec=["invoice_resend"], date="2029-01-26", inv=["INV-2027-59331", "INV-2027-59332"], sender=1,
      fam=["day-after-tomorrow", "never-received"], note="übermorgen = +2"),
    R("A5934", at("01-25", "13:00", CET), """Sehr geehrte Damen und Herren,

vor dem chinesischen Neujahr schließen wir unsere Bücher. Wir werden am 30.01.2029 beide Rechnungen bezahlen.

Mit freundlichen Grüßen
Lei Zhang
Prokurist

Hua Xin Handelsgesellschaft mbH · Sitz Hamburg · Amtsgericht Hamburg HRB 154321 · Geschäftsführerin: Yan Zhang
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
Mail ist nicht gestattet.""",
      "promise_to_pay", date="2029-01-30", sender=1, html=True, fam=["spring-festival", "numeric-day-first", "html", "disclaimer"]),
    R("A5934", at("01-31", "10:00", CET), """Guten Tag,

Zahlung ist gestern raus, 11.190,00 EUR als Sammelzahlung.

Buchhaltung Hua Xin""",
      "already_paid", fam=["matched", "collective-payment"]),
    R("A5934", at("02-13", "09:30", CET), """Sehr geehrte Damen und Herren,

zum Frühlingsfest bleibt unser Büro vom 12. bis 16. Februar geschlossen. Ab dem 19.02. sind wir wieder für Sie da.

Hua Xin Handelsgesellschaft mbH""",
      "out_of_office", headers=AUTO, fam=["spring-festival"]),
    R("A5934", at("01-22", "15:45", CET), """Hallo,

bitte ab sofort die Rechnungen an unsere neue Firmierung stellen: Hua Xin Trading GmbH (vormals Hua Xin Handelsgesellschaft mbH), gleiche Anschrift, neue USt-IdNr. DE341778902.

Lei Zhang""",
      "po_change", sender=1, fam=["legal-entity", "vat-number"]),
    R("A5934", at("02-05", "08:45", CET), """Hallo,

wir zahlen 5.000 € bis Freitag und den Rest spätestens am 28.2.

Zhang""",
      "promise_to_pay", date="2029-02-09", amount="5000.00", sender=1, fam=["partial", "weekday", "two-dates"]),
    R("A5934", at("01-29", "12:10", CET), """Sehr geehrte Damen und Herren,

in Rechnung 59342 wurden 20 Kartons Glückskekse berechnet, geliefert wurden 12. Bitte korrigieren.

Buchhaltung""",
      "dispute", inv=["INV-2027-59342"], fam=["short-delivery"]),
    R("A5935", at("01-23", "09:00", CET), """Grüezi

Die vereinbarte Januar-Rate von CHF 2'300.– überweisen wir am 31.1.

Freundliche Grüsse
Corina Caduff""",
      "promise_to_pay", date="2029-01-31", amount="2300.00", sender=1, fam=["plan-account", "instalment", "swiss-format"]),
    R("A5935", at("02-06", "10:30", CET), """Grüezi

Wegen des späten Schnees hat sich der Absatz verschoben. Können wir die Raten ab März auf CHF 1'500.– reduzieren und die Laufzeit verlängern?

Corina Caduff""",
      "payment_plan_request", amount="1500.00", sender=1, fam=["plan-account", "renegotiate", "swiss-format"]),
    R("A5935", at("02-14", "16:00", CET), """Grüezi, die Februar-Rate ist unterwegs, Valuta 14.2. Gruss CC""",
      "already_paid", human=["no matching payment"], sender=1, fam=["plan-account", "instalment-paid", "terse"]),
    R("A5935", at("01-29", "11:00", CET), """Zustellung an folgende Empfänger fehlgeschlagen:

kreditoren@schneeketten-engadin.example
Das Postfach ist voll.""",
      "bounce", sender="postmaster@schneeketten-engadin.example", dsn=("kreditoren@schneeketten-engadin.example", "5.2.2"),
      subject="Unzustellbar: Zahlungserinnerung – Schneeketten Engadin AG", lang="de", fam=["exchange-dsn-de", "plan-account"]),
    R("A5936", at("01-24", "14:00", CET), """Sehr geehrte Damen und Herren,

in dieser Angelegenheit vertritt uns Rechtsanwalt Dr. Frey, Rottweil. Bitte wenden Sie sich ausschließlich an die Kanzlei.

Anton Haller""",
      "other", human=["legal counsel involved"], sender=1, fam=["legal", "legal-account"]),
    R("A5936", at("02-14", "11:00", CET), """Hallo,

nach dem Narrensprung ist wieder Luft: Wir zahlen die 4.380 € am 22. Februar, so wie mit der Kanzlei besprochen.

Haller""",
      "promise_to_pay", date="2029-02-22", amount="4380.00", partial=False, sender=1, fam=["legal-account", "fasnet", "explicit-date"]),
    R("A5936", at("02-01", "09:40", CET), """Guten Tag, bitte senden Sie mir die Rechnung 59361 nochmals als PDF, meine Kanzlei benötigt eine Kopie. A. Haller""",
      "invoice_resend", inv=["INV-2027-59361"], sender=1, fam=["copy", "legal-account"]),
    R("A5931", at("02-02", "10:00", CET), """Hallo,

bitte ab sofort alle Rechnungen ausschließlich über unser Lieferantenportal einreichen, nicht mehr per Mail.

Buchhaltung""",
      "po_change", fam=["portal", "strategic"]),
    R("A5933", at("02-12", "10:05", CET), """Mahnung Nummer drei in zwei Wochen, und das am Rosenmontag. Respekt. Sie kriegen Ihr Geld am Freitag, wie jedes Jahr nach Fastnacht.

K. Becker""",
      "promise_to_pay", date="2029-02-16", sender=1, fam=["sarcasm", "weekday", "rosenmontag"]),
    R("A5934", at("02-15", "09:00", CET), """Guten Tag,

Ihre Mail an l.zhang@huaxin-handel.example konnte nicht zugestellt werden: Empfänger unbekannt (550 5.1.1).

Mail Delivery System""",
      "bounce", sender="mailer-daemon@huaxin-handel.example", dsn=("l.zhang@huaxin-handel.example", "5.1.1"), subject="Unzustellbare Nachricht",
      fam=["dsn-de"]),
    R("A5932", at("02-02", "08:30", CET), """Guten Tag,

am 26.01. sind wie angekündigt 3.000,00 € an Sie gegangen. Bitte buchen Sie das auf die Rechnung 59321.

Thomas Walch""",
      "already_paid", human=["no matching payment"], sender=1, fam=["partial-paid", "credit-hold"]),
    R("A5935", at("02-12", "09:00", CET), """Ich bin bis 2. März in den Skiferien und habe keinen Zugriff auf E-Mails. Bitte wenden Sie sich an kreditoren@schneeketten-engadin.example.""",
      "out_of_office", sender=1, headers=AUTO, human=["away more than 14 days"], fam=["ski-holiday", "long-absence", "plan-account"]),
    R("A5936", at("02-07", "13:00", CET), """Sehr geehrte Damen und Herren,

Rechnung 59361 enthält 12 Larven aus Lindenholz, geliefert wurden Larven aus Pappel. Das ist nicht, was bestellt war.

A. Haller""",
      "dispute", sender=1, fam=["wrong-goods", "legal-account"]),
    R("A5934", at("02-08", "14:30", CET), """Sehr geehrte Damen und Herren,

ist es möglich, per Kreditkarte zu zahlen? Bitte teilen Sie uns mit, ob dafür Gebühren anfallen.

Buchhaltung Hua Xin""",
      "other", human=["payment method question"], fam=["card-payment"]),
    R("A5933", at("02-15", "15:20", CET), """Hallo, Frau Becker ist ab sofort in Elternzeit. Ihre Vertretung ist Herr Jung, t.jung@meenzer-baeckereibedarf.example.""",
      "wrong_contact", fam=["parental-leave", "new-contact"]),
    R("A5932", at("01-30", "12:00", CET), """Hallo, zahlen innerhalb von 10 Tagen. Walch""",
      "promise_to_pay", date="2029-02-09", sender=1, fam=["terse", "relative-span", "credit-hold"]),
]
