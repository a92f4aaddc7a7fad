"""French replies (field58): a Breton ice-cream maker, a campsite in the Landes on a plan and a school supplier in
Namur, around the 15 August bridge and la rentrée."""

from evals.field.build import Payment, Reply
from evals.field58.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK58-030", "K5831", "2028-08-09", "470.00", "EUR", "GLACIER LE PINGOUIN FACT 58312"),
    P("BK58-031", None, "2028-08-22", "3640.00", "EUR", "LAMBERT GROUPE SA"),
    P("BK58-032", "K5833", "2028-08-17", "720.00", "EUR", "FOURNITURES LAMBERT 58332"),
]

REPLIES = [
    # --- Glacier Le Pingouin (Bretagne)
    R("K5831", at(14, "23:05", CEST), "Bonsoir, on fait le pont du 15 août, je vous règle jeudi.\nYann", "promise_to_pay", date="2028-08-17", fam=["weekday", "pont", "late-evening"]),
    R("K5831", at(18, "10:40", CEST), "Le virement de 2 860 € partira entre le 28 et le 30 août.", "promise_to_pay", date="2028-08-30", amount="2860.00", inv=["INV-2027-58311"], partial=False, fam=["date-range", "space-thousands"]),
    R("K5831", at(23, "16:20", CEST), "Règlement vendredi prochain, promis.", "promise_to_pay", date="2028-09-01", fam=["next-weekday"]),
    R("K5831", at(28, "09:15", CEST), "Nous réglerons à la rentrée, quand la saison sera terminée.", "promise_to_pay", human=["undated"], fam=["a-la-rentree", "vague"], sender=0),
    R("K5831", at(31, "14:05", CEST), "Le paiement était prévu aujourd'hui mais il est décalé au mardi 5 septembre, notre banque bloque le virement.", "promise_to_pay", date="2028-09-05", fam=["moved-date", "weekday-date"]),
    # --- Camping des Pins Maritimes (Landes, plan)
    R("K5832", at(16, "08:30", CEST), "Bonjour, l'échéance d'août de 1 400 € sera versée le 25/08.", "promise_to_pay", date="2028-08-25", amount="1400.00", fam=["plan-instalment", "numeric-day-first"]),
    R("K5832", at(21, "19:50", CEST), "Je suis seule à l'accueil cette semaine, la présidente est en congés. Elle fera le virement dès son retour, lundi 28.", "promise_to_pay", date="2028-08-28", fam=["one-person-office", "weekday-date"], sender=0),
    R("K5832", at(25, "11:35", CEST), "Paiement sous quinzaine.", "promise_to_pay", date="2028-09-08", fam=["sous-quinzaine", "terse"]),
    R("K5832", at(30, "17:10", CEST), "Nous réglerons fin septembre, après la fermeture du camping.", "promise_to_pay", date="2028-09-30", fam=["end-of-named-month", "season-end"]),
    # --- Fournitures Scolaires Lambert (Namur)
    R("K5833", at(14, "10:25", CEST), "Bonjour, c'est la rentrée le 28 chez nous, on est débordés. Nous payons les deux factures le 1er septembre.", "promise_to_pay", date="2028-09-01", fam=["back-to-school", "premier"]),
    R("K5833", at(17, "15:30", CEST), "Notre maison mère, Lambert Groupe SA, réglera la facture de 3 640 € mardi prochain. Le virement viendra de leur compte.", "promise_to_pay", date="2028-08-22", amount="3640.00", inv=["INV-2027-58331"], partial=False, fam=["parent-company", "next-weekday", "belgian"]),
    R("K5833", at(22, "12:10", CEST), "Septante-deux euros de frais de rappel ? Bon. Nous payons le principal demain, le reste on en reparlera.", "promise_to_pay", date="2028-08-23", fam=["belgian-numbers", "sarcasm", "tomorrow"]),
    R("K5833", at(24, "09:45", CEST), "Paiement prévu dans les 3 jours ouvrables.", "promise_to_pay", date="2028-08-29", fam=["working-days"], sender=0),
    R("K5833", at(29, "13:55", CEST), "Nous versons 1 000 € cette semaine et le solde début octobre.", "promise_to_pay", date="2028-09-01", amount="1000.00", fam=["partial-amount", "this-week", "two-dates"]),
    R("K5833", at(31, "16:40", CEST), "Règlement dès que la Fédération Wallonie-Bruxelles nous aura versé les subsides scolaires.", "promise_to_pay", human=["conditional"], fam=["condition", "subsidy"]),
    # --- already paid
    R("K5831", at(16, "09:10", CEST), "La 58312 a été payée le 9 août, avant les congés.", "already_paid", note="matches BK58-030", inv=["INV-2027-58312"], fam=["matched", "loose-number"]),
    R("K5833", at(23, "10:35", CEST), "La facture 58331 a été réglée hier par Lambert Groupe SA, notre société mère.", "already_paid", inv=["INV-2027-58331"], human=["paid by the parent company, not matched to the customer"], fam=["parent-company"]),
    R("K5833", at(18, "11:00", CEST), "Réglé hier, réf. FOURNITURES LAMBERT 58332.", "already_paid", note="matches BK58-032", ref="FOURNITURES LAMBERT 58332", inv=["INV-2027-58332"], fam=["matched", "terse"], sender=0),
    R("K5831", at(29, "15:25", CEST), "Nous avons réglé par erreur la 58311 deux fois en juillet, vérifiez svp avant de relancer.", "already_paid", inv=["INV-2027-58311"], human=["no matching payment"], fam=["double-paid-claim", "unmatched"]),
    # --- disputes
    R("K5831", at(21, "10:50", CEST), "La vitrine réfrigérée livrée le 2 août ne fonctionne pas. Merci de suspendre les relances le temps que votre technicien passe.", "dispute", fam=["damaged", "stop-reminders"]),
    R("K5832", at(18, "14:15", CEST), "Vous avez facturé 40 transats, nous en avons reçu 32. Nous réglerons la différence vendredi prochain une fois l'avoir reçu.", "dispute", sec=["promise_to_pay"], date="2028-08-25", human=["conditional"], fam=["short-delivery", "dispute-and-promise"]),
    R("K5833", at(28, "12:30", CEST), "La TVA est facturée à 21 % sur des manuels scolaires qui sont à 6 % en Belgique. Merci de corriger.", "dispute", fam=["vat-rate", "belgian"], sender=1),
    # --- copies, billing changes
    R("K5832", at(23, "09:20", CEST), "Pourriez-vous nous renvoyer l'échéancier et le relevé de compte ?", "invoice_resend", fam=["statement", "plan"]),
    R("K5831", at(25, "12:15", CEST), "Je n'ai jamais reçu la facture 58311, pouvez-vous me la renvoyer ?", "invoice_resend", inv=["INV-2027-58311"], fam=["never-received"], sender=0),
    R("K5833", at(16, "11:25", CEST), "Merci d'indiquer notre numéro de bon de commande BC-2028-0815 sur la facture 58331 et de la rééditer.", "po_change", inv=["INV-2027-58331"], fam=["add-po"], sender=0),
    R("K5831", at(30, "10:05", CEST), "Depuis le 1er août, nous sommes Le Pingouin SAS (SIRET inchangé). Merci de refaire les factures à ce nom.", "po_change", fam=["new-entity"]),
    # --- plans
    R("K5831", at(22, "18:30", CEST), "Pourrions-nous payer en trois fois, la première mensualité le 15 septembre ?", "payment_plan_request", date="2028-09-15", fam=["three-instalments"]),
    R("K5833", at(25, "14:40", CEST), "Serait-il possible d'étaler le paiement sur octobre et novembre ? La rentrée nous coûte cher.", "payment_plan_request", fam=["undated", "back-to-school"], sender=1),
    # --- absences, DSNs
    R("K5831", at(14, "09:06", CEST), "Bonjour, je suis absent jusqu'au 21 août inclus. En cas d'urgence, contactez compta@glacier-lepingouin.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues", fam=["auto"], sender=1),
    R("K5833", at(17, "09:06", CEST), "Je suis en congé jusqu'au 11 septembre. Votre message ne sera pas transféré.", "out_of_office", headers=AUTO, subject="Absent du bureau : Relance", human=["absence over 14 days"], fam=["auto", "long-absence"], sender=1),
    R("K5832", at(22, "09:07", CEST), "Ceci est un message automatique.\nVotre message n'a pas pu être remis à accueil@camping-pinsmaritimes.example : boîte pleine.", "bounce", sender="MAILER-DAEMON@camping-pinsmaritimes.example", dsn=("accueil@camping-pinsmaritimes.example", "5.2.2"), fam=["mailbox-full"]),
    R("K5833", at(29, "09:07", CEST), "Échec de la remise aux destinataires suivants :\ns.lambert@fournitures-lambert.example\nAdresse introuvable.", "bounce", sender="postmaster@fournitures-lambert.example", dsn=("s.lambert@fournitures-lambert.example", "5.1.1"), fam=["exchange"]),
    # --- wrong contacts, the rest
    R("K5832", at(15, "12:00", CEST), "Ici l'accueil du camping, je ne gère pas les factures. Écrivez à Mme Darrigade.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("K5831", at(24, "17:45", CEST), "M. Le Goff a vendu le glacier en juillet. Le nouveau gérant est M. Kerhervé, t.kerherve@glacier-lepingouin.example.", "wrong_contact", fam=["new-owner"], sender=0),
    R("K5833", at(21, "08:55", CEST), "Bien reçu, merci.", "other", fam=["no-action", "ack"], sender=0),
    R("K5832", at(28, "16:05", CEST), "Peut-on payer par chèques-vacances ? C'est ce qu'on encaisse le plus en ce moment.", "other", human=["payment method question"], fam=["payment-method"]),
]
