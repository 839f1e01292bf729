"""The in-memory event store, for handler tests without PostgreSQL (the cosmicpython way).

It keeps the PostgreSQL store's contract (``libs/events/tests/contract`` runs the same suite on
both): one connection per unit of work, writes staged in its transaction and applied at commit,
``ConcurrencyError`` when a stream moved on (checked at append and again at commit, where
PostgreSQL's unique index would block then fail), publication order by commit.

    factory = memory.unit_of_work_factory()          # es.UnitOfWorkFactory on a MemoryPool
    pipeline = Pipeline(factory, idempotency=memory.InMemoryIdempotency())
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from ouvrage_events.contract.base import Envelope
from ouvrage_events.contract.registry import Registry
from ouvrage_events.errors import ConcurrencyError, IdempotencyKeyReusedError
from ouvrage_events.pipeline import Replay
from ouvrage_events.store.snapshot import Position, Snapshot, check_consecutive


@dataclass
class _Staged:
    events: list[Envelope] = field(default_factory=list)
    snapshots: list[tuple[str, Snapshot]] = field(default_factory=list)
    on_commit: list[Callable[[], None]] = field(default_factory=list)
    done: asyncio.Event = field(default_factory=asyncio.Event)


class MemoryTransaction:
    def __init__(self, conn: MemoryConnection) -> None:
        self._conn = conn

    async def start(self) -> None:
        self._conn.staged = _Staged()

    async def commit(self) -> None:
        staged, self._conn.staged = self._conn.staged, None
        if staged is not None:
            try:
                self._conn.store.apply(staged)
            finally:
                staged.done.set()

    async def rollback(self) -> None:
        if self._conn.staged is not None:
            self._conn.staged.done.set()
        self._conn.staged = None


class MemoryConnection:
    """A connection: what its open transaction staged, seen by its own reads only."""

    def __init__(self, store: InMemoryEventStore) -> None:
        self.store = store
        self.staged: _Staged | None = None

    def transaction(self) -> MemoryTransaction:
        return MemoryTransaction(self)

    def on_commit(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` when the transaction commits (fakes of read models stay transactional)."""
        if self.staged is None:
            fn()
        else:
            self.staged.on_commit.append(fn)


class MemoryPool:
    """Stands for an asyncpg pool: a fresh connection per unit of work."""

    def __init__(self, store: InMemoryEventStore) -> None:
        self.store = store

    async def acquire(self) -> MemoryConnection:
        return MemoryConnection(self.store)

    async def release(self, conn: MemoryConnection) -> None:
        if conn.staged is not None:
            conn.staged.done.set()
        conn.staged = None


class InMemoryEventStore:
    """``EventStore``'s methods on Python lists; ``conn`` is a ``MemoryConnection``."""

    def __init__(self) -> None:
        self.events: list[tuple[Position, Envelope]] = []
        self._streams: dict[UUID, list[Envelope]] = {}
        self._snapshots: dict[UUID, Snapshot] = {}
        self._txid = 0
        self._in_flight: dict[tuple[UUID, int], _Staged] = {}

    def _stream(self, conn: Any, stream_id: UUID) -> list[Envelope]:
        staged = getattr(conn, "staged", None)
        mine = [e for e in staged.events if e.aggregate_id == stream_id] if staged else []
        return self._streams.get(stream_id, []) + mine

    async def append(
        self,
        conn: MemoryConnection,
        envelopes: Sequence[Envelope],
        expected_version: int,
        *,
        first_write: bool = True,
    ) -> None:
        """Stage one stream's new events, which must follow ``expected_version``."""
        if not envelopes:
            return
        check_consecutive(envelopes, expected_version)
        first = envelopes[0]
        assert conn.staged is not None, "append outside a transaction"
        # As PostgreSQL's unique index: wait for another transaction holding the same version.
        while (holder := self._in_flight.get((first.aggregate_id, first.sequence))) is not None:
            if holder is conn.staged or holder.done.is_set():
                break
            await holder.done.wait()
        if len(self._stream(conn, first.aggregate_id)) != expected_version:
            raise ConcurrencyError(first.aggregate_id, expected_version)
        conn.staged.events.extend(envelopes)
        self._in_flight[(first.aggregate_id, first.sequence)] = conn.staged

    def apply(self, staged: _Staged) -> None:
        """Commit: every stream must still be where its append found it."""
        first_of: dict[UUID, int] = {}
        for env in staged.events:
            first_of.setdefault(env.aggregate_id, env.sequence - 1)
        for stream_id, expected in first_of.items():
            if len(self._streams.get(stream_id, [])) != expected:
                raise ConcurrencyError(stream_id, expected)
        self._txid += 1
        for env in staged.events:
            self._streams.setdefault(env.aggregate_id, []).append(env)
            self.events.append((Position(self._txid, len(self.events) + 1), env))
        for stream_type, snapshot in staged.snapshots:
            self._put_snapshot(stream_type, snapshot)
        for fn in staged.on_commit:
            fn()
        self._in_flight = {k: v for k, v in self._in_flight.items() if v is not staged}

    async def read_stream(
        self, conn: Any, stream_id: UUID, from_version: int = 1
    ) -> list[Envelope]:
        return [e for e in self._stream(conn, stream_id) if e.sequence >= from_version]

    async def read_all(
        self, conn: Any, after: Position, limit: int = 500
    ) -> list[tuple[Position, Envelope]]:
        """Committed events after ``after`` in publication order."""
        return [(p, e) for p, e in self.events if p > after][:limit]

    async def stream_owner(self, conn: Any, stream_id: UUID) -> tuple[UUID, str] | None:
        stream = self._stream(conn, stream_id)
        return (stream[0].tenant_id, stream[0].aggregate_type) if stream else None

    async def save_snapshot(self, conn: Any, stream_type: str, snapshot: Snapshot) -> None:
        staged = getattr(conn, "staged", None)
        if staged is not None:
            staged.snapshots.append((stream_type, snapshot))
        else:
            self._put_snapshot(stream_type, snapshot)

    def _put_snapshot(self, _stream_type: str, snapshot: Snapshot) -> None:
        current = self._snapshots.get(snapshot.stream_id)
        if current is None or current.version < snapshot.version:
            self._snapshots[snapshot.stream_id] = snapshot

    async def load_snapshot(self, conn: Any, stream_id: UUID) -> Snapshot | None:
        return self._snapshots.get(stream_id)


class InMemoryIdempotency:
    """``IdempotencyStore`` in a dict; what ``remember`` stores commits with the transaction."""

    def __init__(self) -> None:
        self.answers: dict[tuple[UUID, str], tuple[str, Replay]] = {}

    async def claim(
        self, conn: MemoryConnection, tenant_id: UUID, key: str, fingerprint: str
    ) -> Replay | None:
        found = self.answers.get((tenant_id, key))
        if found is None:
            return None
        if found[0] != fingerprint:
            raise IdempotencyKeyReusedError()
        return found[1]

    async def remember(
        self,
        conn: MemoryConnection,
        tenant_id: UUID,
        key: str,
        fingerprint: str,
        status: int,
        body: Any,
    ) -> None:
        def store() -> None:
            self.answers[(tenant_id, key)] = (fingerprint, Replay(status, body))

        conn.on_commit(store)


def unit_of_work_factory(
    store: InMemoryEventStore | None = None,
    *,
    projections: Sequence[Any] = (),
    registry: Registry | None = None,
) -> Any:
    """A ``UnitOfWorkFactory`` on an in-memory store (``projections`` must be in-memory too:
    objects with ``async apply_inline(conn, envelopes, registry)``)."""
    from ouvrage_events.uow import UnitOfWorkFactory

    store = store or InMemoryEventStore()
    return UnitOfWorkFactory(
        MemoryPool(store),  # type: ignore[arg-type]  # stands for an asyncpg pool
        store=store,  # type: ignore[arg-type]  # EventStore's methods, duck-typed
        projections=projections,
        registry=registry,
    )
