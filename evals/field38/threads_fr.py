"""French replies (field38): a Lyon printing house and a Brussels security firm (credit hold)."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-015", "F3831", "2027-03-18", "5360.00", "EUR", "VIR IMPRIMERIE DES TRABOULES FACT 93832"),
]

REPLIES = [
    # --- Imprimerie des Traboules (Lyon)
    R("F3831", at(22, "09:15", CET), "Bonjour,\n\nLe virement de la facture 93832 a été fait le 18/03, libellé « FACT 93832 ». Pour la 93833, elle partira vendredi.\n\nBien cordialement,\nMathilde Girard\nGérante – Imprimerie des Traboules\n12 rue Saint-Jean, 69005 Lyon", "already_paid", sec=["promise_to_pay"], ref="FACT 93832", inv=["93832", "93833"], date="2027-03-26", fam=["paid-and-promise", "numeric-dmy", "signature"]),
    R("F3831", at(22, "14:30", CET), "Bonjour, règlement prévu le 31/03, fin de trimestre. Cordialement", "promise_to_pay", date="2027-03-31", fam=["quarter-end", "numeric-dmy", "terse"], sender=0),
    R("F3831", at(22, "17:05", CET), "Nous réglerons sous huitaine, promis. On attendait juste le retour de l'expert-comptable.", "promise_to_pay", date="2027-03-29", fam=["sous-huitaine", "own-accountant"]),
    R("F3831", at(23, "10:20", CET), "Bonjour, la facture 93833 facture 4 rouleaux de papier couché alors que nous n'en avons reçu que 3 (bon de livraison du 4 mars). Merci de nous faire un avoir.", "dispute", inv=["93833"], fam=["short-delivery", "distractor-date"]),
    R("F3831", at(23, "15:45", CET), "Paiement le mardi 30 mars, le lundi de Pâques étant férié chez nous.", "promise_to_pay", date="2027-03-30", fam=["easter-monday", "weekday-date"], sender=0),
    R("F3831", at(23, "18:40", CET), "Bonsoir, pourriez-vous me renvoyer la facture 93833 ? Je ne la retrouve pas dans nos achats. Merci !", "invoice_resend", inv=["93833"], fam=["lost-copy", "evening"]),
    R("F3831", at(24, "09:35", CET), "Nous allons régler début avril, dès que le client Biennale de la danse nous aura payé sa plaquette.", "promise_to_pay", date="2027-04-01", human=["conditional"], fam=["third-party", "beginning-of-month", "lyon"]),
    R("F3831", at(24, "13:00", CET), "Bonjour, à compter du 1er avril merci d'envoyer vos factures uniquement via Chorus Pro ? Non pardon, nous ne sommes pas une administration — via notre plateforme Libeo, lien ci-dessous.", "po_change", fam=["supplier-portal", "self-correction"], sender=0),
    R("F3831", at(24, "16:20", CET), "Je règle la 840 € ce soir et la grosse facture la semaine prochaine.", "promise_to_pay", date="2027-03-24", amount="840.00", inv=["93833", "93832"], partial=False, fam=["tonight", "two-parts"], note="840 is all of 93833; the rest next week"),
    R("F3831", at(25, "08:50", CET), "Bonjour,\nJe suis absente du bureau jusqu'au mardi 6 avril inclus. Pour toute urgence, merci de contacter compta@imprimerie-traboules.example.\nCordialement", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Imprimerie des Traboules SARL", quote="none", gap_days=0, fam=["ooo-auto", "easter-holiday"]),
    R("F3831", at(25, "11:25", CET), "Virement programmé en semaine 13, le jeudi.", "promise_to_pay", date="2027-04-01", fam=["calendar-week", "weekday-of-week", "terse"], sender=0),
    R("F3831", at(25, "14:55", CET), "Pouvons-nous régler les 5 360 € en trois fois ? Premier versement le 15 avril, puis 15 mai et 15 juin. La période est compliquée pour les imprimeurs.", "payment_plan_request", date="2027-04-15", inv=["93832"], fam=["plan-three", "space-thousands"]),
    R("F3831", at(22, "11:40", CET), "Merci, bien reçu. Je transmets à notre comptable.", "other", fam=["ack", "no-action"]),
    R("F3831", at(23, "08:10", CET), "Nous vous réglerons dans quinze jours, le temps de boucler le trimestre.", "promise_to_pay", date="2027-04-07", fam=["dans-quinze-jours", "quarter-close"], note="'dans quinze jours' = +15 as written (field27): Tuesday 23 + 15"),
    R("F3831", at(24, "18:05", CET), "Ce n'est plus moi qui m'occupe des fournisseurs depuis février, voyez avec Mme Girard. Bonne soirée.", "wrong_contact", fam=["role-change"], sender="s.blanc@imprimerie-traboules.example"),
    R("F3831", at(25, "17:30", CET), "Le virement était prévu pour aujourd'hui mais notre banque a un souci de plateforme ; il partira demain matin, vendredi 26.", "promise_to_pay", date="2027-03-26", fam=["moved-date", "tomorrow", "weekday-date"]),
    R("F3831", at(22, "09:03", CET), "Ceci est un message automatique du système de messagerie.\n\nVotre message n'a pas pu être remis aux destinataires suivants :\n\nm.girard@imprimerie-traboules.example\n550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@mx.imprimerie-traboules.example", subject="Non remis : Relance : factures échues – Imprimerie des Traboules SARL", dsn=("m.girard@imprimerie-traboules.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-fr"]),
    R("F3831", at(23, "13:35", CET), "Paiement fin de mois comme d'habitude.", "promise_to_pay", date="2027-03-31", fam=["end-of-month", "terse"]),
    R("F3831", at(25, "19:10", CET), "Suite à notre échange téléphonique de lundi : on ne peut pas le 26, c'est trop juste avec la TVA du trimestre. Virement le jeudi 8 avril, c'est ferme.", "promise_to_pay", date="2027-04-08", fam=["call-reference", "moved-date", "weekday-date"]),
    # --- Sécurité Bruxelles-Midi (credit hold)
    R("F3832", at(22, "10:05", CET), "Bonjour,\n\nNous avons bien reçu votre rappel. Le paiement de la facture 93835 (1.925,00 EUR) sera effectué endéans les 3 jours ouvrables.\n\nBien à vous,\nLaurent Dubois\nDirecteur administratif et financier\nSécurité Bruxelles-Midi SA – Agréée SPF Intérieur n° 16.1234.07\nAvenue de Stalingrad 44, 1000 Bruxelles", "promise_to_pay", date="2027-03-25", inv=["93835"], html=True, fam=["endeans", "working-days", "belgian", "outlook-html"], note="Monday 22 + 3 Mon–Fri days = Thursday 25"),
    R("F3832", at(22, "15:25", CET), "Bonjour, nous contestons la facture 93834 : les septante-deux heures de gardiennage facturées en février n'ont pas toutes été prestées, nos relevés indiquent soixante heures. Merci d'envoyer une note de crédit.", "dispute", inv=["93834"], fam=["hours-billed", "septante", "belgian"]),
    R("F3832", at(23, "09:50", CET), "Pouvons-nous étaler le solde de 7.840 € sur quatre mois, à partir du 30 avril ? Nous avons perdu le contrat de la gare du Midi.", "payment_plan_request", date="2027-04-30", inv=["93834"], fam=["plan-four", "over-30-days", "belgian"]),
    R("F3832", at(23, "14:10", CET), "Le paiement sera effectué le 2 avril, s'il vous plaît.", "promise_to_pay", date="2027-04-02", fam=["day-month", "belgian-sil-vous-plait"], sender=0),
    R("F3832", at(23, "17:45", CET), "Nous avons payé les deux factures le 19 mars, total 9.765 €. Référence +++093/8340/19255+++.", "already_paid", ref="+++093/8340/19255+++", inv=["93834", "93835"], human=["no matching payment"], fam=["structured-communication", "belgian"]),
    R("F3832", at(24, "09:25", CET), "Bonjour, veuillez noter notre nouvelle adresse de facturation à partir du 1er avril : Sécurité Bruxelles-Midi SA, Rue de la Loi 155, 1040 Etterbeek. Numéro d'entreprise inchangé (BE 0458.221.903).", "po_change", fam=["new-address", "dated-change", "belgian"], sender=0),
    R("F3832", at(24, "12:40", CET), "On paie à la fin de la semaine prochaine, après le lundi de Pâques. À tantôt !", "promise_to_pay", date="2027-04-02", fam=["end-of-next-week", "a-tantot", "belgian"]),
    R("F3832", at(24, "16:55", CET), "Je ne suis plus à la comptabilité, je suis passé au planning des agents. Écrivez à comptabilite@securite-bxlmidi.example.", "wrong_contact", fam=["role-change"], sender="k.mertens@securite-bxlmidi.example"),
    R("F3832", at(25, "09:05", CET), "Bonjour, nous avons besoin d'un duplicata de la facture 93834 avec notre numéro de bon de commande BC-2027-041 pour la passer en comptabilité.", "po_change", inv=["93834"], fam=["po-number", "duplicate"], sender=0),
    R("F3832", at(25, "13:20", CET), "Paiement lundi en huit.", "promise_to_pay", date="2027-04-05", fam=["lundi-en-huit", "terse"], note="the Monday a week after the coming one (Monday 29)"),
    R("F3832", at(25, "16:40", CET), "Je suis en congé jusqu'au 19 avril. En cas d'urgence, contactez comptabilite@securite-bxlmidi.example.", "out_of_office", headers=AUTO, subject="Absent du bureau", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("F3832", at(22, "12:20", CET), "Le paiement interviendra dès que la Région bruxelloise nous aura versé le solde du marché, normalement pour le 15 avril.", "promise_to_pay", date="2027-04-15", human=["conditional"], fam=["public-client", "third-party", "belgian"]),
    R("F3832", at(23, "11:15", CET), "Merci de nous renvoyer un relevé de compte à jour, nous ne retrouvons pas la même chose que vous.", "invoice_resend", fam=["statement", "balance-mismatch"], sender=0),
    R("F3832", at(24, "19:30", CET), "Honnêtement, vous relancez plus vite que vos techniciens n'interviennent… Bref. Le virement part mercredi prochain.", "promise_to_pay", date="2027-03-31", fam=["sarcasm", "next-weekday"]),
    R("F3832", at(22, "08:07", CET), "Remise impossible.\n\nl.dubois@securite-bxlmidi.example\nLa boîte aux lettres du destinataire est pleine.\n552 5.2.2 Quota exceeded", "bounce", sender="postmaster@securite-bxlmidi.example", subject="Non distribuable : Relance : factures échues – Sécurité Bruxelles-Midi SA", dsn=("l.dubois@securite-bxlmidi.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-fr", "mailbox-full"]),
    R("F3832", at(25, "11:00", CET), "Bonjour, nous payerons 1.000 € le 31 mars et le reste de la 93835 mi-avril.", "promise_to_pay", date="2027-03-31", amount="1000.00", inv=["93835"], fam=["partial-amount", "two-dates", "belgian"]),
    R("F3832", at(23, "20:10", CET), "Est-ce que ce rappel est bien de vous ? Le numéro de compte en bas n'est pas celui que nous avons en fiche. Merci de confirmer par téléphone avant tout paiement.", "other", human=["fraud check"], fam=["fraud-check", "bank-details"]),
]
