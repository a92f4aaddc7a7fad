"""French replies (FR, BE): numéro de bon de commande, nouvelle raison sociale, Chorus Pro, TVA intracommunautaire;
contestations polies (quantité selon le bon de livraison, tarif du devis, frais), relances ironiques; échéancier
contre règlement partiel; interlocuteur parti, rachat; attestations URSSAF, redressement judiciaire."""

from evals.field14.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("FR")
P, R = k.paid, k.r

# po_change
R("T1431", 23, "Bonjour,\n\nPourriez-vous indiquer notre numéro de bon de commande BC-2026-318 sur la facture 14311 et nous la renvoyer ? Sans ce numéro notre expert-comptable la rejette.\n\nCordialement\nClaire Moreau", "po_change", inv=["14311"], fam=["po-change", "add-po", "polite"])
R("T1432", 24, "Bonjour, le bon de commande PPL-5530 est clôturé depuis fin octobre. Merci de refaire la facture 14321 sur le nouveau bon PPL-5602.", "po_change", inv=["14321"], fam=["po-change", "closed-po", "fr-BE"])
R("T1431", 25, "Bonjour, depuis le 1er novembre la boulangerie est exploitée par la SAS Les Trois Épis Gourmands (SIRET 912 447 385 00018). Merci d'établir à nouveau la facture à ce nom.", "po_change", sender=0, fam=["po-change", "new-entity", "siret"])
R("T1432", 26, "Madame, Monsieur,\n\nNotre numéro de TVA (BE0723.118.460) ne figure pas sur votre facture. Merci de nous la renvoyer corrigée, sans quoi nous ne pouvons pas la comptabiliser.\n\nLuc Dubois\nResponsable financier", "po_change", fam=["po-change", "vat-number", "copy-with-correction", "fr-BE"])
R("T1431", 27, "Merci d'envoyer désormais vos factures à factures@trois-epis.example et plus à l'adresse de Claire, c'est notre comptable qui les reçoit maintenant.", "po_change", fam=["po-change", "invoice-mailbox", "vs-wrong-contact"])

# dispute
R("T1431", 24, "Bonjour, sauf erreur de notre part la quantité facturée sur la 14311 ne correspond pas au bon de livraison : nous avons réceptionné 30 sacs de farine T65, la facture en compte 36. Pourriez-vous vérifier ?", "dispute", inv=["14311"], fam=["dispute", "quantity", "delivery-note", "polite"])
R("T1432", 23, "Bonjour, le devis signé en septembre indiquait 58 € l'heure pour l'entretien des pontons ; la facture applique 72 €. Merci de nous faire parvenir une facture rectificative.", "dispute", fam=["dispute", "quoted-rate", "polite", "fr-BE"])
R("T1431", 26, "Ah, une relance pour le four qui ne chauffe toujours pas, c'est charmant. Le technicien devait repasser il y a trois semaines. Nous ne réglerons pas avant la réparation.", "dispute", fam=["dispute", "quality", "sarcasm"])
R("T1432", 27, "Les frais de déplacement (180 €) n'étaient pas prévus au contrat de maintenance. Merci de les retirer ; le reste de la facture est validé.", "dispute", fam=["dispute", "fees", "contract-terms"])
R("T1431", 23, "La 14312 reprend la livraison du 28 octobre déjà facturée sur la 14311. Merci d'annuler l'une des deux.", "dispute", inv=["14312", "14311"], sender=0, fam=["dispute", "duplicate"])

# other
R("T1431", 23, "Bien reçu, merci.", "other", sender=0, fam=["other", "no-action", "acknowledgement"])
R("T1432", 24, "Bonjour, avant tout paiement notre service achats doit recevoir votre attestation de vigilance URSSAF de moins de six mois et un Kbis. Merci de nous les transmettre.", "other", sender=0, human=["supplier paperwork"], fam=["other", "tax-form", "urssaf"])
R("T1431", 25, "Bonjour, je vous informe que la SARL Les Trois Épis a été placée en redressement judiciaire par jugement du tribunal de commerce de Tours du 18 novembre 2026. Merci d'adresser votre déclaration de créance au mandataire judiciaire, Me Legrand.", "other", human=["insolvency"], fam=["other", "insolvency", "redressement"])
R("T1432", 25, "Merci pour la relance. Pourriez-vous nous dire comment créer un accès à votre espace client ? Nous aimerions télécharger les factures nous-mêmes.", "other", human=["portal registration"], fam=["other", "thank-you-that-asks", "portal-registration"])
R("T1431", 27, "Est-ce que ce mail vient bien de chez vous ? Le RIB en bas de page n'est pas celui que nous avons. Je préfère vérifier par téléphone.", "other", human=["fraud check"], fam=["other", "fraud-check", "bank-details"])

# invoice_resend
R("T1431", 24, "Bonjour, nous n'avons jamais reçu la facture 14312. Pouvez-vous nous la renvoyer ?", "invoice_resend", inv=["14312"], sender=0, fam=["resend", "not-received", "vs-dispute"])
R("T1432", 25, "Merci de nous adresser un relevé de compte à jour, notre auditeur le demande pour la clôture.", "invoice_resend", sender=0, fam=["resend", "statement", "fr-BE"])
R("T1431", 26, "Pourriez-vous me renvoyer un duplicata de la 14311 ? Rien à modifier, c'est pour le dossier de la banque.", "invoice_resend", inv=["14311"], fam=["resend", "copy-no-change", "vs-po-change"])
R("T1432", 27, "La pièce jointe de votre relance est vide. Pourriez-vous renvoyer la facture ?", "invoice_resend", fam=["resend", "empty-attachment"])

# wrong_contact
R("T1431", 24, "Bonjour, Claire Moreau a quitté la boulangerie fin octobre. Pour la comptabilité, merci d'écrire à Julien Petit : j.petit@trois-epis.example.", "wrong_contact", sender=0, fam=["wrong-contact", "left-company", "new-contact-named"])
R("T1432", 24, "Je suis capitaine du port, pas comptable. Je ne m'occupe pas des factures, adressez-vous au service fournisseurs.", "wrong_contact", sender="capitainerie@port-du-lac.example", fam=["wrong-contact", "not-my-department", "unknown-sender", "fr-BE"])
R("T1432", 26, "Le port a été repris par la Ville de Namur au 1er novembre. Je n'ai plus la main sur les paiements ; veuillez contacter le service financier de la Ville, finances@namur-ville.example.", "wrong_contact", fam=["wrong-contact", "acquisition", "vs-po-change", "fr-BE"])
R("T1431", 27, "Je ne suis pas la bonne personne, je m'occupe uniquement des plannings du personnel. Merci de me retirer de vos envois.", "wrong_contact", sender="planning@trois-epis.example", fam=["wrong-contact", "not-my-department", "remove-me", "unknown-sender"])

# payment_plan_request
R("T1431", 23, "Serait-il possible d'étaler le paiement de la 14311 sur trois mois ? La trésorerie est tendue avant les fêtes.", "payment_plan_request", inv=["14311"], fam=["plan", "spread", "undated"])
R("T1432", 24, "Pourrions-nous régler 1 500 € par mois à partir du 15 décembre ?", "payment_plan_request", date="2026-12-15", amount="1500.00", fam=["plan", "monthly", "fr-BE"])
R("T1431", 26, "Est-ce qu'on pourrait payer la moitié maintenant et le reste en janvier ?", "payment_plan_request", date=on(26), fam=["plan", "half-now", "question", "vs-promise"])
R("T1432", 27, "Nous souhaiterions un délai supplémentaire de 30 jours sur cette facture. Est-ce envisageable ?", "payment_plan_request", fam=["plan", "deferral", "undated"])

# promise_to_pay
R("T1431", 24, "Le virement partira vendredi. Bonne journée, C. Moreau", "promise_to_pay", date=nxt(24, "fri"), fam=["promise", "weekday", "terse"])
R("T1432", 25, "Nous réglerons 3000 lundi, le solde la semaine suivante.", "promise_to_pay", date=nxt(25, "mon"), amount="3000.00", fam=["promise", "partial", "figure-no-currency"])
R("T1431", 26, "Nous paierons la moitié d'ici la fin du mois et le reste dès que la subvention de la mairie sera versée.", "promise_to_pay", date=EOM, human=["partial", "conditional"], sender=0, fam=["promise", "half", "month-end", "conditional"])
R("T1432", 26, "Comme convenu avec Carla, la deuxième mensualité (2 150 €) sera virée le 1er décembre.", "promise_to_pay", date="2026-12-01", amount="2150.00", fam=["promise", "instalment-existing-plan"])

# already_paid
P("T1431", 23, "Réglé par virement le 20/11, référence VIR-EPIS-2011.", ref="VIR-EPIS-2011", paid_on=20, sender=0, fam=["paid", "reference", "numeric-date"])
R("T1432", 24, "Nous avons versé la moitié le 19 novembre ; le solde suivra après validation du conseil d'administration.", "already_paid", sec=["promise_to_pay"], human=["amount differs from the open balance", "conditional"], fam=["paid", "half", "part-paid", "rest-conditional", "fr-BE"])
k.bank("T1432", 19, "3225.00", "PORT DE PLAISANCE DU LAC ACOMPTE")
R("T1431", 25, "Payé la semaine dernière, merci de vérifier de votre côté.", "already_paid", human=["no matching payment"], fam=["paid", "no-bank-line", "curt"])
P("T1432", 27, "Paiement effectué hier, communication structurée +++140/3210/55301+++.", ref="+++140/3210/55301+++", paid_on=26, fam=["paid", "structured-communication", "fr-BE"])

# out_of_office
R("T1431", 24, "Bonjour, je suis absente jusqu'au lundi 30 novembre inclus. Je traiterai votre message à mon retour.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues", quote="none", hm="09:06", fam=["ooo", "auto", "within-14"])
R("T1432", 25, "Je suis en congé jusqu'au 8 janvier 2027. Pour toute urgence, merci de contacter fournisseurs@port-du-lac.example.", "out_of_office", headers=AUTO, subject="Absence du bureau", quote="none", hm="09:06", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "fr-BE"])

# bounce
R("T1431", 25, "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n<c.moreau@trois-epis.example> : 550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@mail.trois-epis.example", subject="Échec de la remise du message", dsn=("c.moreau@trois-epis.example", "5.1.1"), hm="09:06", lang="fr", fam=["bounce", "fr-dsn", "unknown-user"])
R("T1432", 26, "Non remis : Relance : factures échues\n\nLa boîte aux lettres de l.dubois@port-du-lac.example a été désactivée et ne peut plus recevoir de messages.\n\n550 5.2.1 Boîte désactivée", "bounce", sender="postmaster@port-du-lac.example", subject="Non remis : Relance : factures échues – Port de Plaisance du Lac SA", dsn=("l.dubois@port-du-lac.example", "5.2.1"), hm="09:06", lang="fr", fam=["bounce", "fr-dsn", "disabled-mailbox"])

REPLIES = k.replies
PAYMENTS = k.payments
