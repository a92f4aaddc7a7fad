"""Spanish replies (field12): cervecera, clínica veterinaria, agencia marítima, farmacia — ES, MX, AR."""

from evals.field.build import Payment, Reply
from evals.field12.kit import AR, CET, MX, at

R = Reply
AUTO = {"Auto-Submitted": "auto-replied"}
PAYMENTS = [
    Payment("BK12-301", "S1241", "2026-11-20", "4120.00", "EUR", "TRANSF CERVECERA LA ESPIGA"),
    Payment("BK12-302", "S1243", "2026-11-24", "7640.00", "USD", "SPEI 2026112440118877"),
    Payment("BK12-303", "S1244", "2026-11-25", "2466.00", "USD", "FARMACIA CENTRAL CBA"),
]
REPLIES = [
    R("S1241", at(26, "10:15", CET), "Hola, lo pagaremos el vie.", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "future-tense"]),
    R("S1241", at(26, "16:30", CET), "Pagaremos la 12411 el martes 1 y la 12412 con la siguiente remesa.", "promise_to_pay", date="2026-12-01", inv=["12411", "12412"], fam=["weekday-ordinal", "two-invoices"]),
    R("S1242", at(26, "11:20", CET), "Buenos días, realizaremos la transferencia el 4/12.", "promise_to_pay", date="2026-12-04", fam=["es-numeric"]),
    R("S1242", at(26, "17:05", CET), "Vamos a pagarlo la semana que viene.", "promise_to_pay", date="2026-12-04", sender=1, fam=["next-week", "future-tense"]),
    R("S1243", at(26, "10:30", MX), "Estimados, el pago de la OC AMP-OC-2218 se programó para el 10/12.", "promise_to_pay", date="2026-12-10", fam=["mx-numeric", "scheduled"]),
    R("S1243", at(26, "18:40", MX), "Jorge: pagamos mañana sin falta.", "promise_to_pay", date="2026-11-27", sender=1, fam=["tomorrow", "timezone"]),
    R("S1244", at(26, "09:45", AR), "Hola, les vamos a pagar dentro de 10 días hábiles.", "promise_to_pay", date="2026-12-10", sender=1, fam=["working-days"]),
    R("S1244", at(26, "15:10", AR), "El pago sale a fin de mes.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S1241", at(27, "09:40", CET), "Íbamos a pagar el día 30 pero se retrasa al 9 de diciembre.", "promise_to_pay", date="2026-12-09", sender=1, fam=["moved-date"]),
    R("S1242", at(27, "12:25", CET), "Pagaremos 800 € el lunes y el resto a mediados de diciembre.", "promise_to_pay", date="2026-11-30", amount="800.00", sender=1, fam=["partial", "bare-weekday"]),
    R("S1243", at(27, "11:15", MX), "El comité de pagos sesiona el miércoles 2; el pago se libera el jueves 3.", "promise_to_pay", date="2026-12-03", sender=1, fam=["meeting-before-payment", "weekday-ordinal"]),
    R("S1244", at(27, "16:45", AR), "Pagamos cuando la obra social nos liquide los reintegros.", "promise_to_pay", human=["conditional"], fam=["condition-undated", "pharmacy"]),
    R("S1241", at(24, "13:15", CET), "Se pagará el próximo viernes.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("S1242", at(24, "10:05", CET), "Lo abonaremos en la semana 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week"]),
    R("S1243", at(24, "12:50", MX), "Pagaremos el día 15.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone"]),
    R("S1244", at(24, "11:30", AR), "Lo pagamos a fin de año, antes no podemos.", "promise_to_pay", date="2026-12-31", sender=1, fam=["year-end", "over-30"]),
    # payments: past tense written out
    R("S1241", at(26, "12:40", CET), "Ya pagamos la 12411 el viernes pasado.", "already_paid", inv=["12411"], fam=["past-tense", "ya-pagamos"]),
    R("S1243", at(26, "13:35", MX), "Se realizó el pago el 24/11, clave de rastreo SPEI 2026112440118877.", "already_paid", ref="2026112440118877", fam=["spei", "reference"]),
    R("S1244", at(26, "12:55", AR), "Ya transferimos ayer, con la retención de Ingresos Brutos correspondiente.", "already_paid", human=["amount differs"], sender=1, fam=["withholding", "past-tense"]),
    # people
    R("S1241", at(26, "15:45", CET), "La factura 12412 incluye portes que según el pedido corrían por su cuenta. No la aceptamos.", "dispute", inv=["12412"], sender=1, fam=["freight"]),
    R("S1242", at(26, "13:05", CET), "El ecógrafo llegó con la sonda rota. No pagaremos hasta que lo cambien.", "dispute", sender=1, fam=["quality", "vet"]),
    R("S1243", at(26, "14:25", MX), "Favor de reexpedir la factura como CFDI 4.0 con uso G03 y nuestro RFC AMP980312KT4.", "po_change", fam=["cfdi", "tax-id"]),
    R("S1244", at(26, "10:50", AR), "¿Podríamos pagar en cuatro cuotas mensuales a partir del 10 de diciembre?", "payment_plan_request", date="2026-12-10", fam=["plan"]),
    R("S1242", at(26, "16:20", CET), "¿Nos pueden dar 30 días más de plazo?", "payment_plan_request", fam=["deferral"]),
    R("S1241", at(26, "11:35", CET), "A partir de ahora envíen las facturas en FacturaE a través de FACe, por favor.", "po_change", fam=["e-invoicing"]),
    R("S1242", at(26, "09:25", CET), "No hemos recibido esa factura. ¿Nos la pueden reenviar?", "invoice_resend", fam=["never-received"]),
    R("S1244", at(26, "17:20", AR), "Necesito una copia de la factura para cargarla en el sistema.", "invoice_resend", fam=["copy"]),
    R("S1243", at(26, "16:55", MX), "Ya no laboro en el área de pagos. Favor de dirigirse a cxp@agmaritimapacifico.example.", "wrong_contact", sender=1, fam=["not-my-department"]),
    R("S1242", at(26, "14:40", CET), "Soy la recepcionista, no llevo las cuentas. El doctor Navarro es quien paga.", "wrong_contact", fam=["front-desk", "vet"]),
    R("S1241", at(26, "18:10", CET), "Recibido, gracias. Lo paso a administración.", "other", fam=["no-action", "acknowledgement"]),
    R("S1243", at(26, "11:55", MX), "Antes de pagar necesitamos su constancia de situación fiscal y el formato de alta de proveedor.", "other", human=["supplier onboarding paperwork"], fam=["tax-form", "onboarding"]),
    R("S1244", at(26, "08:30", AR), "Estoy de vacaciones hasta el 14 de diciembre. Para temas urgentes escribir a pagos@farmaciacentralcba.example.", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long"]),
    R("S1242", at(26, "08:05", CET), "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 30 de noviembre.", "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Clínica Veterinaria San Roque SL", fam=["ooo-short"]),
    R("S1241", at(26, "09:06", CET), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nadministracion@cerveceraespiga.example\n\nEl buzón del destinatario no existe (550 5.1.1).", "bounce", sender="postmaster@cerveceraespiga.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Cervecera La Espiga SL", dsn=("administracion@cerveceraespiga.example", "5.1.1"), fam=["dsn-es"]),
    R("S1244", at(26, "05:06", AR), "Mensaje no entregado.\nDestinatario: m.sosa@farmaciacentralcba.example\nMotivo: cuenta deshabilitada.", "bounce", sender="mailer-daemon@farmaciacentralcba.example", subject="Notificación de estado de entrega (error)", dsn=("m.sosa@farmaciacentralcba.example", "5.2.1"), fam=["dsn-es", "disabled"]),
]
