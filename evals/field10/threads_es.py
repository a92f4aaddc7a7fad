"""Spanish replies with the tense written out ("ya lo pagamos" / "lo pagaremos", "se transfirió" / "se transferirá"),
comprobante de transferencia, pago parcial con el resto prometido, copia con nueva orden de compra, pagos a plazos,
reclamaciones y preguntas."""

from evals.field10.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("ES")
P, R = k.paid, k.r

# already_paid
P("Q1040", 24, "Buenos días,\n\nya pagamos las dos facturas ayer por transferencia.\n\nUn saludo\nLucía Navarro", paid_on=23, sender=1, fam=["paid-vs-promise", "ya-pagamos", "ayer"])
P("Q1040", 26, "La transferencia salió esta mañana, referencia RN-2611.", ref="RN-2611", fam=["paid-vs-promise", "this-morning"])
P("Q1041", 25, "Estimados señores:\n\nAdjuntamos justificante de la transferencia de la factura 10411, realizada el 20/11/2026.\n\nAtentamente\nDepartamento de Proveedores\nAutobuses Sierra SA\n\nEste mensaje es confidencial. Si usted no es el destinatario, le rogamos lo comunique al remitente y proceda a su borrado.",
  ref="AS-TRF-88213", inv=["10411"], paid_on=20, attachments=[("justificante.pdf", "application/pdf", "JUSTIFICANTE DE TRANSFERENCIA\nReferencia: AS-TRF-88213\nFecha: 20/11/2026\nImporte: 7.380,00 EUR\nConcepto: Factura 2026-10411")], fam=["paid-vs-promise", "remittance", "formal-ap", "disclaimer"])
P("Q1042", 24, "Hola, ya quedó pagado el viernes pasado por SPEI, clave de rastreo 2026112040014OLE.", ref="2026112040014OLE", paid_on=20, sender=1, fam=["paid-vs-promise", "spei", "mx"])
P("Q1041", 27, "Le confirmo que el pago se realizó el martes. Un saludo, Alberto Ortega", paid_on=24, sender=1, fam=["paid-vs-promise", "preterite"])
P("Q1040", 23, "<p>Hola,</p>\n<p>El pago se efectuó el pasado 18 de noviembre. Por favor revisen.</p>", paid_on=18, html=True, fam=["paid-vs-promise", "html-outlook"])
R("Q1042", 26, "Hoy transferimos 1,000 dólares y el resto (1,640) lo pagaremos el 11 de diciembre.", "already_paid", sec=["promise_to_pay"], date="2026-12-11", amount="1640.00", human=["amount differs from the open balance"], sender=1, fam=["partial-paid-rest-promised", "mx"])
k.bank("Q1042", 26, "1000.00", "SPEI ESCUELA DE SURF OLEAJE")
# promise_to_pay
R("Q1040", 24, "Lo pagaremos el viernes sin falta.", "promise_to_pay", date=nxt(24, "fri"), fam=["paid-vs-promise", "future-tense"])
R("Q1041", 24, "Tenemos programado el pago para el próximo lunes.", "promise_to_pay", date=nwk(24, "mon"), fam=["paid-vs-promise", "scheduled-future", "next-weekday"])
R("Q1042", 25, "Vamos a pagar a fin de mes, cuando entren los depósitos de la temporada.", "promise_to_pay", date=EOM, sender=1, fam=["paid-vs-promise", "ir-a", "month-end"])
R("Q1040", 27, "Se transferirá el día 4 de diciembre.", "promise_to_pay", date="2026-12-04", fam=["paid-vs-promise", "future-passive"])
R("Q1041", 26, "Pagaremos 3.000 € mañana y el resto la semana que viene.", "promise_to_pay", date=plus(26, 1), amount="3000.00", sender=1, fam=["partial", "paid-vs-promise"])
R("Q1042", 23, "Vamos a pagarlo el jueves, sin falta. Emilio", "promise_to_pay", date=nxt(23, "thu"), sender=1, fam=["paid-vs-promise", "ir-a", "weekday-future"])
# dispute
R("Q1040", 25, "El precio de la factura 10401 no es el pactado (1.500 € + IVA). Por favor, rectifíquenla.", "dispute", inv=["10401"], fam=["dispute-vs-resend", "price"])
R("Q1041", 23, "Dos de las piezas llegaron defectuosas. Pagaremos cuando nos envíen el abono correspondiente.", "dispute", sender=1, fam=["dispute-vs-promise", "credit-pending", "damaged"])
R("Q1042", 27, "Nos cobraron IVA mexicano y la factura debe ir sin IVA por ser servicio de exportación. Favor de corregir.", "dispute", fam=["dispute-vs-po", "vat"])
R("Q1041", 25, "No estamos de acuerdo con los 180 € de portes. Lo que no está en discusión lo pagaremos el viernes.", "dispute", sec=["promise_to_pay"], date=nxt(25, "fri"), fam=["dispute-vs-promise", "freight", "undisputed-part"])
# invoice_resend
R("Q1040", 26, "¿Nos pueden reenviar la factura 10402? Nunca nos llegó.", "invoice_resend", inv=["10402"], fam=["resend-vs-po", "never-received"])
R("Q1041", 27, "Rogamos nos envíen un extracto de cuenta actualizado.", "invoice_resend", fam=["resend", "statement"])
R("Q1042", 24, "mándenme copia de la factura porfa, no la encuentro", "invoice_resend", sender=1, fam=["resend", "terse", "mx"])
# po_change
R("Q1041", 26, "La factura lleva un número de pedido incorrecto; el correcto es AS-PED-6790. Rogamos la emitan de nuevo.", "po_change", fam=["resend-vs-po", "wrong-po"])
R("Q1040", 27, "Por favor envíennos una copia con nuestro nuevo número de pedido PN-2026-77.", "po_change", sender=1, fam=["resend-vs-po", "new-po"])
R("Q1042", 26, "Necesitamos la factura como CFDI 4.0 con nuestro RFC EOL180522AB3 y uso G03. Sin eso no la podemos pagar.", "po_change", fam=["po", "cfdi"])
# payment_plan_request
R("Q1041", 24, "¿Sería posible pagar la factura en tres plazos mensuales?", "payment_plan_request", sender=1, fam=["plan", "split-in-three"])
R("Q1040", 23, "¿Podemos pagar la mitad ahora y la otra mitad en enero?", "payment_plan_request", date=on(23), sender=1, fam=["plan-vs-promise", "half-now"])
R("Q1042", 27, "Queremos proponer 4 pagos de 660 dólares a partir del 15 de diciembre. ¿Lo aceptan?", "payment_plan_request", date="2026-12-15", amount="660.00", sender=1, fam=["plan", "mx"])
# other
R("Q1040", 25, "Antes de pagar, ¿nos pueden confirmar por teléfono si han cambiado de cuenta bancaria? Recibimos un correo raro.", "other", human=["bank-detail question"], sender=1, fam=["other-vs-promise", "fraud-check", "bank-details"])
R("Q1041", 24, "Recibido, gracias. Lo paso a contabilidad.", "other", fam=["other", "no-action", "forwarded-to-ap"])
R("Q1042", 24, "¿Nos pueden mandar su constancia de situación fiscal? Contabilidad la pide para darlos de alta.", "other", human=["tax form"], fam=["other", "tax-form", "mx"])
R("Q1040", 24, "¿A qué corresponde el cargo de 60 € por 'gestión'? No lo reclamamos, solo queremos saberlo.", "other", human=["question about a charge"], fam=["other-vs-dispute", "charge-question"])
# out_of_office, wrong_contact, bounce
R("Q1041", 23, "Estaré fuera de la oficina hasta el 14 de enero. Para asuntos urgentes, escriban a proveedores@autobuses-sierra.example.", "out_of_office", sender=1, headers=AUTO, human=["absent more than 14 days"], subject="Respuesta automática: Recordatorio: facturas vencidas – Autobuses Sierra SA", fam=["ooo", "long-absence"])
R("Q1040", 24, "Yo ya no llevo la administración, ahora la lleva la gestoría: facturas@gestoria-navarro.example.", "wrong_contact", sender=1, fam=["wrong-contact", "outsourced"])
R("Q1042", 25, "Este es un mensaje generado automáticamente.\n\nNo se pudo entregar el mensaje a e.mendoza@oleaje-surf.example.\nError: 550 5.1.1 usuario desconocido.", "bounce", sender="postmaster@oleaje-surf.example", dsn=("e.mendoza@oleaje-surf.example", "5.1.1"), subject="No se puede entregar: Recordatorio: facturas vencidas", fam=["bounce"])
REPLIES = k.replies
PAYMENTS = k.payments
