"""French replies (field4, hand-written): a roofing carpenter, a public hospital (Chorus Pro), a dairy GAEC, a Brussels
law firm, a Geneva hotel group and a volunteer-run charity."""

from evals.field4.build import Payment as P
from evals.field4.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK4-0201", "J441", "2026-11-16", "7420.00", "EUR", "VIR SEPA SARL CHARPENTE OLLIVIER OLLIVIER FAC 84411 84412"),
    P("BK4-0202", "J443", "2026-11-17", "2035.00", "EUR", "REMISE CHQ 2254418", "cheque"),
    P("BK4-0203", "J444", "2026-10-22", "2900.00", "EUR", "DUMONT LEFEVRE AVOCATS"),
    P("BK4-0204", "J445", "2026-11-20", "8440.00", "EUR", "LR-PAY-3381 HOTELS LEMAN RIVE"),
    P("BK4-0205", "J446", "2026-11-24", "780.00", "EUR", "ASSOC ENTRAIDE SOLIDAIRE"),
    P("BK4-0206", "J442", "2026-11-25", "12600.00", "EUR", "DGFIP TRESORERIE MONTBRISON MDT 2026004512"),
]

REPLIES = [
    # ---- promesses
    R("J441", "2026-11-16T18:30:00+01:00", "Bonsoir, je fais le virement jeudi. Yann", "promise_to_pay", date="2026-11-19", fam=["date:weekday", "voice:terse", "setting:construction"], sender=1, quote="none"),
    R("J441", "2026-11-24T09:20:00+01:00", "Bonjour,\n\nLe règlement était prévu le 3 décembre, il est décalé au 10 décembre suite à un retard de paiement de notre client.\n\nCordialement\nService comptabilité",
      "promise_to_pay", date="2026-12-10", fam=["date:moved", "setting:construction"], sender=0),
    R("J441", "2026-11-10T07:15:00+01:00", "bonjour je vous paye a la fin du mois promis desolé pour le retard on a eu un chantier qui a glissé", "promise_to_pay", date="2026-11-30",
      fam=["voice:dictated", "date:end-of-month"], sender=1, quote="none"),
    R("J442", "2026-11-12T14:40:00+01:00", "Madame, Monsieur,\n\nLe mandatement de votre facture a été effectué. Le paiement par le comptable public interviendra sous quinze jours.\n\nNathalie Perrin\nService achats",
      "promise_to_pay", date="2026-11-26", fam=["date:fifteen-days", "setting:hospital", "setting:public-procurement"], sender=1),
    R("J442", "2026-11-20T10:00:00+01:00", "Madame, Monsieur,\n\nVotre facture sera mise en paiement dès que le service fait aura été constaté dans Chorus Pro par le service utilisateur.\n\nLe service facturier",
      "promise_to_pay", human=["conditional"], fam=["promise:conditional", "setting:hospital"], sender=0),
    R("J442", "2026-11-26T11:00:00+01:00", "Bonjour, compte tenu des contraintes budgétaires de fin d'exercice, le paiement interviendra à la fin du trimestre.\nN. Perrin", "promise_to_pay",
      date="2026-12-31", fam=["date:quarter-end", "setting:hospital"], sender=1),
    R("J443", "2026-11-13T20:10:00+01:00", "Bonjour, on attend la paie de la laiterie, je vous règle début décembre. Marc", "promise_to_pay", date="2026-12-01",
      fam=["date:beginning-of-month", "setting:farm"], sender=1, quote="none"),
    R("J443", "2026-11-25T12:30:00+01:00", "Paiement ven. 27\nGAEC des Trois Sources", "promise_to_pay", date="2026-11-27", fam=["date:abbrev-weekday-day", "voice:terse", "setting:farm"], sender=0, quote="none"),
    R("J444", "2026-11-09T11:00:00+01:00", "Madame, Monsieur,\n\nMaître Dumont étant en audience toute la semaine, je me permets de vous confirmer que votre facture sera réglée le 20/11.\n\nBien à vous,\nLe secrétariat",
      "promise_to_pay", date="2026-11-20", fam=["voice:pa-on-behalf", "date:numeric-eu", "setting:law-firm"], sender=0),
    R("J444", "2026-11-23T15:30:00+01:00", "Bonjour,\n\nNous procéderons au paiement la semaine prochaine.\n\nAnne Dumont\nAvocate associée", "promise_to_pay", date="2026-12-04",
      fam=["date:next-week", "setting:law-firm"], sender=1),
    R("J444", "2026-11-16T10:00:00+01:00", "Bonjour, le paiement sera effectué en semaine 48. Secrétariat Dumont & Lefèvre", "promise_to_pay", date="2026-11-27",
      fam=["date:calendar-week", "setting:law-firm"], sender=0),
    R("J445", "2026-11-17T08:45:00+01:00", "Bonjour,\n\nLes deux factures passeront dans notre run de paiement de fin de mois, exécuté le dernier jour ouvrable.\n\nMeilleures salutations\nPascal Favre\nContrôleur de gestion",
      "promise_to_pay", date="2026-11-30", fam=["date:month-end-run", "setting:hotel-group"], sender=1),
    R("J445", "2026-11-26T16:00:00+01:00", "Bonjour, paiement prévu le mardi 1er décembre. Comptabilité Léman Rive", "promise_to_pay", date="2026-12-01",
      fam=["date:weekday-ordinal", "setting:hotel-group"], sender=0),
    R("J445", "2026-11-19T09:30:00+01:00", "Grüezi, Zahlung erfolgt am 4.12. für beide Rechnungen.\nP. Favre", "promise_to_pay", date="2026-12-04", lang="de",
      fam=["language-switch", "date:numeric-dotted", "setting:hotel-group"], sender=1, quote="none"),
    R("J446", "2026-11-19T21:00:00+01:00", "Bonjour,\n\nJe suis trésorier bénévole. Le bureau se réunit le 2 décembre pour valider les dépenses et je ferai le virement le lendemain.\n\nGilles Marchand",
      "promise_to_pay", date="2026-12-03", fam=["date:meeting-before-payment", "setting:charity"], sender=1),
    R("J446", "2026-11-06T17:00:00+01:00", "Bonjour, nous pouvons verser 300 € dès aujourd'hui et le solde quand la subvention de la mairie sera arrivée.\nLa trésorerie", "promise_to_pay",
      date="2026-11-06", amount="300.00", human=["conditional"], fam=["promise:partial", "promise:conditional", "setting:charity"], sender=0),
    # ---- déjà payé
    R("J441", "2026-11-18T10:10:00+01:00", "Bonjour,\n\nVirement effectué le 16/11, référence OLLIVIER FAC 84411 84412.\n\nCordialement\nComptabilité", "already_paid", ref="OLLIVIER FAC 84411 84412",
      inv=["84411", "84412"], note="BK4-0201 puts the payer first; matches by amount and date", fam=["paid:reference", "setting:construction"], sender=0),
    R("J443", "2026-11-20T08:00:00+01:00", "Réglé par chèque n° 2254418 envoyé le 12/11.\nMarc Rivet", "already_paid", ref="2254418", note="BK4-0202 matches by amount and date",
      fam=["paid:cheque", "setting:farm"], sender=1),
    R("J444", "2026-11-13T09:30:00+01:00", "Bonjour, cette facture a été payée le 12/11. Bien à vous, Secrétariat", "already_paid", human=["no matching payment"],
      note="BK4-0203 is of that amount but dated 22 October, outside 14 days of the claimed date", fam=["paid:date-mismatch", "setting:law-firm"], sender=0),
    R("J445", "2026-11-24T14:20:00+01:00", "Bonjour,\n\nPaiement effectué le 20.11.2026 pour EUR 8'440.00, réf. LR-PAY-3381.\n\nMeilleures salutations\nComptabilité", "already_paid", ref="LR-PAY-3381",
      note="matches BK4-0204 by reference", fam=["paid:reference", "date:numeric-dotted", "flag:strategic"], sender=0),
    R("J446", "2026-11-27T09:00:00+01:00", "C'est réglé depuis mardi ! Bonne journée 🙂", "already_paid", note="matches BK4-0205 by amount and date", fam=["paid:weekday-past", "voice:emoji", "setting:charity"],
      sender=0, quote="none"),
    R("J442", "2026-11-25T15:00:00+01:00", "Madame, Monsieur,\n\nVotre facture a été mise en paiement le 23/11/2026 (mandat n° 2026-004512).\n\nLe service facturier", "already_paid", ref="2026-004512",
      note="BK4-0206 (treasury) matches by amount and date", fam=["paid:public-mandate", "setting:hospital"], sender=0),
    # ---- contestations
    R("J441", "2026-11-12T19:00:00+01:00", "Sur la 84412 vous facturez 60 m de liteaux, on en a reçu 40. Je ne paie pas tant que ce n'est pas corrigé.\nYann", "dispute", inv=["84412"],
      fam=["dispute:quantity", "setting:construction"], sender=1, quote="none"),
    R("J445", "2026-11-11T10:30:00+01:00", "Bonjour,\n\nVous avez facturé la TVA allemande à 19 % alors qu'il s'agit d'une livraison à l'exportation vers la Suisse. Merci de nous adresser une facture rectifiée hors TVA.\n\nPascal Favre",
      "dispute", fam=["dispute:vat", "setting:hotel-group"], sender=1),
    # ---- copies
    R("J443", "2026-11-06T13:00:00+01:00", "Bonjour, on n'a jamais reçu la facture, vous pouvez la renvoyer ?", "invoice_resend", fam=["resend:never-received", "setting:farm"], sender=0, quote="none"),
    R("J446", "2026-11-12T18:00:00+01:00", "Bonjour,\n\nPourriez-vous nous adresser un relevé de compte pour notre clôture annuelle ?\n\nGilles Marchand, trésorier", "invoice_resend",
      fam=["resend:statement", "setting:charity"], sender=1),
    # ---- facturation
    R("J442", "2026-11-05T09:00:00+01:00", "Madame, Monsieur,\n\nConformément à l'obligation de facturation électronique, toute facture adressée au Centre Hospitalier doit être déposée sur Chorus Pro avec le numéro d'engagement juridique EJ-CH-2026-1147 et le code service FACT-CH. Les factures transmises par courriel ne sont pas traitées.\n\nLe service facturier",
      "po_change", fam=["po:chorus-pro", "setting:hospital"], sender=0),
    R("J444", "2026-11-18T12:00:00+01:00", "Bonjour,\n\nMerci de libeller désormais vos factures au nom de Dumont & Lefèvre SRL, numéro d'entreprise BE 0745.123.456, et de réémettre la facture en cours.\n\nAnne Dumont",
      "po_change", fam=["po:legal-entity", "setting:law-firm"], sender=1),
    # ---- échéanciers
    R("J443", "2026-11-18T20:30:00+01:00", "Est-ce qu'on peut payer en trois fois ? 700 € le 10 décembre et le reste en janvier et février.\nMarc", "payment_plan_request", date="2026-12-10", amount="700.00",
      fam=["plan:instalments", "setting:farm"], sender=1),
    R("J446", "2026-11-24T19:00:00+01:00", "Bonjour, serait-il possible d'échelonner le paiement sur quatre mois ? Nos finances sont très tendues cette année.\nLa trésorerie", "payment_plan_request",
      fam=["plan:undated", "setting:charity"], sender=0),
    # ---- absences
    R("J445", "2026-11-18T09:06:00+01:00", "Bonjour,\n\nJe suis absent jusqu'au 7 décembre inclus. Pour toute urgence, merci de contacter comptabilite@lemanrive-hotels.example.\n\nPascal Favre",
      "out_of_office", human=["absence longer than 14 days"], subject="Réponse automatique : Relance : factures échues – Hôtels Léman Rive SA", headers=MS_AUTO, fam=["ooo:long"], sender=1, quote="none"),
    R("J441", "2026-11-23T09:06:00+01:00", "Bonjour, nos bureaux sont fermés du 23 au 27 novembre. Nous traiterons votre message à notre retour le 30 novembre.\nCharpente Ollivier",
      "out_of_office", subject="Absence : Relance : factures échues – SARL Charpente Ollivier", headers=AUTO, fam=["ooo:short", "ooo:office-closed"], sender=0, quote="none"),
    # ---- non remis
    R("J444", "2026-11-10T09:05:27+01:00", "Votre message n'a pas pu être remis à a.dumont@dumont-lefevre.example.\n\na.dumont est introuvable sur dumont-lefevre.example.\n\nInformations de diagnostic pour les administrateurs :\nLe serveur distant a retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      "bounce", sender="postmaster@dumont-lefevre.example", subject="Non remis : Relance : factures échues – Dumont & Lefèvre Avocats", dsn=("a.dumont@dumont-lefevre.example", "5.1.10"),
      fam=["bounce:exchange-fr"], gap_days=0),
    R("J443", "2026-11-16T09:05:50+01:00", "Ce message a été créé automatiquement par le logiciel de messagerie.\n\nIl n'a pas été possible de remettre votre message aux destinataires suivants :\n\n<m.rivet@gaec-troissources.example> : boîte aux lettres pleine (552 5.2.2 Quota exceeded)",
      "bounce", sender="MAILER-DAEMON@smtp.gaec-troissources.example", subject="Message non remis", dsn=("m.rivet@gaec-troissources.example", "5.2.2"),
      fam=["bounce:isp-fr", "bounce:mailbox-full"], gap_days=0),
    # ---- mauvais interlocuteur
    R("J442", "2026-11-17T10:30:00+01:00", "Bonjour,\n\nJe ne suis plus en charge des achats de fournitures depuis ma mutation au service biomédical. Merci de vous adresser à M. Hugo Lambert, h.lambert@ch-montbrison-lignon.example.\n\nN. Perrin",
      "wrong_contact", fam=["wrong:moved-role", "setting:hospital"], sender=1),
    R("J446", "2026-11-26T18:30:00+01:00", "Bonjour, je ne suis plus trésorier de l'association depuis l'assemblée générale d'octobre. Le nouveau trésorier est Benoît Roussel, b.roussel@entraide-duval.example.\nGilles Marchand",
      "wrong_contact", fam=["wrong:left-role", "setting:charity"], sender=1),
    # ---- autres
    R("J441", "2026-11-05T11:00:00+01:00", "Bonjour,\n\nPouvez-vous nous transmettre votre attestation de vigilance URSSAF et un extrait Kbis de moins de trois mois ? Nous ne pouvons pas régler sans ces documents.\n\nComptabilité",
      "other", human=["supplier onboarding"], fam=["other:compliance-documents", "setting:construction"], sender=0),
    R("J443", "2026-11-24T08:00:00+01:00", "Merci, bien reçu.", "other", fam=["no-action", "other:ack"], sender=0, quote="none"),
    R("J443", "2026-11-27T14:00:00+01:00", "Madame, Monsieur,\n\nPar jugement du 24 novembre 2026, le tribunal judiciaire a ouvert une procédure de redressement judiciaire à l'égard du GAEC des Trois Sources. Les créanciers sont invités à déclarer leurs créances auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication au BODACC.\n\nMe Claire Vautrin, mandataire judiciaire",
      "other", human=["insolvency notice"], fam=["other:insolvency", "setting:farm"], sender="c.vautrin@vautrin-mj.example"),
    # ---- added: the Date header's evening decides "demain"
    R("J446", "2026-11-25T23:40:00+01:00", "Pardon pour le retard, je fais le virement demain matin.\nGilles", "promise_to_pay", date="2026-11-26", fam=["date:tz-tomorrow", "setting:charity"],
      sender=1, quote="none"),
    # ---- added: two requests in one reply
    R("J441", "2026-11-26T10:00:00+01:00", "Bonjour,\n\nNous réglerons la 84411 vendredi. Pour la 84412, merci de nous en renvoyer une copie, nous ne l'avons jamais reçue.\n\nComptabilité",
      "promise_to_pay", sec=["invoice_resend"], date="2026-11-27", inv=["84411", "84412"], fam=["multi:promise+resend", "date:weekday", "setting:construction"], sender=0),
]
