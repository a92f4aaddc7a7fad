"""Spanish replies (field4, hand-written): a building contractor, a university hospital (FACe), a Mexican avocado farm,
a small web shop, a Chilean haulier under a legal flag and a village council."""

from evals.field4.build import Payment as P
from evals.field4.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK4-0301", "J451", "2026-11-18", "11080.00", "EUR", "TRANSF ARANDA F84511 F84512"),
    P("BK4-0302", "J453", "2026-11-17", "5880.00", "USD", "SPEI 2026111740014TRAN00077 AGRICOLA LOS OLIVARES"),
    P("BK4-0303", "J454", "2026-11-23", "545.00", "EUR", "MIMO Y PUNTO SL"),
    P("BK4-0304", "J455", "2026-11-09", "6380.00", "USD", "TRANSPORTES ANDINOS"),
    P("BK4-0305", "J452", "2026-11-20", "15240.00", "EUR", "HUSR OP 771203 HOSPITAL UNIV SAN RAFAEL"),
]

OP_HUSR = "ORDEN DE PAGO\nHospital Universitario San Rafael de Levante\nReferencia: HUSR-OP-771203\nFecha: 20/11/2026\nAcreedor: Northwind Supplies GmbH\nFactura INV-2026-84521  15.240,00 EUR"

REPLIES = [
    # ---- promesas
    R("J451", "2026-11-16T08:00:00+01:00", "Te pago el jueves sin falta. Javi", "promise_to_pay", date="2026-11-19", fam=["date:weekday", "voice:terse", "setting:construction"], sender=1, quote="none"),
    R("J451", "2026-11-25T13:00:00+01:00", "Buenas tardes,\n\nNo vamos a poder pagar este viernes como le dijimos; lo haremos el lunes 7 de diciembre.\n\nAdministración\nReformas Aranda",
      "promise_to_pay", date="2026-12-07", fam=["date:moved", "date:weekday-day-month", "setting:construction"], sender=0),
    R("J451", "2026-11-10T12:00:00+01:00", "Hola, pagaremos cuando la promotora nos abone la certificación de obra de octubre. En cuanto la cobremos os avisamos.\nAdministración",
      "promise_to_pay", human=["conditional"], fam=["promise:conditional", "setting:construction"], sender=0),
    R("J451", "2026-11-20T21:15:00+01:00", "ok te lo pago la semana que viene el martes", "promise_to_pay", date="2026-11-24", fam=["date:next-week-weekday", "voice:mobile"], sender=1, quote="none"),
    R("J452", "2026-11-12T10:00:00+01:00", "Estimados señores:\n\nLes informamos de que su factura ha sido conformada y se incluirá en la orden de pago del próximo 26 de noviembre.\n\nUnidad de Contratación",
      "promise_to_pay", date="2026-11-26", fam=["date:day-month", "setting:hospital", "setting:public-procurement"], sender=1),
    R("J452", "2026-11-20T09:30:00+01:00", "Buenos días,\n\nEl pago se realizará en la remesa de fin de mes, que sale el último día hábil.\n\nFacturación proveedores", "promise_to_pay", date="2026-11-30",
      fam=["date:month-end-run", "setting:hospital"], sender=0),
    R("J452", "2026-11-27T12:00:00+01:00", "Buenos días, la factura se pagará en la semana 50.\nCarmen Molina", "promise_to_pay", date="2026-12-11", fam=["date:calendar-week", "setting:hospital"], sender=1),
    R("J453", "2026-11-13T19:00:00-06:00", "Buenas tardes, le pagamos el 15/12, que es cuando nos liquidan la cosecha de aguacate.\nErnesto García", "promise_to_pay", date="2026-12-15",
      fam=["date:numeric-eu", "setting:farm"], sender=1),
    R("J453", "2026-11-24T10:00:00-06:00", "Buen día, el pago se hará la semana que entra, el miércoles.\nContabilidad", "promise_to_pay", date="2026-12-02", fam=["date:next-week-weekday", "setting:farm"], sender=0),
    R("J453", "2026-11-20T17:00:00-06:00", "Hello, I answer in English so your team understands. We will pay on December 4th.\nErnesto", "promise_to_pay", date="2026-12-04", lang="en",
      fam=["language-switch", "date:month-ordinal"], sender=1),
    R("J454", "2026-11-19T23:45:00+01:00", "perdona!! mañana sin falta te hago la transferencia 😅", "promise_to_pay", date="2026-11-20", fam=["date:tomorrow", "voice:emoji", "setting:ecommerce"], sender=1, quote="none"),
    R("J454", "2026-11-09T11:00:00+01:00", "Hola! El viernes os pago 272,50 € y el resto a fin de mes, que diciembre es cuando vendemos.\nLucía", "promise_to_pay", date="2026-11-13", amount="272.50",
      fam=["promise:partial", "date:weekday", "setting:ecommerce"], sender=1),
    R("J455", "2026-11-17T12:00:00-03:00", "Estimados, el pago se hará efectivo en dos semanas más.\nSaludos, Felipe Muñoz", "promise_to_pay", date="2026-12-01",
      fam=["date:in-two-weeks", "flag:legal", "setting:logistics"], sender=1),
    R("J455", "2026-11-25T09:00:00-03:00", "Estimados, el pago será a principios del próximo mes.\nTesorería", "promise_to_pay", date="2026-12-01", fam=["date:beginning-next-month", "flag:legal"], sender=0),
    R("J456", "2026-11-13T13:00:00+01:00", "Estimados señores:\n\nLa factura se someterá a aprobación en la Junta de Gobierno Local del jueves 19 y el pago se ordenará el martes 24 de noviembre.\n\nRosa Sanz\nTesorera",
      "promise_to_pay", date="2026-11-24", fam=["date:meeting-before-payment", "setting:council"], sender=1),
    R("J456", "2026-11-26T10:00:00+01:00", "Se abonará a mediados del mes que viene.\nIntervención", "promise_to_pay", date="2026-12-15", fam=["date:mid-next-month", "setting:council"], sender=0),
    # ---- pagado
    R("J451", "2026-11-20T10:20:00+01:00", "Buenos días,\n\nTransferencia realizada el 18/11, concepto ARANDA F84511 F84512.\n\nUn saludo\nAdministración", "already_paid", ref="ARANDA F84511 F84512",
      inv=["84511", "84512"], note="BK4-0301 carries a prefix; matches by amount and date", fam=["paid:reference", "setting:construction"], sender=0),
    R("J453", "2026-11-18T10:00:00-06:00", "Ya se pagó por SPEI, clave de rastreo 2026111740014TRAN00077.\nContabilidad", "already_paid", ref="2026111740014TRAN00077",
      note="BK4-0302 carries a prefix; matches by amount and date", fam=["paid:spei", "setting:farm"], sender=0),
    R("J454", "2026-11-24T09:00:00+01:00", "Pagado!! 🙌", "already_paid", note="bare; matches BK4-0303 by amount and date", fam=["paid:bare", "voice:emoji"], sender=1, quote="none"),
    R("J455", "2026-11-12T15:00:00-03:00", "Estimados, se pagó el 9 de noviembre, USD 6.380 por las comisiones bancarias.\nTesorería", "already_paid", human=["amount differs from the open balance"],
      note="BK4-0304 by amount and date, 30.00 short", fam=["paid:short", "flag:legal"], sender=0),
    R("J456", "2026-11-27T11:30:00+01:00", "Le informamos de que el pago se ordenó el 26/11/2026 con número de operación 2026/0004418.\n\nIntervención\nAyuntamiento de Robledo de la Sierra", "already_paid",
      ref="2026/0004418", human=["no matching payment"], note="nothing on the bank yet", fam=["paid:ordered-not-arrived", "setting:council"], sender=0),
    R("J452", "2026-11-23T12:00:00+01:00", "Adjuntamos justificante de pago.\n\nFacturación proveedores", "already_paid", ref="HUSR-OP-771203", inv=["84521"],
      attachments=[("justificante_HUSR-OP-771203.pdf", "application/pdf", OP_HUSR)], note="matches BK4-0305 by reference", fam=["paid:remittance-attachment", "setting:hospital"], sender=0),
    # ---- disputas
    R("J451", "2026-11-13T18:40:00+01:00", "La 84512 lleva unos portes que no se pactaron, el transporte iba incluido en el presupuesto. No la pagamos así.\nJavi", "dispute", inv=["84512"],
      fam=["dispute:fees", "setting:construction"], sender=1, quote="none"),
    R("J455", "2026-11-20T11:00:00-03:00", "Estimados:\n\nRechazamos la factura. La mercadería llegó con tres semanas de retraso y el contrato establece una penalidad del 10 %, que descontaremos. De insistir en el cobro íntegro, el asunto pasará a nuestro abogado.\n\nFelipe Muñoz\nJefe de Finanzas",
      "dispute", fam=["dispute:late-delivery", "dispute:legal-threat", "flag:legal"], sender=1),
    # ---- copias
    R("J452", "2026-11-06T09:15:00+01:00", "Buenos días, no nos consta la factura 84521. ¿Nos la pueden reenviar?\nCarmen Molina", "invoice_resend", inv=["84521"],
      fam=["resend:never-received", "setting:hospital"], sender=1),
    R("J454", "2026-11-12T16:00:00+01:00", "¿Me mandáis copia de la factura? No la encuentro por ningún lado", "invoice_resend", fam=["resend:copy", "voice:mobile"], sender=1, quote="none"),
    # ---- facturación
    R("J452", "2026-11-04T10:00:00+01:00", "Estimados señores:\n\nLes recordamos que todas las facturas a esta Administración deben presentarse a través de FACe con los códigos DIR3 (oficina contable GE0001234, órgano gestor GE0001235, unidad tramitadora GE0001236). Las facturas en papel o por correo electrónico serán devueltas.\n\nFacturación proveedores",
      "po_change", fam=["po:face", "setting:hospital"], sender=0),
    R("J456", "2026-11-18T12:45:00+01:00", "Buenos días:\n\nEn la factura falta el número de expediente ARS-CONT-2026-112 y el CIF del Ayuntamiento es P2812300F, no el que figura. Rogamos emitan factura rectificativa.\n\nRosa Sanz",
      "po_change", fam=["po:missing-reference", "po:tax-id", "setting:council"], sender=1),
    # ---- aplazamientos
    R("J454", "2026-11-16T10:30:00+01:00", "Hola, ¿podría pagarlo en dos plazos? 272,50 ahora y el resto en enero. Gracias!\nLucía", "payment_plan_request", date="2026-11-16", amount="272.50",
      fam=["plan:two-parts", "setting:ecommerce"], sender=1),
    R("J453", "2026-11-26T12:00:00-06:00", "¿Nos permiten pagar en tres mensualidades a partir del 15 de diciembre? La temporada ha sido difícil.\nErnesto García", "payment_plan_request", date="2026-12-15",
      fam=["plan:monthly", "setting:farm"], sender=1),
    # ---- ausencias
    R("J452", "2026-11-24T09:06:00+01:00", "Estaré fuera de la oficina hasta el 2 de diciembre. Para asuntos urgentes, escriba a facturas@husr-levante.example.\n\nCarmen Molina",
      "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas – Hospital Universitario San Rafael de Levante", headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("J455", "2026-11-27T09:06:00-03:00", "Estoy de vacaciones hasta el 8 de enero. Su mensaje no será reenviado.\n\nFelipe Muñoz", "out_of_office", human=["absence longer than 14 days"],
      subject="Respuesta automática: Recordatorio: facturas vencidas – Transportes Andinos Cordillera SA", headers=AUTO, fam=["ooo:long", "flag:legal"], sender=1, quote="none"),
    # ---- rebotes
    R("J451", "2026-11-09T09:05:14+01:00", "No se pudo entregar el mensaje a j.aranda@reformas-aranda.example.\n\nNo se encontró j.aranda en reformas-aranda.example.\n\nInformación de diagnóstico para administradores:\nEl servidor remoto devolvió '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      "bounce", sender="postmaster@reformas-aranda.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Construcciones y Reformas Aranda SL",
      dsn=("j.aranda@reformas-aranda.example", "5.1.10"), fam=["bounce:exchange-es"], gap_days=0),
    R("J456", "2026-11-05T09:05:40+01:00", "Este es el sistema de correo del servidor correo.robledo-sierra.example.\n\nLamentamos informarle de que su mensaje no ha podido ser entregado a uno o más destinatarios.\n\n<r.sanz@robledo-sierra.example>: 550 5.1.1 Usuario desconocido",
      "bounce", sender="MAILER-DAEMON@correo.robledo-sierra.example", subject="Mensaje no entregado", dsn=("r.sanz@robledo-sierra.example", "5.1.1"),
      fam=["bounce:postfix-es"], gap_days=0),
    # ---- interlocutor equivocado
    R("J451", "2026-11-17T11:00:00+01:00", "Hola, Javier ya no lleva las cuentas. Ahora nos las lleva la gestoría: facturas@gestoria-moratalla.example. Escribidles a ellos.\nAdministración",
      "wrong_contact", fam=["wrong:outsourced-bookkeeper", "setting:construction"], sender=0),
    R("J455", "2026-11-23T10:00:00-03:00", "Estimados, Felipe Muñoz ya no trabaja en la empresa desde la fusión con Cordillera Logística. Diríjanse a pagos@cordillera-logistica.example.\nTesorería",
      "wrong_contact", fam=["wrong:acquisition", "flag:legal"], sender=0),
    # ---- otros
    R("J453", "2026-11-09T12:00:00-06:00", "Buen día, ¿nos pueden enviar su constancia de residencia fiscal para no retener ISR en el pago?\nContabilidad", "other", human=["tax form"],
      fam=["other:tax-form", "setting:farm"], sender=0),
    R("J456", "2026-11-10T08:30:00+01:00", "Acusamos recibo de su escrito, que ha quedado anotado en el Registro de Entrada con el número 2026-E-08812.\n\nAyuntamiento de Robledo de la Sierra",
      "other", fam=["no-action", "other:registry-ack", "setting:council"], sender=0, quote="none"),
    R("J454", "2026-11-05T19:00:00+01:00", "¿Este correo es de verdad? Me han llegado varios phishing con facturas falsas este mes y no quiero pagar a quien no es.\nLucía", "other",
      human=["fraud check"], fam=["other:fraud-check", "setting:ecommerce"], sender=1),
    # ---- added: abbreviated weekday, quarter end
    R("J453", "2026-11-19T10:00:00-06:00", "Le pagamos el vie. 27 sin falta.\nContabilidad", "promise_to_pay", date="2026-11-27", fam=["date:abbrev-weekday-day", "voice:terse", "setting:farm"],
      sender=0, quote="none"),
    R("J452", "2026-11-16T12:30:00+01:00", "Estimados señores:\n\nPor cierre presupuestario, la factura se abonará a final de trimestre.\n\nUnidad de Contratación", "promise_to_pay", date="2026-12-31",
      fam=["date:quarter-end", "setting:hospital"], sender=1),
    # ---- added: two requests in one reply
    R("J451", "2026-11-26T12:00:00+01:00", "Hola,\n\n¿Podemos pagarlo en dos plazos, la mitad el 15 de diciembre y la otra mitad el 15 de enero? Y por favor, a partir de ahora facturad a Reformas Aranda Obras SL, CIF B12345678.\n\nAdministración",
      "payment_plan_request", sec=["po_change"], date="2026-12-15", fam=["multi:plan+po", "plan:two-parts", "setting:construction"], sender=0),
]
