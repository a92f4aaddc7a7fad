"""field68, French (France, Belgium, Québec): galettes des rois, Chandeleur, vacances d'hiver, Binche and Québec carnivals."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field68.kit import AUTO, CET, QC, at, auto, inv

PAYMENTS: list[Payment] = [
    Payment("BK68-031", "Q6825", "2031-02-07", "5680.00", "EUR", "VIR-BTR-0207 BOULANGERIE DES TROIS ROIS"),
    Payment("BK68-032", "Q6826", "2031-01-29", "13750.00", "EUR", "+++682/6100/00062+++"),
]

REPLIES: list[Reply] = [
    # lundi 6 janvier (Épiphanie) → vendredi 10 janvier
    Reply("Q6825", at(1, 6, "07:45", CET), "Bonjour,\n\nEntre les galettes des rois on ne voit plus le jour, on en sort 800 par jour jusqu'à fin janvier. Règlement vendredi.\n\nCéline Durand",
          "promise_to_pay", "2031-01-10", fam=["bare-weekday", "distractor-season", "epiphany"]),
    # mardi 14 janvier → 20/01
    Reply("Q6825", at(1, 14, "10:30", CET), "Bonjour, le virement sera fait le 20/01. Cordialement, M. Faure", "promise_to_pay", "2031-01-20", sender=2, fam=["numeric-day-first", "terse"]),
    # jeudi 30 janvier → fin février
    Reply("Q6825", at(1, 30, "16:00", CET), "Bonjour,\n\nLa saison des galettes a été bonne mais nos clients hôteliers paient à 60 jours. Nous réglerons les deux factures fin février.\n\nCordialement,\nCéline Durand\nGérante",
          "promise_to_pay", "2031-02-28", fam=["end-of-named-month"]),
    # lundi 13 janvier (BE): le 24 janvier, communication structurée
    Reply("Q6826", at(1, 13, "09:00", CET), "Madame, Monsieur,\n\nLe paiement des deux factures sera exécuté le 24 janvier avec la communication structurée figurant sur vos factures.\n\nBien à vous,\nNathalie Dupont\nComptable",
          "promise_to_pay", "2031-01-24", sender=2, fam=["belgian-french", "explicit-date", "strategic"]),
    # mercredi 19 février (BE): jeudi prochain = jeudi de la semaine suivante = 27 février
    Reply("Q6826", at(2, 19, "14:15", CET), "Bonjour,\n\nOn est en pleine préparation du carnaval, les Gilles sortent le Mardi gras et l'atelier tourne jour et nuit. Paiement jeudi prochain, sans faute.\n\nJacques Lambert",
          "promise_to_pay", "2031-02-27", fam=["belgian-french", "next-weekday", "distractor-holiday", "strategic"]),
    # mercredi 8 janvier (QC): versement de janvier le 15, compte en plan
    Reply("Q6827", at(1, 8, "11:00", QC), "Bonjour,\n\nLe versement de janvier sera fait le 15 comme convenu. Bonne année!\n\nGuylaine Tremblay\nContrôleuse",
          "promise_to_pay", "2031-01-15", human=["partial"], fam=["quebec-french", "plan-instalment", "day-of-month"]),
    # vendredi 7 février (QC): lundi = 10 février, 3 040 $
    Reply("Q6827", at(2, 7, "13:30", QC), "Allô, le Carnaval commence aujourd'hui pis on est dans le jus. On vous envoie 3 040 $ lundi pour le versement de février.\n\nSteve",
          "promise_to_pay", "2031-02-10", amount="3040.00", sender=2, fam=["quebec-french", "partial", "plan-instalment", "bare-weekday"]),
    # mardi 21 janvier: le 24/01, 7 340 €, si le blocage est levé
    Reply("Q6828", at(1, 21, "08:50", CET), "Bonjour,\n\nNous réglerons la facture 68282 (7 340 €) le 24/01, à condition que vous leviez le blocage des livraisons : nous avons besoin des pièces pour les canons à neige.\n\nPascal Mollard\nDAF",
          "promise_to_pay", "2031-01-24", amount="7340.00", inv=inv("68282"), human=["conditional"], fam=["conditional", "partial", "credit-hold"]),
    # lundi 10 février: début de la semaine prochaine = lundi 17 février
    Reply("Q6828", at(2, 10, "09:20", CET), "Bonjour, avec les vacances d'hiver les pistes sont pleines et la compta est à moitié vide. Règlement début de la semaine prochaine.\n\nÉmilie Bouvier",
          "promise_to_pay", "2031-02-17", sender=2, fam=["early-next-week", "credit-hold"]),
    # dimanche 2 février (Chandeleur): mardi = 4 février
    Reply("Q6829", at(2, 2, "21:30", CET), "Bonsoir, aujourd'hui c'est la Chandeleur, 600 crêpes servies, je suis mort. Je paie mardi.\n\nYann",
          "promise_to_pay", "2031-02-04", fam=["sunday-message", "holiday-named", "bare-weekday"]),
    # jeudi 16 janvier: sous quinzaine = +14 = 30 janvier
    Reply("Q6829", at(1, 16, "15:10", CET), "Bonjour, nous vous réglerons sous quinzaine. Cordialement, Anne Kerjean, comptable", "promise_to_pay", "2031-01-30", sender=2,
          fam=["relative-span", "sous-quinzaine"]),
    # lundi 24 février: demain 940 € (= 68292), le reste vendredi
    Reply("Q6829", at(2, 24, "18:05", CET), "je vire 940 € demain et le reste vendredi, promis\nYann", "promise_to_pay", "2031-02-25", amount="940.00", inv=inv("68292"),
          fam=["lowercase", "partial", "tomorrow"]),
    # mercredi 15 janvier (compte en contentieux): le 28 février, plus de 30 jours
    Reply("Q6830", at(1, 15, "12:00", CET), "Madame, Monsieur,\n\nLa Fête du Citron ouvre le 15 février et nos recettes n'arrivent qu'après. Nous réglerons l'intégralité le 28 février.\n\nLaure Giordano\nDirectrice financière",
          "promise_to_pay", "2031-02-28", fam=["legal-account", "distractor-event", "dated-beyond-30"]),
    # mardi 4 février: avocat, adresse inconnue, 6 200 € le 14 février
    Reply("Q6830", at(2, 4, "17:00", CET), "Maître,\nMadame, Monsieur,\n\nJe suis le conseil de la société Agrumes Riviera Festivals. Ma cliente réglera la somme de 6 200 € (facture INV-2027-68302) le 14 février ; le solde fera l'objet d'un courrier séparé.\n\nMe Antoine Ferrero\nAvocat au Barreau de Nice",
          "promise_to_pay", "2031-02-14", amount="6200.00", inv=inv("68302"), sender="a.ferrero@avocat-ferrero.example", fam=["unknown-sender", "lawyer", "legal-account", "partial"]),
    # vendredi 21 février: Mardi gras = 25 février
    Reply("Q6825", at(2, 21, "11:00", CET), "On vous paie Mardi gras, après la fournée de bugnes.\n\nCéline", "promise_to_pay", "2031-02-25", fam=["holiday-named", "carnival"]),
    # jeudi 30 janvier (BE): pour le 15 = 15 février
    Reply("Q6826", at(1, 30, "10:00", CET), "Bonjour, nous payerons pour le 15. Bien à vous, N. Dupont", "promise_to_pay", "2031-02-15", sender=2, fam=["belgian-french", "day-of-month"]),
    # lundi 27 janvier (QC): mercredi prochain = mercredi de la semaine suivante = 5 février
    Reply("Q6827", at(1, 27, "14:00", QC), "Bonjour, on vous envoie le paiement mercredi prochain. Les commanditaires du Carnaval ont enfin payé.\n\nGuylaine",
          "promise_to_pay", "2031-02-05", fam=["quebec-french", "next-weekday"]),
    # vendredi 28 février: lundi corrigé en mardi = 4 mars
    Reply("Q6828", at(2, 28, "16:40", CET), "Virement lundi. Non, mardi — lundi c'est la clôture de la saison chez nous.\n\nÉ. Bouvier", "promise_to_pay", "2031-03-04", sender=2,
          fam=["correction", "bare-weekday", "credit-hold", "month-boundary"]),
    # mercredi 8 janvier: sans date
    Reply("Q6829", at(1, 8, "12:20", CET), "On paiera dès que possible, janvier est toujours mort en crêperie.\n\nYann", "promise_to_pay", None, human=["undated"], fam=["undated"]),
    # ---- already_paid ----
    Reply("Q6825", at(2, 10, "09:10", CET), "Bonjour, les deux factures ont été réglées le 7 février, réf. VIR-BTR-0207.\n\nCéline Durand", "already_paid", ref="VIR-BTR-0207",
          fam=["paid-with-ref", "matched"], note="BK68-031"),
    Reply("Q6826", at(1, 31, "11:00", CET), "Bonjour,\n\nLa facture 68261 a été payée le 28/01 avec la communication +++682/6100/00062+++.\n\nN. Dupont", "already_paid", inv=inv("68261"),
          ref="+++682/6100/00062+++", sender=2, fam=["structured-communication", "belgian-french", "matched", "strategic"], note="BK68-032"),
    Reply("Q6829", at(2, 27, "10:00", CET), "Bonjour, j'ai payé les deux factures par chèque, posté lundi.\n\nAnne Kerjean", "already_paid", sender=2, human=["no matching payment"], fam=["cheque", "paid-no-match"]),
    # ---- dispute ----
    Reply("Q6825", at(1, 9, "08:30", CET), "Bonjour,\n\nSur la facture 68252 vous facturez 3 000 fèves en porcelaine, nous n'en avons reçu que 2 000. Merci de corriger.\n\nMathieu Faure\nAchats", "dispute",
          inv=inv("68252"), sender=2, fam=["quantity", "epiphany"]),
    Reply("Q6828", at(1, 28, "11:45", CET), "Bonjour,\n\nVous avez appliqué une TVA à 20 % sur des prestations de remontées mécaniques soumises à 10 %. Merci d'émettre un avoir.\n\nP. Mollard", "dispute",
          fam=["vat-rate", "credit-note-first", "credit-hold"]),
    Reply("Q6827", at(2, 13, "10:30", QC), "Bonjour,\n\nLa TVQ a été calculée sur le montant incluant la TPS sur la facture 68272. Ce n'est plus comme ça depuis 2013. Pouvez-vous corriger?\n\nGuylaine", "dispute",
          inv=inv("68272"), fam=["quebec-french", "tax-on-tax"]),
    # ---- invoice_resend ----
    Reply("Q6826", at(2, 4, "09:00", CET), "Bonjour, pourriez-vous nous renvoyer la facture 68262 ? Nous ne la trouvons pas.\n\nN. Dupont", "invoice_resend", inv=inv("68262"), sender=2,
          fam=["never-received", "belgian-french"]),
    Reply("Q6829", at(1, 22, "14:00", CET), "Bonjour, pouvez-vous m'envoyer un relevé de compte ? Merci. A. Kerjean", "invoice_resend", sender=2, fam=["statement"]),
    Reply("Q6830", at(1, 27, "10:00", CET), "Merci de nous transmettre copie des factures et des bons de livraison signés. Notre conseil en a besoin.\n\nL. Giordano", "invoice_resend",
          fam=["legal-account", "delivery-notes"]),
    # ---- po_change ----
    Reply("Q6825", at(2, 17, "09:30", CET), "Bonjour, à partir de maintenant merci de déposer vos factures sur notre plateforme de dématérialisation avec notre bon de commande BTR-2031-04.\n\nM. Faure",
          "po_change", sender=2, fam=["portal", "po-number"]),
    Reply("Q6826", at(1, 20, "10:20", CET), "Bonjour,\n\nSuite à notre transformation en SRL, merci de refacturer au nom de Gilles de Binche Équipements SRL, numéro d'entreprise BE 0712.448.390.\n\nJ. Lambert",
          "po_change", fam=["entity-change", "belgian-french", "strategic"]),
    Reply("Q6828", at(2, 20, "15:00", CET), "Notre siège a déménagé : nouvelle adresse de facturation 12 route des Grandes Alpes, 74220 La Clusaz. Merci de refaire les factures.\n\nÉ. Bouvier", "po_change",
          sender=2, fam=["address-change", "credit-hold"]),
    # ---- payment_plan_request ----
    # mercredi 19 février: en 3 fois à partir du 5 mars
    Reply("Q6829", at(2, 19, "11:00", CET), "Bonjour, est-ce qu'on peut payer en trois fois à partir du 5 mars ? Février a été dur malgré la Chandeleur.\n\nYann", "payment_plan_request", "2031-03-05",
          fam=["plan-three", "explicit-date"]),
    # jeudi 13 février: 4 mensualités de 7 235 € à compter du 15 mars
    Reply("Q6828", at(2, 13, "10:00", CET), "Bonjour,\n\nNous proposons un échéancier en 4 mensualités de 7 235 € à compter du 15 mars.\n\nP. Mollard", "payment_plan_request", "2031-03-15", amount="7235.00",
          fam=["monthly-instalments", "credit-hold"]),
    # mardi 11 février (BE): étaler sur deux mois, première moitié fin février
    Reply("Q6826", at(2, 11, "14:30", CET), "Pourrions-nous étaler sur deux mois ? Une première moitié fin février, le solde fin mars.\n\nJ. Lambert", "payment_plan_request", "2031-02-28",
          fam=["plan-halves", "end-of-month", "strategic"]),
    # ---- out_of_office ----
    Reply("Q6828", at(2, 14, "07:00", CET), "Bonjour, je suis absent jusqu'au 3 mars inclus (vacances d'hiver). Pour toute urgence : fournisseurs@aravis-ski.example.", "out_of_office",
          headers=AUTO, subject=auto("Réponse automatique", "fr", "Domaine Skiable des Aravis SAS"), human=["absence over 14 days"], fam=["auto-reply", "over-14", "credit-hold"]),
    Reply("Q6827", at(2, 18, "08:00", QC), "Je suis absente du bureau pour la relâche et serai de retour le 3 mars. Merci!", "out_of_office",
          headers=AUTO, subject=auto("Réponse automatique", "fr", "Bonhomme Neige Événements inc."), fam=["auto-reply", "quebec-french"]),
    # ---- bounce ----
    Reply("Q6825", at(1, 27, "09:06", CET), "Ceci est le système de messagerie de l'hôte smtp.troisrois-boulangerie.example.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n<compta@troisrois-boulangerie.example> : 552 5.2.2 Boîte aux lettres pleine",
          "bounce", sender="MAILER-DAEMON@troisrois-boulangerie.example", subject="Message non remis : Relance : factures échues – Boulangerie des Trois Rois SARL",
          dsn=("compta@troisrois-boulangerie.example", "5.2.2"), fam=["dsn-postfix-fr", "mailbox-full"]),
    Reply("Q6829", at(2, 12, "09:06", CET), "Impossible de remettre le message aux destinataires suivants :\n\ncontact@tychandeleur.example\nLa boîte aux lettres du destinataire est pleine.\n\nInformations de diagnostic : 552 5.2.2 Quota dépassé",
          "bounce", sender="postmaster@tychandeleur.example", subject="Non remis : Relance : factures échues – Crêperie Ty Chandeleur SARL", dsn=("contact@tychandeleur.example", "5.2.2"),
          fam=["dsn-exchange-fr", "mailbox-full"]),
    # ---- wrong_contact ----
    Reply("Q6825", at(1, 17, "10:00", CET), "Bonjour, je suis aux achats, pas à la compta. Merci d'écrire à compta@troisrois-boulangerie.example.\n\nM. Faure", "wrong_contact", sender=2,
          fam=["not-my-job"]),
    Reply("Q6830", at(2, 18, "09:00", CET), "Merci de ne plus m'écrire directement : le dossier est suivi par notre avocat, Me Ferrero, a.ferrero@avocat-ferrero.example.\n\nBruno Rossi", "wrong_contact",
          sender=2, fam=["legal-account", "redirect-lawyer"]),
    # ---- other ----
    Reply("Q6826", at(2, 25, "10:00", CET), "Bien reçu, merci.\n\nN. Dupont", "other", sender=2, fam=["no-action", "acknowledgement"]),
    Reply("Q6827", at(1, 16, "15:00", QC), "Acceptez-vous les paiements par carte de crédit ou seulement les virements? Merci.\n\nSteve", "other", sender=2, human=["payment-method question"], fam=["payment-method", "quebec-french"]),
    Reply("Q6829", at(1, 29, "11:30", CET), "Bonjour,\n\nNous avons reçu par courrier un RIB Northwind différent (banque au Portugal). Pouvez-vous confirmer par téléphone avant que je paie ?\n\nAnne Kerjean", "other",
          sender=2, human=["bank-detail fraud check"], fam=["bank-detail-change", "fraud-check"]),
]
