"""French replies (field5, hand-written): a dental practice, a Belgian craft brewery, a Québec film production, a Swiss
veterinary clinic, a family print shop whose books the owner's wife keeps, and an embassy in Paris."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK5-0201", "K541", "2026-11-19", "2435.00", "EUR", "CHQ 4471203", "cheque"),
    P("BK5-0202", "K542", "2026-11-20", "4260.00", "EUR", "+++095/4210/77312+++ BRASSERIE DE LA SENNE"),
    P("BK5-0203", "K543", "2026-11-25", "9870.00", "CAD", "VIR PRODUCTIONS ERABLE ROUGE"),
    P("BK5-0204", "K544", "2026-11-18", "3120.00", "EUR", "CLINIQUE VETERINAIRE DU LAC"),
    P("BK5-0205", "K545", "2026-11-19", "690.00", "EUR", "VIR IMPRIMERIE VASSEUR FACT 95452"),
]

REPLIES = [
    # ---- promesses
    R("K541", "2026-11-23T11:20:00+01:00", "Bonjour, le docteur me charge de vous dire que le règlement partira jeu.\nLe secrétariat", "promise_to_pay", date="2026-11-26",
      fam=["date:abbrev-weekday", "voice:receptionist", "setting:dental"], sender=0),
    R("K541", "2026-11-24T23:05:00+01:00", "Bonsoir, je vous règle le 30, promis. Désolée pour le retard, fin d'année chargée.\nH. Morel", "promise_to_pay", date="2026-11-30",
      fam=["date:ordinal-alone", "voice:owner-phone-night"], sender=1, quote="none"),
    R("K541", "2026-11-20T09:40:00+01:00", "Bonjour, les deux factures seront réglées le mardi 1er décembre.\nCordialement, le secrétariat", "promise_to_pay", date="2026-12-01",
      fam=["date:weekday-ordinal"], sender=0),
    R("K542", "2026-11-25T10:00:00+01:00", "Bonjour,\n\nLe paiement sera effectué pour le 4/12.\n\nBien à vous,\nLaurent Dubois\nBrasserie de la Senne", "promise_to_pay", date="2026-12-04",
      fam=["date:numeric-dm", "locale:fr-BE", "setting:brewery"], sender=1),
    R("K542", "2026-11-18T16:30:00+01:00", "Bonjour, nous payerons dans quinze jours, après la facturation de nos clients horeca. Bien à vous, la compta", "promise_to_pay", date="2026-12-02",
      fam=["date:quinze-jours", "locale:fr-BE"], sender=0),
    R("K543", "2026-11-17T14:15:00-05:00", "Allô, on va vous payer jeudi prochain, là. Le producteur a signé.\nMarie-Ève", "promise_to_pay", date="2026-11-26",
      fam=["date:next-weekday", "locale:fr-CA", "setting:film"], sender=1),
    R("K543", "2026-11-20T10:30:00-05:00", "Bonjour, le paiement sera fait à la fin du tournage, soit le 11 décembre. Merci de votre patience!\nComptabilité de production", "promise_to_pay",
      date="2026-12-11", fam=["date:day-month", "locale:fr-CA", "setting:film"], sender=0),
    R("K543", "2026-11-24T15:45:00-05:00", "Bonjour, on paye à la fin du mois prochain, quand le crédit d'impôt entre. Bonne journée!\nMarie-Ève Gagnon", "promise_to_pay", date="2026-12-31",
      fam=["date:end-next-month", "locale:fr-CA"], sender=1),
    R("K544", "2026-11-18T08:50:00+01:00", "Bonjour, le versement sera effectué d'ici la fin de la semaine prochaine. Meilleures salutations, C. Rochat", "promise_to_pay", date="2026-11-27",
      fam=["date:end-next-week", "locale:fr-CH", "setting:veterinary"], sender=1),
    R("K545", "2026-11-17T21:30:00+01:00", "Bonsoir, je m'occupe des papiers pour mon mari. Nous réglerons début décembre.\nElise Vasseur", "promise_to_pay", date="2026-12-01",
      fam=["date:start-next-month", "writer:spouse-books", "setting:printer"], sender=2),
    R("K545", "2026-11-20T12:00:00+01:00", "Bonjour, on vous paiera dès que la mairie nous aura réglé les affiches des élections. Cordialement, P. Vasseur", "promise_to_pay",
      human=["conditional"], fam=["promise:conditional", "setting:printer"], sender=1),
    R("K545", "2026-11-23T18:40:00+01:00", "Je vous fais un virement de 1 000 € vendredi et le solde en janvier. Elise", "promise_to_pay", date="2026-11-27", amount="1000.00",
      fam=["promise:partial", "writer:spouse-books"], sender=2, quote="none"),
    R("K546", "2026-11-24T10:00:00+01:00", "Madame, Monsieur,\n\nLe règlement de la facture INV-2026-95461 interviendra en semaine 49.\n\nVeuillez agréer nos salutations distinguées.\nService financier de l'Ambassade",
      "promise_to_pay", date="2026-12-04", inv=["95461"], fam=["date:calendar-week", "setting:embassy"], sender=0),
    R("K546", "2026-11-20T15:00:00+01:00", "Madame, Monsieur,\n\nInitialement prévu le 25 novembre, le paiement a été décalé au 8 décembre en raison de la clôture budgétaire.\n\nAmine Benali\nAttaché financier",
      "promise_to_pay", date="2026-12-08", fam=["date:moved", "setting:embassy"], sender=1),
    # ---- déjà payé
    R("K541", "2026-11-20T10:00:00+01:00", "Bonjour, réglé par chèque n° 4471203 envoyé le 16/11. Cordialement, le secrétariat", "already_paid", ref="4471203", fam=["paid:cheque", "setting:dental"], sender=0),
    R("K542", "2026-11-23T09:15:00+01:00", "Bonjour, payé le 20/11 avec la communication structurée +++095/4210/77312+++. Bien à vous", "already_paid", ref="+++095/4210/77312+++",
      fam=["paid:structured-communication", "locale:fr-BE"], sender=0),
    R("K543", "2026-11-26T09:00:00-05:00", "C'est payé!", "already_paid", fam=["paid:bare", "locale:fr-CA"], sender=1, quote="none"),
    R("K544", "2026-11-19T14:00:00+01:00", "Bonjour, nous avons payé le 18.11. Pouvez-vous débloquer notre compte pour les commandes de vaccins? Salutations, C. Rochat", "already_paid",
      fam=["paid:matched-flagged", "locale:fr-CH"], sender=1),
    R("K545", "2026-11-21T10:30:00+01:00", "Bonjour, nous avons réglé la facture 95452 (690 €) le 19/11. L'autre suivra. Elise Vasseur", "already_paid", inv=["95452"],
      fam=["paid:one-of-two", "writer:spouse-books"], sender=2),
    # ---- contestations, copies, changements, échéanciers
    R("K544", "2026-11-23T11:00:00+01:00", "Bonjour, sur la facture 95441 les trois lots de vaccins sont facturés deux fois. Merci de corriger. C. Rochat", "dispute", inv=["95441"],
      fam=["dispute:duplicate", "locale:fr-CH", "setting:veterinary"], sender=1),
    R("K546", "2026-11-18T10:20:00+01:00", "Madame, Monsieur,\n\nEn tant que mission diplomatique, l'Ambassade est exonérée de TVA. Nous vous prions de bien vouloir réémettre la facture 95461 hors taxes.\n\nService financier",
      "dispute", inv=["95461"], fam=["dispute:tax-exempt-reissue", "setting:embassy"], sender=0),
    R("K542", "2026-11-17T11:30:00+01:00", "Bonjour, on n'a jamais reçu cette facture. Pouvez-vous nous la renvoyer svp? Merci, la compta", "invoice_resend", fam=["resend:never-received", "locale:fr-BE"], sender=0),
    R("K545", "2026-11-25T20:15:00+01:00", "Bonsoir, pourriez-vous m'envoyer un relevé de compte? Je m'y perds un peu dans les factures de mon mari. Merci, Elise", "invoice_resend",
      fam=["resend:statement", "writer:spouse-books"], sender=2),
    R("K543", "2026-11-19T13:00:00-05:00", "Bonjour, à partir de maintenant, toutes les factures doivent être déposées sur notre portail fournisseurs (Ariba), sinon elles ne seront pas payées. Merci de déposer la 95431.\nComptabilité",
      "po_change", inv=["95431"], fam=["po:portal", "locale:fr-CA"], sender=0),
    R("K541", "2026-11-26T09:30:00+01:00", "Bonjour, le cabinet est devenu la SELARL Cabinet Dentaire des Tilleuls au 1er novembre. Merci de refaire les factures à ce nom, avec le nouveau SIRET 912 334 556 00018.\nDr Morel",
      "po_change", fam=["po:company-name"], sender=1),
    R("K542", "2026-11-24T17:00:00+01:00", "Bonjour, serait-il possible d'étaler le montant en 3 mensualités? La saison est calme. Bien à vous, Laurent", "payment_plan_request",
      fam=["plan:instalments", "locale:fr-BE"], sender=1),
    R("K545", "2026-11-26T19:00:00+01:00", "Bonsoir, nous proposons de payer 500 € par mois à partir du 5 décembre, si vous êtes d'accord. Elise Vasseur", "payment_plan_request", date="2026-12-05",
      amount="500.00", fam=["plan:proposal", "writer:spouse-books"], sender=2),
    # ---- absences, non-remises, mauvais contact, autres
    R("K546", "2026-11-20T09:06:00+01:00", "Je suis absent du bureau jusqu'au 4 janvier 2027. Pour toute question urgente, merci de contacter service.financier@lorvanie-ambassade.example.", "out_of_office",
      human=["absence longer than 14 days"], subject="Réponse automatique : Relance : factures échues – Ambassade du Royaume de Lorvanie", headers=MS_AUTO,
      fam=["ooo:long", "setting:embassy"], sender=1, quote="none"),
    R("K543", "2026-11-24T09:06:00-05:00", "Bonjour! Je suis absente du bureau jusqu'au 30 novembre inclusivement. Pour une urgence, écrivez à comptabilite@erablerouge-prod.example. Merci!",
      "out_of_office", subject="Réponse automatique : Relance : factures échues – Productions Érable Rouge inc.", headers=AUTO, fam=["ooo:short", "locale:fr-CA"], sender=1, quote="none"),
    R("K545", "2026-11-16T09:06:00+01:00", "Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\np.vasseur@imprimerie-vasseur.example\nL'adresse e-mail que vous avez entrée est introuvable.\n\nInformations de diagnostic pour les administrateurs :\n550 5.1.1 Utilisateur inconnu",
      "bounce", sender="postmaster@imprimerie-vasseur.example", subject="Non remis : Relance : factures échues – Imprimerie Vasseur & Fils", dsn=("p.vasseur@imprimerie-vasseur.example", "5.1.1"),
      fam=["bounce:exchange-french"], gap_days=0),
    R("K542", "2026-11-19T09:06:00+01:00", "Ceci est un message automatique.\n\nVotre message n'a pas pu être délivré au destinataire suivant : l.dubois@senne-artisanale.example\nRaison : boîte aux lettres pleine (552 5.2.2).",
      "bounce", sender="mailer-daemon@mail.senne-artisanale.example", subject="Échec de la remise du message", dsn=("l.dubois@senne-artisanale.example", "5.2.2"),
      fam=["bounce:french-hoster", "bounce:mailbox-full"], gap_days=0),
    R("K545", "2026-11-27T09:00:00+01:00", "Bonjour, mon mari a passé la main, c'est notre fils Julien qui gère l'imprimerie maintenant : julien@imprimerie-vasseur.example. Elise", "wrong_contact",
      fam=["wc:new-contact", "writer:spouse-books"], sender=2),
    R("K543", "2026-11-26T11:00:00-05:00", "Bonjour, Marie-Ève a terminé son contrat à la fin du tournage. Écrivez à comptabilite@erablerouge-prod.example dorénavant. Merci!\nProduction", "wrong_contact",
      fam=["wc:person-left", "locale:fr-CA", "setting:film"], sender=0),
    R("K541", "2026-11-27T10:30:00+01:00", "Merci, bien reçu. Le secrétariat", "other", fam=["other:ack", "no-action"], sender=0, quote="none"),
    R("K546", "2026-11-25T11:00:00+01:00", "Madame, Monsieur,\n\nAfin de régulariser notre dossier, merci de nous transmettre le formulaire d'attestation d'exonération complété et signé par votre société.\n\nService financier",
      "other", human=["tax form"], fam=["other:tax-form", "setting:embassy"], sender=0),
    R("K542", "2026-11-26T15:00:00+01:00", "Madame, Monsieur,\n\nPar jugement du tribunal de l'entreprise de Bruxelles du 23 novembre 2026, la faillite de la SRL Brasserie de la Senne Artisanale a été prononcée. Je vous invite à déposer votre déclaration de créance via Regsol.\n\nMe Olivier Lambert, curateur",
      "other", human=["insolvency notice"], fam=["other:insolvency", "locale:fr-BE"], sender="o.lambert@lambert-avocats.example"),
]
