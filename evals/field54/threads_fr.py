"""French replies (field54): a farrier in the Perche, a printmaking workshop in Namur and a typewriter shop in Montréal,
with 'semaine 41', 'le 1er jour ouvré', 'sous huitaine', 'endéans', Action de grâce and set-off against our purchase."""

from evals.field.build import Payment, Reply
from evals.field54.kit import AUTO, CEST, EDT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK54-030", "T5431", "2027-09-28", "3105.00", "EUR", "MARECHALERIE DU PERCHE FACT 54026 54027"),
    P("BK54-031", "T5432", "2027-10-01", "1980.00", "EUR", "TAILLE DOUCE +++054/0280/19802+++"),
]

REPLIES = [
    # --- Maréchalerie du Perche
    R("T5431", at(27, "10:00", CEST), "Bonjour, règlement prévu semaine 41.\nCordialement\nG. Lemaire", "promise_to_pay", date="2027-10-15", fam=["calendar-week", "terse"], sender=1),
    R("T5431", at(29, "14:30", CEST), "Bonjour,\nNous réglerons les deux factures le 1er jour ouvré d'octobre.\nBien cordialement", "promise_to_pay", date="2027-10-01", fam=["first-working-day"], sender=0),
    R("T5431", at(34, "09:15", CEST), "Virement le 1er jour ouvré du mois prochain, comme d'habitude.", "promise_to_pay", date="2027-11-01", fam=["first-working-day", "next-month"], sender=1),
    R("T5431", at(30, "17:50", CEST), "Pas le 30 comme indiqué dans votre relance, nous ne pourrons pas. Ce sera le mardi 5.", "promise_to_pay", date="2027-10-05", fam=["rejected-date", "weekday-ordinal"], sender=1),
    R("T5431", at(35, "11:00", CEST), "Paiement sous huitaine.", "promise_to_pay", date="2027-10-13", fam=["huitaine", "terse"], sender=1),
    R("T5431", at(28, "08:40", CEST), "On paie les 415 € vendredi, le reste à la fin du mois prochain.", "promise_to_pay", date="2027-10-01", amount="415.00", fam=["partial-amount", "two-dates"], sender=1),
    R("T5431", at(29, "16:20", CEST), "Bonjour,\nM. Lemaire est en tournée chez les éleveurs toute la semaine. Il m'a chargée de vous répondre que le virement partira jeudi.\nMarie, secrétariat", "promise_to_pay", date="2027-09-30", sender="atelier@marechalerie-perche.example", fam=["colleague-answers", "weekday", "unknown-sender"]),
    # --- Taille-Douce (Namur)
    R("T5432", at(28, "12:00", CEST), "Bonjour,\nLe paiement sera effectué le 8/10.\nBien à vous,\nSophie Delvaux", "promise_to_pay", date="2027-10-08", fam=["numeric-day-first", "belgian"], sender=1),
    R("T5432", at(31, "09:45", CEST), "Nous payerons endéans les 10 jours.", "promise_to_pay", date="2027-10-11", fam=["endeans", "belgian", "within-days"], sender=1),
    R("T5432", at(33, "20:15", CEST), "Je fais le virement demain matin sans faute.", "promise_to_pay", date="2027-10-04", fam=["tomorrow", "weekend"], sender=1),
    R("T5432", at(36, "10:30", CEST), "Paiement la semaine prochaine, mercredi.", "promise_to_pay", date="2027-10-13", fam=["next-week-weekday"], sender=0),
    # --- Machines à écrire Rosemont (Montréal)
    R("T5433", at(28, "10:00", EDT), "Bonjour, le chèque partira après l'Action de grâce, soit le mardi 12 octobre.", "promise_to_pay", date="2027-10-12", fam=["holiday", "quebec", "weekday-date"], sender=1),
    R("T5433", at(30, "15:30", EDT), "Paiement dans deux semaines, promis.", "promise_to_pay", date="2027-10-14", fam=["in-weeks"], sender=1),
    R("T5433", at(34, "21:50", EDT), "Désolé du retard, je paie demain.", "promise_to_pay", date="2027-10-05", fam=["late-evening", "date-behind-utc", "tomorrow"], sender=1),
    R("T5433", at(36, "08:10", EDT), "Paiement vendredi prochain.", "promise_to_pay", date="2027-10-15", fam=["next-weekday", "terse"], sender=0),
    # --- already paid
    R("T5431", at(30, "09:00", CEST), "Ce virement n'est-il pas parti le 28 ? Je vois bien 3 105,00 € débités sur notre compte.", "already_paid", fam=["paid-as-question", "space-thousands"], sender=1, note="matches BK54-030"),
    R("T5432", at(34, "14:00", CEST), "Bonjour, paiement effectué le 1er octobre avec la communication structurée +++054/0280/19802+++.", "already_paid", ref="+++054/0280/19802+++", fam=["structured-communication", "belgian"], sender=1, note="matches BK54-031"),
    R("T5433", at(29, "11:00", EDT), "Bonjour,\nNous avons compensé votre facture 54030 (360 $) avec votre achat chez nous (notre facture R-1187, 360 $). Il ne reste donc que la 54029, qu'on paiera le 15.\nMartin", "already_paid", sec=["promise_to_pay"], date="2027-10-15", inv=["INV-2027-54030", "INV-2027-54029"], human=["settled by set-off: no bank payment"], fam=["netting", "own-purchase-invoice", "ordinal-alone"], sender=1),
    # --- disputes
    R("T5433", at(36, "09:00", EDT), "Le paiement de 360 $ partira jeudi. Pour la 54029, nous attendons toujours la note de crédit pour les deux Underwood arrivées brisées.", "dispute", sec=["promise_to_pay"], date="2027-10-07", amount="360.00", inv=["INV-2027-54030", "INV-2027-54029"], fam=["credit-note-awaited", "dispute-with-promise", "quebec"], sender=1),
    R("T5431", at(31, "10:10", CEST), "Madame, Monsieur,\nJe me permets de vous signaler, en toute courtoisie, que les fers livrés sur la facture 54026 sont en taille 3 alors que nous avions commandé du 4. Pourriez-vous vérifier avant que nous réglions ?\nRespectueusement", "dispute", inv=["INV-2027-54026"], fam=["polite-dispute", "wrong-goods"], sender=1),
    R("T5432", at(29, "13:00", CEST), "Nous ne comprenons pas les frais de rappel de 40 € ajoutés. Nous ne les payerons pas.", "dispute", fam=["fees"], sender=1),
    # --- resend
    R("T5431", at(32, "09:00", CEST), "Pouvez-vous me renvoyer la facture 54027 ? Je ne la retrouve pas.", "invoice_resend", inv=["INV-2027-54027"], fam=["copy", "weekend"], sender=1),
    R("T5432", at(35, "15:20", CEST), "Merci de nous faire parvenir un relevé de compte au 30/09.", "invoice_resend", fam=["statement", "quarter-end"], sender=0),
    R("T5433", at(31, "10:40", EDT), "On n'a jamais reçu ces factures. Pouvez-vous les renvoyer à comptes@machines-rosemont.example ?", "invoice_resend", fam=["never-received"], sender=1),
    # --- PO and billing changes
    R("T5431", at(36, "11:50", CEST), "Depuis le 1er octobre, nos factures doivent être déposées sur Chorus Pro (SIRET 812 345 678 00019). Merci de redéposer.", "po_change", fam=["chorus-pro", "e-invoicing"], sender=1),
    R("T5432", at(30, "10:15", CEST), "Veuillez mentionner notre numéro de bon de commande TD-2027-044 sur la facture et nous la renvoyer.", "po_change", fam=["add-po"], sender=1),
    R("T5433", at(33, "14:00", EDT), "Notre raison sociale a changé le 1er octobre : 9471-2281 Québec inc. (Machines à écrire Rosemont). Merci de refaire les factures.", "po_change", fam=["legal-entity"], sender=1),
    # --- plans
    R("T5431", at(33, "11:30", CEST), "Serait-il possible d'étaler en trois fois ? Premier versement le 15 octobre.", "payment_plan_request", date="2027-10-15", fam=["instalments", "day-month"], sender=1),
    R("T5432", at(27, "14:10", CEST), "Pourrions-nous payer 500 € par mois à partir de la semaine prochaine, vendredi ?", "payment_plan_request", date="2027-10-08", amount="500.00", fam=["monthly", "next-week-weekday"], sender=1),
    R("T5433", at(32, "12:00", EDT), "Est-ce qu'on peut s'entendre sur des versements ? L'automne est lent pour nous.", "payment_plan_request", fam=["undated-plan", "quebec"], sender=1),
    # --- absence
    R("T5431", at(30, "07:00", CEST), "Bonjour,\nJe suis absent jusqu'au lundi 4 octobre inclus. Pour les règlements : les factures d'août seront payées semaine 40.\nG. Lemaire", "out_of_office", sec=["promise_to_pay"], date="2027-10-08", headers=AUTO, subject="Réponse automatique : Relance : factures échues", fam=["auto-reply-with-answer", "calendar-week"], sender=1),
    R("T5432", at(31, "08:30", CEST), "Je suis en congé jusqu'au 25 octobre. Pour toute urgence, contactez comptabilite@tailledouce-namur.example.", "out_of_office", human=["return more than 14 days out"], headers=AUTO, subject="Absence : Relance", fam=["long-absence"], sender=1),
    R("T5433", at(35, "09:00", EDT), "Nos bureaux seront fermés le lundi 11 octobre pour l'Action de grâce. Nous vous répondrons dès notre retour.", "out_of_office", headers=AUTO, subject="Réponse automatique", fam=["holiday", "office-closure"], sender=0),
    # --- bounces
    R("T5432", at(28, "09:07", CEST), "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\ns.delvaux@tailledouce-namur.example\nRaison : 550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@mx.tailledouce-namur.example", subject="Non remis : Relance : factures échues", dsn=("s.delvaux@tailledouce-namur.example", "5.1.1"), lang="fr", quote="none", fam=["french-dsn"]),
    R("T5431", at(35, "09:06", CEST), "Échec de la remise aux destinataires suivants :\n\ng.lemaire@marechalerie-perche.example\nLa boîte aux lettres du destinataire est pleine.", "bounce", sender="postmaster@marechalerie-perche.example", subject="Non remis : Relance", dsn=("g.lemaire@marechalerie-perche.example", "5.2.2"), lang="fr", quote="none", fam=["french-dsn", "mailbox-full"]),
    # --- wrong contact
    R("T5433", at(29, "13:40", EDT), "Je ne m'occupe plus des comptes depuis septembre. Écrivez à Julie Tremblay, j.tremblay@machines-rosemont.example.", "wrong_contact", fam=["new-contact"], sender=1),
    R("T5432", at(34, "16:20", CEST), "Je ne suis que stagiaire, je transmets à Mme Delvaux.", "wrong_contact", sender="stage@tailledouce-namur.example", fam=["wrong-person", "unknown-sender"]),
    # --- other
    R("T5431", at(32, "10:30", CEST), "Bien reçu, merci.", "other", fam=["no-action", "acknowledgement"], sender=1),
    R("T5433", at(31, "14:50", EDT), "Acceptez-vous le paiement par carte de crédit ? Nous préférerions.", "other", human=["payment-method question"], fam=["payment-method"], sender=1),
]
