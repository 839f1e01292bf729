"""The French PDFs and the Factur-X XML: valid against the library's XSD, readable back."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D
from uuid import uuid4

import pytest
from facturx import get_xml_from_pdf
from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.sales import (
    Buyer,
    CompanyMentions,
    QuoteLine,
    QuoteSection,
    VatAttestation,
)
from pypdf import PdfReader
from sales.adapters.facturx import check_xml, cii_xml
from sales.adapters.pdf import DEFAULT_FONT_DIR, has_fonts
from sales.adapters.renderer import PdfRenderer
from sales.app.documents import InvoiceDocument, quote_document
from sales.domain import billing
from sales.domain.invoice import Invoice, Issue
from sales.domain.quote import Quote, QuoteContent
from sales.domain.standing import ClientStanding

TODAY = date(2026, 11, 30)
SELLER = CompanyMentions(
    name="Bâti Durand",
    legal_form="SARL",
    address="3 rue des Artisans",
    postal_code="69003",
    city="Lyon",
    email="contact@bati-durand.fr",
    siret="12345678900012",
    vat_number="FR32123456789",
    insurer="Assurances Mutuelles du Bâtiment",
    insurance_policy="n° 456-789",
    insurance_coverage="France métropolitaine",
    iban="FR76 3000 6000 0112 3456 7890 189",
    payment_days=30,
    late_penalty_rate="taux BCE + 10 points",
)
CLIENT = ClientStanding(
    uuid4(),
    uuid4(),
    "Dupont Jean",
    "jean@example.org",
    ("12 allée des Tilleuls", "69100", "Villeurbanne"),
)
SECTIONS = [
    QuoteSection(
        title="Salle de bains",
        lines=[
            QuoteLine(
                designation="Carrelage mural",
                quantity=D("12.5"),
                unit="m²",
                unit_price=D("42.37"),
                discount_percent=D(5),
                vat_rate=D(10),
            ),
            QuoteLine(
                designation="Dépose baignoire",
                quantity=D(1),
                unit="forfait",
                unit_price=D(350),
                vat_rate=D(10),
            ),
        ],
    ),
    QuoteSection(
        title="Électricité",
        lines=[
            QuoteLine(
                designation="Main-d'œuvre",
                quantity=D(3),
                unit="h",
                unit_price=D("45.555"),
                vat_rate=D(20),
            ),
        ],
    ),
]


def accepted() -> Quote:
    content = QuoteContent(
        SECTIONS, date(2026, 12, 30), VatAttestation(signed_on=TODAY, signed_by="Jean Dupont")
    )
    quote = Quote.draft(
        uuid4(), CLIENT.client_id, "D-2026-7", content, today=TODAY, client_name=CLIENT.display_name
    )
    return quote


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_quote_pdf_reads_back_in_french() -> None:
    pdf = PdfRenderer().quote_pdf(quote_document(accepted(), SELLER, CLIENT, TODAY))
    text = text_of(pdf)
    for expected in (
        "Devis n° D-2026-7",
        "Carrelage mural",
        "m²",
        "Sous-total Salle de bains",
        "853,14 €",
        "Total TTC",
        "Bon pour accord",
        "France métropolitaine",
        "SIRET 12345678900012",
        "attestation du client signée le 30/11/2026",
    ):
        assert expected in text, expected


def _invoice(kind: str) -> InvoiceDocument:
    quote = accepted()
    quote.state = "accepted"  # the billing rules need an accepted quote (states tested elsewhere)
    bill = (
        billing.deposit(quote, percent=D(30), amount=None)
        if kind == "deposit"
        else billing.progress(quote, {1: D(50), 3: D(100)}, retention=True)
    )
    issue = Issue(
        uuid4(),
        CLIENT.client_id,
        "F-2026-3",
        TODAY,
        30,
        CLIENT.display_name,
        quote.id,
        quote.number,
        SELLER,
        Buyer(name=CLIENT.display_name, address=Address(city="Villeurbanne")),
    )
    invoice = Invoice.issue(issue, bill)
    return InvoiceDocument(invoice.content, SELLER, invoice.content.buyer)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["deposit", "progress"])
def test_the_factur_x_xml_validates_against_the_xsd(kind: str) -> None:
    assert check_xml(cii_xml(_invoice(kind)))


def test_the_factur_x_pdf_embeds_the_xml_and_reads_back() -> None:
    document = _invoice("progress")
    pdf = PdfRenderer().invoice_pdf(document)
    filename, xml = get_xml_from_pdf(pdf, check_xsd=True)
    assert filename == "factur-x.xml"
    assert b"<ram:ID>F-2026-3</ram:ID>" in xml
    assert check_xml(xml)
    text = text_of(pdf)
    for expected in (
        "Facture de situation de travaux n° F-2026-3",
        "Retenue de garantie 5 %",
        "Net à payer",
        "Indemnité forfaitaire pour frais de recouvrement",
        "40 €",
        "Pénalités de retard",
        "Échéance : 30/12/2026",
    ):
        assert expected in text, expected


def _embedded_fonts(pdf: bytes) -> list[str]:
    names = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()
            for descendant in descriptor.get("/DescendantFonts", [descriptor]):
                found = descendant.get_object().get("/FontDescriptor")
                if found is not None and "/FontFile2" in found.get_object():
                    names.append(str(descriptor["/BaseFont"]))
    return names


def test_the_factur_x_pdf_embeds_its_fonts_as_pdf_a_requires() -> None:
    assert has_fonts(DEFAULT_FONT_DIR), "fonts-dejavu-core is installed by .ci/run"
    pdf = PdfRenderer(DEFAULT_FONT_DIR).invoice_pdf(_invoice("deposit"))
    assert _embedded_fonts(pdf)
    assert "Main-d'œuvre" in text_of(
        PdfRenderer(DEFAULT_FONT_DIR).quote_pdf(quote_document(accepted(), SELLER, CLIENT, TODAY))
    )


def test_without_the_font_files_the_core_font_still_prints_french() -> None:
    pdf = PdfRenderer(None).quote_pdf(quote_document(accepted(), SELLER, CLIENT, TODAY))
    assert _embedded_fonts(pdf) == []
    assert "Sous-total Électricité" in text_of(pdf)
