"""field44, French: a Lac-Saint-Jean farm co-op on a plan and a Québec general contractor, a Walloon commune and a Namur builders' merchant on credit hold."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AUTO, BE, QC, at

PAYMENTS = [
    Payment("BK44-031", "Y4432", "2026-10-15", "1485.00", "CAD", "EG LAPOINTE INC VIR 94443"),
    Payment("BK44-032", "Y4433", "2026-10-21", "9140.00", "EUR", "+++094/4400/06418+++ COMMUNE GEMBLOUX"),
]

REPLIES = [
    Reply("Y4431", at(19, "09:12", QC), """Bonjour,

Tel qu'entendu avec Carla, le versement d'octobre de 2 000 $ sera fait jeudi, le 22. Le prochain suivra le 20 novembre.

Merci de votre patience,
Sylvie Tremblay, CPA
Contrôleuse
Coopérative agricole du Lac-Saint-Jean
Alma (Québec)""", "promise_to_pay", date="2026-10-22", amount="2000.00", fam=["plan-instalment", "weekday-ordinal", "quebec"]),
    Reply("Y4431", at(20, "15:40", QC), """Bonjour,

La récolte de bleuets a été catastrophique cette année à cause du gel de juin. Serait-il possible de suspendre les versements pour novembre et décembre et de reprendre en janvier avec des versements de 2 500 $?

Sylvie""", "payment_plan_request", fam=["skip-instalments", "harvest", "quebec"]),
    Reply("Y4431", at(21, "10:30", QC), """Bonjour,

Je suis absente du bureau jusqu'au lundi 9 novembre inclusivement (congé de maternité de ma collègue, je la remplace au siège social). Pour toute urgence, écrivez à comptabilite@coop-lacstjean.example.

Sylvie Tremblay""", "out_of_office", headers=AUTO, human=["absent more than 14 days"], fam=["ooo-beyond-14", "quebec"]),
    Reply("Y4431", at(22, "13:00", QC), """Bonjour, vous allez recevoir le paiement pendant la fin de semaine, c'est notre comptable externe qui le fait le samedi. Merci, Réception""",
          "promise_to_pay", date="2026-10-24", sender=0, fam=["fin-de-semaine-quebec", "weekend"],
          note="in Québec 'la fin de semaine' is the weekend: Saturday 24, as the sentence says"),
    Reply("Y4431", at(23, "08:45", QC), """Bonjour,

Nous avons payé le versement de 2 000 $ hier par virement Interac, numéro de confirmation CA2X7Q9K. Merci de confirmer la réception.

Sylvie""", "already_paid", ref="CA2X7Q9K", human=["no matching payment"], fam=["interac", "plan-instalment"],
          note="no bank line for the 2,000 instalment"),
    Reply("Y4432", at(19, "11:11", QC), """Bonjour,

La facture 94443 a été payée le 15 octobre. Pour la 94442, le paiement sera fait vendredi prochain, après l'approbation du chargé de projet.

Marc-André Lapointe, président
Entreprise générale Lapointe inc.
Licence RBQ 5712-3388-01""", "already_paid", sec=["promise_to_pay"], date="2026-10-30", inv=["94443", "94442"],
          fam=["vendredi-prochain", "paid-and-promise", "rbq"], note="94443 matches BK44-031; 'vendredi prochain' written Monday 19 = Friday of next week, 30 October"),
    Reply("Y4432", at(20, "10:05", QC), """Bonjour,

La facture 94442 indique 42 panneaux de contreplaqué 3/4 alors que le bon de livraison signé au chantier de Lévis en indique 34. Pouvez-vous émettre une note de crédit pour la différence? On va payer le reste mardi.

Merci
Comptes fournisseurs""", "dispute", sec=["promise_to_pay"], date="2026-10-27", inv=["94442"], sender=0, fam=["quantity", "dispute-with-promise", "quebec"]),
    Reply("Y4432", at(21, "14:22", QC), """Salut,

Pourriez-vous m'envoyer une copie de la facture 94442 svp? Je la trouve pas dans nos dossiers. Merci!

Josée, adjointe administrative""", "invoice_resend", inv=["94442"], sender=0, fam=["copy", "quebec-informal"]),
    Reply("Y4432", at(22, "16:15", QC), """Bonjour,

Le paiement de 7 320 $ (facture 94442) sera effectué d'ici la fin du mois.

Cordialement,
Comptes fournisseurs""", "promise_to_pay", date="2026-10-31", amount="7320.00", inv=["94442"], sender=0, partial=False, fam=["fin-du-mois", "space-thousands"]),
    Reply("Y4432", at(23, "09:50", QC), """Bonjour, le chèque sera posté mardi en huit. Bonne journée.""", "promise_to_pay", date="2026-11-03", sender=0,
          fam=["mardi-en-huit", "cheque"], note="'mardi en huit' written Friday 23 = the Tuesday after the coming Tuesday (27) = 3 November"),
    Reply("Y4432", at(19, "19:30", QC), """Bonjour,

Veuillez noter qu'à compter du 1er novembre, toutes les factures doivent être envoyées à factures@eg-lapointe.example avec le numéro de projet (ex. P-2026-114) dans l'objet. Les factures envoyées ailleurs ne seront pas traitées.

Merci""", "po_change", sender=0, fam=["send-invoices-to", "project-number"]),
    Reply("Y4433", at(19, "10:00", BE), """Madame, Monsieur,

Votre facture a été payée le 21 octobre avec la communication structurée +++094/4400/06418+++. Nous vous prions de bien vouloir mettre à jour vos écritures.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Directeur financier f.f.
Service des finances – Administration communale de Gembloux""", "promise_to_pay", date="2026-10-21", ref="+++094/4400/06418+++", fam=["communication-structuree", "future-paid-date", "belgian"],
          note="written Monday 19 about a payment 'made' on the 21st: a scheduled payment, so a promise dated 21 October"),
    Reply("Y4433", at(20, "11:30", BE), """Madame, Monsieur,

Nous accusons bonne réception de votre rappel. Nous vous informons que la facture ne mentionne pas le numéro de bon de commande communal (BC-2026-0641) ni la référence du marché public (MP-2026-017). Conformément à la législation sur les marchés publics, nous vous prions d'émettre une facture électronique via Mercurius/Peppol reprenant ces références.

Service des finances""", "po_change", sender=0, fam=["peppol", "public-procurement", "belgian"]),
    Reply("Y4433", at(21, "08:20", BE), """Bonjour,

La facture sera payée endéans les 10 jours après passage au Collège communal de jeudi. Bien à vous, Anne Dubois""", "promise_to_pay", date="2026-11-01", human=["conditional"],
          fam=["endeans", "college-communal", "belgian"], note="within 10 days after the College of Thursday 22: 1 November, conditional on its approval"),
    Reply("Y4433", at(22, "14:00", BE), """Madame, Monsieur,

Le Collège communal du 22 octobre a approuvé la liquidation de votre facture. Le paiement interviendra le 30 courant.

Anne Dubois
Directrice financière""", "promise_to_pay", date="2026-10-30", fam=["courant", "belgian", "approved"]),
    Reply("Y4433", at(23, "10:10", BE), """Bonjour,

Je ne suis plus en charge des fournisseurs, veuillez vous adresser à M. Luc Jacquemin, luc.jacquemin@gembloux-commune.example.

Cordialement""", "wrong_contact", sender=1, fam=["new-contact", "municipality"]),
    Reply("Y4434", at(19, "08:30", BE), """Bonjour,

On vous paie septante pour cent vendredi et le solde début novembre. Merci de débloquer le compte, on a des chantiers qui attendent.

Philippe Dumont""", "promise_to_pay", date="2026-10-23", fam=["septante", "percentage-no-amount", "credit-hold"], human=["partial"],
          note="70 % Friday: partial with no amount written"),
    Reply("Y4434", at(20, "12:45", BE), """Bonjour,

La facture 94445 reprend 90 sacs de ciment alors que nous n'en avons reçu que nonante moins les 12 cassés au déchargement, soit septante-huit. Merci d'envoyer une note de crédit.

Comptabilité""", "dispute", inv=["94445"], sender=0, fam=["nonante", "damaged-goods", "belgian"]),
    Reply("Y4434", at(21, "16:30", BE), """Bonjour,

Nous paierons le 94446 le 2/11 et le 94445 dès réception de la note de crédit.

Bàv""", "promise_to_pay", date="2026-11-02", inv=["94446", "94445"], sender=0, human=["conditional"], fam=["numeric-dm", "credit-note-first"]),
    Reply("Y4434", at(22, "09:09", BE), """Bonjour,

Pourrions-nous régler le solde en trois fois : 2 000 € fin octobre, 2 000 € fin novembre et le reste fin décembre ? La période est difficile pour les négociants en matériaux.

Philippe Dumont""", "payment_plan_request", date="2026-10-31", amount="2000.00", fam=["three-instalments", "fin-octobre"]),
    Reply("Y4434", at(23, "11:30", BE), """Ceci est une réponse automatique. Le magasin est fermé pour congé du 26 octobre au 1er novembre inclus. Réouverture le lundi 2 novembre.""",
          "out_of_office", sender=0, headers=AUTO, fam=["congé-automne", "ooo-within-14"]),
    Reply("Y4431", at(19, "14:30", QC), """Ce message vous informe que votre message n'a pas pu être livré à un ou plusieurs destinataires.

s.tremblay@coop-lacstjean.example
Erreur : 550 5.1.1 L'adresse du destinataire est introuvable.""", "bounce", lang="fr", sender="postmaster@coop-lacstjean.example",
          dsn=("s.tremblay@coop-lacstjean.example", "5.1.1"), subject="Non remis : Relance : factures échues – Coopérative agricole du Lac-Saint-Jean", fam=["french-dsn"]),
    Reply("Y4433", at(20, "21:00", BE), """Votre message à finances@gembloux-commune.example n'a pas pu être remis.
Raison : 552 5.2.2 Boîte aux lettres pleine.""", "bounce", lang="fr", sender="MAILER-DAEMON@gembloux-commune.example",
          dsn=("finances@gembloux-commune.example", "5.2.2"), subject="Échec de la remise du message", fam=["mailbox-full", "french-dsn"]),
    Reply("Y4432", at(22, "07:45", QC), """Bonjour,

Marc-André est sur un chantier à Rimouski toute la semaine. Je lui transmets votre courriel.

Josée""", "other", sender=0, fam=["no-action", "transmis"]),
    Reply("Y4433", at(19, "15:15", BE), """Madame, Monsieur,

La commune vous prie de lui faire parvenir une attestation de non-dette ONSS et une attestation fiscale récente, requises avant tout paiement dans le cadre d'un marché public.

Service des finances""", "other", sender=0, human=["supplier paperwork"], fam=["onss-certificate", "public-procurement"]),
    Reply("Y4432", at(20, "17:00", QC), """Bonjour,

On paie 3 000 $ le 28 et le reste le 12 novembre, si ça vous convient.

Marc-André""", "payment_plan_request", date="2026-10-28", amount="3000.00", fam=["si-ca-vous-convient", "two-dates"],
          note="'si ça vous convient' asks agreement: a plan, first part dated 28 October"),
    Reply("Y4431", at(21, "19:00", QC), """Bonjour,

Je ne suis plus à la comptabilité de la coop depuis septembre. Veuillez écrire à Mme Nadia Gagnon, nadia.gagnon@coop-lacstjean.example.

Bonne fin de journée""", "wrong_contact", sender=0, fam=["left-role", "quebec"]),
    Reply("Y4434", at(19, "17:45", BE), """Bonjour,

Suite à notre conversation téléphonique, je vous confirme que le virement de 5 870 € (facture 94445) partira le lundi 26. Merci de lever le blocage dès réception.

Philippe Dumont
Matériaux Dumont sprl
Rue de Fleurus 88, 5000 Namur
TVA BE 0456.221.870""", "promise_to_pay", date="2026-10-26", amount="5870.00", inv=["94445"], partial=False,
          fam=["weekday-ordinal", "credit-hold", "amount-is-one-invoice"], note="5,870 is all of 94445"),
    Reply("Y4432", at(21, "12:00", QC), """Bonjour,

Suite à notre fusion avec Construction Bouchard, nos factures doivent dorénavant être libellées au nom de « Groupe Lapointe-Bouchard inc. », NEQ 1178842233, même adresse. Pourriez-vous réémettre les factures ouvertes?

Merci""", "po_change", sender=1, fam=["legal-entity-name", "merger", "neq"]),
    Reply("Y4433", at(22, "10:45", BE), """Bonjour,

Nous n'avons jamais reçu cette facture. Pourriez-vous nous la renvoyer par courriel en PDF, avec le bon de livraison signé par le service travaux ?

Merci d'avance
Service des finances""", "invoice_resend", sender=0, fam=["never-received", "bon-de-livraison"]),
    Reply("Y4431", at(22, "20:20", QC), """Bonjour,

Le versement de novembre sera devancé au 6 novembre, notre conseil d'administration se réunit le 12.

Nadia Gagnon
Comptabilité""", "promise_to_pay", date="2026-11-06", sender="nadia.gagnon@coop-lacstjean.example", human=["partial"],
          fam=["brought-forward", "distractor-meeting", "plan-instalment", "unknown-sender"]),
    Reply("Y4434", at(23, "15:00", BE), """Bonjour,

Je tiens à vous signaler que le ton de votre dernier rappel (« mise en demeure ») est tout à fait inacceptable envers un client de vingt ans. Je vous prie de revoir vos courriers.

Ph. Dumont""", "other", human=["complaint about tone"], fam=["complaint-about-tone"]),
    Reply("Y4432", at(19, "08:05", QC), """Bonjour, on va vous payer jeudi. Merci!""", "promise_to_pay", date="2026-10-22", sender=0, fam=["bare-weekday", "terse"]),
    Reply("Y4433", at(21, "11:00", BE), """Madame, Monsieur,

Le montant sera versé au plus tard le 4 novembre, après la clôture de la modification budgétaire n° 2.

Salutations distinguées
Le Directeur financier""", "promise_to_pay", date="2026-11-04", sender="directeur.financier@gembloux-commune.example",
          fam=["au-plus-tard", "budget-amendment", "unknown-sender"], note="the budget amendment's close explains the date; the date is committed"),
    Reply("Y4431", at(20, "08:00", QC), """Bonjour,

Le versement prévu ce mois-ci sera fait dans quinze jours; notre paie de producteurs passe avant.

Sylvie""", "promise_to_pay", date="2026-11-03", human=["partial"], fam=["dans-quinze-jours", "plan-instalment"],
          note="'dans quinze jours' = +14 from Tuesday 20 = 3 November"),
    Reply("Y4434", at(20, "19:19", BE), """bonjour le paiement part ce vendredi sans faute merci""", "promise_to_pay", date="2026-10-23", sender=1,
          fam=["ce-vendredi", "no-punctuation"]),
    Reply("Y4432", at(23, "13:30", QC), """Allo, on vous envoie le paiement le 1er novembre, c'est un dimanche mais le virement est programmé. Merci! Josée""",
          "promise_to_pay", date="2026-11-01", sender=0, fam=["premier-novembre", "sunday-as-written"]),
]
