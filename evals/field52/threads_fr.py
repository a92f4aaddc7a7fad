"""French replies (field52): Nice carnival workshops (strategic), a Beauce maple sugar bush on a plan and a Binche
hat maker for the Gilles."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, CET, QC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-013", "W5214", "2028-02-28", "3460.00", "EUR", "VIR ATELIERS CARNAVAL NICE FACT 98028"),
    P("BK52-014", "W5215", "2028-02-25", "1000.00", "CAD", "ERABLIERE RANG ST-JOSEPH VERSEMENT"),
    P("BK52-015", "W5216", "2028-02-22", "615.00", "EUR", "CHAPELLERIE DES GILLES +++098/0320/00615+++"),
]

REPLIES = [
    # --- Ateliers du Carnaval de Nice (strategic)
    R("W5214", at(21, "09:20", CET), "Bonjour,\n\nNous sommes en plein Carnaval (corso du 26 février, bataille de fleurs le 27) ; le règlement de la facture 98027 partira le 6 mars.\n\nCordialement,\nLaetitia Giordan", "promise_to_pay", date="2028-03-06", inv=["98027"], fam=["carnival-distractor", "meeting-dates"]),
    R("W5214", at(22, "11:10", CET), "Le virement de 3 460 € a été programmé pour lundi prochain.", "promise_to_pay", date="2028-02-28", amount="3460.00", fam=["next-monday", "narrow-space"], sender=0),
    R("W5214", at(23, "14:35", CET), "Merci de déposer vos factures sur Chorus Pro à partir du 1er mars, avec notre numéro d'engagement ACN-0451. Les envois par mail ne seront plus traités.", "po_change", fam=["chorus-pro", "new-po"], sender=0),
    R("W5214", at(24, "16:50", CET), "Nous contestons la facture 98027 : le papier mâché livré ne correspond pas au grammage commandé (120 g au lieu de 180 g). Merci d'émettre un avoir.", "dispute", inv=["98027"], fam=["wrong-spec", "avoir"]),
    R("W5214", at(25, "10:00", CET), "Je suis absente jusqu'au 2 mars inclus. Pour toute urgence, merci de contacter compta@ateliers-carnaval-nice.example.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence"]),
    R("W5214", at(28, "09:45", CET), "Bonjour, la 98028 a été réglée ce matin par virement. Pour la 98027 on attend l'avoir.", "already_paid", inv=["98028"], human=["open remainder"], fam=["paid-one-of-two"]),
    R("W5214", at(29, "15:30", CET), "Règlement de la facture 98027 à 45 jours fin de mois, soit le 15 avril, conformément à nos CGA.", "promise_to_pay", date="2028-04-15", inv=["98027"], fam=["45-jours-fdm", "terms"]),
    R("W5214", at(23, "08:55", CET), "Pouvez-vous nous faire parvenir une attestation de vigilance URSSAF de moins de six mois ? Notre commissaire aux comptes l'exige avant tout paiement supérieur à 5 000 €.", "other", human=["compliance document"], fam=["attestation-vigilance"], sender=0),
    R("W5214", at(26, "11:25", CET), "Je ne suis que stagiaire aux ateliers, je transmets à la compta.", "wrong_contact", sender="stage.atelier@ateliers-carnaval-nice.example", fam=["intern"]),
    # --- Érablière du Rang Saint-Joseph (Beauce, QC, payment plan)
    R("W5215", at(21, "10:30", QC), "Bonjour, le versement de 1 000 $ selon l'entente part vendredi le 25.", "promise_to_pay", date="2028-02-25", amount="1000.00", fam=["plan-instalment", "quebecois", "weekday-ordinal"]),
    R("W5215", at(22, "13:40", QC), "Salut, c'est le temps des sucres qui commence, on a besoin de notre cash pour les chaudières. On pourrait-tu sauter le versement de mars pis doubler en avril?", "payment_plan_request", fam=["plan-skip", "quebecois"]),
    R("W5215", at(23, "09:15", QC), "Le versement a été fait hier par Interac, confirmation CA8B2X.", "already_paid", ref="CA8B2X", human=["partial"], fam=["interac", "plan-instalment"]),
    R("W5215", at(24, "15:00", QC), "On va payer le reste d'ici vendredi, c'est sûr.", "promise_to_pay", date="2028-02-25", fam=["by-friday", "quebecois"]),
    R("W5215", at(25, "08:20", QC), "La facture 98030 mentionne la TPS et la TVQ mais pas vos numéros d'inscription. Pouvez-vous la renvoyer corrigée?", "invoice_resend", inv=["98030"], fam=["tps-tvq", "reissue"]),
    R("W5215", at(28, "12:10", QC), "On paie le 2028-03-15, promis, après la vente du sirop à la Fédération.", "promise_to_pay", date="2028-03-15", human=["conditional"], fam=["iso-date", "condition"]),
    R("W5215", at(29, "07:45", QC), "Mathieu est à la cabane jusqu'au début d'avril, pas d'internet là-bas. Laissez un message au bureau.", "out_of_office", sender=0, fam=["typed-absence", "cabane-a-sucre"]),
    R("W5215", at(26, "10:05", QC), "Les évaporateurs sur 98029 ont été facturés deux fois (une fois en décembre, une fois en janvier). Voir nos relevés.", "dispute", inv=["98029"], fam=["duplicate-billing"]),
    R("W5215", at(21, "00:00", QC), "Ce message n'a pas pu être remis à comptes@erabliere-stjoseph.example. Adresse inconnue.", "bounce", sender="postmaster@erabliere-stjoseph.example", dsn=("comptes@erabliere-stjoseph.example", "5.1.1"), quote="none", fam=["dsn", "french-dsn"]),
    # --- Chapellerie des Gilles (Binche, BE)
    R("W5216", at(21, "14:20", CET), "Bonjour, nous payerons après le Carnaval, le mercredi 8 mars.", "promise_to_pay", date="2028-03-08", fam=["carnival", "weekday-date", "belgian"]),
    R("W5216", at(22, "16:00", CET), "La facture 98032 a été payée ce jour avec la communication structurée.", "already_paid", inv=["98032"], fam=["structured-communication", "belgian"]),
    R("W5216", at(23, "10:45", CET), "Les plumes d'autruche facturées sur 98031 ne sont jamais arrivées. On ne paie pas ce qu'on n'a pas reçu.", "dispute", inv=["98031"], fam=["not-delivered"]),
    R("W5216", at(24, "09:30", CET), "On est en plein Mardi gras la semaine prochaine, je vous fais le virement le lundi 13 mars, une fois remis de la fête. Septante ans que la maison fait ça, on n'a jamais laissé une facture.", "promise_to_pay", date="2028-03-13", fam=["belgian-numbers", "weekday-date", "humour"]),
    R("W5216", at(25, "11:50", CET), "Merci de modifier notre numéro d'entreprise sur vos factures : BE 0791.442.310 (nouvelle SRL depuis le 1er janvier).", "po_change", fam=["enterprise-number", "new-entity"]),
    R("W5216", at(28, "08:00", CET), "Fermé pour le Carnaval de Binche du 26 février au 1er mars. Réouverture le jeudi 2 mars.", "out_of_office", headers=AUTO, fam=["auto-absence", "carnival"]),
    R("W5216", at(29, "13:15", CET), "Pourriez-vous m'envoyer un duplicata de la 98031 ? L'original est parti avec les confettis.", "invoice_resend", inv=["98031"], fam=["duplicate", "humour"]),
    R("W5216", at(26, "10:30", CET), "Je paierai la moitié le 6 mars et l'autre moitié fin mars, ça vous va ?", "payment_plan_request", date="2028-03-06", fam=["two-halves", "belgian"]),
    R("W5216", at(22, "18:30", CET), "C'est ma fille qui s'occupe des comptes, je lui transfère. Bernard", "other", fam=["no-action", "forwarding"], sender=1),
    R("W5214", at(24, "10:20", CET), "Le paiement sera effectué sous huitaine.", "promise_to_pay", date="2028-03-03", fam=["sous-huitaine"], sender=0),
    R("W5214", at(29, "10:40", CET), "Nous avons bien reçu un courriel nous demandant de payer sur un nouveau RIB au Portugal. Avant tout virement, pouvez-vous nous confirmer par téléphone ?", "other", human=["fraud worry"], fam=["fraud", "changed-iban"]),
    R("W5215", at(23, "19:30", QC), "Je vais appeler demain matin pour payer par carte de crédit, la 98030 seulement.", "promise_to_pay", date="2028-02-24", inv=["98030"], fam=["card-phone", "tomorrow"]),
    R("W5216", at(24, "15:15", CET), "Paiement le 3/3.", "promise_to_pay", date="2028-03-03", fam=["day-first", "terse"]),
    R("W5214", at(25, "17:45", CET), "Suite à la fusion avec Parade Azur SAS au 1er mars, merci d'adresser désormais vos factures à la nouvelle entité, SIRET 912 554 031 00017.", "po_change", fam=["merger", "siret"], sender=0),
    R("W5215", at(28, "21:05", QC), "Écoutez, on est une petite érablière familiale, on fait ce qu'on peut. Vous aurez votre argent quand les acheteurs nous paieront.", "promise_to_pay", human=["undated", "conditional"], fam=["undated", "condition", "frustrated"]),
    R("W5216", at(23, "00:00", CET), "Remise impossible à b.delhaye@chapellerie-gilles.example : boîte pleine.", "bounce", sender="mailer-daemon@chapellerie-gilles.example", dsn=("b.delhaye@chapellerie-gilles.example", "4.2.2"), quote="none", fam=["dsn", "mailbox-full"]),
    R("W5214", at(21, "16:00", CET), "Notre gérante est en réunion avec le comité des fêtes le 1er mars ; virement prévu le lendemain.", "promise_to_pay", date="2028-03-02", fam=["meeting-before-payment", "relative-to-meeting"], sender=0),
    R("W5216", at(28, "16:45", CET), "Merci de ne plus m'écrire à cette adresse, je ne travaille plus à la chapellerie depuis janvier.", "wrong_contact", sender="anciennevendeuse@chapellerie-gilles.example", fam=["left-company"]),
]
