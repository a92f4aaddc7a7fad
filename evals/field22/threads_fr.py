"""field22 French replies: a Jura cheese dairy, a Dakar haulier on a legal account, a Québec maple grove (strategic)."""

from evals.field.build import Payment, Reply
from evals.field22.kit import AUTO, CET, QC, SN, at

PAYMENTS = [
    Payment("BK22-021", "S2231", "2026-11-24", "3350.00", "EUR", "VIR FROMAGERIE HAUT DOUBS FACT 22311 22312"),
    Payment("BK22-022", "S2233", "2026-11-20", "15400.00", "CAD", "ERABLIERE LSJ ELSJ-882"),
]

P, PAID, DIS, RES, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER = "out_of_office", "wrong_contact", "other"

REPLIES = [
    Reply("S2231", at(23, "09:02", CET), "Bonjour, virement jeu. prochain. Cdlt", P, date="2026-12-03", sender=1, fam=["abbrev-weekday", "next-weekday", "terse-mobile"]),
    Reply("S2231", at(24, "11:40", CET), "Bonjour,\nLes deux factures partiront avec notre virement groupé du 4/12.\nCordialement,\nLa comptabilité", P, date="2026-12-04", fam=["locale-numeric-dayfirst", "payment-run"]),
    Reply("S2231", at(25, "15:30", CET), "Bonjour, règlement semaine 50, comme convenu avec votre commercial.", P, date="2026-12-11", fam=["calendar-week"]),
    Reply("S2231", at(26, "23:30", CET), "Désolée de répondre si tard. Je fais le virement demain matin.\nAurélie", P, date="2026-11-27", sender=1, fam=["late-evening", "tomorrow"]),
    Reply("S2231", at(27, "10:00", CET), "Bonjour, le paiement prévu le 3 a été décalé au 10 décembre par notre banque. Désolés.", P, date="2026-12-10", fam=["moved-date"]),
    Reply("S2231", at(23, "16:20", CET), "Nous réglerons sous quinze jours. Bien à vous", P, date="2026-12-07", fam=["relative-span"]),
    Reply("S2231", at(24, "08:50", CET), "Ah, encore une relance, quelle délicatesse. Oui, vous serez payés vendredi.", P, date="2026-11-27", sender=1, fam=["sarcasm", "bare-weekday"]),
    Reply("S2231", at(25, "13:13", CET), "Dès réception de l'avoir lundi, nous réglerons le solde le vendredi suivant.", P, date="2026-12-04", human=["conditional"], fam=["condition-date"]),
    Reply("S2231", at(26, "09:40", CET), "Bonjour, paiement le dernier jour ouvré du mois.", P, date="2026-11-30", fam=["last-working-day"]),
    Reply("S2231", at(27, "14:45", CET), "Nous versons 1 500,00 € mardi et le reste en janvier.", P, date="2026-12-01", amount="1500.00", fam=["european-amount", "partial"]),
    Reply("S2231", at(23, "10:30", CET), "Nous paierons dès que possible, la saison des Mont d'Or vient de commencer.", P, human=["undated"], fam=["undated"]),
    Reply("S2231", at(26, "12:00", CET), "Facture du 15/09 reçue tardivement, elle sera réglée le 02/12.", P, date="2026-12-02", fam=["invoice-date-distractor", "locale-numeric-dayfirst"]),
    Reply("S2232", at(23, "12:10", SN), "Messieurs,\nSuite à votre relance et au courrier de votre avocat, nous vous informons que le virement sera effectué le mardi 1er décembre.\nMoussa Ndiaye\nDAF", P, date="2026-12-01", sender=1, fam=["weekday-ordinal"]),
    Reply("S2232", at(25, "18:00", SN), "Le conseil d'administration se réunit le 7. Le paiement suivra le jeudi 10.", P, date="2026-12-10", fam=["meeting-before-payment", "weekday-date"]),
    Reply("S2232", at(27, "09:30", SN), "Nous réglerons en fin de mois prochain.", P, date="2026-12-31", fam=["month-end"]),
    Reply("S2233", at(23, "14:00", QC), "Bonjour, le chèque partira le 04/12.", P, date="2026-12-04", fam=["locale-numeric-dayfirst", "cheque"]),
    Reply("S2233", at(24, "10:20", QC), "Allo, on paie la semaine prochaine, mercredi. Ginette", P, date="2026-12-02", sender=1, fam=["next-week-weekday"]),
    Reply("S2233", at(26, "21:45", QC), "Paiement de 5 000 $ le 1er décembre, le solde à la mi-décembre.", P, date="2026-12-01", amount="5000.00", fam=["partial", "ordinal-month", "late-evening"]),
    # paid
    Reply("S2231", at(25, "09:10", CET), "Bonjour, les deux factures ont été réglées le 24/11 (libellé FACT 22311 22312).", PAID, ref="FACT 22311 22312", fam=["remittance-reference-variant"], note="matches BK22-021"),
    Reply("S2233", at(25, "11:00", QC), "Payé le 20 novembre, réf. ELSJ 882.", PAID, ref="ELSJ 882", fam=["po-as-reference"], note="matches BK22-022"),
    Reply("S2232", at(24, "10:00", SN), "Nous avons payé 9 000 € le 18/11, les 120 € restants sont des frais bancaires que nous ne prenons pas en charge.", PAID, human=["no matching payment", "short-paid"], fam=["short-paid", "bank-charges"]),
    # dispute
    Reply("S2231", at(24, "17:20", CET), "La facture 22312 facture 40 moules à comté, nous n'en avons reçu que 32. Merci d'émettre un avoir.", DIS, inv=["22312"], fam=["short-delivered"]),
    Reply("S2232", at(26, "08:45", SN), "Nous contestons la facture 22321 : la TVA ne s'applique pas, il s'agit d'une prestation exportée. Merci de la rééditer hors taxe.", DIS, inv=["22321"], fam=["tax-exempt-reissue"]),
    Reply("S2233", at(27, "13:00", QC), "Les frais de transport sur 22331 n'étaient pas dans la soumission. Nous payons le reste vendredi.", DIS, sec=[P], date="2026-12-04", inv=["22331"], fam=["fees"], note="written Friday 27: 'vendredi' is the next Friday"),
    # resend
    Reply("S2231", at(26, "16:00", CET), "Pouvez-vous me renvoyer la 22311 ? Je ne la trouve pas.", RES, inv=["22311"], sender=1, fam=["never-received"]),
    Reply("S2232", at(27, "11:30", SN), "Pour notre rapprochement, pourriez-vous nous adresser le relevé de compte au 30 novembre ?", RES, fam=["statement"]),
    # po change
    Reply("S2231", at(23, "13:50", CET), "Notre nouveau numéro de TVA intracommunautaire est FR 41 834 552 910, merci de corriger les deux factures.", PO, fam=["tax-id"]),
    Reply("S2233", at(25, "15:15", QC), "Désormais, toutes les factures doivent être déposées sur notre portail fournisseurs Ariba avec le no de commande ELSJ-882.", PO, fam=["supplier-portal"]),
    # plan
    Reply("S2231", at(25, "19:00", CET), "Serait-il possible de régler en trois fois, à partir du 15 décembre ?", PLAN, date="2026-12-15", fam=["instalments"]),
    Reply("S2232", at(23, "15:30", SN), "Nous sollicitons un échéancier de six mois pour la facture 22321.", PLAN, inv=["22321"], fam=["instalments"]),
    # ooo
    Reply("S2231", at(24, "07:00", CET), "Je suis absente jusqu'au 1er décembre inclus. Pour toute urgence : compta@fromagerie-hautdoubs.example", OOO, headers=dict(AUTO), subject="Réponse automatique : Relance", sender=1, fam=["auto-headers"]),
    Reply("S2233", at(26, "07:00", QC), "Je serai absente du bureau jusqu'au 4 janvier 2027.", OOO, headers=dict(AUTO), sender=1, human=["return more than 14 days out"], fam=["auto-headers", "long-absence"]),
    # bounce
    Reply("S2231", at(23, "09:06", CET), "Ceci est un message automatique. Votre message n'a pas pu être remis à a.girardet@fromagerie-hautdoubs.example : adresse inconnue.", "bounce", sender="MAILER-DAEMON@fromagerie-hautdoubs.example", dsn=("a.girardet@fromagerie-hautdoubs.example", "5.1.1"), subject="Non remis : Relance", fam=["dsn"]),
    Reply("S2232", at(25, "09:07", SN), "Échec de la remise du message à comptabilite@transports-ndiaye.example. La boîte aux lettres est pleine.", "bounce", sender="postmaster@transports-ndiaye.example", dsn=("comptabilite@transports-ndiaye.example", "5.2.2"), subject="Non remis", fam=["dsn", "mailbox-full"]),
    # wrong contact
    Reply("S2231", at(27, "08:20", CET), "Bonjour, je ne m'occupe plus de la comptabilité, écrivez à compta@fromagerie-hautdoubs.example.", WRONG, fam=["moved-role"]),
    Reply("S2233", at(24, "16:30", QC), "L'Érablière a été achetée par Sucre du Nord. Merci d'écrire à fournisseurs@sucredunord.example.", WRONG, sender=0, fam=["acquisition"]),
    # other
    Reply("S2231", at(25, "11:30", CET), "Bonjour, ce mail est-il authentique ? Nous avons reçu un RIB différent la semaine dernière.", OTHER, human=["fraud alert"], fam=["fraud-alert"]),
    Reply("S2231", at(27, "17:00", CET), "Merci, bien reçu.", OTHER, fam=["no-action", "acknowledgement"]),
    Reply("S2232", at(26, "14:00", SN), "Le ton de vos relances est inacceptable. Nous vous prions de vous adresser à notre conseil.", OTHER, human=["tone complaint"], fam=["tone-complaint"]),
    Reply("S2233", at(27, "09:00", QC), "Votre demande a été reçue. Numéro de billet : CF-20931. Un agent vous répondra sous 48 heures.", OTHER, headers=dict(AUTO), fam=["no-action", "ticketing-system"]),
]
