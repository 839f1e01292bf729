"""The live board's fan-out: one LISTEN connection per process passes the committed changes of
a company's planning to the open streams of that company (``GET /planning/stream``)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from uuid import UUID

import asyncpg
import ouvrage_events as es
import structlog

from planning.app.projections.board_feed import BOARD_CHANNEL

log = structlog.get_logger(__name__)

QUEUE_SIZE = 200
Change = tuple[str, UUID]  # (aggregate type, aggregate id)


class BoardHub:
    """Subscribers per company; a stuck subscriber loses changes, never blocks the others."""

    def __init__(self, dsn: str, *, reconnect_delay: float = 1.0) -> None:
        self._dsn = dsn
        self._reconnect_delay = reconnect_delay
        self._subscribers: dict[UUID, set[asyncio.Queue[Change]]] = defaultdict(set)
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._lost = asyncio.Event()
        self.listening = asyncio.Event()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="planning-board-hub")
        await asyncio.wait_for(self.listening.wait(), 30)

    async def stop(self) -> None:
        self._stopping.set()
        self._lost.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def subscribe(self, tenant_id: UUID) -> asyncio.Queue[Change]:
        queue: asyncio.Queue[Change] = asyncio.Queue(QUEUE_SIZE)
        self._subscribers[tenant_id].add(queue)
        return queue

    def unsubscribe(self, tenant_id: UUID, queue: asyncio.Queue[Change]) -> None:
        self._subscribers[tenant_id].discard(queue)
        if not self._subscribers[tenant_id]:
            del self._subscribers[tenant_id]

    def publish(self, payload: str) -> None:
        try:
            tenant, kind, aggregate = payload.split(":")
            change = (kind, UUID(aggregate))
            queues = list(self._subscribers.get(UUID(tenant), ()))
        except ValueError:
            log.warning("board_hub.bad_payload")
            return
        for queue in queues:
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(change)

    async def _listen(self) -> None:
        while not self._stopping.is_set():
            try:
                conn = await es.connect(self._dsn)
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("board_hub.unavailable", error=type(exc).__name__)
                await asyncio.sleep(self._reconnect_delay)
                continue
            try:
                self._lost.clear()
                conn.add_termination_listener(lambda _conn: self._lost.set())
                await conn.add_listener(BOARD_CHANNEL, self._on_notify)
                self.listening.set()
                await self._lost.wait()
                if not self._stopping.is_set():
                    log.warning("board_hub.connection_lost")
                    await asyncio.sleep(self._reconnect_delay)
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    await conn.close(timeout=2)

    def _on_notify(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        self.publish(str(payload))
