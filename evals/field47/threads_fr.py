"""French replies (field47): a riding centre in the Perche, an Ardennes laundry on a legal account and a Montreal
circus company on tour."""

from evals.field.build import Payment, Reply
from evals.field47.kit import AUTO, QC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK47-017", "R4731", "2027-03-26", "3410.00", "EUR", "CENTRE EQUESTRE COLLINES DU PERCHE CECP-0326"),
    P("BK47-018", "R4733", "2027-03-29", "1190.00", "CAD", "LES ARTS DU CIRQUE ST-LAURENT TEF"),
    P("BK47-019", "R4732", "2027-03-23", "11480.00", "EUR", "BLANCHISSERIE IND ARDENNAISE"),
]

REPLIES = [
    # --- Centre équestre des Collines du Perche
    R("R4731", at(25, "10:30", "EU"), "Bonjour,\nLe virement partira mardi prochain.\nBonne journée,\nAnne Lebreton", "promise_to_pay", date="2027-03-30", fam=["next-weekday"]),
    R("R4731", at(30, "09:40", "EU"), "Bonjour, règlement prévu le 02/04 par virement.\nCordialement,\nLa comptabilité", "promise_to_pay", date="2027-04-02", sender=0, fam=["numeric-day-first"]),
    R("R4731", at(31, "17:20", "EU"), "Je vous règle les 540 € vendredi et le solde à la fin du mois prochain, quand les pensions des chevaux de nos propriétaires seront encaissées.", "promise_to_pay", date="2027-04-02", amount="540.00", human=["conditional"], fam=["partial-amount", "condition", "two-dates"]),
    R("R4731", at(26, "08:50", "EU"), "Nous réglerons sous huitaine.", "promise_to_pay", date="2027-04-03", fam=["sous-huitaine", "terse"]),
    R("R4731", at(27, "12:10", "EU"), "Bonjour, je passe le paiement début avril, dès que notre prêt de trésorerie est débloqué par la banque.", "promise_to_pay", date="2027-04-01", human=["conditional"], fam=["early-month", "condition", "bank-loan"]),
    R("R4731", at(31, "08:30", "EU"), "Paiement le jeudi 8 avril, après le concours hippique du week-end.", "promise_to_pay", date="2027-04-08", fam=["weekday-date", "event-distractor"]),
    R("R4731", at(29, "19:30", "EU"), "Bonsoir, je suis désolée pour ce retard. Je fais le virement demain matin à la première heure.", "promise_to_pay", date="2027-03-30", fam=["tomorrow", "easter-monday"]),
    R("R4731", at(30, "14:00", "EU"), "Bonjour, le chèque partira par la poste le 6 avril.", "promise_to_pay", date="2027-04-06", sender=0, fam=["cheque", "day-month"]),
    # --- Blanchisserie Industrielle Ardennaise (BE, legal)
    R("R4732", at(25, "15:00", "EU"), "Monsieur, Madame,\n\nNous procéderons au paiement de la facture 947321 pour le 15 avril au plus tard, conformément à ce qui a été convenu avec votre avocat.\n\nVeuillez agréer, Monsieur, Madame, l'expression de nos salutations distinguées.\n\nPascal Collignon\nAdministrateur délégué", "promise_to_pay", date="2027-04-15", inv=["947321"], fam=["formal-letter", "legal-account", "at-the-latest"]),
    R("R4732", at(30, "11:20", "EU"), "Bonjour, nous verserons 8.000 € ce vendredi et le solde de 3.480 € la semaine d'après.", "promise_to_pay", date="2027-04-02", amount="8000.00", partial=False, sender=0, fam=["two-dates", "whole-in-parts", "belgian"]),
    R("R4732", at(31, "14:45", "EU"), "Le paiement interviendra à la fin de la deuxième quinzaine d'avril.", "promise_to_pay", date="2027-04-30", fam=["quinzaine", "end-of-next-month"]),
    R("R4732", at(26, "09:50", "EU"), "Le paiement est programmé pour le 1er avril, date valeur.", "promise_to_pay", date="2027-04-01", sender=0, fam=["value-date", "ordinal"]),
    # --- Les Arts du Cirque Saint-Laurent (Montréal)
    R("R4733", at(25, "13:20", QC), "Bonjour, le paiement sera fait jeudi prochain, le 1er avril. Merci de votre patience!", "promise_to_pay", date="2027-04-01", fam=["next-weekday", "ordinal", "quebec"]),
    R("R4733", at(29, "10:10", QC), "Bonjour,\nLes deux factures seront payées par TEF le 9 avril.\nLes comptes fournisseurs", "promise_to_pay", date="2027-04-09", sender=0, fam=["eft", "day-month"]),
    R("R4733", at(30, "16:30", QC), "Allô, on est en pleine tournée aux États-Unis. Je fais le virement en fin de semaine, ça va entrer lundi au plus tard.", "promise_to_pay", date="2027-04-05", fam=["quebec-fin-de-semaine", "weekday-latest"]),
    R("R4733", at(31, "12:45", QC), "Bonjour,\n\nVeuillez noter que votre paiement de 1 190,00 $ est prévu le 6 avril. La facture 947331 sera payée lorsque nous aurons reçu la subvention du Conseil des arts.\n\nMaxime Gagnon\nDirecteur administratif", "promise_to_pay", date="2027-04-06", amount="1190.00", inv=["947331"], human=["conditional"], html=True, fam=["outlook-html", "grant-condition", "partial-amount"]),
    R("R4733", at(26, "11:00", QC), "Bonjour, on paie toujours le 15 et le 30 du mois. Votre facture passera le 30.", "promise_to_pay", date="2027-03-30", sender=0, fam=["run-dates-distractor", "day-of-month"]),
    # --- already paid
    R("R4731", at(30, "10:50", "EU"), "Bonjour, j'ai fait le virement de 3 410 € vendredi dernier, référence CECP-0326.", "already_paid", ref="CECP-0326", fam=["past-weekday", "ref-match"]),
    R("R4733", at(31, "09:30", QC), "Bonjour, le paiement de la facture 947332 (1 190,00 $) a été fait par TEF le 29 mars.", "already_paid", inv=["947332"], sender=0, fam=["one-invoice", "eft"]),
    R("R4732", at(29, "14:00", "EU"), "Nous avons réglé 11.480 € le 23 mars, voir l'extrait de compte ci-joint.", "already_paid", attachments=[("extrait_compte.txt", "text/plain", "Extrait de compte n° 12\n23/03/2027  Virement européen  Northwind Supplies GmbH  -11.480,00 EUR")], fam=["bank-statement-attachment", "legal-account"]),
    # --- disputes
    R("R4731", at(25, "16:45", "EU"), "La facture 947311 comprend 6 licols en cuir alors que nous avions commandé 6 licols en nylon, beaucoup moins chers. Nous ne paierons pas la différence.", "dispute", inv=["947311"], fam=["wrong-goods", "price"]),
    R("R4732", at(31, "10:00", "EU"), "Nous contestons les intérêts de retard facturés. Notre conseil vous a écrit à ce sujet le 12 mars.", "dispute", sender=0, fam=["fees", "legal-account"]),
    R("R4733", at(29, "14:30", QC), "Les mâts d'acrobatie reçus ne sont pas conformes : 2 sur 4 ont des soudures fissurées. On retient le paiement de 947331 en attendant le remplacement.", "dispute", inv=["947331"], fam=["damaged-goods", "hold"]),
    # --- other
    R("R4731", at(26, "15:10", "EU"), "Merci, bien reçu, je transmets à notre expert-comptable.", "other", fam=["no-action", "forwarded"]),
    R("R4733", at(25, "18:00", QC), "Est-ce qu'on peut payer par carte de crédit? Ça nous arrangerait.", "other", human=["payment method question"], fam=["card-question", "quebec"]),
    R("R4732", at(30, "16:00", "EU"), "Nous vous prions de ne plus nous contacter directement : toute correspondance doit passer par notre avocat, Maître Lejeune.", "other", human=["lawyer"], fam=["write-to-lawyer", "legal-account"]),
    # --- resend
    R("R4731", at(31, "09:05", "EU"), "Pourriez-vous me renvoyer la facture 947312 ? Je ne la retrouve pas dans nos mails.", "invoice_resend", inv=["947312"], fam=["copy"]),
    R("R4733", at(30, "09:00", QC), "Bonjour, pourriez-vous nous envoyer un état de compte à jour? Merci.", "invoice_resend", sender=0, fam=["statement"]),
    # --- out of office
    R("R4731", at(26, "09:30", "EU"), "Bonjour, je suis absente jusqu'au mardi 6 avril inclus. Pour toute urgence, merci de contacter compta@equestre-perche.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Centre équestre des Collines du Perche", quote="none", gap_days=0, fam=["ooo-auto", "inclusive-date"]),
    R("R4733", at(29, "08:00", QC), "Je suis en tournée jusqu'au 3 mai et n'ai qu'un accès limité à mes courriels. Pour les comptes fournisseurs : comptes@cirque-saint-laurent.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Les Arts du Cirque Saint-Laurent inc.", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "tour"]),
    # --- bounces
    R("R4732", at(25, "09:20", "EU"), "Ceci est un message automatique du système de messagerie.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n<comptabilite@blanchisserie-ardennaise.example> : 550 5.1.1 Adresse inconnue", "bounce", sender="MAILER-DAEMON@mx.blanchisserie-ardennaise.example", subject="Non remis : Relance : factures échues – Blanchisserie Industrielle Ardennaise SA", dsn=("comptabilite@blanchisserie-ardennaise.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-fr"]),
    R("R4731", at(30, "10:12", "EU"), "La remise aux destinataires ou groupes suivants a échoué :\n\ncompta@equestre-perche.example\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.\n\nInformations de diagnostic pour les administrateurs :\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@equestre-perche.example", subject="Non remis : Relance : factures échues – Centre équestre des Collines du Perche", dsn=("compta@equestre-perche.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-fr", "mailbox-full"]),
    # --- plans
    R("R4731", at(31, "15:30", "EU"), "Serait-il possible d'étaler le paiement sur trois mois ? Je pourrais vous verser 1 140 € le 10 avril, puis le 10 mai et le 10 juin.", "payment_plan_request", date="2027-04-10", amount="1140.00", fam=["three-months", "asked-schedule"]),
    R("R4733", at(26, "14:00", QC), "Avec la représentation annulée à Québec, on aimerait payer en 4 versements égaux à partir du 15 avril. Est-ce possible?", "payment_plan_request", date="2027-04-15", fam=["equal-instalments"]),
    # --- PO / billing change
    R("R4732", at(29, "09:30", "EU"), "Merci d'indiquer notre numéro d'entreprise BE 0412.345.678 et notre référence de commande BIA-2027-14 sur la facture, et de la réémettre.", "po_change", fam=["company-number", "order-reference"]),
    R("R4733", at(31, "11:10", QC), "À partir du 1er avril, les factures doivent être envoyées à factures@cirque-saint-laurent.example et non plus à moi.", "po_change", fam=["invoice-mailbox"]),
    # --- wrong contact
    R("R4731", at(25, "11:40", "EU"), "Bonjour, je ne m'occupe plus de la comptabilité du centre depuis janvier. Merci de vous adresser directement à Mme Lebreton.", "wrong_contact", sender=0, fam=["left-role"]),
    R("R4733", at(30, "13:40", QC), "Bonjour, Maxime Gagnon a quitté l'organisation. Je suis la nouvelle directrice administrative, vous pouvez m'écrire à cette adresse.\n\nIsabelle Roy", "wrong_contact", sender="isabelle.roy@cirque-saint-laurent.example", fam=["successor", "unknown-sender"]),
    R("R4732", at(31, "11:40", "EU"), "Madame, Monsieur,\n\nPar jugement du 29 mars 2027, le tribunal de l'entreprise de Liège a ouvert une procédure de réorganisation judiciaire au bénéfice de la SA Blanchisserie Industrielle Ardennaise et m'a désignée mandataire de justice. Les créances nées avant cette date sont suspendues ; je vous invite à me communiquer votre déclaration de créance.\n\nMe Aurélie Dethier\nAvocate", "other", human=["insolvency"], sender="a.dethier@avocats-dethier.example", fam=["judicial-reorganisation", "unknown-sender", "legal-account"]),
    R("R4733", at(31, "16:10", QC), "On vous paie d'ici deux semaines, donc le 14.", "promise_to_pay", date="2027-04-14", fam=["two-weeks-with-day"]),
]
