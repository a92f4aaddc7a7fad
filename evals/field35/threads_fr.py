"""French replies for field35: a Liège chocolatier and a Quebec maple farm, in Belgian and Québécois French."""

from __future__ import annotations

from evals.field35.kit import BE, QC, block, iso

OFFS = {"J3531": BE, "J3532": QC}
SIGNS = {"J3531": "Anne Lemaire\nChocolaterie Delvaux-Lemaire", "J3532": "Martin Gagnon\nÉrablière du Rang Saint-Joseph\nEnvoyé de mon cellulaire"}
OPENERS = ["Bonjour,", "Bonsoir,", "Madame, Monsieur,", "Allô,", "Salut,", "Je réponds pour Madame Lemaire, qui est en production :",
           "Bien le bonjour,", "Bonjour à vous,"]
CORES = [
    ("Le virement part mar. 8 déc.", iso(8), [], None, ["abbrev-weekday"]),
    ("Nous paierons le mercredi 9, c'est notre jour de paiement.", iso(9), [], None, ["weekday-ordinal"]),
    ("Ce sera réglé le 10/12.", iso(10), [], None, ["locale-numeric"]),
    ("Paiement d'ici la fin de la semaine prochaine, soit vendredi le 11.", iso(11), [], None, ["relative-span", "quebec"]),
    ("On va payer le dernier jour ouvrable du mois.", iso(31), [], None, ["month-end"]),
    ("Avant les Fêtes, le 22 décembre.", iso(22), [], None, ["holiday"]),
    ("Le quatorze, sans faute.", iso(14), [], None, ["date-in-words", "ordinal-alone"]),
    ("La réunion avec le comptable est le 7 ; le paiement suivra le 9 décembre.", iso(9), [], None, ["distractor-meeting"]),
    ("On avait dit le 2, finalement ce sera le 16 décembre.", iso(16), [], None, ["distractor-moved-date"]),
    ("Nous verserons 2 000,00 $ le 15 décembre et le solde en janvier.", iso(15), [], "2000.00", ["partial-amount"]),
    ("Dès que la Fédération nous verse l'avance sur le sirop, on vous paie, normalement le 11 décembre.", iso(11), ["conditional"], None, ["hidden-condition"]),
    ("Paiement en semaine 51, le jeudi 17.", iso(17), [], None, ["calendar-week"]),
    ("Sous cinq jours ouvrables, donc au plus tard le jeudi 10.", iso(10), [], None, ["working-days"]),
    ("La facture date du 20 octobre, je sais ; le paiement partira le vendredi 18 décembre.", iso(18), [], None, ["distractor-invoice-date"]),
    ("Paiement le 21 pour la première facture, le 28 pour la seconde.", iso(21), [], None, ["split-promise"]),
]
ROWS = {
    "dispute": [("J3531", "Les pralines livrées étaient abîmées, nous contestons la facture."),
                ("J3532", "Le prix des barils ne correspond pas à la soumission. On ne paie pas ça."),
                ("J3531", "Vous avez facturé deux fois le transport. Merci de corriger avant paiement.")],
    "invoice_resend": [("J3531", "Pourriez-vous nous renvoyer la facture ? Nous ne la trouvons pas."),
                       ("J3532", "Envoyez-moi une copie de la facture svp, je l'ai perdue."),
                       ("J3531", "Merci de nous transmettre un duplicata avec notre numéro de TVA.")],
    "po_change": [("J3531", "Merci de mentionner notre bon de commande DL-2026-118 et de renvoyer la facture."),
                  ("J3532", "Le numéro de commande a changé, c'est maintenant ERS-440. Pouvez-vous refaire la facture?")],
    "payment_plan_request": [("J3531", "Serait-il possible de payer en trois fois ?"),
                             ("J3532", "La saison a été mauvaise, peut-on étaler les paiements sur quatre mois?")],
    "wrong_contact": [("J3531", "Je ne m'occupe plus de la comptabilité, écrivez à notre fiduciaire."),
                      ("J3532", "L'érablière a été vendue, je ne suis plus le propriétaire.")],
}
PAID = [("J3531", "Payé le 27/11, référence DELV-2711.", "DELV-2711"),
        ("J3532", "C'est payé depuis lundi, réf. ERS-3011.", "ERS-3011"),
        ("J3531", "Virement effectué le 30 novembre, communication +++093/5310/00042+++.", "+++093/5310/00042+++"),
        ("J3532", "Réglé par virement Interac, no de confirmation CA8841X.", "CA8841X"),
        ("J3531", "Les deux factures ont été payées le 26, réf. LEM-26.", "LEM-26")]
OOO = ["Je suis absente jusqu'au 14 décembre. Pour toute urgence, contactez le magasin.",
       "Absent du bureau jusqu'au 8 décembre inclusivement."]
OTHER = ("J3532", "Merci, bien reçu.", ["no-action"], [])
DOMAINS = {"J3531": ("choco-delvaux.example", "a.lemaire"), "J3532": ("erabliere-stjoseph.example", "m.gagnon")}

REPLIES = block("fr", OFFS, SIGNS, OPENERS, CORES, ROWS, PAID, OOO, OTHER, DOMAINS)
