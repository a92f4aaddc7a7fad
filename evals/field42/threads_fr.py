"""French replies (field42): a Quebec sailing club (dates read day-first in French, but some Quebec writers use ISO or
month words) and a Paris cosmetics distributor on a payment plan."""

from evals.field.build import Payment, Reply
from evals.field42.kit import AUTO, CEST, QC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK42-030", "B4231", "2027-05-26", "455.00", "CAD", "CLUB DE VOILE DE LEVIS FACT 94232"),
    P("BK42-031", "B4232", "2027-05-20", "1320.00", "EUR", "LUMIERE COSMETIQUES VIR 94234"),
]

REPLIES = [
    # --- Club de voile de Lévis (Québec)
    R("B4231", at(24, "09:10", QC), "Bonjour, le paiement de la facture 94231 sera fait le vendredi 28 mai. Merci de votre patience!", "promise_to_pay", date="2027-05-28", inv=["94231"], fam=["weekday-date", "quebec"]),
    R("B4231", at(24, "13:30", QC), "Allô, on a payé le 455 $ ce matin par virement Interac. Bonne journée!", "already_paid", inv=["94232"], fam=["interac", "today", "quebec"]),
    R("B4231", at(24, "19:45", QC), "Le conseil d'administration se réunit le 1er juin pour approuver les dépenses. Le chèque partira le lendemain.", "promise_to_pay", date="2027-06-02", fam=["meeting-before-payment", "relative-to-meeting"]),
    R("B4231", at(25, "08:25", QC), "Bonjour, pourriez-vous nous renvoyer la facture 94231? On ne la trouve plus depuis le changement de trésorier.", "invoice_resend", inv=["94231"], fam=["resend", "new-treasurer"]),
    R("B4231", at(25, "12:50", QC), "On conteste la facture : les bouées de régate livrées ne sont pas celles commandées (orange au lieu de jaune, et 8 au lieu de 12).", "dispute", inv=["94231"], fam=["wrong-goods", "quantity"]),
    R("B4231", at(25, "16:15", QC), "Paiement d'ici la fin de la semaine prochaine, le temps que la trésorière revienne du chalet.", "promise_to_pay", date="2027-06-04", fam=["end-of-next-week", "terse"]),
    R("B4231", at(26, "10:40", QC), "Je suis absent jusqu'au lundi 31 mai. Pour toute urgence, écrivez à tresorerie@voile-levis.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4231", at(26, "14:20", QC), "On pourrait vous payer 1 000 $ le 15 juin et le reste le 15 juillet? La saison commence à peine.", "payment_plan_request", date="2027-06-15", amount="1000.00", fam=["plan", "seasonal", "question"]),
    R("B4231", at(26, "20:05", QC), "Pas moi, je suis le commodore, pas le trésorier! Écrivez à Marc-André.", "wrong_contact", sender=0, fam=["wrong-person", "casual"]),
    R("B4231", at(27, "07:55", QC), "Virement prévu le 2027-06-03.", "promise_to_pay", date="2027-06-03", fam=["iso-date", "terse"]),
    R("B4231", at(27, "11:20", QC), "Merci pour le rappel. On paie mardi prochain, le 1er juin.", "promise_to_pay", date="2027-06-01", fam=["next-weekday", "weekday-date"]),
    R("B4231", at(27, "15:35", QC), "Parfait, merci!", "other", fam=["no-action", "terse"]),
    R("B4231", at(24, "11:05", QC), "Je vous confirme le paiement de 2 680 $ le 10 juin, après la Fête des voiliers du 5.", "promise_to_pay", date="2027-06-10", amount="2680.00", inv=["94231"], partial=False, fam=["space-thousands", "distractor-date", "event"]),
    R("B4231", at(25, "18:30", QC), "Le chèque sera posté dans deux semaines, vers le 8 juin.", "promise_to_pay", date="2027-06-08", fam=["approximate", "relative-span"]),
    R("B4231", at(26, "06:40", QC), "Votre message n'a pas pu être remis à m.gagnon@voile-levis.example. Adresse introuvable.", "bounce", sender="mailer-daemon@voile-levis.example", dsn=("m.gagnon@voile-levis.example", "5.1.1"), quote="none", subject="Échec de la remise", fam=["bounce"]),
    R("B4231", at(26, "12:10", QC), "Pouvez-vous indiquer notre numéro de bon de commande CVL-2027-07 sur la facture? Sinon la Ville ne nous rembourse pas.", "po_change", fam=["po-missing", "subsidy"]),
    R("B4231", at(27, "09:30", QC), "On vous paie jeudi prochain sans faute.", "promise_to_pay", date="2027-06-03", fam=["next-weekday"]),
    R("B4231", at(27, "13:50", QC), "Bonjour, on va payer quand la subvention de la municipalité va rentrer, normalement en juin.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "quebec"]),
    # --- Cosmétiques Lumière Distribution (Paris, payment plan)
    R("B4232", at(24, "09:20", CEST), "Bonjour,\n\nL'échéance de mai de notre échéancier sera réglée le 31/05/2027 par virement SEPA.\n\nBien cordialement,\nAudrey Leroux\nResponsable comptable\nCosmétiques Lumière Distribution SAS\n12 rue du Faubourg-Poissonnière, 75010 Paris", "promise_to_pay", date="2027-05-31", fam=["plan-instalment", "numeric-date", "signature"]),
    R("B4232", at(24, "14:35", CEST), "La facture 94234 a été réglée le 20 mai, cf. relevé ci-joint.", "already_paid", inv=["94234"], attachments=[("releve.txt", "text/plain", "20/05/2027 VIR SEPA NORTHWIND 1 320,00 EUR")], fam=["attachment", "past-date"]),
    R("B4232", at(25, "10:05", CEST), "Nous ne pourrons pas honorer l'échéance de juin. Pouvons-nous décaler tout l'échéancier d'un mois ?", "payment_plan_request", fam=["plan-extension"]),
    R("B4232", at(25, "15:40", CEST), "Règlement le 8 juin, le lundi de Pentecôte est déjà passé donc pas d'excuse cette fois 😉", "promise_to_pay", date="2027-06-08", fam=["emoji", "holiday-distractor", "sarcasm"]),
    R("B4232", at(26, "09:00", CEST), "Je suis en congés jusqu'au 4 juin inclus. En cas d'urgence, merci de contacter comptabilite@lumiere-cosmetiques.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4232", at(26, "11:25", CEST), "Les 48 coffrets de la livraison d'avril étaient abîmés. Nous attendons un avoir avant tout règlement.", "dispute", fam=["damaged-goods", "credit-note"]),
    R("B4232", at(26, "16:50", CEST), "Virement programmé pour fin de semaine 22.", "promise_to_pay", date="2027-06-04", fam=["calendar-week"]),
    R("B4232", at(27, "08:45", CEST), "Merci de modifier le numéro de commande sur la facture 94233 : CLD-BC-0412 et non CLD-BC-0421.", "po_change", inv=["94233"], fam=["po-number", "transposed"]),
    R("B4232", at(27, "13:05", CEST), "Pouvez-vous nous renvoyer les deux factures au format Factur-X ?", "po_change", sec=["invoice_resend"], fam=["e-invoice", "resend"]),
    R("B4232", at(27, "17:20", CEST), "Nous réglerons 4 000 € le 15 juin et le solde à la clôture semestrielle du 30 juin.", "promise_to_pay", date="2027-06-15", amount="4000.00", fam=["partial-amount", "half-year-close", "two-dates"]),
    R("B4232", at(24, "18:15", CEST), "Bien reçu, merci.", "other", fam=["no-action", "terse"], sender=0),
    R("B4232", at(25, "07:35", CEST), "Madame Leroux a quitté la société. Merci d'écrire désormais à comptabilite@.", "wrong_contact", sender=1, fam=["left-company"]),
    R("B4232", at(25, "12:20", CEST), "Le paiement part demain.", "promise_to_pay", date="2027-05-26", fam=["tomorrow", "terse"]),
    R("B4232", at(26, "19:10", CEST), "Paiement au plus tard le mercredi 2 juin, après validation de la DAF le 1er.", "promise_to_pay", date="2027-06-02", fam=["at-the-latest", "meeting-before-payment"]),
    R("B4232", at(27, "10:15", CEST), "L'adresse a.leroux@lumiere-cosmetiques.example n'existe plus. Votre message n'a pas été distribué.", "bounce", sender="postmaster@lumiere-cosmetiques.example", dsn=("a.leroux@lumiere-cosmetiques.example", "5.1.1"), quote="none", subject="Non distribuable", fam=["bounce"]),
    R("B4232", at(27, "15:00", CEST), "Pourriez-vous m'appeler au sujet de notre compte ? Il y a plusieurs points à clarifier avant la clôture de juin.", "other", human=["call-request"], fam=["call-me"]),
    R("B4231", at(26, "21:15", QC), "Salut, j'ai jamais reçu la facture de 455 $, tu peux me la renvoyer? Merci!", "invoice_resend", inv=["94232"], fam=["resend", "never-received", "quebec", "tutoiement"]),
    R("B4232", at(24, "11:50", CEST), "Nous réglons sous huitaine.", "promise_to_pay", date="2027-05-31", fam=["sous-huitaine", "relative-span"]),
    R("B4232", at(25, "17:05", CEST), "Le virement du 28/05 est annulé ; il partira finalement le 03/06.", "promise_to_pay", date="2027-06-03", fam=["moved-date", "numeric-date"]),
]
