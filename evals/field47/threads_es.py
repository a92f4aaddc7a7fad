"""Spanish replies (field47): a Seville bowling group in Holy Week, a Chilean salmon hatchery (strategic) and a
Guadalajara locksmith on credit hold."""

from evals.field.build import Payment, Reply
from evals.field47.kit import AUTO, CL, MX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK47-020", "R4741", "2027-03-23", "4950.00", "EUR", "BOLERAS DEL GUADALQUIVIR SL BOLERAS MARZO"),
    P("BK47-021", "R4742", "2027-03-25", "2870.00", "USD", "PISCICULTURA RIO PUELO SPA"),
]

REPLIES = [
    # --- Boleras del Guadalquivir (Sevilla)
    R("R4741", at(25, "12:00", "EU"), "Buenos días,\ncon el Jueves Santo hoy y el Viernes Santo mañana estamos bajo mínimos. Le hago la transferencia el martes 30.\nUn saludo,\nRocío", "promise_to_pay", date="2027-03-30", fam=["weekday-date", "semana-santa"]),
    R("R4741", at(30, "10:15", "EU"), "Pago previsto el 5/4.", "promise_to_pay", date="2027-04-05", sender=0, fam=["numeric-day-first", "terse"]),
    R("R4741", at(31, "13:40", "EU"), "Le pagamos la de 690 € mañana y la grande después de la Feria, el lunes 26 de abril.", "promise_to_pay", date="2027-04-01", amount="690.00", partial=False, fam=["two-dates", "feria-distractor"]),
    R("R4741", at(29, "17:00", "EU"), "Hola, se paga esta semana sin falta.", "promise_to_pay", date="2027-04-02", fam=["this-week"]),
    R("R4741", at(26, "20:10", "EU"), "Perdona, el pago se retrasa: lo teníamos para el 31 pero el banco nos ha pasado el cargo al 7 de abril.", "promise_to_pay", date="2027-04-07", fam=["moved-date", "good-friday"]),
    R("R4741", at(30, "19:00", "EU"), "Buenas tardes,\n\nSomos la gestoría de Boleras del Guadalquivir. Les confirmamos que el pago se efectuará el próximo jueves.\n\nGestoría Ruiz Alcalá", "promise_to_pay", date="2027-04-08", sender="administracion@gestoriaruizalcala.example", fam=["next-weekday", "outside-bookkeeper", "unknown-sender"]),
    R("R4741", at(27, "10:30", "EU"), "Buenos días, se paga en quince días.", "promise_to_pay", date="2027-04-11", fam=["fifteen-days"]),
    R("R4741", at(31, "08:20", "EU"), "Pago a final de mes.", "promise_to_pay", date="2027-03-31", sender=0, fam=["end-of-month", "terse"]),
    # --- Piscicultura Río Puelo (Chile, strategic)
    R("R4742", at(25, "11:30", CL), "Estimados:\n\nLes informo que la factura 947421 quedó programada para pago el 09-04-2027, en la nómina de proveedores de abril. La 947422 está pendiente de recepción conforme en bodega.\n\nSaludos cordiales,\nClaudio Vergara\nGerente de Finanzas", "promise_to_pay", date="2027-04-09", inv=["947421", "947422"], human=["other invoice on hold"], fam=["dashed-date", "hold-on-other"]),
    R("R4742", at(29, "15:20", CL), "Junto con saludar, informamos que las facturas serán pagadas la otra semana, el miércoles.", "promise_to_pay", date="2027-04-07", sender=0, fam=["la-otra-semana", "chilean"]),
    R("R4742", at(31, "10:40", CL), "Se pagará el 30 de abril, después del cierre del primer trimestre.", "promise_to_pay", date="2027-04-30", fam=["quarter-close", "day-month"]),
    R("R4742", at(30, "18:20", CL), "Estimado,\n\nConfirmamos pago de USD 24.170,00 para el día jueves 1 de abril.\n\nAtte.\nClaudio Vergara", "promise_to_pay", date="2027-04-01", amount="24170.00", partial=False, html=True, fam=["outlook-html", "full-amount", "weekday-date"]),
    # --- Cerrajería y Seguridad Tapatía (Guadalajara, credit hold)
    R("R4743", at(25, "10:00", MX), "Buen día, les comento que por el periodo vacacional de Semana Santa el pago se hará hasta el lunes 5 de abril.", "promise_to_pay", date="2027-04-05", fam=["hasta-mexican", "semana-santa"]),
    R("R4743", at(30, "12:30", MX), "Le abonamos 1,120 dólares el viernes y el resto en cuanto nos paguen las constructoras.", "promise_to_pay", date="2027-04-02", amount="1120.00", human=["conditional"], sender=0, fam=["partial-amount", "condition"]),
    R("R4743", at(31, "09:15", MX), "Estimados, el pago se realizará a más tardar el 15/04/2027 vía SPEI.", "promise_to_pay", date="2027-04-15", fam=["numeric-day-first", "spei"]),
    R("R4743", at(29, "11:45", MX), "Ya está autorizado, sale el próximo viernes.", "promise_to_pay", date="2027-04-09", fam=["next-weekday"]),
    # --- already paid
    R("R4741", at(29, "10:30", "EU"), "Hola, se pagó el 23 de marzo, 4.950 €, referencia BOLERAS MARZO.", "already_paid", ref="BOLERAS MARZO", fam=["ref-match"]),
    R("R4742", at(26, "12:10", CL), "Adjuntamos comprobante de transferencia por la factura 947422.", "already_paid", inv=["947422"], sender=0, attachments=[("comprobante.txt", "text/plain", "Comprobante de transferencia internacional\nFecha: 25-03-2027\nMonto: USD 2.870,00\nBeneficiario: Northwind Supplies GmbH\nGlosa: Factura 947422")], fam=["receipt-attachment"]),
    R("R4743", at(26, "16:00", MX), "Ya se les pagó por SPEI el miércoles, clave de rastreo 2027032440014TAPAT0001.", "already_paid", ref="2027032440014TAPAT0001", human=["no matching payment"], fam=["spei-trace", "no-bank-line"]),
    # --- disputes
    R("R4741", at(30, "12:50", "EU"), "En la factura 947411 nos cobran el transporte y en el presupuesto venía incluido. Mientras no lo corrijan no la pagamos.", "dispute", inv=["947411"], fam=["freight", "refusal"]),
    R("R4742", at(31, "16:00", CL), "Las bombas de oxígeno de la factura 947421 llegaron con 3 unidades defectuosas. Solicitamos nota de crédito.", "dispute", inv=["947421"], fam=["defective-goods", "credit-note"]),
    R("R4743", at(29, "13:20", MX), "Las cerraduras electrónicas nos llegaron con el modelo equivocado (XR-200 en lugar de XR-250). No vamos a pagar la 947431 hasta que las cambien.", "dispute", inv=["947431"], fam=["wrong-goods"]),
    # --- other
    R("R4741", at(25, "17:30", "EU"), "Gracias, recibido.", "other", sender=0, fam=["no-action", "terse"]),
    R("R4742", at(30, "11:00", CL), "Para poder pagar necesitamos su certificado de residencia fiscal alemán, por el convenio para evitar la doble tributación.", "other", human=["tax form"], fam=["tax-certificate"]),
    R("R4743", at(31, "14:00", MX), "¿Cuándo nos van a liberar el crédito? Llevamos dos semanas sin poder hacer pedidos.", "other", human=["credit hold question"], fam=["credit-hold-question"]),
    # --- resend
    R("R4741", at(26, "11:20", "EU"), "¿Nos pueden reenviar la factura 947412? No nos llegó.", "invoice_resend", inv=["947412"], sender=0, fam=["never-received"]),
    R("R4743", at(30, "10:00", MX), "Favor de enviarnos el XML y el PDF de las facturas; sin el XML no podemos programar el pago.", "invoice_resend", fam=["xml-copy", "mexican"]),
    # --- out of office
    R("R4741", at(25, "09:30", "EU"), "Estaré fuera de la oficina por las vacaciones de Semana Santa hasta el lunes 5 de abril. Para asuntos urgentes, escriba a administracion@bolerasguadalquivir.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Boleras del Guadalquivir SL", quote="none", gap_days=0, fam=["ooo-auto", "semana-santa"]),
    R("R4742", at(29, "09:00", CL), "Me encuentro con licencia médica hasta el 30 de abril. Para temas de pagos contactar a pagos@piscicultura-puelo.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Piscicultura Río Puelo SpA", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "sick-leave"]),
    # --- bounces
    R("R4743", at(25, "02:10", MX), "No se pudo entregar a estos destinatarios o grupos:\n\ncxp@cerrajeriatapatia.example\nNo se encontró la dirección de correo electrónico que especificó. Compruebe la dirección e intente reenviar el mensaje.\n\nInformación de diagnóstico para administradores:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@cerrajeriatapatia.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Cerrajería y Seguridad Tapatía SA de CV", dsn=("cxp@cerrajeriatapatia.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-exchange-es"]),
    R("R4741", at(31, "10:15", "EU"), "Este es el sistema de correo de mail.bolerasguadalquivir.example.\n\nNo ha sido posible entregar su mensaje a:\n\n<administracion@bolerasguadalquivir.example>: el buzón del destinatario está lleno (552 5.2.2)", "bounce", sender="MAILER-DAEMON@mail.bolerasguadalquivir.example", subject="Mensaje no entregado", dsn=("administracion@bolerasguadalquivir.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-es", "mailbox-full"]),
    # --- plans
    R("R4741", at(31, "11:50", "EU"), "¿Podríamos pagar la factura grande en dos plazos, la mitad el 15 de abril y la otra mitad el 15 de mayo?", "payment_plan_request", date="2027-04-15", fam=["two-instalments"]),
    R("R4743", at(26, "12:30", MX), "Le propongo pagar en 4 mensualidades de 2,215 dólares, la primera el 30 de abril. ¿Lo autorizan?", "payment_plan_request", date="2027-04-30", amount="2215.00", fam=["monthly-plan", "far-date"]),
    # --- PO / billing change
    R("R4742", at(25, "16:20", CL), "Favor reemitir la factura 947422 indicando la orden de compra OC-PRP-3355 y nuestro RUT 76.543.210-K.", "po_change", inv=["947422"], sender=0, fam=["missing-po", "rut"]),
    R("R4743", at(31, "16:30", MX), "Favor de refacturar a nombre de Grupo Tapatío de Seguridad SA de CV, RFC GTS150312AB1, ya que hubo una fusión.", "po_change", fam=["new-legal-entity", "rfc"]),
    # --- wrong contact
    R("R4742", at(31, "12:30", CL), "Estimados, a contar del 1 de abril dejo la gerencia de finanzas. Sus consultas de pago las verá Francisca Soto, fsoto@piscicultura-puelo.example.", "wrong_contact", fam=["leaving", "new-contact"]),
    R("R4741", at(30, "13:00", "EU"), "Hola, este correo es de la bolera de Dos Hermanas, que ya no pertenece al grupo desde enero. Escriban a Rocío Montoya en la central.", "wrong_contact", sender="doshermanas@bolerasguadalquivir.example", fam=["sold-branch", "unknown-sender"]),
    R("R4743", at(30, "17:30", MX), "Se les paga la próxima quincena, el 15 de abril.", "promise_to_pay", date="2027-04-15", fam=["quincena", "day-month"]),
]
