"""French replies (field15): a Paris architecture practice and a Gaspésie fishing co-operative on a plan (Québec)."""

from evals.field.build import Payment, Reply
from evals.field15.kit import AUTO, CET, QC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK15-030", "S1531", "2026-11-19", "4580.00", "EUR", "VIR SEPA MOREL VASSEUR VIRMV1119"),
    P("BK15-031", "S1532", "2026-11-23", "9340.00", "CAD", "CHQ 004512", "cheque"),
]

REPLIES = [
    # --- Atelier Morel Vasseur (FR)
    R("S1531", at(23, "09:35", CET), "Bonjour,\nLe virement partira jeudi.\nCordialement,\nClaire Vasseur", "promise_to_pay", date="2026-11-26", html=True, fam=["outlook-html", "weekday"]),
    R("S1531", at(24, "11:20", CET), "Le règlement sera effectué le 04/12.", "promise_to_pay", date="2026-12-04", fam=["fr-numeric"]),
    R("S1531", at(25, "10:15", CET), "Paiement fin de mois, comme d'habitude.", "promise_to_pay", date="2026-11-30", fam=["end-of-month"], sender=0),
    R("S1531", at(26, "14:40", CET), "Nous réglerons les 760 € demain et le solde de la 15311 le 15 décembre.", "promise_to_pay", date="2026-11-27", amount="760.00", inv=["15311"], fam=["two-dates", "partial-amount"]),
    R("S1531", at(27, "16:10", CET), "L'assemblée des associés se réunit le 2 décembre ; le paiement suivra le lendemain.", "promise_to_pay", date="2026-12-03", fam=["meeting-before-payment"]),
    R("S1531", at(23, "15:05", CET), "Le virement était prévu pour le 27, il est reporté au 1er décembre à cause de notre clôture trimestrielle.", "promise_to_pay", date="2026-12-01", fam=["moved-date"]),
    R("S1531", at(24, "17:30", CET), "Nous vous réglerons sous huitaine.", "promise_to_pay", date="2026-12-02", fam=["sous-huitaine"]),
    R("S1531", at(25, "22:15", CET), "Désolée pour le retard, je fais le virement demain matin à la première heure.", "promise_to_pay", date="2026-11-26", fam=["late-evening"]),
    R("S1531", at(26, "09:00", CET), "Paiement semaine 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week", "terse"], sender=0),
    R("S1531", at(27, "12:20", CET), "Nous paierons dès que le maître d'ouvrage nous aura réglé la situation de travaux n° 3.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("S1531", at(23, "18:00", CET), "Ce sera réglé mardi en huit.", "promise_to_pay", date="2026-12-01", fam=["mardi-en-huit"]),
    R("S1531", at(24, "08:45", CET), "Règlement le 10 décembre par virement SEPA.", "promise_to_pay", date="2026-12-10", fam=["day-month"], sender=0),
    R("S1531", at(25, "13:30", CET), "Le virement de 2 290 € partira vendredi 4, le reste en janvier.", "promise_to_pay", date="2026-12-04", amount="2290.00", fam=["weekday-ordinal", "partial-amount", "space-thousands"]),
    R("S1531", at(27, "10:00", CET), "Paiement début de semaine prochaine.", "promise_to_pay", date="2026-11-30", fam=["early-next-week"]),
    R("S1531", at(26, "11:50", CET), "Règlement le 2 : c'est notre jour de virements fournisseurs.", "promise_to_pay", date="2026-12-02", fam=["ordinal-alone", "reason-date"]),
    # --- Coopérative des pêcheurs (QC, payment plan)
    R("S1532", at(23, "09:10", QC), "Bonjour,\nLe versement de décembre (2e de 5) sera fait le 1er décembre comme convenu.\nJacinthe", "promise_to_pay", date="2026-12-01", human=["partial"], fam=["instalment", "existing-plan"]),
    R("S1532", at(24, "14:25", QC), "Le conseil d'administration se réunit mercredi prochain; le chèque sera posté le lendemain.", "promise_to_pay", date="2026-12-03", fam=["meeting-before-payment", "next-weekday", "cheque"]),
    R("S1532", at(25, "16:45", QC), "On va vous envoyer 2 000 $ vendredi pis le reste quand la saison du homard va commencer.", "promise_to_pay", date="2026-11-27", amount="2000.00", human=["conditional"], fam=["quebec-colloquial", "partial-amount", "condition"]),
    R("S1532", at(26, "10:35", QC), "Paiement prévu le 2026-12-15.", "promise_to_pay", date="2026-12-15", fam=["iso-date"], sender=0),
    R("S1532", at(27, "11:15", QC), "Le versement sera fait d'ici 10 jours ouvrables.", "promise_to_pay", date="2026-12-11", fam=["working-days"]),
    R("S1532", at(23, "13:50", QC), "Paiement d'ici la fin de l'année, dès que le prêt de la Financière agricole est versé.", "promise_to_pay", date="2026-12-31", human=["conditional"], fam=["estimate-of-event", "end-of-year"], sender=0),
    # --- already paid
    R("S1531", at(24, "10:40", CET), "Le virement de 4 580 € pour la facture 15311 a été émis le 19/11, référence VIR-MV-1119.", "already_paid", ref="VIR-MV-1119", inv=["15311"], fam=["ref-punctuation", "fr-numeric"]),
    R("S1532", at(26, "15:20", QC), "Le chèque no 004512 de 9 340 $ a été posté le 16 novembre.", "already_paid", ref="004512", fam=["cheque", "bank-prefix"]),
    R("S1531", at(27, "17:05", CET), "Nous avons payé la 15312 par carte sur votre site le 25/11.", "already_paid", inv=["15312"], human=["no matching payment"], fam=["card-payment", "claim-not-on-bank"], sender=0),
    # --- disputes
    R("S1531", at(25, "09:25", CET), "La facture 15312 comprend des tirages A0 que nous n'avons jamais commandés. Merci d'émettre un avoir.", "dispute", inv=["15312"], fam=["not-ordered"]),
    R("S1532", at(24, "11:05", QC), "Les filets livrés n'ont pas le bon maillage, ils sont inutilisables pour le crabe. Nous contestons la facture 15321 au complet.", "dispute", inv=["15321"], fam=["quality"]),
    # --- copies, billing changes
    R("S1531", at(23, "11:40", CET), "Pourriez-vous nous renvoyer la facture 15311 ? Elle est introuvable chez nous.", "invoice_resend", inv=["15311"], fam=["copy"], sender=0),
    R("S1532", at(25, "09:55", QC), "Pouvez-vous nous envoyer un relevé de compte à jour?", "invoice_resend", fam=["statement"], sender=0),
    R("S1531", at(26, "16:55", CET), "Nous avons changé de forme juridique : Morel Vasseur Architectes SAS, nouveau SIRET 912 345 678 00021. Merci de refaire les factures à ce nom.", "po_change", fam=["new-entity", "siret"]),
    R("S1532", at(27, "09:30", QC), "Veuillez ajouter notre numéro de bon de commande PO-2026-118 sur la facture et nous la renvoyer.", "po_change", sec=["invoice_resend"], fam=["po-added", "copy-with-correction"]),
    # --- plans
    R("S1531", at(24, "15:50", CET), "Serait-il possible de régler en trois fois à partir du 15 décembre ?", "payment_plan_request", date="2026-12-15", fam=["plan-three"]),
    R("S1532", at(26, "13:10", QC), "Pourrions-nous prolonger l'entente de paiement jusqu'en avril? La saison a été mauvaise.", "payment_plan_request", fam=["stretch-plan", "existing-plan"]),
    # --- absences, DSNs
    R("S1531", at(25, "07:45", CET), "Bonjour, je suis absente jusqu'au lundi 30 novembre inclus. En cas d'urgence, merci d'écrire à compta@morel-vasseur-archi.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Atelier d'architecture Morel Vasseur", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1532", at(23, "08:30", QC), "Nos bureaux sont fermés pour la saison jusqu'au 5 janvier. Merci de votre patience.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "seasonal-closure"], sender=0),
    R("S1531", at(26, "09:06", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à :\n\ncompta@morel-vasseur-archi.example\nAdresse introuvable : 550 5.1.1 utilisateur inconnu", "bounce", sender="MAILER-DAEMON@smtp.morel-vasseur-archi.example", subject="Non remis : Relance : factures échues – Atelier d'architecture Morel Vasseur", dsn=("compta@morel-vasseur-archi.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-fr"]),
    R("S1532", at(25, "09:07", QC), "La remise à ces destinataires ou groupes a échoué :\n\ncomptabilite@pecheurs-anse.example\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@pecheurs-anse.example", subject="Non remis : Relance : factures échues", dsn=("comptabilite@pecheurs-anse.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-fr", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("S1531", at(24, "14:10", CET), "Mme Vasseur ne s'occupe plus de la comptabilité de l'atelier. Merci d'écrire à notre expert-comptable, cabinet.durand@expert-durand.example.", "wrong_contact", fam=["external-accountant"], sender=0),
    R("S1532", at(27, "14:35", QC), "J'ai pris ma retraite le mois dernier. Écrivez à Mathieu Bujold, m.bujold@pecheurs-anse.example, qui me remplace.", "wrong_contact", fam=["retired"]),
    R("S1531", at(23, "16:40", CET), "Merci, bien reçu.", "other", fam=["no-action", "ack"]),
    R("S1532", at(24, "16:05", QC), "Pouvez-vous nous fournir vos numéros de TPS et de TVQ pour nos dossiers? Sans ça on ne peut pas réclamer les crédits de taxe.", "other", human=["tax form"], fam=["tax-numbers"], sender=0),
    R("S1531", at(25, "17:50", CET), "Est-ce bien vous qui nous demandez de changer de RIB ? Nous avons reçu un courrier à votre en-tête qui nous paraît suspect.", "other", human=["fraud check"], fam=["fraud-check"]),
]
