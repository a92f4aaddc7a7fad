"""field25, French: a Laurentians snow-removal firm (fr-CA), a Huye coffee co-operative on a plan (fr-RW), a Grasse
perfume distillery (fr-FR). Written by hand."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field25.kit import AUTO, CET, QC, RW, at, r

PAYMENTS = [
    Payment("BK25-21", "X2531", "2026-11-24", "7055.00", "CAD", "DENEIGEMENT LAURENTIDES FACT 92531-92532"),
    Payment("BK25-22", "X2533", "2026-11-20", "690.00", "EUR", "VIR DISTILLERIE FLORALE GRASSE F92535"),
]

REPLIES = [
    # promises
    r("X2531", at(23, "08:05", QC), "promise_to_pay", "2026-11-27", "bare-weekday",
      "Bonjour,\n\nOn vous paie ça vendredi. Première tempête de la saison cette fin de semaine, toute l'équipe était sur les routes.\n\nMélanie Gagnon\nContrôleuse", sender=1),
    r("X2531", at(24, "14:20", QC), "promise_to_pay", "2026-12-10", "locale-numeric-dayfirst",
      "Bonjour, le virement est prévu pour le 10/12 pour les deux factures. Merci de votre patience.\nComptes fournisseurs"),
    r("X2531", at(25, "19:45", QC), "promise_to_pay", "2026-12-03", "abbrev-weekday late-evening",
      "Désolée du retard à répondre. Ça part jeu. prochain, promis. M.", sender=1, note="jeu. prochain: Thursday of next week"),
    r("X2531", at(26, "10:30", QC), "promise_to_pay", "2026-11-30", "month-end",
      "Bonjour,\nLe paiement sera fait à la fin du mois, avec notre lot de paiements fournisseurs.\nBonne journée"),
    r("X2531", at(27, "09:15", QC), "promise_to_pay", "2026-12-07", "dictated-voicemail",
      "[Message vocal transcrit]\n« Oui bonjour, c'est Mélanie Gagnon chez Déneigement des Laurentides, pour votre rappel… euh… le chèque… non pardon, le virement, il va partir lundi le 7 décembre. Voilà, merci, bonne journée. »", sender=1),
    r("X2531", at(23, "15:40", QC), "promise_to_pay", "2026-12-04", "next-week mixed-language",
      "Hi/Bonjour – on paye la semaine prochaine, our bank is doing the conversion CAD-EUR. Merci!", sender=1),
    r("X2532", at(23, "10:10", RW), "promise_to_pay", "2026-11-30", "instalment-existing-plan",
      "Bonjour,\n\nLa tranche de novembre prévue dans notre échéancier sera versée lundi prochain, après la paie des caféiculteurs.\n\nCordialement\nJeanne Uwimana\nGérante", sender=1, human=["partial"]),
    r("X2532", at(25, "11:30", RW), "promise_to_pay", "2026-12-15", "instalment-existing-plan mid-month",
      "Bonjour, la prochaine tranche de 1 500 USD sera envoyée à la mi-décembre, quand l'exportateur de Kigali nous aura réglé le lot de novembre.\nComptabilité", amount="1500.00", human=["conditional"]),
    r("X2532", at(26, "15:05", RW), "promise_to_pay", "2026-12-04", "instalment-existing-plan",
      "Bonjour,\nNous confirmons le paiement de l'échéance de décembre le vendredi 4.\nMerci\nJeanne", sender=1, human=["partial"]),
    r("X2533", at(23, "09:30", CET), "promise_to_pay", "2026-12-04", "next-weekday",
      "Bonjour,\n\nLe règlement des deux factures interviendra vendredi prochain.\n\nBien cordialement,\nAmandine Roux\nDirectrice administrative", sender=1),
    r("X2533", at(24, "16:50", CET), "promise_to_pay", "2026-12-24", "holiday",
      "Bonjour, avant Noël c'est réglé, la récolte de la tubéreuse a été payée en retard par nos clients. Compta", note="avant Noël: 24 December"),
    r("X2533", at(25, "10:20", CET), "promise_to_pay", "2026-12-09", "dotted-numeric",
      "Madame, Monsieur,\nLe virement est programmé au 09.12.2026 pour la facture 92534.\nCordialement", inv=["92534"]),
    r("X2533", at(26, "12:10", CET), "promise_to_pay", "2026-12-18", "relative-span",
      "Bonjour, sous trois semaines au plus tard… non, disons le 18 décembre, c'est plus simple pour notre banque.\nA. Roux", sender=1, note="the date it settles on: 18 December"),
    r("X2533", at(27, "08:40", CET), "promise_to_pay", "2026-12-01", "early-next-month",
      "Bonjour,\nNous réglerons début décembre, dès l'ouverture du nouveau mois comptable.\nService comptabilité", note="début décembre: the 1st"),
    r("X2531", at(26, "17:30", QC), "promise_to_pay", "2026-12-02", "moved-date",
      "Petite correction à mon courriel d'hier : ce ne sera pas lundi 30 mais mercredi 2 décembre, la signataire est en congé lundi.\nMélanie", sender=1),
    r("X2533", at(23, "18:20", CET), "promise_to_pay", None, "undated",
      "Bonjour, nous paierons dès que possible, nous attendons la validation de notre expert-comptable.\nA. Roux", sender=1, human=["undated", "conditional"]),
    r("X2532", at(27, "13:45", RW), "promise_to_pay", "2026-12-31", "end-of-year instalment-existing-plan non-native-rw",
      "Bonjour, d'ici la fin de l'année nous allons solder la tranche de décembre en entier. Merci pour la compréhension.\nJeanne U.", sender=1, human=["partial"],
      note="fin de l'année: 31 December, 34 days out"),

    # already paid
    r("X2531", at(25, "09:20", QC), "already_paid", None, "remittance-reference-variant",
      "Bonjour, c'est payé depuis hier, référence « FACT 92531-92532 ». Merci de mettre votre dossier à jour.\nComptes fournisseurs", ref="FACT 92531-92532", note="matches BK25-21"),
    r("X2533", at(24, "10:40", CET), "already_paid", None, "one-of-two locale-numeric-dayfirst",
      "Bonjour, la 92535 a été réglée le 20/11 par virement (690,00 €). Pour la 92534, je reviens vers vous.\nCompta", inv=["92535"], note="matches BK25-22"),
    r("X2532", at(24, "12:15", RW), "already_paid", None, "instalment-existing-plan",
      "Bonjour, la tranche d'octobre a été envoyée le 16 novembre par la Bank of Kigali. Merci de vérifier.\nComptabilité", human=["no matching payment"]),

    # dispute
    r("X2533", at(25, "15:30", CET), "dispute", None, "price",
      "Bonjour,\nSur la facture 92534, les alambics en inox sont facturés au prix 2027 alors que la commande date de juin. Merci d'émettre un avoir.\nAmandine Roux", sender=1, inv=["92534"]),
    r("X2531", at(27, "11:50", QC), "dispute", None, "fees",
      "Bonjour, vous avez ajouté des frais de retard de 95 $ sur la 92532. Pas question, on n'a jamais signé ça.\nM. Gagnon", sender=1, inv=["92532"]),

    # resend
    r("X2531", at(24, "08:50", QC), "invoice_resend", None, "never-received",
      "Bonjour, on n'a jamais reçu la 92532. Pouvez-vous nous la renvoyer? Merci", inv=["92532"]),
    r("X2533", at(27, "10:55", CET), "invoice_resend", None, "statement",
      "Bonjour, pourriez-vous nous adresser un relevé de compte au 30 novembre ? Merci d'avance. Compta"),

    # PO change
    r("X2531", at(25, "13:15", QC), "po_change", None, "tax-id",
      "Bonjour,\nNos numéros de TPS/TVQ ont changé suite à la fusion de nos deux entités. Pouvez-vous réémettre les factures avec TVQ 1234567890 TQ0002?\nComptes fournisseurs", html=True),
    r("X2533", at(26, "14:45", CET), "po_change", None, "send-future-invoices",
      "Bonjour, à compter du 1er décembre, merci d'adresser vos factures uniquement sur la plateforme Chorus Pro ou à factures@distillerie-grasse.example. Cordialement"),

    # plan
    r("X2532", at(26, "09:20", RW), "payment_plan_request", None, "instalment-existing-plan",
      "Bonjour,\nLa récolte a été mauvaise à cause des pluies. Est-il possible d'allonger notre échéancier de quatre mois ?\nJeanne Uwimana", sender=1),
    r("X2531", at(26, "16:10", QC), "payment_plan_request", "2026-12-11", "plan-request locale-fr-ca",
      "Bonjour, serait-il possible de payer en trois versements, le premier le 11 décembre? L'hiver a commencé tard, les contrats aussi.\nMélanie", sender=1),

    # out of office
    r("X2533", at(25, "07:30", CET), "out_of_office", None, "auto-reply",
      "Bonjour, je suis absente jusqu'au 1er décembre inclus. En cas d'urgence : compta@distillerie-grasse.example.\nAmandine Roux", sender=1, headers=AUTO),
    r("X2531", at(23, "06:00", QC), "out_of_office", None, "auto-reply",
      "Bonjour, je suis en vacances jusqu'au 4 janvier. Pour toute question de paiement, écrire à comptes@deneigement-laurentides.example.\nMélanie Gagnon", sender=1,
      headers=AUTO, human=["back more than 14 days out"]),

    # bounces
    r("X2533", at(24, "09:06", CET), "bounce", None, "dsn",
      "Ce message a été généré automatiquement.\nLa remise du message à a.roux@distillerie-grasse.example a échoué : adresse inconnue (550 5.1.1).",
      sender="mailer-daemon@distillerie-grasse.example", dsn=("a.roux@distillerie-grasse.example", "5.1.1"), subject="Non remis : Relance : factures échues – Distillerie Florale de Grasse SARL"),
    r("X2532", at(25, "10:06", RW), "bounce", None, "dsn",
      "Votre message n'a pas pu être remis à j.uwimana@cafe-huye.example. La boîte aux lettres est pleine.",
      sender="postmaster@cafe-huye.example", dsn=("j.uwimana@cafe-huye.example", "5.2.2"), subject="Non distribuable : Relance : factures échues – Coopérative des caféiculteurs de Huye"),

    # wrong contact
    r("X2532", at(23, "14:40", RW), "wrong_contact", None, "colleague-redirect non-native-rw",
      "Bonjour, je m'occupe des stations de lavage, pas des paiements. Veuillez écrire à notre comptable, M. Habimana : comptable@cafe-huye.example.", sender=1),
    r("X2533", at(27, "15:20", CET), "wrong_contact", None, "new-contact successor",
      "Bonjour, Mme Roux a quitté la distillerie fin octobre. Merci de contacter désormais M. Giraud (p.giraud@distillerie-grasse.example).\nAccueil"),

    # other
    r("X2531", at(24, "11:10", QC), "other", None, "no-action",
      "Bien reçu, merci!", sender=1),
    r("X2532", at(24, "16:30", RW), "other", None, "payment-method",
      "Bonjour, pouvons-nous payer par Mobile Money (MTN) plutôt que par virement SWIFT ? Les frais bancaires sont très élevés pour nous. Merci", human=["needs action"]),
    r("X2533", at(26, "09:05", CET), "other", None, "card-over-phone",
      "Bonjour, j'ai réglé la 92534 par carte bancaire au téléphone avec votre collègue mardi. Pouvez-vous me confirmer que c'est bien passé ?\nA. Roux", sender=1, inv=["92534"], human=["needs action"]),
    r("X2531", at(27, "14:05", QC), "other", None, "sarcasm tone-complaint",
      "Trois relances en une semaine, bravo, très efficace. Vous pourriez peut-être aussi livrer les lames de rechange à temps? Juste une idée.", sender=1, human=["needs action"]),
    r("X2532", at(27, "08:10", RW), "other", None, "tax-forms",
      "Bonjour, l'office rwandais des recettes demande une attestation de résidence fiscale de votre société pour la retenue à la source. Pouvez-vous nous l'envoyer ?", human=["needs action"]),
]
