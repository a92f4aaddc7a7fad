"""French replies (FR, BE, CH): promesses (vendredi, fin de mois, le 10, semaine prochaine), paiements avec références
écrites autrement, litiges, Factur-X / Chorus Pro / nouvelle entité, interlocuteurs partis, absences, NDR."""

from evals.field.build import Payment, Reply

_AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS: list[Payment] = [
    Payment("BK11-031", "R1131", "2026-11-23", "2780.00", "EUR", "VIR SEPA MENUISERIE DUVAL FAC 11311"),
    Payment("BK11-032", "R1133", "2026-11-20", "6920.00", "EUR", "TRANSPORTS LEMAIRE SA +++112/0045/77812+++"),
    Payment("BK11-033", "R1134", "2026-11-24", "3350.00", "EUR", "DOMAINE CHAPPUIS SA"),
]

REPLIES: list[Reply] = [
    # promise_to_pay
    Reply("R1131", "2026-11-24T09:15:00+01:00", "Bonjour, le virement part vendredi. Cordialement, P. Duval",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "weekday"]),
    Reply("R1131", "2026-11-25T18:20:00+01:00", "Bonjour,\n\nNous réglerons la facture 11312 en fin de mois et la 11311 le 10 décembre.\n\nBien cordialement\nService comptabilité",
          "promise_to_pay", date="2026-11-30", inv=["11312", "11311"], fam=["promise", "month-end", "two-invoices"]),
    Reply("R1132", "2026-11-24T13:30:00+01:00", "Désolée pour le retard, je fais le virement la semaine prochaine.\nMathilde",
          "promise_to_pay", date="2026-12-04", sender=1, fam=["promise", "next-week"]),
    Reply("R1133", "2026-11-24T10:45:00+01:00", "Madame, Monsieur,\n\nLa facture est validée et sera payée lors de notre prochain cycle de paiement, le 03/12.\n\nSalutations distinguées\nJulien Lemaire\nDirecteur financier",
          "promise_to_pay", date="2026-12-03", sender=1, html=True, fam=["promise", "numeric-day-first", "fr-BE", "payment-run", "html-outlook"]),
    Reply("R1134", "2026-11-25T08:50:00+01:00", "Bonjour, nous payerons dès que notre assemblée générale aura approuvé les comptes. Je vous tiens au courant.",
          "promise_to_pay", human=["conditional"], fam=["promise", "conditional", "fr-CH", "meeting-undated"]),
    Reply("R1135", "2026-11-24T15:00:00+01:00", "Bonjour,\n\nNous vous réglons 4 000 € demain et le solde début janvier.\n\nNadia Benali\nResponsable comptable",
          "promise_to_pay", date="2026-11-25", amount="4000.00", sender=1, fam=["promise", "partial", "flag-credit-hold"]),
    Reply("R1132", "2026-11-26T21:30:00+01:00", "Ok pour moi, paiement sous quinze jours.",
          "promise_to_pay", date="2026-12-10", fam=["promise", "quinze-jours", "terse"]),
    # already_paid
    Reply("R1131", "2026-11-24T11:00:00+01:00", "Bonjour, la facture 11311 a été réglée par virement le 23/11. Réf. : FAC 11311.",
          "already_paid", ref="FAC 11311", inv=["11311"], fam=["paid", "numeric-day-first", "ref-with-payer-name"]),
    Reply("R1133", "2026-11-25T09:30:00+01:00", "Bonjour, paiement effectué le 20/11 avec la communication structurée +++112/0045/77812+++.",
          "already_paid", ref="+++112/0045/77812+++", fam=["paid", "structured-communication", "fr-BE"]),
    Reply("R1134", "2026-11-25T14:40:00+01:00", "C'est payé depuis hier. Merci de vérifier avant de relancer.",
          "already_paid", fam=["paid", "no-reference", "fr-CH"]),
    Reply("R1135", "2026-11-26T10:20:00+01:00", "Le règlement a été effectué le 19 novembre par chèque n° 2203318, envoyé par la poste.",
          "already_paid", ref="2203318", human=["no matching payment"], fam=["paid", "cheque", "flag-credit-hold"]),
    # dispute
    Reply("R1131", "2026-11-24T16:00:00+01:00", "Le prix unitaire des panneaux n'est pas celui du devis D-2290 (41 € au lieu de 36 €). Merci de nous faire un avoir.",
          "dispute", fam=["dispute", "price", "quote-mismatch"]),
    Reply("R1132", "2026-11-25T10:00:00+01:00", "Nous attendons toujours l'avoir promis pour les vaccins périmés retournés en octobre. Pas de paiement avant réception.",
          "dispute", sender=1, fam=["dispute", "missing-credit-note"]),
    Reply("R1133", "2026-11-26T11:30:00+01:00", "La facture mentionne une TVA belge de 21 %, or nous sommes en autoliquidation (intracommunautaire). Merci de refaire la facture.",
          "dispute", fam=["dispute", "tax", "reverse-charge", "fr-BE"]),
    Reply("R1135", "2026-11-25T12:00:00+01:00", "L'intervention de maintenance des chambres froides de l'hôtel de Cannes n'a jamais eu lieu. Nous contestons la facture 11351.",
          "dispute", inv=["11351"], fam=["dispute", "service-not-done", "flag-credit-hold"]),
    # po_change
    Reply("R1135", "2026-11-24T09:30:00+01:00", "Bonjour,\n\nÀ compter du 1er décembre, merci de déposer vos factures au format Factur-X sur notre plateforme Basware. Les factures PDF envoyées par e-mail seront rejetées.\n\nComptabilité fournisseurs",
          "po_change", fam=["po-change", "factur-x", "basware", "flag-credit-hold"]),
    Reply("R1133", "2026-11-24T14:20:00+01:00", "Le bon de commande indiqué n'est plus valable. Nouveau BC : TL-BC-8120. Merci de réémettre.",
          "po_change", fam=["po-change", "new-po", "fr-BE"]),
    Reply("R1131", "2026-11-27T08:30:00+01:00", "Nous avons déménagé : nouvelle adresse de facturation 14 rue des Forges, 44000 Nantes. Pouvez-vous corriger les factures ?",
          "po_change", sender=1, fam=["po-change", "billing-address"]),
    Reply("R1134", "2026-11-26T15:30:00+01:00", "Le domaine a été repris par Chappuis & Fils Sàrl au 1er octobre. Merci de libeller les factures à ce nom, IDE CHE-305.221.884.",
          "po_change", sender=1, fam=["po-change", "new-billing-entity", "fr-CH"]),
    # wrong_contact
    Reply("R1132", "2026-11-24T08:30:00+01:00", "Bonjour, je suis l'assistante vétérinaire, je ne m'occupe pas des factures. Merci d'écrire à Mme Roux directement.",
          "wrong_contact", fam=["wrong-contact", "not-my-department"]),
    Reply("R1133", "2026-11-25T16:40:00+01:00", "M. Lemaire a pris sa retraite. Veuillez désormais vous adresser à Mme Claire Dubois, c.dubois@transports-lemaire.example.",
          "wrong_contact", sender=1, fam=["wrong-contact", "retired", "fr-BE"]),
    Reply("R1135", "2026-11-27T09:15:00+01:00", "Merci de me retirer de vos envois, je travaille désormais pour une autre société du groupe.",
          "wrong_contact", sender=1, fam=["wrong-contact", "remove-me", "flag-credit-hold"]),
    # other
    Reply("R1131", "2026-11-25T12:30:00+01:00", "Pour vous référencer, merci de nous envoyer votre attestation de vigilance URSSAF et un RIB sur papier à en-tête.",
          "other", human=["onboarding paperwork"], fam=["other", "attestation-vigilance", "onboarding"]),
    Reply("R1134", "2026-11-24T10:30:00+01:00", "Bien reçu, merci. Je transmets à la comptabilité.",
          "other", fam=["other", "acknowledgement", "no-action", "fr-CH"]),
    Reply("R1132", "2026-11-27T11:00:00+01:00", "Ce courriel est-il authentique ? Nous avons reçu un appel nous demandant de payer sur un nouveau compte.",
          "other", human=["fraud check"], fam=["other", "fraud-check"]),
    # out_of_office
    Reply("R1131", "2026-11-24T07:45:00+01:00", "Bonjour, je suis absent du bureau jusqu'au 2 décembre inclus. Pour toute urgence, contactez compta@menuiserie-duval.example.",
          "out_of_office", sender=1, headers=_AUTO, subject="Réponse automatique : Relance : factures échues – Menuiserie Duval SARL", quote="none", fam=["ooo", "auto", "within-14"]),
    Reply("R1133", "2026-11-25T07:00:00+01:00", "Je suis en congé jusqu'au 8 janvier. Votre message ne sera pas transféré.",
          "out_of_office", sender=1, headers=_AUTO, subject="Absent(e) du bureau", quote="none", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "fr-BE"]),
    Reply("R1132", "2026-11-25T19:00:00+01:00", "Je suis en congé maternité, je reviens en mars. Je regarderai à mon retour.",
          "out_of_office", sender=1, human=["hand-written absence", "away more than 14 days"], fam=["ooo", "hand-written", "over-14"]),
    # bounce
    Reply("R1134", "2026-11-24T09:06:00+01:00", "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\ne.chappuis@domaine-chappuis.example\n\nRaison : 550 5.1.1 Adresse inconnue",
          "bounce", sender="MAILER-DAEMON@mail.domaine-chappuis.example", subject="Échec de la remise du message", dsn=("e.chappuis@domaine-chappuis.example", "5.1.1"), lang="fr", fam=["bounce", "fr-dsn"]),
    Reply("R1131", "2026-11-26T09:06:00+01:00", "Votre message à p.duval@menuiserie-duval.example n'a pas pu être distribué.\nLa boîte aux lettres du destinataire est pleine.\n\n552 5.2.2 Quota dépassé",
          "bounce", sender="postmaster@orange-mail.example", subject="Non remis : Relance : factures échues – Menuiserie Duval SARL", dsn=("p.duval@menuiserie-duval.example", "5.2.2"), lang="fr", fam=["bounce", "fr-dsn", "mailbox-full"]),
    # payment_plan_request
    Reply("R1133", "2026-11-27T10:30:00+01:00", "Suite à la perte d'un gros client, pourrions-nous régler cette facture en quatre mensualités ?",
          "payment_plan_request", fam=["plan", "hardship", "fr-BE"]),
    Reply("R1135", "2026-11-26T17:00:00+01:00", "Serait-il possible d'échelonner le solde : 3 000 € le 15 décembre puis le reste en janvier et février ?",
          "payment_plan_request", date="2026-12-15", amount="3000.00", sender=1, fam=["plan", "dated-start", "flag-credit-hold"]),
    # invoice_resend
    Reply("R1132", "2026-11-24T16:20:00+01:00", "Bonjour, nous n'avons jamais reçu cette facture. Pouvez-vous nous la renvoyer ?",
          "invoice_resend", fam=["resend", "never-received"]),
    Reply("R1134", "2026-11-27T14:00:00+01:00", "Merci de nous envoyer un relevé de compte complet pour la clôture.",
          "invoice_resend", fam=["resend", "statement", "fr-CH"]),
]
