"""Deposit, situations 30 % -> 70 % -> 100 % with retention, final invoice, credit note:
amounts worked by hand (in the comments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import uuid4

import pytest
from ouvrage_events.catalog.sales import QuoteLine, QuoteSection, VatAttestation
from sales.domain import billing
from sales.domain.errors import (
    InvalidInvoiceError,
    InvalidPaymentError,
    QuoteStateError,
    VatAttestationMissingError,
)
from sales.domain.invoice import Invoice, Issue
from sales.domain.quote import Quote, QuoteContent

TODAY = date(2026, 11, 30)
# Line 1: 1 forfait × 10 000.00 at 10 %; line 2: 4 u × 1 250.00 at 20 % = 5 000.00.
# Quote: 15 000.00 excl. tax; VAT 1 000.00 (10 %) + 1 000.00 (20 %); 17 000.00 incl. tax.
SECTIONS = [
    QuoteSection(
        title="Gros œuvre",
        lines=[
            QuoteLine(
                designation="Extension",
                quantity=D(1),
                unit="forfait",
                unit_price=D("10000.00"),
                vat_rate=D(10),
            )
        ],
    ),
    QuoteSection(
        title="Fenêtres",
        lines=[
            QuoteLine(designation="Fenêtre PVC", quantity=D(4), unit_price=D(1250), vat_rate=D(20))
        ],
    ),
]
ATTESTATION = VatAttestation(signed_on=TODAY, signed_by="M. Dupont")


def accepted_quote() -> Quote:
    content = QuoteContent(SECTIONS, date(2026, 12, 30), ATTESTATION)
    quote = Quote.draft(uuid4(), uuid4(), "D-2026-1", content, today=TODAY)
    quote.record(_sent(quote))
    quote.accept("Jean Dupont", TODAY)
    return quote


def _sent(quote: Quote):  # type: ignore[no-untyped-def]
    from ouvrage_events.catalog.sales import QuoteSent

    assert quote.client_id is not None
    return QuoteSent(
        quote_id=quote.id,
        client_id=quote.client_id,
        number=quote.number,
        recipient_email="client@example.org",
        filename="devis.pdf",
        pdf_base64="",
        sha256="",
    )


def apply(quote: Quote, bill: billing.Bill) -> None:
    quote.record_invoiced(billing.invoiced(quote, uuid4(), "F-2026-x", bill))


def amounts(bill: billing.Bill) -> list[D]:
    return [line.amount for line in bill.lines]


def test_deposit_then_two_situations_then_final_add_up_to_the_quote() -> None:
    quote = accepted_quote()
    assert quote.totals.incl_tax == D("17000.00")

    # Deposit 30 % of 15 000 = 4 500, split by base: 20 %: 4 500 × 5 000/15 000 = 1 500;
    # 10 %: the rest, 3 000. VAT 300 + 300; 5 100 incl. tax.
    deposit = billing.deposit(quote, percent=D(30), amount=None)
    assert amounts(deposit) == [D("1500.00"), D("3000.00")]
    assert (deposit.totals.excl_tax, deposit.totals.incl_tax) == (D("4500.00"), D("5100.00"))
    apply(quote, deposit)

    # Situation 1 at 30 %: line 1 3 000, line 2 1 500; deposit absorbed pro rata:
    # 20 %: 1 500 × 1 500/5 000 = 450; 10 %: 3 000 × 3 000/10 000 = 900.
    # Bases 1 050 (20 %) and 2 100 (10 %): VAT 210 + 210; 3 570 incl.; retention 5 % = 178.50.
    s1 = billing.progress(quote, {1: D(30), 2: D(30)}, retention=True)
    assert amounts(s1) == [D("3000.00"), D("1500.00"), D("-450.00"), D("-900.00")]
    assert (s1.totals.excl_tax, s1.totals.vat_total, s1.totals.incl_tax) == (
        D("3150.00"),
        D("420.00"),
        D("3570.00"),
    )
    assert (s1.retention, s1.net_payable) == (D("178.50"), D("3391.50"))
    apply(quote, s1)

    # Situation 2: line 1 at 70 % (7 000 - 3 000 = 4 000), line 2 at 100 % (5 000 - 1 500 =
    # 3 500); deposit: 20 %: 1 500 - 450 = 1 050; 10 %: 3 000 × 0.7 - 900 = 1 200.
    # Bases 2 450 (20 %) -> VAT 490; 2 800 (10 %) -> VAT 280; 6 020 incl.; retention 301.
    s2 = billing.progress(quote, {1: D(70), 2: D(100)}, retention=True)
    assert amounts(s2) == [D("4000.00"), D("3500.00"), D("-1050.00"), D("-1200.00")]
    assert (s2.totals.excl_tax, s2.totals.vat_total, s2.totals.incl_tax) == (
        D("5250.00"),
        D("770.00"),
        D("6020.00"),
    )
    assert (s2.retention, s2.net_payable) == (D("301.00"), D("5719.00"))
    apply(quote, s2)

    # Final: 10 000 + 5 000, less situations (20 %: 5 000; 10 %: 7 000), less the deposit left
    # (10 %: 3 000 - 2 100 = 900). 2 100 excl. tax, VAT 210, 2 310 incl., retention 115.50.
    fin = billing.final(quote, retention=True)
    assert amounts(fin) == [
        D("10000.00"),
        D("5000.00"),
        D("-5000.00"),
        D("-7000.00"),
        D("-900.00"),
    ]
    assert (fin.totals.excl_tax, fin.totals.vat_total, fin.totals.incl_tax) == (
        D("2100.00"),
        D("210.00"),
        D("2310.00"),
    )
    assert (fin.retention, fin.net_payable) == (D("115.50"), D("2194.50"))
    apply(quote, fin)

    every = [deposit, s1, s2, fin]
    assert sum(b.totals.excl_tax for b in every) == quote.totals.excl_tax
    assert sum(b.totals.incl_tax for b in every) == quote.totals.incl_tax
    with pytest.raises(QuoteStateError):
        billing.progress(quote, {1: D(100)}, retention=False)


def test_a_deposit_by_amount_and_no_more_than_the_quote() -> None:
    quote = accepted_quote()
    # 1 000 excl. tax: 20 %: 1 000 × 5 000/15 000 = 333.333 -> 333.33; 10 %: 666.67.
    bill = billing.deposit(quote, percent=None, amount=D(1000))
    assert amounts(bill) == [D("333.33"), D("666.67")]
    apply(quote, bill)
    with pytest.raises(InvalidInvoiceError):
        billing.deposit(quote, percent=D(94), amount=None)


def test_situations_only_go_forward() -> None:
    quote = accepted_quote()
    apply(quote, billing.progress(quote, {1: D(50)}, retention=False))
    with pytest.raises(InvalidInvoiceError):
        billing.progress(quote, {1: D(40)}, retention=False)
    with pytest.raises(InvalidInvoiceError):
        billing.progress(quote, {3: D(40)}, retention=False)
    with pytest.raises(InvalidInvoiceError):
        billing.progress(quote, {1: D(50)}, retention=False)


def test_situation_differences_never_drift_from_rounding() -> None:
    # A line of 100.01: 33 % = 33.0033 -> 33.00; 66 % = 66.0066 -> 66.01 (33.01 billed);
    # 100 % -> 34.00 billed: 33.00 + 33.01 + 34.00 = 100.01.
    content = QuoteContent(
        [
            QuoteSection(
                lines=[
                    QuoteLine(
                        designation="x", quantity=D(1), unit_price=D("100.01"), vat_rate=D(20)
                    )
                ]
            )
        ],
        date(2026, 12, 30),
    )
    quote = Quote.draft(uuid4(), uuid4(), "D-2026-2", content, today=TODAY)
    quote.record(_sent(quote))
    quote.accept("A", TODAY)
    billed = []
    for pct in (33, 66, 100):
        bill = billing.progress(quote, {1: D(pct)}, retention=False)
        billed.append(bill.lines[0].amount)
        apply(quote, bill)
    assert billed == [D("33.00"), D("33.01"), D("34.00")]


def issued(bill: billing.Bill, quote: Quote) -> Invoice:
    assert quote.client_id is not None
    issue = Issue(uuid4(), quote.client_id, "F-2026-1", TODAY, 30, quote_id=quote.id)
    return Invoice.issue(issue, bill)


def test_credit_note_lowers_what_is_owed_and_never_exceeds_the_invoice() -> None:
    quote = accepted_quote()
    invoice = issued(billing.deposit(quote, percent=D(30), amount=None), quote)
    assert invoice.outstanding == D("5100.00")
    assert invoice.content.due_on == date(2026, 12, 30)
    # 100.00 excl. tax at 20 % = 120.00 incl. tax.
    bill = invoice.credit_bill(D(100), D(20))
    note = Invoice.issue_credit_note(
        Issue(uuid4(), invoice.content.client_id, "F-2026-2", TODAY, 0), invoice, bill, "Geste"
    )
    assert note.content.kind == "credit_note"
    assert note.content.totals.incl_tax == D("120.00")
    assert invoice.outstanding == D("4980.00")
    with pytest.raises(InvalidInvoiceError):
        invoice.credit_bill(None, None)  # the whole 5 100 is more than the 4 980 left
    with pytest.raises(InvalidPaymentError):
        invoice.record_payment(uuid4(), D("4980.01"), TODAY, "virement")
    invoice.record_payment(uuid4(), D("4980.00"), TODAY, "virement")
    assert invoice.outstanding == D("0.00")
    assert not invoice.mark_overdue(date(2027, 2, 1))


def test_overdue_once_after_the_due_date_and_retention_release() -> None:
    quote = accepted_quote()
    invoice = issued(billing.progress(quote, {1: D(10)}, retention=True), quote)
    # 1 000 at 10 % -> 1 100 incl.; retention 55; net 1 045.
    assert (invoice.content.retention, invoice.outstanding) == (D("55.00"), D("1045.00"))
    assert not invoice.mark_overdue(date(2026, 12, 30))
    assert invoice.mark_overdue(date(2026, 12, 31))
    assert not invoice.mark_overdue(date(2027, 1, 5))
    invoice.release_retention(date(2027, 12, 1))
    assert invoice.outstanding == D("1100.00")


def test_reduced_rates_need_the_attestation_to_be_sent() -> None:
    content = QuoteContent(SECTIONS, date(2026, 12, 30))
    quote = Quote.draft(uuid4(), uuid4(), "D-2026-3", content, today=TODAY)
    with pytest.raises(VatAttestationMissingError):
        quote.ensure_sendable(TODAY)
    quote.revise(QuoteContent(SECTIONS, date(2026, 12, 30), ATTESTATION), today=TODAY)
    quote.ensure_sendable(TODAY)


def test_an_invoice_with_vat_needs_the_seller_vat_number() -> None:
    from ouvrage_events.catalog.sales import CompanyMentions

    quote = accepted_quote()
    assert quote.client_id is not None
    seller = CompanyMentions(name="Bâti Durand", siret="12345678900012")
    issue = Issue(uuid4(), quote.client_id, "F-2026-1", TODAY, 30, seller=seller)
    with pytest.raises(InvalidInvoiceError, match="numéro de TVA intracommunautaire"):
        Invoice.issue(issue, billing.deposit(quote, percent=D(30), amount=None))
