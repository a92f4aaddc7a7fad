"""French replies (FR, BE, CH): dental lab, scaffolding, a Lake Geneva ferry, a Brussels record shop, a ski school,
a funeral director."""

from evals.field.build import Payment, Reply

R = Reply
P = "promise_to_pay"
AUTO = {"Auto-Submitted": "auto-replied"}

_LOIRE_SIG = """
Thomas Lefebvre
Directeur administratif et financier
Échafaudages Loire SAS – 12 rue des Mariniers – 44000 Nantes
SAS au capital de 250 000 € – RCS Nantes 512 345 678 – TVA FR45512345678

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.
Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le
détruire et d'en avertir immédiatement l'expéditeur. Pensez à l'environnement avant d'imprimer ce message.
"""

PAYMENTS = [
    Payment("BK8-201", "N841", "2026-11-24", "2670.00", "EUR", "VIR-SOURIRE-1124"),
    Payment("BK8-202", "N843", "2026-11-20", "6120.00", "EUR", "TRAVERSEES DU LEMAN SA"),
    Payment("BK8-203", "N844", "2026-11-25", "1740.00", "EUR", "+++123/4567/89012+++ DISQUES MAROLLES"),
]

REPLIES = [
    # promises
    R("N841", "2026-11-23T10:00:00+01:00", "Bonjour,\nRèglement prévu ven. 27.\nCdlt\nN. Roux", P, date="2026-11-27", sender=1, fam=["abbrev-weekday", "weekday-ordinal"]),
    R("N842", "2026-11-24T11:15:00+01:00", "Madame, Monsieur,\n\nNous vous informons que la facture 08421 sera réglée par virement le 04/12." + _LOIRE_SIG, P, date="2026-12-04", inv=["08421"], sender=1, fam=["numeric-dayfirst", "formal", "disclaimer"]),
    R("N843", "2026-11-24T09:30:00+01:00", "Bonjour,\n\nLe paiement sera effectué d'ici la fin de la semaine prochaine.\n\nMeilleures salutations\nSophie Perret", P, date="2026-12-04", sender=1, fam=["next-week", "fr-CH"]),
    R("N844", "2026-11-25T15:00:00+01:00", "Bonjour, nous payerons dans quinze jours. Bien à vous, Bruno", P, date="2026-12-09", sender=1, fam=["relative-span", "fr-BE"]),
    R("N845", "2026-11-19T18:00:00+01:00", "Bonsoir,\n\nOn vous règle début décembre, quand les premiers forfaits de la saison rentrent.\n\nAntoine Blanc\nDirecteur", P, date="2026-12-01", sender=1, fam=["reason-date", "start-of-month"]),
    R("N846", "2026-11-26T10:00:00+01:00", "Bonjour,\n\nLe virement partira avec notre arrêté de fin de mois, le dernier jour ouvré.\n\nService comptabilité\nPompes Funèbres Delorme", P, date="2026-11-30", fam=["month-end-run", "flagged"]),
    R("N841", "2026-11-26T12:00:00+01:00", "Bonjour,\n\nNous réglerons 1 000 € mardi et le solde à réception de l'avoir promis par votre commercial.\n\nNathalie Roux", P, date="2026-12-01", amount="1000.00", human=["conditional"], sender=1, fam=["partial", "conditional"]),
    R("N842", "2026-11-25T16:00:00+01:00", "Bonjour,\n\nLe paiement, initialement prévu le 30/11, est reporté au 07/12 suite à un retard de validation.\n\nCordialement" + _LOIRE_SIG, P, date="2026-12-07", sender=1, fam=["moved-date", "disclaimer"]),
    R("N843", "2026-11-20T10:00:00+01:00", "Bonjour,\nLe versement est planifié en semaine 49.\nSalutations\nService Finances", P, date="2026-12-04", fam=["calendar-week", "fr-CH"]),
    R("N845", "2026-11-20T09:00:00+01:00", "je vous paie le 10. Antoine", P, date="2026-12-10", sender=1, fam=["ordinal-alone", "terse"]),
    R("N844", "2026-11-24T14:00:00+01:00", "Bonjour,\nPaiement mercredi prochain.\nBruno", P, date="2026-12-02", sender=1, fam=["next-weekday"]),
    R("N846", "2026-11-23T15:00:00+01:00", "Monsieur,\n\nNotre conseil d'administration se réunit le 3 décembre ; le règlement interviendra le 8.\n\nJean Delorme\nPrésident", P, date="2026-12-08", sender=1, fam=["meeting-before-payment", "flagged"]),
    R("N845", "2026-11-24T23:30:00+01:00", "désolé pour le retard, je fais le virement demain matin", P, date="2026-11-25", sender=1, fam=["tomorrow", "late-night"]),
    # paid
    R("N841", "2026-11-25T09:00:00+01:00", "Bonjour,\n\nVirement effectué le 24/11 pour les deux factures, réf. VIR-SOURIRE-1124.\n\nCordialement\nComptabilité", "already_paid", ref="VIR-SOURIRE-1124", note="BK8-201", fam=["paid-matched"]),
    R("N843", "2026-11-23T11:00:00+01:00", "Bonjour\n\nNous avons payé les 6 120 € vendredi.\n\nMeilleures salutations\nSophie Perret", "already_paid", sender=1, note="BK8-202", fam=["paid-matched", "fr-CH"]),
    R("N844", "2026-11-26T10:00:00+01:00", "Bonjour,\n\nPayé hier avec la communication structurée +++123/4567/89012+++.\n\nBien à vous\nAdministration", "already_paid", ref="+++123/4567/89012+++", note="BK8-203", fam=["paid-matched", "structured-communication", "fr-BE"]),
    R("N842", "2026-11-23T09:00:00+01:00", "Bonjour,\n\nLe règlement a été fait par chèque n° 0034521 envoyé le 20/11.\n\nComptabilité fournisseurs", "already_paid", ref="0034521", human=["no matching payment"], fam=["paid-unmatched", "cheque"]),
    # disputes
    R("N842", "2026-11-19T14:00:00+01:00", "Bonjour,\n\nNotre bon de commande EL-BC-60231 prévoyait une remise de 15 % qui n'a pas été appliquée sur la facture 08421. Merci de nous adresser un avoir.\n\nCordialement" + _LOIRE_SIG, "dispute", inv=["08421"], sender=1, html=True, fam=["price", "credit-note", "disclaimer", "html"]),
    R("N845", "2026-11-25T17:00:00+01:00", "Bonjour, on a reçu 30 casques au lieu des 40 facturés. Merci de corriger. Antoine", "dispute", sender=1, fam=["short-delivery"]),
    R("N846", "2026-11-20T11:00:00+01:00", "Bonjour,\n\nLa facture 08461 reprend une livraison déjà facturée en septembre. Nous ne la réglerons pas.\n\nComptabilité", "dispute", inv=["08461"], fam=["duplicate", "flagged"]),
    R("N843", "2026-11-26T14:00:00+01:00", "Bonjour\n\nVotre relevé fait apparaître des pénalités de retard qui ne sont prévues nulle part dans notre contrat. Nous les contestons.\n\nSophie Perret", "dispute", sender=1, fam=["fees", "fr-CH"]),
    # plans
    R("N844", "2026-11-23T16:00:00+01:00", "Bonjour,\n\nPourriez-vous accepter un paiement en 3 fois, premier versement le 15/12 ?\n\nMerci\nBruno Janssens", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan-dated", "fr-BE"]),
    R("N845", "2026-11-21T10:00:00+01:00", "Bonjour,\nSerait-il possible d'étaler sur la saison, 740 € par mois à partir de janvier ?\nAntoine Blanc", "payment_plan_request", date="2027-01-01", amount="740.00", sender=1, fam=["plan-dated"]),
    # PO / billing
    R("N842", "2026-11-26T10:30:00+01:00", "Bonjour,\n\nLe numéro de bon de commande indiqué sur la facture est erroné : merci de la rééditer avec le n° EL-BC-60239.\n\nComptabilité fournisseurs", "po_change", fam=["po-wrong"]),
    R("N841", "2026-11-20T09:00:00+01:00", "Bonjour,\n\nNous avons déménagé : merci d'adresser désormais vos factures au 8 avenue Jean Jaurès, 69007 Lyon, et de rééditer les deux factures en cours.\n\nComptabilité", "po_change", fam=["address-change"]),
    # copies
    R("N843", "2026-11-19T08:30:00+01:00", "Bonjour, pourriez-vous nous renvoyer la facture ? Elle ne nous est jamais parvenue. Merci", "invoice_resend", fam=["never-received"]),
    R("N846", "2026-11-24T09:00:00+01:00", "Bonjour,\n\nMerci de nous transmettre un relevé de compte à jour.\n\nComptabilité", "invoice_resend", fam=["statement", "flagged"]),
    # wrong contacts
    R("N841", "2026-11-24T11:00:00+01:00", "Bonjour, Mme Roux a cédé la gérance. Merci d'écrire désormais à Mme Claire Vidal, c.vidal@labo-sourire.example.", "wrong_contact", fam=["person-left"]),
    R("N845", "2026-11-26T08:00:00+01:00", "Bonjour,\n\nJe ne suis qu'au secrétariat des moniteurs, la facturation est gérée par notre cabinet comptable : compta@cabinet-alpes.example.\n\nSecrétariat", "wrong_contact", fam=["not-my-job"]),
    # other
    R("N842", "2026-11-20T15:00:00+01:00", "Bonjour,\n\nPour tout règlement, nous devons disposer de votre attestation de vigilance URSSAF et d'un extrait Kbis de moins de trois mois. Merci de nous les transmettre.\n\nComptabilité fournisseurs", "other", human=["onboarding form"], fam=["onboarding"]),
    R("N844", "2026-11-20T12:00:00+01:00", "Bien reçu, merci.", "other", sender=1, fam=["no-action", "ack"]),
    R("N843", "2026-11-25T08:00:00+01:00", "Bonjour\n\nVotre relance nous paraît suspecte (nouvel IBAN ?). Pouvez-vous nous confirmer par téléphone qu'elle vient bien de vous ?\n\nService Finances", "other", human=["fraud check"], fam=["fraud-check"]),
    # absences
    R("N842", "2026-11-24T08:00:00+01:00", "Bonjour, je suis absent jusqu'au 30 novembre inclus. Pour toute urgence, contactez fournisseurs@echafaudages-loire.example.", "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : Relance : factures échues – Échafaudages Loire SAS", fam=["ooo-short"]),
    R("N845", "2026-11-20T08:00:00+01:00", "Bonjour, l'école est fermée jusqu'à l'ouverture de la station le 19 décembre. Nous traiterons votre message à la réouverture.", "out_of_office", human=["absent more than 14 days"], headers=AUTO, subject="Réponse automatique : Relance : factures échues – École de Ski des Aiguilles SARL", fam=["ooo-long", "seasonal"]),
    # delivery failure
    R("N843", "2026-11-18T09:08:00+01:00", "Votre message n'a pas pu être remis aux destinataires suivants :\n\nfinances@traversees-leman.example\nL'adresse e-mail est introuvable.", "bounce", sender="postmaster@traversees-leman.example", subject="Non remis : Relance : factures échues – Traversées du Léman SA", dsn=("finances@traversees-leman.example", "5.1.1"), lang="fr", fam=["dsn-exchange-fr"]),
]
