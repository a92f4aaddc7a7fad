"""field64 French replies: rentrée school supplies (Lyon), a Vendée campsite on a plan, Liège's 15 août, a Québec bus carrier."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field.build import Reply as R
from evals.field64.kit import AUTO, CET, QC, at, inv

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS = [
    Payment("BK64-020", "J6431", "2029-07-27", "4395.00", "EUR", "VIR RENTREE PLUS FOURNITURES"),
    Payment("BK64-021", "J6433", "2029-08-21", "2870.00", "EUR", "+++090/6433/10331+++"),
    Payment("BK64-022", "J6434", "2029-09-05", "6975.00", "CAD", "AL-3304 VIREMENT"),
    Payment("BK64-023", "J6432", "2029-08-10", "1410.00", "EUR", "ECHEANCE 2 DUNES OLONNE"),
]

REPLIES = [
    R("J6431", at(7, 23, "10:20", CET), "Bonjour,\n\nC'est la pleine préparation de la rentrée, nos commandes partent toute la semaine. Nous réglerons la facture 64311 vendredi.\n\nCordialement,\nSandrine Berthier", P,
      date="2029-07-27", inv=inv("64311"), fam=["weekday"]),
    R("J6431", at(8, 14, "17:30", CET), "Demain c'est le 15 août, le bureau est fermé jusqu'au lundi. Le virement partira lundi 20.", P, date="2029-08-20", sender=0,
      fam=["holiday", "weekday-ordinal"]),
    R("J6431", at(8, 28, "09:10", CET), "Nous vous réglons 2 000 € à la fin de la semaine et le solde après la rentrée.", P, date="2029-08-31", amount="2000.00",
      fam=["partial", "end-of-week"], note="'à la fin de la semaine' read as EOW, Friday of the message's week"),
    R("J6431", at(9, 3, "08:45", CET), "Règlement prévu le 10/09 – pardon, le 12/09, notre banque fait le virement groupé le mercredi.", P, date="2029-09-12",
      fam=["correction", "numeric-date"]),
    R("J6432", at(7, 24, "19:00", CET), "Bonsoir, le camping est complet jusqu'au 25 août, je n'ai pas le temps de passer à la banque. L'échéance de juillet (1 410 €) partira le 31.", P,
      date="2029-07-31", amount="1410.00", fam=["instalment", "ordinal"]),
    R("J6432", at(8, 27, "21:15", CET), "Les derniers campeurs partent dimanche. Je vous fais le virement de l'échéance lundi prochain, promis.", P, date="2029-09-03",
      fam=["instalment", "next-weekday", "distractor-date"], note="lundi prochain written Monday 27 Aug: Monday of next calendar week"),
    R("J6433", at(8, 10, "11:00", CET), "Bonjour, avec les fêtes du 15 août en Outremeuse, on ne touchera à rien avant. Paiement le jeudi 16 août.", P, date="2029-08-16",
      fam=["holiday", "weekday-ordinal"]),
    R("J6433", at(7, 30, "09:40", CET), "Nous payerons la 64332 endéans les 10 jours.", P, date="2029-08-09", inv=inv("64332"), sender=0,
      fam=["belgicism", "relative"]),
    R("J6433", at(8, 22, "14:00", CET), "On vous verse 1 500 € ce vendredi et le reste début septembre.", P, date="2029-08-24", amount="1500.00", fam=["partial", "weekday"]),
    R("J6434", at(8, 31, "10:00", QC), "Bonjour, nos autobus reprennent la route mardi pour la rentrée. Le paiement sera fait après la fête du Travail, soit le mercredi 5 septembre.", P,
      date="2029-09-05", fam=["holiday", "weekday-ordinal"]),
    R("J6434", at(7, 26, "13:30", QC), "Le chèque sera posté la semaine prochaine.", P, date="2029-08-03", sender=0, fam=["next-week"]),
    R("J6434", at(8, 15, "16:20", QC), "Allo, on est dans le jus avec les inspections de la SAAQ. On vous paye d'ici la fin du mois, c'est certain.", P, date="2029-08-31",
      fam=["month-end", "quebec"]),
    R("J6431", at(8, 1, "12:00", CET), "Bonjour,\nLa facture 64312 sera réglée sous quinzaine.\nBien à vous", P, date="2029-08-15", inv=inv("64312"), html=True,
      fam=["html", "relative"]),
    R("J6433", at(9, 5, "10:30", CET), "Nous réglerons dès réception de la note de crédit pour les fûts retournés.", P, human=["conditional", "undated"],
      fam=["conditional", "undated"]),
    R("J6431", at(7, 31, "15:00", CET), "Ah, une relance pendant les congés, quelle délicatesse. Bon, ce sera payé le 6 août, à mon retour.", P, date="2029-08-06",
      fam=["sarcasm", "explicit-date"]),
    R("J6434", at(8, 6, "09:00", QC), "Pour info – voir plus bas\n\n---------- Message transféré ---------\nDe : Geneviève Paquette\nÀ : Comptes fournisseurs\n\nSVP payer Northwind le 17 août, facture 64341.", P,
      date="2029-08-17", inv=inv("64341"), sender=0, fam=["forward"]),
    R("J6433", at(7, 25, "18:10", CET), "Paiement le 03/08 sans faute.", P, date="2029-08-03", fam=["numeric-date", "terse"]),
    R("J6432", at(8, 9, "08:00", CET), "Le conseil d'administration se réunit le 20 août; le virement de régularisation suivra le 23 août.", P, date="2029-08-23",
      fam=["meeting-before-payment"]),
    # already paid
    R("J6431", at(7, 30, "10:00", CET), "Bonjour, tout a été réglé par virement vendredi dernier.", PAID, sender=0, fam=["amount-match", "relative"]),
    R("J6433", at(8, 23, "11:20", CET), "La 64331 a été payée le 21/08 avec la communication structurée +++090/6433/10331+++.", PAID, ref="+++090/6433/10331+++",
      inv=inv("64331"), fam=["structured-communication", "reference"]),
    R("J6434", at(9, 6, "15:00", QC), "Paiement effectué hier par virement, référence AL-3304.", PAID, ref="AL-3304", fam=["reference"]),
    R("J6432", at(8, 13, "09:30", CET), "L'échéance d'août a été virée le 10, 1 410 €. Merci d'arrêter les relances pour le total.", PAID, human=["amount differs from the open balance"],
      fam=["instalment"]),
    # disputes
    R("J6431", at(8, 7, "10:15", CET), "Sur la 64311, 300 cahiers grand format facturés, 180 reçus. Merci d'émettre un avoir.", DISPUTE, inv=inv("64311"), fam=["short-delivery"]),
    R("J6433", at(8, 2, "16:00", CET), "Vous nous facturez la location de 6 tireuses alors que nous en avons eu 4. Nous contestons la facture 64332.", DISPUTE,
      inv=inv("64332"), fam=["quantity"]),
    R("J6434", at(8, 20, "11:45", QC), "La facture 64341 inclut la TVQ alors que nous sommes exemptés pour le transport scolaire. Merci de la refaire sans taxes.", DISPUTE,
      inv=inv("64341"), fam=["tax-exempt"]),
    # resends
    R("J6431", at(8, 21, "09:00", CET), "Pourriez-vous nous renvoyer la facture 64312 ? Je ne la retrouve pas.", RESEND, inv=inv("64312"), sender=0, fam=["copy"]),
    R("J6433", at(7, 27, "14:30", CET), "Bonjour, pouvez-vous nous envoyer un relevé de compte ? Merci.", RESEND, sender=0, fam=["statement"]),
    R("J6434", at(8, 10, "10:00", QC), "On n'a jamais reçu cette facture-là. Pouvez-vous nous la renvoyer?", RESEND, fam=["never-received"]),
    # PO and billing changes
    R("J6431", at(8, 24, "11:00", CET), "À compter du 1er septembre, merci de déposer vos factures sur Chorus Pro, nous ne traiterons plus les factures papier ou PDF.", PO,
      sender=0, fam=["e-invoicing", "distractor-date"]),
    R("J6434", at(7, 31, "09:30", QC), "Le numéro de bon de commande sur la 64341 devrait être AL-BC-3318. Pouvez-vous corriger et nous la renvoyer?", PO, inv=inv("64341"),
      sender=0, fam=["po-number"]),
    R("J6433", at(8, 28, "10:10", CET), "Notre nouveau numéro de TVA est BE 0794.112.336, merci de réémettre les factures.", PO, fam=["tax-id"]),
    # plans
    R("J6431", at(8, 16, "09:30", CET), "Serait-il possible de régler en trois fois, 1 465 € le 15 septembre puis en octobre et novembre ?", PLAN, date="2029-09-15",
      amount="1465.00", fam=["first-instalment"]),
    R("J6433", at(8, 30, "17:00", CET), "L'été a été pluvieux, la terrasse vide. Pourrait-on étaler le paiement sur trois mois ?", PLAN, fam=["undated"]),
    R("J6434", at(8, 13, "14:00", QC), "Est-ce qu'on pourrait payer la moitié maintenant et l'autre moitié en octobre?", PLAN, date="2029-08-13", fam=["half-now"]),
    # absences
    R("J6431", at(8, 3, "09:06", CET), "Je suis en congés jusqu'au 26 août inclus. Pour toute urgence, merci de contacter compta@rentreeplus.example.", OOO, headers=AUTO,
      human=["absence longer than 14 days"], fam=["auto-reply", "long-absence"]),
    R("J6433", at(8, 14, "09:06", CET), "Absent jusqu'au 20 août. Je traiterai votre message à mon retour.", OOO, headers=AUTO, fam=["auto-reply", "holiday"]),
    R("J6434", at(7, 27, "09:06", QC), "Je suis en vacances de la construction jusqu'au 6 août.", OOO, headers=AUTO, fam=["auto-reply", "quebec"]),
    # bounces
    R("J6432", at(8, 6, "09:06", CET), "Ceci est un message automatique. Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\np.guerin@camping-dunes-olonne.example : adresse inconnue (550 5.1.1)", BOUNCE,
      sender="MAILER-DAEMON@camping-dunes-olonne.example", dsn=("p.guerin@camping-dunes-olonne.example", "5.1.1"), quote="none",
      subject="Non remis : Relance : factures échues", fam=["dsn"]),
    R("J6433", at(8, 31, "09:07", CET), "Remise impossible.\n\nl.lejeune@brasserie-outremeuse.example : la boîte aux lettres est pleine (552 5.2.2)", BOUNCE,
      sender="postmaster@brasserie-outremeuse.example", dsn=("l.lejeune@brasserie-outremeuse.example", "5.2.2"), quote="none", subject="Message non remis",
      fam=["dsn"]),
    # wrong contact
    R("J6432", at(7, 30, "20:20", CET), "Je suis l'animateur du camping, je n'ai rien à voir avec les factures. Écrivez à direction@ svp.", WRONG, fam=["seasonal-staff"]),
    R("J6434", at(8, 27, "13:00", QC), "Mme Paquette a quitté l'entreprise. Veuillez écrire à comptes@autobuslaurentides.example dorénavant.", WRONG, sender=0,
      fam=["left-company"]),
    # other
    R("J6431", at(8, 13, "10:00", CET), "Bien reçu, merci.", OTHER, fam=["no-action", "acknowledgement"]),
    R("J6432", at(8, 30, "09:30", CET), "Pourquoi recevons-nous encore des relances ? Nous avons un échéancier avec Carla.", OTHER, human=["plan complaint"],
      fam=["plan-complaint"]),
    R("J6433", at(8, 8, "15:00", CET), "Acceptez-vous le paiement par Bancontact ou faut-il un virement ?", OTHER, human=["payment method"], fam=["payment-method"]),
    R("J6434", at(9, 4, "10:00", QC), "Pouvez-vous nous faire parvenir votre numéro d'inscription TPS/TVQ? Notre vérificateur le demande.", OTHER, human=["tax form"],
      fam=["tax-form"]),
]
