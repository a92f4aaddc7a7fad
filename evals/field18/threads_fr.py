"""French replies (field18): a printer in the Drôme, a Walloon brasserie and a veterinary clinic on the Magdalen Islands
(Québec French, credit hold)."""

from evals.field.build import Payment, Reply
from evals.field18.kit import AUTO, CET, QC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK18-030", "U1831", "2026-11-20", "4230.00", "EUR", "IMPRIMERIE LAVANDE LAV18311"),
    P("BK18-031", "U1832", "2026-11-25", "2980.00", "EUR", "+++090/1832/11877+++ BRASSERIE VIEUX MOULIN"),
]

REPLIES = [
    # --- Imprimerie Lavande (FR)
    R("U1831", at(23, "09:25", CET), "Bonjour, règlement prévu vend.\nCdlt, A. Roussel", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("U1831", at(24, "10:50", CET), "Bonjour,\nNous réglerons lundi 7.\nBien à vous", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal"]),
    R("U1831", at(25, "14:15", CET), "Virement le 4.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse"], sender=0),
    R("U1831", at(26, "11:35", CET), "Le paiement est prévu le 4/12.", "promise_to_pay", date="2026-12-04", fam=["fr-numeric"]),
    R("U1831", at(27, "15:40", CET), "Règlement le 10 déc., désolée pour le retard.", "promise_to_pay", date="2026-12-10", fam=["abbrev-month"]),
    R("U1831", at(23, "16:20", CET), "Le virement partira semaine 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"], sender=0),
    R("U1831", at(24, "17:05", CET), "Nous réglerons avant Noël, c'est promis.", "promise_to_pay", date="2026-12-24", fam=["holiday", "before-christmas"]),
    R("U1831", at(25, "09:40", CET), "Le règlement était prévu le 3, il est décalé au 10 (changement de banque).", "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("U1831", at(23, "12:10", CET), "Si l'avoir pour les ramettes abîmées nous parvient mercredi, nous payons vendredi.", "promise_to_pay", date="2026-11-27", human=["conditional"], fam=["condition-date", "weekday"]),
    R("U1831", at(26, "23:40", CET), "Je vous réponds tard, pardon : le virement part demain.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("U1831", at(23, "10:45", CET), "Notre conseil de gérance se réunit le 1er décembre ; le virement suivra le 3.", "promise_to_pay", date="2026-12-03", fam=["meeting-before-payment", "ordinal-alone"]),
    R("U1831", at(24, "13:30", CET), "Règlement sous quinzaine.", "promise_to_pay", date="2026-12-08", fam=["sous-quinzaine", "terse"], sender=0),
    R("U1831", at(25, "16:55", CET), "Paiement mi-décembre, après l'encaissement de nos calendriers.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    R("U1831", at(27, "10:20", CET), "Nous paierons le dernier jour ouvré du mois.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"]),
    R("U1831", at(26, "15:10", CET), "Nous réglerons dès que notre client, la mairie, nous aura payés.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("U1831", at(23, "14:35", CET), "Facture du 13/10 bien reçue, nous la réglerons au plus vite.", "promise_to_pay", human=["undated"], fam=["distractor-only", "invoice-date-distractor", "asap"], sender=0),
    # --- Brasserie du Vieux Moulin (BE)
    R("U1832", at(23, "11:25", CET), "Bonjour, le paiement sera effectué jeudi en huit.", "promise_to_pay", date="2026-12-03", fam=["jeudi-en-huit", "belgian"]),
    R("U1832", at(24, "09:35", CET), "On paie mardi prochain.", "promise_to_pay", date="2026-12-01", fam=["next-weekday"]),
    R("U1832", at(25, "12:50", CET), "Nous versons 1.500 € le 1er décembre et le solde à la mi-janvier.", "promise_to_pay", date="2026-12-01", amount="1500.00", fam=["partial-amount", "two-dates", "ordinal-month"]),
    R("U1832", at(26, "14:30", CET), "Paiement après la Saint-Nicolas, le lundi 7.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-ordinal", "belgian"]),
    R("U1832", at(27, "08:50", CET), "Le virement a été programmé pour le 02/12.", "promise_to_pay", date="2026-12-02", fam=["fr-numeric"], sender=0),
    R("U1832", at(23, "17:40", CET), "Paiement fin de semaine prochaine.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week", "terse"]),
    R("U1832", at(24, "15:20", CET), "Nous payerons dans les 10 jours ouvrables.", "promise_to_pay", date="2026-12-08", fam=["working-days", "belgian"]),
    R("U1832", at(25, "10:10", CET), "Les fûts sont livrés le 2 décembre, nous payons le vendredi suivant.", "promise_to_pay", date="2026-12-04", fam=["delivery-date", "relative-to-event"]),
    R("U1832", at(26, "16:45", CET), "La brasserie est en pleine réorganisation, nous payerons dès que possible.", "promise_to_pay", human=["undated"], fam=["undated", "asap"]),
    # --- Clinique vétérinaire des Îles (QC, credit hold)
    R("U1833", at(23, "10:30", QC), "Bonjour, on va payer après les Fêtes.", "promise_to_pay", date="2027-01-04", fam=["holiday", "apres-les-fetes", "quebec", "far-date"], note="the first working day after New Year's Day"),
    R("U1833", at(24, "13:55", QC), "Le paiement partira jeudi, avant 15 h.", "promise_to_pay", date="2026-11-26", fam=["time-of-day", "weekday"]),
    R("U1833", at(25, "11:15", QC), "Je suis de retour au bureau le 1er décembre, je fais le paiement le lendemain.", "promise_to_pay", date="2026-12-02", fam=["return-date-in-promise", "ordinal-month"], sender=0),
    R("U1833", at(26, "15:25", QC), "Paiement de 3 000 $ le 10 décembre si vous débloquez notre commande de vaccins.", "promise_to_pay", date="2026-12-10", amount="3000.00", human=["conditional"], fam=["credit-hold-condition", "partial-amount", "quebec"]),
    R("U1833", at(27, "09:05", QC), "On paie dès que la subvention du MAPAQ rentre.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "quebec"]),
    # --- already paid
    R("U1831", at(24, "11:45", CET), "Réglé le 20/11 par virement, réf. LAV-18311.", "already_paid", ref="LAV-18311", inv=["18311"], fam=["fr-numeric", "ref-punctuation"]),
    R("U1832", at(26, "10:05", CET), "Virement effectué hier, communication +++090/1832/11877+++.", "already_paid", ref="+++090/1832/11877+++", fam=["structured-communication", "belgian"]),
    # --- disputes
    R("U1831", at(26, "09:15", CET), "La facture 18312 comporte 500 flyers alors que nous en avions commandé 300.", "dispute", inv=["18312"], fam=["quantity"]),
    R("U1833", at(24, "16:40", QC), "Le montant facturé ne correspond pas à la soumission : 5 900 $ et non 6 450 $.", "dispute", fam=["price", "quebec"]),
    # --- copies, billing changes
    R("U1832", at(27, "11:30", CET), "Pourriez-vous nous renvoyer la facture ? Elle s'est perdue dans le déménagement.", "invoice_resend", fam=["copy"]),
    R("U1831", at(27, "13:15", CET), "Merci de nous envoyer un relevé de compte à jour.", "invoice_resend", fam=["statement"], sender=0),
    R("U1831", at(25, "11:05", CET), "Merci d'indiquer notre numéro de bon de commande BC-2026-417 et de refaire la facture.", "po_change", fam=["add-po"]),
    R("U1832", at(23, "13:50", CET), "Nouveau numéro de TVA : BE0792.441.318, merci de rectifier la facture.", "po_change", fam=["tax-id", "belgian"]),
    # --- plans
    R("U1831", at(24, "15:50", CET), "Serait-il possible de régler en trois mensualités, la première le 15 décembre ?", "payment_plan_request", date="2026-12-15", fam=["plan-three", "spelled-month"]),
    R("U1833", at(26, "10:40", QC), "Pourrait-on étaler le solde sur quatre mois, premier versement début décembre?", "payment_plan_request", date="2026-12-01", fam=["plan-four", "early-month", "quebec"]),
    # --- absences, DSNs
    R("U1831", at(25, "09:06", CET), "Bonjour, je suis absente jusqu'au lundi 30 novembre inclus. Pour toute urgence : compta@imprimerie-lavande.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Imprimerie Lavande et Fils SARL", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("U1833", at(24, "09:06", QC), "Je suis en congé jusqu'au 11 janvier. Votre message ne sera pas transféré.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Clinique vétérinaire des Îles", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "quebec"]),
    R("U1832", at(24, "09:07", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\ncomptabilite@vieuxmoulin-brasserie.example\n550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@mx.vieuxmoulin-brasserie.example", subject="Échec de la remise : Relance : factures échues – Brasserie du Vieux Moulin SRL", dsn=("comptabilite@vieuxmoulin-brasserie.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-fr"]),
    R("U1831", at(26, "09:07", CET), "La remise du message à a.roussel@imprimerie-lavande.example a échoué.\nLa boîte aux lettres du destinataire est pleine.\n\n552 5.2.2 Quota dépassé", "bounce", sender="postmaster@imprimerie-lavande.example", subject="Non remis : Relance : factures échues – Imprimerie Lavande et Fils SARL", dsn=("a.roussel@imprimerie-lavande.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-fr", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("U1832", at(25, "14:55", CET), "M. Lambert a quitté la brasserie. Contactez désormais Mme Sophie Dumont, s.dumont@vieuxmoulin-brasserie.example.", "wrong_contact", fam=["left-company"]),
    R("U1831", at(24, "08:35", CET), "Je m'occupe de la PAO, pas de la comptabilité. Voyez avec Mme Roussel, a.roussel@imprimerie-lavande.example.", "wrong_contact", fam=["wrong-person"], sender=0),
    R("U1832", at(27, "16:05", CET), "Merci, bien reçu.", "other", fam=["no-action", "ack"], sender=0),
    R("U1833", at(27, "14:20", QC), "Pouvez-vous nous confirmer vos coordonnées bancaires par téléphone avant qu'on paie?", "other", human=["bank detail confirmation"], fam=["bank-details", "quebec"]),
]
