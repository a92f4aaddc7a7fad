"""French replies (field16): a cheese dairy in Haute-Savoie, a Brussels veterinary clinic on a plan and a Geneva garage on
a legal account."""

from evals.field.build import Payment, Reply
from evals.field16.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK16-030", "S1631", "2026-11-19", "3960.00", "EUR", "VIR SEPA FROMAGERIE DES ARAVIS FACT 16311"),
    P("BK16-031", "S1632", "2026-11-13", "1350.00", "EUR", "CLINIQUE VETERINAIRE DU SABLON +++090/1234/56789+++"),
    P("BK16-032", "S1633", "2026-11-25", "7420.00", "CHF", "GARAGE DU LEMAN SA"),
]

REPLIES = [
    # --- Fromagerie des Aravis (FR)
    R("S1631", at(23, "08:20", CET), "Bonjour, virement jeu.\nBernard", "promise_to_pay", date="2026-11-26", fam=["abbreviated-weekday", "terse"]),
    R("S1631", at(24, "11:30", CET), "Le règlement de la facture du 15/09 interviendra le 4/12.", "promise_to_pay", date="2026-12-04", fam=["dd-mm", "invoice-date-distractor"]),
    R("S1631", at(25, "17:45", CET), "Nous réglerons semaine 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S1631", at(26, "23:30", CET), "Désolé pour la réponse tardive, je fais le virement demain matin.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("S1631", at(27, "09:40", CET), "Le paiement prévu le 30 novembre est décalé au 7 décembre (changement de banque).", "promise_to_pay", date="2026-12-07", fam=["moved-date"], sender=0),
    R("S1631", at(23, "15:10", CET), "Nous payons les 520 € vendredi et le solde fin décembre.", "promise_to_pay", date="2026-11-27", amount="520.00", fam=["partial-amount", "weekday"]),
    R("S1631", at(24, "19:20", CET), "Règlement dès réception de l'avoir que votre commercial nous a promis pour lundi : nous paierons le vendredi suivant.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-with-date", "weekday-after-event"]),
    R("S1631", at(25, "10:15", CET), "Paiement sous quinzaine.", "promise_to_pay", date="2026-12-10", fam=["sous-quinzaine", "terse"]),
    R("S1631", at(26, "07:55", CET), "On paie le 15, comme d'hab.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "terse"]),
    R("S1631", at(25, "13:30", CET), "Virement prévu mardi en huit.", "promise_to_pay", date="2026-12-08", fam=["mardi-en-huit"]),
    R("S1631", at(27, "18:05", CET), "On paiera quand la saison de ski aura démarré, pas avant, désolé.", "promise_to_pay", human=["undated"], fam=["undated", "seasonal"]),
    # --- Clinique vétérinaire du Sablon (BE, payment plan)
    R("S1632", at(23, "10:40", CET), "Bonjour, la mensualité de décembre sera versée le 10/12 comme convenu.", "promise_to_pay", date="2026-12-10", human=["partial"], fam=["existing-plan", "dd-mm"]),
    R("S1632", at(24, "14:00", CET), "Nous verserons 1.350,00 € le premier jour ouvrable de décembre.", "promise_to_pay", date="2026-12-01", amount="1350.00", fam=["first-working-day", "european-amount"]),
    R("S1632", at(26, "16:15", CET), "La mensualité de novembre partira lundi, avec une semaine de retard, désolée.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["existing-plan", "weekday"]),
    R("S1632", at(27, "12:05", CET), "La mensualité sera payée fin de mois.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["month-end", "existing-plan"]),
    R("S1632", at(25, "20:50", CET), "Vous l'aurez, votre argent. Comme chaque mois. Le 5.", "promise_to_pay", date="2026-12-05", human=["partial"], fam=["sarcasm", "ordinal-alone", "existing-plan"]),
    # --- Garage du Léman (CH, legal)
    R("S1633", at(23, "13:50", CET), "Monsieur,\n\nSuite à l'entretien avec notre avocat, nous vous informons que le montant de CHF 7'420.– sera versé le 2 décembre.\n\nMeilleures salutations\nOlivier Favre\nDirecteur", "promise_to_pay", date="2026-12-02", amount="7420.00", partial=False, html=True, fam=["outlook-html", "full-amount", "swiss-apostrophe"]),
    R("S1633", at(25, "09:05", CET), "Paiement d'ici la fin de la semaine prochaine.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("S1633", at(26, "18:40", CET), "Le conseil d'administration se réunit le 3 décembre et validera le paiement, qui partira le lendemain.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "day-after-event"], sender=0),
    R("S1633", at(27, "10:20", CET), "Nous réglerons dans les 10 jours.", "promise_to_pay", date="2026-12-07", fam=["within-days"]),
    R("S1633", at(24, "15:25", CET), "Nous paierons après la Restauration genevoise, le lundi 14.", "promise_to_pay", date="2026-12-14", fam=["holiday", "weekday-ordinal"]),
    # --- the rest
    R("S1631", at(24, "09:30", CET), "La facture 16311 a été réglée par virement le 19/11.", "already_paid", inv=["16311"], fam=["paid", "dd-mm"]),
    R("S1632", at(23, "12:20", CET), "La mensualité a été payée le 13 novembre avec la communication structurée +++090/1234/56789+++.", "already_paid", ref="+++090/1234/56789+++", human=["amount differs"], fam=["structured-communication", "existing-plan"]),
    R("S1633", at(26, "14:30", CET), "Le paiement a été effectué hier, CHF 7'420.–, pour solde de tout compte.", "already_paid", fam=["swiss-apostrophe", "paid"]),
    R("S1631", at(25, "11:40", CET), "Sur la facture 16312, vous avez facturé 40 kg de présure, nous en avons reçu 25.", "dispute", inv=["16312"], fam=["short-delivery"]),
    R("S1632", at(26, "10:10", CET), "Les intérêts de retard ajoutés alors que nous respectons l'échéancier ne sont pas acceptables.", "dispute", fam=["interest-on-plan"]),
    R("S1633", at(23, "17:30", CET), "Comme indiqué par notre avocat, la pièce livrée était défectueuse ; nous contestons l'intégralité de la facture 16331.", "dispute", inv=["16331"], fam=["quality", "legal-account"]),
    R("S1631", at(27, "14:15", CET), "Pouvez-vous nous renvoyer la facture 16312 ? Nous ne l'avons jamais reçue.", "invoice_resend", inv=["16312"], fam=["never-received"]),
    R("S1632", at(24, "09:45", CET), "Pourriez-vous nous envoyer un relevé de compte à jour avec les mensualités déjà payées ?", "invoice_resend", fam=["statement", "existing-plan"], sender=0),
    R("S1631", at(26, "10:45", CET), "Merci d'envoyer désormais les factures à factures@fromagerie-aravis.example et d'y indiquer notre numéro de TVA FR 43 512 345 678.", "po_change", fam=["invoice-mailbox", "tax-id"]),
    R("S1633", at(25, "15:50", CET), "Suite au rachat par le groupe Auto Lémanique SA, merci d'établir les factures au nom de la nouvelle société, même adresse.", "po_change", fam=["acquisition", "new-entity"]),
    R("S1631", at(27, "16:40", CET), "Serait-il possible de régler en trois fois, la première échéance le 15 décembre ?", "payment_plan_request", date="2026-12-15", fam=["three-instalments"]),
    R("S1633", at(24, "12:10", CET), "Nous proposons de régler en quatre mensualités de CHF 1'855.–.", "payment_plan_request", amount="1855.00", fam=["monthly-instalments", "swiss-apostrophe"]),
    R("S1631", at(23, "07:00", CET), "Bonjour, je suis absent jusqu'au lundi 30 novembre inclus. Pour toute urgence : compta@fromagerie-aravis.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues – Fromagerie des Aravis SARL", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1632", at(25, "07:20", CET), "Je suis en congé jusqu'au 11 janvier. En mon absence, merci de contacter administration@clinique-sablon.example.", "out_of_office", headers=AUTO, subject="Réponse automatique : Relance : factures échues", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("S1632", at(24, "09:06", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à :\n\nn.dubois@clinique-sablon.example\n550 5.1.1 utilisateur inconnu", "bounce", sender="MAILER-DAEMON@mail.clinique-sablon.example", subject="Non distribuable : Relance : factures échues", dsn=("n.dubois@clinique-sablon.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-fr"]),
    R("S1633", at(27, "09:07", CET), "La remise à ces destinataires ou groupes a échoué :\n\ncomptabilite@garage-leman.example\nLa boîte aux lettres du destinataire est pleine.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@garage-leman.example", subject="Non remis : Relance : factures échues – Garage du Léman SA", dsn=("comptabilite@garage-leman.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-fr", "mailbox-full"]),
    R("S1631", at(25, "14:55", CET), "M. Perrillat a pris sa retraite. Merci de vous adresser à sa fille, Léa Perrillat, lea@fromagerie-aravis.example.", "wrong_contact", fam=["retired", "new-contact"], sender=0),
    R("S1632", at(27, "11:35", CET), "Vous écrivez à l'accueil de la clinique. Pour la comptabilité, écrivez à administration@clinique-sablon.example.", "wrong_contact", fam=["reception", "shared-mailbox"], sender="accueil@clinique-sablon.example"),
    R("S1631", at(26, "15:05", CET), "Cette relance est-elle authentique ? Nous avons reçu la semaine dernière un courriel avec un nouveau RIB, à Malte.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1632", at(26, "12:40", CET), "Merci, bien reçu.", "other", fam=["no-action", "ack"]),
    R("S1633", at(27, "15:10", CET), "Toute correspondance doit désormais être adressée à Me Rochat, notre avocat.", "other", human=["through counsel"], fam=["legal-counsel", "legal-account"]),
]
