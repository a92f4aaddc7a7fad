"""Hand-written French replies: a Mirecourt luthier, a Lausanne taxidermist on a legal account, a Quebec City sweep on a plan."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AUTO, CET, QC, at

R = Reply

REPLIES: list[Reply] = [
    # J5131 Atelier de Lutherie Vosgienne, Mirecourt (fr-FR)
    R("J5131", at(6, "09:30", CET), "Bonjour,\n\nLe virement pour les deux factures partira le 15/12. Désolée pour le retard, nous avons eu le salon de Mirecourt.\n\nBien cordialement,\nMathilde Thiriet", "promise_to_pay",
      date="2027-12-15", fam=["day-first"]),
    R("J5131", at(7, "11:15", CET), "Bonjour, la facture 97032 a été réglée le 1er décembre par virement, référence LUTH-VOSG-1201. Merci de vérifier de votre côté.", "already_paid",
      ref="LUTH-VOSG-1201", inv=["97032"], fam=["ordinal"]),
    R("J5131", at(8, "14:50", CET), "Madame, Monsieur,\n\nNous contestons la facture 97031 : les touches en ébène livrées ne sont pas celles commandées (qualité B au lieu de AA). Nous les tenons à votre disposition. Merci d'établir un avoir.\n\nLa comptabilité", "dispute",
      inv=["97031"], sender=0, fam=["quality-dispute", "formal"]),
    R("J5131", at(9, "10:05", CET), "Je suis absente du 18 décembre au 3 janvier inclus. Pour toute urgence, merci de contacter compta@lutherie-vosgienne.example.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5131", at(10, "16:20", CET), "Pourriez-vous nous renvoyer la facture 97031 ? Notre expert-comptable ne la retrouve pas.", "invoice_resend",
      inv=["97031"], fam=["never-received"]),
    R("J5131", at(13, "08:40", CET), "Bonjour, merci de libeller désormais les factures au nom de SAS Lutherie Vosgienne (SIRET 000 000 000 00012), nous avons changé de forme juridique au 1er décembre.", "po_change",
      fam=["new-entity", "siret"]),
    R("J5131", at(14, "12:25", CET), "Nous réglerons 2 000 € vendredi et le solde début janvier.", "promise_to_pay",
      date="2027-12-17", amount="2000.00", partial=False, fam=["two-parts", "weekday", "early-january"], note="début janvier is the 1st: both parts dated, the whole balance"),
    R("J5131", at(15, "17:10", CET), "Bonjour, je suis stagiaire à l'atelier, je ne m'occupe pas de la facturation. Je transmets à Mme Thiriet à son retour.", "wrong_contact",
      sender="stagiaire@lutherie-vosgienne.example", fam=["intern"]),
    R("J5131", at(16, "09:55", CET), "Est-il possible de payer en trois fois ? 1 320 € le 5 janvier, puis le 5 février et le 5 mars.", "payment_plan_request",
      date="2028-01-05", amount="1320.00", inv=["97031"], fam=["instalments-proposed", "french-number"]),
    R("J5131", at(17, "11:30", CET), "Virement de 4 670 € effectué ce matin pour les deux factures, réf. LUTH-VOSG-1217.", "already_paid",
      ref="LUTH-VOSG-1217", fam=["french-number"]),
    R("J5131", at(6, "07:10", CET), "Votre message n'a pas pu être remis à m.thiriet@lutherie-vosgienne.example.\n\nCause : boîte aux lettres introuvable (550 5.1.1).", "bounce",
      lang="fr", sender="mailer-daemon@lutherie-vosgienne.example", dsn=("m.thiriet@lutherie-vosgienne.example", "5.1.1"), subject="Non remis : Relance", quote="none", fam=["dsn"]),
    R("J5131", at(13, "15:00", CET), "Bien reçu, merci. Nous revenons vers vous.", "other",
      fam=["no-action"]),
    R("J5131", at(15, "10:35", CET), "On paie sous huitaine, promis. Le salon nous a vidé la trésorerie.", "promise_to_pay",
      date="2027-12-23", fam=["sous-huitaine"]),

    # J5132 Naturalisation Léman Sàrl, Lausanne (fr-CH, legal)
    R("J5132", at(6, "10:10", CET), "Madame, Monsieur,\n\nJe vous informe que notre société a mandaté Me Corinne Pahud, avocate à Lausanne, pour le litige concernant la facture 97033. Merci d'adresser toute correspondance à son étude.\n\nJulien Favre", "other",
      human=["legal representation"], fam=["legal", "attorney"]),
    R("J5132", at(8, "15:30", CET), "Étude Pahud, pour Naturalisation Léman Sàrl. Notre mandante conteste devoir la somme de CHF 7'450 : les yeux de verre et les formes livrés ne correspondent pas à la commande. Nous vous prions de suspendre toute poursuite.", "dispute",
      sender="c.pahud@etude-pahud.example", fam=["legal", "attorney", "swiss-number"]),
    R("J5132", at(9, "09:20", CET), "Bonjour, notre fiduciaire nous informe qu'une poursuite a été annoncée. Nous sommes prêts à verser CHF 3'000 le 20 décembre à titre d'acompte, sans reconnaissance de dette.", "promise_to_pay",
      date="2027-12-20", amount="3000.00", fam=["legal", "without-prejudice"]),
    R("J5132", at(13, "11:45", CET), "L'entreprise est fermée du 24 décembre au 9 janvier. Bonnes fêtes !", "out_of_office",
      headers=AUTO, sender=0, human=["absence over 14 days"], fam=["auto-absence", "christmas-closure"]),
    R("J5132", at(14, "14:15", CET), "Pourriez-vous nous envoyer le bon de livraison signé et une copie de la facture 97033 ? Notre avocate en a besoin.", "invoice_resend",
      inv=["97033"], fam=["documents", "legal"]),
    R("J5132", at(15, "16:00", CET), "Nous proposons un arrangement : CHF 1'500 par mois de janvier à mai, le 25 de chaque mois.", "payment_plan_request",
      date="2028-01-25", amount="1500.00", fam=["instalments-proposed", "legal"]),
    R("J5132", at(16, "08:30", CET), "Notification : Naturalisation Léman Sàrl a déposé une demande de sursis concordataire auprès du Tribunal d'arrondissement de Lausanne le 14 décembre 2027.", "other",
      human=["insolvency proceedings"], sender=0, fam=["insolvency", "sursis-concordataire"]),
    R("J5132", at(17, "13:50", CET), "Bonjour, je suis la femme de ménage, j'ai reçu ce mail sur la tablette du bureau. Je ne sais pas à qui le donner.", "wrong_contact",
      sender="rosa.tablette@naturalisation-leman.example", fam=["wrong-person"]),

    # J5133 Ramonage Cap-Rouge inc., Quebec City (fr-CA, payment plan)
    R("J5133", at(6, "08:15", QC), "Bonjour,\n\nLe versement de décembre de l'entente (1 000 $) va passer le 15 comme d'habitude.\n\nSylvie", "promise_to_pay",
      date="2027-12-15", amount="1000.00", human=["partial"], fam=["plan-instalment", "quebec"]),
    R("J5133", at(7, "13:40", QC), "Allô, avec le temps des Fêtes, est-ce qu'on pourrait sauter le versement de janvier pis en faire deux en février ? Les ramonages sont tous faits en automne, l'hiver c'est mort.", "payment_plan_request",
      fam=["plan-pause", "quebec-french"]),
    R("J5133", at(8, "10:30", QC), "Le versement a été fait hier par virement Interac, référence CAPROUGE-DEC.", "already_paid",
      ref="CAPROUGE-DEC", fam=["interac", "plan-instalment"]),
    R("J5133", at(9, "15:25", QC), "La facture 97035 a la TPS mais pas la TVQ, et notre comptable dit que c'est pas bon. Pouvez-vous la refaire avec les deux taxes et vos numéros ?", "po_change",
      inv=["97035"], fam=["tax-numbers", "reissue"]),
    R("J5133", at(10, "12:00", QC), "Pouvez-vous m'envoyer l'échéancier à jour de l'entente ? Je veux savoir combien il reste.", "invoice_resend",
      fam=["plan-schedule"]),
    R("J5133", at(13, "09:45", QC), "Bureau fermé du 20 décembre au 4 janvier. Joyeuses Fêtes !", "out_of_office",
      headers=AUTO, sender=0, human=["absence over 14 days"], fam=["auto-absence", "christmas-closure"]),
    R("J5133", at(14, "11:20", QC), "Le 640 $ de la 97035, je vais le payer le 3 janvier avec le versement de l'entente.", "promise_to_pay",
      date="2028-01-03", amount="640.00", inv=["97035"], partial=False, fam=["separate-invoice"], note="the 640 is all of 97035, the invoice the reply is about"),
    R("J5133", at(15, "16:45", QC), "On a déménagé le bureau au 2600 ch. Sainte-Foy. Pouvez-vous corriger l'adresse de facturation ?", "po_change",
      fam=["address-change"]),
    R("J5133", at(16, "10:10", QC), "C'est la troisième relance pour un versement qu'on a FAIT. Vérifiez votre compte avant d'écrire svp.", "already_paid",
      human=["no matching payment"], fam=["annoyed", "sarcasm"]),
    R("J5133", at(17, "14:35", QC), "Remise du message à comptabilite@ramonagecaprouge.example échouée. Le serveur de destination a répondu : 550 5.7.1 Message rejeté (politique anti-pourriel).", "bounce",
      lang="fr", sender="postmaster@ramonagecaprouge.example", dsn=("comptabilite@ramonagecaprouge.example", "5.7.1"), subject="Échec de remise du message", quote="none", fam=["dsn", "spam-policy"]),
    R("J5133", at(15, "08:05", QC), "Allô, on va payer les deux mardi prochain, le 21.", "promise_to_pay",
      date="2027-12-21", fam=["next-weekday", "quebec-french"]),
    R("J5131", at(16, "13:05", CET), "Le règlement interviendra le 31/12, après notre inventaire du 28.", "promise_to_pay",
      date="2027-12-31", fam=["day-first", "meeting-distractor"]),
    R("J5131", at(7, "17:40", CET), "Bonjour, nous avons reçu un courriel nous demandant de payer sur un nouvel IBAN à Malte. Est-ce bien vous ? Nous ne payons rien avant confirmation par téléphone.", "other",
      human=["fraud worry"], fam=["fraud-worry", "changed-iban"]),
    R("J5132", at(10, "10:40", CET), "Nous réglerons la facture dès que notre assurance aura remboursé le sinistre de l'atelier, normalement fin janvier.", "promise_to_pay",
      date="2028-01-31", human=["conditional"], fam=["insurer", "conditional"]),
    R("J5133", at(9, "08:50", QC), "Les versements de janvier et février, peut-on les payer le 28 au lieu du 15 ? Nos clients commerciaux paient le 25.", "payment_plan_request",
      date="2028-01-28", fam=["plan-day-change", "condition-date-distractor"]),
    R("J5131", at(9, "13:30", CET), "Le week-end dernier c'était la Saint-Nicolas à Nancy et on tenait le stand, je n'ai pas vu votre mail. Je regarde et je vous paie lundi.", "promise_to_pay",
      date="2027-12-13", fam=["holiday-distractor", "weekday"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-013", "J5131", "2027-12-01", "710.00", "EUR", "LUTH-VOSG-1201"),
    Payment("BK51-014", "J5131", "2027-12-17", "4670.00", "EUR", "LUTH-VOSG-1217"),
    Payment("BK51-015", "J5133", "2027-12-07", "1000.00", "CAD", "CAPROUGE-DEC"),
]
