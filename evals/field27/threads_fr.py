"""French replies (field27): a Normandy calvados distillery, a Liège waffle bakery on a legal account that goes bankrupt
and a Martinique rum distillery on a plan (−04:00)."""

from evals.field.build import Payment, Reply
from evals.field27.kit import AUTO, CET, MQ, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK27-030", "W2731", "2026-11-20", "6760.00", "EUR", "DISTILLERIE LECORNU LECORNU-NOV26"),
    P("BK27-031", "W2733", "2026-11-23", "1500.00", "EUR", "RHUMERIE ANSE CERON ECH OCT"),
]

REPLIES = [
    # --- Distillerie Lecornu (FR)
    R("W2731", at(23, "09:20", CET), "Règlement jeudi.", "promise_to_pay", date="2026-11-26", fam=["weekday", "terse-mobile"]),
    R("W2731", at(24, "11:00", CET), "Nous réglerons les deux factures le 04/12.", "promise_to_pay", date="2026-12-04", fam=["locale-numeric-dayfirst"], sender=0),
    R("W2731", at(25, "15:30", CET), "Le virement prévu aujourd'hui est décalé au mardi 8 décembre : notre banque change de plateforme.", "promise_to_pay", date="2026-12-08", fam=["moved-date", "weekday-date"]),
    R("W2731", at(26, "10:10", CET), "Paiement sous huitaine.", "promise_to_pay", date="2026-12-03", fam=["relative-span", "terse-mobile"]),
    R("W2731", at(27, "16:40", CET), "On paie la 92732 lundi et la 92731 fin décembre, quand notre caviste parisien nous aura réglé les commandes de Noël.", "promise_to_pay", date="2026-11-30", inv=["92732", "92731"], human=["conditional"], fam=["two-dates", "condition"]),
    R("W2731", at(23, "18:00", CET), "Nous attendons le paiement de notre importateur japonais pour vous régler.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2731", at(24, "14:20", CET), "Règlement par virement le premier décembre.", "promise_to_pay", date="2026-12-01", fam=["date-in-words"]),
    R("W2731", at(25, "08:40", CET), "Madame, Monsieur,\n\nNous accusons réception de votre relance. Le règlement interviendra à l'issue de notre comité de direction du 2 décembre, soit le vendredi 4 décembre.\n\nBien cordialement,\nHélène Lecornu\nGérante", "promise_to_pay", date="2026-12-04", html=True, fam=["html-outlook", "meeting-before-payment", "restated-date"]),
    R("W2731", at(26, "21:00", CET), "Ok pour lundi en huit.", "promise_to_pay", date="2026-12-07", fam=["weekday-week", "terse-mobile"]),
    # --- Gaufrerie Liégeoise Dethier (BE, legal)
    R("W2732", at(23, "10:00", CET), "Sur conseil de notre avocat, nous réglerons 3.000 EUR le 1er décembre, sans reconnaissance préjudiciable.", "promise_to_pay", date="2026-12-01", amount="3000.00", fam=["legal-threat", "partial-amount", "belgian"]),
    R("W2732", at(25, "13:00", CET), "Paiement le 10/12 avec la communication structurée +++092/7330/00041+++.", "promise_to_pay", date="2026-12-10", ref="+++092/7330/00041+++", fam=["structured-communication", "locale-numeric-dayfirst"], sender=0),
    R("W2732", at(26, "09:30", CET), "On paie après la Saint-Nicolas, le lundi 7.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-ordinal", "belgian"]),
    R("W2732", at(27, "11:45", CET), "Fin de mois, comme d'habitude.", "promise_to_pay", date="2026-11-30", fam=["month-end", "terse-mobile"], sender=0),
    # --- Rhumerie de l'Anse Céron (Martinique, payment plan)
    R("W2733", at(23, "08:00", MQ), "Bonjour, l'échéance de novembre du plan (1 500 €) part vendredi.", "promise_to_pay", date="2026-11-27", amount="1500.00", fam=["instalment-existing-plan", "weekday", "martinique"]),
    R("W2733", at(24, "15:15", MQ), "Nous réglerons l'échéance de décembre le 15, comme prévu dans l'échéancier.", "promise_to_pay", date="2026-12-15", fam=["instalment-existing-plan", "ordinal-alone"], sender=0),
    R("W2733", at(25, "10:30", MQ), "Dès que la subvention de la Collectivité Territoriale arrive, on solde tout.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "martinique"]),
    R("W2733", at(26, "17:50", MQ), "Virement le mardi 1er décembre.", "promise_to_pay", date="2026-12-01", fam=["weekday-date"]),
    R("W2733", at(27, "09:10", MQ), "Paiement la semaine prochaine.", "promise_to_pay", date="2026-12-04", fam=["next-week"]),
    # --- other intents
    R("W2731", at(24, "09:15", CET), "Virement effectué le 20/11, référence LECORNU-NOV26.", "already_paid", ref="LECORNU-NOV26", fam=["reference", "locale-numeric-dayfirst"], sender=0, note="matches BK27-030"),
    R("W2733", at(24, "08:30", MQ), "L'échéance d'octobre a été payée le 23/11, réf. ECH-OCT.", "already_paid", ref="ECH-OCT", human=["matches an instalment, not the balance"], fam=["instalment-existing-plan"], note="BK27-031 is the instalment"),
    R("W2732", at(24, "16:00", CET), "La facture 92733 a été payée le 18 novembre. Vérifiez vos comptes avant de nous menacer.", "already_paid", inv=["92733"], human=["no matching payment"], fam=["tone-complaint", "belgian"]),
    R("W2731", at(25, "11:50", CET), "La facture 92731 applique un forfait transport que nous n'avons jamais accepté. Merci d'émettre un avoir.", "dispute", inv=["92731"], fam=["fees", "credit-note"]),
    R("W2732", at(23, "14:30", CET), "Les 200 kg de sucre perlé livrés étaient humides et inutilisables. Nous contestons la facture.", "dispute", fam=["quality", "belgian"], sender=0),
    R("W2731", at(27, "10:00", CET), "Pourriez-vous nous renvoyer un duplicata de la facture 92732 ?", "invoice_resend", inv=["92732"], fam=["copy"], sender=0),
    R("W2733", at(25, "14:00", MQ), "Merci de nous envoyer un relevé de compte à jour avec les échéances déjà réglées.", "invoice_resend", fam=["statement", "instalment-existing-plan"]),
    R("W2731", at(26, "14:15", CET), "Merci de rééditer les factures au nom de SAS Calvados Lecornu, nouveau SIRET 912 447 583 00018, même adresse.", "po_change", fam=["entity-change", "tax-id"]),
    R("W2732", at(26, "10:20", CET), "Dorénavant, merci de transmettre vos factures via Peppol ; les PDF envoyés par mail ne sont plus traités.", "po_change", fam=["supplier-portal", "e-invoice", "belgian"], sender=0),
    R("W2731", at(23, "15:40", CET), "Serait-il possible d'étaler le règlement en trois fois, premier versement le 15 décembre ?", "payment_plan_request", date="2026-12-15", fam=["plan-instalments"]),
    R("W2732", at(25, "17:10", CET), "Nous sollicitons un échelonnement de la dette sur six mois.", "payment_plan_request", fam=["plan-undated", "legal-account"]),
    R("W2731", at(25, "09:06", CET), "Bonjour, je suis absente jusqu'au 2 décembre inclus. Pour toute urgence : compta@calvados-lecornu.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Distillerie du Pays d'Auge Lecornu", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("W2733", at(24, "04:06", MQ), "Bonjour, je suis en congé du 20 novembre au 4 janvier 2027 inclus. Votre message ne sera pas transféré.", "out_of_office", headers=AUTO, subject="Absence : Relance : factures échues – Rhumerie de l'Anse Céron SAS", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "martinique"]),
    R("W2731", at(26, "09:07", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\nh.lecornu@calvados-lecornu.example\n550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@mx.calvados-lecornu.example", subject="Non remis : Relance : factures échues – Distillerie du Pays d'Auge Lecornu", dsn=("h.lecornu@calvados-lecornu.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-fr"]),
    R("W2732", at(27, "09:07", CET), "La remise a échoué pour ces destinataires ou groupes :\n\nadministration@gaufres-dethier.example\nLa boîte aux lettres du destinataire est désactivée.\n\nInformations de diagnostic pour les administrateurs :\n550 5.2.1 Mailbox disabled", "bounce", sender="postmaster@gaufres-dethier.example", subject="Non remis : Relance : factures échues – Gaufrerie Liégeoise Dethier SPRL", dsn=("administration@gaufres-dethier.example", "5.2.1"), quote="none", gap_days=0, fam=["dsn-exchange-fr"]),
    R("W2731", at(27, "12:30", CET), "Hélène Lecornu a pris sa retraite. Écrivez désormais à Antoine Lecornu, a.lecornu@calvados-lecornu.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("W2733", at(26, "11:00", MQ), "Je ne suis pas la bonne personne, je m'occupe des ventes. Écrivez à la comptabilité.", "wrong_contact", fam=["not-my-job", "martinique"], sender="ventes@rhum-anseceron.example"),
    R("W2732", at(26, "15:00", CET), "Madame, Monsieur,\n\nPar jugement du tribunal de l'entreprise de Liège du 19 novembre 2026, la faillite de la SPRL Gaufrerie Liégeoise Dethier a été prononcée. Nous avons été désignés curateurs. Les créanciers sont invités à déposer leur déclaration de créance via la plateforme Regsol dans les trente jours.\n\nMe Anne-Sophie Grégoire, curateur", "other", human=["insolvency"], fam=["insolvency", "legal-notice", "belgian"], sender="curatelle@gregoire-avocats.example"),
    R("W2731", at(23, "11:30", CET), "Merci, bien reçu.", "other", fam=["no-action", "ack"], sender=0),
]
