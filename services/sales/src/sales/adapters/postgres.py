"""Reads of the sales service on PostgreSQL: the clients it knows, lists, balance, history."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import ouvrage_events as es

from sales.app.views import Balance, HistoryEntry, InvoiceRow, QuoteRow
from sales.domain.standing import ClientStanding

OUTSTANDING = (
    "(net_payable + CASE WHEN retention_released THEN retention ELSE 0 END - credited - paid)"
)


class PostgresClientDirectory:
    async def standing(self, conn: Any, client_id: UUID) -> ClientStanding | None:
        row = await conn.fetchrow("SELECT * FROM sales_clients WHERE id = $1", client_id)
        if row is None:
            return None
        return ClientStanding(
            client_id=row["id"],
            tenant_id=row["tenant_id"],
            display_name=row["display_name"],
            email=row["email"],
            address=(row["street"], row["postal_code"], row["city"]),
            block_reason=row["block_reason"],
            trashed=row["trashed"],
            registered=bool(row["display_name"]),
        )


_INVOICE_FIELDS = (
    f"id, client_id, quote_id, number, kind, issued_on, due_on, total_incl_tax, "
    f"CASE WHEN kind = 'credit_note' THEN 0 ELSE {OUTSTANDING} END AS outstanding, seq"
)
_HISTORY_KEYS = (
    "recipient_email",
    "filename",
    "sha256",
    "signer_name",
    "amount",
    "number",
    "revision",
    "reason",
    "kind",
    "means",
    "paid_on",
)


class SalesQueries:
    """Lists and sums of the read model, limited to one tenant."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool

    async def quotes(
        self, tenant_id: UUID, client_id: UUID, limit: int, after: int | None
    ) -> list[QuoteRow]:
        rows = await self.pool.fetch(
            "SELECT id, client_id, number, revision, state, valid_until, total_excl_tax, "
            "total_incl_tax, version, seq FROM sales_quotes WHERE tenant_id = $1 "
            "AND client_id = $2 AND seq > $3 ORDER BY seq LIMIT $4",
            tenant_id,
            client_id,
            after or 0,
            limit,
        )
        return [QuoteRow(**dict(r)) for r in rows]

    async def invoices(
        self,
        tenant_id: UUID,
        *,
        today: date,
        overdue: bool | None,
        client_id: UUID | None,
        limit: int,
        after: int | None,
    ) -> list[InvoiceRow]:
        overdue_sql = (
            f" AND kind <> 'credit_note' AND due_on < $5 AND {OUTSTANDING} > 0"
            if overdue
            else " AND $5::date IS NOT NULL"
        )
        rows = await self.pool.fetch(
            f"SELECT {_INVOICE_FIELDS} FROM sales_invoices WHERE tenant_id = $1 AND seq > $2 "
            f"AND ($3::uuid IS NULL OR client_id = $3){overdue_sql} ORDER BY seq LIMIT $4",
            tenant_id,
            after or 0,
            client_id,
            limit,
            today,
        )
        return [InvoiceRow(**dict(r)) for r in rows]

    async def balance(self, tenant_id: UUID, client_id: UUID, today: date) -> Balance:
        """The client's outstanding balance (encours): what is owed on its invoices, less
        credit notes and payments; a credit larger than what is owed makes it negative."""
        row = await self.pool.fetchrow(
            "SELECT COALESCE(SUM(net_payable + CASE WHEN retention_released THEN retention "
            "ELSE 0 END), 0) AS invoiced, COALESCE(SUM(credited), 0) AS credited, "
            "COALESCE(SUM(paid), 0) AS paid, COALESCE(SUM(CASE WHEN due_on < $3 AND "
            f"{OUTSTANDING} > 0 THEN {OUTSTANDING} ELSE 0 END), 0) AS overdue, "
            "COALESCE(SUM(CASE WHEN retention_released THEN 0 ELSE retention END), 0) AS held "
            "FROM sales_invoices WHERE tenant_id = $1 AND client_id = $2 "
            "AND kind <> 'credit_note'",
            tenant_id,
            client_id,
            today,
        )
        return Balance(
            client_id=client_id,
            invoiced=row["invoiced"],
            credited=row["credited"],
            paid=row["paid"],
            balance=row["invoiced"] - row["credited"] - row["paid"],
            overdue=row["overdue"],
            retention_held=row["held"],
        )

    async def history(self, stream_id: UUID) -> list[HistoryEntry]:
        """A document's events, oldest first (what was sent, to whom, when, by whom), their
        personal fields opened (an erased client's read as erased)."""
        return [
            HistoryEntry(
                at=e.time,
                event=e.name,
                actor_id=e.actor_id,
                details={k: e.payload[k] for k in _HISTORY_KEYS if k in e.payload},
            )
            for e in await es.EventStore().read_stream(self.pool, stream_id)
        ]

    async def overdue_candidates(self, today: date, limit: int) -> list[tuple[UUID, UUID]]:
        """(tenant, invoice) of invoices past due, unpaid, not yet recorded overdue."""
        rows = await self.pool.fetch(
            "SELECT tenant_id, id FROM sales_invoices WHERE kind <> 'credit_note' "
            f"AND NOT overdue_recorded AND due_on < $1 AND {OUTSTANDING} > 0 "
            "ORDER BY due_on LIMIT $2",
            today,
            limit,
        )
        return [(r["tenant_id"], r["id"]) for r in rows]
