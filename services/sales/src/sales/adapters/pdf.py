"""Quotes and invoices as French PDFs, drawn with fpdf2 (the library planning uses).

With ``font_dir`` holding DejaVu Sans (Debian's fonts-dejavu-core), the font is EMBEDDED, as
PDF/A-3 (Factur-X) requires, and any character prints. Without it, fpdf2's core Helvetica (not
embedded) writes Windows-1252, which holds every French letter, « », €, ² and ³; other
characters print as « ? ».
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from fpdf import FPDF
from ouvrage_events.catalog.sales import Buyer, CompanyMentions, InvoiceLine, Totals

from sales.app.documents import InvoiceDocument, QuoteDocument
from sales.domain.company import RECOVERY_INDEMNITY
from sales.domain.money import line_amount, section_subtotal

ENCODING = "windows-1252"
_CORE_FONT = "Helvetica"
_EMBEDDED = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
DEFAULT_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_TITLES = {
    "deposit": "Facture d'acompte",
    "progress": "Facture de situation de travaux",
    "final": "Facture de solde",
    "credit_note": "Avoir",
}
_WIDTHS = (78, 16, 12, 24, 14, 36)


def printable(text: str) -> str:
    """The text as the core font can write it (what Windows-1252 lacks becomes « ? »)."""
    return text.encode(ENCODING, "replace").decode(ENCODING)


def euros(value: Decimal) -> str:
    """« 1 234,50 € » (French grouping and decimal comma)."""
    sign = "-" if value < 0 else ""
    units, _, cents = f"{abs(value):.2f}".partition(".")
    grouped = f"{int(units):,}".replace(",", " ")
    return f"{sign}{grouped},{cents} €"


def number(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def has_fonts(font_dir: Path | None) -> bool:
    return font_dir is not None and all((font_dir / f).is_file() for f in FONT_FILES.values())


class _Document(FPDF):
    def __init__(self, seller: CompanyMentions, font_dir: Path | None) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = ENCODING
        self.embedded = has_fonts(font_dir)
        if self.embedded:
            assert font_dir is not None
            for style, name in FONT_FILES.items():
                self.add_font(_EMBEDDED, style, str(font_dir / name))
        self.family_name = _EMBEDDED if self.embedded else _CORE_FONT
        self.seller = seller
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(auto=True, margin=22)
        self.set_creator("Ouvrage")
        self.set_lang("fr")

    def txt(self, text: str) -> str:
        """The text as the font in use can write it."""
        return text if self.embedded else printable(text)

    def font(self, style: str, size: float) -> None:
        self.set_font(self.family_name, style, size)

    def text_line(self, text: str, size: float = 9, style: str = "", h: float = 4.5) -> None:
        self.font(style, size)
        self.multi_cell(0, h, self.txt(text), new_x="LMARGIN", new_y="NEXT")

    def row(self, cells: tuple[str, ...], style: str = "") -> None:
        self.font(style, 8.5)
        for i, (width, text) in enumerate(zip(_WIDTHS, cells, strict=True)):
            align = "L" if i == 0 else "R"
            self.cell(width, 5, self.txt(text)[:60], border="B", align=align)
        self.ln(5)

    def footer(self) -> None:
        s = self.seller
        self.set_y(-20)
        self.font("", 7)
        legal = f"{s.name} {s.legal_form} - SIRET {s.siret}".strip()
        if s.vat_number:
            legal += f" - TVA intracommunautaire {s.vat_number}"
        insurance = (
            f"Assurance décennale : {s.insurer} {s.insurance_policy} - couverture : "
            f"{s.insurance_coverage}"
        )
        for text in (legal, insurance, f"Page {self.page_no()}/{{nb}}"):
            self.cell(0, 3.5, self.txt(text), align="C", new_x="LMARGIN", new_y="NEXT")


def _parties(pdf: _Document, seller: CompanyMentions, buyer: Buyer) -> None:
    top = pdf.get_y()
    pdf.text_line(seller.name, 12, "B", 6)
    for text in (
        seller.address,
        f"{seller.postal_code} {seller.city}".strip(),
        seller.phone,
        seller.email or "",
    ):
        if text:
            pdf.text_line(text)
    pdf.set_xy(120, top)
    pdf.font("B", 10)
    pdf.multi_cell(75, 5, pdf.txt(buyer.name), new_x="LEFT", new_y="NEXT")
    pdf.font("", 9)
    address = buyer.address
    for text in (address.street, f"{address.postal_code} {address.city}".strip()):
        if text:
            pdf.multi_cell(75, 4.5, pdf.txt(text), new_x="LEFT", new_y="NEXT")
    pdf.set_xy(15, max(pdf.get_y(), top + 30))


def _totals(pdf: _Document, totals: Totals) -> None:
    pdf.ln(2)
    rows = [("Total HT", totals.excl_tax)]
    rows += [(f"TVA {number(v.rate)} % sur {euros(v.base)}", v.amount) for v in totals.vat]
    rows += [("Total TTC", totals.incl_tax)]
    for label, amount in rows:
        pdf.set_x(105)
        pdf.font("B" if label.startswith("Total") else "", 9)
        pdf.cell(55, 5, pdf.txt(label), align="R")
        pdf.cell(35, 5, pdf.txt(euros(amount)), align="R", new_x="LMARGIN", new_y="NEXT")


def _header_row(pdf: _Document) -> None:
    pdf.row(("Désignation", "Qté", "Unité", "PU HT", "TVA", "Montant HT"), "B")


def render_quote(document: QuoteDocument, font_dir: Path | None = DEFAULT_FONT_DIR) -> bytes:
    """The quote's PDF: lines by section with subtotals, totals, validity, « Bon pour accord »."""
    pdf = _Document(document.seller, font_dir)
    pdf.set_title(pdf.txt(f"Devis {document.number}"))
    pdf.add_page()
    _parties(pdf, document.seller, document.buyer)
    revision = f" (révision {document.revision})" if document.revision > 1 else ""
    pdf.text_line(f"Devis n° {document.number}{revision}", 15, "B", 8)
    pdf.text_line(
        f"Date : {document.drafted_on:%d/%m/%Y} - valable jusqu'au {document.valid_until:%d/%m/%Y}"
    )
    pdf.ln(2)
    _header_row(pdf)
    for section in document.sections:
        if section.title:
            pdf.text_line(section.title, 9.5, "B", 6)
        for line in section.lines:
            discount = (
                f" (remise {number(line.discount_percent)} %)" if line.discount_percent else ""
            )
            pdf.row(
                (
                    f"{line.designation}{discount}",
                    number(line.quantity),
                    line.unit,
                    euros(line.unit_price),
                    f"{number(line.vat_rate)} %",
                    euros(line_amount(line)),
                )
            )
        if section.title:
            pdf.row(
                (f"Sous-total {section.title}", "", "", "", "", euros(section_subtotal(section))),
                "B",
            )
    _totals(pdf, document.totals)
    pdf.ln(3)
    if document.vat_attestation is not None:
        a = document.vat_attestation
        pdf.text_line(
            f"TVA à taux réduit : attestation du client signée le "
            f"{a.signed_on:%d/%m/%Y} par {a.signed_by}."
        )
    if document.notes:
        pdf.text_line(document.notes)
    pdf.ln(4)
    pdf.text_line("Bon pour accord", 10, "B", 6)
    if document.accepted_on is not None:
        pdf.text_line(f"Signé par {document.signer_name} le {document.accepted_on:%d/%m/%Y}.")
    else:
        pdf.text_line("Date, nom et signature du client, précédés de « Bon pour accord » :")
    return bytes(pdf.output())


def _invoice_row(pdf: _Document, line: InvoiceLine) -> None:
    designation = line.designation
    if line.cumulative_percent is not None and line.cumulative_percent != 100:
        designation += f" - avancement cumulé {number(line.cumulative_percent)} %"
    pdf.row(
        (
            designation,
            number(line.quantity),
            line.unit,
            euros(line.unit_price),
            f"{number(line.vat_rate)} %",
            euros(line.amount),
        )
    )


def render_invoice(document: InvoiceDocument, font_dir: Path | None = DEFAULT_FONT_DIR) -> bytes:
    """The invoice's (or credit note's) PDF, before Factur-X makes it PDF/A-3."""
    e = document.content
    pdf = _Document(document.seller, font_dir)
    pdf.set_title(pdf.txt(f"{_TITLES[e.kind]} {e.number}"))
    pdf.add_page()
    _parties(pdf, document.seller, document.buyer)
    pdf.text_line(f"{_TITLES[e.kind]} n° {e.number}", 15, "B", 8)
    pdf.text_line(f"Date : {e.issued_on:%d/%m/%Y}")
    if e.quote_number:
        pdf.text_line(f"Devis : {e.quote_number}")
    if e.credited_invoice_number:
        pdf.text_line(f"Avoir sur la facture n° {e.credited_invoice_number} : {e.reason}")
    pdf.ln(2)
    _header_row(pdf)
    for line in e.lines:
        _invoice_row(pdf, line)
    _totals(pdf, e.totals)
    if e.retention:
        pdf.text_line(f"Retenue de garantie 5 % : {euros(e.retention)}")
    pdf.text_line(f"Net à payer : {euros(e.net_payable)}", 11, "B", 7)
    pdf.ln(2)
    if e.kind != "credit_note":
        s = document.seller
        pdf.text_line(f"Échéance : {e.due_on:%d/%m/%Y} (paiement à {s.payment_days} jours).")
        pdf.text_line("Pas d'escompte pour paiement anticipé.")
        pdf.text_line(f"Pénalités de retard : {s.late_penalty_rate}.")
        pdf.text_line(f"{RECOVERY_INDEMNITY}.")
        if s.iban:
            pdf.text_line(f"Règlement par virement : IBAN {s.iban}")
    return bytes(pdf.output())
