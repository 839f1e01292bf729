"""The app's ``Renderer``: fpdf2 for quotes, fpdf2 + factur-x for invoices."""

from __future__ import annotations

from pathlib import Path

from sales.adapters.facturx import render_facturx
from sales.adapters.pdf import DEFAULT_FONT_DIR, render_quote
from sales.app.documents import InvoiceDocument, QuoteDocument


class PdfRenderer:
    def __init__(self, font_dir: Path | None = DEFAULT_FONT_DIR) -> None:
        self.font_dir = font_dir

    def quote_pdf(self, document: QuoteDocument) -> bytes:
        return render_quote(document, self.font_dir)

    def invoice_pdf(self, document: InvoiceDocument) -> bytes:
        return render_facturx(document, self.font_dir)
