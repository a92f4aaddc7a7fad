"""French replies (field56): a Burgundy galette-charm (fève) maker after Epiphany and a Vaud snowshoe maker on credit hold."""

from evals.field.build import Payment, Reply
from evals.field56.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK56-031", "N5631", "2028-01-12", "4730.00", "EUR", "FEVES COURONNES LEMOINE VIRLEMOINE2601"),
    P("BK56-032", "N5632", "2028-01-18", "7380.00", "CHF", "RAQUETTES DU JURA VAUDOIS RJV0118"),
]

_SHARED = """Bonjour,

Nous (Odile et Bastien, service compta) vous confirmons le règlement des deux factures le 27/01.

Bien à vous,
Odile & Bastien"""

_INLINE = """> Sauf erreur de notre part, les factures suivantes sont échues :

C'est exact.

> INV-2027-56031    2027-12-08    EUR 4.150,00

Sera réglée le 31 janvier, avec la clôture du mois.

> INV-2027-56032    2027-12-22    EUR 580,00

Idem.

O. Lemoine"""

REPLIES = [
    # --- Fèves & Couronnes Lemoine (Burgundy)
    R("N5631", at(17, "09:00", CET), "Bonjour, après la folie de l'Épiphanie nous réglons fin janvier au plus tard.", "promise_to_pay", date="2028-01-31", sender=1, fam=["end-of-month", "at-the-latest", "holiday-distractor"]),
    R("N5631", at(18, "11:30", CET), "Virement vendredi.", "promise_to_pay", date="2028-01-21", fam=["weekday", "terse"]),
    R("N5631", at(19, "16:20", CET), _SHARED, "promise_to_pay", date="2028-01-27", sender=0, fam=["shared-mailbox", "day-first"]),
    R("N5631", at(20, "08:10", CET), "bonjour c'est odile virgule je suis au volant point on paye mardi prochain point merci", "promise_to_pay", date="2028-01-25", sender=1, fam=["voice-to-text", "next-weekday"]),
    R("N5631", at(21, "14:00", CET), "Nous réglerons les 580 € lundi et le solde début février.", "promise_to_pay", date="2028-01-24", amount="580.00", sender=1, fam=["weekday", "partial-amount"]),
    R("N5631", at(24, "10:15", CET), "Règlement dès réception de notre relevé bancaire, soit le 3 février.", "promise_to_pay", date="2028-02-03", fam=["writer-computed-date"]),
    R("N5631", at(25, "17:00", CET), "Règlement sous huitaine.", "promise_to_pay", date="2028-02-02", fam=["huitaine"]),
    R("N5631", at(26, "09:30", CET), "Le virement partira le premier jour ouvré de février.", "promise_to_pay", date="2028-02-01", sender=1, fam=["first-business-day"]),
    R("N5631", at(27, "12:45", CET), _INLINE, "promise_to_pay", date="2028-01-31", quote="none", sender=1, fam=["inline-answers", "books-close"]),
    R("N5631", at(28, "18:20", CET), "Hello, Bastien here, my English is better than my French spelling. We pay Wednesday 2 February.", "promise_to_pay", date="2028-02-02", lang="en", sender=0, fam=["language-switch", "weekday-date"]),
    # --- Raquettes du Jura Vaudois (credit hold)
    R("N5632", at(17, "10:00", CET), "Bonjour, nous verserons CHF 3'000.– d'ici vendredi, le solde à fin février.", "promise_to_pay", date="2028-01-21", amount="3000.00", sender=1, fam=["swiss-apostrophe", "partial-amount", "by-weekday"]),
    R("N5632", at(19, "13:30", CET), "Le paiement interviendra le 31.01.2028.", "promise_to_pay", date="2028-01-31", fam=["dotted-date"]),
    R("N5632", at(21, "09:10", CET), "On paie la semaine prochaine, promis.", "promise_to_pay", date="2028-01-28", sender=1, fam=["next-week"]),
    R("N5632", at(24, "15:40", CET), "Nous vous réglerons dès que la neige sera revenue, et les ventes avec.", "promise_to_pay", human=["conditional"], sender=1, fam=["condition", "undated", "weather"]),
    R("N5632", at(26, "11:00", CET), "Paiement dans les trois jours ouvrables.", "promise_to_pay", date="2028-01-31", fam=["working-days"]),
    R("N5632", at(28, "08:00", CET), "Versement de sept mille trois cent huitante francs le 4 février.", "promise_to_pay", date="2028-02-04", amount="7380.00", partial=False, sender=1, fam=["amount-in-words", "huitante", "day-month"]),
    # --- already paid
    R("N5631", at(19, "09:20", CET), "Réglé le 12/01 par virement, réf. VIR LEMOINE 2601.", "already_paid", ref="VIR LEMOINE 2601", fam=["ref-spacing", "day-first"]),
    R("N5631", at(25, "10:40", CET), "Nous avons payé par chèque n° 8812245, posté le 20 janvier.", "already_paid", ref="8812245", human=["no matching payment"], sender=1, fam=["cheque-in-post"]),
    R("N5632", at(20, "16:00", CET), "Le paiement de CHF 7'380.– a été exécuté le 18.01, référence RJV-0118.", "already_paid", ref="RJV-0118", fam=["swiss-apostrophe", "ref-punctuation"]),
    # --- disputes
    R("N5631", at(18, "15:30", CET), "Les fèves en porcelaine « Rois mages » de la facture 56031 sont arrivées cassées à 20 %. Nous demandons un avoir.", "dispute", inv=["INV-2027-56031"], sender=1, fam=["damaged-goods", "credit-note"]),
    R("N5632", at(25, "14:00", CET), "Nous avons réglé 5'000 CHF ; le solde de 2'380 CHF est contesté : 40 paires de raquettes livrées sans fixations.", "dispute", sec=["already_paid"], sender=1, fam=["part-paid-rest-disputed", "missing-parts"]),
    R("N5631", at(27, "08:50", CET), "TVA facturée à tort sur la 56032 (livraison intracommunautaire, autoliquidation). Merci de corriger.", "dispute", inv=["INV-2027-56032"], fam=["vat"]),
    # --- copies, billing changes
    R("N5631", at(20, "10:05", CET), "Pourriez-vous nous renvoyer la facture 56032 ? Elle n'est jamais arrivée.", "invoice_resend", inv=["INV-2027-56032"], fam=["never-received"]),
    R("N5632", at(18, "08:40", CET), "Merci de nous faire parvenir un relevé de compte au 31.12.", "invoice_resend", fam=["statement"]),
    R("N5631", at(24, "16:30", CET), "Merci d'indiquer notre numéro de commande BC-2027-331 sur la facture 56031 et de la rééditer.", "po_change", inv=["INV-2027-56031"], fam=["po-number"]),
    R("N5632", at(27, "11:20", CET), "Notre nouvelle adresse de facturation : Raquettes du Jura Vaudois SA, Rue du Marchairuz 12, 1348 Le Brassus.", "po_change", sender=1, fam=["billing-address"]),
    # --- instalments
    R("N5631", at(26, "15:10", CET), "Serait-il possible de régler en trois fois, premier versement le 15 février ?", "payment_plan_request", date="2028-02-15", sender=1, fam=["instalments-asked", "first-date"]),
    R("N5632", at(21, "17:30", CET), "Pouvons-nous échelonner le solde en quatre mensualités de CHF 1'845.– ?", "payment_plan_request", amount="1845.00", sender=1, fam=["monthly", "undated"]),
    # --- absences, bounces
    R("N5631", at(17, "09:06", CET), "Je suis absente jusqu'au 24 janvier inclus. En cas d'urgence : compta@feves-lemoine.example.", "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : absente", quote="none", fam=["auto-reply"]),
    R("N5632", at(17, "09:06", CET), "Fermeture annuelle de nos bureaux jusqu'au 21 février.", "out_of_office", headers=AUTO, subject="Réponse automatique", quote="none", human=["out of office more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("N5631", at(21, "09:07", CET), "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\no.lemoine@feves-lemoine.example\nAdresse inconnue (550 5.1.1)", "bounce", sender="MAILER-DAEMON@feves-lemoine.example", subject="Non remis : Relance : factures échues", dsn=("o.lemoine@feves-lemoine.example", "5.1.1"), fam=["dsn", "french-dsn"]),
    R("N5632", at(24, "09:07", CET), "Échec de la remise du message à l.rochat@raquettes-jura.example : boîte aux lettres désactivée.", "bounce", sender="postmaster@raquettes-jura.example", subject="Message non remis", dsn=("l.rochat@raquettes-jura.example", "5.2.1"), fam=["dsn", "disabled-mailbox"]),
    # --- wrong contacts, the rest
    R("N5631", at(22, "10:30", CET), "Je ne m'occupe plus de la comptabilité depuis janvier, écrivez à Bastien : b.morel@feves-lemoine.example.", "wrong_contact", sender=1, fam=["new-contact"]),
    R("N5632", at(19, "10:00", CET), "M. Rochat a quitté l'entreprise. Merci de vous adresser à Mme Piguet, a.piguet@raquettes-jura.example.", "wrong_contact", fam=["left-company", "new-contact"]),
    R("N5631", at(28, "09:00", CET), "Merci, bien reçu.", "other", fam=["no-action", "acknowledgement"]),
    R("N5632", at(26, "14:20", CET), "Acceptez-vous le paiement par TWINT ?", "other", human=["payment-method question"], fam=["payment-method"]),
]
