"""field41 French replies: Bordeaux and Luxembourg (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK41-017", "C4131", "2027-09-08", "5260.00", "EUR", "VIR SCEA LAMOTHE BERGERON FACT 94131"),
    Payment("BK41-018", "C4134", "2027-09-15", "3670.00", "EUR", "LOGICIELS MOSELLE 94135 94136"),
    Payment("BK41-019", "C4132", "2027-09-13", "1500.00", "EUR", "GERANCE KIRCHBERG ECHEANCE 3"),
]

REPLIES = [
    Reply("C4131", at(13, "08:15", CET), """Bonjour,

Nous sommes en pleines vendanges depuis jeudi dernier, je ne passe au bureau qu'une heure par jour. La facture 94132 sera réglée fin septembre, la 94131 a été payée le 8 septembre.

Cordialement,
Élodie Dufau
Gérante – SCEA Château Lamothe-Bergeron
Saint-Émilion""",
          "already_paid", sec=["promise_to_pay"], date="2027-09-30", inv=["94131", "94132"], fam=["mixed_paid_and_promise", "vendanges"],
          note="94131 matches BK41-017"),
    Reply("C4131", at(14, "12:30", CET), """Bonjour,

Vous nous avez facturé 40 barriques de 225 L alors que nous en avons reçu 36. Merci de nous adresser un avoir pour les 4 barriques manquantes.

Bien à vous,
La comptabilité""",
          "dispute", sender=0, fam=["short_delivery"]),
    Reply("C4131", at(15, "19:20", CET), """Bonsoir, règlement de la 94132 vendredi prochain, après la paie des vendangeurs. ED""",
          "promise_to_pay", date="2027-09-24", inv=["94132"], fam=["next_weekday", "vendanges", "voice_mobile"]),
    Reply("C4131", at(16, "09:05", CET), """Bonjour,

Pourriez-vous nous renvoyer la facture 94132 ? Nous ne la retrouvons pas dans nos dossiers.

Merci d'avance,
Comptabilité""",
          "invoice_resend", inv=["94132"], sender=0, fam=["resend_lost"]),
    Reply("C4131", at(13, "07:00", CET), """Bonjour,

Le château est fermé au public pendant les vendanges, jusqu'au 8 octobre inclus. Je consulterai mes messages à mon retour.

Élodie Dufau""",
          "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – SCEA Château Lamothe-Bergeron",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "vendanges"]),
    Reply("C4131", at(14, "17:50", CET), """Bonjour,

Nous réglerons le solde sous huitaine.

Cordialement,
É. Dufau""",
          "promise_to_pay", date="2027-09-21", fam=["sous_huitaine"]),
    Reply("C4131", at(16, "16:40", CET), """Bonjour,

Merci d'indiquer désormais notre numéro d'accise FR0123456E0021 et notre bon de commande sur chaque facture, sans quoi nos douanes refusent l'écriture. Merci de rééditer la 94132.

Comptabilité""",
          "po_change", inv=["94132"], sender=0, fam=["excise_number", "po_missing"]),
    Reply("C4132", at(13, "10:10", CET), """Bonjour,

Conformément à l'échéancier, le troisième versement de 1 500 EUR a été viré ce jour.

Meilleures salutations,
Paul Weber
Gérant – Gérance Kirchberg Immo Sàrl, Luxembourg""",
          "already_paid", human=["amount differs from the open balance (plan instalment)"], fam=["plan_instalment_paid", "voice_luxembourg"],
          note="BK41-019 EUR 1,500 of 8,120"),
    Reply("C4132", at(14, "11:45", CET), """Bonjour,

Serait-il possible de décaler les deux dernières échéances d'un mois ? Nos locataires du Kirchberg paient avec retard depuis la rentrée.

Paul Weber""",
          "payment_plan_request", fam=["plan_deferral_undated", "rentree"]),
    Reply("C4132", at(15, "09:40", CET), """Bonjour,

La prochaine échéance sera virée le 15 octobre, comme prévu.

Cordialement,
Comptabilité""",
          "promise_to_pay", date="2027-10-15", sender=0, human=["partial"], fam=["plan_instalment_promise"]),
    Reply("C4132", at(16, "14:05", CET), """Bonjour,

Je vous informe que je quitte la société à la fin du mois. Merci d'adresser dorénavant vos courriers à Mme Claudine Hoffmann, c.hoffmann@kirchberg-immo.example.

Cordialement,
Paul Weber""",
          "wrong_contact", fam=["wrong_contact_named"]),
    Reply("C4132", at(13, "15:30", CET), """Bonjour,
les frais de relance de 40 EUR ajoutés sur la facture 94133 ne sont pas prévus dans notre accord d'échelonnement. Nous les contestons.
P. Weber""",
          "dispute", fam=["late_fee_dispute"]),
    Reply("C4133", at(13, "11:25", CET), """Bonjour,

Nous sommes en tournage à Arcachon jusqu'au 24 septembre. Le paiement de la facture 94134 sera effectué à la clôture du tournage, soit le 1er octobre.

Bien cordialement,
Aurélie Lacoste
Administratrice de production
Garonne Films Production""",
          "promise_to_pay", date="2027-10-01", fam=["distractor_shoot_date", "explicit_date_ordinal"]),
    Reply("C4133", at(14, "15:15", CET), """Bonjour,

La facture 94134 porte le mauvais code tournage : il faut GFP-TOURNAGE-27-19 (« Les Estacades »), pas 27-14. Merci de la rééditer, notre production executive la rejette.

Aurélie""",
          "po_change", fam=["project_code", "po_correction"]),
    Reply("C4133", at(15, "10:10", CET), """Bonjour,

Pouvons-nous régler 94134 en deux fois : 3 490 € le 30/09 et 3 490 € le 29/10 ? Le CNC ne nous verse l'aide qu'en octobre.

Cordialement,
A. Lacoste""",
          "payment_plan_request", date="2027-09-30", amount="3490.00", fam=["plan_two_parts", "numeric_day_first"]),
    Reply("C4133", at(16, "12:00", CET), """Bonjour,

Le règlement interviendra dès réception du versement du CNC, prévu autour du 15 octobre.

Cordialement,
La comptabilité""",
          "promise_to_pay", date="2027-10-15", sender=0, human=["conditional"], fam=["conditional_grant"]),
    Reply("C4133", at(13, "18:40", CET), """Bonjour,

La location des projecteurs HMI a été facturée pour 15 jours alors que le matériel a été rendu au bout de 11 jours (bon de retour du 3 août). Merci de corriger.

Aurélie Lacoste""",
          "dispute", fam=["rental_days_dispute", "distractor_past_date"]),
    Reply("C4133", at(14, "06:30", CET), """Je suis actuellement en tournage et ne consulte pas mes courriels. Retour le lundi 27 septembre. Pour toute urgence : compta@garonnefilms.example""",
          "out_of_office", headers=AUTO, subject="Absence : Relance : factures échues – Garonne Films Production SAS",
          fam=["ooo_within_14"]),
    Reply("C4134", at(13, "09:50", CET), """Bonjour,

Les deux factures 94135 et 94136 ont été réglées en un seul virement de 3 670,00 EUR.

Avec nos salutations distinguées,
Comptabilité fournisseurs
Logiciels Moselle Distribution S.A.
RCS Luxembourg B 98412""",
          "already_paid", sender=0, fam=["collective_payment", "voice_luxembourg"], note="BK41-018 15 Sep EUR 3,670 = 3,150 + 520"),
    Reply("C4134", at(14, "10:30", CET), """Bonjour,

Merci de noter notre nouveau numéro de TVA intracommunautaire LU31284477 à faire figurer sur toutes vos factures, suite à la fusion avec Logiciels Moselle Holding. Merci de rééditer la 94136.

Nathalie Schmit""",
          "po_change", inv=["94136"], fam=["vat_id", "merger"]),
    Reply("C4134", at(15, "16:25", CET), """Bonjour,

La 94136 concerne des licences que nous avons résiliées au 30 juin. Nous ne la paierons pas.

N. Schmit""",
          "dispute", inv=["94136"], fam=["cancelled_service"]),
    Reply("C4134", at(16, "08:45", CET), """Bonjour,

Paiement de la 94135 prévu le mardi 28 septembre (fin de trimestre oblige).

Cordialement,
Nathalie Schmit
Responsable financière""",
          "promise_to_pay", date="2027-09-28", inv=["94135"], fam=["explicit_date_weekday", "quarter_end"]),
    Reply("C4134", at(13, "14:14", CET), """Bonjour, merci, bien reçu, je transmets à notre comptable.""",
          "other", fam=["no-action", "acknowledgement"]),
    Reply("C4134", at(14, "13:00", CET), """Bonjour,

Auriez-vous l'amabilité de nous transmettre un relevé de compte à fin août ? Notre réviseur le demande.

Cordialement,
Comptabilité fournisseurs""",
          "invoice_resend", sender=0, fam=["statement_request"]),
    Reply("C4134", at(15, "08:00", CET), """Madame, Monsieur,

Ce message ne peut être délivré :
n.schmit@moselle-logiciels.example
550 5.1.1 Adresse du destinataire inconnue""",
          "bounce", sender="postmaster@moselle-logiciels.example", subject="Non remis : Relance : factures échues – Logiciels Moselle Distribution SA",
          dsn=("n.schmit@moselle-logiciels.example", "5.1.1"), lang="fr", fam=["bounce_user_unknown", "bounce_french"]),
    Reply("C4131", at(15, "05:10", CET), """Ceci est un message automatique.
Votre message n'a pas pu être remis à e.dufau@lamothe-bergeron.example : boîte aux lettres pleine (552 5.2.2).""",
          "bounce", sender="mailer-daemon@lamothe-bergeron.example", subject="Échec de la remise : Relance : factures échues – SCEA Château Lamothe-Bergeron",
          dsn=("e.dufau@lamothe-bergeron.example", "5.2.2"), lang="fr", fam=["bounce_mailbox_full", "bounce_french"]),
    Reply("C4133", at(16, "17:45", CET), """Bonjour,

Je suis régisseur plateau, je ne m'occupe pas des factures. Écrivez plutôt à la compta de prod : compta@garonnefilms.example.

Bonne journée""",
          "wrong_contact", sender="regie@garonnefilms.example", fam=["wrong_contact_unnamed"]),
    Reply("C4131", at(13, "13:40", CET), """Bonjour,

Acceptez-vous un règlement par LCR à 30 jours ? C'est notre mode de paiement habituel pendant les vendanges.

Élodie""",
          "other", human=["payment method question"], fam=["payment_method_question", "vendanges"]),
    Reply("C4132", at(16, "10:00", CET), """Bonjour,

Pour info je vous transfère ci-dessous la confirmation de notre banque.

-------- Message transféré --------
De : BGL BNP Paribas <noreply@bgl.example>
Objet : Ordre permanent
Votre ordre permanent de 1 500,00 EUR en faveur de NORTHWIND SUPPLIES GMBH est programmé le 13/10/2027.""",
          "promise_to_pay", date="2027-10-13", amount="1500.00", fam=["forward_bank_schedule", "plan_instalment_promise"]),
    Reply("C4133", at(15, "13:30", CET), """Bonjour,
virement de la 94134 lancé demain matin, promis.
Aurélie""",
          "promise_to_pay", date="2027-09-16", fam=["tomorrow", "voice_mobile"]),
    Reply("C4134", at(16, "11:40", CET), """Bonjour,

Nous réglerons la 94135 début octobre, une fois la TVA du trimestre déclarée chez nous (simple formalité interne).

Cordialement,
N. Schmit""",
          "promise_to_pay", date="2027-10-01", inv=["94135"], fam=["beginning_next_month"]),
    Reply("C4131", at(16, "18:10", CET), """Bonjour,

Je rectifie mon message de lundi : la 94132 partira non pas fin septembre mais le 5 octobre, le Crédit Agricole bloque nos virements pendant la mise à jour de notre contrat.

Élodie Dufau""",
          "promise_to_pay", date="2027-10-05", inv=["94132"], fam=["moved_date", "self_correction"]),
    Reply("C4133", at(13, "09:00", CET), """Bonjour,

Nous vous réglerons d'ici la fin du mois.

Aurélie Lacoste""",
          "promise_to_pay", date="2027-09-30", fam=["end_of_month"]),
    Reply("C4134", at(14, "17:20", CET), """Bonjour, nous réglerons la 94135 sous quinze jours. Cordialement, Comptabilité fournisseurs""",
          "promise_to_pay", date="2027-09-29", inv=["94135"], sender=0, fam=["sous_quinze_jours"]),
    Reply("C4132", at(14, "16:00", CET), """Bonjour,
pouvez-vous confirmer que l'IBAN LU28 0019 4006 4475 0000 est toujours valable ? Nous avons reçu un courrier suspect.
Comptabilité""",
          "other", sender=0, human=["bank details verification"], fam=["bank_change_fraud_check"]),
]
