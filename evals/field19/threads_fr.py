"""French replies in field19: a Brussels chocolatier, a dental lab in Casablanca on a legal account, a forge on a plan (FR)."""

from __future__ import annotations

from evals.field19.build import Payment
from evals.field19.build import Reply as R
from evals.field19.kit import AUTO, CET, MA, at

PAYMENTS = [
    Payment("BK19-014", "S1931", "2026-11-20", "615.00", "EUR", "+++193/1200/61508+++ CHOCOLATERIE VANDERHAEGEN"),
    Payment("BK19-015", "S1933", "2026-11-16", "1410.00", "EUR", "VIR FERRONNERIE LEMAIRE ECHEANCE NOV"),
]

DSN_FR = ("Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n"
          "{rcpt}\n\nRaison : {why}")

REPLIES = [
    # --- promises
    R("S1931", at(23, "10:00", CET), "Bonjour, le paiement des deux factures partira jeudi. Bien à vous, Anne", "promise_to_pay", date="2026-11-26", fam=["weekday", "belgian"]),
    R("S1931", at(24, "15:30", CET), "Nous payerons la 19311 le 4/12 au plus tard.", "promise_to_pay", date="2026-12-04", inv=["19311"], fam=["day-first-numeric", "belgian"]),
    R("S1931", at(25, "09:20", CET), "Paiement prévu semaine 50, comme d'habitude après la Saint-Nicolas.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "holiday", "belgian"], note="semaine 50 sans jour : son vendredi"),
    R("S1931", at(26, "18:45", CET), "Nous réglerons 3.000,00 € vendredi et le solde à la fin du mois prochain.", "promise_to_pay", date="2026-11-27", amount="3000.00", fam=["partial", "european-amount", "weekday"]),
    R("S1931", at(27, "11:30", CET), "Le paiement était prévu le 1er décembre, il est reporté au 8, notre banquier est en congé.", "promise_to_pay", date="2026-12-08", fam=["moved-date", "ordinal"]),
    R("S1931", at(23, "22:40", CET), "Je m'en occupe demain à la première heure.", "promise_to_pay", date="2026-11-24", fam=["late-evening", "tomorrow"]),
    R("S1931", at(26, "11:00", CET), "Bonjour,\nVeuillez trouver ci-dessous la réponse de notre direction.\n\n----- Message transféré -----\nDe : Anne Vanderhaegen\nÀ : comptabilite@chocolaterie-vdh.example\nObjet : Northwind\n\nOn paie Northwind mardi en huit, pas avant. A.", "promise_to_pay", date="2026-12-08", sender=0, fam=["forwarded", "see-below", "mardi-en-huit"], note="mardi en huit écrit le jeudi 26 : le mardi 8 décembre"),
    R("S1931", at(26, "10:15", CET), "Encore une relance, quelle surprise. Oui, on paiera. Lundi. Ça vous va ?", "promise_to_pay", date="2026-11-30", fam=["sarcasm", "weekday"]),
    R("S1932", at(23, "12:00", MA), "Bonjour, la direction valide le paiement lors du comité du 2 décembre ; le virement sera exécuté le 4.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "legal-account", "ordinal-alone"]),
    R("S1932", at(25, "16:40", MA), "Nous réglerons dès réception de l'avoir promis pour les couronnes non conformes.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "credit-note", "legal-account"]),
    R("S1932", at(26, "20:30", MA), "Le virement de 2 500 € partira sous huitaine, le reste en janvier.", "promise_to_pay", date="2026-12-04", amount="2500.00", fam=["sous-huitaine", "partial", "legal-account"]),
    R("S1933", at(23, "14:10", CET), "L'échéance de décembre de notre plan sera réglée le 5, comme convenu.", "promise_to_pay", date="2026-12-05", partial=False, fam=["plan-instalment", "ordinal-alone"]),
    R("S1933", at(24, "08:40", CET), "Bonjour, je paierai dans quinze jours, le temps que le client de la rampe d'escalier me règle.", "promise_to_pay", date="2026-12-08", human=["conditional"], fam=["dans-quinze-jours", "condition"], note="dans quinze jours = +14"),
    R("S1933", at(25, "13:00", CET), "Paiement en fin de mois, comme d'hab.", "promise_to_pay", date="2026-11-30", fam=["month-end", "terse"]),
    R("S1933", at(27, "17:10", CET), "Bonjour,\nLe règlement interviendra le dernier jour ouvré de décembre.\nCordialement\nComptabilité\n\nFerronnerie d'art Lemaire – SARL au capital de 8 000 € – RCS Troyes 812 345 678 – Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.", "promise_to_pay", date="2026-12-31", sender=0, html=True, fam=["last-working-day", "long-disclaimer", "html-outlook"]),
    R("S1931", at(25, "14:20", CET), "Paiement début de semaine prochaine.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "terse"]),
    R("S1931", at(26, "08:10", CET), "Le virement part le 3, la livraison des fèves étant le 1er.", "promise_to_pay", date="2026-12-03", fam=["delivery-date", "ordinal-alone"]),
    # --- already_paid
    R("S1931", at(23, "15:00", CET), "Payé le 20/11 avec la communication structurée +++193/1200/61508+++.", "already_paid", ref="+++193/1200/61508+++", inv=["19312"], fam=["structured-communication", "belgian"], note="matches BK19-014 (615,00 = 19312)"),
    R("S1933", at(24, "11:30", CET), "L'échéance de novembre du plan (1 410 €) a été virée le 16/11.", "already_paid", amount=None, human=["amount differs"], fam=["plan-instalment", "european-amount"], note="BK19-015 is the plan instalment, less than the balance"),
    R("S1932", at(24, "10:40", MA), "Nous avons effectué le virement hier, réf. ATL-NW-2611, pour la totalité.", "already_paid", ref="ATL-NW-2611", human=["no matching payment"], fam=["remittance", "legal-account"]),
    # --- dispute
    R("S1931", at(24, "17:00", CET), "La facture 19311 compte la TVA à 21 % alors que la livraison était intracommunautaire. Merci de corriger.", "dispute", inv=["19311"], fam=["vat"]),
    R("S1933", at(26, "09:50", CET), "Les intérêts de retard ajoutés sur le plan ne sont pas dus, nous avons payé chaque échéance à temps.", "dispute", fam=["late-fee", "plan"]),
    # --- invoice_resend
    R("S1931", at(27, "09:00", CET), "Pourriez-vous nous renvoyer la facture 19312 ? Nous ne la trouvons pas.", "invoice_resend", inv=["19312"], fam=["copy"]),
    R("S1932", at(27, "10:30", MA), "Pourriez-vous nous faire parvenir le relevé de notre compte client à ce jour ?", "invoice_resend", fam=["statement", "legal-account"]),
    # --- po_change
    R("S1931", at(25, "16:10", CET), "Merci d'envoyer dorénavant les factures via Peppol (0208:0712345678) et non plus par e-mail.", "po_change", fam=["e-invoice", "future-invoices-mailbox", "belgian"]),
    R("S1933", at(26, "15:20", CET), "Notre adresse de facturation a changé : 14 rue des Forges, 10000 Troyes. Merci de refaire la facture.", "po_change", fam=["billing-address"]),
    # --- payment_plan_request
    R("S1931", at(26, "12:40", CET), "Serait-il possible d'étaler la 19311 en deux fois, la moitié le 15 décembre et la moitié le 15 janvier ?", "payment_plan_request", date="2026-12-15", inv=["19311"], fam=["plan-instalments"]),
    R("S1932", at(24, "13:20", MA), "Pouvons-nous convenir d'un échéancier sur six mois ? Notre avocat vous écrira également.", "payment_plan_request", fam=["plan-undated", "legal-account"]),
    # --- out_of_office
    R("S1931", at(24, "09:06", CET), "Je suis absente jusqu'au 1er décembre inclus. Pour toute urgence, contactez comptabilite@chocolaterie-vdh.example.", "out_of_office", subject="Réponse automatique : Relance", headers=AUTO, quote="none", fam=["ooo-auto"]),
    R("S1933", at(25, "09:06", CET), "L'atelier est fermé du 25 novembre au 4 janvier. Nous traiterons votre message à notre retour.", "out_of_office", subject="Fermeture annuelle", headers=AUTO, quote="none", human=["absence more than 14 days"], fam=["ooo-auto", "ooo-long", "seasonal-closure"]),
    R("S1932", at(26, "09:06", MA), "Absent jusqu'au 30 novembre. Merci.", "out_of_office", subject="Réponse automatique", headers=AUTO, quote="none", fam=["ooo-auto", "legal-account"]),
    # --- bounce
    R("S1931", at(23, "09:07", CET), DSN_FR.format(rcpt="a.vanderhaegen@chocolaterie-vdh.example", why="550 5.1.1 Adresse inconnue"), "bounce", sender="MAILER-DAEMON@chocolaterie-vdh.example", subject="Échec de remise du message", dsn=("a.vanderhaegen@chocolaterie-vdh.example", "5.1.1"), fam=["dsn-french"]),
    R("S1933", at(26, "09:07", CET), DSN_FR.format(rcpt="p.lemaire@ferronnerie-lemaire.example", why="552 5.2.2 Boîte aux lettres pleine"), "bounce", sender="postmaster@ferronnerie-lemaire.example", subject="Non remis : Relance", dsn=("p.lemaire@ferronnerie-lemaire.example", "5.2.2"), fam=["dsn-french", "mailbox-full"]),
    # --- wrong_contact
    R("S1932", at(25, "11:00", MA), "M. Bennani n'est plus directeur depuis la cession du laboratoire au groupe Sourire Plus. Adressez-vous au nouveau propriétaire.", "wrong_contact", sender=0, fam=["acquisition", "no-new-contact"]),
    R("S1931", at(27, "14:50", CET), "Je ne m'occupe que des vitrines. Écrivez à comptabilite@.", "wrong_contact", sender="boutique@chocolaterie-vdh.example", fam=["wrong-person", "shop-inbox"]),
    # --- other
    R("S1931", at(26, "16:30", CET), "Le ton de votre dernière relance est franchement déplacé pour un client de douze ans.", "other", human=["complaint about tone"], fam=["tone-complaint"]),
    R("S1933", at(27, "08:20", CET), "Bien reçu, merci.", "other", fam=["no-action", "ack"]),
    R("S1932", at(27, "12:10", MA), "Toute correspondance doit désormais être adressée à notre conseil, Maître Alaoui. Nous contestons la compétence de vos relances.", "other", human=["legal"], fam=["legal-threat", "legal-account"]),
]
