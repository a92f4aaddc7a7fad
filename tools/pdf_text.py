"""A PDF carrying given text (e.g. a remittance advice), so tests and evals feed real PDF bytes."""

from __future__ import annotations

from fpdf import FPDF


def text_pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, text.encode("latin-1", errors="replace").decode("latin-1"))
    return bytes(pdf.output())
