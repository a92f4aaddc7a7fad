"""French replies (field61): an Épernay grape-picking labour agency during the vendanges, a Beaujolais press maker on a
legal account, a Beauce turkey farm before the Action de grâce (Mon 8 Oct, Québec) and a Neuchâtel harvest-parade float
builder (Fête des Vendanges, 28-30 Sep; Lundi du Jeûne, Mon 17 Sep). Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, CEST, EDT, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-019", "E6131", "2029-10-10", "6600.00", "EUR", "VENDANGES SERVICES EPERNAY FACT 61311 61312"),
    P("BK61-020", "E6133", "2029-09-26", "4735.00", "CAD", "DINDES DE LA BEAUCE INC VIR 88412"),
    P("BK61-021", "E6134", "2029-10-04", "7260.00", "CHF", "CHARS FLEURIS NEUCHATEL SARL"),
]

REPLIES = [
    # --- Vendanges Services Épernay
    R("E6131", at(9, 17, "07:10", CEST), "Bonjour, on est en pleines vendanges, 180 coupeurs sur les coteaux. Je règle tout début octobre, promis.\nMarion", "promise_to_pay", date="2029-10-01", fam=["season", "beginning-of-month"]),
    R("E6131", at(9, 19, "12:30", CEST), "Pouvez-vous me renvoyer la facture 61312 ? Je ne la retrouve pas dans le logiciel.", "invoice_resend", inv=inv("61312"), fam=["resend"]),
    R("E6131", at(9, 25, "19:45", CEST), "Les vendanges sont terminées vendredi, le virement partira le lundi suivant, 1er octobre.", "promise_to_pay", date="2029-10-01", fam=["weekday-date", "season", "ordinal-premier"]),
    R("E6131", at(10, 2, "09:00", CEST), "Finalement on paie 3 000 € cette semaine et le solde fin octobre. La trésorerie a souffert avec les salaires des saisonniers.", "promise_to_pay", date="2029-10-05", amount="3000.00", fam=["partial-amount", "this-week", "two-dates"]),
    R("E6131", at(10, 10, "14:15", CEST), "Virement de 6 600 € effectué ce jour, libellé FACT 61311 61312.", "already_paid", ref="FACT 61311 61312", fam=["paid-with-ref", "matched"]),
    R("E6131", at(9, 21, "16:20", CEST), "La facture 61311 compte 22 jours de location de la navette, or la navette n'a roulé que 18 jours (pluie du 8 au 11). Merci de rectifier.", "dispute", inv=inv("61311"), fam=["hire-days", "weather"]),
    R("E6131", at(10, 15, "10:40", CEST), "Merci de libeller désormais les factures au nom de VSE Champagne SAS (SIRET 912 448 301 00017), la SARL a été transformée au 1er octobre.", "po_change", fam=["legal-entity", "siret"]),
    R("E6131", at(9, 23, "08:00", CEST), "Je suis en vendanges jusqu'au 5 octobre inclus et ne consulte pas mes mails. En cas d'urgence : compta@vendanges-epernay.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Vendanges Services Épernay SARL", fam=["auto-reply", "season", "within-14"], note="back on 6 October: 13 days"),
    R("E6131", at(10, 12, "11:55", CEST), "Merci, bien reçu.", "other", fam=["acknowledgement", "no-action", "terse"], inv=[]),
    # --- Pressoirs Dumontel (legal)
    R("E6132", at(9, 18, "10:10", CEST), "Madame, Monsieur,\n\nNous vous informons que notre conseil, Maître Hélène Bertin, avocate au barreau de Lyon, est désormais seule habilitée à traiter ce dossier. Merci de lui adresser toute correspondance : h.bertin@bertin-avocats.example.\n\nPierre Dumontel", "wrong_contact", fam=["legal-counsel", "new-contact", "formal"]),
    R("E6132", at(9, 24, "15:30", CEST), "Le pressoir pneumatique livré en juillet est tombé en panne dès le premier jour des vendanges. Nous contestons la facture 61321 dans sa totalité tant que la réparation n'est pas faite.", "dispute", inv=inv("61321"), fam=["goods-dispute", "season"]),
    R("E6132", at(10, 1, "09:45", CEST), "Maître Bertin vous répondra par écrit d'ici au 12 octobre. Dans l'intervalle, merci de suspendre toute relance.", "other", human=["legal: counsel will answer"], fam=["legal", "not-a-payment-date"]),
    R("E6132", at(10, 9, "17:20", CEST), "Après accord avec notre avocate, nous réglerons 7 000 € le 19 octobre, le solde restant en litige.", "dispute", sec=["promise_to_pay"], date="2029-10-19", amount="7000.00", fam=["legal", "partial-amount", "dispute-with-promise"]),
    R("E6132", at(10, 16, "08:30", CEST), "Je suis absent jusqu'au lundi 22 octobre. Pour toute question comptable : comptabilite@pressoirs-dumontel.example", "out_of_office", headers=AUTO, subject="Absence", fam=["auto-reply", "within-14"]),
    # --- Dindes de la Beauce (Québec)
    R("E6133", at(9, 17, "08:45", EDT), "Bonjour, c'est la grosse période avant l'Action de grâce. On vous paie mercredi prochain sans faute.", "promise_to_pay", date="2029-09-26", fam=["next-weekday", "quebec", "season"]),
    R("E6133", at(9, 26, "13:10", EDT), "Le virement de 4 735 $ est parti ce matin, no de confirmation 88412.", "already_paid", ref="88412", fam=["paid-with-ref", "matched", "quebec"]),
    R("E6133", at(10, 5, "16:00", EDT), "Nos bureaux seront fermés le lundi 8 octobre pour l'Action de grâce. Retour le mardi 9 octobre.", "out_of_office", headers=AUTO, sender=0, subject="Réponse automatique", fam=["auto-reply", "holiday", "within-14"]),
    R("E6133", at(9, 20, "10:30", EDT), "Pourriez-vous refaire la facture 61332 avec notre numéro de TVQ 1221887654 TQ0001? Il manque.", "po_change", inv=inv("61332"), fam=["tax-number", "quebec"]),
    R("E6133", at(10, 10, "09:15", EDT), "On a reçu 60 cartons d'emballage de trop sur la 61332, on ne les a pas commandés. Je ne paie pas cette partie-là.", "dispute", inv=inv("61332"), fam=["quantity-dispute", "quebec"]),
    R("E6133", at(10, 12, "14:40", EDT), "Est-ce qu'on pourrait payer la 61331 en deux versements, la moitié le 1er novembre et l'autre le 1er décembre?", "payment_plan_request", date="2029-11-01", inv=inv("61331"), fam=["plan", "two-instalments", "quebec"]),
    R("E6133", at(10, 16, "11:05", EDT), "La 61331 sera payée d'ici la fin de la semaine prochaine.", "promise_to_pay", date="2029-10-26", inv=inv("61331"), fam=["end-of-next-week", "quebec"]),
    R("E6133", at(9, 22, "02:15", EDT), "Ceci est un message automatique du système de messagerie.\n\nVotre message n'a pu être remis au(x) destinataire(s) suivant(s) :\n\ng.poulin@dindesbeauce.example : 550 5.1.1 Adresse inconnue / Unknown user\n\nLe message original est joint.", "bounce", lang="fr", sender="MAILER-DAEMON@courriel.dindesbeauce.example", dsn=("g.poulin@dindesbeauce.example", "5.1.1"), subject="Non remis : Relance : factures échues – Dindes de la Beauce inc.", fam=["dsn-french-isp", "user-unknown"]),
    # --- Chars fleuris Neuchâtel
    R("E6134", at(9, 17, "09:30", CEST), "Bonjour, aujourd'hui c'est le Lundi du Jeûne, le bureau est fermé. Je vous écris juste pour vous dire que nous payons après la Fête des Vendanges, le jeudi 4 octobre.\nLuc", "promise_to_pay", date="2029-10-04", fam=["holiday", "weekday-date", "swiss"]),
    R("E6134", at(10, 4, "16:50", CEST), "Paiement de CHF 7'260.00 exécuté aujourd'hui.", "already_paid", fam=["paid-no-ref", "matched-by-amount", "swiss-number"]),
    R("E6134", at(9, 26, "11:20", CEST), "Nous montons les chars pour le cortège de dimanche. Je n'ai pas le temps avant. Le paiement partira en semaine 40.", "promise_to_pay", date="2029-10-05", fam=["calendar-week", "swiss", "season"]),
    R("E6134", at(9, 28, "07:00", CEST), "Fête des Vendanges : nos ateliers sont fermés du vendredi 28 au lundi 1er octobre. Réouverture le mardi 2 octobre. Santé !", "out_of_office", headers=AUTO, sender=0, subject="Fermeture – Fête des Vendanges", fam=["auto-reply", "festival", "within-14"]),
    R("E6134", at(10, 8, "10:00", CEST), "Merci de nous adresser désormais les factures par QR-facture à factures@charsfleuris.example, avec notre numéro IDE CHE-412.883.901 TVA.", "po_change", inv=[], sender=0, fam=["invoice-mailbox", "vat-number", "swiss"]),
    R("E6134", at(10, 11, "15:35", CEST), "Luc Perrenoud a pris sa retraite fin septembre. Merci de vous adresser à Mme Aline Jacot, aline.jacot@charsfleuris.example.", "wrong_contact", sender=0, fam=["retired", "new-contact", "swiss"]),
    R("E6134", at(9, 19, "18:10", CEST), "Les fleurs de dahlias livrées pour le char étaient à moitié fanées ; nous demandons une remise de 20 % sur 61341.", "dispute", inv=inv("61341"), fam=["goods-dispute", "discount-demand"]),
    # --- more of the same accounts
    R("E6131", at(10, 4, "18:30", CEST), "Bonsoir, est-ce que je peux régler par carte ? Donnez-moi un numéro et je vous appelle demain matin.", "other", human=["card payment by phone"], fam=["card-by-phone"]),
    R("E6133", at(9, 28, "09:20", EDT), "Pour la 61332, le paiement sera fait vendredi le 5.", "promise_to_pay", date="2029-10-05", inv=inv("61332"), fam=["weekday-ordinal", "quebec"]),
    R("E6134", at(10, 15, "08:40", CEST), "Bonjour, le solde sera réglé dans quinze jours.", "promise_to_pay", date="2029-10-29", fam=["relative-span", "swiss"]),
    R("E6131", at(9, 30, "21:05", CEST), "Les vendanges, c'est pas les vacances, vous savez. Bref : virement mardi.", "promise_to_pay", date="2029-10-02", fam=["sarcasm", "weekday", "sunday-evening"]),
    R("E6133", at(10, 2, "12:50", EDT), "Bonjour, la confirmation d'adresse de votre banque pour le virement international : nous avons besoin d'une lettre signée avec l'IBAN et le code SWIFT, exigence de Desjardins.", "other", human=["bank detail confirmation"], fam=["bank-letter", "quebec"]),
    R("E6132", at(9, 20, "06:30", CEST), "Remote Server returned '554 5.7.1 Message rejected by policy: content filter (spam score 8.4)'\n\nVotre message à p.dumontel@pressoirs-dumontel.example n'a pas pu être remis.", "bounce", lang="fr", sender="postmaster@pressoirs-dumontel.example", dsn=("p.dumontel@pressoirs-dumontel.example", "5.7.1"), subject="Non distribuable : Relance : factures échues – Pressoirs Dumontel SA", fam=["dsn-policy", "spam-block"]),
]
