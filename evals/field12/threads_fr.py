"""French replies (field12): brasserie, clinique vétérinaire, studios de cinéma, école de langues — FR, BE, CH."""

from evals.field.build import Payment, Reply
from evals.field12.kit import CET, at

R = Reply
AUTO = {"Auto-Submitted": "auto-replied"}
PAYMENTS = [
    Payment("BK12-201", "S1231", "2026-11-24", "4210.00", "EUR", "VIR BRASSERIE VIEUX QUAI FAC 12311 12312"),
    Payment("BK12-202", "S1233", "2026-11-20", "11840.00", "EUR", "SLO VIR 88213"),
]
REPLIES = [
    R("S1231", at(26, "09:40", CET), "Bonjour, virement prévu ven. Claire", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "terse"]),
    R("S1231", at(26, "15:20", CET), "Nous réglerons la facture 12311 le mardi 8.", "promise_to_pay", date="2026-12-08", inv=["12311"], fam=["weekday-ordinal", "future-tense"]),
    R("S1232", at(26, "10:10", CET), "Bonjour, le paiement sera effectué le 3/12.", "promise_to_pay", date="2026-12-03", fam=["fr-numeric"]),
    R("S1232", at(26, "14:35", CET), "Nous payerons d'ici quinze jours, le temps que la comptable revienne.", "promise_to_pay", date="2026-12-10", sender=1, fam=["relative-span", "belgian"]),
    R("S1233", at(26, "11:45", CET), "Madame, Monsieur,\nLe règlement du BC SLO-BC-3021 interviendra en fin de mois.\nCordialement,\nComptabilité fournisseurs", "promise_to_pay", date="2026-11-30", fam=["month-end", "formal"]),
    R("S1233", at(26, "16:55", CET), "Le comité de production se réunit le 1er décembre, le virement partira le 2.", "promise_to_pay", date="2026-12-02", sender=1, fam=["meeting-before-payment"]),
    R("S1234", at(26, "09:55", CET), "Nous paierons vendredi prochain.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("S1234", at(26, "13:25", CET), "Paiement en semaine 50, comme convenu avec M. Rochat.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S1231", at(27, "10:20", CET), "Initialement prévu le 30, le virement passera finalement le 4 décembre.", "promise_to_pay", date="2026-12-04", sender=1, fam=["moved-date"]),
    R("S1232", at(27, "11:30", CET), "On vous paie 1 000 € lundi et le solde à la mi-décembre.", "promise_to_pay", date="2026-11-30", amount="1000.00", sender=1, fam=["partial", "bare-weekday"]),
    R("S1233", at(27, "09:15", CET), "Paiement lors du virement groupé du dernier jour ouvré de décembre.", "promise_to_pay", date="2026-12-31", fam=["month-end-run", "over-30"]),
    R("S1234", at(27, "15:40", CET), "Nous réglerons dans les 5 jours ouvrables.", "promise_to_pay", date="2026-12-04", sender=1, fam=["working-days"]),
    R("S1231", at(24, "09:50", CET), "Le règlement partira au début de la semaine prochaine.", "promise_to_pay", date="2026-11-30", fam=["early-next-week"]),
    R("S1232", at(24, "16:30", CET), "Si vous nous renvoyez la facture avec le bon numéro de TVA d'ici jeudi, on paie lundi.", "promise_to_pay", date="2026-11-30", human=["conditional"], fam=["condition-date"]),
    R("S1233", at(24, "12:10", CET), "Nous réglerons dès réception de l'avoir pour les projecteurs retournés.", "promise_to_pay", human=["conditional"], fam=["condition-undated"]),
    R("S1234", at(24, "10:45", CET), "Le paiement aura lieu le 18.", "promise_to_pay", date="2026-12-18", fam=["ordinal-alone"]),
    # payments
    R("S1231", at(26, "12:15", CET), "Nous avons réglé les deux factures par virement mardi dernier.", "already_paid", fam=["past-tense", "fr"]),
    R("S1233", at(26, "14:05", CET), "Le virement a été effectué le 20/11, référence SLO VIR 88213.", "already_paid", ref="SLO VIR 88213", fam=["reference", "fr-numeric"]),
    R("S1234", at(26, "11:05", CET), "Nous avons payé la semaine dernière. Merci de vérifier.", "already_paid", human=["no matching payment"], sender=1, fam=["no-match", "past-tense"]),
    # people
    R("S1231", at(26, "16:10", CET), "La facture 12312 compte 12 fûts alors que nous en avons rendu 4. Merci d'émettre un avoir.", "dispute", inv=["12312"], sender=1, fam=["missing-credit-note"]),
    R("S1233", at(26, "10:35", CET), "Le tarif journalier facturé ne correspond pas au devis signé. Nous contestons la facture dans sa totalité.", "dispute", sender=1, fam=["price-vs-quote", "film"]),
    R("S1232", at(26, "13:50", CET), "La TVA a été appliquée à 21 % alors que ce matériel médical est à 6 %. Merci de refaire la facture.", "dispute", fam=["vat", "belgian"]),
    R("S1234", at(26, "15:15", CET), "Serait-il possible de payer en trois mensualités à partir du 15 décembre ?", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan"]),
    R("S1231", at(26, "11:30", CET), "Pouvons-nous étaler le paiement sur janvier et février ? L'hiver est calme à la brasserie.", "payment_plan_request", sender=1, fam=["plan", "undated"]),
    R("S1233", at(26, "09:25", CET), "Merci de déposer vos factures sur Chorus Pro désormais, nous ne traitons plus les PDF par mail.", "po_change", fam=["e-invoicing", "chorus-pro"]),
    R("S1232", at(26, "12:55", CET), "Notre numéro d'entreprise a changé suite à la reprise : BE 0789.654.321. Merci de réémettre la facture.", "po_change", sender=1, fam=["tax-id", "entity-change"]),
    R("S1234", at(26, "10:25", CET), "Nous n'avons jamais reçu cette facture, pourriez-vous nous la renvoyer ?", "invoice_resend", fam=["never-received"]),
    R("S1231", at(26, "17:25", CET), "Auriez-vous la gentillesse de m'envoyer un relevé de notre compte client ?", "invoice_resend", sender=1, fam=["statement"]),
    R("S1232", at(26, "15:45", CET), "Je ne m'occupe pas de la comptabilité, je suis vétérinaire. Adressez-vous à secretariat@cliniquevet-tilleuls.example.", "wrong_contact", sender=1, fam=["not-my-department"]),
    R("S1233", at(26, "17:40", CET), "Mme Garnier a quitté la société. Votre nouvel interlocuteur est M. Perrin (l.perrin@studios-lumiere-ouest.example).", "wrong_contact", fam=["left"]),
    R("S1234", at(26, "14:30", CET), "Avant tout paiement, merci de nous transmettre votre attestation de TVA suisse et le formulaire fournisseur rempli.", "other", human=["supplier onboarding paperwork"], fam=["tax-form", "onboarding"]),
    R("S1231", at(26, "18:05", CET), "Bien reçu, merci.", "other", sender=1, fam=["no-action", "acknowledgement"]),
    R("S1232", at(26, "07:45", CET), "Je suis absent du bureau jusqu'au 2 décembre inclus. Pour toute urgence, contactez le secrétariat.", "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : Relance : factures échues – Clinique Vétérinaire des Tilleuls", fam=["ooo-short"]),
    R("S1233", at(26, "07:50", CET), "Absente jusqu'au 4 janvier (congé de tournage). Votre message ne sera pas transféré.", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long"]),
    R("S1234", at(26, "09:06", CET), "Votre message n'a pas pu être remis aux destinataires suivants :\n\nm.rochat@babel-langues.example\n\nLa boîte aux lettres du destinataire n'existe pas. (550 5.1.1)", "bounce", sender="postmaster@babel-langues.example", subject="Non remis : Relance : factures échues – École de Langues Babel SA", dsn=("m.rochat@babel-langues.example", "5.1.1"), fam=["dsn-fr"]),
    R("S1231", at(26, "09:07", CET), "Ceci est un message automatique du serveur de messagerie.\nVotre message n'a pas pu être délivré à compta@brasserie-vieuxquai.example : boîte pleine.", "bounce", sender="mailer-daemon@brasserie-vieuxquai.example", subject="Échec de la remise", dsn=("compta@brasserie-vieuxquai.example", "5.2.2"), fam=["dsn-fr", "mailbox-full"]),
]
