"""Spanish replies (field16): a Barcelona craft brewery, a dental clinic in Medellín (strategic) and a Chilean haulier on
credit hold."""

from evals.field.build import Payment, Reply
from evals.field16.kit import AUTO, CET, CL, CO, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK16-040", "S1641", "2026-11-20", "690.00", "EUR", "CERVECERIA ARTESANA MONTJUIC TRANSF 16412"),
    P("BK16-041", "S1642", "2026-11-23", "12650.00", "USD", "SONRISA ANDINA SAS PAGO OC SA-OC-4471"),
    P("BK16-042", "S1643", "2026-11-24", "8500.00", "USD", "TRANSPORTES FRONTERA DEL PACIFICO"),
]

REPLIES = [
    # --- Cervecería Artesana Montjuïc (ES)
    R("S1641", at(23, "09:15", CET), "Hola, pagamos el jue.\nMontse", "promise_to_pay", date="2026-11-26", fam=["abbreviated-weekday", "terse"]),
    R("S1641", at(24, "12:40", CET), "El pago se hará el 4/12.", "promise_to_pay", date="2026-12-04", fam=["dd-mm"]),
    R("S1641", at(25, "18:10", CET), "Os pagamos la semana que viene.", "promise_to_pay", date="2026-12-04", fam=["next-week"]),
    R("S1641", at(26, "23:45", CET), "Perdona la hora. Mañana a primera hora hago la transferencia.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("S1641", at(27, "10:05", CET), "El pago estaba previsto para el 30, pero con el puente de la Inmaculada lo pasamos al 9 de diciembre.", "promise_to_pay", date="2026-12-09", fam=["moved-date", "holiday"], sender=0),
    R("S1641", at(23, "16:20", CET), "Pagamos 690 € el viernes y el resto a final de mes.", "promise_to_pay", date="2026-11-27", amount="690.00", fam=["partial-amount", "weekday"]),
    R("S1641", at(24, "20:30", CET), "En cuanto nos llegue el abono que vuestro comercial nos prometió para el lunes, pagamos ese mismo viernes.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-with-date", "weekday-after-event"]),
    R("S1641", at(25, "11:25", CET), "Pago dentro de 10 días.", "promise_to_pay", date="2026-12-05", fam=["within-days", "terse"]),
    R("S1641", at(26, "09:20", CET), "Lo pagamos el 15.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "terse"]),
    R("S1641", at(27, "13:40", CET), "Lo pagamos a principios de diciembre, la factura del 15 de septiembre incluida.", "promise_to_pay", date="2026-12-01", fam=["beginning-of-month", "invoice-date-distractor"]),
    R("S1641", at(25, "19:55", CET), "Pagaremos cuando cobremos lo de la feria, no sé decirte cuándo.", "promise_to_pay", human=["undated"], fam=["undated", "condition"]),
    # --- Clínica Dental Sonrisa Andina (CO, strategic)
    R("S1642", at(23, "08:30", CO), "Buenos días,\n\nLe informamos que la factura 16421 se aprobará en el comité del 1 de diciembre y se pagará el viernes siguiente.\n\nCordialmente,\nCamilo Restrepo\nDirector financiero\nClínica Dental Sonrisa Andina SAS\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, por favor notifíquelo al remitente y elimínelo de su sistema. Cualquier uso, divulgación o copia no autorizada está prohibida conforme a la Ley 1581 de 2012.", "promise_to_pay", date="2026-12-04", inv=["16421"], html=True, fam=["outlook-html", "meeting-before-payment", "long-disclaimer"]),
    R("S1642", at(24, "15:00", CO), "Pagamos los USD 1.380 de la factura 16422 el próximo lunes.", "promise_to_pay", date="2026-11-30", amount="1380.00", inv=["16422"], fam=["next-weekday", "partial-amount", "european-amount"]),
    R("S1642", at(25, "22:10", CO), "Se paga antes del festivo del 8 de diciembre, o sea el viernes 4.", "promise_to_pay", date="2026-12-04", fam=["holiday", "weekday-ordinal", "late-evening"]),
    R("S1642", at(27, "09:50", CO), "El pago quedará programado en la corrida de fin de mes.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"], sender=0),
    R("S1642", at(26, "11:10", CO), "Pago a más tardar el 11/12.", "promise_to_pay", date="2026-12-11", fam=["dd-mm", "at-the-latest"]),
    # --- Transportes Frontera del Pacífico (CL, credit hold)
    R("S1643", at(23, "11:00", CL), "Hola, pagamos la próxima semana, el miércoles.", "promise_to_pay", date="2026-12-02", fam=["next-week-weekday", "credit-hold"]),
    R("S1643", at(24, "17:30", CL), "Transferimos el total el 30 de noviembre, por favor liberen el despacho.", "promise_to_pay", date="2026-11-30", fam=["credit-hold", "day-month"]),
    R("S1643", at(26, "10:45", CL), "Pago en dos semanas.", "promise_to_pay", date="2026-12-10", fam=["in-two-weeks", "terse"]),
    R("S1643", at(27, "19:20", CL), "Ya, les pagamos a fin de mes, como siempre… cuando no se nos cae el sistema.", "promise_to_pay", date="2026-11-30", fam=["sarcasm", "month-end"]),
    R("S1643", at(25, "08:40", CL), "Pagaremos USD 4.000 el martes y el saldo en diciembre.", "promise_to_pay", date="2026-12-01", amount="4000.00", fam=["partial-amount", "weekday", "european-amount"]),
    # --- the rest
    R("S1641", at(23, "12:10", CET), "La factura 16412 se pagó el 20 de noviembre.", "already_paid", inv=["16412"], fam=["paid", "day-month"]),
    R("S1642", at(24, "10:30", CO), "La factura 16421 fue pagada el 23/11, referencia de pago OC SA-OC-4471.", "already_paid", ref="SA-OC-4471", inv=["16421"], fam=["po-as-reference", "dd-mm"], sender=0),
    R("S1643", at(25, "12:15", CL), "Pagamos el total ayer, USD 8.760 menos los gastos bancarios. Liberen el despacho por favor.", "already_paid", human=["amount differs"], fam=["bank-charges", "credit-hold"]),
    R("S1641", at(24, "10:15", CET), "En la factura 16411 nos cobráis 60 barriles y solo recibimos 48.", "dispute", inv=["16411"], fam=["short-delivery"]),
    R("S1642", at(26, "14:20", CO), "El precio de los implantes en la factura 16422 no corresponde a la cotización COT-2291.", "dispute", inv=["16422"], fam=["price-vs-quote"]),
    R("S1643", at(23, "15:40", CL), "La carga llegó con 3 pallets dañados; no pagaremos hasta recibir la nota de crédito.", "dispute", fam=["damaged-goods", "credit-note-first"]),
    R("S1641", at(25, "15:30", CET), "¿Nos podéis reenviar la factura 16411? No la encontramos.", "invoice_resend", inv=["16411"], fam=["copy"]),
    R("S1643", at(26, "16:05", CL), "Favor enviar estado de cuenta actualizado.", "invoice_resend", fam=["statement", "terse"], sender=0),
    R("S1641", at(26, "12:35", CET), "A partir de diciembre, enviad las facturas a facturas@cerveceria-montjuic.example; el buzón de administración desaparece.", "po_change", fam=["invoice-mailbox"]),
    R("S1642", at(25, "09:40", CO), "Por favor incluir la orden de compra SA-OC-4502 y nuestro NIT 900.456.789-1 en la factura 16422 y reenviarla.", "po_change", sec=["invoice_resend"], inv=["16422"], fam=["po-missing", "tax-id", "copy-with-correction"]),
    R("S1643", at(24, "13:20", CL), "¿Podemos pagar en 3 cuotas mensuales a partir del 15 de diciembre?", "payment_plan_request", date="2026-12-15", fam=["monthly-instalments", "credit-hold"]),
    R("S1641", at(27, "17:10", CET), "¿Sería posible fraccionar el pago en dos, diciembre y enero?", "payment_plan_request", fam=["two-parts"]),
    R("S1641", at(23, "07:10", CET), "Estaré fuera de la oficina hasta el 1 de diciembre. Para temas urgentes: administracion@cerveceria-montjuic.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Cervecería Artesana Montjuïc SL", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1642", at(26, "07:00", CO), "Me encuentro de vacaciones hasta el 11 de enero de 2027.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("S1641", at(24, "09:06", CET), "No se ha podido entregar el mensaje a:\n\nm.puig@cerveceria-montjuic.example\n550 5.1.1 El usuario no existe", "bounce", sender="MAILER-DAEMON@mx.cerveceria-montjuic.example", subject="Mensaje no entregado: Recordatorio: facturas vencidas", dsn=("m.puig@cerveceria-montjuic.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-es"]),
    R("S1643", at(26, "09:07", CL), "Error en la entrega a estos destinatarios o grupos:\n\ncontabilidad@fronterapacifico.example\nEl buzón del destinatario está lleno.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@fronterapacifico.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("contabilidad@fronterapacifico.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-es", "mailbox-full"]),
    R("S1641", at(24, "16:50", CET), "Montse ya no trabaja aquí. Escribid a Jordi Ferrer, jordi.ferrer@cerveceria-montjuic.example.", "wrong_contact", fam=["person-left", "new-contact"], sender=0),
    R("S1643", at(27, "11:25", CL), "Este correo es de recepción, no vemos pagos. Escriba a contabilidad@fronterapacifico.example.", "wrong_contact", fam=["reception", "shared-mailbox"], sender="recepcion@fronterapacifico.example"),
    R("S1641", at(26, "17:35", CET), "Gracias, recibido.", "other", fam=["no-action", "ack"]),
    R("S1642", at(27, "15:15", CO), "¿Es legítimo este correo? Recibimos otro con una cuenta bancaria distinta en Panamá.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1643", at(25, "16:40", CL), "¿Podemos pagar con tarjeta de crédito por teléfono?", "other", human=["payment method question"], fam=["card-by-phone"]),
]
