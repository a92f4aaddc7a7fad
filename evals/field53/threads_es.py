"""field53 Spanish replies: a Cusco alpaca weaver, a Seville flamenca-dress workshop in Feria week (credit hold) and an
Ecuadorian rose grower before Mother's Day (strategic).

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field53.kit import AUTO, CEST, EC, PE, at

PAYMENTS = [
    Payment("BK53-018", "G5341", "2028-04-27", "780.00", "USD", "QORICANCHA FACT 99042"),
    Payment("BK53-019", "G5342", "2028-05-02", "2000.00", "EUR", "TRIANERA A CUENTA"),
    Payment("BK53-020", "G5343", "2028-05-03", "2150.00", "USD", "RC PAGO 99045"),
]

_CADENA = """Les reenvío la respuesta de nuestro gerente, que es la que vale.

Saludos,
Cuentas por pagar

-----Mensaje original-----
De: Diego Salazar
Enviado el: martes, 2 de mayo de 2028 18:40
Para: Cuentas por pagar
Asunto: RE: Northwind

No paguen nada a Northwind esta semana. Lo del 99044 se paga el jueves 11, cuando entre lo de las exportaciones del Día de la Madre a Miami.

-----Mensaje original-----
De: Cuentas por pagar
Enviado el: martes, 2 de mayo de 2028 09:15
Para: Diego Salazar
Asunto: Northwind

Ing. Salazar, Northwind vuelve a reclamar. ¿Programamos para el viernes?"""

REPLIES = [
    # --- G5341 Tejidos de Alpaca Qoricancha (Cusco) ---
    Reply("G5341", at(26, "09:20", PE), "Buenos días, la señora Rosa está en la feria artesanal de Pisac hasta el domingo. Me pidió avisarles que el pago sale el martes 2 de mayo. Atte. Yeni, recepción",
          "promise_to_pay", "2028-05-02", sender="recepcion@qoricanchaalpaca.example", fam=["receptionist", "colleague-for-someone"]),
    Reply("G5341", at(27, "11:10", PE), "Ya pagamos la 99042 hoy, ref QORICANCHA FACT 99042. Saludos.",
          "already_paid", ref="QORICANCHA FACT 99042", inv=["99042"], sender=1, fam=["already-paid"], note="BK53-018 matches"),
    Reply("G5341", at(27, "16:45", PE), "La lana de la 99041 llegó con polilla en dos fardos. No vamos a pagar esos fardos. Les mando fotos.",
          "dispute", inv=["99041"], sender=1, fam=["quality"]),
    Reply("G5341", at(28, "10:30", PE), "Pago el 15/05 sin falta.",
          "promise_to_pay", "2028-05-15", sender=1, fam=["terse", "locale-numeric"]),
    Reply("G5341", at(31, "08:50", PE), "Gracias por su mensaje. Hoy 1 de mayo es feriado, respondemos mañana martes.",
          "out_of_office", sender=0, headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", fam=["holiday"]),
    Reply("G5341", at(32, "12:05", PE), "¿Nos pueden reenviar la factura 99041? Sunat nos pide el original para el crédito fiscal.",
          "invoice_resend", inv=["99041"], sender=1, fam=["tax-authority"]),
    Reply("G5341", at(33, "15:40", PE), "Le pago 2.500 dólares el viernes y lo demás a fin de mes.",
          "promise_to_pay", "2028-05-05", "2500.00", inv=["99041"], sender=1, fam=["partial", "weekday", "two-dates"]),
    Reply("G5341", at(34, "09:30", PE), "Pago reprogramado: era el 5, ahora será el 12 de mayo, el banco nos retuvo la transferencia.",
          "promise_to_pay", "2028-05-12", sender=1, fam=["moved-date"]),
    Reply("G5341", at(30, "20:00", PE), "Allinllachu! Ya, pagamos pasado mañana nomás.",
          "promise_to_pay", "2028-05-02", sender=1, fam=["quechua-greeting", "pasado-manana", "whatsapp"]),
    Reply("G5341", at(29, "10:15", PE), "Ya no trabajo en contabilidad, escriba a contabilidad@qoricanchaalpaca.example por favor.",
          "wrong_contact", sender=1, fam=["left"]),
    Reply("G5341", at(26, "18:25", PE), "Recibido, gracias.",
          "other", sender=0, fam=["no-action", "terse"]),
    Reply("G5341", at(34, "17:20", PE), "Pagaremos en 15 días.",
          "promise_to_pay", "2028-05-19", sender=1, fam=["relative-span"], note="\"en 15 días\" = +15 (field52's reading)"),

    # --- G5342 Taller de Trajes de Flamenca La Trianera (Sevilla, credit hold) ---
    Reply("G5342", at(26, "10:40", CEST), "Miarma, estamos en plena Feria, esto no se mira hasta después. El pago, el lunes 8. Macarena",
          "promise_to_pay", "2028-05-08", sender=1, fam=["andalusian", "feria", "weekday-and-day"]),
    Reply("G5342", at(27, "13:15", CEST), "Necesitamos que nos levanten el bloqueo. Tenemos 40 trajes para el Rocío y sin los volantes no podemos.",
          "other", human=["asks to lift the hold"], sender=1, fam=["credit-hold"]),
    Reply("G5342", at(28, "09:45", CEST), "Los 300 metros de lunares de la 99043 vinieron con el estampado corrido. No pagamos esa partida hasta que nos manden un abono.",
          "dispute", inv=["99043"], sender=1, fam=["quality"]),
    Reply("G5342", at(32, "11:50", CEST), "Hemos hecho una transferencia de 2.000 € a cuenta, ref TRIANERA A CUENTA. El resto cuando acabe la Feria.",
          "already_paid", ref="TRIANERA A CUENTA", sender=1, human=["partial"], fam=["partial", "feria"], note="BK53-019 matches by reference; short of 6,940"),
    Reply("G5342", at(32, "17:30", CEST), "¿Podemos pagar el resto en tres plazos de 1.646,67 € los días 30 de mayo, junio y julio?",
          "payment_plan_request", "2028-05-30", "1646.67", sender=1, fam=["plan"]),
    Reply("G5342", at(33, "10:00", CEST), "Estoy fuera de la oficina por la Feria hasta el 8 de mayo. Para urgencias: administracion@latrianera.example",
          "out_of_office", sender=1, headers=AUTO, subject="Fuera de la oficina", fam=["feria"]),
    Reply("G5342", at(34, "12:40", CEST), "Pagamos 4.940 € el día 15, con eso queda saldado.",
          "promise_to_pay", "2028-05-15", "4940.00", partial=False, sender=1, fam=["ordinal", "balance"]),
    Reply("G5342", at(29, "16:20", CEST), "No se ha podido entregar el mensaje a administracion@latrianera.example. Buzón lleno.",
          "bounce", sender="postmaster@latrianera.example", dsn=("administracion@latrianera.example", "4.2.2"), quote="none", subject="No se puede entregar: Recordatorio: facturas vencidas", fam=["mailbox-full"]),
    Reply("G5342", at(30, "13:10", CEST), "Mañana es festivo. El martes sin falta.",
          "promise_to_pay", "2028-05-02", sender=1, fam=["terse", "holiday", "weekday"]),
    Reply("G5342", at(34, "18:55", CEST), "Por favor, a partir de ahora facturen a nombre de La Trianera Moda Flamenca SL, CIF B-91234567. Hemos cambiado de sociedad.",
          "po_change", sender=1, fam=["company-name", "tax-number"]),

    # --- G5343 Rosas del Cotopaxi (Ecuador, strategic) ---
    Reply("G5343", at(26, "07:55", EC), "Estimados, la factura 99044 está aprobada y se incluirá en la corrida de pagos del 5 de mayo. Atentamente, Cuentas por pagar",
          "promise_to_pay", "2028-05-05", inv=["99044"], sender=0, fam=["payment-run"]),
    Reply("G5343", at(27, "12:20", EC), "El ingeniero Salazar está en la finca de Lasso por la temporada del Día de la Madre. Le respondo yo, su asistente: él dice que pagan en cuanto cobren a los importadores de Miami, a mediados de mayo.",
          "promise_to_pay", "2028-05-15", human=["conditional"], sender="asistente.gerencia@rosascotopaxi.example", fam=["assistant", "mid-month", "conditional"]),
    Reply("G5343", at(28, "10:05", EC), "Las cajas de cartón de la 99044 llegaron mojadas, 1.200 unidades inservibles. Reclamamos nota de crédito.",
          "dispute", inv=["99044"], sender=1, fam=["damaged-goods"]),
    Reply("G5343", at(31, "09:30", EC), "Por favor corrijan la orden de compra en la factura 99045, debe ser RC-OC-3412, no la que figura.",
          "po_change", inv=["99045"], sender=0, fam=["po-number"]),
    Reply("G5343", at(33, "08:25", EC), "Transferencia hecha hoy por 2.150 USD, ref RC PAGO 99045.",
          "already_paid", ref="RC PAGO 99045", inv=["99045"], sender=0, fam=["already-paid"], note="BK53-020 matches"),
    Reply("G5343", at(33, "18:10", EC), _CADENA,
          "promise_to_pay", "2028-05-11", inv=["99044"], quote="none", sender=0, fam=["forwarded-chain", "buried-answer"],
          note="the manager's forwarded word is the answer: Thursday 11 May"),
    Reply("G5343", at(34, "11:35", EC), "Diego Salazar ya no trabaja con nosotros. Escriba a pagos@rosascotopaxi.example.",
          "wrong_contact", sender=0, fam=["left"]),
    Reply("G5343", at(29, "09:05", EC), "Su mensaje para d.salazar@rosascotopaxi.example no se pudo entregar: 550 usuario desconocido.",
          "bounce", sender="mailer-daemon@rosascotopaxi.example", dsn=("d.salazar@rosascotopaxi.example", "5.1.1"), quote="none", subject="Mensaje no entregado", fam=["unknown-user"]),
    Reply("G5343", at(30, "19:45", EC), "Estaré fuera hasta el 22 de mayo. Sin acceso al correo.",
          "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática", human=["back more than 14 days out"], fam=["long-absence"]),
    Reply("G5343", at(32, "14:50", EC), "Necesitamos el estado de cuenta al 30 de abril para la auditoría externa.",
          "invoice_resend", inv=[], sender=1, fam=["statement"]),
    Reply("G5343", at(26, "16:30", EC), "Pagamos el 99044 la primera semana de mayo. Saludos.",
          "promise_to_pay", "2028-05-05", inv=["99044"], sender=1, fam=["first-week"], note="first week of May (1–7): its Friday, field52's reading"),
    Reply("G5343", at(34, "15:10", EC), "¿Podemos pagar el 99044 en dos cuotas, el 50 % el 20 de mayo y el resto el 20 de junio?",
          "payment_plan_request", "2028-05-20", inv=["99044"], sender=1, fam=["plan", "percent"],
          note="a share (50 %) is not a written amount: promise_amount left empty"),
    Reply("G5342", at(31, "19:00", CEST), "Ojú, qué pesados. Que sí, que el 12 pagamos, no se preocupen.",
          "promise_to_pay", "2028-05-12", sender=1, fam=["sarcasm", "andalusian", "ordinal"]),
    Reply("G5341", at(33, "19:30", PE), "¿Aceptan pago con tarjeta? Nos sale más barato que la transferencia internacional.",
          "other", human=["payment-method question"], sender=1, fam=["payment-method"]),
]
