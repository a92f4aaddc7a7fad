"""field55 French replies (FR/BE/QC): Pentecôte, Fête de la Musique, clôture semestrielle, Saint-Jean au Québec."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field55.kit import AUTO, CEST, QC, at

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS: list[Payment] = [
    Payment("BK55-0031", "F5531", "2028-06-21", "6350.00", "EUR", "VIR SONO RHONE EVENEMENTS"),
    Payment("BK55-0032", "F5533", "2028-06-08", "3620.00", "EUR", "+++055/0340/35512+++"),
    Payment("BK55-0033", "F5534", "2028-06-15", "4950.00", "CAD", "TEF CIDRERIE DU MONT ROUGEMONT CMR-3390"),
]

REPLIES: list[Reply] = [
    Reply("F5531", at(2, "10:15", CEST), "Bonjour,\n\nLe virement partira le mardi après la Pentecôte.\n\nCordialement\nL. Ferrand", P,
          date="2028-06-06", fam=["holiday-date"]),
    Reply("F5531", at(16, "18:40", CEST), "On est sous l'eau avec la Fête de la Musique (on sonorise trois scènes le 21). On paie juste après, le 23 au plus tard.", P,
          date="2028-06-23", fam=["fete-musique", "day-alone"]),
    Reply("F5531", at(26, "09:00", CEST), "Paiement J+10.", P, date="2028-07-06", fam=["j-plus", "terse"]),
    Reply("F5533", at(6, "11:30", CEST), "Madame, Monsieur,\n\nLe paiement sera effectué à la clôture semestrielle, fin juin.\n\nVeuillez agréer nos salutations distinguées.\nC. Dumont", P,
          date="2028-06-30", fam=["half-year", "formal"]),
    Reply("F5533", at(20, "14:20", CEST), "Nous réglerons la semaine prochaine, après le passage du réviseur d'entreprises.", P,
          date="2028-06-30", human=["conditional"], fam=["condition-hidden", "week-next"]),
    Reply("F5534", at(9, "16:00", QC), "Bonjour! On va vous payer à la Saint-Jean, c'est notre fin de trimestre. Bonne journée!", P,
          date="2028-06-24", fam=["holiday-date", "quebec"], note="la Saint-Jean = 24 June, Québec's Fête nationale"),
    Reply("F5534", at(21, "10:30", QC), "Vous nous proposez le 23 : impossible, le comité de gestion se réunit le 26. Ce sera le mardi 27.", P,
          date="2028-06-27", fam=["date-rejected", "two-dates"]),
    Reply("F5532", at(5, "10:00", CEST), "Bonjour, la mensualité de juin (2 400 €) partira le 15 comme convenu.", P,
          date="2028-06-15", amount="2400.00", fam=["instalment", "plan-account"]),
    Reply("F5531", at(8, "17:05", CEST), "Le virement sera fait demain matin, promis.", P, date="2028-06-09", fam=["tomorrow"]),
    Reply("F5533", at(12, "09:10", CEST), "Nous procéderons au paiement dans les 8 jours.", P,
          date="2028-06-20", fam=["relative-days"]),
    Reply("F5534", at(28, "13:00", QC), "Paiement début juillet, après le congé.", P, date="2028-07-01", fam=["early-month"]),
    Reply("F5531", at(22, "11:45", CEST), "Nous payons la moitié vendredi, soit 3 175 €, et le solde fin juillet.", P,
          date="2028-06-23", amount="3175.00", fam=["partial", "half-share"]),
    Reply("F5533", at(1, "15:30", CEST), "Le paiement est prévu le 15/06.", P, date="2028-06-15", fam=["numeric-dm"]),
    Reply("F5532", at(23, "12:00", CEST), "On vous paiera quand la récolte de sel sera vendue, en septembre sans doute.", P,
          human=["conditional"], fam=["condition-hidden", "plan-account"], note="'en septembre sans doute' names no day and hangs on the harvest: no date"),
    Reply("F5534", at(15, "09:20", QC), "Le chèque sera posté vendredi prochain.", P, date="2028-06-23", fam=["next-weekday", "cheque"]),
    # already paid
    Reply("F5531", at(21, "12:10", CEST), "C'est fait, virement passé ce matin.", PAID, fam=["terse", "paid-today"], note="matches BK55-0031"),
    Reply("F5533", at(8, "10:00", CEST), "Payé hier avec la communication structurée +++055/0340/35512+++.", PAID,
          ref="+++055/0340/35512+++", fam=["paid-yesterday", "structured-communication"], note="matches BK55-0032 by reference"),
    Reply("F5534", at(16, "08:45", QC), "Bonjour, le paiement a été fait hier par TEF. Merci de fermer le dossier.", PAID,
          fam=["paid-yesterday", "quebec"], note="matches BK55-0033 (15 June)"),
    Reply("F5532", at(27, "16:00", CEST), "Nous avons réglé la mensualité de juin le 15, comme prévu.", PAID,
          human=["no matching payment in world.json"], fam=["instalment", "plan-account"]),
    # disputes
    Reply("F5531", at(12, "14:00", CEST), "La facture INV-2027-55032 nous facture deux enceintes que nous vous avons rendues le 3 mai (bon de retour joint).", DISPUTE,
          inv=["INV-2027-55032"], fam=["returned-goods"]),
    Reply("F5533", at(26, "10:15", CEST), "Madame, Monsieur,\n\nNous nous permettons de contester le taux de TVA appliqué (21 % au lieu de 6 % pour les plants). Nous vous saurions gré d'émettre une note de crédit.\n\nAvec nos remerciements anticipés,", DISPUTE,
          fam=["polite", "tax"]),
    Reply("F5534", at(2, "19:30", QC), "Franchement? Les étiquettes étaient mal imprimées, on en a jeté la moitié. Pas question de payer ça tel quel.", DISPUTE,
          fam=["impolite", "goods"]),
    # resend
    Reply("F5531", at(7, "09:30", CEST), "Pourriez-vous nous renvoyer les deux factures au format Factur-X ? Notre expert-comptable ne prend plus les PDF simples.", RESEND,
          fam=["format-request"]),
    Reply("F5533", at(14, "11:00", CEST), "Merci de nous transmettre un extrait de compte arrêté au 30 juin pour notre clôture.", RESEND,
          inv=[], fam=["statement", "half-year"]),
    Reply("F5534", at(19, "15:00", QC), "Nous n'avons jamais reçu cette facture. Pouvez-vous nous la faire parvenir?", RESEND, fam=["never-received"]),
    # PO / billing
    Reply("F5531", at(27, "10:00", CEST), "À partir du 1er juillet, merci d'adresser vos factures uniquement à factures@sonorhone.example.", PO,
          inv=[], fam=["mailbox"]),
    Reply("F5534", at(6, "11:00", QC), "Le numéro de bon de commande sur votre facture est incomplet : c'est CMR-3390-B. Merci de la réémettre.", PO,
          fam=["po-correct"]),
    # plans
    Reply("F5531", at(29, "16:30", CEST), "Serait-il possible d'étaler le paiement en trois fois, premier versement le 10 juillet ?", PLAN,
          date="2028-07-10", fam=["plan-dated"]),
    Reply("F5533", at(9, "13:45", CEST), "Pouvons-nous payer en deux fois, la moitié fin juin et le reste fin juillet ?", PLAN,
          date="2028-06-30", fam=["plan-dated", "half-share"]),
    Reply("F5532", at(13, "09:00", CEST), "Nous souhaiterions revoir l'échéancier : six mensualités de 1 200 € au lieu de trois. La saison a été pluvieuse.", PLAN,
          amount="1200.00", fam=["plan-restructure", "plan-account"], note="no date for the first of the new instalments"),
    # out of office
    Reply("F5531", at(20, "08:00", CEST), "Absent pour la Fête de la Musique, de retour le jeudi 22 juin.", OOO,
          headers=AUTO, subject="Réponse automatique : Relance : factures échues – Sono Rhône Événements SARL", sender=1, fam=["ooo-holiday", "fete-musique"]),
    Reply("F5533", at(29, "17:00", CEST), "Je suis en congé jusqu'au 21 août inclus. En cas d'urgence : comptabilite@pepinieres-gembloux.example", OOO,
          headers=AUTO, sender=1, human=["return more than 14 days after the message"], fam=["ooo-long"]),
    Reply("F5534", at(23, "08:00", QC), "Réponse automatique : nos bureaux sont fermés pour la Fête nationale jusqu'au lundi 26 juin. Les paiements fournisseurs de juin seront émis le 28.", OOO,
          sec=[P], date="2028-06-28", headers=AUTO, fam=["ooo-with-answer", "quebec"]),
    # bounces
    Reply("F5531", at(5, "09:06", CEST), "Échec de la remise du message aux destinataires suivants :\nl.ferrand@sonorhone.example\nL'adresse e-mail est introuvable.", BOUNCE,
          sender="postmaster@sonorhone.example", dsn=("l.ferrand@sonorhone.example", "5.1.1"), fam=["dsn-fr"]),
    Reply("F5533", at(16, "09:07", CEST), "Votre message n'a pas pu être remis. La boîte aux lettres du destinataire est pleine.", BOUNCE,
          sender="mailer-daemon@pepinieres-gembloux.example", dsn=("comptabilite@pepinieres-gembloux.example", "5.2.2"), fam=["dsn-fr"]),
    # wrong contact
    Reply("F5532", at(19, "11:00", CEST), "Je ne m'occupe plus des finances de la SCOP depuis notre AG de juin. Écrivez à la nouvelle trésorière, marie.guillou@paludiers-presquile.example.", WRONG,
          sender=1, inv=[], fam=["role-change"]),
    Reply("F5534", at(13, "10:00", QC), "Geneviève a quitté l'entreprise. Veuillez écrire à comptes@cidrerie-rougemont.example.", WRONG,
          sender=1, inv=[], fam=["left"]),
    # other
    Reply("F5533", at(22, "09:30", CEST), "Bien reçu, merci.", OTHER, fam=["no-action", "ack", "terse"]),
    Reply("F5531", at(14, "15:00", CEST), "Pour vous référencer, merci de nous envoyer votre attestation de numéro de TVA intracommunautaire et un RIB signé.", OTHER,
          human=["supplier paperwork"], fam=["paperwork"]),
]
