"""Spanish replies (field54): a ropemaker in Vigo, a paragliding school in the Chicamocha canyon and an ornamental
forge in Monterrey (credit hold), with the Pilar long weekend, quarter closes and intermediary bank charges."""

from evals.field.build import Payment, Reply
from evals.field54.kit import AUTO, CEST, CO, MX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK54-040", "T5441", "2027-09-30", "4810.00", "EUR", "CORDELERIA ATLANTICA SL FRAS 54031 54032"),
    P("BK54-041", "T5442", "2027-10-04", "3560.00", "USD", "PARAPENTE CHICAMOCHA PCH-TRF-77120"),
]

REPLIES = [
    # --- Cordelería Atlántica (Vigo)
    R("T5441", at(27, "10:30", CEST), "Buenos días, el pago se realizará el próximo viernes.\nUn saludo, Ana", "promise_to_pay", date="2027-10-08", fam=["next-weekday"], sender=1),
    R("T5441", at(30, "13:00", CEST), "Pagamos a fin de mes, o sea hoy.", "promise_to_pay", date="2027-09-30", fam=["month-end", "same-day"], sender=1),
    R("T5441", at(34, "09:00", CEST), "Con el puente del Pilar no habrá nadie en administración hasta el miércoles 13; ese día hacemos la transferencia.", "promise_to_pay", date="2027-10-13", fam=["holiday", "weekday-ordinal"], sender=1),
    R("T5441", at(36, "12:00", CEST), "Les transferimos los 690 € mañana y el resto la semana que viene.", "promise_to_pay", date="2027-10-07", amount="690.00", fam=["partial-amount", "two-dates", "tomorrow"], sender=1),
    R("T5441", at(29, "16:45", CEST), "El 30 no va a poder ser, lo siento. Lo pagamos el día 4.", "promise_to_pay", date="2027-10-04", fam=["rejected-date", "ordinal-alone"], sender=1),
    R("T5441", at(32, "11:00", CEST), "Transferencia el lunes sin falta.", "promise_to_pay", date="2027-10-04", fam=["weekday", "weekend"], sender=0),
    R("T5441", at(35, "17:00", CEST), "Pagaremos en cuanto nuestro cliente nos pague a nosotros, no antes.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=1),
    # --- Parapente Chicamocha (Colombia)
    R("T5442", at(28, "08:30", CO), "Buen día, el pago sale el 6/10.", "promise_to_pay", date="2027-10-06", fam=["numeric-day-first", "terse"], sender=1),
    R("T5442", at(31, "19:40", CO), "Le confirmo que mañana sábado hacemos la transferencia.", "promise_to_pay", date="2027-10-02", fam=["tomorrow", "date-behind-utc", "late-evening"], sender=1),
    R("T5442", at(35, "10:00", CO), "Pagamos dentro de quince días.", "promise_to_pay", date="2027-10-19", fam=["quince-dias"], sender=1),
    R("T5442", at(30, "11:00", CO), "Buenos días. Julián está volando con clientes (¡literalmente!). Me pidió decirle que el pago sale el martes.\nCamila, recepción", "promise_to_pay", date="2027-10-05", sender="recepcion@parapente-chicamocha.example", fam=["colleague-answers", "weekday", "unknown-sender"]),
    R("T5442", at(33, "09:00", CO), "El pago será a mediados de mes.", "promise_to_pay", date="2027-10-15", fam=["mid-month", "weekend"], sender=0),
    # --- Herrería Artística del Norte (Monterrey, credit hold)
    R("T5443", at(27, "12:00", MX), "Buenas tardes, la factura está programada para pago el 8 de octubre.", "promise_to_pay", date="2027-10-08", fam=["day-month"], sender=1),
    R("T5443", at(30, "18:30", MX), "Cerramos el trimestre hoy; el pago sale en la primera corrida de octubre, el martes 5.", "promise_to_pay", date="2027-10-05", fam=["quarter-end", "payment-run", "weekday-ordinal"], sender=1),
    R("T5443", at(34, "10:15", MX), "Les pagamos 4,000 dólares el viernes y el resto a fin de mes.", "promise_to_pay", date="2027-10-08", amount="4000.00", fam=["partial-amount", "comma-thousands"], sender=1),
    # --- already paid
    R("T5441", at(31, "09:30", CEST), "¿No les llegó la transferencia? Salió el 30 por 4.810,00 €.", "already_paid", fam=["paid-as-question"], sender=1, note="matches BK54-040"),
    R("T5442", at(34, "11:00", CO), "Buen día, adjunto comprobante de pago.", "already_paid", ref="PCH-TRF-77120", human=["short payment: intermediary bank charge"], fam=["attachment-only", "bank-charges"], sender=1,
      attachments=[("comprobante.txt", "text/plain", "Comprobante de transferencia internacional\nFecha: 01/10/2027\nBeneficiario: Northwind Supplies GmbH\nValor: USD 3.580,00\nComisión banco intermediario: USD 20,00\nReferencia: PCH-TRF-77120")]),
    R("T5443", at(36, "09:00", MX), "Ya se pagó el 29 de septiembre, referencia SPEI 2027092940011.", "already_paid", ref="2027092940011", human=["no matching payment"], fam=["spei", "unmatched"], sender=1),
    # --- disputes
    R("T5441", at(28, "11:15", CEST), "Disculpen la molestia, pero creemos que en la factura 54031 se ha aplicado el IVA dos veces. ¿Podrían revisarla, por favor? Muchas gracias.", "dispute", inv=["INV-2027-54031"], fam=["polite-dispute", "tax"], sender=1),
    R("T5442", at(29, "15:00", CO), "No vamos a pagar hasta recibir la nota crédito por las dos alas que llegaron con costuras abiertas.", "dispute", fam=["credit-note-awaited", "damaged-goods"], sender=1),
    R("T5443", at(31, "11:30", MX), "La factura no coincide con la orden de compra HAN-OC-5521: se facturaron 120 bisagras y recibimos 100. Pagamos la parte que corresponde el viernes.", "dispute", sec=["promise_to_pay"], date="2027-10-08", fam=["short-delivery", "dispute-with-promise"], sender=1),
    # --- resend
    R("T5441", at(33, "19:00", CEST), "¿Me reenvían la factura 54032? No la encuentro.", "invoice_resend", inv=["INV-2027-54032"], fam=["copy", "weekend"], sender=1),
    R("T5442", at(27, "09:00", CO), "Favor enviar estado de cuenta a la fecha.", "invoice_resend", fam=["statement", "terse"], sender=0),
    R("T5443", at(29, "13:20", MX), "No tenemos el XML del CFDI de esta factura, ¿nos lo pueden reenviar junto con el PDF?", "invoice_resend", fam=["cfdi", "copy"], sender=0),
    # --- PO and billing changes
    R("T5441", at(30, "10:00", CEST), "A partir del 1 de octubre, las facturas deben enviarse a facturas@cordeleria-atlantica.example y no a esta dirección.", "po_change", fam=["invoice-mailbox"], sender=1),
    R("T5442", at(32, "10:30", CO), "Por favor corregir el NIT en la factura: es 901.234.567-8. Sin eso no la podemos contabilizar.", "po_change", fam=["tax-number"], sender=1),
    R("T5443", at(35, "11:00", MX), "La factura debe llevar la orden de compra HAN-OC-5521 y el uso de CFDI G03. Favor de cancelar y reemitir.", "po_change", fam=["add-po", "cfdi"], sender=0),
    # --- plans
    R("T5441", at(31, "12:45", CEST), "¿Sería posible fraccionar el pago en tres plazos? El primero el 15 de octubre.", "payment_plan_request", date="2027-10-15", fam=["instalments", "day-month"], sender=1),
    R("T5442", at(36, "08:00", CO), "Le propongo pagar en dos cuotas de 1.790 dólares, la primera el viernes 15.", "payment_plan_request", date="2027-10-15", amount="1790.00", fam=["instalments", "weekday-ordinal", "dot-thousands"], sender=1),
    R("T5443", at(28, "16:00", MX), "Solicitamos un plan de pagos. Nuestra situación es complicada este trimestre.", "payment_plan_request", fam=["undated-plan"], sender=1),
    # --- absence
    R("T5441", at(35, "08:00", CEST), "Estaré fuera de la oficina hasta el miércoles 13 de octubre (puente del Pilar).\n\nSi escribe por un pago: las facturas de agosto se pagarán el 14/10.", "out_of_office", sec=["promise_to_pay"], date="2027-10-14", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", fam=["auto-reply-with-answer", "holiday"], sender=1),
    R("T5442", at(29, "07:00", CO), "Estoy de vacaciones hasta el 1 de noviembre. Para temas urgentes escriba a contabilidad@parapente-chicamocha.example.", "out_of_office", human=["return more than 14 days out"], headers=AUTO, subject="Fuera de la oficina", fam=["long-absence"], sender=1),
    R("T5443", at(33, "10:00", MX), "Gracias por su correo. Estoy fuera hasta el lunes 4 de octubre.", "out_of_office", headers=AUTO, subject="Respuesta automática", fam=["credit-hold"], sender=1),
    # --- bounces
    R("T5442", at(31, "09:10", CO), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nj.ardila@parapente-chicamocha.example\nEl buzón del destinatario está lleno.", "bounce", sender="postmaster@parapente-chicamocha.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("j.ardila@parapente-chicamocha.example", "5.2.2"), lang="es", quote="none", fam=["spanish-dsn", "mailbox-full"]),
    R("T5441", at(34, "09:07", CEST), "Este es un mensaje automático. Su mensaje no pudo ser entregado.\n\nDestinatario: a.rial@cordeleria-atlantica.example\nMotivo: 550 5.1.1 usuario desconocido", "bounce", sender="MAILER-DAEMON@correo.cordeleria-atlantica.example", subject="Mensaje no entregado", dsn=("a.rial@cordeleria-atlantica.example", "5.1.1"), lang="es", quote="none", fam=["spanish-dsn"]),
    # --- wrong contact
    R("T5441", at(28, "13:30", CEST), "Ana ya no trabaja con nosotros. Escriban a Xoán Pereira, x.pereira@cordeleria-atlantica.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("T5443", at(32, "09:15", MX), "Yo soy de compras, no de pagos. Le paso su correo a cuentas por pagar.", "wrong_contact", sender="compras@herrerianorte.example", fam=["wrong-department", "unknown-sender"]),
    # --- other
    R("T5442", at(32, "16:00", CO), "Recibido, gracias.", "other", fam=["no-action", "acknowledgement"], sender=1),
    R("T5443", at(30, "12:00", MX), "Necesitamos su constancia de residencia fiscal para no retener impuestos. Favor de enviarla.", "other", human=["tax forms"], fam=["tax-forms"], sender=1),
]
