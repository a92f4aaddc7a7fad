"""Spanish replies (field38): a Madrid car dealership and a Montevideo veterinary clinic on a plan (Semana de Turismo)."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, CET, UY, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-016", "F3841", "2027-03-22", "1560.00", "EUR", "TRANSF MOTOR CHAMARTIN SL MC-PED-3361"),
    P("BK38-017", "F3842", "2027-03-10", "800.00", "USD", "CLINICA VET DEL PRADO CUOTA 2"),
]

REPLIES = [
    # --- Motor Chamartín (Madrid)
    R("F3841", at(22, "09:30", CET), "Buenos días:\n\nLa factura 93837 se ha pagado hoy por transferencia, concepto MC-PED-3361. La 93836 va en la remesa del 31 de marzo.\n\nUn saludo,\nCarmen Navarro\nJefa de Administración | Motor Chamartín SL\nC/ Príncipe de Vergara 270, 28016 Madrid", "already_paid", sec=["promise_to_pay"], ref="MC-PED-3361", inv=["93837", "93836"], date="2027-03-31", html=True, fam=["paid-and-promise", "remesa", "signature", "outlook-html"]),
    R("F3841", at(22, "13:45", CET), "Hola, el pago sale mañana sin falta, que jueves y viernes son festivos aquí (Semana Santa).", "promise_to_pay", date="2027-03-23", fam=["tomorrow", "holy-week"]),
    R("F3841", at(22, "17:20", CET), "Buenas tardes. Les informamos de que la factura 93836 no coincide con el pedido MC-PED-3318: se facturan 30 juegos de neumáticos y el pedido era de 24. No la podemos contabilizar hasta recibir la rectificativa.", "dispute", inv=["93836"], fam=["quantity-vs-po", "factura-rectificativa"]),
    R("F3841", at(23, "09:05", CET), "Pagaremos el martes 30, a la vuelta de Semana Santa.", "promise_to_pay", date="2027-03-30", fam=["after-holy-week", "weekday-date"], sender=0),
    R("F3841", at(23, "12:30", CET), "¿Nos podéis reenviar la factura 93836 en PDF? La que tenemos está en blanco, debe de ser un error del adjunto.", "invoice_resend", inv=["93836"], fam=["blank-pdf", "vosotros"]),
    R("F3841", at(23, "16:50", CET), "Buenas, la semana que viene os hacemos la transferencia. Saludos", "promise_to_pay", date="2027-04-02", fam=["next-week", "vosotros"]),
    R("F3841", at(24, "10:15", CET), "Buenos días, a partir del 1 de abril la facturación debe ir a nombre de Grupo Chamartín Automoción SL, CIF B-88123456, por la fusión con el concesionario de Alcobendas. Rogamos reemitan las facturas pendientes.", "po_change", fam=["new-entity", "merger", "cif"]),
    R("F3841", at(24, "13:40", CET), "Hola, os pagamos el 8 de abril, el primer jueves después de Pascua que tenemos remesa.", "promise_to_pay", date="2027-04-08", fam=["day-month", "payment-run", "easter-anchor"]),
    R("F3841", at(24, "18:05", CET), "Estoy fuera de la oficina hasta el lunes 5 de abril (Semana Santa). Para cualquier asunto urgente, escriba a administracion@motorchamartin.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Motor Chamartín SL", quote="none", gap_days=0, fam=["ooo-auto", "holy-week"]),
    R("F3841", at(25, "10:30", CET), "Yo ya no llevo la administración, estoy en el taller de Alcobendas. Escribid a Carmen.", "wrong_contact", fam=["role-change", "vosotros"], sender="r.gil@motorchamartin.example"),
    R("F3841", at(22, "11:10", CET), "¿Podríamos pagar los 9.870 € en tres plazos? El primero el 15 de abril, luego mayo y junio. Las ventas del primer trimestre han caído mucho.", "payment_plan_request", date="2027-04-15", inv=["93836"], fam=["plan-three", "q1-sales"]),
    R("F3841", at(23, "19:20", CET), "Perdón por la tardanza. Pago el 31/03, fin de trimestre.", "promise_to_pay", date="2027-03-31", fam=["numeric-dmy", "quarter-end"]),
    R("F3841", at(25, "08:45", CET), "Os confirmo que se paga dentro de la semana 14, el miércoles.", "promise_to_pay", date="2027-04-07", fam=["calendar-week", "weekday-of-week"], sender=0),
    R("F3841", at(22, "15:00", CET), "Recibido, gracias. Lo paso a contabilidad.", "other", fam=["ack", "no-action"], sender=0),
    R("F3841", at(24, "09:20", CET), "Pagaremos 5.000 € el 1 de abril y el resto a mediados de abril, cuando nos liquide la financiera los coches de Semana Santa.", "promise_to_pay", date="2027-04-01", amount="5000.00", human=["conditional"], fam=["partial-amount", "third-party", "two-dates"]),
    R("F3841", at(25, "12:10", CET), "No, el viernes no puede ser (festivo). Lo dejamos para el lunes 29... tampoco, que en Madrid no es festivo pero el banco... bueno, el martes 30 seguro.", "promise_to_pay", date="2027-03-30", fam=["self-correction", "good-friday", "rambling"]),
    R("F3841", at(22, "09:04", CET), "Este es un mensaje generado automáticamente.\n\nNo se ha podido entregar el mensaje a los siguientes destinatarios:\n\nc.navarro@motorchamartin.example\n550 5.1.1 Usuario desconocido", "bounce", sender="MAILER-DAEMON@mx.motorchamartin.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Motor Chamartín SL", dsn=("c.navarro@motorchamartin.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-es"]),
    R("F3841", at(23, "14:20", CET), "El pago de la 93836 se hará efectivo en un plazo de diez días.", "promise_to_pay", date="2027-04-02", inv=["93836"], fam=["within-days", "formal"], sender=0),
    R("F3841", at(25, "13:35", CET), "Buenas, os confirmo lo que hablamos en la reunión del 23: transferencia el último día hábil del mes. Ya está firmada por gerencia.", "promise_to_pay", date="2027-03-31", fam=["last-business-day", "distractor-date", "meeting"], sender=0),
    # --- Clínica Veterinaria del Prado (Montevideo, payment plan)
    R("F3842", at(22, "10:40", UY), "Hola, ¿cómo andan? Estamos en Semana de Turismo y la clínica está con guardia mínima. La cuota 3 la pago el lunes 29 cuando vuelve la administrativa. Saludos, Florencia", "promise_to_pay", date="2027-03-29", human=["partial"], fam=["semana-de-turismo", "instalment", "uruguayan"]),
    R("F3842", at(22, "15:15", UY), "Ta, la cuota de marzo (USD 800) ya está pagada desde el 10, fijate bien. Si no la ven me avisan.", "already_paid", human=["amount differs"], fam=["instalment-paid", "uruguayan", "voseo"], note="BK38-017 is the 800 instalment: below the open balance"),
    R("F3842", at(23, "09:50", UY), "Buenas, ¿podemos pasar las cuotas que quedan de USD 800 a USD 500 mensuales a partir de abril? Bajó mucho el movimiento en verano. Primera el 15/04.", "payment_plan_request", date="2027-04-15", amount="500.00", fam=["renegotiate-plan", "numeric-dmy", "uruguayan"]),
    R("F3842", at(23, "13:25", UY), "La factura 93839 incluye 10 cajas de jeringas que nunca llegaron, el remito dice 6. No la vamos a pagar entera.", "dispute", inv=["93839"], fam=["short-delivery", "remito", "uruguayan"]),
    R("F3842", at(23, "18:40", UY), "Capaz que el 31 te puedo mandar los 800, bo. Seguro para el 5 de abril.", "promise_to_pay", date="2027-04-05", amount="800.00", fam=["capaz-que", "hedged", "uruguayan"], note="'capaz que el 31' is a maybe; the firm commitment is 'para el 5 de abril'"),
    R("F3842", at(24, "10:05", UY), "Gracias por su mensaje. La Clínica Veterinaria del Prado permanece cerrada por Semana de Turismo hasta el domingo 28 de marzo. Para urgencias llame al 2600 1234.", "out_of_office", headers=AUTO, subject="Respuesta automática: Semana de Turismo", quote="none", gap_days=0, fam=["ooo-auto", "semana-de-turismo"], sender=0),
    R("F3842", at(24, "14:55", UY), "Hola, necesito que me manden de nuevo la factura 93839 con nuestro RUT 217654320018, que la DGI nos la rebota sin él.", "po_change", inv=["93839"], fam=["tax-number", "rut", "uruguayan"]),
    R("F3842", at(24, "19:30", UY), "Les transfiero mañana la cuota de marzo, USD 800. Disculpen la demora.", "promise_to_pay", date="2027-03-25", amount="800.00", fam=["tomorrow", "instalment"]),
    R("F3842", at(25, "11:20", UY), "Buen día, yo no soy de administración, soy veterinaria de la sucursal Carrasco. Les paso el mail correcto: administracion@vetdelprado.example.", "wrong_contact", fam=["vet-not-admin", "redirect"], sender="dra.perez@vetdelprado.example"),
    R("F3842", at(25, "16:45", UY), "Pagamos la cuota el primer día hábil de abril.", "promise_to_pay", date="2027-04-01", human=["partial"], fam=["first-business-day", "instalment"], sender=0),
    R("F3842", at(22, "19:55", UY), "¿Me pueden mandar el estado de cuenta con las cuotas pagadas y lo que falta? Lo necesita el contador.", "invoice_resend", fam=["statement", "contador"]),
    R("F3842", at(23, "21:30", UY), "Bo, les pago cuando el MGAP nos pague las vacunaciones de aftosa, que están atrasadísimas. Ni idea cuándo.", "promise_to_pay", human=["conditional"], fam=["public-client", "third-party", "undated", "uruguayan"]),
    R("F3842", at(22, "08:30", UY), "Delivery has failed to these recipients or groups:\n\nf.olivera@vetdelprado.example\nLa dirección de correo electrónico que escribió no se encuentra.\n\n550 5.1.1 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@vetdelprado.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Clínica Veterinaria del Prado", dsn=("f.olivera@vetdelprado.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-exchange-es"]),
    R("F3842", at(24, "12:35", UY), "Buen día. La transferencia de la cuota 3 queda agendada para el 6 de abril (martes).", "promise_to_pay", date="2027-04-06", human=["partial"], fam=["day-month", "instalment", "weekday-check"], sender=0),
    R("F3842", at(25, "09:25", UY), "¿Aceptan pago con tarjeta de crédito o por Abitab? Las transferencias al exterior nos cobran una comisión altísima.", "other", human=["payment-method question"], fam=["card-question", "uruguayan"]),
    R("F3842", at(25, "20:10", UY), "Quedo atenta, gracias por la paciencia.", "other", fam=["ack", "no-action"]),
    R("F3842", at(22, "12:50", UY), "Pago dentro de quince días, cuando termine Turismo y arranque la facturación de abril.", "promise_to_pay", date="2027-04-06", fam=["quince-dias", "semana-de-turismo"], note="'dentro de quince días' counted as written: +15"),
]
