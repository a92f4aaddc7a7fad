"""French replies (field13): a Brussels printer (fr-BE) and a Quebec maple-syrup producer (fr-CA)."""

from evals.field.build import Payment, Reply
from evals.field13.kit import AUTO, CA, CET, at

R = Reply
P = Payment
B, Q = "S1331", "S1332"
PAYMENTS = [
    P("BK13-031", "S1331", "2026-11-23", "475.00", "EUR", "130133120001 IMPRIMERIE VANDENBROECK"),
    P("BK13-032", "S1332", "2026-11-25", "5870.00", "CAD", "CHEQUE 8812", "cheque"),
    P("BK13-033", "S1331", "2026-11-20", "3140.00", "EUR", "FACT 13311"),
]
REPLIES = [
    # promises
    R(B, at(23, "09:15", CET), "Bonjour, paiement ce jeudi. Léa", "promise_to_pay", date="2026-11-26", fam=["this-weekday", "terse", "fr-BE"]),
    R(B, at(23, "15:40", CET), "Madame, Monsieur,\n\nLe paiement des deux factures sera effectué le 03/12.\n\nBien à vous,\nService comptabilité\nImprimerie Vandenbroeck SRL\n\nAvis de confidentialité : ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation non autorisée est interdite. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.", "promise_to_pay", date="2026-12-03", sender=0, html=True, fam=["html-outlook", "numeric-day-first", "long-signature", "fr-BE"]),
    R(B, at(24, "10:30", CET), "Nous payerons endéans les dix jours.", "promise_to_pay", date="2026-12-04", fam=["within-days", "belgicism", "fr-BE"]),
    R(B, at(24, "18:20", CET), "On vous verse septante pour cent vendredi, le solde à la mi-décembre.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["septante", "partial-share", "fr-BE"]),
    R(B, at(25, "08:50", CET), "La 13312 part demain, la 13311 la semaine prochaine.", "promise_to_pay", date="2026-11-26", inv=["13312", "13311"], fam=["two-dates", "tomorrow", "fr-BE"]),
    R(B, at(25, "14:15", CET), "Paiement prévu en semaine 50.", "promise_to_pay", date="2026-12-11", sender=0, fam=["calendar-week", "terse", "fr-BE"]),
    R(B, at(26, "11:00", CET), "Nous avions prévu le 27 mais notre comptable est malade : ce sera donc le mardi 1er décembre.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "weekday-ordinal", "fr-BE"]),
    R(B, at(26, "16:45", CET), "Nous réglerons 1.500 € lundi prochain, pour le reste je reviens vers vous.", "promise_to_pay", date="2026-11-30", amount="1500.00", fam=["partial", "next-weekday", "fr-BE"], note="lundi prochain written on a Thursday = Monday of next week"),
    R(B, at(27, "09:20", CET), "Virement programmé pour la fin du mois.", "promise_to_pay", date="2026-11-30", sender=0, fam=["month-end", "terse", "fr-BE"]),
    R(B, at(27, "12:40", CET), "Si vous nous envoyez le bon de livraison signé d'ici mercredi, on paie vendredi 4.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-date", "weekday-ordinal", "fr-BE"]),
    R(Q, at(23, "10:05", CA), "Bonjour, le paiement sera fait le 2026-12-02. Merci de votre patience. Mathieu", "promise_to_pay", date="2026-12-02", fam=["iso-date", "fr-CA"]),
    R(Q, at(23, "19:30", CA), "On va payer d'ici vendredi, promis.", "promise_to_pay", date="2026-11-27", fam=["by-weekday", "informal", "fr-CA"]),
    R(Q, at(24, "13:00", CA), "Les comptes payables vont émettre le paiement dans deux semaines, après la réunion du conseil du 3 décembre.", "promise_to_pay", date="2026-12-08", sender=0, fam=["in-weeks", "meeting-before-payment", "fr-CA"], note="+14 from Tue 24; the meeting is a distractor"),
    R(Q, at(25, "09:35", CA), "On vous envoie 2 000 $ mardi prochain, le reste quand la récolte de printemps sera vendue.", "promise_to_pay", date="2026-12-01", amount="2000.00", human=["conditional"], fam=["partial", "conditional", "space-thousands", "fr-CA"]),
    R(Q, at(25, "22:45", CA), "Désolé du délai, le virement part demain matin.", "promise_to_pay", date="2026-11-26", fam=["tomorrow", "timezone", "fr-CA"], note="Wed 22:45 in −05:00: already Thursday in Berlin, tomorrow is Thursday 26 locally"),
    R(Q, at(26, "14:10", CA), "Paiement au début du mois prochain.", "promise_to_pay", date="2026-12-01", sender=0, fam=["beginning-next-month", "fr-CA"]),
    R(Q, at(27, "11:25", CA), "Le chèque sera posté le 7 décembre. Bonne fin de semaine!", "promise_to_pay", date="2026-12-07", fam=["cheque", "explicit-date", "fr-CA"]),
    R(Q, at(24, "08:00", CA), "Paiement dans 3 jours ouvrables.", "promise_to_pay", date="2026-11-27", sender=0, fam=["working-days", "terse", "fr-CA"], note="Wed 25, Thu 26, Fri 27"),
    # already_paid
    R(B, at(24, "09:00", CET), "Bonjour, la 13312 a été payée hier avec la communication structurée +++130/1331/20001+++.", "already_paid", ref="+++130/1331/20001+++", inv=["13312"], fam=["structured-communication", "fr-BE"], note="matches BK13-031"),
    R(B, at(25, "11:45", CET), "Nous avons réglé la 13311 le 20/11, moins l'escompte de 50 € convenu avec votre commercial.", "already_paid", inv=["13311"], human=["amount differs"], fam=["discount-deducted", "fr-BE"], note="BK13-033 is 3,140.00"),
    R(Q, at(26, "10:20", CA), "Le chèque no 8812 a été posté le 20 novembre. Vous devriez l'avoir reçu.", "already_paid", ref="8812", fam=["cheque", "fr-CA"], note="BK13-032 CHEQUE 8812 matches"),
    R(B, at(27, "15:30", CET), "Nous avons déjà tout payé par carte bancaire, au téléphone avec votre collègue, la semaine passée.", "already_paid", human=["no matching payment"], sender=0, fam=["card-by-phone", "fr-BE"], note="no line of the whole 3,665.00 for S1331"),
    # dispute
    R(B, at(23, "13:25", CET), "La facture 13311 reprend 5.000 dépliants, nous en avons reçu 4.000. Merci de corriger.", "dispute", inv=["13311"], fam=["short-delivery", "fr-BE"]),
    R(Q, at(24, "15:50", CA), "Nous sommes exemptés de la TPS et de la TVQ pour ces fournitures agricoles. Pouvez-vous réémettre la facture sans les taxes?", "dispute", fam=["tax-exempt-reissue", "fr-CA"]),
    R(B, at(27, "16:00", CET), "Les frais de rappel de 40 € ne sont pas justifiés, nous paierons le principal lundi.", "dispute", sec=["promise_to_pay"], date="2026-11-30", fam=["fees", "fr-BE"]),
    # resend
    R(B, at(26, "09:30", CET), "Pourriez-vous nous renvoyer la facture 13312 ? Nous ne la retrouvons pas.", "invoice_resend", inv=["13312"], fam=["copy-request", "fr-BE"]),
    R(Q, at(26, "16:05", CA), "Pouvez-vous m'envoyer un état de compte? Merci.", "invoice_resend", fam=["statement", "fr-CA"]),
    # po_change
    R(B, at(24, "14:00", CET), "À partir du 1er janvier, les factures doivent nous parvenir via Peppol (0208:0451237789). Merci de renvoyer la 13311 par ce canal.", "po_change", inv=["13311"], sender=0, fam=["peppol", "send-elsewhere", "fr-BE"]),
    R(Q, at(25, "12:15", CA), "Merci d'ajouter notre bon de commande ERSJ-2291-B sur la facture et de la réémettre.", "po_change", sender=0, fam=["po", "fr-CA"]),
    # plan
    R(B, at(25, "17:10", CET), "Serait-il possible d'étaler le paiement de la 13311 sur trois mois ?", "payment_plan_request", inv=["13311"], fam=["plan", "fr-BE"]),
    R(Q, at(26, "12:00", CA), "Pourrait-on payer en quatre versements de 1 467,50 $, le premier le 15 décembre?", "payment_plan_request", date="2026-12-15", amount="1467.50", fam=["plan", "space-thousands", "fr-CA"]),
    # ooo
    R(B, at(24, "09:06", CET), "Je suis absente jusqu'au 30 novembre inclus. Pour toute urgence : comptabilite@imprimerie-vandenbroeck.example.", "out_of_office", subject="Réponse automatique : Relance : factures échues – Imprimerie Vandenbroeck SRL", headers=AUTO, quote="none", fam=["auto-reply", "fr-BE"]),
    R(Q, at(23, "09:06", CA), "Je suis présentement en vacances jusqu'au 4 janvier. Je répondrai à votre courriel à mon retour.", "out_of_office", subject="Réponse automatique : Relance : factures échues – Érablière du Rang Saint-Joseph inc.", headers=AUTO, quote="none", human=["away more than 14 days"], fam=["auto-reply", "long-absence", "fr-CA"]),
    # bounce
    R(B, at(26, "09:09", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\ncomptabilite@imprimerie-vandenbroeck.example\n\nRaison : 550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@imprimerie-vandenbroeck.example", subject="Échec de la remise du message", dsn=("comptabilite@imprimerie-vandenbroeck.example", "5.1.1"), quote="none", gap_days=0, lang="fr", fam=["dsn-fr", "fr-BE"]),
    R(Q, at(27, "09:10", CA), "La remise aux destinataires ou groupes suivants a échoué :\n\ncomptes.payables@erabliere-stjoseph.example\nLa boîte aux lettres du destinataire est désactivée.\n\n550 5.2.1 Mailbox disabled", "bounce", sender="postmaster@erabliere-stjoseph.example", subject="Non remis : Relance : factures échues – Érablière du Rang Saint-Joseph inc.", dsn=("comptes.payables@erabliere-stjoseph.example", "5.2.1"), quote="none", gap_days=0, lang="fr", fam=["dsn-exchange-fr", "fr-CA"]),
    # wrong_contact
    R(B, at(25, "15:30", CET), "Je ne travaille plus chez Vandenbroeck depuis le rachat par le groupe Artigraph. Adressez-vous à leur service comptable.", "wrong_contact", fam=["acquisition", "left", "fr-BE"]),
    R(Q, at(24, "17:40", CA), "Je suis l'acériculteur, pas le comptable! Écrivez à ma conjointe, elle s'occupe des factures : julie@erabliere-stjoseph.example.", "wrong_contact", sender="p.gagnon@erabliere-stjoseph.example", fam=["not-my-department", "unknown-sender", "fr-CA"]),
    # other
    R(B, at(26, "13:15", CET), "Merci, bien reçu.", "other", fam=["no-action", "terse", "fr-BE"]),
    R(Q, at(25, "16:30", CA), "Merci pour le rappel. Pouvez-vous nous envoyer votre formulaire de fournisseur et un spécimen de chèque pour ouvrir le compte dans notre système?", "other", human=["supplier onboarding paperwork"], fam=["thanks-with-ask", "paperwork", "fr-CA"]),
    R(B, at(27, "10:50", CET), "Nous avons reçu un courriel nous demandant de payer sur un nouveau compte IBAN. Est-ce bien vous ? Nous ne paierons rien avant confirmation.", "other", human=["fraud check"], fam=["fraud-check", "fr-BE"]),
]
