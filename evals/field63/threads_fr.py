"""French replies (field63): a Périgord foie-gras farm at the peak of the season, santon makers on a plan, Liège
Christmas-market chalets (communication structurée, Saint-Nicolas), a Québec caterer for the Fêtes (TPS/TVQ)."""

from evals.field.build import Payment, Reply
from evals.field63.kit import AUTO, CET, QC, at, auto
from evals.field63.world import CUSTOMERS

R = Reply
N = {c[0]: c[1] for c in CUSTOMERS}

PAYMENTS = [
    Payment("BK63-020", "H6331", "2029-12-14", "7500.00", "EUR", "LACOMBE DEC"),
    Payment("BK63-021", "H6333", "2029-11-30", "8440.00", "EUR", "+++063/3310/29117+++"),
    Payment("BK63-022", "H6334", "2029-12-06", "11200.00", "CAD", "TFGEFT5521"),
]

REPLIES = [
    # --- promises
    R("H6331", at(11, 19, "10:00", CET), "Bonjour,\nLe virement sera fait vendredi.\nCordialement,\nMartine Lacombe", "promise_to_pay", date="2029-11-23", fam=["bare-weekday", "terse"]),
    R("H6331", at(11, 23, "15:30", CET), "Nous sommes en pleine saison du foie gras, je règle les deux factures fin de mois.", "promise_to_pay", date="2029-11-30", fam=["month-end", "season"]),
    R("H6331", at(12, 3, "09:15", CET), "Règlement de 6 320 € le 10/12, le solde de 1 180 € avant Noël.", "promise_to_pay", date="2029-12-10", amount="6320.00", fam=["partial-amount", "slash-date", "two-dates"]),
    R("H6331", at(12, 12, "18:45", CET), "Je passe le virement jeudi. Non, vendredi : jeudi je suis au marché au gras de Sarlat toute la journée.", "promise_to_pay", date="2029-12-14", fam=["correction", "bare-weekday", "late-evening"]),
    R("H6331", at(12, 19, "11:00", CET), "Bonjour,\nLa facture INV-2027-63312 sera réglée le 28/12/2029.\nService comptabilité", "promise_to_pay", date="2029-12-28", inv=["INV-2027-63312"], fam=["slash-date-year", "formal-ap"], sender=0),
    R("H6331", at(11, 26, "12:00", CET), "Je vous paierai quand mon client de Bordeaux m'aura réglé, pas avant.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("H6331", at(12, 20, "10:00", CET), "Paiement fin janvier, nous fermons du 24 décembre au 6 janvier.", "promise_to_pay", date="2030-01-31", fam=["end-of-named-month", "distractor-dates", "long-date"]),
    R("H6332", at(11, 21, "09:30", CET), "Bonjour, la mensualité de décembre (830 €) partira le 5 décembre comme convenu.", "promise_to_pay", date="2029-12-05", amount="830.00", fam=["instalment", "existing-plan"]),
    R("H6332", at(12, 6, "17:00", CET), "Les foires aux santons battent leur plein. Je vous règle la mensualité sous quinze jours.", "promise_to_pay", date="2029-12-20", human=["partial"], fam=["relative-span", "instalment"]),
    R("H6333", at(11, 20, "10:40", CET), "Bonjour, paiement le 30/11 avec la communication structurée +++063/3310/29117+++.", "promise_to_pay", date="2029-11-30", fam=["slash-date", "structured-communication", "belgian"]),
    R("H6333", at(11, 27, "14:00", CET), "Le marché de Noël de Liège ouvre vendredi, on vous paie la semaine prochaine.", "promise_to_pay", date="2029-12-07", fam=["next-week", "distractor-weekday"]),
    R("H6333", at(12, 5, "08:45", CET), "On paie après la Saint-Nicolas, lundi.", "promise_to_pay", date="2029-12-10", fam=["holiday-distractor", "bare-weekday", "belgian"]),
    R("H6333", at(12, 17, "12:00", CET), "Virement de 990 € demain, le reste début janvier.", "promise_to_pay", date="2029-12-18", amount="990.00", fam=["partial-amount", "tomorrow"]),
    R("H6333", at(12, 10, "19:30", CET), "Bonsoir, c'est le mari d'Anne, elle est au marché jusqu'à 22 h. Elle fait le virement mercredi.", "promise_to_pay", date="2029-12-12", fam=["spouse", "unknown-sender", "bare-weekday"], sender="jp.dumont.chalets@gmail.example"),
    R("H6334", at(11, 19, "11:20", QC), "Bonjour,\n\nLa facture INV-2027-63341 (bon de commande TFG-20931) est approuvée et sera payée lors de notre cycle de paiement du 6 décembre.\n\nComptes fournisseurs\nÉrablière et Traiteur des Fêtes Gagnon inc.", "promise_to_pay", date="2029-12-06", html=True, fam=["formal-ap", "outlook-html", "payment-run", "quebec"], sender=0),
    R("H6334", at(12, 4, "16:30", QC), "Salut, c'est Sylvie. Avec le rush du temps des Fêtes, le paiement va partir jeudi prochain.", "promise_to_pay", date="2029-12-13", fam=["next-weekday", "quebec"]),
    R("H6334", at(12, 14, "10:00", QC), "Le paiement sera effectué d'ici le 21.", "promise_to_pay", date="2029-12-21", fam=["by-ordinal", "quebec"]),
    # --- already paid
    R("H6331", at(12, 17, "10:30", CET), "Virement effectué le 14/12 pour les deux factures, 7 500 €, réf. LACOMBE DEC.", "already_paid", ref="LACOMBE DEC", fam=["slash-date", "total-of-two"]),
    R("H6333", at(12, 4, "09:00", CET), "Payé le 30/11 avec la communication structurée +++063/3310/29117+++, soit 8 440 €.", "already_paid", ref="+++063/3310/29117+++", fam=["structured-communication", "belgian"]),
    R("H6334", at(12, 10, "13:00", QC), "Le paiement de 11 200 $ a été fait par virement le 6 décembre, no de confirmation TFG-EFT-5521.", "already_paid", ref="TFG-EFT-5521", fam=["ref-punctuation", "quebec", "strategic"]),
    R("H6332", at(12, 10, "09:00", CET), "J'ai payé la mensualité de décembre le 5, par chèque envoyé par La Poste.", "already_paid", human=["no matching payment"], fam=["cheque-in-post", "existing-plan"]),
    # --- disputes
    R("H6331", at(11, 29, "10:00", CET), "La facture 63311 mentionne 40 cartons de bocaux, nous en avons reçu 32. Merci d'établir un avoir pour la différence.", "dispute", inv=["INV-2027-63311"], fam=["short-delivery", "credit-note"]),
    R("H6333", at(12, 12, "11:00", CET), "Nous contestons les frais de livraison de 180 € sur la facture 63332 : la livraison était gratuite selon votre offre.", "dispute", inv=["INV-2027-63332"], fam=["fees", "belgian"]),
    R("H6334", at(11, 28, "10:00", QC), "La TVQ a été calculée sur le montant incluant la TPS. Veuillez corriger la facture 63341.", "dispute", inv=["INV-2027-63341"], fam=["tax-error", "quebec", "strategic"]),
    # --- resend
    R("H6331", at(11, 21, "09:00", CET), "Pourriez-vous me renvoyer la facture 63312 ? Je ne la retrouve pas.", "invoice_resend", inv=["INV-2027-63312"], fam=["copies"]),
    R("H6333", at(12, 7, "10:00", CET), "Merci de nous faire parvenir un relevé de compte au 30 novembre.", "invoice_resend", fam=["statement"], sender=0),
    R("H6334", at(12, 18, "09:30", QC), "Pouvez-vous m'envoyer une copie de la facture en PDF? Celle que j'ai reçue est illisible.", "invoice_resend", fam=["unreadable", "quebec"]),
    # --- PO and billing changes
    R("H6331", at(12, 5, "14:00", CET), "Merci d'indiquer notre numéro de commande BC-2029-0412 sur les deux factures et de nous les renvoyer.", "po_change", fam=["po-missing", "reissue"]),
    R("H6333", at(11, 22, "16:00", CET), "Dorénavant, merci d'envoyer vos factures uniquement via Peppol (0208:0478223914).", "po_change", fam=["e-invoicing", "belgian"]),
    R("H6334", at(12, 11, "15:00", QC), "Veuillez noter notre nouvelle adresse de facturation : 1250, rang Saint-Joseph, Saint-Jean-Port-Joli (Québec) G0R 3G0, et réémettre la facture.", "po_change", fam=["address-change", "quebec"]),
    # --- plans
    R("H6331", at(12, 10, "10:00", CET), "Serait-il possible de régler en trois fois ? 2 500 € le 20 décembre, puis le reste en janvier et en février.", "payment_plan_request", date="2029-12-20", amount="2500.00", fam=["plan-three"]),
    R("H6333", at(11, 26, "11:00", CET), "Pouvons-nous étaler le paiement sur quatre mois, à partir de début janvier ?", "payment_plan_request", date="2030-01-01", fam=["plan-monthly", "early-month"]),
    R("H6332", at(12, 18, "10:00", CET), "Pourrions-nous suspendre la mensualité de janvier et reprendre en février ? Les ventes de santons ont été faibles cette année.", "payment_plan_request", fam=["skip-instalment", "existing-plan"]),
    # --- absences
    R("H6331", at(12, 21, "09:15", CET), "Bonjour, je suis absente jusqu'au 2 janvier 2030 inclus. Joyeuses fêtes !", "out_of_office", headers=AUTO, subject=auto("Réponse automatique", "fr", N["H6331"]), quote="none", gap_days=0, fam=["ooo-auto", "shutdown"]),
    R("H6334", at(12, 20, "08:30", QC), "Nos bureaux seront fermés pour la période des Fêtes du 21 décembre au 6 janvier inclusivement. De retour le 7 janvier.", "out_of_office", headers=AUTO, subject=auto("Réponse automatique", "fr", N["H6334"]), quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "quebec"], sender=0),
    # --- bounces
    R("H6332", at(11, 29, "09:12", CET), "Ceci est le système de messagerie de mail.santons-arnaud.example.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n<contact@santons-arnaud.example> : 550 5.1.1 Adresse du destinataire inconnue", "bounce", sender="MAILER-DAEMON@mail.santons-arnaud.example", subject="Message non remis", dsn=("contact@santons-arnaud.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-postfix-fr"]),
    R("H6333", at(12, 14, "09:20", CET), "Échec de la remise à ces destinataires ou groupes :\n\ncomptabilite@chalets-dumont.example\nL'adresse de messagerie que vous avez entrée est introuvable.\n\nLe serveur distant a retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", "bounce", sender="postmaster@chalets-dumont.example", subject="Non remis : Relance : factures échues – " + N["H6333"], dsn=("comptabilite@chalets-dumont.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-exchange-fr"]),
    # --- wrong contacts
    R("H6331", at(12, 14, "11:00", CET), "Bonjour, je suis la stagiaire, je ne m'occupe pas des factures. Il faut écrire à Mme Lacombe directement.", "wrong_contact", fam=["intern", "not-ap"], sender=0),
    R("H6334", at(11, 23, "10:00", QC), "Sylvie ne travaille plus chez nous depuis le 15 novembre. Veuillez écrire à Marc-André Roy, ma.roy@traiteur-gagnon.example.", "wrong_contact", fam=["left-company", "new-contact", "strategic"]),
    # --- other
    R("H6333", at(11, 30, "10:00", CET), "Bien reçu, merci.", "other", fam=["no-action", "acknowledgement"]),
    R("H6331", at(12, 6, "15:00", CET), "Avant tout paiement, notre expert-comptable demande votre numéro de TVA intracommunautaire et un RIB sur papier à en-tête.", "other", human=["bank-detail request"], fam=["bank-details", "tax-number-request"]),
]
