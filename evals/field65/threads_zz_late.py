"""A last handful (field65): delivery failures and wrong contacts in four languages, and the season's last reply on
Friday 26 April, the eve of Koningsdag and the week before Punchestown."""

from evals.field.build import Reply
from evals.field65.kit import AUTO, at, auto, inv

R = Reply

REPLIES = [
    R("K6506", at(4, 26, "18:06", "AU"), "Your message to accounts@bendigogolden.example couldn't be delivered.\n\naccounts wasn't found at bendigogolden.example.\n\nRemote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "bounce", sender="postmaster@bendigogolden.example", subject="Undeliverable: Reminder: overdue invoices – Bendigo Golden Bakehouse Pty Ltd", gap_days=0, dsn=("accounts@bendigogolden.example", "5.1.1"), fam=["dsn-exchange", "credit-hold"]),
    R("K6509", at(3, 6, "04:06", "US"), "This is the mail system at host smtp.rideaulexicon.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<finance@rideaulexicon.example>: host smtp.rideaulexicon.example[198.51.100.7] said:\n    550 5.1.1 <finance@rideaulexicon.example>: Recipient address rejected: User unknown", "bounce", sender="MAILER-DAEMON@smtp.rideaulexicon.example", subject="Undelivered Mail Returned to Sender", gap_days=0, dsn=("finance@rideaulexicon.example", "5.1.1"), fam=["dsn-postfix", "plan-account"]),
    R("K6525", at(3, 13, "09:06", "CET"), "Dies ist eine automatisch generierte Nachricht.\n\nIhre Nachricht an office@gailtaler-backstube.example konnte nicht zugestellt werden.\n\nGrund: 550 5.1.1 Benutzer unbekannt / user unknown", "bounce", sender="MAILER-DAEMON@mail.gailtaler-backstube.example", subject="Unzustellbare Nachricht", gap_days=0, dsn=("office@gailtaler-backstube.example", "5.1.1"), fam=["dsn-de", "austrian"]),
    R("K6545", at(4, 9, "05:06", "AR"), "Error de entrega del mensaje.\n\nNo se pudo entregar el mensaje a administracion@lucesdeloeste.example: buzón inexistente.\n\n550 5.1.1 Mailbox does not exist", "bounce", sender="postmaster@lucesdeloeste.example", subject="Mensaje no entregado: Recordatorio: facturas vencidas – Luces del Oeste SRL", gap_days=0, dsn=("administracion@lucesdeloeste.example", "5.1.1"), fam=["dsn-es", "plan-account"]),
    R("K6508", at(3, 27, "10:00", "TH"), "Dear Sir,\nKhun Pimchanok is on maternity leave until August. Please contact our accounting team at account@lannasplash.example for all matters.\nThank you", "wrong_contact", sender="office@lannasplash.example", fam=["leave", "unknown-sender", "legal-account", "non-native-th"]),
    R("K6532", at(4, 8, "00:01", "US"), "Cette adresse n'est plus surveillée. Pour toute question de paiement, veuillez écrire à comptabilite@sio-gatineau.example.", "wrong_contact", headers=AUTO, subject=auto("Réponse automatique", "fr", "Solutions informatiques Outaouais inc."), quote="none", fam=["unmonitored-mailbox", "auto-headers", "quebec-french", "plan-account"]),
    R("K6562", at(3, 14, "15:00", "BR"), "A Renata foi transferida para a filial de Campinas e não cuida mais dos pagamentos. Falem com financeiro@cacaupaulista.example.", "wrong_contact", sender=0, fam=["transfer", "credit-hold", "brazilian"]),
    R("K6514", at(4, 26, "16:30", "IE"), "Punchestown's next week and we're hauling every day of it. The 5,740 goes Wednesday, I've it keyed in already.", "promise_to_pay", date="2030-05-01", amount="5740.00", partial=False, reminded=inv("65141"), fam=["weekday", "distractor-event", "irish-english"]),
]
