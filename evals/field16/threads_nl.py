"""Dutch replies (field16): a Westland flower grower, a Ghent bicycle repairer on a plan (Flemish) and a Frisian sail
loft on a legal account."""

from evals.field.build import Payment, Reply
from evals.field16.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK16-050", "S1651", "2026-11-20", "5240.00", "EUR", "BLOEMENKWEKERIJ DE ZONNEHOEK BV FACTUUR 16511"),
    P("BK16-051", "S1652", "2026-11-16", "600.00", "EUR", "VAN DAMME K +++123/4567/89012+++"),
    P("BK16-052", "S1653", "2026-11-23", "4470.00", "EUR", "ZEILMAKERIJ HARLINGEN VOF"),
]

REPLIES = [
    # --- Bloemenkwekerij De Zonnehoek (NL)
    R("S1651", at(23, "07:55", CET), "Goedemorgen, we betalen do.\nGr Pieter", "promise_to_pay", date="2026-11-26", fam=["abbreviated-weekday", "terse"]),
    R("S1651", at(24, "11:05", CET), "Betaling volgt op 4-12, de levering van 2-12 staat daar los van.", "promise_to_pay", date="2026-12-04", fam=["dashed-date", "delivery-date-distractor"]),
    R("S1651", at(25, "16:45", CET), "Wij betalen in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S1651", at(26, "23:20", CET), "Sorry, laat. Morgenvroeg gaat de betaling eruit.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("S1651", at(27, "09:30", CET), "De betaling stond voor 30 november, is verschoven naar 8 december i.v.m. de jaarafsluiting van de veiling.", "promise_to_pay", date="2026-12-08", fam=["moved-date"], sender=0),
    R("S1651", at(23, "14:25", CET), "We maken € 460 vrijdag over, de rest eind december.", "promise_to_pay", date="2026-11-27", amount="460.00", fam=["partial-amount", "weekday"]),
    R("S1651", at(24, "20:10", CET), "Zodra de creditnota binnen is die uw vertegenwoordiger voor maandag heeft toegezegd, betalen we die vrijdag.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-with-date", "weekday-after-event"]),
    R("S1651", at(25, "10:35", CET), "Betaling binnen 10 dagen.", "promise_to_pay", date="2026-12-05", fam=["within-days", "terse"]),
    R("S1651", at(26, "08:05", CET), "We betalen de 15e.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "terse"]),
    R("S1651", at(25, "13:10", CET), "Overboeking staat gepland voor dinsdag over een week.", "promise_to_pay", date="2026-12-08", fam=["weekday-week"]),
    R("S1651", at(27, "17:25", CET), "Na Sinterklaas, maandag de 7e, gaat het geld de deur uit.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-ordinal"]),
    # --- Fietsenmakerij Van Damme (BE, payment plan)
    R("S1652", at(23, "10:20", CET), "Dag, de afbetaling van december betalen we op 10/12 zoals afgesproken.", "promise_to_pay", date="2026-12-10", human=["partial"], fam=["existing-plan", "dd-mm", "flemish"]),
    R("S1652", at(24, "13:55", CET), "We storten € 600 de eerste werkdag van december.", "promise_to_pay", date="2026-12-01", amount="600.00", fam=["first-working-day", "flemish"]),
    R("S1652", at(26, "17:00", CET), "De afbetaling van november komt maandag, sorry voor de vertraging.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["existing-plan", "weekday"]),
    R("S1652", at(27, "12:20", CET), "Betaling eind van de maand.", "promise_to_pay", date="2026-11-30", fam=["month-end", "terse"]),
    R("S1652", at(25, "21:05", CET), "Ge krijgt uw geld heus wel. Zoals elke maand. Den 5de.", "promise_to_pay", date="2026-12-05", human=["partial"], fam=["sarcasm", "ordinal-alone", "flemish", "existing-plan"]),
    R("S1652", at(24, "18:40", CET), "Volgende week vrijdag komt de rest van de afbetaling.", "promise_to_pay", date="2026-12-04", human=["partial"], fam=["next-weekday", "existing-plan"]),
    # --- Zeilmakerij Harlingen (NL, legal)
    R("S1653", at(23, "13:30", CET), "Geachte heer/mevrouw,\n\nNa overleg met onze advocaat zullen wij het bedrag van € 4.470,00 op 2 december voldoen.\n\nMet vriendelijke groet\nS. Dijkstra\nZeilmakerij Harlingen VOF", "promise_to_pay", date="2026-12-02", amount="4470.00", partial=False, html=True, fam=["outlook-html", "full-amount", "european-amount"]),
    R("S1653", at(25, "09:15", CET), "Betaling uiterlijk eind volgende week.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("S1653", at(26, "18:30", CET), "De vennoten vergaderen op 3 december en geven dan de betaling vrij; de dag erna gaat het geld eruit.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "day-after-event"], sender=0),
    R("S1653", at(27, "10:40", CET), "Wij betalen over twee weken.", "promise_to_pay", date="2026-12-11", fam=["in-two-weeks"]),
    R("S1653", at(24, "16:05", CET), "We betalen zodra de verzekering de stormschade heeft uitgekeerd.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    # --- the rest
    R("S1651", at(24, "09:20", CET), "Factuur 16511 is op 20 november betaald.", "already_paid", inv=["16511"], fam=["paid", "day-month"]),
    R("S1652", at(23, "12:40", CET), "De afbetaling is op 16/11 betaald met gestructureerde mededeling +++123/4567/89012+++.", "already_paid", ref="+++123/4567/89012+++", human=["amount differs"], fam=["structured-communication", "existing-plan"]),
    R("S1653", at(25, "14:20", CET), "Het volledige bedrag is maandag overgemaakt.", "already_paid", fam=["past-weekday", "paid"]),
    R("S1651", at(25, "11:50", CET), "Op factuur 16512 staan 200 trays berekend, we hebben er 150 ontvangen.", "dispute", inv=["16512"], fam=["short-delivery"]),
    R("S1652", at(26, "10:25", CET), "Waarom staan er nalatigheidsinteresten op ons afbetalingsplan? We betalen elke maand netjes.", "dispute", fam=["interest-on-plan", "flemish"]),
    R("S1653", at(23, "17:15", CET), "Zoals onze advocaat al schreef: het zeildoek had een weeffout. Wij betwisten factuur 16531 volledig.", "dispute", inv=["16531"], fam=["quality", "legal-account"]),
    R("S1651", at(27, "14:35", CET), "Kunt u factuur 16512 nogmaals sturen? Wij hebben hem nooit ontvangen.", "invoice_resend", inv=["16512"], fam=["never-received"]),
    R("S1652", at(24, "09:50", CET), "Mag ik een rekeninguittreksel met de al betaalde termijnen?", "invoice_resend", fam=["statement", "flemish"], sender=0),
    R("S1651", at(26, "10:55", CET), "Vanaf 1 januari graag alle facturen naar facturen@zonnehoek-bloemen.example; het administratie-adres vervalt.", "po_change", fam=["invoice-mailbox"]),
    R("S1653", at(25, "15:40", CET), "Wij zijn per 1 november een bv geworden: Zeilmakerij Harlingen B.V., KvK 91234567. Graag de factuur op die naam opnieuw uitschrijven.", "po_change", fam=["new-entity", "reissue"]),
    R("S1651", at(27, "16:55", CET), "Zou het mogelijk zijn om in drie termijnen te betalen, de eerste op 15 december?", "payment_plan_request", date="2026-12-15", fam=["three-instalments"]),
    R("S1653", at(24, "12:25", CET), "Wij stellen voor om in vier maandelijkse termijnen van € 1.117,50 te betalen.", "payment_plan_request", amount="1117.50", fam=["monthly-instalments", "european-amount"]),
    R("S1651", at(23, "07:05", CET), "Ik ben afwezig tot en met maandag 30 november. Voor dringende zaken: administratie@zonnehoek-bloemen.example.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Bloemenkwekerij De Zonnehoek BV", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1652", at(25, "07:25", CET), "De winkel is gesloten wegens jaarlijks verlof tot 4 januari. Vanaf dan staan we weer voor u klaar!", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "seasonal-closure"], sender=0),
    R("S1651", at(24, "09:06", CET), "Dit is een automatisch bericht.\n\nUw bericht kon niet worden afgeleverd bij:\n\np.vanderlinden@zonnehoek-bloemen.example\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.zonnehoek-bloemen.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("p.vanderlinden@zonnehoek-bloemen.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("S1653", at(26, "09:07", CET), "Bezorging aan deze ontvangers of groepen is mislukt:\n\nkantoor@zeilmakerij-harlingen.example\nHet postvak van de ontvanger is vol.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@zeilmakerij-harlingen.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Zeilmakerij Harlingen VOF", dsn=("kantoor@zeilmakerij-harlingen.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-nl", "mailbox-full"]),
    R("S1651", at(25, "14:45", CET), "Pieter van der Linden is met pensioen. Neemt u contact op met Femke Bos, f.bos@zonnehoek-bloemen.example.", "wrong_contact", fam=["retired", "new-contact"], sender=0),
    R("S1652", at(27, "11:40", CET), "Dit is het adres van de werkplaats, voor facturen moet ge bij Koen zijn: k.vandamme@fietsen-vandamme.example.", "wrong_contact", fam=["workshop", "shared-mailbox", "flemish"], sender="werkplaats@fietsen-vandamme.example"),
    R("S1651", at(26, "15:15", CET), "Is deze herinnering echt? We kregen vorige week een mail met een nieuw IBAN in Estland.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1652", at(26, "12:50", CET), "Merci, goed ontvangen.", "other", fam=["no-action", "ack", "flemish"]),
    R("S1653", at(27, "15:20", CET), "Alle verdere correspondentie graag via onze advocaat, mr. De Vries.", "other", human=["through counsel"], fam=["legal-counsel", "legal-account"]),
]
