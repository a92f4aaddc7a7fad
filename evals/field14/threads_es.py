"""Spanish replies (ES, MX): número de pedido, CFDI 4.0 y régimen fiscal, nueva razón social, FACe; disputas corteses
(cantidad según el albarán, tarifa presupuestada, cargos), ironía; fraccionamiento contra pago parcial y cuota de un
acuerdo vigente; contacto equivocado, empresa adquirida; certificados de Hacienda, concurso de acreedores."""

from evals.field14.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("ES")
P, R = k.paid, k.r

# po_change
R("T1441", 23, "Hola, ¿podríais añadir nuestro número de pedido PED-2026-077 en la factura 14411 y reenviarla? Nuestra gestoría no la contabiliza sin él. Gracias, Lucía", "po_change", inv=["14411"], fam=["po-change", "add-po", "polite"])
R("T1442", 24, "Buen día. La factura no trae el uso de CFDI ni el régimen fiscal correctos (G03, 601). Favor de cancelarla y timbrar un CFDI 4.0 nuevo con la orden de compra MRB-OC-3318.", "po_change", fam=["po-change", "cfdi", "e-invoicing", "es-MX", "flag-strategic"])
R("T1441", 25, "Os escribo porque desde noviembre facturamos como Alma Danza y Movimiento SL, CIF B-72815540. Por favor, emitid de nuevo la 14412 con los datos nuevos.", "po_change", inv=["14412"], fam=["po-change", "new-entity", "cif"])
R("T1442", 26, "La orden de compra MRB-OC-3318 ya se cerró. Favor de refacturar con la OC MRB-OC-3407 y el centro de costos CC-LEON-04.", "po_change", sender=0, fam=["po-change", "closed-po", "cost-centre", "es-MX", "flag-strategic"])
R("T1441", 27, "A partir de ahora enviad las facturas a facturas@danza-alma.example, que es donde las recibe la gestoría. La dirección de antes ya no la miramos para esto.", "po_change", sender=0, fam=["po-change", "invoice-mailbox", "vs-wrong-contact"])

# dispute
R("T1441", 24, "Hola, revisando la 14411 vemos que la cantidad no coincide con el albarán: recibimos 8 espejos y se facturan 10. ¿Lo podéis comprobar antes de que paguemos?", "dispute", inv=["14411"], fam=["dispute", "quantity", "delivery-note", "polite"])
R("T1442", 23, "Estimados, en la cotización COT-5521 nos ofrecieron una tarifa de 38 USD por envío consolidado y la factura aplica 45 USD. Les agradeceríamos una nota de crédito por la diferencia.", "dispute", fam=["dispute", "quoted-rate", "polite", "es-MX", "flag-strategic"])
R("T1441", 26, "Qué bien, una reclamación por el suelo que se levantó a las dos semanas. Todavía esperamos al técnico. No pagaremos hasta que se arregle.", "dispute", fam=["dispute", "quality", "sarcasm"])
R("T1441", 23, "Nos habéis cobrado el transporte en la 14412 aunque recogimos nosotras el material en vuestro almacén. Por favor, quitadlo.", "dispute", inv=["14412"], sender=0, fam=["dispute", "freight"])
R("T1442", 25, "La factura incluye un cargo por almacenaje de 620 USD que no está en el contrato. Favor de emitir una nota de crédito; el resto lo pagamos el viernes.", "dispute", sec=["promise_to_pay"], date=nxt(25, "fri"), human=["partial"], fam=["dispute", "fees", "plus-promise", "undisputed-part", "es-MX", "flag-strategic"], note="the undisputed rest on Friday, no amount written")

# other
R("T1441", 23, "Recibido, gracias.", "other", sender=0, fam=["other", "no-action", "acknowledgement"])
R("T1441", 24, "Para daros de alta como proveedor necesitamos el certificado de estar al corriente con Hacienda y el de titularidad de la cuenta bancaria.", "other", sender=0, human=["supplier paperwork"], fam=["other", "tax-form", "onboarding"])
R("T1442", 24, "¿Este correo es legítimo? Recibimos otro con su logotipo pidiendo pagar a una cuenta en otro banco. Favor de confirmarnos por teléfono antes de cualquier pago.", "other", human=["fraud check"], fam=["other", "fraud-check", "es-MX", "flag-strategic"])
R("T1441", 26, "Muchas gracias por el aviso. ¿Aceptáis Bizum o tarjeta? Sería más fácil para nosotras.", "other", human=["payment-method question"], fam=["other", "thank-you-that-asks", "payment-method"])
R("T1441", 27, "Les comunicamos que Estudio de Danza Alma SL ha presentado solicitud de concurso voluntario de acreedores ante el Juzgado de lo Mercantil n.º 2 de Valencia. Los créditos deberán comunicarse a la administración concursal.", "other", sender=0, human=["insolvency"], fam=["other", "insolvency", "concurso"])

# invoice_resend
R("T1441", 24, "No nos llegó nunca la 14412, ¿nos la podéis reenviar?", "invoice_resend", inv=["14412"], fam=["resend", "not-received", "vs-dispute"])
R("T1442", 25, "Favor de enviarnos el PDF y el XML de la factura, el portal no nos deja descargarlos.", "invoice_resend", sender=0, fam=["resend", "pdf-xml", "es-MX", "flag-strategic"])
R("T1441", 26, "¿Me mandáis un extracto de cuenta con lo pendiente? Es para cuadrar con la gestoría.", "invoice_resend", fam=["resend", "statement"])
R("T1442", 27, "Requerimos copia de la factura tal cual, sin cambios, para el expediente de auditoría.", "invoice_resend", fam=["resend", "copy-no-change", "es-MX", "flag-strategic"])

# wrong_contact
R("T1441", 25, "Lucía ya no trabaja con nosotras desde octubre. Para pagos escribid a Marta Gil, m.gil@danza-alma.example.", "wrong_contact", sender=0, fam=["wrong-contact", "left-company", "new-contact-named"])
R("T1442", 25, "Yo soy del área de operaciones, no veo pagos. Favor de contactar a cuentas por pagar.", "wrong_contact", sender="operaciones@mensajeria-bajio.example", fam=["wrong-contact", "not-my-department", "unknown-sender", "es-MX", "flag-strategic"])
R("T1442", 26, "Le informo que Mensajería Rápida del Bajío fue adquirida por Grupo Logístico Altamira. Ya no llevo las cuentas; favor de dirigirse a proveedores@altamira-log.example.", "wrong_contact", fam=["wrong-contact", "acquisition", "vs-po-change", "es-MX", "flag-strategic"])
R("T1441", 27, "Creo que no soy la persona adecuada, yo solo llevo las inscripciones de los alumnos.", "wrong_contact", sender="inscripciones@danza-alma.example", fam=["wrong-contact", "not-my-department", "unknown-sender"])

# payment_plan_request
R("T1441", 23, "¿Podríamos pagar la 14411 en tres cuotas mensuales? Diciembre es flojo para la escuela.", "payment_plan_request", inv=["14411"], fam=["plan", "instalments", "undated"])
R("T1442", 24, "Solicitamos un plan de pagos: 1,500 USD el 15 de diciembre y el resto en enero y febrero.", "payment_plan_request", date="2026-12-15", amount="1500.00", fam=["plan", "schedule", "es-MX", "flag-strategic"])
R("T1441", 26, "¿Sería posible pagar la mitad ahora y la otra mitad en enero?", "payment_plan_request", date=on(26), fam=["plan", "half-now", "question", "vs-promise"])
R("T1441", 27, "Ya tenemos un acuerdo de pago con vosotros; ¿podríamos alargarlo dos meses más e incluir esta factura?", "payment_plan_request", sender=0, fam=["plan", "extend-existing", "vs-instalment"])

# promise_to_pay
R("T1441", 24, "Haremos la transferencia el viernes. Un saludo, Lucía", "promise_to_pay", date=nxt(24, "fri"), fam=["promise", "weekday", "terse"])
R("T1442", 24, "Pagaremos 2500 el próximo lunes y el saldo a fin de mes.", "promise_to_pay", date=nwk(24, "mon"), amount="2500.00", fam=["promise", "partial", "figure-no-currency", "es-MX", "flag-strategic"])
R("T1441", 25, "Pagaremos la mitad esta semana y el resto cuando cobremos las cuotas de diciembre.", "promise_to_pay", date=nxt(25, "fri"), human=["partial", "conditional"], sender=0, fam=["promise", "half", "conditional", "eow"])
R("T1441", 26, "Os pagaremos mil euros mañana y lo que queda después de Reyes.", "promise_to_pay", date=plus(26, 1), amount="1000.00", fam=["promise", "partial", "figure-in-words"])

# already_paid
P("T1441", 23, "Ya pagamos el viernes pasado, referencia ALMA-1120.", ref="ALMA-1120", paid_on=20, fam=["paid", "past-tense", "reference"])
P("T1442", 25, "Ya se realizó el pago el 23/11, clave de rastreo SPEI 2026112340018877.", ref="2026112340018877", paid_on=23, fam=["paid", "spei", "es-MX", "flag-strategic"])
R("T1441", 25, "Transferimos 800 el día 19, el resto lo pagaremos la semana que viene.", "already_paid", sec=["promise_to_pay"], date=nwk(25), human=["amount differs from the open balance"], fam=["paid", "part-paid", "figure-no-currency", "rest-next-week"])
k.bank("T1441", 19, "800.00", "ESTUDIO DE DANZA ALMA")
R("T1441", 27, "Esto ya lo pagamos en octubre, revisad vuestras cuentas.", "already_paid", human=["no matching payment"], sender=0, fam=["paid", "no-bank-line", "curt"])

# out_of_office
R("T1441", 24, "Estoy fuera de la oficina hasta el 1 de diciembre. Responderé a tu mensaje a mi vuelta.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", quote="none", hm="09:06", fam=["ooo", "auto", "within-14"])
R("T1442", 25, "Me encuentro de vacaciones hasta el 7 de enero de 2027. Para temas urgentes favor de escribir a cxp@mensajeria-bajio.example.", "out_of_office", headers=AUTO, subject="Fuera de la oficina", quote="none", hm="02:06", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "es-MX", "flag-strategic"])

# bounce
R("T1441", 25, "Este es un mensaje automático del sistema de correo.\n\nNo se ha podido entregar su mensaje al siguiente destinatario:\n\n<l.herrera@danza-alma.example>: 550 5.1.1 Usuario desconocido", "bounce", sender="MAILER-DAEMON@mail.danza-alma.example", subject="Mensaje no entregado", dsn=("l.herrera@danza-alma.example", "5.1.1"), hm="09:06", lang="es", fam=["bounce", "es-dsn", "unknown-user"])
R("T1442", 26, "No se pudo entregar a los siguientes destinatarios:\n\nr.salinas@mensajeria-bajio.example\nEl buzón del destinatario está lleno.\n\n552 5.2.2 Buzón lleno", "bounce", sender="postmaster@mensajeria-bajio.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("r.salinas@mensajeria-bajio.example", "5.2.2"), hm="02:06", lang="es", fam=["bounce", "es-dsn", "mailbox-full", "flag-strategic"])

REPLIES = k.replies
PAYMENTS = k.payments
