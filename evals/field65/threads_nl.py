"""Dutch and Flemish replies (field65): Koningsdag party goods in Haarlem, Limburg asparagus after carnaval, tents for
the Ronde van Vlaanderen (krokusvakantie, paasmaandag, gestructureerde mededeling) and a TEFAF art shipper on a legal
account in Maastricht."""

from evals.field.build import Payment, Reply
from evals.field65.kit import AUTO, at, auto, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK65-021", "K6551", "2030-03-29", "9820.00", "EUR", "OF-2030-0412 ORANJEBOOM FEESTARTIKELEN BV"),
    P("BK65-022", "K6552", "2030-03-05", "3675.00", "EUR", "IDEAL ASPERGEKWEKERIJ VAN ROOIJ"),
    P("BK65-023", "K6553", "2030-03-27", "8690.00", "EUR", "+++655/3100/04567+++ TENTVERHUUR VLAAMSE ARDENNEN"),
]

REPLIES = [
    # --- promise_to_pay
    R("K6551", at(2, 26, "09:10", "CET"), "Goedemorgen,\n\nBetaling volgt vrijdag.\n\nMet vriendelijke groet,\nSanne de Vries\nFinancieel manager", "promise_to_pay", date="2030-03-01", fam=["weekday", "formal"]),
    R("K6551", at(4, 10, "14:00", "CET"), "Voor Koningsdag moet alles de deur uit, de hele afdeling staat in het magazijn. We betalen na Koningsdag, maandag 29 april.", "promise_to_pay", date="2030-04-29", fam=["holiday", "weekday-date"]),
    R("K6551", at(3, 20, "11:30", "CET"), "Beide facturen (€ 11.295,00) gaan mee in de betaalrun van 28 maart.", "promise_to_pay", date="2030-03-28", amount="11295.00", partial=False, fam=["payment-run", "whole-balance-amount", "dutch-number"], sender=0),
    R("K6552", at(3, 6, "10:00", "CET"), "Vastelaovend is gelukkig voorbij. Ik betaal volgende week vrijdag.", "promise_to_pay", date="2030-03-15", fam=["next-weekday", "carnival", "limburg"]),
    R("K6552", at(4, 3, "07:20", "CET"), "De asperges komen eraan, betaling over twee weken.", "promise_to_pay", date="2030-04-17", fam=["over-two-weeks", "season"]),
    R("K6552", at(4, 24, "20:15", "CET"), "eind van de maand, zit midden in de oogst", "promise_to_pay", date="2030-04-30", fam=["month-end", "lowercase"]),
    R("K6553", at(3, 4, "10:30", "CET"), "Dag, het is krokusvakantie en ik ben alleen op kantoor. Betaling binnen de 5 werkdagen.", "promise_to_pay", date="2030-03-11", fam=["working-days", "flemish", "holiday"]),
    R("K6553", at(4, 2, "16:45", "CET"), "Zondag is de Ronde en al onze tenten staan in Oudenaarde. We betalen dinsdag 9 april.", "promise_to_pay", date="2030-04-09", fam=["distractor-event", "weekday-date", "flemish"]),
    R("K6553", at(4, 19, "09:00", "CET"), "Betaling na paasmaandag, woensdag.", "promise_to_pay", date="2030-04-24", fam=["holiday", "weekday"]),
    R("K6554", at(3, 12, "12:00", "CET"), "De TEFAF loopt nog tot zondag. Betaling op 25 maart, zoals met uw advocaat afgesproken.", "promise_to_pay", date="2030-03-25", fam=["distractor-event", "legal-account"]),
    R("K6551", at(3, 5, "15:20", "CET"), "We betalen € 5.000 op 15-03-2030, de rest in april.", "promise_to_pay", date="2030-03-15", amount="5000.00", fam=["partial-amount", "numeric-dmy"]),
    R("K6552", at(3, 13, "18:30", "CET"), "Donderdag. Nee wacht, vrijdag, donderdag sta ik op de veiling.", "promise_to_pay", date="2030-03-15", fam=["correction", "weekday"]),
    R("K6553", at(3, 25, "08:40", "CET"), "Ik betaal begin volgende week.", "promise_to_pay", date="2030-04-01", fam=["early-next-week"]),
    R("K6552", at(4, 16, "12:10", "CET"), "Gaat deze week nog de deur uit.", "promise_to_pay", date="2030-04-19", fam=["this-week"]),
    R("K6551", at(4, 23, "10:00", "CET"), "Morgen gaat de betaling eruit.", "promise_to_pay", date="2030-04-24", fam=["tomorrow"], sender=0),
    R("K6553", at(4, 4, "13:00", "CET"), "Goeiedag, namens Tentverhuur Vlaamse Ardennen laten wij weten dat de betaling op 12/04 gebeurt.\n\nBoekhoudkantoor Van Damme", "promise_to_pay", date="2030-04-12", sender="info@boekhouding-vandamme.example", fam=["bookkeeper", "unknown-sender", "numeric-dm"]),
    R("K6554", at(4, 15, "10:30", "CET"), "Volgens de regeling betalen we € 6.825 op 30 april.", "promise_to_pay", date="2030-04-30", amount="6825.00", fam=["partial-amount", "legal-account"]),
    # --- already_paid
    R("K6551", at(4, 2, "09:30", "CET"), "Betaald op 29 maart, kenmerk OF-2030-0412.", "already_paid", ref="OF-2030-0412", reminded=inv("65511"), note="matches BK65-021", fam=["matched", "po-as-reference", "strategic"]),
    R("K6552", at(3, 8, "19:00", "CET"), "Al betaald via iDEAL op 5 maart, € 3.675.", "already_paid", note="matches BK65-022", fam=["ideal", "matched"]),
    R("K6553", at(3, 28, "11:15", "CET"), "Betaald gisteren met de gestructureerde mededeling +++655/3100/04567+++.", "already_paid", ref="+++655/3100/04567+++", note="matches BK65-023", fam=["gestructureerde-mededeling", "matched", "flemish"]),
    R("K6554", at(4, 18, "14:00", "CET"), "Onze advocaat heeft de € 13.650 op zijn derdenrekening gestort en maakt het over zodra de regeling getekend is.", "already_paid", human=["no matching payment"], fam=["escrow", "legal-account", "unmatched"]),
    # --- dispute
    R("K6553", at(4, 10, "17:00", "CET"), "De tent op 65532 had een gescheurd zeil tijdens de Ronde. Die factuur betwisten we tot er een creditnota is.", "dispute", inv=inv("65532"), fam=["damaged", "flemish"]),
    R("K6552", at(3, 19, "13:30", "CET"), "U rekent € 145 verzendkosten op 65521 die niet in de offerte stonden. Graag corrigeren.", "dispute", inv=inv("65521"), fam=["fees"]),
    R("K6551", at(3, 27, "10:45", "CET"), "Levering OF-2030-0412 staat op 65511 én op 65512. Dubbel gefactureerd, graag crediteren.", "dispute", inv=inv("65511", "65512"), fam=["duplicate-billing", "strategic"]),
    # --- payment_plan_request
    R("K6552", at(4, 11, "08:00", "CET"), "Kunnen we in drie termijnen betalen? Eerste termijn € 1.225 op 1 mei, als de aspergecenten binnen zijn.", "payment_plan_request", date="2030-05-01", amount="1225.00", fam=["plan-dates"]),
    R("K6553", at(4, 8, "15:30", "CET"), "Mogen we spreiden over twee maanden? De eerste helft eind april.", "payment_plan_request", date="2030-04-30", fam=["plan-halves", "flemish"]),
    R("K6554", at(3, 21, "11:00", "CET"), "Onze advocaat stelt een regeling voor in vier maandelijkse termijnen. U hoort van hem.", "payment_plan_request", fam=["plan-undated", "legal-account"]),
    # --- invoice_resend
    R("K6552", at(3, 2, "09:00", "CET"), "Kunt u factuur 65522 nog eens sturen? Nooit ontvangen.", "invoice_resend", inv=inv("65522"), fam=["never-received"]),
    R("K6551", at(3, 15, "14:20", "CET"), "Graag een actueel rekeningoverzicht, we sluiten het kwartaal af.", "invoice_resend", sender=0, fam=["statement", "strategic"]),
    R("K6553", at(3, 19, "10:10", "CET"), "Mag ik een kopie van beide facturen? Ze zijn in de spam beland.", "invoice_resend", fam=["copy", "flemish"]),
    # --- po_change
    R("K6551", at(3, 11, "12:30", "CET"), "Het inkoopordernummer op 65512 moet OF-2030-0473 zijn, niet 0437. Graag opnieuw uitreiken.", "po_change", inv=inv("65512"), fam=["po-correction", "strategic"]),
    R("K6553", at(4, 12, "09:30", "CET"), "Na de omvorming naar bv is ons ondernemingsnummer BE 0789.123.456. Gelieve de facturen opnieuw op te maken.", "po_change", fam=["vat-number", "entity-change", "flemish"]),
    R("K6552", at(4, 1, "18:00", "CET"), "Ons factuuradres is veranderd: Venloseweg 112, 5961 Horst. Graag aanpassen en de facturen opnieuw sturen.", "po_change", fam=["address-change"]),
    # --- out_of_office
    R("K6552", at(4, 3, "06:00", "CET"), "Ik ben afwezig tot en met 12 april. Voor dringende zaken: administratie@asperges-vanrooij.example.", "out_of_office", headers=AUTO, subject=auto("Automatisch antwoord", "nl", "Aspergekwekerij Van Rooij"), quote="none", fam=["ooo-within-14"]),
    R("K6553", at(4, 5, "17:30", "CET"), "Wegens paasvakantie ben ik afwezig. Ik ben terug op dinsdag 23 april.", "out_of_office", headers=AUTO, subject=auto("Afwezig", "nl", "Tentverhuur Vlaamse Ardennen bv"), quote="none", human=["absence over 14 days"], fam=["ooo-long", "flemish"]),
    R("K6551", at(4, 25, "08:00", "CET"), "Ik ben afwezig tot en met maandag 29 april (Koningsdag-week). Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject=auto("Automatisch antwoord", "nl", "Oranjeboom Feestartikelen BV"), quote="none", fam=["ooo-holiday", "strategic"]),
    # --- bounce
    R("K6552", at(3, 12, "09:06", "CET"), "Uw bericht heeft de volgende ontvangers niet bereikt:\n\nadministratie@asperges-vanrooij.example\n\nDe server heeft het volgende gemeld: 550 5.1.1 Gebruiker onbekend", "bounce", sender="mailer-daemon@asperges-vanrooij.example", subject="Onbestelbaar bericht", gap_days=0, dsn=("administratie@asperges-vanrooij.example", "5.1.1"), fam=["dsn-nl"]),
    R("K6553", at(4, 15, "10:06", "CET"), "Uw bericht kan niet worden bezorgd bij boekhouding@tentverhuur-va.example.\n\nDe externe server heeft '550 5.4.1 Recipient address rejected: Access denied' geretourneerd.", "bounce", sender="postmaster@tentverhuur-va.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Tentverhuur Vlaamse Ardennen bv", gap_days=0, dsn=("boekhouding@tentverhuur-va.example", "5.4.1"), fam=["dsn-m365-nl"]),
    # --- wrong_contact
    R("K6554", at(3, 6, "10:00", "CET"), "Ik werk niet meer bij Maaskunst. Richt u tot finance@maaskunst.example.", "wrong_contact", fam=["left-company", "legal-account"]),
    R("K6551", at(4, 17, "09:00", "CET"), "Sanne is met zwangerschapsverlof. Mail voortaan naar crediteuren@oranjeboom-feest.example.", "wrong_contact", sender="receptie@oranjeboom-feest.example", fam=["leave", "unknown-sender"]),
    # --- other
    R("K6552", at(3, 4, "12:00", "CET"), "Bedankt, goed ontvangen.", "other", fam=["no-action"]),
    R("K6553", at(3, 14, "15:00", "CET"), "Klopt het dat jullie een nieuw rekeningnummer hebben? We kregen een brief met een ander IBAN. We betalen niets voor we dat telefonisch bevestigd hebben.", "other", human=["bank-detail check"], fam=["fraud-check", "flemish"]),
    R("K6551", at(4, 4, "11:20", "CET"), "Krijgen we korting als we de Koningsdag-bestelling vooruitbetalen?", "other", human=["discount question"], fam=["discount", "strategic"]),
]
