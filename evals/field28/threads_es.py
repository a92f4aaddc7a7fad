"""Spanish replies (field28): a Valencian orange grower, a Uruguayan rice mill, a Colombian coffee roaster (strategic)."""

from evals.field.build import Payment, Reply
from evals.field28.kit import AUTO, CET, CO, UY, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK28-040", "T2817", "2026-11-18", "720.00", "EUR", "CITRICOS HNOS FERRER TRF 92830"),
    P("BK28-041", "T2818", "2026-11-24", "10450.00", "USD", "MOLINO ARROCERO CEBOLLATI BROU 7781204"),
]

REPLIES = [
    # --- Cítricos Ferrer (ES, València)
    R("T2817", at(23, "09:35", CET), "Buenos días, pagaremos el jueves 3 de diciembre sin falta.", "promise_to_pay", date="2026-12-03", fam=["weekday-date"]),
    R("T2817", at(23, "18:10", CET), "Hasta que la cooperativa no nos liquide la campaña de clementinas no podemos pagar; nos han dicho que a mediados de diciembre.", "promise_to_pay", human=["conditional"], date="2026-12-15", fam=["condition-in-long-sentence", "relative-to-event"]),
    R("T2817", at(24, "10:20", CET), "La 92830 se pagó el 18/11. La otra la pagamos el día 9, después del puente de la Inmaculada.", "already_paid", sec=["promise_to_pay"], date="2026-12-09", inv=["92830", "92829"], fam=["paid-and-promise", "holiday", "ordinal-alone"]),
    R("T2817", at(24, "13:45", CET), "Pago el lunes que viene.", "promise_to_pay", date="2026-11-30", fam=["weekday", "terse-mobile"]),
    R("T2817", at(25, "11:50", CET), "Teníamos previsto pagar el viernes, pero con la huelga de transportistas lo pasamos al martes 1.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "weekday-ordinal"]),
    R("T2817", at(25, "17:25", CET), "Os pagamos 3.000 € la semana que viene y el resto antes de Navidad.", "promise_to_pay", date="2026-12-04", amount="3000.00", fam=["partial-amount", "next-week", "two-dates"]),
    R("T2817", at(26, "09:15", CET), "El pago saldrá el día quince de diciembre.", "promise_to_pay", date="2026-12-15", fam=["date-in-words"]),
    R("T2817", at(27, "10:30", CET), "Pagamos a final de mes, como siempre. Vicent", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("T2817", at(27, "13:40", CET), "Pago en dos semanas.", "promise_to_pay", date="2026-12-11", fam=["relative-span", "terse-mobile"]),
    R("T2817", at(23, "12:30", CET), "En la factura 92829 nos cobráis 500 cajas y llegaron 420. Necesitamos un abono antes de pagar.", "dispute", inv=["92829"], fam=["short-delivery", "credit-note-first"]),
    R("T2817", at(24, "16:30", CET), "No encontramos la factura 92829, ¿nos la podéis reenviar?", "invoice_resend", inv=["92829"], fam=["never-received"], sender=0),
    R("T2817", at(26, "12:05", CET), "¿Podemos pagar en tres plazos mensuales a partir del 10 de diciembre?", "payment_plan_request", date="2026-12-10", fam=["plan-with-date"]),
    R("T2817", at(26, "17:50", CET), "A partir de ahora enviad las facturas a facturas@citricosferrer.example, el correo de Vicent no es para eso.", "po_change", fam=["send-future-invoices"]),
    # --- Molino Cebollatí (UY)
    R("T2818", at(23, "10:10", UY), "Estimados, el pago se realizará el miércoles 2/12 por transferencia BROU.", "promise_to_pay", date="2026-12-02", fam=["weekday-date", "locale-numeric-dayfirst"]),
    R("T2818", at(23, "15:30", UY), "Les transferimos los USD 10.470 el martes 24, ref BROU 7781204.", "promise_to_pay", date="2026-11-24", amount="10470.00", ref="BROU 7781204", partial=False, fam=["announced-reference", "weekday-ordinal"]),
    R("T2818", at(24, "11:40", UY), "Una vez que el Ministerio nos devuelva el IVA exportador, pagamos. Estimamos primera quincena de diciembre.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "tax-refund"]),
    R("T2818", at(25, "09:25", UY), "Pagamos después de la zafra, a más tardar el 11 de diciembre.", "promise_to_pay", date="2026-12-11", fam=["spaetestens", "relative-to-event"]),
    R("T2818", at(25, "14:15", UY), "Ya se transfirió todo el martes, USD 10.470, ref BROU 7781204.", "already_paid", ref="BROU 7781204", human=["amount differs"], fam=["bank-charges", "past-weekday", "remittance-reference-variant"]),
    R("T2818", at(26, "10:50", UY), "El pago queda para el lunes 7, después de la reunión de directorio del jueves 3.", "promise_to_pay", date="2026-12-07", fam=["meeting-before-payment", "two-dates"]),
    R("T2818", at(26, "16:05", UY), "pagamos mañana", "promise_to_pay", date="2026-11-27", fam=["terse-mobile"]),
    R("T2818", at(27, "11:15", UY), "Les pagamos la 92832 el 4 y la 92831 el 18.", "promise_to_pay", date="2026-12-04", inv=["92832", "92831"], fam=["two-dates", "ordinal-alone"]),
    R("T2818", at(24, "15:55", UY), "La factura 92831 tiene un flete que no corresponde, el transporte lo pagamos nosotros.", "dispute", inv=["92831"], fam=["freight-charge"]),
    R("T2818", at(27, "15:45", UY), "Por favor indicar en la factura nuestro RUT 217654320018, si no, no la podemos registrar.", "po_change", fam=["tax-id", "reissue"], sender=0),
    R("T2818", at(23, "08:00", UY), "Estoy de licencia hasta el 14 de diciembre. Por temas de pagos escribir a pagos@molinocebollati.example.", "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas", headers=AUTO, human=["back more than 14 days out"], fam=["auto-reply", "long-absence"]),
    R("T2818", at(25, "19:20", UY), "No es posible entregar su mensaje a m.pereyra@molinocebollati.example: la cuenta no existe.\n\n550 5.1.1", "bounce", dsn=("m.pereyra@molinocebollati.example", "5.1.1"), sender="postmaster@molinocebollati.example", subject="No se puede entregar: Recordatorio: facturas vencidas", fam=["dsn-spanish"]),
    # --- Tostadora del Quindío (CO, strategic)
    R("T2819", at(23, "09:00", CO), "Buenos días, el pago de la OC TCQ-OC-4471 se programó para el viernes 4 de diciembre.", "promise_to_pay", date="2026-12-04", fam=["weekday-date", "formal-ap"], sender=0),
    R("T2819", at(24, "10:30", CO), "Cordial saludo. Una vez radicada la factura en nuestro portal de proveedores y aprobada por el área de compras, el pago se hace a 30 días.", "promise_to_pay", human=["conditional", "undated"], fam=["supplier-portal", "condition-in-long-sentence"]),
    R("T2819", at(25, "12:20", CO), "Pagamos después del festivo del 8 de diciembre, o sea el miércoles 9.", "promise_to_pay", date="2026-12-09", fam=["holiday", "restated-date"]),
    R("T2819", at(26, "09:40", CO), "Giramos USD 6.710 el lunes 30 y el saldo a mediados de diciembre.", "promise_to_pay", date="2026-11-30", amount="6710.00", fam=["partial-amount", "two-dates", "weekday-ordinal"]),
    R("T2819", at(27, "14:00", CO), "Quedó para la semana siguiente a la próxima, el jueves.", "promise_to_pay", date="2026-12-10", fam=["week-after-next"]),
    R("T2819", at(23, "14:45", CO), "El precio por kilo del empaque valvulado no coincide con la cotización. Solicitamos nota crédito.", "dispute", fam=["price-vs-quote"]),
    R("T2819", at(24, "16:10", CO), "Favor reenviar la factura 92833 con la OC impresa, el portal la rechazó.", "invoice_resend", inv=["92833"], fam=["copy-with-po", "supplier-portal"], sender=0),
    R("T2819", at(25, "08:00", CO), "Gracias por escribir. Estoy en la feria de cafés especiales en Armenia y vuelvo a la oficina el 1 de diciembre.", "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas", headers=AUTO, fam=["auto-reply"]),
    R("T2819", at(25, "15:30", CO), "¿Sería posible diferir el saldo en 4 cuotas mensuales? Estamos afectados por la caída del precio del café.", "payment_plan_request", fam=["plan-request"]),
    R("T2819", at(26, "11:20", CO), "Ya no manejo proveedores, ahora es cuentasxpagar@cafequindio.example, escríbales allá.", "wrong_contact", fam=["wrong-desk"]),
    R("T2819", at(27, "10:10", CO), "Para pagar necesitamos su certificado de residencia fiscal y el formato de vinculación de proveedores diligenciado.", "other", human=["tax forms"], fam=["tax-forms"]),
    R("T2817", at(27, "16:20", CET), "Recibido, gracias. Lo paso a contabilidad.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("T2818", at(26, "13:30", UY), "Dejé la empresa en octubre. Escriban a pagos@molinocebollati.example.", "wrong_contact", fam=["left-company"]),
    R("T2817", at(25, "08:30", CET), "La entrega al siguiente destinatario falló de forma permanente:\n\n     v.ferrer@citricosferrer.example\n\nNo existe la cuenta de correo a la que intentas llegar.", "bounce", dsn=("v.ferrer@citricosferrer.example", "5.1.1"), sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", fam=["dsn-gmail"]),
]
