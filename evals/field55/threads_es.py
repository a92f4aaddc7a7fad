"""field55 Spanish replies (ES/CO/CL/PE): Hogueras de San Juan, Colombia's Monday holidays, Inti Raymi, first-half close."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field55.kit import AUTO, CEST, CL, CO, PE, at

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS: list[Payment] = [
    Payment("BK55-0041", "F5541", "2028-06-19", "7920.00", "EUR", "TRANSF PIROTECNIA FOGUERES DEL MEDITERRANEO"),
    Payment("BK55-0042", "F5542", "2028-06-13", "3560.00", "USD", "ORQUIDEAS DEL ORIENTE FACT 55043"),
    Payment("BK55-0043", "F5544", "2028-06-26", "2850.00", "USD", "TRANSF 00482219 PISCO HUACACHINA"),
]

REPLIES: list[Reply] = [
    Reply("F5541", at(12, "10:30", CEST), "Buenos días:\n\nEstamos montando las Hogueras. Pagamos después, el lunes 26.\n\nSaludos\nJordi", P,
          date="2028-06-26", fam=["san-juan", "weekday-ordinal"]),
    Reply("F5541", at(1, "13:00", CEST), "El pago se hará el día 15.", P, date="2028-06-15", fam=["day-alone"]),
    Reply("F5541", at(21, "18:20", CEST), "Nos pedís el día 23, pero estamos en plena plantà y no hay nadie en la oficina. Lo pagamos el 28.", P,
          date="2028-06-28", fam=["date-rejected", "san-juan"]),
    Reply("F5542", at(16, "11:00", CO), "El lunes es festivo (Corpus Christi), entonces pagamos el martes.", P,
          date="2028-06-20", fam=["corpus-christi", "colombia-monday-holiday"]),
    Reply("F5542", at(7, "09:15", CO), "Realizaremos el pago dentro de 5 días hábiles.", P, date="2028-06-14", fam=["working-days"]),
    Reply("F5543", at(8, "12:00", CL), "Estimados:\n\nPor indicación de nuestro abogado, el pago se realizará el 30 de junio, al cierre del primer semestre.\n\nAtte.\nRodrigo Cortés", P,
          date="2028-06-30", fam=["half-year", "legal-account"]),
    Reply("F5544", at(19, "16:40", PE), "Pagamos a fin de mes.", P, date="2028-06-30", fam=["end-of-month", "terse"]),
    Reply("F5544", at(2, "10:10", PE), "Le pagamos los USD 610 el martes y lo demás cuando nos abonen las exportaciones a Chile.", P,
          date="2028-06-06", amount="610.00", human=["conditional"], fam=["partial", "condition-hidden"]),
    Reply("F5541", at(6, "12:45", CEST), "La transferencia se hará la semana que viene, una vez cerrada la auditoría.", P,
          date="2028-06-16", human=["conditional"], fam=["condition-hidden", "week-next"]),
    Reply("F5542", at(26, "10:00", CO), "Se paga en la primera quincena de julio.", P,
          date="2028-07-15", fam=["first-half-of-month"]),
    Reply("F5543", at(22, "15:30", CL), "Pago el próximo viernes.", P, date="2028-06-30", fam=["next-weekday"]),
    Reply("F5544", at(13, "19:00", PE), "Mañana sin falta.", P, date="2028-06-14", fam=["terse", "tomorrow"]),
    Reply("F5541", at(27, "09:40", CEST), "Pagaremos antes del verano, no os preocupéis.", P,
          human=["undated"], fam=["vague-date"]),
    Reply("F5542", at(20, "14:00", CO), "Pagaremos el 3/7 sin falta.", P, date="2028-07-03", fam=["numeric-dm"]),
    Reply("F5544", at(23, "12:20", PE), "El 24 es Inti Raymi aquí en la sierra y el 29 es feriado de San Pedro y San Pablo. Pagamos el viernes 30.", P,
          date="2028-06-30", fam=["holiday-context", "weekday-ordinal"]),
    # already paid
    Reply("F5541", at(19, "17:00", CEST), "Hecho. Transferencia emitida hoy.", PAID, fam=["terse", "paid-today"], note="matches BK55-0041"),
    Reply("F5542", at(13, "08:30", CO), "Ya se pagó la 55043 ayer. La otra la pagamos con el próximo corte.", PAID,
          inv=["INV-2027-55043", "INV-2027-55044"], sec=[P], human=["undated"], fam=["paid-yesterday", "loose-number", "paid-plus-promise"],
          note="the payment claim is for 55043 alone and matches BK55-0042 (3,560.00); 'la otra' (55044) is promised for an undated next cut-off"),
    Reply("F5544", at(26, "11:00", PE), "Les copio la constancia:\n\nOperación realizada con éxito\nNro. de operación: 00482219\nMonto: USD 2,850.00\nFecha: 26/06/2028\nBeneficiario: NORTHWIND SUPPLIES GMBH", PAID,
          ref="00482219", fam=["pasted-confirmation"], note="matches BK55-0043 by reference"),
    Reply("F5543", at(15, "10:00", CL), "Esa factura se pagó el 9 de junio.", PAID, human=["no matching payment in world.json"], fam=["paid-date"]),
    # disputes
    Reply("F5541", at(9, "13:00", CEST), "El precio de la pólvora en la factura INV-2027-55041 no coincide con la oferta. Hay un 12 % de diferencia.", DISPUTE,
          inv=["INV-2027-55041"], fam=["price"]),
    Reply("F5542", at(28, "09:00", CO), "Buenos días, con todo respeto les informamos que las cajas de transporte llegaron aplastadas y perdimos parte de las orquídeas. Les agradeceríamos una nota crédito antes de pagar.", DISPUTE,
          fam=["polite", "damaged", "credit-note-first"]),
    Reply("F5543", at(1, "17:00", CL), "Señores:\n\nEn representación de Tours Astronómicos Licancabur SpA, impugnamos la factura INV-2027-55045 por incumplimiento del contrato de suministro. Toda comunicación debe dirigirse a este estudio.\n\nEstudio Jurídico Araya & Soto", DISPUTE,
          inv=["INV-2027-55045"], sender="contacto@arayasoto.example", fam=["lawyer"]),
    # resend
    Reply("F5541", at(14, "10:20", CEST), "¿Nos podéis reenviar las facturas en formato Facturae (XML firmado)? El PDF no nos vale para el SII.", RESEND,
          fam=["format-request"]),
    Reply("F5542", at(9, "08:00", CO), "No recibimos la factura 55044. ¿Nos la reenvían por favor?", RESEND, inv=["INV-2027-55044"], fam=["never-received", "loose-number"]),
    Reply("F5544", at(28, "15:00", PE), "Favor enviarnos el estado de cuenta al 30 de junio para el cierre semestral.", RESEND, inv=[], fam=["statement", "half-year"]),
    # PO / billing
    Reply("F5541", at(29, "11:00", CEST), "El CIF de la factura está mal, el nuestro es B03123456. Rogamos rectificación.", PO, fam=["tax-id"]),
    Reply("F5544", at(6, "09:30", PE), "Desde julio las facturas deben emitirse a nombre de Huacachina Spirits SAC, RUC 20601234567.", PO, inv=[], fam=["legal-entity"]),
    # plans
    Reply("F5542", at(1, "10:00", CO), "¿Podemos pagar en 3 cuotas? La primera el 15 de junio.", PLAN, date="2028-06-15", fam=["plan-dated"]),
    Reply("F5544", at(16, "12:00", PE), "¿Sería posible pagar en dos cuotas, la primera el viernes 30 y la segunda a fin de julio?", PLAN,
          date="2028-06-30", fam=["plan-dated"]),
    Reply("F5541", at(23, "13:00", CEST), "Solicitamos un aplazamiento hasta septiembre y fraccionar el pago en tres meses. Las Hogueras nos han dejado sin caja.", PLAN,
          fam=["plan-undated", "deferral"]),
    # out of office
    Reply("F5541", at(22, "08:00", CEST), "Fuera de la oficina hasta el 26 de junio por las Hogueras de Sant Joan.", OOO,
          headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Pirotecnia Fogueres del Mediterráneo SL", sender=1, fam=["ooo-holiday", "san-juan"]),
    Reply("F5542", at(12, "07:00", CO), "Estoy de vacaciones hasta el 15 de julio. Para temas urgentes escribir a contabilidad@orquideas-oriente.example.", OOO,
          headers=AUTO, sender=1, human=["return more than 14 days after the message"], fam=["ooo-long"]),
    Reply("F5544", at(20, "08:00", PE), "Respuesta automática: estaré fuera hasta el 27 de junio. El pago de sus facturas ya fue programado para el lunes 26.", OOO,
          sec=[P], date="2028-06-26", headers=AUTO, sender=1, fam=["ooo-with-answer"]),
    # bounces
    Reply("F5541", at(5, "09:06", CEST), "No se ha podido entregar el mensaje a: j.sempere@pirotecnia-fogueres.example. La dirección no existe.", BOUNCE,
          sender="postmaster@pirotecnia-fogueres.example", dsn=("j.sempere@pirotecnia-fogueres.example", "5.1.1"), fam=["dsn-es"]),
    Reply("F5542", at(27, "09:06", CO), "Mensaje no entregado: el buzón del destinatario está lleno y no admite más correo.", BOUNCE,
          sender="mailer-daemon@orquideas-oriente.example", dsn=("a.restrepo@orquideas-oriente.example", "5.2.2"), fam=["dsn-es"]),
    # wrong contact
    Reply("F5543", at(27, "10:00", CL), "Rodrigo ya no trabaja con nosotros. Escriba a finanzas@licancabur-tours.example.", WRONG,
          sender="recepcion@licancabur-tours.example", inv=[], fam=["left", "receptionist"]),
    Reply("F5542", at(22, "11:30", CO), "No soy la persona indicada, yo manejo el vivero. Escríbale a contabilidad@.", WRONG,
          sender="vivero@orquideas-oriente.example", inv=[], fam=["not-me"]),
    # other
    Reply("F5544", at(9, "09:00", PE), "Recibido, gracias.", OTHER, fam=["no-action", "ack", "terse"]),
    Reply("F5543", at(12, "13:00", CL), "¿Esta cobranza es legítima? No reconocemos el número de cuenta del PDF.", OTHER,
          human=["fraud check"], fam=["fraud-check"]),
]
