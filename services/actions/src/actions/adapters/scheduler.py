"""The due-alert scheduler: records ``ActionDue`` once when an open action's alert time comes.

Durable: what is due is read from the actions read model, so it catches up after downtime and
survives restarts. Safe with replicas: a per-action ``pg_try_advisory_xact_lock`` avoids wasted
work, and the event store's optimistic concurrency settles any race (both load version v, only one
append of v+1 succeeds; the aggregate itself refuses a second ``ActionDue`` for one alert time).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import UTC, datetime

import asyncpg
import ouvrage_events as es
import structlog
from ouvrage_events.backoff import Backoff

from actions.adapters import queries
from actions.adapters.locks import try_lock_due
from actions.app.projections import ALERTS_CHANNEL
from actions.app.records import DueCandidate
from actions.domain.action import Action
from actions.domain.errors import NotDueError

log = structlog.get_logger(__name__)

Clock = Callable[[], datetime]

_DATABASE_ERRORS = (OSError, asyncpg.PostgresError, asyncpg.InterfaceError)


def utc_now() -> datetime:
    return datetime.now(UTC)


class DueScheduler:
    def __init__(
        self,
        uow_factory: es.UnitOfWorkFactory,
        *,
        dsn: str | None = None,
        interval: float = 0.5,
        batch_size: int = 100,
        clock: Clock = utc_now,
        use_advisory_lock: bool = True,
    ) -> None:
        """``dsn`` enables LISTEN on the alerts channel (other replicas' new alerts wake this one
        too); ``use_advisory_lock=False`` leaves races to optimistic concurrency alone (tests)."""
        self.uow_factory = uow_factory
        self.pool = uow_factory.pool
        self.dsn = dsn
        self.interval = interval
        self.batch_size = batch_size
        self.clock = clock
        self.use_advisory_lock = use_advisory_lock
        self.recorded = 0
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._listener: asyncpg.Connection | None = None

    def wake(self, alert_at: datetime | None = None) -> None:
        """Look again now (an alert time was set: it may be nearer than the next wake-up)."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    async def run(self) -> None:
        """Record due alerts until ``stop``; survives database outages."""
        log.info("scheduler.started", interval=self.interval)
        backoff = Backoff(initial=self.interval)
        try:
            while not self._stopping.is_set():
                try:
                    await self._listen()
                    self._wake.clear()
                    await self.run_once()
                    delay = await self._delay()
                    backoff.reset()
                except _DATABASE_ERRORS as exc:
                    log.warning("scheduler.database_unavailable", error=type(exc).__name__)
                    await self._close_listener()
                    delay = backoff.next()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), delay)
        finally:
            await self._close_listener()
            log.info("scheduler.stopped", recorded=self.recorded)

    async def run_once(self) -> int:
        """One pass: record every alert due now; how many this scheduler recorded."""
        recorded = 0
        while True:
            candidates = await queries.due_candidates(self.pool, self.clock(), self.batch_size)
            fired = [await self._fire_safely(c) for c in candidates]
            recorded += sum(fired)
            # A full batch may hide more: go on while this pass makes progress.
            if len(candidates) < self.batch_size or not any(fired):
                break
        self.recorded += recorded
        return recorded

    async def _fire_safely(self, candidate: DueCandidate) -> bool:
        """One action's alert; a failure other than the database's is logged and skipped, so
        that one bad stream cannot stop every other alert."""
        try:
            return await self._fire(candidate)
        except _DATABASE_ERRORS:
            raise
        except Exception as exc:
            log.error(
                "scheduler.fire_failed",
                action_id=str(candidate.action_id),
                error=type(exc).__name__,
            )
            return False

    async def _fire(self, candidate: DueCandidate) -> bool:
        metadata = es.Metadata(tenant_id=candidate.tenant_id)
        async with self.uow_factory(metadata) as uow:
            if self.use_advisory_lock and not await try_lock_due(uow.conn, candidate.action_id):
                return False
            action = await uow.get(Action, candidate.action_id)
            if action is None:
                return False
            try:
                action.mark_due(self.clock(), candidate.client_name or None)
                await uow.commit()
            except NotDueError:
                return False
            except es.ConcurrencyError:
                log.info("scheduler.lost_race", action_id=str(candidate.action_id))
                return False
        log.info(
            "action.due", action_id=str(candidate.action_id), tenant_id=str(metadata.tenant_id)
        )
        return True

    async def _delay(self) -> float:
        """Seconds until the next pass: the poll interval, or less if an alert comes sooner."""
        nearest = await queries.next_alert(self.pool)
        if nearest is None:
            return self.interval
        return max(0.0, min(self.interval, (nearest - self.clock()).total_seconds()))

    async def _listen(self) -> None:
        if self.dsn is None or (self._listener is not None and not self._listener.is_closed()):
            return
        conn = await es.connect(self.dsn)
        await conn.add_listener(ALERTS_CHANNEL, self._notified)
        self._listener = conn

    def _notified(self, *_: object) -> None:
        self._wake.set()

    async def _close_listener(self) -> None:
        conn, self._listener = self._listener, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close(timeout=2)
