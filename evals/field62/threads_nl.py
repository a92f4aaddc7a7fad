"""Dutch replies (field62): Veluwe summer camps, beach-bike hire in Zandvoort and a Leuven flag maker before the
Belgian national day (strategic) — zomervakantie, bouwvak, half-year close."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-060", "D6251", "2029-07-05", "4380.00", "EUR", "ZOMERKAMPEN DE VELUWE BV FACT 62511 62512"),
    P("BK62-061", "D6252", "2029-07-13", "395.00", "EUR", "STRANDFIETSEN ZANDVOORT 62522"),
    P("BK62-062", "D6253", "2029-07-26", "9850.00", "EUR", "VLAGGENATELIER LEUVEN +++625/3100/0118+++"),
]

REPLIES = [
    # --- Zomerkampen De Veluwe
    R("D6251", at(6, 25, "08:55", CEST), "Goedemorgen,\n\nDe eerste kampweek begint zaterdag. Wij betalen beide facturen op donderdag 5 juli.\n\nMet vriendelijke groet,\nJoost van der Berg", "promise_to_pay", date="2029-07-05", fam=["weekday-date", "summer-camp"]),
    R("D6251", at(7, 5, "16:20", CEST), "Beide facturen zijn vandaag voldaan, totaal € 4.380,00.", "already_paid", fam=["total-both"]),
    R("D6251", at(6, 21, "10:40", CEST), "Op 62511 staan 40 tenten, wij hebben er 36 ontvangen. Graag een creditnota voor het verschil.", "dispute", inv=["INV-2027-62511"], fam=["quantity-short"]),
    R("D6251", at(7, 9, "07:30", CEST), "Ik ben op kamp tot en met 27 juli en lees mijn mail niet. Voor dringende zaken: administratie@zomerkampen-veluwe.example.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "long-absence"]),
    R("D6251", at(6, 27, "13:00", CEST), "Kunt u factuur 62512 opnieuw sturen? Die is bij ons niet aangekomen.", "invoice_resend", inv=["INV-2027-62512"], fam=["never-received"], sender=0),
    R("D6251", at(7, 12, "11:25", CEST), "Vanaf 1 augustus graag alle facturen via Peppol of naar facturen@zomerkampen-veluwe.example, niet meer naar dit adres.", "po_change", sender=0, fam=["e-invoicing", "billing-mailbox-change"]),
    R("D6251", at(6, 29, "15:40", CEST), "Betaling volgt in week 27.", "promise_to_pay", date="2029-07-06", fam=["calendar-week", "terse"], sender=0),
    R("D6251", at(7, 18, "09:15", CEST), "Bedankt voor de herinnering, ik heb hem doorgezet naar Joost.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("D6251", at(7, 2, "14:30", CEST), "Is het mogelijk om 62511 in drie termijnen te betalen, juli, augustus en september? De aanmeldingen vielen tegen.", "payment_plan_request", inv=["INV-2027-62511"], fam=["plan-request"]),
    # --- Strandfietsen Zandvoort
    R("D6252", at(6, 22, "18:30", CEST), "hoi, druk druk met al die toeristen. betalen volgende week vrijdag", "promise_to_pay", date="2029-06-29", fam=["next-week-weekday", "lowercase", "terse"]),
    R("D6252", at(7, 13, "12:00", CEST), "62522 is betaald, kenmerk 62522.", "already_paid", ref="62522", inv=["INV-2027-62522"], fam=["reference"]),
    R("D6252", at(7, 3, "10:10", CEST), "De bakfietsen uit 62521 hadden allemaal een lekke achterband bij aflevering. Die reparatie trekken we eraf.", "dispute", inv=["INV-2027-62521"], fam=["damaged-goods", "deduction"]),
    R("D6252", at(7, 16, "09:20", CEST), "Sanne is er niet deze week, ik ben alleen de verhuurmedewerker. Mail haar volgende week maar.", "wrong_contact", sender="verhuur@strandfietsen-zandvoort.example", fam=["wrong-person", "seasonal-worker"]),
    R("D6252", at(6, 26, "20:10", CEST), "Kan ik de factuur ook met iDEAL of Tikkie betalen? Dat is makkelijker voor ons.", "other", human=["payment method question"], fam=["payment-method"]),
    R("D6252", at(7, 20, "13:35", CEST), "We betalen de 62521 min de reparatie, dus € 1.940, op maandag 23 juli.", "dispute", sec=["promise_to_pay"], date="2029-07-23", amount="1940.00", inv=["INV-2027-62521"], fam=["dispute-plus-promise", "weekday-date"]),
    R("D6252", at(7, 25, "11:50", CEST), "Kunt u voortaan op de factuur ons KvK-nummer 81234567 en btw-nummer vermelden? Anders keurt de accountant ze af.", "po_change", sender=0, fam=["registration-number"]),
    R("D6252", at(7, 10, "08:40", CEST), "Stuur ons aub een rekeningoverzicht, ik weet niet meer wat er openstaat.", "invoice_resend", fam=["statement-request"]),
    R("D6252", at(6, 28, "19:00", CEST), "Morgen betaald, beloofd.", "promise_to_pay", date="2029-06-29", fam=["tomorrow", "terse"]),
    # --- Vlaggenatelier Leuven (BE, strategic)
    R("D6253", at(6, 26, "09:00", CEST), "Goedemorgen,\n\nDe betaling van factuur 62531 (bestelbon VL-2029-118) is ingepland op 26/07, na de drukte rond 21 juli.\n\nMet vriendelijke groeten\nKoen Peeters\nZaakvoerder", "promise_to_pay", date="2029-07-26", html=True, inv=["INV-2027-62531"], fam=["numeric-day-first", "belgian-national-day", "outlook-html"]),
    R("D6253", at(7, 26, "10:30", CEST), "Betaling uitgevoerd vandaag, gestructureerde mededeling +++625/3100/0118+++.", "already_paid", ref="+++625/3100/0118+++", fam=["belgian-structured-ref"]),
    R("D6253", at(7, 19, "16:00", CEST), "Wegens de nationale feestdag is ons kantoor gesloten van zaterdag 21 tot en met maandag 23 juli. Wij antwoorden vanaf dinsdag 24 juli.", "out_of_office", headers=AUTO, sender=0, fam=["auto-reply", "belgian-national-day"]),
    R("D6253", at(7, 4, "11:15", CEST), "De driekleuren in maat 150x225 zijn niet volgens staal geleverd: het geel is te oranje. We betwisten de factuur tot de nalevering.", "dispute", fam=["quality", "strategic"]),
    R("D6253", at(7, 10, "14:45", CEST), "Mogen wij het bedrag in twee keer betalen, de helft eind juli en de rest eind augustus?", "payment_plan_request", date="2029-07-31", fam=["plan-two-halves"], sender=0),
    R("D6253", at(6, 22, "10:20", CEST), "Graag het bestelbonnummer VL-2029-118 vervangen door VL-2029-118B op de factuur, de bestelling werd aangepast.", "po_change", inv=["INV-2027-62531"], sender=0, fam=["po-replaced"]),
    # --- bounces in Dutch
    R("D6251", at(7, 2, "10:07", CEST), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd bij:\n\nj.vanderberg@zomerkampen-veluwe.example\nReden: 550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.zomerkampen-veluwe.example", gap_days=0, dsn=("j.vanderberg@zomerkampen-veluwe.example", "5.1.1"), subject="Onbestelbaar bericht", fam=["dsn-nl"]),
    R("D6252", at(7, 17, "10:08", CEST), "Bezorging is mislukt voor deze ontvangers of groepen:\n\ns.koster@strandfietsen-zandvoort.example\nHet postvak van de ontvanger is vol en kan momenteel geen berichten accepteren.", "bounce", sender="postmaster@strandfietsen-zandvoort.example", gap_days=0, dsn=("s.koster@strandfietsen-zandvoort.example", "5.2.2"), subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["dsn-exchange-nl", "mailbox-full"]),
    R("D6253", at(7, 23, "10:09", CEST), "Uw bericht werd geweigerd door de beveiligingsgateway van vlaggenatelier-leuven.example.\nOntvanger: k.peeters@vlaggenatelier-leuven.example\n554 5.7.1 Afzender niet toegestaan", "bounce", sender="mailbeveiliging@vlaggenatelier-leuven.example", gap_days=0, dsn=("k.peeters@vlaggenatelier-leuven.example", "5.7.1"), subject="Bericht geweigerd", fam=["dsn-gateway-nl", "strategic"]),
    # --- more
    R("D6251", at(7, 20, "10:05", CEST), "Na de laatste kampweek betalen we 62511, eind volgende week.", "promise_to_pay", date="2029-07-27", inv=["INV-2027-62511"], fam=["end-of-next-week"], sender=0),
    R("D6252", at(7, 4, "17:30", CEST), "De 395 euro gaat binnen 3 werkdagen de deur uit.", "promise_to_pay", date="2029-07-09", amount="395.00", inv=["INV-2027-62522"], partial=False, fam=["working-days", "whole-invoice-amount"]),
    R("D6253", at(7, 12, "09:50", CEST), "Koen is niet meer verantwoordelijk voor de boekhouding. Richt u voortaan tot boekhouding@vlaggenatelier-leuven.example.", "wrong_contact", sender=0, fam=["moved-role"]),
    R("D6251", at(7, 24, "12:30", CEST), "Wij betalen de 62511 zodra de creditnota voor de tenten binnen is.", "promise_to_pay", human=["conditional"], inv=["INV-2027-62511"], fam=["condition-no-date"], sender=0),
    R("D6252", at(7, 23, "09:10", CEST), "Eerlijk gezegd snap ik niet waarom jullie zo vaak mailen voor een paar honderd euro. Maar goed, donderdag staat het erop.", "promise_to_pay", date="2029-07-26", fam=["sarcasm", "weekday"]),
    R("D6253", at(7, 2, "15:20", CEST), "Kunt u bevestigen dat het rekeningnummer op uw herinnering klopt? Wij kregen vorige week een bericht over een nieuw IBAN.", "other", human=["fraud check"], fam=["fraud-check"], sender=0),
    R("D6251", at(6, 22, "16:00", CEST), "Wij betalen eind van de maand, na de halfjaarafsluiting.", "promise_to_pay", date="2029-06-30", fam=["end-of-month", "half-year-close"]),
]
