"""French replies, written by hand for field20: a Condroz brewery (BE), a Jura watchmaker on a legal account (CH), a Casablanca forwarder."""

from __future__ import annotations

from evals.field20.build import Payment
from evals.field20.build import Reply as R
from evals.field20.kit import AUTO, CET, MA, at

PAYMENTS = [
    Payment("BK20-0031", "S2031", "2026-11-20", "480.00", "EUR", "+++090/2031/12345+++ BRASSERIE DU CONDROZ"),
    Payment("BK20-0032", "S2032", "2026-11-16", "9480.00", "CHF", "HORLOGERIE JEANNERET SA"),
]

REPLIES = [
    R("S2031", at(23, "08:20", CET), "Paiement ven.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("S2031", at(24, "10:40", CET), "Bonjour,\n\nles deux factures seront réglées le vendredi 4 décembre.\n\nBien à vous,\nMarc Lambert", "promise_to_pay",
      date="2026-12-04", sender=1, fam=["weekday-ordinal", "belgian"]),
    R("S2031", at(25, "14:15", CET), "Ce sera payé le 7, c'est notre jour de paiement.", "promise_to_pay", date="2026-12-07", fam=["ordinal-alone"]),
    R("S2031", at(26, "11:05", CET), "Virement programmé pour le 04/12.", "promise_to_pay", date="2026-12-04", fam=["day-first-numeric", "terse"]),
    R("S2031", at(23, "15:30", CET), "On vous paie dans quinze jours, la saison des bières de Noël vient de démarrer.", "promise_to_pay",
      date="2026-12-07", sender=1, fam=["in-two-weeks"]),
    R("S2031", at(24, "09:00", CET), "Pas la semaine prochaine mais celle d'après, promis.", "promise_to_pay", date="2026-12-11", sender=1,
      fam=["week-after-next"]),
    R("S2033", at(25, "10:10", MA), "Bonjour, le règlement est planifié en semaine 50.\nCordialement\nYoussef Benali", "promise_to_pay", date="2026-12-11",
      sender=1, fam=["calendar-week", "moroccan"]),
    R("S2033", at(27, "09:30", MA), "Nous procéderons au virement dans les 10 jours.", "promise_to_pay", date="2026-12-07", fam=["within-days"]),
    R("S2031", at(26, "16:40", CET), "Paiement fin de mois comme d'habitude.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S2031", at(25, "12:00", CET), "Nous réglons nos fournisseurs le dernier jour ouvrable du mois, donc lundi.", "promise_to_pay", date="2026-11-30",
      fam=["last-working-day"]),
    R("S2033", at(24, "13:20", MA), "Le paiement était prévu le 3, il est reporté au 10 à cause du retard de notre client.", "promise_to_pay",
      date="2026-12-10", sender=1, fam=["moved-date", "ordinal-alone"]),
    R("S2031", at(24, "17:10", CET), "Dès réception de la note de crédit lundi, nous payons le solde vendredi.", "promise_to_pay", date="2026-12-04",
      human=["conditional"], sender=1, fam=["condition-date", "credit-note-agreed"]),
    R("S2033", at(26, "10:45", MA), "La réunion de validation est le mardi 1er décembre; le virement partira le jeudi 3.", "promise_to_pay",
      date="2026-12-03", sender=1, fam=["meeting-before-payment", "weekday-ordinal"]),
    R("S2031", at(23, "11:15", CET), "La livraison du 12/11 est bien arrivée. La facture du 14/10 sera payée mardi prochain.", "promise_to_pay",
      date="2026-12-01", fam=["delivery-date-distractor", "invoice-date-distractor", "next-weekday"]),
    R("S2033", at(27, "12:30", MA), "Nous paierons dès que possible, la trésorerie est tendue.", "promise_to_pay", human=["undated"],
      fam=["no-date"]),
    R("S2031", at(25, "23:50", CET), "Désolé, vu trop tard. Je fais le virement demain matin.", "promise_to_pay", date="2026-11-26", sender=1,
      fam=["late-evening", "tomorrow-morning"]),
    R("S2032", at(23, "10:30", CET), "Madame, Monsieur,\n\nSur conseil de notre avocat, nous réglerons la facture 20321 le 11.12.\n\nNathalie Jeanneret",
      "promise_to_pay", date="2026-12-11", inv=["20321"], sender=1, fam=["legal-account", "dotted-numeric", "swiss"]),
    R("S2032", at(25, "15:20", CET), "CHF 4'000.- vendredi, le solde à fin décembre.", "promise_to_pay", date="2026-11-27", amount="4000.00",
      sender=1, fam=["swiss-amount", "partial-amount", "bare-weekday"]),
    R("S2033", at(27, "16:00", MA), "Le règlement interviendra début janvier, après la clôture.", "promise_to_pay", date="2027-01-01",
      fam=["beginning-of-month", "far-date"]),
    R("S2031", at(27, "09:15", CET), "Merci pour ce troisième rappel, vraiment charmant. Ce sera payé lundi.", "promise_to_pay", date="2026-11-30",
      fam=["sarcasm", "bare-weekday"]),
    R("S2033", at(23, "18:40", MA), "Nous réglons 1.130,00 EUR jeudi et le reste la semaine prochaine.", "promise_to_pay", date="2026-11-26",
      amount="1130.00", sender=1, fam=["european-amount", "partial-amount", "bare-weekday"]),
    # already_paid
    R("S2031", at(23, "09:50", CET), "Payé le 20/11 avec la communication structurée +++090/2031/12345+++.", "already_paid",
      ref="+++090/2031/12345+++", reminded=["20312"], fam=["structured-communication", "belgian"], note="matches BK20-0031"),
    R("S2033", at(24, "11:00", MA), "Virement de 4.870,00 EUR effectué le 23/11 depuis la BMCE. Merci de vérifier.", "already_paid",
      amount=None, reminded=["20331"], human=["no matching payment"], sender=1, fam=["european-amount", "moroccan"]),
    R("S2032", at(26, "09:00", CET), "Cette facture a été payée le 16 novembre. Veuillez cesser vos relances.", "already_paid", sender=1,
      fam=["legal-account"], note="matches BK20-0032"),
    # dispute
    R("S2031", at(26, "13:30", CET), "La facture 20311 compte 12 fûts alors que nous n'en avons reçu que 10. Merci d'émettre une note de crédit.",
      "dispute", inv=["20311"], fam=["quantity"]),
    R("S2033", at(25, "16:50", MA), "Les frais de transport facturés ne correspondent pas au devis. Nous contestons la facture 20332.", "dispute",
      inv=["20332"], sender=1, fam=["freight-charges"]),
    # invoice_resend
    R("S2031", at(24, "14:50", CET), "Pourriez-vous nous renvoyer la facture 20312? Nous ne la retrouvons pas.", "invoice_resend", inv=["20312"],
      fam=["copy"]),
    R("S2033", at(26, "08:40", MA), "Pourriez-vous nous transmettre un relevé de compte à jour, avec les paiements de l'année?", "invoice_resend", fam=["statement"]),
    # po_change
    R("S2031", at(27, "11:20", CET), "Depuis le 1er novembre nos factures doivent être envoyées via Peppol (0208:0687421190).", "po_change",
      fam=["e-invoicing", "peppol"]),
    R("S2033", at(23, "12:10", MA), "Notre ICE a changé: 002784519000061. Merci de refaire les factures avec le nouveau numéro.", "po_change", sender=1,
      fam=["tax-id", "moroccan"]),
    # payment_plan_request
    R("S2031", at(25, "17:30", CET), "Serait-il possible de payer en trois fois, la première mensualité le 15/12?", "payment_plan_request",
      date="2026-12-15", sender=1, fam=["three-instalments", "day-first-numeric"]),
    R("S2033", at(24, "15:40", MA), "Pouvons-nous étaler le paiement sur quatre mois?", "payment_plan_request", sender=1, fam=["spread-months"]),
    # out_of_office
    R("S2031", at(24, "07:10", CET), "Je suis absent jusqu'au 1er décembre inclus. Pour toute urgence: compta@brasserie-condroz.example.", "out_of_office",
      headers=AUTO, sender=1, subject="Réponse automatique : Relance : factures échues", fam=["auto-headers", "back-within-14"]),
    R("S2032", at(27, "07:30", CET), "Absente jusqu'au 18 janvier 2027.", "out_of_office", headers=AUTO, sender=1,
      human=["back more than 14 days out"], fam=["auto-headers", "long-absence", "legal-account"]),
    # bounce
    R("S2031", at(26, "09:06", CET), "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nImpossible de remettre le "
      "message aux destinataires suivants :\n  m.lambert@brasserie-condroz.example\n    Adresse inconnue", "bounce",
      sender="mailer-daemon@brasserie-condroz.example", dsn=("m.lambert@brasserie-condroz.example", "5.1.1"), fam=["dsn", "french-dsn"]),
    R("S2033", at(23, "09:06", MA), "Échec de la remise: la boîte aux lettres du destinataire est pleine.\n\ny.benali@atlasriad-logistique.example", "bounce",
      sender="postmaster@atlasriad-logistique.example", dsn=("y.benali@atlasriad-logistique.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # wrong_contact
    R("S2031", at(23, "13:00", CET), "Je ne m'occupe plus de la comptabilité, c'est notre fiduciaire qui gère: fiduciaire.dubois@skynet.example.",
      "wrong_contact", sender=1, fam=["external-accountant", "names-new-contact"]),
    R("S2033", at(27, "14:10", MA), "M. Benali a quitté la société suite au rachat par TransMaghreb. Ce contact n'est plus valide.", "wrong_contact",
      sender=1, fam=["acquisition", "contact-gone"]),
    # other
    R("S2031", at(25, "09:40", CET), "Votre relance est-elle authentique? Vos coordonnées bancaires ont changé sur le dernier courriel.", "other",
      human=["fraud check"], fam=["fraud-alert"]),
    R("S2032", at(24, "16:20", CET), "Toute correspondance doit désormais être adressée à Me Rochat, avocat, à Neuchâtel.", "other",
      human=["lawyer only"], sender=1, fam=["legal-threat", "legal-account"]),
]
