"""field41 English replies, part B: Perth, Vancouver, Cork, Florida (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AU, CA, IE, IN, US, at

PAYMENTS = [
    Payment("BK41-004", "C4105", "2027-09-13", "5490.00", "AUD", "SWAN BEND WINES INV 94107"),
    Payment("BK41-005", "C4107", "2027-09-15", "1500.00", "EUR", "LEE QUAY METAL PLAN INST 4"),
    Payment("BK41-006", "C4110", "2027-09-14", "3295.00", "AUD", "MR STILL HOUSE 94114 94115"),
]

REPLIES = [
    Reply("C4105", at(13, "14:25", AU), """Hi there,

Paid 94107 this arvo, should land tomorrow. Sorry it's late, vintage prep has us all over the place. The small one (94108) I'll do Friday week once Kylie's back.

Cheers
Tom @ Swan Bend""",
          "already_paid", inv=["94107", "94108"], sec=["promise_to_pay"], date="2027-09-24", sender="tom@swanbendwines.example",
          fam=["paid_today", "friday_week", "voice_australia_casual"], note="94107 matches BK41-004; 'Friday week' written Monday = 24 Sep"),
    Reply("C4105", at(14, "09:10", AU), """Morning,

Just confirming 94108 (AUD 760) will go out on the 30/09 with our end of quarter run.

Kylie Doyle
Business Manager | Swan Bend Wines
Lot 8 West Swan Rd, Caversham WA 6055""",
          "promise_to_pay", date="2027-09-30", inv=["94108"], fam=["numeric_day_first", "quarter_end", "voice_australia_formal"]),
    Reply("C4105", at(15, "17:33", AU), """Kylie here – we never got 94108 as far as I can tell. Nothing in Xero or the accounts inbox. Can you flick it over again please?""",
          "invoice_resend", inv=["94108"], fam=["resend_never_received", "voice_australia_casual"]),
    Reply("C4105", at(16, "11:02", AU), """Hi,

Can you tell me if you take payment by credit card? Our bank transfer limit has been hit this week because of the barrel order from France. Happy to pay 94108 today by Amex if you can send a link.

Kylie""",
          "other", inv=["94108"], human=["card payment question"], fam=["payment_method_question", "voice_australia_formal"]),
    Reply("C4106", at(13, "08:44", CA), """Hello,

Season 2 wrapped on Friday and our production accounting is in wrap mode. 94109 and 94110 are approved and will be paid in our cheque/EFT run on 22/09/2027.

Marc Leblanc
Production Accountant
False Creek Pictures Inc. | 1550 Johnston St, Vancouver BC""",
          "promise_to_pay", date="2027-09-22", fam=["numeric_day_first_ca", "voice_canada_film"]),
    Reply("C4106", at(14, "13:15", CA), """Hi,

94109 is billed against PO FCP-S2-0442 but that PO was closed at picture lock. Please re-issue against our wrap PO FCP-S2-W010 and send to ap-wrap@falsecreekpictures.example — otherwise it cannot be processed by the bonding company.

Thanks,
Marc""",
          "po_change", inv=["94109"], fam=["po_correction", "new_mailbox", "voice_canada_film"]),
    Reply("C4106", at(15, "16:50", CA), """Marc,

Our grip truck rental (94110) shows 12 days but we only had the truck for 9 days, it went back to you on August 3. Disputing the 3 extra days, CAD 585. The rest we pay as normal on October 1.

Production Accounting""",
          "dispute", sec=["promise_to_pay"], inv=["94110"], date="2027-10-01", sender=0, human=["partial"],
          fam=["partial_dispute_with_promise", "distractor_past_date", "voice_canada_film"]),
    Reply("C4106", at(16, "10:30", CA), """Hi, could you send a statement of account for False Creek Pictures as of Sept 15, 2027? The completion guarantor asks for it before they release the final draw.

Thank you
Marc""",
          "invoice_resend", fam=["statement_request", "voice_canada_film"]),
    Reply("C4107", at(13, "12:04", IE), """Hi,

Instalment 4 of our arrangement (EUR 1,500) goes out Wednesday as agreed. Copper prices are on the floor since August so we'd like to talk about pushing the last two instalments out by a month each - can someone ring me?

Declan O'Shea
Lee Quay Metal Recycling Ltd, Centre Park Road, Cork""",
          "payment_plan_request", sec=["promise_to_pay"], date="2027-09-15", amount="1500.00",
          fam=["plan_instalment_and_deferral", "voice_ireland"]),
    Reply("C4107", at(15, "15:20", IE), """Paid 1,500 today as per the plan, ref PLAN INST 4. Declan""",
          "already_paid", ref="PLAN INST 4", human=["amount differs from the open balance (plan instalment)"],
          fam=["plan_instalment_paid", "voice_mobile"], note="BK41-005 EUR 1,500 of 9,300"),
    Reply("C4107", at(16, "09:45", IE), """Declan is away at the recycling expo in Birmingham until Monday. I'm only minding the office, I don't deal with the accounts at all — you'd want our bookkeeper Aoife Twomey, aoife@twomeybookkeeping.example.

Siobhán""",
          "wrong_contact", sender=0, fam=["wrong_contact_named", "voice_ireland"]),
    Reply("C4108", at(13, "10:20", US), """Please direct all further correspondence regarding invoice 94112 to our attorney, Mr. Dale Whitcomb, Whitcomb & Reyes PA, St. Augustine. We will not discuss this account directly.

Beth Harlan
Funeral Director, Coquina Coast Funeral Home""",
          "other", inv=["94112"], human=["correspondence via attorney"], fam=["legal_attorney", "voice_florida"]),
    Reply("C4108", at(14, "11:55", US), """Hello,

Per the settlement discussed with your collections attorney, we will pay $2,000.00 on 9/30 and the remaining balance on 10/29/2027.

Coquina Coast Funeral Home
Office""",
          "payment_plan_request", date="2027-09-30", amount="2000.00", sender=0, fam=["numeric_month_first_us", "voice_florida"]),
    Reply("C4108", at(15, "08:35", US), """The amount on INV 94112 includes a $480 late fee and 1.5% monthly interest we never agreed to. We are disputing those charges in full.

Beth""",
          "dispute", inv=["94112"], fam=["late_fee_dispute", "voice_florida"]),
    Reply("C4109", at(13, "15:10", IN), """Hello Northwind,

Episode 19 post-production payments are cleared on 20th of this month. INV-2026-94113 is in that list, so you will receive the transfer on 20/09.

Vidya Iyer
Line Producer, Kaveri Reel Studios, Adyar, Chennai""",
          "promise_to_pay", date="2027-09-20", inv=["94113"], fam=["numeric_day_first_in", "voice_india_film"]),
    Reply("C4109", at(14, "19:02", IN), """Hi,
Sorry, correction to my mail of yesterday. 20th is not possible, the channel has delayed our milestone payment. Now it will be 27th Sept (Monday).
Vidya""",
          "promise_to_pay", date="2027-09-27", inv=["94113"], fam=["moved_date", "self_correction", "voice_india_film"]),
    Reply("C4109", at(15, "12:40", IN), """Dear Team, kindly mention our project code KRS-EP-27-019 and the SAC code 998439 on the invoice, our auditors rejected it without SAC. Please revise.

Accounts, Kaveri Reel""",
          "po_change", sender=0, fam=["project_code", "tax_code_india"]),
    Reply("C4109", at(16, "10:00", IN), """Ok will pay once the channel releases our money. Cant commit date now.""",
          "promise_to_pay", human=["conditional"], fam=["conditional_customer_pays", "voice_mobile"]),
    Reply("C4110", at(13, "16:48", AU), """G'day,

Sent the lot yesterday – 3,295 covering 94114 and 94115. Ref MR STILL HOUSE.

Tom""",
          "already_paid", ref="MR STILL HOUSE", fam=["collective_payment", "voice_australia_casual"],
          note="BK41-006 14 Sep AUD 3,295 = 2,880 + 415; claimed day 12 Sep (yesterday), within 14 days"),
    Reply("C4110", at(14, "08:15", AU), """Out of the distillery this week for the Perth Royal Show judging, back Tuesday 21 September. Emails checked in the evening, sporadically.

Tom Nguyen
Margaret River Still House""",
          "out_of_office", human=["absence typed by a person"], fam=["ooo_typed_by_person", "voice_australia_casual"]),
    Reply("C4110", at(15, "10:05", AU), """Hi, 94115 charged GST on export bottles to Singapore? That shipment was GST-free. Please fix.""",
          "dispute", inv=["94115"], fam=["vat_dispute", "voice_mobile"]),
]
