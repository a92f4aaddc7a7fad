"""French replies (field60): a Nantes lily-of-the-valley grower around 1 May, a Paris racket stringer on credit hold
before Roland-Garros and a Mons costume society before the Doudou (Trinity Sunday, 3 June 2029). May's bridges (1 and
8 May, Ascension and its Friday, Whit Monday) move the payment days. Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, CEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-015", "B6031", "2029-05-03", "3410.00", "EUR", "EARL MUGUET DES COTEAUX MUGUET0503"),
    P("BK60-016", "B6033", "2029-05-14", "3950.00", "EUR", "COSTUMIERS DU DOUDOU +++090/6033/31401+++"),
]

REPLIES = [
    # --- EARL Muguet des Coteaux (Nantes)
    R("B6031", at(4, 23, "07:10", CEST), "Bonjour, c'est la course avant le 1er mai. On vous règle juste après la vente, le vendredi 4.", "promise_to_pay", date="2029-05-04", fam=["holiday", "weekday-ordinal", "season"]),
    R("B6031", at(4, 26, "18:30", CEST), "Règlement vendredi.", "promise_to_pay", date="2029-04-27", sender=0, fam=["weekday", "terse"]),
    R("B6031", at(4, 30, "06:00", CEST), "Bonjour, l'exploitation est fermée du 30 avril au 2 mai inclus pour la vente du muguet. Nous reprenons le jeudi 3 mai. Merci de votre compréhension.", "out_of_office", headers=AUTO, subject="Réponse automatique", sender=0, fam=["auto-reply", "holiday"]),
    R("B6031", at(5, 3, "09:45", CEST), "Virement de 3 410,00 € effectué ce matin, réf. MUGUET-0503.", "already_paid", ref="MUGUET-0503", fam=["paid-with-ref", "matched"]),
    R("B6031", at(5, 4, "14:20", CEST), "Les 2 000 pots de 8 cm facturés sur la 60311 ne sont jamais arrivés : on a reçu des 10 cm, inutilisables pour nos brins. Merci d'établir un avoir.", "dispute", inv=inv("60311"), fam=["wrong-goods", "credit-note"]),
    R("B6031", at(5, 7, "11:35", CEST), "Avec les deux ponts de mai, on paiera le mardi 15 mai.", "promise_to_pay", date="2029-05-15", fam=["bridge-day", "weekday-date"]),
    R("B6031", at(5, 9, "16:50", CEST), "On règle la 60312 (540 €) aujourd'hui, avant le pont de l'Ascension, et la grosse le 31.", "promise_to_pay", date="2029-05-09", amount="540.00", inv=inv("60312", "60311"), fam=["today", "partial-amount", "two-dates", "bridge-day"]),
    R("B6031", at(5, 14, "10:05", CEST), "Pouvez-vous nous renvoyer la facture 60311 ? Notre comptable ne la retrouve pas.", "invoice_resend", inv=inv("60311"), sender=0, fam=["resend"]),
    R("B6031", at(5, 16, "13:15", CEST), "Serait-il possible d'étaler sur trois mois : 1 000 € fin mai, 1 000 € fin juin et le solde fin juillet ?", "payment_plan_request", date="2029-05-31", amount="1000.00", fam=["plan-with-dates", "end-of-month"]),
    R("B6031", at(5, 22, "08:40", CEST), "Règlement dans quinze jours.", "promise_to_pay", date="2029-06-05", fam=["fortnight", "terse"]),
    R("B6031", at(5, 24, "15:00", CEST), "Merci de libeller désormais vos factures au nom du GAEC des Coteaux (nouveau SIRET 912 447 118 00016) et de rééditer les deux factures en cours.", "po_change", fam=["legal-entity", "reissue"]),
    R("B6031", at(5, 28, "12:25", CEST), "Gaëlle est en congé maternité depuis la semaine dernière. Adressez-vous à Julien pour la facturation : j.leroux@muguet-coteaux.example.", "wrong_contact", sender=0, fam=["parental-leave", "new-contact"]),
    R("B6031", at(5, 31, "17:05", CEST), "Paiement début juin, le 5.", "promise_to_pay", date="2029-06-05", fam=["early-month-with-day", "terse"]),
    R("B6031", at(6, 4, "09:20", CEST), "Bien noté, je transmets à notre comptable.", "other", sender=0, fam=["no-action", "forwarded"]),
    # --- Cordages Auteuil SARL (Paris, credit hold)
    R("B6032", at(4, 24, "10:30", CEST), "Débloquez la commande de cordage pour Roland-Garros et on vous vire 4 000 € lundi.", "promise_to_pay", date="2029-04-30", amount="4000.00", human=["conditional"], fam=["credit-hold-condition", "weekday", "partial-amount"]),
    R("B6032", at(4, 27, "19:45", CEST), "Le solde sera réglé à la fin du tournoi, le 11 juin.", "promise_to_pay", date="2029-06-11", fam=["event-date", "over-30-days"]),
    R("B6032", at(5, 2, "11:20", CEST), "Les bobines de boyau naturel sont arrivées gonflées d'humidité. On ne paie pas une marchandise pareille, et vous le savez.", "dispute", fam=["damaged-goods"]),
    R("B6032", at(5, 7, "07:30", CEST), "Je suis absent jusqu'au 22 mai inclus (qualifications de Roland-Garros). En cas d'urgence, contactez l'atelier au 01 45 27 00 00.", "out_of_office", headers=AUTO, subject="Absence du bureau", human=["away more than 14 days"], fam=["auto-reply", "long-absence", "event"]),
    R("B6032", at(5, 11, "12:00", CEST), "On règle mardi prochain.", "promise_to_pay", date="2029-05-15", fam=["next-weekday", "bridge-day"]),
    R("B6032", at(5, 15, "16:10", CEST), "On propose 2 000 € par mois à partir du 1er juin, jusqu'à extinction de la dette.", "payment_plan_request", date="2029-06-01", amount="2000.00", fam=["plan-amount", "plan-with-dates"]),
    R("B6032", at(5, 18, "10:55", CEST), "Virement de 7 460 € fait le 17/05, réf CA-2029-017.", "already_paid", ref="CA-2029-017", human=["no matching payment"], fam=["paid-with-ref", "unmatched"]),
    R("B6032", at(5, 23, "14:35", CEST), "La facture doit mentionner notre nouveau bon de commande CA-2029-017-B et être déposée sur notre portail fournisseurs, pas envoyée par mail.", "po_change", sender=0, fam=["po-change", "supplier-portal"]),
    R("B6032", at(5, 25, "09:00", CEST), "Envoyez-nous un relevé de compte, svp.", "invoice_resend", sender=0, fam=["statement", "terse"]),
    R("B6032", at(5, 29, "18:15", CEST), "Vous acceptez la carte bancaire par téléphone ? Appelez-moi à l'atelier, je vous donne les numéros.", "other", human=["card payment over the phone"], fam=["card-payment", "phone"]),
    R("B6032", at(6, 1, "11:40", CEST), "Paiement le 8/06.", "promise_to_pay", date="2029-06-08", fam=["fr-numeric", "terse"]),
    # --- Les Costumiers du Doudou ASBL (Mons, Belgian French)
    R("B6033", at(4, 23, "20:00", CEST), "Bonjour, nous payerons après la Ducasse, le mardi 5 juin.", "promise_to_pay", date="2029-06-05", fam=["event-date", "weekday-date", "over-30-days", "belgian"]),
    R("B6033", at(4, 26, "12:10", CEST), "Le trésorier vire la 60332 demain.", "promise_to_pay", date="2029-04-27", inv=inv("60332"), fam=["tomorrow"]),
    R("B6033", at(4, 30, "08:00", CEST), "Absent jusqu'au mercredi 2 mai. Pour les costumes du Lumeçon, veuillez contacter l'atelier.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Les Costumiers du Doudou ASBL", fam=["auto-reply", "holiday"]),
    R("B6033", at(5, 3, "17:30", CEST), "Virement le 15/05.", "promise_to_pay", date="2029-05-15", sender=0, fam=["fr-numeric", "terse"]),
    R("B6033", at(5, 8, "10:20", CEST), "Les 40 mètres de velours rouge n'ont pas la teinte de l'échantillon. Pour les costumes du Lumeçon, c'est tout simplement impossible. Nous contestons la facture 60331.", "dispute", inv=inv("60331"), fam=["quality-dispute"]),
    R("B6033", at(5, 11, "09:15", CEST), "Bureau fermé hier pour l'Ascension, on paie lundi.", "promise_to_pay", date="2029-05-14", fam=["holiday", "weekday"]),
    R("B6033", at(5, 15, "14:00", CEST), "Payé 3.950,00 EUR le 14/05, communication structurée +++090/6033/31401+++.", "already_paid", ref="+++090/6033/31401+++", fam=["structured-communication", "belgian", "matched"]),
    R("B6033", at(5, 18, "19:40", CEST), "L'ASBL vit des subsides de la Ville. Peut-on payer 1.000 € maintenant et le reste en deux fois, en juin et en juillet ?", "payment_plan_request", date="2029-05-18", amount="1000.00", fam=["plan-with-months", "now"]),
    R("B6033", at(5, 22, "11:25", CEST), "Vous vous trompez d'adresse : je suis le secrétaire de la Société du Doudou, pas des Costumiers. Je n'ai aucune facture chez vous.", "wrong_contact", sender="secretariat@societe-doudou.example", fam=["wrong-recipient", "unknown-sender"]),
    R("B6033", at(5, 25, "15:45", CEST), "Merci de nous renvoyer les deux factures, notre nouveau trésorier n'a rien reçu.", "invoice_resend", fam=["never-received", "new-treasurer"]),
    R("B6033", at(5, 30, "10:10", CEST), "Paiement la semaine prochaine.", "promise_to_pay", date="2029-06-08", fam=["next-week", "terse"]),
    R("B6033", at(6, 4, "09:00", CEST), "Merci pour votre patience, et vive le Doudou !", "other", sender=0, fam=["no-action", "thanks"]),
]
