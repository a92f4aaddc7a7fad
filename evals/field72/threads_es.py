"""field72, Spanish (Spain, Chile, Colombia): June and July 2032 (written by hand)."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field72.kit import AUTO, addr, at, auto, name

PAYMENTS = [
    P("BK72-041", "V7233", "2032-06-25", "9280.00", "EUR", "TRANSF CHIRINGUITOS DEL CANTABRICO SL"),
    P("BK72-042", "V7235", "2032-07-01", "15550.00", "USD", "SWIFT VINA VALLE DEL MAULE SPA OC-44712"),
    P("BK72-043", "V7236", "2032-06-11", "9280.00", "USD", "TRANSFERENCIA FLORES DE LA SABANA SAS FAC 72361"),
]

REPLIES = [
    # ---------------------------------------------------------------- promesas
    R("V7233", at("V7233", 6, 2, "10:20"),
      "Buenos días:\n\nAcabamos de abrir los chiringuitos de la temporada y vamos con retraso en todo. La transferencia de las "
      "dos facturas sale el viernes.\n\nUn saludo,\nLucía Sainz", "promise_to_pay", date="2032-06-04", sender=1,
      fam=["bare weekday"]),
    R("V7233", at("V7233", 7, 1, "13:50"),
      "Hola:\n\nDesde hoy estamos en jornada intensiva y solo hay alguien en administración hasta las tres. Os pago la 72332 el "
      "próximo martes.\n\nLucía", "promise_to_pay", date="2032-07-06", inv=["INV-2028-72332"], sender=1,
      fam=["jornada intensiva", "el próximo martes"]),
    R("V7233", at("V7233", 7, 22, "19:15"),
      "Iñaki aquí. En julio media España está de vacaciones y los bancos van a su ritmo. Pago el 2/8 sin falta.",
      "promise_to_pay", date="2032-08-02", sender=2, fam=["Spanish July", "numeric day-first"]),
    R("V7234", at("V7234", 6, 18, "12:00"),
      "Bon dia,\n\nEstamos a tope con les Fogueres, la cremà es el 24 por la noche. Pagaremos el lunes 28 de junio.\n\n"
      "Jordi Puig\nDirector financiero", "promise_to_pay", date="2032-06-28", sender=1, fam=["Fogueres", "event distractor"]),
    R("V7234", at("V7234", 7, 8, "09:40"),
      "Buenos días,\n\nLes confirmo un pago parcial de 5.000 € el día 15 y el resto a finales de mes.\n\nJordi Puig",
      "promise_to_pay", date="2032-07-15", amount="5000.00", sender=1, fam=["partial"]),
    R("V7235", at("V7235", 6, 25, "10:30"),
      "Estimados:\n\nEl lunes 28 es feriado (San Pedro y San Pablo), así que el pago de ambas facturas se cursa el martes 29.\n\n"
      "Saludos cordiales,\nFelipe Araya\nAnalista contable\n\nViña Valle del Maule SpA · RUT 76.000.000-0 · Talca, Chile\n"
      "La información contenida en este correo electrónico es confidencial y está dirigida exclusivamente a su destinatario. Si "
      "usted no es el destinatario, le informamos que cualquier uso, divulgación o copia está estrictamente prohibido.",
      "promise_to_pay", date="2032-06-29", sender=2, html=True, fam=["Chilean holiday", "feriado distractor", "RUT footer"]),
    R("V7235", at("V7235", 7, 14, "17:20"),
      "Hola, el viernes es feriado por la Virgen del Carmen, así que pagamos la 72352 el lunes 19. Quedo atenta.\n\nCarolina",
      "promise_to_pay", date="2032-07-19", inv=["INV-2028-72352"], sender=1, fam=["Chilean holiday", "quedo atenta"]),
    R("V7236", at("V7236", 6, 1, "08:15"),
      "Buen día,\n\nAyer fue festivo por Corpus Christi y el lunes 7 es Sagrado Corazón, así que el pago se consigna el martes "
      "8 de junio.\n\nQuedo atenta,\nPaola Rincón\nAnalista de Tesorería", "promise_to_pay", date="2032-06-08", sender=1,
      fam=["Colombian festivos", "se consigna"]),
    R("V7236", at("V7236", 7, 16, "11:00"),
      "Buenas tardes,\n\nEl martes 20 es fiesta patria. Le hacemos la transferencia de la 72362 el miércoles 21 de julio.\n\n"
      "Cordialmente,\nAndrés Vélez", "promise_to_pay", date="2032-07-21", inv=["INV-2028-72362"], sender=2,
      fam=["20 de julio", "holiday distractor"]),
    R("V7237", at("V7237", 6, 10, "10:00"),
      "Bos días:\n\nA cuota de xuño do plan de pagamentos ... perdón, escribo en castellano: la cuota de junio, 1.500 €, sale "
      "el día 25 como siempre.\n\nXosé Otero", "promise_to_pay", date="2032-06-25", amount="1500.00", sender=1,
      fam=["Galician switch", "plan instalment"]),
    R("V7237", at("V7237", 7, 20, "12:30"),
      "Hola, el 25 es Santiago y domingo. La cuota de julio irá el lunes 26. Xosé", "promise_to_pay", date="2032-07-26",
      sender=1, fam=["Día de Galicia", "holiday distractor"]),
    R("V7233", at("V7233", 6, 14, "16:30"),
      "Hola, os pago dentro de quince días, cuando cobremos las bodas de junio. Lucía", "promise_to_pay", date="2032-06-28",
      sender=1, human=["conditional"], fam=["quince días", "conditional"]),
    R("V7235", at("V7235", 6, 7, "09:00"),
      "Estimados, ¿cómo están? Les cuento que el pago queda programado para fin de mes, con el cierre del primer semestre. "
      "Saludos, Carolina Muñoz", "promise_to_pay", date="2032-06-30", sender=1, fam=["fin de mes", "half-year close"]),
    R("V7236", at("V7236", 7, 6, "14:45"),
      "Hola, ya le dije a Andrés: pagamos la otra semana, el jueves. Paola", "promise_to_pay", date="2032-07-15", sender=1,
      fam=["la otra semana", "Colombian"]),
    R("V7234", at("V7234", 6, 2, "11:11"),
      "Buenos días,\n\nLa transferencia se hará el 15 - perdón, el 15 es martes y el pago de proveedores lo hacemos los "
      "jueves: el 17.\n\nJordi", "promise_to_pay", date="2032-06-17", sender=1, fam=["self-correction"]),
    R("V7233", at("V7233", 7, 28, "10:00"),
      "Buenos días, qué sorpresa, otro recordatorio. El pago estaba programado para el 30 de julio desde hace semanas y sigue "
      "ahí. Lucía", "promise_to_pay", date="2032-07-30", sender=1, fam=["sarcasm"]),
    R("V7235", at("V7235", 7, 27, "11:40"),
      "Estimados, pagaremos dentro de los próximos 5 días hábiles. Felipe", "promise_to_pay", date="2032-08-03", sender=2,
      fam=["días hábiles"]),
    R("V7236", at("V7236", 6, 22, "09:20"),
      "Buen día, les pago mañana la 72361. La 72362 la pagamos cuando nos llegue la nota crédito del flete. Paola",
      "promise_to_pay", date="2032-06-23", inv=["INV-2028-72361", "INV-2028-72362"], sender=1, human=["conditional"],
      fam=["tomorrow", "conditional second invoice"]),
    # ---------------------------------------------------------------- ya pagado
    R("V7233", at("V7233", 6, 28, "09:30"),
      "Hola, la transferencia de 9.280,00 € salió el viernes 25. Adjunto justificante.\n\nLucía", "already_paid", sender=1,
      attachments=[("justificante.pdf", "application/pdf", "Justificante de transferencia\nOrdenante: Chiringuitos del Cantábrico S.L.\nFecha: 25/06/2032\nImporte: 9.280,00 EUR")],
      fam=["justificante", "matched"], note="matches BK72-041"),
    R("V7235", at("V7235", 7, 2, "10:00"),
      "Estimados, el pago por USD 15.550 se cursó ayer vía SWIFT, ref. OC-44712.\n\nSaludos, Felipe", "already_paid",
      ref="OC-44712", sender=2, fam=["SWIFT", "matched"], note="matches BK72-042"),
    R("V7236", at("V7236", 6, 14, "10:30"),
      "Buen día, el viernes consignamos USD 9.280 de la factura 72361. Quedo atenta. Paola", "already_paid",
      inv=["INV-2028-72361"], sender=1, fam=["se consignó", "matched"], note="matches BK72-043"),
    R("V7234", at("V7234", 7, 19, "13:00"),
      "Ya está pagado todo desde el jueves. Jordi", "already_paid", sender=1, human=["no matching payment"], fam=["terse", "unmatched"]),
    R("V7237", at("V7237", 6, 28, "18:00"),
      "Bos días, la cuota de junio se pagó el viernes. Xosé", "already_paid", sender=1, human=["no matching payment"],
      fam=["plan instalment"]),
    # ---------------------------------------------------------------- disputas
    R("V7233", at("V7233", 6, 16, "12:15"),
      "Hola:\n\nEn la 72331 nos cobráis 12 sombrillas y llegaron 10, dos de ellas rotas. Hasta que no nos hagáis el abono no "
      "pagamos esa factura.\n\nIñaki Arregui", "dispute", inv=["INV-2028-72331"], sender=2, fam=["goods"]),
    R("V7235", at("V7235", 6, 16, "15:00"),
      "Estimados:\n\nLa factura 72351 no respeta el precio pactado en la OC-44712 (USD 3,10 por unidad, no 3,40). Agradeceré "
      "nota de crédito.\n\nCarolina Muñoz", "dispute", inv=["INV-2028-72351"], sender=1, fam=["price"]),
    R("V7236", at("V7236", 7, 26, "10:10"),
      "Buenas, nos están cobrando un flete que según la cotización estaba incluido. No vamos a pagar ese valor. Andrés",
      "dispute", sender=2, fam=["freight"]),
    # ---------------------------------------------------------------- copias
    R("V7233", at("V7233", 7, 12, "11:00"),
      "Hola, ¿me podéis reenviar la 72331? No la encuentro. Gracias. Lucía", "invoice_resend", inv=["INV-2028-72331"], sender=1,
      fam=["copy"]),
    R("V7235", at("V7235", 7, 5, "12:00"),
      "Estimados, solicito estado de cuenta al 30 de junio para la auditoría semestral. Felipe", "invoice_resend", sender=2,
      fam=["statement", "half-year close"]),
    R("V7236", at("V7236", 6, 29, "15:00"),
      "Buen día, nunca nos llegó la factura 72362 al correo de facturación electrónica. ¿Nos la pueden reenviar? Paola",
      "invoice_resend", inv=["INV-2028-72362"], sender=1, fam=["never received"]),
    # ---------------------------------------------------------------- OC / facturación
    R("V7235", at("V7235", 6, 21, "10:45"),
      "Estimados:\n\nLa 72352 lleva la OC-44760 pero corresponde a la OC-44761. Favor refacturar.\n\nFelipe Araya",
      "po_change", inv=["INV-2028-72352"], sender=2, fam=["PO correction", "refacturar"]),
    R("V7233", at("V7233", 7, 6, "09:00"),
      "Hola, hemos cambiado de domicilio fiscal: Paseo de Pereda 12, Santander. Por favor, rectificad las facturas "
      "pendientes. Lucía", "po_change", sender=1, fam=["billing address"]),
    R("V7236", at("V7236", 6, 9, "11:30"),
      "Buen día,\n\nA partir de julio todas las facturas deben radicarse en el portal de proveedores. Les envío el instructivo.\n\n"
      "Paola Rincón", "po_change", sender=1, fam=["portal", "radicar"]),
    # ---------------------------------------------------------------- planes de pago
    R("V7233", at("V7233", 6, 7, "17:00"),
      "Hola, ¿podríamos pagar las dos facturas en tres plazos, el primero el 30 de junio? Lucía", "payment_plan_request",
      date="2032-06-30", sender=1, fam=["plan with dates"]),
    R("V7234", at("V7234", 7, 26, "10:00"),
      "Buenos días,\n\nTras las Fogueres vamos justos de tesorería. ¿Aceptarían cuatro pagos mensuales de 4.800 €?\n\nJordi",
      "payment_plan_request", amount="4800.00", sender=1, fam=["plan undated"]),
    R("V7236", at("V7236", 7, 1, "16:00"),
      "Buenas, ¿es posible diferir el pago a 60 días y partirlo en dos cuotas? La temporada de flores estuvo floja. Andrés",
      "payment_plan_request", sender=2, fam=["plan undated"]),
    # ---------------------------------------------------------------- ausencias
    R("V7233", at("V7233", 7, 30, "14:00"),
      "Estaré de vacaciones hasta el 23 de agosto. Para temas urgentes: administracion@chiringuitos-cantabrico.example.\n\n"
      "Lucía Sainz", "out_of_office", sender=1, headers=AUTO, subject=auto("Respuesta automática", "es", name("V7233")),
      human=["absence beyond 14 days"], fam=["auto", "Spanish August"]),
    R("V7235", at("V7235", 6, 25, "18:00"),
      "Estaré fuera de la oficina hasta el miércoles 30 de junio. Saludos, Felipe Araya", "out_of_office", sender=2,
      headers=AUTO, subject=auto("Respuesta automática", "es", name("V7235")), fam=["auto"]),
    R("V7236", at("V7236", 7, 19, "08:00"),
      "Hola, estoy en vacaciones hasta el 27 de julio. Paola", "out_of_office", sender=1, headers=AUTO,
      subject=auto("Fuera de la oficina", "es", name("V7236")), fam=["auto"]),
    # ---------------------------------------------------------------- rebotes
    R("V7234", at("V7234", 6, 9, "09:07"),
      "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\ncomptabilitat@fogueres-pirotecnia.example\n\n"
      "El servidor remoto devolvió: 550 5.1.1 Usuario desconocido", "bounce", sender="postmaster@fogueres-pirotecnia.example",
      lang="es", subject="No se puede entregar: Recordatorio: facturas vencidas – " + name("V7234"),
      dsn=(addr("V7234", 0), "5.1.1"), gap_days=0, quote="none", fam=["Spanish DSN"]),
    R("V7237", at("V7237", 7, 13, "09:08"),
      "Este es un mensaje generado automáticamente.\n\nSu mensaje no pudo ser entregado a proveedores@conservasriasbaixas.example: "
      "el buzón del destinatario está lleno (552 5.2.2).", "bounce", sender="mailer-daemon@conservasriasbaixas.example",
      lang="es", subject="Error de entrega", dsn=(addr("V7237", 0), "5.2.2"), gap_days=0, quote="none", fam=["Spanish DSN", "quota"]),
    # ---------------------------------------------------------------- contacto equivocado
    R("V7233", at("V7233", 6, 22, "13:00"),
      "Hola, yo llevo los chiringuitos, no las cuentas. Escribid a Lucía, lucia.sainz@chiringuitos-cantabrico.example. Iñaki",
      "wrong_contact", sender=2, fam=["wrong person"]),
    R("V7235", at("V7235", 7, 21, "09:30"),
      "Estimados, Felipe ya no trabaja con nosotros. Favor dirigir la cobranza a pagos@vinavallemaule.example. Carolina",
      "wrong_contact", sender=1, fam=["left company"]),
    # ---------------------------------------------------------------- otros
    R("V7233", at("V7233", 6, 3, "09:00"),
      "Recibido, gracias.", "other", sender=1, fam=["no-action"]),
    R("V7235", at("V7235", 6, 11, "11:00"),
      "Estimados, para pagar necesitamos su certificado de residencia fiscal para aplicar el convenio de doble tributación. "
      "Felipe", "other", sender=2, human=["tax form request"], fam=["tax residence"]),
    R("V7236", at("V7236", 7, 9, "10:00"),
      "Buen día, ¿ustedes aceptan pago por PSE o solo transferencia internacional? Paola", "other", sender=1,
      human=["payment method question"], fam=["PSE"]),
]
