"""Spanish replies (field7, hand-written): a hair salon owner, a plant nursery's finance director and its external
gestoría, a Mexican cinema chain's comptroller, a bike shop and a football club's volunteer treasurer."""

from evals.field7.build import Payment as P
from evals.field7.build import Reply as R

ES, MX = "+01:00", "-06:00"
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def t(day: str, hm: str, off: str = ES) -> str:
    """The reply's Date: November 2026 day, local time, the sender's offset."""
    return f"2026-11-{day}T{hm}:00{off}"


PAYMENTS = [
    P("BK7-0401", "M751", "2026-11-24", "1160.00", "EUR", "PELUQUERIA RIZOS SL"),
    P("BK7-0402", "M752", "2026-11-20", "5260.00", "EUR", "VIVERO LOS OLIVOS TRF 2026/1187"),
    P("BK7-0403", "M753", "2026-11-23", "6720.00", "USD", "CINES LUNA SPEI 8812004"),
    P("BK7-0404", "M754", "2026-11-25", "1030.00", "EUR", "BICICLETAS CUMBRE"),
]

REPLIES = [
    R("M751", t("23", "22:00"), "Hola, pago el viernes sin falta. Lucía", "promise_to_pay", date="2026-11-27", fam=["date:bare-weekday", "setting:hairdresser"], sender=1, quote="none"),
    R("M751", t("26", "10:00"), "Buenos días, haremos la transferencia a final de mes. Lucía Ortega", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=1),
    R("M752", t("23", "09:00"), "Estimados:\n\nLa factura 07521 se abonará el próximo viernes; la 07522 cuando recibamos el albarán firmado.\n\nJavier Navarro\nDirector financiero", "promise_to_pay",
      date="2026-12-04", inv=["07521", "07522"], human=["conditional"], fam=["promise:half-promise", "date:next-weekday", "writer:finance-director"], sender=1),
    R("M752", t("25", "12:00"), "Buenas tardes, les escribimos desde la gestoría que lleva la contabilidad del vivero. El pago se hará el 10/12.\nGestoría Martínez", "promise_to_pay",
      date="2026-12-10", fam=["date:numeric-day-first", "writer:client-accountant"], sender=2),
    R("M753", t("23", "10:00", MX), "Buen día, el pago se programó para el 3/12 vía SPEI.\nAna Ramírez, Contralora", "promise_to_pay", date="2026-12-03", fam=["date:numeric-day-first", "locale:es-MX", "setting:cinema"], sender=1),
    R("M753", t("24", "23:30", MX), "Pagamos mañana temprano. Saludos", "promise_to_pay", date="2026-11-25", fam=["date:tomorrow-late-night", "locale:es-MX"], sender=1, quote="none"),
    R("M754", t("23", "11:00"), "Hola, pagaremos 1.000 € el jueves y el resto la semana que viene. Marta", "promise_to_pay", date="2026-11-26", amount="1000.00", fam=["promise:partial", "setting:bike-shop"], sender=1),
    R("M754", t("20", "10:00"), "Hola, lo pagamos dentro de 10 días. Tienda", "promise_to_pay", date="2026-11-30", fam=["date:within-days"], sender=0),
    R("M755", t("23", "20:00"), "Buenas, soy el tesorero voluntario del club. Pagaremos a mediados de diciembre, cuando cobremos la cuota de la federación.\nRafael", "promise_to_pay",
      date="2026-12-15", fam=["date:mid-month-named", "writer:volunteer", "setting:football-club"], sender=1),
    R("M755", t("26", "19:00"), "Pagaremos en cuanto el ayuntamiento nos pague la subvención. Rafael", "promise_to_pay", human=["conditional"], fam=["promise:conditional-undated"], sender=1),
    R("M751", t("20", "09:00"), "Hola, pagaremos el lunes. Lucía", "promise_to_pay", date="2026-11-23", fam=["date:bare-weekday"], sender=1),
    R("M752", t("20", "10:00"), "Pago previsto a principios del mes que viene. Contabilidad", "promise_to_pay", date="2026-12-01", fam=["date:start-of-month"], sender=0),
    R("M753", t("25", "09:00", MX), "Se pagará lo antes posible. CxP", "promise_to_pay", human=["undated"], fam=["promise:undated"], sender=0),
    # ---- already paid
    R("M751", t("25", "09:00"), "Hola, la transferencia se hizo ayer. Lucía", "already_paid", fam=["paid:matched"], sender=1),
    R("M752", t("23", "09:00"), "Buenos días, ambas facturas se pagaron el viernes 20, ref. 2026/1187. Contabilidad", "already_paid", ref="2026/1187", fam=["paid:matched-ref"], sender=0),
    R("M753", t("24", "10:00", MX), "Se pagó ayer por SPEI, clave de rastreo 8812004.", "already_paid", ref="8812004", fam=["paid:spei", "locale:es-MX"], sender=0),
    R("M754", t("26", "09:00"), "Ayer pagamos 1.030 €, el resto a fin de mes. Marta", "already_paid", sec=["promise_to_pay"], date="2026-11-30", human=["amount differs"],
      fam=["paid:partial-and-promise"], sender=1),
    # ---- disputes
    R("M751", t("18", "10:00"), "Hola, nos han cobrado dos veces el mismo secador en la factura. No pagamos hasta que lo corrijan. Lucía", "dispute", fam=["dispute:duplicate-line"], sender=1),
    R("M752", t("18", "11:00"), "Los olivos llegaron con la raíz seca, la mitad no sirve. Reclamamos un abono. J. Navarro", "dispute", fam=["dispute:quality", "setting:garden-centre"], sender=1),
    R("M753", t("18", "10:00", MX), "El precio por butaca no corresponde a la cotización aprobada (OC CL-OC-3391). Favor de corregir.", "dispute", fam=["dispute:price", "locale:es-MX"], sender=1),
    R("M755", t("18", "20:00"), "No aceptamos el recargo por demora, nunca se pactó. Pagaremos el principal el viernes. Rafael", "dispute", sec=["promise_to_pay"], date="2026-11-20",
      fam=["dispute:fees", "dispute:beside-promise"], sender=1),
    # ---- PO / billing
    R("M753", t("17", "10:00", MX), "Favor de emitir la factura con nuestro nuevo RFC CLU-910203-AB1 y timbrarla de nuevo (CFDI).", "po_change", fam=["po:tax-id", "locale:es-MX"], sender=1),
    R("M752", t("17", "10:00"), "Por favor indiquen el centro de coste VO-22 en la factura 07522 y vuelvan a enviarla.", "po_change", inv=["07522"], fam=["po:cost-centre"], sender=0),
    R("M754", t("17", "10:00"), "Hemos cambiado de razón social: ahora somos Cumbre Bikes Group SL. Emitan la factura a ese nombre, por favor.", "po_change", fam=["po:legal-entity"], sender=1),
    # ---- resend / plan
    R("M754", t("19", "10:00"), "¿Nos pueden reenviar la factura? No la encontramos.", "invoice_resend", fam=["resend:copy"], sender=0),
    R("M755", t("19", "10:00"), "¿Podrían enviarme un extracto de cuenta? Acabo de empezar como tesorero. Rafael", "invoice_resend", fam=["resend:statement", "writer:volunteer"], sender=1),
    R("M751", t("20", "10:00"), "¿Podría pagar en dos plazos, la mitad ahora y la otra en enero? Lucía", "payment_plan_request", fam=["plan:two-parts"], sender=1),
    R("M753", t("20", "10:00", MX), "Solicitamos pagar en 3 parcialidades, la primera el 30/11.", "payment_plan_request", date="2026-11-30", fam=["plan:three-parts", "locale:es-MX"], sender=1),
    # ---- auto-replies etc.
    R("M752", t("16", "09:05"), "Estaré fuera de la oficina hasta el 20 de noviembre.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio de pago", fam=["ooo:short"], sender=1, quote="none"),
    R("M753", t("16", "09:05", MX), "Estoy de vacaciones hasta el 8 de enero. Para pagos escriba a cxp@cinesluna.example.", "out_of_office", human=["absence longer than 14 days"],
      headers=AUTO, subject="Respuesta automática", fam=["ooo:long"], sender=1, quote="none"),
    R("M754", t("16", "09:06"), "No se pudo entregar el mensaje a m.vidal@bici-cumbre.example.\n\n550 5.1.1 El destinatario no existe",
      "bounce", sender="postmaster@bici-cumbre.example", subject="No se puede entregar: Recordatorio de pago", dsn=("m.vidal@bici-cumbre.example", "5.1.1"), fam=["bounce:exchange-es"], gap_days=0),
    R("M751", t("16", "09:06"), "Mensaje no entregado\n\nTu mensaje no se ha entregado a administracion@peluqueria-rizos.example porque el buzón está lleno.\n\n552 5.2.2",
      "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", dsn=("administracion@peluqueria-rizos.example", "5.2.2"), fam=["bounce:gmail-es"], gap_days=0),
    R("M752", t("18", "10:00"), "Ya no trabajo en el vivero. Escriban a contabilidad@vivero-olivos.example.", "wrong_contact", fam=["wrong:left"], sender=1),
    R("M754", t("18", "10:00"), "Yo solo llevo la tienda; las facturas las ve Marta (m.vidal@bici-cumbre.example).", "wrong_contact", fam=["wrong:not-responsible"], sender=0),
    R("M751", t("20", "10:00"), "Recibido, gracias.", "other", fam=["no-action", "other:ack"], sender=1, quote="none"),
    R("M755", t("20", "10:00"), "¿Nos pueden mandar el certificado de estar al corriente con Hacienda? Lo pide la federación.", "other", human=["tax form"], fam=["other:tax-certificate"], sender=1),
]
