"""The site sheet as a PDF, drawn with fpdf2.

fpdf2's core fonts (Helvetica) need no font file on the machine; they are written with the
Windows-1252 encoding (the PDF's WinAnsiEncoding), which holds every French letter, « », the
euro sign and typographic quotes. Anything outside it is reduced to its unaccented letters.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from fpdf import FPDF

from planning.app.sheet_handlers import SiteSheet

ENCODING = "windows-1252"
_FONT = "Helvetica"
# Latin letters that have no Unicode decomposition to a base letter.
_UNDECOMPOSABLE = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o"})


def printable(text: str) -> str:
    """The text with every character Windows-1252 can carry, the others approximated."""
    out = []
    for char in text.translate(_UNDECOMPOSABLE):
        try:
            char.encode(ENCODING)
            out.append(char)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char)
            kept = "".join(c for c in base if not unicodedata.combining(c))
            try:
                kept.encode(ENCODING)
                out.append(kept or "?")
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


class _SheetPdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = ENCODING
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(auto=True, margin=15)

    def heading(self, text: str) -> None:
        self.ln(3)
        self.set_font(_FONT, "B", 12)
        self.cell(0, 7, printable(text), new_x="LMARGIN", new_y="NEXT")
        self.set_font(_FONT, "", 10)

    def lines(self, lines: list[str], empty: str = "—") -> None:
        for line in lines or [empty]:
            self.multi_cell(0, 5, printable(line), new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(_FONT, "I", 8)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")


def render_site_sheet(sheet: SiteSheet) -> bytes:
    """The PDF bytes of a site sheet."""
    pdf = _SheetPdf()
    pdf.set_title(printable(f"Fiche de chantier - {sheet.title}"))
    pdf.set_creator("Ouvrage")
    pdf.set_lang("fr")
    pdf.add_page()
    _header(pdf, sheet, sheet.printed_on)
    pdf.heading("Client")
    pdf.lines([sheet.client_name, *sheet.address])
    pdf.heading("Contact")
    pdf.lines(sheet.contact, "Aucun contact renseigné")
    pdf.heading("Début du chantier")
    pdf.lines([sheet.start])
    pdf.heading("Tâches")
    pdf.lines([f"• {task}" for task in sheet.tasks], "Aucune tâche")
    pdf.heading("Interventions")
    _interventions(pdf, sheet)
    pdf.heading("Notes")
    pdf.lines(sheet.notes, "Aucune note")
    return bytes(pdf.output())


def _header(pdf: _SheetPdf, sheet: SiteSheet, printed_on: date) -> None:
    pdf.set_font(_FONT, "B", 18)
    pdf.cell(0, 10, "Fiche de chantier", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_FONT, "B", 13)
    pdf.multi_cell(0, 7, printable(sheet.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_FONT, "", 9)
    company = f"{sheet.company} - " if sheet.company else ""
    pdf.cell(
        0,
        5,
        printable(f"{company}imprimée le {printed_on:%d/%m/%Y}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )


def _interventions(pdf: _SheetPdf, sheet: SiteSheet) -> None:
    if not sheet.interventions:
        pdf.lines([], "Aucune intervention")
        return
    for line in sheet.interventions:
        padlock = " - verrouillée" if line.locked else ""
        pdf.set_font(_FONT, "B", 10)
        pdf.multi_cell(
            0,
            5,
            printable(f"• {line.label} ({line.state}{padlock})"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font(_FONT, "", 10)
        pdf.lines([f"   {line.when}", f"   Opérateurs : {line.operators}"])
