"""French replies (field6, hand-written): an optician, a Brussels bakery, an event agency under a legal flag, a Geneva
lab, a Loire farmers' cooperative and a Québec water utility."""

from evals.field6.build import Payment as P
from evals.field6.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK6-0301", "L641", "2026-11-20", "2100.00", "EUR", "OPTIQUE LUMIERE FACT 06411 06412"),
    P("BK6-0302", "L645", "2026-11-24", "8240.00", "EUR", "COOP AGRICOLE VAL DE LOIRE VIR"),
    P("BK6-0303", "L642", "2026-11-23", "1260.00", "EUR", "+++090/1234/56781+++ FOURNIL D OR"),
]

REPLIES = [
    # ---- promesses
    R("L641", "2026-11-17T19:00:00+01:00", "Bonsoir, virement jeudi. S. Martin", "promise_to_pay", date="2026-11-19", fam=["date:bare-weekday", "setting:optician"], sender=1, quote="none"),
    R("L641", "2026-11-24T10:00:00+01:00", "Bonjour,\nLe règlement sera effectué le 4/12.\nCordialement\nComptabilité Optique Lumière", "promise_to_pay", date="2026-12-04", fam=["date:numeric-dm", "setting:optician"], sender=0),
    R("L641", "2026-11-26T18:00:00+01:00", "Bonjour, ce sera vend. prochain, désolée pour le retard. Sophie Martin", "promise_to_pay", date="2026-12-04", fam=["date:next-weekday-abbrev"], sender=1),
    R("L641", "2026-11-19T11:00:00+01:00", "Bonjour, paiement début de la semaine prochaine. Cordialement, S. Martin", "promise_to_pay", date="2026-11-23", fam=["date:early-next-week"], sender=1),
    R("L642", "2026-11-19T06:00:00+01:00", "Bonjour, je paie lundi 30. Julien, Fournil d'Or", "promise_to_pay", date="2026-11-30", fam=["date:weekday-day", "locale:fr-BE", "setting:bakery"], sender=1, quote="none"),
    R("L642", "2026-11-25T14:00:00+01:00", "Bonjour, je vous règle ça dans quinze jours, promis. Julien", "promise_to_pay", date="2026-12-09", fam=["date:quinze-jours", "locale:fr-BE"], sender=1),
    R("L642", "2026-11-27T07:00:00+01:00", "Bonjour, je paierai dès que la banque m'accorde la rallonge de crédit. Julien Lambert", "promise_to_pay", human=["conditional"], fam=["promise:conditional-undated", "setting:bakery"], sender=1),
    R("L643", "2026-11-18T12:00:00+01:00", "Madame, Monsieur,\n\nLe règlement de la facture 06431 interviendra au plus tard le 10 décembre.\n\nNadia Girard\nResponsable financière", "promise_to_pay", date="2026-12-10", inv=["06431"],
      fam=["date:au-plus-tard", "flag:legal", "setting:event-agency"], sender=1),
    R("L644", "2026-11-20T09:00:00+01:00", "Bonjour, le paiement sera fait en fin de mois. Meilleures salutations, P. Favre", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month", "locale:fr-CH", "setting:lab"], sender=1),
    R("L644", "2026-11-26T16:00:00+01:00", "Bonjour, la facture passe au conseil d'administration du 3 décembre; le paiement suivra le 7 décembre. P. Favre", "promise_to_pay", date="2026-12-07",
      fam=["date:meeting-before-payment", "locale:fr-CH"], sender=1),
    R("L644", "2026-11-18T10:00:00+01:00", "Bonjour, versement prévu en semaine 49. Service finances", "promise_to_pay", date="2026-12-04", fam=["date:calendar-week", "locale:fr-CH"], sender=0),
    R("L645", "2026-11-16T08:00:00+01:00", "Bonjour, le trésorier signe les virements le mardi : ce sera mardi 24. M. Blanc", "promise_to_pay", date="2026-11-24", fam=["date:weekday-day", "setting:farm-coop"], sender=1),
    R("L645", "2026-11-23T09:00:00+01:00", "Bonjour, la 06452 partira le 27/11 et la 06451 mi-décembre. Trésorerie", "promise_to_pay", date="2026-11-27", inv=["06452", "06451"],
      fam=["date:numeric-dm", "date:two-dates-two-invoices", "setting:farm-coop"], sender=0),
    R("L645", "2026-11-25T17:00:00+01:00", "Bonjour, nous réglerons 3 000 € vendredi et le solde après la vente de la récolte. Marc Blanc", "promise_to_pay", date="2026-11-27", amount="3000.00", human=["partial", "conditional"],
      fam=["promise:partial", "promise:conditional", "setting:farm-coop"], sender=1),
    R("L646", "2026-11-20T13:00:00-05:00", "Bonjour, le paiement sera fait d'ici la fin de la semaine prochaine. Louise Roy", "promise_to_pay", date="2026-11-27", fam=["date:end-of-next-week", "locale:fr-CA", "setting:municipal-utility"], sender=1),
    R("L646", "2026-11-24T10:00:00-05:00", "Bonjour, le paiement était prévu le 25 novembre, mais la résolution du conseil municipal a été reportée : il sera fait le 2 décembre. Comptes payables", "promise_to_pay",
      date="2026-12-02", fam=["date:moved", "locale:fr-CA", "setting:municipal-utility"], sender=0),
    # ---- déjà payé
    R("L641", "2026-11-23T09:30:00+01:00", "Bonjour, payé vendredi dernier, les deux factures. Compta", "already_paid", fam=["paid:matched"], sender=0),
    R("L642", "2026-11-24T07:00:00+01:00", "Bonjour, c'est payé hier avec la communication +++090/1234/56781+++. Julien", "already_paid", ref="+++090/1234/56781+++", fam=["paid:structured-communication", "locale:fr-BE"], sender=1),
    R("L645", "2026-11-25T10:00:00+01:00", "Bonjour, la 06451 a été réglée hier par virement. Trésorerie", "already_paid", inv=["06451"], fam=["paid:matched-one-invoice", "setting:farm-coop"], sender=0),
    R("L644", "2026-11-19T11:00:00+01:00", "Bonjour, le paiement a été effectué le 12.11. Meilleures salutations, Finances", "already_paid", human=["no matching payment"], fam=["paid:no-bank-line", "locale:fr-CH"], sender=0),
    # ---- litiges, copies, changements, échéanciers
    R("L643", "2026-11-20T15:00:00+01:00", "Madame, Monsieur, nous contestons la facture 06431 : la sonorisation du salon n'était pas conforme au cahier des charges. Notre avocat vous adressera une mise en demeure. N. Girard",
      "dispute", inv=["06431"], fam=["dispute:legal-threat", "flag:legal"], sender=1),
    R("L646", "2026-11-19T11:00:00-05:00", "Bonjour, vous avez facturé la TPS et la TVQ alors que la Régie en est exemptée. Merci de nous réémettre la facture sans taxes. Louise Roy", "dispute",
      fam=["dispute:tax-exempt-reissue", "locale:fr-CA"], sender=1),
    R("L641", "2026-11-18T10:00:00+01:00", "Bonjour, pourriez-vous nous renvoyer la facture 06412, nous ne la trouvons pas. Merci. Compta", "invoice_resend", inv=["06412"], fam=["resend:copy"], sender=0),
    R("L645", "2026-11-18T09:00:00+01:00", "Bonjour, merci de nous adresser un relevé de compte à jour. Trésorerie", "invoice_resend", fam=["resend:statement", "setting:farm-coop"], sender=0),
    R("L643", "2026-11-24T11:00:00+01:00", "Bonjour, nos factures doivent désormais être déposées sur Chorus Pro avec le numéro d'engagement AEA-BC-552. Merci de redéposer la 06431. Comptabilité", "po_change", inv=["06431"],
      fam=["po:chorus-pro", "flag:legal"], sender=0),
    R("L645", "2026-11-20T14:00:00+01:00", "Bonjour, suite à la fusion nous avons un nouveau SIRET (512 884 339 00027) et une nouvelle adresse de facturation. Merci de réémettre les factures. M. Blanc", "po_change",
      fam=["po:siret", "setting:farm-coop"], sender=1),
    R("L642", "2026-11-20T06:30:00+01:00", "Bonjour, est-ce que je peux payer en trois fois ? L'hiver est calme. Julien", "payment_plan_request", fam=["plan:instalments", "locale:fr-BE"], sender=1),
    R("L644", "2026-11-24T10:00:00+01:00", "Bonjour, nous proposons un échéancier : 2 000 € le 15 décembre, puis le solde en deux mensualités. P. Favre", "payment_plan_request", date="2026-12-15", amount="2000.00",
      fam=["plan:proposal-dated", "locale:fr-CH"], sender=1),
    # ---- absences, NDR, mauvais contact, autres
    R("L641", "2026-11-20T09:06:00+01:00", "Bonjour, je suis absente jusqu'au 25 novembre inclus. Pour toute urgence : compta@optique-lumiere.example", "out_of_office",
      subject="Réponse automatique : Relance : factures échues – Optique Lumière SARL", headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("L646", "2026-11-23T09:06:00-05:00", "Je suis en congé jusqu'au 11 janvier 2027. Pour les comptes payables, écrivez à comptes.payables@eaux-beaupre.example.", "out_of_office", human=["absence longer than 14 days"],
      subject="Absence du bureau", headers=AUTO, fam=["ooo:long", "locale:fr-CA"], sender=1, quote="none"),
    R("L644", "2026-11-17T09:06:00+01:00", "Votre message n'a pas pu être remis.\n\nDestinataire : p.favre@analytica-geneve.example\nErreur : 550 5.1.1 Adresse inconnue", "bounce", sender="postmaster@analytica-geneve.example",
      subject="Non remis : Relance : factures échues", dsn=("p.favre@analytica-geneve.example", "5.1.1"), fam=["bounce:french"], gap_days=0),
    R("L642", "2026-11-26T09:06:00+01:00", "Ceci est un message automatique.\n\nLe message destiné à j.lambert@fournil-dor.example n'a pas pu être distribué : boîte aux lettres pleine (552 5.2.2).", "bounce",
      sender="mailer-daemon@mx.fournil-dor.example", subject="Échec de la remise du message", dsn=("j.lambert@fournil-dor.example", "5.2.2"), fam=["bounce:mailbox-full"], gap_days=0),
    R("L645", "2026-11-26T11:00:00+01:00", "Bonjour, je ne suis plus trésorier depuis l'assemblée générale. Écrivez à Mme Durand, durand.compta@cabinet-durand.example, qui tient nos comptes. M. Blanc",
      "wrong_contact", fam=["wc:new-contact-other-domain", "setting:farm-coop"], sender=1),
    R("L646", "2026-11-17T10:00:00-05:00", "Bonjour, je travaille au service des travaux publics, pas aux comptes payables. Veuillez écrire à comptes.payables@. Merci", "wrong_contact", fam=["wc:wrong-person", "locale:fr-CA"],
      sender="l.roy-tp@eaux-beaupre.example"),
    R("L643", "2026-11-26T10:00:00+01:00", "Bonjour, votre relance est-elle authentique ? Nous avons reçu un courriel nous demandant de payer sur un nouvel IBAN. Merci de nous rappeler. Comptabilité", "other",
      human=["fraud check"], fam=["other:fraud-check", "flag:legal"], sender=0),
    R("L641", "2026-11-27T10:00:00+01:00", "Bien reçu, merci.", "other", fam=["other:ack", "no-action"], sender=1, quote="none"),
]
