"""field53 French replies: a Marseille pétanque-boule maker (strategic), an Ivorian cocoa co-operative, a Martinique rum
distillery on a plan. Fête du Travail (1 May) and the 8 May holiday fall in or near the window.

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field53.kit import AUTO, CEST, CI, MQ, at

PAYMENTS = [
    Payment("BK53-015", "G5331", "2028-04-28", "1260.00", "EUR", "VIR BPM FACT 99032"),
    Payment("BK53-016", "G5332", "2028-05-02", "7920.00", "EUR", "COOP SOUBRE FACT 99033"),
    Payment("BK53-017", "G5333", "2028-04-27", "800.00", "EUR", "ECHEANCE AVRIL HMR"),
]

_COURRIER = """Madame, Monsieur,

Nous accusons réception de votre relance du 24 avril 2028 relative aux factures n° 99031 et 99032.

Nous vous informons que la facture n° 99032 a été réglée par virement en date du 28 avril 2028.

S'agissant de la facture n° 99031, nous vous rappelons qu'aux termes de nos conditions générales d'achat, toute facture
ne comportant pas le numéro de bon de commande (BPM-2028-114) ainsi que le numéro d'engagement interne ne saurait être
mise en paiement. Nous vous prions en conséquence de bien vouloir nous adresser une facture rectificative.

À réception de celle-ci, le règlement interviendra conformément au délai légal de quarante-cinq jours fin de mois.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service Comptabilité Fournisseurs
Boules Provençales Marius SAS"""

REPLIES = [
    # --- G5331 Boules Provençales Marius (Marseille, strategic) ---
    Reply("G5331", at(26, "09:15", CEST), "Bonjour, la facture 99031 passera au virement du 10 mai. Cordialement, la compta",
          "promise_to_pay", "2028-05-10", inv=["99031"], sender=0, fam=["payment-run"]),
    Reply("G5331", at(28, "16:40", CEST), _COURRIER,
          "already_paid", ref=None, inv=["99031", "99032"], sec=["po_change"], sender=0,
          fam=["legalistic", "formal-ap", "po-number"], note="99032 paid 28 April (BK53-015 by amount); 99031 needs the PO and an internal number on a reissue"),
    Reply("G5331", at(27, "10:05", CEST), "Les boules de la série « Tradition 74 » livrées sur la 99031 ne sont pas conformes à la norme FIPJP (poids hors tolérance). 120 triplettes sont bloquées en contrôle qualité. Nous contestons la facture.",
          "dispute", inv=["99031"], sender=1, fam=["quality"]),
    Reply("G5331", at(31, "11:30", CEST), "Bonjour, je suis absente pour le pont du 1er mai et de retour le mardi 2 mai. Pour toute urgence : fournisseurs@boules-marius.example",
          "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : Relance : factures échues – Boules Provençales Marius SAS", fam=["holiday"]),
    Reply("G5331", at(32, "14:20", CEST), "On vous règle la 99031 vendredi en huit, promis. Odile",
          "promise_to_pay", "2028-05-12", inv=["99031"], sender=1, fam=["vendredi-en-huit", "terse"],
          note="\"vendredi en huit\" written Tuesday 2 May = the Friday a week after the coming Friday (5 May) = 12 May"),
    Reply("G5331", at(33, "09:50", CEST), "Le paiement prévu le 5 est décalé au 15, notre trésorerie attend le règlement du Mondial La Marseillaise.",
          "promise_to_pay", "2028-05-15", sender=1, fam=["moved-date"]),
    Reply("G5331", at(34, "15:35", CEST), "Merci de bien vouloir nous renvoyer la facture 99032 au format Factur-X, notre plateforme refuse les PDF simples.",
          "invoice_resend", inv=["99032"], sender=0, fam=["e-invoice-format"]),
    Reply("G5331", at(30, "10:10", CEST), "Paiement en fin de semaine prochaine.",
          "promise_to_pay", "2028-05-05", sender=1, fam=["terse", "end-of-next-week"]),
    Reply("G5331", at(29, "12:25", CEST), "Bien reçu, je transmets au service fournisseurs.",
          "other", sender=1, fam=["no-action"]),
    Reply("G5331", at(34, "17:05", CEST), "La facture 99031 sera réglée à 45 jours fin de mois après réception de la facture rectificative, soit au plus tard le 15 juillet.",
          "promise_to_pay", "2028-07-15", inv=["99031"], human=["conditional"], sender=0, fam=["lcr-terms", "condition-date"]),
    Reply("G5331", at(26, "18:20", CEST), "Odile n'est plus en poste chez nous depuis mars. Merci d'écrire à fournisseurs@boules-marius.example.",
          "wrong_contact", sender="accueil@boules-marius.example", fam=["left", "receptionist"]),
    Reply("G5331", at(32, "10:40", CEST), "Nous pourrions régler la 99031 en trois fois : 3 826,67 € le 31 mai, puis fin juin et fin juillet. Merci de nous confirmer votre accord.",
          "payment_plan_request", "2028-05-31", "3826.67", inv=["99031"], sender=1, fam=["plan"]),

    # --- G5332 Coopérative cacaoyère de Soubré (Côte d'Ivoire) ---
    Reply("G5332", at(26, "08:30", CI), "Bonjour, on va payer la semaine prochaine, après la vente du cacao au port de San-Pédro. Merci. Koffi",
          "promise_to_pay", "2028-05-05", human=["conditional"], sender=1, fam=["next-week", "conditional"]),
    Reply("G5332", at(26, "13:50", CI), "La facture 99034 on n'a jamais reçu ça. Envoyez encore svp.",
          "invoice_resend", inv=["99034"], sender=1, fam=["never-received", "ivorian"]),
    Reply("G5332", at(27, "10:15", CI), "Bonjour, le président de la coopérative est en tournée dans les villages jusqu'au 5 mai. C'est moi la secrétaire. Il a dit que le paiement sera fait le lundi 8 mai.",
          "promise_to_pay", "2028-05-08", sender="secretariat@coop-soubre.example", fam=["colleague-for-someone", "weekday-and-day"]),
    Reply("G5332", at(28, "09:00", CI), "Les sacs de jute de la 99033, il y a 300 qui sont déchirés. On ne paye pas ça, faut faire avoir.",
          "dispute", inv=["99033"], sender=1, fam=["quality", "ivorian"]),
    Reply("G5332", at(31, "11:45", CI), "Le 1er mai c'est férié ici. Paiement demain matin sans faute.",
          "promise_to_pay", "2028-05-02", sender=1, fam=["tomorrow", "holiday"]),
    Reply("G5332", at(32, "15:30", CI), "Virement fait ce jour 7 920 EUR, réf COOP SOUBRE FACT 99033.",
          "already_paid", ref="COOP SOUBRE FACT 99033", inv=["99033"], sender=1, fam=["already-paid"], note="BK53-016 matches"),
    Reply("G5332", at(33, "10:20", CI), "Le reste 845 euros on paye le 15.",
          "promise_to_pay", "2028-05-15", "845.00", inv=["99034"], partial=False, sender=1, fam=["ordinal", "terse"]),
    Reply("G5332", at(33, "16:05", CI), "Votre message n'a pas pu être remis à k.kouassi@coop-soubre.example. Boîte aux lettres pleine.",
          "bounce", sender="postmaster@coop-soubre.example", dsn=("k.kouassi@coop-soubre.example", "5.2.2"), quote="none", subject="Non remis : Relance : factures échues", fam=["mailbox-full"]),
    Reply("G5332", at(34, "09:25", CI), "Est-ce qu'on peut payer en deux fois ? La moitié le 20 mai et le reste le 20 juin. La campagne intermédiaire a été faible.",
          "payment_plan_request", "2028-05-20", sender=1, fam=["plan"]),
    Reply("G5332", at(29, "10:40", CI), "Dorénavant il faut facturer au nom de la « Société Coopérative Simplifiée Cacaoyère de Soubré (SCOOPS-CS) », c'est le nouveau nom depuis l'agrément.",
          "po_change", sender=1, fam=["company-name"]),
    Reply("G5332", at(30, "19:15", CI), "D'accord, merci beaucoup.",
          "other", sender=1, fam=["no-action", "terse"]),
    Reply("G5332", at(27, "17:30", CI), "On paye d'ici 10 jours.",
          "promise_to_pay", "2028-05-07", sender=1, fam=["relative-span", "terse"]),

    # --- G5333 Distillerie Habitation Morne-Rouge (Martinique, payment plan) ---
    Reply("G5333", at(26, "08:10", MQ), "Bonjou ! L'échéance d'avril a été virée hier, 800 €, réf ECHEANCE AVRIL HMR. Line",
          "already_paid", ref="ECHEANCE AVRIL HMR", sender=1, human=["partial"], fam=["creole-greeting", "plan-instalment"],
          note="BK53-017 matches by reference; a plan instalment, short of the balance"),
    Reply("G5333", at(27, "14:30", MQ), "Line est en congé jusqu'au 23 mai (fête de l'abolition). Pour la compta, écrire à compta@habitation-morne-rouge.example.",
          "out_of_office", sender=1, headers=AUTO, subject="Absence", human=["back more than 14 days out"], fam=["long-absence"]),
    Reply("G5333", at(28, "10:55", MQ), "Nou ké péyé échéance mé a lé 25, kon toujou. Merci.",
          "promise_to_pay", "2028-05-25", lang="fr", sender=0, fam=["creole", "mixed-language", "ordinal"],
          note="Martinican Créole; labelled French, the nearest of the six"),
    Reply("G5333", at(31, "12:15", MQ), "La coupe de la canne est finie, on aimerait solder tout le reste d'un coup le 31 mai si c'est possible.",
          "promise_to_pay", "2028-05-31", sender=1, fam=["month-end"]),
    Reply("G5333", at(32, "09:40", MQ), "Le fût de chêne n° 14 livré avec la 99035 fuit. On demande un avoir de 450 €.",
          "dispute", inv=["99035"], sender=1, fam=["quality"]),
    Reply("G5333", at(33, "13:20", MQ), "Pouvez-vous nous envoyer un relevé de compte avec les échéances déjà réglées ?",
          "invoice_resend", sender=0, fam=["statement"]),
    Reply("G5333", at(34, "08:45", MQ), "On voudrait décaler l'échéance de mai à juin, et payer double en juin. Merci de nous dire si c'est ok.",
          "payment_plan_request", sender=1, fam=["plan-change"]),
    Reply("G5333", at(30, "17:50", MQ), "Je ne m'occupe plus de la distillerie, c'est ma fille Line qui gère maintenant.",
          "wrong_contact", sender="r.marie-sainte@habitation-morne-rouge.example", fam=["family"]),
    Reply("G5333", at(29, "09:30", MQ), "Virement programmé pour mardi prochain, 800 € comme d'habitude.",
          "promise_to_pay", "2028-05-02", "800.00", sender=1, fam=["next-weekday", "plan-instalment"],
          note="\"mardi prochain\" written Saturday 29 April: Tuesday of the following calendar week (2 May)"),
    Reply("G5333", at(34, "16:10", MQ), "Le paiement de mai partira jeudi prochain.",
          "promise_to_pay", "2028-05-11", sender=0, fam=["next-weekday"]),
    Reply("G5331", at(33, "11:55", CEST), "Échec de la remise du message à o.santucci@boules-marius.example : 550 5.1.1 adresse inconnue.",
          "bounce", sender="mailer-daemon@boules-marius.example", dsn=("o.santucci@boules-marius.example", "5.1.1"), quote="none", subject="Échec de remise : Relance : factures échues", fam=["unknown-user"]),
    Reply("G5332", at(34, "14:00", CI), "Pardon pour le retard, le paiement sera fait sous huitaine.",
          "promise_to_pay", "2028-05-12", sender=1, fam=["sous-huitaine"]),
    Reply("G5333", at(27, "09:05", MQ), "Je ne suis pas la bonne personne pour les factures, écrivez à Line.",
          "wrong_contact", sender=0, fam=["terse"]),
    Reply("G5331", at(27, "15:45", CEST), "Pourriez-vous nous confirmer vos coordonnées bancaires par courrier signé ? Nous avons reçu un RIB différent par mail la semaine dernière.",
          "other", human=["bank-detail question", "fraud worry"], sender=0, fam=["fraud-worry"]),
]
