"""Spanish replies (field56): a Valencian roscón bakery after Reyes and a Chilean ferry operator in high season (plan)."""

from evals.field.build import Payment, Reply
from evals.field56.kit import AUTO, CET, CL, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK56-041", "N5641", "2028-01-14", "4165.00", "EUR", "OBRADOR ROSCONES STA LLUCIA TRFROSC0114"),
    P("BK56-042", "N5642", "2028-01-10", "2500.00", "USD", "TRANSBORDADORES SENO RELONCAVI CUOTA 12"),
]

_SHARED = """Hola:

Os confirmamos (Mercè, Jordi y Pilar, de administración) que el pago de ambas facturas saldrá el 25/01.

Salutacions,
Administració"""

_INLINE = """> Según nuestros registros, las siguientes facturas están vencidas:

Cierto.

> INV-2027-56041    2027-12-09    EUR 3.670,00

Se paga el miércoles 2/2.

> INV-2027-56042    2027-12-23    EUR 495,00

Esta también, el mismo día."""

REPLIES = [
    # --- Obrador Roscones Santa Llúcia (Valencia)
    R("N5641", at(17, "09:30", CET), "Buenos días, pasados los Reyes y con la campaña del roscón cerrada, pagamos a finales de mes.", "promise_to_pay", date="2028-01-31", sender=1, fam=["end-of-month", "holiday-distractor"]),
    R("N5641", at(18, "13:00", CET), "Transferencia el viernes.", "promise_to_pay", date="2028-01-21", fam=["weekday", "terse"]),
    R("N5641", at(19, "10:45", CET), _SHARED, "promise_to_pay", date="2028-01-25", sender=0, fam=["shared-mailbox", "day-first", "catalan-signoff"]),
    R("N5641", at(20, "19:00", CET), "hola soy mercè coma estoy conduciendo punto pagamos el próximo martes punto gracias", "promise_to_pay", date="2028-01-25", sender=1, fam=["voice-to-text", "next-weekday"]),
    R("N5641", at(21, "11:20", CET), "Pagamos 495 € hoy y el resto el 4 de febrero.", "promise_to_pay", date="2028-01-21", amount="495.00", fam=["today", "partial-amount", "two-dates"]),
    R("N5641", at(24, "08:50", CET), "El pago se hará el primer día hábil de febrero.", "promise_to_pay", date="2028-02-01", fam=["first-business-day"]),
    R("N5641", at(25, "16:10", CET), "Pagaremos en quince días.", "promise_to_pay", date="2028-02-09", sender=1, fam=["quince-dias"]),
    R("N5641", at(26, "12:30", CET), "Pagamos al cerrar el inventario anual, el lunes 31.", "promise_to_pay", date="2028-01-31", fam=["stock-take", "weekday-date"]),
    R("N5641", at(27, "09:00", CET), _INLINE, "promise_to_pay", date="2028-02-02", quote="none", sender=1, fam=["inline-answers", "day-first"]),
    R("N5641", at(28, "10:00", CET), "Pagamos la semana que viene sin falta.", "promise_to_pay", date="2028-02-04", fam=["next-week"]),
    # --- Transbordadores Seno Reloncaví (Chile, payment plan)
    R("N5642", at(17, "11:00", CL), "Estimados: la cuota de enero del convenio se paga el 31, como acordamos.", "promise_to_pay", date="2028-01-31", fam=["plan-instalment", "ordinal"]),
    R("N5642", at(19, "09:30", CL), "Temporada alta, los barcos van llenos. Abonaremos USD 4.000 el lunes 24.", "promise_to_pay", date="2028-01-24", amount="4000.00", sender=1, fam=["weekday-date", "partial-amount"]),
    R("N5642", at(21, "18:00", CL), "Ojo que en febrero media oficina se va de vacaciones; pagamos antes, el 28.", "promise_to_pay", date="2028-01-28", fam=["ordinal", "holiday-distractor"]),
    R("N5642", at(24, "10:10", CL), "Pagaremos cuando la Dirección de Obras Portuarias nos transfiera el subsidio.", "promise_to_pay", human=["conditional"], sender=1, fam=["condition", "undated"]),
    R("N5642", at(26, "09:00", CET), "Les escribo desde Madrid, estoy de viaje. Pago el viernes 28 sin falta.", "promise_to_pay", date="2028-01-28", sender=1, fam=["other-timezone", "weekday-date"]),
    R("N5642", at(28, "08:30", CL), "Pagamos pasado mañana.", "promise_to_pay", date="2028-01-30", fam=["day-after-tomorrow", "weekend"]),
    # --- already paid
    R("N5641", at(19, "12:15", CET), "Pagado el 14/01, referencia TRF ROSC 0114.", "already_paid", ref="TRF ROSC 0114", fam=["ref-spacing", "day-first"]),
    R("N5642", at(20, "10:30", CL), "La cuota de diciembre (USD 2.500) se pagó el 10 de enero.", "already_paid", human=["partial"], fam=["plan-instalment", "no-ref"]),
    R("N5641", at(26, "17:40", CET), "Ya lo pagamos el lunes, os adjunto el justificante.", "already_paid", ref="FRA 56041", inv=["INV-2027-56041"], human=["no matching payment"], sender=1, attachments=[("justificante.txt", "text/plain", "Justificante de transferencia\nOrdenante: Obrador Roscones Santa Llúcia SL\nImporte: 3.670,00 EUR\nFecha: 24/01/2028\nConcepto: FRA 56041")], fam=["receipt-attached", "no-bank-line"]),
    # --- disputes
    R("N5641", at(18, "09:10", CET), "En la 56041 nos cobráis 300 cajas de roscón grandes; recibimos 260.", "dispute", inv=["INV-2027-56041"], sender=1, fam=["quantity"]),
    R("N5642", at(25, "12:00", CL), "Hemos pagado USD 10.000; los USD 5.200 restantes los disputamos por el retraso en la entrega de los chalecos salvavidas.", "dispute", sec=["already_paid"], sender=1, fam=["part-paid-rest-disputed", "late-delivery"]),
    R("N5641", at(21, "13:40", CET), "La 56042 está duplicada: es la misma entrega que la 56041.", "dispute", inv=["INV-2027-56042", "INV-2027-56041"], fam=["duplicate-billing"]),
    # --- copies, billing changes
    R("N5641", at(20, "09:25", CET), "¿Nos podéis reenviar la factura 56042? No la encontramos.", "invoice_resend", inv=["INV-2027-56042"], fam=["copy"]),
    R("N5642", at(27, "11:30", CL), "Favor enviar estado de cuenta actualizado.", "invoice_resend", fam=["statement"]),
    R("N5641", at(24, "12:10", CET), "Por favor, emitid las facturas a nombre de Obrador Santa Llúcia Grup SL, CIF B98765432.", "po_change", sender=1, fam=["legal-entity", "tax-number"]),
    R("N5642", at(18, "15:00", CL), "Desde el 1 de febrero las facturas deben llegar a dte@senoreloncavi.example.", "po_change", sender=1, fam=["invoice-mailbox"]),
    # --- instalments
    R("N5641", at(27, "16:20", CET), "¿Podríamos pagar la 56041 en dos plazos, el 15 de febrero y el 15 de marzo?", "payment_plan_request", date="2028-02-15", inv=["INV-2027-56041"], sender=1, fam=["instalments-asked", "two-dates"]),
    R("N5642", at(22, "10:00", CL), "Solicitamos ampliar el convenio a 8 cuotas de USD 1.500 a partir de marzo.", "payment_plan_request", date="2028-03-01", amount="1500.00", sender=1, fam=["plan-change", "from-month"]),
    # --- absences, bounces
    R("N5641", at(17, "09:06", CET), "Estoy fuera de la oficina hasta el 24 de enero. Para urgencias: administracion@roscones-santallucia.example.", "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática: fuera de la oficina", quote="none", fam=["auto-reply"]),
    R("N5642", at(20, "09:06", CL), "Estoy de vacaciones hasta el 1 de marzo. Para urgencias escribir a finanzas@senoreloncavi.example.", "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática", quote="none", human=["out of office more than 14 days"], fam=["auto-reply", "long-absence", "summer-holiday"]),
    R("N5641", at(25, "09:07", CET), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nm.ferrer@roscones-santallucia.example\n550 5.1.1 El usuario no existe", "bounce", sender="MAILER-DAEMON@roscones-santallucia.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("m.ferrer@roscones-santallucia.example", "5.1.1"), fam=["dsn", "spanish-dsn"]),
    R("N5642", at(23, "09:07", CL), "Su mensaje para c.oyarzun@senoreloncavi.example no pudo ser entregado: buzón lleno.", "bounce", sender="postmaster@senoreloncavi.example", subject="Mensaje no entregado", dsn=("c.oyarzun@senoreloncavi.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("N5641", at(22, "11:00", CET), "Yo llevo el obrador, no las facturas. Escribid a administracion@roscones-santallucia.example.", "wrong_contact", sender=1, fam=["wrong-department"]),
    R("N5642", at(26, "16:00", CL), "Cristián ya no trabaja aquí; los pagos ahora los ve Francisca Barría, f.barria@senoreloncavi.example.", "wrong_contact", sender=0, fam=["left-company", "new-contact"]),
    R("N5641", at(28, "12:00", CET), "Gracias, recibido.", "other", fam=["no-action", "acknowledgement"]),
    R("N5642", at(21, "12:00", CL), "¿Nos pueden enviar su certificado de residencia fiscal para no aplicar retención?", "other", human=["tax form"], fam=["tax-form"]),
]
