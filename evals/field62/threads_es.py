"""Spanish replies (field62): San Fermín suppliers in Pamplona, an awning maker in Valencia, a Guanajuato plant
nursery (credit hold) and Neuquén beekeepers on a legal account (Argentine winter holidays, 9 de Julio)."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AR, AUTO, CEST, MX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-050", "D6241", "2029-06-29", "710.00", "EUR", "TRANSF SUMINISTROS SANFERMINEROS IRUNA FRA 62412"),
    P("BK62-051", "D6242", "2029-07-18", "3645.00", "EUR", "TOLDOS Y LONAS RIBERA SL"),
    P("BK62-052", "D6243", "2029-07-11", "2000.00", "USD", "VIVEROS DEL BAJIO ABONO"),
]

REPLIES = [
    # --- Suministros Sanfermineros Iruña (Pamplona)
    R("D6241", at(6, 25, "10:00", CEST), "Buenos días:\n\nEstamos a tope con los pañuelos y fajas para San Fermín. La factura 62411 se paga el 16 de julio, cuando acaben las fiestas.\n\nUn saludo,\nIñaki Goñi", "promise_to_pay", date="2029-07-16", inv=["INV-2027-62411"], fam=["san-fermin", "day-month-words"]),
    R("D6241", at(6, 29, "13:20", CEST), "Hoy hemos transferido los 710 € de la 62412.", "already_paid", inv=["INV-2027-62412"], fam=["terse"]),
    R("D6241", at(7, 5, "19:45", CEST), "Mañana es el chupinazo y aquí no trabaja nadie hasta el 15. Les pagamos el lunes 16, sin falta.", "promise_to_pay", date="2029-07-16", fam=["san-fermin", "weekday-date"]),
    R("D6241", at(7, 6, "09:00", CEST), "¡Felices Sanfermines! La oficina permanece cerrada del 6 al 14 de julio. Atenderemos su correo a partir del lunes 16.", "out_of_office", headers=AUTO, sender=0, fam=["auto-reply", "san-fermin"]),
    R("D6241", at(6, 21, "12:30", CEST), "En la 62411 nos cobran 2.000 pañuelos rojos pero pedimos 1.500 y 500 fajas. Los precios no coinciden. Revisen, por favor.", "dispute", inv=["INV-2027-62411"], fam=["wrong-items"]),
    R("D6241", at(7, 17, "11:40", CEST), "¿Nos pueden reenviar la 62411 corregida? La que tenemos es la antigua.", "invoice_resend", inv=["INV-2027-62411"], fam=["resend-corrected"], sender=0),
    R("D6241", at(7, 19, "16:15", CEST), "¿Podemos pagar la 62411 en dos plazos, la mitad el 31 de julio y la otra mitad a finales de agosto?", "payment_plan_request", date="2029-07-31", inv=["INV-2027-62411"], fam=["plan-two-halves"]),
    R("D6241", at(7, 24, "10:30", CEST), "Yo ya no llevo la administración, ahora lo lleva mi hija. Escriban a administracion@sanfermineros-iruna.example.", "wrong_contact", fam=["handover"]),
    R("D6241", at(6, 27, "09:15", CEST), "Pagamos la semana que viene sin falta.", "promise_to_pay", date="2029-07-06", fam=["next-week"], sender=0),
    R("D6241", at(7, 16, "08:50", CEST), "Perdonen el retraso, con las fiestas se nos pasó. Les pagamos el jueves, palabra.", "promise_to_pay", date="2029-07-19", fam=["weekday", "apology"]),
    # --- Toldos y Lonas Ribera (Valencia)
    R("D6242", at(6, 26, "11:30", CEST), "Hola, la 62421 la pagamos el día 10. Saludos, Amparo", "promise_to_pay", date="2029-07-10", inv=["INV-2027-62421"], fam=["ordinal-alone"]),
    R("D6242", at(7, 18, "17:00", CEST), "Os confirmo que hoy hemos pagado las dos facturas, 3.645 euros en total.", "already_paid", fam=["total-both", "informal"]),
    R("D6242", at(7, 2, "09:10", CEST), "El toldo de la terraza del hotel llegó con la lona rasgada. No pagaremos la 62421 hasta que se reponga.", "dispute", inv=["INV-2027-62421"], fam=["damaged-goods", "withhold"]),
    R("D6242", at(7, 9, "15:35", CEST), "Por favor, indiquen en las facturas nuestro número de pedido TR-2029-077, sin él no podemos contabilizarlas.", "po_change", fam=["po-add"], sender=0),
    R("D6242", at(7, 11, "10:00", CEST), "Amparo está de vacaciones hasta el 6 de agosto. Para cualquier asunto urgente, contabilidad@toldosribera.example.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "long-absence"]),
    R("D6242", at(6, 22, "13:45", CEST), "Pagaremos a finales de la semana que viene.", "promise_to_pay", date="2029-06-29", fam=["end-of-next-week"], sender=0),
    R("D6242", at(7, 13, "12:20", CEST), "¿Es auténtico este correo? El IBAN no coincide con el de la última factura.", "other", human=["fraud check"], fam=["fraud-check", "iban-mismatch"]),
    R("D6242", at(7, 4, "14:00", CEST), "Recibido. Gracias.", "other", fam=["no-action", "acknowledgement"], sender=0),
    # --- Viveros del Bajío (Guanajuato, credit hold)
    R("D6243", at(6, 25, "09:40", MX), "Buenas tardes, el pago de la OC VB-OC-3318 se programó para el viernes 6 de julio.", "promise_to_pay", date="2029-07-06", fam=["weekday-date", "mexican"]),
    R("D6243", at(7, 11, "16:30", MX), "Les hicimos un abono de 2,000 dólares hoy, el resto el 31 de julio.", "already_paid", sec=["promise_to_pay"], date="2029-07-31", human=["amount differs from balance"], fam=["part-paid", "day-month-words"]),
    R("D6243", at(7, 2, "12:00", MX), "¿Podríamos liquidar el saldo en tres pagos quincenales a partir del 15 de julio? La temporada de lluvias frenó las ventas.", "payment_plan_request", date="2029-07-15", fam=["plan-fortnightly", "mexican"]),
    R("D6243", at(6, 28, "10:20", MX), "Favor de reenviar la factura con el CFDI timbrado, el PDF solo no nos sirve para deducir.", "invoice_resend", fam=["cfdi", "tax-document"], sender=0),
    R("D6243", at(7, 20, "11:15", MX), "Favor de facturar a nombre de Viveros del Bajío Agrícola SA de CV, RFC VBA990101AB1. Cambiamos de razón social.", "po_change", fam=["legal-entity-change", "rfc"]),
    # --- Cooperativa Apícola del Neuquén (AR, legal)
    R("D6244", at(6, 27, "10:45", AR), "Nuestro abogado les responderá. La miel en tambores llegó fuera de plazo y rechazamos la factura 62441.", "dispute", inv=["INV-2027-62441"], fam=["legal", "late-delivery"]),
    R("D6244", at(7, 6, "15:00", AR), "Estimados: con el feriado del 9 de Julio la tesorería recién abre el martes 10. Pagaremos ese día, previa aprobación del consejo.", "promise_to_pay", date="2029-07-10", human=["conditional"], fam=["9-de-julio", "approval"]),
    R("D6244", at(7, 16, "09:30", AR), "Martín Sepúlveda se encuentra de licencia por vacaciones de invierno hasta el 30 de julio.", "out_of_office", headers=AUTO, fam=["auto-reply", "winter-holidays", "legal"]),
    R("D6244", at(7, 23, "12:10", AR), "Dejen de escribir a este correo. El tema está con el estudio jurídico.", "other", human=["stop contact"], fam=["stop-emailing", "legal"], sender=0),
    # --- bounces in Spanish
    R("D6241", at(7, 9, "10:06", CEST), "No se pudo entregar el mensaje a los siguientes destinatarios:\n\ni.goni@sanfermineros-iruna.example\nEl buzón del destinatario está lleno.\n\nInformación de diagnóstico: 552 5.2.2 Mailbox full", "bounce", sender="postmaster@sanfermineros-iruna.example", gap_days=0, dsn=("i.goni@sanfermineros-iruna.example", "5.2.2"), subject="No se puede entregar: Recordatorio: facturas vencidas", fam=["dsn-exchange-es", "mailbox-full"]),
    R("D6243", at(7, 16, "08:10", MX), "Este es un mensaje automático del servidor de correo.\nSu mensaje no pudo ser entregado a: r.olvera@viverosbajio.example\nMotivo: 550 5.1.1 La cuenta de correo no existe.", "bounce", sender="MAILER-DAEMON@correo.viverosbajio.example", gap_days=0, dsn=("r.olvera@viverosbajio.example", "5.1.1"), subject="Mensaje no entregado", fam=["dsn-es", "credit-hold"]),
    R("D6242", at(7, 25, "10:12", CEST), "Notificación del estado de la entrega (error)\n\nHubo un problema al entregar tu mensaje a a.ferrer@toldosribera.example. No se ha encontrado la dirección.\n\n550 5.1.1 User unknown", "bounce", sender="mailer-daemon@googlemail.example", gap_days=0, dsn=("a.ferrer@toldosribera.example", "5.1.1"), subject="Delivery Status Notification (Failure)", fam=["dsn-gmail-es"]),
    # --- more
    R("D6242", at(7, 23, "09:30", CEST), "Una vez repuesta la lona, pagamos en 7 días.", "promise_to_pay", human=["conditional"], fam=["condition-no-date"]),
    R("D6243", at(7, 25, "13:40", MX), "El resto, 5,340 dólares, lo depositamos el próximo viernes.", "promise_to_pay", date="2029-08-03", amount="5340.00", partial=False, fam=["next-weekday", "remaining-balance"]),
    R("D6244", at(7, 24, "17:20", AR), "Por instrucción de la cooperativa, ofrecemos pagar USD 3.000 el 15 de agosto como cancelación total.", "promise_to_pay", date="2029-08-15", amount="3000.00", human=["conditional"], sender="estudio@gomezpaz-abogados.example", fam=["settlement-offer", "legal"]),
    R("D6241", at(7, 20, "12:05", CEST), "Pago el 62411 a primeros de agosto, cuando cobremos de los ayuntamientos.", "promise_to_pay", date="2029-08-01", human=["conditional"], inv=["INV-2027-62411"], fam=["beginning-of-next-month", "condition"]),
    R("D6242", at(6, 28, "16:40", CEST), "Transferencia de la 62422 el viernes.", "promise_to_pay", date="2029-06-29", inv=["INV-2027-62422"], fam=["weekday", "terse"]),
    R("D6243", at(7, 6, "10:30", MX), "Contadora Olvera ya no labora aquí. Favor de dirigirse a cxp@viverosbajio.example.", "wrong_contact", fam=["left-company", "mexican"]),
    R("D6241", at(7, 10, "12:00", CEST), "¿Tienen ustedes el certificado de residencia fiscal? Lo necesitamos para no retener.", "other", human=["tax form"], fam=["tax-form"], sender=0),
    R("D6242", at(7, 26, "19:10", CEST), "Por cierto, la 62422 la pagamos mañana.", "promise_to_pay", date="2029-07-27", inv=["INV-2027-62422"], fam=["tomorrow"]),
    R("D6243", at(6, 22, "14:05", MX), "El pago quedará para fin de mes, en la corrida de pagos.", "promise_to_pay", date="2029-06-30", fam=["end-of-month", "payment-run"]),
]
