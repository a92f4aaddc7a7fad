"""field25, a few more: quarters, an invoice date beside the promise, disclaimers longer than the message. Written by hand."""

from __future__ import annotations

from evals.field25.kit import CET, IE, IT, JM, TX, at, r

_TX_DISCLAIMER = (
    "\n\n--\nCONFIDENTIALITY NOTICE: This electronic mail transmission and any attachments are intended solely for the use of the"
    " individual or entity to which they are addressed and may contain information that is privileged, confidential or exempt"
    " from disclosure under applicable law, including the Texas Public Information Act where applicable. If you are not the"
    " intended recipient, any dissemination, distribution, copying or use of this communication is strictly prohibited. If you"
    " have received this transmission in error, please notify the sender immediately by reply e-mail and destroy all copies."
    " Lone Star Comfort Air LLC does not accept liability for any viruses or for any statement made in this e-mail that is not"
    " an official company communication. TACLA000000C. Please consider the environment before printing this e-mail.")

REPLIES = [
    r("X2506", at(23, "15:10", TX), "promise_to_pay", "2026-12-31", "quarter long-disclaimer",
      "Both invoices will be cleared before the end of Q4 – December 31 latest.\n\nAP" + _TX_DISCLAIMER),
    r("X2508", at(25, "12:35", IE), "promise_to_pay", "2026-12-03", "invoice-date-distractor ordinal-alone",
      "Hi, 92513 is dated 14 September on our copy which is why it looked so old – anyway, we'll pay the pair of them on the 3rd.\nOffice"),
    r("X2502", at(26, "18:05", IT), "promise_to_pay", None, "quarter undated non-native-it",
      "Hello, sincerely we can pay only in the first quarter of next year, when the new fido (credit line) of the bank is active. I am sorry.\nGiovanni", sender=1,
      human=["undated", "conditional"]),
    r("X2511", at(24, "17:25", JM), "promise_to_pay", "2026-12-04", "long-disclaimer weekday-ordinal",
      "Payment will be made on Fri the 4th.\n\nM. Campbell\n\nThis message, including any attachments, is confidential and may be privileged. It is intended only for the"
      " addressee(s). If you have received it in error, you must not read, copy, forward or otherwise use it; please notify the sender and"
      " delete it. Cockpit Country Rum Blenders Ltd is registered in Jamaica. Opinions expressed are those of the author and not of the"
      " company unless stated. Email is not secure and may be intercepted; we accept no responsibility for changes made after sending."
      " Drink responsibly. Not for sale to persons under 18.", sender=1),
    r("X2523", at(27, "15:45", CET), "promise_to_pay", "2026-12-31", "quarter long-disclaimer html-outlook",
      "Grüezi\nDie beiden Rechnungen werden bis Ende Quartal beglichen.\nFreundliche Grüsse\nKreditoren\n"
      "Diese Nachricht ist vertraulich und ausschliesslich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein,"
      " ist jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts unzulässig. Bitte benachrichtigen Sie den"
      " Absender und löschen Sie die Nachricht. Die Bootswerft Seeburg AG übernimmt keine Haftung für die Richtigkeit und Vollständigkeit der"
      " übermittelten Informationen. E-Mails können nicht als sicher gelten.", html=True),
]
