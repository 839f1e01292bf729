"""The quote aggregate (devis): draft → sent → accepted / refused (expired past its validity),
and what has been invoiced from it since it was accepted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.sales import (
    QuoteAccepted,
    QuoteDrafted,
    QuoteInvoiced,
    QuoteRefused,
    QuoteRevised,
    QuoteSection,
    QuoteSent,
    Totals,
    VatAttestation,
)

from sales.domain.errors import (
    InvalidQuoteError,
    QuoteExpiredError,
    QuoteStateError,
    VatAttestationMissingError,
)
from sales.domain.money import checked_sections, quote_totals, uses_reduced_rate

QuoteState = Literal["draft", "sent", "accepted", "refused"]
MAX_VALIDITY_DAYS = 366


@dataclass(frozen=True, slots=True)
class QuoteContent:
    """What a quote says: its sections and lines, validity, attestation and notes."""

    sections: list[QuoteSection]
    valid_until: date
    vat_attestation: VatAttestation | None = None
    notes: str = ""


def _checked(content: QuoteContent, today: date) -> tuple[QuoteContent, Totals]:
    sections = checked_sections(content.sections)
    if content.valid_until < today or (content.valid_until - today).days > MAX_VALIDITY_DAYS:
        raise InvalidQuoteError("La date de validité doit être comprise dans l'année à venir.")
    attestation = content.vat_attestation
    if attestation is not None and not " ".join(attestation.signed_by.split()):
        raise InvalidQuoteError("Indiquez qui a signé l'attestation de TVA à taux réduit.")
    notes = content.notes.strip()[:2000]
    checked = QuoteContent(sections, content.valid_until, attestation, notes)
    return checked, quote_totals(sections)


class Quote(es.Aggregate):
    """A quote for one client; its revisions keep the same number."""

    stream_type = "quote"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.client_id: UUID | None = None
        self.client_name = ""
        self.number = ""
        self.revision = 0
        self.drafted_on: date | None = None
        self.content = QuoteContent([], date.min)
        self.totals = Totals(excl_tax=Decimal("0"), vat_total=Decimal("0"), incl_tax=Decimal("0"))
        self.state: QuoteState = "draft"
        self.signer_name = ""
        self.accepted_on: date | None = None
        self.refusal_reason = ""
        self.deposit_bases: dict[str, Decimal] = {}
        self.deposit_deducted: dict[str, Decimal] = {}
        self.cumulative_percents: dict[int, Decimal] = {}
        self.cumulative_amounts: dict[int, Decimal] = {}
        self.invoice_ids: list[UUID] = []
        self.final_invoiced = False

    def status_on(self, today: date) -> str:
        """The state shown to users: a sent quote past its validity date is « expired »."""
        if self.state == "sent" and today > self.content.valid_until:
            return "expired"
        return self.state

    @classmethod
    def draft(
        cls,
        quote_id: UUID,
        client_id: UUID,
        number: str,
        content: QuoteContent,
        *,
        today: date,
        client_name: str = "",
    ) -> Quote:
        """A new draft quote numbered ``number``."""
        checked, totals = _checked(content, today)
        quote = cls(quote_id)
        quote.record(
            QuoteDrafted(
                quote_id=quote_id,
                client_id=client_id,
                client_name=client_name,
                number=number,
                drafted_on=today,
                sections=checked.sections,
                valid_until=checked.valid_until,
                vat_attestation=checked.vat_attestation,
                notes=checked.notes,
                totals=totals,
            )
        )
        return quote

    def revise(self, content: QuoteContent, *, today: date) -> None:
        """Change the content; a sent (or expired) quote becomes a draft of a new revision."""
        if self.state not in ("draft", "sent"):
            raise QuoteStateError("Un devis accepté ou refusé ne se modifie plus.")
        checked, totals = _checked(content, today)
        revision = self.revision + 1 if self.state == "sent" else self.revision
        self.record(
            QuoteRevised(
                quote_id=self.id,
                revision=revision,
                sections=checked.sections,
                valid_until=checked.valid_until,
                vat_attestation=checked.vat_attestation,
                notes=checked.notes,
                totals=totals,
            )
        )

    def ensure_sendable(self, today: date) -> None:
        """Refuse sending a refused/accepted/expired quote or one missing its attestation."""
        if self.state in ("accepted", "refused"):
            raise QuoteStateError("Ce devis est déjà accepté ou refusé.")
        if today > self.content.valid_until:
            raise QuoteExpiredError()
        if uses_reduced_rate(self.content.sections) and self.content.vat_attestation is None:
            raise VatAttestationMissingError()

    def send(self, sent: QuoteSent, today: date) -> None:
        """Record the sending (the app renders the PDF and the recipient into ``sent``)."""
        self.ensure_sendable(today)
        self.record(sent)

    def accept(self, signer_name: str, accepted_on: date) -> None:
        """« Bon pour accord »: the client's name and date of signature."""
        signer = " ".join(signer_name.split())
        if not signer or len(signer) > 200:
            raise InvalidQuoteError("Indiquez le nom du signataire du « Bon pour accord ».")
        if self.state != "sent":
            raise QuoteStateError("Seul un devis envoyé peut être accepté.")
        if accepted_on > self.content.valid_until:
            raise QuoteExpiredError()
        assert self.client_id is not None
        self.record(
            QuoteAccepted(
                quote_id=self.id,
                client_id=self.client_id,
                client_name=self.client_name,
                number=self.number,
                revision=self.revision,
                signer_name=signer,
                accepted_on=accepted_on,
                total_excl_tax=self.totals.excl_tax,
            )
        )

    def refuse(self, reason: str) -> None:
        if self.state not in ("draft", "sent"):
            raise QuoteStateError("Ce devis est déjà accepté ou refusé.")
        assert self.client_id is not None
        self.record(
            QuoteRefused(
                quote_id=self.id,
                client_id=self.client_id,
                number=self.number,
                reason=" ".join(reason.split())[:500],
            )
        )

    def record_invoiced(self, invoiced: QuoteInvoiced) -> None:
        """Record what an invoice billed (``sales.domain.billing`` computes it)."""
        if self.state != "accepted":
            raise QuoteStateError("Seul un devis accepté peut être facturé.")
        if self.final_invoiced:
            raise QuoteStateError("La facture de solde de ce devis est déjà émise.")
        self.record(invoiced)

    def _content(self, e: QuoteDrafted | QuoteRevised) -> None:
        self.content = QuoteContent(e.sections, e.valid_until, e.vat_attestation, e.notes)
        self.totals = e.totals

    def when_QuoteDrafted(self, e: QuoteDrafted) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name
        self.number = e.number
        self.revision = e.revision
        self.drafted_on = e.drafted_on
        self._content(e)

    def when_QuoteRevised(self, e: QuoteRevised) -> None:
        self.revision = e.revision
        self.state = "draft"
        self._content(e)

    def when_QuoteSent(self, e: QuoteSent) -> None:
        self.state = "sent"

    def when_QuoteAccepted(self, e: QuoteAccepted) -> None:
        self.state = "accepted"
        self.signer_name = e.signer_name
        self.accepted_on = e.accepted_on

    def when_QuoteRefused(self, e: QuoteRefused) -> None:
        self.state = "refused"
        self.refusal_reason = e.reason

    def when_QuoteInvoiced(self, e: QuoteInvoiced) -> None:
        self.invoice_ids.append(e.invoice_id)
        for key, base in e.deposit_bases.items():
            self.deposit_bases[key] = self.deposit_bases.get(key, Decimal("0")) + base
        self.deposit_deducted.update(e.deposit_deducted)
        self.cumulative_percents.update(e.cumulative_percents)
        self.cumulative_amounts.update(e.cumulative_amounts)
        if e.kind == "final":
            self.final_invoiced = True
