"""French replies for field21 (FR, BE, Québec): dated promises in every form, and the other intents."""

from evals.field21.build import Payment
from evals.field21.build import Reply as R
from evals.field21.kit import AUTO, CET, QC, at

PAYMENTS = [
    Payment("BK21-201", "W2131", "2026-11-23", "4360.00", "EUR", "VIR SEPA PARCS LE GOFF"),
    Payment("BK21-202", "W2133", "2026-11-19", "2940.00", "EUR", "CHOCOLATERIE DU SABLON 21331"),
]

DSN = ("Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n"
       "{a}\nMotif : 550 5.1.1 Adresse inconnue")

REPLIES = [
    R("W2131", at(24, "09:35", CET), "Bonjour, virement vend. pour les deux factures. Cordialement, Yann Le Goff", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday"]),
    R("W2132", at(26, "10:20", CET), "Bonjour, le règlement partira lundi 7. Bien à vous, Mathilde Berthier", "promise_to_pay", date="2026-12-07", sender=1, fam=["weekday-ordinal"]),
    R("W2133", at(23, "14:05", CET), "Bonjour, nous payons le 4. Laurence", "promise_to_pay", date="2026-12-04", sender=1, fam=["ordinal-alone", "terse"]),
    R("W2131", at(25, "11:00", CET), "Bonjour, paiement prévu le 4/12. Cdlt", "promise_to_pay", date="2026-12-04", sender=1, fam=["fr-numeric", "terse"]),
    R("W2132", at(23, "16:15", CET), "Madame, Monsieur, le virement sera émis le 10 déc. Salutations distinguées, la comptabilité", "promise_to_pay", date="2026-12-10", fam=["abbrev-month"]),
    R("W2133", at(25, "15:30", CET), "Bonjour, paiement semaine 50. Bonne journée", "promise_to_pay", date="2026-12-11", sender=1, fam=["calendar-week", "terse"]),
    R("W2131", at(26, "14:45", CET), "Bonjour, nous réglerons sous quinzaine. Yann", "promise_to_pay", date="2026-12-10", sender=1, fam=["fortnight"]),
    R("W2132", at(23, "11:25", CET), "Bonjour, le paiement se fera jeudi en huit. Mathilde", "promise_to_pay", date="2026-12-03", sender=1, fam=["tuesday-week"]),
    R("W2133", at(24, "10:40", CET), "Bonjour, nous réglerons avant Noël, promis. Laurence Dumont", "promise_to_pay", date="2026-12-24", sender=1, fam=["holiday", "before-christmas"]),
    R("W2131", at(27, "09:50", CET), "Bonjour, paiement en fin de mois. Yann", "promise_to_pay", date="2026-11-30", sender=1, fam=["month-end", "terse"]),
    R("W2132", at(25, "16:50", CET), "Bonjour, vous êtes inclus dans notre campagne de virements du dernier jour ouvré du mois. Cordialement", "promise_to_pay", date="2026-11-30", fam=["last-working-day", "payment-run"]),
    R("W2133", at(26, "12:15", CET), "Bonjour, initialement prévu le 3, le paiement sera fait le 9. Désolée, Laurence", "promise_to_pay", date="2026-12-09", sender=1, fam=["moved-date"]),
    R("W2131", at(23, "17:40", CET), "Ce ne sera pas vendredi mais lundi, la banque bloque nos virements cette semaine. Yann", "promise_to_pay", date="2026-11-30", sender=1, fam=["not-x-but-y"]),
    R("W2132", at(24, "13:55", CET), "Notre conseil de gérance se réunit le 1er décembre ; le virement partira le 4 décembre. Mathilde Berthier", "promise_to_pay", date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    R("W2133", at(27, "16:05", CET), "Bonjour, nous payons dans les 10 jours ouvrables. Cordialement", "promise_to_pay", date="2026-12-11", sender=1, fam=["working-days"]),
    R("W2131", at(24, "22:50", CET), "Bonsoir, je fais le virement demain matin. Yann", "promise_to_pay", date="2026-11-25", sender=1, fam=["late-evening"]),
    R("W2134", at(25, "13:20", QC), "Bonjour, on va vous payer après les Fêtes, la saison des sucres commence juste en mars. Sylvie", "promise_to_pay", date="2027-01-04", sender=1, fam=["holiday", "over-30-days", "flagged"]),
    R("W2134", at(27, "10:10", QC), "Bonjour, je vous envoie la moitié vendredi prochain pis le reste en janvier. Sylvie Gagnon", "promise_to_pay", date="2026-12-04", sender=1, human=["partial"], fam=["partial-in-words", "next-weekday", "flagged"]),
    R("W2132", at(27, "11:45", CET), "Bonjour, nous réglerons mi-décembre, sous réserve que la facture 21321 porte bien notre numéro de commande SCR-2026-118 que votre commercial nous avait confirmé lors de sa visite. Cordialement", "promise_to_pay", date="2026-12-15", inv=["21321"], sender=1, human=["conditional"], fam=["buried-condition", "mid-month"]),
    R("W2133", at(23, "10:15", CET), "Bonjour, nous paierons 1.500 € mardi et le solde le mois prochain. Laurence", "promise_to_pay", date="2026-11-24", amount="1500.00", sender=1, fam=["partial-amount"]),
    R("W2131", at(25, "17:10", CET), "Bonjour, nous paierons dès que possible. Yann", "promise_to_pay", sender=1, human=["undated"], fam=["undated"]),
    R("W2132", at(26, "09:00", CET), "Bonjour, la livraison du 18 novembre est en cours de contrôle, nous réglerons ensuite. Mathilde", "promise_to_pay", sender=1, human=["conditional"], fam=["distractor-only", "delivery-date"]),
    R("W2133", at(24, "16:25", CET), "Nous réglerons à réception du paiement de notre client, la Maison Wittamer. Laurence", "promise_to_pay", sender=1, human=["conditional"], fam=["undated", "condition"]),
    # other intents
    R("W2131", at(26, "11:30", CET), "Bonjour, serait-il possible de régler en trois fois, premier versement le 15 décembre ? Yann Le Goff", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan"]),
    R("W2134", at(24, "15:40", QC), "Bonjour, pourrions-nous payer 1 000 $ par mois à partir du 1er décembre? Sylvie", "payment_plan_request", date="2026-12-01", amount="1000.00", sender=1, fam=["plan", "flagged"]),
    R("W2131", at(23, "15:20", CET), "Bonjour, nous avons réglé la 21311 aujourd'hui, moins l'escompte de 2 % pour paiement anticipé et les frais de la 21312 que nous contestons. Yann", "dispute", inv=["21311", "21312"], sec=["already_paid"], human=["amount differs", "discount taken"], sender=1, fam=["discount-taken", "paid-bare-number"], note="BK21-201 is 4,360.00; the precedence puts dispute first"),
    R("W2133", at(25, "09:15", CET), "Bonjour, la 21331 a été payée le 19/11. Laurence", "already_paid", inv=["21331"], sender=1, fam=["paid-bare-number", "fr-numeric"]),
    R("W2132", at(25, "14:25", CET), "Bonjour, le prix au mètre facturé ne correspond pas au devis (48 € au lieu de 42 €). Merci d'émettre un avoir. Mathilde", "dispute", sender=1, fam=["price"]),
    R("W2133", at(26, "16:40", CET), "Bonjour, la facture 21332 fait double emploi avec la 21331. Nous payons la 21331 mercredi. Laurence", "dispute", inv=["21332", "21331"], sec=["promise_to_pay"], date="2026-12-02", sender=1, fam=["duplicate", "dispute-with-promise"]),
    R("W2131", at(24, "12:10", CET), "Bonjour, pouvez-vous me renvoyer la facture 21312 ? Merci", "invoice_resend", inv=["21312"], sender=1, fam=["resend"]),
    R("W2132", at(27, "14:35", CET), "Bonjour, merci de nous faire parvenir un relevé de compte. Cordialement", "invoice_resend", fam=["statement"]),
    R("W2132", at(24, "09:10", CET), "Bonjour, merci de rééditer la facture en indiquant notre numéro de commande SCR-2026-131 et non SCR-2026-118. Cordialement", "po_change", sec=["invoice_resend"], fam=["copy-with-change", "po"]),
    R("W2133", at(27, "12:50", CET), "Bonjour, à partir de maintenant merci d'envoyer les factures via Peppol à notre numéro d'entreprise BE0712345678. Laurence", "po_change", sender=1, fam=["mailbox", "peppol"]),
    R("W2131", at(25, "07:50", CET), "Bonjour, je suis absent jusqu'au 2 décembre inclus. Pour toute urgence, contactez compta@huitres-legoff.example.", "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : Relance : factures échues – Parcs à huîtres Le Goff", quote="none", fam=["ooo-short"]),
    R("W2133", at(23, "08:20", CET), "Je suis en congé jusqu'au 4 janvier. Vos messages ne seront pas transférés.", "out_of_office", sender=1, headers=AUTO, subject="Absence : Relance : factures échues – Chocolaterie du Sablon SRL", quote="none", human=["absence more than 14 days"], fam=["ooo-long"]),
    R("W2132", at(26, "09:06", CET), DSN.format(a="comptabilite@soieries-croixrousse.example"), "bounce", sender="MAILER-DAEMON@mail.soieries-croixrousse.example", subject="Non remis : Relance : factures échues", dsn=("comptabilite@soieries-croixrousse.example", "5.1.1"), gap_days=0, fam=["dsn-fr"]),
    R("W2134", at(24, "09:07", QC), DSN.format(a="comptes@cabane-tipaul.example"), "bounce", sender="MAILER-DAEMON@mail.cabane-tipaul.example", subject="Non remis : Relance : factures échues", dsn=("comptes@cabane-tipaul.example", "5.1.1"), gap_days=0, fam=["dsn-fr", "flagged"]),
    R("W2131", at(27, "15:15", CET), "Bonjour, je suis ostréiculteur, pas comptable ! Écrivez à mon expert-comptable, cabinet.riou@expert-riou.example.", "wrong_contact", sender=1, fam=["not-right-person"]),
    R("W2132", at(23, "13:30", CET), "Mme Berthier ne fait plus partie de l'entreprise. Merci d'écrire désormais à daf@soieries-croixrousse.example.", "wrong_contact", sender=0, fam=["left-company"]),
    R("W2133", at(24, "11:20", CET), "Merci, bien reçu.", "other", sender=1, fam=["no-action", "terse"]),
    R("W2131", at(26, "16:20", CET), "Bonjour, pour régler nous avons besoin de votre attestation de vigilance URSSAF et d'un RIB à jour. Yann", "other", sender=1, human=["paperwork"], fam=["paperwork"]),
    R("W2132", at(25, "12:35", CET), "Madame, Monsieur,\n\nNous accusons réception de votre relance. Nous vous informons toutefois que le ton employé nous paraît inapproprié au regard de nos vingt années de relation commerciale, et vous prions de bien vouloir transmettre désormais vos relances à notre direction.\n\nCordialement", "other", human=["complaint about tone"], fam=["tone-complaint", "formal"]),
]
