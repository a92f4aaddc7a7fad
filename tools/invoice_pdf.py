"""Invoice copies rendered as PDF from ERP data (fpdf2), for "please resend the invoice" replies."""

from __future__ import annotations

from fpdf import FPDF

from core.records import Customer, Invoice


def render_invoice_pdf(invoice: Invoice, customer: Customer, company_name: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin1(company_name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 8, "Invoice copy", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [
        ("Invoice", invoice.number),
        ("Customer", customer.name),
        ("Issue date", invoice.issue_date.isoformat()),
        ("Due date", invoice.due_date.isoformat()),
        ("PO number", invoice.po_number or "-"),
        ("Amount", f"{invoice.amount:,.2f} {invoice.currency}"),
        ("Open balance", f"{invoice.balance:,.2f} {invoice.currency}"),
    ]
    for label, value in rows:
        pdf.cell(45, 8, label)
        pdf.cell(0, 8, _latin1(value), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    """The core PDF fonts are Latin-1: keep what fits, replace the rest visibly."""
    return text.encode("latin-1", errors="replace").decode("latin-1")
