"""Spanish replies in field19: a shipyard in Vigo, a Colombian coffee exporter (strategic), a Chilean vet clinic on a plan."""

from __future__ import annotations

from evals.field19.build import Payment
from evals.field19.build import Reply as R
from evals.field19.kit import AUTO, CET, CL, CO, at

PAYMENTS = [
    Payment("BK19-016", "S1941", "2026-11-19", "11060.00", "EUR", "ASTILLERO RIA DE VIGO SL FRAS 19411 19412"),
    Payment("BK19-017", "S1942", "2026-11-18", "13180.00", "USD", "CAFETALERA LOS NEVADOS SAS OC CLN-OC-4410"),
]

DSN_ES = ("Este es un mensaje generado automáticamente.\n\nNo se pudo entregar su mensaje a los siguientes destinatarios:\n\n{rcpt}\n\n"
          "Motivo: {why}")

REPLIES = [
    # --- promises
    R("S1941", at(23, "10:30", CET), "Buenos días, el pago de ambas facturas se hará el jueves 3. Un saludo, Marta", "promise_to_pay", date="2026-12-03", fam=["weekday-ordinal"]),
    R("S1941", at(24, "12:45", CET), "Pagamos el 10/12 en la remesa de proveedores.", "promise_to_pay", date="2026-12-10", fam=["day-first-numeric", "payment-run"]),
    R("S1941", at(25, "17:20", CET), "Estaba previsto para el día 1, pero lo hemos pasado al 9 por el puente de la Inmaculada.", "promise_to_pay", date="2026-12-09", fam=["moved-date", "holiday"]),
    R("S1941", at(26, "09:15", CET), "Les abonaremos 5.000,00 € el viernes y el resto de la 19411 a primeros de enero.", "promise_to_pay", date="2026-11-27", amount="5000.00", inv=["19411"], fam=["partial", "european-amount", "weekday"]),
    R("S1941", at(27, "23:30", CET), "Mañana sábado no opera el banco; la transferencia sale el lunes.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday"]),
    R("S1941", at(23, "16:00", CET), "El pago se hará en la semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"], note="semana 50 sin día: su viernes"),
    R("S1941", at(24, "09:40", CET), "Pagaremos en cuanto la naviera nos abone la reparación del casco.", "promise_to_pay", human=["conditional", "undated"], fam=["condition"]),
    R("S1941", at(25, "11:50", CET), "Vaya, otro recordatorio, qué detalle. Sí, pagamos. El martes. ¿Contentos?", "promise_to_pay", date="2026-12-01", fam=["sarcasm", "weekday"]),
    R("S1942", at(23, "08:40", CO), "Buen día,\n\nLa factura fue aprobada en el comité del 25 de noviembre y se paga el 30 de noviembre.\n\nCordialmente,\nJulián Osorio\nDirector Financiero\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario. Si usted lo ha recibido por error, le solicitamos informar al remitente y eliminarlo de su sistema. Cualquier retención, difusión, distribución o copia no autorizada está prohibida y sancionada por la ley. Cafetalera Los Nevados SAS no se hace responsable por el contenido de este mensaje.", "promise_to_pay", date="2026-11-30", fam=["meeting-before-payment", "long-disclaimer"]),
    R("S1942", at(24, "19:50", CO), "Pagamos dentro de 10 días hábiles, una vez exportado el contenedor.", "promise_to_pay", date="2026-12-08", human=["conditional"], fam=["working-days", "condition"], note="10 días hábiles desde el martes 24: 8 de diciembre"),
    R("S1942", at(26, "10:30", CO), "Ver abajo.\n\n---------- Mensaje reenviado ----------\nDe: Tesorería\nFecha: 26 nov 2026\nAsunto: programación pagos\n\nNorthwind: programado para el viernes 4 de diciembre.", "promise_to_pay", date="2026-12-04", fam=["forwarded", "see-below"]),
    R("S1942", at(27, "09:00", CO), "Buenos días\nEl pago se realizará a finales de mes.\nSaludos\nTesorería", "promise_to_pay", date="2026-11-30", sender=0, html=True, fam=["html-outlook", "month-end", "shared-mailbox"]),
    R("S1943", at(23, "13:30", CL), "Hola, la cuota de diciembre del convenio la pagamos el 5, como siempre.", "promise_to_pay", date="2026-12-05", partial=False, fam=["plan-instalment", "ordinal-alone"]),
    R("S1943", at(24, "17:10", CL), "Pagamos en dos semanas más.", "promise_to_pay", date="2026-12-08", fam=["in-two-weeks", "chilean"]),
    R("S1943", at(25, "22:45", CL), "Mañana transfiero USD 1.000 de la cuota atrasada.", "promise_to_pay", date="2026-11-26", amount="1000.00", fam=["partial", "late-evening", "european-amount"]),
    R("S1943", at(26, "12:00", CL), "La entrega de los insumos fue el 2 de octubre y la factura es del 30 de septiembre; pagaremos el 14 de diciembre.", "promise_to_pay", date="2026-12-14", fam=["delivery-date", "invoice-date"]),
    R("S1943", at(27, "16:20", CL), "Pagaremos a mediados de diciembre, después del 8 que es feriado.", "promise_to_pay", date="2026-12-15", fam=["mid-month", "holiday"]),
    R("S1941", at(26, "15:30", CET), "Se pagará antes de Navidad.", "promise_to_pay", date="2026-12-24", fam=["before-christmas", "terse"]),
    # --- already_paid
    R("S1941", at(23, "12:10", CET), "Ambas facturas se pagaron el 19/11 por transferencia, concepto FRAS 19411 19412, importe 11.060,00 €.", "already_paid", ref="FRAS 19411 19412", fam=["european-amount", "ref-spacing"], note="matches BK19-016"),
    R("S1942", at(24, "11:20", CO), "El pago se hizo el 18 de noviembre, menos la retención en la fuente.", "already_paid", human=["amount differs"], fam=["withholding"], note="BK19-017 is 13,180.00 against 13,250.00"),
    R("S1943", at(25, "09:30", CL), "Ya pagamos la cuota, les mando el comprobante.", "already_paid", human=["no matching payment"], fam=["plan-instalment", "no-reference"]),
    # --- dispute
    R("S1941", at(24, "16:30", CET), "La factura 19412 incluye 40 horas de soldadura que no se realizaron. No la pagaremos hasta recibir el abono.", "dispute", inv=["19412"], fam=["service-not-rendered", "credit-note"]),
    R("S1942", at(25, "15:10", CO), "El precio por saco en la 19421 no corresponde a la orden CLN-OC-4410.", "dispute", inv=["19421"], fam=["price"]),
    # --- invoice_resend
    R("S1941", at(25, "10:20", CET), "¿Nos pueden reenviar la factura 19411? No nos consta.", "invoice_resend", inv=["19411"], fam=["never-received"]),
    R("S1943", at(26, "09:40", CL), "Por favor envíen el estado de cuenta del convenio.", "invoice_resend", fam=["statement", "plan"]),
    # --- po_change
    R("S1942", at(25, "08:50", CO), "A partir de diciembre las facturas deben cargarse en nuestro portal de proveedores; no recibimos facturas por correo.", "po_change", sender=0, fam=["supplier-portal"]),
    R("S1941", at(27, "12:30", CET), "Nuestro CIF ha cambiado tras la fusión: B-36987654. Por favor emitan de nuevo las facturas.", "po_change", fam=["tax-id", "merger"]),
    # --- payment_plan_request
    R("S1941", at(26, "13:00", CET), "¿Podemos pagar la 19411 en tres plazos mensuales, el primero el 15 de diciembre?", "payment_plan_request", date="2026-12-15", inv=["19411"], fam=["plan-instalments"]),
    R("S1943", at(27, "11:00", CL), "Necesitamos ampliar el convenio de pago seis meses más, la clínica estuvo cerrada por remodelación.", "payment_plan_request", fam=["plan-extension"]),
    # --- out_of_office
    R("S1941", at(24, "09:06", CET), "Estaré fuera de la oficina hasta el 2 de diciembre. Para asuntos urgentes escriba a administracion@astillero-riavigo.example.", "out_of_office", subject="Respuesta automática: Recordatorio", headers=AUTO, quote="none", fam=["ooo-auto"]),
    R("S1943", at(26, "09:06", CL), "Vacaciones de verano: vuelvo a la clínica el 4 de enero.", "out_of_office", subject="Respuesta automática", headers=AUTO, quote="none", human=["absence more than 14 days"], fam=["ooo-auto", "ooo-long"]),
    R("S1942", at(27, "07:30", CO), "Estoy en la finca hasta el lunes, sin señal. Julián", "out_of_office", human=["written by a person"], fam=["ooo-plain"]),
    # --- bounce
    R("S1941", at(23, "09:07", CET), DSN_ES.format(rcpt="m.outeiral@astillero-riavigo.example", why="550 5.1.1 Usuario desconocido"), "bounce", sender="MAILER-DAEMON@astillero-riavigo.example", subject="Mensaje no entregado", dsn=("m.outeiral@astillero-riavigo.example", "5.1.1"), fam=["dsn-spanish"]),
    R("S1942", at(25, "09:07", CO), DSN_ES.format(rcpt="j.osorio@losnevados-cafe.example", why="550 5.2.1 Buzón deshabilitado"), "bounce", sender="postmaster@losnevados-cafe.example", subject="No se puede entregar: Recordatorio", dsn=("j.osorio@losnevados-cafe.example", "5.2.1"), fam=["dsn-spanish"]),
    # --- wrong_contact
    R("S1941", at(26, "11:10", CET), "Marta ya no trabaja con nosotros. Escriban a Xoán Pereira, x.pereira@astillero-riavigo.example.", "wrong_contact", sender=0, fam=["left-company", "new-contact"]),
    R("S1943", at(24, "10:10", CL), "Yo soy la veterinaria, no veo pagos. Lo reenvío a contabilidad.", "wrong_contact", sender="dra.rojas@vetlosandes.example", fam=["wrong-person"]),
    # --- other
    R("S1941", at(27, "16:40", CET), "¿Es auténtico este correo? Hemos recibido intentos de fraude con cambio de cuenta. Confirmen por teléfono.", "other", human=["fraud check"], fam=["fraud-alert"]),
    R("S1942", at(26, "15:00", CO), "Recibido, gracias.", "other", sender=0, fam=["no-action", "ack"]),
]
