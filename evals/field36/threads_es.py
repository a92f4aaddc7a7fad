"""field36 Spanish replies: a Lima distributor and a school in Buenos Aires province."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field36.kit import AUTO, r

PAYMENTS = [
    Payment("BK36-0031", "H3641", "2026-11-12", "1250.00", "USD", "ANDINA RIMAC 93642"),
    Payment("BK36-0032", "H3642", "2026-11-13", "610.00", "USD", "COL SAN MARTIN TOURS"),
]

P = "promise_to_pay"
REPLIES = [
    r("H3641", 16, "08:40", "Buenos días, la factura 93641 sale en la programación de pagos del jueves 19. Saludos, Rosa Quispe", P, "2026-11-19", "payment-run weekday-ordinal peru", sender=1),
    r("H3641", 16, "13:10", "Estimados, el pago se efectuará el 25/11 sin falta.", P, "2026-11-25", "numeric-eu peru"),
    r("H3641", 17, "09:55", "Les comento que el abono será el lunes 30, al cierre de mes.", P, "2026-11-30", "month-end weekday-ordinal peru"),
    r("H3641", 17, "16:20", "Perdón, me equivoqué: no es el 26 sino el 27, viernes.", P, "2026-11-27", "self-correction ordinal-alone peru", sender=1),
    r("H3641", 18, "10:30", "Como el 8 de diciembre es feriado, adelantamos el pago al lunes 7.", P, "2026-12-07", "holiday moved-date peru"),
    r("H3641", 18, "15:00", "Pagamos USD 3.000 este viernes y el saldo la primera semana de diciembre.", P, "2026-11-20", "partial weekday peru", amount="3000.00"),
    r("H3641", 19, "09:30", "El pago se hará dentro de 5 días hábiles.", P, "2026-11-26", "working-days peru"),
    r("H3641", 19, "14:50", "Tenemos reunión con el banco el 24/11; si aprueban la línea, pagamos el 26/11.", P, "2026-11-26", "hidden-condition distractor-meeting peru", human=["conditional"]),
    r("H3641", 16, "17:30", "Les confirmo: transferencia el martes primero de diciembre.", P, "2026-12-01", "date-in-words peru", sender=1),
    r("H3642", 16, "10:00", "Hola, les pagamos el viernes, quedate tranquilo. Martín", P, "2026-11-20", "weekday argentina", sender=1),
    r("H3642", 16, "16:30", "Las cuotas de los alumnos entran la semana que viene, así que el pago va el miércoles 25.", P, "2026-11-25", "weekday-ordinal argentina school"),
    r("H3642", 17, "11:15", "Che, el pago sale a fin de mes, el 30.", P, "2026-11-30", "month-end argentina", sender=1),
    r("H3642", 17, "18:00", "La cooperadora aprueba el gasto el 20/11 y transferimos el 23/11.", P, "2026-11-23", "distractor-meeting numeric-eu argentina school"),
    r("H3642", 18, "09:45", "Transferimos dentro de dos semanas, el miércoles 2/12.", P, "2026-12-02", "relative-weeks numeric-eu argentina"),
    r("H3642", 18, "14:10", "Les mandamos 2.000 dólares el lunes y el resto a mediados de diciembre.", P, "2026-11-23", "partial two-dates argentina", amount="2000.00"),
    r("H3642", 19, "10:20", "Pago confirmado para el jueves 26 de noviembre. Saludos cordiales, Administración", P, "2026-11-26", "weekday-date argentina school"),
    r("H3642", 19, "16:00", "Ayer dije martes pero es miércoles 25, el martes cierra la tesorería por el acto escolar.", P, "2026-11-25", "self-correction argentina school", sender=1),
    r("H3641", 18, "12:40", "La factura 93642 fue cancelada el 12/11, referencia ANDINA RIMAC 93642.", "already_paid", fam="already-paid peru", ref="ANDINA RIMAC 93642", inv=["93642"]),
    r("H3642", 17, "13:30", "Ya les pagamos los 610 dólares el viernes 13, fíjense bien.", "already_paid", fam="already-paid argentina", inv=["93644"]),
    r("H3641", 19, "12:10", "Ya se pagó todo la semana pasada, revisen por favor.", "already_paid", fam="already-paid peru", human=["no matching payment"]),
    r("H3641", 16, "11:50", "No reconocemos la factura 93641: los precios no corresponden a la cotización aprobada.", "dispute", fam="dispute pricing peru"),
    r("H3642", 18, "11:00", "Los pupitres llegaron rotos, tenemos fotos. No vamos a pagar hasta que los repongan.", "dispute", fam="dispute quality argentina school", sender=1),
    r("H3641", 17, "12:30", "Por favor reenvíen la factura 93642, el PDF llegó dañado.", "invoice_resend", fam="invoice-resend peru"),
    r("H3642", 19, "13:15", "¿Me reenvían las facturas? Cambiamos de administrador y no encuentro nada.", "invoice_resend", fam="invoice-resend argentina school"),
    r("H3641", 17, "15:30", "La orden de compra correcta es DAR-OC-3420, por favor corrijan la factura.", "po_change", fam="po-change peru", sender=1),
    r("H3642", 16, "12:45", "Necesitamos la factura a nombre de la Fundación San Martín de Tours, CUIT 30-71234567-8.", "po_change", fam="po-change billing-entity argentina school"),
    r("H3641", 19, "17:00", "A partir de ahora las facturas se cargan en nuestro portal de proveedores, no por correo.", "po_change", fam="supplier-portal future-invoices-elsewhere peru"),
    r("H3641", 16, "15:40", "¿Podemos pagar en tres cuotas mensuales? Las ventas de noviembre están flojas.", "payment_plan_request", fam="payment-plan peru", sender=1),
    r("H3642", 17, "15:20", "¿Nos dejan pagar en cuotas hasta marzo? Con la inflación no llegamos.", "payment_plan_request", fam="payment-plan argentina school", sender=1),
    r("H3641", 18, "07:20", "Estaré fuera de la oficina hasta el 23 de noviembre. Para temas urgentes escribir a tesoreria@andinarimac.example.", "out_of_office", fam="out-of-office peru", sender=1, headers=AUTO, quote="none"),
    r("H3642", 19, "07:10", "Respuesta automática: la administración del colegio está cerrada hasta el lunes 23.", "out_of_office", fam="out-of-office argentina school", headers=AUTO, quote="none"),
    r("H3641", 17, "09:07", "", "bounce", fam="bounce", sender="MAILER-DAEMON@andinarimac.example", dsn=("compras@andinarimac.example", "5.1.1"), quote="none", subject="No se puede entregar: Recordatorio"),
    r("H3642", 18, "09:07", "", "bounce", fam="bounce", sender="postmaster@colegiosanmartin.example", dsn=("secretaria@colegiosanmartin.example", "5.2.2"), quote="none", subject="Mensaje no entregado"),
    r("H3641", 18, "16:50", "Ya no trabajo en tesorería, escriban a Luis Huamán.", "wrong_contact", fam="wrong-contact peru", sender=1),
    r("H3642", 16, "14:30", "Soy la secretaria de dirección, esto no me corresponde. Consulten con administración.", "wrong_contact", fam="wrong-contact argentina school", sender="direccion@colegiosanmartin.example"),
    r("H3641", 19, "11:40", "Recibido, gracias. Lo derivo a contabilidad.", "other", fam="no-action acknowledgement peru"),
    r("H3642", 18, "17:10", "¿Nos pueden mandar el certificado de exención de retenciones? Sin eso no podemos liquidar.", "other", fam="tax-form argentina school", human=["tax form"]),
]
