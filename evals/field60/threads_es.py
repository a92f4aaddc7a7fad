"""Spanish replies (field60): a Madrid rosquilla bakery through 1 and 2 May and San Isidro (15 May), a Seville flamenca
dressmaker on a plan (El Rocío at Whitsun, Corpus in Seville on 31 May) and a Guadalajara florist through the Mexican
Día de las Madres (10 May). Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, CDT_MX, CEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-017", "B6041", "2029-05-14", "3170.00", "EUR", "OBRADOR ROSQUILLAS PRADERA"),
    P("BK60-018", "B6042", "2029-05-08", "1630.00", "EUR", "TRAJES FLAMENCA TRIANA TRIANA-MAYO"),
    P("BK60-019", "B6043", "2029-05-02", "5740.00", "USD", "FLORERIA JACARANDAS FOLIO 8842217"),
]

REPLIES = [
    # --- Obrador Rosquillas de la Pradera (Madrid)
    R("B6041", at(4, 23, "08:35", CEST), "Buenos días, pagamos el viernes.", "promise_to_pay", date="2029-04-27", fam=["weekday", "terse"]),
    R("B6041", at(4, 26, "13:10", CEST), "Con los festivos del 1 y el 2 de mayo, la transferencia saldrá el jueves 3.", "promise_to_pay", date="2029-05-03", fam=["holiday", "weekday-ordinal", "distractor-dates"]),
    R("B6041", at(5, 3, "17:40", CEST), "Nos han facturado 300 kg de anís en grano y solo llegaron 200. Corrijan la 60411, por favor.", "dispute", inv=inv("60411"), fam=["quantity-dispute"]),
    R("B6041", at(5, 7, "19:05", CEST), "Estamos a tope con San Isidro. Pagaremos el 18/05, pasada la fiesta.", "promise_to_pay", date="2029-05-18", fam=["holiday", "es-numeric"]),
    R("B6041", at(5, 10, "06:30", CEST), "Estaré fuera de la oficina hasta el 17 de mayo por San Isidro. Para pedidos urgentes escriba a pedidos@rosquillaspradera.example.", "out_of_office", headers=AUTO, subject="Respuesta automática", fam=["auto-reply", "holiday"]),
    R("B6041", at(5, 14, "10:15", CEST), "Ya está pagado: transferencia del 11/05 por 3.170,00 €.", "already_paid", fam=["paid-no-ref", "matched-by-amount"]),
    R("B6041", at(5, 16, "12:50", CEST), "Pagamos el miércoles de la semana que viene.", "promise_to_pay", date="2029-05-23", fam=["next-week-weekday"]),
    R("B6041", at(5, 21, "09:30", CEST), "¿Me puede reenviar la factura 60412? No me llegó.", "invoice_resend", inv=inv("60412"), sender=0, fam=["never-received"]),
    R("B6041", at(5, 23, "16:25", CEST), "¿Podemos pagarlo en dos veces? La mitad ahora y la otra mitad a finales de junio.", "payment_plan_request", date="2029-05-23", fam=["plan-halves", "now"]),
    R("B6041", at(5, 25, "11:00", CEST), "Por favor, emitan las facturas a nombre de Rosquillas de la Pradera Madrid SL, CIF B88412730, con la nueva dirección de la calle de Toledo 112.", "po_change", sender=0, fam=["legal-entity", "billing-address"]),
    R("B6041", at(5, 28, "18:20", CEST), "A finales de mes.", "promise_to_pay", date="2029-05-31", fam=["end-of-month", "terse"]),
    R("B6041", at(5, 30, "10:45", CEST), "Carmen ya no trabaja con nosotros. Escriban a administracion@rosquillaspradera.example para cualquier tema de facturas.", "wrong_contact", fam=["left-company", "new-contact"]),
    R("B6041", at(6, 1, "14:05", CEST), "Pago el lunes sin falta.", "promise_to_pay", date="2029-06-04", fam=["weekday"]),
    R("B6041", at(6, 4, "12:35", CEST), "¿Tienen ustedes un certificado de estar al corriente con Hacienda? Nos lo pide el ayuntamiento para la subvención de la pradera.", "other", human=["tax certificate request"], fam=["tax-form", "grant"]),
    # --- Trajes de Flamenca Triana (Seville, payment plan)
    R("B6042", at(4, 24, "21:10", CEST), "Rocío. Pasada la Feria, pagamos la cuota de abril el lunes 30.", "promise_to_pay", date="2029-04-30", fam=["plan-instalment", "weekday-ordinal"]),
    R("B6042", at(4, 27, "12:40", CEST), "Este mes pagamos 1.500 € el día 10 y el resto de la cuota cuando cobremos a las hermandades.", "promise_to_pay", date="2029-05-10", amount="1500.00", human=["conditional"], fam=["partial-amount", "ordinal-alone", "condition"]),
    R("B6042", at(5, 3, "10:25", CEST), "Los volantes de lunares vinieron con el estampado corrido. Son 30 metros que no sirven para nada.", "dispute", fam=["quality-dispute"]),
    R("B6042", at(5, 8, "15:55", CEST), "Hecha la transferencia de la cuota de mayo, 1.630 €, ref. TRIANA-MAYO.", "already_paid", ref="TRIANA-MAYO", human=["amount differs from the open balance"], fam=["instalment-paid", "paid-with-ref"]),
    R("B6042", at(5, 14, "11:30", CEST), "¿Podríamos ampliar el plan a ocho cuotas de 1.018,75 € a partir del 1 de junio?", "payment_plan_request", date="2029-06-01", amount="1018.75", fam=["plan-extension", "plan-amount"]),
    R("B6042", at(5, 18, "07:00", CEST), "Cerrado por El Rocío del 18 al 22 de mayo. Volvemos el miércoles 23. ¡Viva la Blanca Paloma!", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Trajes de Flamenca Triana SL", sender=0, fam=["auto-reply", "pilgrimage"]),
    R("B6042", at(5, 23, "13:20", CEST), "La próxima cuota, el viernes 1 de junio.", "promise_to_pay", date="2029-06-01", fam=["weekday-date", "plan-instalment"]),
    R("B6042", at(5, 28, "17:50", CEST), "Mándeme el extracto con lo que queda pendiente, por favor.", "invoice_resend", sender=0, fam=["statement"]),
    R("B6042", at(5, 30, "09:10", CEST), "Mañana es el Corpus en Sevilla, pagamos el viernes.", "promise_to_pay", date="2029-06-01", fam=["holiday", "weekday"]),
    R("B6042", at(6, 1, "12:15", CEST), "Rocío está de baja. Para los pagos escriban a nuestra gestoría: gestoria.alameda@gestoria-alameda.example.", "wrong_contact", sender=0, fam=["sick-leave", "new-contact"]),
    R("B6042", at(6, 4, "16:00", CEST), "Transferencia el 15 de junio.", "promise_to_pay", date="2029-06-15", fam=["day-month", "terse"]),
    # --- Florería Jacarandas (Guadalajara, Mexican Spanish)
    R("B6043", at(4, 23, "09:20", CDT_MX), "Buen día, el pago queda programado para el 30 de abril.", "promise_to_pay", date="2029-04-30", fam=["day-month", "formal-ap"]),
    R("B6043", at(4, 26, "18:05", CDT_MX), "Estamos en plena temporada del Día de las Madres. Le pagamos el 15/05.", "promise_to_pay", date="2029-05-15", fam=["holiday", "es-numeric"]),
    R("B6043", at(5, 2, "10:40", CDT_MX), "Se envió la transferencia el 30/04 por USD 5,740.00, folio 8842217.", "already_paid", ref="8842217", fam=["paid-with-ref", "mx-number", "matched"]),
    R("B6043", at(5, 4, "13:15", CDT_MX), "Llegaron 80 cajas de rosas en lugar de 120. Solo pagamos lo recibido.", "dispute", fam=["quantity-dispute"]),
    R("B6043", at(5, 9, "08:00", CDT_MX), "Por el Día de las Madres estaré fuera de la oficina hasta el lunes 14 de mayo. Gracias.", "out_of_office", headers=AUTO, subject="Fuera de la oficina", fam=["auto-reply", "holiday"]),
    R("B6043", at(5, 14, "11:25", CDT_MX), "Le depositamos el viernes.", "promise_to_pay", date="2029-05-18", fam=["weekday"]),
    R("B6043", at(5, 17, "12:45", CDT_MX), "Favor de refacturar con nuestro RFC FJA980512KT3 y uso de CFDI G01; sin eso no podemos pagar.", "po_change", sender=0, fam=["tax-id", "reissue", "cfdi"]),
    R("B6043", at(5, 21, "15:30", CDT_MX), "¿Me puede mandar el PDF y el XML de la factura?", "invoice_resend", sender=0, fam=["resend", "cfdi"]),
    R("B6043", at(5, 24, "10:10", CDT_MX), "¿Se puede pagar en tres mensualidades?", "payment_plan_request", fam=["undated-plan", "terse"]),
    R("B6043", at(5, 28, "17:35", CDT_MX), "Pago a más tardar el 5 de junio.", "promise_to_pay", date="2029-06-05", fam=["at-the-latest", "day-month"]),
    R("B6043", at(5, 31, "03:20", CDT_MX), "No se ha podido entregar el mensaje a uno o más destinatarios.\n\nDestinatario: a.ibarra@floreriajacarandas.example\nMotivo: 550 5.1.1 El buzón de destino no existe.\n\nEste es un mensaje generado automáticamente; no responda a este correo.", "bounce", sender="mailer-daemon@floreriajacarandas.example", dsn=("a.ibarra@floreriajacarandas.example", "5.1.1"), subject="Mensaje no entregado", fam=["dsn-spanish", "user-unknown"]),
    R("B6043", at(6, 4, "13:50", CDT_MX), "¿Nos pueden dar precio con descuento por pronto pago para el siguiente pedido?", "other", human=["discount question"], fam=["discount"]),
]
