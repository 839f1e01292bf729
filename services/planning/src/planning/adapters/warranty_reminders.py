"""The warranty reminder loop: 30 days before the parfait achèvement ends, while reserves remain,
records ``ParfaitAchevementReminderDue`` once per worksite (the notifier alerts the client's owner).

Durable and safe to repeat: what is due comes from the ``worksite_acceptances`` read model, the
aggregate refuses a second reminder, and the event store's ``(stream, version)`` key settles a
race between two replicas (the loser gets ``ConcurrencyError`` and moves on).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from uuid import UUID
from zoneinfo import ZoneInfo

import asyncpg
import ouvrage_events as es
import structlog
from ouvrage_events.backoff import Backoff

from planning.adapters import directory_reads, warranty_reads
from planning.domain.warranty import REMINDER_DAYS
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)

Today = Callable[[ZoneInfo], date]
"""Today's date in a company's time zone (tests give a fixed day)."""
LATEST_ZONE = ZoneInfo("Etc/GMT-14")
"""UTC+14: no company's calendar is ahead of it (the candidates' bound)."""
_DATABASE_ERRORS = (OSError, asyncpg.PostgresError, asyncpg.InterfaceError)


def company_today(zone: ZoneInfo) -> date:
    """Today's date in ``zone`` (the calendar the guarantees are counted in)."""
    return datetime.now(UTC).astimezone(zone).date()


class WarrantyReminders:
    def __init__(
        self,
        uow_factory: es.UnitOfWorkFactory,
        *,
        default_zone: str,
        interval: float,
        today: Today = company_today,
        batch: int = 100,
    ) -> None:
        self.uow_factory = uow_factory
        self.default_zone = default_zone
        self.today = today
        self.interval = interval
        self.batch = batch
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        """Look for due reminders every ``interval`` seconds until ``stop``."""
        backoff = Backoff(initial=min(self.interval, 1.0), maximum=max(self.interval, 5.0))
        while not self._stopping.is_set():
            try:
                await self.run_once()
                delay = self.interval
                backoff.reset()
            except _DATABASE_ERRORS as exc:
                log.warning("warranty_reminders.database_unavailable", error=type(exc).__name__)
                delay = backoff.next()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)

    async def run_once(self) -> int:
        """One pass: how many reminders were recorded (each company's day in its time zone)."""
        latest = self.today(LATEST_ZONE)
        async with self.uow_factory.pool.acquire() as conn:
            rows = await warranty_reads.reminders_due(conn, latest, REMINDER_DAYS, self.batch)
            zones = {
                tenant: (await directory_reads.company(conn, tenant, self.default_zone)).zone
                for tenant in {r["tenant_id"] for r in rows}
            }
        recorded = 0
        for row in rows:
            today = self.today(zones[row["tenant_id"]])
            recorded += await self._remind(row["tenant_id"], row["worksite_id"], today)
        return recorded

    async def _remind(self, tenant_id: UUID, worksite_id: UUID, today: date) -> int:
        metadata = es.Metadata(tenant_id=tenant_id)
        try:
            async with self.uow_factory(metadata) as uow:
                worksite = await uow.get(Worksite, worksite_id)
                if worksite is None or not worksite.remind_parfait_achevement_end(today):
                    return 0
                await uow.commit()
        except es.ConcurrencyError:
            log.info("warranty_reminders.lost_race", worksite_id=str(worksite_id))
            return 0
        except _DATABASE_ERRORS:
            raise
        except Exception as exc:  # one bad stream must not stop the other reminders
            log.error("warranty_reminders.failed", worksite_id=str(worksite_id),
                      error=type(exc).__name__)  # fmt: skip
            return 0
        log.info("worksite.parfait_achevement_ending", worksite_id=str(worksite_id))
        return 1
