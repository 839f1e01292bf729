"""The relay: publishes committed events from the event store (the outbox) to Kafka.

At least once, in (txid, position) order, which keeps each aggregate's order and never skips a
transaction that commits late (see ``EventStore.read_all``). One relay per service is active at
a time: leadership is a session advisory lock, released by PostgreSQL when its holder dies, so a
standby takes over. Woken by LISTEN/NOTIFY on commit, with a fallback poll.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import asyncpg
import structlog
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from ouvrage_events import metrics, tracing
from ouvrage_events.backoff import Backoff
from ouvrage_events.contract import cloudevents
from ouvrage_events.contract.base import Envelope
from ouvrage_events.runtime.kafka import idempotent_producer
from ouvrage_events.store.db import Conn, connect
from ouvrage_events.store.event_store import EventStore, Position
from ouvrage_events.tracing import SpanKind

log = structlog.get_logger(__name__)

_LEADER_LOCK = (0x0E5, 0x2E1A7)


BUSY_BATCH = 100
"""A batch this full means writers outpace the relay: their NOTIFYs are not needed."""


class _StoppingError(Exception):
    """Raised out of a retry loop when the relay is asked to stop."""


@dataclass(frozen=True, slots=True)
class _InFlight:
    """A batch sent, not yet acknowledged: the checkpoint moves to `position` once `acks` is
    done."""

    position: Position
    acks: asyncio.Future[list[Any]]
    count: int


class Relay:
    def __init__(
        self,
        dsn: str,
        bootstrap: str,
        *,
        service: str,
        topic: str | None = None,
        name: str = "relay",
        batch_size: int = 500,
        poll_interval: float = 1.0,
        standby_interval: float = 0.5,
        producer_factory: Callable[[], AIOKafkaProducer] | None = None,
    ) -> None:
        self.dsn = dsn
        self.service = service
        self.topic = topic or cloudevents.topic_for(service)
        self.name = name
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.standby_interval = standby_interval
        self._producer_factory = producer_factory or (
            lambda: idempotent_producer(bootstrap, client_id=f"{service}-{name}")
        )
        self._store = EventStore()
        self._stopping = asyncio.Event()
        self._wake = asyncio.Event()
        self._producer: AIOKafkaProducer
        self.is_leader = False
        # When the oldest committed event not yet published occurred (None: all published).
        # The lag gauge reads it when scraped, so it keeps growing while the relay is stuck.
        self.oldest_pending: datetime | None = None
        metrics.RELAY_LAG.labels(service).set_function(self.lag_seconds)

    def lag_seconds(self) -> float:
        """Age of the oldest committed event not yet published; 0 when all are."""
        oldest = self.oldest_pending
        return 0.0 if oldest is None else max((datetime.now(UTC) - oldest).total_seconds(), 0.0)

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    async def run(self) -> None:
        """Lead or stand by until ``stop``; survives PostgreSQL and Kafka outages."""
        backoff = Backoff()
        while not self._stopping.is_set():
            try:
                await self._session()
                backoff.reset()
            except _StoppingError:
                return
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                log.warning("relay.database_unavailable", error=type(exc).__name__)
                await self._sleep(backoff.next())
            finally:
                self._set_leader(False)

    async def _session(self) -> None:
        conn = await connect(
            self.dsn, server_settings={"application_name": f"{self.service}-relay"}
        )
        try:
            while not await conn.fetchval("SELECT pg_try_advisory_lock($1, $2)", *_LEADER_LOCK):
                if await self._sleep(self.standby_interval):
                    return
            self._set_leader(True)
            log.info("relay.leading", service=self.service, topic=self.topic)
            await conn.add_listener("es_events", self._on_notify)
            try:
                await self._lead(conn)
            finally:
                with contextlib.suppress(Exception):  # nobody waits any more
                    await self._set_wakeups(conn, notify=False)
        finally:
            with contextlib.suppress(Exception):
                await asyncio.shield(conn.close(timeout=2))

    async def _lead(self, conn: Conn) -> None:
        checkpoint = await self._load_checkpoint(conn)
        await self._pending(conn, checkpoint)  # the lag shows even if Kafka is down from the start
        self._producer = await self._start_producer()
        busy = True  # a previous leader may have left the wake-ups off
        horizon: int | None = None
        held_back_wait = 0.002
        read_to = checkpoint  # rows up to here are sent; up to `checkpoint`, acknowledged
        in_flight: _InFlight | None = None
        backoff = Backoff(initial=0.1)
        try:
            while not self._stopping.is_set():
                self._wake.clear()
                try:
                    rows = await self._store.read_all(conn, read_to, self.batch_size)
                    if rows:
                        self.oldest_pending = min(env.time for _, env in rows)
                        if len(rows) >= BUSY_BATCH and not busy:
                            await self._set_wakeups(conn, notify=False)
                            busy = True
                        # The next batch is read and queued while this one's acks are awaited
                        # (one batch ahead, no more): reading and publishing overlap.
                        sent = await self._publish(self._producer, [env for _, env in rows])
                        read_to = rows[-1][0]
                        previous, in_flight = in_flight, _InFlight(read_to, sent, len(rows))
                        if previous is not None:
                            checkpoint = await self._settle(conn, previous)
                        held_back_wait = 0.002
                        continue
                    if in_flight is not None:
                        checkpoint = await self._settle(conn, in_flight)
                        in_flight = None
                        backoff.reset()
                        continue
                except KafkaError as exc:
                    await self._recover(exc, backoff, in_flight)
                    read_to, in_flight = checkpoint, None  # resent whole, from the checkpoint
                    continue
                if busy:
                    horizon = await self._set_wakeups(conn, notify=True)
                    busy = False
                if await self._must_look_again(conn, checkpoint, horizon):
                    await self._wait(held_back_wait)
                    held_back_wait = min(held_back_wait * 2, 0.1)
                else:
                    horizon = None
                    await self._wait(self.poll_interval)
        finally:
            with contextlib.suppress(Exception):
                await self._producer.stop()

    async def _settle(self, conn: Conn, in_flight: _InFlight) -> Position:
        """Wait for every acknowledgement of a sent batch, then move the checkpoint past it."""
        await in_flight.acks
        metrics.RELAY_PUBLISHED.labels(self.service).inc(in_flight.count)
        await self._save_checkpoint(conn, in_flight.position)
        return in_flight.position

    async def _recover(
        self, exc: KafkaError, backoff: Backoff, in_flight: _InFlight | None
    ) -> None:
        """After a failed send: a new producer, after a backoff; everything past the checkpoint
        is sent again, so duplicates are possible (consumers deduplicate by event id), losses
        are not."""
        metrics.RELAY_FAILURES.labels(self.service).inc()
        delay = backoff.next()
        log.warning("relay.publish_failed", error=type(exc).__name__, retry_in=delay)
        if in_flight is not None:
            in_flight.acks.cancel()
        with contextlib.suppress(Exception):
            await self._producer.stop()
        if await self._sleep(delay):
            raise _StoppingError from exc
        self._producer = await self._start_producer()

    async def _set_wakeups(self, conn: Conn, *, notify: bool) -> int:
        """Turn writers' NOTIFY on or off; returns the next transaction id after the change.

        A writer that read the old setting has a transaction id below the returned value: until
        every such transaction has ended, the relay polls instead of waiting for a NOTIFY.
        """
        await conn.execute(
            "INSERT INTO es_relay_wakeup (id, notify) VALUES (true, $1) "
            "ON CONFLICT (id) DO UPDATE SET notify = EXCLUDED.notify",
            notify,
        )
        xmax: int = await conn.fetchval(
            "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"
        )
        return xmax

    async def _must_look_again(self, conn: Conn, checkpoint: Position, horizon: int | None) -> bool:
        """True while committed rows are held back by an older running transaction, or while a
        writer that may not have notified is still running."""
        pending, xmin = await self._pending(conn, checkpoint)
        metrics.RELAY_HELD_BACK.labels(self.service).set(1 if pending else 0)
        return pending or (horizon is not None and xmin < horizon)

    async def _pending(self, conn: Conn, checkpoint: Position) -> tuple[bool, int]:
        """Whether committed rows lie past the checkpoint (their oldest sets the lag), and the
        snapshot's xmin."""
        row = await conn.fetchrow(
            "SELECT (SELECT min(occurred_at) FROM es_events WHERE (txid, position) > ($1, $2))"
            " AS oldest, pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin",
            checkpoint.txid,
            checkpoint.position,
        )
        assert row is not None
        self.oldest_pending = row["oldest"]
        return row["oldest"] is not None, int(row["xmin"])

    async def _publish(
        self, producer: AIOKafkaProducer, batch: list[Envelope]
    ) -> asyncio.Future[list[Any]]:
        """Queue the batch's records; the future completes when all are acknowledged."""
        traced = tracing.recording()
        futures = [await self._send(producer, envelope, traced) for envelope in batch]
        return asyncio.gather(*futures)

    async def _send(
        self, producer: AIOKafkaProducer, envelope: Envelope, traced: bool
    ) -> asyncio.Future[Any]:
        """Queue one record, in a span that is a child of the span which recorded the event
        (when spans are recorded at all). The record keeps the recording span's `traceparent`:
        consumers are its children too."""
        attributes = {"messaging.destination.name": self.topic}
        with (
            tracing.event_span(f"publish {envelope.type}", envelope, SpanKind.PRODUCER, attributes)
            if traced
            else contextlib.nullcontext()
        ):
            key, value, headers = cloudevents.encode(envelope)
            sent: asyncio.Future[Any] = await producer.send(
                self.topic, value=value, key=key, headers=headers
            )
            return sent

    async def _start_producer(self) -> AIOKafkaProducer:
        backoff = Backoff()
        while True:
            producer = self._producer_factory()
            try:
                await producer.start()
                return producer
            except KafkaError as exc:
                log.warning("relay.kafka_unavailable", error=type(exc).__name__)
                with contextlib.suppress(Exception):
                    await producer.stop()
                if await self._sleep(backoff.next()):
                    raise _StoppingError from exc

    async def _load_checkpoint(self, conn: Conn) -> Position:
        row = await conn.fetchrow(
            "SELECT txid, position FROM es_relay_checkpoints WHERE name = $1", self.name
        )
        return Position(row["txid"], row["position"]) if row else Position(0, 0)

    async def _save_checkpoint(self, conn: Conn, checkpoint: Position) -> None:
        await conn.execute(
            """INSERT INTO es_relay_checkpoints (name, txid, position) VALUES ($1, $2, $3)
               ON CONFLICT (name) DO UPDATE SET txid = EXCLUDED.txid,
                 position = EXCLUDED.position, updated_at = now()""",
            self.name,
            checkpoint.txid,
            checkpoint.position,
        )

    def _on_notify(self, *_: object) -> None:
        self._wake.set()

    async def _wait(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    async def _sleep(self, seconds: float) -> bool:
        """Sleep unless stopped; True if stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        return self._stopping.is_set()

    def _set_leader(self, leading: bool) -> None:
        self.is_leader = leading
        if not leading:
            self.oldest_pending = None  # the new leader reports it
        metrics.RELAY_LEADER.labels(self.service).set(1 if leading else 0)
