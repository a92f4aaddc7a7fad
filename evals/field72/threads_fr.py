"""field72, French (France, Belgium, Québec, Romandie): June and July 2032 (written by hand)."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field72.kit import AUTO, addr, at, auto, name

PAYMENTS = [
    P("BK72-031", "V7228", "2032-06-18", "7720.00", "EUR", "VIR SEPA GUINGUETTE DES BORDS DE MARNE FACT 72281 72282"),
    P("BK72-032", "V7231", "2032-06-28", "16360.00", "CAD", "TELEVIREMENT FESTIVITES ST-JEAN LAURENTIDES FSJ3302"),
    P("BK72-033", "V7232", "2032-07-09", "20530.00", "CHF", "HORLOGERIE VALLEE DE JOUX HVJ-0921"),
    P("BK72-034", "V7229", "2032-07-23", "30000.00", "EUR", "PYROTECHNIE DU QUATORZE SAS ACOMPTE PQ-BC-6610"),
]

REPLIES = [
    # ---------------------------------------------------------------- promesses
    R("V7228", at("V7228", 6, 1, "10:05"),
      "Bonjour,\n\nDésolée pour le retard, on a rouvert la guinguette pour la saison et c'est la course. Le virement part "
      "vendredi.\n\nBien à vous,\nSylvie Renaud", "promise_to_pay", date="2032-06-04", sender=1, fam=["bare weekday", "owner voice"]),
    R("V7228", at("V7228", 6, 23, "22:40"),
      "Bonsoir, Karim passera les deux factures le 2/07, après la fête de la musique on a enfin un peu de trésorerie. Sylvie",
      "promise_to_pay", date="2032-07-02", sender=1, fam=["numeric day-first", "Fête de la musique"]),
    R("V7228", at("V7228", 7, 16, "11:30"),
      "Bonjour,\n\nJe vous règle 1 000 € lundi et le solde fin août, quand les mariages de juillet nous auront payés.\n\n"
      "Karim Benali\nComptable", "promise_to_pay", date="2032-07-19", amount="1000.00", sender=2, fam=["partial"]),
    R("V7229", at("V7229", 6, 8, "09:15"),
      "Bonjour,\n\nNous sommes en pleine préparation du 14 juillet. Les deux factures sont validées et seront réglées par "
      "virement à l'échéance de notre campagne du 25 juin.\n\nCordialement,\n\nJulien Roux\nComptable fournisseurs\n\n"
      "Pyrotechnie du Quatorze SAS au capital de 250 000 € - RCS Nantes 000 000 000 - TVA FR00000000000\nCe message et ses "
      "pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation non conforme à sa "
      "destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. Si "
      "vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.",
      "promise_to_pay", date="2032-06-25", sender=2, html=True, fam=["RCS footer", "Bastille Day distractor"]),
    R("V7229", at("V7229", 7, 12, "18:05"),
      "Bonjour,\n\nMercredi c'est le 14, tout le monde est sur les sites de tir. Je lance le virement à notre retour, jeudi 15 - "
      "non, le 15 on démonte, ce sera le vendredi 16.\n\nHélène Marchal\nDAF", "promise_to_pay", date="2032-07-16", sender=1,
      fam=["self-correction", "Bastille Day"]),
    R("V7229", at("V7229", 6, 30, "16:40"),
      "Bonjour,\n\nClôture semestrielle aujourd'hui. La facture 72292 sera payée sous huitaine.\n\nJ. Roux",
      "promise_to_pay", date="2032-07-08", inv=["INV-2028-72292"], sender=2, fam=["sous huitaine", "half-year close"]),
    R("V7230", at("V7230", 6, 9, "14:00"),
      "Bonjour,\n\nComme convenu avec notre avocat, le paiement de septante pour cent de la facture sera effectué le 30 juin, "
      "soit 3.444,00 EUR.\n\nMarc Dewulf", "promise_to_pay", date="2032-06-30", amount="3444.00", sender=1,
      fam=["Belgian French", "septante", "legal account"]),
    R("V7230", at("V7230", 7, 19, "12:10"),
      "Bonjour, mercredi c'est la fête nationale et la friterie tourne à plein. Je fais le virement jeudi 22 avec la "
      "communication structurée. Marc", "promise_to_pay", date="2032-07-22", sender=1, fam=["Belgian National Day"]),
    R("V7231", at("V7231", 6, 21, "09:30"),
      "Allô,\n\nOn est dans le rush de la Saint-Jean, les feux de joie sont jeudi. Je vous envoie le paiement lundi le 28, "
      "promis.\n\nJosée Gagnon\nContrôleuse", "promise_to_pay", date="2032-06-28", sender=1,
      fam=["Québec French", "Saint-Jean", "lundi le 28"]),
    R("V7231", at("V7231", 7, 2, "10:45"),
      "Bonjour, avec la fête du Canada pis le déménagement de nos bureaux le 1er, la 72312 va partir mercredi prochain. "
      "Martin", "promise_to_pay", date="2032-07-07", inv=["INV-2028-72312"], sender=2,
      fam=["Québec French", "mercredi prochain", "pis"]),
    R("V7232", at("V7232", 7, 5, "08:30"),
      "Bonjour,\n\nAvant les vacances horlogères (dès le 17 juillet), nous soldons toutes les factures ouvertes. Paiement le "
      "vendredi 9 juillet.\n\nMeilleures salutations\nNathalie Golay", "promise_to_pay", date="2032-07-09", sender=1,
      fam=["Swiss French", "vacances horlogères distractor"]),
    R("V7232", at("V7232", 6, 2, "13:20"),
      "Bonjour,\n\nLa 72321 sera payée d'ici au 15. La 72322 n'est pas encore échue chez nous.\n\nN. Golay",
      "promise_to_pay", date="2032-06-15", inv=["INV-2028-72321", "INV-2028-72322"], sender=1, fam=["d'ici au", "Swiss French"]),
    R("V7228", at("V7228", 7, 27, "09:50"),
      "Bonjour, paiement début août, le temps que l'expert-comptable valide la situation de juillet (rdv le 29). Karim",
      "promise_to_pay", date="2032-08-01", sender=2, fam=["début du mois", "meeting distractor"]),
    R("V7229", at("V7229", 7, 26, "11:00"),
      "Bonjour,\n\nLe solde de 72291 (1 200 €, nous avons déjà versé un acompte de 30 000 €) sera viré demain. La 72292 suit "
      "dans quinze jours.\n\nJulien Roux", "promise_to_pay", date="2032-07-27", amount="1200.00", inv=["INV-2028-72291", "INV-2028-72292"],
      sender=2, fam=["balance after deposit", "two dates"]),
    R("V7231", at("V7231", 7, 23, "15:30"),
      "Bonjour,\n\nJe vais vous faire le virement à la fin du mois. On en a pour une semaine à compter les recettes du "
      "festival.\n\nJosée", "promise_to_pay", date="2032-07-31", sender=1, fam=["fin du mois", "Québec French"]),
    R("V7232", at("V7232", 7, 28, "10:00"),
      "Bonjour, nos vacances se terminent le 8 août. Le paiement de la 72322 interviendra la semaine suivante, le mardi 10. "
      "N. Golay", "promise_to_pay", date="2032-08-10", inv=["INV-2028-72322"], sender=1,
      fam=["holiday distractor", "weekday with ordinal"]),
    R("V7230", at("V7230", 6, 1, "09:00"),
      "Bonjour,\n\nNotre avocat me dit que le plan de réorganisation est homologué. Le premier paiement suivra début de la "
      "semaine prochaine.\n\nMarc Dewulf", "promise_to_pay", date="2032-06-07", sender=1,
      fam=["réorganisation judiciaire", "début de la semaine prochaine"]),
    R("V7228", at("V7228", 6, 10, "17:00"),
      "C'est noté, encore une relance, on ne s'ennuie jamais avec vous. Le virement part demain. S. Renaud",
      "promise_to_pay", date="2032-06-11", sender=1, fam=["sarcasm", "tomorrow"]),
    # ---------------------------------------------------------------- déjà payé
    R("V7228", at("V7228", 6, 21, "10:00"),
      "Bonjour,\n\nLe virement de 7 720,00 € est parti vendredi dernier (18/06). Merci de vérifier.\n\nKarim Benali",
      "already_paid", sender=2, fam=["matched by amount"], note="matches BK72-031"),
    R("V7231", at("V7231", 6, 29, "09:10"),
      "Bonjour, le télévirement a été fait hier, réf. FSJ3302, 16 360 $. Bonne Saint-Jean en retard! Josée",
      "already_paid", ref="FSJ3302", sender=1, fam=["Québec French", "matched"], note="matches BK72-032"),
    R("V7232", at("V7232", 7, 12, "08:20"),
      "Bonjour,\n\nLe paiement de CHF 20'530.00 a été exécuté le 9 juillet, référence HVJ-0921.\n\nNathalie Golay",
      "already_paid", ref="HVJ-0921", sender=1, fam=["Swiss number", "matched"], note="matches BK72-033"),
    R("V7229", at("V7229", 7, 23, "14:30"),
      "Bonjour,\n\nNous avons réglé ce jour 30 000 € sur la 72291. Le reste suit.\n\nJulien Roux", "already_paid",
      inv=["INV-2028-72291"], sender=2, human=["amount short of the open balance (BK72-034)"], fam=["part payment"]),
    R("V7230", at("V7230", 7, 1, "11:00"),
      "Bonjour, le paiement a été fait hier via mon avocat. Marc", "already_paid", sender=1, human=["no matching payment"],
      fam=["legal account", "unmatched"]),
    # ---------------------------------------------------------------- litiges
    R("V7228", at("V7228", 6, 28, "12:40"),
      "Bonjour,\n\nSur la 72282, vous facturez 6 guirlandes lumineuses, on n'en a reçu que 4 et deux ne s'allument pas. "
      "Merci de faire un avoir.\n\nSylvie", "dispute", inv=["INV-2028-72282"], sender=1, fam=["goods"]),
    R("V7229", at("V7229", 6, 17, "10:10"),
      "Bonjour,\n\nLa facture 72291 applique une TVA à 20 % sur des prestations réalisées à Monaco... Nous contestons le "
      "montant de TVA et attendons une facture rectificative.\n\nHélène Marchal", "dispute", inv=["INV-2028-72291"], sender=1,
      fam=["VAT"]),
    R("V7231", at("V7231", 7, 14, "13:00"),
      "Bonjour, les frais de livraison sur la 72311 sont trois fois ceux de la soumission. On ne paie pas ça. Martin Tremblay",
      "dispute", inv=["INV-2028-72311"], sender=2, fam=["fee", "Québec French"]),
    R("V7232", at("V7232", 6, 24, "09:45"),
      "Bonjour,\n\nLes 200 spiraux livrés avec la 72321 sont hors tolérance, nous les retournons. Merci d'établir une note de "
      "crédit; la facture restera en suspens d'ici là.\n\nNathalie Golay", "dispute", inv=["INV-2028-72321"], sender=1,
      fam=["quality", "Swiss French"]),
    # ---------------------------------------------------------------- copies
    R("V7228", at("V7228", 7, 6, "14:20"),
      "Bonjour, vous pouvez me renvoyer la facture 72281 ? Je ne la retrouve pas dans mes mails. Merci, Karim",
      "invoice_resend", inv=["INV-2028-72281"], sender=2, fam=["copy"]),
    R("V7231", at("V7231", 6, 3, "11:00"),
      "Bonjour,\n\nJe n'ai jamais reçu la 72312. Pouvez-vous me l'envoyer avec le numéro de TPS/TVQ?\n\nJosée",
      "invoice_resend", inv=["INV-2028-72312"], sender=1, fam=["never received", "Québec"]),
    R("V7229", at("V7229", 7, 5, "09:30"),
      "Bonjour,\n\nPourriez-vous nous adresser un relevé de compte arrêté au 30 juin pour notre clôture semestrielle ?\n\n"
      "Comptabilité fournisseurs", "invoice_resend", sender=0, fam=["statement", "half-year close"]),
    # ---------------------------------------------------------------- bon de commande / facturation
    R("V7229", at("V7229", 6, 11, "15:30"),
      "Bonjour,\n\nLe numéro de bon de commande sur la 72292 est erroné : il s'agit du PQ-BC-6651. Merci de nous transmettre "
      "une facture corrigée.\n\nJulien Roux", "po_change", inv=["INV-2028-72292"], sender=2, fam=["PO correction"]),
    R("V7231", at("V7231", 7, 8, "10:15"),
      "Bonjour, on a déménagé le 1er juillet. Nouvelle adresse de facturation : 455, rue Principale, Saint-Sauveur (Québec). "
      "Pouvez-vous corriger les factures? Josée", "po_change", sender=1, fam=["billing address", "moving day"]),
    R("V7228", at("V7228", 7, 21, "16:00"),
      "Bonjour,\n\nÀ partir d'août, merci de déposer vos factures sur Chorus Pro... non, pardon, c'est pour la mairie. Pour nous : "
      "envoyez-les à factures@guinguette-marne.example.\n\nSylvie", "po_change", sender=1, fam=["invoice mailbox", "self-correction"]),
    # ---------------------------------------------------------------- échéancier
    R("V7228", at("V7228", 6, 15, "18:20"),
      "Bonjour,\n\nLa saison démarre doucement avec la pluie. Serait-il possible de régler en trois fois, 2 500 € le 30 juin puis "
      "fin juillet et fin août ?\n\nSylvie Renaud", "payment_plan_request", date="2032-06-30", amount="2500.00", sender=1,
      fam=["plan with dates"]),
    R("V7231", at("V7231", 7, 27, "14:00"),
      "Bonjour, est-ce qu'on pourrait étaler la 72311 sur trois mois? Le festival a perdu de l'argent avec la pluie. Martin",
      "payment_plan_request", inv=["INV-2028-72311"], sender=2, fam=["plan undated", "Québec"]),
    R("V7230", at("V7230", 6, 22, "10:30"),
      "Bonjour,\n\nPourrions-nous payer le solde en quatre mensualités à partir du 15 juillet ?\n\nMarc Dewulf",
      "payment_plan_request", date="2032-07-15", sender=1, fam=["plan", "legal account"]),
    # ---------------------------------------------------------------- absences
    R("V7229", at("V7229", 7, 13, "08:00"),
      "Bonjour,\n\nJe suis absente jusqu'au 19 juillet inclus. Pour toute urgence : fournisseurs@pyro-quatorze.example.\n\n"
      "Hélène Marchal", "out_of_office", sender=1, headers=AUTO, subject=auto("Réponse automatique", "fr", name("V7229")),
      fam=["auto", "Bastille Day"]),
    R("V7232", at("V7232", 7, 16, "17:00"),
      "Bonjour,\n\nNotre entreprise est fermée pour les vacances horlogères du 17 juillet au 8 août 2032. Nous traiterons votre "
      "message dès le lundi 9 août.\n\nHorlogerie Vallée de Joux", "out_of_office", sender=1, headers=AUTO,
      subject=auto("Absence", "fr", name("V7232")), human=["absence beyond 14 days"], fam=["vacances horlogères", "closure"]),
    R("V7231", at("V7231", 6, 23, "16:00"),
      "Bonjour, je suis en congé pour la Saint-Jean et de retour le mardi 29 juin. Josée Gagnon", "out_of_office", sender=1,
      headers=AUTO, subject=auto("Réponse automatique", "fr", name("V7231")), fam=["auto", "Saint-Jean"]),
    # ---------------------------------------------------------------- non remis
    R("V7228", at("V7228", 6, 14, "09:06"),
      "Ceci est un message automatique du système de messagerie.\n\nVotre message n'a pas pu être remis au destinataire "
      "suivant :\n\ncompta@guinguette-marne.example\n\nRaison : 550 5.1.1 Adresse du destinataire inconnue", "bounce",
      sender="mailer-daemon@guinguette-marne.example", lang="fr", subject="Non remis : Relance : factures échues – " + name("V7228"),
      dsn=(addr("V7228", 0), "5.1.1"), gap_days=0, quote="none", fam=["French DSN"]),
    R("V7231", at("V7231", 7, 19, "09:09"),
      "Votre message n'a pas pu être livré à comptes@fstjean-laurentides.example.\n\nLa boîte aux lettres du destinataire est "
      "pleine et ne peut pas accepter de messages pour le moment.\n\nCode d'état : 554 5.2.2", "bounce",
      sender="postmaster@fstjean-laurentides.example", lang="fr", subject="Non remis : Relance : factures échues",
      dsn=(addr("V7231", 0), "5.2.2"), gap_days=0, quote="none", fam=["Exchange French NDR"]),
    # ---------------------------------------------------------------- mauvais contact
    R("V7229", at("V7229", 6, 2, "12:00"),
      "Bonjour,\n\nJulien Roux a quitté la société fin mai. Merci d'écrire désormais à fournisseurs@pyro-quatorze.example.\n\n"
      "Hélène Marchal, DAF", "wrong_contact", sender=1, fam=["left company"]),
    R("V7232", at("V7232", 7, 2, "15:00"),
      "Bonjour, je ne m'occupe plus de la comptabilité depuis le 1er juillet. Adressez-vous à compta@hvj-horlogerie.example. "
      "N. Golay", "wrong_contact", sender=1, fam=["role change"]),
    # ---------------------------------------------------------------- divers
    R("V7228", at("V7228", 6, 4, "09:00"),
      "Bien reçu, merci. Je transmets à Karim.", "other", sender=1, fam=["no-action"]),
    R("V7229", at("V7229", 7, 20, "10:00"),
      "Bonjour,\n\nVotre RIB a changé sur la dernière facture. Pouvez-vous nous confirmer par téléphone le nouveau RIB avant "
      "tout paiement ? Procédure anti-fraude.\n\nJulien Roux", "other", sender=2, human=["bank-detail confirmation"],
      fam=["fraud check"]),
    R("V7231", at("V7231", 6, 8, "13:30"),
      "Bonjour, est-ce qu'on peut payer par carte de crédit? Josée", "other", sender=1, human=["payment method question"],
      fam=["card question", "Québec"]),
    R("V7230", at("V7230", 7, 7, "10:00"),
      "Bonjour,\n\nVotre dossier a été enregistré sous le numéro 2032-0707-118. Nous vous répondrons dans les meilleurs "
      "délais.\n\nService administratif", "other", sender=0, headers=AUTO, subject="[2032-0707-118] Relance : factures échues",
      fam=["no-action", "helpdesk"]),
]
