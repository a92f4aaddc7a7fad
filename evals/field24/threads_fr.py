"""French replies (field24): a Walloon brewery (fr-BE), a Geneva watch-part supplier (strategic), a Moroccan argan co-op on a plan."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field24.kit import AUTO, CET, MA, at, r

PAYMENTS = [
    Payment("BK24-11", "Z2431", "2026-11-20", "845.00", "EUR", "+++092/4320/11245+++"),
]

REPLIES = [
    # promise_to_pay
    r("Z2431", at(23, "09:25", CET), "promise_to_pay", "2026-11-27", "bare-weekday terse-mobile",
      "Bonjour, paiement vendredi. Marc\n\nEnvoyé de mon téléphone"),
    r("Z2431", at(24, "11:10", CET), "promise_to_pay", "2026-12-03", "locale-numeric-dayfirst shared-mailbox",
      "Bonjour,\n\nNous vous informons que le paiement des deux factures est programmé pour le 03/12.\n\nBien à vous,\nLa comptabilité – Brasserie du Val de Sambre", sender=0),
    r("Z2431", at(25, "16:40", CET), "promise_to_pay", "2026-12-10", "weekday-ordinal",
      "Bonjour, avec la Saint-Nicolas et les commandes de bière de Noël on est débordés. Je paie le jeudi 10 sans faute. Marc Dethier"),
    r("Z2431", at(26, "08:50", CET), "promise_to_pay", "2026-12-11", "week-after-next",
      "Bonjour, pas la semaine prochaine mais celle d'après, le vendredi. Les deux factures. Bàv, Marc"),
    r("Z2431", at(27, "14:15", CET), "promise_to_pay", "2026-11-30", "month-end",
      "Bonjour, ce sera fin de mois, donc lundi. Cordialement, Comptabilité", sender=0),
    r("Z2431", at(23, "13:45", CET), "promise_to_pay", "2026-12-07", "relative-span",
      "Bonjour, nous réglerons dans une quinzaine, disons le lundi 7 décembre. Bien à vous, M. Dethier"),
    r("Z2431", at(24, "18:20", CET), "promise_to_pay", "2026-12-01", "next-weekday abbrev-weekday",
      "slt, paiement mar. prochain, le brasseur a cassé la cuve 3 on a eu une semaine de fou. Marc"),
    r("Z2431", at(26, "12:30", CET), "promise_to_pay", "2026-12-02", "condition-date",
      "Bonjour, dès réception de la note de crédit pour les fûts abîmés (promise pour lundi par votre commercial), on paie le solde le mercredi suivant. Marc", human=["conditional"]),
    r("Z2431", at(27, "10:05", CET), "promise_to_pay", "2026-12-04", "partial next-friday",
      "Bonjour, 3.000 € vendredi prochain sur la 92431, le reste en janvier après les fêtes. Désolé. Marc", inv=["92431"], amount="3000.00"),
    r("Z2432", at(23, "10:00", CET), "promise_to_pay", "2026-12-04", "dotted-numeric shared-mailbox",
      "Madame, Monsieur,\n\nLa facture 92433 sera réglée le 04.12.2026 lors de notre prochain cycle de paiement.\n\nMeilleures salutations\nComptabilité fournisseurs – Composants Horlogers de Plainpalais SA", sender=0),
    r("Z2432", at(25, "09:40", CET), "promise_to_pay", "2026-12-08", "moved-date",
      "Bonjour, notre paiement initialement prévu le 30 novembre est repoussé au mardi 8 décembre, notre directrice étant au salon de Bâle. Meilleures salutations, S. Favre"),
    r("Z2432", at(26, "17:05", CET), "promise_to_pay", "2026-12-31", "end-of-year html-outlook",
      "Bonjour,\n\nNous procéderons au règlement d'ici la fin de l'année, après la clôture de l'inventaire.\n\nMeilleures salutations\nSophie Favre\nResponsable financière", html=True, quote="outlook"),
    r("Z2432", at(27, "08:30", CET), "promise_to_pay", "2026-12-03", "meeting-before-payment",
      "Bonjour, le conseil d'administration se réunit mardi 1er décembre; le paiement suivra jeudi 3. Cordialement, S. Favre"),
    r("Z2433", at(23, "11:30", MA), "promise_to_pay", "2026-12-01", "instalment-existing-plan non-native-ma",
      "Bonjour Monsieur, la mensualité de décembre sera versée le 1er comme convenu dans l'échéancier. Merci pour votre patience. Fatima Amrani, Présidente", human=["partial"]),
    r("Z2433", at(25, "15:50", MA), "promise_to_pay", "2026-12-07", "instalment-existing-plan moved-date non-native-ma",
      "Salam, bonjour, pour la tranche de décembre on doit décaler au 7 car la vente à Agadir est payée le 4. Désolé. Gestion", sender=0, human=["partial"]),
    r("Z2431", at(24, "09:00", CET), "promise_to_pay", "2026-11-25", "relative-tomorrow",
      "Bonjour, c'est un oubli de ma part, je paie demain. Marc"),
    r("Z2431", at(25, "20:40", CET), "promise_to_pay", "2026-12-15", "mid-month late-evening",
      "bonsoir je fais le virement à la mi-décembre quand les cafés nous ont payé. merci de patienter marc"),
    r("Z2431", at(23, "15:15", CET), "promise_to_pay", "2026-12-04", "calendar-week",
      "Bonjour, paiement en semaine 49, le vendredi. Cordialement, Comptabilité", sender=0),
    r("Z2432", at(24, "14:40", CET), "promise_to_pay", "2026-11-30", "bare-weekday",
      "Bonjour, paiement lundi. S. Favre"),
    r("Z2431", at(27, "11:50", CET), "promise_to_pay", None, "undated sarcasm",
      "Ah oui, très sympa la relance le jour de la livraison. On paiera quand on pourra, comme tout le monde. Marc", human=["undated"]),
    # already_paid
    r("Z2431", at(23, "10:40", CET), "already_paid", None, "structured-communication",
      "Bonjour, la 92432 a été payée le 20/11 avec la communication structurée +++092/4320/11245+++. Merci de vérifier. Comptabilité", sender=0, inv=["92432"], ref="+++092/4320/11245+++"),
    r("Z2432", at(26, "10:20", CET), "already_paid", None, "shared-mailbox",
      "Madame, Monsieur, la facture 92433 a été réglée le 24 novembre par virement SIC. Meilleures salutations", sender=0, inv=["92433"], human=["no matching payment"]),
    # dispute
    r("Z2431", at(25, "10:10", CET), "dispute", None, "damaged-goods",
      "Bonjour, sur la 92431 vous facturez 40 fûts inox, dont 6 sont arrivés cabossés et inutilisables. Nous refusons de payer tant que la note de crédit n'est pas là. Marc Dethier", inv=["92431"]),
    r("Z2433", at(24, "13:20", MA), "dispute", None, "tax non-native-ma",
      "Bonjour, vous avez mis la TVA sur une facture export vers le Maroc, nous ne payons pas cette TVA. Merci de corriger. Fatima"),
    # invoice_resend
    r("Z2431", at(26, "15:30", CET), "invoice_resend", None, "never-received",
      "Bonjour, on n'a jamais reçu la facture 92432, pouvez-vous la renvoyer à comptabilite@ ? Merci", sender=0, inv=["92432"]),
    r("Z2432", at(27, "15:45", CET), "invoice_resend", None, "statement",
      "Bonjour, pourriez-vous nous faire parvenir un relevé de compte au 30 novembre ? Meilleures salutations, S. Favre"),
    # po_change
    r("Z2432", at(23, "16:30", CET), "po_change", None, "po-number",
      "Bonjour, il manque notre numéro de commande CHP-CMD-30417-B sur la facture 92433, merci de la rééditer. Comptabilité fournisseurs", sender=0, inv=["92433"]),
    r("Z2431", at(24, "15:05", CET), "po_change", None, "tax-id",
      "Bonjour, notre numéro de TVA a changé suite à la transformation en SRL : BE0792.114.508. Merci de refaire les factures. Marc"),
    # payment_plan_request
    r("Z2431", at(26, "14:50", CET), "payment_plan_request", "2026-12-15", "mid-month",
      "Bonjour, serait-il possible de payer en trois fois, le 15 décembre, le 15 janvier et le 15 février ? Merci d'avance. Marc"),
    r("Z2433", at(27, "10:30", MA), "payment_plan_request", None, "instalment-existing-plan non-native-ma",
      "Bonjour, est-ce qu'on peut allonger l'échéancier de 4 mois ? La récolte d'argan est très faible cette année avec la sécheresse. Fatima Amrani"),
    # out_of_office
    r("Z2431", at(25, "09:05", CET), "out_of_office", None, "ooo",
      "Je suis absent jusqu'au 2 décembre inclus. Pour toute urgence : comptabilite@brasserie-valdesambre.example", headers=AUTO, quote="none", subject="Réponse automatique : Relance : factures échues – Brasserie du Val de Sambre SRL"),
    r("Z2433", at(26, "09:06", MA), "out_of_office", None, "ooo long-absence",
      "Je suis en pèlerinage jusqu'au 5 janvier. Merci de contacter gestion@tafoukt-argan.example.", headers=AUTO, quote="none", subject="Absence"),
    # bounce
    r("Z2431", at(24, "09:06", CET), "bounce", None, "dsn",
      "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n  m.dethier@brasserie-valdesambre.example\n  550 5.1.1 Utilisateur inconnu",
      sender="mailer-daemon@brasserie-valdesambre.example", dsn=("m.dethier@brasserie-valdesambre.example", "5.1.1"), subject="Échec de la remise du message"),
    r("Z2432", at(27, "09:07", CET), "bounce", None, "dsn",
      "Remise impossible aux destinataires suivants :\n\ns.favre@chp-geneve.example\nLa boîte aux lettres du destinataire est pleine.\n\n452 4.2.2",
      sender="postmaster@chp-geneve.example", dsn=("s.favre@chp-geneve.example", "4.2.2"), subject="Non remis : Relance : factures échues"),
    # wrong_contact
    r("Z2432", at(24, "10:30", CET), "wrong_contact", None, "left-company",
      "Bonjour, Mme Favre a quitté l'entreprise. Merci d'écrire désormais à M. Julien Rochat, j.rochat@chp-geneve.example. Comptabilité fournisseurs", sender=0),
    r("Z2433", at(25, "11:05", MA), "wrong_contact", None, "non-native-ma",
      "Bonjour, moi je m'occupe des femmes de la coopérative, pas de la comptabilité. Écrivez à Si Brahim, brahim@tafoukt-argan.example. Merci", sender=0),
    # other
    r("Z2431", at(27, "09:15", CET), "other", None, "card-over-phone",
      "Bonjour, j'ai payé par carte au téléphone avec votre collègue hier, c'est bien passé ? Marc", human=["card payment to confirm"]),
    r("Z2432", at(25, "14:00", CET), "other", None, "no-action",
      "Bien reçu, merci. Transmis au service comptable.", sender=0),
    r("Z2433", at(23, "17:40", MA), "other", None, "bank-detail-confirmation non-native-ma",
      "Bonjour, notre banque demande le code SWIFT exact et l'adresse de votre banque pour le transfert en euros. Merci. Gestion", sender=0, human=["bank details question"]),
    r("Z2431", at(26, "11:20", CET), "other", None, "discount-question",
      "Bonjour, si on paie tout avant le 5, vous faites un escompte ? Marc", human=["discount question"]),
]
