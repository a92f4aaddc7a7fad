"""French replies (fr-FR, fr-BE, fr-CH senders) for field3, hand-written; never train or tune on these."""

from evals.field3.build import Payment as P
from evals.field3.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

PAYMENTS = [
    P("BK3-0201", "H342", "2026-11-20", "9120.00", "EUR", "TGF VIR 20112 TRANSPORTS GIRARDOT"),
    P("BK3-0202", "H341", "2026-11-10", "845.00", "EUR", "MORVAN AURELIE"),
    P("BK3-0203", "H343", "2026-11-18", "3600.00", "EUR", "DGFIP MANDAT 2026-1184 ST AUBIN"),
    P("BK3-0204", "H345", "2026-11-16", "7580.00", "EUR", "HORLOGERIE JAQUET SA"),
    P("BK3-0205", "H344", "2026-11-20", "2265.00", "EUR", "+++073/4410/22651+++ VASSEUR JULIEN"),
]

REPLIES = [
    # ---- promesses
    R("H341", "2026-11-10T20:15:00+01:00", "Bonsoir, je fais le virement jeudi. Désolée pour le retard,\nAurélie", "promise_to_pay", date="2026-11-12",
      fam=["date:weekday", "voice:mobile"], sender=1, quote="none"),
    R("H342", "2026-11-13T11:00:00+01:00", "Bonjour,\n\nLa facture 73421 sera réglée par virement le 30/11 lors de notre campagne de paiement.\n\nCordialement,\nService comptabilité fournisseurs",
      "promise_to_pay", date="2026-11-30", inv=["73421"], fam=["date:numeric-fr", "voice:formal-ap"], sender=0),
    R("H343", "2026-11-16T14:00:00+01:00", "Madame, Monsieur,\n\nLe mandat est transmis aujourd'hui à la trésorerie ; le virement interviendra sous quinze jours.\n\nLa secrétaire de mairie,\nClaire Bernard",
      "promise_to_pay", date="2026-11-30", fam=["date:in-two-weeks", "voice:public-sector"], sender=1),
    R("H344", "2026-11-19T09:00:00+01:00", "Bonjour, je paie ça vendredi prochain sans faute. Julien", "promise_to_pay", date="2026-11-27", fam=["date:next-weekday"], sender=1),
    R("H345", "2026-11-20T16:30:00+01:00", "Bonjour,\n\nNous procéderons au paiement des deux factures à la fin du mois.\n\nMeilleures salutations\nSophie Jaquet", "promise_to_pay", date="2026-11-30",
      fam=["date:end-of-month"], sender=1),
    R("H342", "2026-11-05T18:00:00+01:00", "Bonjour,\n\nLe comité de trésorerie se réunit le 17 novembre ; le règlement partira le 19.\n\nÉtienne Girardot\nDAF", "promise_to_pay", date="2026-11-19",
      fam=["date:meeting-then-payment"], sender=1),
    R("H341", "2026-11-24T12:00:00+01:00", "Bonjour, c'était prévu pour le 26 mais ce sera finalement le 3 décembre. Bonne journée", "promise_to_pay", date="2026-12-03",
      fam=["date:moved"], sender=0),
    R("H344", "2026-11-09T10:00:00+01:00", "Bonjour,\nNous paierons la semaine prochaine.\nAtelier Vasseur", "promise_to_pay", date="2026-11-20", fam=["date:next-week"], sender=0),
    R("H345", "2026-11-03T09:30:00+01:00", "Bonjour,\nLe paiement de la facture 73451 est prévu le mardi 10.\nCompta", "promise_to_pay", date="2026-11-10", inv=["73451"],
      fam=["date:weekday-ordinal"], sender=0),
    R("H342", "2026-11-20T10:00:00+01:00", "Bonjour,\nSi vous nous adressez le bon de livraison signé avant mercredi, nous réglerons vendredi.\nCordialement", "promise_to_pay",
      date="2026-11-27", human=["conditional"], fam=["date:condition"], sender=0),
    R("H343", "2026-11-25T15:00:00+01:00", "Bonjour,\nLe paiement sera effectué début décembre par la trésorerie.\nService finances", "promise_to_pay", date="2026-12-01",
      fam=["date:beginning-next-month", "voice:public-sector"], sender=0),
    R("H341", "2026-11-17T21:00:00+01:00", "Je peux envoyer 400 € samedi, et le reste le 5 décembre.\nA. Morvan", "promise_to_pay", date="2026-11-21", amount="400.00",
      fam=["partial", "date:weekday"], sender=1, quote="none"),
    R("H344", "2026-11-26T08:00:00+01:00", "Bonjour, le virement part demain matin. Julien", "promise_to_pay", date="2026-11-27", fam=["date:tomorrow"], sender=1, quote="none"),
    R("H345", "2026-11-11T11:00:00+01:00", "Bonjour,\n\nLa facture 73452 sera payée en semaine 48.\n\nSophie Jaquet", "promise_to_pay", date="2026-11-27", inv=["73452"],
      fam=["date:calendar-week"], sender=1),
    R("H342", "2026-11-25T19:00:00+01:00", "Paiement avec notre virement de fin de mois, exécuté le dernier jour ouvré.\nÉ. Girardot", "promise_to_pay", date="2026-11-30",
      fam=["date:month-end-run"], sender=1, quote="none"),
    R("H341", "2026-11-02T09:00:00+01:00", "Bonjour, on règle dans quinze jours. Boulangerie Morvan", "promise_to_pay", date="2026-11-16", fam=["date:in-two-weeks"], sender=0),
    # ---- déjà payé
    R("H342", "2026-11-23T09:20:00+01:00", "Bonjour,\n\nVeuillez trouver ci-joint l'avis de paiement de la facture 73421, réglée le 20/11 par virement (réf. TGF-VIR-20112).\n\nCordialement,\nComptabilité fournisseurs",
      "already_paid", ref="TGF-VIR-20112", inv=["73421"], attachments=[("avis_paiement_20112.pdf", "application/pdf", "AVIS DE PAIEMENT\nTransports Girardot et Fils SAS\nDate : 20/11/2026\nRéf. : TGF-VIR-20112\nFacture INV-2026-73421 : 9 120,00 EUR")],
      note="matches BK3-0201 by reference", fam=["paid:remittance-attachment"], sender=0),
    R("H341", "2026-11-14T10:00:00+01:00", "c'est payé depuis mardi !", "already_paid", note="matches BK3-0202 by amount and date", fam=["paid:bare", "voice:mobile"], sender=1, quote="none"),
    R("H343", "2026-11-24T10:30:00+01:00", "Bonjour,\n\nLe mandat n° 2026-1184 correspondant à votre facture a été payé par le comptable public le 18/11.\n\nService finances", "already_paid", ref="2026-1184",
      note="BK3-0203 matches by amount and date", fam=["paid:public-sector"], sender=0),
    R("H345", "2026-11-19T14:00:00+01:00", "Bonjour,\nNous avons réglé les deux factures le 16.11., montant EUR 7'600.00.\nCompta", "already_paid",
      human=["no matching payment"], note="BK3-0204 is 20.00 less than the stated amount", fam=["paid:short"], sender=0),
    R("H344", "2026-11-20T12:00:00+01:00", "Payé ce matin par virement, communication structurée +++073/4410/22651+++.\nJulien Vasseur", "already_paid", ref="+++073/4410/22651+++",
      note="matches BK3-0205 by reference", fam=["paid:structured-reference"], sender=1),
    # ---- litiges
    R("H342", "2026-11-12T15:00:00+01:00", "Bonjour,\n\nLa facture 73422 reprend une prestation de manutention que nous n'avons jamais commandée. Nous la contestons dans son intégralité.\n\nÉtienne Girardot",
      "dispute", inv=["73422"], fam=["dispute:not-ordered"], sender=1),
    R("H343", "2026-11-10T11:00:00+01:00", "Madame, Monsieur,\n\nLa facture 73431 applique un taux de TVA de 20 % alors que la prestation relève du taux de 10 %. Merci d'émettre un avoir et une facture rectificative.\n\nService finances",
      "dispute", inv=["73431"], fam=["dispute:vat", "voice:public-sector"], sender=0),
    R("H345", "2026-11-06T10:00:00+01:00", "Bonjour,\n\nNous avons été facturés deux fois pour la même livraison : 73451 et 73452 portent le même bon de livraison BL-8812.\n\nSophie Jaquet",
      "dispute", inv=["73451", "73452"], fam=["dispute:duplicate"], sender=1),
    # ---- copies
    R("H341", "2026-11-06T19:00:00+01:00", "Bonjour, je ne retrouve pas la facture, vous pouvez me la renvoyer ?", "invoice_resend", fam=["resend:copies"], sender=0),
    R("H344", "2026-11-23T09:00:00+01:00", "Bonjour,\nPourriez-vous nous faire parvenir un relevé de compte ?\nMerci", "invoice_resend", fam=["resend:statement"], sender=0),
    # ---- bon de commande / facturation
    R("H343", "2026-11-04T10:00:00+01:00", "Madame, Monsieur,\n\nNous vous rappelons que les factures adressées aux collectivités doivent être déposées sur Chorus Pro avec le numéro d'engagement EJ-2026-00871. Merci de déposer la facture 73431 sur la plateforme.\n\nClaire Bernard",
      "po_change", inv=["73431"], fam=["po:e-invoicing", "voice:public-sector"], sender=1),
    R("H342", "2026-11-18T11:00:00+01:00", "Bonjour,\n\nSuite à la fusion avec Girardot Logistique, merci d'établir désormais vos factures au nom de Girardot Logistique SAS, SIRET 812 447 903 00021, 14 rue des Tanneurs, 21000 Dijon.\n\nComptabilité fournisseurs",
      "po_change", fam=["po:legal-entity", "acquisition"], sender=0),
    # ---- échéancier
    R("H341", "2026-11-26T20:00:00+01:00", "Bonsoir, est-il possible de payer en deux fois ? 420 € le 15 décembre et le reste en janvier.\nAurélie", "payment_plan_request",
      date="2026-12-15", amount="420.00", fam=["plan:two-parts"], sender=1),
    R("H344", "2026-11-13T17:00:00+01:00", "Bonjour, pourrait-on étaler le paiement sur trois mois ? La période est difficile.\nJulien", "payment_plan_request", fam=["plan:months"], sender=1),
    # ---- absences
    R("H342", "2026-11-20T09:06:00+01:00", "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 30 novembre inclus. Pour toute urgence, merci d'écrire à compta.fournisseurs@girardot-transports.example.\n\nÉtienne Girardot",
      "out_of_office", subject="Réponse automatique : Relance : factures échues – Transports Girardot et Fils SAS", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("H345", "2026-11-16T09:06:00+01:00", "Bonjour,\n\nJe suis en congé maternité jusqu'au 15 mars 2027. Merci de vous adresser à compta@horlogerie-jaquet.example.\n\nSophie Jaquet",
      "out_of_office", human=["absence longer than 14 days"], subject="Absence : Relance : factures échues – Horlogerie Jaquet SA", headers=AUTO, fam=["ooo:long"], sender=1, quote="none"),
    # ---- non-remises
    R("H343", "2026-11-12T09:05:31+01:00", "La remise aux destinataires ou groupes suivants a échoué :\n\nc.bernard@saint-aubin-loire.example\nL'adresse de messagerie que vous avez entrée est introuvable.\n\nInformations de diagnostic pour les administrateurs :\nLe serveur distant a retourné '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
      "bounce", sender="postmaster@saint-aubin-loire.example", subject="Non remis : Relance : factures échues – Mairie de Saint-Aubin-sur-Loire",
      dsn=("c.bernard@saint-aubin-loire.example", "5.1.1"), fam=["bounce:exchange"], gap_days=0),
    R("H341", "2026-11-20T09:05:58+01:00", "Ceci est un message automatique du serveur de messagerie mx.boulangerie-morvan.example.\n\nVotre message n'a pas pu être remis au destinataire suivant :\ncontact@boulangerie-morvan.example : boîte aux lettres pleine (552 5.2.2).\n\nAucune nouvelle tentative ne sera effectuée.",
      "bounce", sender="MAILER-DAEMON@mx.boulangerie-morvan.example", subject="Échec de la remise du message", dsn=("contact@boulangerie-morvan.example", "5.2.2"),
      fam=["bounce:mailbox-full"], gap_days=0),
    # ---- mauvais interlocuteur
    R("H343", "2026-11-23T14:00:00+01:00", "Bonjour,\n\nJe ne suis plus secrétaire de mairie depuis le 1er novembre. Merci de contacter ma remplaçante, Mme Julie Roux : j.roux@saint-aubin-loire.example.\n\nClaire Bernard",
      "wrong_contact", fam=["wrong:left-role"], sender=1),
    R("H344", "2026-11-16T10:00:00+01:00", "Bonjour, ce n'est pas le bon interlocuteur : c'est notre fiduciaire qui gère les paiements, fiduciaire@lambert-fidu.example.\nAtelier Vasseur",
      "wrong_contact", fam=["wrong:not-responsible"], sender=0),
    # ---- autres
    R("H342", "2026-11-09T16:00:00+01:00", "Merci, bien reçu.\nComptabilité fournisseurs", "other", fam=["no-action", "voice:terse"], sender=0),
    R("H345", "2026-11-25T11:00:00+01:00", "Bonjour,\n\nPour votre référencement chez nous, merci de compléter la fiche fournisseur ci-jointe et de nous retourner un RIB certifié par votre banque.\n\nCompta",
      "other", human=["supplier onboarding"], attachments=[("fiche_fournisseur.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FICHE FOURNISSEUR\nRaison sociale :\nIBAN :\nBIC :\nN° TVA :")],
      fam=["other:onboarding"], sender=0),
]
