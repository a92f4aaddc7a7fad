"""field59, French: a Breton crêpe-flour mill at the Chandeleur, Val Thorens ski hire, Dunkirk carnival herring smokers,
a Paris 13e Asian caterer before the Nouvel An chinois, an Ardennes ski-bus firm in the krokus week and the Quebec
Winter Carnival slides on a plan."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field59.kit import AUTO, CET, QC, at

R = Reply

PAYMENTS: list[Payment] = [
    Payment("BK59-019", "A5937", "2029-02-05", "8620.00", "EUR", "VIR MINOTERIE CORNOUAILLE FAC 59371 59372"),
    Payment("BK59-020", "A5940", "2029-01-26", "5595.00", "EUR", "LOTUS DOR TRAITEUR"),
    Payment("BK59-021", "A5941", "2029-02-14", "5607.00", "EUR", "ARDENNES NEIGE 59411"),
]

REPLIES: list[Reply] = [
    R("A5937", at("01-22", "09:40", CET), """Bonjour,

Avec la Chandeleur, c'est notre plus gros mois : toute la farine de blé noir part chez les crêpiers. Nous réglerons les deux factures le 5 février, une fois les encaissements rentrés.

Bien à vous,
Yann Le Goff""",
      "promise_to_pay", date="2029-02-05", sender=1, fam=["candlemas", "explicit-date"]),
    R("A5937", at("02-06", "11:00", CET), """Bonjour, virement passé hier pour les deux factures, 8 620,00 €. Cordialement, Y. Le Goff""",
      "already_paid", sender=1, fam=["matched", "terse"]),
    R("A5937", at("01-25", "16:15", CET), """Bonjour,

La facture 59372 mentionne 40 sacs de farine de froment, nous n'en avons reçu que 32. Merci de nous faire un avoir pour la différence ; le reste sera payé vendredi.

Comptabilité""",
      "dispute", sec=["promise_to_pay"], date="2029-01-26", inv=["INV-2027-59372"], fam=["short-delivery", "dispute-plus-promise"]),
    R("A5937", at("01-30", "10:00", CET), """Bonjour, pourriez-vous me renvoyer la facture 59371 ? Je ne la retrouve pas dans nos mails. Merci""",
      "invoice_resend", inv=["INV-2027-59371"], fam=["terse", "lost"]),
    R("A5937", at("02-13", "14:30", CET), """Bonjour,

Merci de noter notre nouvelle adresse de facturation : Minoterie de Cornouaille, ZA de Kerhuel, 29120 Pont-l'Abbé. Pouvez-vous rééditer les factures ouvertes ?

Yann Le Goff""",
      "po_change", sender=1, fam=["billing-address", "reissue"]),
    R("A5937", at("02-09", "17:00", CET), """Je suis absent jusqu'au 19 février inclus. Pour toute urgence, contactez compta@minoterie-cornouaille.example.""",
      "out_of_office", sender=1, headers=AUTO, fam=["winter-holiday"], note="back 20 February: 11 days"),
    R("A5938", at("01-23", "08:50", CET), """Bonjour,

Les vacances d'hiver de la zone C démarrent le 10 février et la trésorerie suit. Le règlement de la facture 59381 (VT-2812) interviendra d'ici la fin de la semaine ; la 59382 suivra le 28/02.

Mathilde Reymond
Directrice administrative""",
      "promise_to_pay", date="2029-01-26", inv=["INV-2027-59381", "INV-2027-59382"], sender=1, html=True, fam=["this-week", "two-dates", "strategic", "html"]),
    R("A5938", at("02-07", "12:20", CET), """Bonjour,

Nous avons bien réglé la 59381 la semaine dernière (réf. VTLS-0201). Quant à la 59382, le bon de commande VT-2856 a été remplacé par VT-2871 : merci de rééditer la facture.

Comptabilité fournisseurs""",
      "already_paid", sec=["po_change"], ref="VTLS-0201", human=["no matching payment"], inv=["INV-2027-59381", "INV-2027-59382"],
      fam=["paid-plus-po", "strategic"]),
    R("A5938", at("02-13", "09:00", CET), """Bonjour,

Suite à un contrôle, les 60 paires de bâtons facturées sur la 59382 ont un prix unitaire de 38 € au lieu de 34 € prévus au contrat. Merci d'émettre un avoir.

Mathilde Reymond""",
      "dispute", inv=["INV-2027-59382"], sender=1, fam=["price", "contract", "strategic"]),
    R("A5938", at("02-01", "10:30", CET), """Bonjour, le paiement de 15 480 € est programmé pour vendredi prochain. Cordialement""",
      "promise_to_pay", date="2029-02-09", amount="15480.00", fam=["next-weekday", "strategic"]),
    R("A5938", at("02-15", "07:55", CET), """Message automatique : je suis en congé jusqu'au 26 février (vacances scolaires). Vos messages ne sont pas transférés.""",
      "out_of_office", sender=1, headers=AUTO, fam=["school-holiday", "strategic"]),
    R("A5939", at("01-26", "11:20", CET), """Bonjour,

Le carnaval de Dunkerque bat son plein, les harengs partent du balcon de l'hôtel de ville et la caisse n'est pas encore rentrée. Nous verserons 2 000 € le 15 et le solde en mars.

Pascal Vandaele""",
      "promise_to_pay", date="2029-02-15", amount="2000.00", sender=1, fam=["carnival", "partial", "by-the-nth", "credit-hold"]),
    R("A5939", at("02-12", "09:30", CET), """Bonjour,

Nous souhaiterions étaler le solde sur trois mois, 2 300 € par mois à partir de fin février. Est-ce envisageable ?

Comptabilité""",
      "payment_plan_request", date="2029-02-28", amount="2300.00", fam=["instalments", "first-dated", "credit-hold"]),
    R("A5939", at("02-05", "14:00", CET), """Bonjour,

Votre relance est arrivée chez moi par erreur, je m'occupe des achats. Merci d'écrire à comptabilite@fumaisons-dunkerquois.example.

Pascal""",
      "wrong_contact", sender=1, fam=["not-my-job", "credit-hold"]),
    R("A5939", at("02-14", "10:10", CET), """Bonjour,

La facture 59391 comprend 120 kg de harengs saurs qui ne nous ont jamais été livrés (livraison annulée par téléphone le 3 janvier).

P. Vandaele""",
      "dispute", sender=1, fam=["cancelled-delivery", "credit-hold"]),
    R("A5940", at("01-24", "15:00", CET), """Bonjour,

À l'approche du Nouvel An chinois nous faisons les comptes : les deux factures seront payées jeudi.

Sophie Tran
Co-gérante""",
      "promise_to_pay", date="2029-01-25", sender=1, fam=["spring-festival", "weekday"]),
    R("A5940", at("01-29", "09:15", CET), """Bonjour,

Virement effectué vendredi dernier pour les factures 59401 et 59402, total 5 595 €.

Comptabilité Lotus d'Or""",
      "already_paid", fam=["matched", "last-friday"]),
    R("A5940", at("02-08", "16:45", CET), """Bonjour, notre restaurant sera fermé du 12 au 18 février pour le Nouvel An. Réouverture lundi 19. Bonne année du Coq !""",
      "out_of_office", headers=AUTO, fam=["spring-festival"]),
    R("A5940", at("02-01", "10:00", CET), """Bonjour,

Pouvez-vous nous confirmer vos coordonnées bancaires ? Nous avons reçu un courrier indiquant un nouvel IBAN à votre nom et nous préférons vérifier.

Sophie Tran""",
      "other", human=["bank details to confirm"], sender=1, fam=["fraud-check"]),
    R("A5940", at("02-14", "11:30", CET), """Bonjour, désormais merci d'adresser vos factures à factures@lotusdor-traiteur.example, cette adresse sera supprimée.""",
      "po_change", fam=["invoice-mailbox"]),
    R("A5941", at("01-23", "10:00", CET), """Bonjour,

Nos cars partent pour les vacances de carnaval le 10 février et nous devons encore payer le gasoil. Nous réglerons la facture 59411 sous quinze jours.

Julie Lambert""",
      "promise_to_pay", date="2029-02-06", sender=1, fam=["relative-span", "krokus"]),
    R("A5941", at("02-15", "09:20", CET), """Bonjour,

Paiement effectué hier, 5 607 € ; notre banque a retenu 63 € de frais.

Julie Lambert""",
      "already_paid", human=["short payment: bank charges deducted"], sender=1, fam=["bank-charges", "short-payment"]),
    R("A5941", at("02-09", "18:00", CET), """Bonjour, je suis en congé de carnaval jusqu'au 19 février. En mon absence, veuillez contacter comptabilite@ardennes-neige.example.""",
      "out_of_office", sender=1, headers=AUTO, fam=["krokus", "carnival-holiday"]),
    R("A5941", at("01-30", "14:00", CET), """Bonjour,

Merci d'indiquer notre numéro d'entreprise BE 0712.345.678 sur la facture, sans quoi nous ne pouvons pas la déduire. Pourriez-vous la rééditer ?

Comptabilité""",
      "po_change", fam=["vat-number", "reissue"]),
    R("A5941", at("02-05", "13:00", CET), """Bonjour, vous pouvez m'envoyer un relevé de compte ? Merci, Julie""",
      "invoice_resend", sender=1, fam=["statement", "terse"]),
    R("A5942", at("01-22", "11:00", QC), """Bonjour,

Le Carnaval ouvre le 2 février. Comme convenu dans l'entente, le versement de janvier (2 050 $) sera fait le 31 janvier.

Marc-André Gagnon
Contrôleur""",
      "promise_to_pay", date="2029-01-31", amount="2050.00", sender=1, fam=["plan-account", "instalment", "winter-carnival"]),
    R("A5942", at("02-13", "15:30", QC), """Bonjour,

La fréquentation des glissades a été excellente. On règle le solde au complet, 10 250 $, le 23 février.

Marc-André""",
      "promise_to_pay", date="2029-02-23", amount="10250.00", partial=False, sender=1, fam=["plan-account", "full-balance"],
      note="10 250 $ is the whole remaining balance after the January instalment"),
    R("A5942", at("02-05", "10:45", QC), """Bonjour,

Pourriez-vous repousser le versement de février au mois d'avril? Avec la tempête de la fin de semaine, le site a fermé trois jours.

M.-A. Gagnon""",
      "payment_plan_request", sender=1, fam=["plan-account", "defer"]),
    R("A5942", at("01-29", "09:00", QC), """Votre message n'a pas pu être remis à comptes@glissades-carnaval.example.
Statut : 5.1.1 Adresse du destinataire inconnue.""",
      "bounce", sender="postmaster@glissades-carnaval.example", dsn=("comptes@glissades-carnaval.example", "5.1.1"),
      subject="Non remis : Relance : factures échues", fam=["dsn-fr", "plan-account"]),
    R("A5938", at("01-26", "08:00", CET), """Remise impossible au destinataire suivant :

fournisseurs@skis-valthorens.example
Boîte aux lettres pleine — quota dépassé (552 5.2.2).""",
      "bounce", sender="MAILER-DAEMON@skis-valthorens.example", dsn=("fournisseurs@skis-valthorens.example", "5.2.2"),
      subject="Échec de la remise du message", fam=["dsn-fr", "mailbox-full", "strategic"]),
    R("A5940", at("01-30", "10:30", CET), """Bonjour, je ne suis plus en charge de la comptabilité. Voyez avec mon associé, M. Tran Van Minh (minh.tran@lotusdor-traiteur.example).""",
      "wrong_contact", sender=1, fam=["new-contact"]),
    R("A5937", at("02-14", "10:00", CET), """Bonjour,

Troisième relance pour une facture que nous avons réglée le 5 février, c'est un peu fort. Merci de vérifier de votre côté avant de nous relancer.

Yann Le Goff""",
      "already_paid", sender=1, fam=["matched", "tone-complaint"], note="BK59-019 of 5 February matches"),
    R("A5939", at("01-31", "12:00", CET), """Bonjour,

Accusé de réception : votre demande a été enregistrée sous le numéro 2029-0131-77. Un conseiller vous répondra.""",
      "other", headers=AUTO, fam=["no-action", "ticket-ack", "credit-hold"]),
    R("A5941", at("02-12", "08:10", CET), """Bonjour, paiement dans dix jours, je vous le garantis. J. Lambert""",
      "promise_to_pay", date="2029-02-22", sender=1, fam=["relative-span", "terse"]),
    R("A5940", at("02-12", "09:00", CET), """Bonjour, pour le paiement... on verra après les fêtes, le restaurant est plein.""",
      "promise_to_pay", human=["undated"], fam=["undated", "spring-festival"]),
    R("A5938", at("02-09", "10:00", CET), """Bonjour,

Pour information, nous payons désormais par prélèvement via notre plateforme Libeo. Pouvez-vous accepter ce mode de paiement ?

Comptabilité fournisseurs""",
      "other", human=["payment method question"], fam=["payment-platform", "strategic"]),
    R("A5942", at("02-16", "08:30", QC), """Bonjour, bien reçu, merci. On en reparle après le Carnaval.""",
      "other", fam=["no-action", "ack", "plan-account"]),
    R("A5939", at("02-07", "09:00", CET), """Bonjour, le virement de 2 000 € prévu le 15 partira en fait mardi gras. PV""",
      "promise_to_pay", date="2029-02-13", amount="2000.00", sender=1, fam=["mardi-gras", "moved-plan", "credit-hold", "terse"]),
]
