"""field30, French replies (Doubs, the Semois valley in Belgium, Québec), written by hand."""

from evals.field30.build import Payment, Reply
from evals.field30.kit import AUTO, CET, QC, at

FR_FOOTER = ("Fromagerie du Haut-Doubs SARL – capital 45 000 € – RCS Besançon 512 884 301. Ce message et toutes les pièces jointes sont "
             "confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
             "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.")

PAYMENTS = [
    Payment("BK30-015", "R3019", "2026-11-12", "1815.00", "EUR", "FHD1211 FROMAGERIE HAUT DOUBS"),
]

REPLIES = [
    Reply("R3019", at(17, "10:05", CET), """Bonjour,

Le règlement des deux factures partira vendredi prochain par virement.

Cordialement,
Sylvie Girardot""", "promise_to_pay", date="2026-11-27", fam=["next-weekday"]),
    Reply("R3019", at(18, "14:50", CET), """Bonjour,

Nous réglerons la 93037 le 3 décembre et la 93038 avec notre échéance de fin décembre.

Bonne journée,
S. Girardot""", "promise_to_pay", date="2026-12-03", inv=["93037", "93038"], fam=["two-dates", "date-in-words"]),
    Reply("R3019", at(19, "11:30", CET), """Bonjour,

Suite à notre conversation téléphonique de lundi, je vous confirme un virement de 3 000 € le 27, le solde début janvier.

Sylvie""", "promise_to_pay", date="2026-11-27", amount="3000.00", fam=["past-call-distractor", "ordinal-alone", "partial-amount"]),
    Reply("R3019", at(20, "09:15", CET), """Paiement sous huitaine. Cdt""", "promise_to_pay", date="2026-11-27", fam=["sous-huitaine", "terse-mobile"]),
    Reply("R3019", at(17, "16:20", CET), """Bonjour,

Nous sommes pris par le salon du Comté du 5 décembre, mais le virement est bien programmé pour le jeudi 10 décembre.

Cordialement""", "promise_to_pay", sender=0, date="2026-12-10", fam=["weekday-ordinal", "event-distractor"]),
    Reply("R3020", at(17, "11:40", CET), """Bonjour,

Nous payerons la facture 93040 mardi en huit. Pour la 93039, il faudra attendre que notre distributeur liégeois nous règle.

Laurent Pirotte""", "promise_to_pay", date="2026-12-01", inv=["93040", "93039"], human=["conditional"],
          fam=["mardi-en-huit", "two-dates", "third-party-payment", "belgian"]),
    Reply("R3020", at(18, "09:35", CET), """Bonjour Monsieur,

Le paiement de 9.750,00 EUR sera effectué le 30/11 avec la communication structurée +++093/0390/40123+++.

Pourriez-vous débloquer nos livraisons dès réception ?

Laurent Pirotte
Administrateur délégué""", "promise_to_pay", date="2026-11-30", amount="9750.00", partial=False, ref="+++093/0390/40123+++",
          fam=["structured-communication", "locale-numeric-dayfirst", "belgian"]),
    Reply("R3020", at(20, "21:15", CET), """Septante pour cent ce lundi, le reste à la Saint-Nicolas. Bonne soirée.""", "promise_to_pay", date="2026-11-23",
          human=["partial"], fam=["partial", "holiday", "late-evening", "belgian"]),
    Reply("R3021", at(17, "10:30", QC), """Bonjour,

Le chèque sera posté la semaine prochaine, probablement mercredi.

Marc-André""", "promise_to_pay", date="2026-11-25", fam=["hedged-weekday", "cheque", "quebec"]),
    Reply("R3021", at(18, "13:15", QC), """Allo, on vous paye le 1er décembre par virement, c'est notre date de paie des fournisseurs.""", "promise_to_pay",
          date="2026-12-01", fam=["payment-cycle", "quebec"]),
    Reply("R3021", at(19, "09:50", QC), """Bonjour,

Vos factures seront payées d'ici 15 jours ouvrables.

Comptes à payer
Transports Lévesque inc.""", "promise_to_pay", sender=0, date="2026-12-10", fam=["working-days", "quebec"]),
    Reply("R3021", at(20, "10:25", QC), """Voir ci-dessous la réponse de notre contrôleur.

Comptes à payer

-----Message d'origine-----
De : Marc-André Lévesque <m.levesque@transports-levesque.example>
Envoyé : 20 novembre 2026 08:12
À : Comptes à payer <comptesapayer@transports-levesque.example>
Objet : TR: Rappel Northwind

On les paye jeudi le 3 décembre, les deux. Pas avant, le camion 14 est au garage pis ça coûte une fortune.

-----Message d'origine-----
De : Comptes à payer
Envoyé : 19 novembre 2026 15:40
Objet : Rappel Northwind

Marc-André, Northwind relance pour 93041 et 93042. On fait quoi?""", "promise_to_pay", sender=0, date="2026-12-03", inv=["93041", "93042"],
          fam=["forwarded-chain", "see-below", "weekday-ordinal", "quebec"]),
    Reply("R3019", at(19, "15:40", CET), """Bonjour,

Notre expert-comptable passe le 1er décembre pour la clôture ; le paiement sera fait dans la foulée, le 2.

Cordialement
Sylvie Girardot""", "promise_to_pay", date="2026-12-02", fam=["meeting-before-payment", "ordinal-alone"]),
    Reply("R3020", at(19, "12:05", CET), """Bonjour,

Nous vous payerons dès que la banque aura validé notre crédit de caisse. Nous avons rendez-vous avec elle la semaine prochaine.

L. Pirotte""", "promise_to_pay", human=["conditional"], fam=["condition", "bank-approval", "belgian"]),
    Reply("R3019", at(18, "10:40", CET), f"""Madame, Monsieur,

Nous accusons réception de votre relance du 14 novembre. Nous vous informons que le règlement des factures n° 93037 et 93038 interviendra le dernier jour ouvré du mois, conformément à nos usages.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service comptabilité

{FR_FOOTER}""", "promise_to_pay", sender=0, date="2026-11-30", inv=["93037", "93038"],
          fam=["last-working-day", "invoice-date-distractor", "formal-ap", "long-disclaimer"]),
    Reply("R3021", at(17, "22:30", QC), """Désolé de la réponse tardive. Le virement part demain matin sans faute.""", "promise_to_pay", date="2026-11-18",
          fam=["late-evening", "quebec"]),
    Reply("R3020", at(17, "15:10", CET), """Le paiement est prévu semaine 50.""", "promise_to_pay", sender=0, date="2026-12-11", fam=["calendar-week", "belgian"]),
    # ---- other intents
    Reply("R3019", at(19, "10:10", CET), """Bonjour,

Nous avons réglé la facture 93038 le 12 novembre par virement, référence FHD-1211.

Cordialement""", "already_paid", sender=0, ref="FHD-1211", inv=["93038"], fam=["remittance-reference-variant"]),
    Reply("R3021", at(19, "14:30", QC), """Bonjour, le paiement a été fait par chèque #20417 le 10 novembre, 2 640 $. Il a dû se perdre à la poste?""",
          "already_paid", ref="20417", inv=["93042"], human=["no matching payment"], fam=["cheque-number", "quebec"]),
    Reply("R3019", at(20, "11:50", CET), """Bonjour,

La facture 93037 comporte des frais de transport de 180 € alors que le franco de port était convenu dans votre offre. Merci de nous adresser un avoir.

Sylvie Girardot""", "dispute", inv=["93037"], fam=["freight", "credit-note"]),
    Reply("R3021", at(18, "15:45", QC), """Bonjour,

Vous avez facturé 12 palettes de sangles sur la 93041, on en a reçu 10. Je retiens le paiement tant que ce n'est pas corrigé.

Marc-André Lévesque""", "dispute", inv=["93041"], fam=["short-delivery", "quebec"]),
    Reply("R3020", at(19, "16:30", CET), """Bonjour, pourriez-vous nous renvoyer la facture 93040 ? Elle s'est perdue dans nos mails. Merci""", "invoice_resend",
          inv=["93040"], sender=0, fam=["copy-request", "belgian"]),
    Reply("R3021", at(20, "13:40", QC), """Bonjour, pourriez-vous m'envoyer un état de compte à jour? Merci""", "invoice_resend", fam=["statement", "quebec"]),
    Reply("R3019", at(17, "13:25", CET), """Bonjour,

À compter de maintenant, merci d'envoyer vos factures uniquement à factures@fromagerie-hautdoubs.example et d'y faire figurer notre numéro de bon de commande.

Cordialement""", "po_change", sender=0, fam=["send-future-invoices", "po-required"]),
    Reply("R3021", at(18, "10:50", QC), """Bonjour,

Notre raison sociale a changé : Transports Lévesque et Fils inc., NEQ 1174882901. Merci de réémettre les deux factures à ce nom.

Comptes à payer""", "po_change", sender=0, fam=["entity-name", "tax-id", "quebec"]),
    Reply("R3020", at(18, "15:20", CET), """Bonjour,

Serait-il possible d'étaler le paiement en 4 mensualités à partir du 15 décembre ? La saison a été mauvaise.

Laurent Pirotte""", "payment_plan_request", date="2026-12-15", fam=["plan-request", "belgian"]),
    Reply("R3019", at(20, "16:05", CET), """Bonjour, pourrions-nous payer la moitié maintenant et le solde en janvier ? Merci de votre compréhension. Sylvie""",
          "payment_plan_request", date="2026-11-20", fam=["half-now"]),
    Reply("R3019", at(18, "07:30", CET), """Bonjour, je suis absente jusqu'au lundi 23 novembre inclus. Pour toute urgence : compta@fromagerie-hautdoubs.example.""",
          "out_of_office", headers=dict(AUTO), subject="Réponse automatique : Relance : factures échues – Fromagerie du Haut-Doubs SARL", fam=["auto-reply"]),
    Reply("R3021", at(17, "07:55", QC), """Bonjour, je suis en congé jusqu'au 7 décembre. Pour les comptes à payer, écrivez à comptesapayer@transports-levesque.example.""",
          "out_of_office", headers=dict(AUTO), human=["away more than 14 days"], subject="Réponse automatique : Relance : factures échues",
          fam=["auto-reply", "long-absence", "quebec"]),
    Reply("R3019", at(19, "06:15", CET), """Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis au destinataire suivant :
s.girardot@fromagerie-hautdoubs.example

Raison : 550 5.1.1 Adresse inconnue / utilisateur inexistant.""", "bounce", sender="MAILER-DAEMON@smtp.fromagerie-hautdoubs.example",
          subject="Non remis : Relance : factures échues", dsn=("s.girardot@fromagerie-hautdoubs.example", "5.1.1"), fam=["dsn-postfix"]),
    Reply("R3020", at(20, "05:50", CET), """Remise du message impossible aux destinataires suivants :

l.pirotte@brasserie-semois.example
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.

Informations de diagnostic pour les administrateurs : 552 5.2.2 STOREDRV.Deliver; mailbox full""", "bounce",
          sender="postmaster@brasserie-semois.example", subject="Non remis : Relance : factures échues – Brasserie artisanale de la Semois SRL",
          dsn=("l.pirotte@brasserie-semois.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),
    Reply("R3020", at(18, "11:10", CET), """Bonjour,

M. Pirotte ne fait plus partie de la brasserie depuis la reprise par le groupe Ardenne Boissons. Veuillez désormais vous adresser à Mme Nathalie Collard, n.collard@ardenne-boissons.example.

Cordialement""", "wrong_contact", sender=0, fam=["acquisition", "contact-gone", "belgian"]),
    Reply("R3021", at(19, "16:20", QC), """Bonjour, je suis répartiteur, pas à la comptabilité. Je ne sais pas pourquoi je reçois ça.""", "wrong_contact",
          sender="repartition@transports-levesque.example", fam=["not-my-department", "quebec"]),
    Reply("R3019", at(20, "10:45", CET), """Bien reçu, je fais suivre à Mme Girardot qui gère les règlements.""", "other", fam=["no-action", "acknowledgement"]),
    Reply("R3020", at(17, "17:30", CET), """Madame, Monsieur,

Nous vous informons que la SRL Brasserie artisanale de la Semois a introduit une procédure de réorganisation judiciaire auprès du tribunal de l'entreprise de Liège, division Neufchâteau. Un sursis a été accordé jusqu'au 20 mars 2027. Vos créances seront traitées dans le cadre du plan.

Laurent Pirotte""", "other", human=["insolvency"], fam=["insolvency", "reorganisation", "belgian"]),
]
