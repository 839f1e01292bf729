"""Live alerts: one LISTEN connection per process fans committed alerts out to the streams of
their recipients (``GET /alerts/stream``)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from uuid import UUID

import asyncpg
import ouvrage_events as es
import structlog

from notifier.app.alert_projection import ALERTS_CHANNEL

log = structlog.get_logger(__name__)

Key = tuple[UUID, UUID]  # (tenant, user)
QUEUE_SIZE = 100


class AlertHub:
    def __init__(self, dsn: str, *, reconnect_delay: float = 1.0) -> None:
        self._dsn = dsn
        self._reconnect_delay = reconnect_delay
        self._subscribers: dict[Key, set[asyncio.Queue[UUID]]] = defaultdict(set)
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._lost = asyncio.Event()
        self.listening = asyncio.Event()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="notifier-alert-hub")
        await asyncio.wait_for(self.listening.wait(), 30)

    async def stop(self) -> None:
        self._stopping.set()
        self._lost.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def subscribe(self, tenant_id: UUID, user_id: UUID) -> asyncio.Queue[UUID]:
        queue: asyncio.Queue[UUID] = asyncio.Queue(QUEUE_SIZE)
        self._subscribers[(tenant_id, user_id)].add(queue)
        return queue

    def unsubscribe(self, tenant_id: UUID, user_id: UUID, queue: asyncio.Queue[UUID]) -> None:
        key = (tenant_id, user_id)
        self._subscribers[key].discard(queue)
        if not self._subscribers[key]:
            del self._subscribers[key]

    def publish(self, payload: str) -> None:
        try:
            tenant, user, alert = (UUID(part) for part in payload.split(":"))
        except ValueError:
            log.warning("alert_hub.bad_payload")
            return
        for queue in list(self._subscribers.get((tenant, user), ())):
            with contextlib.suppress(asyncio.QueueFull):  # a stuck client misses alerts
                queue.put_nowait(alert)

    async def _listen(self) -> None:
        while not self._stopping.is_set():
            try:
                conn = await es.connect(self._dsn)
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("alert_hub.unavailable", error=type(exc).__name__)
                await asyncio.sleep(self._reconnect_delay)
                continue
            try:
                self._lost.clear()
                conn.add_termination_listener(lambda _conn: self._lost.set())
                await conn.add_listener(ALERTS_CHANNEL, self._on_notify)
                self.listening.set()
                await self._lost.wait()
                if not self._stopping.is_set():
                    log.warning("alert_hub.connection_lost")
                    await asyncio.sleep(self._reconnect_delay)
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    await conn.close(timeout=2)

    def _on_notify(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        self.publish(str(payload))
