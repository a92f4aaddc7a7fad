"""field34 French: a Marseille fish wholesaler on the Vieux-Port and a Brussels law firm (structured communications,
bilingual French/Dutch disclaimers)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field34.kit import AUTO, CET, at

P = "promise_to_pay"

DISCLAIMER_FR_NL = (
    "\n\nCabinet Van Lierde & Dubois SRL – Avenue Louise 149, 1050 Bruxelles – BCE 0712.345.678\n"
    "Ce message et ses annexes sont confidentiels et peuvent être couverts par le secret professionnel de l'avocat. "
    "Si vous l'avez reçu par erreur, veuillez en informer immédiatement l'expéditeur et le détruire.\n"
    "Dit bericht en de bijlagen zijn vertrouwelijk en kunnen onder het beroepsgeheim van de advocaat vallen. Indien u "
    "dit bericht per vergissing heeft ontvangen, gelieve de afzender onmiddellijk te verwittigen en het te vernietigen.")

PAYMENTS = [Payment("BK34-031", "K3431", "2026-11-26", "5340.00", "EUR", "PVP-2611 PECHERIES DU VIEUX PORT")]

REPLIES = [
    Reply("K3431", at(26, "07:50", CET), "Bonjour,\nle virement part lundi.\nCordialement,\nMarc Santoni", P, date="2026-11-30", fam=["bare-weekday", "fishery", "marseille"]),
    Reply("K3431", at(27, "10:15", CET), "Règlement de la facture 93425 le 04/12 par virement. Compta", P, date="2026-12-04", inv=["93425"], sender=0,
          fam=["locale-numeric-dayfirst", "marseille"]),
    Reply("K3431", at(28, "06:40", CET), "On est à la criée ce samedi, je vous fais le virement mardi 1er. Marc", P, date="2026-12-01",
          fam=["weekday-ordinal", "weekend", "fishery"]),
    Reply("K3431", at(30, "09:25", CET), "Paiement sous huitaine. Cordialement.", P, date="2026-12-07", fam=["relative-span", "terse-mobile"]),
    Reply("K3431", at(31, "15:10", CET), "Nous réglerons à la mi-décembre, comme d'habitude après les fêtes de la Saint-Nicolas... pardon, après l'inventaire. Marc", P,
          date="2026-12-15", fam=["mid-month", "marseille"]),
    Reply("K3431", at(29, "18:05", CET), "Paiement vendredi prochain, promis. Bon dimanche.", P, date="2026-12-04", fam=["next-weekday", "weekend", "advent"]),
    Reply("K3431", at(26, "19:30", CET), "Envoyé de mon iPhone", P, subject="RE: Relance – règlement le 10/12", date="2026-12-10",
          fam=["subject-only", "locale-numeric-dayfirst", "terse-mobile"]),
    Reply("K3431", at(27, "16:20", CET), "Nous réglerons 2 000 € jeudi, le solde après la grosse criée de décembre. M. Santoni", P, date="2026-12-03", amount="2000.00",
          fam=["partial-amount", "bare-weekday", "fishery"]),
    Reply("K3432", at(26, "11:05", CET), "Madame, Monsieur,\nNous vous confirmons que la facture 93427 sera réglée le 7 décembre.\nVeuillez agréer nos salutations distinguées.\nSophie Dubois" + DISCLAIMER_FR_NL, P,
          date="2026-12-07", inv=["93427"], html=True, fam=["html-outlook", "long-disclaimer", "law-firm", "brussels"]),
    Reply("K3432", at(27, "12:40", CET), "Paiement avec la communication structurée +++093/4270/12345+++ le mercredi 2 décembre. Administration", P,
          date="2026-12-02", ref="+++093/4270/12345+++", sender=0, fam=["structured-communication", "weekday-date", "brussels"]),
    Reply("K3432", at(30, "10:50", CET), "Le paiement interviendra dans les dix jours ouvrables. Bien à vous.", P, date="2026-12-14",
          fam=["working-days", "brussels"]),
    Reply("K3432", at(31, "13:35", CET), "Nous payons le vingt-et-un décembre. Bien à vous, S. Dubois", P, date="2026-12-21", fam=["date-in-words", "brussels"]),
    Reply("K3432", at(28, "10:00", CET), "Paiement lundi en huit. Bon week-end.", P, date="2026-12-07", fam=["relative-span", "weekend", "brussels"]),
    Reply("K3432", at(29, "20:15", CET), "Suite à notre appel du 24 novembre, le paiement est prévu en fin de semaine prochaine, le vendredi. Bien à vous", P,
          date="2026-12-04", fam=["past-call-distractor", "weekday-week", "weekend"]),
    Reply("K3432", at(31, "17:00", CET), "Nous réglerons dès que notre client, un service public fédéral, nous aura payés — normalement le 18 décembre.", P,
          date="2026-12-18", human=["conditional"], fam=["condition", "hidden-condition", "brussels"]),
    Reply("K3431", at(30, "14:45", CET), "Le virement était prévu pour le 2, il est décalé au 9. Désolé. Marc", P, date="2026-12-09",
          fam=["moved-date", "ordinal-alone", "cyber-monday"]),
    Reply("K3432", at(26, "09:15", CET), "Paiement au plus tard le 30/11. Cordialement, Administration", P, date="2026-11-30", sender=0,
          fam=["locale-numeric-dayfirst", "month-end"]),
    Reply("K3431", at(27, "08:30", CET), "Facture 93425 réglée hier par virement, 5 340,00 €, réf. PVP-2611. Cordialement", "already_paid", inv=["93425"], ref="PVP-2611",
          sender=0, note="matches BK34-031", fam=["reference", "marseille"]),
    Reply("K3432", at(30, "15:55", CET), "La facture 93428 a été payée le 25 novembre. Merci de vérifier.", "already_paid", inv=["93428"],
          human=["already_paid without a matching payment"], fam=["brussels"]),
    Reply("K3431", at(31, "08:10", CET), "Déjà payé, voyez avec votre banque.", "already_paid", human=["already_paid without a matching payment"],
          fam=["terse-mobile", "marseille"]),
    Reply("K3431", at(26, "16:10", CET), "La facture 93426 mentionne 40 caisses de glace, nous en avons reçu 30. Merci de corriger. Marc", "dispute", inv=["93426"],
          fam=["quantity", "fishery"]),
    Reply("K3432", at(28, "11:30", CET), "Nous contestons les frais de rappel de 40 € ajoutés sans base contractuelle. Bien à vous, S. Dubois", "dispute",
          fam=["fees", "weekend", "law-firm"]),
    Reply("K3431", at(29, "11:00", CET), "Pouvez-vous nous renvoyer la facture 93426 ? Introuvable chez nous.", "invoice_resend", inv=["93426"], sender=0,
          fam=["never-received", "weekend"]),
    Reply("K3432", at(31, "11:20", CET), "Pour notre clôture, pourriez-vous nous faire parvenir un relevé de compte à jour ?", "invoice_resend", sender=0, fam=["statement", "brussels"]),
    Reply("K3432", at(27, "15:30", CET), "Merci d'adresser désormais vos factures à notre nouveau siège, avenue Louise 231, 1050 Bruxelles, avec notre numéro d'entreprise BE 0712.345.678.", "po_change",
          sender=0, fam=["billing-address", "tax-id", "brussels"]),
    Reply("K3431", at(30, "11:05", CET), "Merci de réémettre la facture 93425 avec notre numéro de commande PVP-BC-0442, sinon elle ne passe pas.", "po_change", inv=["93425"],
          sender=0, fam=["po-number", "marseille"]),
    Reply("K3431", at(28, "12:20", CET), "Pourrions-nous régler en trois fois, premier versement le 15 décembre ? La saison est mauvaise. Marc", "payment_plan_request",
          date="2026-12-15", fam=["instalments", "weekend", "fishery"]),
    Reply("K3432", at(30, "16:30", CET), "Serait-il possible d'échelonner le paiement sur deux mois ? Bien à vous", "payment_plan_request",
          fam=["instalments", "undated", "brussels"]),
    Reply("K3431", at(27, "06:00", CET), "Je suis absent jusqu'au 1er décembre inclus. Pour toute urgence, contactez compta@pecheries-vieuxport.example.", "out_of_office",
          headers=AUTO, subject="Réponse automatique : Relance", quote="none", fam=["auto-reply"]),
    Reply("K3432", at(26, "08:00", CET), "Je suis en congé jusqu'au 4 janvier 2027 inclus. Pour toute urgence : administration@vanlierde-dubois.example." + DISCLAIMER_FR_NL, "out_of_office",
          headers=AUTO, subject="Absence du bureau", quote="none", human=["absent more than 14 days"], fam=["auto-reply", "long-absence", "long-disclaimer"]),
    Reply("K3431", at(29, "09:06", CET), "Votre message n'a pas pu être remis.\ncompta@pecheries-vieuxport.example : adresse introuvable.\n550 5.1.1 Utilisateur inconnu", "bounce",
          sender="MAILER-DAEMON@pecheries-vieuxport.example", dsn=("compta@pecheries-vieuxport.example", "5.1.1"), quote="none", fam=["postfix"]),
    Reply("K3432", at(30, "09:07", CET), "Échec de la remise à administration@vanlierde-dubois.example.\nLa boîte aux lettres du destinataire est pleine.", "bounce",
          sender="postmaster@vanlierde-dubois.example", dsn=("administration@vanlierde-dubois.example", "5.2.2"), quote="none", fam=["mailbox-full"]),
    Reply("K3431", at(31, "12:45", CET), "Je ne m'occupe plus de la comptabilité depuis octobre, voyez avec compta@pecheries-vieuxport.example.", "wrong_contact",
          fam=["moved-role", "marseille"]),
    Reply("K3432", at(29, "15:35", CET), "Maître Dubois a quitté le cabinet. Adressez-vous dorénavant à administration@vanlierde-dubois.example.", "wrong_contact", sender=0,
          fam=["left-company", "weekend", "law-firm"]),
    Reply("K3431", at(26, "12:10", CET), "Bien reçu, merci.", "other", fam=["no-action", "terse-mobile"]),
    Reply("K3432", at(27, "17:45", CET), "Toute correspondance relative à ce dossier doit désormais passer par notre conseil, Maître Peeters. Nous ne répondrons plus directement.", "other",
          human=["counsel only"], fam=["counsel-only", "law-firm"]),
    Reply("K3431", at(30, "08:20", CET), "Peut-on payer par carte bancaire ? Appelez-moi au 04 91 55 01 23, je suis au port le matin.", "other",
          human=["card payment over the phone"], fam=["card-over-phone", "marseille"]),
]
