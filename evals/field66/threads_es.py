"""field66 Spanish replies: the olive campaign in Jaén, cempasúchil for Día de Muertos, huesos de santo, the Pilar (es-ES, es-MX)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field66.kit import AUTO, AUTO_PREC, at, inv

PAYMENTS: list[Payment] = [
    Payment("BK66-016", "M6641", "2030-10-17", "8185.00", "EUR", "ALM-SM-1017 ALMAZARA SIERRA MAGINA SCA"),
    Payment("BK66-017", "M6643", "2030-11-05", "560.00", "EUR", "TRANSF OBRADOR LA ALMUDENA SL"),
]

RE = "Recordatorio: facturas vencidas – {}"

SIG_CEE = ("\n\nJavier Lasheras Ibáñez\nDirector financiero\nCarpas y Escenarios del Ebro, S.L. · Pol. Ind. Malpica, calle E, nave 14 · 50016 Zaragoza\n"
           "Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos lo comunique al remitente y lo elimine. "
           "En cumplimiento del RGPD le informamos de que sus datos forman parte de un fichero responsabilidad de Carpas y Escenarios del Ebro, S.L.")

REPLIES: list[Reply] = [
    # --- promise_to_pay ---
    Reply("M6644", at(10, 1, "12:40", "CET"), "Estimados señores:\n\nCon las Fiestas del Pilar encima (del 5 al 13 de octubre) tenemos todos los escenarios montados en la ciudad. El pago de ambas facturas se realizará el 18 de octubre.\n\nAtentamente," + SIG_CEE,
          "promise_to_pay", date="2030-10-18", sender=1, html=True, fam=["formal", "html-outlook", "explicit-date", "distractor-date", "disclaimer"]),
    Reply("M6641", at(10, 2, "19:10", "CET"), "Buenas, en cuanto empiece la campaña de aceituna... no, mejor: le pago el viernes sin falta. Rafael",
          "promise_to_pay", date="2030-10-04", sender=1, fam=["self-correction", "weekday"]),
    Reply("M6643", at(10, 7, "07:30", "CET"), "Buenos días,\n\nEstamos a tope con los huesos de santo y los buñuelos para Todos los Santos. Le hago la transferencia el 4 de noviembre.\n\nCarmen Nieto",
          "promise_to_pay", date="2030-11-04", sender=1, fam=["explicit-date", "holiday-named", "reason-given"]),
    Reply("M6642", at(10, 8, "10:15", "MX"), "Buen día,\n\nLe comento que el pago se hará el próximo viernes, ya que estamos en plena cosecha de cempasúchil y no hemos podido ir al banco.\n\nSaludos cordiales\nGuadalupe Tlapale",
          "promise_to_pay", date="2030-10-18", sender=1, fam=["mexican", "next-weekday", "credit-hold"], note="'el próximo viernes' = Friday of next week"),
    Reply("M6641", at(10, 10, "11:25", "CET"), "Le informamos que el pago se efectuará el día 15.\n\nAdministración\nAlmazara Sierra Mágina",
          "promise_to_pay", date="2030-10-15", sender=0, fam=["ordinal-alone", "formal"]),
    Reply("M6644", at(10, 14, "09:50", "CET"), "Buenos días, seguimos desmontando escenarios tras las fiestas. La transferencia sale mañana. Un saludo, Facturas",
          "promise_to_pay", date="2030-10-15", sender=0, fam=["tomorrow", "holiday-named"]),
    Reply("M6643", at(10, 16, "13:45", "CET"), "Le pago dentro de 10 días, se lo prometo.",
          "promise_to_pay", date="2030-10-26", sender=1, fam=["relative-days"]),
    Reply("M6642", at(10, 21, "17:30", "MX"), "Hola, le depositamos 2,000 dólares el viernes y el resto después del Día de Muertos, ahorita todo el dinero está en la flor.",
          "promise_to_pay", date="2030-10-25", amount="2000.00", sender=1, fam=["partial", "mexican", "comma-thousands", "credit-hold"]),
    Reply("M6641", at(10, 23, "16:20", "CET"), "Pagamos a final de mes. Saludos.",
          "promise_to_pay", date="2030-10-31", sender=0, fam=["month-end", "terse"]),
    Reply("M6644", at(10, 28, "10:30", "CET"), "Estimados señores:\n\nEl pago de la factura 66442 se realizará la semana que viene. La 66441 está pendiente de la conformidad de nuestro departamento técnico.\n\nAtentamente," + SIG_CEE,
          "promise_to_pay", date="2030-11-08", inv=inv("66442", "66441"), human=["conditional"], sender=1, html=True,
          fam=["next-week", "pending-approval", "html-outlook"], note="'la semana que viene' = Friday of next week; 66441 waits on an undated sign-off"),
    Reply("M6643", at(11, 5, "08:50", "CET"), "Hola, le pago el martes que viene. Ya hemos vendido todos los huesos de santo, por fin.",
          "promise_to_pay", date="2030-11-12", sender=1, fam=["next-weekday"], note="'el martes que viene' = Tuesday of next week"),
    Reply("M6642", at(11, 4, "12:05", "MX"), "Buenas tardes, ya pasó el Día de Muertos. Le pago el 15 de noviembre sin falta.\n\nLupita",
          "promise_to_pay", date="2030-11-15", sender=1, fam=["explicit-date", "holiday-named", "mexican", "credit-hold"]),
    Reply("M6641", at(11, 6, "18:40", "CET"), "Buenas tardes, ya empieza la recogida. Le hacemos la transferencia en 15 días.\nRafael Cobo",
          "promise_to_pay", date="2030-11-21", sender=1, fam=["relative-days"]),
    Reply("M6644", at(11, 11, "11:00", "CET"), "Estimados señores:\n\nLas facturas se abonarán el 20/11/2030 en nuestra remesa de pagos.\n\nUn saludo\nDepartamento de Facturas",
          "promise_to_pay", date="2030-11-20", sender=0, fam=["numeric-date-dmy", "formal"]),
    Reply("M6643", at(11, 12, "10:10", "CET"), "Le pago 500 € el viernes y lo demás a principios de diciembre.",
          "promise_to_pay", date="2030-11-15", amount="500.00", sender=1, fam=["partial", "weekday"]),
    Reply("M6642", at(11, 13, "09:35", "MX"), "Le pago mañana, ya nos liberaron la línea de crédito del banco... no, mejor pasado mañana porque mañana no está el contador.",
          "promise_to_pay", date="2030-11-15", sender=1, fam=["self-correction", "day-after-tomorrow", "mexican", "credit-hold"]),
    Reply("M6641", at(10, 29, "12:15", "CET"), "Pago el lunes 4. El viernes 1 es Todos los Santos y el banco cierra.",
          "promise_to_pay", date="2030-11-04", sender=1, fam=["weekday-with-date", "holiday-named", "distractor-date"]),
    # --- already_paid ---
    Reply("M6641", at(10, 17, "13:00", "CET"), "Buenos días:\n\nHemos realizado hoy la transferencia por importe de 8.185,00 €. Referencia ALM-SM-1017.\n\nAdministración",
          "already_paid", ref="ALM-SM-1017", sender=0, fam=["paid-with-ref", "es-thousands"], note="matches BK66-016"),
    Reply("M6643", at(11, 8, "09:25", "CET"), "Hola, los 560 de la 66432 se los pagué el martes por transferencia inmediata.",
          "already_paid", inv=inv("66432"), sender=1, fam=["paid-one-invoice", "weekday-past"], note="matches BK66-017 (Tuesday 5 November)"),
    Reply("M6642", at(10, 30, "16:45", "MX"), "Buenas tardes, ya le hicimos la transferencia el lunes, le anexo el comprobante.\n\nSaludos",
          "already_paid", ref="MBAN01002030102800417", sender=0, human=["no matching payment"],
          attachments=[("comprobante_transferencia.pdf", "application/pdf",
                        "COMPROBANTE DE TRANSFERENCIA INTERNACIONAL\nFecha: 28/10/2030\nClave de rastreo: MBAN01002030102800417\nBeneficiario: Northwind Supplies GmbH\nImporte: USD 4,690.00\nConcepto: FCA-OC-1187")],
          fam=["remittance-attachment", "mexican", "credit-hold"], note="no bank line for the transfer"),
    # --- dispute ---
    Reply("M6641", at(10, 22, "10:05", "CET"), "Buenos días, en la factura 66411 nos cobran 20 capachos de más. Recibimos 80, no 100. Rectifíquenla, por favor.",
          "dispute", inv=inv("66411"), sender=1, fam=["short-delivery"]),
    Reply("M6644", at(10, 9, "17:20", "CET"), "Estimados señores:\n\nEn la factura 66441 se han facturado tres días de montaje del escenario de la plaza que no se realizaron por la lluvia del día 7. Les rogamos emitan factura rectificativa.\n\nAtentamente," + SIG_CEE,
          "dispute", inv=inv("66441"), sender=1, html=True, fam=["service-not-rendered", "html-outlook", "distractor-date"]),
    Reply("M6642", at(10, 24, "11:40", "MX"), "Buen día, nos están cobrando IVA del 16% en la factura 66421 y somos exportadores, nos corresponde tasa 0. Favor de corregir.",
          "dispute", inv=inv("66421"), sender=1, fam=["tax-dispute", "mexican", "credit-hold"]),
    # --- invoice_resend ---
    Reply("M6643", at(10, 3, "08:20", "CET"), "¿Me puede reenviar las facturas? No las encuentro por ningún sitio.",
          "invoice_resend", sender=1, fam=["copy-request"]),
    Reply("M6644", at(10, 25, "12:55", "CET"), "Rogamos nos remitan duplicado de la factura 66442 en PDF, el original no nos ha llegado.\n\nDepartamento de Facturas",
          "invoice_resend", inv=inv("66442"), sender=0, fam=["never-received", "formal"]),
    Reply("M6642", at(11, 11, "10:30", "MX"), "¿Nos pueden mandar el estado de cuenta actualizado, porfa?",
          "invoice_resend", sender=0, fam=["statement", "mexican", "credit-hold"]),
    # --- po_change ---
    Reply("M6642", at(10, 14, "13:10", "MX"), "Buen día,\n\nFavor de refacturar a nombre de nuestra nueva razón social, Flores de Cempasúchil de Atlixco SPR de RI, con RFC FCA9902117K3 y uso de CFDI G03.\n\nSaludos\nCuentas por pagar",
          "po_change", sender=0, fam=["entity-change", "tax-id", "mexican", "credit-hold"]),
    Reply("M6644", at(10, 30, "09:15", "CET"), "Les rogamos indiquen en la factura 66441 el número de pedido CEE-2030-0421 en lugar de CEE-2030-0412 y nos la reenvíen.\n\nDepartamento de Facturas",
          "po_change", inv=inv("66441"), sender=0, fam=["po-correction"]),
    Reply("M6641", at(11, 13, "12:35", "CET"), "A partir de ahora envíen las facturas a facturas@almazara-sierramagina.example, gracias.",
          "po_change", sender=0, fam=["invoice-mailbox-change", "terse"]),
    # --- payment_plan_request ---
    Reply("M6643", at(10, 24, "14:25", "CET"), "¿Podríamos pagarlo en dos plazos? La mitad el 31 de octubre y la otra mitad el 30 de noviembre.",
          "payment_plan_request", date="2030-10-31", sender=1, fam=["plan-half", "explicit-date"]),
    Reply("M6641", at(11, 7, "11:15", "CET"), "Buenos días,\n\n¿Sería posible fraccionar el pago en tres cuotas mensuales de 2.728,33 € a partir del 1 de diciembre? La campaña acaba de empezar y no cobramos el aceite hasta enero.\n\nRafael Cobo\nGerente",
          "payment_plan_request", date="2030-12-01", amount="2728.33", sender=1, fam=["plan-with-amount", "es-thousands"]),
    Reply("M6642", at(10, 31, "15:50", "MX"), "¿Nos podrían dar chance de pagar en parcialidades? Unos 1,000 dólares cada quincena empezando el 15 de noviembre.",
          "payment_plan_request", date="2030-11-15", amount="1000.00", sender=1, fam=["plan-fortnightly", "mexican", "comma-thousands", "credit-hold"]),
    # --- out_of_office ---
    Reply("M6643", at(10, 31, "09:05", "CET"), "Estaré fuera de la oficina el viernes 1 de noviembre (Todos los Santos). Volveré el lunes 4.\n\nCarmen Nieto",
          "out_of_office", sender=1, headers=AUTO, subject="Fuera de la oficina: " + RE.format("Obrador La Almudena SL"),
          quote="none", fam=["ooo-auto", "holiday-named"], note="back 4 November"),
    Reply("M6644", at(10, 4, "09:05", "CET"), "Estaré ausente por las Fiestas del Pilar hasta el 14 de octubre inclusive. Para asuntos urgentes: facturas@carpasdelebro.example.",
          "out_of_office", sender=1, headers=AUTO_PREC, subject="Respuesta automática: " + RE.format("Carpas y Escenarios del Ebro SL"),
          quote="none", fam=["ooo-exchange", "holiday-named", "inclusive-range"], note="back 15 October, 11 days; account strategic"),
    Reply("M6641", at(11, 4, "09:05", "CET"), "Estoy en la almazara durante la campaña de recogida hasta el 9 de diciembre. No consulto el correo con regularidad.\n\nRafael Cobo",
          "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática: " + RE.format("Almazara Sierra Mágina SCA"),
          quote="none", human=["back more than 14 days out"], fam=["ooo-auto", "long-absence"], note="back 9 or 10 December, 35 days"),
    # --- bounce ---
    Reply("M6641", at(10, 9, "09:06", "CET"), "Este es el sistema de correo del servidor mail.almazara-sierramagina.example.\n\nLamentamos informarle de que su mensaje no se ha podido entregar a uno o más destinatarios.\n\n<administracion@almazara-sierramagina.example>: 550 5.1.1 Usuario desconocido",
          "bounce", sender="MAILER-DAEMON@mail.almazara-sierramagina.example", subject="Correo no entregado",
          dsn=("administracion@almazara-sierramagina.example", "5.1.1"), fam=["dsn-postfix-es"]),
    Reply("M6643", at(11, 1, "09:06", "CET"), "No se ha encontrado la dirección\n\nTu mensaje no se ha entregado a c.nieto@obrador-almudena.example porque no se ha encontrado la dirección o no puede recibir correo.\n\nLa respuesta del servidor remoto ha sido:\n550 5.1.1 The email account that you tried to reach does not exist.",
          "bounce", sender="mailer-daemon@googlemail.example", subject="Delivery Status Notification (Failure)",
          dsn=("c.nieto@obrador-almudena.example", "5.1.1"), fam=["dsn-gmail-es"]),
    Reply("M6642", at(10, 28, "09:06", "MX"), "Error en la entrega a estos destinatarios o grupos:\n\ncxp@cempasuchil-atlixco.example\nSu mensaje no se entregó porque el proveedor de correo del destinatario lo rechazó.\n\nEl servidor remoto devolvió '550 5.7.1 Recipient address rejected: Access denied'",
          "bounce", sender="postmaster@cempasuchil-atlixco.example", subject="No se puede entregar: " + RE.format("Flores de Cempasúchil de Atlixco SPR de RL"),
          dsn=("cxp@cempasuchil-atlixco.example", "5.7.1"), fam=["dsn-exchange-es", "access-denied", "credit-hold"]),
    # --- wrong_contact ---
    Reply("M6644", at(10, 18, "10:45", "CET"), "Buenos días:\n\nD. Javier Lasheras ya no trabaja en la empresa. Diríjanse a Dña. Pilar Gimeno, p.gimeno@carpasdelebro.example.\n\nDepartamento de Facturas",
          "wrong_contact", sender=0, fam=["left-company", "new-contact"]),
    Reply("M6643", at(10, 28, "12:30", "CET"), "Esto lo lleva nuestra gestoría, escríbanles a ellos: gestoria.lopez@gestorialopez.example. Gracias.",
          "wrong_contact", sender=0, fam=["external-accountant", "new-contact"]),
    Reply("M6642", "2030-11-06T19:20:00-06:00", "Hola, yo soy el sobrino de doña Lupita, nomás le ayudo con el correo. Ella es la que ve lo de los pagos, yo no sé nada de eso.",
          "wrong_contact", sender="kevin.tlapale.2011@hotmail.example", fam=["unknown-sender", "family-member", "mexican"]),
    # --- other ---
    Reply("M6641", at(10, 11, "08:45", "CET"), "Recibido, lo paso a administración.",
          "other", sender=1, fam=["no-action", "forwarded", "terse"]),
    Reply("M6644", at(11, 4, "13:20", "CET"), "Estimados señores:\n\nHemos recibido un correo que indica que sus datos bancarios han cambiado a una cuenta en Chipre. Antes de efectuar ningún pago, ¿nos lo pueden confirmar por teléfono?\n\nDepartamento de Facturas",
          "other", sender=0, human=["bank-detail check"], fam=["fraud-check"]),
    Reply("M6643", at(10, 30, "17:55", "CET"), "¿Tienen algún descuento por pronto pago? Es para saber cómo lo programamos.",
          "other", sender=1, human=["discount question"], fam=["discount"]),
]
