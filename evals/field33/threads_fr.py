"""field33, French: a bakery on the slopes of the Croix-Rousse (Lyon) and a Geneva medical practice on credit hold."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field33.kit import AUTO, CET, at, pay

R = Reply
REPLIES: list[Reply] = [
    pay("L3331", at(23, "06:20", CET), "Bonjour, on vous règle ven. 27. Bonne journée, Mathilde", "2026-11-27", ["abbreviated-weekday", "terse", "bakery", "lyon"]),
    pay("L3331", at(23, "13:45", CET), "Bonjour,\nLes deux factures partiront le mardi 1er décembre.\nCordialement,\nMathilde Girard", "2026-12-01", ["weekday-ordinal", "bakery", "lyon"]),
    pay("L3331", at(24, "07:10", CET), "Ça sera payé dans deux semaines, pas avant, on est pris par la Fête des Lumières.", "2026-12-08", ["relative-weeks", "holiday", "bakery", "lyon"]),
    pay("L3331", at(24, "14:30", CET), "Comme je vous l'écrivais le 10/11 (« on paie dès que le four est réparé »), le four est réparé : virement le 30/11.", "2026-11-30", ["quotes-own-promise", "eu-numeric-date", "distractor-past-date", "bakery"]),
    pay("L3331", at(25, "06:50", CET), "430 € demain, puis les 1 890 € en deux fois : 945 € le 4 et 945 € le 18 décembre.", "2026-11-26", ["instalments-by-amount", "bakery", "lyon"], amount="430.00", inv=["93332"], partial=False),
    pay("L3331", at(25, "12:40", CET), "Paiement le dernier jour ouvré du mois, comme d'hab.", "2026-11-30", ["end-of-month-business-day", "terse", "bakery", "odd-word"]),
    pay("L3331", at(23, "18:15", CET), "On a bien reçu vos deux relances. Une seule réponse : tout sera réglé le 3 décembre.", "2026-12-03", ["answers-two-reminders", "dates-in-words", "bakery"]),
    pay("L3331", at(24, "19:20", CET), "Notre comptable passe jeudi, le virement suivra lundi.", "2026-11-30", ["distractor-meeting", "bakery", "lyon"]),
    pay("L3332", at(23, "09:30", CET), "Madame, Monsieur,\nLa facture INV-2026-93333 sera réglée le 04.12.2026.\nMeilleures salutations\nL. Favre, administration", "2026-12-04", ["dotted-date", "formal-ap", "medical", "geneva"]),
    pay("L3332", at(23, "16:10", CET), "Bonjour, nous verserons CHF 3'120.– vendredi et le solde le 11 décembre.", "2026-11-27", ["instalments-by-amount", "partial-amount", "medical", "geneva"], amount="3120.00"),
    pay("L3332", at(24, "11:15", CET), "Le paiement initialement prévu le 27 novembre est repoussé au 2 décembre, le temps que le second signataire rentre de congé.", "2026-12-02", ["distractor-moved-date", "medical", "geneva"]),
    pay("L3332", at(24, "17:45", CET), "Nous réglerons sous 5 jours ouvrables, soit le 1er décembre.", "2026-12-01", ["relative-working-days", "medical"]),
    pay("L3332", at(25, "10:05", CET), "Paiement la semaine prochaine, le mercredi. Salutations.", "2026-12-02", ["relative-week", "medical", "geneva"]),
    pay("L3332", at(25, "15:25", CET), "La livraison du 14 octobre est conforme, le règlement interviendra le lundi 7 décembre.", "2026-12-07", ["distractor-delivery-date", "weekday-ordinal", "medical"]),
    pay("L3331", at(25, "17:30", CET), "Virement fait dans la semaine 49, le jeudi. Promis, juré, craché.", "2026-12-03", ["calendar-week", "odd-word", "bakery"]),
    R("L3331", at(23, "10:55", CET), "On paiera quand la mairie nous aura réglé le buffet du 11 novembre.", "promise_to_pay", human=["conditional"], fam=["hidden-condition", "bakery", "lyon"]),
    R("L3332", at(24, "13:35", CET), "Ce sera réglé, soyez patients.", "promise_to_pay", human=["undated"], fam=["undated-promise", "terse", "medical"]),
    R("L3331", at(23, "15:30", CET), "Déjà payé le 19/11, réf. PENTES 93332. Vérifiez de votre côté svp.", "already_paid", ref="PENTES 93332", inv=["93332"], fam=["already-paid", "eu-numeric-date", "bakery"]),
    R("L3332", at(24, "08:40", CET), "Bonjour, le montant a été viré le 20 novembre par PostFinance. Je vous joins l'avis.", "already_paid", attachments=[("avis.txt", "text/plain", "PostFinance 20.11.2026 CHF 6'240.00 Northwind")], fam=["already-paid", "medical", "geneva"]),
    R("L3331", at(24, "10:10", CET), "La facture 93331 compte 60 sacs de farine T65, on en a reçu 45. Merci de corriger.", "dispute", inv=["93331"], fam=["dispute", "bakery"]),
    R("L3332", at(25, "11:40", CET), "Nous contestons la facture : le matériel livré ne correspond pas au devis. Merci de nous contacter.", "dispute", fam=["dispute", "medical"]),
    R("L3331", at(25, "08:20", CET), "Pouvez-vous me renvoyer la facture 93332 ? Je ne la trouve plus.", "invoice_resend", inv=["93332"], fam=["invoice-resend", "bakery"]),
    R("L3332", at(23, "11:50", CET), "Merci de déposer vos factures sur notre portail fournisseurs, nous ne traitons plus les courriels.", "po_change", fam=["invoice-resend", "supplier-portal", "medical"]),
    R("L3331", at(24, "16:05", CET), "Il manque notre numéro de bon de commande BC-2211 sur la facture. Merci de la refaire.", "po_change", fam=["po-change", "bakery"]),
    R("L3332", at(24, "15:10", CET), "Le bon de commande indiqué est erroné : le bon numéro est CMP-0457.", "po_change", fam=["po-change", "medical"]),
    R("L3331", at(25, "14:15", CET), "Sur la 93331, mettez plutôt la commande n° 88 du 2 octobre, merci.", "po_change", inv=["93331"], fam=["po-change", "bakery"]),
    R("L3331", at(25, "19:05", CET), "Est-ce qu'on pourrait payer en trois fois ? L'hiver est rude.", "payment_plan_request", fam=["payment-plan", "bakery"]),
    R("L3332", at(23, "14:20", CET), "Nous souhaiterions un échelonnement sur quatre mois, CHF 1'560.– par mois.", "payment_plan_request", fam=["payment-plan", "instalments-by-amount", "medical"]),
    R("L3331", at(23, "05:30", CET), "Réponse automatique : la boulangerie est fermée jusqu'au 25 novembre. Nous vous répondrons à notre retour.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "bakery"]),
    R("L3332", at(24, "07:00", CET), "Je suis absent jusqu'au 30 novembre. Pour toute urgence : administration@cabinet-paquis.example.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "medical"]),
    R("L3331", at(24, "09:06", CET), "Échec de la remise du message à commandes@boulangerie-pentes.example : adresse inconnue.", "bounce", sender="postmaster@boulangerie-pentes.example", dsn=("commandes@boulangerie-pentes.example", "5.1.1"), quote="none", fam=["bounce", "bakery"]),
    R("L3332", at(23, "09:06", CET), "Votre message n'a pas pu être remis. Boîte pleine : secretariat@cabinet-paquis.example", "bounce", sender="mailer-daemon@cabinet-paquis.example", dsn=("secretariat@cabinet-paquis.example", "5.2.2"), quote="none", fam=["bounce", "medical"]),
    R("L3331", at(25, "09:06", CET), "Message non remis : le domaine du destinataire n'accepte plus de courrier.", "bounce", sender="postmaster@boulangerie-pentes.example", dsn=("ancien@boulangerie-pentes.example", "5.4.1"), quote="none", fam=["bounce", "bakery"]),
    R("L3331", at(24, "12:30", CET), "Je suis la vendeuse, pas la comptable. Transmettez à la patronne.", "wrong_contact", fam=["wrong-contact", "bakery"]),
    R("L3332", at(25, "16:35", CET), "Envoyez dorénavant vos factures à factures@cabinet-paquis.example, cette adresse n'est plus suivie.", "po_change", inv=[], fam=["wrong-contact", "send-elsewhere", "medical"]),
    R("L3331", at(25, "10:45", CET), "Merci, bien reçu.", "other", fam=["other", "no-action", "terse", "bakery"]),
    R("L3332", at(25, "13:20", CET), "Peut-on vous régler par carte par téléphone ? Quel numéro appeler ?", "other", human=["card over the phone"], fam=["other", "card-over-phone", "medical"]),
]
