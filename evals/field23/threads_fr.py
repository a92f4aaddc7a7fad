"""field23, French: a Breton sail loft, a Walloon slate quarry (strategic, Belgian French), a Tunisian date-palm
co-operative. Numeric dates are day-first."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field23.kit import AUTO, CET, TN, at

PAYMENTS = [
    Payment("BK23-11", "Y2331", "2026-11-24", "980.00", "EUR", "VIR VOILERIE LE GALL FACT 92325"),
    Payment("BK23-12", "Y2333", "2026-11-18", "615.00", "EUR", "COOP DATTES KEBILI"),
]


def P(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    return Reply(cust, when, body, "promise_to_pay", date=date, fam=fam, **kw)


REPLIES = [
    P("Y2331", at(23, "09:20", CET), "Bonjour,\n\nLe virement partira jeu. pour les deux factures.\n\nBien à vous,\nYann Le Gall", "2026-11-26",
      ["abbrev-weekday"]),
    P("Y2331", at(24, "11:40", CET), "Bonjour, règlement prévu le 04/12 par virement. Cordialement, la compta", "2026-12-04",
      ["locale-numeric-dayfirst"], sender=0),
    P("Y2331", at(25, "18:30", CET), "On attend le paiement du chantier de Concarneau (prévu le 1er décembre) ; on vous règle dans la foulée, le jeudi 3.",
      "2026-12-03", ["condition-date", "weekday-ordinal"], human=["conditional"]),
    P("Y2331", at(26, "08:15", CET), "Bonjour, 3 000 € partiront lundi, le solde en janvier. Désolé pour le retard, la saison a été courte.",
      "2026-11-30", ["partial", "bare-weekday"], amount="3000.00"),
    P("Y2331", at(27, "10:50", CET), "Paiement en fin de mois comme d'habitude. YLG", "2026-11-30", ["month-end", "terse-mobile"]),
    P("Y2332", at(23, "14:00", CET), "Madame, Monsieur,\n\nNous vous informons que la facture 92326 sera honorée le mardi 1er décembre, communication structurée +++092/4510/23017+++.\n\nVeuillez agréer nos salutations distinguées.\nComptabilité fournisseurs",
      "2026-12-01", ["weekday-ordinal", "structured-communication"], inv=["92326"], sender=0),
    P("Y2332", at(24, "16:20", CET), "Bonjour, suite à notre conseil d'administration du 2 décembre, le paiement sera exécuté le lundi suivant.", "2026-12-07",
      ["meeting-before-payment", "relative-weekday"], human=["conditional"]),
    P("Y2332", at(26, "09:30", CET), "Nous paierons septante pour cent de la facture, soit 14.945 EUR, le 10/12 ; le solde après réception des palettes manquantes.",
      "2026-12-10", ["partial", "belgian-numerals", "locale-numeric-dayfirst"], amount="14945.00"),
    P("Y2332", at(27, "11:10", CET), "Le paiement interviendra dans la semaine du 14 décembre.", "2026-12-18", ["week-of"], sender=0,
      note="the week of 14 December, no day: its Friday, as a calendar week"),
    P("Y2333", at(23, "10:30", TN), "Bonjour Monsieur, nous allons effectuer le virement après la vente de la récolte, inchallah avant fin décembre.",
      "2026-12-31", ["month-end", "condition-date"], human=["conditional"]),
    P("Y2333", at(24, "12:00", TN), "Bonjour, le règlement des deux factures se fera vendredi prochain. Cordialement, Fatma Ben Salem", "2026-12-04",
      ["next-weekday"]),
    P("Y2333", at(25, "15:10", TN), "Salam, virement le 2/12 pour la 92328, l'autre la semaine d'après.", "2026-12-02",
      ["locale-numeric-dayfirst", "two-dates"], inv=["92328", "92327"]),
    P("Y2333", at(26, "17:00", TN), "Nous réglerons sous huitaine. Cordialement", "2026-12-03", ["relative-span"], sender=0,
      note="sous huitaine = within a week (as sous quinzaine is two): 26 + 7 = 3 December"),
    P("Y2331", at(23, "21:45", CET), "Bonsoir, virement programmé pour la semaine prochaine. Bonne soirée", "2026-12-04",
      ["next-week", "late-evening"]),
    P("Y2332", at(25, "08:40", CET), "Bonjour, paiement début de semaine prochaine, vraisemblablement lundi.", "2026-11-30",
      ["early-next-week"]),
    P("Y2333", at(27, "09:00", TN), "Bonjour, on paye avant la fin de l'année, promis.", "2026-12-31", ["end-of-year"]),
    # already_paid
    Reply("Y2331", at(25, "10:00", CET), "Bonjour, la 92325 a été réglée hier par virement. Cordialement", "already_paid", inv=["92325"],
          fam=["past-payment-date"], sender=0, note="matches BK23-11"),
    Reply("Y2333", at(23, "16:40", TN), "Bonjour, nous avons payé la facture 92328 le 18/11. Merci de vérifier.", "already_paid", inv=["92328"],
          fam=["past-payment-date", "locale-numeric-dayfirst"], note="matches BK23-12"),
    Reply("Y2332", at(26, "14:50", CET), "Madame, Monsieur, le paiement a été effectué le 20 novembre sous la référence AH-PAY-77120.", "already_paid",
          ref="AH-PAY-77120", fam=["remittance-reference-variant"], sender=0, human=["no matching payment"]),
    # disputes
    Reply("Y2331", at(24, "15:30", CET), "La toile Dacron facturée sur la 92324 n'est pas celle commandée (on avait demandé du Hydranet). On ne paiera pas en l'état.",
          "dispute", inv=["92324"], fam=["wrong-goods"]),
    Reply("Y2332", at(23, "11:30", CET), "Les frais de transport facturés ne correspondent pas à l'offre (franco). Nous réglerons le reste vendredi.", "dispute",
          sec=["promise_to_pay"], date="2026-11-27", fam=["freight-dispute", "bare-weekday"]),
    Reply("Y2333", at(25, "12:20", TN), "La 92327 est facturée deux fois, on a déjà reçu la même facture en octobre. Merci de vérifier.", "dispute",
          inv=["92327"], fam=["duplicate-billing"]),
    # invoice_resend
    Reply("Y2331", at(27, "14:30", CET), "Bonjour, pouvez-vous nous renvoyer la facture 92324 ? Introuvable chez nous.", "invoice_resend", inv=["92324"],
          fam=["never-received"], sender=0),
    Reply("Y2333", at(24, "09:45", TN), "Bonjour, merci de nous envoyer un relevé de compte.", "invoice_resend", fam=["statement"], sender=0),
    # po_change
    Reply("Y2332", at(24, "10:15", CET), "Merci de mentionner notre bon de commande AH-BC-2207 sur la facture et de la rééditer, sans quoi elle ne peut être comptabilisée.",
          "po_change", fam=["po-missing"], sender=0),
    Reply("Y2331", at(26, "16:10", CET), "À partir du 1er janvier, merci d'envoyer vos factures par Chorus Pro / notre plateforme de dématérialisation.", "po_change",
          fam=["supplier-portal"]),
    # payment_plan_request
    Reply("Y2331", at(23, "12:10", CET), "Est-il possible de régler la 92324 en trois fois ? Premier versement le 15/12.", "payment_plan_request",
          date="2026-12-15", inv=["92324"], fam=["instalments", "locale-numeric-dayfirst"]),
    Reply("Y2333", at(26, "11:30", TN), "Pourriez-vous accepter un paiement échelonné sur quatre mois ? La coopérative traverse une période difficile.",
          "payment_plan_request", fam=["instalments"]),
    # out_of_office
    Reply("Y2331", at(24, "07:00", CET), "Je suis absent jusqu'au 1er décembre inclus. Pour toute urgence : compta@voilerie-legall.example.", "out_of_office",
          fam=["ooo-short"], headers=AUTO, subject="Réponse automatique : Relance : factures échues – Voilerie Le Gall SARL"),
    Reply("Y2332", at(26, "07:30", CET), "Je suis en congé jusqu'au lundi 4 janvier 2027. Votre message ne sera pas transféré.", "out_of_office",
          fam=["ooo-long"], headers=AUTO, human=["absent more than 14 days"]),
    # bounces
    Reply("Y2331", at(25, "09:06", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à y.legall@voilerie-legall.example.\n550 5.1.1 Adresse inconnue",
          "bounce", sender="mailer-daemon@voilerie-legall.example", dsn=("y.legall@voilerie-legall.example", "5.1.1"), fam=["dsn-fr"]),
    Reply("Y2333", at(27, "09:06", TN), "Échec de remise du message à f.bensalem@dattes-kebili.example : boîte aux lettres pleine (552 5.2.2).",
          "bounce", sender="postmaster@dattes-kebili.example", dsn=("f.bensalem@dattes-kebili.example", "5.2.2"), fam=["dsn-fr"]),
    # wrong_contact
    Reply("Y2332", at(27, "15:40", CET), "M. Lambert a quitté la société. Merci de vous adresser désormais à Mme Delvaux, s.delvaux@ardoises-herbeumont.example.",
          "wrong_contact", fam=["left-company"], sender=0),
    Reply("Y2333", at(23, "14:00", TN), "Je m'occupe de la production. Pour les factures, voyez avec Mme Ben Salem.", "wrong_contact", fam=["redirect-known"], sender=0),
    # other
    Reply("Y2331", at(27, "16:20", CET), "Merci, bien reçu.", "other", fam=["no-action", "acknowledgement", "terse-mobile"]),
    Reply("Y2332", at(25, "13:00", CET), "Nous avons reçu un courriel prétendant venir de chez vous avec un nouveau RIB. Pouvez-vous confirmer par téléphone ?",
          "other", fam=["fraud-alert"], human=["fraud alert: changed bank details"]),
    Reply("Y2333", at(24, "17:20", TN), "Bonjour, peut-on payer par carte bancaire ? Les frais de virement international sont élevés.", "other",
          fam=["payment-method"], human=["payment method question"]),
    Reply("Y2331", at(25, "11:00", CET), "J'ai donné ma carte bleue à votre collègue au téléphone mardi. Le paiement est-il passé ?", "other",
          fam=["card-over-phone"], human=["card payment by phone to confirm"]),
]
