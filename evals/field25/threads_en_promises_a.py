"""field25, English promises (part one): Iceland, Sardinia, Bristol, Pokhara, Szeged, Texas. Written by hand."""

from __future__ import annotations

from evals.field25.kit import GB, HU, IS, IT, NP, TX, at, r

REPLIES = [
    # Hekla wool mill, Icelandic writers (day-first)
    r("X2501", at(23, "10:14", IS), "promise_to_pay", "2026-11-27", "bare-weekday non-native-is",
      "Hello,\n\nWe have the money for this on Friday, I will send it then. Sorry for late, the autumn sheep gathering took all our people.\n\nSigrún"),
    r("X2501", at(24, "08:40", IS), "promise_to_pay", "2026-12-03", "locale-numeric-dayfirst non-native-is",
      "Góðan dag,\nthe transfer for 92501 and 92502 is planned 03/12. Our bank Landsbankinn needs one day for EUR.\nKveðja, bókhald"),
    r("X2501", at(25, "16:05", IS), "promise_to_pay", "2026-12-10", "calendar-week non-native-is",
      "Hi. We pay in week 50 on the Thursday, this is our payment day for foreign suppliers. Best, Sigrún Jónsdóttir", sender=1),
    r("X2501", at(26, "09:30", IS), "promise_to_pay", "2026-11-30", "month-end last-working-day non-native-is",
      "Dear Northwind,\n\nit will be paid the last working day of this month, together with salaries.\n\nregards\nHekla Wool accounts"),
    r("X2501", at(27, "13:22", IS), "promise_to_pay", "2026-12-04", "relative-span non-native-is terse-mobile",
      "ok - one week from today we pay. sent from phone"),
    r("X2501", at(25, "17:45", IS), "promise_to_pay", "2026-12-01", "delivery-date-distractor non-native-is",
      "Hello, the yarn delivery on 18/11 was two boxes short but the driver brought them on 20/11 so all is fine now. We transfer the full amount on Tuesday.\nSigrún", sender=1),
    r("X2501", at(24, "11:11", IS), "promise_to_pay", "2026-12-07", "nth-weekday-of-month non-native-is",
      "Hello\nOur board decided that all open suppliers get paid the first Monday of December. So you get it then.\nBókhald Hekla"),
    r("X2501", at(26, "22:10", IS), "promise_to_pay", "2026-12-09", "dotted-numeric late-evening non-native-is",
      "Late answer sorry. Payment is booked for 9.12. in our system for both invoices.\nS.", sender=1),

    # Sardinian cork maker, Italian writers
    r("X2502", at(23, "09:05", IT), "promise_to_pay", "2026-12-09", "holiday non-native-it",
      "Good morning,\n\nthe 8 December is Immacolata and the office is closed, so we make the bonifico the day after. I confirm you for both invoice.\n\nCordiali saluti\nGiovanni Piras", sender=1),
    r("X2502", at(24, "12:30", IT), "promise_to_pay", "2026-12-15", "ordinal-alone non-native-it",
      "Buongiorno, we pay always the 15th of the month, it is our rule for all the suppliers. Grazie\nAmministrazione"),
    r("X2502", at(25, "10:18", IT), "promise_to_pay", "2026-12-04", "next-weekday non-native-it",
      "Dear Sirs,\nI have speak with Mr. Piras and he say the payment is next Friday.\nBest regards\nFrancesca – amministrazione"),
    r("X2502", at(26, "15:40", IT), "promise_to_pay", "2026-11-30", "meeting-before-payment non-native-it",
      "Hello, tomorrow we have the meeting with the accountant (commercialista) and after that, on Monday, the money will go out. Ciao, Giovanni", sender=1),
    r("X2502", at(27, "08:55", IT), "promise_to_pay", "2026-12-11", "locale-numeric-dayfirst non-native-it", "",
      subject="RE: Reminder - 92503 payment 11/12 - Gallurese", inv=["92503"]),
    r("X2502", at(23, "18:20", IT), "promise_to_pay", "2026-12-02", "moved-date non-native-it",
      "Hello,\nI wrote you we pay Monday 30 but the bank in Tempio need one more day for the signature, so it is now Wednesday 2 December. Sorry for the change.\nG. Piras", sender=1),

    # Bristol theatre (payment plan flag)
    r("X2503", at(23, "11:00", GB), "promise_to_pay", "2026-11-30", "instalment-existing-plan",
      "Hi there,\n\nNovember's instalment under the plan we agreed in September will go on Monday, same as always. Panto rehearsals have eaten everyone alive, apologies for the silence.\n\nFinance, Harbourside Playhouse", human=["partial"]),
    r("X2503", at(24, "14:10", GB), "promise_to_pay", "2026-12-04", "instalment-existing-plan weekday-ordinal",
      "Olly here. The £1,600 instalment is going out on Fri 4th – the box office takings from opening week cover it.\n\nOlly", amount="1600.00", sender=1),
    r("X2503", at(26, "09:45", GB), "promise_to_pay", "2026-12-04", "fri-week instalment-existing-plan",
      "Morning – we'll clear this month's plan payment Friday week, once the trustees' card signatory is back from Lisbon. Cheers, Finance", human=["partial"], note="Friday week: a week after Friday 27 November"),
    r("X2503", at(27, "16:30", GB), "promise_to_pay", None, "undated sarcasm",
      "Yes, yes, we know. Nothing says festive cheer like a dunning letter during get-in week. It'll be paid. When the show's up and the Arts Council money lands, not before.\n\nO.", sender=1, human=["undated", "conditional"]),

    # Pokhara trekking agency, Nepali writers
    r("X2504", at(25, "13:15", NP), "promise_to_pay", "2026-12-01", "non-native-np",
      "Namaste sir/madam,\n\nKindly note that payment of your good invoice will be done by coming Tuesday positively. Season was very busy with the trekkers so delay happened, please kindly excuse.\n\nWith regards\nBishnu Gurung\nManaging Director", sender=1),
    r("X2504", at(24, "10:02", NP), "promise_to_pay", "2026-12-14", "relative-span holiday non-native-np",
      "Dear sir,\nAfter Tihar holidays bank was closed many days. Now we are doing the SWIFT within 20 days from today. Please do the needful and stop the reminder.\nAccounts, Annapurna Trail Treks"),
    r("X2504", at(25, "16:45", NP), "promise_to_pay", "2026-12-05", "nth-weekday-of-month non-native-np",
      "Hello sir, our bank branch Lakeside is open first Saturday of the month for foreign remittance. We will remit on that day. Thank you.\nBishnu", sender=1),
    r("X2504", at(26, "11:30", NP), "promise_to_pay", "2026-11-30", "terse-mobile non-native-np",
      "sir will pay monday. sure."),
    r("X2504", at(27, "09:20", NP), "promise_to_pay", "2026-12-02", "partial non-native-np",
      "Respected sir,\n\nWe are sending USD 2000 against invoice 92506 on 2nd December and balance after the spring booking deposits come. Hope this is ok.\n\nRegards\nAccounts", amount="2000.00", inv=["92506"], human=["conditional"]),

    # Szeged paprika exporter (credit hold), Hungarian writers
    r("X2505", at(23, "08:30", HU), "promise_to_pay", "2026-11-26", "abbrev-weekday non-native-hu",
      "Dear Colleagues,\nthe payment will be executed on Thu. Please release the hold after it, the new harvest is waiting in the warehouse.\nBest regards, Anikó Tóth", sender=1),
    r("X2505", at(24, "15:00", HU), "promise_to_pay", "2026-12-04", "dotted-numeric non-native-hu",
      "Hello,\n\nthe transfer is ordered with value date 2026.12.04. We use Hungarian date writing, year first, I hope it is clear.\n\nKönyvelés"),
    r("X2505", at(26, "10:40", HU), "promise_to_pay", "2026-12-01", "condition-date non-native-hu",
      "Dear Sir/Madam,\n\nif you lift the credit hold on Monday so the truck can load, we will pay the whole sum on the Tuesday after. This is our offer.\n\nTóth Anikó", sender=1, human=["conditional"]),
    r("X2505", at(27, "12:12", HU), "promise_to_pay", "2026-12-11", "week-after-next non-native-hu",
      "Hello, not next week, the week after it, on Friday. Then our EU subsidy is paid and we are liquid again. Regards"),

    # Texas HVAC contractor (strategic), month-first
    r("X2506", at(23, "07:50", TX), "promise_to_pay", "2026-12-04", "locale-numeric-monthfirst",
      "Checks for 92509 and 92510 go out in the 12/4 run. Dale", sender=1),
    r("X2506", at(24, "13:05", TX), "promise_to_pay", "2026-11-30", "holiday",
      "Howdy,\n\nOffice is closed Thursday and Friday for Thanksgiving. First thing Monday I'll release the ACH for both invoices. Y'all have a good holiday.\n\nAccounts Payable\nLone Star Comfort Air"),
    r("X2506", at(25, "17:30", TX), "promise_to_pay", "2026-12-11", "locale-numeric-monthfirst delivery-date-distractor",
      "Hi – the rooftop units were delivered 11/18, GRN posted 11/20. Invoice 92509 is approved for the 12/11 pay cycle. 92510 still needs the PO matched, I'll get back to you on it.", sender=1, inv=["92509", "92510"], human=["undated"]),
    r("X2506", at(27, "08:15", TX), "promise_to_pay", "2026-12-15", "mid-month",
      "We'll have it to you mid-December. Busiest heating season in ten years and the field guys ate our cash on parts. — D. Ramirez", sender=1),
    r("X2506", at(23, "16:20", TX), "promise_to_pay", "2026-12-31", "end-of-year",
      "AP here. Both invoices are scheduled before year-end close, so by December 31 at the latest. Ticket AP-55612."),
]
