"""When the retention (retenue de garantie) of an invoice may be released, from the acceptance of
the works planning recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol
from uuid import UUID


@dataclass(frozen=True, slots=True)
class RetentionRelease:
    accepted_on: date
    open_reserves: int
    releasable_on: date | None
    """``None`` while reserves remain."""

    def releasable(self, today: date) -> bool:
        return self.releasable_on is not None and self.releasable_on <= today


class RetentionReleases(Protocol):
    """Where the acceptances planning recorded are read (``adapters/warranty_reads.py``)."""

    async def for_invoice(
        self, tenant_id: UUID, client_id: UUID, quote_id: UUID | None
    ) -> RetentionRelease | None: ...
