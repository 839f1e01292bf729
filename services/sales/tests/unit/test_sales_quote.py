"""The quote's states: draft -> sent -> accepted / refused / expired; revisions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import uuid4

import pytest
from ouvrage_events.catalog.sales import QuoteLine, QuoteSection, QuoteSent
from sales.domain.errors import InvalidQuoteError, QuoteExpiredError, QuoteStateError
from sales.domain.numbering import document_number
from sales.domain.quote import Quote, QuoteContent

TODAY = date(2026, 11, 30)
LINES = [
    QuoteSection(
        lines=[
            QuoteLine(
                designation="Peinture",
                quantity=D(30),
                unit="m²",
                unit_price=D("18.5"),
                vat_rate=D(20),
            )
        ]
    )
]


def draft(valid_until: date = date(2026, 12, 30)) -> Quote:
    return Quote.draft(uuid4(), uuid4(), "D-2026-4", QuoteContent(LINES, valid_until), today=TODAY)


def send(quote: Quote, today: date = TODAY) -> None:
    assert quote.client_id is not None
    quote.send(
        QuoteSent(
            quote_id=quote.id,
            client_id=quote.client_id,
            number=quote.number,
            revision=quote.revision,
            recipient_email="c@example.org",
            filename="d.pdf",
            pdf_base64="",
            sha256="",
        ),
        today,
    )


def test_numbers() -> None:
    assert document_number("F", 2026, 12) == "F-2026-12"
    with pytest.raises(ValueError, match="start at 1"):
        document_number("D", 2026, 0)


def test_draft_totals_and_sent_then_accepted() -> None:
    quote = draft()
    assert quote.totals.excl_tax == D("555.00")  # 30 × 18.50
    assert quote.totals.incl_tax == D("666.00")
    with pytest.raises(QuoteStateError):
        quote.accept("Mme Martin", TODAY)  # a draft is not signed
    send(quote)
    quote.accept("  Mme   Martin ", TODAY)
    assert (quote.state, quote.signer_name, quote.accepted_on) == ("accepted", "Mme Martin", TODAY)
    with pytest.raises(QuoteStateError):
        quote.revise(QuoteContent(LINES, date(2026, 12, 30)), today=TODAY)


def test_revising_a_sent_quote_makes_a_new_revision() -> None:
    quote = draft()
    quote.revise(QuoteContent(LINES, date(2026, 12, 20)), today=TODAY)
    assert quote.revision == 1  # a draft is edited in place
    send(quote)
    quote.revise(QuoteContent(LINES, date(2026, 12, 25)), today=TODAY)
    assert (quote.revision, quote.state, quote.number) == (2, "draft", "D-2026-4")


def test_expired_after_validity() -> None:
    quote = draft(date(2026, 12, 5))
    send(quote)
    assert quote.status_on(date(2026, 12, 5)) == "sent"
    assert quote.status_on(date(2026, 12, 6)) == "expired"
    with pytest.raises(QuoteExpiredError):
        quote.accept("Mme Martin", date(2026, 12, 6))
    quote.refuse("Trop cher")
    assert quote.state == "refused"


def test_validity_must_be_within_a_year() -> None:
    with pytest.raises(InvalidQuoteError):
        draft(date(2026, 11, 29))
    with pytest.raises(InvalidQuoteError):
        draft(date(2028, 1, 1))
