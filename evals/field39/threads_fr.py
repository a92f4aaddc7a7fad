"""French replies (field39): a Marseille architecture practice and a Geneva language school on credit hold (Swiss French)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-014", "E3931", "2027-01-12", "870.00", "EUR", "VIR ATELIER CALANQUES ARCHITECTES FACT 93932"),
    P("BK39-015", "E3932", "2027-01-08", "4460.00", "CHF", "ECOLE DE LANGUES LEMAN SARL"),
]

REPLIES = [
    # --- Atelier Calanques Architectes (Marseille)
    R("E3931", at(11, "09:05", CET), "Bonjour,\n\nMeilleurs vœux pour 2027 ! Le règlement de vos deux factures partira vendredi, avec notre premier virement groupé de l'année.\n\nBien cordialement,\nSophie Giraud\nAssistante de gestion", "promise_to_pay", date="2027-01-15", fam=["weekday", "new-year-wishes", "first-run"]),
    R("E3931", at(11, "11:40", CET), "Virement de 870 € effectué hier soir, il devrait apparaître demain sur votre compte.", "already_paid", inv=["93932"], fam=["paid-yesterday", "matched"], note="matches BK39-014 by amount"),
    R("E3931", at(11, "16:15", CET), "Bonjour, la facture 93931 reprend des tirages grand format A0 que nous avons annulés le 2 décembre (mail à l'appui). Merci de nous faire un avoir avant que nous réglions.", "dispute", inv=["93931"], fam=["cancelled-order", "credit-note"]),
    R("E3931", at(12, "08:30", CET), "Paiement prévu le 22/01.", "promise_to_pay", date="2027-01-22", fam=["numeric-day-first", "terse"], sender=0),
    R("E3931", at(12, "10:55", CET), "Pourriez-vous nous renvoyer la facture 93931 ? Notre nouvel expert-comptable ne la retrouve pas dans les pièces de décembre.", "invoice_resend", inv=["93931"], fam=["resend", "new-accountant"]),
    R("E3931", at(12, "14:40", CET), "On vous règle ça en fin de mois, promis. Janvier c'est la galère avec les appels de cotisations.", "promise_to_pay", date="2027-01-31", fam=["end-of-month", "informal"]),
    R("E3931", at(12, "17:50", CET), "Bonjour, je ne m'occupe plus de la comptabilité depuis le 1er janvier, c'est désormais le cabinet Rinaldi qui gère nos paiements : compta@cabinet-rinaldi.example.", "wrong_contact", fam=["outsourced", "new-year-staff"]),
    R("E3931", at(13, "09:15", CET), "Nous réglerons le solde sous huitaine.", "promise_to_pay", date="2027-01-20", fam=["sous-huitaine"]),
    R("E3931", at(13, "11:35", CET), "Serait-il possible d'échelonner les 5 120 € en trois fois : 1 720 € fin janvier, puis 1 700 € fin février et fin mars ? Deux chantiers sont à l'arrêt en attendant les permis.", "payment_plan_request", date="2027-01-31", amount="1720.00", inv=["93931"], fam=["instalments", "end-of-month"]),
    R("E3931", at(13, "15:00", CET), "Je suis absente du bureau jusqu'au lundi 18 janvier inclus. Pour toute urgence, merci de contacter compta@calanques-archi.example.\nSophie Giraud", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Atelier Calanques Architectes", fam=["auto-reply", "back-within-14"]),
    R("E3931", at(13, "18:20", CET), "Réglement le mardi 26 janvier. La réunion de chantier du 19 ne change rien.", "promise_to_pay", date="2027-01-26", fam=["weekday-date", "meeting-distractor"]),
    R("E3931", at(14, "08:45", CET), "Merci d'adresser désormais vos factures à notre plateforme Chorus Pro ? Non pardon, nous ne sommes pas une collectivité… Merci de les envoyer à factures@calanques-archi.example, en PDF, avec notre numéro de SIRET 812 345 678 00024.", "po_change", inv=[], fam=["self-correction", "invoice-mailbox", "siret"]),
    R("E3931", at(14, "10:30", CET), "Le virement pour la 93931 partira le 1er février, après l'encaissement de la note d'honoraires du maître d'ouvrage.", "promise_to_pay", date="2027-02-01", inv=["93931"], human=["conditional"], fam=["client-pays-first", "condition", "dated"]),
    R("E3931", at(14, "12:50", CET), "Bien reçu, merci. Je transmets.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("E3931", at(14, "16:35", CET), "Paiement mercredi prochain.", "promise_to_pay", date="2027-01-20", fam=["next-weekday", "terse"]),
    R("E3931", at(11, "13:25", CET), "Bonjour, on passe le paiement demain, peuchère, désolée pour le retard, les fêtes nous ont mis dedans.", "promise_to_pay", date="2027-01-12", fam=["tomorrow", "marseille"]),
    R("E3931", at(12, "12:05", CET), "Bonjour, pouvez-vous nous confirmer que vos coordonnées bancaires sont toujours au Crédit Agricole ? Nous avons reçu un RIB différent par courrier.", "other", human=["fraud check"], fam=["bank-detail-check", "fraud"]),
    R("E3931", at(13, "13:10", CET), "Nous avons payé les deux factures le 8 janvier, réf. VIR-CAL-0108.", "already_paid", ref="VIR-CAL-0108", inv=["93931", "93932"], human=["no matching payment"], fam=["paid-with-ref", "unmatched"], note="only 870 on 12 Jan, under another reference"),
    R("E3931", at(13, "17:05", CET), "Règlement semaine 4.", "promise_to_pay", date="2027-01-29", fam=["calendar-week", "terse"], sender=0),
    # --- École de langues Léman (Genève, credit hold)
    R("E3932", at(11, "08:20", CET), "Bonjour,\n\nNous avons réglé la facture 93933 par virement le 8 janvier, montant CHF 4'460.–.\nMerci de débloquer notre compte.\n\nMeilleures salutations\nPascal Dubois\nDirecteur administratif", "already_paid", inv=["93933"], fam=["swiss-apostrophe", "matched", "credit-hold-ask"], note="matches BK39-015"),
    R("E3932", at(11, "14:50", CET), "Le paiement sera effectué le 15 courant.", "promise_to_pay", date="2027-01-15", fam=["courant", "swiss"]),
    R("E3932", at(12, "09:40", CET), "Nous contestons les frais de rappel de CHF 50.– figurant sur votre relevé. Aucun rappel ne nous est parvenu en décembre.", "dispute", fam=["dunning-fee", "swiss"]),
    R("E3932", at(12, "13:15", CET), "Paiement en fin de semaine prochaine, au plus tard vendredi 22.", "promise_to_pay", date="2027-01-22", fam=["weekday-date", "at-the-latest"]),
    R("E3932", at(12, "16:40", CET), "Merci de nous envoyer une QR-facture. Notre banque ne traite plus les bulletins de versement orange depuis cette année.", "po_change", inv=[], fam=["qr-bill", "swiss"]),
    R("E3932", at(13, "08:10", CET), "Nous paierons septante pour cent à la fin du mois, soit CHF 3'122.–, et le solde dès que la subvention cantonale pour les cours d'intégration sera versée.", "promise_to_pay", date="2027-01-31", amount="3122.00", human=["conditional"], fam=["septante", "swiss-apostrophe", "condition"]),
    R("E3932", at(13, "11:30", CET), "Monsieur Dubois a quitté l'école à fin décembre. Merci de vous adresser à Mme Nathalie Rochat, n.rochat@ecole-leman.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("E3932", at(13, "14:25", CET), "Bonjour, serait-il possible de payer en trois mensualités ? Les inscriptions du semestre de printemps ne rentrent qu'en février.", "payment_plan_request", fam=["spread-no-amount", "enrolment"]),
    R("E3932", at(13, "17:35", CET), "Virement le lundi 25 janvier.", "promise_to_pay", date="2027-01-25", fam=["weekday-date", "terse"]),
    R("E3932", at(14, "09:05", CET), "Je suis en congé jusqu'au 29 janvier. Les messages ne sont pas transférés.", "out_of_office", headers=AUTO, subject="Absence du bureau", human=["absence beyond 14 days"], fam=["auto-reply", "long-absence"]),
    R("E3932", at(14, "11:20", CET), "Le paiement partira dans dix jours, le temps que le conseil de fondation valide les dépenses 2027.", "promise_to_pay", date="2027-01-24", fam=["ten-days", "board-not-condition"]),
    R("E3932", at(14, "15:15", CET), "Notification d'état de remise (échec)\n\nLa remise à ces destinataires ou groupes a échoué :\n\ncomptabilite@ecole-leman.example\nL'adresse e-mail que vous avez entrée est introuvable.\n\n550 5.1.1 Utilisateur inconnu", "bounce", sender="postmaster@ecole-leman.example", dsn=("comptabilite@ecole-leman.example", "5.1.1"), quote="none", subject="Non remis : Relance : factures échues – École de langues Léman Sàrl", fam=["dsn", "french-dsn"]),
    R("E3932", at(11, "17:05", CET), "Mail delivery failed\n\nLe message n'a pas pu être remis à :\nsecretariat@ecole-leman.example\nBoîte aux lettres pleine (552 5.2.2)", "bounce", sender="MAILER-DAEMON@ecole-leman.example", dsn=("secretariat@ecole-leman.example", "5.2.2"), quote="none", subject="Échec de remise", fam=["dsn", "french-dsn", "mailbox-full"]),
    R("E3932", at(12, "18:30", CET), "Pouvez-vous nous faire parvenir un duplicata ? L'original a été égaré pendant le déménagement des classes à Carouge.", "invoice_resend", fam=["duplicate-copy", "moved-office"]),
    R("E3932", at(14, "13:40", CET), "Nous réglons le 2 février, date de notre prochain ordre permanent.", "promise_to_pay", date="2027-02-02", fam=["standing-order", "day-month"]),
    R("E3932", at(11, "10:15", CET), "Les manuels de la facture 93933 ne correspondent pas à la commande : édition suisse demandée, édition française livrée (prix en euros convertis au mauvais cours). Nous refusons la différence de CHF 380.–.", "dispute", inv=["93933"], fam=["wrong-edition", "exchange-rate"]),
    R("E3932", at(12, "11:00", CET), "Payé la semaine passée.", "already_paid", fam=["terse", "last-week"], note="matches BK39-015 (8 Jan)"),
    R("E3932", at(13, "10:05", CET), "Bonjour, est-ce que le paiement par TWINT est possible pour les petits montants ? Merci.", "other", human=["payment-method question"], fam=["twint"]),
    R("E3932", at(14, "17:50", CET), "Nous effectuerons le paiement mardi.", "promise_to_pay", date="2027-01-19", fam=["weekday"]),
]
