"""field64 Spanish replies: Valencian fiesta fireworks, a Jerez bodega at the vendimia, Monterrey school supplies on hold, Medellín silleteros."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field.build import Reply as R
from evals.field64.kit import AUTO, CET, CO, MX, at, inv

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS = [
    Payment("BK64-024", "J6441", "2029-08-03", "7320.00", "EUR", "TRANSF PIROTECNIA LLORENS 64411"),
    Payment("BK64-025", "J6442", "2029-08-30", "5260.00", "EUR", "VDM-0830"),
    Payment("BK64-026", "J6444", "2029-08-09", "3450.00", "USD", "SILLETAS SANTA ELENA"),
    Payment("BK64-027", "J6443", "2029-08-22", "6000.00", "USD", "SPEI 4471A UTILES NORTE"),
]

REPLIES = [
    R("J6441", at(7, 23, "11:00", CET), "Buenos días:\n\nEstamos a tope con los castillos de las fiestas de agosto. La factura 64411 la pagamos el viernes.\n\nUn saludo,\nVicent Llorens", P,
      date="2029-07-27", inv=inv("64411"), fam=["weekday"]),
    R("J6441", at(8, 14, "13:30", CET), "Mañana es la Virgen de Agosto y estamos disparando en tres pueblos. Pagamos el jueves sin falta.", P, date="2029-08-16",
      fam=["holiday", "weekday"]),
    R("J6441", at(8, 27, "10:10", CET), "Les adelantamos 3.000 € el 31 y el resto a mediados de septiembre.", P, date="2029-08-31", amount="3000.00",
      fam=["partial", "ordinal"]),
    R("J6441", at(9, 4, "09:00", CET), "Pago el 12/09, no, perdón, el 13/09: el 12 cierra el banco del pueblo por las fiestas patronales.", P, date="2029-09-13",
      sender=0, fam=["correction", "numeric-date"]),
    R("J6442", at(7, 31, "18:40", CET), "La vendimia empieza el lunes y no habrá nadie en la oficina. Dejamos la transferencia programada para el 10 de agosto.", P,
      date="2029-08-10", fam=["distractor-date", "explicit-date"]),
    R("J6442", at(8, 22, "08:30", CET), "Le confirmamos que la factura se abonará a final de mes.", P, date="2029-08-31", sender=0, fam=["month-end"]),
    R("J6442", at(9, 6, "12:00", CET), "Buenas, pagaremos la próxima semana, cuando entre la uva en bodega.", P, date="2029-09-14", fam=["next-week"]),
    R("J6443", at(7, 25, "09:15", MX), "Buen día. Estamos en temporada de regreso a clases, pagaremos el lunes 6 de agosto.", P, date="2029-08-06",
      fam=["weekday-ordinal"]),
    R("J6443", at(8, 16, "17:45", MX), "Le comento que el pago de USD 6,000 sale mañana por SPEI y el resto la próxima quincena.", P, date="2029-08-17", amount="6000.00",
      fam=["partial", "relative"]),
    R("J6443", at(8, 29, "10:00", MX), "El comité de pagos sesiona el 4/9 y el pago se libera el 7/9.", P, date="2029-09-07", sender=0,
      fam=["meeting-before-payment", "numeric-date"]),
    R("J6444", at(7, 27, "08:20", CO), "Buenos días, la Feria de las Flores es la primera semana de agosto. Les pagamos apenas termine el desfile de silleteros, el lunes 13 de agosto.", P,
      date="2029-08-13", fam=["distractor-date", "weekday-ordinal"]),
    R("J6444", at(8, 1, "15:00", CO), "Pagamos la 64442 dentro de 10 días.", P, date="2029-08-11", inv=inv("64442"), sender=0, fam=["relative", "terse"]),
    R("J6444", at(8, 21, "11:30", CO), "Con gusto les informamos que el pago se realizará el próximo viernes.", P, date="2029-08-31", fam=["next-weekday"],
      note="el próximo viernes written Tue 21 Aug: Friday of next calendar week"),
    R("J6441", at(8, 3, "20:00", CET), "Pagaremos cuando el ayuntamiento nos pague los fuegos de las fiestas.", P, human=["conditional", "undated"],
      fam=["conditional", "undated"]),
    R("J6442", at(8, 2, "10:00", CET), "Reenvío para su información.\n\n---------- Mensaje reenviado ---------\nDe: Rocío Domínguez\nPara: Contabilidad\n\nPor favor, pagad a Northwind el miércoles 8, factura 64421.", P,
      date="2029-08-08", inv=inv("64421"), sender=0, fam=["forward", "weekday-ordinal"]),
    R("J6443", at(8, 3, "12:00", MX), "Otra vez el recordatorio... sí, ya sabemos. Se paga el 15. Y por favor quiten el bloqueo de crédito, que nos urge el material.", P,
      date="2029-08-15", fam=["sarcasm", "ordinal"]),
    R("J6441", at(7, 26, "16:00", CET), "Abonaremos ambas facturas dentro de 15 días.", P, date="2029-08-10", sender=0, fam=["relative"]),
    R("J6444", at(9, 3, "09:00", CO), "Buenas tardes, el pago total se hará el 28 de septiembre, cuando cobremos la exportación.", P, date="2029-09-28",
      fam=["explicit-date", "reason"]),
    # already paid
    R("J6441", at(8, 6, "09:30", CET), "La 64411 se pagó el viernes pasado por transferencia.", PAID, inv=inv("64411"), fam=["amount-match", "relative"]),
    R("J6442", at(9, 3, "11:00", CET), "Transferencia realizada el 30/08, referencia VDM-0830.", PAID, ref="VDM-0830", sender=0, fam=["reference", "numeric-date"]),
    R("J6444", at(8, 13, "10:00", CO), "Ya pagamos todo el jueves, adjunto el comprobante.", PAID,
      attachments=[("comprobante.pdf", "application/pdf", "Bancolombia - Comprobante de transferencia internacional\nFecha: 2029-08-09\nValor: USD 3,450.00\nBeneficiario: Northwind Supplies GmbH")],
      fam=["attachment", "amount-match"]),
    R("J6443", at(8, 24, "10:30", MX), "Ya se pagaron USD 6,000 el 22/08, clave de rastreo SPEI 4471A.", PAID, ref="4471A", human=["amount differs from the open balance"],
      fam=["spei", "short-payment"]),
    # disputes
    R("J6441", at(8, 9, "12:40", CET), "En la 64412 nos cobran 200 carcasas que nunca llegaron. No pagaremos hasta recibir el abono.", DISPUTE, inv=inv("64412"),
      fam=["short-delivery"]),
    R("J6442", at(8, 20, "09:20", CET), "El precio de las cajas en la factura no corresponde al presupuesto aceptado. Les ruego emitan factura rectificativa.", DISPUTE,
      fam=["price"]),
    R("J6443", at(8, 8, "11:10", MX), "La factura 64431 trae 500 mochilas de más. Nosotros pedimos 1,500 y recibimos 1,500; facturaron 2,000.", DISPUTE, inv=inv("64431"),
      fam=["quantity"]),
    # resends
    R("J6442", at(7, 26, "10:00", CET), "¿Me pueden reenviar la factura? No la encuentro en el correo.", RESEND, fam=["copy"]),
    R("J6444", at(8, 28, "14:00", CO), "Por favor envíennos un estado de cuenta actualizado.", RESEND, sender=0, fam=["statement"]),
    R("J6441", at(8, 21, "09:00", CET), "no nos ha llegado la 64412, la podéis mandar otra vez?", RESEND, inv=inv("64412"), fam=["never-received", "lowercase"]),
    # PO and billing changes
    R("J6443", at(7, 30, "13:00", MX), "Para poder pagar necesitamos CFDI 4.0 con nuestro RFC UEN920314KT5 y la razón social correcta. Favor de reemitir la factura.", PO,
      sender=0, fam=["cfdi", "tax-id"]),
    R("J6442", at(8, 13, "10:40", CET), "Les informamos de que la bodega ha sido adquirida por Grupo Jerez Vinícola SA. A partir de ahora facturen a nombre de la nueva sociedad, CIF A11456789.", PO,
      fam=["acquisition", "legal-entity"]),
    R("J6444", at(8, 6, "08:00", CO), "Favor incluir el número de orden de compra SSE-OC-118 en la factura 64441 y reenviarla.", PO, inv=inv("64441"), fam=["po-number"]),
    # plans
    R("J6441", at(8, 30, "11:30", CET), "¿Podríamos pagar en tres plazos de 2.833,33 €, el primero el 15 de septiembre?", PLAN, date="2029-09-15", amount="2833.33",
      fam=["first-instalment"]),
    R("J6443", at(8, 10, "09:00", MX), "Solicitamos un plan de pagos a 4 meses para la factura 64431.", PLAN, inv=inv("64431"), fam=["undated"]),
    R("J6444", at(8, 17, "16:00", CO), "¿Es posible pagar la mitad ya y la otra mitad en octubre?", PLAN, date="2029-08-17", fam=["half-now"]),
    # absences
    R("J6441", at(8, 1, "09:06", CET), "Estaré de vacaciones hasta el 27 de agosto. Para urgencias, contacte con administracion@pirotecnia-llorens.example.", OOO,
      headers=AUTO, human=["absence longer than 14 days"], fam=["auto-reply", "long-absence"]),
    R("J6442", at(8, 10, "09:06", CET), "Fuera de la oficina hasta el 20 de agosto.", OOO, sender=0, headers=AUTO, fam=["auto-reply"]),
    R("J6443", at(7, 23, "09:06", MX), "Estoy fuera de la oficina hasta el 30 de julio con acceso limitado al correo.", OOO, headers=AUTO, fam=["auto-reply"]),
    # bounces
    R("J6442", at(7, 24, "09:06", CET), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nr.dominguez@vendimiadelmarco.example\n\n550 5.1.1 El usuario no existe", BOUNCE,
      sender="postmaster@vendimiadelmarco.example", dsn=("r.dominguez@vendimiadelmarco.example", "5.1.1"), quote="none",
      subject="No se puede entregar: Recordatorio: facturas vencidas", fam=["dsn"]),
    R("J6444", at(8, 24, "09:07", CO), "Error de entrega permanente.\n\nm.atehortua@silletas-santaelena.example: buzón lleno (552 5.2.2)", BOUNCE,
      sender="MAILER-DAEMON@silletas-santaelena.example", dsn=("m.atehortua@silletas-santaelena.example", "5.2.2"), quote="none",
      subject="Mensaje no entregado", fam=["dsn"]),
    # wrong contact
    R("J6442", at(8, 28, "12:00", CET), "Soy la enóloga, no llevo los pagos. Escriban a contabilidad@vendimiadelmarco.example.", WRONG, fam=["not-my-job"]),
    R("J6443", at(8, 20, "10:00", MX), "El Lic. Garza ya no labora en la empresa. Favor de dirigirse a la C.P. Lorena Salinas, lsalinas@utilesdelnorte.example.", WRONG,
      sender=0, fam=["left-company", "new-contact"]),
    # other
    R("J6441", at(8, 2, "10:00", CET), "Recibido, gracias.", OTHER, sender=0, fam=["no-action", "acknowledgement"]),
    R("J6442", at(8, 16, "13:00", CET), "Necesitamos su certificado de residencia fiscal en Alemania para no aplicar retención.", OTHER, human=["tax form"],
      fam=["tax-form"]),
    R("J6444", at(8, 24, "15:00", CO), "¿Este correo es legítimo? Nos llegó otro mensaje con una cuenta bancaria distinta a nombre de ustedes.", OTHER,
      human=["fraud check"], fam=["fraud-check"]),
]
