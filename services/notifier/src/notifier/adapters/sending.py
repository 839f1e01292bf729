"""The sender workers: take due emails from the outbox and deliver them, woken by NOTIFY on
insert (with a fallback poll), and recover the emails of workers that died mid-send."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import asyncpg
import structlog
from ouvrage_events.backoff import Backoff
from ouvrage_events.store.db import Conn

from notifier.app.delivery import (
    INTERRUPTED_BEFORE_DATA,
    INTERRUPTED_DURING_DATA,
    EmailDelivery,
)
from notifier.app.ports import ClaimedEmail, Delivery, Outbox

log = structlog.get_logger(__name__)

OUTBOX_CHANNEL = "notifier_outbox"
_DB_ERRORS = (OSError, asyncpg.PostgresError, asyncpg.InterfaceError)


Connect = Callable[[], Awaitable[asyncpg.Connection]]


class SenderWorkers:
    """Each worker and the recovery loop use a dedicated connection: the advisory lock an email
    is held by is a session lock, and must die with its worker's connection."""

    def __init__(
        self,
        *,
        connect: Connect,
        outbox: Outbox,
        delivery: EmailDelivery,
        workers: int = 1,
        poll_interval: float = 2.0,
        recovery_interval: float = 30.0,
    ) -> None:
        self._connect = connect
        self._outbox = outbox
        self._delivery = delivery
        self._workers = workers
        self._poll_interval = poll_interval
        self._recovery_interval = recovery_interval
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._listener: asyncpg.Connection | None = None

    async def start(self) -> None:
        self._listener = await self._connect()
        await self._listener.add_listener(OUTBOX_CHANNEL, self._on_notify)
        loops = [self._on_connection(self._work) for _ in range(self._workers)]
        for coro in [*loops, self._on_connection(self._recover_periodically)]:
            self._tasks.append(asyncio.create_task(coro, name="notifier-sender"))

    async def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._tasks:
            _done, pending = await asyncio.wait(self._tasks, timeout=timeout)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        self._tasks.clear()
        if self._listener is not None:
            with contextlib.suppress(Exception):
                await self._listener.close(timeout=2)
            self._listener = None

    def healthy(self) -> bool:
        return all(not task.done() for task in self._tasks)

    def _on_notify(self, *_: object) -> None:
        self._wake.set()

    async def _on_connection(self, body: Callable[[asyncpg.Connection], Awaitable[None]]) -> None:
        """Run ``body`` on a dedicated connection, reconnecting after database failures."""
        backoff = Backoff()
        while not self._stopping.is_set():
            try:
                conn = await self._connect()
                try:
                    backoff.reset()
                    await body(conn)
                finally:
                    with contextlib.suppress(Exception):
                        await conn.close(timeout=2)
            except _DB_ERRORS as exc:
                log.warning("sender.database_unavailable", error=type(exc).__name__)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), backoff.next())

    async def _work(self, conn: asyncpg.Connection) -> None:
        while not self._stopping.is_set():
            if not await self.send_next(conn):
                await self._wait(self._poll_interval)

    async def _recover_periodically(self, conn: asyncpg.Connection) -> None:
        while not self._stopping.is_set():
            await self.recover(conn)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._recovery_interval)

    async def _wait(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)
        self._wake.clear()

    async def send_next(self, conn: Conn) -> bool:
        """Deliver the next due email, if any; True when one was handled."""
        claimed = await self._outbox.claim(conn)
        if claimed is None:
            return False
        email_id = claimed.entry.email_id
        try:
            await self._delivery.deliver(conn, claimed)
        except _DB_ERRORS:
            raise
        except Exception:
            # The row stays in flight; recovery retries it or marks it unconfirmed.
            log.exception("sender.delivery_crashed", email_id=str(email_id))
        finally:
            await self._outbox.release(conn, email_id)
        return True

    async def recover(self, conn: Conn) -> int:
        """Settle emails left in flight by a dead worker: retry those that never reached DATA,
        mark the others unconfirmed (never sent twice). Returns how many were settled."""
        settled = 0
        for email_id in await self._outbox.in_flight(conn):
            claimed = await self._outbox.try_lock(conn, email_id)
            if claimed is None:
                continue  # its worker is alive and holds it
            try:
                await self._settle(conn, claimed)
                settled += 1
            except _DB_ERRORS:
                raise
            except Exception:
                log.exception("sender.recovery_crashed", email_id=str(email_id))
            finally:
                await self._outbox.release(conn, email_id)
        return settled

    async def _settle(self, conn: Conn, claimed: ClaimedEmail) -> None:
        email_id = claimed.entry.email_id
        log.warning("sender.recovered", email_id=str(email_id), status=claimed.status)
        if claimed.status == "sending":
            await self._outbox.reschedule(conn, email_id, 0, INTERRUPTED_BEFORE_DATA, Delivery())
        else:
            await self._delivery.record(
                claimed.entry, "unconfirmed", INTERRUPTED_DURING_DATA, Delivery()
            )
