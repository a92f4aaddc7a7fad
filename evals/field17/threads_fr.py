"""French replies (field17): a Luxembourg craft brewery, a Provençal vets' clinic on credit hold and a Dakar joinery on a
legal account."""

from evals.field.build import Payment, Reply
from evals.field17.kit import CET, LU, SN, at, dsn, ooo

R = Reply
P = Payment

PAYMENTS = [
    P("BK17-031", "S1731", "2026-11-19", "4260.00", "EUR", "BRASSERIE ARTISANALE DU KIRCHBERG KIRCHBERG 17311"),
]

_ALPILLES = ("Madame, Monsieur,\n\nNous vous informons que la facture 17321 sera réglée par virement à échéance du 15 décembre.\n\n"
             "Cordialement,\nService comptabilité\nClinique vétérinaire des Alpilles\n\nCe message et toutes les pièces jointes sont "
             "confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
             "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. "
             "La clinique décline toute responsabilité au titre de ce message s'il a été altéré ou falsifié.")

REPLIES = [
    # --- Brasserie du Kirchberg (LU)
    R("S1731", at(23, "09:00", LU), "Bonjour, virement jeudi.\nAnne", "promise_to_pay", date="2026-11-26", fam=["weekday", "terse"]),
    R("S1731", at(24, "10:45", LU), "Nous réglerons les deux factures le 3/12.", "promise_to_pay", date="2026-12-03", fam=["day-first"]),
    R("S1731", at(25, "15:20", LU), "Paiement semaine 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], sender=0),
    R("S1731", at(26, "11:30", LU), "Nous payons sous huitaine.", "promise_to_pay", date="2026-12-04", fam=["sous-huitaine"]),
    R("S1731", at(27, "22:15", LU), "Désolée pour l'heure tardive : le virement part lundi matin.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday"]),
    R("S1731", at(23, "14:10", LU), "Le paiement était prévu le 25, il est reporté au 2 décembre (changement de banque).", "promise_to_pay", date="2026-12-02", fam=["moved-date"], sender=0),
    R("S1731", at(24, "17:30", LU), "Nous vous réglons les 590 € demain et le solde à la fin du mois prochain.", "promise_to_pay", date="2026-11-25", amount="590.00", fam=["two-dates", "partial-amount"]),
    R("S1731", at(25, "09:50", LU), "Règlement en fin de mois, lors de notre paiement du dernier jour ouvré.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"]),
    R("S1731", at(26, "16:45", LU), "On paie mardi en huit.", "promise_to_pay", date="2026-12-08", fam=["mardi-en-huit"]),
    R("S1731", at(27, "08:45", LU), "Le paiement se fera le 1er.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone"]),
    # --- Clinique vétérinaire des Alpilles (FR, credit hold)
    R("S1732", at(23, "11:15", CET), "Si vous débloquez notre compte, nous réglons la facture vendredi.", "promise_to_pay", date="2026-11-27", human=["conditional"], fam=["credit-hold-condition", "weekday"]),
    R("S1732", at(24, "08:40", CET), "Le virement sera effectué le vendredi 4 décembre.", "promise_to_pay", date="2026-12-04", fam=["weekday-date"]),
    R("S1732", at(25, "13:30", CET), "Nous payerons dans quinze jours.", "promise_to_pay", date="2026-12-09", fam=["relative-span"]),
    R("S1732", at(26, "19:00", CET), "Notre expert-comptable valide les paiements le 1er décembre, le virement partira le 2.", "promise_to_pay", date="2026-12-02", fam=["meeting-before-payment"]),
    R("S1732", at(27, "10:05", CET), "Paiement début de semaine prochaine.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "terse"]),
    R("S1732", at(23, "16:20", CET), _ALPILLES, "promise_to_pay", date="2026-12-15", inv=["17321"], html=True, fam=["outlook-html", "disclaimer-longer", "formal-ap"], sender=0),
    R("S1732", at(26, "14:00", CET), "Nous réglerons la moitié cette semaine et le reste en janvier.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "this-week"]),
    # --- Menuiserie Teranga Bois (SN, legal)
    R("S1733", at(23, "10:20", SN), "Bonjour,\nsuite au courrier de votre avocat, nous réglerons 3 000 € le 30 novembre et le reste en décembre.", "promise_to_pay", date="2026-11-30", amount="3000.00", fam=["partial-amount", "legal-account"]),
    R("S1733", at(24, "12:00", SN), "Le virement sera exécuté à la fin de la semaine prochaine.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("S1733", at(25, "17:45", SN), "Nous attendons le paiement de notre client, l'État ; dès réception nous vous réglons.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("S1733", at(26, "09:35", SN), "Le règlement interviendra le 7 décembre au plus tard.", "promise_to_pay", date="2026-12-07", fam=["at-the-latest"]),
    R("S1733", at(27, "23:30", SN), "Je vous confirme : virement demain.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow"]),
    # --- already_paid
    R("S1731", at(25, "11:40", LU), "Payé le 19/11, communication « KIRCHBERG 17311 », 4 260 €.", "already_paid", ref="KIRCHBERG 17311", inv=["17311"], fam=["ref-with-payer-name", "european-amount"]),
    R("S1733", at(24, "15:10", SN), "Nous avons effectué le virement de 9 120 € le 20 novembre, référence TB-VIR-2011.", "already_paid", ref="TB-VIR-2011", human=["no matching payment"], fam=["claim-not-on-bank", "legal-account"]),
    # --- dispute
    R("S1732", at(24, "10:10", CET), "La facture 17321 comporte 12 cages de transport alors que nous en avons reçu 9. Merci d'émettre un avoir.", "dispute", inv=["17321"], fam=["short-delivery"]),
    R("S1733", at(26, "11:00", SN), "Par l'intermédiaire de notre conseil, nous contestons le montant réclamé : les pénalités de retard n'ont jamais été acceptées.", "dispute", fam=["legal-threat", "fees"]),
    # --- invoice_resend
    R("S1731", at(23, "15:55", LU), "Pourriez-vous nous renvoyer la facture 17312 ? Nous ne la trouvons pas.", "invoice_resend", inv=["17312"], fam=["copy"], sender=0),
    R("S1732", at(27, "11:25", CET), "Merci de nous adresser un relevé de compte.", "invoice_resend", fam=["statement"], sender=0),
    # --- po_change
    R("S1731", at(26, "08:20", LU), "À partir du 1er janvier, merci d'envoyer vos factures uniquement via Peppol (ID 9938:LU28473910).", "po_change", fam=["e-invoicing"]),
    R("S1732", at(25, "16:35", CET), "Notre SIRET a changé suite au transfert du siège : 812 447 903 00027. Merci de rééditer la facture.", "po_change", fam=["tax-id"]),
    # --- payment_plan_request
    R("S1732", at(23, "18:00", CET), "Serait-il possible d'échelonner le paiement en trois mensualités à partir du 15 décembre ?", "payment_plan_request", date="2026-12-15", fam=["plan-new"]),
    R("S1733", at(27, "12:40", SN), "Nous sollicitons un échéancier sur 6 mois, premier versement de 1 520 € fin décembre.", "payment_plan_request", date="2026-12-31", amount="1520.00", fam=["plan-new", "end-of-named-month"]),
    # --- out_of_office
    ooo("S1731", at(24, "07:30", LU), "Je suis absente jusqu'au 1er décembre inclus. Pour toute urgence : compta@brasserie-kirchberg.example", prefix="Réponse automatique : ", fam=["ooo-auto"], sender=1),
    ooo("S1732", at(26, "07:10", CET), "La clinique est fermée pour congés du 26 novembre au 14 décembre. Reprise le 15 décembre.", prefix="Absence : ", human=["absent more than 14 days"], fam=["ooo-long", "seasonal-closure"], sender=0),
    # --- bounce
    dsn("S1733", at(23, "08:09", SN), "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nLe message n'a pas pu être remis au destinataire suivant :\n\ncomptabilite@teranga-bois.example\n550 5.1.1 Adresse inconnue", "MAILER-DAEMON@mail.teranga-bois.example", "comptabilite@teranga-bois.example", "5.1.1", prefix="Non remis : ", fam=["dsn-fr"]),
    dsn("S1731", at(25, "09:12", LU), "Votre message n'a pas pu être distribué à compta@brasserie-kirchberg.example.\n\nLa boîte aux lettres du destinataire est pleine.\n\n552 5.2.2 Quota dépassé", "postmaster@brasserie-kirchberg.example", "compta@brasserie-kirchberg.example", "5.2.2", prefix="Non distribuable : ", fam=["dsn-fr", "dsn-mailbox-full"]),
    # --- wrong_contact
    R("S1732", at(25, "12:05", CET), "Ici l'accueil de la clinique : nous ne traitons pas les factures. Merci d'écrire au Dr Roux, m.roux@vetalpilles.example.", "wrong_contact", fam=["shared-mailbox"], sender=0),
    R("S1731", at(27, "13:50", LU), "Je ne m'occupe plus de la comptabilité depuis la reprise de la brasserie. Adressez-vous à M. Schmit, l.schmit@brasserie-kirchberg.example.", "wrong_contact", fam=["acquired-contact-gone"]),
    # --- other
    R("S1731", at(24, "09:30", LU), "Merci, bien reçu.", "other", fam=["no-action", "ack"]),
    R("S1733", at(25, "08:50", SN), "Votre relance est-elle authentique ? Nous avons reçu un RIB différent la semaine dernière.", "other", human=["fraud check"], fam=["fraud-check"]),
]
