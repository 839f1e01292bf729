"""Reads of the acceptances sales keeps (``sales_acceptances``)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from sales.app.retention import RetentionRelease


class PostgresRetentionReleases:
    def __init__(self, pool: Any) -> None:
        self.pool = pool

    async def for_invoice(
        self, tenant_id: UUID, client_id: UUID, quote_id: UUID | None
    ) -> RetentionRelease | None:
        """The acceptance of the quote's works, else the client's latest acceptance."""
        row = await self.pool.fetchrow(
            """SELECT accepted_on, open_reserves, retention_releasable_on FROM sales_acceptances
               WHERE tenant_id = $1 AND client_id = $2
                 AND (quote_id IS NULL OR $3::uuid IS NULL OR quote_id = $3)
               ORDER BY (quote_id IS NOT DISTINCT FROM $3) DESC, accepted_on DESC, worksite_id
               LIMIT 1""",
            tenant_id,
            client_id,
            quote_id,
        )
        if row is None:
            return None
        releasable_on: date | None = row["retention_releasable_on"]
        return RetentionRelease(row["accepted_on"], row["open_reserves"], releasable_on)
