"""English replies for field35: farms, small manufacturers, accountants and assistants writing for their clients.

Voices from Ireland, Scotland, India, South Africa and the US; late-night and weekend replies, promises split over
invoices with amounts, conditions hidden mid-sentence, distractor dates. Written for this split, never run through the
reader before it was committed.
"""

from __future__ import annotations

from evals.field35.build import Payment, Reply
from evals.field35.kit import AUTO, IE, IN, SCO, US, ZA, at, iso

OFF = {"J3501": IE, "J3502": SCO, "J3503": IN, "J3504": ZA, "J3505": US, "J3506": US, "J3507": SCO}
SIGN = {
    "J3501": "Maeve\nBallinhassig Dairy", "J3502": "A. Grant | Finance Director | Craigellachie Cooperage",
    "J3503": "Thanks & Regards,\nRohan Kulkarni\nAccounts Executive, Deccan Precision", "J3504": "Johan\nSent from my iPhone",
    "J3505": "Dana Moore, CPA\nLindqvist & Moore — writing on behalf of our client Hartwell Feed & Grain",
    "J3506": "Tom B.\nController, GMW", "J3507": "Fiona\nGlenalmond Hill",
}
US_CUST = {"J3505", "J3506"}
EN_CUST = list(OFF)

OPENERS = [
    "Hi there,", "Morning,", "Hello,", "Dear Sir/Madam,", "Hiya,", "Good evening (sorry, late one from the yard),",
    "Hi — forwarding on behalf of the boss, he asked me to reply:", "Dear Team,", "Hey,", "Good day,",
    "Apologies for the delay, it's been a mad week with the herd.", "Hi all,", "Respected Sir/Madam,",
    "Writing from the kitchen table on a Saturday so excuse the brevity.", "Hi, quick one from my phone.", "Greetings,",
]

# (what the sender says, the day it promises, extra human reasons, amount, families)
CORES: list[tuple[str, str, list[str], str | None, list[str]]] = [
    ("Payment is going out Tue 8th.", iso(8), [], None, ["abbrev-weekday"]),
    ("We'll settle this on Wed the 9th, that's our run.", iso(9), [], None, ["abbrev-weekday", "weekday-ordinal"]),
    ("Thurs 10 Dec is when the transfer leaves us.", iso(10), [], None, ["abbrev-weekday"]),
    ("Expect it on the fourteenth, a Monday.", iso(14), [], None, ["date-in-words"]),
    ("Our creditors run was moved from the 9th to Friday the 11th, so you'll have it the 11th.", iso(11), [], None, ["distractor-moved-date"]),
    ("After the partners meet on the 8th I can release it, transfer on Thursday 10th.", iso(10), [], None, ["distractor-meeting"]),
    ("The delivery docket is dated 3 Nov but payment itself will be made 15 December.", iso(15), [], None, ["distractor-delivery-date"]),
    ("I told your colleague on the phone on 20 Nov it would be end of Nov, that slipped, it's now Wed 16th.", iso(16), [], None, ["distractor-past-call"]),
    ("Will pay on the last business day of the month as usual.", iso(31), [], None, ["month-end"]),
    ("We pay the 17th, the day the creamery cheque clears.", iso(17), [], None, ["ordinal-alone"]),
    ("Before we shut for Christmas — we'll pay on Friday 18th.", iso(18), [], None, ["holiday"]),
    ("Half now-ish: we'll send 2,000.00 on Wed 9th and the remainder on the 23rd.", iso(9), [], "2000.00", ["split-promise", "partial-amount"]),
    ("We can do 1,500 of it on Monday 14 Dec, rest in January.", iso(14), [], "1500.00", ["partial-amount"]),
    ("Once the co-op pays us for the October milk we will pay you, should be Friday 11th.", iso(11), ["conditional"], None, ["hidden-condition"]),
    ("We'll clear it the 10th, assuming the bank releases the harvest loan in time.", iso(10), ["conditional"], None, ["hidden-condition"]),
    ("Paying on Tuesday the 15th of December.", iso(15), [], None, ["weekday-ordinal"]),
    ("Scheduled in the portal for 12/09.", iso(9), [], None, ["locale-numeric"]),
    ("Remittance will go 14/12.", iso(14), [], None, ["locale-numeric"]),
    ("Within 5 working days of today you'll have it.", "", [], None, ["working-days"]),
    ("Payment next week Wednesday.", "", [], None, ["relative-span"]),
    ("You'll have it by Friday.", "", [], None, ["bare-weekday"]),
    ("The invoice date was 20 Sept, I know; it's paid on 22nd December, no sooner.", iso(22), [], None, ["distractor-invoice-date"]),
    ("Accountant has it queued for the 21st.", iso(21), [], None, ["ordinal-alone", "accountant-voice"]),
    ("Ok to pay on Mon 7th, first thing.", iso(7), [], None, ["abbrev-weekday"]),
    ("Fri the 11th — transfer.", iso(11), [], None, ["weekday-ordinal", "terse"]),
    ("We'll pay INV-2026-XXA on the 8th and the other one on the 15th.", iso(8), [], None, ["split-promise"]),
    ("Will be paid on 23 Dec, just before Christmas Eve.", iso(23), [], None, ["holiday"]),
    ("By the end of the week after next, so Friday 18th latest.", iso(18), [], None, ["relative-span"]),
    ("Sure, we'll pay in calendar week 51, on the Wednesday (16th).", iso(16), [], None, ["calendar-week"]),
    ("Paying the 29th, when we reopen after Christmas.", iso(29), [], None, ["holiday", "ordinal-alone"]),
]


def _friday(day: int) -> str:
    return iso(4) if day < 4 else iso(11)


def _promises() -> list[Reply]:
    out: list[Reply] = []
    for i in range(90):
        text, when, human, amount, fam = CORES[i // 3]
        cust = EN_CUST[i % len(EN_CUST)]
        day = 1 + i % 4
        if text.startswith("Scheduled") and cust not in US_CUST:
            text, when = "Scheduled in the portal for 09/12.", iso(9)
        if text.startswith("Remittance") and cust in US_CUST:
            text, when = "Remittance will go 12/14.", iso(14)
        if fam == ["working-days"]:
            when = {1: iso(8), 2: iso(9), 3: iso(10), 4: iso(11)}[day]
        elif fam == ["relative-span"] and "Wednesday" in text:
            when = iso(9)
        elif fam == ["bare-weekday"]:
            when = _friday(day)
        body = f"{OPENERS[i % len(OPENERS)]}\n\n{text}\n\n{SIGN[cust]}"
        body = body.replace("INV-2026-XXA", f"the {('October', 'first', 'big')[i % 3]} invoice")
        hm = ("23:41", "07:12", "13:05", "21:58")[i % 4] if i % 5 else ("10:20" if day < 4 else "18:30")
        out.append(Reply(cust, at(day, hm, OFF[cust]), body, "promise_to_pay", date=when, amount=amount,
                         human=list(human), fam=[*fam, "en-" + cust[-1]], sender=i % 2, html=i % 7 == 3,
                         ))
    return out


PAID = [
    ("Paid this morning, ref BALLIN-DEC01, from AIB.", "J3501", "BALLIN-DEC01"),
    ("This went out on 27 Nov via BACS, our ref CCL-77410. Please check again before chasing.", "J3502", "CCL-77410"),
    ("Kindly note the amount has already been remitted through NEFT/SWIFT, UTR DPA2611290043, on 29.11.2026.", "J3503", "DPA2611290043"),
    ("Paid Friday. EFT ref ROOI-4471. Pop attached.", "J3504", "ROOI-4471"),
    ("Our client paid by ACH on 11/25/2026, trace 091000019934512. Please apply it.", "J3505", "091000019934512"),
    ("Check #20417 mailed 11/20. Should have landed by now.", "J3506", "20417"),
    ("That was paid at the mart day, I handed your driver a cheque — number 000318.", "J3507", "000318"),
    ("See below from our bank — confirmation of transfer 28/11, ref MO-LEARY-2.\n\n---------- Forwarded message ---------\nTransfer completed. Reference MO-LEARY-2.", "J3501", "MO-LEARY-2"),
    ("Both invoices paid in one go on 30 Nov, remittance GRANT-3011.", "J3502", "GRANT-3011"),
    ("Payment done yesterday itself, transaction id HDFC88213.", "J3503", "HDFC88213"),
    ("Ja, it's paid. Check your statement for VANWYK NOV.", "J3504", "VANWYK NOV"),
    ("Wire sent Monday, Fed ref 20261130B1Q8.", "J3506", "20261130B1Q8"),
    ("Paid on Sunday night through the online banking, ref GLENALMOND.", "J3507", "GLENALMOND"),
    ("Sorted on the 26th — EFT, ref HFG-0926 (our client's name on it, not ours).", "J3505", "HFG-0926"),
    ("We paid the full lot on 24 November, ref DAIRY2411. Pls stop the reminders.", "J3501", "DAIRY2411"),
]

DISPUTE = [
    ("J3501", "The second invoice charges for 40 bags of mineral lick; we got 32. Not paying that one until it's corrected."),
    ("J3502", "The staves on PO CC-PO-5512 were delivered split and wet. We're rejecting 14% of the load and won't pay for it."),
    ("J3503", "Sir, price charged is USD 14.20/unit whereas agreed rate was USD 12.80 as per our mail. Please revise."),
    ("J3504", "Your tech never came out to fix the cold room. We're not paying for a service that wasn't done."),
    ("J3505", "Our client disputes the freight line — they collected the order themselves."),
    ("J3506", "Quite the invoice. You billed us twice for the same tooling, which I'm sure was an accident."),
    ("J3507", "We never ordered the fencing wire on there. Someone else's order, I'd say."),
    ("J3503", "Goods received in damaged condition, photos attached. Kindly issue credit note before we process."),
    ("J3502", "VAT's charged at 20% on zero-rated items. Can't pass it like that."),
    ("J3506", "Great, another invoice for parts still on backorder. We'll pay when they exist."),
]

RESEND = [
    ("J3501", "Can you send us a copy of the October invoice? Can't find it anywhere."),
    ("J3502", "Please re-send both invoices as PDFs to ap@ — the originals went to a staff member who has left."),
    ("J3503", "Kindly share the invoice copy with our GST number mentioned, the earlier one is missing it."),
    ("J3504", "Nothing was received from you. Send the invoice again pls."),
    ("J3505", "Could you email a statement and the invoice copy so we can reconcile for the client?"),
    ("J3506", "Please send the invoice through again, our scanner ate it."),
    ("J3507", "Could I have a copy posted? The email version won't open on the farm computer."),
    ("J3505", "Our client needs a reissued invoice showing tax exempt status — certificate attached. Please send a corrected one."),
]

PO = [
    ("J3506", "Please send future invoices to invoices@gmmachineworks.example, not to me."),
    ("J3502", "Please reissue against our new PO CC-PO-5601; the old one was closed at year end."),
    ("J3503", "PO number on invoice is wrong, correct PO is DPA/PO/2415. Please amend and resend."),
    ("J3506", "Our system rejects it without PO GMW-1240 — please put that on."),
    ("J3506", "Invoice must reference blanket PO GMW-BL-2027 from now on, can you redo it?"),
    ("J3502", "Wrong PO — should be CC-PO-5571 not 5570. Reissue please."),
    ("J3503", "Please upload to our supplier portal with PO DPA/PO/2291-A; emailed invoices are not processed."),
    ("J3501", "Our new co-op buying group wants the order number BG-4419 on every invoice. Can you add it?"),
    ("J3505", "The client's PO changed after the merger, new one is HFG-2026-88. Please reissue."),
    ("J3507", "Can you put our holding number HN-2241 as the reference on the invoice? The grant people need it."),
    ("J3504", "Order number must be RF-PO-118, not blank. Please redo."),
]

PLAN = [
    ("J3501", "Milk price has collapsed. Could we pay this off over 4 months?"),
    ("J3502", "We'd like to spread the larger invoice over three instalments, Jan to March. Is that possible?"),
    ("J3503", "Request you to kindly allow us to pay in 3 EMIs due to cash crunch."),
    ("J3504", "Season's been rough. Can we do monthly payments of R2,000?"),
    ("J3505", "Our client asks whether the existing plan can be stretched — the December instalment is a problem."),
    ("J3506", "Could we do the balance in two halves, Jan and Feb?"),
    ("J3507", "Would you take it in instalments after lambing? Say spring."),
    ("J3505", "Re the payment plan: client proposes $1,000 monthly starting January instead of $2,100."),
    ("J3503", "Kindly consider instalment facility, we will pay in parts over next quarter."),
    ("J3501", "Any chance of splitting it over the next few months?"),
]

WRONG = [
    ("J3501", "I'm the herdsman, not accounts. Try accounts@ instead."),
    ("J3502", "Alasdair left the company in October. Please direct to ap@craigcooperage.example."),
    ("J3503", "After acquisition by Sahyadri Motors, payables is handled by their Mumbai office. This mailbox is not monitored."),
    ("J3504", "Wrong Johan. I'm not with Rooihoek, never have been."),
    ("J3505", "We no longer act for Hartwell Feed & Grain. Please contact the client directly."),
    ("J3507", "Fiona's on maternity leave — her brother does the books now: calum@glenalmondhill.example."),
    ("J3501", "This is a personal email, you have the wrong O'Leary."),
    ("J3502", "Cooperage was sold to Speyside Barrels Ltd. They now handle all suppliers; our finance team has gone."),
    ("J3503", "Please remove me from this list, I look after HR, not payments."),
]

OTHER = [
    ("J3501", "Thanks, noted.", ["no-action"], []),
    ("J3502", "Received, thank you.", ["no-action"], []),
    ("J3503", "Noted with thanks.", ["no-action"], []),
    ("J3504", "Someone phoned claiming to be from your company asking for our card details to pay this. Is that you? Looks like fraud.", [], ["fraud alert"]),
    ("J3505", "Can we pay this by card over the phone? Who do I call?", [], ["asks for a call"]),
    ("J3506", "Need your W-9 before we can set you up for payment.", [], ["tax form requested"]),
    ("J3507", "Are you the same company as Northwind Agri? Confused.", [], ["question"]),
    ("J3502", "Our parent has filed for administration; the administrator will be in touch about creditor claims.", [], ["insolvency"]),
    ("J3506", "Please direct all further correspondence to our attorney, Brennan & Vail LLP.", [], ["legal"]),
    ("J3501", "Grand, thanks a mill.", ["no-action"], []),
    ("J3503", "Your bank details changed per the letter we got — please confirm by phone before we pay.", [], ["bank details verification"]),
    ("J3504", "Can you tell me the account name on your bank? Our system needs it.", [], ["question"]),
    ("J3505", "Please send us your updated 1099 info.", [], ["tax form requested"]),
    ("J3507", "Cheers.", ["no-action"], []),
]


def _simple(rows, intent: str, fam: str, start: int) -> list[Reply]:
    out = []
    for k, (cust, text) in enumerate(rows):
        day = 1 + (k + start) % 4
        body = f"{OPENERS[(k + start) % len(OPENERS)]}\n\n{text}\n\n{SIGN[cust]}"
        out.append(Reply(cust, at(day, ("09:14", "22:47", "16:02", "06:55")[k % 4], OFF[cust]), body, intent, fam=[fam], sender=k % 2,
                         html=k % 5 == 2))
    return out


def _paid() -> list[Reply]:
    return [Reply(c, at(1 + k % 4, "11:3" + str(k % 10), OFF[c]), f"{OPENERS[(k + 5) % len(OPENERS)]}\n\n{t}\n\n{SIGN[c]}", "already_paid",
                  ref=r, fam=["paid-with-ref"], sender=k % 2) for k, (t, c, r) in enumerate(PAID)]


def _other() -> list[Reply]:
    return [Reply(c, at(1 + k % 4, "15:4" + str(k % 10), OFF[c]), f"{t}\n\n{SIGN[c]}", "other", human=h, fam=["other", *f], sender=k % 2)
            for k, (c, t, f, h) in enumerate(OTHER)]


def _ooo() -> list[Reply]:
    out = []
    notes = ["I am out of the office until 14 December with limited access to email.", "On annual leave, back Monday 7 Dec.",
             "Away at the Royal Highland Winter Fair until Friday.", "Out of office till 08.12.2026. For urgent matters call the office.",
             "I'm on leave for Diwali holidays extended, returning 9th Dec.", "Currently on the farm with no signal, back next week.",
             "Away until 2 January. Your email will not be forwarded.", "Thank you for your email. I'm travelling until Thursday 10th.",
             "OOO — back 15/12.", "Out at client year-end visits through Dec 11; replies will be delayed."]
    for k, n in enumerate(notes):
        c = EN_CUST[k % len(EN_CUST)]
        out.append(Reply(c, at(1 + k % 4, "00:0" + str(k), OFF[c]), f"{n}\n\n{SIGN[c]}", "out_of_office", headers=dict(AUTO),
                         subject="Automatic reply: Reminder: overdue invoices", fam=["auto-reply"], sender=1, quote="none"))
    return out


def _bounce() -> list[Reply]:
    out = []
    for k in range(10):
        c = EN_CUST[k % len(EN_CUST)]
        dom = {"J3501": "ballinhassigdairy.example", "J3502": "craigcooperage.example", "J3503": "deccanprecision.example",
               "J3504": "rooihoekfruit.example", "J3505": "lindqvistmoore.example", "J3506": "gmmachineworks.example",
               "J3507": "glenalmondhill.example"}[c]
        who = ("accounts", "m.oleary", "ap", "a.grant", "r.kulkarni", "admin", "d.moore", "t.beaulieu", "office", "f.mackenzie")[k]
        text = ("Delivery to the following recipient failed permanently:\n\n    " + f"{who}@{dom}\n\n"
                + ("The email account that you tried to reach does not exist." if k % 2 else "550 5.1.1 User unknown") + f" (attempt {k + 1})")
        out.append(Reply(c, at(1 + k % 4, "05:1" + str(k), OFF[c]), text, "bounce", sender=f"mailer-daemon@{dom}",
                         subject="Undeliverable: Reminder: overdue invoices", dsn=(f"{who}@{dom}", "5.1.1"), fam=["dsn"], quote="none"))
    return out


REPLIES: list[Reply] = (_promises() + _paid() + _simple(DISPUTE, "dispute", "dispute", 0) + _simple(RESEND, "invoice_resend", "resend", 1)
                        + _simple(PO, "po_change", "po-change", 2) + _simple(PLAN, "payment_plan_request", "plan", 3)
                        + _simple(WRONG, "wrong_contact", "wrong-contact", 0) + _other() + _ooo() + _bounce())

PAYMENTS = [Payment("BK35-001", "J3502", "2026-11-27", "21230.00", "GBP", "CCL-77410"),
            Payment("BK35-002", "J3505", "2026-11-25", "2100.00", "USD", "091000019934512"),
            Payment("BK35-003", None, "2026-11-30", "4210.00", "EUR", "DAIRY2411")]
