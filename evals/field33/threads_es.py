"""field33, Spanish: a Madrid restaurant and a Venezuelan IT reseller on a payment plan."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field33.kit import AUTO, CET, VE, at, pay

R = Reply
REPLIES: list[Reply] = [
    pay("L3341", at(23, "11:10", CET), "Buenas, pagamos el vie. 27. Un saludo, Carmen", "2026-11-27", ["abbreviated-weekday", "terse", "restaurant", "madrid"]),
    pay("L3341", at(23, "17:50", CET), "Hola:\nLas dos facturas se pagarán el miércoles 2 de diciembre.\nAtentamente,\nCarmen Morales", "2026-12-02", ["weekday-ordinal", "restaurant", "madrid"]),
    pay("L3341", at(24, "12:20", CET), "Ya os dije el día 9 por teléfono que «pagamos a fin de mes», y así será: el lunes 30.", "2026-11-30", ["quotes-own-promise", "distractor-past-call", "restaurant", "madrid"]),
    pay("L3341", at(24, "18:40", CET), "Os pagamos antes del puente de diciembre, el viernes 4.", "2026-12-04", ["holiday", "weekday-ordinal", "restaurant", "madrid"]),
    pay("L3341", at(25, "10:50", CET), "510 € mañana y los 2.760 € en dos pagos de 1.380 €, el 9 y el 23 de diciembre.", "2026-11-26", ["instalments-by-amount", "restaurant"], amount="510.00", inv=["93342"], partial=False),
    pay("L3341", at(25, "16:30", CET), "Recibidos vuestros dos recordatorios. Pagamos todo el 3/12.", "2026-12-03", ["answers-two-reminders", "eu-numeric-date", "restaurant"]),
    pay("L3341", at(23, "13:20", CET), "La gestoría viene el jueves y el pago sale el lunes siguiente.", "2026-11-30", ["distractor-meeting", "restaurant", "madrid"]),
    pay("L3341", at(24, "09:40", CET), "Pago dentro de cinco días hábiles. Gracias.", "2026-12-01", ["relative-working-days", "restaurant"]),
    pay("L3341", at(25, "13:05", CET), "El pago que os dije para el 27 lo pasamos al 1 de diciembre, que nos han retrasado un cobro.", "2026-12-01", ["distractor-moved-date", "restaurant", "madrid"]),
    pay("L3342", at(23, "09:00", VE), "Buenos días, la cuota de noviembre se paga el viernes 27/11. Saludos, José", "2026-11-27", ["plan-instalment", "eu-numeric-date", "it-reseller", "venezuela"], human=["partial"]),
    pay("L3342", at(23, "15:35", VE), "Chamo, disculpa la demora. Pagamos 1.530 dólares el lunes 30 y el resto de la cuota el 7.", "2026-11-30", ["instalments-by-amount", "plan-instalment", "odd-word", "it-reseller", "venezuela"], amount="1530.00"),
    pay("L3342", at(24, "10:25", VE), "Como le escribí el 16 («pagamos apenas nos liberen las divisas»), ya nos liberaron: transferimos el martes 1 de diciembre.", "2026-12-01", ["quotes-own-promise", "weekday-ordinal", "it-reseller", "venezuela"]),
    pay("L3342", at(24, "16:55", VE), "El pago sale la semana que viene, el jueves.", "2026-12-03", ["relative-week", "it-reseller"]),
    pay("L3342", at(25, "11:35", VE), "Pagamos el último día hábil del mes, fino.", "2026-11-30", ["end-of-month-business-day", "odd-word", "it-reseller", "venezuela"]),
    pay("L3342", at(25, "17:15", VE), "La entrega del 20 de octubre llegó completa. Pagamos dentro de dos semanas, el 9 de diciembre.", "2026-12-09", ["distractor-delivery-date", "relative-weeks", "it-reseller"]),
    R("L3341", at(24, "14:10", CET), "Pagaremos cuando nos ingrese el seguro lo de la inundación de la cocina.", "promise_to_pay", human=["conditional"], fam=["hidden-condition", "restaurant", "madrid"]),
    R("L3342", at(25, "08:20", VE), "Vamos a pagar, tranquilo. Apenas podamos.", "promise_to_pay", human=["undated"], fam=["undated-promise", "terse", "it-reseller", "venezuela"]),
    R("L3341", at(23, "15:40", CET), "Los 510 € se pagaron el 20/11, referencia ALMUDENA 93342.", "already_paid", ref="ALMUDENA 93342", inv=["93342"], fam=["already-paid", "eu-numeric-date", "restaurant"]),
    R("L3342", at(23, "12:45", VE), "La cuota de este mes ya se pagó el 19 por Zelle corporativo, ref. CARONI-NOV. Revisen por favor.", "already_paid", ref="CARONI-NOV", fam=["already-paid", "plan-instalment", "it-reseller", "venezuela"]),
    R("L3341", at(24, "11:00", CET), "En la 93341 nos cobráis 30 kilos de gambas y llegaron 20. No pagamos hasta que se corrija.", "dispute", inv=["93341"], fam=["dispute", "restaurant", "madrid"]),
    R("L3342", at(24, "13:50", VE), "Los 8 routers de la factura llegaron dañados. Reclamamos nota de crédito.", "dispute", fam=["dispute", "it-reseller"]),
    R("L3341", at(25, "09:25", CET), "¿Me reenviáis la factura 93342? No la encuentro.", "invoice_resend", inv=["93342"], fam=["invoice-resend", "restaurant"]),
    R("L3342", at(24, "08:30", VE), "Favor reenviar la factura con nuestro RIF, la necesitamos para el SENIAT.", "invoice_resend", fam=["invoice-resend", "tax", "it-reseller", "venezuela"]),
    R("L3341", at(23, "10:05", CET), "El número de pedido de la factura no es el nuestro; el correcto es ALM-0931.", "po_change", fam=["po-change", "restaurant"]),
    R("L3342", at(25, "14:40", VE), "Por favor cambiar la orden de compra a OC-DTC-2026-118, la anterior se anuló.", "po_change", fam=["po-change", "it-reseller"]),
    R("L3341", at(25, "18:00", CET), "Necesitamos que la 93341 lleve el pedido nuevo, ALM-0977. Gracias.", "po_change", inv=["93341"], fam=["po-change", "restaurant"]),
    R("L3341", at(24, "17:25", CET), "¿Podemos pagarlo en tres meses? Noviembre ha sido flojo.", "payment_plan_request", fam=["payment-plan", "restaurant", "madrid"]),
    R("L3342", at(23, "18:10", VE), "Solicitamos ampliar el plan a seis cuotas de 1.530 dólares, por el tema cambiario.", "payment_plan_request", fam=["payment-plan", "instalments-by-amount", "plan-instalment", "it-reseller"]),
    R("L3341", at(23, "08:00", CET), "Respuesta automática: estoy de vacaciones hasta el 30 de noviembre. Para urgencias, llamad al restaurante.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "restaurant"]),
    R("L3342", at(24, "07:00", VE), "Respuesta automática: me encuentro fuera de la oficina hasta el 2 de diciembre.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "it-reseller"]),
    R("L3341", at(23, "09:06", CET), "No se ha podido entregar el mensaje a cocina@la-almudena.example: usuario desconocido.", "bounce", sender="postmaster@la-almudena.example", dsn=("cocina@la-almudena.example", "5.1.1"), quote="none", fam=["bounce", "restaurant"]),
    R("L3342", at(24, "09:06", VE), "Error de entrega: el buzón compras@caroni-tec.example está lleno.", "bounce", sender="mailer-daemon@caroni-tec.example", dsn=("compras@caroni-tec.example", "5.2.2"), quote="none", fam=["bounce", "it-reseller"]),
    R("L3342", at(25, "09:06", VE), "Mensaje no entregado. La dirección gerencia@caroni-tec.example ya no existe.", "bounce", sender="mailer-daemon@caroni-tec.example", dsn=("gerencia@caroni-tec.example", "5.1.1"), quote="none", fam=["bounce", "it-reseller"]),
    R("L3341", at(25, "12:20", CET), "Yo soy el jefe de sala, no llevo facturas. Escribid a Carmen.", "wrong_contact", fam=["wrong-contact", "restaurant"]),
    R("L3342", at(24, "15:20", VE), "José ya no trabaja con nosotros desde que nos compró Grupo Ávila. No sé a quién dirigirle esto.", "wrong_contact", fam=["wrong-contact", "acquisition", "it-reseller"]),
    R("L3341", at(24, "20:30", CET), "Vale, gracias.", "other", fam=["other", "no-action", "terse", "restaurant"]),
    R("L3342", at(23, "11:15", VE), "Nos llegó un correo con otros datos bancarios a su nombre. ¿Es legítimo? No pagaremos hasta confirmar.", "other", human=["fraud alert"], fam=["other", "fraud-alert", "it-reseller"]),
]
