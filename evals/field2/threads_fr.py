"""French replies (fr-FR, fr-BE, fr-CH senders) for field2, hand-written; never train or tune on these."""

from evals.field2.build import Payment as P
from evals.field2.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS = [
    P("BK2-0201", "G241", "2026-11-16", "880.00", "EUR", "VIR DUBREUIL 62412 MENUISERIE DUBREUIL"),
    P("BK2-0202", "G244", "2026-11-19", "5430.00", "EUR", "+++090/4471/22018+++ IMPRIMERIE DELCOURT SA"),
    P("BK2-0203", "G242", "2026-11-12", "16780.00", "EUR", "DGFIP GH VAL DE LOIRE MANDAT 2026-11873"),
]

REPLIES = [
    R("G241", "2026-11-13T18:20:00+01:00", "Bonjour, virement vend. prochain.\nCdlt\nP. Dubreuil\n\nEnvoyé de mon iPhone", "promise_to_pay", date="2026-11-20",
      fam=["date:next-weekday", "date:abbrev-weekday", "voice:mobile"], sender=1, quote="none"),
    R("G241", "2026-11-18T10:00:00+01:00", "Bonjour,\n\nLe règlement de la facture 62411 sera effectué le 30/11.\n\nCordialement\nService comptabilité", "promise_to_pay", date="2026-11-30",
      inv=["62411"], fam=["date:numeric-fr"]),
    R("G244", "2026-11-16T09:00:00+01:00", "Bonjour,\n\nNous procéderons au paiement dans quinze jours.\n\nBien à vous,\nNathalie Delcourt\nDirectrice financière", "promise_to_pay", date="2026-11-30",
      fam=["date:relative-days"], sender=1),
    R("G243", "2026-11-20T11:00:00+01:00", "Bonjour,\nle paiement partira la semaine prochaine.\nMeilleures salutations\nLuc Favre", "promise_to_pay", date="2026-11-27",
      fam=["date:next-week"], sender=1),
    R("G242", "2026-11-10T14:00:00+01:00", "Madame, Monsieur,\n\nLe mandatement de la facture 62421 interviendra en semaine 49.\n\nVeuillez agréer nos salutations distinguées.\n\nService facturier\nGroupe Hospitalier Val-de-Loire", "promise_to_pay",
      date="2026-12-04", inv=["62421"], fam=["date:calendar-week", "voice:formal"], sender=0),
    R("G241", "2026-11-24T08:00:00+01:00", "Bonjour,\nc'était prévu pour le 25, ce sera finalement le 4 décembre.\nPascal", "promise_to_pay", date="2026-12-04",
      fam=["date:moved"], sender=1),
    R("G244", "2026-11-26T10:00:00+01:00", "Paiement prévu fin de mois.\nComptabilité – Imprimerie Delcourt", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month", "voice:terse"], sender=0),
    R("G243", "2026-11-05T16:00:00+01:00", "Bonjour,\n\nNous réglerons 600,00 EUR le 16 et le solde début décembre.\n\nAdministration", "promise_to_pay", date="2026-11-16", amount="600.00",
      fam=["partial", "date:ordinal-alone"], sender=0),
    R("G241", "2026-11-27T09:30:00+01:00", "Bonjour,\n\nLe paiement interviendra début du mois prochain.\n\nCordialement", "promise_to_pay", date="2026-12-01", fam=["date:beginning-next-month"]),
    R("G244", "2026-11-12T15:00:00+01:00", "Bonjour,\n\nNous réglerons votre facture dès que notre client nous aura payés.\n\nCordialement\nN. Delcourt", "promise_to_pay",
      human=["conditional"], fam=["conditional"], sender=1),
    R("G243", "2026-11-23T09:00:00+01:00", "Bonjour, versement prévu jeudi 3. Salutations, L. Favre", "promise_to_pay", date="2026-12-03",
      fam=["date:weekday-ordinal"], sender=1),
    # --- déjà payé
    R("G241", "2026-11-17T11:00:00+01:00", "Bonjour,\n\nLa facture 62412 a été réglée par virement le 16/11, référence VIR DUBREUIL 62412.\n\nCordialement", "already_paid",
      ref="VIR DUBREUIL 62412", inv=["62412"], note="matches BK2-0201 by reference (payer name appended)", fam=["paid:ref-payer"]),
    R("G244", "2026-11-23T09:00:00+01:00", "Bonjour,\n\nLe paiement de 5.430,00 € a été effectué le 19 novembre (communication structurée +++090/4471/22018+++).\n\nBien à vous,\nNathalie Delcourt", "already_paid",
      ref="+++090/4471/22018+++", note="matches BK2-0202 by reference", fam=["paid:structured-ref", "paid:eu-amount"], sender=1),
    R("G242", "2026-11-16T10:00:00+01:00", "Madame, Monsieur,\n\nNous vous informons que la facture 62421 a été payée le 12/11 par le comptable public.\n\nService facturier", "already_paid",
      inv=["62421"], note="matches BK2-0203 by amount and date", fam=["paid:public-body"], sender=0),
    R("G243", "2026-11-18T19:00:00+01:00", "Déjà payé !", "already_paid", human=["no matching payment"], fam=["paid:bare", "paid:unmatched"], sender=1, quote="none"),
    # --- litiges
    R("G241", "2026-11-10T09:00:00+01:00", "Bonjour,\n\nLa facture 62411 comporte 85 € de frais de livraison alors que la livraison était offerte selon votre devis. Merci de nous adresser une facture rectifiée.\n\nCordialement\nService comptabilité", "dispute",
      inv=["62411"], fam=["dispute:fee"]),
    R("G244", "2026-11-19T17:00:00+01:00", "Madame, Monsieur,\n\nNous contestons la facture 62441 : les 2 000 brochures livrées présentaient un défaut d'impression. Nous vous mettons en demeure de reprendre la marchandise, faute de quoi nous saisirons le tribunal de l'entreprise.\n\nN. Delcourt",
      "dispute", inv=["62441"], fam=["dispute:legal-threat", "dispute:goods"], sender=1),
    # --- copies, commandes, échéanciers
    R("G243", "2026-11-04T10:00:00+01:00", "Bonjour,\npourriez-vous nous renvoyer la facture ? Nous ne l'avons jamais reçue.\nMerci\nAdministration", "invoice_resend", fam=["resend:never-received"], sender=0),
    R("G241", "2026-11-25T14:00:00+01:00", "Bonjour, merci de nous transmettre un relevé de compte à jour. Cordialement", "invoice_resend", fam=["resend:statement"]),
    R("G242", "2026-11-05T11:00:00+01:00", "Madame, Monsieur,\n\nConformément à la réglementation, les factures adressées à un établissement public doivent être déposées sur Chorus Pro (SIRET 267 800 115 00019, code service FACT-GHVL). Les factures transmises par courriel ne seront pas traitées.\n\nService facturier",
      "po_change", fam=["po:portal", "voice:formal"], sender=0),
    R("G244", "2026-11-09T11:30:00+01:00", "Bonjour,\n\nMerci de mentionner notre bon de commande ID-BC-7799 sur la facture 62441 (et non ID-BC-7781) et de nous la renvoyer.\n\nComptabilité", "po_change",
      inv=["62441"], fam=["po:wrong-number"], sender=0),
    R("G241", "2026-11-20T17:30:00+01:00", "Bonjour,\n\nSerait-il possible d'échelonner le règlement en trois mensualités ? Le premier versement pourrait intervenir le 10 décembre.\n\nPascal Dubreuil", "payment_plan_request",
      date="2026-12-10", fam=["plan:instalments"], sender=1),
    R("G243", "2026-11-12T12:00:00+01:00", "Bonjour, nous aimerions étaler le paiement sur deux mois si c'est possible. Merci, Luc", "payment_plan_request", fam=["plan:spread"], sender=1),
    # --- absences, retours, contacts, divers
    R("G244", "2026-11-18T09:05:30+01:00", "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 30 novembre inclus. Pour toute urgence, merci de contacter comptabilite@imprimerie-delcourt.example.\n\nNathalie Delcourt",
      "out_of_office", subject="Réponse automatique : Relance : factures échues – Imprimerie Delcourt SA", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("G242", "2026-11-23T09:05:30+01:00", "Bonjour,\n\nJe suis en congé jusqu'au 4 janvier 2027. Votre message ne sera pas transféré.\n\nMathilde Leroy", "out_of_office",
      human=["absence longer than 14 days"], subject="Absence du bureau : Relance : factures échues – Groupe Hospitalier Val-de-Loire", headers=AUTO, fam=["ooo:long"], sender=1, quote="none"),
    R("G241", "2026-11-02T09:06:00+01:00", "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis aux destinataires suivants :\n\np.dubreuil@menuiserie-dubreuil.example\nL'adresse e-mail est introuvable (550 5.1.1 destinataire inconnu).",
      "bounce", sender="postmaster@menuiserie-dubreuil.example", subject="Non remis : Relance : factures échues – Menuiserie Dubreuil SARL",
      dsn=("p.dubreuil@menuiserie-dubreuil.example", "5.1.1"), fam=["bounce:french"], gap_days=0),
    R("G243", "2026-11-26T08:30:00+01:00", "Bonjour,\n\nM. Favre ne s'occupe plus de la comptabilité. Merci d'écrire désormais à Mme Chantal Rochat, c.rochat@fromagerie-vaudoise.example.\n\nAdministration", "wrong_contact",
      fam=["wrong:names-contact"], sender=0),
    R("G241", "2026-11-06T08:00:00+01:00", "Bien reçu, merci.", "other", fam=["no-action"]),
    R("G244", "2026-11-04T16:00:00+01:00", "Bonjour,\n\nPouvez-vous nous confirmer que ce courriel est authentique ? Nous avons reçu la semaine dernière une demande de changement de RIB à votre nom.\n\nN. Delcourt", "other",
      human=["fraud check"], fam=["fraud-check"], sender=1),
    R("G242", "2026-11-18T14:00:00+01:00", "Madame, Monsieur,\n\nAfin de compléter votre fiche fournisseur, merci de nous transmettre votre attestation de vigilance URSSAF ainsi qu'un extrait Kbis de moins de trois mois.\n\nMathilde Leroy\nAcheteuse", "other",
      human=["supplier paperwork"], fam=["onboarding"], sender=1),
]
