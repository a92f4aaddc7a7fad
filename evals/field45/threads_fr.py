"""Hand-written French replies: a garden centre in the Loire, a hotel in the Val d'Hérens (Valais) and a Luxembourg
print shop on a plan. Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, CET, CH, LU, at

PAYMENTS = [
    Payment("BK45-030", "Q4531", "2027-06-14", "5460.00", "EUR", "JARDINERIE TROIS CHENES FACT 94541"),
    Payment("BK45-031", "Q4532", "2027-06-16", "8305.00", "CHF", "HOTEL DU GLACIER AROLLA SA"),
    Payment("BK45-032", "Q4533", "2027-06-10", "2910.00", "EUR", "IMPRIMERIE REUTER ECHEANCE 3"),
]

REPLIES = [
    # --- Q4531 Jardinerie des Trois Chênes ---
    Reply("Q4531", at(16, "10:30", CET), """Bonjour,

La facture 94541 a été réglée par virement le 14 juin. La 94542 partira vendredi prochain.

Cordialement,
Sandrine Lebreton
Gérante – Jardinerie des Trois Chênes""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-25", inv=["94541", "94542"],
          fam=["paid-and-promise", "next-weekday"], note="94541 matches BK45-030; 'vendredi prochain' = Friday of next week"),
    Reply("Q4531", at(15, "14:20", CET), """Bonjour, le règlement sera effectué d'ici la fin du mois. Bonne journée, S. Lebreton""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month"]),
    Reply("Q4531", at(17, "11:15", CET), """Madame, Monsieur,

Sur la facture 94542, les 200 godets de lavande sont arrivés complètement desséchés, le transporteur les avait laissés trois jours au soleil. Nous refusons de payer cette partie et attendons un avoir.

Cordialement
La comptabilité""",
          "dispute", inv=["94542"], sender=0, fam=["dispute-damaged"]),
    Reply("Q4531", at(14, "08:00", CET), """Bonjour,
Je suis absente du 14 au 25 juin inclus. Pour toute urgence, merci de contacter compta@jardinerie-troischenes.example.
Sandrine Lebreton""",
          "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Jardinerie des Trois Chênes SARL",
          fam=["ooo-auto", "ooo-within-14"]),
    Reply("Q4531", at(17, "16:40", CET), """Bonjour, nous réglerons sous huitaine. Cordialement.""",
          "promise_to_pay", date="2027-06-25", sender=0, fam=["sous-huitaine"], note="sous huitaine = +8 as written (field15's reading)"),
    Reply("Q4531", at(15, "09:50", CET), """Bonjour,

Pourriez-vous nous renvoyer la facture 94542 ? Elle ne nous est jamais parvenue, d'où le retard.

Merci d'avance
La comptabilité""",
          "invoice_resend", inv=["94542"], sender=0, fam=["resend", "never-received"]),
    Reply("Q4531", at(18, "12:35", CET), """Bonjour,

Nous serons fermés pour inventaire du 28 au 30 juin. Le virement sera donc fait le 5 juillet, à la réouverture de la comptabilité.

Bien à vous,
Sandrine""",
          "promise_to_pay", date="2027-07-05", fam=["distractor-dates", "explicit-date"]),
    Reply("Q4531", at(16, "15:05", CET), """Bonjour,

La saison a été très mauvaise à cause des pluies de mai. Serait-il possible de régler la 94541 en trois fois : 1 820 € le 30 juin, le 30 juillet et le 30 août ?

Merci de votre compréhension,
Sandrine Lebreton""",
          "payment_plan_request", date="2027-06-30", amount="1820.00", inv=["94541"], fam=["plan-instalments"]),
    Reply("Q4531", at(17, "18:25", CET), """Ce sera payé mardi. SL

Envoyé de mon iPhone""",
          "promise_to_pay", date="2027-06-22", fam=["bare-weekday", "phone"], quote="none"),
    Reply("Q4531", at(16, "09:15", CET), """Bonjour,

Je ne m'occupe plus de la comptabilité de la jardinerie. Merci de vous adresser désormais à notre cabinet comptable : Cabinet Ferrand, ferrand.compta@cabinet-ferrand.example.

Cordialement""",
          "wrong_contact", sender=0, fam=["wrong-contact-accountant"]),
    Reply("Q4531", at(18, "09:02", CET), """Merci, bien reçu.""",
          "other", sender=0, fam=["no-action", "acknowledgement"]),
    Reply("Q4531", at(14, "17:45", CET), """Bonjour, virement demain sans faute. Sandrine""",
          "promise_to_pay", date="2027-06-15", fam=["tomorrow"]),

    # --- Q4532 Hôtel du Glacier d'Arolla (Valais) ---
    Reply("Q4532", at(18, "10:10", CH), """Bonjour,

Nous avons réglé les deux factures le 16 juin, CHF 8'305.– au total. Merci de vérifier de votre côté.

Meilleures salutations
Pascal Follonier
Directeur""",
          "already_paid", fam=["paid-date", "swiss-number"], note="matches BK45-031"),
    Reply("Q4532", at(14, "15:30", CH), """Bonjour, nous réglerons fin juin. Meilleures salutations, P. Follonier""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month"]),
    Reply("Q4532", at(15, "10:55", CH), """Bonjour,

Merci d'adresser dorénavant vos factures à notre nouvelle raison sociale : Arolla Glacier Hospitality SA, IDE CHE-412.889.305 TVA, même adresse. Pourriez-vous réémettre les factures 94543 et 94544 ?

Meilleures salutations
Administration""",
          "po_change", inv=["94543", "94544"], sender=0, fam=["legal-entity", "reissue"]),
    Reply("Q4532", at(15, "07:45", CH), """Bonjour,

Je suis absent jusqu'au 5 juillet (ouverture de la saison d'été, je suis à la réception tous les jours). Je traiterai votre courriel à mon retour au bureau.

P. Follonier""",
          "out_of_office", human=["absence over 14 days", "written by a person"], fam=["ooo-typed", "ooo-long"]),
    Reply("Q4532", at(16, "13:40", CH), """Bonjour,
Le paiement sera effectué à la fin de la semaine prochaine.
Salutations
Administration""",
          "promise_to_pay", date="2027-06-25", sender=0, fam=["end-of-next-week"]),
    Reply("Q4532", at(17, "14:15", CH), """Bonjour,

La facture 94544 compte 14 matelas alors que nous n'en avons reçu que 12 (bon de livraison signé en pièce jointe). Nous vous prions de la corriger.

Administration""",
          "dispute", inv=["94544"], sender=0, attachments=[("BL_2027_0518.pdf", "application/pdf", "Bon de livraison: 12 matelas")],
          fam=["dispute-short-delivery"]),
    Reply("Q4532", at(15, "16:50", CH), """Bonjour,

Nous verserons septante pour cent vendredi et le solde début juillet, quand les premières réservations seront encaissées.

P. Follonier""",
          "promise_to_pay", date="2027-06-18", human=["partial"], fam=["septante", "partial", "bare-weekday"],
          note="seventy per cent on Friday, no amount written"),
    Reply("Q4532", at(14, "09:06", CH), """Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis au destinataire suivant :

administration@hotel-glacier-arolla.example
Raison : 550 5.1.1 Adresse de destination inconnue""",
          "bounce", sender="postmaster@hotel-glacier-arolla.example", subject="Non remis : Relance : factures échues – Hôtel du Glacier d'Arolla SA",
          dsn=("administration@hotel-glacier-arolla.example", "5.1.1"), fam=["bounce-french"], gap_days=0),
    Reply("Q4532", at(17, "10:00", CH), """Bonjour, le virement part le 1er juillet. Salutations""",
          "promise_to_pay", date="2027-07-01", sender=0, fam=["explicit-date"]),
    Reply("Q4532", at(16, "18:10", CH), """Bonsoir,
Ce sera fait lundi 21, je signe les paiements ce jour-là.
PF""",
          "promise_to_pay", date="2027-06-21", fam=["weekday-and-date"]),
    Reply("Q4532", at(17, "08:20", CH), """Bonjour,
Pourriez-vous nous faire parvenir un relevé de compte complet ? Nous ne retrouvons pas toutes les factures.
Merci, Administration""",
          "invoice_resend", sender=0, fam=["statement"]),
    Reply("Q4532", at(18, "16:30", CH), """Bonjour, le paiement interviendra dans les dix jours. Cordialement, P. Follonier""",
          "promise_to_pay", date="2027-06-28", fam=["relative-span"]),

    # --- Q4533 Imprimerie Reuter & Fils (Luxembourg, plan) ---
    Reply("Q4533", at(14, "11:40", LU), """Bonjour,

La troisième échéance de 2 910 € a été versée le 10 juin, comme prévu dans notre accord. Votre relance a dû se croiser avec notre virement.

Cordialement
Claude Reuter""",
          "already_paid", human=["amount differs"], fam=["plan-instalment", "paid-date"],
          note="BK45-032 matches the instalment; below the open balance"),
    Reply("Q4533", at(15, "09:25", LU), """Bonjour, la quatrième échéance sera versée le 10 juillet comme convenu. Cordialement, C. Reuter""",
          "promise_to_pay", date="2027-07-10", human=["partial"], fam=["plan-instalment", "explicit-date"]),
    Reply("Q4533", at(16, "14:10", LU), """Bonjour,

Suite à la perte d'un gros client, nous souhaiterions étaler le solde sur six mois au lieu de trois, à partir du 10 juillet. Cela vous conviendrait-il ?

Bien à vous
Claude Reuter""",
          "payment_plan_request", date="2027-07-10", fam=["plan-change", "si-ca-vous-convient"]),
    Reply("Q4533", at(17, "08:10", LU), """Bonjour,
Nous sommes absents jusqu'au jeudi 24 juin inclus (Fête nationale le 23). Votre message sera traité à notre retour.
Imprimerie Reuter & Fils""",
          "out_of_office", headers=AUTO, sender=0, subject="Absence : Relance : factures échues – Imprimerie Reuter & Fils Sàrl",
          fam=["ooo-auto", "ooo-within-14", "holiday"]),
    Reply("Q4533", at(15, "15:40", LU), """Bonjour,
Merci de nous envoyer un échéancier à jour avec les versements déjà effectués.
La comptabilité""",
          "invoice_resend", sender=0, fam=["statement", "plan"]),
    Reply("Q4533", at(16, "10:20", LU), """Bonjour,

J'ai cédé l'imprimerie au 1er juin. Le nouveau gérant est M. Paul Schmit, p.schmit@imprimerie-reuter.example. Merci de vous adresser à lui.

Claude Reuter""",
          "wrong_contact", fam=["wrong-contact-sold"]),
    Reply("Q4533", at(18, "09:06", LU), """Ceci est le programme de distribution du serveur mail.imprimerie-reuter.example.
Le message n'a pas pu être distribué aux destinataires suivants. Erreur permanente.

<comptabilite@imprimerie-reuter.example> : boîte aux lettres désactivée (550 5.2.1)""",
          "bounce", sender="MAILER-DAEMON@mail.imprimerie-reuter.example", subject="Message non remis",
          dsn=("comptabilite@imprimerie-reuter.example", "5.2.1"), fam=["bounce-french"], gap_days=0),
    Reply("Q4533", at(17, "11:55", LU), """Bonjour,

Avez-vous bien reçu notre certificat de résidence fiscale luxembourgeois que votre service demandait en mai ? Sans confirmation de votre part, notre banque bloque les virements vers l'Allemagne au-delà de 10 000 €.

Cordialement
La comptabilité""",
          "other", sender=0, human=["tax form question"], fam=["tax-form"]),
    Reply("Q4533", at(14, "16:05", LU), """Bonjour,
Le virement de l'échéance de juin sera fait mercredi 30.
Claude Reuter""",
          "promise_to_pay", date="2027-06-30", human=["partial"], fam=["plan-instalment", "weekday-and-date"]),
    Reply("Q4533", at(18, "14:30", LU), """Madame, Monsieur,

Les pénalités de retard de 40 € ajoutées sur votre dernier relevé ne sont pas prévues dans notre accord d'échelonnement. Nous ne les réglerons pas.

C. Reuter""",
          "dispute", fam=["dispute-fees", "plan"]),
    Reply("Q4533", at(15, "13:05", LU), """Bonjour,

Pour le compte de notre client, l'Imprimerie Reuter & Fils, nous vous informons que le virement de l'échéance de juin sera exécuté le 25/06.

Fiduciaire Weber & Associés
Service comptabilité""",
          "promise_to_pay", date="2027-06-25", sender="compta@fiduciaire-weber.example", human=["partial"],
          fam=["fiduciaire", "unknown-sender", "numeric-date-dmy"]),
    Reply("Q4533", at(16, "17:30", LU), """Bonjour, l'échéance part après-demain. Cordialement""",
          "promise_to_pay", date="2027-06-18", sender=0, human=["partial"], fam=["day-after-tomorrow", "plan-instalment"]),
]
