"""French replies (field62): a Provence lavender distillery, a Paris flag maker before the 14 July (strategic), an
Ardennes brewery before the Belgian national day and a Québec summer camp on a plan (construction holiday)."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AUTO, CAE, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-040", "D6231", "2029-07-06", "830.00", "EUR", "VIR SEPA DISTILLERIE VAL D ASSE FACT 62312"),
    P("BK62-041", "D6233", "2029-07-10", "3865.00", "EUR", "BRASSERIE DE LA SEMOIS 62331 62332"),
    P("BK62-042", "D6234", "2029-07-16", "2190.00", "CAD", "CAMP LAC BEAUPORT VERSEMENT 3"),
    P("BK62-043", "D6232", "2029-07-19", "11200.00", "EUR", "PAVOISEMENT TRICOLORE PT-BC-5521"),
]

REPLIES = [
    # --- Distillerie de lavande du Val d'Asse (Provence): the harvest starts
    R("D6231", at(6, 26, "09:30", CEST), "Bonjour,\n\nLa coupe de la lavande commence demain, je suis dans les champs. Le virement pour la 62311 partira le 10 juillet.\n\nBien à vous\nMireille Giraud", "promise_to_pay", date="2029-07-10", inv=["INV-2027-62311"], fam=["day-month-words", "harvest"]),
    R("D6231", at(7, 6, "18:00", CEST), "Virement de 830 € fait ce matin pour la 62312.", "already_paid", inv=["INV-2027-62312"], fam=["terse"]),
    R("D6231", at(7, 11, "08:45", CEST), "Pour la 62311 ce sera finalement vendredi prochain, la coopérative nous paie avec retard.", "promise_to_pay", date="2029-07-20", inv=["INV-2027-62311"], fam=["next-weekday", "moved-date"]),
    R("D6231", at(6, 22, "14:20", CEST), "L'alambic livré avec la 62311 n'a pas le bon col de cygne. Nous refusons de payer tant que la pièce n'est pas remplacée.", "dispute", inv=["INV-2027-62311"], fam=["wrong-part", "withhold"]),
    R("D6231", at(7, 16, "07:40", CEST), "Bonjour, je suis absente jusqu'au 20 juillet inclus (distillation). Pour toute urgence : compta@lavande-valdasse.example.", "out_of_office", headers=AUTO, fam=["auto-reply", "harvest"]),
    R("D6231", at(7, 23, "10:15", CEST), "Pouvez-vous nous renvoyer la facture 62311 ? Notre expert-comptable ne la retrouve pas.", "invoice_resend", inv=["INV-2027-62311"], sender=0, fam=["resend", "accountant"]),
    R("D6231", at(6, 29, "11:00", CEST), "Merci de mentionner notre numéro de TVA intracommunautaire FR 12 345678901 sur vos factures et de réémettre la 62311.", "po_change", inv=["INV-2027-62311"], sender=0, fam=["vat-number", "reissue"]),
    R("D6231", at(7, 25, "16:50", CEST), "Serait-il possible de régler la 62311 en trois fois, août, septembre, octobre ? La saison a été courte.", "payment_plan_request", inv=["INV-2027-62311"], fam=["plan-three-months"]),
    R("D6231", at(7, 3, "12:30", CEST), "Paiement sous quinzaine.", "promise_to_pay", date="2029-07-17", fam=["sous-quinzaine", "terse"], sender=0),
    R("D6231", at(7, 26, "09:05", CEST), "Bien reçu, merci. Je transmets à Mireille.", "other", fam=["no-action", "acknowledgement"], sender=0),
    # --- Pavoisement Tricolore (Paris, strategic): flags and bunting for the 14 July
    R("D6232", at(6, 21, "10:10", CEST), "Bonjour,\n\nAvec les commandes du 14 Juillet, le règlement de votre facture (BC PT-BC-5521) est programmé pour le 19/07, après le défilé.\n\nCordialement,\nArnaud Lemaire\nDirecteur administratif et financier", "promise_to_pay", date="2029-07-19", html=True, fam=["numeric-day-first", "bastille-day", "outlook-html"]),
    R("D6232", at(7, 19, "15:30", CEST), "Le virement de 11 200,00 € a été exécuté ce jour, référence PT-BC-5521.", "already_paid", ref="PT-BC-5521", fam=["reference", "formal"]),
    R("D6232", at(7, 4, "09:20", CEST), "À compter du 1er septembre, toutes les factures doivent être déposées sur Chorus Pro / notre plateforme Esker. Les envois par courriel ne seront plus traités.", "po_change", sender=0, fam=["e-invoicing-portal", "distractor-date"]),
    R("D6232", at(7, 12, "17:40", CEST), "Je suis en congé du 13 au 22 juillet. En cas d'urgence, contactez fournisseurs@pavoisement-tricolore.example.", "out_of_office", headers=AUTO, fam=["auto-reply", "bastille-day"]),
    R("D6232", at(6, 27, "11:30", CEST), "Les 400 drapeaux 150 x 225 ont été livrés en 100 x 150. Nous contestons la facture jusqu'à réception des bonnes dimensions.", "dispute", fam=["wrong-size", "strategic"]),
    R("D6232", at(7, 24, "10:00", CEST), "Pourriez-vous nous adresser un relevé de compte au 30 juin pour la clôture semestrielle ?", "invoice_resend", sender=0, fam=["statement-request", "half-year-close"]),
    # --- Brasserie artisanale de la Semois (BE)
    R("D6233", at(6, 25, "13:15", CEST), "Bonjour, on paie les deux factures le 5/7. Bonne journée, Laurence", "promise_to_pay", date="2029-07-05", fam=["numeric-day-first"]),
    R("D6233", at(7, 10, "09:40", CEST), "Paiement des deux factures effectué ce matin, 3 865,00 EUR, communication structurée +++623/3162/3320+++.", "already_paid", ref="+++623/3162/3320+++", fam=["belgian-structured-ref", "total-both"]),
    R("D6233", at(6, 28, "16:00", CEST), "La facture 62332 mentionne 24 fûts alors que nous en avons renvoyé 6 vides consignés. Merci de déduire la consigne.", "dispute", inv=["INV-2027-62332"], fam=["deposit-kegs"]),
    R("D6233", at(7, 18, "08:30", CEST), "Notre bureau sera fermé le samedi 21 juillet (Fête nationale) et le lundi 23. Nous vous répondrons le mardi 24 juillet.", "out_of_office", headers=AUTO, sender=0, fam=["auto-reply", "belgian-national-day"]),
    R("D6233", at(7, 3, "11:20", CEST), "Je ne m'occupe plus de la comptabilité depuis le 1er juillet. Adressez-vous à comptabilite@brasserie-semois.example.", "wrong_contact", fam=["moved-role"]),
    R("D6233", at(6, 22, "15:50", CEST), "Nous n'avons jamais reçu la 62332. Pouvez-vous la renvoyer ?", "invoice_resend", inv=["INV-2027-62332"], fam=["never-received"], sender=0),
    R("D6233", at(7, 12, "14:10", CEST), "Pourriez-vous facturer dorénavant à Brasserie de la Semois SRL, rue du Moulin 4, 6830 Bouillon ? Changement de forme juridique.", "po_change", fam=["legal-entity-change", "billing-address"]),
    # --- Camp de vacances du Lac-Beauport (Québec, payment plan)
    R("D6234", at(6, 26, "10:00", CAE), "Bonjour, le versement 3 de 2 190 $ sera fait le 16 juillet tel que convenu.", "promise_to_pay", date="2029-07-16", amount="2190.00", fam=["instalment", "quebec"]),
    R("D6234", at(7, 16, "13:30", CAE), "Le troisième versement a été fait aujourd'hui.", "already_paid", fam=["instalment-paid"]),
    R("D6234", at(7, 20, "15:45", CAE), "Bonjour, je serai en vacances de la construction du 21 juillet au 5 août. Pour les urgences : comptabilite@camp-lacbeauport.example.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "construction-holiday"]),
    R("D6234", at(7, 4, "09:30", CAE), "Est-ce qu'on pourrait repousser le dernier versement à septembre? Les inscriptions de l'été ont baissé.", "payment_plan_request", fam=["defer-instalment", "quebec"]),
    R("D6234", at(6, 29, "14:10", CAE), "On ferme pour la fête du Canada. On vous paie mardi, promis.", "promise_to_pay", date="2029-07-03", fam=["weekday", "canada-day"], sender=0),
    # --- bounces in French
    R("D6231", at(7, 2, "10:06", CEST), "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n  m.giraud@lavande-valdasse.example\n  Raison : 550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@smtp.lavande-valdasse.example", gap_days=0, dsn=("m.giraud@lavande-valdasse.example", "5.1.1"), subject="Échec de la remise du message", fam=["dsn-fr"]),
    R("D6233", at(7, 16, "10:09", CEST), "Remise impossible aux destinataires suivants :\n\nl.piron@brasserie-semois.example\nLa boîte aux lettres du destinataire est pleine.\n\nDiagnostic : 552 5.2.2 Mailbox quota exceeded", "bounce", sender="postmaster@brasserie-semois.example", gap_days=0, dsn=("l.piron@brasserie-semois.example", "5.2.2"), subject="Non remis : Relance : factures échues – Brasserie artisanale de la Semois SRL", fam=["dsn-exchange-fr", "mailbox-full"]),
    R("D6232", at(7, 9, "10:07", CEST), "Votre message a été rejeté par la passerelle de sécurité.\nDestinataire : a.lemaire@pavoisement-tricolore.example\nMotif : 554 5.7.1 Expéditeur non autorisé", "bounce", sender="securite-mail@pavoisement-tricolore.example", gap_days=0, dsn=("a.lemaire@pavoisement-tricolore.example", "5.7.1"), subject="Message rejeté", fam=["dsn-gateway-fr", "strategic"]),
    # --- more
    R("D6231", at(7, 13, "19:30", CEST), "Avec le pont du 14 juillet, le virement partira lundi.", "promise_to_pay", date="2029-07-16", fam=["weekday", "bastille-day"]),
    R("D6232", at(7, 26, "11:10", CEST), "Est-ce bien vous qui nous écrivez ? Nous recevons beaucoup de fausses relances en ce moment. Merci de confirmer par téléphone.", "other", human=["fraud check"], fam=["fraud-check"], sender=0),
    R("D6233", at(7, 25, "15:20", CEST), "On règle la 62332 début de la semaine prochaine.", "promise_to_pay", date="2029-07-30", inv=["INV-2027-62332"], fam=["early-next-week"]),
    R("D6234", at(7, 24, "11:00", CAE), "Pour le versement 4, ce sera le 16 août comme prévu, pas avant.", "promise_to_pay", date="2029-08-16", fam=["instalment", "day-month-words"], sender=0),
    R("D6231", at(6, 30, "10:30", CEST), "Nous réglerons à la fin du mois prochain, après la vente de l'essence de lavandin.", "promise_to_pay", date="2029-07-31", human=["conditional"], fam=["end-of-next-month", "condition"]),
    R("D6233", at(7, 2, "16:30", CEST), "Est-ce qu'on peut vous payer par Bancontact ou faut-il un virement ?", "other", human=["payment method question"], fam=["payment-method"], sender=0),
    R("D6232", at(7, 16, "09:30", CEST), "Nous réglerons 5 600 € cette semaine, le solde après le remplacement des drapeaux.", "dispute", sec=["promise_to_pay"], date="2029-07-20", amount="5600.00", human=["conditional"], fam=["dispute-plus-promise", "this-week", "partial-amount"], sender=0),
    R("D6231", at(7, 9, "13:00", CEST), "Je ne suis que la saisonnière pour la récolte, je transmets à Mme Giraud.", "wrong_contact", sender="saison@lavande-valdasse.example", fam=["seasonal-worker"]),
]
