"""Spanish replies (field17): a Granada craft brewery, a Colombian coffee roaster (strategic) and a Chilean dental clinic
on a plan."""

from evals.field.build import Payment, Reply
from evals.field17.kit import CL, CO, ES, at, dsn, ooo

R = Reply
P = Payment

PAYMENTS = [
    P("BK17-041", "S1741", "2026-11-18", "4575.00", "EUR", "CERVECERIA SIERRA NEVADA SL FRA 17411 17412"),
    P("BK17-042", "S1742", "2026-11-20", "15744.00", "USD", "TOSTADORA CAFE DEL QUINDIO SAS PAGO PROV"),
]

REPLIES = [
    # --- Cervecería Sierra Nevada (ES, Granada)
    R("S1741", at(23, "09:20", ES), "Buenas, pagamos el jueves.\nSaludos, Javier", "promise_to_pay", date="2026-11-26", fam=["weekday", "terse"]),
    R("S1741", at(24, "12:30", ES), "Haremos la transferencia el 2/12.", "promise_to_pay", date="2026-12-02", fam=["day-first"]),
    R("S1741", at(25, "10:15", ES), "Con el puente de la Constitución la transferencia saldrá el miércoles 9.", "promise_to_pay", date="2026-12-09", fam=["holiday", "weekday-date"]),
    R("S1741", at(26, "17:40", ES), "Os pagamos la semana que viene.", "promise_to_pay", date="2026-12-04", fam=["next-week"]),
    R("S1741", at(27, "22:50", ES), "Perdona la hora. Mañana a primera hora hago el pago.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow"]),
    R("S1741", at(23, "13:05", ES), "El pago estaba previsto para el día 30, pero lo hemos adelantado al viernes.", "promise_to_pay", date="2026-11-27", fam=["moved-date", "weekday"], sender=0),
    R("S1741", at(24, "16:00", ES), "Pagamos los 705 € el viernes y el resto cuando cobremos de la distribuidora.", "promise_to_pay", date="2026-11-27", amount="705.00", human=["conditional"], fam=["partial-amount", "condition"]),
    R("S1741", at(25, "08:30", ES), "Pago dentro de 10 días.", "promise_to_pay", date="2026-12-05", fam=["within-days", "terse"]),
    R("S1741", at(26, "10:10", ES), "Te pago el 4.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse"]),
    R("S1741", at(27, "12:20", ES), "Lo abonamos el último día hábil del mes.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"], sender=0),
    # --- Tostadora Café del Quindío (CO, strategic)
    R("S1742", at(23, "08:10", CO), "Buenos días,\n\nel comité de pagos se reúne el jueves 3 de diciembre y la transferencia sale el viernes 4.\n\nCordialmente,\nCatalina Restrepo\nTesorera", "promise_to_pay", date="2026-12-04", html=True, fam=["meeting-before-payment", "outlook-html"]),
    R("S1742", at(24, "15:30", CO), "Por el festivo del 8 de diciembre, el pago se hace el miércoles 9.", "promise_to_pay", date="2026-12-09", fam=["holiday", "weekday-date"]),
    R("S1742", at(25, "11:45", CO), "Les pagamos la 17422 mañana y la 17421 en la primera quincena de diciembre.", "promise_to_pay", date="2026-11-26", inv=["17422", "17421"], human=["partial"], fam=["two-dates", "one-of-two"]),
    R("S1742", at(26, "20:30", CO), "Les confirmo que el giro sale el lunes 30.", "promise_to_pay", date="2026-11-30", fam=["weekday-date", "late-evening"]),
    R("S1742", at(27, "09:40", CO), "Tesorería: pago programado para el 15/12/2026.", "promise_to_pay", date="2026-12-15", fam=["day-first", "shared-mailbox"], sender=0),
    R("S1742", at(23, "22:40", CO), "Mañana sin falta.", "promise_to_pay", date="2026-11-24", fam=["late-evening", "tomorrow", "terse"]),
    R("S1742", at(24, "09:55", CO), "Se paga en la semana 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week"]),
    # --- Clínica Dental Andina (CL, on a plan)
    R("S1743", at(23, "10:30", CL), "La cuota de diciembre (USD 1.912,50) se paga el 1 de diciembre, como siempre.", "promise_to_pay", date="2026-12-01", amount="1912.50", fam=["instalment", "existing-plan", "european-amount"]),
    R("S1743", at(24, "14:20", CL), "Pagamos la otra semana.", "promise_to_pay", date="2026-12-04", fam=["chilean", "next-week"]),
    R("S1743", at(25, "18:05", CL), "La cuota se paga a fin de mes.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["instalment", "month-end"]),
    R("S1743", at(26, "12:15", CL), "El pago se hará dentro de los próximos 5 días hábiles.", "promise_to_pay", date="2026-12-03", fam=["working-days"]),
    R("S1743", at(27, "16:30", CL), "Pagamos el 10 de diciembre, una vez pasado el feriado del 8.", "promise_to_pay", date="2026-12-10", fam=["holiday"]),
    # --- already_paid
    R("S1741", at(25, "13:40", ES), "Pagado el 18/11, concepto SIERRA NEVADA FRA 17411 17412.", "already_paid", ref="SIERRA NEVADA FRA 17411 17412", inv=["17411", "17412"], fam=["ref-with-payer-name"]),
    R("S1742", at(26, "10:25", CO), "La factura 17421 se pagó el 20 de noviembre, pero nuestro banco descontó la retención en la fuente del 4 %.", "already_paid", inv=["17421"], human=["amount differs"], fam=["withholding"]),
    # --- dispute
    R("S1741", at(24, "11:05", ES), "En la 17411 nos cobráis 20 barriles y recibimos 16. Mandad abono.", "dispute", inv=["17411"], fam=["short-delivery", "terse"]),
    R("S1743", at(26, "09:10", CL), "El IVA no corresponde: somos exportadores y la factura debe ir exenta. Favor reemitir sin IVA.", "dispute", fam=["tax-exempt"]),
    # --- invoice_resend
    R("S1742", at(23, "14:50", CO), "Favor reenviar la factura 17422 con el soporte de entrega.", "invoice_resend", inv=["17422"], fam=["copy"], sender=0),
    R("S1743", at(25, "09:35", CL), "¿Me puede enviar el estado de cuenta actualizado con las cuotas pagadas?", "invoice_resend", fam=["statement", "existing-plan"]),
    # --- po_change
    R("S1742", at(25, "15:15", CO), "A partir de diciembre las facturas deben llegar como factura electrónica validada por la DIAN, al correo facturas@cafequindio.example.", "po_change", fam=["e-invoicing", "invoice-mailbox"]),
    R("S1741", at(27, "10:45", ES), "Por favor, añadid nuestro número de pedido PED-2026-0419 en la factura y reenviadla.", "po_change", sec=["invoice_resend"], fam=["po-missing", "copy-with-correction"]),
    # --- payment_plan_request
    R("S1741", at(23, "18:25", ES), "¿Podríamos pagar la 17411 en tres plazos, el primero el 15 de diciembre?", "payment_plan_request", date="2026-12-15", inv=["17411"], fam=["plan-new"]),
    R("S1743", at(27, "11:00", CL), "Necesitamos reprogramar las cuotas: ¿se puede pasar a 10 cuotas desde enero?", "payment_plan_request", fam=["plan-extended", "undated"]),
    # --- out_of_office
    ooo("S1741", at(24, "08:00", ES), "Me encuentro fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo.", prefix="Respuesta automática: ", fam=["ooo-auto"], sender=1),
    ooo("S1743", at(26, "08:15", CL), "Estoy de vacaciones hasta el 4 de enero de 2027. Para temas urgentes escribir a finanzas@dentalandina.example.", prefix="Respuesta automática: ", human=["absent more than 14 days"], fam=["ooo-long"], sender=1),
    # --- bounce
    dsn("S1742", at(24, "03:10", CO), "No se pudo entregar el mensaje a los siguientes destinatarios:\n\ntesoreria@cafequindio.example\n550 5.1.1 El destinatario no existe.", "postmaster@cafequindio.example", "tesoreria@cafequindio.example", "5.1.1", prefix="No se puede entregar: ", fam=["dsn-es"]),
    dsn("S1743", at(25, "05:15", CL), "Error de entrega. El buzón finanzas@dentalandina.example está lleno y no puede recibir mensajes.\n\n552 5.2.2 Buzón lleno", "postmaster@dentalandina.example", "finanzas@dentalandina.example", "5.2.2", prefix="Mensaje no entregado: ", fam=["dsn-es", "dsn-mailbox-full"]),
    # --- wrong_contact
    R("S1741", at(26, "13:35", ES), "Esto es la tienda, las facturas las lleva la gestoría: gestoria@asesorialopez.example.", "wrong_contact", fam=["shared-mailbox"], sender=0),
    R("S1742", at(27, "14:30", CO), "Ya no trabajo en Tostadora Café del Quindío. Por favor escriban a tesoreria@cafequindio.example.", "wrong_contact", fam=["left-company"]),
    # --- other
    R("S1741", at(25, "19:20", ES), "Gracias, recibido.", "other", fam=["no-action", "ack"]),
    R("S1742", at(24, "17:10", CO), "Para seguir pagando necesitamos su certificado de residencia fiscal y el RUT actualizado.", "other", human=["tax form"], fam=["tax-form"]),
]
