"""Records ``InvoiceOverdue`` once for each invoice still unpaid after its due date.

Durable: candidates come from the read model, so a stopped service catches up. Safe with
replicas: two of them marking the same invoice both load version v and only one append of v+1
commits (the other gets ``ConcurrentUpdateError`` and moves on); the aggregate itself refuses a
second ``InvoiceOverdue``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from uuid import UUID

import ouvrage_events as es
import structlog

from sales.app.ports import Today
from sales.domain.invoice import Invoice

log = structlog.get_logger(__name__)
Candidates = Callable[[date, int], Awaitable[list[tuple[UUID, UUID]]]]


class OverdueScheduler:
    def __init__(
        self,
        pipeline: es.Pipeline,
        candidates: Candidates,
        today: Today,
        *,
        interval: float = 300.0,
        batch: int = 100,
    ) -> None:
        self.pipeline = pipeline
        self.candidates = candidates
        self.today = today
        self.interval = interval
        self.batch = batch
        self._stopping = asyncio.Event()

    async def run_once(self) -> int:
        """Mark what is overdue today; how many invoices were marked."""
        today = self.today()
        marked = 0
        for tenant_id, invoice_id in await self.candidates(today, self.batch):
            try:
                async with self.pipeline.command(es.Metadata(tenant_id=tenant_id)) as run:
                    invoice = await run.load(Invoice, invoice_id)
                    if invoice.mark_overdue(today):
                        await run.commit()
                        marked += 1
                        log.info("invoice.overdue", invoice_id=str(invoice_id))
            except es.ConcurrentUpdateError:
                log.info("invoice.overdue_race", invoice_id=str(invoice_id))
        return marked

    async def run(self) -> None:
        """Look every ``interval`` seconds until ``stop``; survives database errors."""
        while not self._stopping.is_set():
            try:
                await self.run_once()
            except Exception as exc:  # the database went away: try again later
                log.warning("invoice.overdue_failed", error=type(exc).__name__)
            try:
                await asyncio.wait_for(self._stopping.wait(), self.interval)
            except TimeoutError:
                continue

    def stop(self) -> None:
        self._stopping.set()
