"""field31, French: a Beauce sugar shack and a Saguenay cheese dairy (strategic) writing Québécois ("fin de semaine" is
the weekend there), a Liège bakery and a Namur family brewery writing Belgian French (septante, nonante, Saint-Nicolas)."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field31.kit import AUTO, CET, QC, at

PAYMENTS = [
    Payment("BK31-014", "N3132", "2026-12-01", "2740.00", "EUR", "+++093/1330/27401+++ DEWAELE"),
    Payment("BK31-015", "N3134", "2026-12-02", "3600.00", "EUR", "BRASSERIE LEMAIRE"),
    Payment("BK31-016", "N3131", "2026-12-03", "690.00", "CAD", "VIR INTERAC TREMBLAY ET FILS"),
]


def p(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    """A promise to pay (primary intent)."""
    return Reply(cust, when, body, "promise_to_pay", date, fam=fam, **kw)


REPLIES = [
    p("N3131", at(2, "07:20", QC), "Allo, on est dans le jus avec les commandes de sirop pour les Fêtes. On vous paye jeudi sans faute. Ginette", "2026-12-03",
      ["bare-weekday", "quebecois", "terse-mobile"], sender=1),
    p("N3131", at(3, "20:15", QC), "Bonsoir, mon mari fait la banque en ligne en fin de semaine, ça va partir lundi matin au plus tard 👍", "2026-12-07",
      ["quebecois", "fin-de-semaine-weekend", "at-the-latest", "spouse", "emoji"], sender=1,
      note="'fin de semaine' is the weekend in Québec; the outer bound is Monday"),
    p("N3131", at(7, "10:30", QC), "Bonjour, la 93132 sera payée le 10 et la 93131 après notre party de Noël des employés le 19, donc le lundi 21.", "2026-12-10",
      ["two-dates", "ordinal-alone", "relative-to-event", "weekday-date"], inv=["93132", "93131"], sender=1),
    p("N3131", at(8, "16:00", QC), "On va faire un premier versement de 2 000 $ vendredi pis le reste quand la Caisse va avoir approuvé notre marge de crédit.", "2026-12-11",
      ["partial-amount", "bare-weekday", "condition", "quebecois"], amount="2000.00", human=["conditional"], sender=1),
    p("N3132", at(2, "06:00", CET), "Bonjour, ici Michel. On paie après la Saint-Nicolas, les spéculoos et les cougnous c'est notre plus grosse semaine. Lundi 7 sans faute.", "2026-12-07",
      ["holiday", "saint-nicolas", "weekday-date", "relative-to-event"], sender=1),
    p("N3132", at(4, "13:30", CET), "Le virement de 2.740 € part le 15 avec la communication structurée de la facture. À tantôt", "2026-12-15",
      ["ordinal-alone", "structured-communication", "belgicism"], amount="2740.00", partial=False, sender=1),
    p("N3132", at(8, "09:45", CET), "Je vous verse septante pour cent, soit 1.918 €, mercredi prochain, et le solde en janvier quand la comptable aura fait le bilan.", "2026-12-16",
      ["partial-share", "septante", "next-weekday", "undated-balance"], amount="1918.00", sender=1),
    p("N3133", at(2, "11:00", QC), "Bonjour,\n\nVotre facture 93134 (BC FG-BC-2207) a été approuvée par notre directeur hier et sera incluse dans notre cycle de paiement du 11 décembre.\n\nCordialement,\nSylvie Gagnon, contrôleuse", "2026-12-11",
      ["payment-run", "meeting-before-payment", "formal-ap", "date-in-words"], sender=1),
    p("N3133", at(4, "15:20", QC), "Bonjour, le paiement est décalé au 18 décembre, notre système comptable change de version la semaine du 7.", "2026-12-18",
      ["moved-date", "week-of-distractor"], sender=1),
    p("N3133", at(7, "09:00", QC), "Veuillez noter que nous paierons la moitié, soit 4 625 $, le 14 décembre, et l'autre moitié au retour des Fêtes.", "2026-12-14",
      ["partial-amount", "date-in-words", "undated-balance"], amount="4625.00", sender=1),
    p("N3134", at(2, "10:15", CET), "Bonjour, nous réglons les deux factures dans la quinzaine. Anne Lemaire", "2026-12-16",
      ["relative-span", "quinzaine"], sender=1, note="'dans la quinzaine' = +14"),
    p("N3134", at(3, "18:40", CET), "On a eu un souci avec la cuve de fermentation, tout le budget est passé dedans. On paie la 93136 le 9/12 et la grosse à la fin du mois prochain.", "2026-12-09",
      ["two-dates", "locale-numeric-dayfirst", "end-of-next-month"], inv=["93136", "93135"], sender=1),
    p("N3134", at(7, "08:20", CET), "Bonjour, paiement ce jeudi 10, c'est noté dans l'agenda. Bonne journée", "2026-12-10",
      ["weekday-ordinal", "coming-weekday"], sender=1),
    p("N3131", at(5, "12:00", QC), "Pour ce qui est du paiement, le temps qu'on reçoive le chèque du Marché de Noël de Québec qui nous doit 6 000 $ depuis octobre, disons que vous allez l'avoir au plus tard le 23, c'est ce que je peux faire de mieux.", "2026-12-23",
      ["at-the-latest", "reason-not-condition", "long-sentence", "ordinal-alone"], sender=1),
    p("N3132", at(5, "17:00", CET), "Voilà, ma fille fait les comptes ce dimanche. Paiement lundi en huit.", "2026-12-14",
      ["lundi-en-huit", "family"], sender=1, note="'lundi en huit' written on Saturday 5: the coming Monday (7) plus a week"),
    p("N3134", at(8, "11:30", CET), "La brasserie paiera en semaine 51, le mardi.", "2026-12-15",
      ["calendar-week", "weekday-in-week"]),
    # --- already_paid
    Reply("N3132", at(3, "09:00", CET), "Payé le 1er décembre avec la communication +++093/1330/27401+++. Vérifiez svp.", "already_paid",
          ref="+++093/1330/27401+++", fam=["structured-communication", "terse-mobile"], note="matches BK31-014", sender=1),
    Reply("N3134", at(4, "10:00", CET), "Bonjour, on vous a viré 3.680 € le 2 décembre pour les deux factures.", "already_paid",
          fam=["paid-both"], human=["amount differs: BK31-015 is 3,600.00"], sender=1),
    Reply("N3131", at(4, "08:00", QC), "La 93132 a été payée par virement Interac hier. Merci!", "already_paid",
          inv=["93132"], fam=["interac", "terse-mobile"], note="matches BK31-016", sender=1),
    # --- dispute
    Reply("N3131", at(8, "13:00", QC), "Les 40 chaudières d'érablière sont arrivées bossées, j'ai les photos. Je paye pas tant que vous m'avez pas fait un crédit.", "dispute",
          fam=["damaged-goods", "quebecois", "credit-note"], sender=1),
    Reply("N3133", at(3, "14:00", QC), "Nous contestons les frais de livraison express de 285 $ sur la facture 93134, non prévus au bon de commande.", "dispute",
          inv=["93134"], fam=["fees", "formal-ap"], sender=1),
    Reply("N3134", at(5, "10:30", CET), "La TVA à 21 % n'est pas correcte, nous sommes assujettis en Belgique et c'est une livraison intracommunautaire, autoliquidation. Merci de refaire la facture.", "dispute",
          fam=["vat", "reverse-charge"], sender=1),
    # --- invoice_resend
    Reply("N3132", at(7, "07:00", CET), "Bonjour, pouvez-vous me renvoyer la facture? Je l'ai pas reçue sur mon GSM.", "invoice_resend",
          fam=["belgicism", "terse-mobile"], sender=1),
    Reply("N3133", at(8, "10:00", QC), "Pourriez-vous nous faire parvenir un état de compte à jour?", "invoice_resend",
          fam=["statement", "quebecois"], sender=1),
    # --- po_change
    Reply("N3133", at(5, "09:00", QC), "À compter du 1er janvier, toutes les factures doivent être déposées sur notre portail fournisseurs. Merci de resoumettre la 93134 par ce biais.", "po_change",
          inv=["93134"], fam=["supplier-portal"], sender=1),
    Reply("N3134", at(2, "14:00", CET), "Merci d'indiquer notre nouveau numéro d'entreprise BE 0712.345.678 et l'adresse du siège à Namur sur les factures, on a déménagé.", "po_change",
          fam=["tax-id", "billing-address"], sender=1),
    # --- payment_plan_request
    Reply("N3131", at(2, "15:00", QC), "Serait-ce possible de payer en trois versements, 1 460 $ le 15 décembre, le 15 janvier et le 15 février?", "payment_plan_request",
          "2026-12-15", amount="1460.00", inv=["93131"], fam=["monthly-plan", "date-in-words"], sender=1),
    Reply("N3132", at(4, "19:00", CET), "On pourrait payer 500 € par mois à partir de janvier? L'hiver est dur pour nous.", "payment_plan_request",
          amount="500.00", fam=["monthly-plan"], sender=1),
    Reply("N3134", at(8, "15:30", CET), "Est-il possible de reporter le paiement de la 93135 à fin janvier? On attend le remboursement de la TVA.", "payment_plan_request",
          "2027-01-31", inv=["93135"], fam=["deferral"], sender=1),
    # --- out_of_office
    Reply("N3131", at(7, "06:00", QC), "Je suis absente du bureau jusqu'au 11 décembre inclusivement. Pour toute urgence, appelez au 418 555-0134.", "out_of_office",
          fam=["auto-reply"], headers=AUTO, sender=1, subject="Réponse automatique : Relance : factures échues – Érablière Tremblay et fils"),
    Reply("N3133", at(3, "06:30", QC), "Je serai en congé du 3 décembre au 4 janvier. Votre message ne sera pas transféré.", "out_of_office",
          fam=["auto-reply", "long-absence"], headers=AUTO, sender=1, human=["return more than 14 days away"],
          subject="Absence du bureau : Relance : factures échues – Fromagerie Gagnon du Lac"),
    Reply("N3134", at(4, "07:00", CET), "Bonjour, la brasserie est fermée pour congé annuel jusqu'au lundi 14 décembre. Nous traiterons votre message à notre retour.", "out_of_office",
          fam=["auto-reply", "seasonal-closure"], headers=AUTO, subject="Réponse automatique : Relance : factures échues – Brasserie familiale Lemaire"),
    # --- bounce
    Reply("N3132", at(3, "02:00", CET), "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\nm.dewaele@boulangerie-dewaele.example\n550 5.1.1 Adresse inconnue", "bounce",
          lang="fr", fam=["dsn-fr", "user-unknown"], sender="mailer-daemon@boulangerie-dewaele.example", dsn=("m.dewaele@boulangerie-dewaele.example", "5.1.1"), quote="none",
          subject="Non remis : Relance : factures échues – Boulangerie Dewaele"),
    Reply("N3133", at(8, "05:00", QC), "Échec de la remise du message aux destinataires suivants :\n\ns.gagnon@fromagerie-gagnon.example\nLa boîte aux lettres du destinataire est pleine.\n\n552 5.2.2", "bounce",
          lang="fr", fam=["dsn-fr", "mailbox-full"], sender="postmaster@fromagerie-gagnon.example", dsn=("s.gagnon@fromagerie-gagnon.example", "5.2.2"), quote="none",
          subject="Non remis : Relance : factures échues – Fromagerie Gagnon du Lac"),
    # --- wrong_contact
    Reply("N3131", at(3, "11:00", QC), "Bonjour, je m'occupe des tours de cabane à sucre, pas de la comptabilité. Écrivez à Ginette.", "wrong_contact",
          fam=["wrong-desk", "quebecois"], sender=0),
    Reply("N3134", at(7, "12:00", CET), "Mme Lemaire a pris sa pension, c'est son fils Thomas qui reprend: t.lemaire@brasserie-lemaire.example.", "wrong_contact",
          fam=["contact-gone", "family"], sender=0),
    # --- other
    Reply("N3132", at(2, "12:00", CET), "Bien reçu, merci!", "other",
          fam=["no-action", "acknowledgement", "terse-mobile"], sender=1),
    Reply("N3133", at(7, "14:00", QC), "Pouvez-vous nous envoyer votre formulaire de fournisseur signé et un spécimen de chèque pour le dépôt direct?", "other",
          fam=["supplier-onboarding", "bank-confirmation"], human=["supplier onboarding paperwork"], sender=1),
]
