"""What the application needs from the outside; ``sales.adapters`` implements it (PostgreSQL,
fpdf2 + factur-x), the unit tests fake it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol
from uuid import UUID

import ouvrage_events as es

from sales.app.documents import InvoiceDocument, QuoteDocument
from sales.app.views import Balance, HistoryEntry, InvoiceRow, QuoteRow
from sales.domain.numbering import Series
from sales.domain.standing import ClientStanding

Today = Callable[[], date]
"""The company's current date (Europe/Paris): quotes' validity, invoices' dates."""


class ClientDirectory(Protocol):
    """This service's projection of the clients service's events."""

    async def standing(self, conn: Any, client_id: UUID) -> ClientStanding | None: ...


class Numbering(Protocol):
    async def next(self, cmd: es.Command, series: Series, year: int) -> int:
        """The next number of the tenant's series for ``year``, drawn in the command's
        transaction: the counter moves only if the command commits (no gaps), and concurrent
        commands of the same series wait for each other (no duplicates)."""


class Renderer(Protocol):
    def quote_pdf(self, document: QuoteDocument) -> bytes: ...

    def invoice_pdf(self, document: InvoiceDocument) -> bytes:
        """A Factur-X PDF (PDF/A-3 with the CII XML, EN 16931 profile)."""


class SalesReads(Protocol):
    """Lists and sums of the read model, limited to one tenant."""

    async def quotes(
        self, tenant_id: UUID, client_id: UUID, limit: int, after: int | None
    ) -> list[QuoteRow]: ...

    async def invoices(
        self,
        tenant_id: UUID,
        *,
        today: date,
        overdue: bool | None,
        client_id: UUID | None,
        limit: int,
        after: int | None,
    ) -> list[InvoiceRow]: ...

    async def balance(self, tenant_id: UUID, client_id: UUID, today: date) -> Balance: ...

    async def history(self, stream_id: UUID) -> list[HistoryEntry]: ...

    async def overdue_candidates(self, today: date, limit: int) -> list[tuple[UUID, UUID]]: ...
