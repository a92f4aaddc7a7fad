"""A last round of field61 replies in every language: dated promises with holiday-shifted runs, numeric dates in the
sender's locale and relative spans, plus a few more wrong contacts and delivery failures."""

from evals.field.build import Reply
from evals.field61.kit import AUTO, BRT, CEST, CLT, EDT, HKT, IDT, MX, WEST, at, inv

R = Reply

REPLIES = [
    R("E6121", at(9, 24, "08:15", CEST), "Guten Morgen, wir zahlen am Donnerstag nach dem Feiertag, also am 4.10.", "promise_to_pay", date="2029-10-04", fam=["holiday-relative", "dotted-date"]),
    R("E6123", at(10, 15, "19:05", CEST), "Die Lese ist vorbei. Überweisung innerhalb von 3 Werktagen.", "promise_to_pay", date="2029-10-18", fam=["working-days", "season"]),
    R("E6124", at(9, 27, "14:00", CEST), "Wir zahlen Anfang nächster Woche, der Aufbau am Brandenburger Tor frisst gerade alles.", "promise_to_pay", date="2029-10-01", fam=["early-next-week"]),
    R("E6131", at(10, 8, "09:30", CEST), "Le solde sera viré le 22/10, après l'assemblée des associés du 18.", "promise_to_pay", date="2029-10-22", fam=["meeting-before-payment", "day-first"]),
    R("E6133", at(10, 9, "10:00", EDT), "Avec le congé de l'Action de grâce hier, notre paie a été décalée. On vous paie jeudi.", "promise_to_pay", date="2029-10-11", fam=["holiday", "weekday", "quebec"]),
    R("E6134", at(10, 2, "08:20", CEST), "Reprise après la Fête des Vendanges : nous payons au début de la semaine prochaine.", "promise_to_pay", date="2029-10-08", fam=["early-next-week", "festival", "swiss"]),
    R("E6141", at(9, 21, "12:10", CEST), "Os confirmo que pagamos a mediados de octubre, antes del Pilar.", "promise_to_pay", date="2029-10-15", fam=["mid-month", "holiday"], note="mid-October is the 15th; the Pilar (12 Oct) is context"),
    R("E6143", at(9, 26, "10:45", CLT), "Les pagamos en dos semanas más, cuando se normalice la caja después del dieciocho.", "promise_to_pay", date="2029-10-10", fam=["relative-span", "chilean"]),
    R("E6144", at(10, 2, "13:30", MX), "El pago quedó programado para el 19/10/2029.", "promise_to_pay", date="2029-10-19", fam=["numeric-date", "mexican"]),
    R("E6151", at(10, 4, "11:20", CEST), "Na het Ontzet alles opgeruimd. We betalen binnen 10 dagen.", "promise_to_pay", date="2029-10-14", fam=["relative-span", "holiday"]),
    R("E6153", at(10, 2, "14:10", CEST), "De pluk is bijna gedaan, ik betaal volgende week woensdag.", "promise_to_pay", date="2029-10-10", fam=["next-week-weekday", "flemish"]),
    R("E6161", at(9, 20, "12:30", WEST), "Pagamos na primeira semana de outubro, dia 3, quarta-feira.", "promise_to_pay", date="2029-10-03", fam=["weekday-date"]),
    R("E6162", at(10, 10, "09:15", BRT), "O câmbio fecha dia 17, pagamento nessa data.", "promise_to_pay", date="2029-10-17", fam=["ordinal", "cambio"]),
    R("E6163", at(10, 3, "16:40", BRT), "Depois do Dia das Crianças tem dinheiro. Pagamos dia 19/10, sexta.", "promise_to_pay", date="2029-10-19", fam=["holiday-relative", "weekday-date", "day-first"]),
    R("E6101", at(9, 30, "10:20", IDT), "Back from the chag tomorrow... honestly we're paying on Thursday, 4 October.", "promise_to_pay", date="2029-10-04", fam=["weekday-date", "holiday"]),
    R("E6103", at(10, 2, "11:10", HKT), "National Day holiday now, we pay on 8 Oct, the first working day after.", "promise_to_pay", date="2029-10-08", fam=["holiday", "day-month"]),
    R("E6107", at(10, 5, "16:50", EDT), "We'll be paying 61071 on 10/17, the rest after we resolve the fee.", "promise_to_pay", date="2029-10-17", inv=inv("61071", "61072"), human=["conditional"], fam=["month-first", "condition"]),
    R("E6112", at(10, 14, "11:00", IDT), "We'll pay the first instalment tomorrow as agreed.", "promise_to_pay", date="2029-10-15", fam=["tomorrow", "instalment"]),
    # --- more wrong contacts and delivery failures
    R("E6142", at(10, 10, "10:30", CEST), "Ya no soy la persona de contacto para pagos; ahora lo lleva nuestra gestoría, Gestoría Ezcaray: pagos@gestoria-ezcaray.example.", "wrong_contact", fam=["bookkeeper", "new-contact"]),
    R("E6102", at(10, 10, "09:15", IDT), "I handle procurement only. Please direct payment questions to ap@galil-pumps.example.", "wrong_contact", fam=["wrong-person", "generic-mailbox"]),
    R("E6125", at(10, 1, "03:20", CEST), "Diese Nachricht wurde automatisch erstellt.\n\nDie Zustellung an f.kainz@sturmpresse.example ist fehlgeschlagen.\nDas Postfach des Empfängers ist voll (552 5.2.2 Quota exceeded).\nDie Nachricht wurde seit 3 Tagen nicht zugestellt; weitere Versuche werden eingestellt.", "bounce", lang="de", sender="MAILER-DAEMON@mail.sturmpresse.example", dsn=("f.kainz@sturmpresse.example", "5.2.2"), subject="Unzustellbar: Zahlungserinnerung – Sturmpresse Südsteiermark KG", fam=["dsn-austrian-isp", "mailbox-full"]),
    R("E6102", at(9, 21, "04:10", IDT), "Delivery has failed to these recipients or groups:\n\ny.peretz@galil-pumps.example\nYour message wasn't delivered because the recipient's email provider rejected it.\n\nRemote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required'", "bounce", sender="postmaster@galil-pumps.example", dsn=("y.peretz@galil-pumps.example", "5.7.133"), subject="Undeliverable: Reminder: overdue invoices – Galil Desalination Pumps Ltd", fam=["dsn-m365", "policy-block"]),
]
