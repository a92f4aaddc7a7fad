"""Hand-written Spanish replies: a chandlery in Santander, a vet clinic in Medellín and a fishing company in Callao on
credit hold. Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, CO, ES, PE, at

PAYMENTS = [
    Payment("BK45-040", "Q4541", "2027-06-15", "690.00", "EUR", "SUMINISTROS NAUTICOS CANTABRICO FRA 94552"),
    Payment("BK45-041", "Q4542", "2027-06-11", "3725.00", "USD", "CLINICA VETERINARIA LOS ANDES SAS"),
    Payment("BK45-042", "Q4543", "2027-06-14", "16850.00", "USD", "PESQUERA PUNTA CALLAO SAC OC-PPC-0614"),
]

REPLIES = [
    # --- Q4541 Suministros Náuticos del Cantábrico (Santander) ---
    Reply("Q4541", at(16, "10:45", ES), """Buenos días:

La factura 94552 se pagó ayer por transferencia. La 94551 la pagaremos el próximo viernes.

Un saludo,
Iñigo Gutiérrez
Gerente – Suministros Náuticos del Cantábrico""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-25", inv=["94552", "94551"],
          fam=["paid-and-promise", "next-weekday"], note="94552 matches BK45-040"),
    Reply("Q4541", at(14, "13:20", ES), """Hola, lo pagamos a final de mes. Saludos, Iñigo""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month"]),
    Reply("Q4541", at(15, "12:10", ES), """Buenas:

Las 30 defensas de la factura 94551 no son las del pedido: pedimos el modelo F6 y nos han mandado el F4, que no sirve para los pantalanes del puerto deportivo. No vamos a pagar esa factura hasta que nos las cambien.

Un saludo
Administración""",
          "dispute", inv=["94551"], sender=0, fam=["dispute-wrong-goods"]),
    Reply("Q4541", at(18, "08:30", ES), """Estaré fuera de la oficina hasta el 12 de julio, con acceso limitado al correo. Para asuntos urgentes, escriban a administracion@nauticacantabrico.example.

Iñigo Gutiérrez""",
          "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Suministros Náuticos del Cantábrico SL",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long"]),
    Reply("Q4541", at(15, "17:55", ES), """Hola,
El 24 es fiesta aquí (San Juan), así que pagamos el viernes 25.
Iñigo""",
          "promise_to_pay", date="2027-06-25", fam=["distractor-dates", "weekday-and-date", "holiday"]),
    Reply("Q4541", at(17, "09:40", ES), """Buenos días, ¿nos pueden reenviar la factura 94551? La necesita nuestra gestoría para el trimestre. Gracias.""",
          "invoice_resend", inv=["94551"], sender=0, fam=["resend"]),
    Reply("Q4541", at(17, "19:05", ES), """Mañana sin falta. Perdón por el retraso.

Enviado desde mi iPhone""",
          "promise_to_pay", date="2027-06-18", fam=["tomorrow", "phone"], quote="none"),
    Reply("Q4541", at(16, "16:25", ES), """Hola,

¿Sería posible pagar la 94551 en dos plazos, la mitad el 30 de junio y la otra mitad el 31 de julio? Este año la temporada ha empezado tarde.

Gracias de antemano,
Iñigo""",
          "payment_plan_request", date="2027-06-30", inv=["94551"], fam=["plan-two-parts"]),
    Reply("Q4541", at(14, "10:05", ES), """Buenos días, les pagaremos dentro de 15 días. Un saludo.""",
          "promise_to_pay", date="2027-06-29", sender=0, fam=["relative-span"], note="'dentro de 15 días' = +15 as written"),
    Reply("Q4541", at(15, "08:55", ES), """Recibido, gracias. Lo paso a contabilidad.""",
          "other", sender=0, fam=["no-action", "forwarded"]),
    Reply("Q4541", at(17, "13:15", ES), """Buenos días:

Desde el 1 de junio facturamos como Náutica Cantábrico Grupo SL, CIF B39876543, misma dirección en el puerto. Por favor, emitan de nuevo las dos facturas a nombre de la nueva sociedad.

Atentamente,
Administración""",
          "po_change", sender=0, fam=["legal-entity", "reissue"]),
    Reply("Q4541", at(18, "12:50", ES), """Hola, se paga el lunes. Iñigo""",
          "promise_to_pay", date="2027-06-21", fam=["bare-weekday", "terse"]),

    # --- Q4542 Clínica Veterinaria Los Andes (Medellín) ---
    Reply("Q4542", at(14, "09:15", CO), """Buenos días,

Les informamos que el pago de ambas facturas se realizó el 11 de junio por valor de USD 3.725.

Quedo atenta,
Luisa Fernanda Restrepo
Directora administrativa""",
          "already_paid", fam=["paid-date", "colombian"], note="matches BK45-041"),
    Reply("Q4542", at(17, "11:30", CO), """Buen día, el pago se realizará el próximo martes 22 de junio. Cordialmente, Luisa Fernanda""",
          "promise_to_pay", date="2027-06-22", fam=["weekday-and-date"]),
    Reply("Q4542", at(15, "15:40", CO), """Buenas tardes,

En la factura 94554 nos cobraron el flete (USD 85), pero según la cotización el envío era sin costo. Les agradecemos enviarnos la nota crédito correspondiente.

Cordialmente,
Contabilidad""",
          "dispute", inv=["94554"], sender=0, fam=["dispute-freight", "nota-credito"]),
    Reply("Q4542", at(16, "10:20", CO), """Buenos días,
Con gusto. Pagamos después del puente festivo, el martes 6 de julio.
Luisa Fernanda""",
          "promise_to_pay", date="2027-07-06", fam=["holiday", "weekday-and-date", "colombian"]),
    Reply("Q4542", at(18, "14:05", CO), """Buenas tardes,

La doctora Restrepo ya no trabaja con nosotros. Por favor, escriban a la nueva directora administrativa, Carolina Ospina: c.ospina@vetlosandes.example.

Gracias,
Contabilidad""",
          "wrong_contact", sender=0, fam=["wrong-contact-new-person"]),
    Reply("Q4542", at(14, "16:50", CO), """Hola, pagamos en la quincena, el 30. Saludos""",
          "promise_to_pay", date="2027-06-30", fam=["quincena", "day-of-month", "colombian"]),
    Reply("Q4542", at(15, "07:00", CO), """Estoy de vacaciones hasta el 22 de junio. Para temas de pagos, escribir a contabilidad@vetlosandes.example.""",
          "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Clínica Veterinaria Los Andes SAS",
          fam=["ooo-auto", "ooo-within-14"]),
    Reply("Q4542", at(16, "12:35", CO), """Buenos días,

Favor incluir nuestro NIT 900.456.789-1 en las facturas y reenviarlas. La DIAN nos rechaza la factura electrónica sin el NIT.

Cordialmente,
Contabilidad""",
          "po_change", sender=0, fam=["tax-id", "reissue", "colombian"]),
    Reply("Q4542", at(14, "11:10", CO), """Buenos días, les pagamos la otra semana sin falta. Saludos cordiales""",
          "promise_to_pay", date="2027-06-25", sender=0, fam=["next-week", "colombian"], note="Colombian 'la otra semana' = next week, its Friday"),
    Reply("Q4542", at(17, "15:25", CO), """Buenas tardes,

¿Ustedes aceptan pago con tarjeta de crédito? Nos quedaría mucho más fácil que la transferencia internacional.

Quedo atenta""",
          "other", human=["payment-method question"], fam=["payment-method"]),
    Reply("Q4542", at(14, "14:20", CO), """Hola, esta semana queda pago. Luisa F.""",
          "promise_to_pay", date="2027-06-18", fam=["this-week"], note="'esta semana' = Friday of the message's week"),
    Reply("Q4542", at(16, "09:06", CO), """Este mensaje fue creado automáticamente por el software de entrega de correo.

No se pudo entregar el mensaje a uno o más destinatarios. Error permanente:

  contabilidad@vetlosandes.example
    550 5.1.1 El usuario no existe""",
          "bounce", sender="MAILER-DAEMON@mail.vetlosandes.example", subject="Correo no entregado",
          dsn=("contabilidad@vetlosandes.example", "5.1.1"), fam=["bounce-spanish"], gap_days=0),

    # --- Q4543 Pesquera Punta Callao (credit hold) ---
    Reply("Q4543", at(15, "10:15", PE), """Estimados:

Se transfirió el 14 de junio el importe de USD 16,890.00 correspondiente a la factura 94555. El banco corresponsal descontó sus comisiones, por lo que podrían recibir un monto menor.

Atentamente,
Rosa Huamán
Jefa de Tesorería""",
          "already_paid", inv=["94555"], human=["amount differs"], fam=["bank-charges", "credit-hold"],
          note="BK45-042 is 16,850.00: 40 short"),
    Reply("Q4543", at(16, "11:45", PE), """Estimados señores:

Solicitamos fraccionar la deuda en tres cuotas de USD 5,630.00, la primera el 15 de julio y las siguientes el 15 de agosto y el 15 de septiembre, por la veda de anchoveta.

Atentamente,
Tesorería""",
          "payment_plan_request", date="2027-07-15", amount="5630.00", sender=0, fam=["plan-instalments", "credit-hold"]),
    Reply("Q4543", at(14, "12:05", PE), """Estimados, se pagará el 2 de julio, después del feriado de San Pedro y San Pablo (29). Saludos, Rosa""",
          "promise_to_pay", date="2027-07-02", fam=["distractor-dates", "holiday", "explicit-date"]),
    Reply("Q4543", at(17, "09:35", PE), """Estimados:

La orden de compra OC-PPC-0614 indicaba 20 paños de red de cerco y solo llegaron 18. Además el precio unitario facturado no corresponde a la cotización. No procede el pago hasta recibir la nota de crédito.

Rosa Huamán""",
          "dispute", inv=["94555"], fam=["dispute-short-delivery", "dispute-price", "credit-hold"]),
    Reply("Q4543", at(15, "16:30", PE), """Estimados, el pago se hará cuando el banco nos desembolse el préstamo de campaña. Apenas tengamos fecha les aviso.""",
          "promise_to_pay", sender=0, human=["conditional", "undated"], fam=["conditional", "loan", "credit-hold"]),
    Reply("Q4543", at(16, "17:10", PE), """Buenas tardes, el viernes 25 se realiza el pago. Saludos""",
          "promise_to_pay", date="2027-06-25", sender=0, fam=["weekday-ordinal"]),
    Reply("Q4543", at(18, "10:40", PE), """Estimados:
Sírvanse remitir copia de la factura 94555 y de la guía de remisión correspondiente.
Atentamente, Tesorería""",
          "invoice_resend", inv=["94555"], sender=0, fam=["resend", "delivery-notes"]),
    Reply("Q4543", at(14, "15:30", PE), """Estimados:

Hemos recibido un correo, supuestamente de ustedes, indicando un cambio de cuenta bancaria a un banco en Hong Kong. Por favor, confirmen sus datos bancarios mediante carta firmada antes de cualquier pago.

Tesorería""",
          "other", sender=0, human=["fraud check"], fam=["fraud-check", "bank-details", "credit-hold"]),
    Reply("Q4543", at(17, "13:50", PE), """Buenas tardes,

La Sra. Huamán ya no está a cargo de tesorería. El nuevo jefe es el Sr. Julio Paredes, j.paredes@pesqueracallao.example; por favor, diríjanse a él.

Saludos""",
          "wrong_contact", sender=0, fam=["wrong-contact-new-person", "credit-hold"]),
    Reply("Q4543", at(16, "09:06", PE), """No se ha podido entregar el mensaje a los siguientes destinatarios:

tesoreria@pesqueracallao.example
El buzón del destinatario está lleno. 552 5.2.2 Mailbox full""",
          "bounce", sender="postmaster@pesqueracallao.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Pesquera Punta Callao SAC",
          dsn=("tesoreria@pesqueracallao.example", "5.2.2"), fam=["bounce-spanish", "mailbox-full"], gap_days=0),
    Reply("Q4543", at(15, "12:20", PE), """Estimados, a más tardar el 30/06 queda cancelada la factura. Rosa""",
          "promise_to_pay", date="2027-06-30", fam=["numeric-date-dmy", "cancelar-means-pay"],
          note="'queda cancelada' is Peruvian for 'will be paid'"),
    Reply("Q4543", at(18, "15:55", PE), """Estimados:

Primero pagamos las gratificaciones de julio al personal (15/07). Su factura la pagamos el 20/07.

Atentamente,
Rosa Huamán""",
          "promise_to_pay", date="2027-07-20", fam=["distractor-dates", "numeric-date-dmy", "over-30-days"]),
]
