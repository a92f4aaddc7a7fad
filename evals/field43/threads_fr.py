"""French replies: a bakery franchise and its expert-comptable, a Lyon event agency on a plan, a Québec hotel group (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import AUTO, CET, QC, at

PAYMENTS = [
    Payment("BK43-031", "A4331", "2027-03-04", "880.00", "EUR", "VIR MPF0304 MAISON PERRIN FRANCHISE"),
    Payment("BK43-032", "A4333", "2027-03-09", "6120.00", "CAD", "TEF GROUPE HOTELIER ST-LAURENT"),
    Payment("BK43-033", "A4332", "2027-02-26", "1275.00", "EUR", "EVENEMENTS LUMIERE ECHEANCE FEV"),
]

_EC = "m.lemaire@cabinet-lemaire-expertise.example"
_EC_SIG = ("\n\nMichel Lemaire\nExpert-comptable diplômé\nCabinet Lemaire & Associés – 12 rue de la Liberté, 21000 Dijon\n"
           "Membre de l'Ordre des experts-comptables de Bourgogne-Franche-Comté")

REPLIES = [
    Reply("A4331", at(8, "10:05", CET), "Bonjour,\n\nle virement partira vendredi.\n\nCordialement,\nAnne Perrin", "promise_to_pay",
          "2027-03-12", fam=["bare-weekday", "franchise-retail", "terse"]),
    Reply("A4331", at(9, "09:40", CET), "Bonjour,\n\nLes deux factures seront réglées le 15 mars par virement SEPA.\n\nBien cordialement,\n"
          "Service comptabilité\nMaison Perrin", "promise_to_pay", "2027-03-15", sender=0, fam=["month-name-date"]),
    Reply("A4331", at(10, "11:30", CET), "Madame, Monsieur,\n\nEn notre qualité d'expert-comptable de la société Maison Perrin Franchise "
          "SAS, nous vous informons que le règlement des factures n° 94331 et 94332 interviendra à la fin du mois, après la "
          "déclaration de TVA.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées." + _EC_SIG,
          "promise_to_pay", "2027-03-31", sender=_EC, fam=["expert-comptable", "month-end", "unknown-sender", "long-formal-letter"]),
    Reply("A4331", at(11, "14:20", CET), "Je vous confirme : 880 € demain, et la 94331 sous quinzaine.\n\nA. Perrin", "promise_to_pay",
          "2027-03-12", amount="880.00", partial=False, inv=["94332", "94331"],
          fam=["two-dates", "figure-names-invoice", "sous-quinzaine", "tomorrow"]),
    Reply("A4331", at(12, "10:15", CET), "Bonjour,\n\nLe règlement est programmé pour mardi en huit.\n\nComptabilité", "promise_to_pay",
          "2027-03-23", sender=0, fam=["mardi-en-huit", "weekday-week", "written-on-friday"]),
    Reply("A4332", at(8, "09:25", CET), "Bonjour,\n\nl'échéance de mars (1 275 €) partira le 15 comme convenu.\n\nLucas Garnier", "promise_to_pay",
          "2027-03-15", amount="1275.00", fam=["instalment-existing-plan", "ordinal-alone", "event-agency"]),
    Reply("A4332", at(10, "15:05", CET), "Bonjour,\n\nsuite à un décalage de trésorerie, l'échéance de ce mois sera réglée le 22 mars au "
          "lieu du 15.\n\nL'administration", "promise_to_pay", "2027-03-22", human=["partial"], sender=0,
          fam=["instalment-existing-plan", "moved-date"]),
    Reply("A4332", at(12, "16:40", CET), "On vous règle dès que le client du salon nous a payé, normalement début avril.\n\nLucas",
          "promise_to_pay", "2027-04-01", human=["conditional"], fam=["third-party-payment", "condition-date", "early-next-month"]),
    Reply("A4333", at(8, "10:20", QC), "Bonjour,\n\nle paiement de 6 120,00 $ sera effectué par TEF le 18 mars.\n\nBonne journée!\n"
          "Geneviève", "promise_to_pay", "2027-03-18", amount="6120.00", partial=False,
          fam=["quebecois", "month-name-date", "whole-balance"]),
    Reply("A4333", at(9, "13:35", QC), "Bonjour,\n\nvotre facture est dans notre prochaine paie fournisseurs, jeudi prochain.\n\n"
          "Comptes à payer", "promise_to_pay", "2027-03-18", sender=0, fam=["next-weekday", "payment-run", "quebecois"]),
    Reply("A4333", at(11, "18:45", QC), "Mon conjoint fait les virements en fin de semaine, ça va partir lundi au plus tard.\n\nGeneviève",
          "promise_to_pay", "2027-03-15", fam=["quebecois", "fin-de-semaine-weekend", "at-the-latest"]),
    Reply("A4333", at(10, "12:10", QC), "Hi / Bonjour,\n\npayment approved, sera émis le 17/03. Merci!\n\nComptes à payer", "promise_to_pay",
          "2027-03-17", sender=0, fam=["mixed-language", "locale-numeric-dayfirst", "quebecois"]),
    Reply("A4331", at(9, "22:40", CET), "ok pour le 19.\n\nEnvoyé de mon iPhone", "promise_to_pay", "2027-03-19",
          fam=["terse-mobile", "ordinal-alone", "late-evening"]),
    Reply("A4331", at(11, "16:00", CET), "Madame, Monsieur,\n\nSuite à notre échange téléphonique de ce matin, je vous confirme que mon "
          "client procédera au règlement intégral de sa dette (6 120,00 €) dans les dix jours.\n\nBien cordialement," + _EC_SIG,
          "promise_to_pay", "2027-03-21", amount="6120.00", partial=False, sender=_EC,
          fam=["expert-comptable", "relative-span", "unknown-sender", "whole-balance"]),
    Reply("A4332", at(9, "11:50", CET), "Bonjour Madame,\n\nJe vous informe que la dernière échéance de 1 275 €, prévue le 31 mars, sera "
          "avancée au vendredi 19.\n\nBien à vous,\nLucas Garnier\nGérant – Agence Événements Lumière", "promise_to_pay",
          "2027-03-19", amount="1275.00", html=True, fam=["html-outlook", "instalment-existing-plan", "brought-forward", "weekday-ordinal"]),
    Reply("A4333", at(12, "09:00", QC), "Bonjour, le chèque sera posté la semaine prochaine.\n\nComptes à payer", "promise_to_pay",
          "2027-03-19", sender=0, fam=["next-week", "cheque"]),
    Reply("A4331", at(8, "15:40", CET), "Règlement par LCR à échéance du 25/03.\n\nComptabilité Maison Perrin", "promise_to_pay",
          "2027-03-25", sender=0, fam=["lcr", "locale-numeric-dayfirst", "terse"]),
    Reply("A4331", at(10, "09:10", CET), "Bonjour,\n\nla facture 94332 a été réglée le 4 mars par virement (réf. VIR-MPF-0304).\n\n"
          "Cordialement\nComptabilité", "already_paid", ref="VIR-MPF-0304", inv=["94332"], sender=0,
          fam=["past-tense", "remittance-reference-variant"]),
    Reply("A4333", at(10, "08:30", QC), "Le paiement a été fait par TEF hier.\n\nGeneviève Pelletier\nContrôleuse", "already_paid",
          fam=["past-tense", "yesterday", "quebecois"]),
    Reply("A4332", at(11, "10:30", CET), "L'échéance de février a bien été payée le 26/02. Merci de vérifier de votre côté.\n\n"
          "L'administration", "already_paid", human=["amount differs"], sender=0,
          fam=["instalment-existing-plan", "paid-instalment", "locale-numeric-dayfirst"]),
    Reply("A4331", at(11, "09:15", CET), "Bonjour,\n\nla facture 94331 mentionne 60 sacs de farine T65, nous n'en avons reçu que 48 (bon de "
          "livraison signé à l'appui). Merci de nous adresser un avoir.\n\nAnne Perrin", "dispute", inv=["94331"],
          fam=["short-delivery", "credit-note"]),
    Reply("A4333", at(11, "11:25", QC), "Bonjour,\n\nvous avez facturé la TPS et la TVQ alors que la livraison était destinée à notre "
          "établissement d'Ottawa (TVH). Merci de corriger la facture.\n\nGeneviève", "dispute", fam=["vat", "quebecois"]),
    Reply("A4332", at(8, "14:10", CET), "Pourriez-vous nous renvoyer l'échéancier et la facture 94333 ? Notre nouvelle comptable ne les "
          "retrouve pas.\n\nL'administration", "invoice_resend", inv=["94333"], sender=0, fam=["plan-schedule", "copy"]),
    Reply("A4331", at(12, "11:45", CET), "Madame, Monsieur,\n\nMerci de me transmettre un duplicata des factures 94331 et 94332 pour le "
          "dossier de mon client." + _EC_SIG, "invoice_resend", sender=_EC, fam=["expert-comptable", "unknown-sender", "copy"]),
    Reply("A4331", at(9, "16:30", CET), "Bonjour,\n\nà compter du 1er avril, merci de déposer vos factures exclusivement sur notre "
          "plateforme Libeo, les factures envoyées par courriel ne seront plus traitées.\n\nComptabilité", "po_change", inv=[], sender=0,
          fam=["supplier-portal", "send-future-invoices"]),
    Reply("A4333", at(12, "13:15", QC), "Bonjour,\n\nnotre raison sociale a changé : Groupe hôtelier Saint-Laurent inc. devient Hôtels "
          "Laurentia inc. (NEQ 1178452290). Merci de réémettre la facture au nouveau nom.\n\nGeneviève Pelletier", "po_change",
          fam=["entity-change", "tax-id", "reissue"]),
    Reply("A4331", at(10, "17:20", CET), "Serait-il possible d'étaler le règlement de la 94331 en trois mensualités à partir d'avril ? "
          "L'hiver a été difficile pour nos franchisés.\n\nAnne Perrin", "payment_plan_request", inv=["94331"],
          fam=["plan-asked", "from-month-no-day"]),
    Reply("A4333", at(12, "15:30", QC), "Est-ce qu'on pourrait payer la moitié maintenant et le reste à la fin avril?\n\nGeneviève",
          "payment_plan_request", "2027-03-12", fam=["half-now", "quebecois", "question"]),
    Reply("A4331", at(8, "09:06", CET), "Bonjour,\nJe suis absente du 8 au 12 mars inclus. Pour toute question comptable, merci d'écrire à "
          "compta@maison-perrin.example.\nAnne Perrin", "out_of_office", headers=AUTO, quote="none",
          fam=["auto-reply", "short-absence"]),
    Reply("A4333", at(9, "09:06", QC), "Bonjour, je serai en congé jusqu'au 6 avril. Votre message ne sera pas transféré. Pour les comptes "
          "à payer : comptesapayer@hotels-saint-laurent.example\nGeneviève Pelletier", "out_of_office", human=["absence more than 14 days"], headers=AUTO, quote="none",
          fam=["auto-reply", "long-absence", "quebecois"]),
    Reply("A4332", at(10, "09:06", CET), "Ceci est le système de messagerie de l'hôte mx.evenements-lumiere.example.\n\nVotre message n'a "
          "pas pu être remis à un ou plusieurs destinataires.\n\n<administration@evenements-lumiere.example> : 550 5.1.1 Adresse "
          "inconnue / user unknown", "bounce", sender="MAILER-DAEMON@mx.evenements-lumiere.example",
          subject="Message non remis : Relance : factures échues – Agence Événements Lumière SARL",
          dsn=("administration@evenements-lumiere.example", "5.1.1"), fam=["dsn-postfix-fr"]),
    Reply("A4333", at(11, "09:06", QC), "La remise aux destinataires ou groupes suivants a échoué :\n\n"
          "comptesapayer@hotels-saint-laurent.example\nL'adresse de courriel que vous avez entrée est introuvable. Vérifiez l'adresse "
          "du destinataire et renvoyez le message.\n\nServeur de génération : QB1PR01MB2230.hotels-saint-laurent.example\n"
          "550 5.1.10 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@hotels-saint-laurent.example",
          subject="Non remis : Relance : factures échues – Groupe hôtelier Saint-Laurent inc.",
          dsn=("comptesapayer@hotels-saint-laurent.example", "5.1.10"), fam=["dsn-exchange-fr"]),
    Reply("A4331", at(10, "13:50", CET), "Bonjour, je suis la responsable de la boulangerie franchisée de Dijon-Centre, je ne gère pas les "
          "factures du siège. Merci de vous adresser à compta@maison-perrin.example.\n\nÉmilie", "wrong_contact",
          sender="dijon.centre@maison-perrin.example", fam=["not-my-job", "unknown-sender", "franchise-retail"]),
    Reply("A4332", at(12, "10:05", CET), "Bonjour,\n\nM. Garnier a quitté l'agence fin février. Merci d'écrire désormais à Mme Sophie Roux, "
          "s.roux@evenements-lumiere.example.\n\nL'administration", "wrong_contact", sender=0, fam=["contact-gone", "new-contact"]),
    Reply("A4331", at(9, "12:05", CET), "Bonjour,\n\navant de procéder au règlement, pourriez-vous nous transmettre un RIB sur papier à "
          "en-tête et un extrait du registre du commerce ? Le dossier fournisseur de notre client est incomplet." + _EC_SIG, "other",
          sender=_EC, human=["supplier paperwork"], fam=["expert-comptable", "bank-details", "unknown-sender"]),
    Reply("A4333", at(10, "14:45", QC), "Merci, bien reçu.", "other", sender=0, fam=["no-action", "terse"]),
    Reply("A4332", at(9, "17:10", CET), "Pourquoi recevons-nous encore des relances alors que nous respectons l'échéancier depuis "
          "décembre ?\n\nLucas Garnier", "other", human=["plan complaint"], fam=["plan-complaint"]),
]
