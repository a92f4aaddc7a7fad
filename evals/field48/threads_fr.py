"""Hand-written field48 replies in French: a Chartres stained-glass workshop, an Ardennes circus (strategic, Belgian
French, Peppol) and a Laurentian mushroom farm on credit hold (Québec, tutoiement, Journée nationale des patriotes)."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, CET, QC, at

PAYMENTS = [
    Payment("BK48-017", "M4831", "2027-05-10", "725.00", "EUR", "CHQ 4410287 ATELIER VITRAIL LEMAIRE", method="cheque"),
    Payment("BK48-018", "M4832", "2027-05-12", "12700.00", "EUR", "+++948/4300/12703+++"),
    Payment("BK48-019", "M4833", "2027-05-11", "1310.00", "CAD", "CHAMPIGNONNIERE BASSES-LAUR"),
]

REPLIES = [
    # --- M4831 Atelier Vitrail Lemaire (Chartres, fr-FR) ---
    Reply("M4831", at(12, "10:20", CET), """Bonjour,

Le règlement des deux factures partira mardi 18 mai, le lundi étant férié (Pentecôte).

Cordialement,
Sylvie Lemaire
Gérante - Atelier Vitrail Lemaire""", "promise_to_pay", date="2027-05-18", fam=["promise-date", "holiday"]),
    Reply("M4831", at(10, "15:05", CET), """Bonjour, règlement par virement le 31/05. Cordialement, la comptabilité""", "promise_to_pay", date="2027-05-31", sender=0,
          fam=["promise-date", "day-first", "terse"]),
    Reply("M4831", at(11, "09:35", CET), """Bonjour,

Nous avons réglé la facture 94842 par chèque n° 4410287, envoyé le 5 mai. Il a dû vous parvenir depuis.

Bien cordialement,
Comptabilité""", "already_paid", inv=["94842"], ref="4410287", sender=0, fam=["paid-matched", "cheque"], note="BK48-017, cheque 4410287 banked 10 May"),
    Reply("M4831", at(11, "16:40", CET), """Madame, Monsieur,

Le verre soufflé bouche livré avec la facture 94841 ne correspond pas à la teinte commandée (bleu de Chartres réf. 2214, nous avons reçu un bleu cobalt 2230). Ces plaques sont inutilisables pour la restauration de la baie 12. Nous vous les tenons à disposition et attendons un avoir.

Sylvie Lemaire""", "dispute", inv=["94841"], fam=["dispute-wrong-goods", "formal"]),
    Reply("M4831", at(12, "17:50", CET), """Bonjour, je vous règle sous quinzaine. S. Lemaire""", "promise_to_pay", date="2027-05-26", fam=["promise-date", "relative-span", "terse"]),
    Reply("M4831", at(11, "07:30", CET), """Bonjour,

Je suis absente jusqu'au lundi 24 mai inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter l'atelier au 02 37 55 41 90.

Sylvie Lemaire""", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Atelier Vitrail Lemaire", quote="none",
          fam=["ooo-short"], note="back 25 May, 14 days after the 11th"),
    Reply("M4831", at(13, "11:25", CET), """Bonjour,

Serait-il possible de régler la facture 94841 en deux fois : 1 980 € fin mai et 1 980 € fin juin ? Le chantier de la cathédrale nous sera payé par la DRAC avec du retard.

Merci d'avance,
Sylvie Lemaire""", "payment_plan_request", date="2027-05-31", amount="1980.00", inv=["94841"], fam=["plan-request", "month-end"]),
    Reply("M4831", at(10, "11:00", CET), """Bonjour, nous n'avons jamais reçu la facture 94842. Pouvez-vous nous la renvoyer ? Merci""", "invoice_resend", inv=["94842"], sender=0,
          fam=["resend", "never-received"]),
    Reply("M4831", at(10, "18:10", CET), """Vendredi prochain sans faute. Sylvie""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "next-weekday", "terse"],
          note="written Monday: Friday of next week"),
    Reply("M4831", at(12, "14:45", CET), """Bonjour,

Notre expert-comptable nous demande votre attestation de vigilance URSSAF et un extrait Kbis de moins de trois mois avant tout nouveau paiement. Pourriez-vous nous les transmettre ?

Cordialement,
Comptabilité""", "other", sender=0, human=["supplier paperwork"], fam=["supplier-paperwork"]),
    Reply("M4831", at(13, "08:50", CET), """Bien reçu, je transmets à Mme Lemaire.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4831", at(12, "12:15", CET), """Bonjour, je suis l'apprentie de l'atelier, je ne m'occupe pas des factures. Il faut écrire à Mme Lemaire directement (s.lemaire@vitrail-lemaire.example). Bonne journée, Inès""",
          "wrong_contact", sender="ines@vitrail-lemaire.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4831", at(13, "16:30", CET), """Bonjour, le virement sera fait début juin, dès que le client du chantier de Bonneval nous aura réglé. Sylvie Lemaire""", "promise_to_pay",
          date="2027-06-01", human=["conditional"], fam=["promise-date", "conditional"]),

    # --- M4832 Cirque des Hautes Fagnes asbl (Malmedy, fr-BE, strategic) ---
    Reply("M4832", at(10, "10:45", CET), """Bonjour,

Le paiement de la facture 94843 sera effectué le 21/05, après la réunion du conseil d'administration du 19/05.

Bien à vous,
Luc Dethier
Administrateur délégué""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "meeting-distractor", "flagged"]),
    Reply("M4832", at(12, "11:30", CET), """Bonjour, paiement effectué ce jour avec la communication structurée +++948/4300/12703+++. Cordialement, la comptabilité""", "already_paid",
          ref="+++948/4300/12703+++", sender=0, fam=["paid-matched", "structured-communication", "flagged"]),
    Reply("M4832", at(11, "14:20", CET), """Bonjour,

Comme toutes les asbl subventionnées, nous recevons désormais nos factures uniquement via Peppol. Merci de nous renvoyer la facture 94843 par ce canal, identifiant 0208:0456789123. Les PDF par e-mail ne seront plus traités.

Luc Dethier""", "po_change", inv=["94843"], fam=["e-invoicing", "peppol", "flagged"]),
    Reply("M4832", at(12, "15:15", CET), """Bonjour,

Le chapiteau de répétition a été loué pour trois semaines (du 1er au 21 mars), or la facture 94843 en compte quatre. Merci de corriger et de nous envoyer une note de crédit pour la différence.

Luc""", "dispute", inv=["94843"], fam=["dispute-overbilled", "flagged"]),
    Reply("M4832", at(10, "06:55", CET), """Bonjour,
Le Cirque des Hautes Fagnes est en tournée jusqu'au 6 juin. Les courriels seront traités à notre retour.
Luc Dethier""", "out_of_office", headers=AUTO, subject="Absence : Relance : factures échues – Cirque des Hautes Fagnes asbl", quote="none",
          human=["absence longer than 14 days"], fam=["ooo-long", "flagged"]),
    Reply("M4832", at(13, "10:05", CET), """Bonjour, nous verserons septante pour cent vendredi, le solde après la tournée. Luc""", "promise_to_pay", date="2027-05-14",
          human=["partial", "undated remainder"], fam=["promise-date", "partial", "belgian-numbers", "flagged"]),
    Reply("M4832", at(11, "09:40", CET), """Bonjour, pouvez-vous nous faire parvenir un extrait de compte à jour ? Notre réviseur le demande pour la clôture. Merci, comptabilité""",
          "invoice_resend", sender=0, fam=["statement", "flagged"]),
    Reply("M4832", at(13, "15:50", CET), """Bonjour,

Compte tenu de la saison, nous proposons trois versements de 4 233,33 € les 15/06, 15/07 et 15/08. Cela vous conviendrait-il ?

Bien à vous,
Luc Dethier""", "payment_plan_request", date="2027-06-15", amount="4233.33", fam=["plan-request", "day-first", "flagged"]),
    Reply("M4832", at(13, "17:25", CET), """Le paiement partira mardi, le lundi de Pentecôte étant férié chez nous. L.D.""", "promise_to_pay", date="2027-05-18",
          fam=["promise-date", "holiday", "flagged"]),
    Reply("M4832", at(12, "09:10", CET), """Bonjour, acceptez-vous les paiements par Bancontact ou par carte ? Ce serait plus simple pour nous pendant la tournée. Merci""", "other",
          sender=0, human=["payment method question"], fam=["payment-method", "flagged"]),
    Reply("M4832", at(11, "08:00", CET), """Votre message n'a pas pu être remis aux destinataires suivants :

l.dethier@cirque-hautesfagnes.example
Le serveur de destination a répondu : 550 5.1.1 Adresse inconnue""", "bounce", sender="postmaster@cirque-hautesfagnes.example",
          subject="Non remis : Relance : factures échues – Cirque des Hautes Fagnes asbl", dsn=("l.dethier@cirque-hautesfagnes.example", "5.1.1"), fam=["bounce", "flagged"]),
    Reply("M4832", at(10, "13:35", CET), """Bonjour,

M. Dethier a quitté ses fonctions fin avril. Pour les questions financières, adressez-vous désormais à Mme Nathalie Collard, n.collard@cirque-hautesfagnes.example.

Comptabilité""", "wrong_contact", sender=0, fam=["wrong-contact", "new-contact", "flagged"]),

    # --- M4833 Champignonnière des Basses-Laurentides inc. (Québec, fr-CA, credit hold) ---
    Reply("M4833", at(13, "09:15", QC), """Bonjour,

On va payer le mardi 25 mai (le lundi c'est férié, Journée nationale des patriotes). Pouvez-vous lever le blocage sur notre compte d'ici là?

Mathieu Lavoie
Contrôleur""", "promise_to_pay", date="2027-05-25", fam=["promise-date", "holiday", "flagged"]),
    Reply("M4833", at(12, "10:40", QC), """Bonjour, le dépôt direct de 1 310 $ pour la facture 94845 a été fait hier. Merci, comptes payables""", "already_paid", inv=["94845"], sender=0,
          fam=["paid-matched", "flagged"]),
    Reply("M4833", at(11, "13:25", QC), """Bonjour,

La facture 94844 compte 400 bacs de culture, mais on en a reçu 340 (bon de réception joint). On paie les 340 quand tu nous auras envoyé une note de crédit pour les 60 manquants.

Mathieu""", "dispute", inv=["94844"], attachments=[("reception-94844.pdf", "application/pdf", "Bon de réception: bacs de culture 340")],
          fam=["dispute-short-delivery", "tutoiement", "flagged"]),
    Reply("M4833", at(12, "15:50", QC), """Salut,

Pourrais-tu m'accorder trois versements? 3 000 $ le 1er juin, 3 000 $ le 1er juillet et le reste le 1er août. La récolte a été mauvaise ce printemps.

Merci,
Mathieu""", "payment_plan_request", date="2027-06-01", amount="3000.00", fam=["plan-request", "tutoiement", "flagged"]),
    Reply("M4833", at(11, "16:35", QC), """Je vais faire le virement en fin de semaine, au plus tard lundi.""", "promise_to_pay", date="2027-05-17",
          fam=["promise-date", "quebec-weekend", "flagged"], note="Québécois 'fin de semaine' is the weekend; 'au plus tard lundi' is Monday 17"),
    Reply("M4833", at(12, "07:20", QC), """Bonjour, je suis absent du bureau jusqu'au 17 mai. Pour toute urgence : comptes.payables@champignons-laurentides.example. Merci!
Mathieu Lavoie""", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Champignonnière des Basses-Laurentides inc.",
          quote="none", fam=["ooo-short", "flagged"]),
    Reply("M4833", at(10, "11:10", QC), """Bonjour, merci de nous faire parvenir un état de compte détaillé. On a de la misère à concilier vos factures. Comptes payables""",
          "invoice_resend", sender=0, fam=["statement", "flagged"]),
    Reply("M4833", at(13, "14:00", QC), """Bonjour, est-ce que vous acceptez les cartes de crédit? Visa ou Mastercard. Ça nous aiderait à payer plus vite. Mathieu""", "other",
          human=["payment method question"], fam=["card-payment", "flagged"]),
    Reply("M4833", at(10, "17:45", QC), """On vous paie d'ici la fin du mois. Mathieu""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "month-end", "flagged"]),
    Reply("M4833", at(11, "10:15", QC), """Bonjour,

Veuillez noter notre nouvelle raison sociale : 9412-3387 Québec inc., faisant affaire sous le nom Champignonnière des Basses-Laurentides, NEQ 1178234590. Merci de réémettre les deux factures à ce nom.

Comptes payables""", "po_change", sender=0, fam=["legal-entity", "reissue", "flagged"]),
    Reply("M4833", at(13, "12:45", QC), """La semaine prochaine, promis. M.""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "next-week", "terse", "flagged"]),
    Reply("M4833", at(12, "13:30", QC), """Bonjour,

Mathieu Lavoie ne travaille plus chez nous depuis le 30 avril. Vous pouvez écrire à Geneviève Roy, g.roy@champignons-laurentides.example, qui s'occupe maintenant des fournisseurs.

Comptes payables""", "wrong_contact", sender=0, fam=["wrong-contact", "flagged"]),
    Reply("M4831", at(12, "09:05", CET), """Ceci est un message automatique du serveur de messagerie.

Échec de la remise du message au destinataire suivant :
    compta@vitrail-lemaire.example
Raison : 550 5.1.1 utilisateur inconnu""", "bounce", sender="mailer-daemon@vitrail-lemaire.example",
          subject="Échec de la remise : Relance : factures échues – Atelier Vitrail Lemaire", dsn=("compta@vitrail-lemaire.example", "5.1.1"), fam=["bounce"]),
    Reply("M4831", at(10, "16:25", CET), """Je vous règle jeudi en huit, c'est promis. Sylvie Lemaire""", "promise_to_pay", date="2027-05-20",
          fam=["promise-date", "weekday-week"], note="written Monday: the coming Thursday is the 13th, 'en huit' the 20th"),
    Reply("M4832", at(11, "12:35", CET), """Bonjour, vous aurez le paiement pour le 15 au plus tard. Bien à vous, Luc Dethier""", "promise_to_pay", date="2027-05-15",
          fam=["promise-date", "ordinal-alone", "flagged"], note="the 15th is a Saturday, taken as written"),
]
