"""Dutch replies: a Flemish bakery franchise, a Dutch dental chain (strategic) and an Utrecht event agency (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK43-051", "A4351", "2027-03-04", "4780.00", "EUR", "+++094/3510/00012+++ BAKKERIJ VAN DEN BROECK"),
    Payment("BK43-052", "A4353", "2027-03-03", "2960.00", "EUR", "EVENEMENTENBUREAU VONK BV"),
    Payment("BK43-053", "A4352", "2027-03-09", "7215.00", "EUR", "TANDARTSPRAKTIJKEN DE LINDE BV"),
]

REPLIES = [
    Reply("A4351", at(8, "08:40", CET), "Goeiemorgen,\n\nwe betalen tegen vrijdag.\n\nGroetjes,\nKoen", "promise_to_pay", "2027-03-12",
          fam=["tegen-weekday", "flemish", "franchise-retail"]),
    Reply("A4351", at(9, "10:25", CET), "Beste,\n\nbeide facturen worden betaald op 17/03 met de gestructureerde mededeling.\n\n"
          "Met vriendelijke groeten,\nBoekhouding Bakkerij Van den Broeck", "promise_to_pay", "2027-03-17", sender=0,
          fam=["locale-numeric-dayfirst", "flemish"]),
    Reply("A4351", at(10, "11:40", CET), "Bonjour, sorry voor de vertraging. We betalen de 640 euro morgen en de rest eind deze maand. "
          "Merci!\nKoen", "promise_to_pay", "2027-03-11", amount="640.00", partial=False,
          fam=["mixed-language", "flemish", "two-dates", "figure-names-invoice"]),
    Reply("A4351", at(11, "14:05", CET), "Betaling is voorzien binnen de 14 dagen.\n\nBoekhouding", "promise_to_pay", "2027-03-25", sender=0,
          fam=["relative-span", "flemish", "terse"]),
    Reply("A4351", at(12, "09:30", CET), "Koen hier. De betaling van 17/03 schuift op naar maandag 22/03, onze boekhouder is ziek.",
          "promise_to_pay", "2027-03-22", fam=["moved-date", "weekday-date", "flemish"]),
    Reply("A4352", at(8, "10:45", CET), "Geachte heer/mevrouw,\n\nFactuur 94353 is goedgekeurd en wordt meegenomen in de betaalrun van "
          "donderdag 18 maart.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nTandartspraktijken De Linde bv", "promise_to_pay",
          "2027-03-18", sender=0, fam=["payment-run", "weekday-date", "formal-ap", "dental-chain"]),
    Reply("A4352", at(10, "13:15", CET), "Wij betalen volgende week woensdag.\n\nMarloes Dekker", "promise_to_pay", "2027-03-17",
          fam=["next-week-weekday"]),
    Reply("A4352", at(12, "11:20", CET), "Beste,\n\nDe betaling volgt in week 12, waarschijnlijk op dinsdag.\n\nMet vriendelijke groet,\n"
          "Marloes Dekker\nFinancieel manager | Tandartspraktijken De Linde", "promise_to_pay", "2027-03-23", html=True,
          fam=["html-outlook", "calendar-week", "weekday-in-week", "hedged"]),
    Reply("A4353", at(8, "12:30", CET), "Hoi! Komt deze week nog goed, vrijdag uiterlijk.\nSander", "promise_to_pay", "2027-03-12",
          fam=["at-the-latest", "bare-weekday", "event-agency"]),
    Reply("A4353", at(9, "15:20", CET), "Wij betalen zodra onze opdrachtgever de factuur van het evenement van februari heeft voldaan.\n\n"
          "Administratie Vonk", "promise_to_pay", human=["conditional"], sender=0, fam=["third-party-payment", "undated"]),
    Reply("A4353", at(11, "10:55", CET), "Ik maak het over met de volgende betaalrun, dat is de 25e.\nSander Vonk", "promise_to_pay",
          "2027-03-25", fam=["payment-run", "ordinal-alone"]),
    Reply("A4351", at(8, "15:10", CET), "We betalen factuur 94351 in twee delen: 2.000 euro op 15/03 en het saldo op 29/03.\n\nBoekhouding",
          "promise_to_pay", "2027-03-15", amount="2000.00", inv=["94351"], sender=0,
          fam=["two-parts", "partial-amount", "holiday-distractor", "locale-numeric-dayfirst"]),
    Reply("A4352", at(9, "09:55", CET), "De betaling staat gepland op 31-03-2027.\n\nCrediteurenadministratie", "promise_to_pay",
          "2027-03-31", sender=0, fam=["dashed-numeric", "formal-ap"]),
    Reply("A4353", at(10, "23:05", CET), "Morgen gaat het eruit 👍", "promise_to_pay", "2027-03-11",
          fam=["tomorrow", "emoji", "late-evening", "terse-mobile"]),
    Reply("A4351", at(11, "17:45", CET), "We betalen na paasmaandag, op dinsdag 30 maart.\nKoen", "promise_to_pay", "2027-03-30",
          fam=["holiday", "weekday-date", "flemish"]),
    Reply("A4352", at(11, "16:30", CET), "Correctie op mijn mail van gisteren: niet volgende week woensdag maar donderdag 18 maart.\n\n"
          "Marloes", "promise_to_pay", "2027-03-18", fam=["moved-date", "not-x-but-y"]),
    Reply("A4353", at(12, "14:10", CET), "Betaling volgt over twee weken.\n\nAdministratie", "promise_to_pay", "2027-03-26", sender=0,
          fam=["relative-span", "written-on-friday"]),
    Reply("A4351", at(10, "09:00", CET), "Factuur 94351 is betaald op 4 maart met mededeling +++094/3510/00012+++.\n\nBoekhouding",
          "already_paid", ref="+++094/3510/00012+++", inv=["94351"], sender=0, fam=["structured-communication", "past-tense"]),
    Reply("A4353", at(9, "10:10", CET), "Is vorige week al overgemaakt hoor!\nSander", "already_paid",
          fam=["past-tense", "last-week", "terse"]),
    Reply("A4352", at(10, "10:20", CET), "Wij hebben gisteren € 7.215 overgemaakt.\n\nCrediteurenadministratie", "already_paid", sender=0,
          fam=["past-tense", "yesterday", "strategic"]),
    Reply("A4351", at(11, "11:15", CET), "Op factuur 94352 staat 21% btw, maar voor brood en banket is dat 6%. Graag een creditnota en een "
          "nieuwe factuur.\n\nKoen Van den Broeck", "dispute", inv=["94352"], fam=["vat", "flemish"]),
    Reply("A4353", at(10, "16:40", CET), "De 40 statafels die we gehuurd hadden zijn nooit op de locatie geleverd, we hebben ze zelf "
          "moeten regelen. Die factuur betalen we dus niet.\n\nSander", "dispute", fam=["service-not-done", "event-agency"]),
    Reply("A4352", at(11, "09:20", CET), "Kunt u factuur 94353 opnieuw sturen? Wij hebben hem niet ontvangen.\n\nCrediteurenadministratie",
          "invoice_resend", inv=["94353"], sender=0, fam=["never-received", "strategic"]),
    Reply("A4353", at(12, "10:05", CET), "Kunnen jullie de factuur nog eens mailen? Hij zit niet in ons systeem.\n\nAdministratie",
          "invoice_resend", sender=0, fam=["copy"]),
    Reply("A4351", at(12, "13:30", CET), "Vanaf 1 april ontvangen wij facturen enkel nog via Peppol (ondernemingsnummer BE 0456.789.123). "
          "Gelieve niet meer per mail te sturen.\n\nBoekhouding", "po_change", inv=[], sender=0, fam=["peppol", "e-invoicing", "flemish"]),
    Reply("A4352", at(8, "14:50", CET), "Graag ons inkoopordernummer DL-PO-22871 op de factuur vermelden en de factuur opnieuw indienen.\n\n"
          "Crediteurenadministratie", "po_change", sender=0, fam=["po-missing", "reissue", "strategic"]),
    Reply("A4353", at(11, "13:35", CET), "Zouden we de factuur in drie termijnen mogen betalen? Het is een rustige periode voor "
          "evenementen.\n\nSander", "payment_plan_request", fam=["plan-asked", "event-agency"]),
    Reply("A4351", at(9, "16:55", CET), "Is het mogelijk om uitstel te krijgen tot half april?\nKoen", "payment_plan_request", "2027-04-15",
          fam=["deferral", "mid-month", "more-than-30-days"]),
    Reply("A4352", at(9, "09:06", CET), "Ik ben afwezig tot en met vrijdag 12 maart. Uw e-mail wordt niet doorgestuurd. Voor dringende "
          "zaken: crediteuren@delinde-tandartsen.example.\nMarloes Dekker", "out_of_office", headers=AUTO, quote="none",
          fam=["auto-reply", "short-absence", "strategic"]),
    Reply("A4353", at(8, "09:06", CET), "Bedankt voor je mail! Ik ben met vakantie tot en met 28 maart en lees mijn mail niet.\nSander Vonk",
          "out_of_office", human=["absence more than 14 days"], headers=AUTO, quote="none", fam=["auto-reply", "long-absence"]),
    Reply("A4351", at(10, "09:06", CET), "Dit is het mailsysteem van host mail.vandenbroeck-bakkerij.example.\n\nUw bericht kon niet worden "
          "afgeleverd bij een of meer ontvangers.\n\n<boekhouding@vandenbroeck-bakkerij.example>: 550 5.1.1 Onbekende gebruiker",
          "bounce", sender="MAILER-DAEMON@mail.vandenbroeck-bakkerij.example", subject="Onbestelbaar bericht",
          dsn=("boekhouding@vandenbroeck-bakkerij.example", "5.1.1"), fam=["dsn-postfix-nl"]),
    Reply("A4353", at(12, "09:06", CET), "Bezorging is mislukt voor deze ontvangers of groepen:\n\nadministratie@vonk-events.example\n"
          "Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het "
          "opnieuw.\n\nDiagnostische gegevens voor beheerders:\nGenererende server: AM9PR02MB7711.vonk-events.example\n"
          "550 5.1.10 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@vonk-events.example",
          subject="Onbestelbaar: Herinnering: vervallen facturen – Evenementenbureau Vonk bv",
          dsn=("administratie@vonk-events.example", "5.1.10"), fam=["dsn-exchange-nl"]),
    Reply("A4352", at(12, "15:40", CET), "Mevrouw Dekker is sinds 1 maart niet meer bij ons werkzaam. Voor betalingen kunt u terecht bij "
          "Jeroen Bakker, j.bakker@delinde-tandartsen.example.\n\nCrediteurenadministratie", "wrong_contact", sender=0,
          fam=["contact-gone", "new-contact"]),
    Reply("A4351", at(8, "16:45", CET), "Ik sta in de winkel in Gent, ik doe de facturen niet. Stuur het naar de boekhouding aub.\nLies",
          "wrong_contact", sender="gent@vandenbroeck-bakkerij.example", fam=["not-my-job", "unknown-sender", "flemish"]),
    Reply("A4351", at(11, "08:35", CET), "Bedankt, ik geef het door aan onze boekhouder.\nKoen", "other", fam=["no-action", "forwarded"]),
    Reply("A4353", at(10, "14:25", CET), "Kan ik ook via iDEAL of een Tikkie betalen? Dat is voor ons veel makkelijker.\nSander", "other",
          human=["payment method"], fam=["payment-method"]),
    Reply("A4352", at(12, "12:55", CET), "Kunt u ons een bevestiging van uw bankgegevens op briefpapier sturen? Onze accountant vraagt "
          "daarom voordat wij de betaling vrijgeven.\n\nCrediteurenadministratie", "other", human=["bank details letter"], sender=0,
          fam=["bank-details", "strategic"]),
]
