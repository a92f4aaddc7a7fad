"""French replies (field40): a Toulouse aircraft maintenance shop and a Dakar fishing company (credit hold)."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, CET, SN, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-014", "D4031", "2027-07-06", "1370.00", "EUR", "VIR AERO MAINTENANCE GARONNE FACT 94029"),
    P("BK40-015", "D4032", "2027-07-08", "10210.00", "EUR", "PECHERIES DE LA PETITE COTE VIR 94030"),
]

REPLIES = [
    # --- Aéro Maintenance Garonne (Toulouse)
    R("D4031", at(5, "09:15", CET), "Bonjour,\n\nLa facture 94028 (BC AMG-BC-7730) sera réglée par virement le vendredi 9 juillet.\n\nCordialement,\nSylvie Fabre\nResponsable comptable\nAéro Maintenance Garonne SAS – Blagnac", "promise_to_pay", inv=["94028"], date="2027-07-09", fam=["outlook-html", "weekday-date", "formal", "po-in-text"], html=True),
    R("D4031", at(5, "14:40", CET), "Bonjour, nous avons réglé la 94029 ce matin, 1 370 €.", "already_paid", inv=["94029"], note="BK40-014 is dated 6 July: within 14 days, it matches", fam=["paid-today", "space-thousands"]),
    R("D4031", at(6, "10:20", CET), "Règlement prévu avant le 14 juillet, donc mardi 13 au plus tard.", "promise_to_pay", date="2027-07-13", fam=["before-holiday", "at-the-latest", "bastille-day"], sender=0),
    R("D4031", at(6, "16:05", CET), "Le paiement partira avec notre échéance fournisseurs du 20 du mois.", "promise_to_pay", date="2027-07-20", fam=["supplier-run", "bare-day"]),
    R("D4031", at(7, "08:30", CET), "Bonjour, les kits de joints facturés sur la 94028 ne correspondent pas au bon de commande : 40 kits facturés, 32 livrés (BL du 3 juin). Merci de nous faire un avoir pour la différence.", "dispute", inv=["94028"], fam=["quantity", "credit-note"]),
    R("D4031", at(7, "11:50", CET), "Nous réglerons sous huitaine.", "promise_to_pay", date="2027-07-14", fam=["sous-huitaine", "terse"], sender=0),
    R("D4031", at(7, "15:25", CET), "Bonjour, merci d'indiquer désormais notre numéro de bon de commande et le code atelier (ATL-B2) sur chaque facture, sinon le rapprochement est bloqué. Pouvez-vous rééditer la 94029 ?", "po_change", inv=["94029"], fam=["workshop-code", "reissue"]),
    R("D4031", at(8, "09:05", CET), "Je suis absente du 5 au 30 juillet inclus. Pour toute question urgente : comptabilite@aero-garonne.example. Bonnes vacances !", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Aéro Maintenance Garonne SAS", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "summer-holiday"]),
    R("D4031", at(8, "12:40", CET), "Virement programmé pour le lundi 19, après le pont du 14 (beaucoup d'absents cette semaine).", "promise_to_pay", date="2027-07-19", fam=["weekday-date", "bastille-day-distractor"]),
    R("D4031", at(8, "16:10", CET), "Pourriez-vous me renvoyer la facture 94028 au format PDF ? Le lien ne fonctionne plus.", "invoice_resend", inv=["94028"], fam=["resend-pdf", "broken-link"], sender=0),
    R("D4031", at(5, "11:00", CET), "Nous fermons du 2 au 22 août (fermeture annuelle). Le paiement sera fait avant, fin juillet.", "promise_to_pay", date="2027-07-31", fam=["shutdown-distractor", "end-of-month"]),
    R("D4031", at(6, "12:30", CET), "Bonjour, je ne m'occupe plus de la comptabilité fournisseurs depuis le 1er juillet. Merci de contacter Julien Roques : j.roques@aero-garonne.example.", "wrong_contact", fam=["moved-role", "names-contact"]),
    R("D4031", at(7, "17:45", CET), "Bien reçu, je fais suivre à la compta, ils reviennent de la pause déjeuner.", "other", fam=["no-action", "forwarded"]),
    R("D4031", at(6, "09:02", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à s.fabre@aero-garonne.example.\n\nLa boîte aux lettres du destinataire est pleine.\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@aero-garonne.example", subject="Non remis : Relance : factures échues – Aéro Maintenance Garonne SAS", dsn=("s.fabre@aero-garonne.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-fr", "mailbox-full"]),
    R("D4031", at(5, "16:35", CET), "Le règlement sera effectué en semaine 28, le jeudi.", "promise_to_pay", date="2027-07-15", fam=["calendar-week-weekday"], sender=0),
    R("D4031", at(7, "10:10", CET), "Nous payons 4 000 € lundi et le solde de la 94028 dès réception de l'avoir.", "promise_to_pay", inv=["94028"], date="2027-07-12", amount="4000.00", human=["conditional"], fam=["partial-amount", "credit-note", "weekday"]),
    R("D4031", at(8, "14:20", CET), "Est-il possible de régler la 94028 en trois fois (juillet, août, septembre) ? Notre trésorerie est tendue après la clôture semestrielle.", "payment_plan_request", inv=["94028"], fam=["plan-three-parts", "half-year-close"]),
    R("D4031", at(6, "14:55", CET), "Paiement fin de semaine prochaine.", "promise_to_pay", date="2027-07-16", fam=["end-of-next-week", "terse"]),
    R("D4031", at(5, "12:25", CET), "Bonjour, nous ne retrouvons pas la facture 94029. Pouvez-vous nous la renvoyer avec le bon de livraison signé ?", "invoice_resend", inv=["94029"], fam=["not-received", "delivery-note"]),
    # --- Pêcheries de la Petite-Côte (Dakar, credit hold)
    R("D4032", at(5, "10:45", SN), "Bonjour Madame, Monsieur,\n\nNous accusons réception de votre relance. Le règlement de la facture 94030 sera effectué le 15 juillet prochain par virement international.\n\nVeuillez agréer nos salutations distinguées.\n\nAwa Diop\nDirectrice financière\nPêcheries de la Petite-Côte SA – Mbour", "promise_to_pay", inv=["94030"], date="2027-07-15", fam=["formal", "day-month", "international-transfer"]),
    R("D4032", at(5, "16:15", SN), "Avec le repos biologique qui commence, nos bateaux sont à quai jusqu'à fin septembre. Pouvons-nous payer 2 500 € par mois à partir du 1er août ?", "payment_plan_request", date="2027-08-01", amount="2500.00", fam=["fishing-closure", "plan-monthly"]),
    R("D4032", at(6, "09:40", SN), "Le virement a été émis ce jour par la CBAO, référence PPC-0607-94030. Copie jointe.", "already_paid", ref="PPC-0607-94030", attachments=[("avis_virement.pdf", "application/pdf", "CBAO Groupe Attijariwafa bank\nAvis d'opération\nDonneur d'ordre : PECHERIES DE LA PETITE COTE SA\nBénéficiaire : NORTHWIND SUPPLIES GMBH\nMontant : EUR 10 250,00\nRéférence : PPC-0607-94030")], note="BK40-015 on 8 July carries 10,210: correspondent charges of 40", human=["amount differs"], fam=["swift-copy", "attachment", "bank-charges"]),
    R("D4032", at(6, "14:25", SN), "Les caisses isothermes livrées en mai ne sont pas conformes (couvercles fissurés). Nous refusons de payer la totalité tant qu'un avoir n'est pas émis.", "dispute", fam=["damaged-goods", "credit-note"], sender=0),
    R("D4032", at(7, "10:55", SN), "Nous réglons dès que l'usine de Saint-Louis nous paie la livraison de juin, normalement sous quinze jours.", "promise_to_pay", date="2027-07-22", human=["conditional"], note="'sous quinze jours' is +15 (field27)", fam=["customer-pays-first", "quinze-jours"]),
    R("D4032", at(7, "15:30", SN), "Paiement la semaine prochaine inchallah. Nous demandons de débloquer le compte pour la prochaine commande.", "promise_to_pay", date="2027-07-16", fam=["next-week", "credit-hold-plea"], sender=0),
    R("D4032", at(8, "09:20", SN), "Merci d'établir vos factures au nom de notre nouvelle société PPC Export SUARL, NINEA 009876543 2V2, à compter du 1er juillet.", "po_change", fam=["new-entity", "tax-number"]),
    R("D4032", at(8, "12:00", SN), "Bonjour, je suis stagiaire au service commercial. Je transmets à Mme Diop, c'est elle qui s'occupe des paiements.", "wrong_contact", sender="stage.commercial@pecheries-petitecote.example", fam=["intern", "unknown-sender"]),
    R("D4032", at(8, "16:45", SN), "Virement effectué ce matin, montant 10 250 euros.", "already_paid", note="BK40-015 of 8 July carries 10,210", human=["amount differs"], fam=["paid-today", "short-payment"], sender=0),
    R("D4032", at(6, "08:10", SN), "Je suis en congé jusqu'au 2 août. Pour les questions urgentes, merci de contacter compta@pecheries-petitecote.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Pêcheries de la Petite-Côte SA", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("D4032", at(7, "09:03", SN), "Ceci est une notification d'état de remise.\n\nLa remise à ces destinataires ou groupes a échoué :\n\ncompta@pecheries-petitecote.example\nL'adresse de messagerie est introuvable.\n\n550 5.1.1 RESOLVER.ADR.RecipNotFound", "bounce", sender="postmaster@pecheries-petitecote.example", subject="Non remis : Relance : factures échues – Pêcheries de la Petite-Côte SA", dsn=("compta@pecheries-petitecote.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-exchange-fr"]),
    R("D4032", at(5, "13:30", SN), "Pouvez-vous nous confirmer vos coordonnées bancaires par courrier signé ? Notre banque exige une attestation RIB avant tout virement vers l'étranger.", "other", human=["bank details"], fam=["bank-letter"]),
    R("D4032", at(8, "11:10", SN), "Pouvez-vous nous envoyer un relevé de compte ? Nous avons un écart avec notre grand livre.", "invoice_resend", fam=["statement-request"]),
    R("D4032", at(6, "17:20", SN), "Le paiement de 5 000 € sera fait vendredi, le reste fin juillet.", "promise_to_pay", date="2027-07-09", amount="5000.00", fam=["partial-amount", "two-dates"], sender=0),
    R("D4032", at(7, "18:40", SN), "C'est noté, merci.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("D4031", at(8, "17:30", CET), "Bonjour, votre facture comporte des frais de relance de 40 € que nous contestons : le retard vient de votre erreur de bon de commande.", "dispute", fam=["late-fee"], sender=0),
    R("D4031", at(7, "13:05", CET), "Je vous confirme le virement de 8 940 € le 21/07.", "promise_to_pay", inv=["94028"], date="2027-07-21", amount="8940.00", partial=False, note="8,940 is 94028 whole", fam=["day-first-numeric", "amount-is-one-invoice"], sender=0),
    R("D4031", at(5, "17:50", CET), "Réglement prévu le 1er août… non pardon, le 30 juillet, dernier jour ouvré avant la fermeture.", "promise_to_pay", date="2027-07-30", fam=["self-correction", "last-business-day"]),
]
