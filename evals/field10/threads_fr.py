"""French replies: passé contre futur ("nous avons réglé" / "nous réglerons", "le virement est parti" / "partira"),
avis de virement, acompte versé et solde promis, duplicata contre nouveau bon de commande, échéancier, litige, questions."""

from evals.field10.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("FR")
P, R = k.paid, k.r

# already_paid
P("Q1030", 24, "Bonjour,\n\nNous avons réglé les deux factures hier par virement.\n\nCordialement\nMarc Lefèvre", paid_on=23, sender=1, fam=["paid-vs-promise", "passe-compose", "hier"])
P("Q1030", 26, "Le virement est parti ce matin, réf. ENS-LEF-1126.", ref="ENS-LEF-1126", fam=["paid-vs-promise", "this-morning", "terse"])
P("Q1031", 25, "Madame, Monsieur,\n\nVeuillez trouver ci-joint l'avis de virement relatif à la facture 10311, exécuté le 20/11/2026.\n\nSalutations distinguées\nService Fournisseurs\nCars du Léman SA\n\nCe message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.",
  ref="CDL-VIR-55120", inv=["10311"], paid_on=20, attachments=[("Avis_de_virement.pdf", "application/pdf", "AVIS DE VIREMENT\nRéférence : CDL-VIR-55120\nDate d'exécution : 20/11/2026\nFacture 2026-10311   6 240,00 EUR")], fam=["paid-vs-promise", "remittance", "formal-ap", "disclaimer"])
P("Q1032", 27, "Bonjour, c'est payé depuis mardi, vérifiez de votre côté svp. Julien", paid_on=24, sender=1, fam=["paid-vs-promise", "depuis", "terse"])
P("Q1032", 23, "Le virement a été initié vendredi, vous devriez le voir aujourd'hui ou demain.", paid_on=20, fam=["paid-vs-promise", "initiated-past"])
P("Q1031", 27, "<p>Bonjour,</p>\n<p>Le paiement a été effectué le 24 novembre (date de valeur).</p>\n<p>N. Favre</p>", paid_on=24, html=True, sender=1, fam=["paid-vs-promise", "html-outlook", "value-date"])
R("Q1030", 25, "Nous avons versé un acompte de 1 000 € aujourd'hui ; le solde de 1 420 € suivra le 15 décembre.", "already_paid", sec=["promise_to_pay"], date="2026-12-15", amount="1420.00", human=["amount differs from the open balance"], sender=1, fam=["partial-paid-rest-promised"])
k.bank("Q1030", 25, "1000.00", "ACOMPTE ENSEIGNES LEFEVRE")
# promise_to_pay
R("Q1030", 23, "Nous réglerons les factures vendredi.", "promise_to_pay", date=nxt(23, "fri"), fam=["paid-vs-promise", "futur-simple"])
R("Q1031", 24, "Le virement partira lundi prochain, il est programmé.", "promise_to_pay", date=nwk(24, "mon"), fam=["paid-vs-promise", "programme", "next-weekday"])
R("Q1032", 25, "On va payer la semaine prochaine, la récolte vient d'être vendue. Julien", "promise_to_pay", date=nwk(25), sender=1, fam=["paid-vs-promise", "futur-proche", "next-week"])
R("Q1030", 27, "Paiement prévu en fin de mois, comme d'habitude.", "promise_to_pay", date=EOM, fam=["paid-vs-promise", "month-end"])
R("Q1031", 26, "Nous allons régler 3 000 € demain et le reste début janvier.", "promise_to_pay", date=plus(26, 1), amount="3000.00", sender=1, fam=["partial", "paid-vs-promise"])
R("Q1032", 24, "Je vous fais le virement le 2, promis.", "promise_to_pay", date="2026-12-02", sender=1, fam=["paid-vs-promise", "ordinal-alone", "present-for-future"])
# dispute
R("Q1030", 24, "Le prix de la facture 10301 ne correspond pas au devis (1 700 € HT). Merci de la rectifier.", "dispute", inv=["10301"], fam=["dispute-vs-resend", "price"])
R("Q1032", 26, "Trois cartons de bouteilles sont arrivés cassés. Nous paierons dès réception de l'avoir.", "dispute", sender=1, fam=["dispute-vs-promise", "credit-pending", "damaged"])
R("Q1031", 23, "La facture 10311 nous a été adressée deux fois (voir aussi votre facture d'octobre). Merci d'annuler le doublon.", "dispute", inv=["10311"], fam=["dispute", "duplicate"])
R("Q1030", 26, "Nous contestons les frais de relance de 40 €. Le reste sera payé jeudi.", "dispute", sec=["promise_to_pay"], date=nxt(26, "thu"), fam=["dispute-vs-promise", "fees", "undisputed-part"])
# invoice_resend
R("Q1030", 27, "Pourriez-vous nous renvoyer la facture 10302 ? Nous ne l'avons jamais reçue.", "invoice_resend", inv=["10302"], fam=["resend-vs-po", "never-received"])
R("Q1031", 26, "Merci de nous transmettre un relevé de compte à jour.", "invoice_resend", fam=["resend", "statement"])
R("Q1032", 24, "un duplicata svp, j'ai perdu l'original", "invoice_resend", sender=1, fam=["resend", "terse", "lowercase"])
# po_change
R("Q1031", 27, "Le numéro de bon de commande sur la facture est erroné : il faut CL-BC-3452 et non CL-BC-3310. Merci de rééditer la facture.", "po_change", fam=["resend-vs-po", "wrong-po"])
R("Q1030", 23, "Merci de nous renvoyer une copie avec notre nouveau numéro de commande 2026-118, sinon la compta bloque.", "po_change", sender=1, fam=["resend-vs-po", "new-po"])
R("Q1032", 27, "Depuis le 1er novembre la facturation doit être au nom de SCEA Trois Chênes Vignobles, SIRET 912 345 678 00019. Pouvez-vous rééditer ?", "po_change", fam=["po", "entity-name"])
# payment_plan_request
R("Q1032", 23, "Serait-il possible de régler en trois fois ? La trésorerie est tendue avant les vendanges d'hiver.", "payment_plan_request", sender=1, fam=["plan", "split-in-three"])
R("Q1031", 25, "Pourrions-nous étaler le paiement sur deux mois, moitié au 15 décembre et moitié au 15 janvier ?", "payment_plan_request", date="2026-12-15", fam=["plan", "question"])
R("Q1030", 26, "Est-ce qu'on peut payer 500 € par mois à partir de décembre ?", "payment_plan_request", date="2026-12-01", amount="500.00", sender=1, fam=["plan", "monthly"])
# other
R("Q1031", 24, "Avant tout paiement, merci de nous faire parvenir une attestation de vigilance URSSAF et un RIB signé.", "other", human=["supplier paperwork"], sender=1, fam=["other-vs-promise", "paperwork"])
R("Q1030", 24, "Bien reçu, merci. Je transmets à notre comptable.", "other", fam=["other", "no-action", "forwarded-to-ap"])
R("Q1032", 25, "Ce mail est-il authentique ? Le lien de paiement ne ressemble pas à votre site.", "other", human=["fraud check"], fam=["other", "fraud-check"])
R("Q1031", 23, "Merci de ne plus m'écrire à ce sujet, j'en ai déjà parlé à votre commercial.", "other", human=["stop emailing"], sender=1, fam=["other-vs-dispute", "stop-emailing"])
# out_of_office, wrong_contact, bounce
R("Q1030", 25, "Je suis absent du bureau jusqu'au 30 novembre inclus. En cas d'urgence, contactez compta@enseignes-lefevre.example.", "out_of_office", sender=1, headers=AUTO, subject="Réponse automatique : Relance : factures échues – Enseignes Lefèvre SARL", fam=["ooo", "return-date"])
R("Q1032", 27, "Je ne m'occupe plus de la comptabilité du domaine. Écrivez à comptabilite@trois-chenes.example.", "wrong_contact", sender=1, fam=["wrong-contact", "not-my-department"])
R("Q1031", 24, "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à n.favre@cars-leman.example.\nErreur permanente : 550 5.1.1 Destinataire inconnu.", "bounce", sender="postmaster@cars-leman.example", dsn=("n.favre@cars-leman.example", "5.1.1"), subject="Non remis : Relance : factures échues", fam=["bounce"])
REPLIES = k.replies
PAYMENTS = k.payments
