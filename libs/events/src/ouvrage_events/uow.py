"""The unit of work: load aggregates, append their new events and update read models in ONE
PostgreSQL transaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from opentelemetry import context, trace
from opentelemetry.trace import Span

from ouvrage_events import tracing
from ouvrage_events.aggregate import Aggregate
from ouvrage_events.contract.base import DomainEvent, Envelope, Metadata
from ouvrage_events.contract.registry import Registry
from ouvrage_events.contract.registry import registry as default_registry
from ouvrage_events.errors import AggregateNotFoundError
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.store.db import Conn
from ouvrage_events.store.snapshot import Snapshot

if TYPE_CHECKING:
    import asyncpg

    from ouvrage_events.store.event_store import EventStore

A = TypeVar("A", bound=Aggregate)


def _postgres_store() -> EventStore:
    """The default store, imported when first needed (it loads asyncpg; a reaction or a
    handler module that only declares things must not)."""
    from ouvrage_events.store.event_store import EventStore

    return EventStore()


AfterAppend = Callable[[Conn, list[Envelope]], Awaitable[None]]


class UnitOfWork:
    """One command's transaction. Use ``async with factory(metadata) as uow``."""

    def __init__(
        self,
        *,
        pool: asyncpg.Pool | None,
        conn: Conn | None,
        store: EventStore,
        registry: Registry,
        metadata: Metadata,
        projections: Sequence[Projection],
    ) -> None:
        self._pool = pool
        self._conn = conn
        self._owns_conn = conn is None
        self._tx: Any = None
        self.store = store
        self.registry = registry
        self.metadata = metadata
        self._projections = projections
        self._tracked: dict[UUID, Aggregate] = {}
        self._after_append: list[AfterAppend] = []
        self.committed: list[Envelope] = []
        self._span: Span | None = None
        self._span_token: object = None

    @classmethod
    def within(
        cls,
        conn: Conn,
        metadata: Metadata,
        *,
        projections: Sequence[Projection] = (),
        store: EventStore | None = None,
        registry: Registry | None = None,
    ) -> UnitOfWork:
        """A unit of work inside a transaction the caller owns (e.g. a consumer handler that
        records events): call ``flush``; the caller commits."""
        return cls(
            pool=None,
            conn=conn,
            store=store or _postgres_store(),
            registry=registry or default_registry,
            metadata=metadata,
            projections=projections,
        )

    @property
    def conn(self) -> Conn:
        assert self._conn is not None, "unit of work not entered"
        return self._conn

    async def __aenter__(self) -> UnitOfWork:
        # The command's span: loading, deciding, appending and committing happen inside it.
        self._span = tracing.tracer.start_span(
            "command", attributes={"ouvrage.tenant.id": str(self.metadata.tenant_id)}
        )
        self._span_token = context.attach(trace.set_span_in_context(self._span))
        if self._owns_conn:
            assert self._pool is not None
            self._conn = await self._pool.acquire()
            self._tx = self._conn.transaction()
            await self._tx.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._owns_conn:
                return
            try:
                if self._tx is not None:
                    await self._tx.rollback()
            finally:
                assert self._pool is not None and self._conn is not None
                await self._pool.release(self._conn)  # type: ignore[arg-type]  # a pool connection
                self._conn = None
        finally:
            self._end_span(exc)

    def _end_span(self, exc: BaseException | None) -> None:
        if self._span is None:
            return
        if exc is not None:
            tracing.mark_failed(self._span, exc)
        context.detach(self._span_token)  # type: ignore[arg-type]
        self._span.end()
        self._span = None

    async def get(self, cls: type[A], aggregate_id: UUID) -> A | None:
        """The aggregate folded from its stream (from its snapshot if any), or None."""
        if aggregate_id in self._tracked:
            tracked = self._tracked[aggregate_id]
            assert isinstance(tracked, cls)
            return tracked
        aggregate = cls(aggregate_id)
        start = 1
        if cls.snapshot_every:
            snap = await self.store.load_snapshot(self.conn, aggregate_id)
            if snap is not None and snap.schema_version == cls.snapshot_version:
                aggregate.restore_state(snap.state)
                aggregate.version = snap.version
                start = snap.version + 1
        for envelope in await self.store.read_stream(self.conn, aggregate_id, start):
            aggregate.apply(self.registry.decode(envelope))
        if aggregate.version == 0:
            return None
        self._tracked[aggregate_id] = aggregate
        return aggregate

    async def load(self, cls: type[A], aggregate_id: UUID) -> A:
        aggregate = await self.get(cls, aggregate_id)
        if aggregate is None:
            raise AggregateNotFoundError(cls.stream_type, aggregate_id)
        return aggregate

    async def owner(self, aggregate_id: UUID) -> tuple[UUID, str] | None:
        """(tenant id, stream type) of an aggregate's stream, or None when it has no events."""
        tracked = self._tracked.get(aggregate_id)
        if tracked is not None and tracked.loaded_version == 0:
            return (self.metadata.tenant_id, tracked.stream_type)
        return await self.store.stream_owner(self.conn, aggregate_id)

    def add(self, aggregate: Aggregate) -> None:
        """Track a new aggregate so that ``commit`` saves it."""
        self._tracked[aggregate.id] = aggregate

    def after_append(self, fn: AfterAppend) -> None:
        """Run ``fn`` in the transaction after the events are appended (extra writes go here)."""
        self._after_append.append(fn)

    async def commit(self) -> list[Envelope]:
        """Append every pending event, update the read models, commit; return every envelope
        this unit of work appended."""
        await self.flush()
        if self._owns_conn and self._tx is not None:
            await self._tx.commit()
            self._tx = None
        return self.committed

    async def flush(self) -> list[Envelope]:
        """Append and project without committing (for a unit of work inside a consumer's
        transaction)."""
        new: list[Envelope] = []
        for aggregate in self._tracked.values():
            if not aggregate.pending:
                continue
            first_write = not new and not self.committed
            envelopes = await self._append(aggregate, first_write=first_write)
            new.extend(envelopes)
            await self._maybe_snapshot(aggregate)
            aggregate.mark_saved()
        for projection in self._projections:
            await projection.apply_inline(self.conn, new, self.registry)
        for fn in self._after_append:
            await fn(self.conn, new)
        self.committed.extend(new)
        return new

    async def _append(self, aggregate: Aggregate, *, first_write: bool) -> list[Envelope]:
        """Append the aggregate's pending events inside a span, each recorded in a child span."""
        attributes: dict[str, str | int] = {
            "ouvrage.stream.type": aggregate.stream_type,
            "ouvrage.aggregate.id": str(aggregate.id),
            "ouvrage.events": len(aggregate.pending),
        }
        with tracing.tracer.start_as_current_span(
            "eventstore.append",
            attributes=attributes,
            record_exception=False,  # its message may quote personal data
            set_status_on_exception=False,
        ) as span:
            envelopes = [
                self._record(aggregate, event, aggregate.loaded_version + i)
                for i, event in enumerate(aggregate.pending, start=1)
            ]
            try:
                await self.store.append(
                    self.conn, envelopes, aggregate.loaded_version, first_write=first_write
                )
            except Exception as exc:
                tracing.mark_failed(span, exc)
                raise
        return envelopes

    def _record(self, aggregate: Aggregate, event: DomainEvent, sequence: int) -> Envelope:
        """The event's envelope, carrying the `traceparent` of a span of its own (a child of the
        append's): the relay's and every consumer's span about it are that span's children."""
        with tracing.tracer.start_as_current_span(f"record {event.event_type()}") as span:
            traceparent = tracing.current_traceparent() or self.metadata.traceparent
            envelope = Envelope.wrap(
                event,
                aggregate_id=aggregate.id,
                aggregate_type=aggregate.stream_type,
                sequence=sequence,
                metadata=self.metadata.model_copy(update={"traceparent": traceparent}),
            )
            span.set_attribute("messaging.message.id", str(envelope.event_id))
            span.set_attribute("ouvrage.stream.version", sequence)
        return envelope

    async def _maybe_snapshot(self, aggregate: Aggregate) -> None:
        every = aggregate.snapshot_every
        if not every or aggregate.version // every == aggregate.loaded_version // every:
            return
        snapshot = Snapshot(
            aggregate.id, aggregate.version, aggregate.snapshot_version, aggregate.snapshot_state()
        )
        await self.store.save_snapshot(self.conn, aggregate.stream_type, snapshot)


class UnitOfWorkFactory:
    """Made once in a service's bootstrap; gives a unit of work per command."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        projections: Sequence[Projection] = (),
        store: EventStore | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.pool = pool
        self.store = store or _postgres_store()
        self.registry = registry or default_registry
        self.projections = list(projections)

    def __call__(self, metadata: Metadata) -> UnitOfWork:
        return UnitOfWork(
            pool=self.pool,
            conn=None,
            store=self.store,
            registry=self.registry,
            metadata=metadata,
            projections=self.projections,
        )

    def joining(self, conn: Conn, metadata: Metadata) -> UnitOfWork:
        """``UnitOfWork.within`` with this factory's projections, store and registry."""
        return UnitOfWork.within(
            conn,
            metadata,
            projections=self.projections,
            store=self.store,
            registry=self.registry,
        )
