"""English promises: terse mobile, formal AP, non-native English, sarcasm around a real promise, HTML-only Outlook,
disclaimers longer than the message, instalments of an existing arrangement, conditions and US/UK numeric dates."""

from evals.field.build import Reply

_DISCLAIMER = ("\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error "
               "please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the "
               "author and do not necessarily represent those of the company. Stonebridge Housing Association is a charitable registered society "
               "(No. 30411R) regulated by the Regulator of Social Housing. We will never ask you to change bank details by e-mail. Please consider "
               "the environment before printing this e-mail.")

REPLIES: list[Reply] = [
    Reply("R1101", "2026-11-24T08:12:00+00:00", "Will go out Fri.\n\nSent from my iPhone",
          "promise_to_pay", date="2026-11-27", fam=["promise", "terse-mobile", "abbrev-weekday"]),
    Reply("R1101", "2026-11-24T16:40:00+00:00", "Hi,\n\nThe 745 one is in tomorrow's run. The bigger one (11011) goes on 4/12 once the director is back to sign it off.\n\nThanks\nPriya",
          "promise_to_pay", date="2026-11-25", inv=["11012", "11011"], sender=1, fam=["promise", "two-invoices", "numeric-day-first"], note="the first payment is tomorrow; 4/12 for the other"),
    Reply("R1102", "2026-11-23T14:05:00-05:00", "Hello,\n\nINV-2026-11021 has been approved and is scheduled for our 12/3 check run.\n\nRegards,\nAccounts Payable\nLakemont Veterinary Group",
          "promise_to_pay", date="2026-12-03", fam=["promise", "us-numeric", "check-run"]),
    Reply("R1102", "2026-11-25T22:50:00-05:00", "dana here - finally got sign off. ACH tomorrow, promise. sorry its been a saga",
          "promise_to_pay", date="2026-11-26", sender=1, fam=["promise", "terse-mobile", "timezone", "lowercase"]),
    Reply("R1103", "2026-11-24T10:20:00+00:00", "Ah yes, sorry, that one slipped through the cracks. I'll transfer it by the end of the week.\n\nSinead",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "end-of-week"]),
    Reply("R1103", "2026-11-26T09:02:00+00:00", "Oh wonderful, another reminder, just what my Thursday needed. Yes, fine, it'll be paid on Monday. Happy now?",
          "promise_to_pay", date="2026-11-30", fam=["promise", "sarcasm"]),
    Reply("R1104", "2026-11-24T11:45:00+05:30", "Dear Sir/Madam,\n\nGreetings from Tamarind Foods. We wish to inform that payment against your invoice no. 11041 is under process and will be released on or before 30/11/2026. Kindly bear with us.\n\nThanks & Regards\nRamesh Iyer\nAccounts Executive",
          "promise_to_pay", date="2026-11-30", inv=["11041"], sender=1, fam=["promise", "non-native", "en-IN", "numeric-day-first"]),
    Reply("R1104", "2026-11-25T18:10:00+05:30", "Hello team, please note payment will be done by next week Wednesday as our GM is travelling. Do the needful and stop the reminders till then.",
          "promise_to_pay", date="2026-12-02", fam=["promise", "non-native", "en-IN", "next-week-weekday"]),
    Reply("R1105", "2026-11-25T07:30:00+11:00", "G'day, we'll pay $1,000 this arvo and the rest once the Christmas orders come through. Cheers, Brooke",
          "promise_to_pay", date="2026-11-25", amount="1000.00", sender=1, human=["conditional"], fam=["promise", "partial", "conditional", "en-AU", "colloquial"]),
    Reply("R1105", "2026-11-26T12:15:00+11:00", "No dramas, it's scheduled for the 3rd.",
          "promise_to_pay", date="2026-12-03", fam=["promise", "ordinal-alone", "terse"]),
    Reply("R1106", "2026-11-24T09:30:00+00:00", "Good morning,\n\nThank you for your email. I can confirm that invoice 11061 has been approved for payment and will be included in our BACS run on Thursday 3 December.\n\nKind regards\nLewis Morgan\nFinance Business Partner" + _DISCLAIMER,
          "promise_to_pay", date="2026-12-03", sender=1, inv=["11061"], html=True, fam=["promise", "formal-ap", "long-disclaimer", "weekday-with-date", "flag-strategic", "html-outlook"]),
    Reply("R1107", "2026-11-24T10:05:00-05:00", "Hi! Tanya here. We'll pay both invoices on Friday the 4th. Have a great Thanksgiving!",
          "promise_to_pay", date="2026-12-04", sender=1, fam=["promise", "weekday-ordinal", "us"]),
    Reply("R1107", "2026-11-23T16:45:00-05:00", "We can do the $390 on 11/30 and the $1,275 on 12/15.",
          "promise_to_pay", date="2026-11-30", amount="390.00", inv=["11072", "11071"], fam=["promise", "us-numeric", "two-dates", "partial"]),
    Reply("R1108", "2026-11-24T13:20:00+02:00", "Morning. Payment will be made at month end as per our normal cycle. Regards, Johan",
          "promise_to_pay", date="2026-11-30", sender=1, fam=["promise", "month-end", "en-ZA"]),
    Reply("R1108", "2026-11-25T15:00:00+02:00", "Hi, we are waiting for Eskom to pay us out on a big contract. As soon as that lands we will settle you, hopefully within the next fortnight.",
          "promise_to_pay", human=["conditional"], fam=["promise", "conditional", "our-customer-pays-us"]),
    Reply("R1109", "2026-11-24T11:00:00+00:00", "Dear Sirs\n\nWe acknowledge your letter. Our client account will settle the above on or before 11 December 2026.\n\nYours faithfully\nFenwick & Dale LLP",
          "promise_to_pay", date="2026-12-11", fam=["promise", "formal", "flag-legal", "solicitors"]),
    Reply("R1110", "2026-11-24T08:55:00+00:00", "Your invoice ML-PO-55120 / INV-2026-11101 has passed three-way match and is scheduled for payment in the next payment run (Tuesday 01/12/2026).\n\nMeridian Logistics AP Shared Service Centre\nTicket SSC-448120",
          "promise_to_pay", date="2026-12-01", fam=["promise", "shared-service-centre", "numeric-day-first", "payment-run"]),
    Reply("R1110", "2026-11-25T14:30:00+00:00", "Hi,\n\nKwame asked me to reply. We'll get this away in the week after next, Weds most likely. Apologies for the delay, we've been migrating ERP.\n\nBest\nOlu (temp, AP team)",
          "promise_to_pay", date="2026-12-09", sender=1, fam=["promise", "week-after-next", "hedged-day", "temp"]),
    Reply("R1101", "2026-11-26T19:20:00+00:00", "Hello,\n\nI do the books for Harbourside. Priya has asked me to let you know that both invoices will be paid in full on 30 November.\n\nKind regards\nJane Whitcombe AAT\nWhitcombe Bookkeeping",
          "promise_to_pay", date="2026-11-30", sender=2, fam=["promise", "bookkeeper", "accountant-for-client"]),
    Reply("R1102", "2026-11-24T09:10:00-05:00", "Per our agreement this is installment 2 of 3, $1,826.67, going out 12/1.",
          "promise_to_pay", date="2026-12-01", amount="1826.67", fam=["promise", "instalment-existing-plan", "us-numeric"]),
    Reply("R1105", "2026-11-24T20:40:00+11:00", "Will pay asap mate, cashflow's tight after the festival.",
          "promise_to_pay", human=["undated"], fam=["promise", "undated", "en-AU"]),
    Reply("R1104", "2026-11-26T10:00:00+05:30", "Sir, payment will be made on 8th January after year end closing. Kindly note.",
          "promise_to_pay", date="2027-01-08", fam=["promise", "far-date", "non-native", "ordinal-month"]),
    Reply("R1106", "2026-11-25T12:00:00+00:00", "Lewis is out today. I can see it's approved; it should go in Friday's BACS.\n\nRegards, Purchase Ledger",
          "promise_to_pay", date="2026-11-27", fam=["promise", "colleague", "flag-strategic"]),
    Reply("R1103", "2026-11-24T21:15:00+00:00",
          "Hello,\n\nApologies, I was sure this had gone. I have set up the transfer for Tuesday 1st December.\n\nKind regards,\nSinead Byrne\nDirector | Cobalt Signage Ltd\nUnit 4, Greenogue Business Park",
          "promise_to_pay", date="2026-12-01", sender=1, html=True, fam=["promise", "html-outlook", "weekday-ordinal"]),
    Reply("R1108", "2026-11-26T08:05:00+02:00", "Hi. We will pay the full R-equivalent, USD 6,120, if you confirm by today that the panel warranty certificates are on their way. Then it goes tomorrow.",
          "promise_to_pay", date="2026-11-27", amount="6120.00", partial=False, human=["conditional"], fam=["promise", "conditional", "condition-date", "full-amount-stated"]),
    Reply("R1107", "2026-11-25T08:30:00-05:00", "Paying by card over the phone Monday, can someone call me at 555-0142?",
          "promise_to_pay", date="2026-11-30", sec=[], fam=["promise", "card-by-phone"]),
]

