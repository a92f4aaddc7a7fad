"""field23, Dutch: a Flemish chocolatier (Belgian Dutch), a Frisian goat dairy on a plan, a Rotterdam towage firm
(strategic). Numeric dates are day-first."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field23.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK23-15", "Y2351", "2026-11-20", "1025.00", "EUR", "+++092/5020/23051+++ CHOCOLATERIE VAN DAMME"),
    Payment("BK23-16", "Y2353", "2026-11-23", "2870.00", "EUR", "SLEEPDIENST MAASMOND SM-IO-40799"),
]


def P(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    return Reply(cust, when, body, "promise_to_pay", date=date, fam=fam, **kw)


REPLIES = [
    P("Y2351", at(23, "09:15", CET), "Goeiemorgen,\n\nDe betaling van beide facturen staat ingepland voor do. 3/12.\n\nMet vriendelijke groeten\nLieve Van Damme",
      "2026-12-03", ["abbrev-weekday", "locale-numeric-dayfirst", "flemish"]),
    P("Y2351", at(24, "13:30", CET), "Dag, na de Sinterklaasdrukte (tot 6 december) betalen wij op dinsdag 8 december. Groetjes", "2026-12-08",
      ["holiday", "weekday-ordinal", "flemish"]),
    P("Y2351", at(25, "16:10", CET), "Hallo, wij betalen 3.000 euro deze vrijdag en de rest eind december.", "2026-11-27",
      ["partial", "bare-weekday", "two-dates"], amount="3000.00"),
    P("Y2351", at(26, "10:20", CET), "Beste, betaling volgt binnen de 14 dagen. Mvg, boekhouding", "2026-12-10", ["relative-span", "flemish"], sender=0),
    P("Y2351", at(27, "20:40", CET), "Sorry voor het late antwoord. We storten maandag, beloofd.", "2026-11-30", ["bare-weekday", "late-evening"]),
    P("Y2352", at(23, "08:00", CET), "Goedemorgen, de termijn van december volgens de regeling gaat op 1-12 de deur uit. Groet, Sjoerd",
      "2026-12-01", ["instalment-existing-plan", "locale-numeric-dayfirst"], human=["partial"]),
    P("Y2352", at(24, "12:45", CET), "Door de vogelgriepmaatregelen loopt de melkafzet terug. De termijn van deze maand schuift naar 7 december.",
      "2026-12-07", ["instalment-existing-plan", "moved-date", "month-name"], human=["partial"]),
    P("Y2352", at(26, "15:00", CET), "We maken € 1.500 extra over in week 50, bovenop de regeling.", "2026-12-11",
      ["instalment-existing-plan", "calendar-week", "partial"], amount="1500.00", sender=0),
    P("Y2353", at(23, "10:45", CET), "Geachte heer/mevrouw,\n\nBeide facturen zijn goedgekeurd en worden meegenomen in de betaalrun van woensdag 2 december.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nSleepdienst Maasmond bv\n\nDisclaimer: de informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan. Sleepdienst Maasmond bv is niet aansprakelijk voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail, noch voor tijdige ontvangst daarvan. Op al onze diensten zijn de Nederlandse Sleepdienstvoorwaarden van toepassing.",
      "2026-12-02", ["weekday-ordinal", "long-disclaimer", "shared-mailbox"], sender=0),
    P("Y2353", at(24, "17:20", CET), "Na akkoord van de directie op het overleg van 1 december betalen we de vrijdag erna.", "2026-12-04",
      ["meeting-before-payment", "relative-weekday"], human=["conditional"]),
    P("Y2353", at(25, "09:30", CET), "Hoi, we betalen eind volgende week. Rianne", "2026-12-04", ["next-week-end"]),
    P("Y2353", at(27, "11:50", CET), "De 92337 wordt de week na volgende week voldaan, de kleine is al onderweg.", "2026-12-11",
      ["week-after-next"], inv=["92337"]),
    P("Y2351", at(24, "08:35", CET), "Betaling gebeurt begin volgende maand. Mvg", "2026-12-01", ["early-next-month", "flemish"], sender=0),
    P("Y2352", at(27, "14:10", CET), "We betalen zodra de subsidie van de provincie binnen is.", None, ["undated", "condition"],
      human=["undated", "conditional"]),
    P("Y2353", at(26, "08:20", CET), "Betaling volgt op de laatste werkdag van december.", "2026-12-31", ["last-working-day"], sender=0),
    P("Y2351", at(26, "18:00", CET), "Voor Kerstmis betaald, maak je geen zorgen.", "2026-12-24", ["holiday", "terse-mobile"]),
    # already_paid
    Reply("Y2351", at(23, "14:20", CET), "Dag, factuur 92335 is op 20/11 betaald met gestructureerde mededeling +++092/5020/23051+++.", "already_paid",
          inv=["92335"], ref="+++092/5020/23051+++", fam=["structured-communication", "locale-numeric-dayfirst"], sender=0, note="matches BK23-15"),
    Reply("Y2353", at(24, "10:00", CET), "Goedemorgen, SM-IO-40799 (uw 92338) is gisteren betaald.", "already_paid", inv=["92338"],
          fam=["po-reference", "past-payment-date"], sender=0, note="matches BK23-16"),
    Reply("Y2352", at(25, "11:30", CET), "De termijnen van oktober en november zijn toch allebei al betaald? Kijk even goed.", "already_paid",
          fam=["instalment-existing-plan"], human=["no matching payment"]),
    # disputes
    Reply("Y2351", at(25, "12:00", CET), "De cacaoboter op 92334 is tegen de verkeerde prijs gefactureerd (€ 8,40/kg i.p.v. € 7,10/kg). Graag een creditnota.",
          "dispute", inv=["92334"], fam=["price-dispute"]),
    Reply("Y2353", at(26, "13:40", CET), "De wachturen op 92337 kloppen niet met het logboek. Het onbetwiste deel betalen we volgende week dinsdag.",
          "dispute", sec=["promise_to_pay"], date="2026-12-01", inv=["92337"], fam=["service-dispute", "next-week-weekday"],
          human=["partial"]),
    Reply("Y2352", at(23, "16:00", CET), "Jullie rekenen rente over de regeling, dat was niet afgesproken.", "dispute", fam=["fees-dispute"]),
    # invoice_resend
    Reply("Y2351", at(27, "09:10", CET), "Kan u ons een kopie van factuur 92334 bezorgen? Alvast bedankt.", "invoice_resend", inv=["92334"],
          fam=["copy-request", "flemish"], sender=0),
    Reply("Y2353", at(23, "15:10", CET), "Graag een actueel rekeningoverzicht.", "invoice_resend", fam=["statement"]),
    # po_change
    Reply("Y2353", at(25, "14:30", CET), "Facturen vanaf nu graag uitsluitend naar facturen@sleepdienst-maasmond.example, andere adressen worden niet meer gelezen.",
          "po_change", fam=["send-future-invoices"], sender=0),
    Reply("Y2351", at(26, "11:00", CET), "Wij zijn overgenomen door Belcacao nv. Gelieve de facturen voortaan op hun naam en BTW-nummer BE 0456.789.123 op te maken.",
          "po_change", fam=["acquisition", "tax-id", "flemish"]),
    # payment_plan_request
    Reply("Y2351", at(24, "16:30", CET), "Zouden we de 92334 in drie maandelijkse schijven mogen betalen? De eerste op 15 december.", "payment_plan_request",
          date="2026-12-15", inv=["92334"], fam=["instalments", "flemish"]),
    Reply("Y2353", at(27, "16:00", CET), "Kunnen we het openstaande bedrag over het eerste kwartaal spreiden?", "payment_plan_request",
          fam=["instalments", "quarter"]),
    # out_of_office
    Reply("Y2351", at(25, "07:00", CET), "Ik ben afwezig tot en met 1 december. Voor dringende zaken: boekhouding@chocolaterie-vandamme.example.",
          "out_of_office", fam=["ooo-short"], headers=AUTO),
    Reply("Y2352", at(26, "06:45", CET), "Ik ben met vakantie tot 8 januari en lees mijn mail niet.", "out_of_office", fam=["ooo-long"], headers=AUTO,
          human=["absent more than 14 days"]),
    # bounces
    Reply("Y2351", at(24, "09:06", CET), "Dit bericht kon niet worden afgeleverd aan l.vandamme@chocolaterie-vandamme.example.\n550 5.1.1 Onbekende gebruiker",
          "bounce", sender="mailer-daemon@chocolaterie-vandamme.example", dsn=("l.vandamme@chocolaterie-vandamme.example", "5.1.1"), fam=["dsn-nl"]),
    Reply("Y2353", at(26, "09:06", CET), "Onbestelbaar: Herinnering\n\nDe mailbox van r.dekker@sleepdienst-maasmond.example is vol. 552 5.2.2",
          "bounce", sender="postmaster@sleepdienst-maasmond.example", dsn=("r.dekker@sleepdienst-maasmond.example", "5.2.2"), fam=["dsn-nl"]),
    # wrong_contact
    Reply("Y2352", at(24, "09:50", CET), "Sjoerd doet de geiten, ik doe de administratie niet meer. Mail naar Anke, a.hoekstra@geitenzuivel-deterp.example.",
          "wrong_contact", fam=["redirect"], sender=0),
    Reply("Y2353", at(25, "12:40", CET), "Mevrouw Dekker is niet meer werkzaam bij ons. Uw bericht is niet doorgestuurd.", "wrong_contact",
          fam=["left-company"], headers=AUTO),
    # other
    Reply("Y2351", at(23, "11:30", CET), "Bedankt, ontvangen en doorgezet naar onze boekhouder.", "other", fam=["no-action", "acknowledgement"]),
    Reply("Y2352", at(25, "17:00", CET), "Is het mogelijk om via iDEAL te betalen?", "other", fam=["payment-method"], human=["payment method question"]),
    Reply("Y2353", at(24, "15:00", CET), "Ontvangen, dank.", "other", fam=["no-action", "acknowledgement", "terse-mobile"]),
    Reply("Y2351", at(27, "13:20", CET), "Let op: wij ontvingen een factuur 'van u' met een ander rekeningnummer (Litouwen). Is dat echt?", "other",
          fam=["fraud-alert"], human=["fraud alert: changed bank details"]),
]
