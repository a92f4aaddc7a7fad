"""Spanish replies (field13): a Mexican dental lab, a Colombian agroecology co-op on a plan, a Chilean riding club."""

from evals.field.build import Payment, Reply
from evals.field13.kit import AUTO, CL, CO, MX, at

R = Reply
P = Payment
M, K, H = "S1341", "S1342", "S1343"
PAYMENTS = [
    P("BK13-041", "S1341", "2026-11-23", "6240.00", "USD", "SPEI 7741203 LAB SONRISA PLENA"),
    P("BK13-042", "S1343", "2026-11-24", "610.00", "USD", "TRANSF 13432 CLUB ECUESTRE LOS MAITENES"),
    P("BK13-043", "S1342", "2026-11-20", "1500.00", "USD", "COOP VALLE CAUCA CUOTA 3"),
]
REPLIES = [
    # promises
    R(M, at(23, "09:30", MX), "Buen día, el pago sale el jueves. Saludos, Gaby", "promise_to_pay", date="2026-11-26", fam=["weekday", "terse", "es-MX"]),
    R(M, at(23, "17:10", MX), "Estimados, les informamos que la factura 13411 quedó programada para pago el 04/12/2026.\n\nAtentamente\nCuentas por pagar\nLaboratorio Dental Sonrisa Plena SA de CV\n\nEste correo y sus anexos son confidenciales y para uso exclusivo del destinatario. Si usted lo recibió por error, favor de notificarlo y eliminarlo. Aviso de privacidad disponible en nuestro sitio web.", "promise_to_pay", date="2026-12-04", inv=["13411"], sender=0, fam=["numeric-day-first", "long-signature", "es-MX"]),
    R(M, at(24, "12:45", MX), "Le pagamos la mitad el viernes y la otra mitad el 15.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "es-MX"]),
    R(M, at(25, "10:00", MX), "El pago se hará el próximo miércoles.", "promise_to_pay", date="2026-12-02", sender=0, fam=["next-weekday", "es-MX"]),
    R(M, at(25, "20:50", MX), "Una disculpa, mañana a primera hora hacemos la transferencia.", "promise_to_pay", date="2026-11-26", fam=["tomorrow", "es-MX"]),
    R(M, at(26, "11:30", MX), "Pagaremos 3,000 dólares el lunes 30 y el resto en la segunda quincena de diciembre.", "promise_to_pay", date="2026-11-30", amount="3000.00", fam=["partial", "weekday-ordinal", "es-MX"]),
    R(M, at(27, "09:40", MX), "Se paga a más tardar el 10 de diciembre, ya está autorizado por dirección.", "promise_to_pay", date="2026-12-10", fam=["explicit-date", "es-MX"]),
    R(M, at(27, "16:20", MX), "Ok, dentro de 5 días hábiles queda.", "promise_to_pay", date="2026-12-04", fam=["working-days", "terse", "es-MX"], note="Mon 30, Tue 1, Wed 2, Thu 3, Fri 4"),
    R(K, at(23, "08:20", CO), "Buenos días, la cuota de noviembre de 1.500 dólares se consigna el lunes 30.", "promise_to_pay", date="2026-11-30", amount="1500.00", sender=0, fam=["instalment", "weekday-ordinal", "es-CO"]),
    R(K, at(24, "11:00", CO), "Le colaboro: la asamblea aprueba los pagos el 2 de diciembre y la cuota sale el 4.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "instalment", "es-CO"]),
    R(K, at(25, "15:15", CO), "Pagamos en cuanto nos llegue el giro del programa de cooperación.", "promise_to_pay", human=["conditional"], sender=0, fam=["conditional", "es-CO"]),
    R(K, at(26, "09:50", CO), "La próxima cuota se paga la semana entrante.", "promise_to_pay", date="2026-12-04", fam=["next-week", "instalment", "es-CO"]),
    R(K, at(27, "10:30", CO), "Confirmamos pago de la cuota a fin de mes, como siempre.", "promise_to_pay", date="2026-11-30", sender=0, fam=["month-end", "instalment", "es-CO"]),
    R(H, at(23, "12:00", CL), "Hola, pagamos la otra semana sin falta.", "promise_to_pay", date="2026-12-04", fam=["la-otra-semana", "es-CL"], note="Chilean 'la otra semana' = next week"),
    R(H, at(24, "09:15", CL), "Estimados: la factura 13431 se paga el 1/12 y la 13432 ya está pagada.", "already_paid", sec=["promise_to_pay"], date="2026-12-01", inv=["13431", "13432"], fam=["numeric-day-first", "paid-and-promise", "es-CL"], note="13432 matches BK13-042; 13431 promised"),
    R(H, at(24, "19:40", CL), "Pagamos el 30, que es cuando entran las mensualidades de los alumnos.", "promise_to_pay", date="2026-11-30", fam=["ordinal-alone", "chilenismo", "es-CL"], note="the 30th is a fixed date: fees come in then"),
    R(H, at(25, "13:30", CL), "Les vamos a transferir 1.000 dólares el viernes, el resto a mediados de diciembre.", "promise_to_pay", date="2026-11-27", amount="1000.00", sender=0, fam=["partial", "es-CL"]),
    R(H, at(26, "10:10", CL), "El directorio se reúne el jueves 3 y ahí autoriza. El pago sería el lunes siguiente.", "promise_to_pay", date="2026-12-07", fam=["meeting-before-payment", "es-CL"]),
    R(H, at(27, "18:00", CL), "Pagamos mañana sábado por la web del banco.", "promise_to_pay", date="2026-11-28", fam=["tomorrow", "weekend", "es-CL"]),
    R(M, at(24, "08:05", MX), "Buenos días, ¿el pago? Sale en la semana 49, según el calendario de tesorería.", "promise_to_pay", date="2026-12-04", sender=0, fam=["calendar-week", "es-MX"]),
    # already_paid
    R(M, at(24, "10:20", MX), "Ya se pagó el lunes por SPEI, clave de rastreo 7741203. Anexo comprobante.", "already_paid", ref="7741203", attachments=[("comprobante_spei.pdf", "application/pdf", "Comprobante de transferencia SPEI\nClave de rastreo: 7741203\nMonto: USD 6,240.00\nConcepto: Factura 13411")], inv=["13411"], fam=["spei", "remittance-attachment", "es-MX"], note="matches BK13-041"),
    R(K, at(24, "16:30", CO), "Ya consignamos la cuota 3 el 20 de noviembre.", "already_paid", human=["amount differs"], fam=["instalment", "es-CO"], note="BK13-043 1,500.00 against an 8,900.00 balance"),
    R(H, at(26, "15:00", CL), "La 13432 se pagó el martes, transferencia a nombre de Catalina Undurraga.", "already_paid", inv=["13432"], sender=1, fam=["payer-name", "es-CL"], note="matches BK13-042 on amount and date"),
    R(M, at(26, "13:40", MX), "Eso ya lo liquidamos la semana pasada, chequen con su banco porfa.", "already_paid", html=True, fam=["html-outlook", "past-tense", "es-MX"], note="no date or reference: BK13-041 (23 Nov, the whole 6,240.00) is within 14 days of last week and matches"),
    # dispute
    R(M, at(25, "12:30", MX), "La factura 13411 trae el precio de la zirconia a 95 dólares el disco, la cotización decía 82. Favor de corregir.", "dispute", inv=["13411"], fam=["price", "es-MX"]),
    R(H, at(23, "16:20", CL), "Nos cobraron dos veces el flete de las monturas. No pagamos hasta que emitan la nota de crédito.", "dispute", fam=["freight", "missing-credit-note", "es-CL"]),
    R(K, at(26, "14:40", CO), "Los intereses de mora no estaban en el acuerdo de pago. No los vamos a reconocer.", "dispute", fam=["fees", "es-CO"]),
    R(M, at(27, "13:10", MX), "Nos llegaron 3 cajas de alginato caducado. Pagamos lo demás si nos acreditan esas cajas.", "dispute", sec=["promise_to_pay"], human=["conditional"], sender=0, fam=["quality", "conditional", "es-MX"]),
    # resend
    R(M, at(26, "17:45", MX), "¿Me pueden reenviar el XML y PDF de la factura? No lo encuentro.", "invoice_resend", fam=["copy-request", "es-MX"]),
    R(H, at(25, "09:00", CL), "Hola, ¿nos mandan un estado de cuenta actualizado?", "invoice_resend", fam=["statement", "es-CL"]),
    # po_change
    R(M, at(23, "11:50", MX), "Para poder pagar necesitamos la factura con uso de CFDI G03 y nuestro nuevo régimen fiscal 601. Favor de cancelar y reemitir.", "po_change", sender=0, fam=["cfdi", "tax-id", "es-MX"]),
    R(H, at(27, "11:00", CL), "De ahora en adelante manden las facturas a finanzas@ecuestremaitenes.example, no a la directora. Y la 13431 necesita nuestra OC 4471.", "po_change", inv=["13431"], fam=["send-elsewhere", "po", "es-CL"]),
    # plan
    R(H, at(26, "20:30", CL), "¿Podríamos pagar la 13431 en tres cuotas, la primera el 15 de diciembre?", "payment_plan_request", date="2026-12-15", inv=["13431"], fam=["plan", "es-CL"]),
    R(K, at(25, "10:45", CO), "La cooperativa solicita ampliar el acuerdo a doce cuotas por la mala cosecha.", "payment_plan_request", fam=["plan", "existing-plan-change", "es-CO"]),
    # ooo
    R(M, at(25, "09:06", MX), "Estaré fuera de la oficina hasta el martes 1 de diciembre. Para temas urgentes escribir a cuentasporpagar@labsonrisaplena.example.", "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas – Laboratorio Dental Sonrisa Plena SA de CV", headers=AUTO, quote="none", fam=["auto-reply", "es-MX"]),
    R(H, at(26, "09:06", CL), "Estoy de vacaciones hasta el 18 de enero. Saludos.", "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas – Club Ecuestre Los Maitenes SpA", headers=AUTO, quote="none", human=["away more than 14 days"], fam=["auto-reply", "long-absence", "es-CL"]),
    # bounce
    R(M, at(23, "09:07", MX), "No se pudo entregar el mensaje a los siguientes destinatarios:\n\ncuentasporpagar@labsonrisaplena.example\nNo se encontró la dirección de correo electrónico.\n\n550 5.1.1 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@labsonrisaplena.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Laboratorio Dental Sonrisa Plena SA de CV", dsn=("cuentasporpagar@labsonrisaplena.example", "5.1.1"), quote="none", gap_days=0, lang="es", fam=["dsn-exchange-es", "es-MX"]),
    R(K, at(27, "09:08", CO), "Este es un mensaje automático del sistema de correo.\n\nSu mensaje no pudo ser entregado a:\n\ntesoreria@coopvallecauca.example\n\nMotivo: 552 buzón lleno", "bounce", sender="MAILER-DAEMON@coopvallecauca.example", subject="Mensaje no entregado", dsn=("tesoreria@coopvallecauca.example", "5.2.2"), quote="none", gap_days=0, lang="es", fam=["dsn-es", "mailbox-full", "es-CO"]),
    # wrong_contact
    R(K, at(23, "14:30", CO), "Jairo ya no es gerente de la cooperativa desde octubre. Ahora los pagos los ve doña Rubiela, rubiela@coopvallecauca.example.", "wrong_contact", sender=0, fam=["role-handover", "es-CO"]),
    R(M, at(24, "15:15", MX), "Yo soy técnico dental, no veo pagos. Escríbanle a cuentas por pagar.", "wrong_contact", sender="l.hernandez@labsonrisaplena.example", fam=["not-my-department", "unknown-sender", "es-MX"]),
    # other
    R(M, at(26, "10:00", MX), "Gracias, quedo enterada.", "other", fam=["no-action", "terse", "es-MX"]),
    R(H, at(27, "12:20", CL), "Gracias por el recordatorio. ¿Nos pueden mandar el certificado de residencia fiscal para la retención?", "other", human=["tax form"], fam=["thanks-with-ask", "tax-form", "es-CL"]),
    R(K, at(26, "17:10", CO), "Recibimos un correo suyo con otra cuenta bancaria en Panamá. ¿Es legítimo? No vamos a consignar hasta confirmar.", "other", human=["fraud check"], fam=["fraud-check", "es-CO"]),
]
