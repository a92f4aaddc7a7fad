"""French replies (field57): a Lyon Easter chocolatier at the height of its season and a Geneva climbing school."""

from evals.field.build import Payment, Reply
from evals.field57.kit import AUTO, CEST, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK57-030", "E5731", "2028-03-21", "4810.00", "EUR", "VIR CHOCOLATERIE PAQUERETTE FACT 57031 57032"),
    P("BK57-031", "E5732", "2028-03-23", "3380.00", "CHF", "ECOLE ESCALADE VERTIGES VE-0931"),
]

REPLIES = [
    # --- Chocolaterie Pâquerette (FR)
    R("E5731", at(13, "09:20", CET), "Bonjour, nous réglerons vendredi. Cordialement, Élodie Vial", "promise_to_pay", date="2028-03-17", sender=1, fam=["weekday"]),
    R("E5731", at(14, "18:40", CET), "Virement prévu le 24/03.", "promise_to_pay", date="2028-03-24", fam=["numeric-day-first", "terse"]),
    R("E5731", at(15, "11:10", CET), "Nous payons les 690 € demain et le reste après Pâques, quand les œufs seront vendus.", "promise_to_pay", date="2028-03-16", amount="690.00", fam=["partial-amount", "after-easter"]),
    R("E5731", at(20, "08:50", CET), "Le règlement partira avant la Semaine sainte, donc au plus tard le vendredi 7 avril.", "promise_to_pay", date="2028-04-07", fam=["holy-week", "weekday-date"]),
    R("E5731", at(22, "16:30", CET), "Paiement sous quinzaine.", "promise_to_pay", date="2028-04-05", fam=["sous-quinzaine", "terse"]),
    R("E5731", at(27, "10:00", CEST), "Le virement devait partir aujourd'hui, il partira finalement jeudi. Pardon, mercredi. Non, jeudi, la banque ferme tôt mercredi.", "promise_to_pay", date="2028-03-30", sender=1, fam=["self-correction-twice", "weekday"]),
    R("E5731", at(16, "21:15", CET), "On paiera en fin de mois, promis.", "promise_to_pay", date="2028-03-31", fam=["end-of-month", "informal"]),
    # --- École d'Escalade Vertiges (CH)
    R("E5732", at(14, "10:40", CET), "Bonjour,\n\nLe paiement sera effectué le mardi 21 mars.\n\nMeilleures salutations\nLuc Monnier", "promise_to_pay", date="2028-03-21", sender=1, fam=["weekday-date", "swiss"]),
    R("E5732", at(17, "14:00", CET), "Nous réglons la semaine prochaine, ça joue ?", "promise_to_pay", date="2028-03-24", fam=["next-week", "swiss-colloquial"]),
    R("E5732", at(21, "09:15", CET), "Versement de CHF 1'500 vendredi, solde début avril.", "promise_to_pay", date="2028-03-24", amount="1500.00", fam=["swiss-apostrophe", "partial-amount", "two-dates"]),
    R("E5732", at(23, "17:20", CET), "Paiement le 31 mars, après le bouclement trimestriel.", "promise_to_pay", date="2028-03-31", fam=["quarter-close", "month-name-date"]),
    R("E5732", at(29, "08:45", CEST), "Nous payerons dans huit jours.", "promise_to_pay", date="2028-04-05", fam=["huit-jours", "swiss"], note="'dans huit jours' = +7 (French counts the day itself)"),
    R("E5731", at(30, "12:10", CEST), "Paiement mardi prochain.", "promise_to_pay", date="2028-04-04", fam=["next-weekday"]),
    # --- already_paid
    R("E5731", at(22, "09:00", CET), "Virement effectué hier pour les deux factures (4 810 €).", "already_paid", fam=["paid-matched-amount", "space-thousands"]),
    R("E5732", at(24, "10:20", CET), "Payé le 23.03, référence VE-0931.", "already_paid", ref="VE-0931", fam=["paid-matched", "dotted-date"]),
    R("E5731", at(28, "15:40", CEST), "C'est payé depuis longtemps, vérifiez vos comptes. Chèque n° 8841203 envoyé le 2 mars.", "already_paid", ref="8841203", human=["no matching payment"], fam=["cheque", "irritated"]),
    R("E5732", at(31, "11:30", CEST), "Réglé.", "already_paid", fam=["one-word", "paid-matched-amount"], note="BK57-031 of 23 March matches"),
    # --- disputes
    R("E5731", at(16, "10:30", CET), "Vous nous avez facturé 40 kg de couverture noire, nous en avons reçu 30. Merci d'établir un avoir.", "dispute", fam=["quantity-dispute", "credit-note-first"]),
    R("E5732", at(20, "15:10", CET), "Les cordes livrées ne sont pas conformes à la norme EN 892. Nous refusons de payer tant que ce n'est pas réglé.", "dispute", sender=1, fam=["quality-dispute"]),
    R("E5731", at(23, "14:20", CET), "La facture 57032 fait doublon avec la 57031 : mêmes moules, même date de livraison.", "dispute", inv=["INV-2027-57031", "INV-2027-57032"], fam=["duplicate-billing", "short-number"]),
    R("E5732", at(28, "09:50", CEST), "Le tarif convenu était de 290 CHF la journée de formation, pas 340. Nous payons la partie non contestée jeudi.", "dispute", sec=["promise_to_pay"], date="2028-03-30", fam=["price-dispute", "plus-promise"]),
    # --- invoice_resend
    R("E5731", at(17, "11:45", CET), "Pourriez-vous nous renvoyer la facture 57031 ? Introuvable chez nous.", "invoice_resend", inv=["INV-2027-57031"], fam=["copy-request"]),
    R("E5732", at(22, "13:00", CET), "Merci de nous faire parvenir un relevé de compte.", "invoice_resend", fam=["statement-request"]),
    R("E5731", at(29, "16:00", CEST), "Jamais reçu cette facture.", "invoice_resend", fam=["never-received", "terse"]),
    # --- po_change
    R("E5731", at(21, "10:10", CET), "C'est la troisième fois que je vous le dis : notre numéro de commande CP-2028-044 doit figurer sur la facture. Sinon elle est rejetée.", "po_change", sender=1, fam=["po-change-as-complaint"]),
    R("E5732", at(27, "14:30", CEST), "À partir du 1er avril, merci d'adresser vos factures à factures@vertiges-escalade.example.", "po_change", fam=["mailbox-change"]),
    R("E5731", at(31, "09:30", CEST), "Nouvelle adresse de facturation : 12 rue Mercière, 69002 Lyon. Merci de rééditer les deux factures.", "po_change", fam=["address-change"]),
    # --- payment_plan_request
    R("E5731", at(18, "10:00", CET), "Serait-il possible de régler en trois fois ? Premier versement le 31 mars, puis fin avril et fin mai.", "payment_plan_request", date="2028-03-31", fam=["plan-three", "month-name-date"]),
    R("E5732", at(24, "16:10", CET), "Pouvons-nous payer CHF 1'000 par mois à partir du 15 avril ?", "payment_plan_request", date="2028-04-15", amount="1000.00", fam=["plan-monthly", "swiss-apostrophe"]),
    R("E5731", at(30, "17:45", CEST), "Un échéancier serait possible ? La saison de Pâques ne nous paie qu'en mai.", "payment_plan_request", fam=["plan-vague", "easter"]),
    # --- out_of_office
    R("E5731", at(20, "07:30", CET), "Je suis absente jusqu'au 17 avril inclus (congés de Pâques). Pour toute urgence : compta@chocolaterie-paquerette.example", "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : absente", human=["absence over 14 days"], fam=["ooo-long", "easter"]),
    R("E5732", at(15, "08:00", CET), "Je suis absent jusqu'au lundi 20 mars.", "out_of_office", sender=1, headers=AUTO, subject="Absence", fam=["ooo-short"]),
    R("E5732", at(28, "08:00", CEST), "Réponse automatique : notre administration est fermée jusqu'au 3 avril.", "out_of_office", headers=AUTO, subject="Réponse automatique", fam=["ooo-short", "office-closed"]),
    # --- bounce
    R("E5731", at(13, "09:06", CET), "Votre message n'a pas pu être remis à e.vial@chocolaterie-paquerette.example.\n\n550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@chocolaterie-paquerette.example", subject="Échec de la remise du message", dsn=("e.vial@chocolaterie-paquerette.example", "5.1.1"), quote="none", fam=["dsn-french"]),
    R("E5732", at(23, "09:06", CET), "Non remis : la boîte aux lettres de l.monnier@vertiges-escalade.example est pleine.", "bounce", sender="postmaster@vertiges-escalade.example", subject="Non remis", dsn=("l.monnier@vertiges-escalade.example", "5.2.2"), quote="none", fam=["dsn-french", "mailbox-full"]),
    # --- wrong_contact
    R("E5731", at(24, "12:30", CET), "Je ne m'occupe plus de la comptabilité depuis janvier, je suis passée à la boutique. Écrivez à compta@.", "wrong_contact", sender=1, fam=["moved-department", "partial-address"]),
    R("E5732", at(30, "10:40", CEST), "M. Monnier a quitté l'école. Adressez-vous à Mme Favre, s.favre@vertiges-escalade.example.", "wrong_contact", sender=1, fam=["left-company", "new-contact"]),
    # --- other
    R("E5731", at(19, "13:00", CET), "Bien reçu, merci.", "other", fam=["no-action", "acknowledgement"]),
    R("E5732", at(26, "18:20", CEST), "Acceptez-vous le paiement par TWINT ?", "other", human=["payment-method question"], fam=["payment-method", "swiss"]),
]
