"""field25, English promises (part two): Northland, Kinsale, Penang, Alaska, Jamaica. Written by hand."""

from __future__ import annotations

from evals.field25.kit import AK, IE, JM, MY, NZ, at, r

REPLIES = [
    # Manuka apiary, NZ (day-first)
    r("X2507", at(24, "07:30", NZ), "promise_to_pay", "2026-11-27", "terse-mobile",
      "Kia ora, paying both Fri. Tama", sender=1),
    r("X2507", at(25, "12:15", NZ), "promise_to_pay", "2026-12-10", "locale-numeric-dayfirst",
      "Hi team,\n\nWe're mid-harvest on the kānuka block so the office is a bit feral. Payment's set for 10/12 – direct credit from ASB.\n\nCheers\nAccounts | Manuka Ridge"),
    r("X2507", at(26, "19:40", NZ), "promise_to_pay", "2026-12-10", "weekday-week",
      "Sorry mate, totally slipped. Thurs week suit? That's when the export rebate comes through.\n\nT.", sender=1, note="Thursday week from Thursday 26: a week after Thursday 3 December"),
    r("X2507", at(27, "10:05", NZ), "promise_to_pay", "2026-12-14", "relative-span",
      "Hi – our payment terms are 20th of the month following but seeing it's yours and overdue, I'll push it through in a fortnight plus a few days – call it Monday 14 December.\n\nAccounts"),
    r("X2507", at(23, "14:00", NZ), "promise_to_pay", "2026-12-04", "ordinal-alone",
      "Will be on the 4th. Kind regards, Manuka Ridge Apiaries"),

    # Kinsale butchers, IE
    r("X2508", at(23, "09:50", IE), "promise_to_pay", "2026-11-26", "bare-weekday",
      "Hi,\n\nWill have that sorted Thursday. Christmas orders for turkeys and hams are mental this year, sorry for the delay.\n\nCiarán", sender=1),
    r("X2508", at(24, "16:15", IE), "promise_to_pay", "2026-12-08", "holiday",
      "Hello,\nThe 8th of December is still a shopping day down here even if nobody calls it a holiday any more – you'll have it that day. Both invoices.\nOffice, Kinsale Craft Butchers"),
    r("X2508", at(25, "11:45", IE), "promise_to_pay", "2026-12-23", "holiday",
      "Can't do it before the Christmas rush ends. Day before Christmas Eve, promise. C.", sender=1),
    r("X2508", at(26, "08:20", IE), "promise_to_pay", "2026-11-30", "forwarded-chain see-below",
      "See below from the bank, should be with you Monday.\n\n---------- Forwarded message ---------\nFrom: AIB Business Banking <noreply@aib-business.example>\nDate: Thu, 26 Nov 2026\nSubject: Payment scheduled\n\nYour SEPA payment of EUR 3,300.00 to NORTHWIND SUPPLIES GMBH has been scheduled for 30/11/2026.",
      amount="3300.00", partial=False),
    r("X2508", at(27, "15:55", IE), "promise_to_pay", "2026-12-04", "next-weekday",
      "Hi, 92514 next Friday. The other one I've a query on, I'll ring Bruno.\n\nOffice", inv=["92514", "92513"], human=["undated"]),

    # Penang batik, Malaysian writers
    r("X2509", at(23, "10:30", MY), "promise_to_pay", "2026-11-30", "non-native-my",
      "Hi Sir/Madam,\n\nNoted with thanks. Our payment run is every Monday, yours will be included in next Monday run. Kindly acknowledge.\n\nThanks & regards\nLim Mei Ling\nFinance Executive", sender=1),
    r("X2509", at(24, "15:20", MY), "promise_to_pay", "2026-11-30", "month-end non-native-my",
      "Dear Northwind,\nWill pay by end of this month ya. Boss already approve.\nFinance Dept"),
    r("X2509", at(25, "09:10", MY), "promise_to_pay", "2026-12-03", "locale-numeric-dayfirst non-native-my",
      "Hi, PBW/PO/3318 and PBW/PO/3362 both approved, TT date 3/12/2026. Will email the TT slip after.\nMei Ling", sender=1),
    r("X2509", at(26, "17:50", MY), "promise_to_pay", "2026-12-04", "meeting-before-payment non-native-my",
      "Dear Sir,\n\nOur director is having the monthly finance meeting on Tuesday 1 Dec to sign all the cheque and TT. After the meeting our bank need 3 days, so you will receive latest Friday 4 Dec.\n\nRegards\nFinance"),
    r("X2509", at(27, "11:00", MY), "promise_to_pay", "2026-12-04", "html-outlook non-native-my",
      "Dear Sir/Madam,\nPlease be informed that the outstanding amount will be settled on 4 December 2026.\nThank you.\nBest Regards,\nLim Mei Ling | Finance Executive | Penang Batik Works Sdn Bhd\nThis email and any attachments are confidential.", sender=1, html=True),

    # Denali Bush Air (legal), month-first
    r("X2510", at(23, "08:10", AK), "promise_to_pay", "2026-12-01", "locale-numeric-monthfirst legal-threat",
      "I've told your lawyer and I'll tell you: the check goes in the mail 12/1. Quit copying me on these.\n\nKaren Lindqvist\nDenali Bush Air", sender=1),
    r("X2510", at(25, "21:45", AK), "promise_to_pay", "2026-12-18", "late-evening",
      "Weather grounded us for 9 days, no flights no revenue. We can cover 8470 by Dec 18. That's the truth of it.", sender=1),
    r("X2510", at(27, "12:30", AK), "promise_to_pay", None, "undated sarcasm",
      "Sure. We'll pay as soon as the float plane pays for itself. Any day now.\n\nOffice", human=["undated"]),

    # Cockpit Country rum, Jamaica (day-first)
    r("X2511", at(23, "10:00", JM), "promise_to_pay", "2026-11-25", "bare-weekday",
      "Good morning,\n\nPayment will be sent Wednesday.\n\nRegards\nMarcia Campbell\nFinancial Controller", sender=1),
    r("X2511", at(24, "14:35", JM), "promise_to_pay", "2026-12-09", "locale-numeric-dayfirst",
      "Hi,\nWe have scheduled the wire for 09/12/2026 for both invoices. Please confirm your USD account at Deutsche Bank is unchanged.\nAccounts"),
    r("X2511", at(25, "16:00", JM), "promise_to_pay", "2026-12-11", "calendar-week",
      "Hello – our foreign payments for week 50 are released on Friday, yours is on the list. Marcia", sender=1),
    r("X2511", at(26, "09:25", JM), "promise_to_pay", "2026-12-01", "first-working-day",
      "Good day, the wire will go on the first business day of December. Cockpit Country Rum Blenders – Accounts"),
    r("X2511", at(27, "11:40", JM), "promise_to_pay", "2026-12-02", "two-dates",
      "Hi Bruno's team,\n92519 goes Wednesday, 92518 on the 9th when the duty-free shipment is paid for.\nMarcia", sender=1, inv=["92519", "92518"], human=["conditional"]),
]
