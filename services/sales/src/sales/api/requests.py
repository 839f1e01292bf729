"""Request models of the sales API, under the platform's input policy (``ouvrage_platform.inputs``):
single-line and multi-line text without control characters, dates within the allowed years,
decimals bounded in digits (no ``1e999999`` reaching the money rules)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from ouvrage_events.catalog.sales import (
    CompanyMentions,
    PaymentMeans,
    QuoteLine,
    QuoteSection,
    Unit,
    VatAttestation,
)
from ouvrage_platform.inputs import BoundedDate, MultiLine, SingleLine
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from sales.domain.quote import QuoteContent

DECIMAL_PATTERN = r"^-?[0-9]{1,12}(\.[0-9]{1,6})?$"
Amount = Annotated[
    Decimal,
    Field(max_digits=18, decimal_places=6),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string", "pattern": DECIMAL_PATTERN}]}),
]
Line = Annotated[SingleLine, Field(max_length=200)]


class LineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    designation: Annotated[SingleLine, Field(min_length=1, max_length=500)]
    quantity: Annotated[Amount, Field(gt=0)]
    unit: Unit = "u"
    unit_price: Annotated[Amount, Field(ge=0)]
    discount_percent: Annotated[Amount, Field(ge=0, le=100)] = Decimal("0")
    vat_rate: Amount

    def line(self) -> QuoteLine:
        return QuoteLine(**self.model_dump())


class SectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line = ""
    lines: list[LineIn] = Field(default_factory=list, max_length=500)

    def section(self) -> QuoteSection:
        return QuoteSection(title=self.title, lines=[x.line() for x in self.lines])


class AttestationIn(BaseModel):
    """The client's attestation for the reduced VAT rates (renovation of a dwelling)."""

    signed_on: BoundedDate
    signed_by: Annotated[SingleLine, Field(min_length=1, max_length=200)]


class QuoteWrite(BaseModel):
    """A quote's content: sections of lines, validity (30 days by default), attestation."""

    model_config = ConfigDict(extra="forbid")

    sections: list[SectionIn] = Field(min_length=1, max_length=100)
    valid_until: BoundedDate | None = None
    vat_attestation: AttestationIn | None = None
    notes: Annotated[MultiLine, Field(max_length=2000)] = ""

    def content(self, default_validity: date) -> QuoteContent:
        attestation = self.vat_attestation
        return QuoteContent(
            [s.section() for s in self.sections],
            self.valid_until or default_validity,
            None if attestation is None else VatAttestation(**attestation.model_dump()),
            self.notes,
        )


class AcceptRequest(BaseModel):
    signer_name: Annotated[SingleLine, Field(min_length=1, max_length=200)]
    accepted_on: BoundedDate | None = None


class RefuseRequest(BaseModel):
    reason: Annotated[MultiLine, Field(max_length=500)] = ""


class InvoiceRequest(BaseModel):
    """Deposit (``percent`` or ``amount`` excl. tax), progress (cumulative ``percents`` per line
    number) or final; ``retention`` withholds 5 % of a situation or final invoice."""

    kind: Literal["deposit", "progress", "final"]
    percent: Annotated[Amount, Field(gt=0, le=100)] | None = None
    amount: Annotated[Amount, Field(gt=0)] | None = None
    percents: dict[int, Annotated[Amount, Field(ge=0, le=100)]] = Field(
        default_factory=dict, max_length=500
    )
    retention: bool = False


class CreditNoteRequest(BaseModel):
    """The whole invoice, or ``amount`` excl. tax at ``vat_rate``."""

    reason: Annotated[MultiLine, Field(min_length=1, max_length=500)]
    amount: Annotated[Amount, Field(gt=0)] | None = None
    vat_rate: Amount | None = None


class PaymentRequest(BaseModel):
    amount: Annotated[Amount, Field(gt=0)]
    paid_on: BoundedDate | None = None
    means: PaymentMeans = "virement"


class CompanyIn(BaseModel):
    """The legal mentions printed on quotes and invoices."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[SingleLine, Field(min_length=1, max_length=200)]
    legal_form: Line = ""
    address: Line = ""
    postal_code: Annotated[SingleLine, Field(max_length=20)] = ""
    city: Line = ""
    country: Annotated[SingleLine, Field(max_length=2)] = "FR"
    email: Line | None = None
    phone: Annotated[SingleLine, Field(max_length=40)] = ""
    siret: Annotated[SingleLine, Field(max_length=20)] = ""
    vat_number: Annotated[SingleLine, Field(max_length=20)] = ""
    insurer: Line = ""
    insurance_policy: Line = ""
    insurance_coverage: Line = ""
    iban: Annotated[SingleLine, Field(max_length=40)] = ""
    payment_days: int = Field(default=30, ge=0, le=60)
    late_penalty_rate: Annotated[SingleLine, Field(max_length=300)] = ""

    def mentions(self) -> CompanyMentions:
        return CompanyMentions(**self.model_dump())
