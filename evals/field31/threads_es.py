"""field31, Spanish: a Boedo bakery and a Mendoza estancia (es-AR: vos, aguinaldo, the 8 December holiday), a
Guadalajara tortillería on credit hold and a Puebla sweet shop (es-MX: ahorita, quincena, Guadalupe on the 12th,
posadas), some of it Spanglish."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field31.kit import AR, AUTO, MX, at

PAYMENTS = [
    Payment("BK31-017", "N3141", "2026-12-02", "410.00", "USD", "TRANSF PANADERIA LA PORTENA"),
    Payment("BK31-018", "N3143", "2026-12-01", "5615.00", "USD", "ESTANCIA FAMILIA OCAMPO SRL"),
    Payment("BK31-019", "N3144", "2026-12-03", "2165.00", "USD", "SPEI 8846201 DULCERIA CHELA"),
]


def p(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    """A promise to pay (primary intent)."""
    return Reply(cust, when, body, "promise_to_pay", date, fam=fam, **kw)


REPLIES = [
    p("N3141", at(2, "06:30", AR), "Hola! te cuento que con el aguinaldo de los chicos del local estamos justos, pero el viernes te transfiero todo, quedate tranqui 🙏", "2026-12-04",
      ["voseo", "bare-weekday", "emoji", "terse-mobile"], sender=1),
    p("N3141", at(3, "21:00", AR), "Che, la 93142 te la pago mañana y la 93141 después del feriado del 8, o sea el miércoles 9.", "2026-12-04",
      ["two-dates", "holiday", "weekday-date", "voseo"], inv=["93142", "93141"], sender=1),
    p("N3141", at(7, "10:00", AR), "Buen día, mañana es feriado (Inmaculada Concepción) así que el pago sale el miércoles, sin falta.", "2026-12-09",
      ["holiday", "bare-weekday"], sender=1),
    p("N3141", at(8, "18:30", AR), "Te pago USD 1.500 el 15 y el resto cuando cobremos las tortas de las fiestas de fin de año de los clientes, ponele enero.", "2026-12-15",
      ["partial-amount", "ordinal-alone", "undated-balance", "voseo"], amount="1500.00", sender=1),
    p("N3142", at(2, "09:00", MX), "Buenos días, si nos liberan el crédito para el pedido de masa de esta semana, ahorita mismo les depositamos el total. Si no, pues hasta que se pueda.", None,
      ["credit-hold-condition", "condition", "ahorita"], human=["conditional"], sender=1),
    p("N3142", at(4, "12:00", MX), "Les pagamos la mitad (3,450 USD) el día 15 que es quincena y la otra mitad el 30.", "2026-12-15",
      ["partial-amount", "quincena", "two-dates"], amount="3450.00", sender=1),
    p("N3142", at(8, "17:45", MX), "Después del día de la Virgen (12 de diciembre) les hacemos la transferencia, el lunes 14.", "2026-12-14",
      ["holiday", "guadalupe", "weekday-date", "relative-to-event"], sender=1),
    p("N3143", at(2, "11:20", AR), "Estimados,\n\nLes informo que el pago de la factura 93144 se efectuará el próximo martes, una vez terminada la esquila de las ovejas. Saludos cordiales,\nLucas Ocampo", "2026-12-08",
      ["next-weekday", "relative-to-event", "formal"], sender=1,
      note="'el próximo martes' written on Wednesday 2 December: the Tuesday of the week of 7 December"),
    p("N3143", at(4, "16:10", AR), "Hola, la semana que viene, el jueves, les giramos los 5.640. Abrazo", "2026-12-10",
      ["next-week-weekday", "voseo"], amount="5640.00", partial=False, sender=1),
    p("N3143", at(7, "08:00", AR), "Buen día, se nos complicó con la helada. El pago lo hacemos en 10 días hábiles desde hoy, considerando que mañana es feriado.", "2026-12-22",
      ["working-days", "holiday"], sender=1, note="ten working days from Monday 7, 8 December skipped as the writer says: 9,10,11,14,15,16,17,18,21,22"),
    p("N3144", at(2, "10:30", MX), "Hola buenas!! ahorita ando con las posadas y los dulces de colación, pero el viernes 11 les pago las dos facturas sin falta", "2026-12-11",
      ["weekday-ordinal", "ahorita", "holiday", "terse-mobile"], sender=1),
    p("N3144", at(3, "19:20", MX), "Les deposito 295 mañana y lo demás en la quincena del 15. Graciela", "2026-12-04",
      ["two-dates", "quincena", "tomorrow"], amount="295.00", inv=["93146", "93145"], partial=False, sender=1),
    p("N3144", at(7, "09:40", MX), "Buenos días, les escribe la hija de Doña Chela. Mi mamá dice que les paga antes de Nochebuena, el 23 a más tardar.", "2026-12-23",
      ["holiday", "at-the-latest", "family"], sender=1),
    p("N3141", at(5, "11:00", AR), "hi! sorry my english, soy Mariela de La Porteña. We pay el lunes 14, ok? gracias!!", "2026-12-14",
      ["bilingual", "spanglish", "weekday-date"], lang="es", sender=1),
    p("N3143", at(8, "12:00", AR), "El contador dice que pagamos a fin de mes, el último día hábil, que este año cae jueves 31.", "2026-12-31",
      ["last-working-day", "month-end", "weekday-date"], sender=1),
    p("N3142", at(5, "10:00", MX), "Hola, el pago estaba programado para el 4 pero el banco tuvo problemas. Queda para el miércoles 9.", "2026-12-09",
      ["moved-date", "weekday-date"], sender=1),
    # --- already_paid
    Reply("N3141", at(3, "08:00", AR), "Hola, la 93142 ya la pagamos ayer, fijate", "already_paid",
          inv=["93142"], fam=["voseo", "terse-mobile"], note="matches BK31-017", sender=1),
    Reply("N3143", at(2, "15:00", AR), "Estimados, el 1/12 transferimos USD 5.640 por la 93144. Adjunto comprobante.", "already_paid",
          inv=["93144"], fam=["bank-charges", "locale-numeric-dayfirst"], human=["amount differs: BK31-018 is 5,615.00 (charges)"], sender=1),
    Reply("N3144", at(4, "11:00", MX), "Ya quedó pagado por SPEI, referencia 8846201, el día 3. Las dos facturas.", "already_paid",
          ref="8846201", fam=["spei"], note="matches BK31-019", sender=1),
    # --- dispute
    Reply("N3141", at(4, "12:30", AR), "La batidora que nos mandaron hace un ruido tremendo desde el primer día, no la pienso pagar hasta que venga el técnico.", "dispute",
          fam=["quality", "voseo"], sender=1),
    Reply("N3142", at(3, "13:00", MX), "Nos cobraron el IVA al 16% pero la tortilla es tasa cero y el material es para producción. Favor de corregir la factura.", "dispute",
          fam=["vat"], sender=1),
    Reply("N3144", at(8, "10:00", MX), "La factura 93146 está duplicada, es el mismo pedido de cajitas que la 93145.", "dispute",
          inv=["93146", "93145"], fam=["duplicate-billing"], sender=1),
    # --- invoice_resend
    Reply("N3143", at(3, "10:00", AR), "Buen día, ¿me reenvían la factura 93144 en PDF? El contador no la encuentra.", "invoice_resend",
          inv=["93144"], fam=["pdf"], sender=1),
    Reply("N3144", at(5, "09:00", MX), "Me pueden mandar un estado de cuenta por favor", "invoice_resend",
          fam=["statement", "terse-mobile"], sender=1),
    # --- po_change
    Reply("N3142", at(7, "11:00", MX), "Favor de emitir la factura con nuestro RFC THR-980512-AB3 y uso CFDI G03, si no, no la podemos pagar.", "po_change",
          fam=["tax-id", "cfdi"], sender=1),
    Reply("N3141", at(8, "09:00", AR), "A partir de ahora mandá las facturas a administracion@, no a mi mail personal. Y poné el CUIT 30-71234567-8 por favor.", "po_change",
          fam=["send-future-invoices", "tax-id", "voseo"], sender=1),
    # --- payment_plan_request
    Reply("N3143", at(5, "14:00", AR), "¿Podemos pagar en tres cuotas de 1.880 desde el 20 de diciembre? La cosecha viene atrasada.", "payment_plan_request",
          "2026-12-20", amount="1880.00", fam=["monthly-plan", "date-in-words"], sender=1),
    Reply("N3144", at(4, "18:00", MX), "¿Se podría pagar en dos partes, una en diciembre y otra en enero?", "payment_plan_request",
          fam=["two-parts"], sender=1),
    Reply("N3142", at(2, "16:00", MX), "¿Nos pueden dar chance de pagar mes a mes a partir de febrero? Con la sequía el maíz subió mucho.", "payment_plan_request",
          fam=["monthly-plan"], sender=1),
    # --- out_of_office
    Reply("N3143", at(3, "06:00", AR), "Estaré fuera de la oficina hasta el 9 de diciembre por la esquila. Para urgencias: administracion@estanciaocampo.example", "out_of_office",
          fam=["auto-reply"], headers=AUTO, sender=1, subject="Respuesta automática: Recordatorio: facturas vencidas – Estancia Familia Ocampo SRL"),
    Reply("N3142", at(7, "06:00", MX), "Gracias por su correo. Nos encontramos de vacaciones del 7 de diciembre al 7 de enero. Atentamente, Tortillería Hermanos Ríos", "out_of_office",
          fam=["auto-reply", "seasonal-closure", "long-absence"], headers=AUTO, human=["return more than 14 days away"],
          subject="Respuesta automática: Recordatorio: facturas vencidas – Tortillería Hermanos Ríos SA de CV"),
    Reply("N3144", at(8, "08:00", MX), "Doña Chela anda en Puebla con la familia hasta el 12 por lo de la Virgen, ella les contesta después.", "out_of_office",
          fam=["typed-absence", "family", "guadalupe"], human=["absence typed by a person"]),
    # --- bounce
    Reply("N3141", at(4, "03:00", AR), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nm.ferraro@laportenaboedo.example\n550 5.1.1 El usuario no existe", "bounce",
          lang="es", fam=["dsn-es", "user-unknown"], sender="mailer-daemon@laportenaboedo.example", dsn=("m.ferraro@laportenaboedo.example", "5.1.1"), quote="none",
          subject="No se puede entregar: Recordatorio: facturas vencidas – Panadería La Porteña de Boedo"),
    Reply("N3144", at(2, "04:00", MX), "Error en la entrega del correo.\n\nEl buzón de ventas@dulceriachela.example está lleno.\n\n552 5.2.2 Mailbox full", "bounce",
          lang="es", fam=["dsn-es", "mailbox-full"], sender="postmaster@dulceriachela.example", dsn=("ventas@dulceriachela.example", "5.2.2"), quote="none",
          subject="No se puede entregar: Recordatorio: facturas vencidas – Dulcería Doña Chela"),
    # --- wrong_contact
    Reply("N3141", at(2, "13:00", AR), "Hola, este es el mail de los pedidos de la panadería. Lo de pagos lo ve Mariela, escribile a ella.", "wrong_contact",
          fam=["wrong-desk", "voseo"], sender=0),
    Reply("N3143", at(7, "15:00", AR), "Lucas ya no está en la estancia, la vendimos a Bodegas del Sur SA. Escriban a pagos@bodegasdelsur.example.", "wrong_contact",
          fam=["acquisition", "contact-gone"], sender=0),
    # --- other
    Reply("N3142", at(4, "15:00", MX), "¿Les puedo pagar con tarjeta por teléfono? Márqueme al 33 1234 5678.", "other",
          fam=["card-over-phone", "payment-method"], human=["payment by card over the phone"], sender=1),
    Reply("N3144", at(3, "12:00", MX), "Recibido, gracias!", "other",
          fam=["no-action", "acknowledgement", "terse-mobile"], sender=1),
]
