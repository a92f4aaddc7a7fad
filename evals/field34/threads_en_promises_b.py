"""field34 English promises, part B: Outlook HTML, bilingual disclaimers, promises told only in the subject line,
forwarded chains, hidden conditions and distractor dates."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field34.kit import CET, EG, GB, IE, JP, KR, TR, US_E, at

P = "promise_to_pay"

DISCLAIMER_EN_FR = (
    "\n\n--\nThis email and any attachments are confidential and may be legally privileged. If you are not the intended "
    "recipient, please notify the sender at once and delete it; any use, copying or disclosure is prohibited. Whitcombe "
    "Harlow LLP is authorised and regulated by the Solicitors Regulation Authority.\n"
    "Ce courriel et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. Si vous "
    "n'en êtes pas le destinataire, merci d'en avertir l'expéditeur et de le supprimer ; toute utilisation, copie ou "
    "divulgation est interdite.")
DISCLAIMER_EN_DE = (
    "\n\n________________\nCONFIDENTIALITY: The information in this message is intended solely for the addressee. Access "
    "by anyone else is unauthorised. Whitcombe Harlow LLP accepts no liability for changes made after it was sent.\n"
    "VERTRAULICHKEIT: Diese Nachricht ist ausschließlich für den Adressaten bestimmt. Sollten Sie sie irrtümlich erhalten "
    "haben, benachrichtigen Sie bitte den Absender und löschen Sie sie. Jede unbefugte Weitergabe ist untersagt.")

REPLIES = [
    Reply("K3408", at(27, "12:48", GB), "Dear Sirs,\nWe confirm that INV-2026-93414 will be paid on Wednesday 2 December.\nYours faithfully\nAccounts Department\nWhitcombe Harlow LLP" + DISCLAIMER_EN_FR, P,
          date="2026-12-02", inv=["93414"], sender=0, html=True, fam=["html-outlook", "long-disclaimer", "weekday-date", "law-firm"]),
    Reply("K3401", at(26, "09:58", CET), "Best regards\nHeike Brandt\nHead of Purchasing", P, subject="RE: Reminder: overdue invoices – Brandt – will pay on 03.12.",
          date="2026-12-03", fam=["subject-only", "dotted-numeric", "non-native-de"]),
    Reply("K3406", at(30, "18:21", JP), "Sent from Tanaka's mobile", P, subject="Re: payment on Dec 9",
          date="2026-12-09", fam=["subject-only", "terse-mobile", "non-native-jp"]),
    Reply("K3410", at(31, "14:02", US_E), "Hi,\nApproved in our system, paying net 10 from today.\nThanks\nDana", P,
          date="2026-12-11", html=True, fam=["html-outlook", "relative-span", "wholesale"]),
    Reply("K3409", at(26, "12:20", IE), "See below — pay on the 4th as Ciarán says.\n\n---------- Forwarded message ---------\nFrom: Ciarán Dunmore\nDate: Thu, 26 Nov 2026 at 11:58\nSubject: Northwind\n\nPay Northwind on the 4th please, not before, the VAT return goes first.", P,
          date="2026-12-04", sender=0, fam=["see-below", "forwarded-chain", "ordinal-alone", "accounting-firm"]),
    Reply("K3403", at(27, "14:14", CET), "Hello, we will pay you when the Regione pays our fishing subsidy, they say mid December. Giulia", P,
          date="2026-12-15", human=["conditional"], fam=["condition", "mid-month", "non-native-it"]),
    Reply("K3405", at(31, "11:44", EG), "Dear Sir, we pay after the external auditor signs the grant report, his deadline is 10 December, so around the 14th. Mona", P,
          date="2026-12-14", human=["conditional"], fam=["condition", "two-dates", "non-native-eg", "ngo"]),
    Reply("K3407", at(28, "16:30", KR), "Dear Sir, payment will be on 2027-01-15 when new fiscal budget is opened. Thank you.", P,
          date="2027-01-15", fam=["iso-date", "far-date", "non-native-kr", "university", "weekend"]),
    Reply("K3408", at(30, "17:05", GB), "We'll pay as soon as the matter this relates to closes. Priya", P,
          human=["undated", "conditional"], fam=["condition", "undated", "law-firm"]),
    Reply("K3411", at(27, "20:40", US_E), "Gonna be honest, we'll pay when we can. Black Friday crab sales were a bust, who knew.", P,
          human=["undated"], fam=["undated", "sarcasm", "black-friday", "fishery"]),
    Reply("K3410", at(29, "21:33", US_E), "Sunday night catching up on email. PO GLF-88213 gets paid on 1 Dec.\nDana", P,
          date="2026-12-01", fam=["weekend", "day-month", "wholesale"]),
    Reply("K3402", at(30, "09:47", CET), "Hello, the payment is ready, I only wait for the signature of my father who is in Bordeaux until Thursday, then it goes on Friday. Antoine", P,
          date="2026-12-04", human=["conditional"], fam=["condition", "hidden-condition", "non-native-fr", "vineyard"]),
    Reply("K3404", at(26, "12:36", TR), "Dear Sir, we pay on 15.12.2026, our bank must accept first the letter of credit documents. Regards Emre", P,
          date="2026-12-15", human=["conditional"], fam=["condition", "dotted-numeric", "non-native-tr"]),
    Reply("K3406", at(28, "09:09", JP), "Dear Sir, payment is scheduled for the 25th of the next month. Best regards, Accounting Dept.", P,
          date="2026-12-25", sender=0, fam=["ordinal-month", "non-native-jp", "weekend"]),
    Reply("K3401", at(27, "14:50", CET), "Hello, we pay Friday, 11 December (not the 4th like I said on the phone). H. Brandt", P,
          date="2026-12-11", fam=["moved-date", "past-call-distractor", "non-native-de"]),
    Reply("K3403", at(29, "18:22", CET), "On the phone last Tuesday I told you the 30th, now it is the 7th, sorry. Giulia", P,
          date="2026-12-07", fam=["moved-date", "past-call-distractor", "ordinal-alone", "weekend"]),
    Reply("K3408", at(26, "10:40", GB), "The delivery on 19 November was all in order; we'll pay on 1 December. Priya", P,
          date="2026-12-01", fam=["delivery-date-distractor", "law-firm"]),
    Reply("K3409", at(31, "16:10", IE), "Your invoice dated 22 September only reached us last week. We'll pay by close of business Friday.", P,
          date="2026-12-04", fam=["invoice-date-distractor", "accounting-firm"]),
    Reply("K3410", at(27, "11:11", US_E), "Q4 close is upon us — every open invoice gets released by end of Q4.\nDana", P,
          date="2026-12-31", fam=["quarter", "black-friday", "wholesale"]),
    Reply("K3405", at(26, "14:05", EG), "Dear Northwind, we will transfer on Sunday 6 December, it is the first working day of our week. Regards, Finance", P,
          date="2026-12-06", sender=0, fam=["weekday-date", "non-native-eg"]),
    Reply("K3407", at(31, "15:00", KR), "Hello, we pay on the second Thursday of December. Park", P,
          date="2026-12-10", fam=["nth-weekday-of-month", "non-native-kr"]),
    Reply("K3406", at(27, "13:13", JP), "Dear Sir, we will pay at the beginning of next month. Regards, Tanaka", P,
          date="2026-12-01", fam=["month-start", "non-native-jp"]),
    Reply("K3401", at(28, "10:30", CET), "Hello, we pay on the 2nd working day in December. Regards from Saturday office, H. Brandt", P,
          date="2026-12-02", fam=["first-working-day", "weekend", "non-native-de"]),
    Reply("K3408", at(29, "19:55", GB), "Will pay tomorrow.", P,
          date="2026-11-30", fam=["terse-mobile", "weekend"]),
    Reply("K3409", at(29, "11:30", IE), "It'll be paid by the second Sunday of Advent at the latest – 6 Dec – through online banking.", P,
          date="2026-12-06", fam=["advent", "holiday", "weekend", "accounting-firm"]),
    Reply("K3410", at(31, "08:33", US_E), "We'll pay 93418 in two weeks. 93419 is still sitting with purchasing.", P,
          date="2026-12-15", inv=["93418", "93419"], fam=["relative-span", "two-invoices"]),
    Reply("K3411", at(30, "07:58", US_E), "Dec installment is gonna be a week late, the 14th instead of the 7th. Sorry bout that.", P,
          date="2026-12-14", fam=["instalment-existing-plan", "moved-date", "cyber-monday"]),
    Reply("K3402", at(26, "19:10", CET), "We pay at the end of the month, like every month. Bonne soirée.", P,
          date="2026-11-30", fam=["month-end", "non-native-fr"]),
    Reply("K3403", at(30, "11:52", CET), "Bonifico for the 880 euro tomorrow, the big one after New Year. Ciao", P,
          date="2026-12-01", amount="880.00", inv=["93405", "93406"], fam=["partial-amount", "mixed-language", "non-native-it"]),
    Reply("K3407", at(26, "11:21", KR), "Dear Sir, we will pay on 4th of December (Friday). Sincerely, Finance Team", P,
          date="2026-12-04", sender=0, fam=["weekday-ordinal", "non-native-kr"]),
    Reply("K3408", at(28, "09:15", GB), "Thank you for your email.\nPlease be advised that payment has been scheduled for 3 December 2026.\nAccounts" + DISCLAIMER_EN_DE, P,
          date="2026-12-03", sender=0, html=True, fam=["html-outlook", "long-disclaimer", "weekend", "law-firm"]),
    Reply("K3409", at(27, "09:05", IE), "We'll pay next week, promise. C.", P,
          date="2026-12-04", fam=["next-week", "terse-mobile"]),
    Reply("K3406", at(29, "22:10", JP), "Dear Sir, payment will be done early next week. Thank you for understanding.", P,
          date="2026-11-30", fam=["early-next-week", "non-native-jp", "weekend"]),
    Reply("K3404", at(28, "13:00", TR), "Hello, we can pay 3.000 EUR on Thursday and more next week. Emre", P,
          date="2026-12-03", amount="3000.00", fam=["partial-amount", "non-native-tr", "weekend"]),
    Reply("K3401", at(29, "17:45", CET), "Sunday greetings. The transfer will be on the Wednesday of the week after next. Heike", P,
          date="2026-12-09", fam=["week-after-next", "weekend", "non-native-de"]),
    Reply("K3405", at(30, "09:40", EG), "Dear Sir, we are waiting for the donor transfer, once it arrives we pay you the same day.", P,
          human=["conditional", "undated"], fam=["condition", "undated", "non-native-eg", "ngo"]),
    Reply("K3410", at(26, "16:45", US_E), "We owe you, we know. Paying 12/18. Happy Thanksgiving.", P,
          date="2026-12-18", fam=["locale-numeric-monthfirst", "holiday"]),
    Reply("K3411", at(28, "12:00", US_E), "Season's dead till spring. We'll pay it all on March 1st.", P,
          date="2027-03-01", fam=["far-date", "fishery", "weekend"]),
    Reply("K3408", at(31, "12:30", GB), "We have a partners' meeting on 8 December; payment goes the day after. Priya", P,
          date="2026-12-09", fam=["meeting-before-payment", "relative-to-event", "law-firm"]),
    Reply("K3402", at(31, "08:20", CET), "Today my Portuguese cellar workers have their holiday, the 1st of December, so the bank trip is tomorrow. Antoine", P,
          date="2026-12-02", fam=["holiday", "portugal-1-december", "non-native-fr"]),
    Reply("K3403", at(27, "16:41", CET), "We are fishermen, not bankers :) Payment Tuesday.", P,
          date="2026-12-01", fam=["sarcasm", "terse-mobile", "non-native-it"]),
    Reply("K3406", at(26, "15:27", JP), "Dear Sir, we will pay on 2026年12月4日. Best regards.", P,
          date="2026-12-04", fam=["cjk-date", "non-native-jp"]),
    Reply("K3407", at(30, "14:44", KR), "Dear Sir/Madam,\nPlease note that the payment for HB-2026-0912 will be made on December 3rd.\nBest regards\nPark Ji-won", P,
          date="2026-12-03", html=True, fam=["html-outlook", "ordinal-month", "non-native-kr"]),
    Reply("K3409", at(28, "15:50", IE), "No need for a plan, we'll pay all of it on the 30th.", P,
          date="2026-11-30", fam=["ordinal-alone", "weekend"]),
    Reply("K3410", at(30, "13:26", US_E), "Your invoice is approved in Coupa, so our terms apply from today: 5 business days.\nDana", P,
          date="2026-12-07", fam=["supplier-portal", "working-days", "cyber-monday"]),
]
