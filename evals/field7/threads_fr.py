"""French replies (field7, hand-written): a hair salon manager, a garden centre's finance director, a Brussels
cinema, a Geneva translation agency and an abbey's guesthouse run by a monk."""

from evals.field7.build import Payment as P
from evals.field7.build import Reply as R

CET = "+01:00"
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def t(day: str, hm: str) -> str:
    """The reply's Date: November 2026 day, local time, Central European time."""
    return f"2026-11-{day}T{hm}:00{CET}"


PAYMENTS = [
    P("BK7-0301", "M741", "2026-11-23", "1320.00", "EUR", "SALON COIFFURE ELISE VIR 07411"),
    P("BK7-0302", "M743", "2026-11-20", "2740.00", "EUR", "CINEMA LE REX SA"),
    P("BK7-0303", "M744", "2026-11-24", "3210.00", "EUR", "TRAD LEMANIQUE SARL TL-2026-77"),
    P("BK7-0304", "M745", "2026-11-18", "940.00", "EUR", "ABBAYE NOTRE DAME HOTELLERIE"),
]

REPLIES = [
    R("M741", t("23", "20:30"), "Bonsoir, je paie vendredi. Élise", "promise_to_pay", date="2026-11-27", fam=["date:bare-weekday", "setting:hairdresser"], sender=1, quote="none"),
    R("M741", t("25", "10:00"), "Bonjour, le virement partira début du mois prochain. Cordialement, É. Martin", "promise_to_pay", date="2026-12-01", fam=["date:start-of-month"], sender=1),
    R("M742", t("23", "09:00"), "Madame, Monsieur,\n\nLa facture 07421 sera réglée vendredi prochain ; la 07422 avec notre échéance de fin de mois.\n\nPierre Girard\nDirecteur financier", "promise_to_pay",
      date="2026-12-04", inv=["07421", "07422"], fam=["date:next-weekday", "promise:two-dates", "writer:finance-director"], sender=1),
    R("M742", t("25", "11:00"), "Bonjour, règlement sous quinzaine. Service comptabilité", "promise_to_pay", date="2026-12-09", fam=["date:sous-quinzaine"], sender=0),
    R("M743", t("23", "10:00"), "Bonjour, nous payerons le 4/12. Marc Dubois", "promise_to_pay", date="2026-12-04", fam=["date:numeric-day-first", "locale:fr-BE", "setting:cinema"], sender=1),
    R("M743", t("20", "14:00"), "Bonjour, paiement la semaine prochaine. M. Dubois", "promise_to_pay", date="2026-11-27", fam=["date:next-week", "locale:fr-BE"], sender=1),
    R("M744", t("23", "09:00"), "Bonjour,\nNous réglerons 1 500 CHF demain et le solde à la mi-décembre.\nClaire Favre", "promise_to_pay", date="2026-11-24", amount="1500.00",
      fam=["promise:partial", "locale:fr-CH", "setting:translation"], sender=1),
    R("M744", t("25", "15:00"), "Bonjour, le paiement sera effectué d'ici la fin de l'année. C. Favre", "promise_to_pay", date="2026-12-31", fam=["date:end-of-year"], sender=1),
    R("M745", t("23", "11:00"), "Chers amis, nous vous réglerons avant Noël, si Dieu le veut. Frère Benoît", "promise_to_pay", date="2026-12-24", fam=["date:before-christmas", "setting:abbey-guesthouse"], sender=1),
    R("M745", t("26", "10:00"), "Bonjour, nous paierons dès que la subvention du diocèse sera versée.", "promise_to_pay", human=["conditional"], fam=["promise:conditional-undated"], sender=0),
    R("M741", t("20", "09:00"), "Bonjour, je fais le virement mardi prochain. Élise", "promise_to_pay", date="2026-11-24", fam=["date:next-weekday"], sender=1),
    R("M742", t("20", "10:00"), "Bonjour, paiement prévu début de la semaine prochaine. Compta", "promise_to_pay", date="2026-11-23", fam=["date:early-next-week"], sender=0),
    R("M743", t("25", "09:00"), "On paie au plus vite, désolé.", "promise_to_pay", human=["undated"], fam=["promise:undated"], sender=1, quote="none"),
    # ---- already paid
    R("M741", t("24", "09:00"), "Bonjour, virement fait hier. Élise", "already_paid", fam=["paid:matched"], sender=1),
    R("M743", t("23", "09:00"), "Bonjour, la facture a été payée vendredi dernier. Administration", "already_paid", fam=["paid:matched", "locale:fr-BE"], sender=0),
    R("M744", t("25", "09:00"), "Bonjour, paiement effectué le 24.11, référence TL-2026-77. Comptabilité", "already_paid", ref="TL-2026-77", fam=["paid:matched-ref"], sender=0),
    R("M745", t("23", "10:00"), "Chers amis, nous avons payé il y a quelques jours par virement. Frère Benoît", "already_paid", fam=["paid:matched-vague-date"], sender=1),
    # ---- disputes
    R("M741", t("18", "10:00"), "Bonjour, vous avez facturé 10 fauteuils de coiffage, nous en avons reçu 8. Merci de corriger avant paiement. Élise Martin", "dispute", fam=["dispute:quantity"], sender=1),
    R("M742", t("18", "11:00"), "La TVA est appliquée à 20 % sur les plants alors que le taux réduit de 10 % s'applique. Merci d'émettre un avoir. P. Girard", "dispute", fam=["dispute:tax"], sender=1),
    R("M743", t("18", "10:00"), "Le son de la salle 2 ne fonctionne toujours pas après votre intervention. Nous contestons la facture tant que ce n'est pas réparé.", "dispute", fam=["dispute:quality", "locale:fr-BE"], sender=1),
    R("M744", t("18", "10:00"), "Nos conditions prévoient un paiement à 60 jours fin de mois, la facture n'est pas échue. Claire Favre", "dispute", fam=["dispute:terms"], sender=1),
    # ---- PO / billing
    R("M742", t("17", "10:00"), "Merci de mentionner notre numéro de commande JC-CMD-4488 sur la facture 07422 et de nous la renvoyer.", "po_change", inv=["07422"], fam=["po:add-po"], sender=0),
    R("M743", t("17", "10:00"), "Veuillez noter notre nouveau numéro de TVA BE0712.345.678 et réémettre la facture. Administration", "po_change", fam=["po:vat-number", "locale:fr-BE"], sender=0),
    R("M745", t("17", "10:00"), "Les factures doivent désormais être adressées à l'Association de l'Abbaye Notre-Dame et non à l'hôtellerie.", "po_change", fam=["po:legal-entity"], sender=1),
    R("M744", t("17", "11:00"), "À partir de janvier, merci d'envoyer vos factures uniquement à factures@trad-lemanique.example.", "po_change", fam=["po:mailbox"], sender=1),
    # ---- resend / plan
    R("M742", t("19", "10:00"), "Bonjour, pourriez-vous nous renvoyer un duplicata de la facture 07421 ? Merci.", "invoice_resend", inv=["07421"], fam=["resend:copy"], sender=0),
    R("M745", t("19", "10:00"), "Nous n'avons jamais reçu cette facture. Pouvez-vous nous l'envoyer ?", "invoice_resend", fam=["resend:never-received"], sender=0),
    R("M741", t("20", "10:00"), "Est-ce que je pourrais payer en trois fois ? Premier versement le 5 décembre. Élise", "payment_plan_request", date="2026-12-05", fam=["plan:three-times"], sender=1),
    R("M743", t("20", "10:00"), "Serait-il possible d'échelonner le paiement sur deux mois ? M. Dubois", "payment_plan_request", fam=["plan:undated", "locale:fr-BE"], sender=1),
    # ---- auto-replies etc.
    R("M742", t("16", "09:05"), "Je suis absent jusqu'au 23 novembre inclus. Pour toute urgence, contactez compta@jardinerie-coteaux.example.", "out_of_office",
      headers=AUTO, subject="Réponse automatique : Relance factures", fam=["ooo:short"], sender=1, quote="none"),
    R("M744", t("16", "09:05"), "Je suis en congé maternité jusqu'au 15 mars.", "out_of_office", human=["absence longer than 14 days"], headers=AUTO, subject="Absence", fam=["ooo:long"], sender=1, quote="none"),
    R("M741", t("16", "09:06"), "Votre message n'a pas pu être remis à e.martin@coiffure-elise.example.\n\n550 5.1.1 Adresse inconnue",
      "bounce", sender="postmaster@coiffure-elise.example", subject="Non remis : Relance factures", dsn=("e.martin@coiffure-elise.example", "5.1.1"), fam=["bounce:exchange-fr"], gap_days=0),
    R("M743", t("18", "10:00"), "Je ne m'occupe plus de la comptabilité du Rex, écrivez à admin@cinema-lerex.example.", "wrong_contact", fam=["wrong:not-responsible"], sender=1),
    R("M745", t("18", "11:00"), "Frère Benoît est en retraite. Adressez-vous désormais au frère Jean : hotellerie@abbaye-nd.example.", "wrong_contact", fam=["wrong:new-contact"], sender=0),
    R("M742", t("20", "10:00"), "Bien reçu, merci.", "other", fam=["no-action", "other:ack"], sender=0, quote="none"),
    R("M744", t("20", "10:00"), "Pouvez-vous confirmer votre IBAN par téléphone ? Nous avons reçu un courriel suspect.", "other", human=["fraud check"], fam=["other:fraud-check"], sender=1),
]
