"""Dutch replies (field27): a Volendam eel smokehouse and an Antwerp diamond-tool maker (strategic)."""

from evals.field.build import Payment, Reply
from evals.field27.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK27-050", "W2751", "2026-11-20", "3840.00", "EUR", "PALINGROKERIJ TUIJP TUIJP 92751"),
    P("BK27-051", "W2752", "2026-11-23", "16850.00", "EUR", "DIAMANTGEREEDSCHAP VAN ROEY +++092/7530/55211+++"),
]

REPLIES = [
    # --- Palingrokerij Tuijp (NL)
    R("W2751", at(23, "08:00", CET), "Betaling do.", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse-mobile"]),
    R("W2751", at(24, "10:10", CET), "We maken het over op 1-12.", "promise_to_pay", date="2026-12-01", fam=["locale-numeric-dayfirst"]),
    R("W2751", at(25, "14:30", CET), "De betaling schuift op naar vrijdag 4 december, onze bank heeft een storing.", "promise_to_pay", date="2026-12-04", fam=["moved-date", "weekday-date"]),
    R("W2751", at(26, "09:00", CET), "Betaling volgt binnen 10 dagen.", "promise_to_pay", date="2026-12-06", fam=["relative-span"], sender=0),
    R("W2751", at(27, "13:15", CET), "We betalen na Sinterklaas, op maandag de 7e.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-ordinal"]),
    R("W2751", at(23, "16:00", CET), "Zodra de visafslag ons uitbetaalt krijgt u uw geld.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2751", at(24, "19:45", CET), "92752 morgen, 92751 eind december.", "promise_to_pay", date="2026-11-25", inv=["92752", "92751"], fam=["two-dates", "terse-mobile", "tomorrow"]),
    R("W2751", at(26, "12:20", CET), "Wij betalen in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("W2751", at(27, "17:00", CET), "Betaling volgende week woensdag.", "promise_to_pay", date="2026-12-02", fam=["next-week-weekday"]),
    R("W2751", at(25, "07:30", CET), "Overmorgen betalen we.", "promise_to_pay", date="2026-11-27", fam=["day-after-tomorrow", "terse-mobile"]),
    # --- Diamantgereedschap Van Roey (BE, strategic)
    R("W2752", at(23, "11:30", CET), "Geachte,\n\nFactuur 92753 wordt na de raad van bestuur van 3 december betaald, met valutadatum 8 december.\n\nMet vriendelijke groeten,\nSofie Van Roey", "promise_to_pay", date="2026-12-08", inv=["92753"], fam=["meeting-before-payment", "value-date", "flemish"]),
    R("W2752", at(24, "09:20", CET), "Betaling op 30/11 met gestructureerde mededeling +++927/5300/12345+++.", "promise_to_pay", date="2026-11-30", ref="+++927/5300/12345+++", fam=["structured-communication", "locale-numeric-dayfirst"], sender=0),
    R("W2752", at(25, "15:00", CET), "We betalen 5.000 euro vrijdag, het saldo begin januari.", "promise_to_pay", date="2026-11-27", amount="5000.00", fam=["partial-amount", "two-dates"]),
    R("W2752", at(26, "10:45", CET), "Betaling eind volgende maand.", "promise_to_pay", date="2026-12-31", fam=["month-end"], sender=0),
    R("W2752", at(27, "08:30", CET), "Beste,\n\nBeide facturen staan in de betaalrun van dinsdag 15 december.\n\nMet vriendelijke groeten,\nSofie Van Roey\nFinancieel directeur", "promise_to_pay", date="2026-12-15", html=True, fam=["html-outlook", "payment-cycle", "weekday-date"]),
    R("W2752", at(23, "14:00", CET), "Wij betalen vrijdag over een week.", "promise_to_pay", date="2026-12-04", fam=["weekday-week", "flemish"]),
    R("W2752", at(24, "16:30", CET), "Zodra onze klant in Dubai de levering heeft aanvaard, betalen wij.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2752", at(26, "18:15", CET), "Betaling voor Kerstmis.", "promise_to_pay", date="2026-12-24", fam=["holiday", "terse-mobile"]),
    # --- other intents
    R("W2751", at(23, "10:30", CET), "Betaald op 20 november, kenmerk TUIJP 92751.", "already_paid", ref="TUIJP 92751", inv=["92751"], fam=["reference"], sender=0, note="matches BK27-050"),
    R("W2752", at(24, "11:00", CET), "Beide facturen betaald op 23/11 met gestructureerde mededeling +++092/7530/55211+++.", "already_paid", ref="+++092/7530/55211+++", fam=["structured-communication", "flemish"], sender=0, note="matches BK27-051"),
    R("W2751", at(25, "20:00", CET), "Die 590 heb ik gisteren al overgemaakt hoor.", "already_paid", human=["no matching payment"], fam=["terse-mobile", "no-currency"]),
    R("W2751", at(24, "13:40", CET), "Factuur 92751 klopt niet, er staan 40 kratten op maar we kregen er 32.", "dispute", inv=["92751"], fam=["short-delivery"]),
    R("W2752", at(25, "10:15", CET), "Op factuur 92754 staat de verkeerde korting: 10 % in plaats van de afgesproken 15 %.", "dispute", inv=["92754"], fam=["discount", "flemish"], sender=0),
    R("W2751", at(26, "15:30", CET), "Kunt u de facturen nogmaals sturen? Ik heb ze nooit ontvangen.", "invoice_resend", fam=["never-received"]),
    R("W2752", at(27, "11:00", CET), "Graag een rekeninguittreksel van onze klantenrekening.", "invoice_resend", fam=["statement", "flemish"], sender=0),
    R("W2751", at(27, "09:45", CET), "Wilt u de facturen voortaan naar facturen@paling-tuijp.example sturen?", "po_change", fam=["send-future-invoices"]),
    R("W2752", at(23, "09:50", CET), "Gelieve ons PO-nummer VR-PO-5560 te vermelden op factuur 92754; zonder PO wordt ze geweigerd.", "po_change", inv=["92754"], fam=["po-number", "flemish"], sender=0),
    R("W2751", at(25, "11:20", CET), "Kunnen we het in 3 termijnen betalen? De eerste op 15 december.", "payment_plan_request", date="2026-12-15", fam=["plan-instalments"]),
    R("W2752", at(26, "13:50", CET), "Is een afbetalingsregeling over vier maanden bespreekbaar?", "payment_plan_request", fam=["plan-undated", "flemish"]),
    R("W2751", at(24, "09:06", CET), "Bedankt voor uw bericht. Ik ben afwezig tot en met 1 december en lees mijn mail niet.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Palingrokerij Tuijp & Zn", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("W2752", at(26, "09:06", CET), "Ik ben met zwangerschapsverlof tot 1 april 2027. Voor dringende zaken: boekhouding@vanroey-diamond.example.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Diamantgereedschap Van Roey nv", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "flemish"]),
    R("W2751", at(27, "09:07", CET), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd bij:\n\ng.tuijp@paling-tuijp.example\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.paling-tuijp.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Palingrokerij Tuijp & Zn", dsn=("g.tuijp@paling-tuijp.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("W2752", at(25, "09:07", CET), "Bezorging is mislukt voor deze ontvangers of groepen:\n\nboekhouding@vanroey-diamond.example\nDe postvak van de ontvanger is vol.\n\nDiagnostische gegevens voor beheerders:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@vanroey-diamond.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Diamantgereedschap Van Roey nv", dsn=("boekhouding@vanroey-diamond.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-nl", "dsn-mailbox-full"]),
    R("W2751", at(26, "10:40", CET), "Gerrit is met pensioen. Stuur het voortaan naar zijn zoon Kees, kees@paling-tuijp.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("W2752", at(27, "14:20", CET), "Ik werk niet meer op de boekhouding. Contacteer voortaan Jens Peeters, j.peeters@vanroey-diamond.example.", "wrong_contact", fam=["new-contact", "flemish"]),
    R("W2751", at(23, "12:10", CET), "Bedankt, ontvangen.", "other", fam=["no-action", "ack"]),
    R("W2752", at(25, "16:40", CET), "Wij ontvingen gisteren een mail met een nieuw rekeningnummer van Northwind in Litouwen. Klopt dat? We betalen niets tot u het bevestigt.", "other", human=["fraud check"], fam=["fraud-alert", "flemish"]),
]
