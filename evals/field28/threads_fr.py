"""French replies (field28): a Corsican charcuterie, a Liège waffle bakery on a plan, a Québec sugar shack on credit hold."""

from evals.field.build import Payment, Reply
from evals.field28.kit import AUTO, CET, QC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK28-030", "T2814", "2026-11-20", "590.00", "EUR", "SALAISONS DU NIOLU VIR FACT 92825"),
    P("BK28-031", "T2815", "2026-11-16", "1980.00", "EUR", "GAUFRERIE DU PERRON +++092/8260/00115+++"),
]

REPLIES = [
    # --- Salaisons du Niolu (FR, Corse)
    R("T2814", at(23, "09:20", CET), "Bonjour, le virement partira jeudi 3 décembre. Bien à vous, Antonia Santoni", "promise_to_pay", date="2026-12-03", fam=["weekday-date"]),
    R("T2814", at(23, "17:45", CET), "Nous réglerons après la foire de Bastia du 5 décembre, le lundi suivant.", "promise_to_pay", date="2026-12-07", fam=["relative-to-event", "fair-distractor"]),
    R("T2814", at(24, "10:30", CET), "La facture 92825 a été réglée le 20/11, la 92824 le sera le premier décembre.", "already_paid", sec=["promise_to_pay"], date="2026-12-01", inv=["92825", "92824"], fam=["paid-and-promise", "date-in-words"]),
    R("T2814", at(24, "15:50", CET), "Paiement sous huitaine.", "promise_to_pay", date="2026-12-01", fam=["relative-span", "terse-mobile"]),
    R("T2814", at(25, "11:15", CET), "Le virement était prévu pour vendredi mais notre banque, avec le changement de conseiller, ne pourra l'exécuter que le mercredi 2.", "promise_to_pay", date="2026-12-02", fam=["moved-date", "weekday-ordinal"]),
    R("T2814", at(25, "16:40", CET), "Nous vous réglerons dès que la coopérative nous aura versé l'avance sur la saison des figatelli, on ne peut pas faire autrement.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated"]),
    R("T2814", at(26, "10:00", CET), "On paie 2 000 € la semaine prochaine et le solde fin décembre.", "promise_to_pay", date="2026-12-04", amount="2000.00", fam=["partial-amount", "next-week", "two-dates"]),
    R("T2814", at(26, "18:30", CET), "Réglement le 15/12 par virement.", "promise_to_pay", date="2026-12-15", fam=["locale-numeric-dayfirst", "terse-mobile"]),
    R("T2814", at(27, "09:40", CET), "Paiement avant Noël, promis.", "promise_to_pay", date="2026-12-24", fam=["holiday"]),
    R("T2814", at(27, "14:05", CET), "Nous paierons en fin de mois, comme d'habitude.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("T2814", at(23, "12:10", CET), "La facture 92824 compte 60 lonzus, nous n'en avons reçu que 48. Merci d'émettre un avoir.", "dispute", inv=["92824"], fam=["short-delivery", "credit-note-first"]),
    R("T2814", at(24, "12:40", CET), "Pourriez-vous nous renvoyer la facture 92824 ? Elle s'est perdue dans nos mails.", "invoice_resend", inv=["92824"], fam=["never-received"], sender=0),
    R("T2814", at(25, "09:00", CET), "Je suis absente jusqu'au 1er décembre inclus. Pour toute urgence : compta@salaisons-niolu.example", "out_of_office", subject="Réponse automatique : Relance : factures échues – Salaisons du Niolu SARL", headers=AUTO, fam=["auto-reply"]),
    R("T2814", at(26, "14:20", CET), "Désormais merci d'adresser vos factures via Chorus Pro, notre société est reprise par le groupe Casanova.", "po_change", fam=["supplier-portal", "acquisition"]),
    R("T2814", at(25, "12:55", CET), "Vu qu'on a livré le 30 octobre, que votre facture est datée du 13 et qu'on paie toujours à 45 jours fin de mois, ça tombe le 31 décembre ; on s'y tiendra.", "promise_to_pay", date="2026-12-31", fam=["invoice-date-distractor", "delivery-date-distractor", "payment-terms"]),
    # --- Gaufrerie du Perron (BE, plan)
    R("T2815", at(23, "10:45", CET), "Bonjour, la troisième mensualité du plan sera versée le 10 décembre, comme convenu.", "promise_to_pay", date="2026-12-10", fam=["instalment-existing-plan"]),
    R("T2815", at(24, "14:30", CET), "La mensualité de novembre (1 980 €) a été payée le 16/11 avec la communication structurée +++092/8260/00115+++.", "already_paid", ref="+++092/8260/00115+++", human=["amount differs"], fam=["structured-communication", "instalment-existing-plan"]),
    R("T2815", at(25, "10:10", CET), "Nous paierons septante-cinq pour cent le 4 et le reste après la Saint-Nicolas.", "promise_to_pay", date="2026-12-04", human=["partial"], fam=["belgian-numbers", "holiday", "two-dates"]),
    R("T2815", at(26, "11:35", CET), "Le paiement suivra la réunion avec notre banquier du 1er décembre, au plus tard le vendredi de la même semaine.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "relative-to-event"]),
    R("T2815", at(27, "15:20", CET), "Virement le trente novembre.", "promise_to_pay", date="2026-11-30", fam=["date-in-words", "terse-mobile"]),
    R("T2815", at(23, "15:05", CET), "Pourrions-nous prolonger le plan de deux mois ? Les ventes de la foire d'octobre ont été décevantes.", "payment_plan_request", fam=["plan-extension", "instalment-existing-plan"]),
    R("T2815", at(24, "09:15", CET), "Madame Lejeune ne travaille plus chez nous. Veuillez écrire à comptabilite@gaufrerie-perron.example.", "wrong_contact", fam=["left-company"], sender=0),
    R("T2815", at(25, "14:45", CET), "Avis de faillite : par jugement du tribunal de l'entreprise de Liège du 19 novembre 2026, la SPRL Gaufrerie du Perron a été déclarée en faillite. Curateur : Me Lambert. Toute déclaration de créance doit être déposée via Regsol.", "other", sender="curateur@lambert-avocats.example", human=["insolvency"], fam=["insolvency", "unknown-sender"]),
    R("T2815", at(26, "09:30", CET), "Votre message n'a pas pu être remis à p.lejeune@gaufrerie-perron.example.\n\nL'adresse e-mail n'existe pas.\n\n550 5.1.1", "bounce", dsn=("p.lejeune@gaufrerie-perron.example", "5.1.1"), sender="postmaster@gaufrerie-perron.example", subject="Non remis : Relance : factures échues", fam=["dsn-french"]),
    # --- Cabane à sucre Beauce-Nord (QC, credit hold)
    R("T2816", at(23, "11:30", QC), "Bonjour, on va vous payer vendredi prochain, c'est certain.", "promise_to_pay", date="2026-12-04", fam=["next-weekday", "quebec"]),
    R("T2816", at(24, "13:15", QC), "Le paiement sera fait le 2020-12-03... pardon, le 2026-12-03.", "promise_to_pay", date="2026-12-03", fam=["iso-date", "restated-date", "quebec"]),
    R("T2816", at(25, "09:50", QC), "On vous envoie 910 $ aujourd'hui et le reste quand Desjardins va renouveler notre marge de crédit.", "promise_to_pay", date="2026-11-25", amount="910.00", human=["conditional"], fam=["partial-amount", "condition", "quebec"]),
    R("T2816", at(26, "10:25", QC), "Paiement dans deux semaines, après l'inventaire des barils.", "promise_to_pay", date="2026-12-10", fam=["relative-span", "quebec"]),
    R("T2816", at(27, "12:15", QC), "Ça va être payé d'ici la fin de la semaine prochaine, le vendredi 4.", "promise_to_pay", date="2026-12-04", fam=["restated-date", "weekday-ordinal", "quebec"]),
    R("T2816", at(23, "16:20", QC), "La facture 92827 n'a pas le bon prix pour les chalumeaux, on avait 4 900 $ dans la soumission.", "dispute", inv=["92827"], fam=["price-vs-quote", "quebec"]),
    R("T2816", at(24, "10:40", QC), "Pouvez-vous nous envoyer un état de compte à jour?", "invoice_resend", fam=["statement", "quebec"], sender=0),
    R("T2816", at(25, "13:30", QC), "Merci d'ajouter notre numéro de TVQ 1219876543TQ0001 sur les factures et de les réémettre.", "po_change", fam=["tax-id", "reissue", "quebec"]),
    R("T2816", at(26, "08:00", QC), "Je suis à la cabane jusqu'au 3 décembre sans accès à mes courriels.", "out_of_office", subject="Réponse automatique : Relance : factures échues", headers=AUTO, fam=["auto-reply", "quebec"]),
    R("T2816", at(26, "15:10", QC), "Est-ce qu'on pourrait payer 500 $ par semaine à partir du 4 décembre?", "payment_plan_request", date="2026-12-04", amount="500.00", fam=["plan-with-date", "quebec"]),
    R("T2816", at(27, "09:05", QC), "Je ne m'occupe plus des comptes fournisseurs, c'est maintenant Réjean : rejean@cabanebeaucenord.example", "wrong_contact", fam=["new-contact", "quebec"]),
    R("T2816", at(27, "16:30", QC), "Ce message n'a pas pu être livré.\n\ng.poulin@cabanebeaucenord.example : boîte aux lettres désactivée (5.2.1)", "bounce", dsn=("g.poulin@cabanebeaucenord.example", "5.2.1"), sender="mailer-daemon@cabanebeaucenord.example", subject="Échec de la remise du message", fam=["dsn-french", "quebec"]),
    R("T2816", at(25, "17:00", QC), "Votre ton est vraiment déplaisant, on fait affaire avec vous depuis 12 ans.", "other", human=["tone complaint"], fam=["tone-complaint", "quebec"]),
    R("T2814", at(27, "11:25", CET), "Bien reçu, merci, je transmets à la comptable.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("T2815", at(27, "10:50", CET), "Pourriez-vous nous renvoyer l'échéancier du plan et les factures concernées ?", "invoice_resend", fam=["statement", "instalment-existing-plan"]),
]
