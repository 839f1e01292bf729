"""Factur-X: the invoice's CII XML (EN 16931 profile) embedded in its PDF, made PDF/A-3 by the
``factur-x`` library (``generate_from_binary``, which checks the XML against the XSD first).

The XML follows the element order of the UN/CEFACT CII D16B schema the library ships. EN 16931
has no retention: the due amount stays the grand total (BR-CO-16) and a note states the
retention and the net to pay. A deposit invoice is type 386 (prepayment invoice), a credit note
381 referring to the credited invoice (BT-25), every other invoice 380.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from facturx import generate_from_binary, xml_check_xsd
from lxml import etree
from lxml.etree import _Element
from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.sales import InvoiceLine, VatTotal

from sales.adapters.pdf import DEFAULT_FONT_DIR, render_invoice
from sales.app.documents import InvoiceDocument

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
EN16931 = "urn:cen.eu:en16931:2017"
TYPE_CODES = {"deposit": "386", "progress": "380", "final": "380", "credit_note": "381"}
# UN/ECE recommendation 20 codes of our units.
UNIT_CODES = {"u": "C62", "m²": "MTK", "ml": "MTR", "m³": "MTQ", "h": "HUR", "forfait": "LS"}
ZERO_RATE_REASON = "TVA non applicable"


def _add(parent: _Element, tag: str, text: str | None = None, **attrs: str) -> _Element:
    prefix, name = tag.split(":")
    element = etree.SubElement(parent, f"{{{NS[prefix]}}}{name}", attrs)
    if text is not None:
        element.text = text
    return element


def _amount(value: Decimal) -> str:
    return f"{value:.2f}"


def _date(parent: _Element, tag: str, value: date) -> None:
    _add(_add(parent, tag), "udt:DateTimeString", value.strftime("%Y%m%d"), format="102")


def _category(rate: Decimal) -> str:
    return "S" if rate else "E"


def _address(parent: _Element, address: Address, street: str | None = None) -> None:
    node = _add(parent, "ram:PostalTradeAddress")
    if address.postal_code:
        _add(node, "ram:PostcodeCode", address.postal_code)
    if street or address.street:
        _add(node, "ram:LineOne", street or address.street)
    if address.city:
        _add(node, "ram:CityName", address.city)
    _add(node, "ram:CountryID", address.country or "FR")


def _line(parent: _Element, no: int, line: InvoiceLine) -> None:
    item = _add(parent, "ram:IncludedSupplyChainTradeLineItem")
    _add(_add(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(no))
    _add(_add(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.designation)
    price = _add(_add(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
    _add(price, "ram:ChargeAmount", format(abs(line.unit_price), "f"))
    delivery = _add(item, "ram:SpecifiedLineTradeDelivery")
    unit = UNIT_CODES.get(line.unit, "C62")
    _add(delivery, "ram:BilledQuantity", format(line.quantity, "f"), unitCode=unit)
    settlement = _add(item, "ram:SpecifiedLineTradeSettlement")
    tax = _add(settlement, "ram:ApplicableTradeTax")
    _add(tax, "ram:TypeCode", "VAT")
    _add(tax, "ram:CategoryCode", _category(line.vat_rate))
    _add(tax, "ram:RateApplicablePercent", format(line.vat_rate.normalize(), "f"))
    total = _add(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _add(total, "ram:LineTotalAmount", _amount(line.amount))


def _vat(parent: _Element, vat: VatTotal) -> None:
    tax = _add(parent, "ram:ApplicableTradeTax")
    _add(tax, "ram:CalculatedAmount", _amount(vat.amount))
    _add(tax, "ram:TypeCode", "VAT")
    if not vat.rate:
        _add(tax, "ram:ExemptionReason", ZERO_RATE_REASON)
    _add(tax, "ram:BasisAmount", _amount(vat.base))
    _add(tax, "ram:CategoryCode", _category(vat.rate))
    _add(tax, "ram:RateApplicablePercent", format(vat.rate.normalize(), "f"))


def _agreement(transaction: _Element, document: InvoiceDocument) -> None:
    agreement = _add(transaction, "ram:ApplicableHeaderTradeAgreement")
    seller, buyer = document.seller, document.buyer
    party = _add(agreement, "ram:SellerTradeParty")
    _add(party, "ram:Name", seller.name)
    legal = _add(party, "ram:SpecifiedLegalOrganization")
    _add(legal, "ram:ID", seller.siret, schemeID="0009")  # 0009: SIRET
    seller_address = Address(postal_code=seller.postal_code, city=seller.city)
    _address(party, seller_address, seller.address)
    if seller.vat_number:
        _add(
            _add(party, "ram:SpecifiedTaxRegistration"), "ram:ID", seller.vat_number, schemeID="VA"
        )
    buyer_party = _add(agreement, "ram:BuyerTradeParty")
    _add(buyer_party, "ram:Name", buyer.name)
    _address(buyer_party, buyer.address)


def _settlement(transaction: _Element, document: InvoiceDocument) -> None:
    e = document.content
    settlement = _add(transaction, "ram:ApplicableHeaderTradeSettlement")
    _add(settlement, "ram:InvoiceCurrencyCode", "EUR")
    if document.seller.iban and e.kind != "credit_note":
        means = _add(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _add(means, "ram:TypeCode", "58")  # SEPA credit transfer
        account = _add(means, "ram:PayeePartyCreditorFinancialAccount")
        _add(account, "ram:IBANID", document.seller.iban.replace(" ", ""))
    for vat in e.totals.vat:
        _vat(settlement, vat)
    terms = _add(settlement, "ram:SpecifiedTradePaymentTerms")
    _add(terms, "ram:Description", f"Paiement à {document.seller.payment_days} jours")
    _date(terms, "ram:DueDateDateTime", e.due_on)
    summation = _add(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _add(summation, "ram:LineTotalAmount", _amount(e.totals.excl_tax))
    _add(summation, "ram:TaxBasisTotalAmount", _amount(e.totals.excl_tax))
    _add(summation, "ram:TaxTotalAmount", _amount(e.totals.vat_total), currencyID="EUR")
    _add(summation, "ram:GrandTotalAmount", _amount(e.totals.incl_tax))
    _add(summation, "ram:DuePayableAmount", _amount(e.totals.incl_tax))
    if e.credited_invoice_number:
        referenced = _add(settlement, "ram:InvoiceReferencedDocument")
        _add(referenced, "ram:IssuerAssignedID", e.credited_invoice_number)


def cii_xml(document: InvoiceDocument) -> bytes:
    """The invoice as CII XML, EN 16931 profile."""
    e = document.content
    root = etree.Element(f"{{{NS['rsm']}}}CrossIndustryInvoice", nsmap=NS)
    context = _add(root, "rsm:ExchangedDocumentContext")
    _add(_add(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", EN16931)
    header = _add(root, "rsm:ExchangedDocument")
    _add(header, "ram:ID", e.number)
    _add(header, "ram:TypeCode", TYPE_CODES[e.kind])
    _date(header, "ram:IssueDateTime", e.issued_on)
    if e.retention:
        note = _add(header, "ram:IncludedNote")
        _add(
            note,
            "ram:Content",
            f"Retenue de garantie 5 % : {_amount(e.retention)} EUR ; "
            f"net à payer : {_amount(e.net_payable)} EUR",
        )
    transaction = _add(root, "rsm:SupplyChainTradeTransaction")
    for no, line in enumerate(e.lines, start=1):
        _line(transaction, no, line)
    _agreement(transaction, document)
    _add(transaction, "ram:ApplicableHeaderTradeDelivery")
    _settlement(transaction, document)
    xml: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return xml


def check_xml(xml: bytes) -> bool:
    """The library's XSD check of a Factur-X EN 16931 XML (raises when invalid)."""
    return bool(xml_check_xsd(xml, flavor="factur-x", level="en16931"))


def render_facturx(document: InvoiceDocument, font_dir: Path | None = DEFAULT_FONT_DIR) -> bytes:
    """The Factur-X PDF (PDF/A-3, XML attached as factur-x.xml, checked against the XSD)."""
    pdf = render_invoice(document, font_dir)
    metadata = {
        "author": document.seller.name,
        "keywords": "Factur-X, facture",
        "title": f"{document.seller.name} : facture {document.number}",
        "subject": f"Facture {document.number} du {document.content.issued_on:%d/%m/%Y}",
    }
    out: bytes = generate_from_binary(
        pdf,
        cii_xml(document),
        flavor="factur-x",
        level="en16931",
        check_xsd=True,
        pdf_metadata=metadata,
        lang="fr-FR",
    )
    return out
