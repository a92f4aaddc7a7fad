"""field36 French replies: a Paris freight forwarder and a municipality on Lake Geneva (Vaud)."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field36.kit import AUTO, r

PAYMENTS = [
    Payment("BK36-0021", "H3631", "2026-11-10", "980.00", "EUR", "VIR TRANSPORTS MARCADET FACT 93632"),
    Payment("BK36-0022", "H3632", "2026-11-17", "12300.00", "CHF", "COMMUNE VALMONT VR-2026-114"),
]

P = "promise_to_pay"
REPLIES = [
    r("H3631", 16, "09:35", "Bonjour, la facture 93631 passe dans notre campagne de virements du jeudi 19. Bien à vous, Sophie Leroy", P, "2026-11-19", "payment-run weekday-ordinal paris", sender=1),
    r("H3631", 16, "15:20", "Règlement prévu le 27/11, après la clôture mensuelle du 25.", P, "2026-11-27", "fiscal-month-end distractor-closing paris"),
    r("H3631", 17, "10:00", "Nous réglerons sous huitaine, promis.", P, "2026-11-24", "relative-span paris", sender=1),
    r("H3631", 17, "14:45", "Virement le lundi 30, dernier jour ouvré du mois.", P, "2026-11-30", "month-end weekday-ordinal paris"),
    r("H3631", 18, "09:10", "Petite correction : ce ne sera pas mardi mais mercredi 25, la signature du DAF est décalée.", P, "2026-11-25", "self-correction moved-date paris", sender=1),
    r("H3631", 18, "16:40", "On paie 3 000 € vendredi et le solde début décembre. Cordialement", P, "2026-11-20", "partial weekday paris", amount="3000.00"),
    r("H3631", 19, "11:00", "Le paiement partira la semaine prochaine, mardi.", P, "2026-11-24", "next-week-weekday paris"),
    r("H3631", 19, "15:30", "Nous attendons le règlement de notre client Géodis pour vous payer, normalement le 1er décembre.", P, "2026-12-01", "hidden-condition ordinal paris", human=["conditional"]),
    r("H3631", 16, "18:10", "Réunion avec notre banque le 20/11, paiement dans la foulée le 23/11.", P, "2026-11-23", "distractor-meeting numeric-eu paris", sender=1),
    r("H3632", 16, "10:30", "Madame, Monsieur, la Municipalité a validé la facture ; le versement interviendra le 24 novembre 2026. Le boursier communal, P. Favre", P, "2026-11-24", "formal-ap municipality swiss", sender=1),
    r("H3632", 17, "09:20", "Paiement agendé au 1er décembre, comme toutes les factures du trimestre.", P, "2026-12-01", "ordinal swiss municipality"),
    r("H3632", 17, "15:10", "Le Conseil communal se réunit le 23.11 ; le paiement suit le lendemain.", P, "2026-11-24", "distractor-meeting dotted-date swiss municipality"),
    r("H3632", 18, "11:40", "Nous verserons septante pour cent, soit CHF 8'610.-, le vendredi 27 novembre, le solde après contrôle.", P, "2026-11-27", "partial swiss-numbers weekday-date municipality", amount="8610.00"),
    r("H3632", 18, "17:20", "Paiement dans deux semaines, le 2 décembre.", P, "2026-12-02", "relative-weeks swiss municipality"),
    r("H3632", 19, "10:10", "Le versement se fera en fin de mois, le lundi 30.", P, "2026-11-30", "month-end swiss municipality", sender=1),
    r("H3631", 17, "17:30", "On vous paie demain matin, désolée pour le retard.", P, "2026-11-18", "relative-day terse-mobile paris", sender=1),
    r("H3632", 16, "16:00", "Paiement le jeudi 3.12, après la séance du Conseil du 2.12.", P, "2026-12-03", "distractor-meeting dotted-date swiss municipality", sender=1),
    r("H3631", 18, "12:00", "La 93632 a été payée le 10 novembre par virement, libellé VIR TRANSPORTS MARCADET FACT 93632.", "already_paid", fam="already-paid paris", ref="VIR TRANSPORTS MARCADET FACT 93632", inv=["93632"]),
    r("H3632", 19, "14:40", "Le paiement de CHF 12'300.- est parti mardi, référence VR-2026-114.", "already_paid", fam="already-paid swiss municipality", ref="VR-2026-114"),
    r("H3631", 19, "09:30", "On a payé hier, enfin je crois. Je vérifie avec la banque et je reviens vers vous.", "already_paid", fam="already-paid uncertain paris", human=["no matching payment"]),
    r("H3631", 16, "12:20", "Nous contestons la facture 93631 : les frais de magasinage n'étaient pas prévus au devis.", "dispute", fam="dispute surcharge paris"),
    r("H3632", 17, "12:30", "La quantité de sel de déneigement facturée ne correspond pas au bon de livraison. Merci d'établir un avoir.", "dispute", fam="dispute short-delivery swiss municipality"),
    r("H3631", 17, "12:00", "Pouvez-vous nous renvoyer la facture ? Elle n'est jamais arrivée chez nous.", "invoice_resend", fam="invoice-resend paris"),
    r("H3632", 18, "14:00", "Merci de nous transmettre un duplicata signé, exigé par notre contrôle des finances.", "invoice_resend", fam="invoice-resend swiss municipality"),
    r("H3631", 18, "14:30", "Le bon de commande TM-BC-6650 a été remplacé par TM-BC-6702, merci de refaire la facture.", "po_change", fam="po-change paris"),
    r("H3632", 16, "14:20", "Toutes les factures doivent désormais être déposées sur la plateforme e-facture de la commune.", "po_change", fam="supplier-portal future-invoices-elsewhere swiss municipality"),
    r("H3631", 19, "13:10", "Nouvelle adresse de facturation : 14 rue Marcadet, 75018 Paris. Merci de rééditer.", "po_change", fam="po-change billing-address paris", sender=1),
    r("H3631", 16, "16:45", "Serait-il possible d'échelonner en trois mensualités ? Le fret maritime est en berne.", "payment_plan_request", fam="payment-plan paris", sender=1),
    r("H3632", 19, "16:20", "Le budget 2026 étant épuisé, nous proposons deux versements en janvier et février 2027.", "payment_plan_request", fam="payment-plan municipality swiss"),
    r("H3631", 18, "07:30", "Je suis absente jusqu'au 23 novembre inclus. Pour toute urgence : compta@transports-marcadet.example", "out_of_office", fam="out-of-office paris", sender=1, headers=AUTO, quote="none"),
    r("H3632", 17, "07:40", "Absent du bureau jusqu'au lundi 23 novembre. Le service des finances reste atteignable.", "out_of_office", fam="out-of-office swiss municipality", sender=1, headers=AUTO, quote="none"),
    r("H3631", 17, "09:06", "", "bounce", fam="bounce", sender="MAILER-DAEMON@transports-marcadet.example", dsn=("fournisseurs@transports-marcadet.example", "5.1.1"), quote="none", subject="Non remis : Relance"),
    r("H3632", 19, "09:06", "", "bounce", fam="bounce", sender="postmaster@valmont-rolle.example", dsn=("greffe@valmont-rolle.example", "5.1.1"), quote="none", subject="Échec de la remise"),
    r("H3631", 18, "15:45", "Je ne m'occupe plus de la comptabilité fournisseurs depuis octobre, voyez avec Karim Benali.", "wrong_contact", fam="wrong-contact paris", sender=1),
    r("H3632", 18, "09:30", "Vous écrivez au greffe municipal ; transmettez au service des finances, s.v.p.", "wrong_contact", fam="wrong-contact swiss municipality", sender="greffe.secretariat@valmont-rolle.example"),
    r("H3631", 17, "13:20", "Bien reçu, merci, je transmets au service compta.", "other", fam="no-action acknowledgement paris", sender=1),
    r("H3632", 16, "11:30", "Attention : un courriel frauduleux à votre nom nous demande de changer d'IBAN. Pouvez-vous confirmer vos coordonnées par téléphone ?", "other", fam="fraud-alert swiss municipality", human=["fraud"]),
]
