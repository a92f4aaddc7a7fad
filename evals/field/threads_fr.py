"""French replies (France and Belgium), hand-written; never train on these."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R

PAYMENTS = [
    P("PAY-2026-90031", "F141", "2026-11-12", "3520.00", "EUR", "VIR SEPA BOULANGERIES MARCHAL FACT 51411 51412", "sepa"),
    P("PAY-2026-90032", "F142", "2026-11-19", "8920.00", "EUR", "TF2026PAY00731", "sepa"),
    P("PAY-2026-90033", "F143", "2026-11-06", "640.00", "EUR", "LENOIR J", "card"),
]

REPLIES = [
    R("F141", "2026-11-17T08:30:00+01:00", "Bonjour,\n\nLe virement partira jeudi.\n\nCordialement,\nClaire Marchal", "promise_to_pay", date="2026-11-19", fam=["date:weekday"]),
    R("F141", "2026-11-23T21:10:00+01:00", "Ok pour vend. 👍\n\nEnvoyé de mon iPhone", "promise_to_pay", date="2026-11-27", quote="none", fam=["date:abbrev-weekday", "voice:mobile"]),
    R("F142", "2026-11-16T10:00:00+01:00", "Madame, Monsieur,\n\nNous vous informons que la facture INV-2026-51421 sera réglée le 03/12 par virement.\n\nVeuillez agréer nos salutations distinguées.\n\nSophie Girard\nComptable fournisseurs", "promise_to_pay", date="2026-12-03",
      inv=["51421"], fam=["date:numeric-eu", "voice:formal"]),
    R("F143", "2026-11-18T12:00:00+01:00", "Bonjour, je vous règle ça dans quinze jours, promis.\nJulie", "promise_to_pay", date="2026-12-02", fam=["date:relative-span"]),
    R("F141", "2026-11-19T09:00:00+01:00", "Bonjour,\n\nLe paiement était prévu le 20 mais notre banque a décalé : ce sera le 26 novembre.\n\nClaire", "promise_to_pay", date="2026-11-26", fam=["date:moved"]),
    R("F142", "2026-11-17T11:00:00+01:00", "Bonjour,\n\nNous ne pourrons pas payer avant la fin du mois, mais le règlement interviendra le mardi 8 décembre.\n\nBien cordialement,\nS. Girard", "promise_to_pay", date="2026-12-08",
      fam=["date:negation", "date:weekday-day"]),
    R("F144", "2026-11-18T15:00:00+01:00", "Madame, Monsieur,\n\nLa commission des paiements se réunit le lundi 30 novembre ; la mise en paiement aura lieu le vendredi suivant, 4 décembre.\n\nHélène Brunet\nDAF", "promise_to_pay", date="2026-12-04",
      fam=["date:meeting-distractor", "voice:formal"]),
    R("F142", "2026-10-21T10:00:00+02:00", "Bonjour,\n\nVotre facture est intégrée à notre campagne de règlement de fin de mois, exécutée le dernier jour ouvré.\n\nService fournisseurs", "promise_to_pay", date="2026-10-30",
      sender=0, fam=["date:eom-business-day"]),
    R("F143", "2026-11-20T10:00:00+01:00", "Bonjour, si mon client me paie la semaine prochaine, je vous règle le 4.\nJulie", "promise_to_pay", date="2026-12-04",
      human=["conditional"], fam=["date:condition-distractor", "date:ordinal-alone"]),
    R("F141", "2026-11-16T09:30:00+01:00", "Bonjour,\n\nNous réglerons en semaine 49.\n\nCordialement\nComptabilité", "promise_to_pay", date="2026-12-04", sender=0, fam=["date:calendar-week"]),
    R("F142", "2026-11-24T09:00:00+01:00", "Bonjour,\n\nRèglement prévu début décembre, le 2 au plus tard.\n\nSophie", "promise_to_pay", date="2026-12-02", fam=["date:ordinal-alone"]),
    R("F143", "2026-11-16T19:00:00+01:00", "Je vous fais un virement de 300 € vendredi et le reste à la fin du mois.", "promise_to_pay", date="2026-11-20", amount="300.00", quote="none", fam=["amount:eu", "date:weekday"]),
    R("F141", "2026-11-25T10:00:00+01:00", "Bonjour,\n\nJe vous confirme le paiement pour le 1er décembre.\n\nC. Marchal", "promise_to_pay", date="2026-12-01", fam=["date:ordinal-first"]),
    R("F144", "2026-11-20T10:00:00+01:00", "Bonjour,\n\nNous souhaiterions régler cette facture en trois mensualités à partir du 15 décembre. Pouvez-vous nous confirmer votre accord ?\n\nService comptabilité", "payment_plan_request", date="2026-12-15",
      sender=0, fam=["intent:plan"]),
    # --- intents
    R("F142", "2026-11-18T10:00:00+01:00", "Bonjour,\n\nÀ compter du 1er décembre, merci de déposer vos factures exclusivement sur notre plateforme Chorus Pro / portail fournisseurs. Les factures envoyées par e-mail ne seront plus traitées.\n\nService fournisseurs", "po_change",
      sender=0, fam=["intent:portal"]),
    R("F141", "2026-11-20T10:00:00+01:00", "Bonjour,\n\nMerci d'envoyer désormais vos factures à factures@marchal-boulangeries.example et d'indiquer notre nouvelle adresse de facturation : 12 rue des Tanneurs, 21000 Dijon.\n\nClaire Marchal", "po_change",
      fam=["intent:billing-elsewhere", "intent:billing-address"]),
    R("F142", "2026-11-25T10:00:00+01:00", "Bonjour,\n\nIl manque notre numéro de bon de commande TF-2026-00731 sur la facture 51421. Merci de la rééditer.\n\nS. Girard", "po_change", inv=["51421"], fam=["intent:po-missing"]),
    R("F143", "2026-11-24T10:00:00+01:00", "Bonjour,\n\nL'atelier a été repris par la société Verreries Dubois depuis le 1er novembre, je ne m'occupe plus de la facturation. Contactez compta@verreries-dubois.example.\n\nJulie Lenoir", "wrong_contact",
      fam=["intent:acquisition-contact"]),
    R("F141", "2026-11-18T10:00:00+01:00", "Bonjour,\n\nNous avons reçu un mail nous demandant de payer sur un nouveau RIB. Pouvez-vous nous confirmer par téléphone que cette relance vient bien de vous ?\n\nClaire Marchal", "other",
      human=["asks us to confirm the reminder is genuine"], fam=["intent:fraud-check"]),
    R("F144", "2026-11-23T10:00:00+01:00", "Bonjour,\n\nPour votre référencement, merci de nous transmettre un extrait Kbis de moins de 3 mois, une attestation URSSAF et un RIB sur papier à en-tête.\n\nService comptabilité", "other",
      sender=0, human=["account paperwork requested"], fam=["intent:account-paperwork"]),
    R("F143", "2026-11-26T10:00:00+01:00", "Bonjour,\n\nL'atelier est en liquidation judiciaire depuis le 23 novembre. Le mandataire liquidateur est Me Rousseau, à qui il faut déclarer vos créances.\n\nJulie Lenoir", "other",
      human=["insolvency notice"], fam=["intent:bankruptcy"]),
    R("F142", "2026-11-19T10:00:00+01:00", "Bonjour,\n\nLa facture 51421 facture la TVA à 20 % alors que la prestation est une livraison intracommunautaire exonérée. Merci d'émettre un avoir et une facture corrigée.\n\nSophie Girard", "dispute", inv=["51421"], fam=["intent:tax-exempt", "intent:dispute-vat"]),
    R("F141", "2026-11-24T10:00:00+01:00", "Bonjour,\n\nLa livraison du 3 novembre est arrivée avec 4 sacs de farine abîmés. Nous ne réglerons la facture 51412 qu'à réception d'un avoir.\n\nC. Marchal", "dispute", inv=["51412"], fam=["intent:dispute-damaged"]),
    R("F143", "2026-11-17T10:00:00+01:00", "Bonjour, pourriez-vous me renvoyer la facture ? Je ne la retrouve pas.\nMerci, Julie", "invoice_resend", fam=["intent:resend"]),
    R("F144", "2026-11-25T10:00:00+01:00", "Bonjour,\n\nPourriez-vous nous adresser un relevé de compte à jour ?\n\nService comptabilité", "invoice_resend", sender=0, html=True, fam=["intent:statement", "voice:html-outlook"]),
    R("F142", "2026-11-23T07:00:00+01:00", "Bonjour,\n\nJe suis absente jusqu'au 27 novembre inclus. Pour toute urgence, merci d'écrire à fournisseurs@transports-ferrand.example.\n\nSophie Girard", "out_of_office",
      subject="Réponse automatique : Relance : factures échues – Transports Ferrand SA", headers={"Auto-Submitted": "auto-replied"}, quote="none", fam=["intent:ooo"]),
    R("F141", "2026-11-19T10:00:00+01:00", "Merci, bien reçu.", "other", quote="none", fam=["no-action", "voice:terse"]),
    # --- paid
    R("F141", "2026-11-16T09:00:00+01:00", "Bonjour,\n\nLes deux factures ont été réglées par virement le 12/11, pour un total de 3 520,00 €.\n\nCordialement,\nClaire Marchal", "already_paid", fam=["pay:eu-date-amount"]),
    R("F142", "2026-11-20T09:00:00+01:00", "Bonjour,\n\nRéglé hier, référence de virement TF-2026-PAY-00731.\n\nS. Girard", "already_paid", ref="TF-2026-PAY-00731", fam=["pay:ref-format"]),
    R("F143", "2026-11-16T10:00:00+01:00", "Bonjour, j'ai payé par carte au téléphone avec votre collègue début novembre.\nJulie", "already_paid", fam=["intent:card-by-phone"], note="paiement carte du 6 novembre"),
]
