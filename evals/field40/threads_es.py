"""Spanish replies (field40): a Valencia sports club and a Costa Rican florists' wholesaler on a payment plan."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, CET, CR, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-016", "D4041", "2027-07-07", "3205.00", "EUR", "CLUB DEPORTIVO TURIA FRAS 94031 94032"),
    P("BK40-017", "D4042", "2027-07-05", "900.00", "USD", "FLORES DEL VALLE CENTRAL CUOTA JULIO"),
]

REPLIES = [
    # --- Club Deportivo Turia (Valencia)
    R("D4041", at(5, "09:30", CET), "Buenos días,\n\nLes confirmamos que el pago de ambas facturas se realizará el viernes 9 de julio.\n\nUn saludo,\nVicent Ferrer\nGerente – Club Deportivo Turia\nC/ de la Reina 112, 46011 València", "promise_to_pay", date="2027-07-09", fam=["weekday-date", "signature"]),
    R("D4041", at(5, "13:15", CET), "Hola, las pagamos el miércoles que viene.", "promise_to_pay", date="2027-07-07", note="'el miércoles que viene' written Monday: the coming Wednesday", fam=["coming-weekday", "colloquial"], sender=0),
    R("D4041", at(6, "10:40", CET), "Pagado hoy por transferencia, las dos facturas juntas: 3.205 €.", "already_paid", note="BK40-016 is on 7 July: within 14 days, it matches", fam=["collective-payment", "paid-today"]),
    R("D4041", at(6, "12:50", CET), "En la factura 94031 nos cobran 20 balones de waterpolo y solo recibimos 14. Por favor, emitan una factura rectificativa.", "dispute", inv=["94031"], fam=["quantity", "rectificativa"]),
    R("D4041", at(6, "17:05", CET), "El pago se hará la semana 28, el martes.", "promise_to_pay", date="2027-07-13", fam=["calendar-week-weekday"], sender=0),
    R("D4041", at(7, "09:55", CET), "Estaré fuera de la oficina del 5 de julio al 1 de agosto. Para cualquier asunto urgente, escriba a administracion@cdturia.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Club Deportivo Turia", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "summer-holiday"]),
    R("D4041", at(7, "14:30", CET), "Pagaremos a final de mes, cuando entren las cuotas de los socios del campus de verano.", "promise_to_pay", date="2027-07-31", fam=["end-of-month", "reason-not-condition"]),
    R("D4041", at(7, "18:20", CET), "Por favor, a partir de ahora facturen a nombre de 'Club Deportivo Turia – Sección de Natación', con el CIF G46123456, y envíen las facturas a administracion@cdturia.example.", "po_change", fam=["new-entity-name", "tax-number", "billing-mailbox"]),
    R("D4041", at(8, "08:45", CET), "Lo pagamos mañana sin falta.", "promise_to_pay", date="2027-07-09", fam=["tomorrow", "terse"], sender=0),
    R("D4041", at(8, "11:25", CET), "¿Nos pueden reenviar la factura 94032? No la encontramos.", "invoice_resend", inv=["94032"], fam=["not-received"]),
    R("D4041", at(8, "13:40", CET), "Hola, yo soy entrenador, no llevo las facturas. Escriban a Vicent, el gerente.", "wrong_contact", sender="entrenadores@cdturia.example", fam=["coach", "unknown-sender"]),
    R("D4041", at(8, "17:35", CET), "Con la Feria de Julio tenemos medio club cerrado. Pagamos el lunes 26, antes de agosto.", "promise_to_pay", date="2027-07-26", fam=["local-festival", "weekday-date"]),
    R("D4041", at(5, "16:10", CET), "¿Podríamos pagar 94031 en dos plazos, la mitad el 15 de julio y la otra mitad el 15 de septiembre?", "payment_plan_request", inv=["94031"], date="2027-07-15", fam=["plan-two-parts", "asks-permission"]),
    R("D4041", at(6, "09:02", CET), "Este es un mensaje generado automáticamente.\n\nNo se pudo entregar el mensaje a v.ferrer@cdturia.example.\n\n550 5.1.1 El usuario no existe", "bounce", sender="MAILER-DAEMON@mail.cdturia.example", subject="Mensaje no entregado: Recordatorio: facturas vencidas – Club Deportivo Turia", dsn=("v.ferrer@cdturia.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-es"]),
    R("D4041", at(6, "15:45", CET), "Recibido, gracias. Lo paso a administración.", "other", fam=["no-action", "forwarded"]),
    R("D4041", at(7, "11:10", CET), "Transferencia de 465 € hoy mismo y la otra en 10 días.", "promise_to_pay", date="2027-07-07", amount="465.00", partial=False, inv=["94032"], note="465 is 94032 whole; 94031 in 10 days", fam=["amount-is-one-invoice", "two-dates"], sender=0),
    R("D4041", at(8, "15:50", CET), "El pago queda para después del verano, primera semana de septiembre, que ahora estamos sin liquidez.", "promise_to_pay", date="2027-09-01", fam=["after-the-summer", "first-week"]),
    R("D4041", at(5, "11:45", CET), "Pagaremos en un plazo de 15 días.", "promise_to_pay", date="2027-07-20", fam=["within-days"]),
    # --- Flores del Valle Central (Costa Rica, payment plan)
    R("D4042", at(5, "08:10", CR), "Buenos días, con gusto les confirmo que la cuota de julio (US$900) fue depositada hoy. Cualquier cosa me avisan.\n\nSaludos cordiales,\nMariela Solano\nJefa financiera\nFlores del Valle Central S.A. – Barva de Heredia", "already_paid", human=["amount differs"], note="BK40-017 is the 900 instalment of a plan; the balance is 8,100", fam=["plan-instalment", "costa-rican", "signature"]),
    R("D4042", at(5, "14:45", CR), "La cuota de agosto la pagamos el 5 de agosto, como siempre.", "promise_to_pay", date="2027-08-05", human=["partial"], fam=["plan-instalment", "day-month"], sender=0),
    R("D4042", at(6, "09:20", CR), "Diay, con la caída de las exportaciones a Miami en julio no vamos a poder con la cuota completa. ¿Podemos bajar la cuota a US$500 por los próximos tres meses?", "payment_plan_request", date=None, amount="500.00", fam=["shrink-instalment", "costa-rican"]),
    R("D4042", at(6, "16:30", CR), "Les informo que el 25 de julio es feriado (Anexión de Guanacaste), así que el pago sale el lunes 26.", "promise_to_pay", date="2027-07-26", fam=["guanacaste-day", "holiday-distractor", "weekday-date"]),
    R("D4042", at(7, "10:15", CR), "Estoy de vacaciones hasta el 19 de julio, cualquier consulta a contabilidad@floresvallecentral.example. Pura vida.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Flores del Valle Central S.A.", quote="none", gap_days=0, fam=["ooo-short", "costa-rican"]),
    R("D4042", at(7, "15:40", CR), "Hola, las cajas de cartón para rosas llegaron húmedas y la mitad no sirvió. No vamos a pagar esa parte hasta que nos den una nota de crédito.", "dispute", fam=["damaged-goods", "credit-note"]),
    R("D4042", at(8, "08:50", CR), "Buenas, ya no trabajo en Flores del Valle desde junio. Escríbale a Mariela Solano, m.solano@floresvallecentral.example.", "wrong_contact", sender=0, fam=["left-company", "names-contact"]),
    R("D4042", at(8, "11:30", CR), "Por favor envíen las facturas como factura electrónica con nuestra cédula jurídica 3-101-456789, si no, Hacienda no nos deja rebajarlas.", "po_change", fam=["einvoice", "tax-number", "costa-rican"]),
    R("D4042", at(8, "14:05", CR), "Le pagamos la cuota el viernes.", "promise_to_pay", date="2027-07-09", human=["partial"], fam=["plan-instalment", "weekday"]),
    R("D4042", at(5, "10:30", CR), "Me podría mandar el estado de cuenta actualizado con las cuotas pagadas? Gracias.", "invoice_resend", fam=["statement-request"]),
    R("D4042", at(6, "13:10", CR), "Mensaje no entregado\n\nSu mensaje para contabilidad@floresvallecentral.example no se pudo entregar.\n\n550 5.4.1 Recipient address rejected: Access denied", "bounce", sender="postmaster@floresvallecentral.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Flores del Valle Central S.A.", dsn=("contabilidad@floresvallecentral.example", "5.4.1"), quote="none", gap_days=0, fam=["dsn-es", "access-denied"]),
    R("D4042", at(7, "12:25", CR), "¿Se puede pagar con tarjeta de crédito? El banco nos cobra mucho por las transferencias internacionales.", "other", human=["card payment question"], fam=["card-payment"]),
    R("D4042", at(7, "17:50", CR), "Le confirmo que pagamos US$1.800 el 30/07, las cuotas de agosto y septiembre juntas.", "promise_to_pay", date="2027-07-30", amount="1800.00", fam=["plan-instalment", "day-first-numeric", "combined-instalments"], sender=0),
    R("D4042", at(8, "16:40", CR), "Saldamos el total pendiente apenas nos paguen las floristerías de Miami, que según ellos es la otra semana.", "promise_to_pay", date="2027-07-16", human=["conditional"], note="'la otra semana' is next week: its Friday", fam=["customer-pays-first", "la-otra-semana"]),
    R("D4041", at(6, "13:55", CET), "Os hemos pagado el día 2, revisadlo por favor. Referencia CDT-JUL-02.", "already_paid", ref="CDT-JUL-02", note="the only Turia line is 7 July, reference differs, amount 3,205 is the balance: within 14 days of 2 July, it matches by amount", fam=["tuteo", "bare-day"], sender=0),
    R("D4041", at(7, "16:25", CET), "Os pagamos los 2.740 el 16 y los 465 en septiembre cuando vuelva el tesorero.", "promise_to_pay", inv=["94031", "94032"], date="2027-07-16", amount="2740.00", partial=False, human=["undated remainder"], note="2,740 is 94031 whole; 'en septiembre' has no day", fam=["amount-is-one-invoice", "two-dates", "after-the-summer"]),
    R("D4041", at(8, "19:15", CET), "¡Bon dia! Estoy de vacaciones en Xàbia, lo he visto en el móvil. El pago lo hace Vicent el jueves que viene, el 15. Salutacions", "promise_to_pay", date="2027-07-15", note="the club president from a personal address; a Valencian greeting and closing", fam=["valencian-greeting", "phone", "summer-holiday", "unknown-sender"], sender="presidencia@cdturia.example"),
    R("D4041", at(5, "18:40", CET), "Os pago mañana, que hoy el banco no me deja.", "promise_to_pay", date="2027-07-06", fam=["tomorrow", "tuteo"], sender=0),
    R("D4042", at(6, "11:45", CR), "Buenas tardes, nos podría reenviar la factura 94033? El contador la necesita para el cierre del semestre.", "invoice_resend", inv=["94033"], fam=["half-year-close", "costa-rican"], sender=0),
]
