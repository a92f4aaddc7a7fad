"""What a collector reads from odd real-world mail: the new reply text, who it is from, whether
it is an auto-reply or a bounce, and attachments' text. Garbage in gives a reason, never a crash."""

from __future__ import annotations

import base64
from datetime import date
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

import inbox.attachments
from agent.dates import find_future_date
from core.text.quotes import visible_text
from inbox.parse import UnparseableMessage, parse_message


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=1500).map(lambda t: ("From: a@b.c\nContent-Type: multipart/mixed; boundary=x\n\n" + t).encode("utf-8", "surrogatepass"))))
def test_any_bytes_parse_or_get_a_reason(raw: bytes) -> None:
    try:
        parsed = parse_message(raw)
    except UnparseableMessage as exc:
        assert str(exc)
    else:
        assert parsed.message_id
        parsed.model_dump_json()  # storable: no lone surrogates anywhere


def test_encoded_subject_and_mislabelled_charset_are_readable() -> None:
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <JM@kunde.example>\r\nTo: ar@x.example\r\n"
        b"Subject: =?iso-8859-1?q?R=FCckfrage_zur_Rechnung?=\r\nMessage-ID: <1@k>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nWir zahlen die Rechnung n\xe4chste Woche.\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.subject == "Rückfrage zur Rechnung"
    assert parsed.from_name == "Jürgen Müller" and parsed.from_addr == "jm@kunde.example"
    assert "nächste Woche" in parsed.text
    assert any("mislabelled" in d for d in parsed.defects)


def test_html_only_mail_becomes_text_without_the_quoted_history() -> None:
    html = (
        "<html><body><div>We paid invoice 1042 yesterday.</div><div>Regards, Anna</div>"
        '<div class="gmail_quote">On Mon, 3 Mar 2025 Northwind AR &lt;ar@x.example&gt; wrote:'
        "<blockquote>Invoice 1042 is overdue.</blockquote></div></body></html>"
    )
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Message-ID"] = "anna@c.example", "Re: Invoice 1042", "<2@c>"
    msg.set_content(html, subtype="html")
    parsed = parse_message(bytes(msg))
    assert "Invoice 1042 is overdue" in parsed.text
    assert "We paid invoice 1042 yesterday." in parsed.visible_text
    assert "overdue" not in parsed.visible_text


def test_broken_base64_and_a_huge_attachment_keep_the_message(monkeypatch) -> None:
    monkeypatch.setattr(inbox.attachments, "PARSE_LIMIT_BYTES", 1000)
    big = base64.encodebytes(b"x" * 5000).decode()
    raw = (
        "From: a@c.example\r\nMessage-ID: <3@c>\r\nSubject: remittance\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nV2UgcGFpZA=!!==\r\n"
        f"--b\r\nContent-Type: application/pdf; name=big.pdf\r\nContent-Disposition: attachment; filename=big.pdf\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{big}\r\n--b--\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert parsed.text.startswith("We paid")
    [att] = parsed.attachments
    assert att.filename == "big.pdf" and att.size == 5000 and att.text is None
    assert "kept, not parsed" in (att.skipped_reason or "")


def _tiny_pdf(text: str) -> bytes:
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def test_pdf_remittance_advice_text_is_extracted() -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Message-ID"] = "ap@c.example", "Payment advice", "<4@c>"
    msg.set_content("Please find our remittance advice attached.")
    msg.add_attachment(_tiny_pdf("Paid invoice 1042 EUR 1200.00"), maintype="application", subtype="pdf", filename="advice.pdf")
    parsed = parse_message(bytes(msg))
    [att] = parsed.attachments
    assert "Paid invoice 1042" in (att.text or "")


def test_forwarded_message_and_nested_multipart_keep_the_inner_text() -> None:
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "bank@b.example", "Transfer confirmation"
    inner.set_content("Transfer of EUR 500 executed.")
    outer = EmailMessage()
    outer["From"], outer["Subject"], outer["Message-ID"] = "ap@c.example", "Fwd: Transfer", "<5@c>"
    outer.set_content("See below.")
    outer.add_attachment(inner)
    parsed = parse_message(bytes(outer))
    assert parsed.visible_text == "See below."
    assert any(a.content_type == "message/rfc822" and "EUR 500" in (a.text or "") for a in parsed.attachments)


def test_out_of_office_in_german_is_an_auto_reply_with_a_return_date() -> None:
    raw = (
        "From: buchhaltung@kunde.example\r\nMessage-ID: <6@k>\r\nSubject: Abwesenheitsnotiz: Rechnung 1042\r\n"
        "Date: Mon, 3 Mar 2025 10:00:00 +0100\r\n\r\nIch bin bis zum 17.03.2025 nicht im Büro.\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert parsed.is_auto_reply and "subject" in (parsed.auto_reply_reason or "")
    # the return date is read once, by the agent's date rules (agent/extract.py), from the same text
    assert find_future_date(parsed.text, parsed.date, "de") == date(2025, 3, 17)


def test_rfc3834_header_marks_an_auto_reply() -> None:
    raw = b"From: a@c.example\r\nMessage-ID: <7@c>\r\nSubject: Re: Invoice\r\nAuto-Submitted: auto-replied\r\n\r\nThanks\r\n"
    parsed = parse_message(raw)
    assert parsed.is_auto_reply and parsed.auto_reply_reason == "Auto-Submitted: auto-replied"
    human = parse_message(raw.replace(b"auto-replied", b"no"))
    assert not human.is_auto_reply


def test_a_dsn_bounce_names_the_failed_recipient_and_status() -> None:
    raw = (
        "From: MAILER-DAEMON@mx.example\r\nTo: ar@x.example\r\nMessage-ID: <8@mx>\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n"
        "--r\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
        "Final-Recipient: rfc822; old-ap@customer.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n--r--\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert parsed.is_bounce and parsed.bounce is not None
    assert parsed.bounce.failed_recipients == ["old-ap@customer.example"]
    assert parsed.bounce.status == "5.1.1" and parsed.bounce.permanent
    assert "user unknown" in (parsed.bounce.diagnostic or "")


def test_a_customer_reply_is_neither_bounce_nor_auto_reply() -> None:
    raw = b"From: ap@c.example\r\nMessage-ID: <9@c>\r\nSubject: Re: Invoice 1042 overdue\r\n\r\nWe dispute this invoice, the goods were damaged.\r\n"
    parsed = parse_message(raw)
    assert not parsed.is_bounce and not parsed.is_auto_reply


def test_visible_text_strips_quotes_in_several_languages_and_signatures() -> None:
    cases = {
        "Wir zahlen Freitag.\n\nAm 03.03.2025 um 10:00 schrieb Northwind AR <ar@x.example>:\n> Rechnung offen": "Wir zahlen Freitag.",
        "Nous payons vendredi.\n\nLe lun. 3 mars 2025 à 10:00, Northwind <ar@x.example> a écrit :\n> Facture": "Nous payons vendredi.",
        "Pagamos el viernes.\n\nEl lun, 3 mar 2025 a las 10:00, Northwind (<ar@x.example>) escribió:\n> Factura": "Pagamos el viernes.",
        "We betalen vrijdag.\n\nOp 3 mrt. 2025 om 10:00 schreef Northwind <ar@x.example>:\n> Factuur": "We betalen vrijdag.",
        "Pagamos sexta.\n\nEm seg., 3 de mar. de 2025 às 10:00, Northwind <ar@x.example> escreveu:\n> Fatura": "Pagamos sexta.",
        "Paid today.\n\n-----Original Message-----\nFrom: AR\nSent: Monday\nSubject: Invoice": "Paid today.",
        "Paid today.\n\nFrom: Northwind AR <ar@x.example>\nSent: Monday, 3 March 2025 10:00\nTo: Anna\nSubject: Invoice": "Paid today.",
        "Paid today.\n\nSent from my iPhone": "Paid today.",
        "Paid today.\n-- \nAnna Schmidt\nAccounts Payable": "Paid today.",
    }
    for body, expected in cases.items():
        assert visible_text(body) == expected, body
