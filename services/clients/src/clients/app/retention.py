"""The retention job: prospects without activity for the company's number of years (3 by
default) are erased like on request (reason « retention »), and each run that erased some is
recorded in the company's retention history.

« Activity » is what the clients service sees: the last event of the record (its card's
``updated_at``); activity in other services does not count yet (docs/decisions.md).
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.clients import ProspectsErasedForRetention
from ouvrage_events.privacy import ERASED_PERSON

from clients.app.erasure import ErasureHandlers
from clients.domain.retention import RetentionPolicy, retention_policy_id

if TYPE_CHECKING:
    import asyncpg

log = structlog.get_logger(__name__)

_STALE = (
    "SELECT id FROM client_cards WHERE tenant_id = $1 AND kind = 'prospect' "
    "AND updated_at < $2 AND display_name <> $3 ORDER BY updated_at LIMIT 1000"
)


@dataclass(frozen=True, slots=True)
class RetentionRun:
    at: datetime
    years: int
    erased: int


class Retention:
    def __init__(self, pipeline: es.Pipeline, pool: asyncpg.Pool, erasure: ErasureHandlers) -> None:
        self.pipeline = pipeline
        self.pool = pool
        self.erasure = erasure

    async def _policy(self, run: es.Command) -> RetentionPolicy:
        policy_id = retention_policy_id(run.tenant_id)
        policy = await run.get(RetentionPolicy, policy_id)
        if policy is None:
            policy = RetentionPolicy(policy_id)
            run.add(policy)
        return policy

    async def set_years(self, meta: es.Metadata, years: int) -> int:
        async with self.pipeline.command(meta) as run:
            policy = await self._policy(run)
            policy.set_years(years)
            await run.commit()
        return policy.years

    async def policy(self, tenant_id: UUID) -> tuple[int, list[RetentionRun]]:
        """The company's number of years and the job's runs that erased prospects."""
        async with self.pipeline.command(es.Metadata(tenant_id=tenant_id)) as run:
            years = (await self._policy(run)).years
        stream = await es.EventStore().read_stream(self.pool, retention_policy_id(tenant_id))
        runs = [
            RetentionRun(env.time, env.payload["years"], len(env.payload["client_ids"]))
            for env in stream
            if env.type == ProspectsErasedForRetention.event_type()
        ]
        return years, runs

    async def run_tenant(self, tenant_id: UUID, now: datetime | None = None) -> list[UUID]:
        meta = es.Metadata(tenant_id=tenant_id)
        years, _runs = await self.policy(tenant_id)
        limit = (now or datetime.now(UTC)) - timedelta(days=365 * years)
        stale = [r["id"] for r in await self.pool.fetch(_STALE, tenant_id, limit, ERASED_PERSON)]
        for client_id in stale:
            await self.erasure.erase(client_id, meta, reason="retention")
        if stale:
            async with self.pipeline.command(meta) as run:
                (await self._policy(run)).report(stale)
                await run.commit()
            log.info("retention.prospects_erased", tenant_id=str(tenant_id), count=len(stale))
        return stale

    async def run_once(self, now: datetime | None = None) -> int:
        tenants = [r["tenant_id"] for r in await self.pool.fetch(
            "SELECT DISTINCT tenant_id FROM client_cards"
        )]  # fmt: skip
        return sum([len(await self.run_tenant(t, now)) for t in tenants])

    async def run_forever(self, every: float, stop: asyncio.Event) -> None:
        """Run now, then every ``every`` seconds, until ``stop``; a failed run is retried."""
        import asyncpg  # the driver's errors, loaded by the running job only (app/ stays pure)

        while not stop.is_set():
            try:
                await self.run_once()
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("retention.run_failed", error=type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every)
