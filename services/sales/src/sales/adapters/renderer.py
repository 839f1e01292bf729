"""The app's ``Renderer``: fpdf2 for quotes, fpdf2 + factur-x for invoices."""

from __future__ import annotations

from sales.adapters.facturx import render_facturx
from sales.adapters.pdf import render_quote
from sales.app.documents import InvoiceDocument, QuoteDocument


class PdfRenderer:
    def quote_pdf(self, document: QuoteDocument) -> bytes:
        return render_quote(document)

    def invoice_pdf(self, document: InvoiceDocument) -> bytes:
        return render_facturx(document)
