"""English replies from Britain and Ireland (field60): a Cambridge punt company, a Kilkenny First Communion shop and a
Chelsea show-garden builder on credit hold. Day-first, BST/IST offsets, the May bank holidays and the Irish June one."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, BST, IST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-005", "B6003", "2029-04-30", "5395.00", "GBP", "GRANTA PUNT AND CHAUFFEUR CO"),
    P("BK60-006", "B6005", "2029-05-24", "22650.00", "GBP", "HAWTHORN VINE SHOW GARDENS HAWTHORN CHELSEA"),
]

REPLIES = [
    # --- Granta Punt & Chauffeur (Cambridge)
    R("B6003", at(4, 23, "09:20", BST), "Olly here. We'll pay after the early May bank holiday, on Tuesday the 8th.", "promise_to_pay", date="2029-05-08", fam=["holiday", "weekday-ordinal"]),
    R("B6003", at(4, 25, "13:40", BST), "Paying the £615 one tomorrow. The £4,780 once the May Week bookings come in.", "promise_to_pay", date="2029-04-26", amount="615.00", inv=inv("60032", "60031"), human=["conditional"], fam=["two-invoices", "condition", "tomorrow"]),
    R("B6003", at(4, 27, "08:55", BST), "Payment on 14/05.", "promise_to_pay", date="2029-05-14", sender=0, fam=["uk-numeric", "terse"]),
    R("B6003", at(5, 1, "10:10", BST), "We paid the £5,395 by BACS on Friday, should be with you by now.", "already_paid", fam=["paid-no-ref", "matched-by-amount"]),
    R("B6003", at(5, 4, "15:32", BST), "You've charged us for twelve new punt poles. We took delivery of eight. Please credit the other four before we pay anything.", "dispute", fam=["quantity-dispute"]),
    R("B6003", at(5, 7, "07:00", BST), "Our office is closed for the bank holiday and reopens on Tuesday 8 May. Punts are running from Mill Lane as usual; booking enquiries to bookings@grantapunts.example.", "out_of_office", headers=AUTO, subject="Auto: office closed", sender=0, fam=["auto-reply", "holiday"]),
    R("B6003", at(5, 9, "11:25", BST), "Can you send 60031 again please? The copy we have shows no VAT breakdown and our accountant won't process it like that.", "invoice_resend", inv=inv("60031"), fam=["resend", "vat-copy"]),
    R("B6003", at(5, 11, "16:05", BST), "It'll go across a fortnight today.", "promise_to_pay", date="2029-05-25", fam=["fortnight"]),
    R("B6003", at(5, 15, "12:00", BST), "Our bookkeeper only comes in on Thursdays. Thursday week then.", "promise_to_pay", date="2029-05-24", fam=["thursday-week"]),
    R("B6003", at(5, 17, "09:48", BST), "We've registered for VAT since you invoiced us: GB 318 2290 47. Please reissue both with our number on so we can reclaim it.", "po_change", inv=inv("60031", "60032"), fam=["vat-number", "reissue"]),
    R("B6003", at(5, 21, "17:30", BST), "end of the month. honest.", "promise_to_pay", date="2029-05-31", fam=["end-of-month", "lowercase", "terse"]),
    R("B6003", at(5, 22, "10:15", BST), "Olly has sold his share of the business. I'm Hattie Royle, the new director; please write to me at h.royle@grantapunts.example about this.", "wrong_contact", sender=0, fam=["sold-business", "new-contact"]),
    R("B6003", at(5, 24, "14:50", BST), "We'll get it to you on Friday, before the bank holiday weekend.", "promise_to_pay", date="2029-05-25", fam=["holiday", "weekday"]),
    R("B6003", at(5, 29, "09:05", BST), "Paying on 1st June.", "promise_to_pay", date="2029-06-01", fam=["ordinal-month"]),
    R("B6003", at(6, 1, "13:20", BST), "Thanks – passed to our accountant.", "other", sender=0, fam=["no-action", "acknowledgement"]),
    R("B6003", at(6, 4, "16:45", BST), "It's in tomorrow's BACS run.", "promise_to_pay", date="2029-06-05", fam=["tomorrow", "payment-run"]),
    # --- Bláth Communion & Occasionwear (Kilkenny)
    R("B6004", at(4, 24, "20:10", IST), "Aoife here. Communion Saturdays start on the 5th of May and we're flat out till then. I'll pay the lot on Friday the 18th of May.", "promise_to_pay", date="2029-05-18", fam=["weekday-ordinal", "distractor-dates", "season"]),
    R("B6004", at(4, 26, "12:35", IST), "Could I pay the 860 now and the 3,920 in three goes over May, June and July?", "payment_plan_request", date="2029-04-26", amount="860.00", fam=["plan-with-months", "now"]),
    R("B6004", at(4, 30, "10:05", IST), "Hi, Aoife is at the bridal fair in Galway until Thursday, I'm only minding the shop. She'll see this when she's back. Sinéad", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "shop-assistant"]),
    R("B6004", at(5, 2, "09:15", IST), "This was paid on the 30th, reference BLATH APR.", "already_paid", ref="BLATH APR", human=["no matching payment"], fam=["paid-with-ref", "unmatched"]),
    R("B6004", at(5, 4, "18:20", IST), "€2,000 today and the rest on the 31st.", "promise_to_pay", date="2029-05-04", amount="2000.00", fam=["partial-amount", "today", "two-dates"]),
    R("B6004", at(5, 9, "11:50", IST), "I'll pay Tuesday week.", "promise_to_pay", date="2029-05-22", fam=["tuesday-week", "terse"]),
    R("B6004", at(5, 11, "15:00", IST), "Twelve of the veils came with the lace torn at the comb. I have photos. Please credit them, I can't sell them to anyone's mammy like that.", "dispute", fam=["damaged-goods", "irish-english"]),
    R("B6004", at(5, 14, "09:40", IST), "We'll have it to you by the 25th.", "promise_to_pay", date="2029-05-25", fam=["ordinal-alone"]),
    R("B6004", at(5, 16, "14:25", IST), "I never got 60042 at all. Can you email it to me?", "invoice_resend", inv=inv("60042"), fam=["never-received"]),
    R("B6004", at(5, 18, "03:12", IST), "Delivery has failed to these recipients or groups:\n\na.brennan@blath-occasionwear.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\nGenerating server: DB9PR01MB4471.eurprd01.prod.outlook.example\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'", "bounce", sender="postmaster@blath-occasionwear.example", dsn=("a.brennan@blath-occasionwear.example", "5.2.2"), subject="Undeliverable: Reminder: overdue invoices – Bláth Communion & Occasionwear Ltd", fam=["dsn-exchange", "mailbox-full"]),
    R("B6004", at(5, 21, "19:45", IST), "I'll sort it Thursday so I will.", "promise_to_pay", date="2029-05-24", fam=["weekday", "irish-english"]),
    R("B6004", at(5, 23, "10:30", IST), "Any chance of a discount if I clear the whole lot this week? The season's been grand but the margins are thin.", "other", human=["discount question"], fam=["discount"]),
    R("B6004", at(5, 28, "16:10", IST), "The June bank holiday is Monday the 4th so it'll be the Tuesday after, the 5th.", "promise_to_pay", date="2029-06-05", fam=["holiday", "weekday-ordinal"]),
    R("B6004", at(5, 30, "12:00", IST), "Hello, this is Bláth Bridal in Cork, not the communion shop in Kilkenny. Wrong Bláth I'm afraid, we've never ordered from you.", "wrong_contact", sender="hello@blathbridalcork.example", fam=["wrong-company", "unknown-sender"]),
    R("B6004", at(6, 1, "08:50", IST), "will pay monday", "promise_to_pay", date="2029-06-04", fam=["terse", "lowercase", "weekday"]),
    R("B6004", at(6, 4, "21:05", IST), "Sorry, bank holiday here. First thing tomorrow.", "promise_to_pay", date="2029-06-05", fam=["holiday", "late-evening", "tomorrow"]),
    # --- Hawthorn & Vine Show Gardens (Surrey, credit hold)
    R("B6005", at(4, 23, "08:05", BST), "Jem. The Chelsea build starts on 12 May. If you lift the stop on the yew hedging we'll pay £10k on Friday.", "promise_to_pay", date="2029-04-27", amount="10000.00", human=["conditional"], fam=["credit-hold-condition", "weekday", "distractor-dates"]),
    R("B6005", at(4, 30, "17:22", BST), "Half the box balls in the last delivery were dead on arrival. Brown right through. We're not paying for dead plants.", "dispute", fam=["quality-dispute"]),
    R("B6005", at(5, 3, "10:00", BST), "Full payment on 31st May, after the show garden is broken down.", "promise_to_pay", date="2029-05-31", fam=["event-date", "ordinal-month"]),
    R("B6005", at(5, 9, "13:15", BST), "We'd like to clear 60051 in four monthly payments starting in June. Would that be acceptable?", "payment_plan_request", inv=inv("60051"), fam=["undated-plan", "instalments"]),
    R("B6005", at(5, 14, "06:30", BST), "I'm on site at RHS Chelsea until Sunday 27 May and replies will be slow. For deliveries call the site office.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Hawthorn & Vine Show Gardens Ltd", fam=["auto-reply", "event"]),
    R("B6005", at(5, 18, "11:40", BST), "Our sponsor is paying for the show garden materials. Please readdress the invoice to their AP team, ap@fenwickbank.example, quoting PO HV-CHL-29-SP.", "po_change", fam=["billing-party", "po-change"]),
    R("B6005", at(5, 24, "15:10", BST), "£22,650 paid today, reference HAWTHORN CHELSEA.", "already_paid", ref="HAWTHORN CHELSEA", fam=["paid-with-ref", "matched"]),
    R("B6005", at(5, 29, "09:30", BST), "We got silver-gilt! Thanks for getting the hedging there in time.", "other", fam=["no-action", "thanks"]),
    R("B6005", at(6, 1, "12:45", BST), "Balance goes out Weds 6th.", "promise_to_pay", date="2029-06-06", fam=["abbrev-weekday", "weekday-ordinal"]),
    R("B6005", at(6, 4, "10:20", BST), "Please send a statement, we can't reconcile your figures with ours.", "invoice_resend", sender=0, fam=["statement"]),
]
