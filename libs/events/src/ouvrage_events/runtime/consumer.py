"""The consumer runtime: other services' events from Kafka into a projection, exactly once in
effect.

One consumer group per (service, projection). Each event's effect and its tracking record commit
in one transaction; offsets are committed after, so a redelivery finds the tracking record and
does nothing. A message that keeps failing goes to the dead-letter topic with the error in its
headers, and the later events of its aggregate are parked (kept in order in PostgreSQL) until
``replay_parked`` applies them. Unknown event types are skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import UTC, datetime
from typing import Any

import asyncpg
import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.errors import KafkaError

from ouvrage_events import metrics, privacy, tracing
from ouvrage_events.backoff import Backoff
from ouvrage_events.contract import cloudevents
from ouvrage_events.contract.base import Envelope
from ouvrage_events.contract.registry import Registry
from ouvrage_events.contract.registry import registry as default_registry
from ouvrage_events.runtime.consumer_metrics import ParkedStreams, update_lag
from ouvrage_events.runtime.kafka import TopicSpec, client_options, ensure_topics
from ouvrage_events.runtime.parking import describe, insert_parked, park
from ouvrage_events.runtime.projection import LOCK_CLASS, Projection
from ouvrage_events.store.db import Conn
from ouvrage_events.store.event_store import AppendOrderError
from ouvrage_events.tracing import SpanKind

log = structlog.get_logger(__name__)

# Failures that say nothing about the message: wait for the database, never park for them.
_INFRASTRUCTURE_ERRORS = (OSError, asyncpg.InterfaceError, asyncpg.CannotConnectNowError)
# ...and what ends a consumer's session without ending the consumer (issue 21's fault tests).
_SESSION_ERRORS = (*_INFRASTRUCTURE_ERRORS, asyncpg.PostgresConnectionError)

FETCH_MAX_WAIT_MS = 10
"""How long the broker may hold an empty fetch (aiokafka's default: 500 ms). Not only an idle
cost: aiokafka sends one fetch per broker at a time, and a partition whose records were just
handled waits for the fetch already in flight for the others to return (aiokafka 0.14,
``Fetcher._get_actions_per_node``: ``elif node_id in self._in_flight: continue``), so this bounds
the delay of an event on a quiet partition. Costs an empty fetch every 10 ms per idle consumer."""

OFFSET_COMMIT_INTERVAL = 1.0
"""Seconds between offset commits while records flow (and always at a revocation or a stop).
Committing after every batch cost a broker round trip before the next fetch; a later commit only
means a larger redelivery after a crash, which the tracking records make harmless."""


class _Assignment(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, runtime: Consumer) -> None:
        self.runtime = runtime

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self.runtime.commit()

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self.runtime.assigned.set()


class Consumer:
    def __init__(
        self,
        *,
        service: str,
        projection: Projection,
        pool: asyncpg.Pool,
        bootstrap: str,
        topics: list[str] | None = None,
        registry: Registry | None = None,
        group_id: str | None = None,
        max_attempts: int = 5,
        backoff: float = 0.1,
        max_backoff: float = 2.0,
        topic_spec: TopicSpec | None = None,
    ) -> None:
        self.projection = projection
        self.topic_spec = topic_spec or TopicSpec()
        self.pool = pool
        self.bootstrap = bootstrap
        self.registry = registry or default_registry
        self.group_id = group_id or f"{service}.{projection.name}"
        self.topics = topics or sorted(cloudevents.topic_for(s) for s in projection.services())
        self.dlq_topic = cloudevents.dlq_topic_for(self.group_id)
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.assigned = asyncio.Event()
        self._stopping = asyncio.Event()
        self._offsets: dict[TopicPartition, int] = {}
        self._next_commit = 0.0
        self._batching = True
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._parked = ParkedStreams(pool, projection.name)

    def stop(self) -> None:
        """Finish the message in hand, commit, leave the group."""
        self._stopping.set()

    async def run(self) -> None:
        """Consume until ``stop``; a broker that is down (at start or later) is waited for."""
        backoff = Backoff(initial=self.backoff)
        while not self._stopping.is_set():
            try:
                await self._session()
                return
            except KafkaError as exc:
                log.warning(
                    "consumer.kafka_unavailable", group=self.group_id, error=type(exc).__name__
                )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), backoff.next())
            except _SESSION_ERRORS as exc:
                # The database went away between two batches (the parked streams' refresh, a
                # key's lookup): a new session, redelivered what was not committed (deduplicated)
                log.warning(
                    "consumer.database_unavailable", group=self.group_id, error=type(exc).__name__
                )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), backoff.next())

    async def _session(self) -> None:
        self._consumer = AIOKafkaConsumer(
            **client_options(self.bootstrap),
            group_id=self.group_id,
            client_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=200,
            fetch_max_wait_ms=FETCH_MAX_WAIT_MS,
        )
        self._consumer.subscribe(self.topics, listener=_Assignment(self))
        self._producer = AIOKafkaProducer(**client_options(self.bootstrap), acks="all")
        try:  # brokers in production often refuse to auto-create topics
            await ensure_topics(self.bootstrap, [self.dlq_topic], self.topic_spec)
        except KafkaError as exc:
            log.warning(
                "consumer.dlq_topic_unavailable", dlq=self.dlq_topic, error=type(exc).__name__
            )
        try:
            await self._consumer.start()
            await self._producer.start()
        except KafkaError:
            await self._close()
            raise
        log.info("consumer.started", group=self.group_id, topics=self.topics)
        try:
            while not self._stopping.is_set():
                batch = await self._consumer.getmany(timeout_ms=200)
                records = [r for recs in batch.values() for r in recs]
                await self._handle(records)
                for record in records:
                    self._offsets[TopicPartition(record.topic, record.partition)] = (
                        record.offset + 1
                    )
                if time.monotonic() >= self._next_commit:
                    await self.commit()
                await update_lag(self._consumer, self.group_id)  # no broker call: local state
                await self._parked.refresh()
        finally:
            with contextlib.suppress(Exception):
                await self.commit()
            await self._close()
            log.info("consumer.stopped", group=self.group_id)

    async def _close(self) -> None:
        self._offsets.clear()  # uncommitted: the next session is redelivered them (deduplicated)
        for client in (self._consumer, self._producer):
            if client is not None:
                with contextlib.suppress(Exception):
                    await client.stop()

    async def commit(self) -> None:
        self._next_commit = time.monotonic() + OFFSET_COMMIT_INTERVAL
        if self._offsets and self._consumer is not None:
            offsets, self._offsets = self._offsets, {}
            try:
                await self._consumer.commit(offsets)
            except KafkaError as exc:
                # Safe to lose: the next delivery of these events is deduplicated.
                log.warning("consumer.commit_failed", group=self.group_id, error=type(exc).__name__)

    async def _handle(self, records: list[ConsumerRecord[Any, Any]]) -> None:
        """Apply a fetched batch in one transaction when possible, else message by message."""
        items: list[tuple[ConsumerRecord[Any, Any], Envelope]] = []
        decoded: list[tuple[ConsumerRecord[Any, Any], Envelope]] = []
        for record in records:
            try:
                envelope = cloudevents.decode(record.value, record.headers)
                # a record lying about its origin is dead-lettered at once: it must not park
                # (and so hold back) the stream it claims to belong to
                cloudevents.check_origin(envelope, record.topic)
            except ValueError as exc:
                await self._dead_letter(record, exc)
                metrics.CONSUMER_HANDLED.labels(self.group_id, "invalid").inc()
                continue
            decoded.append((record, envelope))
        handled_types = self.projection.handlers
        await self._prefetch_keys([e for _, e in decoded if e.type in handled_types])
        for record, envelope in decoded:
            if envelope.type in handled_types:  # personal fields travel sealed
                envelope = await privacy.open_envelope(envelope, self.registry)
            try:
                handled = self.projection.decode(envelope, self.registry) is not None
            except Exception:  # a payload this version cannot read (e.g. a producer's newer
                handled = True  # encoding): _process retries, then dead-letters and parks it
            if not handled:
                metrics.CONSUMER_HANDLED.labels(self.group_id, "skipped").inc()
                continue
            items.append((record, envelope))
        if len(items) > 1 and self._batching and await self._apply_together(items):
            return
        for record, envelope in items:
            await self._process(record, envelope)

    async def _prefetch_keys(self, envelopes: list[Envelope]) -> None:
        """The batch's keys in one query; an unreachable key vault is waited for (like the
        database), never a reason to park a message."""
        backoff = Backoff(initial=self.backoff, maximum=self.max_backoff)
        while True:
            try:
                await privacy.prefetch(envelopes, self.registry)
                return
            except (*_INFRASTRUCTURE_ERRORS, asyncpg.PostgresError) as exc:
                log.warning("consumer.key_vault_unavailable", error=type(exc).__name__)
                await asyncio.sleep(backoff.next())

    async def _apply_together(self, items: list[tuple[ConsumerRecord[Any, Any], Envelope]]) -> bool:
        """One transaction for the whole batch: fewer commits, same exactly-once guarantee.

        Any failure rolls it back and the batch goes message by message, where retries,
        dead-lettering and parking are precise. Handlers that record events cannot share a
        transaction (the append must be its first write): such a projection stops batching.
        """
        try:
            async with self.pool.acquire() as conn, conn.transaction():
                outcomes = [await self._apply_in(conn, r, e) for r, e in items]
        except AppendOrderError:
            self._batching = False
            log.info("consumer.batching_off", group=self.group_id, reason="handlers append")
            return False
        except Exception as exc:
            log.info("consumer.batch_fallback", group=self.group_id, error=type(exc).__name__)
            return False
        for (_, envelope), outcome in zip(items, outcomes, strict=True):
            self._count(outcome, envelope)
        return True

    async def _process(self, record: ConsumerRecord[Any, Any], envelope: Envelope) -> None:
        attempt = 0
        backoff = Backoff(initial=self.backoff, maximum=self.max_backoff)
        while True:
            try:
                async with self.pool.acquire() as conn, conn.transaction():
                    outcome = await self._apply_in(conn, record, envelope)
                break
            except _INFRASTRUCTURE_ERRORS as exc:
                log.warning("consumer.database_unavailable", error=type(exc).__name__)
            except Exception as exc:
                attempt += 1
                log.warning(
                    "consumer.handler_failed",
                    group=self.group_id,
                    event_id=str(envelope.event_id),
                    attempt=attempt,
                    error=type(exc).__name__,
                )
                if attempt >= self.max_attempts:
                    await self._dead_letter(record, exc)
                    await park(self.pool, self.projection.name, record, envelope, describe(exc))
                    await self._parked.refresh(now=True)
                    outcome = "dead_lettered"
                    break
            await asyncio.sleep(backoff.next())
        self._count(outcome, envelope)

    async def _apply_in(self, conn: Conn, record: ConsumerRecord[Any, Any], env: Envelope) -> str:
        """`_apply` inside a span that is a child of the span which recorded the event."""
        group = {"messaging.consumer.group.name": self.group_id}
        with tracing.event_span(f"consume {env.type}", env, SpanKind.CONSUMER, group) as span:
            try:
                outcome = await self._apply(conn, record, env)
            except Exception as exc:
                tracing.mark_failed(span, exc)
                raise
            span.set_attribute("ouvrage.outcome", outcome)
            return outcome

    async def _apply(self, conn: Conn, record: ConsumerRecord[Any, Any], envelope: Envelope) -> str:
        """In the caller's transaction: park behind a parked stream, skip a duplicate, or apply
        the event with its tracking record."""
        await conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2)), "
            "pg_advisory_xact_lock_shared($3, hashtext($1))",
            self.projection.name,
            str(envelope.aggregate_id),
            LOCK_CLASS,
        )
        # a statement of its own, so that its snapshot is taken after the locks are held
        row = await conn.fetchrow(
            "SELECT EXISTS (SELECT 1 FROM es_parked_streams "
            "               WHERE projection = $1 AND aggregate_id = $2), "
            f"      EXISTS (SELECT 1 FROM {self.projection.tracking()} WHERE event_id = $3)",
            self.projection.name,
            envelope.aggregate_id,
            envelope.event_id,
        )
        assert row is not None
        parked, seen = row
        if parked:
            await insert_parked(conn, self.projection.name, record, envelope)
            return "parked"
        if seen:
            return "duplicate"
        event = self.registry.decode(envelope)
        await self.projection.handlers[envelope.type](conn, event, envelope)
        await self.projection.track(conn, envelope)
        return "applied"

    def _count(self, outcome: str, envelope: Envelope) -> None:
        metrics.CONSUMER_HANDLED.labels(self.group_id, outcome).inc()
        if outcome == "applied":
            latency = (datetime.now(UTC) - envelope.time).total_seconds()
            metrics.CONSUMER_LATENCY.labels(self.group_id).observe(max(latency, 0.0))

    async def _dead_letter(self, record: ConsumerRecord[Any, Any], error: BaseException) -> None:
        assert self._producer is not None
        headers = [
            *list(record.headers or ()),
            ("x-error", describe(error).encode()),
            ("x-error-type", type(error).__name__.encode()),
            ("x-original-topic", record.topic.encode()),
            ("x-original-partition", str(record.partition).encode()),
            ("x-original-offset", str(record.offset).encode()),
            ("x-consumer-group", self.group_id.encode()),
        ]
        await self._producer.send_and_wait(
            self.dlq_topic, value=record.value, key=record.key, headers=headers
        )
        metrics.DEAD_LETTERS.labels(self.group_id).inc()
        log.error("consumer.dead_lettered", group=self.group_id, dlq=self.dlq_topic)
